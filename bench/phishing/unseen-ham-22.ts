// The twenty-second unseen set's legitimate mail, in Polish and English: what Uniwersytet Wiślany
// (corp.example) really receives on the same topics as its phishing — sign-in codes people asked for,
// real security notices, grant portals and editorial systems, payslips and PIT-11, parcels, banks, KSeF
// invoices, ePUAP, Erasmus partners, applicants and parents, newsletters with tracked links, shared
// documents, e-signatures, a supplier's bank change to be confirmed by phone, and IT and HR notices.
// The Italian and Ukrainian ones are in unseen-22-local.ts.
import type { SeededRandom } from './generate.js';
import { LOCAL_HAM_22 } from './unseen-22-local.js';
import {
  addDays,
  addr,
  amount,
  anyone,
  ascii,
  chance,
  digits,
  eur,
  FIELDS,
  handle,
  hex,
  hm,
  int,
  intlName,
  isoDay,
  longDate,
  type Mail,
  MIME,
  mailDate,
  nrb,
  ORG,
  parts,
  pick,
  plDate,
  plIban,
  plLandline,
  plName,
  pln,
  quoteText,
  RESEARCH_TOPICS,
  researcher,
  runTemplates,
  STAFF,
  someone,
  student,
  type Template,
  token,
  tracked,
  unsubscribe,
  upper,
} from './unseen-22-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const T = (kind: string, name: string, make: (r: SeededRandom) => Mail | Promise<Mail>): Template => ({
  kind,
  name,
  make,
});

const fem = (first: string): boolean => /a$/.test(first);

const MONTHS_PL = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
];
const monthPl = (d: Date): string => MONTHS_PL[Number(isoDay(d).slice(5, 7)) - 1];

const mask = (email: string): string => `${email.slice(0, 2)}*****@${email.split('@')[1]}`;

const studentAddr = (r: SeededRandom) => {
  const s = student(r);
  return { name: s.name, address: s.email };
};

const msCode = T('ham-sign-in-code', 'microsoft-account-security-code', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const code = digits(r, 6);
  const pl = chance(r, 0.5);
  return {
    from: {
      name: pl ? 'Zespół kont Microsoft' : 'Microsoft account team',
      address: 'account-security-noreply@accountprotection.microsoft.com',
    },
    to: [to],
    subject: pl ? 'Kod zabezpieczający konta Microsoft' : 'Microsoft account security code',
    date,
    ...parts(
      r,
      {
        lang: pl ? 'pl' : 'en',
        blocks: pl
          ? [
              `Użyj następującego kodu zabezpieczającego dla konta Microsoft ${mask(to.address)}.`,
              `Kod zabezpieczający: **${code}**`,
              `Jeśli nie rozpoznajesz konta Microsoft ${mask(to.address)}, możesz [kliknąć tutaj](https://account.live.com/dp?ft=${token(r, 40)}), aby usunąć swój adres e-mail z tego konta.`,
            ]
          : [
              `Please use the following security code for the Microsoft account ${mask(to.address)}.`,
              `Security code: **${code}**`,
              `If you don't recognize the Microsoft account ${mask(to.address)}, you can [click here](https://account.live.com/dp?ft=${token(r, 40)}) to remove your email address from that account.`,
            ],
        closing: pl ? 'Dziękujemy,' : 'Thanks,',
        signature: [pl ? 'Zespół kont Microsoft' : 'The Microsoft account team'],
      },
      0.1,
      0,
    ),
    via: 'm365',
  };
});

const msUnusual = T('ham-security-notice', 'microsoft-unusual-sign-in-real', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const country = pick(r, ['Poland', 'Italy', 'Germany', 'Netherlands']);
  return {
    from: {
      name: 'Microsoft account team',
      address: 'account-security-noreply@accountprotection.microsoft.com',
    },
    to: [to],
    subject: 'Microsoft account unusual sign-in activity',
    date,
    ...parts(
      r,
      {
        lang: 'en',
        blocks: [
          `We detected something unusual about a recent sign-in to the Microsoft account ${mask(to.address)}.`,
          {
            facts: [
              ['Country/region', country],
              ['IP address', `${int(r, 31, 212)}.${int(r, 1, 254)}.${int(r, 1, 254)}.${int(r, 1, 254)}`],
              ['Date', `${longDate(date, 'en')} ${hm(date)} (GMT)`],
              ['Platform', pick(r, ['Windows', 'iOS', 'Android'])],
              ['Browser', pick(r, ['Edge', 'Chrome', 'Safari'])],
            ],
          },
          "Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.",
          { button: 'Review recent activity', href: 'https://account.live.com/Activity' },
          `To opt out or change where you receive security notifications, [click here](https://account.live.com/SecurityNotifications/Update).`,
        ],
        closing: 'Thanks,',
        signature: ['The Microsoft account team'],
      },
      0.1,
      0,
    ),
    via: 'm365',
  };
});

const usosRegistration = T('ham-student-system', 'usos-registration-round', (r) => {
  const date = mailDate(r);
  const start = addDays(date, int(r, 1, 6));
  return {
    from: { name: 'USOSweb - Uniwersytet Wiślany', address: 'usos@corp.example' },
    to: [studentAddr(r)],
    subject: pick(r, [
      'Rejestracja na zajęcia - tura II',
      'USOSweb: rozpoczęcie rejestracji żetonowej',
      'Przypomnienie: rejestracja na przedmioty ogólnouczelniane',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `uprzejmie przypominamy, że ${longDate(start, 'pl')} o godz. 10:00 rozpoczyna się II tura rejestracji na zajęcia w semestrze letnim 2025/2026. Rejestracja potrwa do ${plDate(addDays(start, 7))}.`,
          `Rejestracja odbywa się w USOSweb: [${ORG.usos}](${ORG.usos}) (Dla studentów → Rejestracje). Logujemy się przez centralny system logowania uczelni.`,
          'W razie problemów prosimy o kontakt z dziekanatem swojego wydziału.',
        ],
        closing: 'Z poważaniem,',
        signature: ['Zespół USOS', 'Dział Kształcenia'],
      },
      0.2,
      0.4,
    ),
  };
});

const passwordPolicy = T('ham-it-notice', 'it-password-expires-in-7-days', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const days = pick(r, [3, 7, 14]);
  return {
    from: { name: 'Centrum Informatyczne', address: 'helpdesk@corp.example' },
    to: [addr(to)],
    subject: `Hasło do konta uczelnianego wygaśnie za ${days} dni`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: `Dzień dobry ${to.first},`,
        blocks: [
          `hasło do Twojego konta uczelnianego (${to.email}) wygaśnie ${plDate(addDays(date, days))}. Zgodnie z polityką bezpieczeństwa hasło należy zmieniać co 180 dni.`,
          'Hasło zmienisz, wpisując samodzielnie w przeglądarce adres haslo.corp.example i logując się przez centralny system logowania. Ta wiadomość nie zawiera linku - zmiany hasła nie należy dokonywać przez linki otrzymane pocztą.',
          `W razie problemów zadzwoń do Helpdesku: ${STAFF.helpdesk.phone} (pn-pt 7:30-17:00).`,
        ],
        closing: 'Pozdrawiamy,',
        signature: ['Centrum Informatyczne', ORG.name],
      },
      0.2,
      0.4,
    ),
  };
});

const mfaRollout = T('ham-it-announcement', 'mfa-rollout-instructions', (r) => {
  const date = mailDate(r);
  const start = addDays(date, int(r, 7, 21));
  const pdf = onePagePdf([
    'Centrum Informatyczne - instrukcja',
    'Rejestracja Microsoft Authenticator',
    '1. Zainstaluj aplikacje Microsoft Authenticator',
    '2. Wejdz na https://aka.ms/mfasetup i zaloguj sie kontem uczelnianym',
    '3. Zeskanuj kod QR wyswietlony na ekranie komputera',
  ]);
  return {
    from: addr(STAFF.itAdmin),
    to: [{ name: 'Pracownicy', address: 'pracownicy@corp.example' }],
    envelopeTo: anyone(r).email,
    subject: `Od ${plDate(start)} obowiązkowe logowanie wieloskładnikowe (MFA)`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        style: 'outlook',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `od ${longDate(start, 'pl')} logowanie do poczty, Teams i OneDrive będzie wymagało drugiego składnika (aplikacja Microsoft Authenticator lub SMS).`,
          'Metodę można zarejestrować już teraz na stronie [https://aka.ms/mfasetup](https://aka.ms/mfasetup). Instrukcja krok po kroku w załączniku oraz na stronie Centrum Informatycznego.',
          'Centrum Informatyczne nigdy nie wysyła kodów QR do rejestracji MFA pocztą - kod QR pojawia się wyłącznie na ekranie po zalogowaniu na stronie Microsoft.',
          `Pytania: ${STAFF.helpdesk.email}, tel. ${STAFF.helpdesk.phone}.`,
        ],
        closing: 'Z poważaniem,',
        signature: [
          `${STAFF.itAdmin.title} ${STAFF.itAdmin.name}`,
          STAFF.itAdmin.role,
          'Centrum Informatyczne',
        ],
      },
      0.2,
      0.2,
    ),
    attachments: [{ filename: 'Instrukcja_MFA.pdf', type: MIME.pdf, content: pdf }],
  };
});

