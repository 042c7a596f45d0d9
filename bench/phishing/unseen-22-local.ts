// The twenty-second unseen set's mail in the scene's other languages: Italian (the joint research
// institute in Bologna and Italian students) and Ukrainian (staff and students from Ukraine) — phishing
// (pagoPA, Poste, INPS, SPID, fatture SdI, a director impersonated; Дія, Нова пошта, ПриватБанк, aid and
// residence-permit scams) and the legitimate mail on the same topics.
import type { SeededRandom } from './generate.js';
import { zipOf } from './payloads.js';
import {
  addDays,
  addr,
  amount,
  ascii,
  type Charset,
  chance,
  chars,
  compromisedSite,
  digits,
  eurIt,
  freeHost,
  freemail,
  handle,
  hex,
  hm,
  int,
  isoDay,
  itName,
  longDate,
  type Mail,
  MIME,
  mailDate,
  ORG,
  parts,
  pick,
  plDate,
  plMobile,
  STAFF,
  shortLink,
  student,
  type Template,
  token,
  uah,
  uaName,
  unsubscribe,
  upper,
  weighted,
} from './unseen-22-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const T = (kind: string, name: string, make: (r: SeededRandom) => Mail | Promise<Mail>): Template => ({
  kind,
  name,
  make,
});

const itCharset = (r: SeededRandom): Charset =>
  weighted(r, [[5, 'utf-8'] as const, [2, 'iso-8859-1'] as const, [3, 'windows-1252'] as const]);
const ukCharset = (r: SeededRandom): Charset =>
  weighted(r, [[6, 'utf-8'] as const, [3, 'windows-1251'] as const, [1, 'koi8-u'] as const]);

const bolognaPeople = [STAFF.bologna, STAFF.bolognaRes, STAFF.bolognaAdmin];
const italianRecipient = (r: SeededRandom) => {
  if (chance(r, 0.7)) return addr(pick(r, bolognaPeople));
  const s = student(r, 'it');
  return { name: s.name, address: s.email };
};

const uaStaff = [STAFF.intl2, STAFF.students2, STAFF.phys];
const ukrainianRecipient = (r: SeededRandom) => {
  if (chance(r, 0.45)) return addr(pick(r, uaStaff));
  const s = student(r, 'ua');
  return { name: s.ua?.cyr ?? s.name, address: s.email };
};

// ---------------------------------------------------------------------------------------------------
// Italian phishing

const pagopaFine = T('pagopa-fine', 'pagopa-avviso-multa', (r) => {
  const date = mailDate(r);
  const host = pick(r, [
    'pagopa-avvisi.it',
    'comune-bologna-multe.com',
    'avvisi-pagopa.online',
    'pagopa.gov-it.info',
  ]);
  const iuv = digits(r, 18);
  const sum = pick(r, ['29,40', '42,00', '87,50', '173,00']);
  const link = pick(r, [`https://${host}/paga?iuv=${iuv}`, freeHost(r, 'pagopa-avviso')]);
  return {
    from: { name: pick(r, ['pagoPA', 'Comune di Bologna - Polizia Locale']), address: `avvisi@${host}` },
    to: [italianRecipient(r)],
    subject: pick(r, [
      `Avviso di pagamento n. ${iuv.slice(0, 6)} - sanzione amministrativa`,
      'Multa non pagata: ultimo avviso prima della riscossione',
      'pagoPA: hai un avviso in scadenza',
    ]),
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'pagoPA', color: '#0066cc' },
        greeting: 'Gentile cittadino,',
        blocks: [
          `risulta a suo carico un avviso di pagamento non saldato relativo a una violazione del Codice della Strada (art. 7 - ZTL Bologna) del ${plDate(addDays(date, -int(r, 20, 60)))}.`,
          {
            facts: [
              ['Codice avviso (IUV)', iuv],
              ['Importo', `${sum} €`],
              ['Scadenza', plDate(addDays(date, 3))],
            ],
          },
          'In caso di mancato pagamento entro la scadenza, l’importo sarà maggiorato e trasmesso all’Agenzia delle Entrate-Riscossione.',
          { button: 'Paga ora', href: link },
        ],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const posteParcel = T('poste-parcel', 'poste-giacenza-fee', (r) => {
  const date = mailDate(r);
  const code = `${upper(r, 2)}${digits(r, 9)}IT`;
  const host = pick(r, [
    'poste-italiane-giacenza.com',
    'posteitaliane-spedizioni.info',
    'poste.it-tracking.net',
  ]);
  const link = pick(r, [`https://${host}/giacenza/${code}`, freeHost(r, 'poste-giacenza'), shortLink(r)]);
  const spoof = chance(r, 0.3);
  return {
    from: {
      name: 'Poste Italiane',
      address: spoof ? 'noreply@posteitaliane.it' : pick(r, [`noreply@${host}`, `spedizioni@${host}`]),
    },
    returnPath: spoof ? `${chars(r, 8)}@${pick(r, ['mailer-eu.top', 'sendfast.xyz'])}` : undefined,
    to: [italianRecipient(r)],
    subject: pick(r, [
      'Il tuo pacco è in giacenza',
      `Spedizione ${code}: consegna non riuscita`,
      'Poste Italiane: conferma i dati di consegna',
    ]),
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'Poste Italiane', color: '#f5d000' },
        greeting: 'Gentile cliente,',
        blocks: [
          `non è stato possibile consegnare la spedizione **${code}** perché l’indirizzo risulta incompleto.`,
          `Per programmare una nuova consegna confermi i dati e paghi le spese di giacenza di **${pick(r, ['1,99', '2,99', '1,49'])} €** entro 48 ore. Trascorso questo termine il pacco sarà restituito al mittente.`,
          { button: 'Programma la consegna', href: link, color: '#003087' },
        ],
      },
      0.5,
      0.1,
    ),
    via: 'vps',
    auth: spoof ? 'spoof' : 'lookalike',
  };
});

