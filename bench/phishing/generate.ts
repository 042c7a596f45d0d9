// Phishing messages generated for the benchmark, from a seed (nothing taken from real mailboxes): each
// impersonates a brand or a colleague with one or two of the tactics phishing reports show (a lookalike
// sender, a link whose text lies, a bare address, a shortener, a credential page attached, a QR code, a
// program in a zip, a macro document, a homograph domain, a free-mail reply address), and a share are
// business-email-compromise notes with no link or attachment at all, the hardest kind.
import QRCode from 'qrcode';
import { mimeMessage, type Part, storedZip } from './mime.js';

/** What the generator takes from Breakwater's build (dist/): its seeded random numbers. */
export interface GeneratorParts {
  seededRandom(seed: number): SeededRandom;
}

export interface SeededRandom {
  below(n: number): number;
  pick<T>(list: readonly T[]): T;
}

const BRANDS = [
  { name: 'PayPal', domain: 'paypal.com', typo: 'paypa1.com', homograph: 'p\u0430ypal.com' },
  { name: 'Microsoft', domain: 'microsoft.com', typo: 'micros0ft.com', homograph: 'micr\u043esoft.com' },
  { name: 'DocuSign', domain: 'docusign.com', typo: 'docusing.com', homograph: 'd\u043ecusign.com' },
  { name: 'DHL', domain: 'dhl.com', typo: 'dhl-parcel.com', homograph: 'dh\u04cf.com' },
  { name: 'Netflix', domain: 'netflix.com', typo: 'netfliix.com', homograph: 'netfl\u0456x.com' },
  { name: 'Amazon', domain: 'amazon.com', typo: 'amaz0n.com', homograph: '\u0430mazon.com' },
  { name: 'Apple', domain: 'apple.com', typo: 'appie.com', homograph: '\u0430pple.com' },
  { name: 'Chase', domain: 'chase.com', typo: 'chasse.com', homograph: 'ch\u0430se.com' },
] as const;
const LURES = [
  [
    'Your account has been limited',
    'We noticed unusual sign-in activity and limited your account until you confirm your identity.',
  ],
  [
    'Action required: verify your payment details',
    'Your last payment could not be processed. Update your details within 24 hours to avoid suspension.',
  ],
  [
    'You have a new document to review and sign',
    'A document has been shared with you for signature. Review it before it expires today.',
  ],
  [
    'Delivery attempt failed',
    'We could not deliver your parcel. Confirm your address and pay the redelivery fee.',
  ],
  [
    'Password expires today',
    'Your mailbox password expires today. Keep your current password by confirming it now.',
  ],
] as const;
const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'];
const SHORTENERS = ['bit.ly', 'tinyurl.com', 'cutt.ly', 'rb.gy'];
const TACTICS = [
  'lying-link',
  'ip-link',
  'shortener',
  'credential-page',
  'qr-code',
  'zipped-program',
  'macro-document',
  'homograph-sender',
  'typo-sender',
  'freemail-reply',
] as const;
type Tactic = (typeof TACTICS)[number];

export interface GeneratedPhish {
  raw: string;
  tactics: string[];
}

/** `count` messages from `seed`; about one in eight is a business-email-compromise note. */
export async function generatePhishing(
  count: number,
  seed: number,
  parts: GeneratorParts,
): Promise<GeneratedPhish[]> {
  const random = parts.seededRandom(seed);
  const out: GeneratedPhish[] = [];
  for (let i = 0; i < count; i++) {
    if (random.below(8) === 0) out.push({ raw: businessEmailCompromise(random, i), tactics: ['bec'] });
    else {
      const first = random.pick(TACTICS);
      const second = random.below(2) === 0 ? random.pick(TACTICS) : first;
      const tactics = [...new Set<Tactic>([first, second])];
      out.push({ raw: await brandPhish(random, i, tactics), tactics });
    }
  }
  return out;
}

async function brandPhish(random: SeededRandom, i: number, tactics: Tactic[]): Promise<string> {
  const brand = random.pick(BRANDS);
  const [subject, lure] = random.pick(LURES);
  const landing = `https://${brand.name.toLowerCase()}-account-${i % 97}.example/login?id=${1000 + i}`;
  let fromDomain = `mailer-${i % 31}.example`;
  if (tactics.includes('homograph-sender')) fromDomain = brand.homograph;
  if (tactics.includes('typo-sender')) fromDomain = brand.typo;
  const headers = [
    `From: "${brand.name}" <no-reply@${fromDomain}>`,
    ...(tactics.includes('freemail-reply')
      ? [`Reply-To: ${brand.name.toLowerCase()}.support${i}@${random.pick(FREEMAIL)}`]
      : []),
  ];
  let href = landing;
  if (tactics.includes('ip-link')) href = `http://192.0.2.${1 + (i % 250)}/${brand.name.toLowerCase()}/login`;
  if (tactics.includes('shortener')) href = `https://${random.pick(SHORTENERS)}/${(i * 7919).toString(36)}`;
  const text = tactics.includes('lying-link') ? `https://www.${brand.domain}/signin` : 'Confirm now';
  const parts: Part[] = [];
  if (tactics.includes('credential-page')) {
    parts.push({
      type: 'text/html',
      name: 'Secure_Message.html',
      content: Buffer.from(
        `<html><body><h1>${brand.name}</h1><form action="${landing}" method="post"><input name="email"><input type="password" name="pass"><button>Sign in</button></form></body></html>`,
      ),
    });
  }
  if (tactics.includes('qr-code')) {
    parts.push({
      type: 'image/png',
      name: 'scan.png',
      content: await QRCode.toBuffer(`https://login-${brand.name.toLowerCase()}.example/mfa`, { width: 200 }),
    });
  }
  if (tactics.includes('zipped-program'))
    parts.push({
      type: 'application/zip',
      name: `Invoice_${i}.zip`,
      content: storedZip(`Invoice_${i}.pdf.js`, Buffer.from('WScript.Echo(1)')),
    });
  if (tactics.includes('macro-document'))
    parts.push({
      type: 'application/vnd.ms-word.document.macroEnabled.12',
      name: `Remittance_${i}.docm`,
      content: Buffer.from('PK placeholder'),
    });
  const onlyAttachment =
    parts.length > 0 && !tactics.some((t) => ['lying-link', 'ip-link', 'shortener'].includes(t));
  const html = `<p>Dear customer,</p><p>${lure}</p>${onlyAttachment ? '<p>Open the attached file for the details.</p>' : `<p><a href="${href}">${text}</a></p>`}<p>${brand.name} Security Team</p>`;
  return mimeMessage({ headers, subject, html, parts, number: i });
}

function businessEmailCompromise(random: SeededRandom, i: number): string {
  const names = ['Maria Keller', 'John Ashford', 'Anne Dubois', 'Tom Becker'];
  const name = random.pick(names);
  const [first, last] = name.toLowerCase().split(' ');
  const text = random.pick([
    'Are you at your desk? I need you to process an urgent wire transfer today, I am in a meeting and cannot call. Reply with the bank details form once done.',
    'I need a favour: buy four gift cards for a client today and send me the codes by email. I will pay you back this week, keep it between us.',
    'Please update my salary account before this month payroll runs. My new bank details are below, confirm when it is done.',
  ]);
  return mimeMessage({
    headers: [`From: "${name}" <${first}.${last}${i}@${random.pick(FREEMAIL)}>`],
    subject: 'Quick request',
    html: `<p>${text}</p><p>${name}</p>`,
    number: i,
  });
}
