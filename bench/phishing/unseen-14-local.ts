// The second half of the fourteenth unseen set's phishing, and its mail in other languages: English lures
// from sextortion to fake bounces (extortion, domain and IT notices, QR codes, disk images, locked zips,
// forms in the body, IP-literal links, BEC), phishing in Spanish, Portuguese, German, French, Italian and
// Russian (banks, tax offices, parcels, webmail), and the ham of friends, family and services writing in
// those languages, often in iso-8859-1, windows-1252 or koi8-r.
import { diskImage, legacyMacroDocument, qrPng, zipOf } from './payloads.js';
import {
  BANKS,
  forgedDmarc,
  fraudster,
  greet,
  hidden,
  inlineForm,
  type Mail,
  type Scene,
  type Template,
  viaHackedHost,
  webmailHost,
} from './unseen-14-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

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

const sextortion: Template = {
  name: 'sextortion-bitcoin',
  kind: 'sextortion',
  era: [2018, 2026],
  make: (s) => {
    const wallet = `${s.pick(['1', '3'])}${s.token(33)}`;
    const pass = s.pick(['summer2012', 'Qwerty123', 'hallbeck1', 'letmein!']);
    const text = [
      s.pick([`Hello ${s.address}!`, 'Hi, victim.', 'Hello!']),
      s.pick([
        `I know ${pass} is one of your passwords.`,
        'I have some bad news for you.',
        "You don't know me but I know you very well.",
      ]),
      'Some months ago I got access to your device and installed a program that recorded the screen and the camera. I have the video of you while you were watching adult sites.',
      `Send ${s.pick(['$1450', '$950', '$2000'])} in Bitcoin to my wallet: ${wallet}`,
      'You have 48 hours. I get a notification when you open this letter. If I do not receive the payment, the video will go to all your contacts.',
    ].join('\n\n');
    const own = s.recipient[1];
    return {
      from: [s.pick(['', s.recipient[0]]), own],
      auth: { spf: s.pick(['softfail', 'fail']), mailfrom: own.split('@')[1], dkim: 'none', dmarc: 'fail' },
      mailer: 'script',
      subject: s.pick([
        `${s.address}`,
        'Your account is hacked',
        `Security Alert. ${s.first}, your password is compromised`,
        'Pending payment',
        `${pass}`,
      ]),
      text,
    };
  },
};

const domainExpiry: Template = {
  name: 'domain-expiry',
  kind: 'domain-renewal-scam',
  make: (s) => {
    const url = s.landing(['domain-renew', 'dns-services', 'webhost'], 'renew');
    const body = s.compose([
      `Attn: ${s.pick(['Domain Owner', 'Administrator', s.recipient[0]])}`,
      `Your domain corp.example ${s.pick(['expires in 3 days', 'has expired', 'is scheduled for deletion'])}. ${s.pick(['Your website and email will stop working.', 'All associated services will be suspended.'])}`,
      { button: s.pick(['Renew Now', 'Restore Domain', 'Pay Now']), href: url },
      `Order: corp.example - 1 year - ${s.money(29, 89)}`,
      s.pick([
        'This is not a bill. This is a search engine optimisation offer.',
        'Domain Name Services Registry',
        'cPanel Billing Department',
      ]),
    ]);
    const own = `${s.pick(['billing', 'renewals', 'noreply'])}@${s.attackerDomain(['domain', 'dns', 'registry'])}`;
    return {
      from: [s.pick(['Domain Service', 'cPanel', 'DNS Registry', 'Webmaster']), own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        'corp.example expiration notice',
        'Final notice: corp.example',
        'Domain suspension',
        'Your cPanel account will be suspended',
      ]),
      ...body,
    };
  },
};

const itDeactivation: Template = {
  name: 'it-helpdesk-deactivation',
  kind: 'it-helpdesk-spoof',
  make: (s) => {
    const url = s.landing(['corp-example', 'helpdesk', 'it-support'], 'verify.html');
    const text = `${s.pick(['Dear Employee', 'Hello', `Hi ${s.first}`])},\n\nWe ${s.pick(['received a request to deactivate your email account', 'are performing maintenance on our Exchange server', 'noticed your account has not been verified'])}. If you did not make this request, ${s.pick(['cancel it', 'verify your account'])} here:\n\n${url}\n\nIf not verified within 24 hours your account will be deactivated.\n\nIT Help Desk\nHallbeck Engineering`;
    const sender = s.pick([
      viaHackedHost(s, 'IT Help Desk', 'helpdesk@corp.example'),
      s.sender(
        'Hallbeck IT Support',
        `support@${s.pick(['corp-example.net', 'corpexample-it.com', 'corp.example.helpdesk-mail.com'])}`,
      ),
      fraudster(s, 'IT Department'),
    ]);
    return {
      ...sender,
      subject: s.pick([
        'Account Deactivation Request',
        'IT Notice: Verify your account',
        'Email Maintenance',
        '[IT] Action required',
      ]),
      text,
      html: s.chance(0.4)
        ? `<p>${text.replace(/\n/g, '<br>').replace(url, `<a href="${url}">https://portal.corp.example/verify</a>`)}</p>`
        : undefined,
    };
  },
};