const inpsRefund = T('inps-refund', 'inps-rimborso-iban', (r) => {
  const date = mailDate(r);
  const host = pick(r, ['inps-rimborsi.it', 'servizi-inps.com', 'inps.it-aggiornamento.online']);
  const link = pick(r, [
    `https://${host}/prestazioni/rimborso?id=${token(r, 10)}`,
    freeHost(r, 'inps-rimborso'),
  ]);
  const sum = eurIt(amount(r, 180, 960));
  return {
    from: { name: 'INPS - Istituto Nazionale Previdenza Sociale', address: `comunicazioni@${host}` },
    to: [italianRecipient(r)],
    subject: pick(r, [
      'INPS: rimborso in attesa di accredito',
      'Aggiornamento dati anagrafici e IBAN richiesto',
      `Comunicazione INPS n. ${digits(r, 8)}`,
    ]),
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'INPS', color: '#0059b3' },
        greeting: 'Gentile utente,',
        blocks: [
          `a seguito delle verifiche sulla sua posizione contributiva risulta un rimborso di **${sum}** non ancora accreditato per mancato aggiornamento dei dati.`,
          'Per ricevere l’accredito è necessario aggiornare i dati anagrafici, allegare un documento d’identità e confermare l’IBAN entro 5 giorni.',
          { button: 'Aggiorna i dati', href: link },
        ],
        footer: ['INPS - Via Ciro il Grande 21, 00144 Roma'],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const bankIt = T('bank-credential-it', 'intesa-conto-limitato', (r) => {
  const date = mailDate(r);
  const bank = pick(r, [
    {
      name: 'Intesa Sanpaolo',
      color: '#0b8a44',
      looks: ['intesasanpaolo-sicurezza.com', 'intesa-verifica.it'],
    },
    { name: 'UniCredit', color: '#e2001a', looks: ['unicredit-sicurezza.net', 'unicredit-online.info'] },
    { name: 'BPER Banca', color: '#005a8c', looks: ['bper-verifica.com'] },
  ]);
  const host = pick(r, bank.looks);
  const link = pick(r, [`https://${host}/login?ref=${token(r, 10)}`, compromisedSite(r, 'banca')]);
  return {
    from: { name: bank.name, address: `sicurezza@${host}` },
    to: [italianRecipient(r)],
    subject: pick(r, [
      'Il tuo conto è stato temporaneamente limitato',
      'Verifica di sicurezza richiesta',
      'Nuovo dispositivo non riconosciuto - conferma la tua identità',
    ]),
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: bank.name, color: bank.color },
        greeting: 'Gentile cliente,',
        blocks: [
          `abbiamo rilevato un accesso anomalo al suo conto il ${longDate(date, 'it')} alle ${hm(date)}. Per la sua sicurezza alcune funzioni sono state limitate.`,
          'Per ripristinare l’operatività completa acceda all’area riservata e confermi la sua identità entro 24 ore.',
          { button: 'Accedi e verifica', href: link },
        ],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const directorGiftCardIt = T('director-gift-card', 'bologna-director-freemail-favour', (r) => {
  const date = mailDate(r);
  const to = pick(r, [STAFF.bolognaAdmin, STAFF.bolognaRes]);
  const stage = r.below(2);
  const local = pick(r, [
    'giulia.rinaldi.direzione',
    'prof.rinaldi',
    'g.rinaldi.istituto',
    'direttrice.rinaldi',
  ]);
  const card = pick(r, ['Amazon', 'Apple', 'Google Play']);
  const text =
    stage === 0
      ? `Ciao ${to.first},\n\nsei in ufficio? Ho bisogno di un favore urgente ma sono in riunione e non posso telefonare. Rispondimi appena puoi.\n\nGiulia\n\nInviato da iPhone`
      : `${to.first},\n\nmi servono ${pick(r, [5, 6, 10])} buoni regalo ${card} da ${pick(r, [50, 100])} € ciascuno per i relatori del seminario di domani. Puoi acquistarli tu? Ti rimborso entro oggi.\n\nMandami le foto dei codici sul retro rispondendo a questa email. È importante e riservato, non parlarne con altri per ora.\n\nGrazie,\nGiulia Rinaldi\nDirettrice, ${ORG.institute}`;
  return {
    from: {
      name: pick(r, ['Giulia Rinaldi', 'Prof.ssa Giulia Rinaldi']),
      address: `${local}@${pick(r, ['gmail.com', 'libero.it', 'outlook.com'])}`,
    },
    replyTo: chance(r, 0.3) ? { address: `${local}.${digits(r, 2)}@gmail.com` } : undefined,
    to: [addr(to)],
    subject: pick(r, ['Urgente', 'Sei disponibile?', 'Richiesta riservata', 'Favore']),
    date,
    charset: itCharset(r),
    text,
  };
});

const sdiInvoice = T('sdi-einvoice', 'fattura-elettronica-sdi', (r) => {
  const date = mailDate(r);
  const to = addr(pick(r, [STAFF.bolognaAdmin, STAFF.bologna]));
  const supplier = pick(r, [
    'Forniture Scientifiche Emiliane S.r.l.',
    'Tecnolab Bologna S.p.A.',
    'Cartoleria Universitaria S.n.c.',
    'Servizi Informatici Adriatici S.r.l.',
  ]);
  const n = `${int(r, 100, 999)}/2026`;
  const zip = chance(r, 0.4);
  const host = pick(r, ['fatturapa-sdi.it', 'sdi-fatture.com', 'fattureincloud-notifiche.net']);
  const link = pick(r, [`https://${host}/download?fattura=${token(r, 12)}`, freeHost(r, 'fattura-sdi')]);
  const base = `IT0${digits(r, 10)}_${chars(r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
  return {
    from: { name: `${supplier} via Sistema di Interscambio`, address: `sdi@${host}` },
    to: [to],
    subject: pick(r, [
      `Fattura elettronica n. ${n} - ${supplier}`,
      `Notifica SdI: nuova fattura ricevuta ${base}`,
      `Sollecito pagamento fattura ${n}`,
    ]),
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        greeting: 'Spett.le Istituto,',
        blocks: [
          `vi informiamo che è stata emessa la fattura elettronica n. ${n} di ${eurIt(amount(r, 320, 14_000))} tramite il Sistema di Interscambio.`,
          zip
            ? 'In allegato la copia di cortesia della fattura con il file XML.'
            : `La copia di cortesia è disponibile al seguente link: [Scarica fattura](${link})`,
          'Vi preghiamo di procedere al pagamento entro la scadenza indicata.',
        ],
        closing: 'Cordiali saluti,',
        signature: ['Ufficio Amministrazione', supplier],
      },
      0.3,
      0.3,
    ),
    attachments: zip
      ? [
          {
            filename: `${base}.zip`,
            type: MIME.zip,
            content: zipOf(`${base}.xml.${pick(r, ['js', 'vbs', 'lnk'])}`),
          },
        ]
      : undefined,
    via: 'vps',
    auth: pick(r, ['lookalike', 'pass'] as const),
  };
});

const spidCredential = T('spid-credential', 'spid-identita-scadenza', (r) => {
  const date = mailDate(r);
  const host = pick(r, ['spid-rinnovo.it', 'identita-digitale-spid.com', 'spid.gov-it.online']);
  const provider = pick(r, ['PosteID', 'Aruba ID', 'SielteID', 'InfoCert ID']);
  const link = pick(r, [`https://${host}/rinnovo?p=${token(r, 8)}`, freeHost(r, 'spid-rinnovo')]);
  return {
    from: { name: `${provider} - SPID`, address: `noreply@${host}` },
    to: [italianRecipient(r)],
    subject: pick(r, [
      'La tua identità digitale SPID sta per scadere',
      'SPID sospeso: verifica richiesta',
      'Rinnovo credenziali SPID entro 48 ore',
    ]),
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'SPID', color: '#0066cc', sub: 'Sistema Pubblico di Identità Digitale' },
        greeting: 'Gentile utente,',
        blocks: [
          `la sua identità digitale ${provider} risulta in scadenza il ${plDate(addDays(date, 2))}. Per continuare ad accedere ai servizi della Pubblica Amministrazione è necessario rinnovare le credenziali.`,
          'Il rinnovo richiede la conferma del documento di identità e un video di riconoscimento.',
          { button: 'Rinnova SPID', href: link },
        ],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

// ---------------------------------------------------------------------------------------------------
// Ukrainian phishing

const diiaNotice = T('diia-notice', 'diia-data-update', (r) => {
  const date = mailDate(r);
  const host = pick(r, ['diia-gov-ua.com', 'diia.gov.ua-onovlennya.info', 'diia-poslugy.online']);
  const link = pick(r, [`https://${host}/poslugy/${token(r, 10)}`, freeHost(r, 'diia-onovlennya')]);
  return {
    from: { name: 'Дія', address: `noreply@${host}` },
    to: [ukrainianRecipient(r)],
    subject: pick(r, [
      'Дія: оновіть дані, щоб не втратити доступ до послуг',
      'Нове повідомлення в Дії',
      'Дія: виплата очікує підтвердження',
    ]),
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        brand: { name: 'Дія', color: '#000000', sub: 'Держава у смартфоні' },
        greeting: 'Вітаємо!',
        blocks: [
          'Ми помітили, що ваші дані в застосунку Дія не оновлювалися з моменту виїзду за кордон. Щоб зберегти доступ до цифрових документів і послуг, підтвердіть особу до ' +
            plDate(addDays(date, 2)) +
            '.',
          'Підтвердження відбувається через банківську авторизацію (BankID).',
          { button: 'Підтвердити дані', href: link },
        ],
      },
      0.5,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const bankUa = T('bank-credential-ua', 'privatbank-card-blocked', (r) => {
  const date = mailDate(r);
  const bank = pick(r, [
    { name: 'ПриватБанк', looks: ['privat24-ua.com', 'privatbank-bezpeka.online'], color: '#6ab04c' },
    { name: 'monobank', looks: ['monobank-ua.app', 'mono-bezpeka.com'], color: '#000000' },
    { name: 'Ощадбанк', looks: ['oschadbank-online.info'], color: '#00845a' },
  ]);
  const host = pick(r, bank.looks);
  const link = pick(r, [`https://${host}/login?ref=${token(r, 8)}`, freeHost(r, 'bank-ua-verify')]);
  const card = `${pick(r, ['4149', '5168', '4441', '5375'])} **** **** ${digits(r, 4)}`;
  return {
    from: { name: bank.name, address: `security@${host}` },
    to: [ukrainianRecipient(r)],
    subject: pick(r, [
      `Вашу картку ${card} тимчасово заблоковано`,
      'Підозріла операція за вашим рахунком',
      'Потрібна верифікація клієнта',
    ]),
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        brand: { name: bank.name, color: bank.color },
        greeting: 'Шановний клієнте!',
        blocks: [
          `Ми зафіксували спробу списання ${uah(amount(r, 3000, 24_000))} з вашої картки ${card} з території Польщі. З метою безпеки картку тимчасово заблоковано.`,
          'Щоб розблокувати картку, увійдіть до інтернет-банку та підтвердіть особу протягом 24 годин.',
          { button: 'Розблокувати картку', href: link },
        ],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const novaPoshta = T('nova-poshta-parcel', 'nova-poshta-delivery-fee', (r) => {
  const date = mailDate(r);
  const ttn = `20${digits(r, 12)}`;
  const host = pick(r, ['novaposhta-ua.delivery', 'nova-poshta.pl-dostawa.com', 'novapost-tracking.online']);
  const link = pick(r, [`https://${host}/tracking/${ttn}`, freeHost(r, 'nova-poshta-oplata'), shortLink(r)]);
  return {
    from: { name: 'Нова пошта', address: pick(r, [`info@${host}`, `noreply@${host}`]) },
    to: [ukrainianRecipient(r)],
    subject: pick(r, [
      `Посилка ${ttn} очікує оплати доставки`,
      'Нова пошта: не вдалося доставити відправлення',
      'Підтвердіть адресу доставки в Польщі',
    ]),
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        brand: { name: 'Нова пошта', color: '#da291c' },
        greeting: 'Добрий день!',
        blocks: [
          `Ваше міжнародне відправлення **${ttn}** (Україна - Польща) прибуло до сортувального центру в Кракові, але не може бути доставлене через неоплачене мито.`,
          `Сплатіть ${pick(r, ['14,90 zł', '9,99 zł', '129 грн'])} протягом 48 годин, інакше посилку буде повернуто відправнику.`,
          { button: 'Оплатити доставку', href: link },
        ],
      },
      0.5,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const aidScam = T('aid-scam', 'un-cash-assistance-card', (r) => {
  const date = mailDate(r);
  const host = pick(r, [
    'unhcr-help-ua.org',
    'un-dopomoha.com',
    'cash-assistance-ua.eu',
    'pomoc-ukraina.gov-pl.info',
  ]);
  const link = pick(r, [`https://${host}/anketa?id=${token(r, 10)}`, freeHost(r, 'dopomoha-ukraintsyam')]);
  const sum = pick(r, ['2 220 грн', '6 660 грн', '1 400 zł', '300 €']);
  return {
    from: {
      name: pick(r, [
        'UNHCR - Допомога українцям',
        'ООН: програма грошової допомоги',
        'Червоний Хрест - допомога',
      ]),
      address: `dopomoha@${host}`,
    },
    to: [ukrainianRecipient(r)],
    toHeader: chance(r, 0.5) ? 'undisclosed-recipients:;' : undefined,
    subject: pick(r, [
      'Грошова допомога для українців у Польщі - останній день подачі',
      `Вам нараховано допомогу ${sum}`,
      'Програма підтримки переселенців 2026: підтвердіть отримання',
    ]),
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: 'Шановні громадяни України!',
        blocks: [
          `У межах програми грошової допомоги для українців, які перебувають у Польщі, вам нараховано **${sum}**. Виплата здійснюється на банківську картку.`,
          'Для отримання коштів заповніть анкету та вкажіть дані картки (номер, термін дії, CVV) для зарахування.',
          { button: 'Отримати допомогу', href: link },
          'Кількість отримувачів обмежена, анкети приймаються до кінця тижня.',
        ],
      },
      0.4,
      0.2,
    ),
    via: pick(r, ['vps', 'sendgrid'] as const),
    auth: 'lookalike',
  };
});

const residencePermit = T('residence-permit-scam', 'udsc-karta-pobytu-fee', (r) => {
  const date = mailDate(r);
  const host = pick(r, ['udsc-karta-pobytu.pl', 'karta-pobytu-gov.com', 'pesel-ukr.gov-pl.online']);
  const link = pick(r, [`https://${host}/sprawa/${digits(r, 8)}`, freeHost(r, 'karta-pobytu-oplata')]);
  const caseNo = `WSO-II.6151.${int(r, 10000, 99999)}.2025`;
  return {
    from: {
      name: 'Urząd do Spraw Cudzoziemców / Управління у справах іноземців',
      address: `powiadomienia@${host}`,
    },
    to: [ukrainianRecipient(r)],
    subject: pick(r, [
      `Ваша заява на карту побиту ${caseNo} потребує доплати`,
      'Статус UKR: підтвердіть дані до припинення',
      'Karta pobytu - wezwanie / виклик до доплати',
    ]),
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: 'Шановний заявнику!',
        blocks: [
          `У справі № ${caseNo} (karta pobytu czasowego) виявлено відсутність оплати гербового збору (opłata skarbowa) у розмірі ${pick(r, ['340 zł', '440 zł', '100 zł'])}.`,
          `Без оплати до ${plDate(addDays(date, 3))} провадження буде припинено, а ваш статус UKR - анульовано.`,
          { button: 'Сплатити онлайн', href: link },
        ],
        signature: ['Wojewoda Małopolski - Wydział Spraw Obywatelskich i Cudzoziemców'],
      },
      0.4,
      0.1,
    ),
    via: 'vps',
    auth: 'lookalike',
  };
});

const scholarshipUa = T('scholarship-scam-ua', 'ua-student-scholarship-card', (r) => {
  const date = mailDate(r);
  const s = student(r, 'ua');
  const look = pick(r, ['corp-example.com', 'uniwersytet-wislany.com.pl', 'wislany-uczelnia.pl']);
  const gmail = chance(r, 0.4);
  const link = pick(r, [`https://stypendia.${look}/ua/${s.index}`, freeHost(r, 'stypendia-ua')]);
  return {
    from: gmail
      ? { name: 'Стипендії для студентів з України', address: 'stypendia.ukraina.uw@gmail.com' }
      : { name: 'Dział Spraw Studenckich / Відділ у справах студентів', address: `stypendia@${look}` },
    to: [{ name: s.ua?.cyr ?? s.name, address: s.email }],
    subject: pick(r, [
      'Стипендія для студентів з України - підтвердіть рахунок',
      'Вам призначено соціальну стипендію',
      'Останній день: виплата стипендії',
    ]),
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: `Шановна/ий ${s.ua?.cyrFirst ?? s.first}!`,
        blocks: [
          `Повідомляємо, що вам призначено стипендію для студентів з України в розмірі **${pick(r, ['1 000 zł', '1 200 zł', '1 500 zł'])}** на місяць.`,
          'Для виплати першої частини необхідно підтвердити банківський рахунок: увійдіть до інтернет-банку через захищену сторінку протягом 48 годин.',
          { button: 'Підтвердити рахунок', href: link },
        ],
        signature: ['Dział Spraw Studenckich', ORG.name],
      },
      0.3,
      0.2,
    ),
    via: gmail ? 'gmail' : 'vps',
    auth: gmail ? 'freemail' : 'lookalike',
  };
});

const accommodationUa = T('accommodation-scam-ua', 'ua-dorm-room-prepayment', (r) => {
  const date = mailDate(r);
  const s = student(r, 'ua');
  const owner = uaName(r);
  const price = pick(r, [1500, 1700, 2000]);
  const text = `Добрий день, ${s.ua?.cyrFirst ?? s.first}!\n\nПишу щодо кімнати для студентів з України біля університету (${price} zł на місяць, все включено). Я зараз у Варшаві, тому не можу показати особисто, але ключі передасть сусідка.\n\nЩоб забронювати кімнату, потрібна передоплата за перший місяць і застава - всього ${price * 2} zł на картку ${pick(r, ['5168', '4149', '5375'])} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} або BLIK на номер ${plMobile(r)}.\n\nБагато охочих, тому відповідайте сьогодні.\n\n${owner.cyr}`;
  return {
    from: { name: owner.cyr, address: freemail(r, owner, ['gmail.com', 'ukr.net']) },
    to: [{ name: s.ua?.cyr ?? s.name, address: s.email }],
    subject: pick(r, [
      'Кімната для студентів - Краків',
      'Житло біля університету',
      'Re: кімната, передоплата',
    ]),
    date,
    charset: ukCharset(r),
    text,
  };
});

export const LOCAL_PHISHING_22: readonly Template[] = [
  pagopaFine,
  posteParcel,
  inpsRefund,
  bankIt,
  directorGiftCardIt,
  sdiInvoice,
  spidCredential,
  diiaNotice,
  bankUa,
  novaPoshta,
  aidScam,
  residencePermit,
  scholarshipUa,
  accommodationUa,
];

// ---------------------------------------------------------------------------------------------------
// Italian legitimate mail

const unibo = T('ham-erasmus-partner-it', 'unibo-nomination-acknowledged', (r) => {
  const date = mailDate(r);
  const officer = itName(r);
  const n = int(r, 2, 8);
  const pdf = onePagePdf([
    'Alma Mater Studiorum - Universita di Bologna',
    'Area Relazioni Internazionali',
    `Incoming students a.y. 2026/27 - ${ORG.nameEn}`,
    `Nominated students: ${n}`,
    'Application deadline: 15 June 2026',
  ]);
  return {
    from: { name: `${officer.full} - Area Relazioni Internazionali`, address: `${handle(officer)}@unibo.it` },
    to: [addr(STAFF.intl)],
    cc: [addr(STAFF.bolognaAdmin)],
    subject: `Erasmus+ 2026/27 - nomine ricevute / nominations received (${ORG.nameEn})`,
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        greeting: 'Gentile Katarzyna,',
        blocks: [
          `confermiamo di aver ricevuto le nomine di ${n} studenti per il programma Erasmus+ nell’a.a. 2026/27. Gli studenti riceveranno a breve un’email da Studenti Online con le istruzioni per completare la candidatura.`,
          'In allegato trova il riepilogo con le scadenze. Per qualsiasi domanda resto a disposizione.',
          '---',
          `We confirm receipt of the nominations of ${n} students for Erasmus+ 2026/27. The students will receive instructions from Studenti Online shortly.`,
        ],
        closing: 'Cordiali saluti / Best regards,',
        signature: [
          officer.full,
          'Area Relazioni Internazionali - Settore Mobilità',
          'Alma Mater Studiorum - Università di Bologna',
        ],
      },
      0.2,
      0.4,
    ),
    attachments: [{ filename: 'Incoming_2026-27_factsheet.pdf', type: MIME.pdf, content: pdf }],
    via: 'm365',
  };
});

const trenitalia = T('ham-travel-ticket-it', 'trenitalia-ticket', (r) => {
  const date = mailDate(r);
  const to = addr(pick(r, bolognaPeople));
  const pnr = upper(r, 6);
  const dep = addDays(date, int(r, 2, 20));
  const route = pick(r, [
    ['Bologna Centrale', 'Roma Termini'],
    ['Bologna Centrale', 'Milano Centrale'],
    ['Bologna Centrale', 'Firenze S. M. Novella'],
    ['Bologna Centrale', 'Venezia S. Lucia'],
  ]);
  const price = eurIt(amount(r, 19.9, 89.9));
  return {
    from: { name: 'Trenitalia', address: 'noreply@trenitalia.com' },
    to: [to],
    subject: `Acquisto biglietto - PNR ${pnr}`,
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'Trenitalia', color: '#c00000' },
        greeting: `Gentile ${to.name},`,
        blocks: [
          'grazie per aver acquistato con Trenitalia. In allegato il biglietto in formato PDF.',
          {
            facts: [
              ['Codice biglietto (PNR)', pnr],
              ['Tratta', `${route[0]} - ${route[1]}`],
              ['Data', `${plDate(dep)} ${pick(r, ['07:15', '09:40', '14:10', '18:25'])}`],
              ['Totale', price],
            ],
          },
          'Puoi gestire il viaggio dall’App Trenitalia o dall’area riservata su trenitalia.com.',
        ],
        footer: ['Trenitalia S.p.A. - Piazza della Croce Rossa 1, 00161 Roma'],
      },
      0.3,
      0,
    ),
    attachments: [
      {
        filename: `Biglietto_${pnr}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['Trenitalia', `PNR ${pnr}`, `${route[0]} - ${route[1]}`, plDate(dep)]),
      },
    ],
    via: 'sfmc',
    headers: unsubscribe(r, 'trenitalia.com'),
  };
});

const aruba = T('ham-invoice-it', 'aruba-fattura-disponibile', (r) => {
  const date = mailDate(r);
  const n = `${digits(r, 2)}/${digits(r, 7)}`;
  return {
    from: { name: 'Aruba.it', address: 'comunicazioni@staff.aruba.it' },
    to: [addr(STAFF.bolognaAdmin)],
    subject: `Aruba.it - Fattura n. ${n} disponibile`,
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'Aruba.it', color: '#ef7d00' },
        greeting: 'Gentile Cliente,',
        blocks: [
          `ti informiamo che è disponibile la fattura n. ${n} relativa al rinnovo del servizio PEC per il dominio dell’Istituto.`,
          {
            facts: [
              ['Importo', eurIt(pick(r, [6.1, 9.76, 24.4, 61]))],
              ['Data', plDate(date)],
            ],
          },
          'La fattura elettronica è stata trasmessa al Sistema di Interscambio. Puoi scaricare la copia di cortesia dall’Area Clienti su [managehosting.aruba.it](https://managehosting.aruba.it).',
        ],
        footer: ['Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG)'],
      },
      0.3,
      0,
    ),
  };
});

const bolognaSeminar = T('ham-internal-seminar-it', 'bologna-institute-seminar-ics', (r) => {
  const date = mailDate(r);
  const speaker = itName(r);
  const when = addDays(date, int(r, 3, 14));
  const title = pick(r, [
    'Rotte commerciali medievali tra Cracovia e Bologna',
    'Dinamiche fluviali e microplastiche',
    'Emettitori quantistici a lunghezze d’onda telecom',
    'Apprendimento federato su dati clinici',
  ]);
  const ics = invitation({
    uid: `${hex(r, 16)}@corp.example`,
    organizer: STAFF.bolognaRes.email,
    attendee: 'istituto-bologna@corp.example',
    summary: `Seminario: ${title}`,
    description: `Relatore: ${speaker.full}. Segue rinfresco.`,
    location: 'Sala riunioni, Via Zamboni 41, Bologna / Teams',
    start: `${isoDay(when).replace(/-/g, '')}T${pick(r, ['0900', '1300', '1400'])}00Z`,
  });
  return {
    from: addr(STAFF.bolognaRes),
    to: [{ name: 'Istituto Bologna', address: 'istituto-bologna@corp.example' }],
    subject: `Seminario dell’Istituto - ${plDate(when)}: ${title}`,
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        greeting: 'Care colleghe, cari colleghi,',
        blocks: [
          `vi invito al prossimo seminario dell’Istituto: **${title}**, relatore ${speaker.full}, il ${longDate(when, 'it')}.`,
          'Il seminario si terrà in sala riunioni e sarà trasmesso su Teams (link nell’invito allegato).',
        ],
        closing: 'Un saluto,',
        signature: ['Marco Ferri', ORG.institute],
      },
      0.2,
      0.5,
    ),
    attachments: [{ filename: 'invite.ics', type: MIME.ics, content: ics }],
  };
});

const posteReal = T('ham-parcel-it', 'poste-tracking-real', (r) => {
  const date = mailDate(r);
  const code = `${upper(r, 2)}${digits(r, 9)}IT`;
  return {
    from: { name: 'Poste Italiane', address: 'noreply@poste.it' },
    to: [addr(pick(r, bolognaPeople))],
    subject: `La tua spedizione ${code} è in consegna`,
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'Poste Italiane', color: '#f5d000' },
        greeting: 'Gentile cliente,',
        blocks: [
          `la spedizione **${code}** è in consegna oggi all’indirizzo indicato dal mittente.`,
          `Puoi seguire la spedizione su [poste.it](https://www.poste.it/cerca/index.html#/risultati-spedizioni/${code}) o nell’App Poste Italiane.`,
          'Ricorda: Poste Italiane non chiede mai pagamenti o dati della carta via email o SMS per la consegna dei pacchi.',
        ],
      },
      0.3,
      0,
    ),
    via: 'sfmc',
  };
});

const intesaReal = T('ham-bank-notice-it', 'intesa-new-device-real', (r) => {
  const date = mailDate(r);
  return {
    from: { name: 'Intesa Sanpaolo', address: 'comunicazioni@intesasanpaolo.com' },
    to: [addr(pick(r, bolognaPeople))],
    subject: 'Accesso da un nuovo dispositivo',
    date,
    charset: itCharset(r),
    ...parts(
      r,
      {
        lang: 'it',
        brand: { name: 'Intesa Sanpaolo', color: '#0b8a44' },
        greeting: 'Gentile cliente,',
        blocks: [
          `ti informiamo che il ${longDate(date, 'it')} alle ${hm(date)} è stato effettuato un accesso all’App Intesa Sanpaolo Mobile da un nuovo dispositivo (${pick(r, ['iPhone', 'Samsung Galaxy', 'Google Pixel'])}).`,
          'Se sei stato tu, non devi fare nulla. Se non riconosci l’accesso, contatta subito il numero verde indicato sul retro della tua carta o nella sezione Assistenza dell’app.',
          'Ti ricordiamo che non ti chiederemo mai credenziali o codici tramite email, SMS o telefonate.',
        ],
      },
      0.3,
      0,
    ),
    via: 'sfmc',
  };
});

const italianStudent = T('ham-student-docs-it', 'italian-student-learning-agreement', (r) => {
  const date = mailDate(r);
  const n = itName(r);
  const pdf = onePagePdf([
    'Learning Agreement - Student Mobility for Studies',
    `Student: ${ascii(n.full)}`,
    'Sending institution: Universita di Bologna',
    `Receiving institution: ${ORG.nameEn}`,
  ]);
  return {
    from: { name: n.full, address: freemail(r, n, ['gmail.com', 'libero.it', 'outlook.com']) },
    to: [addr(STAFF.intl)],
    subject: pick(r, [
      'Learning Agreement - studente Erasmus da Bologna',
      'Domanda alloggio e Learning Agreement',
      'Erasmus 2026/27 - documenti',
    ]),
    date,
    charset: itCharset(r),
    text: `Buongiorno,\n\nsono ${n.full}, studente/ssa dell’Università di Bologna nominato/a per l’Erasmus presso la vostra università nel semestre invernale 2026/27.\n\nVi invio in allegato il Learning Agreement firmato dal mio coordinatore. Vorrei anche sapere se è possibile richiedere un posto in residenza universitaria e quali sono le scadenze.\n\nMi scuso per l’italiano, se preferite posso scrivere in inglese.\n\nGrazie mille e cordiali saluti,\n${n.full}`,
    attachments: [{ filename: `Learning_Agreement_${ascii(n.last)}.pdf`, type: MIME.pdf, content: pdf }],
  };
});

// ---------------------------------------------------------------------------------------------------
// Ukrainian legitimate mail

const novaPoshtaReal = T('ham-parcel-ua', 'nova-poshta-arrived-real', (r) => {
  const date = mailDate(r);
  const ttn = `20${digits(r, 12)}`;
  return {
    from: { name: 'Нова пошта', address: 'info@novaposhta.ua' },
    to: [ukrainianRecipient(r)],
    subject: `Відправлення ${ttn} прибуло до відділення`,
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        brand: { name: 'Нова пошта', color: '#da291c' },
        greeting: 'Добрий день!',
        blocks: [
          `Ваше відправлення **${ttn}** прибуло до відділення Nova Post у Кракові (${pick(r, ['ul. Lubicz 25', 'ul. Wielicka 72', 'al. Pokoju 44'])}).`,
          `Отримати його можна до ${plDate(addDays(date, 5))}. Для отримання покажіть код з застосунку Нова пошта.`,
          'Нова пошта ніколи не просить дані банківської картки в листах.',
        ],
      },
      0.3,
      0,
    ),
    via: 'sendgrid',
    returnPath: `bounces+${digits(r, 7)}@em.novaposhta.ua`,
    auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
  };
});

