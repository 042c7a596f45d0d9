// The sixth unseen set's fraud and local lures (unseen-6.ts joins them to its credential and attachment
// lures): business-email compromise shapes the earlier sets did not carry (an overpayment to refund, a
// factoring notice, a quiet AI-polished first note), the classic scams that still reach companies (domain
// registration, attendee lists, trademark renewals), and the smishing-style mail of 2023–2026 in the
// language of the country it targets (Pix in Portuguese, parcel lockers in Polish, summonses in French,
// e-invoicing in German, DigiD in Dutch, cards in Spanish, INPS in Italian), after what CERTs, the FBI's
// IC3, national agencies and mail-security vendors published. Written without the analysers in sight;
// every attacker's domain is reserved or made up.

import { qrPng } from './payloads.js';
import { page, type Scene } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry } from './unseen-4.js';
import { combosquat, continental, pdfAttachment, replyHeaders } from './unseen-5-parts.js';
import { pixCode } from './unseen-6-parts.js';

/** A made-up IBAN the fraud asks money to go to, in the country it pretends to bank in. */
const muleIban = (s: Scene) =>
  s.pick([
    `GB${s.digits(2)} MONZ 0400 ${s.digits(4)} ${s.digits(4)} ${s.digits(2)}`,
    `DE${s.digits(2)} 1001 1001 ${s.digits(4)} ${s.digits(4)} ${s.digits(2)}`,
    `ES${s.digits(2)} 1583 0001 ${s.digits(4)} ${s.digits(4)} ${s.digits(4)}`,
  ]);

