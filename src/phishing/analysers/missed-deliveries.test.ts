import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { missedDeliveries } from './missed-deliveries.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await missedDeliveries.analyse(await message(parts), context())).map((s) => s.code);

describe('the missed deliveries analyser', () => {
  it('names a failed delivery put right through a link elsewhere, more so against the clock', async () => {
    const [pressed] = await missedDeliveries.analyse(
      await message({
        from: 'Parcel Service <tracking@garden-centre.example>',
        text: 'We could not deliver your parcel: the street address is incomplete.\nConfirm your address within 24 hours: https://parcel-redeliver.example/a1',
      }),
      context(),
    );
    expect(pressed).toMatchObject({ code: 'missed-delivery', weight: 30 });
    expect(pressed.explanation).toContain('parcel-redeliver.example');
    const [calm] = await missedDeliveries.analyse(
      await message({
        text: 'Delivery attempt failed. Schedule a redelivery of your package here: https://redelivery-desk.example/',
      }),
      context(),
    );
    expect(calm).toMatchObject({ code: 'missed-delivery', weight: 20 });
  });

  it("says nothing of a shop's notice sending you to the carrier, or to its own site", async () => {
    const failed = 'We were unable to deliver your package today.';
    expect(
      await codes({
        from: 'Shop <orders@shop.example>',
        text: `${failed} Schedule a redelivery: https://www.ups.com/track?n=1Z999`,
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Shop <orders@shop.example>',
        text: `${failed} Update your address within 24 hours: https://shop.example/orders/77`,
      }),
    ).toEqual([]);
    expect(
      await codes({ text: 'Your package is on its way. Track it: https://parcel-status.example/t/1' }),
    ).toEqual([]);
  });
});
