// The twenty-first unseen set's legitimate mail: what Stadt Aldenmoor's staff genuinely receive and a
// cautious reader might still report (see unseen-21-scene.ts). Sign-in codes they asked for, invoices from
// real services, e-procurement and e-signature notices, citizens' complaints and applications with
// attachments, a contractor's bank change asking to be confirmed by phone, CERT warnings, newsletters with
// tracking links, internal IT and HR notices. German mostly; English, Turkish and Ukrainian as well.
import jpeg from 'jpeg-js';
import type { SeededRandom } from './generate.js';
import { LOCAL_HAM_21 } from './unseen-21-local.js';
import {
  addr,
  alnum,
  ascii,
  branded,
  CONTRACTORS,
  chance,
  digits,
  euro,
  germanName,
  hex,
  iban,
  int,
  invitationOf,
  KRZ,
  letter,
  MAYOR,
  MONATE,
  PAPER,
  PROJECTS,
  privateAddress,
  rcptOf,
  runTemplates,
  SCHOOLS,
  SPARKASSE,
  STREETS,
  signature,
  staff,
  street,
  TENANT,
  type Template,
  token,
  when,
} from './unseen-21-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const PDF = 'application/pdf';

function t(kind: string, name: string, make: Template['make']): Template {
  return { kind, name, make };
}

/** A small photo-like JPEG: a gradient with noise, as a phone camera's picture shrunk. */
function photo(r: SeededRandom): Buffer {
  const width = 96;
  const height = 72;
  const data = Buffer.alloc(width * height * 4);
  const base = [int(r, 60, 160), int(r, 60, 160), int(r, 60, 160)];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const n = r.below(24);
      data[i] = Math.min(255, base[0] + y + n);
      data[i + 1] = Math.min(255, base[1] + ((x + y) >> 1) + n);
      data[i + 2] = Math.min(255, base[2] + x / 2 + n);
      data[i + 3] = 255;
    }
  return jpeg.encode({ data, width, height }, 80).data;
}

const M365_FOOTER = [
  'Datenschutzerklärung: https://go.microsoft.com/fwlink/?LinkId=521839',
  'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
];
const outlookRelay = (r: SeededRandom): [string, string] => [
  `mail-${r.pick(['fr2deu01', 'be0deu01', 'db8eur05'])}on2${digits(r, 3)}.outbound.protection.outlook.com`,
  `40.107.${int(r, 1, 250)}.${int(r, 1, 250)}`,
];