export const FRAUD_ENTRIES: EncodedEntry[] = [
  // Business-email compromise.
  {
    kind: 'refund-request',
    template: 'overpayment-refund-to-new-account',
    write: (s) => {
      const from = `ar@${combosquat(s, s.vendor.domain)}`;
      return {
        headers: s.headers(`${s.stranger.name} – ${s.vendor.name}`, from, [
          authResults(domainOf(from), ['pass', 'pass', 'none']),
        ]),
        subject: `Duplicate payment received – refund of ${s.company} remittance`,
        text: [
          `Dear ${s.victim.first},`,
          '',
          `During our month-end reconciliation we found that invoice ${s.digits(6)} was paid twice by ${s.company}`,
          `(${s.pick(['14', '17', '21'])} October and ${s.pick(['28', '30', '31'])} October), an overpayment of EUR ${continental(s.money(4_000, 38_000))}.`,
          '',
          'We would like to refund it. As our receiving account is under audit this quarter, please confirm the refund',
          'by replying with the account it should return to, or if easier we can offset it against the attached',
          'statement: in that case, kindly pay the remaining balance to our settlement account:',
          `IBAN: ${muleIban(s)}`,
          '',
          'Best regards,',
          s.stranger.name,
          `Accounts Receivable, ${s.vendor.name}`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'factoring-notice',
    template: 'notice-of-assignment-pdf',
    write: (s) => {
      const factor = s.pick(['Meridian Trade Finance', 'Castlegate Factoring', 'Atlas Receivables Ltd']);
      const domain = `${factor.split(' ')[0].toLowerCase()}-finance.test`;
      return {
        headers: s.headers(`${factor} – Collections`, `collections@${domain}`, [
          authResults(domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `Notice of assignment – ${s.vendor.name} receivables`,
        text: [
          'Dear Sirs,',
          '',
          `Please be advised that ${s.vendor.name} has assigned its receivables to ${factor} under a factoring agreement`,
          `effective ${s.pick(['1 November', '15 November'])} 2026. All payments on open and future ${s.vendor.name} invoices must now be made`,
          'to the account in the attached notice. Payments to any other account will not discharge your debt.',
          '',
          'Please sign and return the acknowledgement within five working days.',
          '',
          `${factor}, Collections Department`,
        ].join('\n'),
        parts: [
          pdfAttachment(`Notice_of_Assignment_${s.vendor.name.split(' ')[0]}.pdf`, [
            'NOTICE OF ASSIGNMENT',
            `Assignor: ${s.vendor.name}    Debtor: ${s.company}`,
            `Assignee: ${factor}`,
            `Pay all invoices to: ${muleIban(s)}`,
            'Acknowledged (signature) ______________________',
          ]),
        ],
      };
    },
  },
  {
    kind: 'expense-approval',
    template: 'expense-report-awaiting-approval',
    write: (s) => ({
      headers: s.headers('SAP Concur', `autonotification@${s.host('concur', 'expense')}`),
      subject: `Expense report awaiting your approval – ${s.colleague.name} (${s.pick(['USD', 'EUR', 'GBP'])} ${s.money(900, 6_400)})`,
      html: page(
        [
          `The following expense report has been submitted for your approval:`,
          `Employee: ${s.colleague.name}<br>Report: ${s.pick(['Client visit', 'Conference travel', 'Team offsite'])} ${s.pick(['Oct', 'Nov'])} 2026<br>Status: Pending approval (2nd reminder)`,
          'Reports not approved within 2 days are returned to the employee.',
        ],
        ['Review report', `https://${s.host('concur', 'approve')}/approvals/${s.token(12)}`],
        'This is an automated notification from SAP Concur.',
      ),
    }),
  },
  {
    kind: 'pretext-no-link',
    template: 'polished-vendor-inquiry-w9',
    write: (s) => {
      const from = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.name, from, [
          `Reply-To: ${s.stranger.first.toLowerCase()}@${s.host('consulting')}`,
        ]),
        subject: `Quick question regarding ${s.company}'s vendor records`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          `I hope this message finds you well. I'm reaching out on behalf of ${s.vendor.name}'s finance team as we are`,
          'updating our records ahead of year-end. To ensure everything is accurate and that payments continue to flow',
          'smoothly, could you kindly confirm the best point of contact in your accounts payable team, along with',
          'your current remittance email address?',
          '',
          'I truly appreciate your help and look forward to hearing from you.',
          '',
          'Warm regards,',
          s.stranger.name,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'pretext-no-link',
    template: 'executive-assistant-contact-update',
    write: (s) => ({
      headers: s.headers(
        `${s.boss.name}`,
        `${s.boss.first.toLowerCase()}.${s.boss.last.toLowerCase()}.office@${s.pick(['outlook.example', 'gmail.example'])}`,
      ),
      subject: 'Updated contact details',
      text: [
        `Hello ${s.victim.first},`,
        '',
        `This is ${s.boss.first}'s new personal office address while the IT team finalises my mailbox migration.`,
        'Could you please send me a current list of your direct reports with their mobile numbers? I want to',
        'set up a quick group chat for the end-of-year planning. Thank you for your support.',
        '',
        'Best,',
        s.boss.name,
      ].join('\n'),
    }),
  },
  // Classic scams that keep reaching companies.
  {
    kind: 'domain-registration-scam',
    template: 'registrar-audit-asian-tlds',
    write: (s) => {
      const brand = s.company.split(' ')[0].toLowerCase();
      return {
        headers: s.headers(
          `${s.stranger.name} – Registration Department`,
          `audit@${s.host('domain', 'registry')}`,
        ),
        subject: `${brand} – domain and trademark registration`,
        text: [
          `Dear CEO,`,
          '',
          `(If you are not the person in charge, please forward this to your CEO, thanks.)`,
          '',
          `We are a domain name registration service in Shanghai. On ${s.pick(['2 November', '30 October'])} we received an application`,
          `from "${s.pick(['Hong Kong Wanda Trading', 'Guangzhou Brightstar Ltd'])}" to register "${brand}" as their brand name and the`,
          `domains ${brand}.cn, ${brand}.com.cn, ${brand}.hk and ${brand}.asia. After our audit we found the name conflicts with`,
          'your company. Are you in connection with this company? If not, please reply within 7 working days so we',
          'can handle it.',
          '',
          'Best regards,',
          s.stranger.name,
          'Senior Consultant',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'attendee-list',
    template: 'trade-show-attendee-list-offer',
    write: (s) => {
      const show = s.pick(['MEDICA 2026', 'CES 2027', 'Hannover Messe 2027']);
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${s.host('data', 'leads')}`),
        subject: `${show} attendees list`,
        text: [
          'Hi,',
          '',
          `Would you be interested in acquiring the ${show} attendees list?`,
          '',
          `Counts: ${20_000 + s.below(60_000)} contacts`,
          'Details: contact name, title, company, email, phone, country.',
          '',
          'If interested, reply and I will share the pricing and a sample for your review.',
          '',
          'Regards,',
          s.stranger.name,
          'Business Development Manager',
          '',
          'If you do not wish to receive further emails, reply with "Leave Out".',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'trademark-invoice',
    template: 'trademark-renewal-fee-pdf',
    transfer: 'base64',
    write: (s) => {
      const number = `${s.digits(9)}`;
      return {
        headers: s.headers('EU Trademark Register', `renewals@${s.host('euipo', 'register')}`),
        subject: `Trademark ${number} – renewal and publication fee`,
        text: [
          `Dear Sir or Madam,`,
          '',
          `Your trademark registration no. ${number} ("${s.company.split(' ')[0].toUpperCase()}") is due for publication in our`,
          'international register. Please pay the attached invoice within 8 days to maintain the entry.',
          '',
          'Trademark Register Office',
        ].join('\n'),
        parts: [
          pdfAttachment(`Invoice_TM_${number}.pdf`, [
            'TRADEMARK PUBLICATION – INVOICE',
            `Registration no. ${number}   Holder: ${s.company}`,
            `Publication period: 10 years   Amount due: EUR ${continental(s.money(1_400, 2_900))}`,
            `Pay to IBAN ${muleIban(s)}`,
            'This is an offer for an entry in a private register; payment constitutes acceptance.',
          ]),
        ],
      };
    },
  },
  {
    kind: 'privacy-complaint',
    template: 'gdpr-complaint-evidence-link',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name}`, s.freemail(s.stranger)),
      subject: `Formal GDPR complaint against ${s.company} – reply required within 72 hours`,
      text: [
        `To the data protection officer of ${s.company},`,
        '',
        'I am filing a formal complaint under Articles 15 and 17 of the GDPR. Your company processed my personal',
        'data without consent; the screenshots and the correspondence are in the evidence folder below. Unless you',
        'respond within 72 hours I will submit them to the supervisory authority and my lawyer.',
        '',
        `Evidence: https://${s.host('evidence', 'files')}/f/${s.token(10)}`,
        '',
        s.stranger.name,
      ].join('\n'),
    }),
  },
  // Smishing-style mail in the language of its target.
  {
    kind: 'pix-payment',
    template: 'cobranca-pix-portugues',
    transfer: 'quoted-printable',
    write: async (s) => {
      const amount = `${100 + s.below(900)}.${s.digits(2)}`;
      const code = pixCode(s, s.pick(['Regularize Servicos', 'Cobranca Digital Ltda']), amount);
      return {
        headers: s.headers('Serasa – Regularização', `cobranca@${s.host('serasa', 'acordo')}`),
        subject: `${s.victim.first}, sua dívida de R$ ${amount.replace('.', ',')} será protestada amanhã`,
        html: `${page([
          `Olá ${s.victim.first},`,
          `Identificamos uma pendência em seu CPF no valor de <b>R$ ${amount.replace('.', ',')}</b>. Para evitar o protesto em cartório e a negativação do seu nome, quite hoje com desconto de 90% via Pix.`,
          `Pix copia e cola:<br><code>${code}</code>`,
          'Ou leia o QR Code abaixo no aplicativo do seu banco.',
        ])}<p><img src="cid:pix.png" width="200" alt="QR Code Pix"></p>`,
        parts: [{ type: 'image/png', name: 'pix.png', content: await qrPng(code), inline: true }],
      };
    },
  },
  {
    kind: 'parcel-locker',
    template: 'paczkomat-oplata-polski',
    write: (s) => ({
      headers: s.headers('InPost', `powiadomienia@${s.host('inpost', 'paczka')}`),
      subject: `Twoja paczka czeka w Paczkomacie – kod odbioru wygasł`,
      html: page(
        [
          'Dzień dobry,',
          `Twoja paczka nr ${s.digits(24)} czeka w Paczkomacie ${s.pick(['WAW12M', 'KRA05A', 'GDA33N'])}. Kod odbioru wygasł z powodu przekroczenia czasu przechowywania.`,
          'Aby otrzymać nowy kod odbioru, uiść opłatę za przedłużenie przechowywania w wysokości 1,99 zł. Po 48 godzinach paczka zostanie zwrócona do nadawcy.',
        ],
        ['Zapłać i odbierz', `https://${s.host('inpost', 'odbior')}/p/${s.token(8)}`],
        'InPost S.A.',
      ),
    }),
  },
  {
    kind: 'police-summons',
    template: 'convocation-judiciaire-francais',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers(
        'Brigade de protection des mineurs',
        `convocation.${s.digits(4)}@${s.pick(['gmx.example', 'outlook.example'])}`,
      ),
      subject: 'CONVOCATION JUDICIAIRE – réponse sous 72 heures',
      text: [
        `Madame, Monsieur ${s.victim.last},`,
        '',
        'À la demande du Procureur de la République, nous vous adressons la présente convocation (pièce jointe)',
        'suite à une saisie informatique de la cyber-infiltration, pour des faits de consultation de contenus illicites.',
        '',
        'Vous êtes tenu de nous faire parvenir vos justifications par retour de courriel sous 72 heures, afin',
        "qu'elles soient examinées. Passé ce délai, un mandat d'arrêt sera transmis et votre dossier rendu public.",
        '',
        `Commissaire ${s.stranger.name}`,
        'Direction centrale de la Police judiciaire',
      ].join('\n'),
      parts: [
        pdfAttachment('Convocation_Police_Judiciaire.pdf', [
          'REPUBLIQUE FRANCAISE – MINISTERE DE L INTERIEUR',
          `CONVOCATION – Dossier n. ${s.digits(6)}/${s.digits(2)}`,
          `Destinataire : ${s.victim.name}`,
          'Repondez par courriel sous 72 heures pour eviter les poursuites.',
        ]),
      ],
    }),
  },
  {
    kind: 'e-invoicing-mandate',
    template: 'e-rechnung-pflichtregistrierung',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('erechnung', 'bund');
      return {
        headers: s.headers('E-Rechnungsportal des Bundes', `noreply@${domain}`, [
          authResults(domain, ['neutral', 'none', 'none']),
        ]),
        subject: `Pflichtregistrierung E-Rechnung: ${s.company} noch nicht registriert`,
        html: page(
          [
            'Sehr geehrte Damen und Herren,',
            `seit dem 1. Januar 2025 müssen Unternehmen E-Rechnungen empfangen können. Für ${s.company} liegt noch keine Registrierung im zentralen Empfangsportal vor.`,
            'Bitte registrieren Sie Ihr Unternehmen bis zum 30. November; melden Sie sich dazu mit Ihrem geschäftlichen E-Mail-Konto an. Nicht registrierte Unternehmen können mit einem Bußgeld belegt werden.',
          ],
          [
            'Jetzt registrieren',
            `https://${s.host('erechnung', 'portal')}/registrierung?firma=${encodeURIComponent(s.company)}`,
          ],
          'Zentrale Stelle für E-Rechnungen – Dies ist eine automatisch erstellte Nachricht.',
        ),
      };
    },
  },
  {
    kind: 'card-blocked',
    template: 'tarjeta-bloqueada-espanol',
    write: (s) => ({
      headers: s.headers(
        s.pick(['BBVA', 'CaixaBank', 'Santander']),
        `avisos@${s.host('banca', 'seguridad')}`,
      ),
      subject: 'Aviso: su tarjeta ha sido bloqueada temporalmente',
      text: [
        `Estimado/a ${s.victim.first}:`,
        '',
        `Hemos bloqueado temporalmente su tarjeta terminada en ${s.digits(4)} tras detectar un cargo inusual de ${continental(s.money(300, 1_900))} EUR`,
        `en ${s.pick(['AMAZON MARKETPLACE', 'APPLE.COM/BILL', 'BINANCE'])}.`,
        '',
        `Si no reconoce esta operación, verifique su identidad para desbloquear la tarjeta: https://${s.host('banca', 'verificar')}/es/${s.token(8)}`,
        '',
        'Departamento de Seguridad',
      ].join('\n'),
    }),
  },
  {
    kind: 'digital-id',
    template: 'digid-verloopt-nederlands',
    write: (s) => ({
      headers: s.headers('DigiD', `noreply@${s.host('digid', 'mijn')}`),
      subject: 'Uw DigiD verloopt binnenkort',
      html: page(
        [
          `Beste ${s.victim.first} ${s.victim.last},`,
          `Uw DigiD is niet meer geldig vanaf ${s.pick(['15', '20', '28'])} november 2026. Zonder geldige DigiD kunt u niet meer inloggen bij de Belastingdienst, uw zorgverzekeraar en de gemeente.`,
          'Verleng uw DigiD vandaag nog; dit duurt maar twee minuten.',
        ],
        ['DigiD verlengen', `https://${s.host('digid', 'verlengen')}/aanvraag/${s.token(8)}`],
        'Logius – Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      ),
    }),
  },
  {
    kind: 'government-payment',
    template: 'winter-fuel-payment-uk',
    write: (s) => {
      const domain = s.host('gov', 'payments');
      return {
        headers: s.headers('GOV.UK', `noreply@${domain}`, [
          authResults(domain, ['softfail', 'none', 'none']),
        ]),
        subject: 'Winter Fuel Payment: apply before the deadline',
        text: [
          'GOV.UK',
          '',
          `Dear ${s.victim.first},`,
          '',
          `You are eligible for the Winter Fuel Payment of £${s.pick(['200', '300'])} for winter 2026 to 2027. To receive it, you must`,
          'apply and confirm your bank details before 30 November. Unclaimed payments are cancelled.',
          '',
          `Apply now: https://${s.host('gov', 'winterfuel')}/apply`,
          '',
          'Department for Work and Pensions',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'government-payment',
    template: 'inps-rimborso-italiano',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('INPS', `comunicazioni@${s.host('inps', 'servizi')}`),
      subject: `Comunicazione INPS: rimborso di € ${continental(s.money(180, 900))} in sospeso`,
      html: page(
        [
          `Gentile ${s.victim.first} ${s.victim.last},`,
          "a seguito di un ricalcolo della Sua posizione contributiva risulta un rimborso a Suo favore. Per riceverlo è necessario aggiornare i dati anagrafici e l'IBAN entro 5 giorni.",
          'Le ricordiamo di allegare una copia del documento di identità e della tessera sanitaria.',
        ],
        ['Aggiorna i dati', `https://${s.host('inps', 'rimborso')}/it/${s.token(8)}`],
        'Istituto Nazionale Previdenza Sociale',
      ),
    }),
  },
  {
    kind: 'vehicle-licensing',
    template: 'driving-licence-suspension-notice',
    write: (s) => ({
      headers: s.headers('DVLA', `notifications@${s.host('dvla', 'licence')}`),
      subject: `Driving licence ${s.victim.last.toUpperCase().slice(0, 5)}${s.digits(6)}: suspension notice`,
      html: page(
        [
          `Dear ${s.victim.first} ${s.victim.last},`,
          'Our records show unpaid penalty charges linked to your driving licence. Unless they are settled within 7 days, your licence will be suspended and the case referred to the courts.',
          `Outstanding amount: £${35 + s.below(60)}.00`,
        ],
        ['Resolve now', `https://${s.host('dvla', 'resolve')}/case/${s.digits(8)}`],
        'Driver and Vehicle Licensing Agency, Swansea SA6 7JL',
      ),
    }),
  },
  {
    kind: 'health-insurance-card',
    template: 'carte-vitale-renouvellement',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers("l'Assurance Maladie", `ne-pas-repondre@${s.host('ameli', 'assure')}`),
      subject: 'Votre carte Vitale arrive à expiration',
      html: page(
        [
          `Bonjour ${s.victim.first} ${s.victim.last},`,
          "Votre carte Vitale arrive à expiration. Afin de continuer à bénéficier de vos remboursements de soins, veuillez commander votre nouvelle carte Vitale et régler les frais d'envoi de 2,50 €.",
          'Sans action de votre part sous 72 heures, vos droits seront suspendus.',
        ],
        ['Commander ma carte', `https://${s.host('ameli', 'carte')}/vitale/${s.token(8)}`],
        "L'Assurance Maladie – ameli, pour vous simplifier la vie",
      ),
    }),
  },
  {
    kind: 'payment-transfer-notice',
    template: 'interac-e-transfer-deposit',
    write: (s) => {
      const amount = s.money(350, 2_400);
      return {
        headers: s.headers('INTERAC e-Transfer', `notify@${s.host('interac', 'payments')}`),
        subject: `INTERAC e-Transfer: ${s.stranger.name.toUpperCase()} sent you $${amount} (CAD)`,
        html: page(
          [
            `Hi ${s.victim.first.toUpperCase()},`,
            `${s.stranger.name.toUpperCase()} sent you $${amount} (CAD).`,
            `Message: "${s.pick(['Deposit for the booking', 'Refund as agreed', 'For the invoice'])}"`,
            'This transfer expires in 30 days.',
          ],
          ['Deposit your money', `https://${s.host('etransfer', 'deposit')}/cafe-int/?src=${s.token(20)}`],
          `Reference number: CA${s.token(8).toUpperCase()}`,
        ),
      };
    },
  },
  {
    kind: 'loyalty-points',
    template: 'carrier-points-expiring',
    write: (s) => {
      const points = 1_000 + s.below(9_000);
      return {
        headers: s.headers(
          s.pick(['AT&T Rewards', 'Verizon Rewards', 'O2 Priority']),
          `rewards@${s.host('rewards', 'points')}`,
        ),
        subject: `${s.victim.first}, your ${points} reward points expire today`,
        html: page(
          [
            `Your ${points} reward points expire at midnight.`,
            `Redeem them now for ${s.pick(['wireless earbuds', 'a smartwatch', 'a $100 gift card'])}: only a small shipping fee applies.`,
          ],
          ['Redeem now', `https://${s.host('rewards', 'redeem')}/r/${s.token(8)}`],
        ),
      };
    },
  },
  {
    kind: 'exchange-kyc',
    template: 'kyc-pruefung-deutsch',
    write: (s) => ({
      headers: s.headers(s.pick(['Bitpanda', 'Kraken', 'Bison']), `compliance@${s.host('krypto', 'kyc')}`),
      subject: 'Wichtig: Ihre KYC-Überprüfung ist abgelaufen',
      text: [
        `Hallo ${s.victim.first},`,
        '',
        'aufgrund der neuen EU-Verordnung (MiCA) müssen alle Kundinnen und Kunden ihre Identität erneut bestätigen.',
        'Bis zur Bestätigung sind Auszahlungen von Ihrem Konto gesperrt.',
        '',
        `Jetzt bestätigen: https://${s.host('kyc', 'verify')}/de/${s.token(10)}`,
        '',
        'Ihr Compliance-Team',
      ].join('\n'),
    }),
  },
  {
    kind: 'web3-collab',
    template: 'nft-collaboration-mint-signature',
    write: (s) => ({
      headers: s.headers(
        `${s.pick(['Nebula Apes', 'Chromaverse', 'Lumen Labs'])} Partnerships`,
        `partners@${s.host('nft', 'collab')}`,
      ),
      subject: 'Collaboration proposal – free allowlist for your community',
      text: [
        `Hey ${s.victim.first},`,
        '',
        `We love what ${s.company} is building and would like to offer your community ${100 + s.below(400)} free allowlist spots`,
        'for our next mint. To reserve them, connect the wallet that should receive the spots and sign the',
        `collaboration message (no gas): https://${s.host('mint', 'collab')}/claim/${s.token(8)}`,
        '',
        `Our team wallet for reference: ${s.eth()}`,
        '',
        'Cheers,',
        'Partnerships team',
      ].join('\n'),
    }),
  },
  {
    kind: 'vendor-thread-redirect',
    template: 'thread-reply-pay-by-card-link',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        ...replyHeaders(s, s.vendor.domain),
        authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
      ]),
      subject: `RE: ${s.vendor.name} statement – ${s.company}`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Thanks for the remittance. Our bank transfers are on hold this week because of a system change, so please',
        `settle the open balance of $${s.money(2_000, 12_000)} by card through our payment page instead:`,
        `https://${s.host('pay', 'invoice')}/p/${s.token(10)}`,
        '',
        'Sorry for the hassle,',
        s.stranger.first,
      ].join('\n'),
    }),
  },
];
