// The twenty-first unseen set's mail in Turkish and Ukrainian: citizens who write to Stadt Aldenmoor in
// their own language, and attackers who use those languages against the staff who read them.
import { diskImage, zipOf } from './payloads.js';
import {
  addr,
  alnum,
  ascii,
  branded,
  chance,
  digits,
  euro,
  invitationOf,
  letter,
  ORG,
  privateAddress,
  rcptOf,
  staff,
  street,
  type Template,
  TURKISH,
  token,
  UKRAINIAN,
  when,
} from './unseen-21-scene.js';
import { onePagePdf } from './unseen-payloads.js';

function t(kind: string, name: string, make: Template['make']): Template {
  return { kind, name, make };
}

/** A member of staff with a Turkish or Ukrainian name, who reads mail in that language. */
function speaker(r: Parameters<Template['make']>[0], lang: 'tr' | 'uk') {
  const p = staff(r, r.pick(['buerger', 'ordnung', 'schule', 'personal'] as const));
  const [first, last] = lang === 'tr' ? r.pick(TURKISH) : r.pick(UKRAINIAN);
  const email = `${ascii(first).toLowerCase()}.${ascii(last).toLowerCase()}@${ORG}`;
  return { ...p, first, last, name: `${first} ${last}`, email };
}

export const LOCAL_PHISHING_21: Template[] = [
  t('citizen-application-disk-image', 'oturum-basvurusu-img', (r) => {
    const [f, l] = r.pick(TURKISH);
    const b = letter([
      'Sayın yetkili,',
      `ikamet izni uzatma başvurum için istenen belgeleri (pasaport, kira sözleşmesi, maaş bordroları) ekte gönderiyorum. Dosya büyük olduğu için tek dosya halinde hazırladım, açmak için çift tıklamanız yeterli.`,
      'Sehr geehrte Damen und Herren, anbei meine Unterlagen für die Verlängerung der Aufenthaltserlaubnis.',
      `Saygılarımla\n${f} ${l}\n${street(r)}, 26871 Aldenmoor`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: r.pick(['buergerbuero@corp.example', rcptOf(staff(r, 'ordnung'))]),
      subject: r.pick([
        'Başvuru belgeleri / Unterlagen Aufenthaltserlaubnis',
        'Belgeler ektedir',
        `Antrag ${f} ${l} – belgeler`,
      ]),
      text: b.text,
      parts: [{ type: 'application/octet-stream', name: `Belgeler_${ascii(l)}.img`, content: diskImage() }],
      auth: r.pick(['pass', 'none'] as const),
    };
  }),
  t('citizen-complaint-link', 'cop-sikayet-fotograf-link', (r) => {
    const [f, l] = r.pick(TURKISH);
    const s = street(r);
    const dom = r.pick(['drive-paylasim.example', 'foto-yukle.test', 'googledrive-share.com']);
    const text = `Merhaba,

${s} adresinde oturuyorum. ${r.pick(['3 haftadır çöpler alınmıyor', 'Sokak lambası aylardır yanmıyor', 'Bahçemizin önüne sürekli çöp atılıyor'])}, defalarca telefon ettim ama kimse ilgilenmedi. Fotoğrafları buraya yükledim, lütfen bakın:

https://${dom}/file/d/${token(r, 28)}/view

Çok teşekkürler
${f} ${l}
`;
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: rcptOf(staff(r, r.pick(['ordnung', 'tief', 'buerger'] as const))),
      subject: r.pick(['Şikayet', 'Şikayet – fotoğraflar', 'Beschwerde / Şikayet']),
      text,
      auth: 'pass',
    };
  }),
  t('advance-fee', 'miras-bildirimi-turkce', (r) => {
    const p = speaker(r, 'tr');
    const amt = r.pick(['2.750.000', '4.100.000', '1.980.000']);
    const text = `Sayın ${p.first} ${p.last},

Ben Av. ${r.pick(['Kemal Erdem', 'Selim Aksoy', 'Orhan Başaran'])}, İstanbul'da bir hukuk bürosunda çalışıyorum. Soyadınızı taşıyan ve Almanya'da yaşayan müvekkilim ${r.pick(['2019', '2021'])} yılında vefat etti ve geride ${amt} Euro tutarında bir miras bıraktı. Yasal varisi bulunmadığından, sizi varis olarak göstermek istiyorum.

İşlem tamamen yasaldır ve size %45 pay düşecektir. Lütfen tam adınızı, telefon numaranızı ve kimlik fotokopinizi bu adrese gönderiniz. Noter ve transfer masrafları için küçük bir ön ödeme gerekecektir.

Saygılarımla
Av. Hukuk Bürosu
`;
    return {
      from: addr(
        'Avukatlık Bürosu',
        `avukat.${alnum(r, 5)}@${r.pick(['gmail.com', 'outlook.com', 'yandex.com'])}`,
      ),
      to: addr(p.name, p.email),
      subject: r.pick(['Miras bildirimi – gizli', 'ACİL: Varis', 'Hukuki bildirim']),
      text,
      auth: 'pass',
    };
  }),
  t('citizen-application-malware', 'zayava-zhytlo-zip', (r) => {
    const [, , cyr] = r.pick(UKRAINIAN);
    const [lf, ll] = r.pick(UKRAINIAN);
    const b = letter([
      'Добрий день!',
      'Надсилаю документи для заяви на житло та реєстрацію (паспорт, довідка про склад сім’ї, договір оренди). Файли в архіві, бо їх багато.',
      'Guten Tag, anbei meine Unterlagen für die Anmeldung und den Wohnungsantrag.',
      `З повагою,\n${cyr}`,
    ]);
    return {
      from: addr(cyr, privateAddress(r, lf, ll, r.pick(['gmail.com', 'ukr.net', 'gmx.de']))),
      to: r.pick(['buergerbuero@corp.example', rcptOf(staff(r, 'buerger'))]),
      subject: r.pick(['Документи / Unterlagen', 'Заява на житло', 'Anmeldung – документи']),
      text: b.text,
      parts: [
        {
          type: 'application/zip',
          name: `Dokumenty_${ascii(ll)}.zip`,
          content: zipOf(r.pick(['Pasport_skan.pdf.js', 'Dokumenty.vbs', 'Zayava.lnk'])),
        },
      ],
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('aid-payment-harvest', 'dopomoha-pidtverdzhennia', (r) => {
    const p = speaker(r, 'uk');
    const dom = r.pick(['dopomoga-ua.example', 'help-ukraine-payments.com', 'unhcr-dopomoga.test']);
    const body = branded(
      {
        name: 'Допомога Україні',
        color: '#0057b7',
        heading: 'Виплата допомоги: потрібне підтвердження',
        footer: ['Програма підтримки переселенців у Європі', 'Це автоматичне повідомлення.'],
      },
      [
        `Шановна(ий) ${p.first},`,
        `Вам нараховано одноразову виплату у розмірі ${euro(r, 300, 900)} EUR. Для отримання коштів підтвердіть свої банківські дані до ${when(r).de}.`,
        { button: 'Підтвердити дані', url: `https://${dom}/pay/${token(r, 12)}` },
        'Якщо дані не буде підтверджено, виплату буде скасовано.',
      ],
    );
    return {
      from: addr('Допомога Україні', `info@${dom}`),
      to: addr(p.name, p.email),
      subject: r.pick([
        'Виплата допомоги – підтвердіть дані',
        'Вам нараховано допомогу',
        'Останнє нагадування: виплата',
      ]),
      ...body,
      auth: r.pick(['pass', 'nodkim', 'none'] as const),
    };
  }),
  t('foreign-bank-credential', 'privat24-vkhid', (r) => {
    const p = speaker(r, 'uk');
    const dom = r.pick(['privat24-login.example', 'privatbank-secure.com', 'p24-verify.test']);
    const body = branded(
      {
        name: 'Приват24',
        color: '#6db33f',
        heading: 'Спроба входу з нового пристрою',
        footer: ['АТ КБ «ПриватБанк»', 'Не відповідайте на цей лист.'],
      },
      [
        `Ми зафіксували спробу входу до Приват24 з пристрою у ${r.pick(['Німеччині', 'Польщі', 'Нідерландах'])}. Якщо це були не ви, негайно заблокуйте доступ і підтвердьте особу.`,
        { button: 'Це був не я', url: `https://${dom}/auth/block?sid=${token(r, 16)}` },
      ],
    );
    return {
      from: addr('Приват24', `no-reply@${dom}`),
      to: addr(p.name, p.email),
      subject: r.pick([
        'Приват24: вхід з нового пристрою',
        'Приват24: підозріла активність',
        'Увага! Спроба входу до Приват24',
      ]),
      html: body.html,
      auth: r.pick(['pass', 'softfail'] as const),
    };
  }),
];

export const LOCAL_HAM_21: Template[] = [
  t('citizen-inquiry', 'tr-anmeldung-termin', (r) => {
    const [f, l] = r.pick(TURKISH);
    const p = staff(r, 'buerger');
    const text = `Merhaba,

Aldenmoor'a yeni taşındım (${street(r)}). İkamet kaydı (Anmeldung) için randevu almak istiyorum ama internet sitesinde boş randevu bulamadım. Hangi belgeleri getirmem gerekiyor? Kira sözleşmesi ve ev sahibinin onayı (Wohnungsgeberbestätigung) yeterli mi?

Almanca biraz konuşabiliyorum, gerekirse kızım da gelebilir.

Teşekkürler
${f} ${l}
Tel. 0176 ${digits(r, 8)}
`;
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: r.pick(['buergerbuero@corp.example', rcptOf(p)]),
      subject: r.pick(['Anmeldung randevu', 'İkamet kaydı hakkında soru', 'Frage Anmeldung / soru']),
      text,
      auth: 'pass',
    };
  }),
  t('citizen-application-attachment', 'tr-okul-kaydi-pdf', (r) => {
    const [f, l] = r.pick(TURKISH);
    const child = r.pick(['Elif', 'Yusuf', 'Defne', 'Emir', 'Zehra']);
    const b = letter([
      'Sayın Okul İdaresi / Sehr geehrte Damen und Herren,',
      `oğlum/kızım ${child} ${l} için ${r.pick(['Grundschule am Moor', 'Oberschule Aldenmoor'])} okul kaydıyla ilgili istenen belgeyi (Anmeldebestätigung ve aşı kartı) ekte gönderiyorum.`,
      'Okul otobüsü (Schülerbeförderung) için de başvuru yapmak istiyoruz, form nereden alınabilir?',
      `Saygılarımla\n${f} ${l}`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: rcptOf(staff(r, 'schule')),
      subject: `Okul kaydı ${child} ${l} / Schulanmeldung`,
      ...b,
      parts: [
        {
          type: 'application/pdf',
          name: `Anmeldung_${ascii(child)}_${ascii(l)}.pdf`,
          content: onePagePdf(['Anmeldebestaetigung', `${child} ${ascii(l)}`, `Aldenmoor, ${when(r).de}`]),
        },
      ],
      auth: 'pass',
    };
  }),
  t('community-invitation', 'tr-iftar-davet', (r) => {
    const d = when(r);
    const [f, l] = r.pick(TURKISH);
    const dom = 'ditib-aldenmoor.de';
    const b = letter([
      'Sayın Belediye Başkanı Frau Vollmer, sehr geehrte Frau Bürgermeisterin,',
      `Türkisch-Islamische Gemeinde Aldenmoor olarak sizi ${d.plus(10)} tarihinde saat 19:30'da cemaatimizin geleneksel iftar yemeğine davet etmekten onur duyarız.`,
      'Als Türkisch-Islamische Gemeinde laden wir Sie herzlich zu unserem traditionellen Iftar-Essen ein. Eine kurze Rückmeldung, ob Sie teilnehmen können, würde uns sehr freuen.',
      `Saygılarımızla / Mit freundlichen Grüßen\n${f} ${l}\nVorsitzender`,
    ]);
    return {
      from: addr(`${f} ${l}`, `vorstand@${dom}`),
      to: rcptOf(staff(r, 'mayor')),
      subject: 'Davet / Einladung Iftar-Empfang',
      ...b,
      parts: [
        {
          type: 'text/calendar; method=REQUEST',
          name: 'invite.ics',
          content: invitationOf(r, {
            organizer: `vorstand@${dom}`,
            attendee: 'katrin.vollmer@corp.example',
            summary: 'Iftar-Empfang der Türkisch-Islamischen Gemeinde',
            description: 'Einladung zum Iftar-Essen',
            location: `Moschee, ${street(r)}, Aldenmoor`,
            start: d.ical(10, 17),
          }),
        },
      ],
      auth: chance(r, 70) ? 'pass' : 'nodkim',
    };
  }),
  t('citizen-application-attachment', 'uk-dokumenty-skan', (r) => {
    const [lf, ll, cyr] = r.pick(UKRAINIAN);
    const b = letter([
      'Добрий день!',
      `Мене звати ${cyr}. Вчора я була/був у Bürgerbüro, і мене попросили надіслати копію паспорта та Wohnungsgeberbestätigung електронною поштою. Надсилаю скан у вкладенні.`,
      `Guten Tag, wie gestern besprochen sende ich Ihnen die Kopie meines Passes und die Wohnungsgeberbestätigung. Aktenzeichen: 32.1-${digits(r, 5)}`,
      `Дякую!\n${cyr}\n${lf} ${ll}`,
    ]);
    return {
      from: addr(`${lf} ${ll}`, privateAddress(r, lf, ll, r.pick(['gmail.com', 'ukr.net', 'gmx.de']))),
      to: rcptOf(staff(r, 'buerger')),
      subject: r.pick(['Документи / Unterlagen Anmeldung', `Unterlagen ${lf} ${ll}`, 'Скан паспорта']),
      ...b,
      parts: [
        {
          type: 'application/pdf',
          name: `Scan_${ascii(ll)}_${digits(r, 4)}.pdf`,
          content: onePagePdf(['Scan', `${lf} ${ll}`, 'Reisepass / Wohnungsgeberbestaetigung']),
        },
      ],
      auth: 'pass',
    };
  }),
  t('partner-notice', 'uk-vhs-integrationskurs', (r) => {
    const d = when(r);
    const b = letter([
      'Sehr geehrte Damen und Herren, шановні колеги,',
      `ab dem ${d.plus(14)} beginnt an der Volkshochschule ein neuer Integrationskurs mit Kinderbetreuung. Bitte geben Sie die Information an ukrainischsprachige Bürgerinnen und Bürger weiter. Anmeldung vor Ort oder unter [www.vhs-aldenmoor.de/integration](https://www.vhs-aldenmoor.de/integration).`,
      `З ${d.plus(14)} у Volkshochschule починається новий інтеграційний курс з доглядом за дітьми. Реєстрація на місці або на сайті.`,
      `Mit freundlichen Grüßen / З повагою\n${staff(r).name}\nFachbereich Deutsch als Zweitsprache\nVolkshochschule Aldenmoor`,
    ]);
    return {
      from: addr('VHS Aldenmoor – Integration', 'integration@vhs-aldenmoor.de'),
      to: r.pick(['buergerbuero@corp.example', rcptOf(staff(r, 'buerger'))]),
      subject: 'Neuer Integrationskurs / Новий інтеграційний курс',
      ...b,
      auth: 'pass',
    };
  }),
  t('shared-form-genuine', 'uk-ehrenamt-google-form', (r) => {
    const [f, l] = [r.pick(['Marina', 'Oksana', 'Tetiana']), r.pick(['Hoffmann', 'Petrenko', 'Lysenko'])];
    const b = letter([
      'Liebe Frau/Lieber Herr aus dem Bürgerbüro,',
      `wir sammeln als Helferkreis Aldenmoor für ukrainische Familien Angebote für Möbelspenden. Damit es nicht so viele einzelne Mails gibt, haben wir ein Formular erstellt: [Spendenformular](https://docs.google.com/forms/d/e/1FAIpQLS${token(r, 40)}/viewform?usp=sf_link). Dürfen wir den Link auch auf Ihrer Infotafel aushängen?`,
      'Дякуємо за допомогу!',
      `Viele Grüße\n${f} ${l}\nHelferkreis Aldenmoor`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l, r.pick(['web.de', 'gmx.de', 'gmail.com']))),
      to: rcptOf(staff(r, 'buerger')),
      subject: 'Möbelspenden für ukrainische Familien – Formular',
      ...b,
      auth: 'pass',
    };
  }),
];