const HAM: Template[] = [
  // ------------------------------------------------------------ Microsoft and collaboration
  t('requested-verification-code', 'entra-sspr-code', (r) => {
    const p = staff(r);
    const code = digits(r, 6);
    const body = branded(
      { name: 'Microsoft', color: '#2f2f2f', heading: 'Prüfcode für Ihr Konto', footer: M365_FOOTER },
      [
        `Verwenden Sie den folgenden Sicherheitscode für das Konto ${p.email} der Organisation Stadt Aldenmoor.`,
        `Sicherheitscode: ${code}`,
        'Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren. Möglicherweise hat jemand Ihre E-Mail-Adresse versehentlich eingegeben.',
        'Vielen Dank\nDas Microsoft-Kontoteam',
      ],
    );
    return {
      from: addr('Microsoft im Auftrag von Stadt Aldenmoor', 'msonlineservicesteam@microsoftonline.com'),
      to: rcptOf(p),
      subject: `Stadt Aldenmoor-Kontoüberprüfungscode: ${code}`,
      ...body,
      relay: outlookRelay(r),
      auth: 'pass',
    };
  }),
  t('sign-in-alert', 'microsoft-konto-ungewoehnliche-anmeldung', (r) => {
    const p = staff(r);
    const priv = privateAddress(r, p.first, p.last, r.pick(['outlook.de', 'hotmail.com', 'outlook.com']));
    const body = branded(
      {
        name: 'Microsoft-Konto',
        color: '#0078d4',
        heading: 'Ungewöhnliche Anmeldeaktivität',
        footer: M365_FOOTER,
      },
      [
        `Wir haben eine ungewöhnliche Anmeldung beim Microsoft-Konto ${priv.replace(/^(..).*@/, '$1*****@')} festgestellt.`,
        `Land/Region: Deutschland\nIP-Adresse: ${int(r, 80, 95)}.${int(r, 1, 250)}.${int(r, 1, 250)}.${int(r, 1, 250)}\nDatum: ${when(r).de}\nPlattform: ${r.pick(['Windows', 'iOS', 'Android'])}\nBrowser: ${r.pick(['Edge', 'Safari', 'Chrome'])}`,
        'Wenn Sie das waren, können Sie diese E-Mail ignorieren. Andernfalls überprüfen Sie bitte die letzten Aktivitäten in Ihrem Konto:',
        { button: 'Aktivität überprüfen', url: 'https://account.live.com/Activity' },
        'Sie können Sicherheitsbenachrichtigungen unter https://account.live.com/SecurityNotifications/Update deaktivieren.',
      ],
    );
    return {
      from: addr('Microsoft-Kontoteam', 'account-security-noreply@accountprotection.microsoft.com'),
      to: addr(p.name, priv),
      subject: 'Ungewöhnliche Anmeldeaktivität für das Microsoft-Konto',
      ...body,
      relay: outlookRelay(r),
      auth: 'pass',
    };
  }),
  t('saas-invoice', 'microsoft-365-rechnung', (r) => {
    const d = when(r);
    const nr = `G0${digits(r, 8)}`;
    const body = branded(
      { name: 'Microsoft', color: '#0078d4', heading: 'Ihre Rechnung ist verfügbar', footer: M365_FOOTER },
      [
        `Ihre Rechnung für ${MONATE[d.month]} ${d.year} für das Abrechnungskonto Stadt Aldenmoor ist jetzt verfügbar.`,
        `Rechnungsnummer: ${nr}\nBetrag: ${euro(r, 4800, 28000)} EUR\nZahlungsmethode: Rechnung / Überweisung\nFällig am: ${d.plus(30)}`,
        {
          button: 'Rechnung anzeigen',
          url: `https://admin.microsoft.com/Adminportal/Home?#/billoverview/invoice-list`,
        },
        'Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.',
      ],
    );
    return {
      from: addr('Microsoft', 'microsoft-noreply@microsoft.com'),
      to: rcptOf(staff(r, r.pick(['it', 'kaemmerei'] as const))),
      subject: `Ihre Microsoft-Rechnung ${nr} ist verfügbar`,
      ...body,
      parts: [
        {
          type: PDF,
          name: `${nr}.pdf`,
          content: onePagePdf(['Microsoft Ireland Operations Ltd', `Rechnung ${nr}`, 'Stadt Aldenmoor']),
        },
      ],
      relay: outlookRelay(r),
      auth: 'pass',
    };
  }),
  t('meeting-invitation', 'webex-krz-einladung', (r) => {
    const d = when(r);
    const p = staff(r);
    const host = staff(r);
    const mtid = `m${hex(r, 32)}`;
    const url = `https://krznordwest.webex.com/krznordwest/j.php?MTID=${mtid}`;
    const topic = r.pick([
      'Abstimmung Migration Finanzverfahren',
      'Jour fixe E-Akte',
      'Schulung OZG-Antragsmanagement',
    ]);
    const body = branded(
      {
        name: 'Webex',
        color: '#0a0a0a',
        heading: topic,
        footer: [
          'Cisco Webex',
          `Für die Teilnahme per Telefon: +49-619-6781-9736, Zugriffscode ${digits(r, 4)} ${digits(r, 3)} ${digits(r, 4)}`,
        ],
      },
      [
        `${host.first} ${r.pick(['Brinkmann', 'Harms', 'Siebels'])} (${KRZ.short}) hat Sie zu einem Webex-Meeting eingeladen.`,
        `${d.plus(3)}, ${int(r, 9, 14)}:00 | 1 Std. | (UTC+01:00) Amsterdam, Berlin`,
        { button: 'Meeting beitreten', url },
        `Meeting-Kennnummer: ${digits(r, 4)} ${digits(r, 3)} ${digits(r, 4)}\nPasswort: ${alnum(r, 10)}`,
      ],
    );
    return {
      from: addr(`${KRZ.short} über Webex`, 'messenger@webex.com'),
      to: rcptOf(p),
      subject: `Einladung zum Webex-Meeting: ${topic}`,
      ...body,
      parts: [
        {
          type: 'text/calendar; method=REQUEST',
          name: 'meeting.ics',
          content: invitationOf(r, {
            organizer: `servicedesk@${KRZ.domain}`,
            attendee: p.email,
            summary: topic,
            description: `Webex: ${url}`,
            location: url,
            start: d.ical(3, 9),
          }),
        },
      ],
      relay: [`mda${int(r, 1, 9)}.webex.com`, `170.72.${int(r, 1, 250)}.${int(r, 1, 250)}`],
      auth: 'pass',
    };
  }),
  t('meeting-invitation', 'teams-besprechung-intern', (r) => {
    const d = when(r);
    const org = staff(r);
    const p = staff(r);
    const topic = r.pick([
      'Haushaltsplanung 2026 – Abstimmung Budgets',
      'Vorbereitung Bauausschuss',
      'Projektgruppe Digitalisierung Bürgerbüro',
      'Dienstbesprechung Fachbereichsleitungen',
    ]);
    const url = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${token(r, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}%22%7d`;
    const b = letter([
      `${r.pick(['Hallo zusammen', 'Liebe Kolleginnen und Kollegen', `Hallo ${p.first}`])},`,
      `ich lade Sie herzlich zur Besprechung „${topic}“ ein. ${r.pick(['Bitte bringen Sie Ihre Zahlen mit.', 'Die Unterlagen liegen im Teams-Kanal.', ''])}`,
      '________________________________________________________________________________',
      `Microsoft Teams Hilfe?\n[Jetzt an der Besprechung teilnehmen](${url})\nBesprechungs-ID: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}\nKennung: ${alnum(r, 6)}`,
      '________________________________________________________________________________',
    ]);
    return {
      from: addr(org.name, org.email),
      to: rcptOf(p),
      subject: topic,
      ...b,
      parts: [
        {
          type: 'text/calendar; method=REQUEST',
          name: 'invite.ics',
          content: invitationOf(r, {
            organizer: org.email,
            attendee: p.email,
            summary: topic,
            description: url,
            location: 'Microsoft Teams-Besprechung',
            start: d.ical(4, 8),
          }),
        },
      ],
      auth: 'pass',
      keepAuth: true,
    };
  }),
  t('internal-share', 'sharepoint-freigabe-intern', (r) => {
    const owner = staff(r);
    const file = r.pick([
      'Haushaltsentwurf_2026.xlsx',
      'Dienstanweisung_Homeoffice.docx',
      'Ratsvorlage_Radwegekonzept.docx',
      'Stellenplan_Entwurf.xlsx',
    ]);
    const site = r.pick(['Kaemmerei', 'Bauamt', 'Hauptamt', 'Ratsbuero']);
    const ext = file.endsWith('xlsx') ? 'x' : 'w';
    const body = branded({ name: 'SharePoint', color: '#03787c', footer: M365_FOOTER }, [
      `${owner.name} hat die Datei „${file}“ für Sie freigegeben.`,
      {
        quote: r.pick(['Bitte bis Freitag Anmerkungen direkt im Dokument.', 'Zur Info.', 'Wie besprochen.']),
      },
      {
        button: 'Öffnen',
        url: `https://${TENANT}.sharepoint.com/:${ext}:/s/${site}/${token(r, 22)}?e=${alnum(r, 6)}`,
      },
    ]);
    return {
      from: addr(`${owner.name} (über SharePoint Online)`, 'no-reply@sharepointonline.com'),
      to: rcptOf(staff(r)),
      replyTo: addr(owner.name, owner.email),
      subject: `${owner.name} hat „${file}“ für Sie freigegeben`,
      ...body,
      relay: outlookRelay(r),
      auth: 'pass',
    };
  }),
  t('quarantine-notice', 'defender-quarantaene-echt', (r) => {
    const p = staff(r);
    const items = Array.from({ length: int(r, 1, 3) }, () =>
      r.pick(['Sonderangebot Streusalz', 'Your invoice is ready', 'Newsletter Kommunalbedarf', 'Bewerbung']),
    );
    const body = branded(
      {
        name: 'Microsoft Defender for Office 365',
        color: '#243a5e',
        heading: 'Benachrichtigung zur Quarantäne',
        footer: M365_FOOTER,
      },
      [
        `Nachrichten, die an ${p.email} gesendet wurden, wurden unter Quarantäne gestellt. Überprüfen Sie die Nachrichten im Microsoft Defender-Portal.`,
        { list: items },
        { button: 'Überprüfen', url: 'https://security.microsoft.com/quarantine?viewid=Email' },
      ],
    );
    return {
      from: addr('Office365 Message Center', 'quarantine@messaging.microsoft.com'),
      to: rcptOf(p),
      subject: 'Microsoft 365-Sicherheit: Sie haben Nachrichten in Quarantäne',
      ...body,
      relay: outlookRelay(r),
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ parcels and travel
  t('shipping-notification', 'dhl-paket-ankuendigung', (r) => {
    const code = `00340434${digits(r, 12)}`;
    const body = branded(
      {
        name: 'DHL',
        color: '#ffcc00',
        heading: 'Ihr Paket kommt heute',
        footer: [
          'Deutsche Post AG, Charles-de-Gaulle-Straße 20, 53113 Bonn',
          'Datenschutz: https://www.dhl.de/datenschutz',
        ],
      },
      [
        `Sendungsnummer: ${code}`,
        `Absender: ${r.pick(['Kaiser+Kraft GmbH', 'Amazon Business', 'Bechtle AG', 'Staples Deutschland'])}`,
        `Voraussichtliche Zustellung: heute zwischen ${int(r, 9, 12)}:00 und ${int(r, 13, 17)}:00 Uhr`,
        {
          button: 'Sendung verfolgen',
          url: `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${code}`,
        },
      ],
    );
    return {
      from: addr('DHL Paket', 'noreply@dhl.de'),
      to: r.pick(['poststelle@corp.example', rcptOf(staff(r))]),
      subject: `Ihr DHL Paket kommt heute – ${code}`,
      ...body,
      auth: 'pass',
    };
  }),
  t('customs-duty-genuine', 'dhl-express-zollabgaben', (r) => {
    const awb = digits(r, 10);
    const body = branded(
      {
        name: 'DHL Express',
        color: '#d40511',
        heading: 'Einfuhrabgaben für Ihre Sendung',
        footer: ['DHL Express Germany GmbH, Heinrich-Brüning-Str. 5, 53113 Bonn'],
      },
      [
        `Ihre Sendung ${awb} aus ${r.pick(['Großbritannien', 'der Schweiz', 'den USA'])} ist in Deutschland angekommen. Für die Verzollung sind Einfuhrabgaben von ${euro(r, 18, 240)} EUR fällig.`,
        'Sie können die Abgaben online bezahlen oder bei Zustellung begleichen.',
        { button: 'Jetzt bezahlen', url: `https://del.dhl.com/de/payment/${awb}?tid=${alnum(r, 12)}` },
        'Ihre Sendungsnummer finden Sie auch unter https://www.dhl.com/de-de/home/tracking.html',
      ],
    );
    return {
      from: addr('DHL Express', 'noreply.odd@dhl.com'),
      to: rcptOf(staff(r, r.pick(['it', 'tief', 'schule'] as const))),
      subject: `DHL On Demand Delivery: Zollabgaben für Sendung ${awb}`,
      ...body,
      auth: 'pass',
    };
  }),
  t('travel-booking', 'bahn-buchungsbestaetigung', (r) => {
    const p = staff(r);
    const nr = alnum(r, 6, true);
    const d = when(r);
    const dest = r.pick(['Hannover Hbf', 'Berlin Hbf', 'Bremen Hbf', 'Düsseldorf Hbf']);
    const b = letter([
      `Hallo ${p.first} ${p.last},`,
      `vielen Dank für Ihre Buchung. Ihr Auftrag ${nr}: Leer (Ostfriesl) → ${dest}, Hinfahrt am ${d.plus(7)}.`,
      'Ihr Ticket finden Sie im Anhang und in der App DB Navigator. Bitte beachten Sie: Das Ticket ist nur mit dem bei der Buchung angegebenen Ausweis gültig.',
      `Buchungsdetails: [bahn.de/buchung](https://www.bahn.de/buchung/auftrag/${nr})`,
      'Ihr Team der Deutschen Bahn',
    ]);
    return {
      from: addr('DB Fernverkehr', 'buchungsbestaetigung@bahn.de'),
      to: rcptOf(p),
      subject: `Buchungsbestätigung (Auftrag ${nr})`,
      ...b,
      parts: [
        {
          type: PDF,
          name: `Ticket_${nr}.pdf`,
          content: onePagePdf(['Online-Ticket', `Auftrag ${nr}`, `Leer (Ostfriesl) - ${dest}`]),
        },
      ],
      auth: 'pass',
    };
  }),
  t('travel-booking', 'booking-hotel-bestaetigung', (r) => {
    const p = staff(r);
    const nr = digits(r, 10);
    const hotel = r.pick(['Hotel am Maschsee', 'ibis Berlin Mitte', 'Hotel Bremer Tor']);
    const body = branded(
      {
        name: 'Booking.com',
        color: '#003580',
        heading: `Ihre Buchung im ${hotel} ist bestätigt`,
        footer: ['Booking.com B.V., Herengracht 597, 1017 CE Amsterdam'],
      },
      [
        `Buchungsnummer: ${nr}\nPIN-Code: ${digits(r, 4)}\nAnreise: ${when(r).de}`,
        'Sie zahlen in der Unterkunft. Kostenlose Stornierung bis 1 Tag vor Anreise.',
        {
          button: 'Buchung verwalten',
          url: `https://secure.booking.com/myreservations.de.html?aid=${digits(r, 6)}&bn=${nr}`,
        },
      ],
    );
    return {
      from: addr('Booking.com', 'noreply@booking.com'),
      to: rcptOf(p),
      subject: `Buchungsbestätigung – ${hotel}`,
      ...body,
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ tax, bank, DATEV
  t('tax-portal-notice', 'elster-neue-nachricht', (r) => {
    const body = branded(
      {
        name: 'Mein ELSTER',
        color: '#1a4b8c',
        heading: 'Neue Nachricht in Ihrem Postfach',
        footer: ['Ihr Online-Finanzamt', 'Bitte antworten Sie nicht auf diese E-Mail.'],
      },
      [
        'Sehr geehrte Nutzerin, sehr geehrter Nutzer,',
        `in Ihrem Postfach bei Mein ELSTER ist eine neue Nachricht eingegangen (${r.pick(['Bescheid', 'Information', 'Benachrichtigung über Bescheiddaten'])}). Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.`,
        'Bitte melden Sie sich unter [www.elster.de](https://www.elster.de/eportal/login) mit Ihrem Zertifikat an, um die Nachricht abzurufen.',
        'Mit freundlichen Grüßen\nIhre Steuerverwaltung',
      ],
    );
    return {
      from: addr('ELSTER', 'noreply@elster.de'),
      to: rcptOf(staff(r, r.pick(['steuer', 'kaemmerei'] as const))),
      subject: 'Neue Nachricht in Mein ELSTER',
      ...body,
      auth: 'pass',
    };
  }),
  t('payroll-document', 'datev-arbeitnehmer-online', (r) => {
    const p = staff(r);
    const d = when(r);
    const body = branded(
      {
        name: 'DATEV Arbeitnehmer online',
        color: '#00853f',
        heading: 'Neues Dokument verfügbar',
        footer: ['DATEV eG, 90329 Nürnberg', 'Diese E-Mail wurde automatisch erstellt.'],
      },
      [
        `Hallo ${p.first} ${p.last},`,
        `für Sie wurde ein neues Dokument bereitgestellt: Brutto/Netto-Abrechnung ${MONATE[d.month]} ${d.year}.`,
        { button: 'Zu Arbeitnehmer online', url: 'https://arbeitnehmer.datev.de/' },
        'Aus Sicherheitsgründen enthält diese E-Mail kein Dokument.',
      ],
    );
    return {
      from: addr('DATEV Arbeitnehmer online', 'noreply@arbeitnehmer.datev.de'),
      to: rcptOf(p),
      subject: `Neues Dokument: Abrechnung ${MONATE[d.month]} ${d.year}`,
      ...body,
      auth: 'pass',
    };
  }),
  t('bank-notice', 'sparkasse-postfach', (r) => {
    const body = branded(
      {
        name: SPARKASSE.name,
        color: '#ff0000',
        heading: 'Neue Nachricht im elektronischen Postfach',
        footer: [
          `${SPARKASSE.name}, Anstalt des öffentlichen Rechts`,
          'Diese E-Mail enthält keine Links zu Ihrem Online-Banking.',
        ],
      },
      [
        'Sehr geehrte Damen und Herren,',
        `in Ihrem elektronischen Postfach liegt ein neues Dokument für das Konto ${r.pick(['Stadtkasse', 'Sonderkonto Bauhof', 'Treuhandkonto'])} bereit (${r.pick(['Kontoauszug', 'Rechnungsabschluss', 'Preisaushang'])}).`,
        'Bitte melden Sie sich wie gewohnt im Online-Banking an. Wir fragen niemals per E-Mail nach PIN oder TAN.',
        `Ihre ${SPARKASSE.name}`,
      ],
    );
    return {
      from: addr(SPARKASSE.name, `noreply@${SPARKASSE.domain}`),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: 'Neue Nachricht im elektronischen Postfach',
      ...body,
      auth: 'pass',
    };
  }),
  t('bank-security-notice', 'sparkasse-warnung-betrug', (r) => {
    const body = branded(
      {
        name: SPARKASSE.name,
        color: '#ff0000',
        heading: 'Achtung: Betrügerische Anrufe und E-Mails',
        footer: [`${SPARKASSE.name}`, `Abmelden: https://www.${SPARKASSE.domain}/newsletter/abmelden`],
      },
      [
        'Sehr geehrte Kundin, sehr geehrter Kunde,',
        'derzeit versuchen Betrüger verstärkt, sich per Telefon als Sparkassen-Mitarbeitende auszugeben oder per E-Mail zur „Neuregistrierung“ von pushTAN aufzufordern.',
        {
          list: [
            'Wir rufen Sie nie an, um eine TAN oder Freigabe abzufragen.',
            'Wir verschicken keine Links zur Aktualisierung Ihrer Zugangsdaten.',
            'Im Zweifel: Sperr-Notruf 116 116.',
          ],
        },
        `Weitere Informationen: [www.${SPARKASSE.domain}/sicherheit](https://www.${SPARKASSE.domain}/de/home/service/sicherheit.html)`,
      ],
    );
    return {
      from: addr(SPARKASSE.name, `info@${SPARKASSE.domain}`),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: 'Sicherheitshinweis: Vorsicht vor Betrugsversuchen',
      ...body,
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ e-procurement and contractors
  t('procurement-platform', 'dtvp-bieterfrage-eingegangen', (r) => {
    const ref = `${int(r, 2024, 2026)}-${digits(r, 5)}`;
    const project = r.pick(PROJECTS);
    const body = branded(
      {
        name: 'DTVP',
        color: '#003d7c',
        heading: 'Neue Bieterfrage eingegangen',
        footer: [
          'DTVP Deutsches Vergabeportal GmbH, Berlin',
          'Benachrichtigungen verwalten: https://www.dtvp.de/Center/',
        ],
      },
      [
        `Im Vergabeverfahren „${project}“ (${ref}) ist eine neue Bieterfrage eingegangen.`,
        'Bitte beantworten Sie die Frage über den Vergabemarktplatz. Antworten müssen allen Bietern zur Verfügung gestellt werden.',
        {
          button: 'Zum Vergabemarktplatz',
          url: `https://www.dtvp.de/Center/company/announcements/procedure.do?pid=${digits(r, 8)}`,
        },
      ],
    );
    return {
      from: addr('DTVP Deutsches Vergabeportal', 'noreply@dtvp.de'),
      to: r.pick(['vergabestelle@corp.example', rcptOf(staff(r, 'vergabe'))]),
      subject: `Bieterfrage zum Verfahren ${ref}`,
      ...body,
      auth: 'pass',
    };
  }),
  t('procurement-platform', 'evergabe-online-frist', (r) => {
    const ref = `${int(r, 2024, 2026)}/S ${digits(r, 3)}-${digits(r, 6)}`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `die Angebotsfrist für die Ausschreibung ${ref} endet am ${when(r).de} um 10:00 Uhr. Bitte stellen Sie sicher, dass alle Unterlagen vollständig im Projektraum hinterlegt sind.`,
      'Sie erhalten diese E-Mail, weil Sie im Verfahren als Ansprechpartner hinterlegt sind.',
      'e-Vergabe-Plattform des Bundes\nhttps://www.evergabe-online.de',
    ]);
    return {
      from: addr('e-Vergabe', 'noreply@evergabe-online.de'),
      to: rcptOf(staff(r, 'vergabe')),
      subject: `Erinnerung: Fristablauf ${ref}`,
      text: b.text,
      auth: chance(r, 60) ? 'pass' : 'nodkim',
    };
  }),
  t('vendor-bank-change-verify-by-phone', 'auftragnehmer-bankwechsel-rueckruf', (r) => {
    const c = r.pick(CONTRACTORS);
    const [f, l] = germanName(r);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `zum ${when(r).plus(30)} wechselt die ${c.name} ihre Hausbank. Das unterschriebene Schreiben mit der neuen Bankverbindung liegt bei; das Original geht Ihnen zusätzlich per Post zu.`,
      'Bitte ändern Sie Ihre Kreditorenstammdaten erst nach telefonischer Rückbestätigung. Rufen Sie dazu bitte nicht die Nummer aus dieser E-Mail an, sondern unsere Zentrale unter der Ihnen aus dem Bauvertrag bekannten Nummer.',
      'Bis zur Umstellung bleibt das bisherige Konto gültig.',
      `Mit freundlichen Grüßen\n${f} ${l}\nKaufmännische Leitung\n${c.name}`,
    ]);
    return {
      from: addr(`${f} ${l}`, `${ascii(f).toLowerCase()}.${ascii(l).toLowerCase()}@${c.domain}`),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: `Mitteilung Bankverbindung ${c.name}`,
      ...b,
      parts: [
        {
          type: PDF,
          name: 'Bankverbindung_neu.pdf',
          content: onePagePdf([
            c.name,
            'Mitteilung ueber die Aenderung der Bankverbindung',
            `Neue IBAN: ${iban(r)}`,
            'Bitte telefonisch rueckbestaetigen.',
          ]),
        },
      ],
      auth: 'pass',
    };
  }),
  t('contractor-invoice', 'abschlagsrechnung-xrechnung', (r) => {
    const c = r.pick(CONTRACTORS);
    const nr = `${int(r, 2024, 2026)}-${digits(r, 4)}`;
    const amt = euro(r, 8000, 180000);
    const project = r.pick(PROJECTS);
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ID>${nr}</cbc:ID>
  <cbc:IssueDate>${when(r).year}-0${int(r, 1, 9)}-1${int(r, 0, 9)}</cbc:IssueDate>
  <cbc:BuyerReference>03${digits(r, 7)}-${digits(r, 4)}-${digits(r, 2)}</cbc:BuyerReference>
  <cbc:Note>${project}</cbc:Note>
</ubl:Invoice>
`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `anbei erhalten Sie unsere ${int(r, 2, 6)}. Abschlagsrechnung Nr. ${nr} zum Bauvorhaben „${project}“ über ${amt} EUR brutto als XRechnung und als PDF zur Ansicht.`,
      'Die Rechnung wurde zusätzlich über die Rechnungseingangsplattform eingereicht.',
      `Mit freundlichen Grüßen\nBuchhaltung\n${c.name}`,
    ]);
    return {
      from: addr(`${c.name} Buchhaltung`, `rechnung@${c.domain}`),
      to: rcptOf(staff(r, r.pick(['hochbau', 'tief', 'kaemmerei'] as const))),
      subject: `Abschlagsrechnung ${nr} – ${project}`,
      ...b,
      parts: [
        {
          type: PDF,
          name: `Rechnung_${nr}.pdf`,
          content: onePagePdf([c.name, `Abschlagsrechnung ${nr}`, project, `Betrag: ${amt} EUR`]),
        },
        { type: 'application/xml', name: `XRechnung_${nr}.xml`, content: Buffer.from(xml) },
      ],
      auth: 'pass',
    };
  }),
  t('bid-by-mail-protected', 'angebot-passwort-telefonisch', (r) => {
    const c = r.pick(CONTRACTORS);
    const [f, l] = germanName(r);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `wie gewünscht erhalten Sie unser Angebot für die Freihändige Vergabe / Verhandlungsvergabe „${r.pick(['Wartung Heizungsanlagen', 'Austausch Beleuchtung Sporthalle', 'Reparatur Dach Bauhof'])}“.`,
      'Das Archiv ist verschlüsselt. Das Kennwort teilen wir Ihnen wie vereinbart telefonisch mit, Herr/Frau ' +
        l +
        ' ruft Sie heute an.',
      `Mit freundlichen Grüßen\n${f} ${l}\n${c.name}`,
    ]);
    return {
      from: addr(`${f} ${l}`, `${ascii(f).toLowerCase()[0]}.${ascii(l).toLowerCase()}@${c.domain}`),
      to: rcptOf(staff(r, r.pick(['vergabe', 'hochbau'] as const))),
      subject: `Angebot ${c.name} – verschlüsselt`,
      ...b,
      parts: [
        {
          type: 'application/zip',
          name: `Angebot_${digits(r, 5)}.zip`,
          content: protectedZip(`Angebot_${ascii(c.name.split(' ')[0])}.pdf`, int(r, 1, 9999)),
        },
      ],
      auth: 'pass',
    };
  }),
  t('bidder-question-mail', 'bieterfrage-per-mail', (r) => {
    const c = r.pick(CONTRACTORS);
    const [f, l] = germanName(r);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `zur Ausschreibung „${r.pick(PROJECTS)}“ haben wir eine Frage zum Leistungsverzeichnis: Ist in Position ${int(r, 1, 9)}.${int(r, 1, 20)}.${int(r, 1, 40)} das Vorhalten der Baustelleneinrichtung enthalten oder gesondert anzubieten?`,
      'Uns ist bewusst, dass Fragen über die Plattform gestellt werden sollen; der Upload schlägt bei uns aber seit gestern fehl. Wir haben die Frage parallel an den Support gemeldet.',
      `Mit freundlichen Grüßen\n${f} ${l}\nKalkulation, ${c.name}\nTel. 0491 ${digits(r, 6)}`,
    ]);
    return {
      from: addr(`${f} ${l}`, `${ascii(l).toLowerCase()}@${c.domain}`),
      to: 'vergabestelle@corp.example',
      subject: 'Bieterfrage',
      text: b.text,
      auth: 'pass',
    };
  }),
  t('supplier-dunning', 'lieferant-zahlungserinnerung', (r) => {
    const nr = `RE${digits(r, 7)}`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `sicher haben Sie es nur übersehen: Unsere Rechnung ${nr} vom ${when(r).de} über ${euro(r, 120, 2400)} EUR ist noch offen. Wir bitten um Ausgleich innerhalb der nächsten 10 Tage auf das Ihnen bekannte Konto.`,
      'Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.',
      'Mit freundlichen Grüßen\nKAISER+KRAFT GmbH\nDebitorenbuchhaltung',
    ]);
    return {
      from: addr('KAISER+KRAFT Buchhaltung', 'buchhaltung@kaiserkraft.de'),
      to: rcptOf(staff(r, r.pick(['kaemmerei', 'tief'] as const))),
      subject: `Zahlungserinnerung zu Rechnung ${nr}`,
      ...b,
      parts: [
        {
          type: PDF,
          name: `Zahlungserinnerung_${nr}.pdf`,
          content: onePagePdf(['KAISER+KRAFT GmbH', 'Zahlungserinnerung', nr]),
        },
      ],
      auth: 'pass',
    };
  }),
  t('order-confirmation', 'amazon-business-bestellung', (r) => {
    const id = `30${digits(r, 1)}-${digits(r, 7)}-${digits(r, 7)}`;
    const item = r.pick([
      'Logitech MX Keys Tastatur',
      'Brother TN-2420 Toner (2er Pack)',
      'USB-C Dockingstation',
      'Laminiergerät A3',
    ]);
    const body = branded(
      {
        name: 'amazon business',
        color: '#232f3e',
        heading: 'Vielen Dank für Ihre Bestellung',
        footer: ['Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg'],
      },
      [
        `Bestellnummer ${id}`,
        `${item}\nMenge: ${int(r, 1, 6)}\nGesamt: ${euro(r, 19, 420)} €`,
        {
          button: 'Bestelldetails anzeigen',
          url: `https://www.amazon.de/gp/your-account/order-details?orderID=${id}&ref_=pe_${digits(r, 8)}`,
        },
      ],
    );
    return {
      from: addr('Amazon Business', 'auto-confirm@amazon.de'),
      to: rcptOf(staff(r)),
      subject: `Ihre Amazon.de Bestellung von „${item.slice(0, 30)}…“`,
      ...body,
      auth: 'pass',
    };
  }),
  t('order-confirmation', 'kaiserkraft-auftragsbestaetigung', (r) => {
    const nr = digits(r, 9);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `vielen Dank für Ihren Auftrag. Hiermit bestätigen wir Ihre Bestellung Nr. ${nr} (${r.pick(['Schwerlastregal', 'Sackkarre', 'Werkbank', 'Aktenschrank'])}). Die Lieferung erfolgt voraussichtlich in KW ${int(r, 1, 52)}.`,
      `Ihre Bestellung können Sie jederzeit unter [Mein Konto](https://www.kaiserkraft.de/mein-konto/bestellungen/${nr}) einsehen.`,
      'Ihr KAISER+KRAFT Team',
    ]);
    return {
      from: addr('KAISER+KRAFT', 'service@kaiserkraft.de'),
      to: rcptOf(staff(r, r.pick(['tief', 'schule', 'hochbau'] as const))),
      subject: `Auftragsbestätigung ${nr}`,
      ...b,
      parts: [
        {
          type: PDF,
          name: `AB_${nr}.pdf`,
          content: onePagePdf(['KAISER+KRAFT GmbH', `Auftragsbestaetigung ${nr}`]),
        },
      ],
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ e-signature and file sharing
  t('esign-request', 'docusign-echt', (r) => {
    const c = r.pick(CONTRACTORS);
    const [f, l] = germanName(r);
    const doc = r.pick([
      'Nachtragsvereinbarung Nr. 2',
      'Wartungsvertrag 2025',
      'Vereinbarung Bauzeitverlängerung',
    ]);
    const body = branded(
      {
        name: 'DocuSign',
        color: '#1e4ca1',
        heading: `${f} ${l} hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet.`,
        footer: [
          'Diese Nachricht wurde an Sie gesendet von DocuSign Electronic Signature Service.',
          'Geben Sie diese E-Mail nicht weiter.',
        ],
      },
      [
        {
          button: 'DOKUMENT ÜBERPRÜFEN',
          url: `https://eu.docusign.net/Signing/EmailStart.aspx?a=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}&etti=24&acct=${hex(r, 8)}-${hex(r, 4)}&er=${hex(r, 8)}`,
        },
        `${f} ${l}\n${ascii(f).toLowerCase()}.${ascii(l).toLowerCase()}@${c.domain}`,
        `Bitte DocuSign: ${doc}`,
        'Alternative Signaturmethode: Besuchen Sie DocuSign.com, klicken Sie auf „Dokumente aufrufen“ und geben Sie den Sicherheitscode ein.',
      ],
    );
    return {
      from: addr(`${f} ${l} über DocuSign`, 'dse@eumail.docusign.net'),
      replyTo: addr(`${f} ${l}`, `${ascii(f).toLowerCase()}.${ascii(l).toLowerCase()}@${c.domain}`),
      to: rcptOf(staff(r, r.pick(['hochbau', 'vergabe', 'mayor'] as const))),
      subject: `Bitte DocuSign: ${doc}`,
      ...body,
      auth: 'pass',
    };
  }),
  t('esign-request', 'adobe-sign-vereinbarung', (r) => {
    const [f, l] = germanName(r);
    const doc = r.pick([
      'Kooperationsvereinbarung Ganztag',
      'Fördervereinbarung Jugendarbeit',
      'Nutzungsvertrag Sporthalle',
    ]);
    const body = branded(
      {
        name: 'Adobe Acrobat Sign',
        color: '#eb1000',
        heading: `${f} ${l} bittet um Ihre Unterschrift`,
        footer: ['Adobe Systems Software Ireland Ltd.', 'Bitte leiten Sie diese E-Mail nicht weiter.'],
      },
      [
        `Bitte prüfen und unterschreiben Sie „${doc}“.`,
        {
          button: 'Überprüfen und unterschreiben',
          url: `https://secure.eu1.adobesign.com/public/esignWidget?wid=CBFCIBAA3AAAB${token(r, 40)}`,
        },
      ],
    );
    return {
      from: addr(`${f} ${l} über Adobe Acrobat Sign`, 'adobesign@adobesign.com'),
      to: rcptOf(staff(r, r.pick(['schule', 'mayor'] as const))),
      subject: `Unterschrift erbeten: ${doc}`,
      ...body,
      auth: 'pass',
    };
  }),
  t('file-share', 'dropbox-architekt-plaene', (r) => {
    const [f, l] = germanName(r);
    const folder = r.pick(['Bauantrag Wohnhaus Fehnstraße', 'Entwurfsplanung Kita', 'Ausführungsplanung']);
    const body = branded({ name: 'Dropbox', color: '#0061fe', footer: ['© Dropbox, Inc.'] }, [
      `${f} ${l} hat Sie eingeladen, den Ordner „${folder}“ anzuzeigen.`,
      { quote: 'Anbei die Pläne im PDF- und DWG-Format, wie mit Ihrer Kollegin besprochen.' },
      {
        button: 'Ordner ansehen',
        url: `https://www.dropbox.com/scl/fo/${alnum(r, 21)}/${alnum(r, 20)}?rlkey=${alnum(r, 25)}&dl=0`,
      },
    ]);
    return {
      from: addr(`${f} ${l} (über Dropbox)`, 'no-reply@dropbox.com'),
      to: rcptOf(staff(r, 'bau')),
      subject: `${f} ${l} hat „${folder}“ mit Ihnen geteilt`,
      ...body,
      auth: 'pass',
    };
  }),
  t('file-share', 'wetransfer-fotograf', (r) => {
    const [f, l] = germanName(r);
    const n = int(r, 12, 80);
    const body = branded(
      {
        name: 'WeTransfer',
        color: '#409fff',
        heading: `${f.toLowerCase()}@${ascii(l).toLowerCase()}-fotografie.de hat Ihnen ${n} Dateien gesendet`,
        footer: [
          'Um sicherzustellen, dass unsere E-Mails ankommen, fügen Sie bitte noreply@wetransfer.com zu Ihren Kontakten hinzu.',
        ],
      },
      [
        {
          quote: r.pick([
            'Die Fotos vom Neujahrsempfang, frei zur Verwendung mit Fotonachweis.',
            'Bilder Spatenstich Kita Birkenallee',
            'Pressefotos Stadtfest',
          ]),
        },
        `${n} Dateien · ${int(r, 120, 900)} MB · Läuft in 7 Tagen ab`,
        { button: 'Dateien herunterladen', url: `https://we.tl/t-${alnum(r, 10)}` },
      ],
    );
    return {
      from: addr('WeTransfer', 'noreply@wetransfer.com'),
      to: rcptOf(staff(r, 'presse')),
      subject: `${f} ${l} hat Ihnen ${n} Dateien über WeTransfer gesendet`,
      ...body,
      auth: 'pass',
    };
  }),
  t('file-share', 'google-drive-buergerinitiative', (r) => {
    const [f, l] = germanName(r);
    const folder = r.pick([
      'Unterschriften Bürgerbegehren Freibad',
      'Stellungnahme Bebauungsplan 47',
      'Fotos Verkehrszählung Schulweg',
    ]);
    const body = branded(
      {
        name: 'Google Drive',
        color: '#1a73e8',
        footer: [
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
          'Sie haben diese E-Mail erhalten, weil jemand eine Datei mit Ihnen geteilt hat.',
        ],
      },
      [
        `${f} ${l} (${privateAddress(r, f, l, 'gmail.com')}) hat einen Ordner mit Ihnen geteilt`,
        { quote: 'Wie am Telefon angekündigt, hier unsere Unterlagen für den Bauausschuss.' },
        {
          button: 'Öffnen',
          url: `https://drive.google.com/drive/folders/${token(r, 33)}?usp=sharing_eip&ts=${hex(r, 8)}`,
        },
      ],
    );
    return {
      from: addr(`${f} ${l} (über Google Drive)`, 'drive-shares-dm-noreply@google.com'),
      to: rcptOf(staff(r, r.pick(['bau', 'rat', 'mayor'] as const))),
      subject: `Geteilter Ordner: „${folder}“`,
      ...body,
      auth: 'pass',
    };
  }),
  t('survey-link', 'forms-umfrage-kollegin', (r) => {
    const p = staff(r, r.pick(['personal', 'it'] as const));
    const b = letter([
      'Liebe Kolleginnen und Kollegen,',
      `im Rahmen ${r.pick(['der Gefährdungsbeurteilung psychischer Belastungen', 'der Evaluation Homeoffice', 'der Planung des Betriebsausflugs'])} bitten wir Sie um Teilnahme an einer kurzen, anonymen Umfrage (ca. 5 Minuten):`,
      `[Zur Umfrage](https://forms.office.com/e/${alnum(r, 10)})`,
      `Die Umfrage läuft bis ${when(r).de}. Vielen Dank!`,
      signature(p).slice(0, 4).join('\n'),
    ]);
    return {
      from: addr(p.name, p.email),
      to: 'alle-mitarbeitenden@corp.example',
      subject: 'Kurze Umfrage – Ihre Meinung zählt',
      ...b,
      auth: 'pass',
      keepAuth: true,
    };
  }),
  // ------------------------------------------------------------ IT, CERT, developers
  t('cert-warning', 'krz-cert-schwachstelle', (r) => {
    const cve = `CVE-${int(r, 2024, 2026)}-${int(r, 20000, 49999)}`;
    const product = r.pick([
      'Citrix NetScaler ADC',
      'Fortinet FortiOS',
      'Ivanti Connect Secure',
      'Microsoft Exchange Server',
    ]);
    const b = letter([
      `[TLP:AMBER] Sicherheitshinweis ${KRZ.short}-CERT ${int(r, 2024, 2026)}-${digits(r, 3)}`,
      'Sehr geehrte IT-Verantwortliche der Verbandsmitglieder,',
      `das BSI hat eine Cybersicherheitswarnung zu ${product} (${cve}) veröffentlicht. Die Schwachstelle wird aktiv ausgenutzt. Systeme, die vom ${KRZ.short} betrieben werden, wurden bereits gepatcht.`,
      'Bitte prüfen Sie eigenbetriebene Systeme und spielen Sie die Herstellerupdates ein. Eine Rückmeldung ist nicht erforderlich.',
      `Herstellerhinweis und BSI-Warnung:\nhttps://www.bsi.bund.de/SharedDocs/Cybersicherheitswarnungen/DE/${int(r, 2024, 2026)}/${int(r, 2024, 2026)}-${digits(r, 6)}-1032.html`,
      `Mit freundlichen Grüßen\n${KRZ.short}-CERT\n${KRZ.name}`,
    ]);
    return {
      from: addr(`${KRZ.short}-CERT`, `cert@${KRZ.domain}`),
      to: rcptOf(staff(r, 'it')),
      subject: `[TLP:AMBER] Kritische Schwachstelle in ${product} (${cve})`,
      text: b.text,
      auth: 'pass',
    };
  }),
  t('provider-maintenance', 'krz-wartungsankuendigung', (r) => {
    const d = when(r);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `am ${d.plus(5)} von 17:00 bis 22:00 Uhr führen wir Wartungsarbeiten an ${r.pick(['der Finanzsoftware', 'dem Einwohnermeldeverfahren', 'der E-Akte', 'der zentralen Firewall'])} durch. In diesem Zeitraum ist das Verfahren nicht verfügbar.`,
      `Den aktuellen Status finden Sie unter [status.${KRZ.domain}](https://status.${KRZ.domain}).`,
      `Mit freundlichen Grüßen\nService Desk\n${KRZ.name}\nTel. 0441 ${digits(r, 6)}`,
    ]);
    return {
      from: addr(`${KRZ.short} Service Desk`, `servicedesk@${KRZ.domain}`),
      to: rcptOf(staff(r, r.pick(['it', 'kaemmerei', 'buerger'] as const))),
      subject: `Wartungsankündigung ${d.plus(5)}`,
      ...b,
      auth: 'pass',
    };
  }),
  t('internal-it-notice', 'it-wartungsfenster-intern', (r) => {
    const p = staff(r, 'it');
    const d = when(r);
    const b = letter([
      'Liebe Kolleginnen und Kollegen,',
      `am ${r.pick(['Samstag', 'Freitag nach Dienstschluss'])}, ${d.plus(3)}, werden die Server im Rathaus aktualisiert. Bitte melden Sie sich vorher ab und lassen Sie Ihre Rechner eingeschaltet, damit die Updates installiert werden können.`,
      'Wichtig: Wir werden Sie im Zusammenhang mit der Wartung niemals nach Ihrem Kennwort fragen.',
      signature(p).join('\n'),
    ]);
    return {
      from: addr('IT-Abteilung Stadt Aldenmoor', 'it-service@corp.example'),
      to: 'alle-mitarbeitenden@corp.example',
      subject: `Wartungsarbeiten am ${d.plus(3)}`,
      ...b,
      auth: 'pass',
      keepAuth: true,
    };
  }),
  t('internal-it-notice', 'it-mfa-einrichtung', (r) => {
    const p = staff(r, 'it');
    const b = letter([
      'Liebe Kolleginnen und Kollegen,',
      `ab dem ${when(r).de} ist für die Anmeldung an Microsoft 365 von außerhalb des Rathauses die Multi-Faktor-Authentifizierung Pflicht.`,
      'Bitte richten Sie die Microsoft Authenticator-App bis dahin ein unter [https://aka.ms/mfasetup](https://aka.ms/mfasetup). Eine bebilderte Anleitung finden Sie im Intranet: [Anleitung MFA](https://intranet.corp.example/it/anleitungen/mfa).',
      'Bestätigen Sie niemals eine Anmeldeanfrage, die Sie nicht selbst ausgelöst haben, und melden Sie solche Anfragen bitte sofort unter Durchwahl -222.',
      signature(p).join('\n'),
    ]);
    return {
      from: addr(p.name, p.email),
      to: 'alle-mitarbeitenden@corp.example',
      subject: 'Einführung der Multi-Faktor-Authentifizierung',
      ...b,
      auth: 'pass',
      keepAuth: true,
    };
  }),
  t('internal-it-notice', 'awareness-schulung-pflicht', (r) => {
    const p = staff(r, 'it');
    const b = letter([
      'Liebe Kolleginnen und Kollegen,',
      `die jährliche Pflichtschulung Informationssicherheit steht wieder auf der Lernplattform des ${KRZ.short} bereit. Bitte absolvieren Sie das Modul (ca. 30 Minuten) bis zum ${when(r).de}.`,
      `[Zur Lernplattform](https://lernen.${KRZ.domain}/course/view.php?id=${int(r, 40, 300)})`,
      'Die Anmeldung erfolgt wie gewohnt per Single Sign-on mit Ihrem Dienstkonto.',
      signature(p).slice(0, 4).join('\n'),
    ]);
    return {
      from: addr(p.name, p.email),
      to: 'alle-mitarbeitenden@corp.example',
      subject: 'Pflichtschulung Informationssicherheit',
      ...b,
      auth: 'pass',
      keepAuth: true,
    };
  }),
  t('developer-notification', 'github-ssh-key', (r) => {
    const p = staff(r, 'it');
    const user = `${ascii(p.first).toLowerCase()}-${alnum(r, 4)}`;
    const text = `Hey ${user}!

A new SSH authentication public key was added to your account.

Key:  ${r.pick(['Laptop Rathaus', 'work-ws', 'deploy key'])}
Fingerprint: SHA256:${token(r, 43)}

If you believe this key was added in error, you can remove the key and disable access at the following location:

https://github.com/settings/keys

To see this and other security events for your account, visit https://github.com/settings/security-log

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
`;
    return {
      from: addr('GitHub', 'noreply@github.com'),
      to: rcptOf(p),
      subject: '[GitHub] A new SSH authentication public key was added to your account',
      text,
      relay: [`out-${int(r, 10, 30)}.smtp.github.com`, `192.30.252.${int(r, 190, 210)}`],
      auth: 'pass',
    };
  }),
  t('certificate-expiry', 'letsencrypt-ablauf', (r) => {
    const host = r.pick(['buergerportal', 'ratsinfo', 'termine', 'vpn']);
    const text = `Hello,

Your certificate (or certificates) for the names listed below will expire in ${int(r, 10, 19)} days (on ${when(r).de} UTC). Please make sure to renew your certificate before then, or visitors to your web site will encounter errors.

We recommend renewing certificates automatically when they have a third of their total lifetime left. For Let's Encrypt's current 90-day certificates, that means renewing 30 days before expiration. See https://letsencrypt.org/docs/integration-guide/ for details.

${host}.corp.example

For any questions or support, please visit: https://community.letsencrypt.org/

Regards,
The Let's Encrypt Team
`;
    return {
      from: addr("Let's Encrypt Expiry Bot", 'expiry@letsencrypt.org'),
      to: 'webmaster@corp.example',
      subject: `Let's Encrypt certificate expiration notice for domain "${host}.corp.example"`,
      text,
      date: `${r.pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${int(r, 1, 28)} ${r.pick(['Feb', 'Mar', 'Apr', 'Jun', 'Sep'])} 2024 0${int(r, 1, 9)}:${int(r, 10, 59)}:${int(r, 10, 59)} +0000`,
      auth: 'pass',
    };
  }),
  t('domain-invoice', 'ionos-rechnung-domain', (r) => {
    const nr = `${digits(r, 12)}`;
    const body = branded(
      {
        name: 'IONOS',
        color: '#003d8f',
        heading: 'Ihre Rechnung',
        footer: ['IONOS SE, Elgendorfer Str. 57, 56410 Montabaur', `Kundennummer ${digits(r, 9)}`],
      },
      [
        `Ihre Rechnung ${nr} über ${euro(r, 12, 180)} EUR für ${r.pick(['Domains aldenmoor-tourismus.de, stadtfest-aldenmoor.de', 'Domain aldenmoor.info', 'SSL-Zertifikat Wildcard'])} ist verfügbar. Der Betrag wird per Lastschrift eingezogen.`,
        { button: 'Rechnung ansehen', url: 'https://my.ionos.de/invoices' },
      ],
    );
    return {
      from: addr('IONOS', 'rechnung@ionos.de'),
      to: rcptOf(staff(r, 'it')),
      subject: `Ihre IONOS Rechnung ${nr}`,
      ...body,
      parts: [{ type: PDF, name: `Rechnung_${nr}.pdf`, content: onePagePdf(['IONOS SE', `Rechnung ${nr}`]) }],
      auth: 'pass',
    };
  }),
  t('telecom-invoice', 'telekom-rechnung-online', (r) => {
    const d = when(r);
    const body = branded(
      {
        name: 'Telekom',
        color: '#e20074',
        heading: `Ihre Rechnung für ${MONATE[d.month]} ${d.year}`,
        footer: ['Telekom Deutschland GmbH, Landgrabenweg 151, 53227 Bonn'],
      },
      [
        'Guten Tag,',
        `Ihre aktuelle Rechnung für die Kundennummer ${digits(r, 10)} ist online. Rechnungsbetrag: ${euro(r, 380, 2900)} €. Der Betrag wird am ${d.plus(10)} abgebucht.`,
        {
          button: 'Zur Rechnung',
          url: `https://www.telekom.de/rechnung-online?wt_mc=alias_${digits(r, 4)}_rechnung`,
        },
        'Freundliche Grüße\nIhre Telekom',
      ],
    );
    return {
      from: addr('Telekom Deutschland GmbH', 'rechnungonline@telekom.de'),
      to: rcptOf(staff(r, r.pick(['it', 'kaemmerei'] as const))),
      subject: `Ihre Telekom Rechnung ${MONATE[d.month]} ${d.year}`,
      ...body,
      auth: 'pass',
    };
  }),
  t('energy-invoice', 'ewe-abschlagsaenderung', (r) => {
    const body = letter([
      'Sehr geehrte Damen und Herren,',
      `für die Abnahmestelle ${r.pick(['Sporthalle Fehnkamp', 'Grundschule am Moor', 'Bauhof, Industriestraße 4', 'Rathaus'])} passen wir den monatlichen Abschlag ab ${when(r).de} auf ${euro(r, 400, 6000)} EUR an. Die Jahresrechnung liegt im Kundenportal bereit.`,
      '[Zum Geschäftskundenportal](https://www.ewe.de/geschaeftskunden/login)',
      'Mit freundlichen Grüßen\nIhr EWE Geschäftskundenservice',
    ]);
    return {
      from: addr('EWE VERTRIEB GmbH', 'geschaeftskunden@ewe.de'),
      to: rcptOf(staff(r, r.pick(['hochbau', 'kaemmerei'] as const))),
      subject: 'Anpassung Ihres Abschlags',
      ...body,
      auth: 'pass',
    };
  }),
  // ------------------------------------------------------------ citizens, press, council
  t('citizen-complaint-photos', 'beschwerde-mit-fotos', (r) => {
    const [f, l] = germanName(r);
    const s = street(r);
    const n = int(r, 1, 3);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `vor unserem Haus (${s}) ist ${r.pick(['der Gehweg abgesackt', 'eine Laterne seit Wochen defekt', 'ein Baum bei dem Sturm umgestürzt und liegt noch halb auf dem Fußweg', 'der Gully verstopft, bei Regen läuft das Wasser in die Einfahrten'])}. Ich habe das schon einmal telefonisch gemeldet, bisher ist nichts passiert.`,
      `Ich habe ${n === 1 ? 'ein Foto' : `${n} Fotos`} angehängt. Bitte geben Sie mir Bescheid, wann sich jemand darum kümmert.`,
      `Mit freundlichen Grüßen\n${f} ${l}\n${s}\n26871 Aldenmoor`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: r.pick(['info@corp.example', rcptOf(staff(r, r.pick(['tief', 'ordnung'] as const)))]),
      subject: r.pick([`Schaden ${s}`, 'Mängelmeldung', 'Beschwerde – bitte um Rückmeldung']),
      ...(chance(r, 50) ? { text: b.text } : b),
      parts: Array.from({ length: n }, (_, i) => ({
        type: 'image/jpeg',
        name: `IMG_${int(r, 1000, 9999)}${i}.jpg`,
        content: photo(r),
      })),
      auth: 'pass',
    };
  }),
  t('citizen-application-attachment', 'bauantrag-architekt', (r) => {
    const [f, l] = germanName(r);
    const office = `Architekturbüro ${l}`;
    const dom = `architekt-${ascii(l).toLowerCase()}.de`;
    const s = street(r);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `im Auftrag unserer Bauherren reichen wir die fehlenden Unterlagen zum Bauantrag „Neubau eines Einfamilienhauses, ${s}“ (Az. 63-${digits(r, 4)}/${int(r, 24, 26)}) nach: Lageplan, Entwässerungsplan und Nachweis der Stellplätze.`,
      'Bitte bestätigen Sie uns kurz die Vollständigkeit.',
      `Mit freundlichen Grüßen\n${f} ${l}\nDipl.-Ing. Architekt\n${office}`,
    ]);
    return {
      from: addr(`${f} ${l}`, `info@${dom}`),
      to: rcptOf(staff(r, 'bau')),
      subject: `Nachreichung Bauantrag ${s}`,
      ...b,
      parts: [
        { type: PDF, name: 'Lageplan.pdf', content: onePagePdf(['Lageplan', s, 'M 1:500']) },
        { type: PDF, name: 'Entwaesserungsplan.pdf', content: onePagePdf(['Entwaesserungsplan', s]) },
      ],
      auth: chance(r, 70) ? 'pass' : 'nodkim',
    };
  }),
  t('job-application', 'bewerbung-echt-pdf', (r) => {
    const [f, l] = germanName(r);
    const job = r.pick([
      'Verwaltungsfachangestellte/r (m/w/d) Bürgerbüro',
      'Bauingenieur/in Tiefbau (m/w/d)',
      'Fachinformatiker/in Systemintegration (m/w/d)',
    ]);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `mit großem Interesse habe ich Ihre Ausschreibung der Stelle ${job} (Kennziffer ${int(r, 10, 99)}/${int(r, 24, 26)}) auf interamt.de gelesen. Anbei sende ich Ihnen meine vollständigen Bewerbungsunterlagen in einer PDF-Datei.`,
      'Ich freue mich auf Ihre Rückmeldung.',
      `Mit freundlichen Grüßen\n${f} ${l}\nTel. 0151 ${digits(r, 8)}`,
    ]);
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l)),
      to: 'bewerbung@corp.example',
      subject: `Bewerbung ${job}`,
      ...b,
      parts: [
        {
          type: PDF,
          name: `Bewerbung_${ascii(f)}_${ascii(l)}.pdf`,
          content: onePagePdf(['Bewerbung', `${f} ${l}`, 'Anschreiben, Lebenslauf, Zeugnisse'].map(ascii)),
        },
      ],
      auth: 'pass',
    };
  }),
  t('press-enquiry', 'presseanfrage-lokalzeitung', (r) => {
    const [f, l] = germanName(r);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `für unsere ${r.pick(['Montagsausgabe', 'Samstagsausgabe', 'Online-Berichterstattung'])} recherchiere ich zu ${r.pick(['den Mehrkosten beim Kita-Neubau Birkenallee', 'der Sperrung der Fehnstraße', 'den Wartezeiten im Bürgerbüro'])}. Könnten Sie mir bis ${r.pick(['morgen 12 Uhr', 'Donnerstag', 'Ende der Woche'])} folgende Fragen beantworten?`,
      {
        list: [
          'Wie hoch sind die aktuellen Kosten?',
          'Welche Gründe gibt es für die Verzögerung?',
          'Wann ist mit einer Lösung zu rechnen?',
        ],
      },
      `Mit freundlichen Grüßen\n${f} ${l}\nLokalredaktion\n${PAPER.name}\nTel. 04952 ${digits(r, 5)}`,
    ]);
    return {
      from: addr(`${f} ${l}`, `${ascii(f).toLowerCase()[0]}.${ascii(l).toLowerCase()}@${PAPER.domain}`),
      to: r.pick(['presse@corp.example', rcptOf(staff(r, 'presse'))]),
      subject: r.pick(['Presseanfrage', 'Anfrage Lokalredaktion', 'Presseanfrage – Frist']),
      ...b,
      auth: 'pass',
    };
  }),
  t('government-circular', 'ministerium-runderlass-echt', (r) => {
    const nr = `${int(r, 30, 39)}.${int(r, 10, 40)}-${digits(r, 5)}/${int(r, 1, 9)}`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `anliegend übersende ich den Runderlass vom ${when(r).de} (Az. ${nr}) zur ${r.pick(['Durchführung der Kommunalwahlen', 'Aufnahme und Unterbringung von Schutzsuchenden', 'Haushaltswirtschaft der Kommunen', 'Umsetzung des Onlinezugangsgesetzes'])} mit der Bitte um Beachtung.`,
      'Der Erlass wird zusätzlich im Niedersächsischen Ministerialblatt veröffentlicht.',
      `Im Auftrage\n${germanName(r).join(' ')}\nNiedersächsisches Ministerium für Inneres und Sport\nLavesallee 6, 30169 Hannover`,
    ]);
    return {
      from: addr('Poststelle MI', 'poststelle@mi.niedersachsen.de'),
      to: r.pick(['poststelle@corp.example', rcptOf(staff(r, 'mayor'))]),
      subject: `Runderlass Az. ${nr}`,
      text: b.text,
      parts: [
        {
          type: PDF,
          name: `RdErl_${nr.replace(/[./]/g, '_')}.pdf`,
          content: onePagePdf(['Niedersaechsisches Ministerium fuer Inneres und Sport', `RdErl. Az. ${nr}`]),
        },
      ],
      auth: chance(r, 70) ? 'pass' : 'nodkim',
    };
  }),
  t('council-member-freemail', 'ratsmitglied-unterlagen', (r) => {
    const [f, l] = germanName(r);
    const text = `Hallo ${r.pick(['Frau', 'Herr'])} ${staff(r, 'rat').last},

ich finde im Ratsinformationssystem die Anlage 3 zur Vorlage ${int(r, 100, 400)}/${int(r, 24, 26)} (Kostenschätzung) nicht. Können Sie mir die bitte schicken oder sagen, wo ich sie finde?

https://ratsinfo.corp.example/vo0050.asp?__kvonr=${digits(r, 5)}

Danke und viele Grüße
${f} ${l}
Ratsmitglied
${r.pick(['Gesendet mit der WEB.DE Mail App', 'Von meinem iPad gesendet', ''])}
`;
    return {
      from: addr(`${f} ${l}`, privateAddress(r, f, l, r.pick(['web.de', 'gmx.de', 't-online.de']))),
      to: rcptOf(staff(r, 'rat')),
      subject: r.pick(['Anlage fehlt', `Vorlage – Anlage 3`, 'Frage Ratsinfo']),
      text,
      auth: 'pass',
    };
  }),
  t('mayor-internal-urgent', 'buergermeisterin-bitte-heute', (r) => {
    const p = staff(r, r.pick(['mayor', 'kaemmerei', 'presse', 'bau'] as const));
    const text = `${p.first},
${r.pick(['können Sie mir bitte bis heute 15 Uhr die Zahlen zur Kita Birkenallee zusammenstellen? Ich habe morgen früh das Gespräch mit dem Landkreis.', 'bitte die Antwort an die Zeitung noch mal mit mir abstimmen, bevor sie rausgeht.', 'bitte setzen Sie das Thema Freibad auf die Tagesordnung der Dienstbesprechung.'])}
Danke!
KV

Von meinem iPhone gesendet
`;
    return {
      from: addr(MAYOR.name, MAYOR.email),
      to: rcptOf(p),
      subject: r.pick(['Bitte heute noch', 'Kita Zahlen', 'Kurz', 'Dienstbesprechung']),
      text,
      auth: 'pass',
      keepAuth: true,
    };
  }),
  t('hr-notice', 'personalrat-info', (r) => {
    const [f, l] = germanName(r);
    const b = letter([
      'Liebe Kolleginnen und Kollegen,',
      `der Personalrat lädt Sie herzlich zur Personalversammlung am ${when(r).de} um 9:00 Uhr im Ratssaal ein. Themen: ${r.pick(['Tarifabschluss TVöD, Dienstvereinbarung mobiles Arbeiten', 'Arbeitszeiterfassung, Gesundheitsmanagement', 'Neubau Verwaltungsgebäude, Parkraum'])}.`,
      'Die Teilnahme gilt als Arbeitszeit.',
      `Für den Personalrat\n${f} ${l}, Vorsitz`,
    ]);
    return {
      from: addr('Personalrat Stadt Aldenmoor', 'personalrat@corp.example'),
      to: 'alle-mitarbeitenden@corp.example',
      subject: 'Einladung zur Personalversammlung',
      ...b,
      auth: 'pass',
      keepAuth: true,
    };
  }),
  t('hr-notice', 'gehaltsmitteilung-intern', (r) => {
    const p = staff(r);
    const b = letter([
      `Hallo ${p.first} ${p.last},`,
      `in Ihrem Mitarbeiterportal liegt ein neues Dokument: ${r.pick(['Mitteilung über die Stufensteigerung', 'Bescheinigung über die Jahressonderzahlung', 'Änderung der Steuerklasse'])}.`,
      'Sie erreichen das Portal im Intranet unter [Mitarbeiterportal](https://intranet.corp.example/personal/portal) (nur aus dem Rathausnetz oder über VPN).',
      'Ihr Personalamt\n(automatisch erzeugte Nachricht)',
    ]);
    return {
      from: addr('Personalamt – Mitarbeiterportal', 'noreply-personal@corp.example'),
      to: rcptOf(p),
      subject: 'Neues Dokument im Mitarbeiterportal',
      ...b,
      auth: 'pass',
      keepAuth: true,
    };
  }),
  // ------------------------------------------------------------ newsletters, marketing, invitations
  t('newsletter', 'dstgb-newsletter', (r) => {
    const id = digits(r, 6);
    const link = (path: string) =>
      `https://www.dstgb.de/${path}?utm_source=newsletter&utm_medium=email&utm_campaign=aktuell-${id}`;
    const body = branded(
      {
        name: 'DStGB Aktuell',
        color: '#00528c',
        heading: `Ausgabe ${int(r, 1, 52)}/${when(r).year}`,
        footer: [
          'Deutscher Städte- und Gemeindebund, Marienstraße 6, 12207 Berlin',
          `Newsletter abbestellen: https://www.dstgb.de/newsletter/abmelden?id=${id}`,
        ],
      },
      [
        `[Kommunalfinanzen: Defizite erreichen neuen Höchststand](${link('themen/finanzen/')})`,
        `[Wärmeplanung: Fristen und Fördermöglichkeiten im Überblick](${link('themen/energie/')})`,
        `[Cybersicherheit in Kommunen – neue Handreichung](${link('publikationen/dokumentationen/')})`,
      ],
    );
    return {
      from: addr('DStGB Aktuell', 'newsletter@dstgb.de'),
      to: rcptOf(staff(r, r.pick(['mayor', 'kaemmerei', 'rat'] as const))),
      subject: `DStGB Aktuell ${body.text.split('\n')[2]}`,
      ...body,
      headers: [
        `List-Unsubscribe: <https://www.dstgb.de/newsletter/abmelden?id=${id}>`,
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        'Precedence: bulk',
      ],
      auth: 'pass',
    };
  }),
  t('newsletter', 'heise-security-newsletter', (r) => {
    const link = (n: string) =>
      `https://www.heise.de/news/${n}-${digits(r, 7)}.html?wt_mc=nl.red.security.security-nl.${when(r).year}-${int(r, 10, 52)}.link.link`;
    const text = `heise Security Newsletter

* Patchday: Microsoft schließt ${int(r, 40, 120)} Sicherheitslücken
${link('Patchday-Microsoft')}

* BSI warnt vor Phishing-Welle gegen Kommunen
${link('BSI-warnt-vor-Phishing')}

* Kritische Lücke in ${r.pick(['Fortinet', 'Citrix', 'Ivanti'])}: Angriffe laufen
${link('Kritische-Luecke')}

--
Newsletter abbestellen: https://www.heise.de/newsletter/manage
heise medien GmbH & Co. KG, Karl-Wiechert-Allee 10, 30625 Hannover
`;
    return {
      from: addr('heise Security', 'newsletter@newsletter.heise.de'),
      to: rcptOf(staff(r, 'it')),
      subject: `heise Security: ${r.pick(['Patchday', 'Phishing gegen Kommunen', 'Kritische Lücke'])} und mehr`,
      text,
      headers: ['List-Unsubscribe: <https://www.heise.de/newsletter/manage>', 'Precedence: bulk'],
      auth: 'pass',
    };
  }),
  t('vendor-marketing', 'software-anbieter-webinar', (r) => {
    const c = r.pick(['komuna Software GmbH', 'Kommunalsoft Nord AG', 'civitas IT GmbH']);
    const dom = r.pick(['komuna-software.de', 'kommunalsoft-nord.de', 'civitas-it.de']);
    const track = (u: string) => `https://click.mailing.${dom}/?qs=${hex(r, 48)}&u=${encodeURIComponent(u)}`;
    const body = branded(
      {
        name: c,
        color: '#e4572e',
        heading: 'Webinar: Die E-Rechnung in der Kommune',
        preheader: 'Jetzt kostenlos anmelden – begrenzte Plätze',
        footer: [`${c}`, `Abmelden: ${track(`https://www.${dom}/newsletter/abmelden`)}`],
      },
      [
        'Sehr geehrte Damen und Herren,',
        `seit 2025 müssen auch Kommunen E-Rechnungen empfangen und verarbeiten. In unserem kostenlosen Webinar am ${when(r).de} zeigen wir, wie Sie den Rechnungseingang digitalisieren.`,
        { button: 'Jetzt anmelden', url: track(`https://www.${dom}/webinare/e-rechnung`) },
      ],
    );
    return {
      from: addr(c, `news@mailing.${dom}`),
      to: rcptOf(staff(r, 'kaemmerei')),
      subject: 'Einladung: Webinar E-Rechnung in der Kommune',
      ...body,
      envelope: `bounce.mailing.${dom}`,
      headers: [`List-Unsubscribe: <${track(`https://www.${dom}/newsletter/abmelden`)}>`, 'Precedence: bulk'],
      auth: 'foreign',
    };
  }),
  t('conference-invitation', 'kgst-forum-einladung', (r) => {
    const body = branded(
      {
        name: 'KGSt',
        color: '#4a7729',
        heading: `KGSt-FORUM ${when(r).year}: Jetzt anmelden`,
        footer: ['KGSt, Gereonstraße 18-32, 50670 Köln', 'Abmelden: https://www.kgst.de/newsletter'],
      },
      [
        'Sehr geehrte Damen und Herren,',
        'das KGSt-FORUM ist der größte Kongress für Kommunalverwaltungen in Deutschland. Frühbucherrabatt bis Ende des Monats.',
        { button: 'Programm und Anmeldung', url: 'https://www.kgst.de/forum' },
      ],
    );
    return {
      from: addr('KGSt', 'veranstaltungen@kgst.de'),
      to: rcptOf(staff(r, r.pick(['mayor', 'personal', 'it'] as const))),
      subject: 'Einladung zum KGSt-FORUM – Frühbucherrabatt',
      ...body,
      auth: 'pass',
    };
  }),
  t('recruiter-message', 'linkedin-inmail', (r) => {
    const p = staff(r, r.pick(['it', 'bau', 'hochbau'] as const));
    const [f, l] = germanName(r);
    const body = branded(
      {
        name: 'LinkedIn',
        color: '#0a66c2',
        footer: [
          `Diese E-Mail war für ${p.name} bestimmt.`,
          'LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2',
        ],
      },
      [
        `${f} ${l}, Senior Recruiter bei ${r.pick(['Hays', 'Michael Page', 'Robert Half'])}, hat Ihnen eine Nachricht gesendet:`,
        {
          quote: `Hallo ${p.first}, für einen kommunalen Zweckverband suche ich aktuell eine Leitung ${r.pick(['IT-Infrastruktur', 'Hochbau'])}. Hätten Sie Interesse an einem kurzen Austausch?`,
        },
        {
          button: 'Antworten',
          url: `https://www.linkedin.com/comm/messaging/thread/2-${token(r, 40)}/?midToken=AQ${token(r, 20)}&trk=eml-email_message_01`,
        },
      ],
    );
    return {
      from: addr(`${f} ${l} über LinkedIn`, 'inmail-hit-reply@linkedin.com'),
      to: addr(p.name, privateAddress(r, p.first, p.last, 'gmail.com')),
      subject: `${f} ${l}: Leitungsposition im öffentlichen Dienst`,
      ...body,
      auth: 'pass',
    };
  }),
  t('partner-town-english', 'twin-town-visit-english', (r) => {
    const d = when(r);
    const b = letter([
      'Dear Mayor Vollmer, dear colleagues,',
      `on behalf of the Municipality of ${r.pick(['Zelwino', 'Saint-Amaury-sur-Loire', 'Kastelholm'])} I would like to thank you for the warm welcome last year. We are happy to invite a delegation from Aldenmoor to our town festival on ${d.plus(40)}.`,
      'Please find the draft programme attached. Could you let us know by the end of next month how many people will travel?',
      `Kind regards,\n${r.pick(['Anna Kowalczyk', 'Claire Moreau', 'Lena Sjöberg'])}\nInternational Relations Officer`,
    ]);
    return {
      from: addr(
        'International Relations',
        `international@${r.pick(['zelwino-gmina.pl', 'saint-amaury.fr', 'kastelholm-kommun.se'])}`,
      ),
      to: rcptOf(staff(r, 'mayor')),
      subject: 'Invitation – town festival and partnership visit',
      ...b,
      parts: [
        {
          type: PDF,
          name: 'Programme_draft.pdf',
          content: onePagePdf(['Partnership visit', 'Draft programme']),
        },
      ],
      auth: chance(r, 60) ? 'pass' : 'nodkim',
    };
  }),
  t('bsi-newsletter', 'bsi-sicher-informiert', (r) => {
    const body = letter([
      `Sicher • Informiert – Ausgabe ${int(r, 1, 26)}/${when(r).year}`,
      'Der Newsletter des BSI für Bürgerinnen und Bürger',
      `Aktuelle Betrugsmasche: Gefälschte E-Mails im Namen von ${r.pick(['Banken', 'Paketdiensten', 'Behörden'])} fordern zur Eingabe von Zugangsdaten auf. Das BSI rät: Klicken Sie nicht auf Links in unerwarteten E-Mails und rufen Sie Webseiten direkt auf.`,
      'Mehr erfahren: [www.bsi.bund.de/verbraucher](https://www.bsi.bund.de/DE/Themen/Verbraucherinnen-und-Verbraucher/verbraucherinnen-und-verbraucher_node.html)',
      'Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abbestellen: https://www.bsi.bund.de/newsletter',
    ]);
    return {
      from: addr('BSI', 'newsletter@bsi.bund.de'),
      to: rcptOf(staff(r)),
      subject: `Sicher • Informiert: ${r.pick(['Vorsicht vor Phishing', 'Sicherheitsupdates', 'Betrugsmaschen'])}`,
      ...body,
      headers: ['Precedence: bulk'],
      auth: 'pass',
    };
  }),
  t('school-notice', 'schule-schulleitung-bestellung', (r) => {
    const school = r.pick(SCHOOLS);
    const [f, l] = germanName(r);
    const dom = `${ascii(school.toLowerCase().replace(/ /g, '-'))}.schule.niedersachsen.de`;
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `die ${school} benötigt für das neue Schuljahr ${int(r, 10, 60)} zusätzliche Tablets für die Klassen ${int(r, 5, 7)}a–c. Die Liste und das Angebot des Rahmenvertragspartners habe ich angehängt. Bitte prüfen Sie, ob das aus den DigitalPakt-Mitteln finanziert werden kann.`,
      `Mit freundlichen Grüßen\n${f} ${l}\nSchulleitung`,
    ]);
    return {
      from: addr(`${f} ${l}`, `schulleitung@${dom}`),
      to: rcptOf(staff(r, 'schule')),
      subject: `${school}: Bedarf Tablets`,
      ...b,
      parts: [
        {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          name: 'Bedarfsliste_Tablets.xlsx',
          content: Buffer.from('PK\u0003\u0004 inert workbook stand-in'),
        },
      ],
      auth: 'pass',
    };
  }),
  t('streets-notice', 'netzbetreiber-aufbruch-anzeige', (r) => {
    const s = r.pick(STREETS);
    const b = letter([
      'Sehr geehrte Damen und Herren,',
      `hiermit zeigen wir den Aufbruch der öffentlichen Verkehrsfläche in der ${s} (Glasfaser-Hausanschlüsse) für den Zeitraum ${when(r).de} bis ${when(r).de} an. Verkehrsrechtliche Anordnung und Lageplan liegen bei.`,
      'Mit freundlichen Grüßen\nBauleitung Glasfaser Nordwest',
    ]);
    return {
      from: addr('Glasfaser Nordwest – Bauleitung', 'bauleitung@glasfaser-nordwest.de'),
      to: rcptOf(staff(r, 'tief')),
      subject: `Aufbruchanzeige ${s}`,
      ...b,
      parts: [
        {
          type: PDF,
          name: `Aufbruch_${s.replace(/[^A-Za-z]/g, '')}.pdf`,
          content: onePagePdf(['Aufbruchanzeige', s.replace(/ß/g, 'ss')]),
        },
      ],
      auth: 'pass',
    };
  }),
];

const ALL = [...HAM, ...LOCAL_HAM_21];

export const UNSEEN_HAM_21_TEMPLATE_COUNT: number = ALL.length;

export async function unseenHam21(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(ALL, perTemplate, seed + 1, seededRandom);
}
