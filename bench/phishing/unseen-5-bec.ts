// The fifth unseen set's business-email compromise and conversation fraud (unseen-5.ts joins them to its
// lures): executive and vendor impersonation, payroll and bank-detail diversion, hijacked threads, gift
// cards, purchase-order and closing-wire fraud, first-contact notes that only open a conversation,
// romance and investment openers, after 2022–2026 cases as CISA, the FBI's IC3 and mail-security vendors
// describe them. Most carry no link at all; written without the analysers in sight; every attacker's
// domain is reserved or made up.
import type { Scene } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry } from './unseen-4.js';
import { attach, combosquat, pdfAttachment, quotedHistory, replyHeaders } from './unseen-5-parts.js';
import { protectedZip } from './unseen-payloads.js';

/** A bank account the fraud asks money to go to: a made-up IBAN or US routing and account numbers. */
function muleAccount(s: Scene): string[] {
  return s.pick([
    [
      `Bank: ${s.pick(['Revolut Business', 'Wise', 'Bunq'])}`,
      `IBAN: LT${s.digits(2)} 3250 0${s.digits(3)} ${s.digits(4)} ${s.digits(4)}`,
      'BIC: REVOLT21',
    ],
    [
      `Bank: ${s.pick(['Citizens Bank', 'Regions Bank', 'Truist'])}`,
      `Routing (ABA): 0${s.digits(8)}`,
      `Account: ${s.digits(10)}`,
    ],
    [
      `Bank: ${s.pick(['Metro Bank', 'Starling Bank'])}`,
      `Sort code: 23-${s.digits(2)}-${s.digits(2)}`,
      `Account: ${s.digits(8)}`,
    ],
  ]);
}

/** The executive's mobile signature that excuses a short note. */
const onTheGo = (s: Scene) =>
  s.pick(['Sent from my iPhone', 'Sent from my mobile', 'Sent from Outlook for iOS']);

