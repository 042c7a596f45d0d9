// The seventh unseen set's fraud, scams and local lures (unseen-7.ts joins them to its credential and
// attachment lures): business-email compromise in Swedish, Czech, Polish and Japanese, marketplace
// "buyer has paid" scams, a task-job offer, an investment-group invitation, a wrong-number opener, and the
// tax, parcel, bank, securities, toll, compensation and debt-collection lures of 2024–2026 in the language
// of the country each targets (Japan, Sweden, Turkey, Czechia, Poland, Portugal, Brazil), after what
// CERTs, national agencies, police and mail-security vendors published. Written without the analysers in
// sight; every attacker's domain is reserved or made up.
import { qrJpeg, zipOf } from './payloads.js';
import { page } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry } from './unseen-4.js';
import { attach, combosquat, continental, pdfAttachment, replyHeaders, signed } from './unseen-5-parts.js';
import { muleAccount } from './unseen-7-parts.js';

/** A registered domain's sender whose SPF passes and nothing else: what most smishing-style mail carries. */
const spfOnly = (domain: string) => authResults(domain, ['pass', 'none', 'none']);

export const LOCAL_ENTRIES: EncodedEntry[] = [
  // Business-email compromise.
  {
    kind: 'ceo-fraud',
    template: 'vd-konfidentiell-betalning-svenska',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers(s.boss.name, `${s.boss.first.toLowerCase()}@${domain}`, [
          `Reply-To: ${s.freemail(s.boss)}`,
          signed(domain),
        ]),
        subject: 'Konfidentiellt – brådskande',
        text: [
          `Hej ${s.victim.first},`,
          '',
          'Är du vid datorn? Jag sitter i möte med styrelsen och kan inte prata i telefon.',
          'Vi slutför ett förvärv och behöver göra en förskottsbetalning i dag, innan kl. 15. Ärendet är',
          'konfidentiellt tills det offentliggörs, så nämn det inte för någon annan på ekonomi ännu.',
          '',
          `Belopp: ${continental(s.money(48_000, 190_000))} EUR. Jag skickar kontouppgifterna när du bekräftar.`,
          '',
          'Mvh',
          s.boss.first,
          'Skickat från min iPhone',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'bank-details-change',
    template: 'zmena-bankovniho-uctu-cesky',
    transfer: 'quoted-printable',
    write: (s) => {
      const from = `fakturace@${combosquat(s, s.vendor.domain)}`;
      return {
        headers: s.headers(`${s.stranger.name} – ${s.vendor.name}`, from, [signed(domainOf(from))]),
        subject: `Změna bankovního účtu – ${s.vendor.name}`,
        text: [
          'Dobrý den,',
          '',
          `dovolujeme si Vás informovat, že společnost ${s.vendor.name} od 1. 12. změnila banku. Faktury splatné`,
          'od tohoto data prosím hraďte výhradně na nový účet:',
          '',
          muleAccount(s),
          '',
          `Otevřené faktury (${s.digits(6)}, ${s.digits(6)}) prosím uhraďte co nejdříve, platby na starý účet`,
          'budou bankou vráceny. Potvrzení o změně Vám zašleme na vyžádání.',
          '',
          'S pozdravem',
          s.stranger.name,
          'účetní oddělení',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'bank-details-change',
    template: 'furikomisaki-henko-japanese',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers(`${s.vendor.name} 経理部`, s.stranger.email, [
        ...replyHeaders(s, s.vendor.domain),
        `Reply-To: keiri@${combosquat(s, s.vendor.domain)}`,
        signed(s.vendor.domain),
      ]),
      subject: `Re: ${s.pick(['11月分', '12月分'])}ご請求書の件`,
      text: [
        `${s.company}`,
        'ご担当者様',
        '',
        'いつも大変お世話になっております。',
        '弊社の取引銀行変更に伴い、今月分以降のお振込先を下記口座へ変更させていただきたくご連絡いたしました。',
        '',
        `銀行名：${s.pick(['みずほ銀行', 'りそな銀行', 'ゆうちょ銀行'])}　支店名：${s.pick(['新宿', '本町', '梅田'])}支店`,
        `口座番号：普通 ${s.digits(7)}`,
        `口座名義：カ）${s.vendor.name.toUpperCase()}`,
        '',
        '旧口座は監査のため一時凍結されておりますので、お手数ですが本日中にご対応をお願いいたします。',
        '何卒よろしくお願い申し上げます。',
        '',
        s.stranger.name,
      ].join('\n'),
    }),
  },
  {
    kind: 'payroll-diversion',
    template: 'zmiana-konta-wynagrodzenie-polski',
    write: (s) => {
      const from = s.freemail(s.colleague);
      return {
        headers: s.headers(s.colleague.name, from, [signed(domainOf(from))]),
        subject: 'Zmiana numeru konta do wynagrodzenia',
        text: [
          'Dzień dobry,',
          '',
          'zmieniłem bank i proszę o przelanie najbliższego wynagrodzenia na nowy rachunek. Nie mam teraz dostępu',
          'do poczty służbowej, dlatego piszę z prywatnej.',
          '',
          `Nowy numer konta: PL${s.digits(2)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)}`,
          '',
          'Czy zdążycie przed najbliższą listą płac? Proszę o potwierdzenie.',
          '',
          'Pozdrawiam,',
          s.colleague.name,
        ].join('\n'),
      };
    },
  },
  // Marketplaces, jobs, investment groups and wrong numbers.
  {
    kind: 'marketplace-scam',
    template: 'kupujacy-zaplacil-olx-polski',
    write: (s) => {
      const domain = s.host('olx', 'dostawa');
      return {
        headers: s.headers('OLX Przesyłka', `powiadomienia@${domain}`, [spfOnly(domain)]),
        subject: `Kupujący opłacił Twój przedmiot – odbierz ${continental(s.money(120, 900))} zł`,
        html: page(
          [
            'Dzień dobry,',
            `kupujący opłacił zamówienie „${s.pick(['Rower górski Kross', 'Wózek dziecięcy', 'iPhone 13 128 GB'])}” z Przesyłką OLX. Środki czekają na wypłatę.`,
            'Aby otrzymać pieniądze, podaj dane karty, na którą mamy przelać płatność. Link jest ważny 24 godziny.',
          ],
          ['Odbierz środki', `https://${domain}/wyplata/${s.digits(9)}`],
          'Zespół OLX',
        ),
      };
    },
  },
  {
    kind: 'marketplace-scam',
    template: 'kopare-har-betalat-blocket-svenska',
    write: (s) => {
      const domain = s.host('blocket', 'frakt');
      const from = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.first, from, [signed(domainOf(from))]),
        subject: `Angående din annons: ${s.pick(['soffa', 'barnvagn', 'cykel', 'TV'])}`,
        text: [
          'Hej!',
          '',
          'Jag vill gärna köpa den och har redan betalat via Blocket Köp & frakt, inklusive frakten. Jag bor i Göteborg',
          'så en budfirma hämtar den hos dig. Du får pengarna när du bekräftar med BankID här:',
          `https://${domain}/mottag/${s.token(10)}`,
          '',
          'Tack på förhand!',
          s.stranger.first,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'job-scam',
    template: 'evden-calisma-gorev-turkce',
    write: (s) => {
      const from = s.freemail(s.stranger);
      return {
        headers: s.headers(`${s.stranger.first} – İnsan Kaynakları`, from, [signed(domainOf(from))]),
        subject: 'Evden esnek çalışma fırsatı – günlük 1.500–4.000 TL',
        text: [
          'Merhaba,',
          '',
          'Özgeçmişinizi bir iş ilanı sitesinde gördük. Dijital pazarlama ajansımız için evden, günde 1–2 saat',
          'ürün değerlendirme görevleri yapacak kişiler arıyoruz. Deneyim gerekmez, ödemeler her gün yapılır.',
          '',
          `Başvurmak için WhatsApp üzerinden yazın: +90 5${s.digits(2)} ${s.digits(3)} ${s.digits(2)} ${s.digits(2)}`,
          '',
          'Saygılarımızla,',
          `${s.stranger.name}, İK Koordinatörü`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'investment-scam',
    template: 'toushi-study-group-line-japanese',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('kabu', 'salon');
      return {
        headers: s.headers('株式投資勉強会 事務局', `info@${domain}`, [spfOnly(domain)]),
        subject: '【無料招待】著名アナリストが選ぶ「次の10倍株」勉強会のご案内',
        html: page(
          [
            `${s.victim.last}様`,
            '経済評論家の〇〇先生が主宰する株式投資の無料勉強会に、抽選で選ばれた方のみご招待しております。',
            '先月の推奨銘柄は平均+38%を達成。LINEグループに参加すると、毎朝の注目銘柄を無料でお届けします。',
            '募集は残り12名です。お早めにご登録ください。',
          ],
          ['LINEで参加する', `https://${domain}/line/${s.token(8)}`],
          '※本メールは配信専用です。',
        ),
      };
    },
  },
  {
    kind: 'romance-opener',
    template: 'numero-errado-portugues',
    write: (s) => {
      const from = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.first, from, [signed(domainOf(from))]),
        subject: 'Oi, é a Ana? Sobre o jantar de sábado',
        text: [
          'Oi Ana, tudo bem? Confirmado o jantar de sábado às 20h no restaurante que você falou?',
          '',
          'Ah, desculpe... acho que anotei o e-mail errado. Que vergonha! Mas já que o destino nos apresentou,',
          'posso perguntar de onde você é? Sou de Porto, mas trabalho com investimentos em Singapura. 😊',
          '',
          s.stranger.first,
        ].join('\n'),
      };
    },
  },
  // Tax lures, each in its country's language.
  {
    kind: 'tax-refund',
    template: 'etax-kanpukin-japanese',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('etax', 'nta');
      return {
        headers: s.headers('国税庁', `info@${domain}`, [authResults(domain, ['none', 'none', 'none'])]),
        subject: '【国税庁】還付金のお受け取り手続きのお知らせ',
        html: page(
          [
            `${s.victim.last}様`,
            `令和7年分の所得税の還付金 ${(20_000 + s.below(80_000)).toLocaleString('ja-JP')}円 がございます。`,
            '還付金のお受け取りには、下記よりお受け取り口座の登録が必要です。期限までに手続きがない場合、還付金は無効となります。',
            `手続き期限：${1 + s.below(9)}月${10 + s.below(18)}日`,
          ],
          ['還付金を受け取る', `https://${domain}/kanpu/${s.token(10)}`],
          '国税庁 e-Tax（国税電子申告・納税システム）',
        ),
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'skatteaterbaring-svenska',
    write: (s) => {
      const domain = s.host('skatteverket', 'aterbaring');
      return {
        headers: s.headers('Skatteverket', `noreply@${domain}`, [
          authResults(domain, ['none', 'none', 'none']),
        ]),
        subject: 'Du har en skatteåterbäring att hämta',
        html: page(
          [
            'Hej,',
            `Enligt din slutliga skatteberäkning har du rätt till en återbäring på ${(1_200 + s.below(8_000)).toLocaleString('sv-SE')} kr. Återbäringen kunde inte betalas ut eftersom inget konto är anmält.`,
            'Logga in med BankID och anmäl ditt konto senast inom 5 dagar.',
          ],
          ['Logga in med BankID', `https://${domain}/bankid/${s.token(10)}`],
          'Skatteverket, 171 94 Solna',
        ),
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'vergi-iadesi-turkce',
    write: (s) => {
      const domain = s.host('gib', 'iade');
      return {
        headers: s.headers('Gelir İdaresi Başkanlığı', `bilgi@${domain}`, [
          authResults(domain, ['fail', 'none', 'none']),
        ]),
        subject: `Vergi iadeniz onaylandı: ${continental(s.money(900, 6_000))} TL`,
        text: `Sayın mükellef,\n\n2025 yılı beyannamenize ilişkin vergi iadeniz onaylanmıştır. İadenin hesabınıza aktarılması için kart bilgilerinizi 48 saat içinde doğrulamanız gerekmektedir:\nhttps://${domain}/iade?id=${s.digits(11)}\n\nGelir İdaresi Başkanlığı`,
      };
    },
  },
  {
    kind: 'tax-refund',
    template: 'malha-fina-receita-portugues',
    write: (s) => {
      const domain = s.host('receita', 'cpf');
      return {
        headers: s.headers('Receita Federal', `notificacao@${domain}`, [spfOnly(domain)]),
        subject: `Pendência na sua declaração IRPF 2026 – CPF ***.${s.digits(3)}.${s.digits(3)}-**`,
        html: page(
          [
            'Prezado(a) contribuinte,',
            'Sua declaração do Imposto de Renda caiu na malha fina. Para evitar multa de 20% e o bloqueio do CPF, regularize a pendência até o fim do mês.',
            'Consulte o relatório de pendências no link abaixo (o acesso exige CPF e senha gov.br).',
          ],
          ['Consultar pendências', `https://${domain}/irpf/pendencias/${s.token(8)}`],
          'Receita Federal do Brasil – Ministério da Fazenda',
        ),
      };
    },
  },
  // Parcels, each in its country's language.
  {
    kind: 'delivery-fee',
    template: 'fuzai-tsuchi-japanese',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('post', 'redelivery');
      return {
        headers: s.headers('日本郵便', `noreply@${domain}`, [authResults(domain, ['none', 'none', 'none'])]),
        subject: '【日本郵便】ご不在のため荷物をお持ち帰りしました',
        text: `お客様宛にお荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。\n\nお問い合わせ番号：${s.digits(4)}-${s.digits(4)}-${s.digits(4)}\n\n再配達のご依頼と住所の確認は下記URLから行ってください（再配達手数料 330円）。\nhttps://${domain}/jp/${s.token(8)}\n\n保管期限を過ぎますと差出人へ返送されます。`,
      };
    },
  },
  {
    kind: 'delivery-fee',
    template: 'tullavgift-postnord-svenska',
    write: (s) => {
      const domain = s.host('postnord', 'tull');
      const fee = 29 + s.below(40);
      return {
        headers: s.headers('PostNord', `kundservice@${domain}`, [spfOnly(domain)]),
        subject: `Ditt paket väntar på tullavgift – ${fee} kr`,
        html: page(
          [
            'Hej,',
            `Ditt paket (${s.token(2).toUpperCase()}${s.digits(9)}SE) har ankommit till vår terminal men kan inte levereras förrän tull- och hanteringsavgiften på ${fee} kr har betalats.`,
            'Betala inom 48 timmar, annars returneras paketet till avsändaren.',
          ],
          ['Betala avgift', `https://${domain}/betala/${s.token(10)}`],
          'PostNord Sverige AB',
        ),
      };
    },
  },
  {
    kind: 'delivery-fee',
    template: 'ctt-portes-portugues',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('ctt', 'encomendas');
      return {
        headers: s.headers('CTT Correios', `info@${domain}`, [
          authResults(domain, ['softfail', 'none', 'none']),
        ]),
        subject: 'A sua encomenda está retida – pagamento de portes em falta',
        html: page(
          [
            'Caro(a) cliente,',
            `A sua encomenda RR${s.digits(9)}PT encontra-se retida no centro de distribuição por falta de pagamento de portes (€${continental(s.money(1, 3))}).`,
            'Efetue o pagamento até amanhã para agendar uma nova entrega. Após esse prazo a encomenda será devolvida.',
          ],
          ['Pagar e agendar entrega', `https://${domain}/pagamento/${s.digits(8)}`],
          'CTT – Correios de Portugal, S.A.',
        ),
      };
    },
  },
  {
    kind: 'delivery-fee',
    template: 'doplatek-zasilka-cesky',
    write: (s) => {
      const domain = s.host('posta', 'zasilka');
      return {
        headers: s.headers('Česká pošta', `info@${domain}`, [spfOnly(domain)]),
        subject: 'Vaše zásilka nemohla být doručena – nutný doplatek',
        text: `Dobrý den,\n\nVaši zásilku č. ${s.token(2).toUpperCase()}${s.digits(9)}CZ nebylo možné doručit z důvodu nedoplaceného poštovného (${s.digits(2)} Kč).\n\nDoplatek uhraďte do 48 hodin zde:\nhttps://${domain}/doplatek/${s.token(8)}\n\nJinak bude zásilka vrácena odesílateli.\n\nČeská pošta, s.p.`,
      };
    },
  },
  // Banks, brokers, government payments, tolls and debt collectors.
  {
    kind: 'brokerage-account',
    template: 'shoken-koza-torihiki-seigen-japanese',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('sec', 'account');
      return {
        headers: s.headers(s.pick(['SBI証券', '楽天証券', '野村證券']), `support@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: '【重要】お客様の証券口座の取引を一時制限しました',
        html: page(
          [
            `${s.victim.last}様`,
            '第三者による不正ログインの可能性を検知したため、お客様の口座のお取引を一時的に制限しております。',
            '下記より本人確認を完了していただくと、制限は解除されます。24時間以内にお手続きがない場合、口座は凍結されます。',
          ],
          ['本人確認を行う', `https://${domain}/login/verify?id=${s.digits(8)}`],
          '本メールは送信専用アドレスから配信しています。',
        ),
      };
    },
  },
  {
    kind: 'bankid-lure',
    template: 'fornya-bankid-svenska',
    write: (s) => {
      const domain = s.host('bankid', 'fornya');
      return {
        headers: s.headers(s.pick(['Swedbank', 'Handelsbanken', 'SEB']), `kundtjanst@${domain}`, [
          authResults(domain, ['none', 'none', 'none']),
        ]),
        subject: 'Ditt BankID slutar gälla – förnya i dag',
        html: page(
          [
            'Hej,',
            'Ditt Mobilt BankID går ut om 2 dagar. Efter det kan du inte logga in i internetbanken eller godkänna betalningar.',
            'Förnya ditt BankID genom att skanna QR-koden på sidan med BankID-appen.',
          ],
          ['Förnya BankID', `https://${domain}/fornya/${s.token(10)}`],
        ),
      };
    },
  },
  {
    kind: 'government-payment',
    template: 'edevlet-tazminat-turkce',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('turkiye', 'tazminat');
      return {
        headers: s.headers('e-Devlet Kapısı', `bildirim@${domain}`, [spfOnly(domain)]),
        subject: 'Adınıza tanımlanmış tazminat ödemesi bulunmaktadır',
        html: page(
          [
            'Sayın vatandaşımız,',
            `Kişisel verilerinizin sızdırılması nedeniyle adınıza ${continental(s.money(2_000, 9_000))} TL tutarında tazminat ödemesi tanımlanmıştır.`,
            'Ödemeyi almak için T.C. kimlik numaranız ve banka kartı bilgilerinizle başvurunuzu tamamlayınız. Son başvuru: bu hafta.',
          ],
          ['Başvuru yap', `https://${domain}/basvuru/${s.digits(6)}`],
          'T.C. Cumhurbaşkanlığı Dijital Dönüşüm Ofisi',
        ),
      };
    },
  },
  {
    kind: 'toll-fine',
    template: 'etoll-zaleglosc-polski',
    write: (s) => {
      const domain = s.host('etoll', 'oplata');
      return {
        headers: s.headers('e-TOLL', `powiadomienia@${domain}`, [spfOnly(domain)]),
        subject: 'Nieuregulowana opłata drogowa – wezwanie do zapłaty',
        text: `Szanowny Kierowco,\n\nsystem e-TOLL zarejestrował przejazd Twojego pojazdu bez uiszczonej opłaty (${continental(s.money(12, 60))} zł).\n\nAby uniknąć kary w wysokości 500 zł, ureguluj należność w ciągu 24 godzin:\nhttps://${domain}/zaplac/${s.token(8)}\n\nKrajowa Administracja Skarbowa`,
      };
    },
  },
  {
    kind: 'debt-collection',
    template: 'exekucni-vyzva-cesky-pdf',
    write: (s) => {
      const domain = s.host('exekutor', 'urad');
      const file = `${s.digits(3)} EX ${s.digits(5)}/26`;
      return {
        headers: s.headers(
          `Exekutorský úřad ${s.pick(['Praha 4', 'Brno-město', 'Ostrava'])}`,
          `podatelna@${domain}`,
          [spfOnly(domain)],
        ),
        subject: `Výzva k úhradě před zahájením exekuce – sp. zn. ${file}`,
        text: `Dobrý den,\n\nv příloze Vám zasíláme výzvu k dobrovolnému plnění ve věci sp. zn. ${file}. Neuhradíte-li dlužnou částku do 3 dnů, bude nařízena exekuce a zablokovány Vaše účty.\n\nPlatební údaje a podrobnosti naleznete v příloze.\n\nExekutorský úřad`,
        parts: [
          pdfAttachment(`Vyzva_${file.replace(/[ /]/g, '_')}.pdf`, [
            'Vyzva k dobrovolnemu plneni',
            `Spisova znacka: ${file}`,
            `Dluzna castka: ${continental(s.money(3_000, 40_000))} Kc`,
            `Ucet pro platbu: ${muleAccount(s)}`,
          ]),
        ],
      };
    },
  },
  // Attachments and a callback, in Turkish and Portuguese.
  {
    kind: 'double-extension',
    template: 'siparis-listesi-zip-turkce',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(s.stranger.name, `satinalma@${sender}`, [signed(sender)]),
        subject: `Yeni sipariş – SIPARIS_${s.digits(6)}`,
        text: `Merhaba,\n\nEkte yeni siparişimizi bulabilirsiniz. Fiyat ve teslim tarihini en kısa sürede bildirmenizi rica ederiz.\n\nİyi çalışmalar,\n${s.stranger.name}\nSatın Alma Departmanı`,
        parts: [
          attach(
            'application/zip',
            `SIPARIS_${s.digits(6)}.zip`,
            zipOf(`SIPARIS_LISTESI_${s.digits(6)}.pdf.exe`),
          ),
        ],
      };
    },
  },
  {
    kind: 'callback',
    template: 'renovacao-antivirus-ligue-portugues',
    write: async (s) => {
      const phone = `+351 21 ${s.digits(3)} ${s.digits(4)}`;
      const from = s.freemail(s.stranger);
      return {
        headers: s.headers('Faturação Proteção Total', from, [signed(domainOf(from))]),
        subject: `Fatura n.º ${s.digits(8)} – renovação automática confirmada`,
        text: `Caro cliente,\n\nA sua subscrição anual foi renovada automaticamente. O valor de €${continental(s.money(289, 499))} será debitado do seu cartão em 24 horas.\n\nSe não reconhece esta compra, ligue para o nosso apoio ao cliente: ${phone}\n\nA fatura segue em anexo.`,
        parts: [
          pdfAttachment(
            `Fatura_${s.digits(8)}.pdf`,
            ['Fatura – Protecao Total 3 anos', `Total: EUR ${s.money(289, 499)}`, `Cancelamentos: ${phone}`],
            { jpeg: await qrJpeg(`tel:${phone.replace(/ /g, '')}`) },
          ),
        ],
      };
    },
  },
];
