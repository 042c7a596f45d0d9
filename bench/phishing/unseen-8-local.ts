// The eighth unseen set's fraud, scams and local lures (unseen-8.ts joins them to its credential and
// attachment lures): business-email compromise in Portuguese, German, Swedish, Hungarian and Romanian and an
// auditor's "balance confirmation", consumer scams (a flat whose landlord is abroad, a sold item's payout, a
// loan for a fee, a trading group, a wrong-address opener, staking rewards, a job's identity documents, a
// purchase to cancel by phone), and the streaming, parcel, tax, bank, traffic-fine, account, webmail,
// electricity and health-card lures of 2024–2026 in the language of the country each targets (Denmark,
// Spain, Ireland, Finland, Hungary, Australia, Romania, Poland, Norway, Mexico, Belgium, Germany, Greece,
// Japan, Turkey, Italy, Indonesia, Korea, Vietnam, the Netherlands), after what CERTs, national agencies,
// police and mail-security vendors published. Written without the analysers in sight; every attacker's
// domain is reserved or made up.
import { qrJpeg, zipOf } from './payloads.js';
import { page } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry } from './unseen-4.js';
import {
  attach,
  combosquat,
  continental,
  pdfAttachment,
  quotedHistory,
  replyHeaders,
  signed,
} from './unseen-5-parts.js';
import { muleAccount } from './unseen-7-parts.js';

/** The stamp of a registered domain that publishes SPF and nothing more, as bulk lures come. */
const spfPass = (domain: string) => authResults(domain, ['pass', 'none', 'none']);