const monobankStatement = T('ham-bank-statement-ua', 'monobank-monthly-statement', (r) => {
  const date = mailDate(r);
  const to = ukrainianRecipient(r);
  return {
    from: { name: 'monobank', address: 'noreply@monobank.ua' },
    to: [to],
    subject: pick(r, ['Виписка по картці за минулий місяць', 'Ваша щомісячна виписка']),
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: 'Привіт!',
        blocks: [
          'Надсилаємо виписку по вашій картці за минулий місяць. Файл захищено паролем - це перші 6 цифр вашого РНОКПП (ІПН).',
          'Якщо ви не замовляли виписку, просто проігноруйте цей лист.',
        ],
        signature: ['Команда monobank'],
      },
      0.2,
      0.4,
    ),
    attachments: [
      {
        filename: `statement_${isoDay(date)}.pdf`,
        type: MIME.pdf,
        content: onePagePdf(['monobank', 'Statement', isoDay(date)]),
      },
    ],
  };
});

const uaStudentDorm = T('ham-student-request-ua', 'ua-student-dorm-question', (r) => {
  const date = mailDate(r);
  const n = uaName(r);
  const pdf = onePagePdf([
    'Zaswiadczenie o statusie UKR',
    `Imie i nazwisko: ${n.full}`,
    `PESEL: ${digits(r, 11)}`,
  ]);
  const to = pick(r, [STAFF.intl2, STAFF.students2]);
  const f = ['Olena', 'Oksana', 'Iryna', 'Yuliia', 'Kateryna', 'Anastasiia', 'Viktoriia'].includes(n.first);
  return {
    from: { name: n.cyr, address: freemail(r, n, ['gmail.com', 'ukr.net']) },
    to: [addr(to)],
    subject: pick(r, [
      'Питання щодо гуртожитку',
      'Документи для поселення в гуртожиток',
      'Zakwaterowanie / гуртожиток',
    ]),
    date,
    charset: ukCharset(r),
    text: `Добрий день, пані ${to === STAFF.intl2 ? 'Олено' : 'Ірино'}!\n\nМене звати ${n.cyr}, я ${f ? 'студентка' : 'студент'} першого курсу (${pick(r, ['інформатика', 'біотехнологія', 'філологія'])}). ${f ? 'Хотіла б' : 'Хотів би'} подати заяву на місце в гуртожитку на наступний семестр.\n\nУ вкладенні надсилаю довідку про статус UKR. Підкажіть, будь ласка, чи потрібні ще якісь документи і до якого числа їх треба подати?\n\nДякую!\n${n.cyr}\nнр. альбому ${int(r, 430000, 449999)}`,
    attachments: [{ filename: `status_UKR_${ascii(n.last)}.pdf`, type: MIME.pdf, content: pdf }],
  };
});

