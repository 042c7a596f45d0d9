// The fourteenth unseen set's mail in other languages, as the archives hold it: phishing in Spanish,
// Portuguese, German, French, Italian and Russian (banks, tax offices, parcels, webmail), and the ham of
// friends, family and services writing in those languages, often in iso-8859-1, windows-1252 or koi8-r.
import { zipOf } from './payloads.js';
import { forgedDmarc, type Mail, type Scene, type Template } from './unseen-14-scene.js';
import { onePagePdf } from './unseen-payloads.js';

function hackedSender(s: Scene, name: string, address: string): Pick<Mail, 'from' | 'auth' | 'mailer'> {
  const host = s.pick([
    'srv01.hosting-barato.example',
    'vps77.provedor.example.net',
    'web3.webhoster.example.de',
    'mail.serveur-mutualise.example',
  ]);
  return {
    from: [name, address],
    auth: {
      spf: s.pick(['pass', 'none', 'neutral']),
      mailfrom: host,
      dkim: 'none',
      dmarc: forgedDmarc(address.split('@')[1]),
    },
    mailer: 'script',
  };
}

function ownDomain(
  s: Scene,
  name: string,
  words: readonly string[],
  locals: readonly string[] = ['no-reply', 'service', 'info'],
): Pick<Mail, 'from' | 'auth'> {
  const domain = s.attackerDomain(words);
  return {
    from: [name, `${s.pick(locals)}@${domain}`],
    auth: s.throwaway(domain),
  };
}

const spanishBank: Template = {
  name: 'es-banco-verificacion',
  kind: 'bank-verification-es',
  make: (s) => {
    const [bank, domain] = s.pick([
      ['Santander', 'santander.es'],
      ['BBVA', 'bbva.es'],
      ['CaixaBank', 'caixabank.es'],
      ['Banco Sabadell', 'bancsabadell.com'],
      ['Bankinter', 'bankinter.com'],
    ]);
    const url = s.landing([bank.toLowerCase().replace(' ', ''), 'banca-online', 'seguridad'], 'acceso.php');
    const body = s.compose([
      s.pick(['Estimado cliente:', 'Estimado/a cliente,', 'Hola,']),
      `Hemos detectado ${s.pick(['un acceso no autorizado', 'actividad inusual', 'un intento de cargo no reconocido'])} en su cuenta de ${bank}. Por su seguridad, su banca online ha sido ${s.pick(['bloqueada', 'suspendida temporalmente', 'limitada'])}.`,
      `Para reactivar el acceso, confirme sus datos en las próximas ${s.pick(['24', '48'])} horas.`,
      { button: s.pick(['Verificar ahora', 'Acceder', 'Reactivar cuenta']), href: url },
      `Atentamente,\nDepartamento de Seguridad ${bank}`,
    ]);
    return {
      ...hackedSender(s, bank, `${s.pick(['seguridad', 'clientes', 'avisos'])}@${domain}`),
      subject: s.pick([
        `${bank}: Aviso de seguridad`,
        'Su cuenta ha sido bloqueada',
        'Verificación de datos necesaria',
        'Acceso restringido a su banca online',
      ]),
      charset: s.pick(['iso-8859-1', 'windows-1252', 'utf-8']),
      ...body,
    };
  },
};

const spanishLottery: Template = {
  name: 'es-loteria-premio',
  kind: 'lottery-es',
  make: (s) => {
    const agent = s.personName();
    const text = `${s.pick(['Estimado ganador:', 'FELICIDADES!!!', 'Atención ganador'])}\n\nLe informamos que su dirección de correo electrónico ha sido seleccionada en el sorteo de ${s.pick(['La Primitiva Internacional', 'El Gordo de Navidad', 'Loteria Euromillones'])} celebrado el ${s.int(1, 28)}/${s.int(1, 12)}/${s.year}. Ha ganado la suma de ${s.pick(['€815.000,00', '€1.250.000,00', '€500.000,00'])}.\n\nPara reclamar su premio, póngase en contacto con nuestro agente ${agent}: ${s.freemail(agent)}\nNúmero de referencia: ES/${s.digits(4)}/${s.token(4).toUpperCase()}\n\nAtentamente,\n${s.personName()}\nCoordinadora de premios`;
    const address = s.freemail(agent);
    return {
      from: [s.pick(['Loteria Internacional', 'Departamento de Premios']), address],
      auth: s.freemailAuth(address),
      mailer: 'person',
      subject: s.pick(['NOTIFICACIÓN DE PREMIO', 'Felicidades, usted ha ganado', 'Resultado del sorteo']),
      text,
      charset: 'iso-8859-1',
    };
  },
};

