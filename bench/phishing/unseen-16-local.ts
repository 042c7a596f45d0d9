// The sixteenth unseen set's mail in German, French, Spanish and Dutch: Saltmarsh Ceramics sells to shops and
// customers across Europe, so lures arrive in their languages (fake PayPal, bol.com, Mollie, tax and courier
// notices, archive "orders" and complaints) and so does genuine mail (customers, stockists, the German tax
// adviser, marketplace notices). Phishing first, then the legitimate mail.
import { diskImage, zipOf } from './payloads.js';
import {
  auth,
  OWNER,
  PDF,
  photoJpeg,
  plainWorkbook,
  type Scene,
  STAFF,
  type Template,
  XLSX,
  ZIP,
} from './unseen-16-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const JONAS = STAFF[3];

function lookalike(s: Scene, words: string[]) {
  const domain = s.attackerDomain(words);
  return { domain, auth: auth.own(domain) };
}

export const LOCAL_PHISHING: Template[] = [
  {
    name: 'de-paypal-haendlerkonto',
    kind: 'payment-account-limited-de',
    make(s) {
      const d = lookalike(s, ['paypal', s.pick(['konto', 'sicherheit', 'haendler'])]);
      return {
        fromName: 'PayPal',
        from: `service@${d.domain}`,
        auth: d.auth,
        to: JONAS.address,
        subject: s.pick([
          'Ihr Händlerkonto wurde eingeschränkt',
          'Wichtig: Bestätigung Ihrer Unternehmensdaten',
          'Auszahlungen vorübergehend gesperrt',
        ]),
        greeting: s.pick(['Sehr geehrter Händler,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,']),
        paragraphs: [
          'bei einer routinemäßigen Überprüfung konnten wir Ihre Unternehmensdaten nicht bestätigen. Zahlungseingänge werden bis zur Bestätigung zurückgehalten.',
          `Bitte bestätigen Sie Ihre Angaben innerhalb von ${s.pick(['24', '48'])} Stunden, um eine dauerhafte Sperrung zu vermeiden.`,
        ],
        button: { label: 'Jetzt bestätigen', href: s.attackerLink(d.domain, ['de/verify', 'signin']) },
        signoff: 'Ihr PayPal-Team',
      };
    },
  },
  {
    name: 'de-grossbestellung-iso',
    kind: 'bulk-order-archive-de',
    make(s) {
      const d = lookalike(s, [s.pick(['hotel', 'gastro', 'einkauf']), s.pick(['gruppe', 'service', 'gmbh'])]);
      const name = `${s.pick(['Markus', 'Sabine', 'Thomas', 'Katrin'])} ${s.pick(['Becker', 'Schulz', 'Hoffmann', 'Wagner'])}`;
      return {
        fromName: name,
        from: `einkauf@${d.domain}`,
        auth: d.auth,
        to: JONAS.address,
        subject: s.pick([
          'Anfrage Großbestellung Geschirr',
          'Bestellung - bitte Angebot',
          'Preisanfrage für Hotelausstattung',
        ]),
        greeting: 'Sehr geehrte Damen und Herren,',
        paragraphs: [
          `für die Neueröffnung unseres Hotels benötigen wir ${s.between(300, 2000)} Teile Geschirr. Die Stückliste finden Sie im Anhang.`,
          'Bitte senden Sie uns Ihr Angebot bis Freitag.',
        ],
        parts: [
          s.chance(0.5)
            ? { type: 'application/x-iso9660-image', name: 'Bestellliste.iso', content: diskImage() }
            : { type: ZIP, name: 'Anfrage.zip', content: zipOf('Stueckliste.pdf.js') },
        ],
        signoff: `Mit freundlichen Grüßen\n${name}\nEinkauf`,
      };
    },
  },
  {
    name: 'de-finanzamt-erstattung',
    kind: 'fake-tax-notice-de',
    make(s) {
      const d = lookalike(s, [
        s.pick(['elster', 'finanzamt', 'steuer']),
        s.pick(['portal', 'online', 'bund']),
      ]);
      return {
        fromName: s.pick(['ELSTER', 'Bundeszentralamt für Steuern', 'Finanzamt']),
        from: `noreply@${d.domain}`,
        auth: d.auth,
        to: JONAS.address,
        subject: s.pick(['Ihre Steuererstattung steht bereit', 'Mahnung: Umsatzsteuer-Voranmeldung (OSS)']),
        greeting: 'Sehr geehrte Steuerpflichtige,',
        paragraphs: [
          `für Ihre OSS-Meldung wurde eine Erstattung in Höhe von ${s.euros(200, 1800)} festgesetzt.`,
          'Um die Erstattung zu erhalten, bestätigen Sie bitte Ihre Bankverbindung im Portal.',
        ],
        button: { label: 'Erstattung anfordern', href: s.attackerLink(d.domain, ['erstattung', 'login']) },
      };
    },
  },
  {
    name: 'fr-reclamation-photos',
    kind: 'customer-complaint-archive-fr',
    make(s) {
      const name = `${s.pick(['Camille', 'Julien', 'Claire', 'Nicolas'])} ${s.pick(['Martin', 'Bernard', 'Dubois', 'Moreau'])}`;
      const address = s.freemail(name, ['orange.fr', 'free.fr', 'gmail.com']);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick(['Colis reçu cassé', 'Réclamation commande', 'Photos du produit endommagé']),
        greeting: 'Bonjour,',
        paragraphs: [
          "J'ai reçu ma commande aujourd'hui et le vase est cassé. Vous trouverez les photos dans l'archive jointe.",
          `Mot de passe : ${s.digits(4)}. Merci de me rembourser rapidement.`,
        ],
        parts: [
          { type: ZIP, name: 'photos_colis.zip', content: protectedZip('IMG_photo_colis.jpg.lnk', s.number) },
        ],
        signoff: name,
        shape: 'text',
      };
    },
  },
  {
    name: 'fr-facture-impayee',
    kind: 'fake-overdue-invoice-fr',
    make(s) {
      const d = lookalike(s, [
        s.pick(['facture', 'compta', 'paiement']),
        s.pick(['pro', 'en-ligne', 'services']),
      ]);
      const link = s.attackerLink(d.domain, ['facture', 'doc']);
      const ref = `FA-${s.digits(6)}`;
      return {
        fromName: s.pick(['Service Comptabilité', 'Atelier Maison - Comptabilité']),
        from: `compta@${d.domain}`,
        auth: d.auth,
        to: 'accounts@corp.example',
        subject: `Relance : facture ${ref} impayée`,
        greeting: 'Bonjour,',
        paragraphs: [
          `Sauf erreur de notre part, la facture ${ref} d'un montant de ${s.euros(300, 2600)} reste impayée.`,
          s.pick([
            'Veuillez consulter la facture via le lien sécurisé dans le document joint.',
            'Merci de procéder au règlement sous 48 heures. La facture est accessible depuis le PDF ci-joint.',
            'Sans règlement de votre part, nous serons contraints de transmettre le dossier à notre service contentieux.',
          ]),
        ],
        parts: [
          {
            type: PDF,
            name: `${ref}.pdf`,
            content: onePagePdf(['FACTURE', ref, 'Consulter la facture'], { link }),
          },
        ],
        signoff: 'Cordialement',
      };
    },
  },
  {
    name: 'es-correos-aduana',
    kind: 'fake-customs-fee-es',
    make(s) {
      const d = lookalike(s, [s.pick(['correos', 'envios', 'aduana']), s.pick(['es', 'gestion', 'pago'])]);
      return {
        fromName: s.pick(['Correos', 'Correos Aduanas', 'Gestión Aduanera']),
        from: `notificaciones@${d.domain}`,
        auth: d.auth,
        to: 'orders@corp.example',
        subject: s.pick(['Su envío está retenido en aduana', 'Pago pendiente de aranceles']),
        greeting: 'Estimado cliente:',
        paragraphs: [
          `Su envío con destino a Madrid está retenido. Para continuar con la entrega debe abonar ${s.between(2, 6)},${s.digits(2)} € de gastos de aduana.`,
        ],
        button: {
          label: 'Pagar ahora',
          href: s.chance(0.5) ? s.hostedLink() : s.attackerLink(d.domain, ['pago', 'envio']),
        },
      };
    },
  },
  {
    name: 'es-pedido-mayorista',
    kind: 'bulk-order-link-es',
    make(s) {
      const d = lookalike(s, [
        s.pick(['distribuciones', 'comercial', 'hogar']),
        s.pick(['iberica', 'sl', 'grupo']),
      ]);
      const name = `${s.pick(['Javier', 'Lucía', 'Carmen', 'Pablo'])} ${s.pick(['García', 'López', 'Sánchez', 'Romero'])}`;
      return {
        fromName: name,
        from: `compras@${d.domain}`,
        auth: d.auth,
        to: JONAS.address,
        subject: s.pick(['Pedido de compra', 'Solicitud de presupuesto urgente']),
        greeting: 'Buenos días,',
        paragraphs: [
          'Adjuntamos nuestro pedido de compra para su tienda. El documento está protegido, inicie sesión con su correo para verlo.',
        ],
        button: { label: 'Ver pedido', href: s.hostedLink() },
        signoff: `Saludos cordiales\n${name}`,
      };
    },
  },
  {
    name: 'nl-bol-verkopersaccount',
    kind: 'marketplace-seller-verification-nl',
    make(s) {
      const d = lookalike(s, ['bol', s.pick(['partner', 'verkopers', 'partnerplatform'])]);
      return {
        fromName: 'bol.com partnerplatform',
        from: `partner@${d.domain}`,
        auth: d.auth,
        subject: s.pick([
          'Uw verkopersaccount is tijdelijk geblokkeerd',
          'Actie vereist: verifieer uw bedrijfsgegevens',
        ]),
        greeting: 'Beste partner,',
        paragraphs: [
          'Wij hebben uw uitbetalingen tijdelijk stopgezet omdat uw bedrijfsgegevens niet volledig zijn.',
          'Verifieer uw gegevens binnen 48 uur om blokkering van uw aanbod te voorkomen.',
        ],
        button: { label: 'Gegevens verifiëren', href: s.attackerLink(d.domain, ['login', 'verificatie']) },
        signoff: 'Met vriendelijke groet,\nbol.com',
      };
    },
  },
  {
    name: 'nl-mollie-betaling',
    kind: 'payment-processor-lure-nl',
    make(s) {
      const d = lookalike(s, ['mollie', s.pick(['dashboard', 'verificatie', 'betalingen'])]);
      return {
        fromName: 'Mollie',
        from: `no-reply@${d.domain}`,
        auth: d.auth,
        subject: s.pick(['Uw uitbetalingen zijn gepauzeerd', 'Herbevestig uw rekeningnummer']),
        greeting: 'Hallo,',
        paragraphs: [
          `Er staat ${s.euros(500, 5000)} klaar voor uitbetaling. Bevestig uw IBAN om de uitbetaling vrij te geven.`,
        ],
        button: { label: 'IBAN bevestigen', href: s.attackerLink(d.domain, ['dashboard', 'iban']) },
      };
    },
  },
  {
    name: 'nl-leverancier-iban',
    kind: 'supplier-bank-change-nl',
    make(s) {
      const d = lookalike(s, [
        s.pick(['keramiek', 'verpakking', 'glazuur']),
        s.pick(['groothandel', 'bv', 'nl']),
      ]);
      return {
        fromName: 'Debiteurenadministratie',
        from: `administratie@${d.domain}`,
        auth: d.auth,
        to: 'accounts@corp.example',
        subject: s.pick([
          'Wijziging bankgegevens',
          'Nieuw rekeningnummer per direct',
          'Belangrijk: betaalgegevens gewijzigd',
        ]),
        greeting: s.pick(['Geachte klant,', 'Beste relatie,', 'Goedemiddag,']),
        paragraphs: [
          `Wij hebben een nieuw rekeningnummer. Gelieve openstaande facturen (${s.euros(400, 3800)}) vanaf heden over te maken naar NL${s.digits(2)}ABNA0${s.digits(9)}.`,
          s.pick([
            'Telefonisch zijn wij deze week niet bereikbaar.',
            'Betalingen naar het oude rekeningnummer worden teruggestort.',
            'Wilt u per e-mail bevestigen dat u de wijziging heeft verwerkt?',
          ]),
        ],
        signoff: 'Met vriendelijke groet',
        shape: 'text',
      };
    },
  },
];