const payslip = T('ham-payroll', 'payslip-in-employee-portal', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  return {
    from: { name: 'Dział Płac', address: STAFF.payroll.email },
    to: [addr(to)],
    subject: `Pasek wynagrodzenia za ${monthPl(date)} ${isoDay(date).slice(0, 4)}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          `informujemy, że pasek wynagrodzenia za ${monthPl(date)} jest dostępny w Portalu Pracownika: [https://portal.corp.example/place](https://portal.corp.example/place).`,
          'Wynagrodzenie zostanie przekazane na rachunek wskazany w dokumentacji kadrowej. Zmiana rachunku jest możliwa wyłącznie na formularzu złożonym osobiście w Dziale Kadr lub przez Portal Pracownika.',
        ],
        closing: 'Pozdrawiamy,',
        signature: ['Dział Płac', ORG.name],
        footer: ['Wiadomość wysłana automatycznie z systemu kadrowo-płacowego.'],
      },
      0.2,
      0.4,
    ),
  };
});

const pit11 = T('ham-tax-form', 'pit-11-attached', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const pdf = onePagePdf([
    'PIT-11 (29)',
    'Informacja o przychodach z innych zrodel oraz o dochodach',
    `Platnik: ${ascii(ORG.name)}, NIP ${ORG.nip}`,
    `Podatnik: ${ascii(to.name)}`,
    'Rok: 2025',
  ]);
  return {
    from: { name: 'Dział Kadr', address: STAFF.hr.email },
    to: [addr(to)],
    subject: 'PIT-11 za 2025 r.',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          'w załączeniu przesyłamy informację PIT-11 za rok 2025. Dokument jest zabezpieczony hasłem - hasłem jest numer PESEL.',
          'Informacja została również przekazana do urzędu skarbowego i będzie widoczna w usłudze Twój e-PIT na podatki.gov.pl.',
        ],
        closing: 'Z poważaniem,',
        signature: [STAFF.hr.name, 'Dział Kadr'],
      },
      0.2,
      0.4,
    ),
    attachments: [{ filename: `PIT-11_2025_${ascii(to.last)}.pdf`, type: MIME.pdf, content: pdf }],
  };
});

const ncnResults = T('ham-grant-portal', 'ncn-osf-results', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const call = pick(r, ['OPUS 29', 'SONATA 20', 'PRELUDIUM 24', 'MINIATURA 9']);
  const reg = `2025/${int(r, 57, 59)}/${pick(r, ['B', 'D', 'N'])}/${pick(r, ['ST5', 'NZ8', 'HS3'])}/${digits(r, 5)}`;
  return {
    from: { name: 'OSF', address: 'osf@opi.org.pl' },
    to: [addr(to)],
    subject: `Informacja o zakończeniu oceny wniosku ${reg}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `uprzejmie informujemy, że zakończyła się ocena merytoryczna wniosku nr ${reg} złożonego w konkursie ${call}. Decyzja wraz z opiniami recenzentów jest dostępna w systemie OSF w zakładce „Wnioski”.`,
          'Link do systemu: [https://osf.opi.org.pl](https://osf.opi.org.pl)',
        ],
        closing: 'Z poważaniem,',
        signature: ['Narodowe Centrum Nauki'],
        footer: ['Wiadomość wygenerowana automatycznie.'],
      },
      0.1,
      0.6,
    ),
  };
});

const euFtNotice = T('ham-eu-portal', 'funding-tenders-submission-receipt', (r) => {
  const date = mailDate(r);
  const to = chance(r, 0.5) ? researcher(r) : STAFF.grants2;
  const prop = `101${digits(r, 6)}`;
  const acr = pick(r, ['RIVERSENSE', 'PHOTOQ', 'HERITRADE', 'CLIMAHEAT']);
  return {
    from: { name: 'EC Funding & Tenders Portal', address: 'EC-FUNDING-TENDERS-NOREPLY@ec.europa.eu' },
    to: [addr(to)],
    subject: `Proposal ${prop} - ${acr}: submission receipt`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: 'Dear Applicant,',
        blocks: [
          `Your proposal ${prop} (${acr}) has been successfully submitted. The submission receipt is available in My Area > My Proposals on the Funding & Tenders Portal.`,
          'You can access the portal at [https://ec.europa.eu/info/funding-tenders/opportunities/portal](https://ec.europa.eu/info/funding-tenders/opportunities/portal).',
          'This is an automatically generated message. Please do not reply.',
        ],
      },
      0.1,
      0.5,
    ),
  };
});

const orcidUpdate = T('ham-orcid', 'orcid-record-updated-by-crossref', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const orcid = `0000-000${int(r, 1, 3)}-${digits(r, 4)}-${digits(r, 4)}`;
  return {
    from: { name: 'ORCID', address: 'DoNotReply@verify.orcid.org' },
    to: [addr(to)],
    subject: '[ORCID] Your ORCID record was updated',
    date,
    ...parts(r, {
      lang: 'en',
      brand: { name: 'ORCID', color: '#a6ce39' },
      greeting: `Hi ${to.first} ${to.last},`,
      blocks: [
        `${pick(r, ['Crossref', 'Scopus - Elsevier', 'DataCite'])} has added a work to your ORCID record (${orcid}):`,
        `**${pick(r, RESEARCH_TOPICS)}** - ${pick(r, ['Journal of Hydrology', 'Applied Surface Science', 'Optics Express'])}`,
        `[View your ORCID record](https://orcid.org/${orcid})`,
        `You have received this message because you opted in to receive notifications. You can [change your notification preferences](https://orcid.org/account) at any time.`,
      ],
      footer: ['ORCID, Inc., 10411 Motor City Drive, Suite 750, Bethesda, MD 20817, USA'],
    }),
    via: 'sendgrid',
    returnPath: `bounces+${digits(r, 7)}@mail.orcid.org`,
    auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
  };
});

const emReviewer = T('ham-editorial-system', 'editorial-manager-reviewer-real', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const j = pick(r, [
    { name: 'Journal of Hydrology', code: 'HYDROL' },
    { name: 'Applied Surface Science', code: 'APSUSC' },
    { name: 'Science of the Total Environment', code: 'STOTEN' },
  ]);
  const ms = `${j.code}-D-26-${digits(r, 5)}`;
  const base = `https://www.editorialmanager.com/${j.code.toLowerCase()}/l.asp?i=${digits(r, 6)}&l=${upper(r, 8)}`;
  const ed = intlName(r);
  return {
    from: { name: j.name, address: `em@editorialmanager.com` },
    replyTo: { name: ed.full, address: `${j.code.toLowerCase()}@elsevier.com` },
    to: [addr(to)],
    subject: `Invitation to review manuscript ${ms}`,
    date,
    text: `Ref.: Ms. No. ${ms}\n${pick(r, RESEARCH_TOPICS)}\n${j.name}\n\nDear Dr. ${to.last},\n\nI would be grateful if you would agree to review the above manuscript, which has been submitted to ${j.name}. The abstract is provided below.\n\nIf you are willing to review this manuscript, please click on the link below:\n${base}\n\nIf you are unable to review, please click on the link below. We would appreciate your suggestions of alternative reviewers.\n${base.replace(/l=[A-Z0-9]+/, `l=${upper(r, 8)}`)}\n\nI look forward to hearing from you.\n\nKind regards,\n${ed.full}\nEditor\n${j.name}\n\nMore information and support\nFAQ: How do I accept or decline a reviewer invitation?\nhttps://service.elsevier.com/app/answers/detail/a_id/28542/supporthub/publishing/\n\nIn compliance with data protection regulations, you may request that we remove your personal registration details at any time. (Use the following URL: https://www.editorialmanager.com/${j.code.toLowerCase()}/login.asp?a=r). Please contact the publication office if you have any questions.`,
    via: 'direct',
  };
});

