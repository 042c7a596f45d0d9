// The shipped brand list: the brands phishing wears around the world, read from their own domains as
// genuine and over anyone else's as worn, and the common words among their names left to businesses.
import { describe, expect, it } from 'vitest';
import { context, message } from './analysers/fixture.js';
import { sender } from './analysers/sender.js';
import { shippedBrands } from './brands.js';

const codes = async (from: string) =>
  (await sender.analyse(await message({ from }), context())).map((s) => s.code);

describe('the shipped brand list', () => {
  it("says nothing of a post office's, a bank's, a tax office's or a toll's notice from its own domain", async () => {
    expect(await codes('Correos <notificaciones@correos.es>')).toEqual([]);
    expect(await codes('PostNord <noreply@postnord.se>')).toEqual([]);
    expect(await codes('Poste Italiane <noreply@posteitaliane.it>')).toEqual([]);
    expect(await codes('Royal Mail <no-reply@royalmail.com>')).toEqual([]);
    expect(await codes('Deutsche Bank <service@deutsche-bank.de>')).toEqual([]);
    expect(await codes('ING <info@ing.de>')).toEqual([]);
    expect(await codes('Skatteverket <noreply@skatteverket.se>')).toEqual([]);
    expect(await codes('E-ZPass <noreply@e-zpassny.com>')).toEqual([]);
    expect(await codes('Rakuten Card <info@mail.rakuten-card.co.jp>')).toEqual([]);
    expect(await codes('Lufthansa <online@booking-lufthansa.com>')).toEqual([]);
  });

  it("knows the web shops', payment providers' and publishers' own domains, a merged brand's under both names", async () => {
    expect(await codes('Vipps MobilePay <noreply@vippsmobilepay.com>')).toEqual([]);
    expect(await codes('Klarna <noreply@klarna.com>')).toEqual([]);
    expect(await codes('Shopify <mailer@shopify.com>')).toEqual([]);
    expect(await codes('Elsevier Editorial System <em@sciencedirect.com>')).toEqual([]);
    expect(await codes('Klarna <noreply@klarna-utbetalning.example>')).toEqual(['display-name-brand']);
    expect(await codes('MobilePay <kundeservice@betaling-retur.example>')).toEqual(['display-name-brand']);
  });

  it('names a display name wearing one of them over another domain', async () => {
    expect(await codes('Correos <envios@paquete-pendiente.example>')).toEqual(['display-name-brand']);
    expect(await codes('Poste Italiane <avviso@spedizione-ferma.example>')).toEqual(['display-name-brand']);
    expect(await codes('Evri <delivery@redelivery-fee.example>')).toEqual(['display-name-brand']);
    expect(await codes('Skattestyrelsen SKAT <info@tilbagebetaling.example>')).toEqual([
      'display-name-brand',
    ]);
    expect(await codes('Vinted <support@vinted-payout.example>')).toContain('display-name-brand');
    expect(await codes('CJ Logistics <notice@parcel-hold.example>')).toEqual(['display-name-brand']);
  });

  it('reads a lookalike of a newly listed domain', async () => {
    expect(await codes('Service <info@rabobamk.com>')).toContain('lookalike-sender');
    expect(await codes('Service <info@santander-login.de>')).toContain('lookalike-sender');
  });

  it('lists the brand names that are common words, so that a business named with one is its own', () => {
    const { brands, commonWords } = shippedBrands();
    for (const word of ['orange', 'notion', 'monday', 'ledger', 'allegro', 'crypto', 'bahn'])
      expect(commonWords).toContain(word);
    expect(brands.map((b) => b.name.toLowerCase())).toEqual([
      ...new Set(brands.map((b) => b.name.toLowerCase())),
    ]);
  });
});