const qrMfa: Template = {
  name: 'qr-mfa-reenrol',
  kind: 'qr-code-lure',
  era: [2022, 2026],
  make: async (s) => {
    const url = s.landing(['mfa', 'authenticator', 'office365'], 'enrol');
    const text = `${s.pick(['Dear user', `Hello ${s.first}`])},\n\nYour ${s.pick(['Multi-Factor Authentication', 'Microsoft Authenticator', '2FA'])} settings expire ${s.pick(['today', 'within 48 hours'])}. ${s.pick(['Scan the QR code below with your phone camera to re-enrol.', 'To avoid losing access to email, scan the code with the Authenticator app.', 'Use your mobile device to scan the code and confirm your sign-in method.'])}\n\n${s.pick(['IT Security', 'Microsoft 365 Admin', 'Hallbeck IT'])}`;
    const own = `${s.pick(['security', 'mfa'])}@${s.attackerDomain(['mfa', 'microsoft-auth'])}`;
    return {
      from: [s.pick(['Microsoft Security', 'IT Security', 'MFA Admin']), own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        'Action required: MFA re-enrolment',
        '2FA update required',
        'Your authenticator expires today',
      ]),
      text: s.chance(0.5) ? text : undefined,
      html: `<div style="font-family:Segoe UI">${text.replace(/\n/g, '<br>')}<br><img src="cid:mfa.png" width="200"></div>`,
      attachments: [{ type: 'image/png', name: 'mfa.png', content: await qrPng(url), inline: true }],
    };
  },
};

const purchaseOrderIso: Template = {
  name: 'purchase-order-iso',
  kind: 'disk-image-attachment',
  era: [2019, 2026],
  make: (s) => {
    const po = `PO${s.digits(7)}`;
    const name = s.personName();
    const text = `${s.pick(['Dear Sir/Madam', 'Hello', 'Good day'])},\n\nPlease find our ${s.pick(['new purchase order', 'order specification', 'request for quotation'])} ${po} attached. Kindly send your best price and delivery time.\n\nBest regards,\n${name}\n${s.pick(['Purchasing Manager', 'Procurement'])}\n${s.pick(['Shenzhen Huaxin Trading Co., Ltd', 'Al Noor General Trading LLC', 'Anatolia Makina A.S.', 'Vinh Phat Industrial JSC'])}`;
    const attachment = s.pick([
      { type: 'application/x-iso9660-image', name: `${po}.iso`, content: diskImage() },
      { type: 'application/octet-stream', name: `${po}.img`, content: diskImage() },
      { type: 'application/x-rar-compressed', name: `${po}.r00`, content: zipOf(`${po}.exe`) },
      { type: 'application/x-gzip', name: `${po}.pdf.gz`, content: zipOf(`${po}.pdf.exe`) },
    ]);
    return {
      ...fraudster(s, name),
      subject: s.pick([`New Order ${po}`, `RFQ - ${po}`, `Purchase Order #${po}`, 'Inquiry']),
      text,
      attachments: [attachment],
    };
  },
};

const protectedInvoice: Template = {
  name: 'password-zip-invoice',
  kind: 'encrypted-archive',
  make: (s) => {
    const pass = s.digits(4);
    const num = s.digits(6);
    const text = `${s.pick(['Good morning', 'Hi', 'Hello'])},\n\n${s.pick(['Attached is the requested document', 'Please see the invoice attached', 'Here is the contract we discussed'])}.\nPassword for the file: ${pass}\n\n${s.personName()}`;
    const quoted = s.chance(0.5)
      ? `\n\n-----Original Message-----\nFrom: ${s.recipient[0]}\nSent: ${s.day()}\nSubject: ${s.pick(['Site visit', 'Timesheets', 'Drawings rev C'])}\n\n${s.pick(['Thanks, see you Monday.', 'Can you send the updated version?'])}`
      : '';
    const sender = s.pick([
      viaHackedHost(
        s,
        s.personName(),
        `${s.token(6).toLowerCase()}@${s.pick(['meridian-surveys.example', 'northfield-cpa.example'])}`,
      ),
      fraudster(s, s.personName()),
    ]);
    return {
      ...sender,
      subject: s.pick([
        `RE: ${s.pick(['Site visit', 'Timesheets', 'Drawings rev C'])}`,
        `Invoice ${num}`,
        `Document ${num}`,
      ]),
      text: text + quoted,
      attachments: [
        {
          type: 'application/zip',
          name: `${s.pick(['Invoice', 'Doc', 'Contract'])}_${num}.zip`,
          content: protectedZip(`${num}.js`, s.int(1, 9999)),
        },
      ],
    };
  },
};