const knuPartner = T('ham-research-partner-ua', 'knu-joint-project-meeting', (r) => {
  const date = mailDate(r);
  const n = uaName(r);
  const when = addDays(date, int(r, 5, 20));
  return {
    from: { name: n.cyr, address: `${handle(n)}@knu.ua` },
    to: [addr(STAFF.phys)],
    cc: [addr(STAFF.deanPhys)],
    subject: `Спільний проєкт: зустріч ${plDate(when)} та чернетка звіту`,
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: 'Шановна пані Наталіє,',
        blocks: [
          `пропоную провести онлайн-зустріч щодо спільного проєкту ${longDate(when, 'uk')} о ${pick(r, ['10:00', '12:00', '14:00'])} за київським часом. Посилання на Teams надішлю окремим запрошенням.`,
          'У вкладенні - чернетка проміжного звіту з нашими правками. Будемо вдячні за коментарі до розділу 3 до кінця тижня.',
        ],
        closing: 'З повагою,',
        signature: [n.cyr, 'Київський національний університет імені Тараса Шевченка', 'Фізичний факультет'],
      },
      0.2,
      0.4,
    ),
    attachments: [
      {
        filename: 'Zvit_proiekt_chernetka.docx',
        type: MIME.docx,
        content: Buffer.from(`PK\u0003\u0004 draft ${token(r, 20)}`),
      },
    ],
    via: 'm365',
  };
});