const springerProofs = T('ham-proofs', 'springer-eproofing-real', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const id = `${int(r, 10, 13)}${digits(r, 3)}_2026_${digits(r, 4)}`;
  const proof = `https://eproofing.springernature.com/ePj/index.php?token=${token(r, 32)}`;
  return {
    from: { name: 'Springer Nature Corrections', address: 'corrections@springernature.com' },
    to: [addr(to)],
    subject: `Proofs of your article ${id}`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear Author,`,
        blocks: [
          `We are pleased to inform you that the proofs of your article (${id}) are now available for checking.`,
          `Please access them via the e.Proofing link: [${proof}](${proof})`,
          'No login is required. Please submit your corrections within 2 working days.',
        ],
        closing: 'Kind regards,',
        signature: ['Springer Nature Corrections Team'],
      },
      0.2,
      0.4,
    ),
    via: 'direct',
  };
});

const mdpiInvoice = T('ham-publisher-invoice', 'mdpi-apc-invoice-real', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const journal = pick(r, ['Materials', 'Water', 'Sensors', 'Heritage']);
  const ms = `${journal.toLowerCase()}-3${digits(r, 6)}`;
  const inv = `${journal.slice(0, 3).toUpperCase()}${digits(r, 6)}`;
  const fee = pick(r, [2400, 2600, 2700]);
  return {
    from: { name: 'MDPI Billing', address: 'billing@mdpi.com' },
    to: [addr(to)],
    cc: [addr(STAFF.accounts)],
    subject: `[${journal}] Manuscript ID: ${ms} - APC Invoice`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear Dr. ${to.last},`,
        blocks: [
          `Please find attached the invoice for the Article Processing Charge of your manuscript ${ms}, accepted for publication in ${journal}.`,
          `Amount due: CHF ${fee}.00. You can pay by credit card or bank transfer through your submission system account at [susy.mdpi.com](https://susy.mdpi.com/user/manuscripts/status). Our bank details are listed on the invoice and on our website and do not change.`,
        ],
        closing: 'Kind regards,',
        signature: ['MDPI Billing Office', 'MDPI AG, Basel, Switzerland'],
      },
      0.2,
      0.3,
    ),
    attachments: [
      {
        filename: `${inv}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['MDPI AG', `Invoice ${inv}`, `Manuscript ${ms}`, `CHF ${fee}.00`]),
      },
    ],
  };
});

const easychair = T('ham-conference-review', 'easychair-acceptance', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const conf = pick(r, ['ECAI 2026', 'ICCS 2026', 'EUROCON 2026', 'DH2026']);
  const paper = int(r, 12, 480);
  return {
    from: { name: `${conf}`, address: `${conf.toLowerCase().replace(/ /g, '')}@easychair.org` },
    to: [addr(to)],
    subject: `${conf} notification for paper ${paper}`,
    date,
    text: `Dear ${to.first} ${to.last},\n\nWe are pleased to inform you that your paper\n\n${paper}: ${pick(r, RESEARCH_TOPICS)}\n\nhas been accepted for presentation at ${conf}. The reviews are below or can be found at\nhttps://easychair.org/conferences/submission?a=${digits(r, 8)};submission=${digits(r, 7)}\n\nThe camera-ready deadline is ${longDate(addDays(date, 21), 'en')}. Registration information will be available on the conference website.\n\nBest regards,\nProgram Committee Chairs\n\n----------------------- REVIEW 1 ---------------------\nSUBMISSION: ${paper}\nOVERALL EVALUATION: 2 (accept)\n\nThe paper is well written and the experiments are convincing.`,
    via: 'direct',
  };
});

const zoomRecording = T('ham-meeting-recording', 'zoom-cloud-recording-real', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const topic = pick(r, [
    'Seminarium zakładowe',
    'WP2 monthly call',
    'Rada Dyscypliny',
    'Erasmus+ partners meeting',
  ]);
  return {
    from: { name: 'Zoom', address: 'no-reply@zoom.us' },
    to: [addr(to)],
    subject: `Cloud Recording - ${topic} is now available`,
    date,
    ...parts(r, {
      lang: 'en',
      brand: { name: 'zoom', color: '#0b5cff' },
      greeting: `Hi ${to.first},`,
      blocks: [
        `Your cloud recording is now available.`,
        {
          facts: [
            ['Topic', topic],
            ['Date', `${longDate(date, 'en')} ${hm(date)} Warsaw`],
          ],
        },
        `[Share recording with viewers](https://us06web.zoom.us/rec/share/${token(r, 48)})`,
        'Recordings are stored for 90 days according to your account settings.',
      ],
      footer: ['Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113'],
    }),
    via: 'sendgrid',
    returnPath: `bounces+${digits(r, 6)}@zoom.us`,
    auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
  };
});

const teamsInvite = T('ham-meeting-invite', 'colleague-teams-invite-ics', (r) => {
  const date = mailDate(r);
  const from = anyone(r);
  const to = anyone(r);
  const when = addDays(date, int(r, 1, 10));
  const summary = pick(r, [
    'Omówienie budżetu projektu',
    'Konsultacje - harmonogram sesji',
    'Spotkanie zespołu grantowego',
    'Przygotowanie wizyty z Bolonii',
  ]);
  const link = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${token(r, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${hex(r, 8)}-${hex(r, 4)}%22%7d`;
  const ics = invitation({
    uid: `${hex(r, 32)}@corp.example`,
    organizer: from.email,
    attendee: to.email,
    summary,
    description: `Dołącz do spotkania w aplikacji Microsoft Teams: ${link}`,
    location: 'Spotkanie w aplikacji Microsoft Teams',
    start: `${isoDay(when).replace(/-/g, '')}T${pick(r, ['0800', '1000', '1200'])}00Z`,
  });
  return {
    from: addr(from),
    to: [addr(to)],
    subject: summary,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        blocks: [
          pick(r, [
            'Dzień dobry, zapraszam na krótkie spotkanie.',
            'Proponuję termin jak niżej, proszę o informację, gdyby nie pasował.',
            'Cześć, wrzucam zaproszenie.',
          ]),
          '________________________________________________________________________________',
          `**Spotkanie w aplikacji Microsoft Teams**\n[Dołącz teraz do spotkania](${link})\nIdentyfikator spotkania: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}\nKod dostępu: ${token(r, 6)}`,
        ],
      },
      0.3,
      0,
    ),
    attachments: [{ filename: 'invite.ics', type: MIME.ics, content: ics }],
  };
});

const docusignReal = T('ham-esignature', 'docusign-envelope-real', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.chancellor, STAFF.grants, STAFF.prorector, STAFF.bursar, STAFF.intl]);
  const sender = intlName(r);
  const orgs = pick(r, [
    ['Università di Bologna', 'unibo.it'],
    ['Universidade de Lisboa', 'ulisboa.pt'],
    ['KU Leuven', 'kuleuven.be'],
  ]);
  const doc = pick(r, [
    'Consortium Agreement - signature page',
    'Inter-institutional Agreement Erasmus+ 2026-2029',
    'Data Sharing Agreement',
  ]);
  return {
    from: { name: `${sender.full} via DocuSign`, address: 'dse@eumail.docusign.net' },
    replyTo: { name: sender.full, address: `${handle(sender)}@${orgs[1]}` },
    to: [addr(to)],
    subject: `Complete with DocuSign: ${doc}.pdf`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        brand: { name: 'DocuSign', color: '#1e4ca1' },
        blocks: [
          `${sender.full} sent you a document to review and sign.`,
          {
            button: 'REVIEW DOCUMENT',
            href: `https://eu.docusign.net/Signing/EmailStart.aspx?a=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}&etti=24&acct=${hex(r, 8)}-${hex(r, 4)}&er=${hex(r, 8)}`,
            color: '#ffc820',
          },
          `**${sender.full}**\n${handle(sender)}@${orgs[1]}`,
          `Dear colleague, please find the ${doc} for signature on behalf of ${ORG.nameEn}. Many thanks, ${sender.first} (${orgs[0]})`,
          {
            small: `Alternate Signing Method: Visit DocuSign.com, click 'Access Documents', and enter the security code: ${hex(r, 32).toUpperCase()}`,
          },
        ],
        footer: [
          'Do Not Share This Email: This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
        ],
      },
      0.2,
      0,
    ),
    via: 'direct',
    returnPath: `dse@eumail.docusign.net`,
  };
});

