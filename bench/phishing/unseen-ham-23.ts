// The twenty-third unseen set's legitimate mail, in Swedish and English (the Danish, Norwegian and Finnish
// share is in unseen-23-local.ts): what Fjällspår AB receives from the real services it uses and the people
// it works with, on the same topics as its phishing. Sign-in codes, Microsoft 365 and IT notices, shared
// files, marketplace, payout, dispute and settlement mail, ad receipts and rejections, reviews, carriers'
// and suppliers' invoices, e-signatures, payslips, digital post, customers writing with photos, influencers,
// newsletters with tracking links, a supplier's bank change to be confirmed by phone, and colleagues' notes.
import type { SeededRandom } from './generate.js';
import { LOCAL_HAM_23 } from './unseen-23-local.js';
import {
  type Addr,
  AP,
  addDays,
  addr,
  amount,
  asReceived,
  auth,
  BOX,
  CEO,
  CFO,
  COMPANY,
  CONTROLLER,
  CS_SV,
  chance,
  customer,
  DOMAIN,
  day,
  digits,
  ECOM,
  full,
  HR,
  hex,
  INFLUENCER,
  IT,
  int,
  type Lang,
  LOGISTICS,
  letter,
  MARKETING,
  MARKETPLACES,
  type Mail,
  money,
  monthName,
  ORG,
  orderNo,
  PEOPLE,
  type Person,
  parts,
  photoJpeg,
  photoName,
  pick,
  product,
  quoteHead,
  randomDate,
  runTemplates,
  SUPPLIERS,
  SWEDES,
  type Template,
  token,
  upper,
  urlsafe,
  uuid,
  WAREHOUSE,
} from './unseen-23-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const T = (kind: string, name: string, make: Template['make']): Template => ({ kind, name, make });

const pdf = (filename: string, lines: readonly string[], link?: string) => ({
  filename,
  type: 'application/pdf',
  content: onePagePdf(lines, link ? { link } : {}),
});

function clientVia(address: string): Mail['via'] {
  if (address.endsWith('gmail.com')) return 'gmail';
  if (address.endsWith('icloud.com')) return 'apple';
  if (/outlook|hotmail|live/.test(address)) return 'outlook-consumer';
  return 'direct';
}

function sig(p: Person, lang: Lang): string {
  return `${full(p)}\n${lang === 'sv' ? p.title : p.titleEn}\n${COMPANY}\n${p.phone}`;
}

// ---------------------------------------------------------------------------------------------------------
// Microsoft 365, IT

const msCode = T('sign-in-code', 'microsoft-account-code', (r) => {
  const to = addr(pick(r, PEOPLE));
  const code = digits(r, pick(r, [6, 7, 8]));
  const lang: Lang = chance(r, 0.5) ? 'sv' : 'en';
  const masked = `${to.address.slice(0, 2)}*****@${DOMAIN}`;
  return {
    from: {
      name: lang === 'sv' ? 'Microsoft-kontoteamet' : 'Microsoft account team',
      address: 'account-security-noreply@accountprotection.microsoft.com',
    },
    to,
    subject: lang === 'sv' ? 'Din engångskod' : 'Your single-use code',
    via: 'direct',
    lang,
    ...letter({
      style: 'branded',
      parts: parts(r, 0.2, 0.2),
      brand: 'Microsoft',
      color: '#2672ec',
      lang,
      blocks:
        lang === 'sv'
          ? [
              `Vi tog emot din begäran om en engångskod för Microsoft-kontot ${masked}.`,
              `Din engångskod är: **${code}**`,
              'Om du inte begärde en kod kan du ignorera det här meddelandet. Någon annan kan ha skrivit din e-postadress av misstag.',
              'Tack!\nMicrosoft-kontoteamet',
            ]
          : [
              `We received your request for a single-use code to use with your Microsoft account ${masked}.`,
              `Your single-use code is: **${code}**`,
              "If you didn't request a code, you can safely ignore this email. Someone else might have typed your email address by mistake.",
              'Thanks,\nThe Microsoft account team',
            ],
      footer: ['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
    }),
  };
});

const entraDigest = T('security-notice', 'entra-risky-users-digest', (r) => {
  const risky = int(r, 0, 4);
  return {
    from: { name: 'Microsoft Security', address: 'MSSecurity-noreply@microsoft.com' },
    to: addr(IT),
    subject: pick(r, [
      'Microsoft Entra ID Protection Weekly Digest',
      `Users at risk detected: ${risky}`,
      'Weekly digest: risky sign-ins in your organization',
    ]),
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'Microsoft Entra ID Protection',
      color: '#0078d4',
      lang: 'en',
      blocks: [
        `Weekly digest for ${ORG.tenant}`,
        {
          rows: [
            ['New users at risk detected', String(risky)],
            ['New risky sign-ins detected (real-time)', String(int(r, 0, 9))],
            ['Admin-confirmed safe users', String(int(r, 0, 2))],
          ],
        },
        risky
          ? `Top user at risk: ${emailOf2(pick(r, PEOPLE))} (risk level: ${pick(r, ['low', 'medium'])})`
          : 'No new users at risk were detected this week.',
        {
          button: {
            label: 'View users at risk',
            href: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SecurityMenuBlade/~/RiskyUsers',
          },
        },
      ],
      footer: [
        'You are receiving this email because you are a Security Administrator of this tenant.',
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA',
        '[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)',
      ],
    }),
  };
});

function emailOf2(p: Person): string {
  return addr(p).address;
}

const messageCenter = T('service-notice', 'm365-message-center', (r) => {
  const id = `MC${int(r, 700000, 999999)}`;
  const topic = pick(r, [
    ['Microsoft Teams: Updated meeting recap experience', 'Teams'],
    ['Exchange Online: retirement of Basic authentication for SMTP AUTH', 'Exchange Online'],
    ['Microsoft Entra: authentication methods migration', 'Microsoft Entra'],
    ['Outlook: new spam reporting button for all users', 'Outlook'],
  ]);
  return {
    from: { name: 'Microsoft 365 Message center', address: 'o365mc@microsoft.com' },
    to: addr(IT),
    subject: `Message center major update for ${ORG.tenant.split('.')[0]}: ${id}`,
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.6, 0.1),
      brand: 'Microsoft 365 admin center',
      color: '#0078d4',
      lang: 'en',
      blocks: [
        `**${topic[0]}**`,
        {
          rows: [
            ['Message ID', id],
            ['Service', topic[1]],
            ['Act by', day(addDays(randomDate(r), 60), 'en')],
          ],
        },
        'We will be rolling out this change to your organization. Review the message in the admin center for details and any action you need to take.',
        {
          button: {
            label: 'View message',
            href: `https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/${id}`,
          },
        },
      ],
      footer: [
        'You are receiving this email because you are subscribed to Message center updates.',
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA',
      ],
    }),
  };
});

const mfaRollout = T('it-notice', 'internal-mfa-rollout', (r) => {
  const d = randomDate(r);
  return {
    from: addr(IT),
    to: { name: 'Alla på Fjällspår', address: `alla@${DOMAIN}` },
    subject: pick(r, [
      'Nytt sätt att logga in: Microsoft Authenticator från måndag',
      'MFA – vad du behöver göra',
      'Påminnelse: registrera Authenticator-appen',
    ]),
    date: d,
    via: 'internal',
    lang: 'sv',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'sv',
      blocks: [
        'Hej alla,',
        `Från och med ${day(addDays(d, 7), 'sv')} kräver vi tvåstegsverifiering med Microsoft Authenticator för alla konton. Ni som inte redan har gjort det: installera appen från App Store eller Google Play och registrera den via [aka.ms/mfasetup](https://aka.ms/mfasetup).`,
        'Viktigt: IT kommer aldrig att be er skanna en QR-kod i ett mejl, skicka koder till oss eller godkänna en inloggning som ni inte själva har startat. Får ni en sådan förfrågan – tryck "Neka" och hör av er till mig.',
        'Butikerna i Köpenhamn och Oslo och kundservice i Helsingfors: jag går igenom det med er på Teams på torsdag.',
        `Tack!\n${sig(IT, 'sv')}`,
      ],
    }),
  };
});

const passwordReminder = T('it-notice', 'internal-password-reminder', (r) => {
  const to = addr(pick(r, SWEDES));
  const days = int(r, 3, 14);
  return {
    from: BOX.it,
    to,
    subject: `Ditt lösenord går ut om ${days} dagar`,
    via: 'internal',
    lang: 'sv',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'sv',
      blocks: [
        `Hej ${to.name?.split(' ')[0]},`,
        `Lösenordet för ditt konto går ut om ${days} dagar. Byt det när det passar dig genom att trycka Ctrl+Alt+Del på din dator och välja "Ändra lösenord", eller via Mitt konto i Office-portalen som du själv går till (skriv office.com i webbläsaren).`,
        'Det här meddelandet innehåller inga länkar. Om du får ett mejl med en länk för att "behålla lösenordet" – klicka inte, vidarebefordra det till it@corp.example.',
        'Hälsningar\nIT',
      ],
    }),
  };
});