const pdfLure: Template = {
  name: 'pdf-link-lure',
  kind: 'pdf-link',
  make: (s) => {
    const url = s.landing(['adobe', 'docs-view', 'pdf-online'], 'view');
    const brand = s.pick(['Adobe Acrobat', 'OneDrive', 'Dropbox', 'WeTransfer', 'Box']);
    const pdf = onePagePdf(
      [`${brand}`, 'This document is protected.', 'You need to sign in to view it.', 'VIEW DOCUMENT'],
      { link: url },
    );
    const sender = s.pick([
      viaHackedHost(
        s,
        s.personName(),
        `accounts@${s.pick(['meridian-surveys.example', 'cityofbrookdale.example.gov'])}`,
      ),
      fraudster(s, s.personName()),
    ]);
    return {
      ...sender,
      subject: s.pick([
        'Document for review',
        `${brand}: shared file`,
        'Scanned document',
        `Proposal - ${s.day()}`,
      ]),
      text: s.pick([
        'Please see attached.',
        'Find attached the document for your review.',
        `${brand} secure document attached.`,
        '',
      ]),
      attachments: [
        {
          type: 'application/pdf',
          name: s.pick(['Document.pdf', `Scan_${s.digits(8)}.pdf`, 'Proposal.pdf']),
          content: pdf,
        },
      ],
    };
  },
};

const covidGrant: Template = {
  name: 'covid-relief',
  kind: 'pandemic-lure',
  era: [2020, 2022],
  make: (s) => {
    const url = s.landing(['covid19-relief', 'who-update', 'stimulus'], 'apply');
    const body = s.compose([
      s.pick(['Dear Sir/Madam,', 'To all staff,', 'Dear Employee,']),
      s.pick([
        'The World Health Organization has released new safety measures against the Coronavirus (COVID-19). Download the document to protect yourself.',
        'You are eligible for a COVID-19 relief payment of $1,200. Confirm your details to receive it.',
        'A co-worker you were in contact with has tested positive. Open the list of affected staff below.',
      ]),
      { button: s.pick(['Safety Measures', 'Apply Now', 'View list']), href: url },
      { sig: [s.pick(['Dr. Stella Chungong, WHO', 'HR Department', 'Stimulus Payment Center'])] },
    ]);
    const own = `${s.pick(['info', 'alert'])}@${s.attackerDomain(['covid', 'health', 'relief'])}`;
    return {
      from: [s.pick(['World Health Organization', 'HR', 'CDC Health Alert']), own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        'COVID-19 Safety Measures',
        'Coronavirus: staff exposure',
        'Your COVID-19 relief payment',
        'Covid-19 Vaccine Schedule',
      ]),
      ...body,
    };
  },
};

const socialCopyright: Template = {
  name: 'page-copyright-violation',
  kind: 'social-media-violation',
  make: (s) => {
    const brand = s.pick(['Facebook', 'Meta for Business', 'Instagram', 'Twitter', 'LinkedIn']);
    const url = s.pick([
      s.landing(['meta-support', 'fb-appeal', 'business-help'], 'appeal'),
      `https://${s.pick(['sites.example-builder.com', 'forms.example-app.net'])}/${s.token(10)}/appeal`,
    ]);
    const body = s.compose([
      `${brand} Support`,
      `Your page ${s.pick(['Hallbeck Engineering', 'HallbeckEng', 'Hallbeck Careers'])} ${s.pick(['has been reported for copyright infringement', 'violates our Community Standards', 'will be permanently deleted in 48 hours'])}.`,
      `If you believe this is a mistake, submit an appeal:`,
      { button: 'Appeal', href: url },
      `Case number #${s.digits(10)}`,
    ]);
    const own = `${s.pick(['support', 'noreply'])}@${s.attackerDomain(['meta-business', 'page-support', 'fbhelp'])}`;
    return {
      from: [brand, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        'Your page has been disabled',
        'Copyright violation notice',
        `${brand}: final warning`,
        'Page restriction appeal',
      ]),
      ...body,
    };
  },
};