const sharepointReal = T('ham-file-share', 'sharepoint-colleague-share-real', (r) => {
  const date = mailDate(r);
  const sharer = anyone(r);
  const to = anyone(r);
  const file = pick(r, [
    'Harmonogram sesji letniej 2026.xlsx',
    'Sprawozdanie roczne - projekt.docx',
    'Lista uczestników wyjazdu.xlsx',
    'Prezentacja - Rada Wydziału.pptx',
  ]);
  return {
    from: { name: `${sharer.name} (przez SharePoint Online)`, address: 'no-reply@sharepointonline.com' },
    replyTo: addr(sharer),
    to: [addr(to)],
    subject: `${sharer.name} udostępnił(a) Ci plik „${file}”`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'SharePoint', color: '#036c70' },
        blocks: [
          `**${sharer.name}** udostępnił(a) Ci plik`,
          file,
          pick(r, ['Proszę o uzupełnienie swojej części do piątku.', 'Wersja robocza do wglądu.', 'Dzięki!']),
          {
            button: 'Otwórz',
            href: `https://${ORG.tenant}.sharepoint.com/:x:/s/${pick(r, ['Wydzial', 'Rektorat', 'Projekty'])}/E${token(r, 40)}?e=${token(r, 6)}`,
          },
        ],
        footer: ['Oświadczenie o ochronie prywatności firmy Microsoft'],
      },
      0.5,
      0,
    ),
    via: 'm365',
  };
});

const inpostReal = T('ham-parcel', 'inpost-locker-ready-real', (r) => {
  const date = mailDate(r);
  const to = chance(r, 0.6) ? someone(r) : studentAddr(r);
  const nr = digits(r, 24);
  const locker = `KRA${int(r, 10, 99)}${pick(r, ['M', 'N', 'APP'])}`;
  return {
    from: { name: 'InPost', address: 'powiadomienia@inpost.pl' },
    to: [to],
    subject: `Twoja paczka czeka w Paczkomacie ${locker}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'InPost', color: '#ffcd00' },
        greeting: 'Cześć!',
        blocks: [
          `Paczka **${nr}** od nadawcy ${pick(r, ['Allegro', 'Zalando', 'x-kom', 'Empik', 'Decathlon'])} czeka na Ciebie w Paczkomacie ${locker}.`,
          {
            facts: [
              ['Kod odbioru', digits(r, 6)],
              ['Odbierz do', `${plDate(addDays(date, 2))} ${hm(date)}`],
            ],
          },
          'Możesz ją odebrać kodem lub w aplikacji InPost Mobile. InPost nigdy nie prosi o dopłaty przez link w wiadomości e-mail.',
        ],
        footer: ['InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków'],
      },
      0.3,
      0,
    ),
    via: 'sfmc',
    headers: unsubscribe(r, 'inpost.pl'),
  };
});

const pocztaReal = T('ham-post', 'poczta-polska-tracking-real', (r) => {
  const date = mailDate(r);
  const to = addr(pick(r, [STAFF.rectorOffice, STAFF.procurement, STAFF.library, STAFF.intl]));
  const nr = `00${digits(r, 18)}`;
  return {
    from: { name: 'Poczta Polska', address: 'powiadomienia@poczta-polska.pl' },
    to: [to],
    subject: `Przesyłka ${nr} - zmiana statusu`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `przesyłka nr ${nr} nadana przez ${pick(r, ['Sąd Rejonowy dla Krakowa-Śródmieścia', 'Wydawnictwo Naukowe PWN', 'Urząd Marszałkowski Województwa Małopolskiego'])} otrzymała status: **${pick(r, ['Przesyłka w doręczeniu', 'Przesyłka doręczona', 'Awizo - przesyłka do odbioru w placówce'])}**.`,
          `Szczegóły: [emonitoring.poczta-polska.pl](https://emonitoring.poczta-polska.pl/?numer=${nr})`,
        ],
        footer: ['Wiadomość wygenerowana automatycznie.'],
      },
      0.2,
      0.3,
    ),
  };
});

const allegroOrder = T('ham-marketplace', 'allegro-order-confirmation', (r) => {
  const date = mailDate(r);
  const item = pick(r, [
    'Mikropipeta jednokanałowa 10-100 µl',
    'Dysk SSD 2 TB',
    'Toner HP 59A',
    'Stacja dokująca USB-C',
    'Statyw laboratoryjny',
  ]);
  const price = pln(amount(r, 89, 2400));
  return {
    from: { name: 'Allegro', address: 'powiadomienia@allegro.pl' },
    to: [addr(pick(r, [STAFF.procurement, STAFF.chem, STAFF.eco]))],
    subject: `Dziękujemy za zakup: ${item}`,
    date,
    ...parts(r, {
      lang: 'pl',
      brand: { name: 'allegro', color: '#ff5a00' },
      greeting: 'Cześć,',
      blocks: [
        'dziękujemy za zakup. Sprzedający otrzymał Twoje zamówienie.',
        {
          facts: [
            ['Przedmiot', item],
            ['Kwota', price],
            ['Dostawa', 'Allegro Paczkomaty InPost'],
            ['Faktura', `na firmę - NIP ${ORG.nip}`],
          ],
        },
        `[Zobacz szczegóły zamówienia](https://allegro.pl/moje-allegro/zakupy/kupione/${hex(r, 8)}-${hex(r, 4)})`,
      ],
      footer: ['Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań'],
    }),
    via: 'sfmc',
    headers: unsubscribe(r, 'allegro.pl'),
  };
});

const pkoStatement = T('ham-bank-statement', 'pko-monthly-statement', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  return {
    from: { name: 'PKO Bank Polski', address: 'wyciagi@pkobp.pl' },
    to: [to],
    subject: `Wyciąg z rachunku za ${monthPl(addDays(date, -10))}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'PKO Bank Polski', color: '#003574' },
        greeting: 'Szanowni Państwo,',
        blocks: [
          `w załączniku przesyłamy wyciąg z rachunku ${nrb(plIban(r, 'pko')).slice(0, 7)}...${digits(r, 4)} za ${monthPl(addDays(date, -10))}. Plik jest zabezpieczony hasłem ustalonym w serwisie iPKO.`,
          'Pamiętaj: bank nigdy nie prosi w wiadomości e-mail o podanie loginu, hasła ani kodów autoryzacyjnych.',
        ],
        footer: ['PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa'],
      },
      0.3,
      0,
    ),
    attachments: [
      {
        filename: `Wyciag_${isoDay(date)}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['PKO Bank Polski', 'Wyciag z rachunku', isoDay(date)]),
      },
    ],
  };
});

const mbankDevice = T('ham-bank-security', 'mbank-new-device-real', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  return {
    from: { name: 'mBank', address: 'kontakt@mbank.pl' },
    to: [to],
    subject: 'Nowe urządzenie w aplikacji mBank',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'mBank', color: '#e4002b' },
        greeting: 'Dzień dobry,',
        blocks: [
          `${longDate(date, 'pl')} o ${hm(date)} dodano nowe urządzenie do aplikacji mobilnej mBanku (${pick(r, ['iPhone 15', 'Samsung Galaxy S24', 'Pixel 8'])}).`,
          'Jeśli to Ty - nie musisz nic robić. Jeśli nie rozpoznajesz tej operacji, zadzwoń na infolinię z numeru podanego na odwrocie karty lub na mbank.pl i zablokuj dostęp.',
        ],
        footer: ['mBank S.A., ul. Prosta 18, 00-850 Warszawa'],
      },
      0.3,
      0,
    ),
  };
});