const phishingWarning = T('it-notice', 'internal-phishing-warning', (r) => {
  const topic = pick(r, [
    'falska mejl från "Amazon Seller Central" om avstängt konto',
    'falska fakturor från Fortnox med länk till en inloggningssida',
    'sms och mejl om PostNord-avgifter',
    'mejl där någon utger sig för att vara Karin och ber om presentkort',
  ]);
  return {
    from: addr(IT),
    to: { name: 'Alla på Fjällspår', address: `alla@${DOMAIN}` },
    subject: pick(r, [
      'Varning: bedrägerimejl just nu',
      'Se upp för falska mejl',
      'Phishing-kampanj mot oss denna vecka',
    ]),
    via: 'internal',
    lang: 'sv',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'sv',
      blocks: [
        'Hej alla,',
        `Vi har sett en våg av ${topic}. Flera har redan fått dem.`,
        {
          list: [
            'Klicka inte på länkar och öppna inte bilagor i sådana mejl.',
            'Logga aldrig in via en länk i ett mejl – gå direkt till tjänsten.',
            'Rapportera med knappen "Rapportera" i Outlook eller vidarebefordra till it@corp.example.',
            'Har du redan klickat eller loggat in: ring mig direkt.',
          ],
        },
        `Tack för att ni är vaksamma!\n${sig(IT, 'sv')}`,
      ],
    }),
  };
});

const sharePointReal = T('file-share', 'sharepoint-colleague-share', (r) => {
  const from = pick(r, [CFO, CONTROLLER, ECOM, MARKETING, HR, WAREHOUSE]);
  const to = addr(
    pick(
      r,
      PEOPLE.filter((p) => p !== from),
    ),
  );
  const doc = pick(r, [
    'Budget 2026 v3.xlsx',
    'Kampanjplan Q4.pptx',
    'Inventering december.xlsx',
    'Returstatistik.xlsx',
    'Personalhandbok 2026.docx',
    'Prislista AW26.xlsx',
  ]);
  const lang: Lang = chance(r, 0.6) ? 'sv' : 'en';
  const href = `https://fjallspar.sharepoint.com/:x:/s/${pick(r, ['Ekonomi', 'Marknad', 'Lager', 'Ledning', 'HR'])}/E${urlsafe(r, 21)}?e=${urlsafe(r, 6)}`;
  return {
    from: { name: `${full(from)} (via SharePoint Online)`, address: 'no-reply@sharepointonline.com' },
    replyTo: addr(from),
    to,
    subject:
      lang === 'sv' ? `${full(from)} har delat "${doc}" med dig` : `${full(from)} shared "${doc}" with you`,
    via: 'm365',
    auth: auth('pass', 'pass', 'pass', { dkimDomain: 'sharepointonline.com' }),
    lang,
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'SharePoint',
      color: '#036c70',
      lang,
      blocks: [
        lang === 'sv' ? `${full(from)} har delat en fil med dig` : `${full(from)} shared a file with you`,
        pick(r, [
          '"Kolla gärna innan mötet på torsdag."',
          '"Uppdaterad version, se flik 2."',
          '"Here you go!"',
          '',
        ]),
        `📄 ${doc}`,
        { button: { label: lang === 'sv' ? 'Öppna' : 'Open', href, color: '#036c70' } },
        {
          small:
            lang === 'sv'
              ? 'Den här länken fungerar bara för direkta mottagare av meddelandet.'
              : 'This link only works for the direct recipients of this message.',
        },
      ].filter(Boolean),
      footer: [
        'Microsoft respects your privacy. To learn more, please read our [Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839).',
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
      ],
    }),
  };
});

const supplierOneDrive = T('file-share', 'supplier-onedrive-share', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country !== 'CN'),
  );
  const doc = pick(r, [
    'AW26 Collection Lookbook.pdf',
    'Price list 2026 Fjallspar.xlsx',
    'Technical sheets Kebne GTX.zip',
    'Delivery plan week 34-40.xlsx',
  ]);
  const tenant = s.domain.split('.')[0].replace(/-/g, '');
  return {
    from: { name: `${s.contact} (via OneDrive)`, address: 'no-reply@sharepointonline.com' },
    replyTo: { name: s.contact, address: `${s.contact.split(' ')[0].toLowerCase()}@${s.domain}` },
    to: addr(pick(r, [ECOM, LOGISTICS, WAREHOUSE, AP])),
    subject: `${s.contact} shared "${doc}" with you`,
    via: 'm365',
    auth: auth('pass', 'pass', 'pass', { dkimDomain: 'sharepointonline.com' }),
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'OneDrive',
      color: '#0364b8',
      lang: 'en',
      blocks: [
        `${s.contact} shared a file with you`,
        `"${pick(r, ['As promised – the new collection. Let me know your pre-order quantities by the end of the month.', 'Updated prices valid from 1 January.', 'Plan for the next deliveries to Gothenburg.'])}"`,
        `📄 ${doc}`,
        {
          button: {
            label: 'Open',
            href: `https://${tenant}-my.sharepoint.com/:b:/g/personal/${s.contact.split(' ')[0].toLowerCase()}_${tenant}_${s.domain.split('.').pop()}/E${urlsafe(r, 20)}?e=${urlsafe(r, 6)}`,
            color: '#0364b8',
          },
        },
      ],
      footer: ['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
    }),
  };
});

const teamsInvite = T('meeting-invite', 'supplier-teams-invite', (r) => {
  const s = pick(r, SUPPLIERS);
  const d = randomDate(r);
  const organizer = `${s.contact.split(' ')[0].toLowerCase()}@${s.domain}`;
  const to = addr(pick(r, [ECOM, LOGISTICS, CFO, WAREHOUSE]));
  const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${urlsafe(r, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${uuid(r)}%22%7d`;
  const summary = pick(r, [
    'AW26 order review',
    'Delivery schedule Q3',
    'Price negotiation 2026',
    'Quality follow-up: seams on shell jackets',
  ]);
  const start = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}T${String(d.getUTCHours()).padStart(2, '0')}0000Z`;
  return {
    from: { name: s.contact, address: organizer },
    to,
    subject: summary,
    date: addDays(d, -int(r, 2, 10)),
    via: 'm365',
    tz: s.country === 'CN' ? 480 : undefined,
    lang: 'en',
    attachments: [
      {
        filename: 'invite.ics',
        type: 'text/calendar; method=REQUEST',
        content: invitation({
          uid: `040000008200E00074C5B7101A82E008${hex(r, 32).toUpperCase()}`,
          organizer,
          attendee: to.address,
          summary,
          description: `Microsoft Teams meeting\nJoin: ${join}\nMeeting ID: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`,
          location: 'Microsoft Teams Meeting',
          start,
        }),
      },
    ],
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'en',
      blocks: [
        `Hi ${to.name?.split(' ')[0]}, let's go through the open points.`,
        '________________________________________________________________________________',
        `**Microsoft Teams meeting**\n[Join the meeting now](${join})\nMeeting ID: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}\nPasscode: ${token(r, 6)}`,
        '________________________________________________________________________________',
      ],
    }),
  };
});

const m365Invoice = T('service-invoice', 'microsoft-365-invoice', (r) => {
  const inv = `E0${digits(r, 9)}`;
  const amt = amount(r, 4200, 16800);
  return {
    from: { name: 'Microsoft', address: 'microsoft-noreply@microsoft.com' },
    to: pick(r, [addr(IT), BOX.ap]),
    subject: `Your Microsoft invoice ${inv} is ready`,
    via: 'direct',
    lang: 'en',
    attachments: [
      pdf(`${inv}.pdf`, [
        `Microsoft Ireland Operations Ltd – Invoice ${inv}`,
        `Bill to: ${COMPANY}, ${ORG.address}`,
        `Microsoft 365 Business Premium x ${int(r, 18, 24)}`,
        `Total: ${money(amt, 'SEK', 'en')}`,
      ]),
    ],
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.1),
      brand: 'Microsoft',
      color: '#0078d4',
      lang: 'en',
      blocks: [
        `Your invoice for billing account ${COMPANY} is ready. The invoice is attached as a PDF and is also available in the Microsoft 365 admin center.`,
        {
          rows: [
            ['Invoice number', inv],
            ['Amount', money(amt, 'SEK', 'en')],
            ['Payment method', 'Invoice (bank transfer)'],
          ],
        },
        {
          button: { label: 'View invoice', href: 'https://admin.microsoft.com/#/billoverview/invoice-list' },
        },
      ],
      footer: [
        'Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18',
      ],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Marketplaces and the web shop

const amazonDisbursement = T('marketplace-notice', 'amazon-disbursement', (r) => {
  const amt = amount(r, 20000, 260000);
  const d = randomDate(r);
  return {
    from: { name: 'Amazon Seller Central', address: 'seller-notification@amazon.se' },
    to: addr(MARKETPLACES),
    subject: pick(r, ['Your payment is on its way', `Disbursement initiated: ${money(amt, 'SEK', 'en')}`]),
    date: d,
    via: 'ses',
    returnPath: `2026${digits(r, 10)}${hex(r, 8)}@bounces.amazon.se`,
    auth: auth('pass', 'pass', 'pass', { dkimDomain: 'amazon.se' }),
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.3),
      brand: 'amazon seller central',
      color: '#232f3e',
      lang: 'en',
      blocks: [
        'Hello,',
        `We have initiated a disbursement of **${money(amt, 'SEK', 'en')}** to your bank account ending in ${digits(r, 3)}. Depending on your bank, it may take up to 5 business days to appear.`,
        'To view the details, go to Payments > Statement View in Seller Central.',
        'Thank you for selling on Amazon.',
      ],
      footer: ['Amazon Services Europe S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg'],
    }),
  };
});

