import { describe, expect, it } from 'vitest';
import { extortion } from './extortion.js';
import { context, message, pdf } from './fixture.js';

const signs = async (parts: Parameters<typeof message>[0]) =>
  (await extortion.analyse(await message(parts), context())).map((s) => [s.code, s.weight]);

describe('the extortion analyser', () => {
  it('names a claimed recording with a bitcoin wallet and a deadline, in the text or an attached PDF', async () => {
    expect(
      await signs({
        text: 'I infected your computer with spyware and recorded you through your webcam. Send $1500 in Bitcoin to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh. You have 48 hours, or the video goes to all your contacts.',
      }),
    ).toEqual([['extortion', 60]]);
    expect(
      await signs({
        text: 'Read the attached file carefully.',
        attachments: [
          {
            filename: 'you.pdf',
            contentType: 'application/pdf',
            content: pdf([
              'I have videos of you.',
              'Pay 0.05 BTC to this bitcoin address: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
            ]),
          },
        ],
      }),
    ).toEqual([['extortion', 45]]);
  });

  it('reads the same claim in other languages', async () => {
    expect(
      await signs({
        text: 'Hola. He hackeado tu ordenador y tengo acceso a tu cámara. Envía 900 EUR en bitcoin a bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh. Tienes 48 horas.',
      }),
    ).toEqual([['extortion', 60]]);
    expect(
      await signs({
        text: 'Guten Tag, ich habe vor Wochen Zugang zu Ihrem Computer bekommen. Zahlen Sie 0,05 BTC an 1BoatSLRHtKNngkdXEeobR76b53LETtpyT.',
      }),
    ).toEqual([['extortion', 45]]);
  });

  it('names mail "from" the reader to the reader asking for crypto to a wallet, in any language', async () => {
    const text =
      'Moje ostrzeżenie: wyślij 0,05 BTC na adres bc1qyxk2wdvhr4trhjnz2g596f6w6wz84fsee6e85k w ciągu dwóch dni.';
    expect(await signs({ from: 'Alice <alice@corp.example>', text })).toEqual([['self-sent-wallet', 45]]);
    expect(await signs({ from: 'Bob <bob@partner.example>', text })).toEqual([]);
  });

  it('says nothing of a warning in another language, or of an ordinary note about bitcoin', async () => {
    expect(
      await signs({
        text: 'Achtung: Betrüger behaupten, sie hätten Ihren Computer gehackt, und verlangen Bitcoin. Zahlen Sie nicht.',
      }),
    ).toEqual([]);
    expect(
      await signs({
        text: 'Ich habe letzte Woche in Bitcoin investiert, die Adresse ist bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh. Sie haben 3 Tage für die Abrechnung.',
      }),
    ).toEqual([]);
  });

  it('says nothing of a warning about such mail, or a newsletter quoting one', async () => {
    expect(
      await signs({
        text: 'Beware: scammers claim they recorded you through your webcam and demand payment in bitcoin within 48 hours. Do not pay.',
      }),
    ).toEqual([]);
    expect(
      await signs({
        headers: ['List-Id: <security-news.lists.example>'],
        text: 'A reader sent us this: "I recorded you through your webcam. Send $900 in Bitcoin within 24 hours."',
      }),
    ).toEqual([['extortion', 15]]);
  });

  it("names a threat to publish the company's copied data unless paid to a wallet", async () => {
    const [found] = await extortion.analyse(
      await message({
        text: 'We have copied 470 GB from your file servers. If 3.5 BTC is not received at bc1qwnegf68053lsmrrqky0qgzf3kvulfmc37ed56m within 72 hours, the data goes to our leak site.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'extortion', weight: 60 });
    expect(
      await extortion.analyse(
        await message({
          text: 'We have copied your files to the new server; the old share closes on Friday.',
        }),
        context(),
      ),
    ).toEqual([]);
  });
});
