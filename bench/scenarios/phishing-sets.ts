// The unseen sets of the phishing scenario, in the order they were written: for each, the names its
// phishing and its ham go by in the results, the generators that write them, their kinds and template
// counts, and the words the write-up (phishing-report.ts) gives it. A new set is one more row here.
import type { SeededRandom } from '../phishing/generate.js';
import { UNSEEN_KINDS, UNSEEN_TEMPLATE_COUNT, unseenPhishing } from '../phishing/unseen.js';
import { UNSEEN_2_KINDS, UNSEEN_2_TEMPLATE_COUNT, unseenPhishing2 } from '../phishing/unseen-2.js';
import { UNSEEN_3_KINDS, UNSEEN_3_TEMPLATE_COUNT, unseenPhishing3 } from '../phishing/unseen-3.js';
import { UNSEEN_4_KINDS, UNSEEN_4_TEMPLATE_COUNT, unseenPhishing4 } from '../phishing/unseen-4.js';
import { UNSEEN_5_KINDS, UNSEEN_5_TEMPLATE_COUNT, unseenPhishing5 } from '../phishing/unseen-5.js';
import { UNSEEN_6_KINDS, UNSEEN_6_TEMPLATE_COUNT, unseenPhishing6 } from '../phishing/unseen-6.js';
import { UNSEEN_7_KINDS, UNSEEN_7_TEMPLATE_COUNT, unseenPhishing7 } from '../phishing/unseen-7.js';
import { UNSEEN_8_KINDS, UNSEEN_8_TEMPLATE_COUNT, unseenPhishing8 } from '../phishing/unseen-8.js';
import { UNSEEN_9_KINDS, UNSEEN_9_TEMPLATE_COUNT, unseenPhishing9 } from '../phishing/unseen-9.js';
import { UNSEEN_10_KINDS, UNSEEN_10_TEMPLATE_COUNT, unseenPhishing10 } from '../phishing/unseen-10.js';
import { UNSEEN_11_KINDS, UNSEEN_11_TEMPLATE_COUNT, unseenPhishing11 } from '../phishing/unseen-11.js';
import { UNSEEN_12_KINDS, UNSEEN_12_TEMPLATE_COUNT, unseenPhishing12 } from '../phishing/unseen-12.js';
import { UNSEEN_13_KINDS, UNSEEN_13_TEMPLATE_COUNT, unseenPhishing13 } from '../phishing/unseen-13.js';
import { UNSEEN_14_KINDS, UNSEEN_14_TEMPLATE_COUNT, unseenPhishing14 } from '../phishing/unseen-14.js';
import { UNSEEN_15_KINDS, UNSEEN_15_TEMPLATE_COUNT, unseenPhishing15 } from '../phishing/unseen-15.js';
import { UNSEEN_16_KINDS, UNSEEN_16_TEMPLATE_COUNT, unseenPhishing16 } from '../phishing/unseen-16.js';
import { UNSEEN_17_KINDS, UNSEEN_17_TEMPLATE_COUNT, unseenPhishing17 } from '../phishing/unseen-17.js';
import { UNSEEN_18_KINDS, UNSEEN_18_TEMPLATE_COUNT, unseenPhishing18 } from '../phishing/unseen-18.js';
import { UNSEEN_19_KINDS, UNSEEN_19_TEMPLATE_COUNT, unseenPhishing19 } from '../phishing/unseen-19.js';
import { UNSEEN_20_KINDS, UNSEEN_20_TEMPLATE_COUNT, unseenPhishing20 } from '../phishing/unseen-20.js';
import { UNSEEN_21_KINDS, UNSEEN_21_TEMPLATE_COUNT, unseenPhishing21 } from '../phishing/unseen-21.js';
import { UNSEEN_22_KINDS, UNSEEN_22_TEMPLATE_COUNT, unseenPhishing22 } from '../phishing/unseen-22.js';
import { UNSEEN_23_KINDS, UNSEEN_23_TEMPLATE_COUNT, unseenPhishing23 } from '../phishing/unseen-23.js';
import { UNSEEN_HAM_TEMPLATE_COUNT, unseenHam } from '../phishing/unseen-ham.js';
import { UNSEEN_HAM_2_TEMPLATE_COUNT, unseenHam2 } from '../phishing/unseen-ham-2.js';
import { UNSEEN_HAM_3_TEMPLATE_COUNT, unseenHam3 } from '../phishing/unseen-ham-3.js';
import { UNSEEN_HAM_4_TEMPLATE_COUNT, unseenHam4 } from '../phishing/unseen-ham-4.js';
import { UNSEEN_HAM_5_TEMPLATE_COUNT, unseenHam5 } from '../phishing/unseen-ham-5.js';
import { UNSEEN_HAM_6_TEMPLATE_COUNT, unseenHam6 } from '../phishing/unseen-ham-6.js';
import { UNSEEN_HAM_7_TEMPLATE_COUNT, unseenHam7 } from '../phishing/unseen-ham-7.js';
import { UNSEEN_HAM_8_TEMPLATE_COUNT, unseenHam8 } from '../phishing/unseen-ham-8.js';
import { UNSEEN_HAM_9_TEMPLATE_COUNT, unseenHam9 } from '../phishing/unseen-ham-9.js';
import { UNSEEN_HAM_10_TEMPLATE_COUNT, unseenHam10 } from '../phishing/unseen-ham-10.js';
import { UNSEEN_HAM_11_TEMPLATE_COUNT, unseenHam11 } from '../phishing/unseen-ham-11.js';
import { UNSEEN_HAM_12_TEMPLATE_COUNT, unseenHam12 } from '../phishing/unseen-ham-12.js';
import { UNSEEN_HAM_13_TEMPLATE_COUNT, unseenHam13 } from '../phishing/unseen-ham-13.js';
import { UNSEEN_HAM_14_TEMPLATE_COUNT, unseenHam14 } from '../phishing/unseen-ham-14.js';
import { UNSEEN_HAM_15_TEMPLATE_COUNT, unseenHam15 } from '../phishing/unseen-ham-15.js';
import { UNSEEN_HAM_16_TEMPLATE_COUNT, unseenHam16 } from '../phishing/unseen-ham-16.js';
import { UNSEEN_HAM_17_TEMPLATE_COUNT, unseenHam17 } from '../phishing/unseen-ham-17.js';
import { UNSEEN_HAM_18_TEMPLATE_COUNT, unseenHam18 } from '../phishing/unseen-ham-18.js';
import { UNSEEN_HAM_19_TEMPLATE_COUNT, unseenHam19 } from '../phishing/unseen-ham-19.js';
import { UNSEEN_HAM_20_TEMPLATE_COUNT, unseenHam20 } from '../phishing/unseen-ham-20.js';
import { UNSEEN_HAM_21_TEMPLATE_COUNT, unseenHam21 } from '../phishing/unseen-ham-21.js';
import { UNSEEN_HAM_22_TEMPLATE_COUNT, unseenHam22 } from '../phishing/unseen-ham-22.js';
import { UNSEEN_HAM_23_TEMPLATE_COUNT, unseenHam23 } from '../phishing/unseen-ham-23.js';

