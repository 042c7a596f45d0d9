// The eighteenth unseen set's Dutch, French and German mail: phishing (LOCAL_PHISHING) and legitimate mail
// (LOCAL_HAM) as Vanderbrug Logistics' offices in Rotterdam, Antwerp and Lille receive it.
import { qrPng, zipOf } from './payloads.js';
import {
  addDays,
  alnum,
  build,
  CEO,
  CFO,
  CORP,
  CUSTOMERS,
  chance,
  chars,
  container,
  digits,
  HAULIERS,
  iban,
  int,
  letter,
  longDate,
  money,
  notice,
  OFFICES,
  PDF,
  PLATE_BE,
  PLATE_NL,
  pass,
  person,
  pick,
  quoted,
  type R,
  relays,
  shortDate,
  signature,
  spfOnly,
  spoofed,
  staff,
  TENANT,
  type Template,
  upper,
  when,
  ZIP,
} from './unseen-18-scene.js';
import { onePagePdf } from './unseen-payloads.js';

const t = (name: string, kind: string, make: (r: R) => string | Promise<string>): Template => ({
  name,
  kind,
  make,
});
const nl = (r: R, title?: string) =>
  staff(r, { office: pick(r, [OFFICES[0], OFFICES[1]]), ...(title ? { title } : {}) });
const fr = (r: R, title?: string) => staff(r, { office: OFFICES[2], ...(title ? { title } : {}) });
const site = (r: R, domains: string[], paths: string[]) =>
  `https://${pick(r, domains)}/${pick(r, paths).replace('{id}', alnum(r, 10)).replace('{n}', digits(r, 6))}`;