const portugueseBoleto: Template = {
  name: 'pt-boleto-receita',
  kind: 'tax-notice-pt',
  make: (s) => {
    const agency = s.pick(['Receita Federal', 'Autoridade Tributária', 'Serasa Experian', 'Correios']);
    const cpf = `${s.digits(3)}.${s.digits(3)}.${s.digits(3)}-${s.digits(2)}`;
    const url = s.landing(['receita', 'boleto', 'correios', 'gov-br'], 'consulta.php');
    const malware = s.chance(0.5);
    const text = `${s.pick(['Prezado(a) contribuinte,', 'Caro cliente,', 'Olá,'])}\n\n${s.pick([`Constam pendências no CPF ${cpf} junto à ${agency}.`, 'Seu boleto está disponível e vence hoje.', 'Sua encomenda está retida por falta de pagamento da taxa de importação.'])} ${malware ? 'Segue em anexo o documento para regularização.' : `Regularize sua situação em: ${url}`}\n\nEvite multas e bloqueio do seu CPF.\n\n${agency}`;
    return {
      ...(s.chance(0.5)
        ? hackedSender(s, agency, `noreply@${s.pick(['receita.fazenda.gov.br', 'correios.com.br'])}`)
        : ownDomain(
            s,
            agency,
            ['receita', 'boleto', 'notificacao'],
            ['atendimento', 'naoresponda', 'cobranca'],
          )),
      subject: s.pick([
        `Notificação: pendência no CPF ${cpf}`,
        'Boleto em anexo',
        'Aviso de cobrança',
        `${agency} - intimação`,
      ]),
      text,
      charset: s.pick(['iso-8859-1', 'utf-8']),
      attachments: malware
        ? [
            {
              type: 'application/zip',
              name: `Boleto_${s.digits(6)}.zip`,
              content: zipOf(`Boleto_${s.digits(6)}.pdf.vbs`),
            },
          ]
        : undefined,
    };
  },
};

const germanSparkasse: Template = {
  name: 'de-sparkasse-pushtan',
  kind: 'bank-verification-de',
  make: (s) => {
    const [bank, domain] = s.pick([
      ['Sparkasse', 'sparkasse.de'],
      ['Volksbank', 'volksbank.de'],
      ['Deutsche Bank', 'deutsche-bank.de'],
      ['Commerzbank', 'commerzbank.de'],
      ['Postbank', 'postbank.de'],
    ]);
    const url = s.landing([bank.toLowerCase().replace(' ', ''), 'pushtan', 'banking'], 'login.php');
    const body = s.compose([
      s.pick([
        'Sehr geehrte Kundin, sehr geehrter Kunde,',
        `Guten Tag ${s.recipient[0]},`,
        'Sehr geehrte Damen und Herren,',
      ]),
      `${s.pick(['aufgrund der neuen EU-Zahlungsdiensterichtlinie (PSD2)', 'wegen einer technischen Umstellung unseres S-pushTAN-Verfahrens', 'nach mehreren fehlgeschlagenen Anmeldeversuchen'])} müssen Sie Ihre Daten bis zum ${s.int(1, 28)}.${s.int(1, 12)}.${s.year} bestätigen. Andernfalls wird Ihr Online-Banking-Zugang gesperrt.`,
      { button: s.pick(['Jetzt bestätigen', 'Zur Verifizierung', 'Weiter']), href: url },
      `Mit freundlichen Grüßen\nIhre ${bank}`,
    ]);
    return {
      ...(s.chance(0.5)
        ? hackedSender(s, bank, `service@${domain}`)
        : ownDomain(s, bank, [bank.toLowerCase().replace(' ', ''), 'sicherheit'])),
      subject: s.pick([
        'Wichtige Mitteilung zu Ihrem Konto',
        'Ihr Online-Banking wurde eingeschränkt',
        'Aktualisierung erforderlich',
        'Sicherheitsüberprüfung',
      ]),
      charset: s.pick(['iso-8859-1', 'utf-8', 'windows-1252']),
      ...body,
    };
  },
};

