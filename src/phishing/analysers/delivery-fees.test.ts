import { describe, expect, it } from 'vitest';
import { deliveryFees } from './delivery-fees.js';
import { context, message } from './fixture.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await deliveryFees.analyse(await message(parts), context())).map((s) => s.code);

describe('the delivery fees analyser', () => {
  it('names a parcel held for a small fee paid through a link elsewhere', async () => {
    const [found] = await deliveryFees.analyse(
      await message({
        from: 'Royal Mail <tracking@rm-parcels.example>',
        html: '<p>Your parcel is held at customs because the import duty (2.15 EUR) has not been paid.</p><a href="https://customs-7781.example/pay">Pay customs duty</a>',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'delivery-fee', weight: 35 });
    expect(found.explanation).toContain('customs-7781.example');
    expect(
      await codes({
        text: 'We could not deliver your package today. Reschedule: https://bit.ly/3xYz\n\nA redelivery fee of 0.84 applies.',
      }),
    ).toEqual(['delivery-fee']);
  });

  it('weighs a little less a fee to pay on the site of a sender that is no carrier it knows', async () => {
    const [found] = await deliveryFees.analyse(
      await message({
        from: '"Paketdienst" <info@versand68.example.net>',
        text: 'Ihre Sendung wartet: die Zollgebühr von 2,39 € wurde nicht bezahlt. https://versand68.example.net/sendung/K1',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'delivery-fee', weight: 30 });
  });

  it("says nothing of a carrier's own duty notice, or a shipping notice without a fee", async () => {
    expect(
      await codes({
        from: 'DHL Express <noreply@dhl.com>',
        html: '<p>Import duty of 12.40 EUR is due on your shipment.</p><a href="https://mydhl.express.dhl.com/pay">Pay duty</a>',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Shop <orders@shop.example>',
        html: '<p>Your package is on its way.</p><a href="https://www.ups.com/track?n=1Z">Track</a>',
      }),
    ).toEqual([]);
  });

  it('reads a parcel held for customs duty in other languages', async () => {
    expect(
      await codes({
        from: 'Poste <avvisi@poste-spedizioni.example>',
        html: '<p>La tua spedizione è ferma in dogana. Per lo sdoganamento è richiesto il pagamento dei diritti doganali di 2,99 €.</p><a href="https://poste-dogana.example/pagamento">Paga ora</a>',
      }),
    ).toEqual(['delivery-fee']);
    expect(
      await codes({
        from: 'Boutique <shop@boutique.example>',
        html: '<p>Votre colis est en route.</p><a href="https://suivi.example/1">Suivre</a>',
      }),
    ).toEqual([]);
  });
});
