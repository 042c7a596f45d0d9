import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { ownPortals } from './own-portals.js';

const codes = async (text: string) =>
  (
    await ownPortals.analyse(
      await message({ from: 'Jo Park <jo.park@harbour-tiles.example>', text }),
      context(),
    )
  ).map((s) => s.code);

describe('the own portals analyser', () => {
  it("names the sender's own portal that lives on someone else's site", async () => {
    const [found] = await ownPortals.analyse(
      await message({
        from: 'Jo Park <jo.park@harbour-tiles.example>',
        text: 'The signed quotation is on our secure file server: https://greenfield-dental.example/q/88ab',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'portal-elsewhere', weight: 15 });
    expect(found.explanation).toContain('greenfield-dental.example');
  });

  it("says nothing of a portal on the sender's own domain, on a known service, or an unrelated link", async () => {
    expect(
      await codes('Download it from our customer portal: https://portal.harbour-tiles.example/inv/88'),
    ).toEqual([]);
    expect(await codes('It is in our SharePoint: https://harbourtiles.sharepoint.com/sites/q/88')).toEqual(
      [],
    );
    expect(await codes('Lovely weather. Our trade fair stand: https://fairground-hall.example/map')).toEqual(
      [],
    );
  });
});