export const LOCAL_HAM: Template[] = [
  {
    name: 'de-kunde-lieferfrage',
    kind: 'ham',
    make(s) {
      const name = `${s.pick(['Anna', 'Lukas', 'Julia', 'Felix'])} ${s.pick(['Müller', 'Fischer', 'Weber', 'Neumann'])}`;
      const address = s.freemail(name.replace('ü', 'ue'), ['gmx.de', 'web.de', 't-online.de']);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick([
          `Bestellung ${s.order()} - Lieferzeit?`,
          'Frage zu meiner Bestellung',
          'Lieferung nach Deutschland',
        ]),
        greeting: 'Hallo,',
        paragraphs: [
          `ich habe letzte Woche ${s.product()} bestellt. Können Sie mir sagen, wann die Lieferung ungefähr ankommt? Es ist ein Geburtstagsgeschenk.`,
          s.pick(['Fallen beim Versand nach Deutschland Zollgebühren an?', 'Vielen Dank im Voraus!']),
        ],
        signoff: `Viele Grüße\n${name}`,
        shape: 'text',
      };
    },
  },
  {
    name: 'de-steuerberater-unterlagen',
    kind: 'ham',
    make(s) {
      const adviser = `${s.pick(['Dr. Petra', 'Sabine', 'Andrea'])} ${s.pick(['Lorenz', 'Brandt', 'Keller'])}`;
      return {
        fromName: `${adviser} | Steuerkanzlei Lorenz`,
        from: 'kanzlei@steuerkanzlei-lorenz.example',
        auth: auth.genuine('steuerkanzlei-lorenz.example'),
        to: JONAS.address,
        subject: s.pick([
          'OSS-Meldung Q4 - Unterlagen',
          'Ihre Umsatzsteuer Deutschland: Belege für das Quartal',
        ]),
        greeting: 'Lieber Herr Weber,',
        paragraphs: [
          'für die OSS-Meldung des vierten Quartals benötige ich noch die Umsatzliste nach Ländern aus Shopify und Etsy.',
          `Bitte laden Sie die Dateien wie gewohnt in unseren DATEV-Upload oder senden Sie sie mir bis ${s.between(5, 20)}. ${s.pick(['Dezember', 'Januar'])} per E-Mail.`,
        ],
        signoff: `Mit freundlichen Grüßen\n${adviser}\nSteuerberaterin`,
        parts: s.chance(0.5)
          ? [
              {
                type: PDF,
                name: 'Checkliste_OSS_Q4.pdf',
                content: onePagePdf(['Checkliste OSS Q4', 'Umsatzliste je Land', 'Gutschriften']),
              },
            ]
          : [],
      };
    },
  },
  {
    name: 'fr-boutique-commande',
    kind: 'ham',
    make(s) {
      const name = `${s.pick(['Élodie', 'Sophie', 'Marc', 'Hélène'])} ${s.pick(['Lefèvre', 'Girard', 'Roux'])}`;
      return {
        fromName: `${name} - Atelier Maison`,
        from: 'contact@atelier-maison.example',
        auth: auth.genuine('atelier-maison.example'),
        to: JONAS.address,
        subject: s.pick([
          'Réassort printemps',
          'Nouvelle commande pour la boutique',
          'Commande de réassort - bols et tasses',
        ]),
        greeting: 'Bonjour Jonas,',
        paragraphs: [
          `Les bols se sont très bien vendus ! Nous souhaitons commander ${s.between(12, 60)} pièces supplémentaires, voir le bon de commande en pièce jointe.`,
          'Pouvez-vous nous confirmer le délai de livraison ?',
        ],
        parts: [
          {
            type: XLSX,
            name: 'bon_de_commande.xlsx',
            content: plainWorkbook([
              ['Article', 'Quantité'],
              [s.product(), String(s.between(6, 24))],
            ]),
          },
        ],
        signoff: `Belle journée,\n${name}`,
      };
    },
  },
  {
    name: 'fr-client-photo-casse',
    kind: 'ham',
    make(s) {
      const name = `${s.pick(['Isabelle', 'Thomas', 'Manon'])} ${s.pick(['Petit', 'Durand', 'Lambert'])}`;
      const address = s.freemail(name.toLowerCase(), ['orange.fr', 'laposte.net', 'gmail.com']);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: `Commande ${s.order()} - une tasse cassée`,
        greeting: 'Bonjour,',
        paragraphs: [
          "Le colis est bien arrivé mais une des tasses est fêlée. Je joins une photo. Est-il possible d'en recevoir une autre ?",
        ],
        parts: [{ type: 'image/jpeg', name: 'IMG_2231.jpg', content: photoJpeg(s.number) }],
        signoff: `Merci d'avance,\n${name}`,
        shape: 'text',
      };
    },
  },
  {
    name: 'es-cliente-cambio-direccion',
    kind: 'ham',
    make(s) {
      const name = `${s.pick(['María', 'Alejandro', 'Elena'])} ${s.pick(['Fernández', 'Martín', 'Ruiz'])}`;
      const address = s.freemail(name.toLowerCase(), ['gmail.com', 'hotmail.es', 'yahoo.es']);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick(['Cambio de dirección de envío', `Pedido ${s.order()}`]),
        greeting: 'Hola,',
        paragraphs: [
          'Acabo de hacer un pedido y me he equivocado con la dirección. La correcta es Calle de Toledo 42, 3ºB, 28005 Madrid.',
          '¿Podéis cambiarla antes de enviarlo? Gracias.',
        ],
        signoff: name,
        shape: 'text',
      };
    },
  },
  {
    name: 'nl-klant-vraag',
    kind: 'ham',
    make(s) {
      const name = `${s.pick(['Sanne', 'Daan', 'Lotte', 'Bram'])} ${s.pick(['de Vries', 'Jansen', 'Bakker', 'Visser'])}`;
      const address = s.freemail(name.toLowerCase().replace('de ', 'de'), [
        'ziggo.nl',
        'hotmail.com',
        'kpnmail.nl',
      ]);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick(['Vraag over vaatwasserbestendig', 'Retour van mijn bestelling']),
        greeting: 'Hallo,',
        paragraphs: [
          s.pick([
            `Zijn de ${s.product()} vaatwasserbestendig? Ik wil ze cadeau geven.`,
            'Ik wil graag een bord retourneren, het past niet bij mijn servies. Hoe werkt dat?',
          ]),
        ],
        signoff: `Groetjes,\n${name.split(' ')[0]}`,
        shape: 'text',
      };
    },
  },
  {
    name: 'nl-bol-bestelling',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'bol.com partnerplatform',
        from: 'noreply@partner.bol.com',
        auth: auth.genuine('partner.bol.com', 'bounce.bol.com'),
        to: 'orders@corp.example',
        subject: `Nieuwe bestelling ${s.digits(10)}`,
        greeting: 'Beste partner,',
        paragraphs: [
          `Er is een nieuwe bestelling geplaatst: ${s.product()}. Verzend de bestelling vóór ${s.between(1, 28)} december en bevestig de verzending in het partnerplatform.`,
        ],
        button: { label: 'Bekijk bestelling', href: `https://partner.bol.com/sdd/orders/${s.digits(10)}` },
        footer: 'bol.com b.v., Papendorpseweg 100, Utrecht',
        shape: 'html',
      };
    },
  },
  {
    name: 'de-kundin-preisliste',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Die Kleine Küche | Laden',
        from: 'info@kleine-kueche.example',
        auth: auth.genuine('kleine-kueche.example'),
        to: JONAS.address,
        subject: s.pick(['Preisliste 2026 für Wiederverkäufer?', 'Anfrage Händlerkonditionen']),
        greeting: 'Hallo Jonas,',
        paragraphs: [
          s.pick([
            'wir haben euch auf der Messe in Frankfurt kennengelernt. Könntest du uns die aktuelle Händlerpreisliste und die Mindestbestellmenge schicken?',
            'eure Tassen verkaufen sich bei uns super. Gibt es schon die neue Preisliste für 2026 und neue Glasuren?',
            'wir würden gern zum Frühjahr nachbestellen. Schickst du uns bitte die Preisliste und die aktuellen Lieferzeiten?',
          ]),
          `Unsere Website: https://kleine-kueche.example - ${OWNER.name.split(' ')[0]} kennt uns schon.`,
        ],
        signoff: `Liebe Grüße aus Leipzig\n${s.pick(['Miriam', 'Jana', 'Tobias'])}`,
        shape: s.pick(['text', 'both'] as const),
      };
    },
  },
];