const amazonPolicyWarning = T('marketplace-notice', 'amazon-listing-policy-warning', (r) => {
  const asin = `B0${upper(r, 8)}`;
  const p = product(r);
  return {
    from: { name: 'Amazon Seller Central', address: 'seller-notification@amazon.se' },
    to: pick(r, [addr(MARKETPLACES), BOX.ecom]),
    subject: pick(r, [
      `Your listing has been deactivated: ASIN ${asin}`,
      `Policy Warning: ${asin}`,
      'Action Required: listing missing safety information',
    ]),
    via: 'ses',
    returnPath: `2026${digits(r, 10)}${hex(r, 8)}@bounces.amazon.se`,
    auth: auth('pass', 'pass', 'pass', { dkimDomain: 'amazon.se' }),
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.3),
      brand: 'amazon seller central',
      color: '#232f3e',
      lang: 'en',
      blocks: [
        'Hello,',
        `We have temporarily deactivated the following listing because it is missing information required by the EU General Product Safety Regulation: **${p.en}** (ASIN ${asin}).`,
        'To reactivate the listing, add the responsible person and safety information in Seller Central. This does not affect your other listings or your Account Health Rating.',
        'To make the changes, sign in to Seller Central and go to Catalogue > Improve Listing Quality.',
        'Sincerely,\nSelling Partner Support',
      ],
      footer: ['Amazon Services Europe S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg'],
    }),
  };
});

const amazonAtoZ = T('marketplace-notice', 'amazon-a-to-z-claim', (r) => {
  const order = `${int(r, 202, 408)}-${digits(r, 7)}-${digits(r, 7)}`;
  const p = product(r);
  return {
    from: { name: 'Amazon.se', address: 'atoz-guarantee-no-reply@amazon.se' },
    to: addr(MARKETPLACES),
    subject: `A-to-z Guarantee claim for order ${order}`,
    via: 'ses',
    returnPath: `2026${digits(r, 10)}${hex(r, 8)}@bounces.amazon.se`,
    lang: 'en',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      blocks: [
        'Hello,',
        `A buyer has filed an A-to-z Guarantee claim for order ${order} (${p.en}). Reason: ${pick(r, ['Item not received', 'Item materially different from listing', 'Return not refunded'])}.`,
        'Please respond to the claim within 72 hours in Seller Central under Orders > A-to-z Guarantee Claims. You can provide tracking information or other details to support your case.',
        'Sincerely,\nAmazon.se',
      ],
    }),
  };
});

const zalandoStatement = T('marketplace-notice', 'zalando-monthly-statement', (r) => {
  const d = randomDate(r);
  const amt = amount(r, 80000, 700000);
  return {
    from: { name: 'Zalando Partner Program', address: 'partner-noreply@zalando.de' },
    to: pick(r, [addr(MARKETPLACES), addr(CONTROLLER)]),
    subject: `Your payout statement for ${monthName(d, 'en')} ${d.getUTCFullYear()}`,
    date: d,
    via: 'salesforce',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.2),
      brand: 'zalando Partner Program',
      color: '#ff6900',
      lang: 'en',
      blocks: [
        'Dear Partner,',
        `Your payout statement for ${monthName(d, 'en')} is now available in zDirect. The payout of ${money(amt, 'SEK', 'en')} will be transferred to your registered bank account within 3 business days.`,
        'You can download the statement and the sales report under Finance > Payouts.',
        'Best regards,\nZalando Partner Program',
      ],
      footer: [
        'Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlin',
        '[Unsubscribe from optional notifications](https://zdirect.zalando.com/settings/notifications)',
      ],
    }),
  };
});

const cdonOrder = T('marketplace-notice', 'cdon-new-order', (r) => {
  const n = int(r, 1, 9);
  return {
    from: { name: 'CDON Marketplace', address: 'noreply@cdon.com' },
    to: BOX.orders,
    subject: pick(r, [
      `Du har ${n} nya ordrar på CDON`,
      'Ny order att hantera',
      'Påminnelse: ordrar som ska skickas idag',
    ]),
    via: 'sendgrid',
    lang: 'sv',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.2),
      brand: 'CDON Marketplace',
      color: '#0e0e0e',
      lang: 'sv',
      blocks: [
        'Hej!',
        `Du har ${n} nya ordrar som väntar på att hanteras. Kom ihåg att markera ordrarna som skickade med spårningsnummer senast inom två arbetsdagar.`,
        { button: { label: 'Gå till Merchant Center', href: 'https://admin.marketplace.cdon.com/orders' } },
        'Vänliga hälsningar\nCDON Marketplace',
      ],
      footer: ['CDON AB, Box 385, 201 23 Malmö'],
    }),
  };
});

const shopifyPayoutReal = T('payout-notice', 'shopify-payout-sent', (r) => {
  const amt = amount(r, 12000, 240000);
  const d = randomDate(r);
  return {
    from: { name: 'Shopify', address: 'no-reply@shopify.com' },
    to: pick(r, [addr(ECOM), addr(CONTROLLER)]),
    subject: `Your payout of ${money(amt, 'SEK', 'en')} is on its way`,
    date: d,
    via: 'sendgrid',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.1),
      brand: 'shopify',
      color: '#008060',
      lang: 'en',
      blocks: [
        'Hi Fjällspår,',
        `A payout of **${money(amt, 'SEK', 'en')}** was sent to your bank account ending in ${digits(r, 4)}. It should arrive by ${day(addDays(d, 2), 'en')}.`,
        {
          button: {
            label: 'View payout',
            href: 'https://admin.shopify.com/store/fjallspar/payments/payouts',
          },
        },
        'Thanks,\nThe Shopify Team',
      ],
      footer: [
        'Shopify International Limited, Victoria Buildings, 2nd Floor, 1-2 Haddington Road, Dublin 4, D04 XN32, Ireland',
      ],
    }),
  };
});

const shopifyCode = T('sign-in-code', 'shopify-login-code', (r) => {
  const code = digits(r, 6);
  return {
    from: { name: 'Shopify', address: 'no-reply@shopify.com' },
    to: addr(pick(r, [ECOM, MARKETPLACES, CS_SV, MARKETING])),
    subject: `${code} is your Shopify verification code`,
    via: 'sendgrid',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.2),
      brand: 'shopify',
      color: '#008060',
      lang: 'en',
      blocks: [
        'Enter this code to finish logging in:',
        `**${code}**`,
        "This code expires in 10 minutes. If you didn't try to log in, you can ignore this email, but consider changing your password.",
      ],
    }),
  };
});

const shopifyOrder = T('shop-notification', 'shopify-new-order', (r) => {
  const c = customer(r, chance(r, 0.7) ? 'sv' : 'en');
  const p = product(r);
  const o = orderNo(r);
  return {
    from: { name: 'Fjällspår', address: 'mailer@shopify.com' },
    to: BOX.orders,
    subject: `[Fjällspår] Order #${o} placed by ${c.name}`,
    via: 'sendgrid',
    lang: 'sv',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.1),
      brand: 'Fjällspår',
      color: '#2f4f2f',
      lang: 'sv',
      blocks: [
        `**${c.name}** placed order #${o} on ${day(randomDate(r), 'en')}.`,
        {
          rows: [
            [`${p.sv} × 1`, money(p.price, 'SEK', 'sv')],
            ['Frakt', pick(r, ['Budbee Box', 'PostNord Ombud', 'DHL Service Point'])],
            ['Betalning', pick(r, ['Klarna', 'Swish', 'Kort (Stripe)'])],
          ],
        },
        {
          button: {
            label: 'View order',
            href: `https://admin.shopify.com/store/fjallspar/orders/${digits(r, 13)}`,
          },
        },
      ],
    }),
  };
});

