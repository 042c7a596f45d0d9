// The eighth unseen ham set: the legitimate mail a reporting mailbox receives beside its phishing, some of
// it the genuine counterpart of the eighth set's lures (a game store's login code, a password manager's
// emergency-contact invitation, an account closure the user asked for, a streaming payment updated, a
// browser store's review, a CRM vendor's warning about phone calls, the IT team's VPN upgrade and
// authenticator move, an engagement survey, an auditor's confirmation request, a customs charge, tax
// offices and banks that send you to their app), and much of it ordinary (a colleague's shared folder
// and comments, suppliers' invoices and reminders, a review meeting, receipts, a newsletter full of links,
// a running club, a friend's dinner plans, family photos, an issue tracker), in English, German, French,
// Spanish, Portuguese, Italian, Dutch, Danish, Norwegian, Finnish, Hungarian, Polish, Romanian, Greek,
// Turkish, Japanese, Korean and Indonesian; written beside unseen-8.ts without the analysers in sight and
// filled from the seed the same way. Real providers send from their own real domains, as they do in life
// (the company, its customers, clubs and made-up vendors use reserved ones); every link goes where the
// sender's business is; attachments are inert.
import type { SeededRandom } from './generate.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import {
  attach,
  continental,
  pdfAttachment,
  quotedHistory,
  replyHeaders,
  signed,
  TENANT,
  unsubscribe,
} from './unseen-5-parts.js';
import { invitation } from './unseen-payloads.js';