export const LOCAL_PHISHING: Template[] = [
  // Dutch ---------------------------------------------------------------------------------------------------
  t('nl-cjib-boete', 'traffic-fine', (r) => {
    const v = nl(r, 'Fleet Coordinator');
    const plate = PLATE_NL(r);
    const url = site(
      r,
      ['cjib-betalen.com', 'cjib-boetes.net', 'cjib.betaal-online.test'],
      ['betalen?k={n}', 'beschikking/{id}'],
    );
    const body = notice({
      brand: 'CJIB',
      color: '#154273',
      heading: 'Laatste herinnering: openstaande verkeersboete',
      paragraphs: [
        'Geachte heer/mevrouw,',
        `Voor het voertuig met kenteken ${plate} staat een verkeersboete open (snelheidsovertreding A15, ${shortDate(when(r), 'nl')}). Het bedrag van € ${money(r, 95, 420, 'nl')} is nog niet voldaan.`,
        'Betaalt u niet binnen 3 dagen, dan wordt het bedrag verhoogd en kan het voertuig in beslag worden genomen.',
      ],
      button: { label: 'Direct betalen', url },
      footer: ['Centraal Justitieel Incassobureau', 'Ministerie van Justitie en Veiligheid'],
    });
    return build(r, {
      from: `noreply@${pick(r, ['cjib-betalen.com', 'cjib-boetes.net'])}`,
      fromName: 'CJIB',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Openstaande boete kenteken ${plate}`,
        'Laatste herinnering CJIB',
        'Aanmaning verkeersboete',
      ]),
      ...body,
      lang: 'nl',
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('nl-douane-invoerrechten', 'fake-customs-duty', (r) => {
    const v = nl(r, 'Customs Declarant');
    const url = site(
      r,
      ['douane-invoer.com', 'belastingdienst-douane.net', 'douane.nl.betaling.test'],
      ['aangifte/{n}', 'betaal?id={id}'],
    );
    const text = `Geachte relatie,\n\nBij controle van aangifte ${pick(r, ['25', '26'])}NL${upper(r, 2)}${digits(r, 10)} is vastgesteld dat er nog invoerrechten en btw verschuldigd zijn: € ${money(r, 140, 2900, 'nl')}.\n\nDe zending blijft in het douanedepot totdat het bedrag is voldaan. Betaal binnen 48 uur via de beveiligde omgeving:\n${url}\n\nMet vriendelijke groet,\n\nDouane Nederland\nAfdeling Invoer\n`;
    return build(r, {
      from: `invoer@${pick(r, ['douane-invoer.com', 'belastingdienst-douane.net'])}`,
      fromName: 'Douane',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Verschuldigde invoerrechten',
        'Zending vastgehouden door douane',
        'Betalingsverzoek douane',
      ]),
      text,
      lang: 'nl',
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),
  t('nl-ceo-vertrouwelijk', 'ceo-fraud-wire', (r) => {
    const v = nl(r, 'Finance Officer');
    const text = pick(r, [
      `Hoi ${v.first},\n\nBen je op kantoor? Ik heb je hulp nodig bij een vertrouwelijke betaling voor een overname. Het moet vandaag nog de deur uit. Niet bespreken met collega's, ik leg het later uit.\n\nLaat even weten.\n\nMaarten\nVerstuurd vanaf mijn iPhone\n`,
      `${v.first}, kan jij vandaag een spoedbetaling doen van € ${money(r, 24000, 86000, 'nl')}? Ik zit in overleg met de notaris en ben niet bereikbaar. Gegevens stuur ik zo. Graag discreet.\n\nMVG\nMaarten Vanderbrug\n`,
    ]);
    return build(r, {
      from: `${pick(r, ['maarten.vanderbrug', 'mvanderbrug.dga', 'directie.vanderbrug'])}@${pick(r, ['gmail.com', 'outlook.com', 'hotmail.com'])}`,
      fromName: CEO.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Vertrouwelijk', 'Spoed', 'Ben je er?', 'Betaling']),
      text,
      lang: 'nl',
      auth: pass(),
      relay: relays.outlook(r),
    });
  }),
  t('nl-vervoerder-iban', 'vendor-bank-change', (r) => {
    const v = nl(r, 'Accounts Payable');
    const h = pick(
      r,
      HAULIERS.filter((x) => x.lang === 'nl'),
    );
    const n = person(r, pick(r, h.lookalikes), { fr: false });
    const body = letter(
      [
        'Goedemiddag,',
        `Hierbij delen wij u mede dat ${h.name} per direct bankiert bij een andere bank. Wij verzoeken u vriendelijk de openstaande facturen en toekomstige betalingen over te maken naar:`,
        `IBAN: ${iban(r, pick(r, ['NL', 'LT', 'BE']))}\nt.n.v. ${h.name}`,
        pick(r, [
          'In verband met een lopende controle is ons oude rekeningnummer tijdelijk geblokkeerd. Graag een bevestiging zodra het is aangepast.',
          'Zouden jullie ook kunnen laten weten welke facturen deze week worden betaald?',
        ]),
      ],
      ['Met vriendelijke groet,', n.name, 'Financiële administratie', h.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Wijziging bankgegevens',
        'Nieuw rekeningnummer',
        `${h.name} - gewijzigde betaalgegevens`,
      ]),
      ...body,
      lang: 'nl',
      auth: pass(),
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('nl-tankpas-travelcard', 'fuel-card-credential', (r) => {
    const v = nl(r, 'Fleet Coordinator');
    const url = site(
      r,
      ['travelcard-zakelijk.com', 'travelcard-beheer.net', 'tankpas-verificatie.test'],
      ['login?ref={id}', 'pas/{n}'],
    );
    const body = notice({
      brand: 'Travelcard',
      color: '#e2001a',
      heading: 'Uw tankpassen worden geblokkeerd',
      paragraphs: [
        'Beste klant,',
        `Wij hebben uw bedrijfsgegevens nog niet ontvangen in het kader van de nieuwe Europese richtlijn. Zonder verificatie worden ${int(r, 3, 25)} tankpassen op ${longDate(when(r), 'nl')} geblokkeerd.`,
        'Verifieer uw account in 2 minuten.',
      ],
      button: { label: 'Nu verifiëren', url },
      footer: ['Travelcard Nederland B.V.'],
    });
    return build(r, {
      from: `klantenservice@${pick(r, ['travelcard-zakelijk.com', 'travelcard-beheer.net'])}`,
      fromName: 'Travelcard',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Actie vereist: verificatie tankpassen',
        'Uw tankpassen worden geblokkeerd',
        'Belangrijk bericht over uw Travelcard',
      ]),
      ...body,
      lang: 'nl',
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('nl-ing-qr-pas', 'bank-qr', async (r) => {
    const v = nl(r, 'Finance Officer');
    const url = site(r, ['ing-zakelijk-pas.com', 'mijn-ing-vernieuwen.net'], ['scan/{id}', 'pas?k={n}']);
    const png = await qrPng(url);
    const html = `<html><body style="font-family:Arial;font-size:14px;color:#333"><p><b style="color:#ff6200;font-size:18px">ING</b></p><p>Beste ${v.first},</p><p>De beveiligingschip van uw zakelijke betaalpas moet worden vernieuwd. Na ${longDate(when(r), 'nl')} werkt uw pas niet meer voor betalingen en het goedkeuren van batches.</p><p>Scan de QR-code met de camera van uw telefoon om de vernieuwing te starten:</p><p><img src="cid:ing-qr.png" width="180" height="180" alt="QR-code"></p><p>Met vriendelijke groet,<br>ING Zakelijk</p></body></html>`;
    return build(r, {
      from: `zakelijk@${pick(r, ['ing.example', 'ing-nl.test'])}`,
      fromName: 'ING Zakelijk',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Uw zakelijke pas vernieuwen',
        'Actie vereist: pas vervangen',
        'Beveiligingsupdate betaalpas',
      ]),
      html,
      attachments: [{ type: 'image/png', name: 'ing-qr.png', data: png, inline: true }],
      lang: 'nl',
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),
  t('nl-reply-offerte', 'reply-chain-hijack', (r) => {
    const v = nl(r, 'Transport Planner');
    const c = pick(
      r,
      CUSTOMERS.filter((x) => x.lang === 'nl'),
    );
    const n = person(r, c.domain, { fr: false });
    const url = site(
      r,
      ['onedrive-gedeeld.example', 'bestanden-delen.net', 'share-docs.test'],
      ['f/{id}', 'd?i={n}'],
    );
    const subject = `RE: Offerte transport ${pick(r, ['Breda - Lyon', 'Aalst - Hamburg', `week ${int(r, 1, 52)}`])}`;
    const body = letter(
      [
        `Hoi ${v.first},`,
        `Bijgaand de aangepaste planning en de getekende opdracht, zie link: [Opdracht_${digits(r, 5)}.pdf](${url})`,
        'Graag bevestigen of het zo akkoord is.',
        ...quoted(
          `${v.name} <${v.email}>`,
          when(r),
          `${n.name} <${n.email}>`,
          subject.slice(4),
          [
            `Beste ${n.first},`,
            `Hierbij onze offerte voor het transport, € ${money(r, 600, 2400, 'nl')} per rit all-in. Laat maar weten of jullie akkoord gaan.`,
            `Met vriendelijke groet,\n${v.name}`,
          ],
          'nl',
        ),
      ],
      [],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject,
      ...body,
      extra: [`In-Reply-To: <${chars(r, 24)}@${CORP}>`],
      lang: 'nl',
      auth: pass(),
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  // French --------------------------------------------------------------------------------------------------
  t('fr-facture-impayee', 'fake-invoice-link', (r) => {
    const v = fr(r, 'Accounts Payable');
    const h = HAULIERS[2];
    const url = site(
      r,
      ['factures-en-ligne.example', 'docs-facturation.net', 'facture.consulter.test'],
      ['f/{id}', 'voir?n={n}'],
    );
    const body = letter(
      [
        'Bonjour,',
        `Sauf erreur de notre part, la facture n° ${digits(r, 6)} d'un montant de ${money(r, 900, 12000, 'fr')} € reste impayée à ce jour.`,
        `Vous pouvez la consulter ici : [Consulter la facture](${url})`,
        'Merci de procéder au règlement sous 8 jours.',
      ],
      ['Cordialement,', 'Service comptabilité', h.name],
      'Arial, sans-serif',
    );
    return build(r, {
      from: `compta@${pick(r, h.lookalikes)}`,
      fromName: h.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Relance facture impayée',
        'Facture en attente de règlement',
        'Rappel : échéance dépassée',
      ]),
      ...body,
      lang: 'fr',
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('fr-douane-droits', 'parcel-fee', (r) => {
    const v = fr(r);
    const url = site(
      r,
      ['douane-colis.com', 'frais-douane-colis.net', 'colis.douane.test'],
      ['paiement/{n}', 'suivi?c={id}'],
    );
    const text = `Bonjour,\n\nVotre colis n° ${upper(r, 2)}${digits(r, 9)}FR est bloqué au centre de tri douanier.\nDes frais de dédouanement de ${pick(r, ['1,99', '2,99', '3,49'])} € restent à régler.\n\nRéglez les frais ici : ${url}\n\nSans paiement sous 48 h, le colis sera retourné à l'expéditeur.\n\nService Client\n`;
    return build(r, {
      from: `service@${pick(r, ['douane-colis.com', 'frais-douane-colis.net'])}`,
      fromName: pick(r, ['Colissimo', 'La Poste - Douane', 'Chronopost']),
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Votre colis est en attente',
        'Frais de douane à régler',
        'Dernier avis avant retour',
      ]),
      text,
      lang: 'fr',
      auth: spfOnly(),
      relay: relays.shady(r),
    });
  }),
  t('fr-impots-remboursement', 'tax-refund', (r) => {
    const v = fr(r, 'Finance Officer');
    const url = site(
      r,
      ['impots-remboursement.com', 'dgfip-professionnel.net', 'impots.pro-espace.test'],
      ['espace/{id}', 'remb?d={n}'],
    );
    const body = notice({
      brand: 'impots.gouv.fr',
      color: '#000091',
      heading: 'Avis de remboursement',
      paragraphs: [
        'Madame, Monsieur,',
        `Après vérification de vos déclarations de TVA, un crédit de ${money(r, 800, 9000, 'fr')} € a été constaté en faveur de votre entreprise.`,
        'Pour recevoir le remboursement, merci de confirmer vos coordonnées bancaires dans votre espace professionnel.',
      ],
      button: { label: 'Accéder à mon espace', url },
      footer: ['Direction générale des Finances publiques'],
    });
    return build(r, {
      from: `ne-pas-repondre@${pick(r, ['impots-remboursement.com', 'dgfip-professionnel.net'])}`,
      fromName: 'impots.gouv.fr',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Avis de remboursement',
        'Crédit de TVA en votre faveur',
        'Remboursement en attente',
      ]),
      ...body,
      lang: 'fr',
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('fr-president-virement', 'ceo-fraud-wire', (r) => {
    const v = fr(r, 'Finance Officer');
    const body = letter(
      [
        `Bonjour ${v.first},`,
        `Je vous contacte au sujet d'une opération strictement confidentielle (rachat d'un transporteur dans le Nord). Maître ${person(r, 'x.test', { fr: true }).last}, notre avocat, vous contactera pour les modalités.`,
        `Un premier virement de ${money(r, 35000, 140000, 'fr')} € doit être effectué aujourd'hui. Je compte sur votre discrétion totale, l'AMF n'a pas encore été informée.`,
        'Merci de me confirmer votre disponibilité par retour de mail.',
      ],
      ['Maarten Vanderbrug', 'CEO'],
    );
    return build(r, {
      from: `m.vanderbrug@${pick(r, ['vanderbrug-group.com', 'corp-example.fr'])}`,
      fromName: CEO.name,
      to: v.email,
      toName: v.name,
      replyTo: `maarten.vdb@${pick(r, ['proton.me', 'gmx.com'])}`,
      subject: pick(r, ['Opération confidentielle', 'Dossier urgent', 'Virement - confidentiel']),
      ...body,
      lang: 'fr',
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('fr-onedrive-partage', 'file-share-credential', (r) => {
    const v = fr(r);
    const c = pick(
      r,
      CUSTOMERS.filter((x) => x.lang === 'fr'),
    );
    const n = person(r, c.domain, { fr: true });
    const url = site(
      r,
      ['onedrive-partage.example', 'sharepoint-docs.net', 'partage-fichiers.test'],
      ['doc/{id}', 's?f={n}'],
    );
    const body = notice({
      brand: 'OneDrive',
      color: '#0364b8',
      heading: `${n.name} a partagé un fichier avec vous`,
      paragraphs: [`« Bon de commande et planning des enlèvements »`, `BDC_${digits(r, 6)}.pdf`],
      button: { label: 'Ouvrir', url },
      footer: ['Microsoft respecte votre confidentialité.'],
    });
    return build(r, {
      from: `partage@${pick(r, ['onedrive-partage.example', 'sharepoint-docs.net'])}`,
      fromName: `${n.name} (OneDrive)`,
      to: v.email,
      toName: v.name,
      subject: `${n.name} a partagé « BDC_${digits(r, 6)}.pdf » avec vous`,
      ...body,
      lang: 'fr',
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),
  // German --------------------------------------------------------------------------------------------------
  t('de-maut-nachzahlung', 'toll-payment', (r) => {
    const v = nl(r, 'Fleet Coordinator');
    const url = site(
      r,
      ['toll-collect-nachzahlung.com', 'maut-zahlung.net', 'toll-collect.zahlen.test'],
      ['zahlung/{n}', 'k/{id}'],
    );
    const body = notice({
      brand: 'Toll Collect',
      color: '#e2001a',
      heading: 'Mautnacherhebung',
      paragraphs: [
        'Sehr geehrte Damen und Herren,',
        `für das Fahrzeug ${PLATE_NL(r)} wurde auf der ${pick(r, ['A3', 'A40', 'A57', 'A61'])} am ${shortDate(when(r), 'de')} eine nicht entrichtete Maut festgestellt. Nachzahlungsbetrag: ${money(r, 60, 680, 'de')} EUR.`,
        'Bitte begleichen Sie den Betrag innerhalb von 5 Tagen, um ein Bußgeldverfahren zu vermeiden.',
      ],
      button: { label: 'Jetzt bezahlen', url },
      footer: ['Toll Collect GmbH, Linkstraße 4, 10785 Berlin'],
    });
    return build(r, {
      from: `service@${pick(r, ['toll-collect-nachzahlung.com', 'maut-zahlung.net'])}`,
      fromName: 'Toll Collect',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Mautnacherhebung - Zahlungsaufforderung',
        'Offene Mautforderung',
        'Letzte Mahnung: Maut',
      ]),
      ...body,
      lang: 'de',
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('de-rechnung-zip-js', 'malware-archive-script', (r) => {
    const v = nl(r, 'Accounts Payable');
    const h = HAULIERS[3];
    const n = person(r, pick(r, h.lookalikes), { fr: false });
    const nr = `RE-${digits(r, 6)}`;
    const text = `Guten Tag,\n\nanbei erhalten Sie die Rechnung ${nr} sowie die Ablieferbelege.\nBitte um Ausgleich innerhalb der Zahlungsfrist.\n\nMit freundlichen Grüßen\n${n.name}\nBuchhaltung\n${h.name}\n`;
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, [`Rechnung ${nr}`, `Rechnung und Ablieferbelege ${nr}`, `Zahlungserinnerung ${nr}`]),
      text,
      attachments: [{ type: ZIP, name: `${nr}.zip`, data: zipOf(`${nr}.pdf.js`) }],
      lang: 'de',
      auth: chance(r, 2) ? pass() : spfOnly(),
      relay: relays.shady(r),
    });
  }),
  t('de-timocom-gesperrt', 'freight-exchange-credential', (r) => {
    const v = nl(r, 'Dispatcher');
    const url = site(
      r,
      ['timocom-konto.com', 'timocom-sicherheit.net', 'tc-login.test'],
      ['entsperren?id={id}', 'login/{n}'],
    );
    const text = `Sehr geehrter Kunde,\n\nIhr TIMOCOM-Zugang wurde aufgrund verdächtiger Aktivitäten vorübergehend gesperrt. Es wurden ${int(r, 3, 12)} Frachtangebote von einer unbekannten IP-Adresse veröffentlicht.\n\nBitte bestätigen Sie Ihre Identität, um den Zugang wiederherzustellen:\n${url}\n\nIhr TIMOCOM Sicherheitsteam\n`;
    return build(r, {
      from: `sicherheit@${pick(r, ['timocom-konto.com', 'timocom-sicherheit.net'])}`,
      fromName: 'TIMOCOM',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Ihr Zugang wurde gesperrt',
        'Sicherheitswarnung: TIMOCOM Konto',
        'Konto vorübergehend gesperrt',
      ]),
      text,
      lang: 'de',
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Legitimate mail in Dutch, French and German

export const LOCAL_HAM: Template[] = [
  t('nl-nmbrs-loonstrook', 'payroll-notice', (r) => {
    const v = nl(r);
    const d = when(r);
    const body = notice({
      brand: 'Nmbrs',
      color: '#1d3c6e',
      heading: `Je loonstrook van ${pick(r, ['januari', 'maart', 'juni', 'september', 'november'])} staat klaar`,
      paragraphs: [
        `Beste ${v.first},`,
        'Er staat een nieuwe loonstrook voor je klaar in het werknemersportaal. Log in met je gebruikelijke gegevens om hem te bekijken.',
      ],
      button: { label: 'Naar mijn loonstrook', url: 'https://app.nmbrs.nl/' },
      footer: [
        `${'Vanderbrug Logistics'} - Personeelszaken`,
        'Dit is een automatisch gegenereerd bericht van Nmbrs.',
      ],
    });
    return build(r, {
      from: 'noreply@nmbrs.nl',
      fromName: 'Vanderbrug Logistics via Nmbrs',
      to: v.email,
      toName: v.name,
      subject: 'Je nieuwe loonstrook staat klaar',
      ...body,
      date: d,
      lang: 'nl',
      relay: relays.ses(r),
      auth: pass('amazonses.nmbrs.nl', 'nmbrs.nl'),
    });
  }),
  t('nl-portbase-vrijgave', 'port-community-notice', (r) => {
    const v = nl(r, 'Customs Broker');
    const ctr = container(r);
    const body = notice({
      brand: 'Portbase',
      color: '#00205b',
      heading: `Container ${ctr} vrijgegeven`,
      paragraphs: [
        'De container is commercieel en door de douane vrijgegeven en kan bij de terminal worden opgehaald.',
      ],
      rows: [
        ['Terminal', pick(r, ['ECT Delta', 'APM Terminals Maasvlakte II', 'RWG', 'Euromax'])],
        ['Schip', pick(r, ['MAERSK EINDHOVEN', 'MSC IRINA', 'EVER ACE'])],
        ['Status', 'Vrijgegeven'],
      ],
      button: { label: 'Bekijk in Portbase', url: 'https://www.portbase.com/inloggen/' },
      footer: [
        'Portbase B.V. - Port Community System',
        'U ontvangt dit bericht omdat u een abonnement hebt op de dienst Melding Import.',
      ],
    });
    return build(r, {
      from: 'noreply@portbase.com',
      fromName: 'Portbase',
      to: v.email,
      toName: v.name,
      subject: `Vrijgave container ${ctr}`,
      ...body,
      lang: 'nl',
      relay: relays.own('smtp-out.portbase.com', r),
    });
  }),
  t('nl-vervoerder-factuur', 'supplier-invoice', (r) => {
    const h = pick(
      r,
      HAULIERS.filter((x) => x.lang === 'nl'),
    );
    const nr = `${int(r, 2024, 2026)}${digits(r, 5)}`;
    const amount = money(r, 480, 9800, 'nl');
    const pdf = onePagePdf([
      h.name,
      `Factuur ${nr}`,
      `Transport ${pick(r, ['Rotterdam - Venlo', 'Moerdijk - Gent', 'Antwerpen - Duisburg'])}`,
      `Totaal: EUR ${amount}`,
      `Betaling binnen 30 dagen op ${iban(r, h.country)}`,
    ]);
    const n = person(r, h.domain, { fr: false });
    const body = letter(
      [
        'Geachte heer/mevrouw,',
        `In de bijlage treft u factuur ${nr} aan voor de uitgevoerde transporten. Het totaalbedrag is € ${amount}.`,
        'Voor vragen kunt u contact opnemen met onze administratie.',
      ],
      ['Met vriendelijke groet,', n.name, 'Administratie', h.name],
    );
    return build(r, {
      from: `facturen@${h.domain}`,
      fromName: h.name,
      to: `crediteuren@${CORP}`,
      subject: `Factuur ${nr}`,
      ...body,
      attachments: [{ type: PDF, name: `Factuur_${nr}.pdf`, data: pdf }],
      lang: 'nl',
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('nl-tln-nieuwsbrief', 'newsletter', (r) => {
    const v = nl(r);
    const track = (p: string) => `https://tln.nl/?utm_source=nieuwsbrief&utm_medium=email&utm_campaign=${p}`;
    const body = notice({
      brand: 'Transport en Logistiek Nederland',
      color: '#004b87',
      heading: `TLN Nieuwsbrief week ${int(r, 1, 52)}`,
      paragraphs: [
        `[Vrachtwagenheffing: wat verandert er per 1 juli 2026?](${track('heffing')})`,
        `[Nieuwe cao beroepsgoederenvervoer: loonsverhoging per ${pick(r, ['1 januari', '1 juli'])}](${track('cao')})`,
        `[Webinar zero-emissiezones: vragen van leden beantwoord](${track('ze-zones')})`,
      ],
      footer: [
        'TLN, Boris Pasternakstraat 1, 2719 DA Zoetermeer',
        `[Afmelden](https://tln.nl/afmelden?e=${chars(r, 24)})`,
      ],
      pixel: `https://tln.nl/t/open/${chars(r, 20)}.gif`,
    });
    return build(r, {
      from: 'nieuwsbrief@tln.nl',
      fromName: 'TLN',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'TLN Nieuwsbrief',
        'Nieuws voor ondernemers in transport en logistiek',
        'TLN Update',
      ]),
      ...body,
      extra: [
        `List-Unsubscribe: <https://tln.nl/afmelden?e=${chars(r, 24)}>`,
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ],
      lang: 'nl',
      relay: relays.mailgun(r),
      auth: pass('mg.tln.nl', 'tln.nl'),
    });
  }),
  t('nl-it-mfa-uitrol', 'it-notice', (r) => {
    const it = staff(r, { title: 'IT Manager' });
    const body = letter(
      [
        'Beste collega\u2019s,',
        `Vanaf ${longDate(when(r), 'nl')} wordt voor alle accounts de Microsoft Authenticator-app verplicht. Je krijgt bij de eerstvolgende aanmelding de vraag om de app in te stellen.`,
        'Let op: IT vraagt je nooit om een melding goed te keuren die je zelf niet hebt aangevraagd, en nooit om je wachtwoord per mail of telefoon. Twijfel je? Meld het via de knop "Phishing melden" in Outlook.',
        `De handleiding staat op het intranet: [Handleiding MFA](https://${TENANT}.sharepoint.com/sites/IT/SitePages/MFA.aspx)`,
      ],
      signature(it),
    );
    return build(r, {
      from: it.email,
      fromName: `IT - ${it.name}`,
      to: `alle-medewerkers@${CORP}`,
      subject: 'Verplichte tweestapsverificatie vanaf volgende maand',
      ...body,
      lang: 'nl',
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('nl-leverancier-bankwijziging-belverzoek', 'vendor-bank-letter', (r) => {
    const v = nl(r, 'Accounts Payable');
    const h = pick(
      r,
      HAULIERS.filter((x) => x.lang === 'nl'),
    );
    const n = person(r, h.domain, { fr: false });
    const phone =
      h.country === 'NL'
        ? `+31 ${int(r, 10, 79)} ${digits(r, 3)} ${digits(r, 4)}`
        : `+32 ${int(r, 2, 9)} ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`;
    const pdf = onePagePdf([
      h.name,
      'Wijziging bankrekening',
      `Nieuw: ${iban(r, h.country)}`,
      `Verifieer telefonisch via ${phone}`,
      n.name,
    ]);
    const body = letter(
      [
        'Geachte relatie,',
        `Door de overstap naar een nieuwe huisbank wijzigt per ${longDate(addDays(when(r), 30), 'nl')} ons rekeningnummer. In de bijlage vindt u de getekende brief op ons briefpapier.`,
        `Wij vragen u de wijziging telefonisch te verifiëren bij onze financiële afdeling via het algemene nummer dat u al van ons heeft (${phone}) en niet via de gegevens in deze e-mail alleen. Tot die datum blijft het oude rekeningnummer geldig.`,
      ],
      ['Met vriendelijke groet,', n.name, 'Hoofd financiële administratie', h.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: `Aankondiging wijziging bankrekening ${h.name}`,
      ...body,
      attachments: [{ type: PDF, name: 'Wijziging_bankrekening.pdf', data: pdf }],
      lang: 'nl',
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('fr-sdworx-bulletin', 'payroll-notice', (r) => {
    const v = fr(r);
    const body = notice({
      brand: 'SD Worx',
      color: '#e30613',
      heading: 'Votre bulletin de paie est disponible',
      paragraphs: [
        `Bonjour ${v.first},`,
        `Votre bulletin de paie du mois de ${pick(r, ['janvier', 'avril', 'juillet', 'octobre'])} est disponible dans votre coffre-fort numérique.`,
      ],
      button: { label: 'Consulter', url: 'https://my.sdworx.com/' },
      footer: ['SD Worx France', 'Ce message est envoyé automatiquement, merci de ne pas y répondre.'],
    });
    return build(r, {
      from: 'no-reply@sdworx.com',
      fromName: 'SD Worx',
      to: v.email,
      toName: v.name,
      subject: 'Votre bulletin de paie est disponible',
      ...body,
      lang: 'fr',
      relay: relays.sendgrid(r),
      auth: pass('em.sdworx.com', 'sdworx.com'),
    });
  }),
  t('fr-client-reclamation', 'customer-complaint', (r) => {
    const v = fr(r, 'Key Account Manager');
    const c = CUSTOMERS[1];
    const n = person(r, c.domain, { fr: true });
    const cmr = digits(r, 7);
    const pdf = onePagePdf([
      c.name,
      `Réclamation - CMR ${cmr}`,
      `${int(r, 2, 8)} palettes endommagées`,
      'Réserves portées sur le CMR à la livraison',
      'Photos en annexe',
    ]);
    const body = letter(
      [
        'Bonjour,',
        `Lors de la livraison du ${shortDate(when(r), 'fr')} (CMR ${cmr}), nous avons constaté ${int(r, 2, 8)} palettes endommagées. Des réserves ont été portées sur la lettre de voiture.`,
        'Vous trouverez en pièce jointe notre rapport avec les photos. Merci de nous indiquer la suite donnée et les coordonnées de votre assureur.',
      ],
      ['Cordialement,', n.name, 'Responsable logistique', c.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: `Réclamation livraison CMR ${cmr}`,
      ...body,
      attachments: [{ type: PDF, name: `Reclamation_CMR_${cmr}.pdf`, data: pdf }],
      lang: 'fr',
      relay: relays.google(r),
      auth: pass(),
    });
  }),
  t('fr-chronopost-livraison', 'shipping-notice', (r) => {
    const v = fr(r);
    const nr = `XW${digits(r, 9)}FR`;
    const body = notice({
      brand: 'Chronopost',
      color: '#003d7c',
      heading: 'Votre colis arrive aujourd\u2019hui',
      paragraphs: [
        `Votre colis n° ${nr} de ${pick(r, ['RS Components', 'Manutan', 'Würth France'])} sera livré aujourd\u2019hui entre ${int(r, 8, 12)}h et ${int(r, 13, 18)}h.`,
      ],
      button: {
        label: 'Suivre mon colis',
        url: `https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=${nr}`,
      },
      footer: ['Chronopost SAS', 'Ceci est un e-mail automatique.'],
    });
    return build(r, {
      from: 'no-reply@chronopost.fr',
      fromName: 'Chronopost',
      to: v.email,
      toName: v.name,
      subject: `Votre colis ${nr} arrive aujourd'hui`,
      ...body,
      lang: 'fr',
      relay: relays.own('smtp3.chronopost.fr', r),
    });
  }),
  t('fr-salon-sitl', 'conference-invite', (r) => {
    const v = fr(r);
    const utm = `utm_source=emailing&utm_medium=email&utm_campaign=sitl${int(r, 2025, 2026)}`;
    const body = notice({
      brand: 'SITL Europe',
      color: '#1b2a4a',
      heading: 'Votre badge gratuit pour la SITL',
      paragraphs: [
        'Le rendez-vous de l\u2019innovation transport et logistique revient à Paris Expo Porte de Versailles.',
        `Plus de 600 exposants, 150 conférences. Inscrivez-vous avec le code ${upper(r, 6)} pour obtenir votre badge gratuit.`,
      ],
      button: { label: 'Je m\u2019inscris', url: `https://www.sitl.eu/fr-fr/visiter.html?${utm}` },
      footer: [
        'RX France, 52-54 quai de Dion-Bouton, 92800 Puteaux',
        `[Se désinscrire](https://www.sitl.eu/unsubscribe?id=${chars(r, 16)})`,
      ],
    });
    return build(r, {
      from: 'sitl@rxglobal.com',
      fromName: 'SITL Europe',
      to: v.email,
      toName: v.name,
      subject: 'SITL : demandez votre badge gratuit',
      ...body,
      extra: [`List-Unsubscribe: <https://www.sitl.eu/unsubscribe?id=${chars(r, 16)}>`],
      lang: 'fr',
      relay: relays.sendgrid(r),
    });
  }),
  t('de-toll-collect-rechnung', 'toll-statement', (r) => {
    const v = nl(r, 'Fleet Coordinator');
    const body = notice({
      brand: 'Toll Collect',
      color: '#e2001a',
      heading: 'Ihre Mautaufstellung ist verfügbar',
      paragraphs: [
        'Sehr geehrte Damen und Herren,',
        `die Mautaufstellung für den Abrechnungszeitraum ${pick(r, ['Januar', 'April', 'Juli', 'Oktober'])} steht im Kunden-Portal zum Abruf bereit. Der Betrag von ${money(r, 1200, 18000, 'de')} EUR wird wie vereinbart über Ihre Tankkarte abgerechnet.`,
      ],
      button: { label: 'Zum Kunden-Portal', url: 'https://kundenportal.toll-collect.de/' },
      footer: ['Toll Collect GmbH, Linkstraße 4, 10785 Berlin', 'Diese E-Mail wurde automatisch erstellt.'],
    });
    return build(r, {
      from: 'noreply@toll-collect.de',
      fromName: 'Toll Collect',
      to: v.email,
      toName: v.name,
      subject: 'Mautaufstellung verfügbar',
      ...body,
      lang: 'de',
      relay: relays.own('mail.toll-collect.de', r),
    });
  }),
  t('de-kunde-anfrage', 'customer-inquiry', (r) => {
    const v = nl(r, 'Key Account Manager');
    const c = CUSTOMERS[3];
    const n = person(r, c.domain, { fr: false });
    const body = letter(
      [
        `Hallo Herr/Frau ${v.last},`,
        `wir benötigen für KW ${int(r, 1, 52)} kurzfristig ${int(r, 2, 6)} Sattelzüge von Krefeld nach ${pick(r, ['Rotterdam', 'Antwerpen', 'Lille'])}, Ladung Maschinenteile, jeweils ca. ${int(r, 12, 24)} t.`,
        'Können Sie uns bis morgen ein Angebot schicken? Die Lademaße finden Sie in der beigefügten Liste.',
      ],
      ['Mit freundlichen Grüßen', n.name, 'Versand / Logistik', c.name],
    );
    const sheet = onePagePdf([
      'Lademaße',
      ...Array.from(
        { length: 4 },
        (_, i) =>
          `Pos ${i + 1}: ${int(r, 120, 240)} x ${int(r, 80, 120)} x ${int(r, 90, 200)} cm, ${int(r, 400, 2400)} kg`,
      ),
    ]);
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: `Anfrage Transport KW ${int(r, 1, 52)}`,
      ...body,
      attachments: [{ type: PDF, name: 'Lademasse.pdf', data: sheet }],
      lang: 'de',
      relay: relays.own(`mail.${c.domain}`, r),
      auth: chance(r, 3) ? spfOnly() : pass(),
    });
  }),
  t('nl-satellic-overzicht', 'toll-statement', (r) => {
    const v = nl(r, 'Fleet Coordinator');
    const body = notice({
      brand: 'Satellic',
      color: '#00a19a',
      heading: 'Uw maandoverzicht kilometerheffing',
      paragraphs: [
        `Het overzicht van ${pick(r, ['februari', 'mei', 'augustus', 'november'])} voor ${int(r, 8, 60)} voertuigen (o.a. ${PLATE_BE(r)}) staat klaar in uw klantenzone.`,
        `Totaal: € ${money(r, 2000, 26000, 'nl')}. Dit bedrag wordt verrekend via uw tankkaartuitgever.`,
      ],
      button: { label: 'Naar de klantenzone', url: 'https://www.satellic.be/nl/login' },
      footer: ['Satellic NV', 'Dit is een automatisch bericht.'],
    });
    return build(r, {
      from: 'noreply@satellic.be',
      fromName: 'Satellic',
      to: v.email,
      toName: v.name,
      subject: 'Uw maandoverzicht is beschikbaar',
      ...body,
      lang: 'nl',
      relay: relays.own('mailout.satellic.be', r),
    });
  }),
  t('fr-cfo-paiement-interne', 'internal-payment-request', (r) => {
    const v = fr(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const body = letter(
      [
        `Bonjour ${v.first},`,
        `Peux-tu passer en paiement prioritaire la facture ${digits(r, 6)} de ${h.name} (${money(r, 2000, 14000, 'fr')} €) ? Elle est validée dans SAP (workflow approuvé ce matin). Le transporteur bloque les prochains enlèvements tant que le retard n\u2019est pas régularisé.`,
        'Paiement sur le compte habituel, rien ne change de leur côté.',
        'Merci !',
      ],
      signature(CFO),
    );
    return build(r, {
      from: CFO.email,
      fromName: CFO.name,
      to: v.email,
      toName: v.name,
      subject: `Paiement prioritaire ${h.name}`,
      ...body,
      lang: 'fr',
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
];