const stripeDisputeReal = T('dispute-notice', 'stripe-dispute-opened', (r) => {
  const amt = amount(r, 600, 9000);
  const d = randomDate(r);
  const dp = `dp_1${urlsafe(r, 23).replace(/[-_]/g, 'Q')}`;
  return {
    from: { name: 'Stripe', address: 'notifications@stripe.com' },
    to: pick(r, [addr(ECOM), addr(CONTROLLER)]),
    subject: `Payment of ${money(amt, 'SEK', 'en')} disputed`,
    date: d,
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.3),
      brand: 'stripe',
      color: '#635bff',
      lang: 'en',
      blocks: [
        `A customer has disputed a payment of ${money(amt, 'SEK', 'en')} to ${COMPANY}. The reason given is "${pick(r, ['product not received', 'fraudulent', 'product unacceptable'])}".`,
        `You have until ${day(addDays(d, 9), 'en')} to respond with evidence. You can review the dispute and submit a response in your Dashboard.`,
        { button: { label: 'Review dispute', href: `https://dashboard.stripe.com/disputes/${dp}` } },
        '— The Stripe team',
      ],
      footer: ['Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080'],
    }),
  };
});

const stripePayout = T('payout-notice', 'stripe-payout-paid', (r) => {
  const amt = amount(r, 8000, 120000);
  return {
    from: { name: 'Stripe', address: 'notifications@stripe.com' },
    to: addr(CONTROLLER),
    subject: `Your payout of ${money(amt, 'SEK', 'en')} is on the way`,
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.3),
      brand: 'stripe',
      color: '#635bff',
      lang: 'en',
      blocks: [
        `A payout of ${money(amt, 'SEK', 'en')} has been sent to your bank account (HANDELSBANKEN •••• ${digits(r, 4)}).`,
        {
          button: {
            label: 'View payout',
            href: `https://dashboard.stripe.com/payouts/po_1${urlsafe(r, 22).replace(/[-_]/g, 'x')}`,
          },
        },
      ],
      footer: [
        'You are receiving this email because you are subscribed to payout notifications. [Manage notifications](https://dashboard.stripe.com/settings/user)',
      ],
    }),
  };
});

const klarnaSettlement = T('payout-notice', 'klarna-settlement-report', (r) => {
  const d = randomDate(r);
  const amt = amount(r, 40000, 600000);
  return {
    from: { name: 'Klarna', address: 'noreply@klarna.com' },
    to: pick(r, [addr(CONTROLLER), addr(CFO), BOX.finance]),
    subject: pick(r, [
      `Avräkning ${day(d, 'sv', true)}`,
      'Ny avräkningsrapport tillgänglig',
      `Klarna settlement ${day(d, 'sv', true)}`,
    ]),
    date: d,
    via: 'salesforce',
    lang: 'sv',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.2),
      brand: 'Klarna.',
      color: '#17120f',
      lang: 'sv',
      blocks: [
        'Hej,',
        `En ny avräkning för ${COMPANY} har skapats. Utbetalningen på ${money(amt, 'SEK', 'sv')} görs till ert registrerade bankgiro ${ORG.bankgiro}.`,
        'Rapporten finns i Klarna Merchant Portal under Avräkningar. Logga in som vanligt via portal.klarna.com.',
        'Vänliga hälsningar\nKlarna',
      ],
      footer: ['Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm. Org.nr 556737-0431'],
    }),
  };
});

const adyenInvoice = T('service-invoice', 'adyen-monthly-invoice', (r) => {
  const d = randomDate(r);
  const inv = `INV-${d.getUTCFullYear()}-${digits(r, 7)}`;
  const amt = amount(r, 2000, 24000);
  return {
    from: { name: 'Adyen', address: 'noreply@adyen.com' },
    to: pick(r, [BOX.ap, addr(CONTROLLER)]),
    subject: `Adyen invoice ${inv}`,
    date: d,
    via: 'direct',
    lang: 'en',
    attachments: [
      pdf(`${inv}.pdf`, [
        `Adyen N.V. – Invoice ${inv}`,
        `Merchant: FjallsparAB_ECOM`,
        `Period: ${monthName(addDays(d, -20), 'en')}`,
        `Total: ${money(amt, 'EUR', 'en')}`,
        'Amount deducted from settlement.',
      ]),
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'en',
      blocks: [
        'Dear customer,',
        `Please find attached your invoice ${inv} for ${monthName(addDays(d, -20), 'en')}. The amount has been deducted from your settlement; no action is needed.`,
        'You can also find all invoices in the Customer Area under Reports > Invoices.',
        'Kind regards,\nAdyen',
      ],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Marketing

const metaReceipt = T('ad-receipt', 'meta-ads-receipt', (r) => {
  const amt = amount(r, 2000, 40000);
  const act = digits(r, 15);
  return {
    from: { name: 'Meta ads', address: 'advertise-noreply@support.facebook.com' },
    to: addr(MARKETING),
    subject: `Your Meta ads receipt (Account ID: ${act})`,
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'Meta',
      color: '#0866ff',
      lang: 'en',
      blocks: [
        `Here's your receipt for your recent payment to Meta for ads in account ${act}.`,
        {
          rows: [
            ['Amount billed', money(amt, 'SEK', 'en')],
            ['Payment method', `Mastercard ···· ${digits(r, 4)}`],
            ['Reference number', upper(r, 10)],
          ],
        },
        {
          button: {
            label: 'See details in Ads Manager',
            href: `https://business.facebook.com/billing_hub/payment_activity?asset_id=${act}`,
          },
        },
      ],
      footer: ['Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland'],
    }),
  };
});

const metaAdRejected = T('ad-platform-notice', 'meta-ad-rejected', (r) => {
  return {
    from: { name: 'Meta for Business', address: 'advertise-noreply@support.facebook.com' },
    to: pick(r, [addr(MARKETING), BOX.marketing]),
    subject: pick(r, [
      'Your ad was rejected',
      "Your ad wasn't approved",
      "Ad rejected: doesn't follow our Advertising Standards",
    ]),
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'Meta',
      color: '#0866ff',
      lang: 'en',
      blocks: [
        `Your ad "${pick(r, ['Höstrea 30%', 'Nya Kebne GTX', 'Black Week – upp till 40%', 'Fjällsäsongen börjar nu'])}" wasn't approved because it doesn't follow our Advertising Standards on ${pick(r, ['misleading claims', 'text in images', 'landing page functionality'])}.`,
        'You can edit the ad and submit it again, or request another review if you think this decision is incorrect.',
        { button: { label: 'Go to Account Quality', href: 'https://www.facebook.com/accountquality/' } },
      ],
      footer: ['Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland'],
    }),
  };
});

const googleAdsReceipt = T('ad-receipt', 'google-ads-payment-receipt', (r) => {
  const amt = amount(r, 3000, 60000);
  const cid = `${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`;
  const lang: Lang = chance(r, 0.5) ? 'sv' : 'en';
  return {
    from: { name: 'Google Payments', address: 'payments-noreply@google.com' },
    to: pick(r, [addr(MARKETING), addr(CONTROLLER)]),
    subject:
      lang === 'sv'
        ? `Google Ads: Betalning mottagen för konto ${cid}`
        : `Google Ads: Payment received for account ${cid}`,
    via: 'google-workspace',
    lang,
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'Google Ads',
      color: '#1a73e8',
      lang,
      blocks:
        lang === 'sv'
          ? [
              `Vi har tagit emot din betalning på ${money(amt, 'SEK', 'sv')} för Google Ads-kontot ${cid} (${COMPANY}).`,
              {
                button: {
                  label: 'Visa transaktioner',
                  href: 'https://ads.google.com/aw/billing/transactions',
                },
              },
            ]
          : [
              `We received your payment of ${money(amt, 'SEK', 'en')} for Google Ads account ${cid} (${COMPANY}).`,
              {
                button: {
                  label: 'View transactions',
                  href: 'https://ads.google.com/aw/billing/transactions',
                },
              },
            ],
      footer: ['Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland'],
    }),
  };
});

const trustpilotReview = T('review-notification', 'trustpilot-new-review', (r) => {
  const stars = int(r, 1, 5);
  const c = customer(r, chance(r, 0.6) ? 'sv' : 'en');
  return {
    from: { name: 'Trustpilot', address: 'noreply@trustpilot.com' },
    to: pick(r, [addr(MARKETING), BOX.cs, addr(CS_SV)]),
    subject: `New ${stars}-star review for Fjällspår`,
    via: 'sendgrid',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'Trustpilot',
      color: '#00b67a',
      lang: 'en',
      blocks: [
        `${c.name.split(' ')[0]} left a ${stars}-star review:`,
        `"${stars >= 4 ? pick(r, ['Snabb leverans och bra kundservice!', 'Great tent, arrived in two days.', 'Bra priser och smidig retur.']) : pick(r, ['Fick fel storlek och returen tog tre veckor.', 'Package was late and nobody answered my emails.', 'Jackan gick sönder efter en månad.'])}"`,
        {
          button: {
            label: 'Reply to review',
            href: `https://businessapp.b2b.trustpilot.com/reviews/${hex(r, 24)}`,
          },
        },
      ],
      footer: [
        'Trustpilot A/S, Pilestræde 58, 5th floor, 1112 Copenhagen K, Denmark',
        '[Manage email notifications](https://businessapp.b2b.trustpilot.com/settings/notifications)',
      ],
    }),
  };
});