const udscInfo = T('ham-internal-students-ua', 'intl-office-residence-info-ua', (r) => {
  const date = mailDate(r);
  const deadline = addDays(date, int(r, 14, 40));
  return {
    from: addr(STAFF.intl2),
    to: [{ name: 'Студенти з України', address: 'studenci-ua@corp.example' }],
    subject: 'Легалізація перебування: важливі терміни / Legalizacja pobytu - ważne terminy',
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: 'Дорогі студенти!',
        blocks: [
          `Нагадуємо, що заяви на карту побиту (karta pobytu czasowego) для навчання варто подавати заздалегідь. Офіційну інформацію про зміни для громадян України публікує Управління у справах іноземців на сайті [gov.pl/web/udsc-ua](https://www.gov.pl/web/udsc-ua).`,
          `Консультації у Бюро міжнародної співпраці: щовівторка 10:00-13:00, кімн. 112. Довідки про навчання для воєводського управління можна замовити в USOSweb до ${plDate(deadline)}.`,
          'Увага: університет і урядові установи ніколи не вимагають оплати за посиланням в електронному листі. Оплата гербового збору здійснюється лише на рахунок міста, вказаний на сайті воєводського управління.',
        ],
        closing: 'З повагою,',
        signature: ['Олена Коваленко', 'Biuro Współpracy Międzynarodowej', ORG.name],
      },
      0.2,
      0.3,
    ),
  };
});