const germanDhl: Template = {
  name: 'de-paket-zoll',
  kind: 'parcel-fee-de',
  make: (s) => {
    const url = s.landing(['dhl-paket', 'sendung', 'paket-zustellung'], 'zahlung');
    const body = s.compose([
      'Hallo,',
      `Ihr Paket mit der Sendungsnummer ${s.digits(12)} konnte nicht zugestellt werden, da ${s.pick(['die Zollgebühr von 1,99 € noch offen ist', 'die Adresse unvollständig war', 'niemand angetroffen wurde'])}.`,
      { button: s.pick(['Zustellung planen', 'Gebühr bezahlen', 'Sendung verfolgen']), href: url },
      'Ihr DHL Team',
    ]);
    return {
      ...ownDomain(s, s.pick(['DHL Paket', 'Deutsche Post', 'DHL Express']), ['dhl', 'paket', 'sendung']),
      subject: s.pick(['Ihr Paket wartet auf Sie', 'Zustellung fehlgeschlagen', 'Zollgebühr ausstehend']),
      ...body,
    };
  },
};

const frenchTax: Template = {
  name: 'fr-impots-remboursement',
  kind: 'tax-refund-fr',
  make: (s) => {
    const agency = s.pick(['impots.gouv.fr', 'Ameli - Assurance Maladie', 'CAF', 'ANTAI']);
    const url = s.landing(['impots-gouv', 'ameli-remboursement', 'antai-amende'], 'remboursement.php');
    const body = s.compose([
      s.pick(['Cher(e) contribuable,', 'Madame, Monsieur,', 'Cher assuré,']),
      `Après les derniers calculs de votre activité, nous avons déterminé que vous êtes éligible à recevoir un remboursement de ${s.pick(['312,48 €', '498,00 €', '1 021,60 €', '87,30 €'])}.`,
      'Veuillez compléter le formulaire afin que nous puissions traiter votre remboursement.',
      { button: s.pick(['Accéder au formulaire', 'Mon remboursement', 'Continuer']), href: url },
      `Référence : ${s.token(2).toUpperCase()}-${s.digits(8)}`,
      `Cordialement,\n${agency}`,
    ]);
    return {
      ...(s.chance(0.5)
        ? hackedSender(s, agency, `no-reply@${s.pick(['dgfip.finances.gouv.fr', 'ameli.fr'])}`)
        : ownDomain(s, agency, ['impots', 'ameli', 'remboursement'])),
      subject: s.pick([
        'Avis de remboursement',
        'Votre remboursement est en attente',
        'Remboursement d\u2019impôt',
        'Dernier rappel : remboursement',
      ]),
      charset: s.pick(['iso-8859-1', 'windows-1252', 'utf-8']),
      ...body,
    };
  },
};

const italianPoste: Template = {
  name: 'it-poste-carta',
  kind: 'bank-verification-it',
  make: (s) => {
    const [bank, domain] = s.pick([
      ['Poste Italiane', 'poste.it'],
      ['Intesa Sanpaolo', 'intesasanpaolo.com'],
      ['UniCredit', 'unicredit.it'],
      ['BancoPosta', 'poste.it'],
    ]);
    const url = s.landing(['poste', 'bancoposta', 'intesa', 'sicurezza'], 'verifica.php');
    const body = s.compose([
      s.pick(['Gentile cliente,', 'Caro cliente,', 'Gentile titolare,']),
      `la sua carta ${s.pick(['Postepay Evolution', 'BancoPosta', 'di credito'])} è stata ${s.pick(['temporaneamente sospesa', 'bloccata'])} a causa di ${s.pick(['un accesso non autorizzato', 'dati non aggiornati', 'attività sospette'])}.`,
      'Per ripristinare la sua carta è necessario verificare i dati entro 24 ore.',
      { button: s.pick(['Verifica ora', 'Accedi', 'Riattiva']), href: url },
      `Cordiali saluti,\n${bank}`,
    ]);
    return {
      ...(s.chance(0.5)
        ? hackedSender(s, bank, `info@${domain}`)
        : ownDomain(s, bank, ['poste', 'postepay', 'sicurezza'])),
      subject: s.pick([
        'La sua carta è stata sospesa',
        'Avviso di sicurezza',
        'Aggiornamento dati richiesto',
        'Comunicazione importante',
      ]),
      charset: s.pick(['iso-8859-1', 'utf-8']),
      ...body,
    };
  },
};

