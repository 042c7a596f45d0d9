// The twelfth unseen set's lures for Corvane's offices in Madrid, Hamburg and Lyon, in Spanish, German and
// French: mailbox and account deactivation notices, bank-detail changes from lookalike suppliers, invoices
// whose link downloads a program, a job application carrying one, the "président" wire fraud, traffic
// fines and tax refunds.
import type { SeededRandom } from './generate.js';
import { zipOf } from './payloads.js';
import {
  authResults,
  COMPANY,
  day,
  digits,
  FREEMAIL,
  freeHost,
  hackedSite,
  htmlEscape,
  lureDomain,
  money,
  outsider,
  type Person,
  paragraphs,
  past,
  phone,
  redirected,
  staff,
  type Template,
  token,
  upper,
  VENDORS,
} from './unseen-12-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const to = (p: Person) => `To: ${p.name} <${p.email}>`;
const vendorOf = (r: SeededRandom, lang: 'es' | 'de' | 'fr') =>
  VENDORS.find((v) => v.lang === lang) ?? r.pick(VENDORS);

export const LOCAL_PHISHING: Template[] = [
  {
    name: 'es-webmail-suspension',
    kind: 'account-deactivation',
    make(r) {
      const v = staff(r, 'es');
      const domain = lureDomain(r, ['aviso', 'cuenta', 'correo', 'verificacion', 'soporte']);
      const url = `https://${domain}/owa/?usuario=${encodeURIComponent(v.email)}`;
      const html = [
        '<html><body style="font-family:Arial,sans-serif;font-size:14px">',
        `<p>Estimado/a ${htmlEscape(v.first)}:</p>`,
        `<p>${r.pick([
          'Su cuenta de correo electrónico será desactivada en las próximas 24 horas por no haber completado la verificación anual.',
          'Hemos detectado que su buzón ha superado el límite de almacenamiento. Los mensajes entrantes serán rechazados.',
        ])}</p>`,
        `<p>Para mantener su cuenta activa, <a href="${url}">verifique su cuenta aquí</a>.</p>`,
        '<p>Atentamente,<br>Departamento de Sistemas</p></body></html>',
      ].join('\n');
      return {
        headers: [`From: "Soporte Técnico" <soporte@${domain}>`, to(v), authResults(domain)],
        subject: r.pick([
          'Aviso: su cuenta será desactivada',
          'Verificación de cuenta requerida',
          'Buzón lleno',
        ]),
        html,
      };
    },
  },
  {
    name: 'es-invoice-link-downloads-program',
    kind: 'invoice-malware-link',
    make(r) {
      const v = staff(r, 'es');
      const s = outsider(
        r,
        r.pick(['clinica-veterinaria-sol.example', 'gestoria-almansa.example', 'tallerespuig.example.com']),
      );
      const host = s.email.split('@')[1];
      const n = `${r.pick(['FAC', 'F'])}-${digits(r, 6)}`;
      const url = r.pick([
        `${freeHost(r, 'factura')}${n}.zip`,
        hackedSite(r, 'factura'),
        redirected(r, `https://${host}/descargas/${n}.msi`),
      ]);
      const text = [
        r.pick(['Buenos días,', `Hola ${v.first},`, 'Estimado cliente:']),
        '',
        r.pick([
          `Le adjuntamos el enlace para descargar la factura ${n} correspondiente al mes de ${r.pick(['octubre', 'noviembre'])}.`,
          `Le informamos de que tiene pendiente de pago la factura ${n} por importe de ${money(r, 300, 6000, 'es')}.`,
        ]),
        '',
        `Descargar factura: ${url}`,
        '',
        'Un saludo,',
        s.name,
      ].join('\n');
      return {
        headers: [`From: ${s.name} <${s.email}>`, to(v), authResults(host)],
        subject: `Factura ${n}`,
        text,
      };
    },
  },
  {
    name: 'es-supplier-bank-change',
    kind: 'bank-detail-change',
    make(r) {
      const v = staff(r, 'es');
      const vendor = vendorOf(r, 'es');
      const look = r.pick(vendor.looks);
      const who = outsider(r, look, 'es');
      const text = [
        `Buenos días ${v.first}:`,
        '',
        r.pick([
          `Les comunicamos que, a partir de la fecha, ${vendor.name} ha cambiado de entidad bancaria. Les rogamos que actualicen nuestros datos y realicen los próximos pagos a la nueva cuenta indicada en el certificado adjunto.`,
          'Por motivos de auditoría interna, nuestra cuenta habitual está temporalmente bloqueada. Les agradeceríamos que el pago de las facturas pendientes se realice a la cuenta que figura en el documento adjunto.',
        ]),
        '',
        '¿Podrían confirmarnos la fecha prevista de pago?',
        '',
        'Saludos cordiales,',
        `${who.name}`,
        `Departamento de Administración — ${vendor.name}`,
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(look)],
        subject: r.pick([
          'Cambio de cuenta bancaria',
          'Actualización datos bancarios',
          'RE: Facturas pendientes',
        ]),
        text,
        parts: [
          {
            type: 'application/pdf',
            name: 'Certificado_titularidad.pdf',
            content: onePagePdf([
              vendor.name,
              'Certificado de titularidad bancaria',
              `IBAN ES${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)} ${digits(r, 10)}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'de-m365-deactivation',
    kind: 'account-deactivation',
    make(r) {
      const v = staff(r, 'de');
      const domain = r.pick([
        'konto-pruefung.example',
        'm365-sicherheit.test',
        lureDomain(r, ['konto', 'sicherheit', 'postfach', 'anmeldung']),
      ]);
      const url = `https://${domain}/${token(r, 8)}`;
      const text = [
        `Hallo ${v.first} ${v.last},`,
        '',
        r.pick([
          `Ihr Microsoft 365-Konto ${v.email} wird am ${day(r, 'de')} deaktiviert, da die Sicherheitsinformationen nicht bestätigt wurden.`,
          'Aufgrund einer Richtlinienänderung müssen alle Konten ihre Anmeldedaten erneut bestätigen. Nicht bestätigte Konten werden gesperrt.',
        ]),
        '',
        `Jetzt bestätigen: ${url}`,
        '',
        'Mit freundlichen Grüßen',
        'Ihr IT-Service',
      ].join('\n');
      return {
        headers: [`From: "IT-Service" <noreply@${domain}>`, to(v), authResults(domain)],
        subject: r.pick([
          'Ihr Konto wird deaktiviert',
          'Bestätigung erforderlich',
          'Wichtig: Sicherheitsüberprüfung',
        ]),
        text,
        html: r.below(2) ? paragraphs(text) : undefined,
      };
    },
  },
  {
    name: 'de-supplier-bank-change',
    kind: 'bank-detail-change',
    make(r) {
      const v = staff(r, 'de');
      const vendor = vendorOf(r, 'de');
      const look = r.pick(vendor.looks);
      const who = outsider(r, look, 'de');
      const text = [
        `Sehr geehrte/r ${v.first} ${v.last},`,
        '',
        r.pick([
          `bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Wir bitten Sie, alle offenen Rechnungen ab sofort auf das neue Konto zu überweisen.`,
          'im Zuge der Umstellung unseres Zahlungsverkehrs haben wir eine neue Hausbank. Die neuen Kontodaten finden Sie im Anhang.',
        ]),
        '',
        `Neue IBAN: DE${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)}`,
        `BIC: ${upper(r, 8)}`,
        '',
        'Bitte bestätigen Sie uns kurz die Änderung.',
        '',
        'Mit freundlichen Grüßen',
        who.name,
        `Buchhaltung, ${vendor.name}`,
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(look)],
        subject: r.pick(['Änderung unserer Bankverbindung', 'Neue Bankverbindung', 'AW: Offene Posten']),
        text,
      };
    },
  },
  {
    name: 'de-job-application-archive',
    kind: 'job-application-malware',
    make(r) {
      const v = staff(r, 'de');
      const free = r.pick(FREEMAIL);
      const who = outsider(r, free, 'de');
      const password = digits(r, 3);
      const encrypted = r.below(2) === 0;
      const name = `Bewerbung_${who.last}`;
      const text = [
        'Sehr geehrte Damen und Herren,',
        '',
        `hiermit bewerbe ich mich auf die ausgeschriebene Stelle als ${r.pick(['Vertriebsingenieur/in', 'Sachbearbeiter/in Buchhaltung', 'Servicetechniker/in'])}.`,
        'Meine Bewerbungsunterlagen (Anschreiben, Lebenslauf und Zeugnisse) finden Sie im Anhang.',
        ...(encrypted
          ? ['', `Aus Datenschutzgründen ist das Archiv passwortgeschützt. Passwort: ${password}`]
          : []),
        '',
        'Mit freundlichen Grüßen',
        who.name,
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(free)],
        subject: `Bewerbung – ${who.name}`,
        text,
        parts: [
          encrypted
            ? {
                type: 'application/zip',
                name: `${name}.zip`,
                content: protectedZip(`Lebenslauf_${who.last}.exe`, Number(password)),
              }
            : {
                type: 'application/zip',
                name: `${name}.zip`,
                content: zipOf(`Lebenslauf_${who.last}.pdf.lnk`),
              },
        ],
      };
    },
  },
  {
    name: 'fr-president-wire-fraud',
    kind: 'president-fraud',
    make(r) {
      const v = staff(r, 'fr');
      const free = r.pick(FREEMAIL);
      const avocat = outsider(r, lureDomain(r, ['avocats', 'cabinet', 'conseil']), 'fr');
      const text = [
        `Bonjour ${v.first},`,
        '',
        r.pick([
          `Je vous contacte au sujet d'une opération financière strictement confidentielle concernant le rachat d'une société. Vous serez contacté(e) par Maître ${avocat.last} du cabinet qui nous accompagne.`,
          "J'ai besoin de votre discrétion absolue pour un virement lié à une acquisition en cours. L'AMF nous impose une totale confidentialité jusqu'à l'annonce officielle.",
        ]),
        '',
        "Pouvez-vous me confirmer votre disponibilité aujourd'hui ? Merci de ne pas en parler, y compris en interne.",
        '',
        'Cordialement,',
        'Andrea Holloway',
        `Présidente-directrice générale, ${COMPANY}`,
      ].join('\n');
      return {
        headers: [
          `From: Andrea Holloway <a.holloway.ceo@${free}>`,
          `Reply-To: ${avocat.email}`,
          to(v),
          authResults(free),
        ],
        subject: r.pick([
          'Opération confidentielle',
          'Dossier confidentiel — urgent',
          'Demande de discrétion',
        ]),
        text,
      };
    },
  },
  {
    name: 'fr-traffic-fine',
    kind: 'traffic-fine',
    make(r) {
      const v = staff(r, 'fr');
      const domain = r.pick([
        'antai-amendes.example',
        'paiement-amende.test',
        lureDomain(r, ['amende', 'paiement', 'avis', 'service']),
      ]);
      const url = redirected(r, `https://${domain}/avis/${upper(r, 10)}`);
      const html = [
        '<html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px">',
        '<p><b>Avis de contravention</b></p>',
        `<p>Madame, Monsieur,</p><p>Un avis de contravention a été émis pour un véhicule à votre nom le ${past(r, 'fr')}. Montant : ${money(r, 35, 135, 'fr')}.</p>`,
        `<p>${r.pick(['Sans règlement sous 72 heures, le montant sera majoré.', "Passé ce délai, l'amende sera majorée à 375 €."])}</p>`,
        `<p><a href="${url}" style="background:#000091;color:#fff;padding:10px 20px;text-decoration:none">Payer mon amende</a></p>`,
        '</body></html>',
      ].join('\n');
      return {
        headers: [`From: "Service Amendes" <ne-pas-repondre@${domain}>`, to(v), authResults(domain)],
        subject: 'Avis de contravention — paiement requis',
        html,
      };
    },
  },
  {
    name: 'fr-tax-refund',
    kind: 'tax-refund',
    make(r) {
      const v = staff(r, 'fr');
      const domain = lureDomain(r, ['remboursement', 'impots', 'fiscal', 'dgfip']);
      const url = `https://${domain}/${token(r, 8)}/remboursement`;
      const text = [
        'Direction générale des Finances publiques',
        '',
        `Bonjour ${v.first} ${v.last},`,
        '',
        `Après le dernier calcul annuel de votre activité fiscale, vous êtes éligible à un remboursement de ${money(r, 180, 900, 'fr')}.`,
        `Pour recevoir ce montant, veuillez confirmer vos coordonnées bancaires avant le ${day(r, 'fr')} : ${url}`,
        '',
        `Référence : ${digits(r, 13)}`,
        '',
        'Cordialement,',
        'Le service des impôts des particuliers',
      ].join('\n');
      return {
        headers: [`From: "impots.gouv" <noreply@${domain}>`, to(v), authResults(domain)],
        subject: 'Remboursement des impôts en attente',
        text,
        html: paragraphs(text),
      };
    },
  },
  {
    name: 'de-parcel-redirect-phone',
    kind: 'parcel-fee',
    make(r) {
      const v = staff(r, 'de');
      const domain = lureDomain(r, ['paket', 'zustellung', 'sendung', 'versand']);
      const url = `https://${domain}/sendung/${upper(r, 12)}`;
      const text = [
        `Sehr geehrte/r Kunde/in,`,
        '',
        `Ihre Sendung ${digits(r, 12)} konnte nicht zugestellt werden, da die Zollgebühr von ${money(r, 1, 4, 'de')} nicht bezahlt wurde.`,
        `Bitte bezahlen Sie die Gebühr bis ${day(r, 'de')}, sonst wird die Sendung an den Absender zurückgeschickt: ${url}`,
        '',
        `Bei Fragen erreichen Sie uns unter ${phone(r, 'de')}.`,
      ].join('\n');
      return {
        headers: [`From: "Paketdienst" <info@${domain}>`, to(v), authResults(domain)],
        subject: 'Ihre Sendung wartet auf Zustellung',
        text,
      };
    },
  },
];