const pekaoTransfer = T('ham-bank-confirmation', 'pekao-transfer-confirmation', (r) => {
  const date = mailDate(r);
  const sum = pln(amount(r, 1200, 85_000));
  return {
    from: { name: 'Pekao Biznes24', address: 'powiadomienia@pekao.com.pl' },
    to: [addr(pick(r, [STAFF.accounts, STAFF.bursar]))],
    subject: 'Potwierdzenie wykonania przelewu',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `w załączeniu potwierdzenie wykonania przelewu na kwotę ${sum} z dnia ${plDate(date)}, wygenerowane na życzenie użytkownika systemu Pekao Biznes24.`,
          'Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.',
        ],
        footer: ['Bank Pekao S.A., ul. Żubra 1, 01-066 Warszawa'],
      },
      0.2,
      0.5,
    ),
    attachments: [
      {
        filename: `potwierdzenie_${digits(r, 10)}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['Bank Pekao S.A.', 'Potwierdzenie wykonania przelewu', ascii(sum)]),
      },
    ],
  };
});

const supplierInvoice = T('ham-supplier-invoice', 'x-kom-invoice-with-ksef-number', (r) => {
  const date = mailDate(r);
  const inv = `FV/${digits(r, 6)}/${isoDay(date).slice(5, 7)}/2026`;
  const ksef = `7811907217-${isoDay(date).replace(/-/g, '')}-${hex(r, 12).toUpperCase()}-${hex(r, 2).toUpperCase()}`;
  return {
    from: { name: 'x-kom', address: 'faktury@x-kom.pl' },
    to: [addr(pick(r, [STAFF.procurement, STAFF.accounts]))],
    subject: `Faktura ${inv} do zamówienia ${digits(r, 9)}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          `w załączniku przesyłamy wizualizację faktury ${inv}. Faktura została wystawiona w Krajowym Systemie e-Faktur pod numerem ${ksef} i jest dostępna dla nabywcy w KSeF.`,
          'Dziękujemy za zakupy.',
        ],
        signature: ['Zespół x-kom'],
      },
      0.3,
      0.3,
    ),
    attachments: [
      {
        filename: `${inv.replace(/\//g, '_')}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['x-kom sp. z o.o.', `Faktura ${inv}`, `KSeF: ${ksef}`]),
      },
    ],
  };
});

const epuapReal = T('ham-government', 'epuap-new-document-real', (r) => {
  const date = mailDate(r);
  return {
    from: { name: 'ePUAP', address: 'powiadomienia@epuap.gov.pl' },
    to: [addr(pick(r, [STAFF.rectorOffice, STAFF.chancellor, STAFF.students]))],
    subject: 'Nowy dokument w skrzynce podawczej',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Uprzejmie informujemy,',
        blocks: [
          `że na skrzynkę podawczą ${ORG.name} (/uwislany/SkrytkaESP) wpłynął nowy dokument w dniu ${plDate(date)} o godz. ${hm(date)}.`,
          'Dokument można odebrać po zalogowaniu na [epuap.gov.pl](https://epuap.gov.pl/wps/portal).',
        ],
        footer: ['Wiadomość wygenerowana automatycznie przez system ePUAP.'],
      },
      0.1,
      0.6,
    ),
  };
});

const erasmusNomination = T('ham-erasmus-partner', 'partner-university-nominations-xlsx', (r) => {
  const date = mailDate(r);
  const uni = pick(r, [
    ['Universität Heidelberg', 'uni-heidelberg.de'],
    ['Universidade de Lisboa', 'ulisboa.pt'],
    ['Universidad de Granada', 'ugr.es'],
    ['Universiteit van Amsterdam', 'uva.nl'],
  ]);
  const officer = intlName(r);
  return {
    from: { name: `${officer.full}`, address: `${handle(officer)}@${uni[1]}` },
    to: [addr(STAFF.intl)],
    subject: `Erasmus+ nominations 2026/27 - ${uni[0]}`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: 'Dear Katarzyna,',
        blocks: [
          `Please find attached our nominations for the winter semester 2026/27 (${int(r, 2, 6)} students). Could you please confirm receipt and send us the link to your online application?`,
          'As discussed, we will also need the updated fact sheet with your accommodation options.',
        ],
        closing: 'Kind regards,',
        signature: [officer.full, 'International Relations Office', uni[0]],
      },
      0.2,
      0.4,
    ),
    attachments: [
      {
        filename: 'Nominations_2026-27.xlsx',
        type: MIME.xlsx,
        content: Buffer.from(`PK\u0003\u0004 nominations ${token(r, 16)}`),
      },
    ],
    via: 'm365',
  };
});

const applicant = T('ham-applicant', 'applicant-question-with-scans', (r) => {
  const date = mailDate(r);
  const n = plName(r);
  const field = pick(r, FIELDS);
  const pdf = onePagePdf(['Swiadectwo dojrzalosci', ascii(n.full), 'Skan']);
  return {
    from: {
      name: n.full,
      address: `${handle(n)}${int(r, 1, 99)}@${pick(r, ['gmail.com', 'wp.pl', 'o2.pl'])}`,
    },
    to: [{ name: 'Rekrutacja', address: 'rekrutacja@corp.example' }],
    subject: pick(r, [`Rekrutacja - ${field}`, 'Pytanie o dokumenty', 'Przesłanie skanów dokumentów']),
    date,
    text: `Dzień dobry,\n\n${fem(n.first) ? 'zarejestrowałam' : 'zarejestrowałem'} się w systemie IRK na kierunek ${field}. W załączniku przesyłam skan świadectwa dojrzałości, bo system nie przyjmuje pliku (pokazuje błąd przy wgrywaniu).\n\nCzy opłatę rekrutacyjną 85 zł mam wpłacić na indywidualny numer konta z IRK, czy na konto podane na stronie?\n\nPozdrawiam\n${n.full}`,
    attachments: [
      { filename: `swiadectwo_${ascii(n.last).toLowerCase()}.pdf`, type: MIME.pdf, content: pdf },
    ],
  };
});

const parentDorm = T('ham-parent', 'parent-dorm-fee-question', (r) => {
  const date = mailDate(r);
  const parent = plName(r);
  const child = plName(r);
  return {
    from: {
      name: parent.full,
      address: `${handle(parent)}@${pick(r, ['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com'])}`,
    },
    to: [addr(STAFF.students)],
    subject: pick(r, ['Opłata za akademik', 'Pytanie - dom studencki', 'Akademik - przelew']),
    date,
    text: `Dzień dobry,\n\npiszę w sprawie ${fem(child.first) ? 'córki' : 'syna'} - ${child.first} dostał${fem(child.first) ? 'a' : ''} miejsce w DS nr ${int(r, 1, 6)}. Chciał${fem(parent.first) ? 'abym' : 'bym'} zapłacić za pierwszy miesiąc i kaucję - czy numer konta do wpłaty jest w USOS, czy dostaniemy go mailem? Nie chcę, żeby przelew trafił nie tam, gdzie trzeba.\n\nCzy kaucja wynosi 600 zł, jak było w zeszłym roku?\n\nDziękuję i pozdrawiam\n${parent.full}\n${plLandline(r, '12').replace('+48 ', '')}`,
    via: 'webmail-pl',
  };
});

const supplierBankChangeLegit = T('ham-bank-change-notice', 'supplier-bank-change-call-to-confirm', (r) => {
  const date = mailDate(r);
  const contact = plName(r);
  const newAcct = plIban(r, pick(r, ['pko', 'pekao', 'ing'] as const));
  const pdf = onePagePdf([
    'Labor-Tech Sp. z o.o.',
    'Zawiadomienie o zmianie rachunku bankowego',
    newAcct,
    'Prosimy o potwierdzenie telefoniczne pod numerem z umowy ramowej.',
  ]);
  return {
    from: { name: `${contact.full} | Labor-Tech`, address: `${handle(contact)}@labortech.com.pl` },
    to: [addr(STAFF.accounts)],
    cc: [addr(STAFF.procurement)],
    subject: 'Zmiana rachunku bankowego Labor-Tech - prośba o weryfikację telefoniczną',
    date,
    text: `Dzień dobry,\n\nuprzejmie informujemy, że od 1 ${pick(r, ['lutego', 'marca', 'kwietnia', 'maja'])} 2026 r. zmieniamy bank prowadzący nasz rachunek rozliczeniowy. Pismo podpisane przez Zarząd w załączeniu; nowy rachunek jest również widoczny na białej liście podatników VAT.\n\nZe względów bezpieczeństwa prosimy NIE wprowadzać zmiany wyłącznie na podstawie tej wiadomości - prosimy o potwierdzenie telefoniczne pod numerem wskazanym w umowie ramowej (nie podajemy go w tym mailu celowo). Do czasu potwierdzenia płatności można realizować na dotychczasowy rachunek.\n\nZ poważaniem\n${contact.full}\nKierownik Działu Finansowego\nLabor-Tech Sp. z o.o.`,
    attachments: [{ filename: 'Zawiadomienie_zmiana_rachunku.pdf', type: MIME.pdf, content: pdf }],
    via: 'm365',
  };
});

const libraryReminder = T('ham-library', 'library-due-date-reminder', (r) => {
  const date = mailDate(r);
  const to = chance(r, 0.5) ? addr(researcher(r)) : studentAddr(r);
  const title = pick(r, [
    'Historia Krakowa w średniowieczu',
    'Introduction to Solid State Physics',
    'Ekologia wód płynących',
    'Deep Learning',
    'Metody numeryczne',
  ]);
  return {
    from: { name: 'Biblioteka Uniwersytecka', address: 'biblioteka@corp.example' },
    to: [to],
    subject: 'Przypomnienie o terminie zwrotu',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `przypominamy, że ${plDate(addDays(date, 3))} mija termin zwrotu wypożyczonej pozycji: **${title}**.`,
          `Termin można przedłużyć samodzielnie na koncie czytelnika w katalogu: [katalog.biblioteka.corp.example](https://katalog.biblioteka.corp.example/account).`,
        ],
        closing: 'Pozdrawiamy,',
        signature: ['Wypożyczalnia Biblioteki Uniwersyteckiej'],
      },
      0.1,
      0.5,
    ),
  };
});