const linkedinFake: Template = {
  name: 'linkedin-message',
  kind: 'social-network-lure',
  era: [2015, 2022],
  make: (s) => {
    const who = s.personName();
    const url = s.landing(['linkedin', 'lnkd-messages', 'professional-network']);
    const body = s.compose(
      [
        `${who} ${s.pick(['sent you a message', 'wants to connect', 'viewed your profile'])}`,
        `${s.pick(['Senior Recruiter at', 'Director at', 'Hiring Manager at'])} ${s.pick(['Siemens', 'Arup', 'Jacobs Engineering', 'AECOM'])}`,
        `"${s.pick([`Hi ${s.first}, I have an opportunity that matches your profile. Please view the details.`, 'Hello, I would like to add you to my professional network.'])}"`,
        { button: s.pick(['View message', 'Accept', 'Reply']), href: url },
        'You are receiving LinkedIn notification emails.',
      ],
      'html',
    );
    const own = `${s.pick(['messages-noreply', 'invitations'])}@${s.attackerDomain(['linkedin', 'lnkd'])}`;
    return {
      from: [`${who} via LinkedIn`, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `${who} sent you a message`,
        `Invitation to connect on LinkedIn`,
        `You appeared in ${s.int(5, 40)} searches this week`,
      ]),
      ...body,
    };
  },
};

const dropboxFake: Template = {
  name: 'file-transfer-fake',
  kind: 'file-share-lure',
  era: [2016, 2026],
  make: (s) => {
    const brand = s.pick(['Dropbox', 'WeTransfer', 'Google Drive', 'Box']);
    const who = s.personName();
    const url = s.landing([brand.toLowerCase().replace(' ', ''), 'fileshare', 'transfer'], 'download');
    const body = s.compose(
      [
        `${who} ${s.pick(['sent you files', 'shared a folder with you', 'invited you to view'])}`,
        `${s.int(1, 9)} ${s.pick(['files', 'items'])}, ${s.int(2, 450)} MB in total - ${s.pick(['Project Documents', 'Payment copies', 'Signed Agreement', 'Site Photos'])}`,
        { button: s.pick(['Download', 'View folder', 'Get your files']), href: url },
        `Files deleted in ${s.int(3, 7)} days`,
      ],
      s.pick(['html', 'both'] as const),
    );
    const own = `${s.pick(['noreply', 'no-reply'])}@${s.attackerDomain([brand.toLowerCase().replace(' ', ''), 'share'])}`;
    return {
      from: [`${who} via ${brand}`, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `${who} sent you files via ${brand}`,
        `${who} shared "${s.pick(['Documents', 'Invoices'])}" with you`,
        `You have received ${s.int(2, 6)} files`,
      ]),
      ...body,
    };
  },
};

const cardBlocked: Template = {
  name: 'card-blocked',
  kind: 'payment-card',
  make: (s) => {
    const brand = s.pick([
      'Visa',
      'Mastercard',
      'American Express',
      'Verified by Visa',
      'Mastercard SecureCode',
    ]);
    const domain = brand.includes('Visa')
      ? 'visa.com'
      : brand.includes('Master')
        ? 'mastercard.com'
        : 'americanexpress.com';
    const url = s.landing(['card-security', 'visa-verify', 'securecode'], 'unlock.php');
    const body = s.compose([
      greet(s),
      `Your ${brand} card ending in ${s.digits(4)} has been ${s.pick(['blocked', 'temporarily suspended', 'flagged'])} after ${s.pick(['a suspicious transaction', 'three incorrect PIN entries', 'an unusual purchase abroad'])}.`,
      { button: s.pick(['Unlock my card', 'Confirm card', 'Reactivate']), href: url },
      `${brand} Security Department`,
    ]);
    return {
      ...viaHackedHost(s, brand, `${s.pick(['alert', 'security'])}@${domain}`),
      subject: s.pick([
        `Your ${brand} card has been blocked`,
        'Card security alert',
        'Unusual card activity detected',
      ]),
      ...body,
    };
  },
};

const compensation: Template = {
  name: 'un-compensation-fund',
  kind: 'compensation-scam',
  make: (s) => {
    const text = [
      s.pick(['Attention: Beneficiary', 'Dear Beneficiary,', 'ATTN: SCAM VICTIM']),
      `This is to inform you that the ${s.pick(['United Nations Compensation Commission', 'IMF Debt Recovery Unit', 'World Bank Payment Office'])} has approved the payment of ${s.pick(['$1,500,000.00', '$850,000.00', '$3.2 Million'])} to you as a victim of ${s.pick(['internet fraud', 'unpaid contract', 'scam'])}.`,
      `Your payment will be released via ATM card. Contact ${s.personName()} on ${s.freemail(s.personName())} and reconfirm your details. A delivery fee of $${s.int(95, 450)} applies.`,
      `Regards,\n${s.personName()}`,
    ].join('\n\n');
    return {
      ...fraudster(s, s.pick(['United Nations', 'Compensation Unit', 'IMF Office'])),
      subject: s.pick([
        'Compensation Payment',
        'Your ATM Card Payment',
        'UN approved payment',
        'Fund release notification',
      ]),
      text,
    };
  },
};

