// The ninth unseen set's local-language lures, fraud and scams (unseen-9.ts joins them to its English mass
// and rarer lures): bank, parcel, tax, toll, streaming and webmail lures of 2025–2026 in the language of the
// country each targets (Poland, Brazil, Portugal, Japan, Turkey, Sweden, Czechia, Italy, Spain, Germany,
// France, the Netherlands, Finland), business-email compromise and invoice fraud (a CFO's "acquisition",
// a supplier's thread taken over, a new bank account in a Czech letter, a salary account change), a
// renewal to cancel by phone, and consumer scams (a job that pays for liking products, a puppy to ship, a
// grant for a fee, a "wrong number" investment opener, a buyer's courier link, a wedding invitation app),
// after what CERTs, national agencies, police and mail-security vendors published. Written without the
// analysers in sight; every attacker's domain is reserved or made up.
import { page } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry } from './unseen-4.js';
import {
  combosquat,
  continental,
  pdfAttachment,
  quotedHistory,
  replyHeaders,
  signed,
} from './unseen-5-parts.js';
import { muleAccount } from './unseen-7-parts.js';
import { androidPackage, spfOnly } from './unseen-9-parts.js';

/** A freemail sender's stamp: the provider signs and passes it, whoever wrote it. */
const freemailPass = (email: string) => authResults(domainOf(email), ['pass', 'pass', 'pass']);