const russianBank: Template = {
  name: 'ru-sberbank-blokirovka',
  kind: 'bank-verification-ru',
  make: (s) => {
    const bank = s.pick(['Сбербанк', 'ВТБ', 'Альфа-Банк', 'Тинькофф']);
    const url = s.landing(['sberbank', 'online-bank', 'vtb-bank', 'lk-bank'], 'vhod.php');
    const body = s.compose([
      s.pick(['Уважаемый клиент!', 'Здравствуйте!', 'Уважаемый держатель карты!']),
      `Ваша карта ${s.pick(['заблокирована', 'временно ограничена'])} в связи с ${s.pick(['подозрительной операцией', 'попыткой несанкционированного доступа', 'обновлением системы безопасности'])}. Для разблокировки подтвердите свои данные в течение 24 часов.`,
      { button: s.pick(['Подтвердить', 'Разблокировать карту', 'Войти']), href: url },
      `С уважением,\n${bank}`,
    ]);
    return {
      ...ownDomain(s, bank, ['sber', 'bank-online', 'lk']),
      subject: s.pick([
        'Ваша карта заблокирована',
        'Уведомление службы безопасности',
        'Подтвердите операцию',
        'Важное сообщение',
      ]),
      charset: s.pick(['koi8-r', 'utf-8']),
      ...body,
    };
  },
};

const russianInvoice: Template = {
  name: 'ru-schet-oplata',
  kind: 'invoice-malware-ru',
  era: [2015, 2021],
  make: (s) => {
    const num = s.digits(4);
    const text = `${s.pick(['Добрый день!', 'Здравствуйте.', 'Коллеги, добрый день.'])}\n\n${s.pick(['Направляем счёт на оплату', 'Во вложении акт сверки', 'Прошу оплатить счёт'])} № ${num} от ${s.int(1, 28)}.${String(s.int(1, 12)).padStart(2, '0')}.${s.year}.\n\nС уважением,\n${s.pick(['бухгалтерия', 'отдел продаж', 'Ирина Смирнова'])}`;
    return {
      ...hackedSender(
        s,
        s.pick(['Бухгалтерия', 'ООО Техснаб']),
        `buh@${s.pick(['tehsnab-ural.example', 'stroy-komplekt.example.net'])}`,
      ),
      subject: s.pick([`Счёт на оплату № ${num}`, 'Акт сверки', 'Документы на оплату']),
      text,
      charset: s.pick(['koi8-r', 'utf-8']),
      attachments: [
        { type: 'application/zip', name: `Schet_${num}.zip`, content: zipOf(`Schet_${num}.pdf.exe`) },
      ],
    };
  },
};

const frenchWebmail: Template = {
  name: 'fr-messagerie-quota',
  kind: 'mailbox-quota-fr',
  make: (s) => {
    const url = s.landing(['webmail', 'messagerie', 'orange-mail'], 'valider.html');
    const text = `${s.pick(['Cher utilisateur,', 'Bonjour,', `Cher(e) ${s.address},`])}\n\nVotre boîte aux lettres ${s.pick(['a dépassé la limite de stockage', 'est pleine à 99 %', 'doit être migrée vers le nouveau serveur'])}. Vous ne pourrez plus envoyer ni recevoir de messages tant que vous n'aurez pas ${s.pick(['validé votre compte', 'confirmé votre identité', 'mis à jour vos paramètres'])}.\n\n${s.pick(['Cliquez ici pour valider', 'Validez maintenant', 'Accédez au portail'])} : ${url}\n\n${s.pick(["L'équipe Messagerie", 'Le service informatique', 'Administrateur Webmail'])}`;
    return {
      ...hackedSender(s, 'Administrateur Messagerie', `admin@${s.pick(['corp.example', 'orange.fr'])}`),
      subject: s.pick(['Votre boîte aux lettres est pleine', 'Validation de compte requise', 'Alerte quota']),
      text,
      html: s.chance(0.4)
        ? `<font face="Verdana" size="2">${text.replace(/\n/g, '<br>').replace(url, `<a href="${url}">${url}</a>`)}</font>`
        : undefined,
      charset: s.pick(['iso-8859-1', 'windows-1252']),
    };
  },
};

export const LOCAL_PHISHING: readonly Template[] = [
  spanishBank,
  spanishLottery,
  portugueseBoleto,
  germanSparkasse,
  germanDhl,
  frenchTax,
  italianPoste,
  russianBank,
  russianInvoice,
  frenchWebmail,
];

