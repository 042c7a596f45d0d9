// The thirteenth unseen set's phishing in the victims' own languages: traffic fines, customs fees, tax and
// benefit portals, bank alerts, call-backs and app re-activations, telecom points and gifts, toll roads,
// utility refunds, marketplace payouts, parcel lures, webmail quotas and login alerts, streaming bills,
// sextortion, investment ads, a "new number" child and a wedding invitation that is an Android app, as they
// reach Spain and Latin America, Brazil and Portugal, France, Germany, Italy, the Netherlands, Poland,
// Japan, Korea, China, the Gulf, Indonesia, Turkey and India.
import { storedZip } from './mime.js';
import { qrJpeg, qrPng } from './payloads.js';
import {
  amount,
  bodies,
  comboHost,
  digits,
  freeHosted,
  freemail,
  hackedPage,
  int,
  link,
  note,
  on,
  panel,
  passing,
  randomHost,
  registered,
  shortLink,
  spoofed,
  swappedHost,
  type Template,
  token,
  wordHost,
} from './unseen-13-scene.js';
import { onePagePdf } from './unseen-payloads.js';

export const LOCAL_LURES: Template[] = [
  {
    name: 'es-traffic-fine',
    kind: 'traffic-fine',
    lang: 'es',
    write(r, to) {
      const plate = `${digits(r, 4)} ${token(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}`;
      const fine = r.pick(['50,00', '100,00', '200,00']);
      const href = r.pick([
        () =>
          on(r, wordHost(r, ['multas', 'dgt', 'sede', 'pago', 'sancion', 'trafico']), [
            'notificacion',
            'pago',
            'es/consulta',
          ]),
        () => freeHosted(r, 'sede-dgt-multas'),
      ])();
      const html = panel({
        lang: 'es-ES',
        brand: 'DGT · Dirección General de Tráfico',
        accent: '#1b4f8a',
        title: 'Notificación de denuncia pendiente de pago',
        lines: [
          `Estimado/a ${to.first} ${to.last}:`,
          r.pick([
            `Le informamos de que su vehículo con matrícula ${plate} ha sido captado por un radar de velocidad y la sanción de ${fine} € sigue sin abonar.`,
            `Consta a su nombre una multa de tráfico no notificada por importe de ${fine} €. Si no la abona en 72 horas se iniciará la vía de apremio.`,
          ]),
          'Puede consultar la fotografía y abonar la sanción con una reducción del 50 % a través de nuestra sede electrónica.',
        ],
        facts: [
          ['Expediente', `${digits(r, 2)}-${digits(r, 3)}-${digits(r, 9)}-${digits(r, 1)}`],
          ['Importe', `${fine} €`],
        ],
        action: { label: 'Consultar y pagar', href },
        foot: 'Ministerio del Interior. Este mensaje se ha generado automáticamente.',
      });
      const text = `DGT: tiene una multa pendiente de ${fine} EUR (matrícula ${plate}). Consulte y pague con descuento: ${href}`;
      return {
        ...r.pick([
          () => ({
            from: '"DGT" <notificaciones@dgt.es>',
            auth: spoofed(r, 'dgt.es', 'vps-4471.hosting.example'),
          }),
          () => {
            const host = randomHost(r);
            return { from: `"DGT Sede" <avisos@${host}>`, auth: registered(r, host) };
          },
        ])(),
        subject: r.pick([
          'Notificación de multa pendiente',
          `Expediente sancionador ${digits(r, 6)}`,
          'Aviso DGT: sanción no abonada',
        ]),
        ...bodies(r, text, html),
      };
    },
  },
  {
    name: 'es-customs-fee',
    kind: 'customs-fee',
    lang: 'es',
    write(r, to) {
      const fee = `${int(r, 1, 3)},${r.pick(['99', '49', '79'])}`;
      const href = r.pick([
        () =>
          on(r, comboHost(r, 'correos', ['aduana', 'envios', 'entrega', 'seguimiento']), [
            'es/pago',
            'paquete',
          ]),
        () => shortLink(r),
      ])();
      const text = [
        `Hola ${to.first},`,
        r.pick([
          `Su paquete con número de seguimiento ${token(r, 2, 'ABCDEFGHJKLMNPRSTUV')}${digits(r, 9)}ES está retenido en aduanas. Para liberarlo debe abonar las tasas de importación de ${fee} €.`,
          `No hemos podido entregar su envío porque hay gastos de aduana pendientes (${fee} €).`,
        ]),
        `Realice el pago aquí: ${href}`,
        'Correos',
      ].join('\n\n');
      const host = comboHost(r, 'correos', ['notifica', 'info']);
      return {
        from: `"Correos" <info@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Su envío está retenido en aduanas',
          'Pago de aranceles pendiente',
          'Correos: entrega pendiente',
        ]),
        ...bodies(
          r,
          text,
          note(
            'es',
            text.split('\n\n').map((l) => l.replace(href, link(href))),
          ),
        ),
      };
    },
  },
  {
    name: 'mx-bank-fraud-callback',
    kind: 'bank-fraud-alert-callback',
    lang: 'es',
    write(r, to) {
      const bank = r.pick(['BBVA México', 'Banorte', 'Santander México']);
      const phone = `55 ${digits(r, 4)} ${digits(r, 4)}`;
      const sum = `$${int(r, 3, 19)},${digits(r, 3)}.00 MXN`;
      const text = [
        `${to.first}, ${bank} le informa:`,
        r.pick([
          `Se detectó un cargo no reconocido por ${sum} en ${r.pick(['Liverpool', 'Mercado Pago', 'Amazon MX'])} con su tarjeta con terminación ${digits(r, 4)}.`,
          `Su tarjeta ha sido bloqueada preventivamente por un intento de compra de ${sum}.`,
        ]),
        `Si usted NO reconoce esta operación, comuníquese de inmediato a nuestra línea de seguridad ${phone} (24 horas).`,
        'No comparta sus claves con nadie.',
      ].join('\n\n');
      const from = freemail(r, `alertas.${bank.split(' ')[0].toLowerCase()}`);
      return {
        from: `"${bank} Alertas" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['Cargo no reconocido', 'Alerta de seguridad: tarjeta bloqueada', `Aviso ${bank}`]),
        text,
      };
    },
  },
  {
    name: 'es-telecom-points',
    kind: 'telecom-points-expiring',
    lang: 'es',
    write(r, to) {
      const brand = r.pick(['Movistar', 'Vodafone', 'Orange', 'Telcel']);
      const points = int(r, 4000, 12000);
      const href = r.pick([
        () =>
          on(r, comboHost(r, brand.toLowerCase(), ['puntos', 'premios', 'club', 'canje']), [
            'canjear',
            'tienda',
          ]),
        () => freeHosted(r, 'puntos-canje'),
      ])();
      const html = panel({
        lang: 'es',
        brand: `${brand} Puntos`,
        accent: '#019df4',
        title: `${to.first}, sus ${points} puntos caducan hoy`,
        lines: [
          r.pick([
            'Puede canjearlos ahora por un smartphone, auriculares o una tablet pagando solo los gastos de envío.',
            'No deje que caduquen: elija su regalo en nuestra tienda de puntos antes de las 23:59.',
          ]),
        ],
        facts: [['Saldo', `${points} puntos`]],
        action: { label: 'Canjear mis puntos', href },
        foot: `${brand}. Ha recibido este correo por ser cliente.`,
      });
      const host = randomHost(r);
      return {
        from: `"${brand}" <puntos@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Sus puntos caducan hoy',
          `Tiene ${points} puntos sin canjear`,
          'Último aviso: canjee sus puntos',
        ]),
        html,
      };
    },
  },
  {
    name: 'br-cpf-irregular',
    kind: 'tax-id-irregular',
    lang: 'pt',
    write(r, to) {
      const cpf = `${digits(r, 3)}.${digits(r, 3)}.***-${digits(r, 2)}`;
      const href = r.pick([
        () =>
          on(r, wordHost(r, ['regularizar', 'cpf', 'receita', 'gov', 'consulta', 'pendencia']), [
            'regularizar',
            'darf',
          ]),
        () => shortLink(r, 'br'),
      ])();
      const html = panel({
        lang: 'pt-BR',
        brand: 'gov.br · Receita Federal',
        accent: '#1351b4',
        title: 'Seu CPF será suspenso',
        lines: [
          `Prezado(a) ${to.first} ${to.last},`,
          r.pick([
            `Identificamos pendências na sua Declaração de Imposto de Renda. Seu CPF ${cpf} será suspenso em 48 horas caso a situação não seja regularizada.`,
            `Consta em aberto um DARF no valor de R$ ${amount(r, 90, 380, true)} vinculado ao seu CPF ${cpf}.`,
          ]),
          'Regularize agora via PIX e evite bloqueio de contas bancárias e multa.',
        ],
        facts: [
          ['Protocolo', digits(r, 12)],
          ['Situação', 'Pendente de regularização'],
        ],
        action: { label: 'Regularizar meu CPF', href },
        foot: 'Ministério da Fazenda · Receita Federal do Brasil',
      });
      const host = wordHost(r, ['receita', 'notifica', 'gov', 'cpf']);
      return {
        from: `"Receita Federal" <naoresponda@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Pendência no seu CPF',
          `Notificação ${digits(r, 8)}: CPF irregular`,
          'Último aviso: regularize seu CPF',
        ]),
        html,
      };
    },
  },
  {
    name: 'br-parcel-tax',
    kind: 'customs-fee',
    lang: 'pt',
    write(r, to) {
      const fee = amount(r, 29, 79, true);
      const href = r.pick([
        () =>
          on(r, comboHost(r, 'correios', ['rastreio', 'taxa', 'encomenda', 'liberacao']), [
            'rastreio',
            'pagamento',
          ]),
        () => freeHosted(r, 'rastreio-encomenda'),
      ])();
      const text = [
        `Olá ${to.first}!`,
        r.pick([
          `Sua encomenda foi tributada na importação e aguarda o pagamento da taxa de R$ ${fee}.`,
          `Sua encomenda está retida na unidade de fiscalização. Pague a taxa de R$ ${fee} via PIX para liberar a entrega.`,
        ]),
        `Código: ${token(r, 2, 'ABCDEFGHJKLMNPQRSTUV')}${digits(r, 9)}BR`,
        `Acesse: ${href}`,
        'Correios – Conectando o Brasil.',
      ].join('\n');
      const from = freemail(r, `correios.rastreio`);
      return {
        from: `"Correios" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Encomenda tributada',
          'Sua encomenda aguarda pagamento',
          'Aviso de taxa de importação',
        ]),
        ...bodies(
          r,
          text,
          note(
            'pt-BR',
            text.split('\n').map((l) => l.replace(href, link(href))),
          ),
        ),
      };
    },
  },
  {
    name: 'pt-toll-unpaid',
    kind: 'toll-unpaid',
    lang: 'pt',
    write(r, to) {
      const sum = amount(r, 2, 14, true);
      const href = r.pick([
        () =>
          on(r, wordHost(r, ['portagens', 'viaverde', 'pagamento', 'pt', 'autoestrada']), [
            'pagar',
            'pt/portagem',
          ]),
        () => hackedPage(r, 'portagens/pt.html'),
      ])();
      const text = `Caro(a) ${to.first}, tem uma portagem por pagar no valor de ${sum} EUR. Evite a coima de ${int(r, 25, 60)},00 EUR pagando até ${int(r, 3, 28)}/${r.pick(['11', '12'])}: ${href}`;
      const html = panel({
        lang: 'pt-PT',
        brand: 'Portagens',
        accent: '#00853f',
        title: 'Portagem em atraso',
        lines: [
          `Caro(a) ${to.first},`,
          `Registámos uma passagem sem pagamento associada à sua matrícula. Valor em dívida: ${sum} EUR.`,
        ],
        action: { label: 'Pagar agora', href },
        foot: 'Este é um email automático.',
      });
      const host = randomHost(r);
      return {
        from: `"Via Verde" <cliente@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Portagem por pagar',
          'Aviso de pagamento de portagem',
          'Último aviso antes da coima',
        ]),
        ...bodies(r, text, html),
      };
    },
  },
  {
    name: 'fr-health-card',
    kind: 'health-card-renewal',
    lang: 'fr',
    write(r, to) {
      const href = r.pick([
        () =>
          on(r, wordHost(r, ['ameli', 'carte', 'vitale', 'assure', 'renouvellement', 'sante']), [
            'assure',
            'commande',
          ]),
        () => freeHosted(r, 'ameli-carte-vitale'),
      ])();
      const html = panel({
        lang: 'fr',
        brand: 'ameli · l’Assurance Maladie',
        accent: '#0c419a',
        title: 'Votre carte Vitale arrive à expiration',
        lines: [
          `Bonjour ${to.first} ${to.last},`,
          r.pick([
            'Votre carte Vitale doit être renouvelée. Sans renouvellement, vos remboursements de soins seront suspendus.',
            'Afin de bénéficier de la nouvelle carte Vitale avec photo, merci de mettre à jour vos informations avant la fin du mois.',
          ]),
          `Des frais d’envoi de ${r.pick(['1,49', '2,99'])} € seront demandés.`,
        ],
        action: { label: 'Commander ma nouvelle carte', href },
        foot: 'Ceci est un message automatique, merci de ne pas y répondre.',
      });
      const host = comboHost(r, 'ameli', ['info', 'service', 'compte']);
      return {
        from: `"Assurance Maladie" <ne-pas-repondre@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Renouvellement de votre carte Vitale',
          'Action requise : carte Vitale',
          'Vos remboursements sont suspendus',
        ]),
        html,
      };
    },
  },
  {
    name: 'fr-traffic-fine',
    kind: 'traffic-fine',
    lang: 'fr',
    write(r, to) {
      const href = r.pick([
        () => on(r, wordHost(r, ['amendes', 'antai', 'paiement', 'gouv', 'avis']), ['paiement', 'avis']),
        () => shortLink(r),
      ])();
      const amende = r.pick(['35,00', '45,00', '68,00', '135,00']);
      const text = [
        `Madame, Monsieur ${to.last},`,
        r.pick([
          `Vous avez reçu un avis de contravention pour un stationnement irrégulier. Le montant de ${amende} € est à régler avant le ${int(r, 5, 28)}/${r.pick(['11', '12'])}/2026, faute de quoi il sera majoré.`,
          `Suite à un excès de vitesse relevé par radar automatique, une amende de ${amende} € est en attente de paiement.`,
        ]),
        `Réglez votre amende en ligne : ${href}`,
        'Agence Nationale de Traitement Automatisé des Infractions',
      ].join('\n\n');
      const spoof = r.below(2) === 0;
      const host = randomHost(r);
      return {
        from: spoof ? '"ANTAI" <noreply@antai.gouv.fr>' : `"ANTAI" <avis@${host}>`,
        auth: spoof ? spoofed(r, 'antai.gouv.fr', 'mail.host-fr.example') : registered(r, host),
        subject: r.pick([
          'Avis de contravention',
          'Amende impayée : dernier rappel',
          'ANTAI : paiement en attente',
        ]),
        ...bodies(
          r,
          text,
          note(
            'fr',
            text.split('\n\n').map((l) => l.replace(href, link(href))),
          ),
        ),
      };
    },
  },
  {
    name: 'de-pushtan-qr',
    kind: 'bank-app-reactivation-qr',
    lang: 'de',
    async write(r, to) {
      const bank = r.pick(['Sparkasse', 'Volksbank', 'Commerzbank', 'ING']);
      const href = on(
        r,
        comboHost(r, bank.toLowerCase(), ['pushtan', 'sicherheit', 'legitimation', 'kundenportal']),
        ['de/aktivieren', 'login'],
      );
      const qr = r.below(2) === 0;
      const html = panel({
        lang: 'de',
        brand: bank,
        accent: bank === 'Sparkasse' ? '#ff0000' : '#004b8d',
        title: r.pick(['Aktualisierung Ihres pushTAN-Verfahrens', 'Ihre Legitimation ist abgelaufen']),
        lines: [
          `Sehr geehrte/r ${to.first} ${to.last},`,
          r.pick([
            `aufgrund neuer EU-Sicherheitsrichtlinien muss Ihr pushTAN-Verfahren bis zum ${int(r, 5, 28)}.${r.pick(['11', '12'])}.2026 neu registriert werden.`,
            'bei der routinemäßigen Prüfung Ihres Kontos ist aufgefallen, dass Ihre Daten nicht mehr aktuell sind. Ihr Online-Banking wurde vorübergehend eingeschränkt.',
          ]),
          qr
            ? 'Scannen Sie den QR-Code mit Ihrem Smartphone, um die Aktualisierung abzuschließen.'
            : 'Bitte führen Sie die Aktualisierung über den folgenden Button durch.',
        ],
        action: qr ? undefined : { label: 'Jetzt aktualisieren', href },
        after: qr
          ? ['<img src="cid:code.jpg" width="180" alt="QR-Code">']
          : ['Mit freundlichen Grüßen<br>Ihr Kundenservice'],
        foot: `${bank} · Diese E-Mail wurde automatisch erstellt.`,
      });
      const host = comboHost(r, bank.toLowerCase(), ['kundenservice', 'info', 'mitteilung']);
      return {
        from: `"${bank}" <service@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Wichtige Mitteilung zu Ihrem Konto',
          'pushTAN: Aktualisierung erforderlich',
          'Ihr Online-Banking wurde eingeschränkt',
        ]),
        html,
        parts: qr
          ? [{ type: 'image/jpeg', name: 'code.jpg', content: await qrJpeg(href), inline: true }]
          : [],
      };
    },
  },
  {
    name: 'de-telecom-invoice',
    kind: 'telecom-invoice',
    lang: 'de',
    write(r, to) {
      const brand = r.pick(['Telekom', 'Vodafone', 'O2', '1&1']);
      const sum = amount(r, 39, 189, true);
      const href = r.pick([
        () =>
          on(
            r,
            swappedHost(
              r,
              { Telekom: 'telekom', Vodafone: 'vodafone', O2: 'o2online', '1&1': 'einsundeins' }[brand] ??
                'telekom',
            ),
            ['rechnung', 'kundencenter'],
          ),
        () => hackedPage(r, 'rechnung/index.php'),
      ])();
      const html = panel({
        lang: 'de',
        brand,
        accent: '#e20074',
        title: `Ihre Rechnung für ${r.pick(['November', 'Oktober'])} 2026`,
        lines: [
          `Guten Tag ${to.first} ${to.last},`,
          r.pick([
            `Ihre aktuelle Rechnung über ${sum} € konnte nicht abgebucht werden. Bitte aktualisieren Sie Ihre Zahlungsdaten, um eine Sperrung Ihres Anschlusses zu vermeiden.`,
            `Ihre Rechnung ist online verfügbar. Sie haben zu viel bezahlt: eine Gutschrift von ${sum} € steht zur Auszahlung bereit.`,
          ]),
        ],
        facts: [
          ['Kundennummer', digits(r, 10)],
          ['Betrag', `${sum} €`],
        ],
        action: { label: 'Zur Rechnung', href },
        foot: `${brand} Deutschland GmbH`,
      });
      const host = randomHost(r);
      return {
        from: `"${brand} Rechnung" <rechnung@${host}>`,
        auth: registered(r, host),
        subject: r.pick(['Ihre Rechnung ist online', 'Zahlung fehlgeschlagen', 'Gutschrift verfügbar']),
        html,
      };
    },
  },
  {
    name: 'it-inps-update',
    kind: 'gov-benefit',
    lang: 'it',
    write(r, to) {
      const href = r.pick([
        () =>
          on(r, wordHost(r, ['inps', 'aggiornamento', 'servizi', 'cittadino', 'rimborso']), [
            'accesso',
            'spid',
          ]),
        () => freeHosted(r, 'inps-aggiornamento'),
      ])();
      const text = [
        `Gentile ${to.first} ${to.last},`,
        r.pick([
          "Le comunichiamo che è necessario aggiornare i dati anagrafici e l'IBAN per continuare a ricevere le prestazioni in corso. In assenza di aggiornamento l'erogazione sarà sospesa.",
          `Risulta a Suo favore un rimborso di € ${amount(r, 180, 780, true)} relativo all'anno 2025. Per riceverlo confermi i Suoi dati.`,
        ]),
        `Acceda all'area riservata: ${href}`,
        'Istituto Nazionale della Previdenza Sociale',
      ].join('\n\n');
      const from = freemail(r, 'inps.comunicazioni');
      return {
        from: `"INPS" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['Aggiornamento dati obbligatorio', 'Comunicazione INPS', 'Rimborso in attesa']),
        ...bodies(
          r,
          text,
          note(
            'it',
            text.split('\n\n').map((l) => l.replace(href, link(href))),
          ),
        ),
      };
    },
  },
  {
    name: 'it-utility-refund',
    kind: 'utility-refund',
    lang: 'it',
    write(r, to) {
      const brand = r.pick(['Enel Energia', 'Edison', 'Hera', 'A2A']);
      const sum = amount(r, 40, 260, true);
      const href = on(
        r,
        comboHost(r, brand.split(' ')[0].toLowerCase(), ['rimborso', 'bolletta', 'clienti']),
        ['rimborso', 'area-clienti'],
      );
      const html = panel({
        lang: 'it',
        brand,
        accent: '#008c5a',
        title: 'Hai diritto a un rimborso',
        lines: [
          `Ciao ${to.first},`,
          `abbiamo ricalcolato i consumi delle tue ultime bollette: ti spetta un rimborso di € ${sum}.`,
          r.pick([
            'Inserisci i dati della carta su cui ricevere l’accredito.',
            'Il rimborso va richiesto entro 5 giorni.',
          ]),
        ],
        action: { label: 'Richiedi il rimborso', href },
        foot: `${brand} S.p.A.`,
      });
      const host = comboHost(r, brand.split(' ')[0].toLowerCase(), ['info', 'notifiche']);
      return {
        from: `"${brand}" <noreply@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Rimborso bolletta',
          `Ti spetta un rimborso di € ${sum}`,
          'Conguaglio a tuo favore',
        ]),
        html,
      };
    },
  },
  {
    name: 'nl-digid',
    kind: 'gov-id-expiring',
    lang: 'nl',
    write(r, to) {
      const href = r.pick([
        () =>
          on(r, wordHost(r, ['digid', 'verlengen', 'mijn', 'overheid', 'activeren']), [
            'verlengen',
            'inloggen',
          ]),
        () => freeHosted(r, 'digid-verlengen'),
      ])();
      const html = panel({
        lang: 'nl',
        brand: 'DigiD',
        accent: '#e17000',
        title: 'Uw DigiD verloopt binnenkort',
        lines: [
          `Beste ${to.first} ${to.last},`,
          r.pick([
            `Uw DigiD verloopt op ${int(r, 5, 28)} ${r.pick(['november', 'december'])} 2026. Verleng uw DigiD op tijd, anders kunt u niet meer inloggen bij de Belastingdienst en uw zorgverzekeraar.`,
            'Wegens een nieuwe beveiligingsstandaard moet uw DigiD opnieuw worden geactiveerd met uw bankgegevens.',
          ]),
        ],
        action: { label: 'Verleng mijn DigiD', href },
        foot: 'Dit is een automatisch verzonden bericht. DigiD is van de overheid.',
      });
      const host = randomHost(r);
      return {
        from: `"DigiD" <noreply@${host}>`,
        auth: registered(r, host),
        subject: r.pick(['Uw DigiD verloopt', 'Herinnering: DigiD verlengen', 'Actie vereist voor uw DigiD']),
        html,
      };
    },
  },
  {
    name: 'nl-marketplace-buyer',
    kind: 'marketplace-seller',
    lang: 'nl',
    write(r, to) {
      const item = r.pick(['kinderfiets', 'eettafel', 'PlayStation 5', 'wasmachine']);
      const href = r.pick([
        () =>
          on(r, comboHost(r, 'marktplaats', ['betaling', 'veilig', 'ontvangen']), [
            'ontvang',
            'betaalverzoek',
          ]),
        () => shortLink(r),
      ])();
      const text = r.pick([
        `Hoi ${to.first}, ik heb de ${item} al betaald via Marktplaats Gelijk Verzenden, ook de koerier. Je moet alleen even bevestigen om het geld te ontvangen: ${href}`,
        `Hallo, is de ${item} nog beschikbaar? Ik woon ver weg, kan ik vooruit betalen? Ik heb een betaalverzoek van 1 cent gestuurd om je rekening te checken: ${href}`,
      ]);
      const buyer = r.pick(['Jan', 'Mo', 'Lisa', 'Sem']);
      const from = freemail(r, `${buyer.toLowerCase()}${token(r, 4)}`);
      return {
        from: `"${buyer}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([`${item}`, `Re: ${item}`, 'Betaling voor je advertentie']),
        text,
      };
    },
  },
  {
    name: 'pl-olx-delivery',
    kind: 'marketplace-seller',
    lang: 'pl',
    write(r, to) {
      const href = r.pick([
        () => on(r, comboHost(r, 'olx', ['dostawa', 'platnosc', 'bezpieczna']), ['pl/odbierz', 'zamowienie']),
        () => on(r, comboHost(r, 'inpost', ['paczka', 'doplata']), ['pl', 'sledzenie']),
      ])();
      const price = int(r, 80, 900);
      const html = panel({
        lang: 'pl',
        brand: 'OLX Przesyłki',
        accent: '#002f34',
        title: 'Kupujący opłacił Twój przedmiot',
        lines: [
          `Cześć ${to.first},`,
          `kupujący opłacił zamówienie na kwotę ${price} zł wraz z dostawą. Aby otrzymać środki, potwierdź dane karty na stronie odbioru płatności.`,
          r.pick(['Link jest ważny 30 minut.', 'Po potwierdzeniu kurier odbierze przesyłkę.']),
        ],
        action: { label: 'Odbierz środki', href },
        foot: 'OLX sp. z o.o.',
      });
      const from = freemail(r, `olx.platnosci`);
      return {
        from: `"OLX" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Twój przedmiot został opłacony',
          'Odbierz płatność',
          `Zamówienie nr ${digits(r, 8)}`,
        ]),
        html,
      };
    },
  },
  {
    name: 'pl-parcel-surcharge',
    kind: 'parcel-fee',
    lang: 'pl',
    write(r, to) {
      const href = on(r, wordHost(r, ['paczka', 'doplata', 'przesylka', 'odbior', 'kurier']), [
        'pl',
        'oplac',
      ]);
      const text = `${to.first}, Twoja paczka czeka na dopłatę ${r.pick(['1,20', '2,50', '1,99'])} zł. Bez dopłaty zostanie zwrócona do nadawcy. Opłać: ${href}`;
      const host = randomHost(r);
      return {
        from: `"InPost" <powiadomienia@${host}>`,
        auth: registered(r, host),
        subject: r.pick(['Dopłata do przesyłki', 'Paczka wstrzymana', 'Twoja paczka czeka']),
        text,
      };
    },
  },
  {
    name: 'jp-card-issuer',
    kind: 'card-issuer-verification',
    lang: 'ja',
    write(r, to) {
      const brand = r.pick(['三井住友カード', 'JCBカード', '楽天カード', 'エポスカード']);
      const href = r.pick([
        () =>
          on(
            r,
            comboHost(r, r.pick(['smbc', 'jcb', 'rakuten', 'epos']), ['card', 'secure', 'vpass', 'login']),
            ['jp/confirm', 'member'],
          ),
        () => on(r, randomHost(r), ['jp', 'card']),
      ])();
      const html = panel({
        lang: 'ja',
        brand,
        accent: '#004831',
        title: '【重要】ご利用確認のお願い',
        lines: [
          `${to.called} 様`,
          r.pick([
            'いつも当社カードをご利用いただきありがとうございます。第三者による不正利用の可能性がある取引を検知したため、カードのご利用を一時的に制限しております。',
            'お客様のカードについて、ご本人様によるご利用かどうか確認させていただきたいお取引がございました。',
          ]),
          `お手数ですが、${int(r, 24, 72)}時間以内に以下よりご本人確認をお願いいたします。期限を過ぎますとカードのご利用が停止されます。`,
        ],
        action: { label: 'ご利用確認はこちら', href },
        foot: `${brand} カスタマーセンター ※本メールは送信専用です。`,
      });
      const host = randomHost(r);
      return {
        from: `"${brand}" <info@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          '【重要】カードご利用確認のお願い',
          'お支払い方法の確認',
          '【緊急】カードのご利用を制限しました',
        ]),
        html,
      };
    },
  },
  {
    name: 'jp-etc-toll',
    kind: 'toll-unpaid',
    lang: 'ja',
    write(r, to) {
      const href = r.pick([
        () => on(r, wordHost(r, ['etc', 'meisai', 'highway', 'jp', 'riyou']), ['login', 'jp']),
        () => freeHosted(r, 'etc-meisai'),
      ])();
      const text = [
        `${to.called} 様`,
        r.pick([
          'ETCサービスをご利用いただきありがとうございます。お客様のETCカードが有効期限切れのため、ETCサービスが無効になりました。',
          '高速道路の通行料金が未払いとなっております。期限までにお支払いがない場合、法的手続きに移行いたします。',
        ]),
        `下記URLより手続きをお願いいたします。\n${href}`,
        'ETC利用照会サービス事務局',
      ].join('\n\n');
      const from = freemail(r, 'etc.meisai');
      return {
        from: `"ETC利用照会サービス" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          '【ETC利用照会サービス】重要なお知らせ',
          'ETCサービスは無効になりました',
          '未払い料金のお知らせ',
        ]),
        text,
      };
    },
  },
  {
    name: 'kr-parcel-address',
    kind: 'parcel-address',
    lang: 'ko',
    write(r, to) {
      const href = r.pick([() => shortLink(r), () => on(r, randomHost(r), ['kr', 'tracking'])])();
      const text = r.pick([
        `[CJ대한통운] ${to.called}님, 주소지 불명으로 택배가 반송 처리 예정입니다. 주소를 수정해 주세요. ${href}`,
        `[Web발신] 고객님의 택배가 도로명 주소 불일치로 보관 중입니다. 확인: ${href}`,
        `[국민건강보험] ${to.called}님의 건강검진 결과 통보서가 발송되었습니다. 확인하기: ${href}`,
      ]);
      const from = freemail(r, `delivery${digits(r, 3)}`);
      return {
        from: `"${r.pick(['CJ대한통운', '우체국택배', '국민건강보험'])}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['택배 주소 확인 요청', '배송 보류 안내', '[알림] 결과 통보']),
        text,
      };
    },
  },
  {
    name: 'cn-tax-subsidy-qr',
    kind: 'tax-subsidy-qr',
    lang: 'zh',
    async write(r, to) {
      const href = on(r, wordHost(r, ['geshui', 'butie', 'shenbao', 'gov', 'cn']), ['m', 'index']);
      const code = await qrPng(href);
      const html = panel({
        lang: 'zh-CN',
        brand: r.pick(['国家税务总局', '财务部', '人力资源和社会保障局']),
        accent: '#b0171f',
        title: r.pick(['关于2026年度个人所得税补贴申领的通知', '个人劳动补贴领取通知']),
        lines: [
          `${to.called}：`,
          r.pick([
            '根据最新财政政策，符合条件的职工可申领个人所得税补贴。请于本周内扫描下方二维码完成申报，逾期视为自动放弃。',
            '您的劳动补贴已审核通过，请使用手机扫描二维码，按提示填写银行卡信息领取。',
          ]),
          '<img src="cid:shenbao.png" width="200" alt="二维码">',
        ],
        foot: '本邮件由系统自动发送，请勿回复。',
      });
      const hacked = `${r.pick(['hr', 'caiwu', 'admin'])}@${r.pick(['huaxin-trading', 'mingda-tech', 'yongsheng-logistics'])}.example.com`;
      return {
        from: `"${r.pick(['财务部', '人事部', '税务通知'])}" <${hacked}>`,
        auth: registered(r, hacked.split('@')[1]),
        subject: r.pick(['关于个税补贴申领的通知', '【通知】2026年度补贴申领', '工资补贴发放通知']),
        html,
        parts: [{ type: 'image/png', name: 'shenbao.png', content: code, inline: true }],
      };
    },
  },
  {
    name: 'ar-bank-update',
    kind: 'bank-account-update',
    lang: 'ar',
    write(r, to) {
      const bank = r.pick(['مصرف الراجحي', 'بنك الإمارات دبي الوطني', 'البنك الأهلي']);
      const href = r.pick([
        () =>
          on(r, comboHost(r, r.pick(['alrajhi', 'enbd', 'alahli']), ['update', 'secure', 'tahdith']), [
            'ar/login',
            'verify',
          ]),
        () => freeHosted(r, 'bank-tahdith'),
      ])();
      const html = panel({
        lang: 'ar',
        rtl: true,
        brand: bank,
        accent: '#0b3d91',
        title: 'تحديث البيانات مطلوب',
        lines: [
          `عزيزي العميل ${to.called}،`,
          r.pick([
            'نود إعلامكم بأنه تم إيقاف حسابكم مؤقتاً بسبب انتهاء صلاحية الهوية الوطنية. يرجى تحديث بياناتكم خلال 24 ساعة لتجنب تجميد الحساب.',
            'تم رصد محاولة دخول غير معتادة إلى حسابكم. يرجى تأكيد هويتكم عبر الرابط أدناه.',
          ]),
        ],
        action: { label: 'تحديث البيانات', href },
        foot: `${bank} – جميع الحقوق محفوظة`,
      });
      const host = randomHost(r);
      return {
        from: `"${bank}" <alerts@${host}>`,
        auth: registered(r, host),
        subject: r.pick(['تنبيه: تحديث بيانات الحساب', 'تم إيقاف حسابكم مؤقتاً', 'إشعار أمني']),
        html,
      };
    },
  },
  {
    name: 'ar-parcel-customs',
    kind: 'customs-fee',
    lang: 'ar',
    write(r, to) {
      const href = r.pick([
        () => shortLink(r),
        () => on(r, wordHost(r, ['aramex', 'shipment', 'tawseel', 'uae']), ['pay', 'ar']),
      ])();
      const text = `${to.called}، شحنتكم رقم ${digits(r, 11)} معلقة بسبب رسوم جمركية قدرها ${int(r, 6, 25)} درهم. يرجى الدفع خلال 48 ساعة: ${href}`;
      const from = freemail(r, 'aramex.delivery');
      return {
        from: `"Aramex" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['شحنتكم معلقة', 'رسوم جمركية مستحقة', 'إشعار التوصيل']),
        text,
      };
    },
  },
  {
    name: 'id-bank-fee-change',
    kind: 'bank-fee-change',
    lang: 'id',
    write(r, to) {
      const bank = r.pick(['BCA', 'BRI', 'Mandiri', 'BNI']);
      const href = r.pick([
        () => shortLink(r, 'id'),
        () => on(r, wordHost(r, ['tarif', 'transaksi', 'bank', 'layanan', 'perubahan']), ['id', 'form']),
      ])();
      const text = [
        `Yth. Nasabah ${bank} ${to.first},`,
        r.pick([
          `Mulai bulan ini tarif transfer antar bank berubah menjadi Rp150.000/bulan (unlimited). Jika Anda TIDAK SETUJU dengan tarif baru, silakan isi formulir penolakan berikut: ${href}`,
          `Poin reward ${bank} Anda sebesar ${int(r, 1, 9)}.${digits(r, 3)}.000 akan hangus hari ini. Tukarkan sekarang: ${href}`,
        ]),
        `Jika tidak mengisi formulir, Anda dianggap menyetujui perubahan tarif.`,
        `Hormat kami,\n${bank}`,
      ].join('\n\n');
      const from = freemail(r, `halo.${bank.toLowerCase()}`);
      return {
        from: `"Halo ${bank}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Pemberitahuan perubahan tarif transaksi',
          'Informasi penting untuk nasabah',
          `Poin reward ${bank} hangus hari ini`,
        ]),
        text,
      };
    },
  },
  {
    name: 'tr-edevlet-compensation',
    kind: 'gov-portal',
    lang: 'tr',
    write(r, to) {
      const href = r.pick([
        () => on(r, wordHost(r, ['edevlet', 'tazminat', 'basvuru', 'gov', 'turkiye']), ['giris', 'basvuru']),
        () => freeHosted(r, 'edevlet-basvuru'),
      ])();
      const html = panel({
        lang: 'tr',
        brand: 'e-Devlet Kapısı',
        accent: '#c8102e',
        title: r.pick(['Tazminat hakkınız bulunmaktadır', 'Ödenmemiş trafik cezası bildirimi']),
        lines: [
          `Sayın ${to.first} ${to.last},`,
          r.pick([
            `Kişisel verilerinizin sızdırılması nedeniyle ${int(r, 2, 9)}.${digits(r, 3)} TL tazminat almaya hak kazandınız. Başvurunuzu 3 gün içinde tamamlayınız.`,
            `Aracınıza ait ${int(r, 900, 4000)} TL tutarında ödenmemiş bir trafik cezası bulunmaktadır. %25 indirimli ödeme süresi bugün sona eriyor.`,
          ]),
        ],
        action: { label: 'Başvuruyu tamamla', href },
        foot: 'T.C. Cumhurbaşkanlığı Dijital Dönüşüm Ofisi',
      });
      const host = randomHost(r);
      return {
        from: `"e-Devlet" <bildirim@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'e-Devlet: yeni bildiriminiz var',
          'Tazminat başvurusu',
          'Ödenmemiş ceza bildirimi',
        ]),
        html,
      };
    },
  },
  {
    name: 'tr-parcel-pdf-link',
    kind: 'pdf-link-parcel',
    lang: 'tr',
    write(r, to) {
      const href = on(r, wordHost(r, ['ptt', 'kargo', 'gumruk', 'teslimat', 'takip']), ['odeme', 'tr']);
      const sender = freemail(r, 'ptt.kargo');
      return {
        from: `"PTT Kargo" <${sender.address}>`,
        auth: sender.auth,
        subject: r.pick(['Gümrük vergisi ödemesi', 'Kargonuz teslim edilemedi']),
        text: `Sayın ${to.first},\n\nKargonuz gümrükte bekletilmektedir. Ayrıntılar ekteki belgededir.\n\nPTT Kargo`,
        parts: [
          {
            type: 'application/pdf',
            name: `Gumruk_Bildirimi_${digits(r, 6)}.pdf`,
            content: onePagePdf(['PTT Kargo', 'Gumruk vergisi: 38,90 TL', 'Odeme icin tiklayin'], {
              link: href,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'hi-income-tax-refund',
    kind: 'tax-refund',
    lang: 'hi',
    write(r, to) {
      const refund = `₹${int(r, 8, 48)},${digits(r, 3)}`;
      const href = r.pick([
        () => on(r, comboHost(r, 'incometax', ['refund', 'efiling', 'india']), ['refund', 'verify']),
        () => shortLink(r),
      ])();
      const text = [
        `प्रिय ${to.called},`,
        r.pick([
          `आयकर विभाग ने आपके लिए ${refund} का रिफंड स्वीकृत किया है। कृपया अपना बैंक खाता विवरण सत्यापित करें, अन्यथा रिफंड रद्द कर दिया जाएगा।`,
          `आपका पैन कार्ड आधार से लिंक नहीं है और आज निष्क्रिय हो जाएगा। ₹1,000 जुर्माने से बचने के लिए तुरंत अपडेट करें।`,
        ]),
        `यहाँ क्लिक करें: ${href}`,
        'आयकर विभाग, भारत सरकार',
      ].join('\n\n');
      const host = comboHost(r, 'itd', ['notice', 'alerts']);
      return {
        from: `"Income Tax Department" <refund@${host}>`,
        auth: registered(r, host),
        subject: r.pick(['आयकर रिफंड स्वीकृत', 'Income Tax Refund: सत्यापन आवश्यक', 'पैन कार्ड निष्क्रिय होगा']),
        ...bodies(
          r,
          text,
          note(
            'hi',
            text.split('\n\n').map((l) => l.replace(href, link(href))),
          ),
        ),
      };
    },
  },
  {
    name: 'hi-task-job',
    kind: 'task-job-scam',
    lang: 'hi',
    write(r, to) {
      const contact = r.pick([
        `https://t.me/${token(r, 7, 'abcdefghijklmnopqrstuvwxyz')}_hr`,
        `WhatsApp: +91 ${int(r, 70, 99)}${digits(r, 3)} ${digits(r, 5)}`,
      ]);
      const text = [
        `नमस्ते ${to.called} जी,`,
        `हम ${r.pick(['YouTube वीडियो लाइक', 'Google Maps रिव्यू', 'होटल रेटिंग'])} के लिए पार्ट-टाइम वर्क फ्रॉम होम कर्मचारी ढूंढ रहे हैं। रोज़ाना ₹${int(r, 2, 8)},000 तक कमाएं, सिर्फ़ मोबाइल से।`,
        `पहला टास्क पूरा करने पर ₹${int(r, 150, 300)} तुरंत। संपर्क करें: ${contact}`,
      ].join('\n\n');
      const from = freemail(r, `hr.jobs.${token(r, 3)}`);
      return {
        from: `"HR Team" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['घर बैठे कमाई का अवसर', 'Part time job – ₹5000/दिन', 'आपका चयन हो गया है']),
        text,
      };
    },
  },
  {
    name: 'latam-webmail-quota',
    kind: 'webmail-quota',
    lang: 'es',
    write(r, to) {
      const href = r.pick([
        () => hackedPage(r, `correo/validar.php?u=${to.address}`),
        () =>
          `https://docs.google.com/forms/d/e/1FAIpQL${token(r, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}/viewform`,
        () => freeHosted(r, 'webmail-soporte'),
      ])();
      const text = [
        `Estimado usuario ${to.address}:`,
        r.pick([
          `Su buzón de correo ha alcanzado el ${int(r, 96, 99)} % de su capacidad. Tiene ${int(r, 6, 23)} mensajes retenidos que no podrá recibir hasta que verifique su cuenta.`,
          'Hemos detectado que su cuenta de correo no ha sido actualizada según la nueva política de seguridad y será desactivada en 24 horas.',
        ]),
        `Verifique su cuenta aquí: ${href}`,
        'Atentamente,\nSoporte Técnico de Correo',
      ].join('\n\n');
      const hacked = `${r.pick(['contacto', 'ventas', 'secretaria'])}@${r.pick(['colegio-sanmartin', 'inmobiliaria-altos', 'consultorio-perez'])}.example.net`;
      return {
        from: `"Soporte de Correo" <${hacked}>`,
        auth: passing(hacked.split('@')[1]),
        subject: r.pick([
          'Buzón lleno: mensajes retenidos',
          'Aviso de desactivación de cuenta',
          'Verificación de correo requerida',
        ]),
        ...bodies(
          r,
          text,
          note(
            'es',
            text.split('\n\n').map((l) => l.replace(href, link(href))),
          ),
        ),
      };
    },
  },
  {
    name: 'br-streaming-suspended',
    kind: 'streaming-payment',
    lang: 'pt',
    write(r, to) {
      const brand = r.pick(['Netflix', 'Globoplay', 'Disney+', 'Max']);
      const name = brand.toLowerCase().replace(/\W/g, '');
      const href = r.pick([
        () => on(r, comboHost(r, name, ['assinatura', 'pagamento', 'conta']), ['br/atualizar', 'login']),
        () => shortLink(r, 'br'),
      ])();
      const html = panel({
        lang: 'pt-BR',
        brand,
        accent: '#e50914',
        title: 'Sua assinatura foi suspensa',
        lines: [
          `Olá, ${to.first}.`,
          r.pick([
            'Não conseguimos processar o pagamento da sua próxima mensalidade. Atualize a forma de pagamento para continuar assistindo.',
            'Sua conta foi suspensa temporariamente por falha na cobrança. Para reativar, confirme os dados do seu cartão.',
          ]),
        ],
        action: { label: 'Atualizar pagamento', href },
        foot: `Equipe ${brand}`,
      });
      const host = randomHost(r);
      return {
        from: `"${brand}" <atendimento@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Sua assinatura foi suspensa',
          'Problema com seu pagamento',
          'Atualize seus dados de pagamento',
        ]),
        html,
      };
    },
  },
  {
    name: 'fr-parcel-redelivery',
    kind: 'parcel-redelivery',
    lang: 'fr',
    write(r, to) {
      const carrier = r.pick(['Colissimo', 'Chronopost', 'Mondial Relay']);
      const href = r.pick([
        () => shortLink(r),
        () =>
          on(r, wordHost(r, ['colis', 'livraison', 'suivi', 'relais', 'fr']), ['fr/reprogrammer', 'suivi']),
      ])();
      const text = r.pick([
        `${carrier} : votre colis n'a pas pu être livré le ${int(r, 3, 28)}/${r.pick(['11', '12'])} (adresse incomplète). Reprogrammez la livraison : ${href}`,
        `Bonjour ${to.first}, votre colis est en attente au centre de tri. Des frais de réexpédition de 1,99 € sont à régler : ${href}`,
      ]);
      const from = freemail(r, `${carrier.toLowerCase().replace(/\s/g, '')}.suivi`);
      return {
        from: `"${carrier}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Votre colis est en attente',
          'Échec de livraison',
          'Action requise : reprogrammer la livraison',
        ]),
        text,
      };
    },
  },
  {
    name: 'de-sextortion',
    kind: 'sextortion',
    lang: 'de',
    write(r, to) {
      const wallet = `bc1q${token(r, 38, 'acdefghjklmnpqrstuvwxyz023456789')}`;
      const text = [
        `Hallo ${to.first},`,
        'ich habe vor einigen Monaten über eine Sicherheitslücke Zugriff auf Ihr Gerät erhalten und Ihre Aktivitäten beobachtet.',
        'Ich habe Aufnahmen Ihrer Kamera beim Besuch von Erwachsenenseiten gemacht und alle Ihre Kontakte gespeichert.',
        `Wenn Sie nicht wollen, dass diese Videos an Ihre Kollegen und Familie gehen, überweisen Sie ${r.pick(['1.200', '1.500', '1.850'])} € in Bitcoin an folgende Adresse: ${wallet}`,
        'Sie haben 48 Stunden. Antworten Sie nicht auf diese E-Mail.',
      ].join('\n\n');
      const from = freemail(r, token(r, 8, 'abcdefghijklmnopqrstuvwxyz'));
      return {
        from: `<${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          `${to.first} ${to.last} – letzte Warnung`,
          'Ihr Gerät wurde gehackt',
          'Zahlung fällig',
        ]),
        text,
      };
    },
  },
  {
    name: 'it-bank-security-callback',
    kind: 'bank-fraud-alert-callback',
    lang: 'it',
    write(r, to) {
      const bank = r.pick(['Intesa Sanpaolo', 'UniCredit', 'BPER Banca', 'Poste Italiane']);
      const phone = `+39 ${int(r, 320, 393)} ${digits(r, 3)} ${digits(r, 4)}`;
      const text = [
        `Gentile ${to.first},`,
        r.pick([
          `abbiamo rilevato un accesso anomalo al Suo conto da un nuovo dispositivo e un bonifico di € ${amount(r, 900, 4900, true)} in attesa di autorizzazione.`,
          'la Sua carta è stata temporaneamente sospesa per un tentativo di pagamento non autorizzato.',
        ]),
        `Se non ha effettuato Lei l'operazione, contatti subito il nostro Ufficio Antifrode al numero ${phone}. Un operatore La guiderà per mettere in sicurezza i Suoi fondi.`,
        `Servizio Clienti ${bank}`,
      ].join('\n\n');
      const host = comboHost(r, bank.split(' ')[0].toLowerCase(), ['sicurezza', 'avvisi', 'antifrode']);
      return {
        from: `"${bank}" <avvisi@${host}>`,
        auth: registered(r, host),
        subject: r.pick(['Accesso anomalo rilevato', 'Operazione sospesa', 'Avviso di sicurezza']),
        text,
      };
    },
  },
  {
    name: 'jp-prime-membership',
    kind: 'marketplace-account-hold',
    lang: 'ja',
    write(r, to) {
      const href = r.pick([
        () => on(r, swappedHost(r, 'amazon'), ['jp/signin', 'prime/update']),
        () => on(r, comboHost(r, 'amazon', ['jp-prime', 'account', 'member']), ['ap/signin', 'jp']),
      ])();
      const html = panel({
        lang: 'ja',
        brand: 'Amazon',
        accent: '#232f3e',
        title: 'プライム会員の自動更新ができませんでした',
        lines: [
          `${to.called} 様`,
          r.pick([
            'お支払い方法に問題があるため、プライム会員の自動更新ができませんでした。',
            'お客様のアカウントで異常なログインが検出されたため、アカウントを一時的にロックしました。',
          ]),
          '24時間以内にお支払い情報を更新してください。更新がない場合、アカウントは停止されます。',
        ],
        action: { label: 'お支払い情報を更新', href },
        foot: 'Amazon.co.jp カスタマーサービス',
      });
      const host = randomHost(r);
      return {
        from: `"Amazon.co.jp" <account-update@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          '【重要】プライム会員の更新について',
          'Amazonアカウントを一時停止しました',
          'お支払い方法を更新してください',
        ]),
        html,
      };
    },
  },
  {
    name: 'kr-portal-login-alert',
    kind: 'webmail-login-alert',
    lang: 'ko',
    write(r, to) {
      const href = r.pick([
        () => on(r, comboHost(r, 'naver', ['security', 'login', 'nid']), ['kr/protect', 'login']),
        () => freeHosted(r, 'nid-security'),
      ])();
      const html = panel({
        lang: 'ko',
        brand: 'NAVER',
        accent: '#03c75a',
        title: '새로운 환경에서 로그인되었습니다',
        lines: [
          `${to.called}님의 계정이 ${r.pick(['중국', '베트남', '러시아'])}에서 로그인되었습니다.`,
          '본인이 아닌 경우 즉시 비밀번호를 변경하고 보호조치를 진행해 주세요.',
        ],
        facts: [
          ['접속 IP', `${int(r, 100, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`],
          ['일시', `2026.11.0${int(r, 1, 2)} ${int(r, 0, 23)}:${int(r, 10, 59)}`],
        ],
        action: { label: '보호조치 하기', href },
        foot: '본 메일은 발신 전용입니다.',
      });
      const host = randomHost(r);
      return {
        from: `"네이버" <nid@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          '[네이버] 새로운 환경에서 로그인 되었습니다',
          '[보안] 해외 로그인 알림',
          '계정 보호조치 안내',
        ]),
        html,
      };
    },
  },
  {
    name: 'cn-etc-certification',
    kind: 'toll-unpaid',
    lang: 'zh',
    write(r, to) {
      const href = r.pick([
        () => shortLink(r),
        () => on(r, wordHost(r, ['etc', 'renzheng', 'gaosu', 'cn']), ['m', 'etc']),
      ])();
      const text = `【ETC服务】尊敬的${to.called}，您的ETC认证已失效，车辆将无法正常通行高速，请于24小时内登录 ${href} 重新认证。如已办理请忽略。`;
      const from = freemail(r, 'etc.service');
      return {
        from: `"ETC服务中心" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['ETC认证失效通知', '【重要】ETC即将停用', '高速通行服务提醒']),
        text,
      };
    },
  },
  {
    name: 'id-wedding-invitation-apk',
    kind: 'malicious-apk-invitation',
    lang: 'id',
    write(r, to) {
      const from = freemail(r, r.pick(['rizky.nanda', 'sari.ayu', 'dimas.pratama']));
      const apk = storedZip('AndroidManifest.xml', Buffer.from('<manifest package="com.undangan.digital"/>'));
      return {
        from: `"${r.pick(['Rizky & Nanda', 'Sari dan Bima', 'Undangan Digital'])}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Undangan Pernikahan',
          'Undangan pernikahan kami 💍',
          `Untuk ${to.first}: undangan`,
        ]),
        text: [
          `Assalamualaikum ${to.first},`,
          r.pick([
            'Dengan memohon rahmat Allah SWT, kami bermaksud mengundang Bapak/Ibu/Saudara/i untuk hadir di acara pernikahan kami.',
            'Tanpa mengurangi rasa hormat, kami mengundang kamu ke acara pernikahan kami bulan depan.',
          ]),
          'Lokasi dan waktu ada di undangan digital terlampir, silakan dibuka di HP Android.',
          'Terima kasih 🙏',
        ].join('\n\n'),
        parts: [
          {
            type: 'application/vnd.android.package-archive',
            name: 'Undangan Pernikahan Digital.apk',
            content: apk,
          },
        ],
      };
    },
  },
  {
    name: 'tr-telecom-gift',
    kind: 'telecom-points-expiring',
    lang: 'tr',
    write(r, to) {
      const brand = r.pick(['Turkcell', 'Vodafone', 'Türk Telekom']);
      const gb = r.pick([20, 40, 50]);
      const href = r.pick([
        () => shortLink(r),
        () => on(r, wordHost(r, ['hediye', 'internet', 'kampanya', 'paket', 'tr']), ['tr/hediye', 'basvur']),
      ])();
      const text = `Değerli ${brand} abonemiz ${to.first}, ${r.pick(['Cumhuriyet Bayramı', 'yılbaşı', 'sadakat'])} kampanyası kapsamında ${gb} GB hediye internet kazandınız! Tanımlamak için son gün bugün: ${href}`;
      const host = randomHost(r);
      return {
        from: `"${brand}" <kampanya@${host}>`,
        auth: registered(r, host),
        subject: r.pick([`${gb} GB hediye internet`, 'Hediye paketiniz sizi bekliyor', 'Kampanya son gün']),
        ...bodies(r, text, note('tr', [text.replace(href, link(href))])),
      };
    },
  },
  {
    name: 'nl-family-new-number',
    kind: 'family-impersonation',
    lang: 'nl',
    write(r) {
      const from = freemail(r, r.pick(['lotte', 'timo', 'sophie', 'bas']));
      const phone = `+31 6 ${digits(r, 4)} ${digits(r, 4)}`;
      return {
        from: `<${from.address}>`,
        auth: from.auth,
        subject: r.pick(['Hoi mam', 'Hoi pap', 'nieuw nummer']),
        text: r.pick([
          `Hoi mam, mijn telefoon is kapot gevallen, dit is mijn nieuwe nummer: ${phone}. Kun je me even appen? Ik moet vandaag nog een rekening betalen en mijn bankapp doet het niet.`,
          `Hoi pap, ik mail je even omdat mijn telefoon in de reparatie is. Kun je me appen op ${phone}? Ik heb je hulp nodig met iets dringends.`,
        ]),
      };
    },
  },
  {
    name: 'pl-investment-ad',
    kind: 'investment-scam',
    lang: 'pl',
    write(r, to) {
      const href = r.pick([() => shortLink(r), () => on(r, randomHost(r), ['pl/artykul', 'rejestracja'])])();
      const html = panel({
        lang: 'pl',
        brand: r.pick(['Wiadomości Finansowe', 'Portal Inwestora', 'Rynek Dziś']),
        accent: '#c1121f',
        title: r.pick([
          'Polacy zarabiają na nowej platformie inwestycyjnej wspieranej przez państwową spółkę energetyczną',
          'Nowy program inwestycyjny: 4 800 zł tygodniowo z inwestycji w gaz',
        ]),
        lines: [
          `${to.first}, wystarczy wpłata 1 000 zł, a sztuczna inteligencja sama inwestuje w akcje spółek energetycznych.`,
          'Liczba miejsc dla nowych inwestorów jest ograniczona. Osobisty doradca zadzwoni do Ciebie w ciągu 24 godzin.',
        ],
        action: { label: 'Zarejestruj się', href },
        foot: 'Materiał promocyjny.',
      });
      const from = freemail(r, `inwestycje.${token(r, 4)}`);
      return {
        from: `"Portal Inwestora" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Ostatnie miejsca w programie inwestycyjnym',
          'Zarabiaj na energii',
          'Twoje zaproszenie',
        ]),
        html,
      };
    },
  },
  {
    name: 'ar-crypto-investment',
    kind: 'investment-scam',
    lang: 'ar',
    write(r, to) {
      const whatsapp = `+971 5${int(r, 0, 8)} ${digits(r, 3)} ${digits(r, 4)}`;
      const text = [
        `مرحباً ${to.called}،`,
        r.pick([
          `انضم إلى منصة التداول الذكية واحصل على أرباح يومية تصل إلى ${int(r, 3, 8)}٪ من استثمارك في العملات الرقمية. الحد الأدنى للإيداع 250 دولاراً فقط.`,
          'فرصة استثمارية مضمونة في الذهب والعملات الرقمية بإشراف خبراء معتمدين. الأرباح تُحوَّل إلى حسابك كل أسبوع.',
        ]),
        `للتسجيل تواصل مع مستشارك الشخصي عبر واتساب: ${whatsapp}`,
      ].join('\n\n');
      const from = freemail(r, `invest.gulf${digits(r, 2)}`);
      return {
        from: `"مستشار الاستثمار" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['فرصة استثمارية محدودة', 'أرباح يومية مضمونة', 'دعوة خاصة للاستثمار']),
        text,
      };
    },
  },
];