export const LOCAL_ENTRIES: EncodedEntry[] = [
  // Business-email compromise and invoice fraud.
  {
    kind: 'ceo-fraud',
    template: 'transferencia-urgente-diretor-portugues',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers(s.boss.name, `${s.boss.first.toLowerCase()}@${domain}`, [
          `Reply-To: ${s.freemail(s.boss)}`,
          signed(domain),
        ]),
        subject: 'Pedido confidencial',
        text: [
          `Olá ${s.victim.first},`,
          '',
          'Preciso da sua ajuda num assunto confidencial. Estamos a fechar uma aquisição e tenho de fazer hoje uma',
          'transferência para o escritório de advogados que acompanha o processo. Não fale disto com ninguém até',
          'ao anúncio oficial.',
          '',
          'Consegue tratar disso antes das 15h? Diga-me quanto pode ser processado hoje e envio os dados.',
          '',
          'Obrigado,',
          s.boss.first,
          'Enviado do meu iPhone',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'audit-confirmation',
    template: 'auditor-balance-confirmation-lookalike',
    transfer: 'quoted-printable',
    write: (s) => {
      const firm = s.pick([
        'Hartley & Moss LLP',
        'Brennan Audit Partners',
        'Kaspar Reuter Wirtschaftsprüfung',
      ]);
      const domain = s.host('audit', 'confirm');
      return {
        headers: s.headers(`${s.stranger.name} | ${firm}`, `${s.stranger.first.toLowerCase()}@${domain}`, [
          signed(domain),
        ]),
        subject: `${s.company} – year-end audit: confirmation of balances and remittance details`,
        text: [
          `Dear ${s.victim.first},`,
          '',
          `As part of our year-end audit of ${s.company}, we are confirming balances with your major suppliers.`,
          'Please send us, by return email:',
          '',
          '  1. the accounts payable ageing report as of October 31;',
          `  2. the open invoices of ${s.vendor.name} with their due dates;`,
          '  3. the remittance address and bank details you hold for your top ten suppliers.',
          '',
          'Your CFO has approved this request. For the audit timeline we need the files by Wednesday.',
          '',
          'Kind regards,',
          s.stranger.name,
          `Senior Manager, ${firm}`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'vendor-bank-change',
    template: 'bankverbindung-briefkopf-pdf-deutsch',
    write: (s) => {
      const domain = combosquat(s, s.vendor.domain);
      return {
        headers: s.headers(`${s.vendor.name} Buchhaltung`, `buchhaltung@${domain}`, [signed(domain)]),
        subject: `Neue Bankverbindung ab 01.12.2026 – ${s.vendor.name}`,
        text: `Sehr geehrte Damen und Herren,\n\nim Rahmen der Umstellung unseres Zahlungsverkehrs ändert sich unsere Bankverbindung. Das offizielle Schreiben finden Sie im Anhang. Bitte aktualisieren Sie Ihre Stammdaten und bestätigen Sie uns die Änderung kurz per E-Mail.\n\nMit freundlichen Grüßen\n${s.stranger.name}\nBuchhaltung, ${s.vendor.name}`,
        parts: [
          pdfAttachment(`Bankverbindung_${s.vendor.name.replace(/\W+/g, '_')}.pdf`, [
            `${s.vendor.name} – Mitteilung über neue Bankverbindung`,
            'Gültig ab 01.12.2026 für alle offenen und künftigen Rechnungen:',
            `IBAN: ${muleAccount(s)}`,
            'Zahlungen auf das bisherige Konto werden nicht mehr angenommen.',
            'Geschäftsführung',
          ]),
        ],
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    template: 'kapad-trad-delad-lank-svenska',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${sender}`, [
          ...replyHeaders(s, sender),
          signed(sender),
        ]),
        subject: 'SV: Offert och leveransplan',
        text:
          `Hej ${s.victim.first},\n\nTack för snabbt svar. Den uppdaterade offerten och leveransplanen ligger här, öppna och logga in med din jobbmejl för att se dokumentet:\n\nhttps://${s.host('dokument', 'delning')}/s/${s.token(10)}\n\nHör av dig om något är oklart.\n\nMed vänlig hälsning\n${s.stranger.name}` +
          quotedHistory(
            `${s.victim.name} <${s.victim.email}>`,
            'den 28 oktober 2026 10:14',
            'Offert och leveransplan',
            [
              `Hej ${s.stranger.first},`,
              'Kan ni skicka en uppdaterad offert med den nya leveransplanen?',
              'Tack,',
              s.victim.first,
            ],
          ),
      };
    },
  },
  {
    kind: 'invoice-fraud',
    template: 'lejart-szamla-kartyas-fizetes-magyar',
    transfer: 'base64',
    write: (s) => {
      const domain = combosquat(s, s.vendor.domain);
      return {
        headers: s.headers(`${s.vendor.name} Pénzügy`, `szamla@${domain}`, [signed(domain)]),
        subject: `Lejárt számla: ${s.digits(4)}/2026 – fizetési felszólítás`,
        html: page(
          [
            'Tisztelt Partnerünk!',
            `Nyilvántartásunk szerint a(z) ${s.digits(4)}/2026 számú, ${continental(s.money(180_000, 2_400_000))} Ft összegű számla fizetési határideje lejárt.`,
            'Kérjük, rendezze tartozását 3 munkanapon belül bankkártyás fizetéssel, ellenkező esetben a követelést behajtásra átadjuk.',
          ],
          ['Számla fizetése', `https://${s.host('szamla', 'fizetes')}/pay/${s.token(10)}`],
          `${s.vendor.name} – pénzügyi osztály`,
        ),
      };
    },
  },
  {
    kind: 'payroll-diversion',
    template: 'schimbare-cont-salariu-romana',
    write: (s) => {
      const sender = s.freemail(s.victim);
      return {
        headers: s.headers(s.victim.name, sender, [
          'To: "Salarizare" <payroll@corp.example>',
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: 'Schimbare cont salariu',
        text: `Bună ziua,\n\nAm deschis un cont nou și aș dori ca salariul din luna aceasta să fie virat în noul cont. Vă rog să-mi spuneți ce date aveți nevoie sau dacă trebuie completat vreun formular.\n\nMulțumesc,\n${s.victim.name}`,
      };
    },
  },
  // Consumer scams.
  {
    kind: 'rental-scam',
    template: 'wohnung-kaution-vermieter-ausland',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.name, sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: `Re: Ihre Anfrage zur 2-Zimmer-Wohnung, ${s.street()}`,
        text: [
          'Hallo,',
          '',
          'vielen Dank für Ihr Interesse an meiner Wohnung. Leider arbeite ich zurzeit als Ärztin in Schottland und kann',
          'die Besichtigung nicht persönlich machen. Die Schlüssel und den Vertrag schickt Ihnen ein Treuhandservice.',
          '',
          `Die Miete beträgt 690 € warm, die Kaution ${continental(s.money(1300, 2100))} €. Sobald die Kaution über den Service`,
          `hinterlegt ist, werden die Schlüssel versandt: https://${s.host('mietkaution', 'treuhand')}/${s.digits(6)}`,
          '',
          'Falls Ihnen die Wohnung nicht gefällt, erhalten Sie das Geld vollständig zurück.',
          '',
          'Liebe Grüße',
          s.stranger.name,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'marketplace-scam',
    template: 'articolo-venduto-ricevi-pagamento-italiano',
    write: (s) => {
      const domain = s.host('vinted', 'pagamento');
      return {
        headers: s.headers('Vinted', `noreply@${domain}`, [spfPass(domain)]),
        subject: 'Il tuo articolo è stato acquistato! Ricevi il pagamento',
        html: page(
          [
            `Ciao ${s.victim.first},`,
            `Buone notizie: l’acquirente ha già pagato <b>${continental(s.money(25, 140))} €</b> per il tuo articolo.`,
            'Per ricevere il denaro sulla tua carta, conferma i dati di accredito entro 24 ore. Dopo la conferma riceverai l’etichetta di spedizione.',
          ],
          ['Ricevi il pagamento', `https://${domain}/item/${s.digits(9)}/payout`],
          'Vinted UAB, Svitrigailos g. 13, Vilnius',
        ),
      };
    },
  },
  {
    kind: 'loan-offer',
    template: 'pinjaman-cair-biaya-admin-indonesia',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers('Dana Cepat Sejahtera', sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: `Pengajuan pinjaman Anda DISETUJUI – Rp ${s.digits(2)}.000.000`,
        text: `Yth. Bapak/Ibu ${s.victim.last},\n\nSelamat! Pengajuan pinjaman tanpa jaminan Anda telah disetujui. Dana akan dicairkan hari ini setelah pembayaran biaya administrasi dan asuransi sebesar Rp ${s.digits(3)}.000.\n\nSilakan hubungi petugas kami melalui WhatsApp ${s.phone()} untuk proses pencairan.\n\nHormat kami,\nBagian Kredit`,
      };
    },
  },
  {
    kind: 'investment-scam',
    template: 'ai-trading-group-korean',
    transfer: 'base64',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers('AI 퀀트 투자 연구소', sender, [signed(domainOf(sender))]),
        subject: '[무료 초대] AI 자동매매 리딩방 – 이번 주 수익률 +37%',
        html: page(
          [
            `${s.victim.last}님, 안녕하세요.`,
            '저희 연구소의 AI 자동매매 프로그램은 지난달 평균 수익률 +37%를 기록했습니다.',
            '지금 카카오톡 오픈채팅방에 참여하시면 전문가의 종목 추천과 무료 체험 계좌를 드립니다. 선착순 50명 한정입니다.',
          ],
          ['오픈채팅 참여하기', `https://${s.host('quant', 'invest')}/join?ref=${s.token(6)}`],
          '본 메일은 회원님의 수신 동의에 따라 발송되었습니다.',
        ),
      };
    },
  },
  {
    kind: 'romance-opener',
    template: 'wrong-address-dinner-plain',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.first, sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: 'dinner on saturday?',
        text: `Hi Marcus, it was lovely meeting you at the gallery opening! Are we still on for dinner Saturday at 7? I booked the Italian place you mentioned 😊\n\n${s.stranger.first}`,
      };
    },
  },
  {
    kind: 'crypto',
    template: 'phan-thuong-staking-het-han-tieng-viet',
    write: (s) => {
      const domain = s.host('staking', 'reward');
      return {
        headers: s.headers('Sàn Giao Dịch – Trung tâm Hỗ trợ', `support@${domain}`, [spfPass(domain)]),
        subject: `Phần thưởng staking ${s.digits(3)} USDT của bạn sắp hết hạn`,
        html: page(
          [
            'Xin chào,',
            `Tài khoản của bạn có <b>${s.digits(3)}.${s.digits(2)} USDT</b> phần thưởng staking chưa nhận. Phần thưởng sẽ bị hủy sau 24 giờ.`,
            'Vui lòng kết nối ví và xác minh để nhận thưởng.',
          ],
          ['Nhận phần thưởng', `https://${domain}/claim?w=${s.hex(12)}`],
          'Đây là email tự động, vui lòng không trả lời.',
        ),
      };
    },
  },
  {
    kind: 'job-scam',
    template: 'onboarding-identity-documents',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers(`${s.stranger.name} – Talent Acquisition`, `careers@${domain}`, [signed(domain)]),
        subject: `Offer of employment – Remote Data Entry Specialist (${s.company})`,
        html: page([
          `Dear ${s.victim.first},`,
          `Following your online interview, we are pleased to offer you the position of Remote Data Entry Specialist at ${s.company}, $34/hour, starting Monday.`,
          'To complete onboarding today, reply with: a scan of the front and back of your passport or driving licence, your date of birth, your social security number, and your bank name, account and routing number for direct deposit.',
          'Your home-office equipment will be purchased through our approved vendor; the cheque for it will be mailed to you.',
          `Welcome aboard!<br>${s.stranger.name}<br>HR Onboarding`,
        ]),
      };
    },
  },
  {
    kind: 'callback',
    template: 'bitcoin-aankoop-bellen-nederlands',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      const phone = `+31 20 ${s.digits(3)} ${s.digits(4)}`;
      return {
        headers: s.headers('Betaalservice Klantenservice', sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: `Bevestiging van uw aankoop: Bitcoin (BTC) – € ${continental(s.money(600, 1900))}`,
        text: `Beste klant,\n\nUw aankoop van 0,0${s.digits(3)} BTC is verwerkt en wordt vandaag van uw rekening afgeschreven.\n\nTransactienummer: ${s.token(14).toUpperCase()}\n\nHeeft u deze aankoop niet gedaan? Bel dan direct onze fraudeafdeling: ${phone} (24/7). Na 24 uur kan de transactie niet meer worden teruggedraaid.\n\nMet vriendelijke groet,\nKlantenservice`,
      };
    },
  },
  // Streaming, parcel and tax lures, each in its country's language.
  {
    kind: 'streaming-account',
    template: 'betaling-afvist-dansk',
    write: (s) => {
      const domain = s.host('netfIix', 'konto');
      return {
        headers: s.headers('Netflix', `info@${domain}`, [spfPass(domain)]),
        subject: 'Dit medlemskab er sat på pause',
        html: page(
          [
            `Hej ${s.victim.first},`,
            'Vi kunne ikke gennemføre betalingen for din næste faktureringsperiode. Dit medlemskab er derfor sat på pause.',
            'Opdater dine betalingsoplysninger inden for 48 timer for at fortsætte med at se film og serier.',
          ],
          ['Opdater betaling', `https://${domain}/dk/account/payment?id=${s.token(12)}`],
          'Netflix Danmark – Spørgsmål? Besøg Hjælpecenteret.',
        ),
      };
    },
  },
  {
    kind: 'streaming-account',
    template: 'suscripcion-suspendida-espanol',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('disneyplus', 'cuenta');
      return {
        headers: s.headers('Disney+', `no-reply@${domain}`, [
          authResults(domain, ['neutral', 'none', 'none']),
        ]),
        subject: `Tu suscripción a Disney+ ha sido suspendida – Pedido ${s.digits(8)}`,
        html: page(
          [
            'Hola:',
            'No hemos podido procesar el pago de tu suscripción mensual. Tu cuenta se ha suspendido temporalmente.',
            'Verifica tu método de pago para reactivar tu cuenta y no perder tu lista ni tus perfiles.',
          ],
          ['Reactivar cuenta', `https://${domain}/es-es/reactivar?ref=${s.token(10)}`],
          'Disney+ – Este mensaje se ha enviado automáticamente.',
        ),
      };
    },
  },
  {
    kind: 'parcel-customs',
    template: 'an-post-customs-charge-ireland',
    write: (s) => {
      const domain = s.host('anpost', 'customs');
      return {
        headers: s.headers('An Post', `customs@${domain}`, [spfPass(domain)]),
        subject: `Customs charge due on your parcel LY${s.digits(9)}IE`,
        text: `An Post\n\nYour parcel from outside the EU is being held at our Portlaoise Mails Centre.\n\nCustoms charge: €${s.money(2, 6)} (VAT and handling)\n\nPay online within 3 days to arrange delivery, otherwise the item will be returned to sender:\nhttps://${domain}/pay/${s.token(8)}`,
      };
    },
  },
  {
    kind: 'delivery-fee',
    template: 'correos-envio-retenido-espanol',
    write: (s) => {
      const domain = s.host('correos', 'envios');
      return {
        headers: s.headers('Correos', `notificaciones@${domain}`, [spfPass(domain)]),
        subject: `Su envío ${s.pick(['PQ', 'CD', 'LX'])}${s.digits(11)}ES está retenido`,
        html: page(
          [
            'Estimado/a cliente:',
            'Su paquete no ha podido ser entregado porque la dirección está incompleta y hay gastos de gestión pendientes de 1,99 €.',
            'Confirme su dirección y abone los gastos para programar una nueva entrega.',
          ],
          ['Programar entrega', `https://${domain}/seguimiento/${s.digits(10)}`],
          'Sociedad Estatal Correos y Telégrafos, S.A.',
        ),
      };
    },
  },
  {
    kind: 'parcel-customs',
    template: 'posti-tullimaksu-suomi',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('posti', 'tulli');
      return {
        headers: s.headers('Posti', `asiakaspalvelu@${domain}`, [spfPass(domain)]),
        subject: 'Lähetyksesi odottaa tullimaksua',
        html: page(
          [
            'Hei,',
            `Lähetyksesi JJFI${s.digits(14)} on saapunut Suomeen, mutta siitä puuttuu tullimaksu (${continental(s.money(2, 9))} €).`,
            'Maksa maksu 48 tunnin kuluessa, jotta lähetys voidaan toimittaa. Muuten se palautetaan lähettäjälle.',
          ],
          ['Maksa tullimaksu', `https://${domain}/maksa/${s.token(9)}`],
          'Posti Oy',
        ),
      };
    },
  },
  {
    kind: 'delivery-fee',
    template: 'csomag-szallitasi-dij-magyar',
    write: (s) => {
      const domain = s.host('posta', 'csomag');
      return {
        headers: s.headers('Magyar Posta', `ertesites@${domain}`, [spfPass(domain)]),
        subject: `Csomagja nem kézbesíthető – ${s.pick(['RB', 'CE', 'JJ'])}${s.digits(9)}HU`,
        text: `Tisztelt Ügyfelünk!\n\nCsomagját nem tudtuk kézbesíteni, mert a szállítási díj (${s.digits(3)} Ft) nincs kifizetve.\nKérjük, 24 órán belül fizesse ki a díjat az alábbi oldalon, különben a csomagot visszaküldjük:\n\nhttps://${domain}/fizetes/${s.token(8)}\n\nMagyar Posta Zrt.`,
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'mygov-ato-refund-australia',
    write: (s) => {
      const domain = s.host('mygov', 'refund');
      return {
        headers: s.headers('myGov', `noreply@${domain}`, [authResults(domain, ['pass', 'pass', 'none'])]),
        subject: 'You have a new message in your myGov Inbox – tax refund',
        html: page(
          [
            'Australian Taxation Office',
            `Following the assessment of your 2025–26 income tax return you are entitled to a refund of <b>$${s.money(320, 1480)}</b>.`,
            'To receive the refund to your bank account, sign in to myGov and confirm your details before 6 November.',
          ],
          ['Sign in to myGov', `https://${domain}/LoginServices/main/login?refund=${s.digits(8)}`],
          'myGov will never ask you to click a link to sign in.',
        ),
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'anaf-rambursare-romana',
    write: (s) => {
      const domain = s.host('anaf', 'spv');
      return {
        headers: s.headers('ANAF – Agenția Națională de Administrare Fiscală', `notificari@${domain}`, [
          spfPass(domain),
        ]),
        subject: `Notificare de rambursare TVA / impozit – nr. ${s.digits(7)}`,
        html: page(
          [
            'Stimate contribuabil,',
            `În urma recalculării impozitului pe venit pentru anul 2025, aveți dreptul la o rambursare de <b>${continental(s.money(350, 2800))} lei</b>.`,
            'Pentru a primi suma, completați formularul de rambursare cu datele cardului dumneavoastră în termen de 5 zile.',
          ],
          ['Completați formularul', `https://${domain}/rambursare/${s.token(10)}`],
          'Agenția Națională de Administrare Fiscală',
        ),
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'zwrot-podatku-e-urzad-polski',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('podatki', 'zwrot');
      return {
        headers: s.headers('e-Urząd Skarbowy', `powiadomienia@${domain}`, [spfPass(domain)]),
        subject: 'Nadpłata podatku do zwrotu – potwierdź numer rachunku',
        html: page(
          [
            'Szanowny Podatniku,',
            `w wyniku rozliczenia PIT za 2025 rok przysługuje Ci zwrot nadpłaty w wysokości <b>${continental(s.money(210, 1900))} zł</b>.`,
            'Aby otrzymać zwrot, zaloguj się i potwierdź numer rachunku bankowego w ciągu 3 dni.',
          ],
          ['Odbierz zwrot', `https://${domain}/zwrot/${s.token(10)}`],
          'Krajowa Administracja Skarbowa',
        ),
      };
    },
  },
  {
    kind: 'tax-notice',
    template: 'skatteoppgjor-tilgode-norsk',
    write: (s) => {
      const domain = s.host('skatteetaten', 'oppgjor');
      return {
        headers: s.headers('Skatteetaten', `ikke-svar@${domain}`, [spfPass(domain)]),
        subject: 'Skatteoppgjøret ditt er klart – du har penger til gode',
        text: `Hei,\n\nSkatteoppgjøret for 2025 er klart, og du har ${s.digits(1)} ${s.digits(3)} kroner til gode.\n\nFor å få pengene utbetalt må du bekrefte kontonummeret ditt med BankID innen 72 timer:\nhttps://${domain}/bekreft?id=${s.token(8)}\n\nMed vennlig hilsen\nSkatteetaten`,
      };
    },
  },
  {
    kind: 'tax-notice',
    template: 'sat-cfdi-factura-zip-mexico',
    write: (s) => {
      const sender = s.borrowed();
      const rfc = `${s.token(4).toUpperCase()}${s.digits(6)}${s.token(3).toUpperCase()}`;
      return {
        headers: s.headers('Facturación Electrónica', `facturas@${sender}`, [signed(sender)]),
        subject: `Comprobante Fiscal Digital (CFDI) – Factura ${s.token(1).toUpperCase()}${s.digits(5)}`,
        text: `Estimado cliente:\n\nAdjuntamos el Comprobante Fiscal Digital por Internet (XML y PDF) correspondiente a su compra.\n\nRFC emisor: ${rfc}\nTotal: $${s.money(1200, 48_000)} MXN\n\nDescargue y conserve el archivo para su contabilidad.\n\nAtentamente,\nDepartamento de Facturación`,
        parts: [attach('application/zip', `CFDI_${rfc}.zip`, zipOf(`Factura_CFDI_${s.digits(6)}.pdf.lnk`))],
      };
    },
  },
  // Banks, fines and accounts.
  {
    kind: 'bank-credential',
    template: 'mitid-fornyelse-dansk',
    write: (s) => {
      const domain = s.host('mitid', 'fornyelse');
      return {
        headers: s.headers('MitID', `kundeservice@${domain}`, [spfPass(domain)]),
        subject: 'Dit MitID udløber – forny nu',
        html: page(
          [
            'Kære kunde,',
            'Dit MitID skal fornyes, før du igen kan logge på netbank og borger.dk. Fornyelsen tager kun 2 minutter.',
            'Hvis du ikke fornyer inden for 5 dage, spærres dit MitID.',
          ],
          ['Forny MitID', `https://${domain}/forny?sid=${s.token(12)}`],
          'MitID – Digitaliseringsstyrelsen og Finans Danmark',
        ),
      };
    },
  },
  {
    kind: 'bank-credential',
    template: 'itsme-koppeling-vlaams',
    write: (s) => {
      const domain = s.host('kbc', 'itsme');
      return {
        headers: s.headers('KBC Bank', `info@${domain}`, [authResults(domain, ['pass', 'pass', 'none'])]),
        subject: 'Belangrijk: uw itsme-koppeling met KBC Mobile vervalt',
        html: page(
          [
            `Beste ${s.victim.first},`,
            'Door een nieuwe Europese richtlijn moet uw itsme-account opnieuw gekoppeld worden aan KBC Mobile. Zonder deze stap kunt u vanaf 15 november geen betalingen meer bevestigen.',
            'Meld u aan en volg de instructies; het duurt minder dan 3 minuten.',
          ],
          ['Koppeling vernieuwen', `https://${domain}/be/nl/koppelen/${s.token(10)}`],
          'KBC Bank NV, Havenlaan 2, 1080 Brussel',
        ),
      };
    },
  },
  {
    kind: 'bank-credential',
    template: 'pushtan-qr-brief-deutsch',
    write: async (s) => {
      const domain = s.host('sparkasse', 'pushtan');
      const link = `https://${domain}/registrierung/${s.token(12)}`;
      return {
        headers: s.headers('Sparkasse', `service@${domain}`, [spfPass(domain)]),
        subject: 'Neuregistrierung pushTAN erforderlich',
        text: `Sehr geehrte Kundin, sehr geehrter Kunde,\n\naufgrund einer Aktualisierung unseres Sicherheitsverfahrens muss Ihre pushTAN-Verbindung neu registriert werden. Das Schreiben mit Ihrem persönlichen Registrierungscode finden Sie im Anhang.\n\nIhre Sparkasse`,
        parts: [
          pdfAttachment(
            `pushTAN_Registrierung_${s.digits(6)}.pdf`,
            [
              'Ihre Sparkasse – Neuregistrierung pushTAN',
              'Bitte scannen Sie den QR-Code mit Ihrem Smartphone,',
              'um die Registrierung innerhalb von 14 Tagen abzuschließen.',
              'Andernfalls wird Ihr Online-Banking-Zugang gesperrt.',
            ],
            { jpeg: await qrJpeg(link) },
          ),
        ],
      };
    },
  },
  {
    kind: 'traffic-fine',
    template: 'prostimo-kok-ellinika',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('gov-gr', 'prostima');
      return {
        headers: s.headers('gov.gr – Ενιαία Ψηφιακή Πύλη', `noreply@${domain}`, [spfPass(domain)]),
        subject: `Ειδοποίηση παράβασης ΚΟΚ – αρ. ${s.digits(9)}`,
        html: page(
          [
            'Αγαπητέ/ή πολίτη,',
            `Καταγράφηκε παράβαση υπέρβασης ορίου ταχύτητας από κάμερα στις 24/10/2026. Το πρόστιμο ανέρχεται σε <b>${s.digits(2)},00 €</b>.`,
            'Εάν εξοφληθεί εντός 5 ημερών, εφαρμόζεται έκπτωση 50%. Μετά την προθεσμία θα αφαιρεθούν και βαθμοί από το δίπλωμα.',
          ],
          ['Πληρωμή προστίμου', `https://${domain}/pliromi/${s.token(10)}`],
          'Ελληνική Δημοκρατία – Υπουργείο Ψηφιακής Διακυβέρνησης',
        ),
      };
    },
  },
  {
    kind: 'sign-in-alert',
    template: 'apple-account-lock-japanese',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('apple', 'id-support');
      return {
        headers: s.headers('Apple', `no_reply@${domain}`, [
          authResults(domain, ['softfail', 'none', 'none']),
        ]),
        subject: '【重要】Apple Accountが一時的にロックされました',
        html: page(
          [
            `${s.victim.last} 様`,
            `お客様のApple Accountに、不明なデバイス（iPhone 16、${s.pick(['中国 上海', 'ロシア モスクワ', 'ベトナム ハノイ'])}）からのサインインがありました。`,
            'セキュリティのため、アカウントを一時的にロックしました。24時間以内に本人確認を行わない場合、アカウントは完全に停止されます。',
          ],
          ['本人確認を行う', `https://${domain}/jp/verify?token=${s.token(16)}`],
          'Apple Japan 合同会社',
        ),
      };
    },
  },
  {
    kind: 'webmail-quota',
    template: 'skrzynka-pelna-polski',
    write: (s) => {
      const domain = s.host('poczta', 'admin');
      return {
        headers: s.headers('Administrator poczty corp.example', `admin@${domain}`, [
          authResults(domain, ['none', 'none', 'none']),
        ]),
        subject: `Skrzynka ${s.victim.email} jest pełna (99%)`,
        html: page(
          [
            'Szanowny Użytkowniku,',
            'Twoja skrzynka pocztowa osiągnęła limit 99% pojemności. Nowe wiadomości będą odrzucane.',
            'Zaloguj się, aby zwiększyć limit bezpłatnie do 10 GB.',
          ],
          [
            'Zwiększ limit',
            `https://${domain}/roundcube/?_task=login&_user=${encodeURIComponent(s.victim.email)}`,
          ],
          'Wiadomość wygenerowana automatycznie przez serwer poczty.',
        ),
      };
    },
  },
  {
    kind: 'utility-bill',
    template: 'elektrik-kesinti-turkce',
    write: (s) => {
      const domain = s.host('enerji', 'fatura');
      return {
        headers: s.headers('Elektrik Dağıtım – Müşteri Hizmetleri', `bildirim@${domain}`, [spfPass(domain)]),
        subject: `Ödenmemiş fatura: elektrik kesintisi bildirimi (Tesisat No ${s.digits(8)})`,
        text: `Sayın Abonemiz,\n\n${continental(s.money(380, 2400))} TL tutarındaki ödenmemiş faturanız nedeniyle elektriğiniz 48 saat içinde kesilecektir.\n\nKesintiyi önlemek için faturanızı hemen kredi kartıyla ödeyin:\nhttps://${domain}/odeme/${s.token(8)}\n\nSaygılarımızla`,
      };
    },
  },
  {
    kind: 'health-insurance',
    template: 'tessera-sanitaria-scaduta-italiano',
    write: (s) => {
      const domain = s.host('salute', 'tessera');
      return {
        headers: s.headers('Ministero della Salute – Sistema Tessera Sanitaria', `noreply@${domain}`, [
          spfPass(domain),
        ]),
        subject: 'La sua Tessera Sanitaria è scaduta: richieda la nuova tessera',
        html: page(
          [
            'Gentile cittadino,',
            'la sua Tessera Sanitaria (TS-CNS) risulta scaduta. Per ricevere gratuitamente la nuova tessera al suo indirizzo è necessario confermare i dati anagrafici e pagare le spese di spedizione di 2,49 €.',
          ],
          ['Richiedi la nuova tessera', `https://${domain}/richiesta/${s.token(10)}`],
          'Ministero dell’Economia e delle Finanze – Sistema Tessera Sanitaria',
        ),
      };
    },
  },
];
