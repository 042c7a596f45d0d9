// The tenth unseen set's phishing in the mailbox's other languages: German password expiry, CEO fraud and
// locked-archive invoices; French e-signature, bank-detail change and tax refund; Spanish shared files,
// unpaid invoices and parcel fees; Italian payslips, sextortion and macro documents; Dutch MFA and a
// macro workbook. Each written as the campaigns against those countries word it.
import type { SeededRandom } from './generate.js';
import { legacyMacroDocument, macroWorkbook } from './payloads.js';
import {
  amount,
  attackerAuth,
  combosquat,
  day,
  digits,
  freeHostLink,
  freeMail,
  from,
  gibberish,
  hackedSite,
  type Lang,
  localWords,
  lookalike,
  money,
  type Person,
  part,
  passing,
  person,
  render,
  spoofAuth,
  supplier,
  type Template,
  token,
  upper,
  withVictim,
} from './unseen-10-scene.js';
import { protectedZip } from './unseen-payloads.js';

function lure(r: SeededRandom, to: Person, lang: Lang, own?: string): string {
  if (own !== undefined && r.below(2) === 0) return withVictim(r, `https://${own}/${token(r, 6)}/`, to);
  if (r.below(2) === 0) return withVictim(r, freeHostLink(r, localWords(r, lang).split('.')[0]), to);
  const site = hackedSite(r);
  return withVictim(r, `https://${site.host}${site.path}`, to);
}