const germanFamily: Template = {
  name: 'de-familie-fotos',
  kind: 'ham',
  make: (s) => {
    const who = s.pick(['Mama', 'Tante Gisela', 'Opa Herbert', 'Katrin']);
    const address = `${s.pick(['gisela.hollander', 'h.hollander', 'katrin.h', 'mama.hollander'])}${s.int(1, 70)}@${s.pick(['gmx.de', 'web.de', 't-online.de'])}`;
    const text = `${s.pick(['Hallo Jens', 'Lieber Jens', 'Hallo mein Schatz'])},\n\n${s.pick(['anbei ein paar Fotos vom Geburtstag am Sonntag.', 'wir sind gut aus dem Urlaub zurück, das Wetter in Südtirol war herrlich.', 'kommst du Weihnachten nach Hause? Sag bitte bis Freitag Bescheid wegen der Gans.'])} ${s.pick(['Grüß die Kinder!', 'Papa lässt grüßen.', 'Ruf mal wieder an.'])}\n\n${s.pick(['Liebe Grüße', 'Viele Grüße', 'Bis bald'])}\n${who}`;
    return {
      from: [who, address],
      to: [['Jens Hollander', 'jens.hollander@corp.example']],
      auth: s.own(address.split('@')[1]),
      mailer: 'person',
      subject: s.pick(['Fotos', 'Weihnachten', 'Wir sind zurück', 'Re: Sonntag', 'Grüße aus Bremen']),
      text,
      charset: s.pick(['iso-8859-1', 'utf-8']),
      attachments: s.chance(0.4)
        ? [
            {
              type: 'application/pdf',
              name: 'Einladung.pdf',
              content: onePagePdf(['Einladung', 'Omas 80. Geburtstag', 'Samstag, 15 Uhr']),
            },
          ]
        : undefined,
    };
  },
};

const frenchFriend: Template = {
  name: 'fr-ami-diner',
  kind: 'ham',
  make: (s) => {
    const friend = s.pick(['Camille', 'Julien', 'Sophie', 'Thomas']);
    const address = `${friend.toLowerCase()}.${s.pick(['martin', 'bernard', 'dubois'])}@${s.pick(['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'])}`;
    const text = `${s.pick(['Salut Michel', 'Coucou Michel', 'Bonjour Michel'])},\n\n${s.pick(['Ça te dit un dîner samedi soir ? On pensait à la brasserie près de la gare.', 'Merci encore pour le week-end, c\u2019était génial. Je t\u2019envoie les photos dès que possible.', 'Tu as toujours la perceuse que je t\u2019ai prêtée ? J\u2019en aurais besoin la semaine prochaine.'])}\n\n${s.pick(['Bises', 'À bientôt', 'Amitiés'])},\n${friend}`;
    return {
      from: [friend, address],
      to: [['Michel Arnaud', 'marnaud@corp.example']],
      auth: s.own(address.split('@')[1]),
      mailer: 'person',
      subject: s.pick(['Samedi ?', 'Re: week-end', 'Perceuse', 'Dîner']),
      text,
      charset: s.pick(['iso-8859-1', 'windows-1252', 'utf-8']),
    };
  },
};

const spanishWork: Template = {
  name: 'es-trabajo-obra',
  kind: 'ham',
  make: (s) => {
    const who = s.pick(['Javier Ortega', 'Marta Gil', 'Andrés Rubio']);
    const domain = s.pick(['ingenieria-levante.example.es', 'constructora-norte.example.com']);
    const address = `${who
      .split(' ')[0]
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}@${domain}`;
    const text = `Hola Beatriz,\n\n${s.pick(['Te adjunto el acta de la reunión de obra del martes.', 'Confirmamos la visita a la obra el jueves a las 10:00.', '¿Podrías revisar los planos de la cimentación antes del viernes?'])}\n\nUn saludo,\n${who}\n${domain.split('.')[0]}`;
    return {
      from: [who, address],
      to: [['Beatriz Molina', 'bmolina@corp.example']],
      auth: s.own(domain),
      mailer: 'person',
      subject: s.pick(['Acta reunión de obra', 'Visita jueves', 'RE: planos cimentación']),
      text,
      charset: s.pick(['iso-8859-1', 'utf-8']),
      attachments: s.chance(0.5)
        ? [
            {
              type: 'application/pdf',
              name: 'Acta_reunion.pdf',
              content: onePagePdf([
                'Acta de reunión',
                'Asistentes: B. Molina, J. Ortega',
                'Próxima reunión: martes',
              ]),
            },
          ]
        : undefined,
    };
  },
};