const elsevierAlert = T('ham-newsletter', 'sciencedirect-journal-alert', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const journal = pick(r, ['Journal of Hydrology', 'Applied Surface Science', 'Computers & Education']);
  const items = [0, 1, 2].map(() => pick(r, RESEARCH_TOPICS));
  return {
    from: { name: 'ScienceDirect', address: 'sd-alerts@notification.elsevier.com' },
    to: [addr(to)],
    subject: `${journal}: new articles in Volume ${int(r, 600, 660)}`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        brand: { name: 'ScienceDirect', color: '#e9711c' },
        blocks: [
          `New articles are available in ${journal}:`,
          {
            list: items.map(
              (t) =>
                `[${t[0].toUpperCase()}${t.slice(1)}](${tracked(r, 'click.notification.elsevier.com', `https://www.sciencedirect.com/science/article/pii/S0${digits(r, 15)}`)})`,
            ),
          },
          `[Manage alerts](${tracked(r, 'click.notification.elsevier.com', 'https://www.sciencedirect.com/user/alerts')})`,
        ],
        footer: ['Elsevier B.V., Radarweg 29, 1043 NX Amsterdam, The Netherlands'],
      },
      0.6,
      0,
    ),
    via: 'sfmc',
    returnPath: `bounce-${digits(r, 6)}@notification.elsevier.com`,
    headers: unsubscribe(r, 'notification.elsevier.com'),
  };
});

const natureBriefing = T('ham-newsletter-research', 'nature-briefing', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  return {
    from: { name: 'Nature Briefing', address: 'briefing@nature.com' },
    to: [addr(to)],
    subject: pick(r, [
      'Daily briefing: What the new EU research budget means for scientists',
      'Daily briefing: The microplastics in your river',
      'Daily briefing: AI reviewers under scrutiny',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        brand: { name: 'Nature Briefing', color: '#000000' },
        greeting: 'Hello Nature readers,',
        blocks: [
          `Today we learn about ${pick(r, RESEARCH_TOPICS)}, and why funders are rethinking peer review.`,
          `[Read the full story](${tracked(r, 'links.springernature.com', `https://www.nature.com/articles/d41586-026-00${digits(r, 3)}-${digits(r, 1)}`)})`,
          `[Sign up for Nature Briefing](${tracked(r, 'links.springernature.com', 'https://www.nature.com/briefing/signup')})`,
        ],
        footer: [
          'Springer Nature Limited, The Campus, 4 Crinan Street, London N1 9XW, UK',
          `[Unsubscribe](https://www.nature.com/briefing/unsubscribe?id=${token(r, 20)})`,
        ],
      },
      0.6,
      0,
    ),
    via: 'sfmc',
    headers: [...unsubscribe(r, 'nature.com'), ['List-Id', '<briefing.nature.com>']],
    auth: chance(r, 0.3) ? 'forwarded' : undefined,
  };
});

const rectorCircular = T('ham-internal-circular', 'rector-ordinance-pdf', (r) => {
  const date = mailDate(r);
  const n = int(r, 10, 120);
  const topic = pick(r, [
    'zasad wynagradzania za publikacje',
    'organizacji roku akademickiego 2026/2027',
    'zasad odbywania podróży służbowych',
    'polityki bezpieczeństwa informacji',
  ]);
  return {
    from: { name: 'Biuro Rektora', address: 'rektorat@corp.example' },
    to: [{ name: 'Pracownicy', address: 'pracownicy@corp.example' }],
    envelopeTo: anyone(r).email,
    subject: `Zarządzenie nr ${n}/2026 Rektora w sprawie ${topic}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        style: 'outlook',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `w załączeniu przesyłam Zarządzenie nr ${n}/2026 Rektora ${ORG.name.replace('Uniwersytet Wiślany', 'Uniwersytetu Wiślanego')} z dnia ${plDate(date)} w sprawie ${topic}. Zarządzenie jest dostępne również w Biuletynie Informacji Publicznej.`,
        ],
        closing: 'Z poważaniem,',
        signature: [`${STAFF.rectorOffice.title} ${STAFF.rectorOffice.name}`, STAFF.rectorOffice.role],
      },
      0.2,
      0.3,
    ),
    attachments: [
      {
        filename: `Zarzadzenie_${n}_2026.pdf`,
        type: MIME.pdf,
        content: onePagePdf([
          `Zarzadzenie nr ${n}/2026`,
          `Rektora ${ascii(ORG.name)}`,
          `w sprawie ${ascii(topic)}`,
        ]),
      },
    ],
  };
});

const platformaZakupowa = T('ham-procurement-platform', 'platformazakupowa-new-message', (r) => {
  const date = mailDate(r);
  const zp = `ZP/${int(r, 10, 290)}/2026`;
  return {
    from: { name: 'Platforma Zakupowa', address: 'powiadomienia@platformazakupowa.pl' },
    to: [addr(STAFF.procurement)],
    subject: `Nowa wiadomość w postępowaniu ${zp}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          `w postępowaniu ${zp} (${pick(r, ['Dostawa odczynników chemicznych', 'Dostawa sprzętu komputerowego', 'Usługa serwisu aparatury'])}) wykonawca zadał pytanie do treści SWZ.`,
          `[Przejdź do postępowania](https://platformazakupowa.pl/transakcja/${digits(r, 6)})`,
        ],
        footer: ['Open Nexus Sp. z o.o., operator platformazakupowa.pl'],
      },
      0.3,
      0.2,
    ),
  };
});

const lotBooking = T('ham-travel', 'lot-booking-confirmation', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const pnr = upper(r, 6);
  const dest = pick(r, ['Bologna (BLQ)', 'Bruksela (BRU)', 'Wiedeń (VIE)', 'Lizbona (LIS)']);
  const dep = addDays(date, int(r, 7, 40));
  return {
    from: { name: 'LOT Polish Airlines', address: 'noreply@lot.com' },
    to: [addr(to)],
    subject: `Potwierdzenie rezerwacji ${pnr} - Kraków (KRK) - ${dest}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'LOT', color: '#11397e' },
        greeting: `Szanowny Pasażerze,`,
        blocks: [
          'dziękujemy za rezerwację. Poniżej szczegóły podróży; bilet elektroniczny w załączniku.',
          {
            facts: [
              ['Numer rezerwacji', pnr],
              ['Trasa', `Kraków (KRK) - ${dest}`],
              ['Wylot', `${plDate(dep)} ${pick(r, ['06:10', '11:35', '16:50'])}`],
              ['Pasażer', ascii(to.name).toUpperCase()],
            ],
          },
          '[Zarządzaj rezerwacją](https://www.lot.com/pl/pl/zarzadzaj-rezerwacja)',
        ],
        footer: ['Polskie Linie Lotnicze LOT S.A., ul. Komitetu Obrony Robotników 43, 02-146 Warszawa'],
      },
      0.3,
      0,
    ),
    attachments: [
      {
        filename: `eTicket_${pnr}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['LOT Polish Airlines', `e-ticket ${pnr}`, ascii(dest)]),
      },
    ],
    via: 'sfmc',
  };
});