export const BEC_ENTRIES: EncodedEntry[] = [
  {
    kind: 'ceo-fraud',
    template: 'wire-before-audit-freemail',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.freemail(s.boss), [`Reply-To: ${s.freemail(s.boss)}`]),
      subject: 'Payment needed today',
      text: [
        `${s.victim.first},`,
        '',
        `I need you to process a payment of $${s.money(28_000, 96_000)} to a new supplier before the auditors close the quarter`,
        "tomorrow. I'm in back-to-back meetings with the board and can't take calls. I will send you the",
        'wiring details as soon as you confirm you can handle it now. Keep it between us until it is announced.',
        '',
        s.boss.first,
        onTheGo(s),
      ].join('\n'),
    }),
  },
  {
    kind: 'ceo-fraud',
    template: 'new-number-messaging-french',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(
        s.boss.name,
        `${s.boss.first}.${s.boss.last}@${combosquat(s, 'corp.example')}`.toLowerCase(),
      ),
      subject: 'Dossier confidentiel',
      text: [
        `Bonjour ${s.victim.first},`,
        '',
        "Je travaille sur une opération d'acquisition confidentielle avec nos avocats et j'aurai besoin de vous",
        "aujourd'hui pour un paiement. Pouvez-vous m'écrire sur WhatsApp à ce nouveau numéro :",
        `+33 6 ${s.digits(2)} ${s.digits(2)} ${s.digits(2)} ${s.digits(2)} ? Merci de n'en parler à personne pour le moment.`,
        '',
        'Cordialement,',
        s.boss.name,
      ].join('\n'),
    }),
  },
  {
    kind: 'deepfake-follow-up',
    template: 'video-call-transfer-confirmation',
    write: (s) => {
      const from = `${s.boss.first}.${s.boss.last}@${combosquat(s, 'corp.example')}`.toLowerCase();
      return {
        headers: s.headers(s.boss.name, from, [authResults(domainOf(from), ['pass', 'pass', 'pass'])]),
        subject: 'Following our video call – transfers',
        text: [
          `${s.victim.first},`,
          '',
          'Thanks for joining the call with the UK team earlier. As agreed with the CFO, please make the',
          `${2 + s.below(4)} transfers we discussed today, totalling $${s.money(180_000, 900_000)}, to the account below. The details of`,
          'each transfer follow in a separate message. This stays confidential until the transaction is announced.',
          '',
          ...muleAccount(s),
          '',
          s.boss.name,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'gift-card',
    template: 'staff-appreciation-cards',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.freemail(s.boss)),
      subject: 'Quick favour',
      text: [
        `Hi ${s.victim.first}, are you free? I want to surprise some of the team with gift cards as appreciation`,
        `for their hard work this year. Can you get ${5 + s.below(6)} ${s.pick(['Apple', 'Amazon', 'Visa', 'Google Play'])} gift cards at $100 each`,
        'from a store near you? Scratch the back and send me pictures of the codes here, I will reimburse you today.',
        '',
        'Please keep it a surprise.',
        s.boss.first,
        onTheGo(s),
      ].join('\n'),
    }),
  },
  {
    kind: 'gift-card',
    template: 'gift-cards-italian',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.freemail(s.boss)),
      subject: 'Richiesta urgente',
      text: [
        `Ciao ${s.victim.first},`,
        '',
        'sei in ufficio? Ho bisogno che tu acquisti delle carte regalo per dei clienti oggi stesso, sono in riunione',
        'e non posso telefonare. Ti rimborso entro stasera. Rispondimi appena leggi.',
        '',
        s.boss.first,
      ].join('\n'),
    }),
  },
  {
    kind: 'payroll-diversion',
    template: 'direct-deposit-before-cutoff',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.freemail(s.colleague)),
      subject: 'Direct deposit update',
      text: [
        'Hello,',
        '',
        'I changed banks and would like my next paycheck to go to my new account. What information do you need',
        'from me, and can it be done before the next payroll run? I am on the road today so email is best.',
        '',
        'Thanks,',
        s.colleague.name,
      ].join('\n'),
    }),
  },
  {
    kind: 'payroll-diversion',
    template: 'bank-change-form-lookalike',
    write: (s) => {
      const from = `${s.colleague.first}.${s.colleague.last}@${combosquat(s, 'corp.example')}`.toLowerCase();
      return {
        headers: s.headers(s.colleague.name, from, [authResults(domainOf(from), ['pass', 'pass', 'pass'])]),
        subject: 'Updated banking form for payroll',
        text: `Hi,\n\nAttached is my signed direct deposit form with my new account. Please make sure it is in place for this pay period and confirm when done.\n\nThank you,\n${s.colleague.name}`,
        parts: [
          pdfAttachment('Direct_Deposit_Authorization.pdf', [
            'Direct Deposit Authorization',
            `Employee: ${s.colleague.name}`,
            ...muleAccount(s),
            'Deposit: 100% of net pay',
          ]),
        ],
      };
    },
  },
  {
    kind: 'vendor-bank-change',
    template: 'compromised-vendor-mailbox-letter',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
      ]),
      subject: `Change of bank details – ${s.vendor.name}`,
      text: `Dear valued customer,\n\nPlease note that ${s.vendor.name} has changed banks following a group restructuring. Our new remittance details are on the attached letter, signed by our finance director. Please update your records and use them for all open invoices, including the ones due this week.\n\nKind regards,\n${s.stranger.name}\nAccounts Receivable`,
      parts: [
        pdfAttachment(`${s.vendor.name.replace(/\W+/g, '_')}_Bank_Details.pdf`, [
          `${s.vendor.name} – notice of change of bank details`,
          ...muleAccount(s),
          'Effective immediately. The previous account is closed.',
        ]),
      ],
    }),
  },
  {
    kind: 'vendor-bank-change',
    template: 'lookalike-vendor-spanish',
    transfer: 'quoted-printable',
    write: (s) => {
      const from = `${s.stranger.first}.${s.stranger.last}@${combosquat(s, s.vendor.domain)}`.toLowerCase();
      return {
        headers: s.headers(s.stranger.name, from, [authResults(domainOf(from), ['pass', 'pass', 'none'])]),
        subject: 'Actualización de datos bancarios',
        text: [
          'Buenos días,',
          '',
          'Les informamos de que, por una auditoría interna, hemos cambiado la cuenta en la que recibimos los pagos.',
          'Les rogamos que las facturas pendientes se abonen a partir de hoy en la nueva cuenta:',
          '',
          ...muleAccount(s),
          '',
          'Por favor, confirmen por este medio cuando hayan actualizado sus registros. Estos días no atendemos llamadas.',
          '',
          'Un saludo,',
          `${s.stranger.name} – Administración, ${s.vendor.name}`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'vendor-bank-change',
    template: 'remittance-portal-migration',
    write: (s) => {
      const from = `ar@${combosquat(s, s.vendor.domain)}`;
      return {
        headers: s.headers(`${s.vendor.name} Accounts Receivable`, from, [
          authResults(domainOf(from), ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.vendor.name}: new payment portal from ${s.pick(['1 December', 'next month'])}`,
        text: [
          `Dear ${s.company} accounts payable team,`,
          '',
          `${s.vendor.name} is moving its receivables to a new payment platform. Please register your company and`,
          `confirm the open balance of $${s.money(12_000, 140_000)} on https://${domainOf(from)}/register before your next payment run;`,
          'payments sent to the old account after that date will be returned.',
          '',
          'Best regards,',
          'Accounts Receivable',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    template: 'thread-reply-html-link',
    write: (s) => {
      const topic = s.pick([
        'Spare parts order',
        'Quarterly service visit',
        'Freight rates 2027',
        'Tender documents',
      ]);
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          ...replyHeaders(s, s.vendor.domain),
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `RE: ${topic}`,
        html: [
          `<p>Hi ${s.victim.first},</p><p>As requested, the updated documents are here: <a href="https://${s.host('share', 'docs')}/d/${s.token(10)}">${topic}.pdf</a></p><p>Regards,<br>${s.stranger.name}</p>`,
          `<hr><p><b>From:</b> ${s.victim.name}<br><b>Sent:</b> ${s.pick(['Tuesday', 'Wednesday'])}, October ${5 + s.below(20)}, 2026<br><b>Subject:</b> ${topic}</p>`,
          `<p>Hi ${s.stranger.first}, could you resend the latest version? The one we have seems out of date.</p>`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    template: 'thread-reply-protected-zip',
    write: (s) => {
      const topic = s.pick(['Outstanding payment', 'Signed contract', 'Delivery note']);
      const password = s.digits(4);
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, replyHeaders(s, s.vendor.domain)),
        subject: `Re: ${topic}`,
        text: [
          'Good morning,',
          '',
          `Attached as requested. Password: ${password}`,
          '',
          s.stranger.name,
          quotedHistory(`${s.victim.name} <${s.victim.email}>`, 'Monday, 26 October 2026 16:02', topic, [
            `${s.stranger.first},`,
            `Thanks, please send the ${topic.toLowerCase()} when you have it.`,
            s.victim.first,
          ]),
        ].join('\n'),
        parts: [
          attach(
            'application/zip',
            `${topic.replace(/ /g, '_')}_${password}.zip`,
            protectedZip(`${topic.replace(/ /g, '_')}.js`, Number(password)),
          ),
        ],
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    template: 'thread-bank-details-polish',
    transfer: 'base64',
    write: (s) => {
      const invoice = `FV/${s.digits(4)}/10/2026`;
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, replyHeaders(s, s.vendor.domain)),
        subject: `Odp: Faktura ${invoice}`,
        text: [
          'Dzień dobry,',
          '',
          'dziękujemy za informację. Prosimy o dokonanie płatności za fakturę na nasz nowy rachunek, ponieważ',
          'poprzedni jest w trakcie zamykania:',
          '',
          `PL${s.digits(2)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)}`,
          '',
          'Pozdrawiam',
          s.stranger.name,
          '',
          `> ${s.victim.first}: Faktura ${invoice} zostanie zapłacona w piątek.`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'first-contact',
    template: 'are-you-available',
    write: (s) => ({
      headers: s.headers(
        s.boss.name,
        `${s.boss.first}${s.boss.last}.office@${s.pick(['outlook.example', 'gmail.example'])}`.toLowerCase(),
      ),
      subject: s.pick(['Are you available?', 'Hello', 'Request', `${s.victim.first}?`]),
      text: `${s.pick(['Are you available?', 'Do you have a moment?', 'Are you at your desk?'])} I need you to handle a task for me discreetly.\n\n${s.boss.first}\n${onTheGo(s)}`,
    }),
  },
  {
    kind: 'first-contact',
    template: 'aging-report-request',
    write: (s) => {
      const from = `${s.boss.first}.${s.boss.last}@${combosquat(s, 'corp.example')}`.toLowerCase();
      return {
        headers: s.headers(s.boss.name, from, [`Reply-To: ${s.freemail(s.boss)}`]),
        subject: 'Aging report',
        text: `Hi ${s.victim.first},\n\nCan you send me the current accounts receivable aging report, with the contact email of each customer? I need it for a meeting with the bank this afternoon.\n\nThanks,\n${s.boss.first}`,
      };
    },
  },
  {
    kind: 'data-theft',
    template: 'employee-tax-forms-request',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.freemail(s.boss), [`Reply-To: ${s.freemail(s.boss)}`]),
      subject: 'Employee records for the auditors',
      text: [
        `${s.victim.first},`,
        '',
        "The auditors need a copy of all employees' W-2 forms and a list with names, dates of birth and Social",
        'Security numbers for a review this week. Please send them to me as one PDF by end of day.',
        '',
        s.boss.first,
      ].join('\n'),
    }),
  },
  {
    kind: 'closing-wire',
    template: 'escrow-updated-instructions',
    write: (s) => {
      const from = `closing@${s.host('title', 'escrow')}`;
      return {
        headers: s.headers(`${s.pick(['Summit', 'Keystone', 'Harbor'])} Title & Escrow`, from, [
          authResults(domainOf(from), ['pass', 'pass', 'pass']),
        ]),
        subject: `Closing on ${s.street()} – updated wiring instructions`,
        text: [
          `Hello ${s.victim.first},`,
          '',
          'Congratulations, we are on schedule for closing on Friday. Please note that our escrow account has changed',
          'due to an audit; use the instructions below for your closing funds and disregard any earlier ones.',
          '',
          ...muleAccount(s),
          `Amount: $${s.money(60_000, 240_000)}`,
          '',
          'Please wire today and reply with the confirmation. Our phones are down for maintenance; email is best.',
          '',
          'Escrow Officer',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'purchase-order-fraud',
    template: 'university-rfq-net30',
    write: (s) => {
      const from = `procurement@${s.host('university', 'edu-purchasing')}`;
      return {
        headers: s.headers('Purchasing Department', from, [
          authResults(domainOf(from), ['pass', 'pass', 'pass']),
        ]),
        subject: `Request for quotation – RFQ ${s.digits(6)}`,
        text: [
          'Dear Sales Team,',
          '',
          'We would like a quotation for the items below, delivered to our receiving warehouse, on net 30 terms:',
          '',
          `- ${20 + s.below(40)} x ${s.pick(['laptop docking stations', 'industrial label printers', 'enterprise SSD 3.84 TB'])}`,
          `- ${10 + s.below(30)} x ${s.pick(['27-inch monitors', 'network switches 48-port', 'UPS units 1500VA'])}`,
          '',
          `Please also send your credit application. Delivery address: ${s.street()}, Building ${s.digits(1)}, Receiving.`,
          '',
          'Regards,',
          `${s.stranger.name}, Senior Buyer`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'fake-invoice',
    template: 'consulting-invoice-no-context',
    write: (s) => {
      const from = `billing@${s.host('advisory', 'partners')}`;
      const invoice = s.digits(5);
      return {
        headers: s.headers(`${s.pick(['Crestline', 'Stonebridge', 'Pinnacle'])} Advisory`, from),
        subject: `Invoice ${invoice} – past due`,
        text: `Good afternoon,\n\nOur invoice for the ${s.pick(['compliance review', 'market analysis', 'IT audit'])} services provided to ${s.company} is now 15 days past due. Please arrange payment of $${s.money(4_000, 19_000)} at your earliest convenience; the invoice and our bank details are attached.\n\nRegards,\nBilling`,
        parts: [
          pdfAttachment(`Invoice_${invoice}.pdf`, [
            'INVOICE',
            `Bill to: ${s.company}`,
            'Professional services rendered',
            ...muleAccount(s),
          ]),
        ],
      };
    },
  },
  {
    kind: 'fake-invoice',
    template: 'directory-listing-renewal',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Register of European Businesses', `renewal@${s.host('business', 'register')}`),
      subject: `Renouvellement / Renewal – ${s.company}`,
      text: [
        `${s.company},`,
        '',
        'Please check and correct your company data below and return the signed form. The entry in the register',
        'for three years costs 1 290 € per year; by signing you order the entry.',
        '',
        'Veuillez vérifier vos données et renvoyer le formulaire signé.',
        '',
        'Register of European Businesses',
      ].join('\n'),
      parts: [
        pdfAttachment('Update_Form.pdf', [
          'Update form – please return signed',
          `Company: ${s.company}`,
          'Annual fee: EUR 1,290 – term: 3 years',
        ]),
      ],
    }),
  },
  {
    kind: 'attorney-impersonation',
    template: 'debt-settlement-lawyer',
    write: (s) => ({
      headers: s.headers(
        `${s.stranger.name}, Esq.`,
        `${s.stranger.last}@${s.host('law', 'llp')}`.toLowerCase(),
      ),
      subject: `Confidential – settlement for ${s.company}`,
      text: [
        `Dear ${s.victim.first},`,
        '',
        `${s.boss.name} has asked me to contact you directly regarding a confidential settlement that must be paid`,
        `today. I will send the wiring details once you confirm. ${s.boss.first} cannot be reached in the meantime and`,
        'has authorised me to proceed. Please do not discuss this with anyone else at the firm; it is covered by an NDA.',
        '',
        `${s.stranger.name}`,
        'Attorney at Law',
      ].join('\n'),
    }),
  },
  {
    kind: 'romance-opener',
    template: 'wrong-recipient-chat',
    write: (s) => ({
      headers: s.headers(s.stranger.first, s.freemail(s.stranger)),
      subject: s.pick(['Hi, is this still Kevin?', 'Dinner on Friday?', 'Long time no see']),
      text: `Hi, is this Kevin? We met at the wine tasting last month and you gave me this address. I hope I did not get it wrong 😊 I just moved back from Singapore and don't know many people here. If I have the wrong person, sorry for bothering you, but maybe we can still be friends?\n\n${s.stranger.first}`,
    }),
  },
  {
    kind: 'investment-scam',
    template: 'mentor-crypto-platform',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.freemail(s.stranger)),
      subject: 'The strategy I mentioned',
      text: [
        `Hi ${s.victim.first},`,
        '',
        'It was nice chatting with you. As I said, my uncle works at a fund and shares signals with a small',
        'group. Last month I made 32% on the platform he uses. You can start with $1,000 and withdraw anytime.',
        '',
        `Register here with my invitation code ${s.token(6).toUpperCase()}: https://${s.host('coin', 'trade')}/register`,
        '',
        "Let me know when you're in and I will guide you through your first trade.",
        s.stranger.first,
      ].join('\n'),
    }),
  },
  {
    kind: 'recovery-scam',
    template: 'funds-recovery-agency',
    write: (s) => ({
      headers: s.headers('Cyber Asset Recovery Unit', `cases@${s.host('asset', 'recovery')}`),
      subject: `Case ${s.digits(6)}: your lost funds have been traced`,
      text: [
        `Dear ${s.victim.first} ${s.victim.last},`,
        '',
        'Working with international law enforcement, our unit has traced funds lost to an online investment fraud',
        `to wallets linked to your name. To release $${s.money(20_000, 80_000)} to you, a recovery fee of 8% must be paid in`,
        `advance to ${s.eth()}.`,
        '',
        'Reply with your phone number to be assigned an agent.',
        '',
        'Case Officer',
      ].join('\n'),
    }),
  },
  {
    kind: 'advance-fee',
    template: 'unclaimed-inheritance',
    write: (s) => ({
      headers: s.headers(`Barrister ${s.stranger.name}`, s.freemail(s.stranger)),
      subject: `Estate of late ${s.pick(['Mr. Richard', 'Engr. Paul', 'Dr. Henry'])} ${s.victim.last}`,
      text: `Dear ${s.victim.first},\n\nI am the personal attorney of a late client who shared your surname and died without a will, leaving USD 8.5 million in a bank here. I propose that you stand as next of kin so the funds can be released; we will share the proceeds. Kindly reply with your full name, address and phone number to proceed.\n\nYours faithfully,\nBarrister ${s.stranger.name}`,
    }),
  },
  {
    kind: 'job-scam',
    template: 'mystery-shopper-check',
    write: (s) => ({
      headers: s.headers('Customer Experience Research', s.freemail(s.stranger)),
      subject: 'Mystery shopper assignment – $400 per evaluation',
      text: [
        `Hello ${s.victim.first},`,
        '',
        'You have been selected as a secret shopper in your area. We will mail you a cheque of $2,450; deposit it,',
        'keep $400 for your work, use $50 in a store of your choice, and send the rest by money transfer to the',
        'address we give you to evaluate the service.',
        '',
        'Reply with your full name, address and mobile number to receive your first assignment.',
      ].join('\n'),
    }),
  },
  {
    kind: 'vendor-onboarding',
    template: 'new-supplier-registration',
    write: (s) => {
      const from = `sales@${s.host('industrial', 'supply')}`;
      return {
        headers: s.headers(
          `${s.stranger.name} – ${s.pick(['Apex', 'Vantage', 'Meridian'])} Industrial Supply`,
          from,
          [authResults(domainOf(from), ['pass', 'pass', 'pass'])],
        ),
        subject: `Supplier registration – on behalf of ${s.boss.name}`,
        text: [
          `Hello ${s.victim.first},`,
          '',
          `${s.boss.name} approved us as a supplier during our call last week and asked me to send you our vendor`,
          'set-up form and W-9 so our first invoice can be paid this week. Both are attached; our bank details are on the form.',
          '',
          'Thank you,',
          s.stranger.name,
        ].join('\n'),
        parts: [
          pdfAttachment('Vendor_Setup_Form.pdf', [
            'Vendor set-up form',
            ...muleAccount(s),
            'Payment terms: immediate',
          ]),
          attach(
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'W9_Form.docx',
            Buffer.from('PK\u0003\u0004 word/document.xml inert'),
          ),
        ],
      };
    },
  },
  {
    kind: 'callback',
    template: 'order-confirmation-phone-only',
    write: (s) => ({
      headers: s.headers('Order Confirmation', s.freemail(s.stranger)),
      subject: `Your order INV${s.digits(8)} has shipped`,
      text: [
        'Thank you for your purchase.',
        '',
        `Item: ${s.pick(['MacBook Pro 16"', 'PlayStation 5 Bundle', 'Dyson V15 Detect'])}`,
        `Amount charged: $${s.money(499, 2_499)}`,
        'Payment method: card on file',
        '',
        `To cancel this order or dispute the charge, call us within 24 hours at ${s.phone()}.`,
      ].join('\n'),
    }),
  },
  {
    kind: 'tech-support',
    template: 'refund-overpayment-remote',
    write: (s) => ({
      headers: s.headers('Refund Desk', s.freemail(s.stranger)),
      subject: 'Refund of your service subscription',
      text: [
        `Dear ${s.victim.first},`,
        '',
        `You are owed a refund of $${s.money(199, 499)} for a tech support plan that was discontinued. To process it,`,
        `call our refund desk at ${s.phone()}; the technician will connect to your computer to transfer the money to`,
        'your bank account.',
        '',
        'Refund Desk',
      ].join('\n'),
    }),
  },
  {
    kind: 'tax',
    template: 'accountant-prior-returns',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.freemail(s.stranger)),
      subject: 'New client – tax preparation',
      text: [
        'Good day,',
        '',
        'I am looking for a preparer for my business and personal returns this year; my previous accountant retired.',
        'My prior-year returns and the documents you need are in the link below; let me know your fees.',
        '',
        `https://${s.host('docs', 'tax')}/client/${s.token(8)}/2025_Returns.zip`,
        '',
        s.stranger.name,
      ].join('\n'),
    }),
  },
];