/** One message of an unseen set, as its generator writes it. */
interface UnseenWritten {
  raw: string;
  kind: string;
  template: string;
}

type Generator = (
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
) => Promise<UnseenWritten[]> | UnseenWritten[];

/** What a set's description is written from: its message counts and the run's shape. */
export interface SetFigures {
  seed: number;
  perTemplate: number;
  unseenHamPerTemplate: number;
  phishing: number;
  ham: number;
  kinds: number;
}

export interface UnseenSet {
  /** The results' names for its phishing and its ham. */
  phishingSet: 'unseen' | `unseen-${number}`;
  hamSet: 'unseen-ham' | `unseen-ham-${number}`;
  /** "first", "second", …: how the write-up names it. */
  ordinal: string;
  writePhishing: Generator;
  writeHam: Generator;
  kinds: readonly string[];
  phishingTemplates: number;
  hamTemplates: number;
  /** The brackets after its rows in the write-up's table: where each stands now. */
  phishingNote: string;
  hamNote: string;
  /** Its sentences in the write-up's opening paragraph, each ending in a space. */
  describe(f: SetFigures): string;
}

const READ_HAM = 'risky-looking legitimate mail; likewise read';

export const UNSEEN_SETS: readonly UnseenSet[] = [
  {
    phishingSet: 'unseen',
    hamSet: 'unseen-ham',
    ordinal: 'first',
    writePhishing: unseenPhishing,
    writeHam: unseenHam,
    kinds: UNSEEN_KINDS,
    phishingTemplates: UNSEEN_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_TEMPLATE_COUNT,
    phishingNote: 'its misses since read and answered',
    hamNote: READ_HAM,
    describe: (f) =>
      'The unseen set ' +
      `(bench/phishing/unseen.ts, unseen-ham.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds after 2023–2026 campaigns, ${f.perTemplate} per template, and ` +
      `${f.ham} legitimate messages that look risky, ${f.unseenHamPerTemplate} per template, ` +
      'written without reading the analysers; its first run (2026-12-06) was its unseen check, and its ' +
      'misses were then read and signs written for them, so it is no longer one. ',
  },
  {
    phishingSet: 'unseen-2',
    hamSet: 'unseen-ham-2',
    ordinal: 'second',
    writePhishing: unseenPhishing2,
    writeHam: unseenHam2,
    kinds: UNSEEN_2_KINDS,
    phishingTemplates: UNSEEN_2_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_2_TEMPLATE_COUNT,
    phishingNote: 'its misses since read',
    hamNote: READ_HAM,
    describe: (f) =>
      'The second unseen set ' +
      '(bench/phishing/unseen-2.ts, unseen-ham-2.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} risky-looking legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first set, ` +
      'to measure the analysers while the first set was used to improve them; its misses have since been ' +
      'read too, so it is no longer an unseen check either. ',
  },
  {
    phishingSet: 'unseen-3',
    hamSet: 'unseen-ham-3',
    ordinal: 'third',
    writePhishing: unseenPhishing3,
    writeHam: unseenHam3,
    kinds: UNSEEN_3_KINDS,
    phishingTemplates: UNSEEN_3_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_3_TEMPLATE_COUNT,
    phishingNote: 'its misses since read',
    hamNote: READ_HAM,
    describe: (f) =>
      'The third unseen set ' +
      '(bench/phishing/unseen-3.ts, unseen-ham-3.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} risky-looking legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first two ` +
      "sets, with the attackers' domains reserved or made up and real providers sending from their own " +
      'domains, as they do; its misses have since been read as well. ',
  },
  {
    phishingSet: 'unseen-4',
    hamSet: 'unseen-ham-4',
    ordinal: 'fourth',
    writePhishing: unseenPhishing4,
    writeHam: unseenHam4,
    kinds: UNSEEN_4_KINDS,
    phishingTemplates: UNSEEN_4_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_4_TEMPLATE_COUNT,
    phishingNote: 'its misses since read',
    hamNote: READ_HAM,
    describe: (f) =>
      'The fourth unseen set ' +
      '(bench/phishing/unseen-4.ts, unseen-ham-4.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, some bodies sent base64 or quoted-printable, and ` +
      `${f.ham} risky-looking legitimate messages, ${f.unseenHamPerTemplate} per template, ` +
      'written apart from the analysers and from the first three sets, likewise with made-up or reserved ' +
      'attacker domains; its per-kind misses have since been read and signs written against them. ',
  },
  {
    phishingSet: 'unseen-5',
    hamSet: 'unseen-ham-5',
    ordinal: 'fifth',
    writePhishing: unseenPhishing5,
    writeHam: unseenHam5,
    kinds: UNSEEN_5_KINDS,
    phishingTemplates: UNSEEN_5_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_5_TEMPLATE_COUNT,
    phishingNote: 'its misses since read',
    hamNote: READ_HAM,
    describe: (f) =>
      'The fifth unseen set (bench/phishing/unseen-5.ts with unseen-5-bec.ts, unseen-ham-5.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} risky-looking legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first four ` +
      'sets, after 2022–2026 campaigns, in several languages and transfer encodings, with made-up or ' +
      'reserved attacker domains; its misses have since been read as well. ',
  },
  {
    phishingSet: 'unseen-6',
    hamSet: 'unseen-ham-6',
    ordinal: 'sixth',
    writePhishing: unseenPhishing6,
    writeHam: unseenHam6,
    kinds: UNSEEN_6_KINDS,
    phishingTemplates: UNSEEN_6_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_6_TEMPLATE_COUNT,
    phishingNote: 'its misses since read',
    hamNote: READ_HAM,
    describe: (f) =>
      'The sixth unseen set (bench/phishing/unseen-6.ts with unseen-6-fraud.ts, unseen-ham-6.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} risky-looking legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first five ` +
      'sets, after 2023–2026 campaigns that send through real services, attach newer file types or ' +
      "arrive in the target's own language, with made-up or reserved attacker domains. ",
  },
  {
    phishingSet: 'unseen-7',
    hamSet: 'unseen-ham-7',
    ordinal: 'seventh',
    writePhishing: unseenPhishing7,
    writeHam: unseenHam7,
    kinds: UNSEEN_7_KINDS,
    phishingTemplates: UNSEEN_7_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_7_TEMPLATE_COUNT,
    phishingNote: 'its misses since read by kind',
    hamNote: 'risky-looking legitimate mail; the flagged since read',
    describe: (f) =>
      'The seventh unseen set (bench/phishing/unseen-7.ts with unseen-7-local.ts, unseen-ham-7.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} risky-looking legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first six ` +
      "sets, after 2024–2026 campaigns that spoof the company's own domain through its relay, replay a " +
      "provider's signed mail, ask for a command to be pasted, damage a document on purpose or take over a " +
      "vendor's thread, and in Japanese, Swedish, Turkish, Czech, Polish and Portuguese as well as English, " +
      'with made-up or reserved attacker domains. ',
  },
  {
    phishingSet: 'unseen-8',
    hamSet: 'unseen-ham-8',
    ordinal: 'eighth',
    writePhishing: unseenPhishing8,
    writeHam: unseenHam8,
    kinds: UNSEEN_8_KINDS,
    phishingTemplates: UNSEEN_8_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_8_TEMPLATE_COUNT,
    phishingNote: 'written without the analysers in sight',
    hamNote: 'risky-looking legitimate mail; the flagged since read',
    describe: (f) =>
      'The eighth unseen set (bench/phishing/unseen-8.ts with unseen-8-local.ts, unseen-ham-8.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} legitimate messages, risky-looking and ordinary, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first seven ` +
      "sets, closer to a reporting mailbox's mix: mass credential lures of mail, file, streaming, parcel, " +
      'tax and bank brands in the languages of twenty countries, beside consent and connected-app codes, ' +
      "push approvals, VPN and browser updates, a password manager's inheritance request, an auditor's " +
      'balance confirmation, business-email compromise and consumer scams, with made-up or reserved ' +
      'attacker domains. ',
  },
  {
    phishingSet: 'unseen-9',
    hamSet: 'unseen-ham-9',
    ordinal: 'ninth',
    writePhishing: unseenPhishing9,
    writeHam: unseenHam9,
    kinds: UNSEEN_9_KINDS,
    phishingTemplates: UNSEEN_9_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_9_TEMPLATE_COUNT,
    phishingNote: 'written without the analysers in sight',
    hamNote: 'mostly ordinary legitimate mail; written without the analysers in sight',
    describe: (f) =>
      'The ninth unseen set (bench/phishing/unseen-9.ts with unseen-9-local.ts, unseen-ham-9.ts, seed ' +
      `${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} legitimate messages, two thirds of them ordinary work, ` +
      `service and personal mail and a third the genuine counterparts of common lures, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first eight ` +
      'sets: mass credential lures of mail, bank, parcel, tax, toll and streaming brands in thirteen ' +
      "countries' languages beside a hotel guest's complaint, a copyright claim, a DMARC report page, a " +
      "domain's verification, a vehicle recall, a travel authorisation, an exhibitor's hotel block, a " +
      'directory listing, a settlement payout, unclaimed property, a side-loaded app, business-email ' +
      'compromise and consumer scams, with made-up or reserved attacker domains. ',
  },
  {
    phishingSet: 'unseen-10',
    hamSet: 'unseen-ham-10',
    ordinal: 'tenth',
    writePhishing: unseenPhishing10,
    writeHam: unseenHam10,
    kinds: UNSEEN_10_KINDS,
    phishingTemplates: UNSEEN_10_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_10_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; its misses since read',
    hamNote: 'mostly ordinary legitimate mail; the flagged since read',
    describe: (f) =>
      'The tenth unseen set (bench/phishing/unseen-10.ts with unseen-10-local.ts and unseen-10-scene.ts, ' +
      `unseen-ham-10.ts, seed ${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} legitimate messages, two thirds ordinary workplace mail ` +
      `and a third the genuine counterparts of its lures, ${f.unseenHamPerTemplate} per template, written ` +
      'apart from the analysers and from the first nine sets, and unlike them in a scene of its own (its own ' +
      "people, firms, attacker domains and pages): a company's reporting mailbox in its 2026 proportions, " +
      'half mass credential lures, a fifth business-email compromise and payment fraud, the rest malware ' +
      'delivery and consumer scams, seven in ten in English and the rest in German, French, Spanish, Italian ' +
      'and Dutch. ',
  },
  {
    phishingSet: 'unseen-11',
    hamSet: 'unseen-ham-11',
    ordinal: 'eleventh',
    writePhishing: unseenPhishing11,
    writeHam: unseenHam11,
    kinds: UNSEEN_11_KINDS,
    phishingTemplates: UNSEEN_11_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_11_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; its misses since read',
    hamNote: 'ordinary mail and genuine counterparts; the flagged since read',
    describe: (f) =>
      'The eleventh unseen set (bench/phishing/unseen-11.ts with unseen-11-local.ts and unseen-11-scene.ts, ' +
      `unseen-ham-11.ts, seed ${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} legitimate messages, ${f.unseenHamPerTemplate} per ` +
      'template, written apart from the analysers and from the first ten sets in a scene of its own: the ' +
      'shapes simulation platforms ship and 2025–2026 kits send (sign-in pages behind redirect chains and ' +
      'link wrappers, QR codes in PDFs and images, device-code and consent lures, calendar invites, callback ' +
      'invoices, recruiters, hotel guests, wallet drainers, lookalike vendors), mostly in English with ' +
      'Japanese, Korean, Portuguese, Polish and Turkish lures, beside the genuine Teams, Zoom, Slack, ' +
      'Docusign, LinkedIn and Booking.com mail they imitate. ',
  },
  {
    phishingSet: 'unseen-12',
    hamSet: 'unseen-ham-12',
    ordinal: 'twelfth',
    writePhishing: unseenPhishing12,
    writeHam: unseenHam12,
    kinds: UNSEEN_12_KINDS,
    phishingTemplates: UNSEEN_12_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_12_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, then its misses read',
    hamNote: 'mostly ordinary work mail; judged blind once, none flagged',
    describe: (f) =>
      'The twelfth unseen set (bench/phishing/unseen-12.ts with unseen-12-local.ts and unseen-12-scene.ts, ' +
      `unseen-ham-12.ts, seed ${f.seed}): ${f.phishing} phishing messages of ${f.kinds} kinds, ` +
      `${f.perTemplate} per template, and ${f.ham} legitimate messages, ${f.unseenHamPerTemplate} per ` +
      'template, written apart from the analysers and from the first eleven sets in a scene of its own: what ' +
      "a mid-size company's staff report, a third mass credential lures, a third aimed at finance, HR, legal " +
      'and the executives (invoice and bank-change fraud, hijacked vendor threads, payroll diversion, gift ' +
      'cards, confidential deals, fake recruiters and requests for quotes), a third malware, callback scams, ' +
      'QR codes and consumer scams, built in every way such mail comes (text or HTML, buttons, redirects, ' +
      'threads, inline forwards, free mail, lookalike and hijacked domains, bulk-mail services), mostly in ' +
      'English with Spanish, German and French. ',
  },
  {
    phishingSet: 'unseen-13',
    hamSet: 'unseen-ham-13',
    ordinal: 'thirteenth',
    writePhishing: unseenPhishing13,
    writeHam: unseenHam13,
    kinds: UNSEEN_13_KINDS,
    phishingTemplates: UNSEEN_13_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_13_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, then its misses read',
    hamNote: 'genuine local notices and ordinary mail; the flagged since read',
    describe: (f) =>
      'The thirteenth unseen set (bench/phishing/unseen-13.ts with unseen-13-local.ts and ' +
      `unseen-13-scene.ts, unseen-ham-13.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first twelve ` +
      'sets in a scene of its own: the mass campaigns and scams that reach work and personal mailboxes ' +
      'worldwide (tolls, parcels, tax, banks and cards, telecoms and utilities, streaming, marketplaces, ' +
      'social networks, webmail, crypto, travel, loans, prizes, charity, wrong-number openers, task jobs, ' +
      'sextortion), two fifths in English and the rest in fourteen languages from Spanish to Arabic, Hindi ' +
      'and Chinese, beside the genuine notices of the same kinds of organisation in the same languages. ',
  },
  {
    phishingSet: 'unseen-14',
    hamSet: 'unseen-ham-14',
    ordinal: 'fourteenth',
    writePhishing: unseenPhishing14,
    writeHam: unseenHam14,
    kinds: UNSEEN_14_KINDS,
    phishingTemplates: UNSEEN_14_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_14_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, then its misses read',
    hamNote: 'archived personal and work mail; the flagged since read',
    describe: (f) =>
      'The fourteenth unseen set (bench/phishing/unseen-14.ts with unseen-14-local.ts and ' +
      `unseen-14-scene.ts, unseen-ham-14.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first thirteen ` +
      'sets in a scene of its own: mail as the public collections researchers judge filters on hold it, ' +
      'from 2015 to 2026, in the forms archived mail takes (quoted-printable and base64, windows-1252 and ' +
      'iso-8859-1, encoded-word subjects, HTML-only tables, image maps, forms in the body, login pages ' +
      "attached, IP-literal links, older messages without the MTA's Authentication-Results): every era's " +
      'bank, PayPal, webmail, Office 365, parcel, tax, lottery, 419, romance, job and invoice-malware lure, ' +
      'mostly in English with Spanish, Portuguese, German, French, Italian and Russian, beside personal, ' +
      'list, shop, bank and work mail of the same years. ',
  },
  {
    phishingSet: 'unseen-15',
    hamSet: 'unseen-ham-15',
    ordinal: 'fifteenth',
    writePhishing: unseenPhishing15,
    writeHam: unseenHam15,
    kinds: UNSEEN_15_KINDS,
    phishingTemplates: UNSEEN_15_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_15_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, then its misses read',
    hamNote: "a university hospital's everyday mail; the flagged since read",
    describe: (f) =>
      'The fifteenth unseen set (bench/phishing/unseen-15.ts with unseen-15-local.ts and ' +
      `unseen-15-scene.ts, unseen-ham-15.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first fourteen ` +
      'sets in a scene of its own: what the staff, clinicians and students of a research university and ' +
      'its hospital report (payroll diversion, fake IT, MFA-fatigue and device-code notices, learning ' +
      'platform, library, grant, journal and conference lures, student job and scholarship scams, shared ' +
      'files from compromised partner universities, supplier bank changes, records and ethics-board lures, ' +
      "gift cards in a dean's name, QR codes, callback scams), mostly in English with Spanish, Chinese, " +
      'German, Korean and Arabic, beside the real notices of its IT, learning platform, journals, grant ' +
      'portals, HR and signing services. ',
  },
  {
    phishingSet: 'unseen-16',
    hamSet: 'unseen-ham-16',
    ordinal: 'sixteenth',
    writePhishing: unseenPhishing16,
    writeHam: unseenHam16,
    kinds: UNSEEN_16_KINDS,
    phishingTemplates: UNSEEN_16_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_16_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses not read',
    hamNote:
      "a small shop's own platform, customer and supplier mail; judged blind once, the flagged since read",
    describe: (f) =>
      'The sixteenth unseen set (bench/phishing/unseen-16.ts with unseen-16-local.ts and ' +
      `unseen-16-scene.ts, unseen-ham-16.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers and from the first fifteen ` +
      "sets in a scene of its own: a small online shop's mailboxes (fake store-platform, payment, " +
      'marketplace, ad-account and copyright notices, domain and SEO invoices, "damaged item" photos with ' +
      'malware, bulk orders with archives, overpayment and shipping-agent scams, supplier bank changes and ' +
      'hijacked threads, tax and customs lures, review extortion), in English with German, French, Spanish ' +
      "and Dutch, beside the same platforms' real notices, customers on free mail, suppliers' invoices and the " +
      'accountant. ',
  },
  {
    phishingSet: 'unseen-17',
    hamSet: 'unseen-ham-17',
    ordinal: 'seventeenth',
    writePhishing: unseenPhishing17,
    writeHam: unseenHam17,
    kinds: UNSEEN_17_KINDS,
    phishingTemplates: UNSEEN_17_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_17_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses not read',
    hamNote: "a software team's service notifications and lists; judged blind once, the flagged since read",
    describe: (f) =>
      'The seventeenth unseen set (bench/phishing/unseen-17.ts with unseen-17-local.ts and ' +
      `unseen-17-scene.ts, unseen-ham-17.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers in a scene of its own (its ` +
      "writer saw the opening of the fifteenth set, not the desk): what a software company's engineers " +
      'and operators are sent (fake code-host alerts, OAuth consent and device codes, registry token lures, ' +
      'cloud, CDN, DNS and monitoring billing notices, domain and certificate expiry, fake recruiters with a ' +
      'repository to run, bug-bounty reports, SSO re-enrolment, wallet drainers, licence callbacks), mostly ' +
      'in English with German, Japanese, Portuguese and Polish, beside the real notices of the same ' +
      'services, lists and issue threads. ',
  },
  {
    phishingSet: 'unseen-18',
    hamSet: 'unseen-ham-18',
    ordinal: 'eighteenth',
    writePhishing: unseenPhishing18,
    writeHam: unseenHam18,
    kinds: UNSEEN_18_KINDS,
    phishingTemplates: UNSEEN_18_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_18_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses since read',
    hamNote: "a freight forwarder's carrier, port, toll and payroll notices; judged blind once, since read",
    describe: (f) =>
      'The eighteenth unseen set (bench/phishing/unseen-18.ts with unseen-18-local.ts and ' +
      `unseen-18-scene.ts, unseen-ham-18.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers in a scene of its own: what ` +
      "a freight forwarder's dispatchers, customs brokers and finance staff are sent (fake bills of lading " +
      "and arrival notices carrying malware, freight-exchange and shipping-line logins, hauliers' bank " +
      'changes, customs duties, tolls and fines, fuel cards, CEO fraud), in English, Dutch, French and ' +
      'German, beside the real notices of carriers, ports, toll and payroll services. ',
  },
  {
    phishingSet: 'unseen-19',
    hamSet: 'unseen-ham-19',
    ordinal: 'nineteenth',
    writePhishing: unseenPhishing19,
    writeHam: unseenHam19,
    kinds: UNSEEN_19_KINDS,
    phishingTemplates: UNSEEN_19_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_19_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses since read',
    hamNote:
      "a law and accounting practice's court, tax, e-signature and bank mail; judged blind once, since read",
    describe: (f) =>
      'The nineteenth unseen set (bench/phishing/unseen-19.ts with unseen-19-local.ts and ' +
      `unseen-19-scene.ts, unseen-ham-19.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers in a scene of its own: what ` +
      "a law and accounting practice's partners, paralegals and accountants are sent (closing wire fraud " +
      'from title-company look-alikes, fake clients with cheques, court and e-filing notices carrying ' +
      'malware, tax and payroll lures, e-signature and practice-software logins, gift cards in a ' +
      "partner's name), in English and Spanish, beside the real mail of courts, tax offices, banks and " +
      'the services it runs on. ',
  },
  {
    phishingSet: 'unseen-20',
    hamSet: 'unseen-ham-20',
    ordinal: 'twentieth',
    writePhishing: unseenPhishing20,
    writeHam: unseenHam20,
    kinds: UNSEEN_20_KINDS,
    phishingTemplates: UNSEEN_20_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_20_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses not read',
    hamNote: "a hotel group's booking-platform, payment and guest mail; judged blind once, since read",
    describe: (f) =>
      'The twentieth unseen set (bench/phishing/unseen-20.ts with unseen-20-local.ts and ' +
      `unseen-20-scene.ts, unseen-ham-20.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers in a scene of its own: what ` +
      "a hotel group's front desks, reservations and finance staff are sent (booking-platform extranet and " +
      "payout look-alikes, guests' complaints and group bookings carrying malware, review takedowns, " +
      'channel-manager and payment-provider logins, supplier bank changes, tax and parcel lures), in ' +
      'English, Portuguese and Spanish, beside the real mail of booking platforms, payment providers and guests. ',
  },
  {
    phishingSet: 'unseen-21',
    hamSet: 'unseen-ham-21',
    ordinal: 'twenty-first',
    writePhishing: unseenPhishing21,
    writeHam: unseenHam21,
    kinds: UNSEEN_21_KINDS,
    phishingTemplates: UNSEEN_21_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_21_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses not read',
    hamNote: "a German town's citizens', state and supplier mail; judged blind once, since read",
    describe: (f) =>
      'The twenty-first unseen set (bench/phishing/unseen-21.ts with unseen-21-local.ts and ' +
      `unseen-21-scene.ts, unseen-ham-21.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers in a scene of its own: what ` +
      "a German town's administration is sent (e-procurement tender notices, contractors' bank changes, " +
      "invoices and citizens' complaints carrying malware, the mayor's name on free mail, savings-bank, tax " +
      'and office logins, fake security-agency warnings and data-protection fines), mostly in German with ' +
      'English, Turkish and Ukrainian, beside the real mail of citizens, the state, banks and suppliers. ',
  },
  {
    phishingSet: 'unseen-22',
    hamSet: 'unseen-ham-22',
    ordinal: 'twenty-second',
    writePhishing: unseenPhishing22,
    writeHam: unseenHam22,
    kinds: UNSEEN_22_KINDS,
    phishingTemplates: UNSEEN_22_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_22_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses not read',
    hamNote: "a university's students', publishers' and grant bodies' mail; judged blind once, since read",
    describe: (f) =>
      'The twenty-second unseen set (bench/phishing/unseen-22.ts with unseen-22-local.ts and ' +
      `unseen-22-scene.ts, unseen-ham-22.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers in a scene of its own: what ` +
      'a university in Kraków and Bologna is sent (predatory journals and conferences, editorial-system and ' +
      'grant-portal look-alikes, student account and scholarship lures, payroll diversion, the rector on free ' +
      'mail, e-invoice and parcel lures, fake state notices), in Polish and English with Italian and ' +
      'Ukrainian, beside the real mail of publishers, grant bodies, banks, students and partner universities. ',
  },
  {
    phishingSet: 'unseen-23',
    hamSet: 'unseen-ham-23',
    ordinal: 'twenty-third',
    writePhishing: unseenPhishing23,
    writeHam: unseenHam23,
    kinds: UNSEEN_23_KINDS,
    phishingTemplates: UNSEEN_23_TEMPLATE_COUNT,
    hamTemplates: UNSEEN_HAM_23_TEMPLATE_COUNT,
    phishingNote: 'in a scene of its own; judged blind once, its misses not read',
    hamNote:
      "an online shop's marketplaces', payment providers' and customers' mail; judged blind once, since read",
    describe: (f) =>
      'The twenty-third unseen set (bench/phishing/unseen-23.ts with unseen-23-local.ts and ' +
      `unseen-23-scene.ts, unseen-ham-23.ts, seed ${f.seed}): ${f.phishing} phishing messages of ` +
      `${f.kinds} kinds, ${f.perTemplate} per template, and ${f.ham} legitimate messages, ` +
      `${f.unseenHamPerTemplate} per template, written apart from the analysers in a scene of its own: what ` +
      'a Nordic outdoor web shop is sent (marketplace and ad-account suspensions, payout and chargeback ' +
      "notices, customers' complaints and influencers' offers carrying malware, supplier bank changes, the " +
      'chief executive impersonated, bank-ID, parcel and tax lures), in Swedish and English with Danish, ' +
      'Norwegian and Finnish, beside the real mail of marketplaces, payment providers, carriers and customers. ',
  },
];