const influencerReal = T('influencer-inquiry', 'influencer-collab-request', (r) => {
  const name = pick(r, ['Ebba Hedlund', 'Wilma Falk', 'Hugo Ström', 'Alva Nilsson', 'Melker Lind']);
  const handle = pick(r, ['fjallmamman', 'villmarkslivet', 'sarekstigen', 'packrafting.se', 'toppturerna']);
  const from: Addr = {
    name,
    address: `${pick(r, [handle.replace(/[^a-z]/g, ''), `${name.split(' ')[0].toLowerCase()}.${handle.split('.')[0]}`])}@${pick(r, ['gmail.com', 'hotmail.com', 'icloud.com'])}`,
  };
  return {
    from,
    to: pick(r, [addr(INFLUENCER), BOX.marketing, BOX.press]),
    subject: pick(r, ['Samarbete?', `Förfrågan från @${handle}`, 'Samarbete inför vintersäsongen']),
    via: clientVia(from.address),
    lang: 'sv',
    ...letter({
      style: 'gmail',
      parts: parts(r, 0.1, 0.4),
      blocks: [
        'Hej!',
        `Jag heter ${name.split(' ')[0]} och driver kontot [@${handle}](https://www.instagram.com/${handle}/) där jag delar turer i svenska fjällen (ca ${int(r, 8, 90)}k följare, mest 25–45 år). Jag har köpt flera grejer från er och skulle gärna göra något tillsammans – t.ex. en testrapport av ert tält inför vintern.`,
        'Jag har inga färdiga priser, men berätta gärna hur ni brukar jobba med kreatörer så kan vi ta det därifrån. Ni når mig också på telefon om det är enklare.',
        `Ha en fin dag!\n${name}`,
      ],
    }),
  };
});

const newsletter = T('newsletter', 'outdoor-trade-newsletter', (r) => {
  const list = `${hex(r, 25)}`;
  const us = int(r, 10, 21);
  const n = int(r, 100, 999);
  const mc = { host: `mail${n}.atl${int(r, 10, 99)}.mcdlv.net`, ip: `198.2.${int(r, 128, 191)}.${n % 254}` };
  const track = (slug: string) =>
    `https://outdoorbranschen.us${us}.list-manage.com/track/click?u=${list}&id=${hex(r, 10)}&e=${hex(r, 10)}#${slug}`;
  const d = randomDate(r);
  return {
    from: { name: 'Outdoorbranschen', address: 'nyhetsbrev@outdoorbranschen.se' },
    to: pick(r, [addr(CEO), addr(ECOM), addr(MARKETING)]),
    subject: pick(r, [
      `Nyhetsbrev ${monthName(d, 'sv')}: säsongsprognos och mässdatum`,
      'Branschnytt: konsumtionen vänder uppåt',
      'ISPO, Friluftsmässan och nya EU-regler för produktsäkerhet',
    ]),
    date: d,
    via: 'mailchimp',
    returnPath: `bounce-mc.us${us}_${digits(r, 8)}.${digits(r, 6)}-${hex(r, 10)}@${mc.host}`,
    relay: mc,
    auth: auth('pass', 'pass', 'pass'),
    headers: [
      [
        'List-Unsubscribe',
        `<https://outdoorbranschen.us${us}.list-manage.com/unsubscribe?u=${list}&id=${hex(r, 10)}>, <mailto:unsubscribe-mc.us${us}_${hex(r, 20)}@unsubscribe.mailchimpapp.net>`,
      ],
      ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
      ['List-Id', `${hex(r, 25)}mc list <${hex(r, 25)}.${int(r, 100000, 999999)}.list-id.mcsv.net>`],
      ['Precedence', 'bulk'],
    ],
    lang: 'sv',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.2, 0.1),
      brand: 'Outdoorbranschen',
      color: '#35524a',
      lang: 'sv',
      preheader: 'Månadens nyheter från friluftsbranschen',
      pixel: `https://outdoorbranschen.us${us}.list-manage.com/track/open.php?u=${list}&id=${hex(r, 10)}&e=${hex(r, 10)}`,
      blocks: [
        { heading: 'Månadens branschnytt' },
        `Försäljningen av friluftsprodukter ökade med ${int(r, 2, 9)} procent jämfört med samma period förra året. [Läs hela rapporten](${track('rapport')})`,
        `EU:s nya förordning om allmän produktsäkerhet (GPSR) – vad gäller för dig som säljer på marknadsplatser? [Läs vår guide](${track('gpsr')})`,
        `Anmälan till Friluftsmässan i Stockholm är öppen. [Boka monter](${track('massa')})`,
      ],
      footer: [
        `Du får detta mejl eftersom du är medlem i Outdoorbranschen. [Avsluta prenumeration](${track('unsub')}) · [Uppdatera inställningar](${track('prefs')})`,
      ],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Carriers, suppliers, finance

const postnordInvoice = T('carrier-invoice', 'postnord-business-invoice', (r) => {
  const d = randomDate(r);
  const inv = digits(r, 10);
  const amt = amount(r, 20000, 260000);
  return {
    from: { name: 'PostNord Faktura', address: 'faktura.se@postnord.com' },
    to: pick(r, [BOX.ap, addr(AP)]),
    subject: `Faktura ${inv} från PostNord Sverige AB`,
    date: d,
    via: 'direct',
    lang: 'sv',
    attachments: [
      pdf(`Faktura_${inv}.pdf`, [
        `PostNord Sverige AB – Faktura ${inv}`,
        `Kund: ${COMPANY}, kundnr ${digits(r, 8)}`,
        `Belopp att betala: ${money(amt, 'SEK', 'sv')}`,
        `Förfallodag: ${day(addDays(d, 30), 'sv', true)}`,
        `Bankgiro 5052-${digits(r, 4)}  OCR ${digits(r, 14)}`,
      ]),
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'sv',
      blocks: [
        'Hej,',
        `Bifogat finner ni faktura ${inv} avseende frakttjänster för ${monthName(addDays(d, -15), 'sv')}. Specifikation finns i Portalen under Fakturor.`,
        'Detta e-postmeddelande kan inte besvaras. Kontakta Kundservice Företag vid frågor.',
        'Med vänlig hälsning\nPostNord Sverige AB',
      ],
    }),
  };
});

const dhlDutyReal = T('carrier-invoice', 'dhl-duty-invoice', (r) => {
  const awb = digits(r, 10);
  const amt = amount(r, 900, 18000);
  return {
    from: { name: 'DHL Express Sweden', address: 'noreply@dhl.com' },
    to: pick(r, [addr(LOGISTICS), BOX.ap]),
    subject: `DHL Express – Faktura för tull och moms, fraktsedel ${awb}`,
    via: 'direct',
    lang: 'sv',
    attachments: [
      pdf(`DHL_${awb}.pdf`, [
        `DHL Express (Sweden) AB – Tullfaktura`,
        `Fraktsedel: ${awb}`,
        `Avsändare: ${pick(r, ['Ningbo Hengtai Outdoor Products', 'Xiamen Bluepeak Textile'])}`,
        `Tull och moms: ${money(amt, 'SEK', 'sv')}`,
        'Betalningsvillkor: 14 dagar',
      ]),
    ],
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.3),
      brand: 'DHL Express',
      color: '#d40511',
      lang: 'sv',
      blocks: [
        'Hej,',
        `Er försändelse med fraktsedel ${awb} har förtullats och levererats. Bifogat finns fakturan för tull, moms och avgifter, ${money(amt, 'SEK', 'sv')}.`,
        `Ni kan också se försändelsen på [mydhl.express.dhl](https://mydhl.express.dhl/se/sv/tracking.html#/results?id=${awb}).`,
        'Med vänlig hälsning\nDHL Express Sweden',
      ],
    }),
  };
});