const callbackAntivirus: Template = {
  name: 'antivirus-renewal-callback',
  kind: 'callback-phishing',
  era: [2021, 2026],
  make: (s) => {
    const product = s.pick([
      'Norton 360 Deluxe',
      'McAfee Total Protection',
      'Geek Squad Protection',
      'PayPal Invoice',
      'Windows Defender Firewall',
    ]);
    const phone = `+1 (${s.pick(['808', '844', '877', '888'])}) ${s.int(200, 999)}-${s.digits(4)}`;
    const body = s.compose([
      `Dear ${s.pick(['Customer', 'Member', s.first])},`,
      `Your ${product} subscription has been renewed ${s.pick(['automatically', 'for 3 years', 'successfully'])}. ${s.money(299, 499)} will be charged within 24 hours.`,
      {
        list: [
          `Invoice: ${s.token(3).toUpperCase()}${s.digits(8)}`,
          `Date: ${s.day()}`,
          'Payment: Auto-debit',
        ],
      },
      `If you wish to cancel and get a refund, call our billing department: ${phone}`,
    ]);
    const sender = s.pick([
      fraudster(s, `${product.split(' ')[0]} Billing`),
      s.sender(product, `billing@${s.attackerDomain(['renewal', 'subscription'])}`),
    ]);
    return {
      ...sender,
      subject: s.pick([
        `Your ${product} renewal`,
        `Order confirmation #${s.digits(9)}`,
        'Subscription renewed',
        'Thank you for your payment',
      ]),
      ...body,
      attachments: s.chance(0.4)
        ? [
            {
              type: 'application/pdf',
              name: 'Invoice.pdf',
              content: onePagePdf([product, 'Renewal invoice', `Call ${phone} to cancel`]),
            },
          ]
        : undefined,
    };
  },
};

const tollFine: Template = {
  name: 'unpaid-toll',
  kind: 'government-fine',
  era: [2023, 2026],
  make: (s) => {
    const agency = s.pick(['E-ZPass', 'SunPass', 'FasTrak', 'DVLA', 'TxTag']);
    const url = s.landing(['ezpass', 'toll-service', 'dvla-pay', 'fines'], 'pay');
    const body = s.compose(
      [
        `${agency}: ${s.pick(['You have an unpaid toll', 'Outstanding penalty charge', 'Final notice'])} of ${s.money(3, 12)}.`,
        `To avoid a late fee of ${s.money(40, 80)} please pay by ${s.day()}.`,
        { link: url, label: 'Pay online' },
      ],
      s.pick(['text', 'html'] as const),
    );
    const own = `${s.pick(['notice', 'billing'])}@${s.attackerDomain(['toll', 'ezpass', 'penalty'])}`;
    return {
      from: [agency, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `${agency} unpaid toll notice`,
        'Penalty charge notice',
        'Final notice before legal action',
      ]),
      ...body,
    };
  },
};

const surveyPrize: Template = {
  name: 'reward-survey',
  kind: 'reward-survey',
  make: (s) => {
    const shop = s.pick(['Walmart', 'Costco', 'Kohl\u2019s', 'Tesco', 'Lidl', 'Home Depot']);
    const url = s.tracked(
      `click.${s.attackerDomain(['rewards', 'survey'])}`,
      s.landing(['reward', 'survey', 'prize'], 'survey'),
    );
    const img = `https://${s.attackerDomain(['img', 'cdn'])}/${s.token(10)}.jpg`;
    const html = `<html><body><center><table width="600"><tr><td><img src="${img}" usemap="#m" border="0" width="600" height="700"><map name="m"><area shape="rect" coords="0,0,600,700" href="${url}"></map>${hidden(s)}</td></tr><tr><td style="font-size:10px;color:#999">${s.pick(['To unsubscribe', 'Remove me', 'Opt out'])}: <a href="${s.tracked(`click.${s.attackerDomain(['unsub'])}`, 'unsubscribe')}">here</a></td></tr></table></center></body></html>`;
    const own = `${s.pick(['rewards', 'survey', 'info'])}@${s.attackerDomain(['rewards', 'survey', 'loyal'])}`;
    return {
      from: [`${shop} ${s.pick(['Rewards', 'Survey', 'Customer Opinion'])}`, own],
      auth: s.throwaway(own.split('@')[1]),
      mailer: 'bulk',
      subject: s.pick([
        `${s.first}, you've been selected`,
        `Your ${shop} reward is waiting`,
        `Congratulations! Claim your ${s.money(50, 500)} gift card`,
        'Quick 30-second survey',
      ]),
      html,
    };
  },
};