export const LOCAL_ENTRIES: EncodedEntry[] = [
  // Bank, parcel, tax and account lures in the target's language.
  {
    kind: 'bank-credential',
    template: 'pko-nowe-urzadzenie-polski',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('ipko', 'weryfikacja');
      return {
        headers: s.headers('PKO Bank Polski', `powiadomienia@${domain}`, [spfOnly(domain)]),
        subject: 'Wykryto logowanie z nowego urządzenia – potwierdź tożsamość',
        html: page(
          [
            'Szanowny Kliencie,',
            `odnotowaliśmy logowanie do serwisu iPKO z nowego urządzenia (${s.pick(['Samsung Galaxy S24', 'iPhone 15', 'Xiaomi 14'])}). Jeśli to nie Ty, zablokuj dostęp i potwierdź swoje dane w ciągu 24 godzin.`,
          ],
          ['Potwierdź tożsamość', `https://${domain}/logowanie?sid=${s.token(12)}`],
          'PKO Bank Polski S.A. Nigdy nie prosimy o podanie hasła w wiadomości e-mail.',
        ),
      };
    },
  },
  {
    kind: 'parcel-lure',
    template: 'inpost-doplata-paczkomat-polski',
    write: (s) => {
      const domain = s.host('inpost', 'paczka');
      return {
        headers: s.headers('InPost', `info@${domain}`, [authResults(domain, ['softfail', 'none', 'none'])]),
        subject: `Paczka ${s.digits(24).slice(0, 12)} oczekuje na dopłatę`,
        text: `InPost: Twoja paczka nie może zostać umieszczona w Paczkomacie z powodu niedopłaty ${s.pick(['1,99', '2,49', '3,15'])} zł. Opłać przesyłkę w ciągu 48 h: https://${domain}/pl/${s.token(6)}`,
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'receita-restituicao-lote-portugues',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('receita', 'gov-br');
      return {
        headers: s.headers('Receita Federal', `restituicao@${domain}`, [spfOnly(domain)]),
        subject: `Restituição do IRPF 2026 – lote residual liberado para o CPF ${s.digits(3)}.***.***-${s.digits(2)}`,
        html: page(
          [
            `Prezado(a) contribuinte ${s.victim.name},`,
            `Sua restituição de <b>R$ ${continental(s.money(800, 4200))}</b> foi liberada no lote residual de novembro, mas os dados bancários informados estão inconsistentes.`,
            'Atualize seus dados em até 5 dias para não perder o crédito.',
          ],
          ['Consultar restituição', `https://${domain}/irpf/${s.token(8)}`],
          'Ministério da Fazenda – Receita Federal do Brasil',
        ),
      };
    },
  },
  {
    kind: 'toll-fine',
    template: 'via-verde-portagem-portugues-pt',
    write: (s) => {
      const domain = s.host('portagens', 'pt');
      return {
        headers: s.headers('Portagens Portugal', `avisos@${domain}`, [spfOnly(domain)]),
        subject: `Aviso: portagem em atraso – ${s.digits(2)}-${s.token(2).toUpperCase()}-${s.digits(2)}`,
        text: `Caro cliente,\nExiste uma taxa de portagem por pagar no valor de ${continental(s.money(3, 12))} €. Se não for paga até amanhã, será aplicada uma coima de 250 €.\nPague aqui: https://${domain}/pagar?r=${s.token(8)}\nPortagens Portugal`,
      };
    },
  },
  {
    kind: 'account-suspension',
    template: 'rakuten-card-riyou-teishi-japanese',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('rakuten', 'card');
      return {
        headers: s.headers('楽天カード株式会社', `info@${domain}`, [spfOnly(domain)]),
        subject: '【重要】楽天カードご利用停止のお知らせ',
        html: page(
          [
            `${s.victim.last} 様`,
            'いつも楽天カードをご利用いただきありがとうございます。',
            'お客様のカードに第三者による不正利用の可能性が検知されたため、ご利用を一時的に停止しております。',
            '下記URLより本人確認を行っていただけない場合、カードのご利用制限が継続されます。',
          ],
          ['本人確認はこちら', `https://${domain}/e-navi/${s.token(10)}`],
          '楽天カード株式会社 カスタマーセンター',
        ),
      };
    },
  },
  {
    kind: 'tax-lure',
    template: 'e-tax-mino-kyouseichoushuu-japanese',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('nta', 'etax');
      return {
        headers: s.headers('国税庁', `notice@${domain}`, [spfOnly(domain)]),
        subject: '【国税庁】未納税金の差押え最終通知',
        text: `${s.victim.last} 様\n\n所得税（令和7年分）が未納となっております。納付期限を過ぎておりますので、本日中に下記よりお支払いください。期限までにお支払いがない場合、財産の差押えを行います。\n\n未納額：${12 + s.below(86)},${s.digits(3)}円\nhttps://${domain}/nozei/${s.token(8)}\n\n国税庁 徴収部`,
      };
    },
  },
  {
    kind: 'bank-credential',
    template: 'garanti-hesap-askiya-turkce',
    write: (s) => {
      const domain = s.host('garanti', 'bbva');
      return {
        headers: s.headers('Garanti BBVA', `bilgi@${domain}`, [spfOnly(domain)]),
        subject: 'Hesabınız geçici olarak askıya alındı',
        html: page(
          [
            `Sayın ${s.victim.name},`,
            'Güvenlik sistemimiz hesabınızda olağan dışı bir işlem tespit etti. Hesabınız geçici olarak askıya alınmıştır.',
            'Hesabınızı yeniden etkinleştirmek için 24 saat içinde bilgilerinizi doğrulayın.',
          ],
          ['Doğrula', `https://${domain}/bireysel/${s.token(10)}`],
          'Garanti BBVA · Bu e-posta otomatik olarak gönderilmiştir.',
        ),
      };
    },
  },
  {
    kind: 'parcel-customs',
    template: 'ptt-gumruk-ucreti-turkce',
    write: (s) => {
      const domain = s.host('ptt', 'kargo');
      return {
        headers: s.headers('PTT Kargo', `takip@${domain}`, [spfOnly(domain)]),
        subject: `Gönderiniz gümrükte bekliyor – RR${s.digits(9)}TR`,
        text: `Sayın müşterimiz, RR${s.digits(9)}TR numaralı gönderiniz için ${continental(s.money(28, 90))} TL gümrük ücreti ödenmemiştir. 2 gün içinde ödenmezse gönderi iade edilecektir: https://${domain}/odeme/${s.token(6)}`,
      };
    },
  },
  {
    kind: 'bankid-lure',
    template: 'bankid-fornya-certifikat-svenska',
    write: (s) => {
      const domain = s.host('bankid', 'fornya');
      return {
        headers: s.headers('BankID', `support@${domain}`, [spfOnly(domain)]),
        subject: 'Ditt BankID går ut – förnya idag',
        html: page(
          [
            `Hej ${s.victim.first},`,
            'Ditt BankID upphör att gälla inom 3 dagar. Efter det kan du inte logga in på din bank eller hos myndigheter.',
            'Förnya ditt BankID genom att logga in nedan och följa instruktionerna.',
          ],
          ['Förnya BankID', `https://${domain}/se/${s.token(8)}`],
          'Finansiell ID-Teknik BID AB',
        ),
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'skatteverket-aterbaring-svenska',
    write: (s) => {
      const domain = s.host('skatteverket', 'aterbaring');
      return {
        headers: s.headers('Skatteverket', `noreply@${domain}`, [spfOnly(domain)]),
        subject: 'Du har en skatteåterbäring att hämta',
        text: `Hej,\n\nEnligt din slutskattebesked har du ${1 + s.below(9)} ${s.digits(3)} kr i återbäring som ännu inte betalats ut eftersom ditt kontonummer saknas.\n\nAnge ditt konto med BankID: https://${domain}/aterbaring?id=${s.token(8)}\n\nMed vänliga hälsningar\nSkatteverket`,
      };
    },
  },
  {
    kind: 'parcel-lure',
    template: 'ceska-posta-zasilka-doplatek-cesky',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('postaonline', 'cz');
      return {
        headers: s.headers('Česká pošta', `info@${domain}`, [spfOnly(domain)]),
        subject: `Zásilka RR${s.digits(9)}CZ – nutné ověření adresy`,
        html: page(
          [
            'Vážený zákazníku,',
            `vaši zásilku se nepodařilo doručit, protože adresa je neúplná. Za opětovné doručení je nutné uhradit poplatek ${s.pick(['29', '39', '45'])} Kč.`,
          ],
          ['Naplánovat doručení', `https://${domain}/zasilka/${s.token(8)}`],
          'Česká pošta, s.p.',
        ),
      };
    },
  },
  {
    kind: 'webmail-quota',
    template: 'seznam-schranka-plna-cesky',
    write: (s) => {
      const domain = s.host('seznam', 'posta');
      return {
        headers: s.headers('Seznam Email', `podpora@${domain}`, [
          authResults(domain, ['neutral', 'none', 'none']),
        ]),
        subject: 'Vaše schránka je plná – nové zprávy nebudou doručeny',
        text: `Dobrý den,\n\nvaše e-mailová schránka ${s.victim.email} dosáhla limitu úložiště. Zprávy čekající na doručení budou smazány.\nRozšiřte úložiště zdarma: https://${domain}/ulozeni?u=${encodeURIComponent(s.victim.email)}\n\nTým Seznam Email`,
      };
    },
  },
  {
    kind: 'bank-alert',
    template: 'intesa-bonifico-bloccato-italiano',
    write: (s) => {
      const domain = s.host('intesa', 'sicurezza');
      return {
        headers: s.headers('Intesa Sanpaolo', `avvisi@${domain}`, [spfOnly(domain)]),
        subject: `Bonifico di ${continental(s.money(900, 2900))} € in attesa di autorizzazione`,
        text: `Gentile cliente,\nè stato disposto un bonifico dal suo conto. Se non l'ha autorizzato, lo annulli subito:\nhttps://${domain}/annulla?op=${s.digits(10)}\nIn alternativa chiami il nostro servizio antifrode al ${s.phone()}.\nIntesa Sanpaolo`,
      };
    },
  },
  {
    kind: 'traffic-fine',
    template: 'dgt-multa-pendiente-espanol',
    write: (s) => {
      const domain = s.host('dgt', 'multas');
      return {
        headers: s.headers('DGT', `notificaciones@${domain}`, [spfOnly(domain)]),
        subject: `Notificación de multa pendiente – expediente ${s.digits(10)}`,
        html: page(
          [
            'Estimado/a conductor/a,',
            `Tiene una sanción de tráfico pendiente de pago por exceso de velocidad. Si la abona en los próximos 5 días, se aplica una reducción del 50 %: <b>${continental(s.money(50, 100))} €</b>.`,
          ],
          ['Consultar y pagar', `https://${domain}/sede/${s.token(8)}`],
          'Dirección General de Tráfico – Ministerio del Interior',
        ),
      };
    },
  },
  {
    kind: 'bank-credential',
    template: 'sparkasse-pushtan-neu-deutsch',
    write: (s) => {
      const domain = combosquat(s, 'sparkasse.example');
      return {
        headers: s.headers('Sparkasse', `service@${domain}`, [signed(domain)]),
        subject: 'Wichtig: Ihre S-pushTAN-Verbindung muss neu eingerichtet werden',
        html: page(
          [
            `Sehr geehrte(r) ${s.victim.name},`,
            'aufgrund einer Umstellung unseres Sicherheitsverfahrens muss Ihre S-pushTAN-Verbindung bis zum 15.11.2026 neu eingerichtet werden. Andernfalls wird Ihr Online-Banking gesperrt.',
          ],
          ['Jetzt einrichten', `https://${domain}/de/pushtan?k=${s.token(10)}`],
          'Ihre Sparkasse',
        ),
      };
    },
  },
  {
    kind: 'government-lure',
    template: 'ameli-carte-vitale-renouvellement-francais',
    write: (s) => {
      const domain = s.host('ameli', 'assure');
      return {
        headers: s.headers('Assurance Maladie', `ne-pas-repondre@${domain}`, [spfOnly(domain)]),
        subject: 'Votre nouvelle carte Vitale est disponible – confirmez votre adresse',
        html: page(
          [
            `Bonjour ${s.victim.first},`,
            'Votre carte Vitale arrive à expiration. Pour recevoir la nouvelle carte, confirmez votre adresse postale et réglez les frais d’envoi de 1,95 €.',
          ],
          ['Commander ma carte', `https://${domain}/vitale/${s.token(8)}`],
          "L'Assurance Maladie – ameli, c'est aussi une application.",
        ),
      };
    },
  },
  {
    kind: 'government-lure',
    template: 'mijnoverheid-digid-bericht-nederlands',
    write: (s) => {
      const domain = s.host('mijnoverheid', 'berichten');
      return {
        headers: s.headers('MijnOverheid', `berichtenbox@${domain}`, [spfOnly(domain)]),
        subject: 'U heeft een nieuw bericht in uw Berichtenbox',
        text: `Geachte heer/mevrouw,\n\nEr staat een nieuw bericht van de Belastingdienst voor u klaar over uw aanslag inkomstenbelasting 2025. Log in met DigiD om het te lezen:\nhttps://${domain}/inloggen?r=${s.token(10)}\n\nMet vriendelijke groet,\nMijnOverheid`,
      };
    },
  },
  {
    kind: 'bank-credential',
    template: 'op-verkkopankki-vahvista-suomi',
    write: (s) => {
      const domain = s.host('op', 'tunnistus');
      return {
        headers: s.headers('OP', `asiakaspalvelu@${domain}`, [spfOnly(domain)]),
        subject: 'Vahvista henkilötietosi – OP-mobiili',
        html: page(
          [
            'Hyvä asiakas,',
            'lain edellyttämänä meidän on päivitettävä asiakastietosi. Jos tietoja ei vahvisteta 7 päivän kuluessa, verkkopankkitunnuksesi suljetaan.',
          ],
          ['Vahvista tiedot', `https://${domain}/fi/${s.token(8)}`],
          'OP Ryhmä',
        ),
      };
    },
  },
  // Business-email compromise and invoice fraud.
  {
    kind: 'ceo-fraud',
    template: 'cfo-acquisition-nda-attorney-handoff',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers(
          s.boss.name,
          `${s.boss.first.toLowerCase()}.${s.boss.last.toLowerCase()}@${domain}`,
          [signed(domain)],
        ),
        subject: 'Confidential – Project Harbour',
        text: `${s.victim.first},\n\nWe are in the final stage of acquiring a company abroad. This is under NDA until the public announcement, so please do not discuss it with anyone in the office yet.\n\nOur outside counsel, ${s.stranger.name}, will contact you today about the deposit. Please give them your full attention and keep me copied only by email; I'm in meetings all day.\n\n${s.boss.first}\n\nSent from my iPad`,
      };
    },
  },
  {
    kind: 'vendor-thread-hijack',
    template: 'supplier-thread-new-account-audit',
    write: (s) => {
      const domain = s.vendor.domain.replace('.example', '-invoices.test');
      return {
        headers: s.headers(
          s.stranger.name,
          `${s.stranger.first.toLowerCase()}.${s.stranger.last.toLowerCase()}@${domain}`,
          [spfOnly(domain), ...replyHeaders(s, s.vendor.domain)],
        ),
        subject: `RE: Open items – ${s.vendor.name} statement October`,
        text:
          `Hi ${s.victim.first},\n\nThanks for the remittance list. Please note the two open invoices should go to our new account below; the old one is under audit and payments there are being returned.\n\nIBAN: ${muleAccount(s)}\nBeneficiary: ${s.vendor.name}\n\nCould you confirm the date of payment?\n\nBest regards,\n${s.stranger.name}` +
          quotedHistory(
            `${s.victim.name}`,
            'Thursday, October 29, 2026 3:12 PM',
            `Open items – ${s.vendor.name} statement October`,
            [
              `Hi ${s.stranger.first},`,
              `Attached is our remittance list; invoices ${s.digits(5)} and ${s.digits(5)} are scheduled for next week.`,
            ],
          ),
      };
    },
  },
  {
    kind: 'bank-details-change',
    template: 'zmena-bankovniho-uctu-dopis-cesky',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(`${s.vendor.name} – účtárna`, sender, [freemailPass(sender)]),
        subject: 'Oznámení o změně bankovního spojení',
        text: `Dobrý den,\n\nv příloze zasíláme oznámení o změně našeho bankovního účtu. Od dnešního dne prosím hraďte všechny faktury na nový účet uvedený v dopise.\n\nS pozdravem\n${s.stranger.name}\n${s.vendor.name}`,
        parts: [
          pdfAttachment('Zmena_uctu.pdf', [
            `${s.vendor.name}`,
            'Oznameni o zmene bankovniho spojeni',
            `Novy ucet: ${muleAccount(s)}`,
            'Stary ucet jiz neni aktivni.',
          ]),
        ],
      };
    },
  },
  {
    kind: 'payroll-diversion',
    template: 'direct-deposit-change-before-cutoff',
    write: (s) => {
      const sender = s.freemail(s.colleague);
      return {
        headers: s.headers(s.colleague.name, sender, [freemailPass(sender)]),
        subject: 'Direct deposit update',
        text: `Hi,\n\nI changed banks and need my pay to go to the new account before this payroll. What do you need from me? I can send the details right away.\n\nThanks,\n${s.colleague.first}`,
      };
    },
  },
  {
    kind: 'callback',
    template: 'antivirus-auto-renewal-no-link',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      const phone = s.phone();
      return {
        headers: s.headers('Norton Billing Dept', sender, [freemailPass(sender)]),
        subject: `Invoice #${s.digits(8)} – Payment processed`,
        html: `<html><body><table style="border:1px solid #ccc;font-family:Arial"><tr><td><b>Order summary</b></td></tr><tr><td>Product: Total Security Plus (5 devices)</td></tr><tr><td>Amount: $${s.money(349, 599)}</td></tr><tr><td>Renewal date: ${s.pick(['11/02/2026', '11/03/2026'])}</td></tr></table><p>This amount will appear on your statement within 24 hours. To cancel or request a refund call <b>${phone}</b>.</p></body></html>`,
      };
    },
  },
  // Consumer scams.
  {
    kind: 'task-scam',
    template: 'paid-product-ratings-whatsapp',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(`${s.stranger.first} | Talent Team`, sender, [freemailPass(sender)]),
        subject: 'Remote part-time: $200–$800/day rating products',
        text: `Hello ${s.victim.first},\n\nWe found your profile online. Our client needs people to rate products on their app to improve rankings; 30–60 minutes a day, paid daily, no experience needed.\n\nMessage me on WhatsApp to start your training today: +1 555 01${s.digits(2)} ${s.digits(4)}\n\n${s.stranger.first}, HR`,
      };
    },
  },
  {
    kind: 'pet-scam',
    template: 'puppy-shipping-insurance-fee',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.name, sender, [freemailPass(sender)]),
        subject: 'Re: French bulldog puppy – still available',
        text: `Hi,\n\nYes, Bella is still available. She is vaccinated and comes with papers. We moved abroad for work, so she will travel with a pet delivery company; you only pay the shipping and the refundable insurance of $${s.money(450, 950)} by Zelle or gift card.\n\nSend me your full name and address so I can book her flight.\n\n${s.stranger.first}`,
      };
    },
  },
  {
    kind: 'grant-offer',
    template: 'small-business-grant-processing-fee',
    write: (s) => {
      const domain = s.host('grants', 'federal');
      return {
        headers: s.headers('Small Business Grant Program', `approval@${domain}`, [spfOnly(domain)]),
        subject: `Congratulations – ${s.company} approved for a $${s.money(15000, 50000)} grant`,
        text: `Dear applicant,\n\nYour business has been selected for a non-repayable grant. To release the funds, complete the verification and pay the one-time processing fee of $${s.money(200, 450)} here:\nhttps://${domain}/release/${s.token(8)}\n\nGrant Program Office`,
      };
    },
  },
  {
    kind: 'wrong-number-opener',
    template: 'wrong-recipient-golf-trip-opener',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.first, sender, [freemailPass(sender)]),
        subject: 'Golf on Saturday?',
        text: `Hi David, are we still on for golf Saturday at 9? My assistant booked the tee time.\n\nOh sorry, I think I have the wrong email! It's nice to meet you anyway. I'm ${s.stranger.first}, I work in wine import and investing in Singapore. Where are you from?`,
      };
    },
  },
  {
    kind: 'marketplace-scam',
    template: 'olx-kupujacy-kurier-link-polski',
    write: (s) => {
      const domain = s.host('olx', 'dostawa');
      return {
        headers: s.headers('OLX', `powiadomienia@${domain}`, [spfOnly(domain)]),
        subject: 'Kupujący opłacił Twój przedmiot – odbierz środki',
        html: page(
          [
            'Cześć!',
            `Kupujący opłacił Twój przedmiot wraz z dostawą kurierem (${continental(s.money(80, 600))} zł). Aby otrzymać środki na kartę, potwierdź dane odbioru płatności.`,
          ],
          ['Odbierz środki', `https://${domain}/wyplata/${s.digits(8)}`],
          'OLX Bezpieczne Zakupy',
        ),
      };
    },
  },
  {
    kind: 'app-install-lure',
    template: 'wedding-invitation-apk-attachment',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.name, sender, [freemailPass(sender)]),
        subject: `You're invited! ${s.stranger.first} & ${s.pick(['Aisha', 'Rafael', 'Mei'])} – wedding invitation`,
        text: `Dear friend,\n\nWith great joy we invite you to our wedding. The digital invitation with the venue map and the programme is attached; open it on your Android phone and allow the install.\n\nWith love,\n${s.stranger.first}`,
        parts: [androidPackage('Wedding_Invitation.apk', `com.invite.wedding${s.digits(3)}`)],
      };
    },
  },
];