const budbeeReport = T('partner-report', 'budbee-weekly-report', (r) => {
  const week = int(r, 2, 51);
  const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64)]);
  return {
    from: { name: 'Johanna Ek, Budbee', address: 'johanna.ek@budbee.com' },
    to: addr(LOGISTICS),
    cc: [addr(WAREHOUSE)],
    subject: `Leveransrapport vecka ${week}`,
    via: 'google-workspace',
    lang: 'sv',
    attachments: [
      {
        filename: `Fjallspar_v${week}.xlsx`,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: xlsx,
      },
    ],
    ...letter({
      style: 'gmail',
      parts: parts(r, 0.1, 0.3),
      blocks: [
        `Hej ${LOGISTICS.first}!`,
        `Här kommer veckorapporten för vecka ${week}. Leveransprecisionen låg på ${int(r, 94, 99)},${int(r, 0, 9)} % och ${int(r, 2, 30)} paket gick till retur på grund av fel portkod eller uteblivet mottagande.`,
        'Säg till om ni vill att vi går igenom siffrorna på vårt avstämningsmöte.',
        'Vänliga hälsningar\nJohanna Ek\nAccount Manager, Budbee',
      ],
    }),
  };
});

const fortnoxReal = T('supplier-invoice', 'fortnox-supplier-invoice', (r) => {
  const supplier = pick(r, [
    'Hallands Emballage AB',
    'Västkust Transport & Logistik AB',
    'Göteborgs Städtjänst AB',
    'Tryckeriet i Mölndal AB',
  ]);
  const inv = int(r, 1000, 9999);
  const amt = amount(r, 2000, 60000);
  const d = randomDate(r);
  return {
    from: { name: supplier, address: 'no-reply@fortnox.se' },
    replyTo: {
      name: supplier,
      address: `faktura@${supplier.toLowerCase().split(' ')[0].replace(/[åä]/g, 'a').replace(/ö/g, 'o')}.se`,
    },
    to: BOX.ap,
    subject: `Faktura ${inv} från ${supplier}`,
    date: d,
    via: 'direct',
    lang: 'sv',
    attachments: [
      pdf(`Faktura_${inv}.pdf`, [
        `${supplier} – Faktura ${inv}`,
        `Kund: ${COMPANY}`,
        `Att betala: ${money(amt, 'SEK', 'sv')}`,
        `Förfallodatum: ${day(addDays(d, 30), 'sv', true)}`,
        `Bankgiro ${digits(r, 3)}-${digits(r, 4)}  OCR ${digits(r, 10)}`,
      ]),
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'sv',
      blocks: [
        'Hej!',
        `Här kommer faktura ${inv} från ${supplier}. Fakturan finns som PDF i bilagan.`,
        `Har du frågor om fakturan? Svara på detta mejl så når du ${supplier}.`,
        { small: 'Skickat med Fortnox' },
      ],
    }),
  };
});

const supplierBankReal = T('supplier-bank-notice', 'supplier-bank-change-confirm-by-phone', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country === 'DE'),
  );
  const d = randomDate(r);
  return {
    from: {
      name: s.contact,
      address: `${s.contact.split(' ')[0].toLowerCase()}.${s.contact.split(' ')[1].toLowerCase()}@${s.domain}`,
    },
    to: pick(r, [addr(AP), BOX.ap]),
    cc: [addr(CFO)],
    subject: pick(r, [
      `Change of bank details – ${s.name}`,
      'New bank account from next month – please confirm by phone',
      'Information: Bankverbindung / bank details',
    ]),
    date: d,
    via: 'm365',
    lang: 'en',
    attachments: [
      pdf('Bank_change_letter_signed.pdf', [
        `${s.name}`,
        'Notice of change of bank details',
        `Effective from ${day(addDays(d, 30), 'en')}`,
        'New details will be confirmed by telephone only.',
        'Managing Director (signed)',
      ]),
    ],
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'en',
      blocks: [
        'Dear Sara,',
        `We are moving our business accounts from ${s.bank} to a new bank from ${day(addDays(d, 30), 'en')}. The signed notice is attached.`,
        'To protect both of us from fraud, please do not change anything based on this email alone. Call our accounts department on the number in our framework agreement (not a number from an email) and we will confirm the new details with you by phone. Until then, please keep paying to the existing account.',
        `Kind regards\n${s.contact}\nFinance & Accounting\n${s.name}`,
      ],
    }),
  };
});

const chinaPi = T('supplier-invoice', 'china-supplier-proforma-pdf', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country === 'CN'),
  );
  const pi = `PI${digits(r, 6)}`;
  const amt = amount(r, 12000, 90000);
  return {
    from: { name: s.contact, address: `${s.contact.split(' ')[0].toLowerCase()}@${s.domain}` },
    to: addr(LOGISTICS),
    cc: [addr(AP)],
    subject: `${pi} – deposit invoice for order ${digits(r, 4)}`,
    via: pick(r, ['direct', 'google-workspace'] as const),
    tz: 480,
    lang: 'en',
    attachments: [
      pdf(`${pi}.pdf`, [
        `${s.name}`,
        `Proforma Invoice ${pi}`,
        `Buyer: ${COMPANY}`,
        `Total: USD ${amt.toFixed(2)}  Deposit 30%: USD ${(amt * 0.3).toFixed(2)}`,
        `Beneficiary bank: ${s.bank} (unchanged)`,
      ]),
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'en',
      blocks: [
        `Dear ${LOGISTICS.first},`,
        `Please find attached the PI ${pi} for the confirmed order. Deposit 30% as usual to our ${s.bank} account (same as before, no change).`,
        `Production will start after we receive the deposit. Estimated ETD Ningbo: week ${int(r, 2, 50)}.`,
        `Best regards\n${s.contact}\n${s.name}`,
      ],
    }),
  };
});

const supplierReminder = T('supplier-invoice', 'supplier-statement-reminder', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country === 'DE'),
  );
  const inv = `RE-${int(r, 2025, 2026)}-${digits(r, 5)}`;
  const amt = amount(r, 3000, 40000);
  return {
    from: { name: `Buchhaltung ${s.name}`, address: `buchhaltung@${s.domain}` },
    to: BOX.ap,
    subject: `Payment reminder / Zahlungserinnerung ${inv}`,
    via: 'direct',
    lang: 'en',
    attachments: [
      pdf(`Statement_${inv}.pdf`, [
        `${s.name} – Statement of account`,
        `Open item: ${inv}`,
        `Amount: ${money(amt, 'EUR', 'en')}`,
        `IBAN ${s.iban} (unchanged)`,
      ]),
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'en',
      blocks: [
        'Dear Sir or Madam,',
        `According to our records, invoice ${inv} (${money(amt, 'EUR', 'en')}) is still open. Please find the statement of account attached.`,
        'If you have already paid, please disregard this reminder. Our bank details have not changed.',
        `Kind regards\nAccounting\n${s.name}`,
      ],
    }),
  };
});

const supplierReply = T('supplier-thread', 'supplier-reply-in-thread', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country !== 'CN'),
  );
  const me = pick(r, [LOGISTICS, WAREHOUSE, ECOM]);
  const d0 = randomDate(r);
  const d = addDays(d0, int(r, 1, 4));
  const subj = pick(r, ['Delivery week 38', 'Missing cartons in last shipment', 'Pre-order AW26 quantities']);
  const from = { name: s.contact, address: `${s.contact.split(' ')[0].toLowerCase()}@${s.domain}` };
  return {
    from,
    to: addr(me),
    subject: `RE: ${subj}`,
    date: d,
    via: 'm365',
    inReplyTo: `<${upper(r, 12)}@${pick(r, ['AM9PR07MB1234', 'DB9PR02MB5521'])}.eurprd07.prod.outlook.com>`,
    lang: 'en',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'en',
      blocks: [
        `Hi ${me.first},`,
        pick(r, [
          'Thanks for the heads-up. We checked with the warehouse and the two missing cartons were left behind at loading – they will go with the next truck on Tuesday, no extra cost for you.',
          'Confirmed, we can deliver in week 38. I will send the packing list as soon as the goods are loaded.',
          'Thanks for the quantities. I have entered them and will send the order confirmation tomorrow.',
        ]),
        `Best regards\n${s.contact}\n${s.name}`,
        {
          quote: {
            head: quoteHead('outlook', 'en', addr(me), d0, from, subj),
            text: `Hi ${s.contact.split(' ')[0]},\n\nCould you please check this and get back to me?\n\nBest regards\n${full(me)}\n${COMPANY}`,
          },
        },
      ],
    }),
  };
});

const handelsbankenMsg = T('bank-notice', 'handelsbanken-new-message', (r) => {
  return {
    from: { name: 'Handelsbanken', address: 'noreply@handelsbanken.se' },
    to: pick(r, [addr(CFO), addr(CONTROLLER)]),
    subject: pick(r, ['Nytt meddelande i Handelsbanken Företag', 'Du har ett nytt meddelande från banken']),
    via: 'direct',
    lang: 'sv',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'sv',
      blocks: [
        'Hej,',
        'Du har fått ett nytt meddelande från Handelsbanken. Logga in i Handelsbanken Företag för att läsa det.',
        'Av säkerhetsskäl skickar vi aldrig länkar till inloggning via e-post, och vi ber dig aldrig att legitimera dig med BankID efter ett samtal eller mejl från oss.',
        'Med vänlig hälsning\nHandelsbanken',
      ],
    }),
  };
});