const courtSummons: Template = {
  name: 'court-summons',
  kind: 'legal-threat-malware',
  make: (s) => {
    const court = s.pick(['County Court', 'Magistrates Court', 'District Court', 'Federal Court']);
    const file = s.pick([
      {
        type: 'application/zip',
        name: `Court_Notice_${s.digits(6)}.zip`,
        content: zipOf(`Court_Notice_${s.digits(6)}.doc.js`),
      },
      { type: 'application/msword', name: 'Summons.doc', content: legacyMacroDocument() },
    ]);
    const text = `${s.pick(['Notice to Appear', 'Summons', 'Hearing notification'])},\n\nYou are ${s.pick(['required to appear', 'hereby summoned'])} in the ${court} on ${s.day()} for ${s.pick(['illegal software use', 'an unpaid debt', 'a traffic violation'])}.\nPlease find the court notice attached.\n\nClerk of the Court\n${court}`;
    return {
      ...viaHackedHost(
        s,
        s.pick(['Clerk of the Court', court, 'Court Agent']),
        `${s.pick(['clerk', 'notice'])}@${s.pick(['court-notices.example.net', 'county-court.example.org'])}`,
      ),
      subject: s.pick([
        `Notice to appear in court #${s.digits(5)}`,
        'Court summons',
        'Hearing of your case',
        'Pretrial notice',
      ]),
      text,
      attachments: [file],
    };
  },
};

const hrPolicy: Template = {
  name: 'hr-salary-review',
  kind: 'hr-lure',
  make: (s) => {
    const url = s.landing(['hr-portal', 'staff-review', 'payroll'], 'review.html');
    const body = s.compose([
      `${s.pick(['Dear', 'Hello', 'Hi'])} ${s.first},`,
      s.pick([
        `Your ${s.year} salary review has been completed. Please sign in to view your adjustment letter.`,
        'An updated employee handbook and holiday schedule requires your acknowledgement by Friday.',
        'Please review the attached performance bonus schedule for this quarter.',
      ]),
      { button: s.pick(['View letter', 'Acknowledge', 'Open document']), href: url },
      { sig: ['Human Resources', 'Hallbeck Engineering'] },
    ]);
    const own = `${s.pick(['hr', 'payroll', 'people'])}@${s.attackerDomain(['hr-portal', 'corp-staff', 'payroll'])}`;
    return {
      from: [s.pick(['HR Department', 'Human Resources', 'Payroll', 'HR | Hallbeck']), own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `${s.year} Salary Adjustment`,
        'Employee Handbook Acknowledgement',
        'Bonus schedule',
        `${s.first}: your compensation review`,
      ]),
      ...body,
    };
  },
};

const meetingMissed: Template = {
  name: 'teams-zoom-missed',
  kind: 'meeting-lure',
  era: [2020, 2026],
  make: (s) => {
    const brand = s.pick(['Microsoft Teams', 'Zoom', 'Webex']);
    const url = s.landing([brand.toLowerCase().replace(' ', ''), 'meeting', 'teams-chat'], 'join');
    const who = s.personName();
    const body = s.compose(
      [
        `${who} ${s.pick(['is trying to reach you', 'sent you a message', 'invited you to a meeting'])}`,
        `"${s.pick(['Please review the updated payment details before the call.', 'Are you joining? We started.', 'Can you look at this document?'])}"`,
        { button: s.pick(['Reply in Teams', 'Join meeting', 'Open']), href: url },
        `${brand}`,
      ],
      'html',
    );
    const own = `${s.pick(['noreply', 'no-reply'])}@${s.attackerDomain(['teams', 'zoom-meet', 'webex'])}`;
    return {
      from: [brand, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `You have missed messages from ${who}`,
        `${who} invited you to a meeting`,
        'Missed conversation',
        `${brand}: new message`,
      ]),
      ...body,
    };
  },
};

const businessProposal: Template = {
  name: 'business-investment-proposal',
  kind: 'investment-proposal',
  make: (s) => {
    const name = s.pick([
      'Mr. Wong Chi Keung',
      'Sheikh Abdullah Al-Mansour',
      'Mrs. Aisha Gaddafi',
      'Ms. Li Wei',
      'General Joseph Mbeki',
    ]);
    const text = [
      s.pick(['Dear Partner,', 'Hello,', 'Dear Friend,']),
      `I am ${name}. I have ${s.pick(['US$25M', 'US$47.5M', '\u20ac18 million'])} which I want to invest in your country in ${s.pick(['real estate', 'engineering projects', 'any profitable business'])}. I am looking for a trustworthy partner to manage it.`,
      `You will receive ${s.pick(['20%', '25%', 'a good share'])} for your role. Please reply to my private email ${s.freemail(name.replace(/^(Mr\.|Sheikh|Mrs\.|Ms\.|General) /, ''))} for more details.`,
      `Regards,\n${name}`,
    ].join('\n\n');
    return {
      ...fraudster(s, name),
      subject: s.pick(['Investment proposal', 'Partnership', 'Confidential business', 'Good day']),
      text,
      charset: s.pick(['windows-1252', 'iso-8859-1']),
    };
  },
};