const bookingHotel = T('ham-hotel-booking', 'booking-com-confirmation', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const city = pick(r, ['Wiedeń', 'Bolonia', 'Strasburg', 'Lizbona']);
  const nr = digits(r, 10);
  const inDate = addDays(date, int(r, 10, 50));
  return {
    from: { name: 'Booking.com', address: 'noreply@booking.com' },
    to: [addr(to)],
    subject: `Rezerwacja potwierdzona: ${pick(r, ['Hotel Astoria', 'Ibis Centre', 'NH Collection', 'Hotel Regina'])}, ${city}`,
    date,
    ...parts(r, {
      lang: 'pl',
      brand: { name: 'Booking.com', color: '#003580' },
      greeting: `${to.first}, Twoja rezerwacja jest potwierdzona!`,
      blocks: [
        {
          facts: [
            ['Numer potwierdzenia', nr],
            ['Zameldowanie', plDate(inDate)],
            ['Wymeldowanie', plDate(addDays(inDate, int(r, 2, 5)))],
            ['Cena', eur(amount(r, 240, 820))],
          ],
        },
        'Płatność nastąpi w obiekcie. Booking.com nigdy nie prosi o podanie danych karty przez e-mail ani przez czat poza aplikacją.',
        `[Zarządzaj rezerwacją](https://secure.booking.com/myreservations.html?bn=${nr})`,
      ],
    }),
    via: 'sfmc',
  };
});

const conferenceReceipt = T('ham-conference-registration', 'egu-registration-receipt', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const nr = `EGU26-${digits(r, 5)}`;
  return {
    from: { name: 'EGU General Assembly 2026', address: 'egu26@copernicus.org' },
    to: [addr(to)],
    subject: `EGU26 - registration confirmation and invoice ${nr}`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear ${to.first} ${to.last},`,
        blocks: [
          'Thank you for your registration for the EGU General Assembly 2026 in Vienna. Please find attached your invoice/receipt.',
          `Your registration number: ${nr}. You can download your badge from your [personal space](https://meetingorganizer.copernicus.org/EGU26/personal_space).`,
          'Please note that Copernicus Meetings never sends unsolicited offers for hotel rooms. Any housing company contacting you is not affiliated with the EGU.',
        ],
        closing: 'Best regards,',
        signature: ['Copernicus Meetings', 'on behalf of the European Geosciences Union'],
      },
      0.2,
      0.3,
    ),
    attachments: [
      {
        filename: `Invoice_${nr}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['Copernicus Gesellschaft mbH', `Invoice ${nr}`, 'EGU General Assembly 2026']),
      },
    ],
  };
});

const githubCode = T('ham-device-verification', 'github-device-verification-code', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const user = `${handle(to, '-')}`.slice(0, 16);
  return {
    from: { name: 'GitHub', address: 'noreply@github.com' },
    to: [addr(to)],
    subject: '[GitHub] Please verify your device',
    date,
    text: `Hey ${user}!\n\nA sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.\n\nDevice: ${pick(r, ['Firefox on Ubuntu', 'Chrome on Windows', 'Safari on macOS'])}\nVerification code: ${digits(r, 6)}\n\nIf you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.\n\nIf you'd like to automatically verify devices in the future, consider enabling two-factor authentication on your account. Visit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.\n\nThanks,\nThe GitHub Team`,
    via: 'direct',
    returnPath: `noreply@github.com`,
  };
});

const ssoReset = T('ham-password-reset', 'sso-password-reset-requested', (r) => {
  const date = mailDate(r);
  const to = chance(r, 0.5) ? addr(anyone(r)) : studentAddr(r);
  const reset = `${ORG.sso}/reset?token=${token(r, 24)}`;
  return {
    from: { name: 'Centralny System Logowania', address: 'noreply@corp.example' },
    to: [to],
    subject: 'Reset hasła - Centralny System Logowania',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          `otrzymaliśmy prośbę o zresetowanie hasła do konta ${to.address} (${plDate(date)}, ${hm(date)}).`,
          `Aby ustawić nowe hasło, przejdź pod adres: [${reset}](${reset}). Link jest ważny 30 minut.`,
          'Jeśli to nie Ty prosiłeś(-aś) o reset, zignoruj tę wiadomość - hasło pozostanie bez zmian.',
        ],
        signature: ['Centrum Informatyczne'],
      },
      0.1,
      0.5,
    ),
  };
});

const awareness = T('ham-security-awareness', 'it-phishing-warning-examples', (r) => {
  const date = mailDate(r);
  const theme = pick(r, [
    {
      subj: 'Uwaga: fałszywe powiadomienia KSeF',
      body: 'W ostatnich dniach otrzymujemy zgłoszenia wiadomości podszywających się pod Krajowy System e-Faktur. Linki prowadzą do stron takich jak ksef-podatki[.]pl czy e-faktury-ksef[.]com, gdzie wyłudzane są dane logowania.',
    },
    {
      subj: 'Fala phishingu: „weryfikacja konta USOS”',
      body: 'Studenci i pracownicy otrzymują wiadomości o rzekomym zawieszeniu konta USOS. Nadawcami są adresy w domenach podobnych do naszej (np. corp-example[.]com) lub przejęte konta studenckie.',
    },
    {
      subj: 'Ostrzeżenie: oszuści podszywają się pod Rektora',
      body: 'Pracownicy otrzymują z prywatnych skrzynek (gmail, wp) wiadomości podpisane nazwiskiem Rektora z prośbą o zakup kart podarunkowych lub pilny przelew. Rektor nigdy nie zleca takich zakupów mailem.',
    },
  ]);
  return {
    from: { name: 'CSIRT Uniwersytetu Wiślanego', address: 'csirt@corp.example' },
    to: [{ name: 'Pracownicy', address: 'pracownicy@corp.example' }],
    envelopeTo: anyone(r).email,
    subject: theme.subj,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          theme.body,
          {
            list: [
              'Nie klikaj w linki i nie otwieraj załączników z nieoczekiwanych wiadomości.',
              'Sprawdzaj adres nadawcy, a nie tylko wyświetlaną nazwę.',
              'Zmiany numerów kont zawsze potwierdzaj telefonicznie pod znanym numerem.',
              `Podejrzane wiadomości przekazuj na ${'abuse@corp.example'}.`,
            ],
          },
          'Jeśli podałeś(-aś) hasło na podejrzanej stronie, natychmiast zmień je i zadzwoń do Helpdesku.',
        ],
        closing: 'Z poważaniem,',
        signature: ['Zespół CSIRT', 'Centrum Informatyczne'],
      },
      0.2,
      0.3,
    ),
  };
});

const overleaf = T('ham-collaboration-invite', 'overleaf-project-invite', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const inviter = intlName(r);
  return {
    from: { name: 'Overleaf', address: 'welcome@overleaf.com' },
    to: [addr(to)],
    subject: `${inviter.full} wants to share "${pick(r, ['Joint paper draft', 'Grant proposal - Part B', 'Review article'])}" with you`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        blocks: [
          `Hi, ${inviter.full} (${handle(inviter)}@${pick(r, ['uva.nl', 'kuleuven.be', 'uni-heidelberg.de', 'unibo.it'])}) wants to share a project with you.`,
          {
            button: 'View project',
            href: `https://www.overleaf.com/project/${hex(r, 24)}/invite/token/${hex(r, 40)}`,
          },
          'Overleaf is a free online LaTeX editor.',
        ],
        footer: ['Overleaf (Digital Science UK Ltd), 625 Chiswick High Road, London, W4 5RX'],
      },
      0.2,
      0,
    ),
    via: 'mailchimp',
    returnPath: `bounce-mc.us${int(r, 1, 20)}_${digits(r, 8)}@mail${int(r, 10, 250)}.suw${int(r, 11, 21)}.mcdlv.net`,
    auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
  };
});