const kivra = T('digital-post-notice', 'kivra-new-letter', (r) => {
  const sender = pick(r, ['Skatteverket', 'Försäkringskassan', 'Göteborgs Stad', 'Folksam', 'Vattenfall']);
  return {
    from: { name: 'Kivra', address: 'no-reply@kivra.com' },
    to: addr(pick(r, SWEDES)),
    subject: `Du har fått ett nytt brev från ${sender}`,
    via: 'ses',
    lang: 'sv',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.1),
      brand: 'Kivra',
      color: '#00a678',
      lang: 'sv',
      blocks: [
        `Du har fått nytt brev från ${sender}.`,
        'Öppna Kivra-appen eller logga in på kivra.com för att läsa det.',
      ],
      footer: [
        'Kivra AB, Box 11217, 100 61 Stockholm',
        'Du får det här mejlet eftersom du har valt att få aviseringar via e-post.',
      ],
    }),
  };
});

const vismaPayslipReal = T('payslip-notice', 'visma-payslip-available', (r) => {
  const d = randomDate(r);
  const to = addr(pick(r, SWEDES));
  return {
    from: { name: 'Visma Lön', address: 'noreply@vismaonline.com' },
    to,
    subject: `Lönespecifikation ${monthName(d, 'sv')} ${d.getUTCFullYear()}`,
    date: d,
    via: 'ses',
    lang: 'sv',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.4),
      lang: 'sv',
      blocks: [
        `Hej ${to.name?.split(' ')[0]},`,
        `Din lönespecifikation för ${monthName(d, 'sv')} från ${COMPANY} finns nu tillgänglig i Visma Lön Smart. Logga in i appen eller på webben som vanligt för att läsa den.`,
        'Detta är ett automatiskt meddelande och kan inte besvaras. Frågor om din lön ställer du till HR.',
        'Visma Spcs AB',
      ],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// E-signatures, HR, internal

const scriveReal = T('e-signature', 'scrive-employment-contract', (r) => {
  const to = addr(pick(r, SWEDES));
  const doc = pick(r, [
    'Anställningsavtal',
    'Tilläggsavtal – ändrad tjänstgöringsgrad',
    'Sekretessavtal',
    'Hyresavtal Ringögatan 32',
  ]);
  return {
    from: { name: `${full(HR)} via Scrive`, address: 'noreply@scrive.com' },
    replyTo: addr(HR),
    to,
    subject: `${full(HR)} har bjudit in dig att signera: ${doc}`,
    via: 'direct',
    lang: 'sv',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.1),
      brand: 'Scrive',
      color: '#1a1a1a',
      lang: 'sv',
      blocks: [
        `Hej ${to.name?.split(' ')[0]},`,
        `${full(HR)} på ${COMPANY} har bjudit in dig att signera dokumentet "${doc}". Du signerar med BankID.`,
        {
          button: {
            label: 'Öppna dokumentet',
            href: `https://scrive.com/s/${digits(r, 19)}/${digits(r, 19)}/${hex(r, 16)}`,
          },
        },
        { small: 'Om du har frågor om dokumentet, kontakta avsändaren direkt.' },
      ],
    }),
  };
});

const docusignReal = T('e-signature', 'docusign-influencer-agreement', (r) => {
  const sender = pick(r, ['Nordic Growth Media AB', 'Trailhead Social AB', 'Advokatfirman Sandell']);
  const doc = pick(r, ['Samarbetsavtal Q4', 'Influencer agreement – winter campaign', 'Uppdragsavtal 2026']);
  const person = pick(r, ['Jesper Åkesson', 'Amanda Lind', 'Viktor Sandell']);
  return {
    from: { name: `${person} via DocuSign`, address: 'dse_NA4@docusign.net' },
    replyTo: {
      name: person,
      address: `${person.split(' ')[0].toLowerCase()}@${sender.toLowerCase().split(' ')[0]}${pick(r, ['.se', 'media.se'])}`,
    },
    to: addr(pick(r, [INFLUENCER, MARKETING, CEO])),
    subject: `Complete with DocuSign: ${doc}.pdf`,
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.1),
      brand: 'DocuSign',
      color: '#1e4ca1',
      lang: 'en',
      blocks: [
        `${person} sent you a document to review and sign.`,
        {
          button: {
            label: 'REVIEW DOCUMENT',
            href: `https://eu.docusign.net/Signing/EmailStart.aspx?a=${uuid(r)}&etti=24&acct=${uuid(r)}&er=${uuid(r)}`,
          },
        },
        `**${person}**\n${sender}\n"Hej! Här kommer avtalet enligt vårt samtal i tisdags."`,
        {
          small:
            'Do Not Share This Email: This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
        },
      ],
      footer: [
        'About DocuSign: Sign documents electronically in just minutes.',
        'Questions about the Document? If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.',
      ],
    }),
  };
});

const wetransferReal = T('file-transfer', 'wetransfer-photographer', (r) => {
  const sender = pick(r, ['linnea@linneafoto.se', 'studio@fotografmalinholm.se', 'hej@peakpictures.se']);
  const files = int(r, 12, 160);
  return {
    from: { name: 'WeTransfer', address: 'noreply@wetransfer.com' },
    replyTo: { address: sender },
    to: addr(pick(r, [MARKETING, ECOM, INFLUENCER])),
    subject: `${sender} sent you files via WeTransfer`,
    via: 'sendgrid',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: 'WeTransfer',
      color: '#409fff',
      lang: 'en',
      blocks: [
        `**${sender}** sent you ${files} files`,
        `"${pick(r, ['Hej! Här är de redigerade bilderna från fjällfotograferingen. Fakturan kommer separat.', 'Produktbilder AW26, packshots + lifestyle.'])}"`,
        {
          rows: [
            ['Files', `${files} items, ${int(r, 200, 3800)} MB`],
            ['Expires', 'in 7 days'],
          ],
        },
        {
          button: {
            label: 'Get your files',
            href: `https://wetransfer.com/downloads/${hex(r, 32)}${digits(r, 14)}/${hex(r, 6)}`,
          },
        },
      ],
      footer: ['To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.'],
    }),
  };
});