const quarantine: Template = {
  name: 'spam-quarantine-release',
  kind: 'quarantine-release',
  make: (s) => {
    const n = s.int(3, 11);
    const release = s.landing(['quarantine', 'mail-protect', 'spamfilter'], 'release.php');
    const rows = Array.from(
      { length: Math.min(n, 4) },
      () =>
        `<tr><td>${s.freemail(s.personName())}</td><td>${s.pick(['Payment confirmation', 'RE: Contract', 'Invoice', 'Order'])}</td><td><a href="${release}&id=${s.token(8)}">Release</a></td></tr>`,
    ).join('');
    const html = `<html><body style="font-family:Arial;font-size:12px"><p>You have ${n} messages held in quarantine for ${s.address}.</p><table border="1" cellpadding="4" cellspacing="0"><tr><th>From</th><th>Subject</th><th></th></tr>${rows}</table><p><a href="${release}">Release all</a> | <a href="${release}">Delete all</a></p><p style="color:#999">Email Security Gateway - corp.example</p></body></html>`;
    const own = `${s.pick(['quarantine', 'postmaster', 'noreply'])}@${s.attackerDomain(['mailguard', 'quarantine', 'spamguard'])}`;
    return {
      from: [s.pick(['Email Quarantine', 'corp.example Mail Gateway', 'Postmaster']), own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `${n} messages quarantined`,
        `Spam Quarantine Summary for ${s.address}`,
        'Undelivered messages held',
      ]),
      html,
    };
  },
};

const ipLiteralBank: Template = {
  name: 'legacy-ip-link-bank',
  kind: 'ip-literal-link',
  era: [2015, 2018],
  make: (s) => {
    const bank = s.pick(BANKS);
    const href = s.ipUrl(`~${s.token(5)}/${bank.words[0]}/login.htm`);
    const shown = `https://www.${bank.domain}/${s.pick(['online/login', 'secure/verify', 'account'])}`;
    const html = `<html><body><p><img src="http://${bank.domain.replace('.', '-')}.${s.pick(['example.net', 'example.org'])}/logo.gif"></p><p>${greet(s)}</p><p>${bank.name} is committed to maintaining a safe environment for its community. We have temporarily suspended your account ${s.pick(['to protect you', 'pending verification'])}.</p><p>Please click the link below:<br><a href="${href}">${shown}</a></p>${hidden(s)}<p>Sincerely,<br>${bank.name} Customer Service</p></body></html>`;
    return {
      ...viaHackedHost(s, `${bank.name}`, `support@${bank.domain}`),
      subject: s.pick([
        `${bank.name} Account Verification`,
        'Official Notice',
        `Security Measures - ${bank.name}`,
      ]),
      html,
    };
  },
};

const apple2016Form: Template = {
  name: 'itunes-billing-form',
  kind: 'billing-form-in-body',
  era: [2015, 2019],
  make: (s) => {
    const action = s.pick([s.hackedUrl('apple.php'), s.ipUrl('itunes/post.php')]);
    const html = `<html><body style="font-family:Lucida Grande,Helvetica"><table width="560" align="center"><tr><td><h3>iTunes Store</h3><p>${greet(s)}</p><p>${s.pick(['Your billing information could not be verified.', 'Your last purchase was declined.', 'Your Apple ID has been temporarily disabled.'])} ${s.pick(['Please complete the form below to keep using the iTunes Store.', 'Fill in the form below to restore your account.', 'Confirm your details below within 24 hours.'])}</p>${inlineForm(action, ['Full Name', 'Card Number', 'Expiration', 'CVV', 'Date of Birth', 'Apple ID Password'], 'Verify')}${hidden(s)}</td></tr></table></body></html>`;
    return {
      ...viaHackedHost(s, 'iTunes Store', `do_not_reply@${s.pick(['itunes.com', 'apple.com'])}`),
      subject: s.pick([
        'Your Apple ID billing information',
        'iTunes: Billing verification',
        'Update your payment method',
      ]),
      html,
    };
  },
};