const ENTRIES: EncodedEntry[] = [
  // Accounts: codes, alerts and confirmations from the services themselves.
  {
    kind: 'sign-in-alert',
    template: 'apple-account-new-mac-japanese',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('Apple', 'appleid@id.apple.com', [signed('id.apple.com')]),
      subject: 'お客様のApple Accountが新しいデバイスでのサインインに使用されました',
      html: page(
        [
          `${s.victim.last} 様`,
          `お客様のApple Account（${s.victim.email}）が、${s.pick(['東京都', '大阪府', '神奈川県'])}付近のMacBook Airでのサインインに使用されました。`,
          `日付と時刻：2026年11月2日 8:4${s.below(10)} JST`,
          'このサインインに心当たりがある場合は、このメールを無視してください。心当たりがない場合は、設定アプリまたは account.apple.com でパスワードを変更してください。',
        ],
        undefined,
        'Apple Japan 合同会社 · Apple がメールでパスワードやコードを尋ねることはありません。',
      ),
    }),
  },
  {
    kind: 'one-time-code',
    template: 'steam-guard-login-code',
    write: (s) => ({
      headers: s.headers('Steam', 'noreply@steampowered.com', [signed('steampowered.com')]),
      subject: 'Your Steam account: Access from new web or mobile device',
      text: [
        `Dear ${s.victim.first.toLowerCase()}${s.digits(2)},`,
        '',
        'Here is the Steam Guard code you need to login to account:',
        '',
        s.token(5).toUpperCase(),
        '',
        `This email was generated because of a login attempt from a web or mobile device located at ${s.pick(['Berlin, DE', 'Leeds, GB', 'Austin, US'])}.`,
        'If you are not attempting to login, please change your Steam password and consider changing your email password as well.',
        '',
        'The Steam Team',
      ].join('\n'),
    }),
  },
  {
    kind: 'password-manager',
    template: 'emergency-contact-invitation',
    write: (s) => ({
      headers: s.headers('Bitwarden', 'no-reply@bitwarden.com', [signed('bitwarden.com')]),
      subject: `${s.colleague.name} invited you to be an emergency contact`,
      html: page(
        [
          `${s.colleague.name} (${s.colleague.email}) has invited you to become an emergency contact for their Bitwarden vault.`,
          'As an emergency contact you could request access to their vault in an emergency; they can approve or reject the request, and it is granted automatically only after the waiting period they choose.',
          'To accept, log in to your own Bitwarden account from the web vault or app.',
        ],
        ['Accept invitation', `https://vault.bitwarden.com/#/accept-emergency?id=${uuid(s)}`],
        'Bitwarden Inc., 1 N. Calle Cesar Chavez, Suite 102, Santa Barbara, CA 93103',
      ),
    }),
  },
  {
    kind: 'account-closure',
    template: 'microsoft-account-closure-requested-by-user',
    write: (s) => ({
      headers: s.headers(
        'Microsoft account team',
        'account-security-noreply@accountprotection.microsoft.com',
        [signed('accountprotection.microsoft.com')],
      ),
      subject: 'Your Microsoft account will be closed',
      text: [
        'Microsoft account',
        '',
        `You asked us to close the Microsoft account ${s.victim.email}.`,
        '',
        'We will close it on 1/1/2027. Until then you can reopen it by signing in to it.',
        'If you did not ask for this, sign in to your account to cancel the closure.',
        '',
        'Thanks,',
        'The Microsoft account team',
      ].join('\n'),
    }),
  },
  {
    kind: 'password-reset',
    template: 'spotify-nulstil-adgangskode-dansk',
    write: (s) => ({
      headers: s.headers('Spotify', 'no-reply@spotify.com', [signed('spotify.com')]),
      subject: 'Nulstil din adgangskode',
      html: page(
        [
          'Hej,',
          'Vi har modtaget en anmodning om at nulstille adgangskoden til din Spotify-konto. Tryk på knappen nedenfor for at vælge en ny adgangskode.',
          'Linket udløber om 24 timer. Hvis du ikke har bedt om at nulstille din adgangskode, kan du se bort fra denne e-mail.',
        ],
        [
          'Nulstil adgangskode',
          `https://accounts.spotify.com/da/password-reset/complete?flow_ctx=${s.token(24)}`,
        ],
        'Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sverige',
      ),
    }),
  },
  {
    kind: 'streaming',
    template: 'netflix-metodo-pago-actualizado',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Netflix', 'info@account.netflix.com', [signed('account.netflix.com')]),
      subject: 'Se actualizó tu método de pago',
      html: page(
        [
          `Hola, ${s.victim.first}:`,
          `Te confirmamos que se actualizó el método de pago de tu cuenta. Tarjeta terminada en ${s.digits(4)}.`,
          'Si no hiciste este cambio, visita netflix.com/password desde tu navegador para cambiar tu contraseña.',
        ],
        undefined,
        'Netflix International B.V. · Este mensaje forma parte de tu membresía de Netflix.',
      ),
    }),
  },
  {
    kind: 'developer-notification',
    template: 'web-store-item-review-published',
    write: (s) => ({
      headers: s.headers('Chrome Web Store', 'chromewebstore-noreply@google.com', [signed('google.com')]),
      subject: `Chrome Web Store: Your item ${s.token(32)} has been published`,
      text: [
        'Dear Developer,',
        '',
        `Your item, "${s.company} Timesheets", version 2.${s.below(9)}.${s.below(20)}, has passed review and is now published.`,
        '',
        'You can view the item and its statistics in the Chrome Web Store Developer Dashboard.',
        '',
        'The Chrome Web Store team',
      ].join('\n'),
    }),
  },
  {
    kind: 'security-notice',
    template: 'crm-vendor-vishing-advisory',
    write: (s) => ({
      headers: s.headers('Salesforce Security', 'security@salesforce.com', [signed('salesforce.com')]),
      subject: 'Security advisory: protect your org against voice phishing',
      html: page(
        [
          'Dear Administrator,',
          'We have observed campaigns in which callers pose as IT support and persuade users to authorise a connected app, often a modified data export tool, by entering a code on the connected app setup page.',
          'Salesforce and your own IT team will never ask you to enter a code or approve an app during a call. We recommend restricting connected app access to admin-approved apps and reviewing <i>Connected Apps OAuth Usage</i> in Setup.',
        ],
        ['Read the guidance', 'https://help.salesforce.com/s/articleView?id=000384578'],
        'Salesforce, Inc., Salesforce Tower, 415 Mission Street, San Francisco, CA 94105',
      ),
    }),
  },
  // The company's IT, HR and managers.
  {
    kind: 'it-announcement',
    template: 'globalprotect-upgrade-through-intune',
    write: (s) => ({
      headers: s.headers('Network Operations', 'netops@corp.example', [signed('corp.example')]),
      subject: 'VPN client upgrade this week – installs itself',
      text: [
        'Hello all,',
        '',
        'This week company laptops receive the new VPN client through Intune. It installs in the background; you may be asked to restart once.',
        '',
        'You do not need to download anything. If the VPN has not updated by Friday, open Company Portal and install "GlobalProtect" from there, or call the service desk on ext. 4400.',
        '',
        'We will never send you a VPN installer by email.',
        '',
        `Network Operations, ${s.company}`,
      ].join('\n'),
    }),
  },
  {
    kind: 'it-announcement',
    template: 'authenticator-move-in-person',
    write: (s) => ({
      headers: s.headers('IT Security', 'it-security@corp.example', [signed('corp.example')]),
      subject: 'Moving to phishing-resistant sign-in: book your 10-minute slot',
      html: page(
        [
          `Hi ${s.victim.first},`,
          'Between now and December we are moving everyone from push approvals to passkeys. Each person registers their passkey at the IT bar with a colleague from IT; please book a slot in the booking calendar on the intranet.',
          '<b>During the move, never approve a sign-in prompt you did not start yourself</b>, and never tell anyone the number shown on your screen, even if they say they are from IT.',
        ],
        ['Book a slot', `https://${TENANT}.sharepoint.com/sites/it/SitePages/Passkeys.aspx`],
        `${s.company} IT Security`,
      ),
    }),
  },
  {
    kind: 'staff-survey',
    template: 'engagement-survey-provider-link',
    write: (s) => ({
      headers: s.headers(`${s.company} via Culture Amp`, 'no-reply@cultureamp.com', [
        signed('cultureamp.com'),
      ]),
      subject: `${s.company} Engagement Survey 2026 is open`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          `Our yearly engagement survey is open until November 20. It takes 10–15 minutes. Your answers are confidential: ${s.company} sees results only for groups of five people or more.`,
          'The link below is personal to you; no sign-in is needed.',
        ],
        ['Take the survey', `https://${TENANT}.cultureamp.com/surveys/${s.token(20)}`],
        `Sent on behalf of ${s.company} People Team by Culture Amp.`,
      ),
    }),
  },
  {
    kind: 'hr-notice',
    template: 'holiday-calendar-2027-pdf',
    write: (s) => ({
      headers: s.headers(`${s.company} HR`, 'hr@corp.example', [signed('corp.example')]),
      subject: '2027 public holidays and office closure days',
      text: `Hello everyone,\n\nAttached are the 2027 public holidays and the two office closure days (27 and 28 December). They are already in the shared "Company holidays" calendar in Outlook.\n\nKind regards,\n${s.colleague.name}\nHuman Resources`,
      parts: [
        pdfAttachment('Holidays_2027.pdf', [
          `${s.company} – public holidays 2027`,
          '1 January, 29 March, 5 April, 1 May, 13 May, 24 May',
          '25 December, 26 December; office closed 27–28 December',
        ]),
      ],
    }),
  },
  {
    kind: 'payroll',
    template: 'loonstrook-beschikbaar-nederlands',
    write: (s) => ({
      headers: s.headers(`${s.company} Salarisadministratie`, 'salaris@corp.example', [
        signed('corp.example'),
      ]),
      subject: 'Je loonstrook van oktober staat klaar',
      text: `Hoi ${s.victim.first},\n\nJe loonstrook van oktober 2026 staat klaar in het personeelsportaal. Het salaris wordt op 25 november overgemaakt.\n\nJe vindt het portaal op het intranet onder HR > Mijn gegevens.\n\nGroeten,\nSalarisadministratie`,
    }),
  },
  {
    kind: 'security-notice',
    template: 'helpdesk-never-asks-for-codes',
    write: (s) => ({
      headers: s.headers(`Information Security – ${s.company}`, 'security@corp.example', [
        signed('corp.example'),
      ]),
      subject: 'Reminder: how to recognise a genuine call from the service desk',
      text: [
        'Colleagues,',
        '',
        'Several companies in our sector have received calls from people claiming to be IT support. They ask employees to enter a code on a sign-in page, to approve a prompt, or to install a remote-support tool.',
        '',
        'Our service desk will:',
        '  - only call you back on a ticket you opened yourself;',
        '  - never ask you to enter a code, approve a prompt or read out a number;',
        '  - never send you an installer by email.',
        '',
        'If in doubt, hang up and call ext. 4400 yourself.',
        '',
        'Information Security',
      ].join('\n'),
    }),
  },
  {
    kind: 'calendar-invite',
    template: 'performance-review-invite-teams',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.boss.email, [signed('corp.example')]),
      subject: `Invitation: Year-end review – ${s.victim.first} / ${s.boss.first} @ Thu Nov 12, 2026 10:00`,
      text: `Hi ${s.victim.first}, let's do your year-end review. Please fill in the self-assessment in Workday beforehand.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_${s.token(24)}%40thread.v2/0`,
      parts: [
        attach(
          'text/calendar',
          'invite.ics',
          invitation({
            uid: `${uuid(s)}@corp.example`,
            organizer: s.boss.email,
            attendee: s.victim.email,
            summary: `Year-end review – ${s.victim.first} / ${s.boss.first}`,
            description: 'Please fill in the self-assessment in Workday beforehand.',
            location: 'Microsoft Teams Meeting',
            start: '20261112T100000Z',
          }),
        ),
      ],
    }),
  },
  // Colleagues and customers sharing and signing.
  {
    kind: 'e-signature',
    template: 'yousign-avenant-francais',
    write: (s) => ({
      headers: s.headers('Yousign', 'noreply@yousign.com', [signed('yousign.com')]),
      subject: `${s.colleague.name} vous invite à signer « Avenant contrat cadre ${s.digits(4)} »`,
      html: page(
        [
          'Bonjour,',
          `${s.colleague.name} (${s.company}) vous invite à signer le document « Avenant contrat cadre ${s.digits(4)} ».`,
          'Message : « Comme convenu en réunion, voici l’avenant pour signature. Merci ! »',
        ],
        ['Signer le document', `https://yousign.app/signatures/${uuid(s)}`],
        'Yousign SAS · Ce lien est personnel, ne le transférez pas.',
      ),
    }),
  },
  {
    kind: 'shared-document',
    template: 'onedrive-ordner-freigegeben-deutsch',
    write: (s) => ({
      headers: s.headers(`${s.colleague.name} (über OneDrive)`, 'no-reply@sharepointonline.com', [
        signed('sharepointonline.com'),
      ]),
      subject: `${s.colleague.name} hat den Ordner „Angebote 2027“ für Sie freigegeben`,
      html: page(
        [
          `${s.colleague.name} hat einen Ordner für Sie freigegeben.`,
          '„Hier die Angebote für das nächste Jahr, bitte bis Donnerstag durchsehen.“',
          '📁 Angebote 2027',
        ],
        [
          'Öffnen',
          `https://${TENANT}-my.sharepoint.com/:f:/g/personal/${s.colleague.first.toLowerCase()}_corp_example/${s.token(22)}`,
        ],
        'Microsoft respektiert Ihre Privatsphäre. Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839',
      ),
    }),
  },
  {
    kind: 'shared-document',
    template: 'google-docs-comentario-portugues',
    write: (s) => ({
      headers: s.headers(`${s.colleague.name} (Google Docs)`, 'comments-noreply@docs.google.com', [
        signed('docs.google.com'),
      ]),
      subject: `Proposta comercial 2027 – ${s.colleague.first} mencionou você em um comentário`,
      html: page(
        [
          `<b>${s.colleague.name}</b> mencionou você em um comentário no documento a seguir:`,
          '<b>Proposta comercial 2027</b>',
          `“@${s.victim.first} pode revisar os valores da tabela 3 antes de enviarmos ao cliente?”`,
        ],
        ['Abrir', `https://docs.google.com/document/d/${s.token(44)}/edit?disco=${s.token(11)}`],
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EUA',
      ),
    }),
  },
  // Suppliers, auditors and banks.
  {
    kind: 'invoice',
    template: 'szamla-pdf-szallito-magyar',
    write: (s) => ({
      headers: s.headers(`${s.vendor.name} Pénzügy`, `szamla@${s.vendor.domain}`, [signed(s.vendor.domain)]),
      subject: `Számla ${s.digits(4)}/2026 – ${s.vendor.name}`,
      text: `Tisztelt Partnerünk!\n\nMellékelten küldjük a(z) októberi szállításról kiállított számlánkat. Fizetési határidő: 30 nap, a szerződésben rögzített bankszámlaszámra.\n\nÜdvözlettel:\n${s.stranger.name}\n${s.vendor.name}`,
      parts: [
        pdfAttachment(`szamla_${s.digits(6)}.pdf`, [
          `${s.vendor.name} – számla`,
          `Vevő: ${s.company}`,
          `Összesen: ${continental(s.money(120_000, 3_600_000))} Ft`,
          'Fizetési mód: átutalás, 30 nap',
        ]),
      ],
    }),
  },
  {
    kind: 'payment-reminder',
    template: 'vendor-second-reminder-statement',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [signed(s.vendor.domain)]),
      subject: `Second reminder: invoice ${s.digits(6)} overdue`,
      text:
        `Hello ${s.victim.first},\n\nJust a friendly nudge on the invoice below, which fell due on October 15. A statement of your account is attached. If it has already been paid, please ignore this and send me the remittance so I can match it.\n\nPayment goes to the account on our invoices as usual.\n\nMany thanks,\n${s.stranger.name}\nCredit Control, ${s.vendor.name}` +
        quotedHistory(
          `${s.stranger.name} <${s.stranger.email}>`,
          'Tuesday, October 20, 2026 9:02 AM',
          'Invoice overdue',
          [
            `Hi ${s.victim.first}, our records show the invoice is still open. Could you check? Thanks, ${s.stranger.first}`,
          ],
        ),
      parts: [
        pdfAttachment(`Statement_${s.company.replace(/ /g, '_')}.pdf`, [
          `${s.vendor.name} – statement of account`,
          `Customer: ${s.company}`,
          `Overdue: ${s.money(800, 24_000)} USD`,
        ]),
      ],
    }),
  },
  {
    kind: 'audit-confirmation',
    template: 'confirmation-platform-request',
    write: (s) => ({
      headers: s.headers('Confirmation', 'noreply@confirmation.com', [signed('confirmation.com')]),
      subject: `Audit confirmation request from ${s.pick(['Hartley & Moss LLP', 'Brennan Audit Partners'])} – ${s.company}`,
      text: [
        `Dear ${s.victim.first},`,
        '',
        `An auditor has requested that you confirm information about ${s.company} for their audit. The request has been authorised by the client.`,
        '',
        'To respond, sign in to your Confirmation account or register as a responder at www.confirmation.com. Do not reply to this email.',
        '',
        `Confirmation ID: ${s.digits(9)}`,
        '',
        'Confirmation, a Thomson Reuters company',
      ].join('\n'),
    }),
  },
  {
    kind: 'bank-notice',
    template: 'danske-bank-besked-i-appen',
    write: (s) => ({
      headers: s.headers('Danske Bank', 'noreply@danskebank.dk', [signed('danskebank.dk')]),
      subject: 'Du har en ny besked fra Danske Bank',
      text: `Kære ${s.victim.first} ${s.victim.last}\n\nDu har modtaget en ny besked i Danske Mobilbank og Netbank.\n\nLog på, som du plejer, i appen eller på danskebank.dk for at læse beskeden. Vi sender aldrig links til log på i e-mails og beder dig aldrig om at godkende noget med MitID, som du ikke selv har sat i gang.\n\nVenlig hilsen\nDanske Bank`,
    }),
  },
  {
    kind: 'bank-notice',
    template: 'kbc-nieuwe-voorwaarden-vlaams',
    write: (s) => ({
      headers: s.headers('KBC', 'info@kbc.be', [signed('kbc.be')]),
      subject: 'Nieuwe algemene voorwaarden vanaf 1 januari 2027',
      html: page(
        [
          `Beste ${s.victim.first},`,
          'Vanaf 1 januari 2027 gelden nieuwe algemene voorwaarden voor uw rekeningen en kaarten. U hoeft niets te doen.',
          'U vindt het overzicht van de wijzigingen in KBC Mobile onder Instellingen > Documenten, en op kbc.be/voorwaarden.',
          'KBC vraagt u nooit per e-mail om u aan te melden, uw itsme-gegevens te bevestigen of een code door te geven.',
        ],
        undefined,
        'KBC Bank NV, Havenlaan 2, 1080 Brussel – RPR Brussel, btw BE 0462.920.226',
      ),
    }),
  },
  {
    kind: 'bank-notice',
    template: 'sparkasse-postfach-kontoauszug',
    write: (s) => ({
      headers: s.headers('Sparkasse', 'noreply@sparkasse.de', [signed('sparkasse.de')]),
      subject: 'Neue Dokumente in Ihrem elektronischen Postfach',
      text: `Sehr geehrte(r) ${s.victim.first} ${s.victim.last},\n\nin Ihrem elektronischen Postfach im Online-Banking liegt ein neues Dokument für Sie bereit: Kontoauszug Nr. ${s.digits(2)}/2026.\n\nBitte melden Sie sich wie gewohnt über die Internetseite Ihrer Sparkasse oder die App an. Wir fordern Sie niemals per E-Mail auf, pushTAN neu zu registrieren oder einen QR-Code zu scannen.\n\nIhre Sparkasse`,
    }),
  },
  {
    kind: 'payment-reminder',
    template: 'klarna-zahlungserinnerung-deutsch',
    write: (s) => ({
      headers: s.headers('Klarna', 'noreply@klarna.com', [signed('klarna.com')]),
      subject: `Erinnerung: Deine Zahlung über ${continental(s.money(30, 240))} € ist bald fällig`,
      html: page(
        [
          `Hallo ${s.victim.first},`,
          `deine Zahlung für deinen Einkauf bei ${s.pick(['Zalando', 'IKEA', 'MediaMarkt'])} ist in 3 Tagen fällig.`,
          'Du kannst sie in der Klarna App bezahlen oder verlängern.',
        ],
        ['Zur Klarna App', 'https://app.klarna.com/'],
        'Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm',
      ),
    }),
  },
  // Tax offices and carriers.
  {
    kind: 'tax-notice',
    template: 'skattemelding-klar-norsk',
    write: (s) => ({
      headers: s.headers('Skatteetaten', 'ikke-svar@skatteetaten.no', [signed('skatteetaten.no')]),
      subject: 'Du har fått et nytt brev fra Skatteetaten',
      text: `Hei ${s.victim.first},\n\nDu har fått et nytt brev fra Skatteetaten. Brevet ligger i den digitale postkassen din (Digipost eller e-Boks).\n\nVi sender aldri lenker i e-post eller SMS som ber deg logge inn eller oppgi kontonummer.\n\nMed vennlig hilsen\nSkatteetaten`,
    }),
  },
  {
    kind: 'tax-notice',
    template: 'mygov-inbox-message-australia',
    write: (s) => ({
      headers: s.headers('myGov', 'noreply@my.gov.au', [signed('my.gov.au')]),
      subject: 'You have a new message in your myGov Inbox',
      text: `Hello ${s.victim.first},\n\nYou have a new message from the Australian Taxation Office in your myGov Inbox.\n\nTo read it, sign in to myGov by typing my.gov.au into your browser or using the myGov app. myGov emails and SMS will never contain a link to sign in.\n\nmyGov`,
    }),
  },
  {
    kind: 'tax-notice',
    template: 'anaf-spv-mesaj-nou-romana',
    write: (s) => ({
      headers: s.headers('ANAF', 'noreply@anaf.ro', [signed('anaf.ro')]),
      subject: 'Notificare Spațiul Privat Virtual',
      text: `Stimate contribuabil,\n\nVă informăm că în Spațiul Privat Virtual aveți un document nou: Decizie de impunere anuală pentru veniturile realizate în anul 2025.\n\nAccesați SPV de pe site-ul anaf.ro, cu utilizatorul și parola dumneavoastră.\n\nAgenția Națională de Administrare Fiscală`,
    }),
  },
  {
    kind: 'government',
    template: 'gov-gr-thyrida-neo-minima',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('gov.gr', 'noreply@gov.gr', [signed('gov.gr')]),
      subject: 'Νέο έγγραφο στη Θυρίδα σας',
      text: `Αγαπητέ/ή ${s.victim.first} ${s.victim.last},\n\nΈχετε ένα νέο έγγραφο στην Ψηφιακή Θυρίδα του gov.gr (βεβαίωση οφειλής – δημοτικά τέλη).\n\nΓια να το δείτε, συνδεθείτε στο gov.gr με τους κωδικούς Taxisnet. Δεν ζητάμε ποτέ στοιχεία κάρτας μέσω email.\n\ngov.gr`,
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'posti-paketti-noudettavissa',
    write: (s) => ({
      headers: s.headers('Posti', 'noreply@posti.fi', [signed('posti.fi')]),
      subject: 'Pakettisi on noudettavissa',
      text: `Hei,\n\nPakettisi JJFI${s.digits(14)} lähettäjältä ${s.pick(['Zalando', 'Verkkokauppa.com', 'Gigantti'])} on noudettavissa Pakettiautomaatista ${s.pick(['K-Market Kallio', 'Prisma Tikkurila', 'S-market Hervanta'])}.\n\nNoutokoodi: ${s.digits(6)}\nViimeinen noutopäivä: 9.11.2026\n\nVoit seurata lähetystä OmaPosti-sovelluksessa.\n\nPosti`,
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'correos-envio-en-reparto',
    write: (s) => ({
      headers: s.headers('Correos', 'noreply@correos.es', [signed('correos.es')]),
      subject: `Tu envío ${s.pick(['PQ', 'CD', 'LX'])}${s.digits(11)}ES está en reparto`,
      html: page(
        [
          'Hola:',
          'Tu envío está en reparto y lo recibirás hoy. No tienes que pagar nada al cartero.',
          'Si no estás en casa, te dejaremos un aviso para recogerlo en tu oficina.',
        ],
        [
          'Seguir mi envío',
          `https://www.correos.es/es/es/herramientas/localizador/envios?tracking=${s.digits(11)}`,
        ],
        'Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.',
      ),
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'an-post-customs-charge-genuine',
    write: (s) => ({
      headers: s.headers('An Post', 'noreply@anpost.com', [signed('anpost.com')]),
      subject: `Customs charges due on your item ${s.pick(['LV', 'RB', 'CP'])}${s.digits(9)}GB`,
      text: `Hello ${s.victim.first},\n\nYour item from ${s.pick(['the United Kingdom', 'the United States', 'China'])} has arrived in Ireland and has VAT and customs charges of €${s.money(8, 60)}, plus An Post's €${s.pick(['3', '5'])} handling fee.\n\nYou can pay on anpost.com/Customs with the item number above. Once paid, we deliver the item within 2 working days.\n\nAn Post`,
    }),
  },
  // Receipts, marketplaces, newsletters, clubs and personal mail.
  {
    kind: 'marketplace',
    template: 'vinted-articolo-venduto-spedisci',
    write: (s) => ({
      headers: s.headers('Vinted', 'no-reply@vinted.it', [signed('vinted.it')]),
      subject: `Hai venduto un articolo! Spediscilo entro 5 giorni`,
      html: page(
        [
          `Ciao ${s.victim.first.toLowerCase()}${s.digits(2)},`,
          `${s.pick(['giulia_m', 'lucaverdi', 'sara.b91'])} ha acquistato “${s.pick(['Giacca in pelle', 'Zaino Eastpak', 'Sneakers taglia 42'])}”.`,
          'L’etichetta di spedizione è disponibile nell’app Vinted, nella conversazione con l’acquirente. Riceverai il pagamento nel tuo Portafoglio Vinted quando l’acquirente confermerà che è tutto OK.',
        ],
        undefined,
        'Vinted UAB, Svitrigailos g. 13, Vilnius, Lituania',
      ),
    }),
  },
  {
    kind: 'receipt',
    template: 'uber-recibo-viagem-portugues',
    write: (s) => ({
      headers: s.headers('Uber Receipts', 'noreply@uber.com', [signed('uber.com')]),
      subject: `Sua viagem de ${s.pick(['segunda-feira', 'domingo'])} à noite com a Uber`,
      html: page(
        [
          `Obrigado por viajar, ${s.victim.first}`,
          `<b>Total: R$ ${continental(s.money(18, 90))}</b>`,
          `${s.pick(['UberX', 'Comfort'])} · ${s.digits(1)},${s.digits(1)} km · ${10 + s.below(30)} min`,
          `Pago com Visa ••••${s.digits(4)}`,
        ],
        ['Baixar PDF', `https://riders.uber.com/trips/${uuid(s)}`],
        'Uber do Brasil Tecnologia Ltda.',
      ),
    }),
  },
  {
    kind: 'newsletter',
    template: 'tech-news-daily-many-links-german',
    write: (s) => {
      const track = (path: string) =>
        `https://www.heise.de/${path}?wt_mc=nl.red.ho.ho-nl-daily.2026-11-02.link.link`;
      return {
        headers: s.headers('heise online', 'newsletter@heise.de', [
          signed('heise.de'),
          ...unsubscribe(`https://www.heise.de/newsletter/unsubscribe/${s.token(20)}`),
        ]),
        subject: 'heise online Daily: Patchday, neue Phishing-Welle, KI-Gesetz',
        html: page(
          [
            '<b>Die wichtigsten Meldungen des Tages</b>',
            `<a href="${track('news/Patchday-Microsoft-schliesst-kritische-Luecken')}">Patchday: Microsoft schließt kritische Lücken</a>`,
            `<a href="${track('news/Phishing-Welle-Betrueger-geben-sich-als-Sparkasse-aus')}">Phishing-Welle: Betrüger geben sich als Sparkasse aus</a>`,
            `<a href="${track('news/KI-Verordnung-was-ab-2027-gilt')}">KI-Verordnung: Was ab 2027 gilt</a>`,
            `<a href="${track('tests/Notebooks-im-Test')}">Test: Sechs Business-Notebooks im Vergleich</a>`,
            `<a href="${track('ratgeber/Passkeys-einrichten')}">Ratgeber: Passkeys einrichten</a>`,
          ],
          undefined,
          `Newsletter abbestellen: https://www.heise.de/newsletter/manage · heise online, Karl-Wiechert-Allee 10, 30625 Hannover`,
        ),
      };
    },
  },
  {
    kind: 'community',
    template: 'klub-biegowy-trening-polski',
    write: (s) => ({
      headers: s.headers('Klub Biegowy Żwirek', 'zarzad@klub-biegowy.example', [
        signed('klub-biegowy.example'),
      ]),
      subject: 'Trening w sobotę + zapisy na Bieg Niepodległości',
      text: `Cześć wszystkim!\n\nW sobotę trening o 8:00 przy wejściu do parku, jak zwykle. Po treningu kawa w kawiarni obok.\n\nZapisy klubowe na Bieg Niepodległości 11 listopada prowadzimy do środy – dopiszcie się w arkuszu: https://docs.google.com/spreadsheets/d/${s.token(44)}/edit\nSkładki za listopad (30 zł) jak zawsze na konto klubu.\n\nDo zobaczenia!\nZarząd klubu`,
    }),
  },
  {
    kind: 'personal',
    template: 'friend-dinner-plans-plain',
    write: (s) => ({
      headers: s.headers(
        s.stranger.first,
        `${s.stranger.first.toLowerCase()}.${s.stranger.last.toLowerCase()}@gmail.com`,
        [signed('gmail.com')],
      ),
      subject: 'Saturday',
      text: `Hey ${s.victim.first}!\n\nStill on for Saturday? Table's booked for 7:30 at that Georgian place near the station. Maps link in case you forget: https://maps.app.goo.gl/${s.token(17)}\n\nBring the kids' photos from the summer 😄\n\n${s.stranger.first}`,
    }),
  },
  {
    kind: 'personal',
    template: 'aile-fotograflari-paylasildi-turkce',
    write: (s) => ({
      headers: s.headers('Google Fotoğraflar', 'noreply-photos@google.com', [signed('google.com')]),
      subject: `${s.stranger.first} sizinle "Bayram 2026" albümünü paylaştı`,
      html: page(
        [
          `${s.stranger.name} sizinle bir albüm paylaştı: <b>Bayram 2026</b> (${20 + s.below(90)} öğe)`,
          '“Hepinizin fotoğrafları burada, istediğinizi indirin 🙂”',
        ],
        ['Albümü görüntüle', `https://photos.app.goo.gl/${s.token(17)}`],
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, ABD',
      ),
    }),
  },
  {
    kind: 'automated-notification',
    template: 'issue-tracker-assigned',
    write: (s) => {
      const key = `${s.pick(['OPS', 'FIN', 'WEB'])}-${100 + s.below(900)}`;
      return {
        headers: s.headers(`${s.colleague.name} (Jira)`, `jira@${TENANT}.atlassian.net`, [
          signed(`${TENANT}.atlassian.net`),
          ...replyHeaders(s, `${TENANT}.atlassian.net`),
        ]),
        subject: `[JIRA] (${key}) Update the supplier master data export`,
        text: `${s.colleague.name} assigned ${key} to you\n\nUpdate the supplier master data export\n\nThe export still includes suppliers closed in 2024. Can you filter them out before the next run?\n\nView issue: https://${TENANT}.atlassian.net/browse/${key}\n\nGet Jira notifications on your phone! Download the Jira Cloud app for Android or iOS.`,
      };
    },
  },
  {
    kind: 'utility-bill',
    template: 'jeongi-yogeum-cheonggu-korean',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('한국전력공사', 'noreply@kepco.co.kr', [signed('kepco.co.kr')]),
      subject: '[한전] 2026년 10월분 전기요금 청구서',
      text: `${s.victim.last} 고객님, 안녕하세요.\n\n2026년 10월분 전기요금이 청구되었습니다.\n\n청구금액: ${10 + s.below(90)},${s.digits(3)}원\n납기일: 2026년 11월 25일\n납부방법: 자동이체 (등록된 계좌에서 출금 예정)\n\n자세한 내용은 한전ON 앱에서 확인하실 수 있습니다.\n\n한국전력공사`,
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'pesanan-dikirim-indonesia',
    write: (s) => ({
      headers: s.headers('Tokopedia', 'noreply@tokopedia.com', [signed('tokopedia.com')]),
      subject: `Pesananmu INV/20261102/MPL/${s.digits(10)} sedang dikirim`,
      html: page(
        [
          `Hai ${s.victim.first},`,
          `Pesananmu dari toko ${s.pick(['Gadget Murah Official', 'Sepatu Lokal ID', 'Rumah Dapur'])} sudah dikirim dengan ${s.pick(['JNE REG', 'SiCepat', 'J&T Express'])}.`,
          `Nomor resi: ${s.token(12).toUpperCase()}. Lacak pengiriman di aplikasi Tokopedia.`,
        ],
        undefined,
        'Tokopedia tidak pernah meminta kode OTP atau password melalui email, telepon atau chat.',
      ),
    }),
  },
  {
    kind: 'vendor-thread',
    template: 'vendor-delivery-booked-reply',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        authResults(s.vendor.domain, ['pass', 'pass', 'none']),
        ...replyHeaders(s, s.vendor.domain),
      ]),
      subject: `RE: PO ${s.digits(5)} – delivery booked`,
      text: `Hi ${s.victim.first},\n\nThe goods are booked for delivery on Thursday morning; the driver will call 30 minutes ahead. The invoice will follow with the delivery note as usual.\n\nBest,\n${s.stranger.first}`,
    }),
  },
];

export const UNSEEN_HAM_8_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenHam8(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 8_500_000);
}
