import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { lures } from './lures.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await lures.analyse(await message(parts), context())).map((s) => s.code);

describe('the lures analyser', () => {
  it('names a pretext told together with a link to act on it', async () => {
    const [found] = await lures.analyse(
      await message({
        html: '<p>Your mailbox has reached 99% of its storage quota, full. 6 messages are on hold.</p><a href="https://mail-release.example/">Release messages</a>',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'lure', weight: 20 });
    expect(found.explanation).toContain('mail is held back');
    expect(
      await codes({
        text: 'Maria has shared a document with you.',
        attachments: [{ filename: 'view.png', contentType: 'image/png', content: Buffer.from('png') }],
      }),
    ).toEqual(['lure']);
  });

  it('says nothing of the same words with nothing to click, or of a link without a pretext', async () => {
    expect(await codes({ text: 'Your password expires on Friday; change it at the desk as usual.' })).toEqual(
      [],
    );
    expect(
      await codes({
        html: '<p>The minutes of the meeting are online.</p><a href="https://wiki.example/m">minutes</a>',
      }),
    ).toEqual([]);
  });

  it('reads an ask to verify by phone as the advice it is, not as the pretext', async () => {
    const letter = [
      { filename: 'notice.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7') },
    ];
    expect(
      await codes({
        subject: 'Notice of change of bank account (please verify by phone)',
        text: 'Our bank account changes on 1 March; the signed notice is attached.',
        attachments: letter,
      }),
    ).toEqual([]);
    expect(
      await codes({
        subject: 'Your account: please verify now',
        text: 'See the attached form.',
        attachments: letter,
      }),
    ).toEqual(['lure']);
  });

  it('names a refund waiting to be claimed through a link', async () => {
    expect(
      await codes({
        html: '<p>You are eligible to receive a tax refund of £412.60.</p><a href="https://refund-claim.example/">Claim your refund</a>',
      }),
    ).toEqual(['lure']);
  });

  it("says nothing of a brand's own notice whose links all stay on its sites", async () => {
    const signing = {
      html: '<p>Lena Fischer sent you a document to review and sign.</p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=1">REVIEW DOCUMENT</a>',
    };
    expect(await codes({ from: 'Docusign <dse_na3@docusign.net>', ...signing })).toEqual([]);
    expect(
      await codes({
        from: 'DHL Express <noreply@dhl.com>',
        text: 'Your parcel with waybill 5129167180 is waiting for you: pay the import duties at https://mydhl.express.dhl/se/en/duties.html',
      }),
    ).toEqual([]);
    expect(await codes({ from: 'Docusign <dse_na3@docu-sign-review.example>', ...signing })).toEqual([
      'lure',
    ]);
  });

  it('names an account said to be locked, the verb first, with a link to unlock it', async () => {
    expect(
      await codes({
        text: 'For your protection we have locked the account. Unlock it at https://id-unlock.example/ within 24 hours.',
      }),
    ).toEqual(['lure']);
    expect(
      await codes({
        text: 'We locked the meeting room booking for Friday. Details: https://wiki.example/rooms',
      }),
    ).toEqual([]);
  });

  it('reads a refund waiting to be confirmed in other languages', async () => {
    expect(
      await codes({
        text: 'Nach Prüfung Ihrer Steuererklärung steht Ihnen eine Erstattung von 646,44 EUR zu. Bestätigen Sie Ihre Bankverbindung: https://erstattung-portal.example/antrag',
      }),
    ).toEqual(['lure']);
    expect(
      await codes({
        text: 'Die Erstattung wurde am 3. März überwiesen. Beleg: https://shop.example/beleg/1',
      }),
    ).toEqual([]);
  });

  it('names a case opened against you with a link or a document to see it, and not the news of a lawsuit', async () => {
    expect(
      await codes({
        from: 'Google <no-reply@accounts.google.com>',
        text: 'A subpoena was served on Google LLC requiring the production of the content of your Google Account. To submit a protest, visit https://sites.google.com/view/legal-case/case',
      }),
    ).toEqual(['lure']);
    expect(
      await codes({
        from: 'Juzgado <notificaciones@justicia.example>',
        text: 'Se le notifica la apertura de un procedimiento contra usted. Consulte la citación adjunta.',
        attachments: [
          { filename: 'Citacion.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7') },
        ],
      }),
    ).toEqual(['lure']);
    expect(
      await codes({
        from: 'Daily Dispatch <news@newsletter.example>',
        html: '<p>The record labels filed a lawsuit over file sharing.</p><a href="https://news.example/story">Read more</a>',
      }),
    ).toEqual([]);
  });

  it('reads the usual pretexts in other languages, and not the same words without one', async () => {
    for (const text of [
      'Ihr Konto wurde vorübergehend gesperrt. Entsperren: https://konto-hilfe.example/de',
      'Su buzón está lleno; los mensajes nuevos serán rechazados: https://correo-cuota.example/',
      'Votre paiement a été refusé, mettez à jour votre carte : https://abonnement.example/maj',
      'Marco ha condiviso con te un documento: https://docs-share.example/d/1',
      'Nuevo mensaje de voz (0:42): https://voz-escuchar.example/m/1',
      'Twoja przesyłka czeka na dopłatę 2,99 zł: https://paczka-info.example/p',
      'Sua encomenda está retida; pague a taxa: https://rastreio.example/t',
      'Gönderiniz için gümrük ücreti ödenmemiştir: https://kargo-odeme.example/o',
      'Du har en skatteåterbäring som väntar: https://aterbaring.example/a',
      'お荷物を保管しております。再配達のお手続き: https://saihaitatsu.example/r',
      '고객님의 택배가 주소 불명으로 보관 중입니다: https://delivery-kr.example/a',
    ])
      expect(await codes({ text })).toEqual(['lure']);
    expect(await codes({ text: 'Twoja przesyłka została doręczona. Dziękujemy!' })).toEqual([]);
    expect(
      await codes({ text: 'Ihr Konto wurde eröffnet. Willkommen! https://bank.example/willkommen' }),
    ).toEqual([]);
  });

  it('names a card, a licence or an identity said to be blocked or expiring, a leaked password and a new identity check', async () => {
    for (const text of [
      'Hemos bloqueado temporalmente su tarjeta terminada en 4417. Verifique su identidad: https://banca-verificar.example/es',
      'Uw DigiD is niet meer geldig vanaf 15 november. https://digid-verlengen.example/aanvraag',
      'Your driving licence will be suspended unless the charges are settled: https://licence-resolve.example/case',
      'Our dark-web monitoring found your work password in a combo list. https://leak-check.example/r/1',
      'Bis zur Bestätigung sind Auszahlungen von Ihrem Konto gesperrt. https://kyc-verify.example/de',
    ])
      expect(await codes({ text })).toEqual(['lure']);
    expect(
      await codes({ text: 'Your new card has arrived; activate it in the app. https://bank.example/help' }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'DigiD <noreply@digid.nl>',
        text: 'Uw DigiD verloopt op 15 november. Verleng hem via https://www.digid.nl/verlengen',
      }),
    ).toEqual([]);
  });

  it('names a formal complaint against you or your company with a link to its evidence, and not a complaint you are told was closed', async () => {
    expect(
      await codes({
        subject: 'Formal GDPR complaint against Halvern Ltd – reply required within 72 hours',
        text: 'The screenshots are in the evidence folder: https://evidence-files.example/f/1',
      }),
    ).toEqual(['lure']);
    expect(
      await codes({
        subject: 'Your support ticket was closed',
        text: 'Thanks for your feedback on our service. https://support.example/t/1',
      }),
    ).toEqual([]);
  });
});