const webmailFormBody: Template = {
  name: 'webmail-form-body',
  kind: 'webmail-form-in-body',
  era: [2015, 2020],
  make: (s) => {
    const action = s.pick([
      s.hackedUrl('mail.php'),
      s.ipUrl('owa/auth.php'),
      `https://${s.pick(['forms.example-app.net', 'docs-forms.example.org'])}/d/e/${s.token(20)}/formResponse`,
    ]);
    const html = `<html><body><p>${s.pick(['Dear user', 'Attention'])},</p><p>To prevent your ${webmailHost(s)} account from being closed, please fill in the information below and submit.</p>${inlineForm(action, ['Email Address', 'Username', 'Password', 'Confirm Password'], 'Submit')}<p>Webmail Administrator</p></body></html>`;
    const sender = s.pick([
      viaHackedHost(s, 'Webmail Administrator', `postmaster@corp.example`),
      fraudster(s, 'Webmail Admin'),
    ]);
    return {
      ...sender,
      subject: s.pick([
        'Account Verification',
        'Webmail Account Closure',
        'Confirm your email account',
        `Webmail Alert: ${s.address}`,
      ]),
      html,
    };
  },
};

const wireBec: Template = {
  name: 'ceo-wire-transfer',
  kind: 'wire-transfer-bec',
  make: (s) => {
    const boss = s.colleague();
    const domain = s.pick([
      'corp-example.com',
      'corpexample.co',
      'corp-exampie.com',
      'corp.example.mail-exec.com',
    ]);
    const address = `${boss[0].split(' ')[0].toLowerCase()}@${domain}`;
    const text = `${s.first},\n\n${s.pick([`I need you to process a wire transfer of ${s.money(18000, 96000)} to a vendor today. It's for a confidential acquisition, please keep it between us.`, 'Are you at your desk? I need a payment made urgently before 2pm, details to follow.', `Please send ${s.money(9000, 48000)} to the lawyer handling the ${s.pick(['land deal', 'settlement', 'tender'])}. I'll forward the bank details.`])}\n\n${boss[0].split(' ')[0]}\n${s.pick(['Sent from my iPad', 'Sent from my iPhone', ''])}`;
    return {
      from: [boss[0], address],
      auth: s.throwaway(domain),
      mailer: 'person',
      replyTo: s.chance(0.5) ? s.freemail(boss[0]) : undefined,
      subject: s.pick(['Urgent payment', 'Wire transfer', 'Confidential', 'Request', 'Payment today']),
      text,
    };
  },
};

const deliveryFailureBounce: Template = {
  name: 'fake-ndr-bounce',
  kind: 'fake-bounce',
  make: (s) => {
    const url = s.landing(['mail-delivery', 'postmaster', 'outlook-ndr'], 'retry');
    const n = s.int(2, 9);
    const body = s.compose([
      'Message Delivery Failure',
      `${n} of your outgoing messages could not be delivered due to a ${s.pick(['server timeout', 'mail server error', 'incorrect settings'])} on ${s.day()}.`,
      { button: s.pick(['Retry sending', 'Resend messages', 'Recover messages']), href: url },
      `Postmaster, ${s.pick(['corp.example', 'Microsoft Exchange Online'])}`,
    ]);
    const own = `${s.pick(['postmaster', 'mailer-daemon'])}@${s.attackerDomain(['mail-delivery', 'exchange-ndr'])}`;
    return {
      from: [s.pick(['Mail Delivery System', 'Postmaster', 'Microsoft Outlook']), own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        'Undelivered Mail Returned to Sender',
        `${n} pending messages`,
        'Delivery Status Notification (Failure)',
        'Mail delivery failed: returning message to sender',
      ]),
      ...body,
    };
  },
};

const stimulusSms: Template = {
  name: 'banking-otp-update',
  kind: 'bank-otp',
  make: (s) => {
    const bank = s.pick(BANKS);
    const url = s.landing(bank.words, 'otp.php');
    const body = s.compose(
      [
        `${bank.name}: ${s.pick(['a new payee was added to your account', 'your secure key needs to be re-registered', `a payment of ${s.money(500, 2500, '\u00a3')} is pending`])}.`,
        `If this wasn't you, ${s.pick(['cancel it now', 'visit', 'secure your account at'])}: ${url}`,
      ],
      'text',
    );
    return {
      ...viaHackedHost(s, bank.name, `${s.pick(['alerts', 'noreply'])}@${bank.domain}`),
      subject: s.pick(['New payee added', `${bank.name} Secure Key`, 'Payment pending']),
      ...body,
    };
  },
};

export const LOCAL_PHISHING: readonly Template[] = [
  sextortion,
  domainExpiry,
  itDeactivation,
  qrMfa,
  purchaseOrderIso,
  protectedInvoice,
  pdfLure,
  covidGrant,
  socialCopyright,
  linkedinFake,
  dropboxFake,
  cardBlocked,
  compensation,
  callbackAntivirus,
  tollFine,
  surveyPrize,
  courtSummons,
  hrPolicy,
  meetingMissed,
  businessProposal,
  quarantine,
  ipLiteralBank,
  apple2016Form,
  webmailFormBody,
  wireBec,
  deliveryFailureBounce,
  stimulusSms,
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