const quarantineReal = T('ham-quarantine-notice', 'm365-quarantine-notification-real', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const n = int(r, 1, 4);
  return {
    from: { name: 'Microsoft 365 Security', address: 'quarantine@messaging.microsoft.com' },
    to: [addr(to)],
    subject: `Microsoft 365 security: You have messages in quarantine`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        blocks: [
          `Review these ${n} messages that were placed in quarantine for ${to.email}. They were sent to you between ${plDate(addDays(date, -3))} and ${plDate(date)}.`,
          {
            list: Array.from(
              { length: n },
              () =>
                `${pick(r, ['newsletter@conference-alerts.example', 'info@journal-promo.example', 'noreply@unknown-sender.example'])} - ${pick(r, ['Call for papers', 'Special offer', 'Invoice'])}`,
            ),
          },
          'Review messages: [https://security.microsoft.com/quarantine](https://security.microsoft.com/quarantine)',
        ],
      },
      0.3,
      0,
    ),
    via: 'm365',
  };
});

const appraisal = T('ham-hr', 'hr-periodic-appraisal-form', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  return {
    from: { name: STAFF.hr.name, address: STAFF.hr.email },
    to: [addr(to)],
    subject: 'Ocena okresowa nauczycieli akademickich - arkusz w systemie',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        style: 'outlook',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `uprzejmie przypominamy, że do ${plDate(addDays(date, 14))} należy wypełnić arkusz oceny okresowej w systemie kadrowym (Portal Pracownika → Ocena okresowa).`,
          'Pytania dotyczące kryteriów prosimy kierować do swojego dziekanatu; sprawy techniczne - do Działu Kadr, tel. ' +
            STAFF.hr.phone +
            '.',
        ],
        closing: 'Z poważaniem,',
        signature: [`${STAFF.hr.title} ${STAFF.hr.name}`, STAFF.hr.role],
      },
      0.2,
      0.3,
    ),
  };
});

const researchThread = T('ham-research-thread', 'collaborator-reply-with-draft', (r) => {
  const date = mailDate(r);
  const ours = researcher(r);
  const them = intlName(r);
  const uni = pick(r, ['uva.nl', 'kuleuven.be', 'uni-heidelberg.de', 'ugr.es']);
  const subj = pick(r, ['Draft for the joint paper', 'Figures for section 3', 'Comments on the proposal']);
  const quoted = quoteText(
    'outlook-en',
    { name: ours.name, email: ours.email },
    { name: them.full, email: `${handle(them)}@${uni}` },
    addDays(date, -int(r, 1, 5)),
    subj,
    `Hi ${them.first},\n\nattached is the latest version. Could you check the methods section?\n\nBest,\n${ours.first}`,
  );
  return {
    from: { name: them.full, address: `${handle(them)}@${uni}` },
    to: [addr(ours)],
    subject: `RE: ${subj}`,
    date,
    text: `Hi ${ours.first},\n\nthanks - I went through it and added my comments in track changes (attached). The only bigger point is the uncertainty estimate in Table 2.\n\nTalk on ${pick(r, ['Thursday', 'Friday', 'Monday'])}?\n\n${them.first}\n\n${quoted}`,
    attachments: [
      {
        filename: `draft_v${int(r, 3, 9)}_${ascii(them.last)}.docx`,
        type: MIME.docx,
        content: Buffer.from(`PK\u0003\u0004 draft ${token(r, 20)}`),
      },
    ],
    headers: [
      ['In-Reply-To', `<${hex(r, 16)}@corp.example>`],
      ['References', `<${hex(r, 16)}@corp.example>`],
    ],
    via: 'm365',
  };
});

const scholarshipDecision = T('ham-scholarship', 'social-scholarship-decision-usos', (r) => {
  const date = mailDate(r);
  const s = student(r, 'pl');
  return {
    from: { name: 'Dział Spraw Studenckich', address: STAFF.students.email },
    to: [{ name: s.name, address: s.email }],
    subject: 'Decyzja w sprawie stypendium socjalnego - USOSweb',
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          `decyzja w sprawie wniosku o stypendium socjalne na rok akademicki 2025/2026 została udostępniona w USOSweb (Dla studentów → Wnioski). Decyzja jest doręczana elektronicznie; od dnia jej odebrania biegnie termin 14 dni na odwołanie.`,
          'Stypendium wypłacamy na rachunek wskazany w USOSweb. Nie prosimy o potwierdzanie rachunku przez logowanie do banku.',
        ],
        closing: 'Pozdrawiamy,',
        signature: ['Dział Spraw Studenckich', ORG.name],
      },
      0.2,
      0.4,
    ),
  };
});

const rectorRequest = T('ham-internal-request', 'rector-office-urgent-list', (r) => {
  const date = mailDate(r);
  const dean = pick(r, [STAFF.deanPhys, STAFF.deanHum, STAFF.deanBio]);
  return {
    from: addr(STAFF.rectorOffice),
    to: [addr(dean)],
    cc: [addr(STAFF.prorector)],
    subject: pick(r, [
      'Pilne: wnioski o nagrody Rektora - termin',
      'Prośba o listę kandydatów do Medalu Uczelni',
      'Lista uczestników wizyty delegacji z Bolonii',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        style: 'outlook',
        greeting: `Szanown${fem(dean.first) ? 'a Pani Dziekan' : 'y Panie Dziekanie'},`,
        blocks: [
          `uprzejmie proszę o przesłanie do ${plDate(addDays(date, 3))} listy kandydatów z Wydziału, zgodnie z pismem okólnym Rektora z ${plDate(addDays(date, -14))}. Przepraszam za krótki termin - posiedzenie komisji zostało przyspieszone.`,
          'Wzór formularza jest dostępny w intranecie w zakładce „Rektorat”.',
        ],
        closing: 'Z wyrazami szacunku,',
        signature: [
          `${STAFF.rectorOffice.title} ${STAFF.rectorOffice.name}`,
          STAFF.rectorOffice.role,
          STAFF.rectorOffice.phone,
        ],
      },
      0.2,
      0.3,
    ),
  };
});

const maintenance = T('ham-maintenance', 'usos-planned-outage', (r) => {
  const date = mailDate(r);
  const day = addDays(date, int(r, 2, 6));
  return {
    from: { name: 'Centrum Informatyczne', address: 'helpdesk@corp.example' },
    to: [{ name: 'Użytkownicy systemów uczelni', address: 'wszyscy@corp.example' }],
    envelopeTo: chance(r, 0.5) ? anyone(r).email : student(r).email,
    subject: `Planowana przerwa w działaniu USOSweb i poczty - ${plDate(day)}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `${longDate(day, 'pl')} w godzinach 20:00-23:00 planujemy prace serwisowe. W tym czasie niedostępne będą USOSweb, Centralny System Logowania oraz poczta dla studentów.`,
          'Po zakończeniu prac nie jest wymagane żadne działanie z Państwa strony - nie trzeba ponownie potwierdzać kont ani haseł.',
        ],
        signature: ['Centrum Informatyczne', ORG.name],
      },
      0.2,
      0.4,
    ),
  };
});

export const HAM_22: readonly Template[] = [
  msCode,
  msUnusual,
  usosRegistration,
  passwordPolicy,
  mfaRollout,
  payslip,
  pit11,
  ncnResults,
  euFtNotice,
  orcidUpdate,
  emReviewer,
  springerProofs,
  mdpiInvoice,
  easychair,
  zoomRecording,
  teamsInvite,
  docusignReal,
  sharepointReal,
  inpostReal,
  pocztaReal,
  allegroOrder,
  pkoStatement,
  mbankDevice,
  pekaoTransfer,
  supplierInvoice,
  epuapReal,
  erasmusNomination,
  applicant,
  parentDorm,
  supplierBankChangeLegit,
  libraryReminder,
  elsevierAlert,
  natureBriefing,
  rectorCircular,
  platformaZakupowa,
  lotBooking,
  bookingHotel,
  conferenceReceipt,
  githubCode,
  ssoReset,
  awareness,
  overleaf,
  quarantineReal,
  appraisal,
  researchThread,
  scholarshipDecision,
  rectorRequest,
  maintenance,
];

const ALL_HAM = [...HAM_22, ...LOCAL_HAM_22];

export const UNSEEN_HAM_22_TEMPLATE_COUNT: number = ALL_HAM.length;

export async function unseenHam22(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(ALL_HAM, perTemplate, seed + 1, seededRandom);
}