const kpiCfp = T('ham-conference-cfp-ua', 'kpi-conference-call-for-papers', (r) => {
  const date = mailDate(r);
  const deadline = addDays(date, int(r, 20, 50));
  return {
    from: { name: 'Оргкомітет конференції КПІ', address: 'conference@kpi.ua' },
    to: [addr(pick(r, [STAFF.phys, STAFF.intl2]))],
    subject:
      'Запрошення до участі: Міжнародна науково-практична конференція «Прикладна фізика та інформатика 2026»',
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: 'Шановні колеги!',
        blocks: [
          'Запрошуємо вас взяти участь у Міжнародній науково-практичній конференції «Прикладна фізика та інформатика 2026», яка відбудеться у змішаному форматі.',
          `Тези доповідей приймаються до ${longDate(deadline, 'uk')} через сайт конференції: [kpi.ua/conference-apfi](https://kpi.ua/conference-apfi). Участь безкоштовна.`,
        ],
        closing: 'З повагою,',
        signature: ['Оргкомітет', 'КПІ ім. Ігоря Сікорського'],
      },
      0.3,
      0.2,
    ),
    headers: unsubscribe(r, 'kpi.ua'),
  };
});

const scholarshipDecisionUa = T('ham-scholarship-decision-ua', 'dss-decision-in-usos-ua', (r) => {
  const date = mailDate(r);
  const s = student(r, 'ua');
  return {
    from: addr(STAFF.students2),
    to: [{ name: s.ua?.cyr ?? s.name, address: s.email }],
    subject: 'Рішення щодо стипендії доступне в USOSweb / Decyzja stypendialna w USOSweb',
    date,
    charset: ukCharset(r),
    ...parts(
      r,
      {
        lang: 'uk',
        greeting: `Добрий день, ${s.ua?.cyrFirst ?? s.first}!`,
        blocks: [
          `Рішення щодо вашої заяви на соціальну стипендію на 2025/2026 навчальний рік опубліковано в USOSweb (розділ «Wnioski»): [usosweb.corp.example](${ORG.usos}).`,
          'Номер рахунку для виплати змінюється тільки особисто в USOSweb після входу через університетський логін. Ми ніколи не просимо підтвердити рахунок через банк за посиланням.',
        ],
        closing: 'З повагою,',
        signature: ['Ірина Шевченко', 'Dział Spraw Studenckich'],
      },
      0.2,
      0.3,
    ),
  };
});

export const LOCAL_HAM_22: readonly Template[] = [
  unibo,
  trenitalia,
  aruba,
  bolognaSeminar,
  posteReal,
  intesaReal,
  italianStudent,
  novaPoshtaReal,
  monobankStatement,
  uaStudentDorm,
  knuPartner,
  udscInfo,
  kpiCfp,
  scholarshipDecisionUa,
];