const ceoKickoff = T('meeting-invite', 'ceo-kickoff-invitation', (r) => {
  const d = randomDate(r);
  const start = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}T080000Z`;
  const to = { name: 'Alla på Fjällspår', address: `alla@${DOMAIN}` };
  return {
    from: addr(CEO),
    to,
    subject: pick(r, [
      'Kickoff – inför högsäsongen',
      'Inbjudan: Årsstart med hela Fjällspår',
      'Black Week-genomgång med alla',
    ]),
    date: addDays(d, -int(r, 7, 20)),
    via: 'internal',
    lang: 'sv',
    attachments: [
      {
        filename: 'invite.ics',
        type: 'text/calendar; method=REQUEST',
        content: invitation({
          uid: `${uuid(r)}@corp.example`,
          organizer: addr(CEO).address,
          attendee: to.address,
          summary: 'Kickoff Fjällspår',
          description:
            'Hela företaget, på plats i Göteborg och via Teams för Köpenhamn, Oslo och Helsingfors.',
          location: 'Lindholmsallén 17, stora konferensrummet / Teams',
          start,
        }),
      },
    ],
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'sv',
      blocks: [
        'Hej alla!',
        `Välkomna till kickoff den ${day(d, 'sv')}. Vi går igenom årets siffror, planen för marknadsplatserna och hur vi förbereder lager och kundservice inför högsäsongen. Butikerna och Helsingfors är med via Teams.`,
        'Lunch bjuder vi på. Svara gärna på kallelsen så vi vet hur många vi blir.',
        `Varma hälsningar\n${full(CEO)}\nVD, ${COMPANY}`,
      ],
    }),
  };
});

const cfoApprovals = T('internal-note', 'cfo-approve-invoices', (r) => {
  const to = addr(pick(r, [CEO, ECOM, MARKETING, WAREHOUSE, IT]));
  return {
    from: addr(CFO),
    to,
    cc: [addr(AP)],
    subject: pick(r, [
      'Attestera fakturor innan fredag',
      'Påminnelse: fakturor väntar på attest i Fortnox',
      'Månadsbokslut – attester',
    ]),
    via: 'internal',
    lang: 'sv',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'sv',
      blocks: [
        `Hej ${to.name?.split(' ')[0]},`,
        `Du har ${int(r, 2, 14)} leverantörsfakturor som väntar på attest i Fortnox. Vi stänger månaden på ${pick(r, ['fredag', 'måndag'])}, så attestera gärna innan dess.`,
        'Som vanligt: ändrade bankuppgifter hos en leverantör godkänner vi bara efter att Sara ringt upp leverantören på det nummer vi redan har.',
        `Tack!\n${sig(CFO, 'sv')}`,
      ],
    }),
  };
});

const hrPolicy = T('hr-notice', 'hr-wellness-allowance', (r) => {
  const d = randomDate(r);
  return {
    from: addr(HR),
    to: { name: 'Alla på Fjällspår', address: `alla@${DOMAIN}` },
    subject: pick(r, [
      `Friskvårdsbidrag ${d.getUTCFullYear()} och nya personalhandboken`,
      'Uppdaterad personalhandbok',
      'Påminnelse: utvecklingssamtal',
    ]),
    date: d,
    via: 'internal',
    lang: 'sv',
    attachments: [
      pdf(`Personalhandbok_${d.getUTCFullYear()}.pdf`, [
        `${COMPANY} – Personalhandbok ${d.getUTCFullYear()}`,
        'Friskvård, semester, arbetsmiljö och IT-säkerhet',
        'Frågor: hr@corp.example',
      ]),
    ],
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'sv',
      blocks: [
        'Hej alla,',
        `Friskvårdsbidraget för ${d.getUTCFullYear()} är ${money(pick(r, [3000, 3500, 4000]), 'SEK', 'sv')}. Lämna kvitton i Visma som vanligt. Den uppdaterade personalhandboken finns bifogad och på intranätet.`,
        'Observera: HR ändrar aldrig lönekonto efter ett mejl. Vill du byta konto gör du det själv i Visma Lön Smart.',
        `Hälsningar\n${sig(HR, 'sv')}`,
      ],
    }),
  };
});

const warehouseNote = T('internal-note', 'warehouse-inbound-note', (r) => {
  const d = randomDate(r);
  const d0 = addDays(d, -1);
  const subj = pick(r, ['Inleverans container ONEU', `Returer vecka ${int(r, 2, 51)}`, 'Inventering lördag']);
  return {
    from: addr(WAREHOUSE),
    to: addr(LOGISTICS),
    cc: chance(r, 0.4) ? [addr(ECOM)] : undefined,
    subject: `SV: ${subj}`,
    date: d,
    via: 'internal',
    lang: 'sv',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.2),
      lang: 'sv',
      blocks: [
        `Hej ${LOGISTICS.first},`,
        pick(r, [
          `Containern kom in i morse. ${int(r, 2, 6)} kartonger med tält hade fuktskador, jag har tagit bilder och lagt dem i Teams. Resten är inlevererat i Ongoing.`,
          `Vi har ${int(r, 40, 300)} returer i kö. Jag sätter två extra på det i morgon så att kundservice kan återbetala innan helgen.`,
          'Inventeringen på lördag: vi börjar kl 8. Glöm inte att stänga webbshoppens lagersaldo för Göteborg under tiden.',
        ]),
        `/${WAREHOUSE.first}`,
        {
          quote: {
            head: quoteHead('outlook', 'sv', addr(LOGISTICS), d0, addr(WAREHOUSE), subj),
            text: `Hej ${WAREHOUSE.first},\n\nHur går det med detta?\n\n${LOGISTICS.first}`,
          },
        },
      ],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Customers

const customerPhotosSv = T('customer-message', 'customer-complaint-photos-sv', (r) => {
  const c = customer(r, 'sv');
  const p = product(r);
  const o = orderNo(r);
  const n = int(r, 1, 4);
  return {
    from: c,
    to: pick(r, [BOX.cs, addr(CS_SV)]),
    subject: pick(r, [
      `Reklamation ${o}`,
      `Trasig ${p.sv.toLowerCase()}`,
      `Fråga om order ${o}`,
      'Reklamation – bilder',
    ]),
    auth: PASS_OR_MIXED(r),
    via: clientVia(c.address),
    lang: 'sv',
    attachments: Array.from({ length: n }, (_, i) => ({
      filename: photoName(r, i),
      type: 'image/jpeg',
      content: photoJpeg(r),
    })),
    ...letter({
      style: c.address.endsWith('icloud.com') ? 'apple' : c.address.endsWith('gmail.com') ? 'gmail' : 'plain',
      parts: parts(r, 0.1, 0.5),
      blocks: [
        'Hej!',
        pick(r, [
          `Jag köpte ${p.sv} (order ${o}) i våras och nu har ${pick(r, ['sömmen i axeln gått upp', 'dragkedjan gått sönder', 'sulan börjat lossna'])}. Bifogar bilder. Kan jag skicka in den på reklamation?`,
          `Paketet kom idag men kartongen var trasig och ${p.sv.toLowerCase()} har en reva. Se bilder. Vill gärna ha en ny.`,
        ]),
        `Tack på förhand!\n${c.name}\n${pick(r, ['', `Tel ${digits(r, 3)}-${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`])}`.trim(),
      ],
    }),
  };
});

function PASS_OR_MIXED(r: SeededRandom): Mail['auth'] {
  return pick(r, [undefined, undefined, undefined, null, auth('pass', 'pass', 'pass')]);
}

const customerReturnEn = T('customer-message', 'customer-return-question-en', (r) => {
  const c = customer(r, 'en');
  const p = product(r);
  const o = orderNo(r);
  return {
    from: c,
    to: pick(r, [BOX.cs, BOX.info]),
    subject: pick(r, [`Return of order ${o}`, `Question about exchange – ${p.en}`, 'Refund status?']),
    auth: PASS_OR_MIXED(r),
    via: clientVia(c.address),
    lang: 'en',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.1, 0.6),
      blocks: [
        'Hi,',
        pick(r, [
          `I ordered the ${p.en} (order ${o}) but it's too small. Can I exchange it for one size up? I live in Germany – do I need to pay for the return shipping?`,
          `I sent back order ${o} two weeks ago with DHL and the tracking says it was delivered to you, but I haven't received my refund yet. Could you check?`,
        ]),
        `Thanks,\n${c.name}`,
      ],
    }),
  };
});

const customerThanks = T('customer-message', 'customer-reply-thanks', (r) => {
  const c = customer(r, 'sv');
  const o = orderNo(r);
  const d0 = randomDate(r);
  const subj = `Ärende #${digits(r, 6)}: order ${o}`;
  return {
    from: c,
    to: BOX.cs,
    subject: `Re: ${subj}`,
    date: addDays(d0, 1),
    auth: PASS_OR_MIXED(r),
    via: clientVia(c.address),
    lang: 'sv',
    ...letter({
      style: 'gmail',
      parts: parts(r, 0.1, 0.4),
      blocks: [
        pick(r, [
          'Tack så mycket! Då väntar jag på den nya.',
          'Perfekt, då skickar jag tillbaka den med PostNord-koden ni skickade.',
          'Okej, jag förstår. Tack för snabbt svar!',
        ]),
        `/${c.name.split(' ')[0]}`,
        {
          quote: {
            head: quoteHead('gmail', 'sv', BOX.cs, d0, c, subj),
            text: `Hej ${c.name.split(' ')[0]},\n\nTack för ditt mejl. Vi skickar en ny produkt så snart vi fått tillbaka den gamla. Returetiketten kommer i ett separat mejl.\n\nVänliga hälsningar\n${CS_SV.first}, Fjällspår Kundservice`,
          },
        },
      ],
    }),
  };
});

export const MAIN_HAM_23: readonly Template[] = [
  msCode,
  entraDigest,
  messageCenter,
  mfaRollout,
  passwordReminder,
  phishingWarning,
  sharePointReal,
  supplierOneDrive,
  teamsInvite,
  m365Invoice,
  amazonDisbursement,
  amazonPolicyWarning,
  amazonAtoZ,
  zalandoStatement,
  cdonOrder,
  shopifyPayoutReal,
  shopifyCode,
  shopifyOrder,
  stripeDisputeReal,
  stripePayout,
  klarnaSettlement,
  adyenInvoice,
  metaReceipt,
  metaAdRejected,
  googleAdsReceipt,
  trustpilotReview,
  influencerReal,
  newsletter,
  postnordInvoice,
  dhlDutyReal,
  budbeeReport,
  fortnoxReal,
  supplierBankReal,
  chinaPi,
  supplierReminder,
  supplierReply,
  handelsbankenMsg,
  kivra,
  vismaPayslipReal,
  scriveReal,
  docusignReal,
  wetransferReal,
  ceoKickoff,
  cfoApprovals,
  hrPolicy,
  warehouseNote,
  customerPhotosSv,
  customerReturnEn,
  customerThanks,
];

const ALL_HAM: readonly Template[] = [...MAIN_HAM_23, ...LOCAL_HAM_23].map(asReceived);

export const UNSEEN_HAM_23_TEMPLATE_COUNT: number = ALL_HAM.length;

export async function unseenHam23(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(ALL_HAM, perTemplate, seed + 1, seededRandom);
}