export const LOCAL_TEMPLATES: readonly Template[] = [
  {
    name: 'de-passwort-ablauf',
    kind: 'password-expiry',
    lang: 'de',
    make(r, to) {
      const domain = localWords(r, 'de');
      return {
        headers: [
          from(r.pick(['IT-Servicedesk', 'Microsoft 365 Verwaltung', 'IT-Support']), `noreply@${domain}`),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          'Ihr Kennwort läuft heute ab',
          `Kennwortablauf für ${to.email}`,
          'Handlungsbedarf: Passwort bestätigen',
        ]),
        ...render(r, {
          brand: { name: 'Microsoft 365', color: '#0067b8' },
          paras: [
            `Hallo ${to.first} ${to.last},`,
            r.pick([
              `das Kennwort für Ihr Konto ${to.email} läuft am ${day(r, 'de')} ab.`,
              'Ihr Kennwort läuft in 24 Stunden ab. Danach werden Sie von Outlook und Teams abgemeldet.',
            ]),
            r.pick([
              'Sie können Ihr aktuelles Kennwort über den folgenden Link beibehalten.',
              'Bitte bestätigen Sie Ihr Kennwort, um Unterbrechungen zu vermeiden.',
            ]),
          ],
          button: {
            label: r.pick(['Kennwort beibehalten', 'Jetzt bestätigen']),
            href: lure(r, to, 'de', domain),
          },
          footer: 'Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht.',
        }),
      };
    },
  },
  {
    name: 'de-geschaeftsfuehrer-ueberweisung',
    kind: 'ceo-wire',
    lang: 'de',
    make(r, to) {
      const ceo = person(r);
      const address = freeMail(r, ceo, 'de');
      return {
        headers: [from(ceo.name, address), passing(address.split('@')[1])],
        subject: r.pick(['Vertraulich', 'Dringende Überweisung', 'Kurze Frage']),
        text: [
          `Hallo ${to.first},`,
          '',
          r.pick([
            'sind Sie heute im Büro? Ich brauche Ihre Unterstützung bei einer vertraulichen Transaktion.',
            'wir stehen kurz vor dem Abschluss einer Übernahme. Ich brauche heute noch eine Auslandsüberweisung.',
            `bitte veranlassen Sie heute eine Zahlung über ${amount(money(r, 24000, 88000), 'de')}. Details folgen.`,
          ]),
          r.pick([
            'Bitte behandeln Sie das absolut vertraulich und sprechen Sie mit niemandem darüber.',
            'Ich bin in Besprechungen und nur per E-Mail erreichbar.',
          ]),
          '',
          'Viele Grüße',
          ceo.name,
          'Von meinem iPhone gesendet',
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'de-rechnung-passwort-zip',
    kind: 'protected-archive',
    lang: 'de',
    make(r) {
      const domain = gibberish(r);
      const n = `2026-${digits(r, 5)}`;
      const password = digits(r, 4);
      return {
        headers: [from(person(r, domain).name, `buchhaltung@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          `Rechnung ${n}`,
          `Zahlungserinnerung – Rechnung ${n}`,
          `Ihre Rechnung vom ${day(r, 'de')}`,
        ]),
        ...render(
          r,
          {
            paras: [
              'Sehr geehrte Damen und Herren,',
              r.pick([
                'anbei erhalten Sie unsere Rechnung.',
                'im Anhang finden Sie die offene Rechnung mit der Bitte um Begleichung.',
              ]),
              `Das Archiv ist aus Datenschutzgründen geschützt. Kennwort: ${password}`,
            ],
            sig: ['Mit freundlichen Grüßen', 'Buchhaltung'],
          },
          'text',
        ),
        parts: [
          part(
            'application/zip',
            `Rechnung_${n}.zip`,
            protectedZip(`Rechnung_${n}.${r.pick(['js', 'lnk', 'vbs'])}`, r.below(100000)),
          ),
        ],
      };
    },
  },
  {
    name: 'fr-signature-electronique',
    kind: 'e-signature',
    lang: 'fr',
    make(r, to) {
      const domain = combosquat(r, r.pick(['docusign', 'yousign', 'signature']), 'fr');
      const s = supplier(r, 'fr');
      return {
        headers: [from(`${s.contact} via Signature`, `signature@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          `${s.contact} vous a envoyé un document à signer`,
          'Document en attente de signature',
          `Veuillez signer : ${r.pick(['Avenant au contrat', 'Bon de commande', 'Accord de confidentialité'])}`,
        ]),
        ...render(r, {
          brand: { name: 'Signature électronique', color: '#2a2a72' },
          paras: [
            `Bonjour ${to.first},`,
            `${s.contact} (${s.name}) vous invite à signer un document.`,
            r.pick(['Merci de le signer avant la fin de la journée.', 'Ce lien expire dans 48 heures.']),
          ],
          button: {
            label: r.pick(['Consulter le document', 'Signer le document']),
            href: lure(r, to, 'fr', domain),
          },
        }),
      };
    },
  },
  {
    name: 'fr-changement-rib',
    kind: 'vendor-bank-change',
    lang: 'fr',
    make(r, to) {
      const s = supplier(r, 'fr');
      const domain = lookalike(r, s.domain);
      const [first, last] = s.contact.split(' ');
      const iban = `FR76 ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 3)}`;
      return {
        headers: [
          from(s.contact, `${first}.${last}@${domain}`.toLowerCase().replace('é', 'e')),
          attackerAuth(r, domain),
        ],
        subject: r.pick(['Changement de coordonnées bancaires', 'RE: Règlement facture', 'Nouveau RIB']),
        ...render(
          r,
          {
            paras: [
              `Bonjour ${to.first},`,
              r.pick([
                'Suite à un changement de banque, merci de bien vouloir mettre à jour nos coordonnées bancaires pour les prochains règlements.',
                'Nous vous informons que notre compte bancaire a changé. Les virements vers l’ancien compte seront rejetés.',
              ]),
              `Nouveau IBAN : ${iban}`,
              r.pick([
                'Pouvez-vous me confirmer la prise en compte ?',
                'Merci de me confirmer la date du prochain virement.',
              ]),
            ],
            sig: ['Cordialement,', s.contact, s.name],
          },
          r.pick(['text', 'html']),
        ),
      };
    },
  },
  {
    name: 'fr-remboursement-impots',
    kind: 'tax-refund',
    lang: 'fr',
    make(r, to) {
      const domain = r.pick([localWords(r, 'fr'), combosquat(r, 'impots', 'fr')]);
      const refund = amount(money(r, 180, 940), 'fr');
      return {
        headers: [
          from('Direction générale des Finances publiques', `ne-pas-repondre@${domain}`),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          'Avis de remboursement',
          `Remboursement de ${refund} en attente`,
          'Votre remboursement d’impôt',
        ]),
        ...render(
          r,
          {
            brand: { name: 'Finances publiques', color: '#000091' },
            paras: [
              `Madame, Monsieur ${to.last},`,
              `Après le dernier calcul de votre impôt, vous êtes éligible à un remboursement de ${refund}.`,
              'Pour le recevoir, veuillez confirmer vos coordonnées bancaires dans un délai de 72 heures.',
            ],
            button: { label: 'Accéder au formulaire', href: lure(r, to, 'fr', domain) },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'es-archivo-compartido',
    kind: 'file-share',
    lang: 'es',
    make(r, to) {
      const sharer = person(r, supplier(r, 'es').domain);
      const file = r.pick([
        'Orden de compra',
        'Factura proforma',
        'Contrato actualizado',
        'Presupuesto 2027',
      ]);
      return {
        headers: [from(`${sharer.name} (OneDrive)`, sharer.email), passing(sharer.email.split('@')[1])],
        subject: `${sharer.name} ha compartido "${file}" contigo`,
        ...render(r, {
          brand: { name: 'OneDrive', color: '#0364b8' },
          paras: [
            `${sharer.name} ha compartido un archivo contigo.`,
            r.pick(['Por favor revísalo y confírmame.', 'Te adjunto el documento que hablamos.']),
          ],
          facts: [['Archivo', `${file}.pdf`]],
          button: { label: 'Abrir', href: lure(r, to, 'es') },
        }),
      };
    },
  },
  {
    name: 'es-factura-pendiente',
    kind: 'overdue-invoice',
    lang: 'es',
    make(r, to) {
      const s = supplier(r, 'es');
      const domain = lookalike(r, s.domain);
      const [first, last] = s.contact.split(' ');
      const total = amount(money(r, 1900, 36000), 'es');
      return {
        headers: [
          from(s.contact, `${first}.${last}@${domain}`.toLowerCase().replace('í', 'i')),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          `Factura pendiente ${digits(r, 4)}/2026`,
          'Re: pago pendiente',
          'Actualización datos bancarios',
        ]),
        text: [
          `Buenos días ${to.first},`,
          '',
          `Les recordamos que tienen pendiente de pago la factura por importe de ${total}.`,
          r.pick([
            'Por motivos de auditoría hemos cambiado de entidad bancaria. Les rogamos realicen la transferencia a la nueva cuenta:',
            'Les agradeceríamos que el pago se hiciera a la siguiente cuenta, ya que la anterior está bloqueada:',
          ]),
          `IBAN ES${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)} ${digits(r, 10)}`,
          '',
          'Un saludo,',
          s.contact,
          s.name,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'es-paquete-tasas',
    kind: 'parcel-fee',
    lang: 'es',
    make(r, to) {
      const carrier = r.pick(['Correos', 'SEUR', 'GLS']);
      const domain = combosquat(r, carrier.toLowerCase(), 'es');
      const fee = amount(1 + r.below(3) + 0.99, 'es');
      return {
        headers: [from(carrier, `info@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          'Su envío está retenido',
          `Pago pendiente de ${fee} para su paquete`,
          'Entrega fallida',
        ]),
        ...render(
          r,
          {
            brand: { name: carrier, color: '#ffcd00' },
            paras: [
              r.pick([
                'Su paquete no ha podido ser entregado por falta de pago de las tasas de aduana.',
                'Su envío está retenido en nuestro centro logístico.',
              ]),
              `Importe: ${fee}. Si no se abona en 48 horas, el envío será devuelto al remitente.`,
            ],
            facts: [['Número de envío', `PQ${upper(r, 10)}ES`]],
            button: {
              label: 'Pagar ahora',
              href: withVictim(
                r,
                `https://${domain}/${r.pick(['pago', 'envio', 'tasas'])}/${token(r, 8)}`,
                to,
              ),
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'it-busta-paga',
    kind: 'payslip-lure',
    lang: 'it',
    make(r, to) {
      const domain = r.pick([localWords(r, 'it'), `corp-cedolini.${r.pick(['example.net', 'test'])}`]);
      return {
        headers: [
          from(
            r.pick(['Ufficio Paghe', 'Risorse Umane', 'Amministrazione del Personale']),
            `cedolini@${domain}`,
          ),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          `Cedolino di ${r.pick(['novembre', 'dicembre'])} disponibile`,
          'Busta paga e conguaglio di fine anno',
          `${to.first}, documento retributivo da firmare`,
        ]),
        ...render(r, {
          paras: [
            `Gentile ${to.first} ${to.last},`,
            r.pick([
              'il suo cedolino è disponibile nel portale dipendenti. È presente una variazione relativa al conguaglio fiscale.',
              'la informiamo che la sua busta paga è stata aggiornata a seguito dell’adeguamento contrattuale.',
            ]),
            'Acceda con le credenziali aziendali per visualizzarlo.',
          ],
          button: { label: 'Visualizza cedolino', href: lure(r, to, 'it', domain) },
          sig: ['Cordiali saluti,', 'Ufficio Paghe'],
        }),
      };
    },
  },
  {
    name: 'it-sextortion',
    kind: 'sextortion',
    lang: 'it',
    make(r, to) {
      const address = freeMail(r, person(r), 'it');
      const btc = `bc1q${token(r, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}`;
      const fromSelf = r.below(2) === 0;
      return {
        headers: fromSelf
          ? [from(to.name, to.email), spoofAuth(r, 'corp.example', gibberish(r))]
          : [from(to.name, address), passing(address.split('@')[1])],
        subject: r.pick([
          `${to.email} è stato compromesso`,
          'Ho accesso al tuo dispositivo',
          'Pagamento richiesto',
        ]),
        text: [
          'Ciao,',
          '',
          'ti scrivo dal tuo account. Alcuni mesi fa ho installato un software sul tuo dispositivo mentre visitavi siti per adulti.',
          r.pick([
            'Ho registrato un video dalla tua webcam e ho copiato tutti i tuoi contatti.',
            'Ho accesso alla tua webcam, alle tue email e ai tuoi contatti.',
          ]),
          `Invia ${(600 + r.below(900)).toString()} EUR in Bitcoin a questo indirizzo: ${btc}`,
          'Hai 48 ore. Se non ricevo il pagamento, invierò il video a tutti i tuoi contatti.',
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'it-documento-macro',
    kind: 'macro-document',
    lang: 'it',
    make(r) {
      const s = supplier(r, 'it');
      const domain = r.pick([lookalike(r, s.domain), gibberish(r)]);
      const n = digits(r, 5);
      return {
        headers: [from(s.contact, `amministrazione@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([`Fattura n. ${n}`, `Sollecito di pagamento fattura ${n}`, `Ordine ${n} – conferma`]),
        ...render(
          r,
          {
            paras: [
              'Buongiorno,',
              r.pick([
                'in allegato la fattura in oggetto.',
                'si trasmette in allegato il documento richiesto. Abilitare il contenuto per visualizzarlo.',
              ]),
            ],
            sig: ['Distinti saluti', s.name],
          },
          'text',
        ),
        parts: [part('application/msword', `Fattura_${n}.doc`, legacyMacroDocument())],
      };
    },
  },
  {
    name: 'nl-tweestapsverificatie',
    kind: 'mfa-reset',
    lang: 'nl',
    make(r, to) {
      const domain = localWords(r, 'nl');
      return {
        headers: [
          from(r.pick(['ICT Servicedesk', 'Beveiliging', 'IT-afdeling']), `servicedesk@${domain}`),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          'Actie vereist: tweestapsverificatie bijwerken',
          'Uw account wordt binnenkort geblokkeerd',
          'Nieuwe beveiligingsrichtlijn',
        ]),
        ...render(r, {
          paras: [
            `Beste ${to.first},`,
            r.pick([
              'Vanwege een nieuwe beveiligingsrichtlijn moet iedere medewerker de tweestapsverificatie opnieuw instellen.',
              'Uw tweestapsverificatie is verlopen. Zonder verificatie wordt uw account vrijdag geblokkeerd.',
            ]),
            'Het duurt maar twee minuten.',
          ],
          button: { label: 'Nu instellen', href: lure(r, to, 'nl', domain) },
          sig: ['Met vriendelijke groet,', 'ICT Servicedesk'],
        }),
      };
    },
  },
  {
    name: 'nl-bestelling-macro',
    kind: 'macro-workbook',
    lang: 'nl',
    make(r, to) {
      const domain = r.pick([gibberish(r), hackedSite(r).host]);
      const n = digits(r, 6);
      return {
        headers: [from(person(r, domain).name, `inkoop@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([`Bestelling ${n}`, `Offerteaanvraag ${n}`, `Openstaande factuur ${n}`]),
        ...render(r, {
          paras: [
            `Goedemiddag ${to.first},`,
            r.pick([
              'Bijgaand onze bestelling. Graag prijs en levertijd bevestigen.',
              'In de bijlage vindt u het overzicht. Klik op "Inhoud inschakelen" als het niet goed wordt weergegeven.',
            ]),
          ],
          sig: ['Met vriendelijke groet,', 'Inkoop'],
        }),
        parts: [
          part('application/vnd.ms-excel.sheet.macroEnabled.12', `Bestelling_${n}.xlsm`, macroWorkbook()),
        ],
      };
    },
  },
];