const portugueseFamily: Template = {
  name: 'pt-familia-noticias',
  kind: 'ham',
  make: (s) => {
    const address = `${s.pick(['maria.ferreira', 'ana.lucia', 'jose.ferreira'])}${s.int(50, 80)}@${s.pick(['uol.com.br', 'bol.com.br', 'terra.com.br', 'sapo.pt'])}`;
    const text = `${s.pick(['Oi filha', 'Querida Lúcia', 'Olá Lucia'])},\n\n${s.pick(['Como vão as coisas aí? Aqui está tudo bem, o seu pai já está melhor da gripe.', 'A festa de aniversário da vovó será no dia 12. Você consegue vir?', 'Mandei as receitas que você pediu, a do bolo de fubá está no final.'])}\n\n${s.pick(['Beijos', 'Um abraço', 'Saudades'])},\nMãe`;
    return {
      from: ['Maria Ferreira', address],
      to: [['Lucia Ferreira', 'lucia.ferreira@corp.example']],
      auth: s.own(address.split('@')[1]),
      mailer: 'person',
      subject: s.pick(['Notícias', 'Aniversário da vovó', 'Receitas', 'Saudades']),
      text,
      charset: s.pick(['iso-8859-1', 'utf-8']),
    };
  },
};

const italianNewsletter: Template = {
  name: 'it-newsletter-trenitalia',
  kind: 'ham',
  make: (s) => {
    const from = s.pick([
      {
        name: 'Trenitalia',
        address: 'noreply@trenitalia.it',
        subject: 'Il tuo biglietto',
        line: `Biglietto ${s.pick(['Milano Centrale - Roma Termini', 'Torino - Venezia S. Lucia'])}, codice PNR ${s.token(6).toUpperCase()}. Buon viaggio!`,
      },
      {
        name: 'Corriere della Sera',
        address: 'newsletter@corriere.it',
        subject: 'Le notizie del giorno',
        line: 'Le principali notizie di oggi, selezionate dalla redazione.',
      },
      {
        name: 'Feltrinelli',
        address: 'news@lafeltrinelli.it',
        subject: 'Novità in libreria',
        line: 'Scopri le novità del mese e gli eventi nelle nostre librerie.',
      },
    ]);
    const body = s.compose([
      `Gentile ${s.recipient[0].split(' ')[0]},`,
      from.line,
      {
        button: 'Apri',
        href: `https://www.${from.address.split('@')[1]}/${s.pick(['account', 'news', 'offerte'])}?utm_source=newsletter&utm_medium=email`,
      },
      `Hai ricevuto questa email perché sei iscritto. Per cancellarti: https://www.${from.address.split('@')[1]}/unsubscribe`,
    ]);
    return {
      from: [from.name, from.address],
      auth: s.own(from.address.split('@')[1], `bounce.${from.address.split('@')[1]}`),
      mailer: 'bulk',
      headers: [`List-Unsubscribe: <https://www.${from.address.split('@')[1]}/unsubscribe?u=${s.token(12)}>`],
      subject: from.subject,
      charset: 'utf-8',
      ...body,
    };
  },
};

const russianFriend: Template = {
  name: 'ru-drug-pismo',
  kind: 'ham',
  make: (s) => {
    const [name, short, local] = s.pick([
      ['Лена Орлова', 'Лена', 'lena.orlova'],
      ['Дмитрий Козлов', 'Дима', 'dima.k'],
      ['Наташа', 'Наташа', 'natasha77'],
    ]);
    const address = `${local}@${s.pick(['mail.ru', 'yandex.ru', 'rambler.ru'])}`;
    const text = `${s.pick(['Привет, Света!', 'Светочка, привет!', 'Здравствуй, Света.'])}\n\n${s.pick(['Как ты? Мы наконец переехали, адрес пришлю отдельно.', 'Спасибо за фотографии, очень красиво получилось!', 'В субботу собираемся у Кати, приходи, если сможешь.'])}\n\n${s.pick(['Обнимаю', 'Целую', 'Пока'])},\n${short}`;
    return {
      from: [name, address],
      to: [['Svetlana Orlova', 's.orlova@corp.example']],
      auth: s.own(address.split('@')[1]),
      mailer: 'person',
      subject: s.pick(['Привет', 'Новости', 'Суббота', 'Re: фото']),
      text,
      charset: s.pick(['koi8-r', 'utf-8']),
    };
  },
};

export const LOCAL_HAM: readonly Template[] = [
  germanFamily,
  frenchFriend,
  spanishWork,
  portugueseFamily,
  italianNewsletter,
  russianFriend,
];
