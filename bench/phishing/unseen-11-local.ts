// The eleventh unseen set's lures in the staff's other languages: Japanese toll-road and card notices,
// Korean parcel and health-insurance messages, Brazilian tax and e-invoice mail, Polish parcel surcharges and
// bank checks, Turkish tax refunds and customs fees; each in the wording those campaigns use at home.
import { qrJpeg } from './payloads.js';
import {
  amount,
  digits,
  FREEMAIL,
  fromLine,
  lureHost,
  lurePath,
  pass,
  person,
  render,
  spfOnly,
  type Template,
  token,
  upper,
} from './unseen-11-scene.js';
import { onePagePdf } from './unseen-payloads.js';

export const LOCAL_LURES: Template[] = [
  {
    name: 'ja-etc-usage-suspended',
    kind: 'toll-service-suspension',
    locale: 'ja',
    write(r, to) {
      const host = lureHost(r, ['etc-meisai', 'etc-riyou', 'etcservice']);
      return {
        from: fromLine(r.pick(['ETC利用照会サービス', 'ETCマイレージサービス']), `info@${host}`),
        auth: r.below(3) === 0 ? spfOnly(host) : pass(host),
        subject: r.pick([
          '【重要】ETCサービスのご利用停止のお知らせ',
          'ETC利用照会サービス：ご登録情報の確認',
          '【ETC】未払い料金のお支払いについて',
        ]),
        ...render(r, {
          paras: [
            `${to.name} 様`,
            r.pick([
              'いつもETCサービスをご利用いただきありがとうございます。',
              'ETC利用照会サービスをご利用いただき、誠にありがとうございます。',
            ]),
            r.pick([
              'ご登録のクレジットカードの有効期限が切れているため、ETCサービスを一時停止いたしました。',
              '未払いの通行料金が確認されました。期日までにお支払いがない場合、ETCカードが利用できなくなります。',
            ]),
            '下記のリンクよりご登録情報をご確認ください。',
          ],
          button: { label: 'ご登録情報を確認する', href: `https://${host}${lurePath(r, to.email)}` },
          footer: '※本メールは送信専用です。',
        }),
      };
    },
  },
  {
    name: 'ja-card-usage-check',
    kind: 'card-usage-confirmation',
    locale: 'ja',
    write(r, to) {
      const host = lureHost(r, ['card-anshin', 'vpass-check', 'card-kakunin']);
      const card = r.pick(['三井住友カード', 'JCBカード', 'イオンカード', '楽天カード']);
      return {
        from: fromLine(card, `security@${host}`),
        auth: pass(host),
        subject: r.pick([
          `【${card}】ご利用確認のお願い`,
          `【${card}】不正利用の可能性があるお取引について`,
          '【重要】カードご利用の一時制限',
        ]),
        ...render(r, {
          paras: [
            `${to.name} 様`,
            `第三者による不正利用の可能性があるお取引（${amount(r, 8000, 98000).replace(/\.\d\d$/, '')}円）を検知したため、カードのご利用を一時的に制限しております。`,
            'お手数ですが、24時間以内にご本人確認をお願いいたします。',
          ],
          button: { label: 'ご利用内容を確認する', href: `https://${host}${lurePath(r, to.email)}` },
          sign: [card, 'セキュリティ対策室'],
        }),
      };
    },
  },
  {
    name: 'ko-parcel-address',
    kind: 'parcel-address-check',
    locale: 'ko',
    write(r, to) {
      const domain = r.below(2) === 0 ? 'naver.com' : lureHost(r, ['cjlogis', 'parcel-kr', 'hanjin']);
      const host = lureHost(r, ['cjlogis', 'delivery-kr', 'address']);
      return {
        from: fromLine(r.pick(['CJ대한통운', '한진택배', '우체국택배']), `notice${digits(r, 3)}@${domain}`),
        auth: pass(domain),
        subject: r.pick([
          '[택배] 주소지 불명으로 배송이 보류되었습니다',
          '[배송안내] 주소 확인 요청',
          '고객님의 택배가 반송 예정입니다',
        ]),
        ...render(r, {
          paras: [
            `${to.name} 고객님,`,
            `운송장번호 ${digits(r, 12)} 의 상품이 주소지 불명으로 보관 중입니다.`,
            r.pick([
              '48시간 이내에 주소를 확인하지 않으면 반송 처리됩니다.',
              '아래 링크에서 주소를 수정해 주세요.',
            ]),
          ],
          button: { label: '주소 확인하기', href: `https://${host}${lurePath(r, to.email)}` },
        }),
      };
    },
  },
  {
    name: 'ko-health-checkup-result',
    kind: 'health-insurance-notice',
    locale: 'ko',
    write(r, to) {
      const host = lureHost(r, ['nhis-result', 'health-check', 'gunbo']);
      return {
        from: fromLine('국민건강보험공단', `no-reply@${host}`),
        auth: spfOnly(host),
        subject: r.pick([
          '[국민건강보험] 건강검진 결과 안내',
          '[건강보험] 환급금 조회 안내',
          '건강검진 결과 통보서가 도착했습니다',
        ]),
        ...render(r, {
          paras: [
            `${to.name}님, 안녕하세요.`,
            r.pick([
              '요청하신 건강검진 결과 통보서가 발송되었습니다. 본인 인증 후 확인하실 수 있습니다.',
              `미수령 환급금 ${amount(r, 30000, 180000).replace(/\.\d\d$/, '')}원이 있습니다. 기한 내 신청하지 않으면 소멸됩니다.`,
            ]),
          ],
          button: { label: '결과 확인', href: `https://${host}${lurePath(r, to.email)}` },
        }),
      };
    },
  },
  {
    name: 'pt-cpf-irregular',
    kind: 'tax-irregularity',
    locale: 'pt',
    write(r, to) {
      const host = lureHost(r, ['receita', 'regularize-cpf', 'gov-br']);
      return {
        from: fromLine(r.pick(['Receita Federal', 'gov.br - Receita Federal']), `atendimento@${host}`),
        auth: r.below(2) === 0 ? pass(host) : spfOnly(host),
        subject: r.pick([
          'Pendência na sua declaração de IRPF',
          'CPF irregular - regularize até amanhã',
          'Notificação: malha fina 2026',
        ]),
        ...render(r, {
          paras: [
            `Prezado(a) ${to.first} ${to.last},`,
            r.pick([
              'Identificamos uma pendência na sua declaração do Imposto de Renda que pode levar ao bloqueio do seu CPF.',
              'Seu CPF consta como pendente de regularização. Evite multa e bloqueio de contas bancárias.',
            ]),
            `Protocolo: ${digits(r, 4)}.${digits(r, 6)}/${2026}`,
          ],
          button: { label: 'Regularizar agora', href: `https://${host}${lurePath(r, to.email)}` },
          footer: 'Esta é uma mensagem automática, não responda.',
        }),
      };
    },
  },
  {
    name: 'pt-nfe-boleto',
    kind: 'einvoice-boleto',
    locale: 'pt',
    async write(r, to) {
      const domain = r.pick(['gmail.com', 'uol.com.br', 'outlook.com']);
      const sender = person(r, 'pt', domain, false);
      const host = lureHost(r, ['nfe-download', 'boleto', 'notafiscal']);
      const nf = digits(r, 6);
      const pdf = onePagePdf(
        [
          `Nota Fiscal Eletronica No ${nf}`,
          `Valor: R$ ${amount(r, 300, 9800, true)}`,
          'Pague com PIX lendo o QR code abaixo',
          `Vencimento: ${10 + r.below(18)}/11/2026`,
        ],
        { jpeg: await qrJpeg(`https://${host}/pix/${token(r, 12)}`) },
      );
      return {
        from: fromLine(sender.name, sender.email),
        auth: pass(domain),
        subject: r.pick([`NF-e ${nf} - boleto em anexo`, `Segue nota fiscal ${nf}`, 'Boleto vencendo hoje']),
        ...render(
          r,
          {
            paras: [
              `Bom dia ${to.first},`,
              `Segue em anexo a nota fiscal ${nf} e o boleto para pagamento. Qualquer dúvida estou à disposição.`,
            ],
            sign: ['Att.,', sender.name, 'Financeiro'],
          },
          'text',
        ),
        parts: [{ type: 'application/pdf', name: `NFe_${nf}.pdf`, content: pdf }],
      };
    },
  },
  {
    name: 'pl-parcel-surcharge',
    kind: 'parcel-surcharge',
    locale: 'pl',
    write(r, to) {
      const host = lureHost(r, ['inpost-doplata', 'paczka', 'przesylka']);
      return {
        from: fromLine(r.pick(['InPost', 'Poczta Polska', 'DPD Polska']), `powiadomienia@${host}`),
        auth: pass(host),
        subject: r.pick([
          'Twoja paczka czeka na dopłatę',
          `Przesyłka ${digits(r, 24).slice(0, 16)} wstrzymana`,
          'Dopłata do przesyłki - ostatnie przypomnienie',
        ]),
        ...render(r, {
          paras: [
            `Dzień dobry ${to.first},`,
            `Twoja przesyłka nie mogła zostać doręczona z powodu niedopłaty w wysokości ${amount(r, 1, 7, true)} zł.`,
            r.pick([
              'Opłać ją BLIK-iem w ciągu 24 godzin, inaczej paczka wróci do nadawcy.',
              'Dokonaj dopłaty, aby otrzymać nowy kod odbioru.',
            ]),
          ],
          button: { label: 'Zapłać dopłatę', href: `https://${host}${lurePath(r, to.email)}` },
        }),
      };
    },
  },
  {
    name: 'pl-bank-verification',
    kind: 'bank-verification',
    locale: 'pl',
    write(r, to) {
      const host = lureHost(r, ['pko-weryfikacja', 'bank-bezpieczny', 'ipko']);
      const bank = r.pick(['PKO Bank Polski', 'mBank', 'Santander Bank Polska', 'ING Bank Śląski']);
      return {
        from: fromLine(bank, `bezpieczenstwo@${host}`),
        auth: r.below(2) === 0 ? pass(host) : spfOnly(host),
        subject: r.pick([
          'Wymagana aktualizacja danych',
          'Twoje konto zostało tymczasowo zablokowane',
          'Potwierdź swoją tożsamość',
        ]),
        ...render(r, {
          paras: [
            `Szanowny Kliencie,`,
            r.pick([
              'W związku z nowymi przepisami musimy potwierdzić Twoje dane. Bez tego dostęp do bankowości elektronicznej zostanie ograniczony.',
              'Zauważyliśmy nietypowe logowanie do Twojego konta i tymczasowo je zablokowaliśmy.',
            ]),
          ],
          button: { label: 'Zaloguj się i potwierdź', href: `https://${host}${lurePath(r, to.email)}` },
          sign: [bank],
        }),
      };
    },
  },
  {
    name: 'tr-tax-refund',
    kind: 'tax-refund',
    locale: 'tr',
    write(r, to) {
      const host = lureHost(r, ['edevlet-iade', 'vergi-iade', 'turkiye-gov']);
      return {
        from: fromLine(r.pick(['e-Devlet Kapısı', 'Gelir İdaresi Başkanlığı']), `bilgilendirme@${host}`),
        auth: spfOnly(host),
        subject: r.pick([
          'Vergi iadeniz onaylandı',
          'e-Devlet: adınıza iade tutarı tanımlandı',
          'İade başvurunuz için son gün',
        ]),
        ...render(r, {
          paras: [
            `Sayın ${to.first} ${to.last},`,
            `Adınıza ${amount(r, 400, 4800, true)} TL tutarında vergi iadesi tanımlanmıştır.`,
            r.pick([
              'İadenin hesabınıza aktarılması için kart bilgilerinizi doğrulayınız.',
              'Başvurunuzu 48 saat içinde tamamlamazsanız iade iptal edilecektir.',
            ]),
          ],
          button: { label: 'İadeyi al', href: `https://${host}${lurePath(r, to.email)}` },
        }),
      };
    },
  },
  {
    name: 'tr-customs-fee',
    kind: 'customs-fee',
    locale: 'tr',
    write(r, to) {
      const domain = r.below(2) === 0 ? r.pick(FREEMAIL) : lureHost(r, ['kargo-takip', 'gumruk']);
      const host = lureHost(r, ['kargo', 'gumruk-odeme', 'teslimat']);
      return {
        from: fromLine(
          r.pick(['Yurtiçi Kargo', 'PTT Kargo', 'Aras Kargo']),
          `destek.${token(r, 3)}@${domain}`,
        ),
        auth: pass(domain),
        subject: r.pick([
          `Gönderiniz gümrükte bekliyor (${upper(r, 2)}${digits(r, 9)}TR)`,
          'Gümrük vergisi ödemesi gerekiyor',
          'Kargonuz teslim edilemedi',
        ]),
        ...render(r, {
          paras: [
            `Merhaba ${to.first},`,
            `Yurt dışından gelen gönderiniz için ${amount(r, 40, 190, true)} TL gümrük ücreti ödenmesi gerekmektedir.`,
            'Ödeme yapılmazsa gönderi 3 iş günü içinde iade edilecektir.',
          ],
          button: { label: 'Ödeme yap', href: `https://${host}${lurePath(r, to.email)}` },
        }),
      };
    },
  },
];
