// The sixteenth unseen set's legitimate mail: what Saltmarsh Ceramics' owner, staff and shared inboxes really
// get - the real store platform, payment, marketplace, ad and courier notices with their buttons (disputes and
// chargebacks included), customers writing from free mail with photos, suppliers' invoices and price lists,
// the accountant, HMRC, the registrar and hosting renewals, newsletters, a makers' mailing list, internal
// notes and the mail in other languages from unseen-16-local.ts. Written blind, like the phishing set.
import type { SeededRandom } from './generate.js';
import { LOCAL_HAM } from './unseen-16-local.js';
import {
  auth,
  buildSet,
  INBOXES,
  OWNER,
  PDF,
  photoJpeg,
  plainWorkbook,
  type Scene,
  SHOP,
  STAFF,
  STORE_HOST,
  type Template,
  XLSX,
} from './unseen-16-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const ADMIN = 'https://admin.shopify.com/store/saltmarsh-ceramics';
const [, TOM, PRIYA, JONAS, ELIF, SAM, GRACE] = STAFF;

const sign = (s: Scene, name: string) =>
  `${s.pick(['Thanks,', 'Best,', 'Kind regards,', 'Cheers,', 'Many thanks,'])}\n${name}`;

const ENGLISH: Template[] = [
  {
    name: 'shopify-new-order',
    kind: 'ham',
    make(s) {
      const order = s.order();
      return {
        fromName: SHOP,
        from: 'mailer@shopify.com',
        auth: auth.genuine('shopify.com', 'email.shopify.com'),
        to: 'orders@corp.example',
        subject: `[${SHOP}] Order ${order} placed by ${s.person()}`,
        greeting: 'You have a new order.',
        paragraphs: [
          `${s.product()} x ${s.between(1, 3)}`,
          `Subtotal ${s.pounds(24, 260)} · Shipping: ${s.pick(['Royal Mail Tracked 48', 'DPD Next Day', 'International Tracked'])}`,
        ],
        button: { label: 'View order', href: `${ADMIN}/orders/${s.digits(13)}` },
        footer: `This email was sent by Shopify on behalf of ${SHOP}.`,
      };
    },
  },
  {
    name: 'shopify-payout-sent',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Shopify',
        from: 'no-reply@shopify.com',
        auth: auth.genuine('shopify.com', 'email.shopify.com'),
        to: s.pick(['accounts@corp.example', OWNER.address]),
        subject: s.pick([
          `Your payout of ${s.pounds(400, 7800)} is on its way`,
          'A payout has been sent to your bank',
        ]),
        greeting: `Hi ${OWNER.name.split(' ')[0]},`,
        paragraphs: [
          `A payout has been sent to your bank account ending in ${s.digits(4)}. It should arrive within ${s.between(2, 3)} business days.`,
          s.pick([
            `It covers ${s.between(8, 140)} orders since your last payout.`,
            'Payouts can take longer over bank holidays.',
            `Fees deducted: ${s.pounds(10, 180)}.`,
          ]),
        ],
        button: { label: 'View payout', href: `${ADMIN}/payments/payouts/${s.digits(11)}` },
        footer: 'Shopify International Limited, Victoria Buildings, 2nd Floor, 1-2 Haddington Road, Dublin 4',
      };
    },
  },
  {
    name: 'shopify-login-code',
    kind: 'ham',
    make(s) {
      const staff = s.pick(STAFF);
      return {
        fromName: 'Shopify',
        from: 'no-reply@shopify.com',
        auth: auth.genuine('shopify.com', 'email.shopify.com'),
        to: staff.address,
        subject: s.pick(['Your Shopify login code', 'Confirm it’s you logging in']),
        greeting: `Hi ${staff.name.split(' ')[0]},`,
        paragraphs: [
          `Your login code is ${s.digits(6)}. It expires in 15 minutes.`,
          'If you didn’t try to log in, you can ignore this email and consider changing your password.',
        ],
        shape: s.pick(['html', 'both'] as const),
      };
    },
  },
  {
    name: 'shopify-bill',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Shopify Billing',
        from: 'billing@shopify.com',
        auth: auth.genuine('shopify.com', 'email.shopify.com'),
        to: 'accounts@corp.example',
        subject: `Your Shopify bill for ${s.pick(['October', 'November'])} is ready`,
        greeting: 'Hello,',
        paragraphs: [
          `Your bill of ${s.pounds(69, 320)} (plan, apps and transaction fees) will be charged to your card ending ${s.digits(4)}.`,
          s.pick([
            'You can download a PDF copy of the bill in your admin.',
            `App charges this period: ${s.pick(['Klaviyo', 'Judge.me', 'Sufio Invoices'])}, ${s.pick(['Shopify Shipping labels', 'Shopify Email'])}.`,
            'Questions about your bill? Visit the Help Center.',
          ]),
        ],
        button: { label: 'View bill', href: `${ADMIN}/settings/billing/bills/${s.digits(9)}` },
      };
    },
  },
  {
    name: 'stripe-dispute-real',
    kind: 'ham',
    make(s) {
      const amount = s.pounds(30, 420);
      return {
        fromName: 'Stripe',
        from: 'notifications@stripe.com',
        auth: auth.genuine('stripe.com'),
        to: 'accounts@corp.example',
        subject: s.pick([`A ${amount} payment has been disputed`, 'Action required: respond to a dispute']),
        greeting: `${SHOP}:`,
        paragraphs: [
          `A customer disputed a ${amount} payment with their card issuer, reason: ${s.pick(['fraudulent', 'product not received', 'product unacceptable'])}. The amount and a £20.00 dispute fee have been withdrawn from your balance.`,
          `You can submit evidence until ${s.day()}. If you do not respond, the dispute will be lost.`,
        ],
        button: {
          label: 'Respond to dispute',
          href: `https://dashboard.stripe.com/disputes/dp_${s.token(20)}`,
        },
        footer: 'Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2',
      };
    },
  },
  {
    name: 'paypal-case-real',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'PayPal',
        from: 'service@paypal.co.uk',
        auth: auth.genuine('paypal.co.uk', 'paypal.co.uk'),
        to: s.pick(['orders@corp.example', 'accounts@corp.example']),
        subject: s.pick(['A buyer opened a case', `Case PP-D-${s.digits(9)}: item not received`]),
        greeting: `Hello ${SHOP},`,
        paragraphs: [
          `${s.person()} has opened a case for ${s.pounds(25, 190)}. We've put a temporary hold on the money while we sort this out.`,
          'Please respond in the Resolution Centre by giving tracking information or working it out with your buyer.',
        ],
        button: { label: 'Go to Resolution Centre', href: 'https://www.paypal.com/resolutioncenter' },
        footer: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.',
      };
    },
  },
  {
    name: 'paypal-payment-received',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'PayPal',
        from: 'service@paypal.co.uk',
        auth: auth.genuine('paypal.co.uk'),
        to: 'accounts@corp.example',
        subject: `You've got money - ${s.pounds(20, 180)} from ${s.person()}`,
        paragraphs: [
          `Note from buyer: "${s.pick(['For the mugs, thanks!', `Order ${s.order()}`, 'Commission deposit'])}"`,
        ],
        button: {
          label: 'View transaction',
          href: `https://www.paypal.com/activity/payment/${s.token(17).toUpperCase()}`,
        },
      };
    },
  },
  {
    name: 'etsy-sale',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Etsy',
        from: 'transaction@etsy.com',
        auth: auth.genuine('etsy.com', 'mail.etsy.com'),
        to: 'orders@corp.example',
        subject: s.pick([
          `You made a sale on Etsy - Ship by ${s.day()}`,
          `Cha-ching! You sold ${s.product()}`,
        ]),
        greeting: 'Congratulations on your sale!',
        paragraphs: [`Order total ${s.pounds(22, 240)}. Buyer: ${s.person()}.`],
        button: {
          label: 'View order',
          href: `https://www.etsy.com/your/orders/sold?order_id=${s.digits(10)}`,
        },
        footer: 'Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8',
        shape: 'html',
      };
    },
  },
  {
    name: 'etsy-conversation-relay',
    kind: 'ham',
    make(s) {
      const buyer = s.person();
      return {
        fromName: `${buyer.split(' ')[0]} via Etsy`,
        from: 'conversations@etsy.com',
        auth: auth.genuine('etsy.com', 'mail.etsy.com'),
        to: 'orders@corp.example',
        subject: `New message from ${buyer.split(' ')[0]}`,
        paragraphs: [
          s.pick([
            'Hi! Could you gift wrap the bowl and leave out the receipt? It is a present for my mum.',
            'Do you ship to Norway? The listing says UK and EU only.',
            'My parcel says delivered but it is not here. Could you check the tracking please?',
          ]),
        ],
        button: { label: 'Reply on Etsy', href: `https://www.etsy.com/messages/${s.digits(10)}` },
        footer: 'Etsy: replying to this email does not send a message.',
      };
    },
  },
  {
    name: 'amazon-buyer-message',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Amazon Marketplace',
        from: `${s.token(14)}@marketplace.amazon.co.uk`,
        auth: auth.genuine('marketplace.amazon.co.uk', 'amazon.co.uk'),
        to: 'orders@corp.example',
        subject: `Inquiry from Amazon customer ${s.person()} (Order: 20${s.digits(1)}-${s.digits(7)}-${s.digits(7)})`,
        paragraphs: [
          s.pick([
            'Hello, the teapot lid arrived chipped. Can you send a replacement lid only?',
            'Hi, is it possible to change delivery to my work address? Thanks',
            'Hello, I need this by Friday for a birthday - has it been posted yet?',
            'Could you confirm whether the mugs are microwave safe before I open the box?',
          ]),
        ],
        footer:
          'To respond to this customer, reply to this email or visit Seller Central: https://sellercentral.amazon.co.uk/messaging/inbox',
        shape: 'text',
      };
    },
  },
  {
    name: 'amazon-listing-issue-real',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Amazon Seller Central',
        from: 'seller-notification@amazon.co.uk',
        auth: auth.genuine('amazon.co.uk'),
        to: TOM.address,
        subject: s.pick([
          'Action required: listing suppressed for missing information',
          'Your listing is missing a product safety attribute',
        ]),
        greeting: 'Hello,',
        paragraphs: [
          `ASIN B0${s.token(8).toUpperCase()} (${s.product()}) has been suppressed because the "food contact" attribute is missing.`,
          'Add the information in Manage All Inventory to make the listing active again.',
        ],
        button: {
          label: 'Fix listing',
          href: 'https://sellercentral.amazon.co.uk/inventory?viewId=SUPPRESSED',
        },
      };
    },
  },
  {
    name: 'amazon-a-to-z-claim',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Amazon Seller Central',
        from: 'atoz-guarantee-no-reply@amazon.co.uk',
        auth: auth.genuine('amazon.co.uk'),
        to: 'orders@corp.example',
        subject: `A-to-z Guarantee claim for order 20${s.digits(1)}-${s.digits(7)}-${s.digits(7)}`,
        paragraphs: [
          s.pick([
            `A buyer has filed an A-to-z Guarantee claim (${s.pounds(20, 120)}). Please respond within 72 hours with tracking information or a refund.`,
            `The buyer says the item did not arrive. Claim amount ${s.pounds(20, 120)}. Respond within 72 hours; if you do not, Amazon may decide in the buyer's favour.`,
          ]),
          s.pick(['', 'Claim reason: Item not received.', 'Claim reason: Item damaged or defective.']),
        ],
        button: {
          label: 'Respond to claim',
          href: 'https://sellercentral.amazon.co.uk/gp/guarantee-claims/home.html',
        },
      };
    },
  },
  {
    name: 'ebay-item-sold',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'eBay',
        from: 'ebay@ebay.co.uk',
        auth: auth.genuine('ebay.co.uk'),
        to: 'orders@corp.example',
        subject: `You've sold your item: ${s.product()}`,
        paragraphs: [
          `Sold for ${s.pounds(15, 140)} to ${s.first().toLowerCase()}_${s.token(4)}. Please post by ${s.day()}.`,
          s.pick(['', 'The buyer has paid. Funds will be available after delivery is confirmed.']),
        ].filter(Boolean),
        button: {
          label: 'Print postage label',
          href: `https://www.ebay.co.uk/sh/ord/details?orderid=${s.digits(2)}-${s.digits(5)}-${s.digits(5)}`,
        },
        shape: 'html',
      };
    },
  },
  {
    name: 'meta-ads-receipt',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Meta ads',
        from: 'advertise-noreply@support.facebook.com',
        auth: auth.genuine('support.facebook.com', 'facebookmail.com'),
        to: SAM.address,
        subject: `Your Meta ads receipt (Account ID: ${s.digits(15)})`,
        paragraphs: [
          `Amount billed: ${s.pounds(40, 600)}. Campaign: ${s.pick(['Christmas mugs', 'New glaze launch', 'Retargeting - shop'])}.`,
        ],
        button: { label: 'See receipt', href: 'https://business.facebook.com/billing_hub/payment_activity' },
        footer: 'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4',
      };
    },
  },
  {
    name: 'meta-new-login-real',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Facebook',
        from: 'security@facebookmail.com',
        auth: auth.genuine('facebookmail.com'),
        to: SAM.address,
        subject: 'New login to Facebook from Chrome on Mac',
        greeting: 'Hi Sam,',
        paragraphs: [
          `Your account was logged into from a new device (Chrome on Mac, near Whitstable, ${s.between(1, 27)} November).`,
          'If this was you, you can ignore this message. If not, please secure your account.',
        ],
        button: { label: 'Review login', href: 'https://www.facebook.com/login/device-based/' },
      };
    },
  },
  {
    name: 'google-ads-payment-declined-real',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Google Ads',
        from: 'ads-account-noreply@google.com',
        auth: auth.genuine('google.com'),
        to: SAM.address,
        subject: `Payment declined for account ${s.digits(3)}-${s.digits(3)}-${s.digits(4)}`,
        paragraphs: [
          `We couldn't charge your card ending ${s.digits(4)}${s.pick(['', ` for ${s.pounds(40, 400)}`])}. Your ads may stop running.`,
          s.pick([
            'Check your card details or add a backup payment method.',
            'Your bank may have declined the payment. Contact them or try another card.',
          ]),
        ],
        button: { label: 'Go to billing', href: 'https://ads.google.com/aw/billing/summary' },
      };
    },
  },
  {
    name: 'merchant-center-disapproval-real',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Google Merchant Center',
        from: 'merchantcenter-noreply@google.com',
        auth: auth.genuine('google.com'),
        to: SAM.address,
        subject: s.pick([
          'Some of your products are disapproved',
          'Action needed: shipping costs missing in your feed',
        ]),
        paragraphs: [
          `${s.between(2, 30)} products are disapproved: "${s.pick(['Missing shipping information', 'Image too small', 'Missing value [gtin]', 'Price mismatch'])}". Fix the issue to show them again.`,
        ],
        button: { label: 'Fix products', href: 'https://merchants.google.com/mc/products/diagnostics' },
      };
    },
  },
  {
    name: 'royal-mail-collection',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Royal Mail Click & Drop',
        from: 'no-reply@royalmail.com',
        auth: auth.genuine('royalmail.com'),
        to: TOM.address,
        subject: `Collection confirmed for ${s.day()}`,
        paragraphs: [
          `Your collection of ${s.between(4, 40)} items from ${SHOP}, Whitstable CT5 is booked. Reference ${s.token(8).toUpperCase()}.`,
        ],
        button: { label: 'Manage collection', href: 'https://business.parcel.royalmail.com/collections' },
      };
    },
  },
  {
    name: 'dpd-inbound-parcel',
    kind: 'ham',
    make(s) {
      const parcel = s.digits(14);
      return {
        fromName: 'DPD',
        from: 'noreply@dpd.co.uk',
        auth: auth.genuine('dpd.co.uk'),
        to: ELIF.address,
        subject: `Your DPD parcel from ${s.pick(['Claymill Supplies', 'Potterycrafts', 'Kilnworks'])} is on its way`,
        paragraphs: [
          `Parcel ${parcel} will be delivered ${s.pick(['today between 11:20 and 12:20', 'tomorrow'])}.`,
        ],
        button: { label: 'Track your parcel', href: `https://track.dpd.co.uk/parcels/${parcel}` },
      };
    },
  },
  {
    name: 'ups-invoice',
    kind: 'ham',
    make(s) {
      const number = `0000${s.token(6).toUpperCase()}${s.digits(3)}`;
      return {
        fromName: 'UPS Billing',
        from: 'billing.notification@ups.com',
        auth: auth.genuine('ups.com'),
        to: 'accounts@corp.example',
        subject: `UPS invoice ${number}`,
        paragraphs: [
          `Your UPS invoice for account ${s.token(6).toUpperCase()} is attached. Amount due: ${s.pounds(40, 520)}, by direct debit.`,
        ],
        parts: [
          {
            type: PDF,
            name: `Invoice_${number}.pdf`,
            content: onePagePdf(['UPS Invoice', number, 'Payment by direct debit']),
          },
        ],
      };
    },
  },
  {
    name: 'customer-complaint-photo',
    kind: 'ham',
    make(s) {
      const name = s.person();
      const address = s.freemail(name);
      const photos = s.between(1, 3);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        to: s.pick(['orders@corp.example', 'info@corp.example']),
        subject: s.pick([
          `Order ${s.order()} - broken plate`,
          'Damaged on arrival :(',
          'Problem with my order',
        ]),
        greeting: s.pick(['Hi,', 'Hello there,']),
        paragraphs: [
          `Unfortunately the ${s.product()} I ordered arrived ${s.pick(['cracked', 'chipped', 'in two pieces'])}. Photos attached of the box and the damage.`,
          s.pick([
            'Could you send a replacement?',
            'I am quite upset as it was a gift - please let me know what you can do.',
          ]),
        ],
        parts: Array.from({ length: photos }, (_, i) => ({
          type: 'image/jpeg',
          name: `IMG_${4000 + s.between(0, 999) + i}.jpeg`,
          content: photoJpeg(s.number + i),
        })),
        signoff: name.split(' ')[0],
        shape: 'text',
      };
    },
  },
  {
    name: 'customer-return',
    kind: 'ham',
    make(s) {
      const name = s.person();
      const address = s.freemail(name);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        to: 'orders@corp.example',
        subject: s.pick(['Return request', 'Returning a mug', `Return for ${s.order()}`]),
        greeting: 'Hi,',
        paragraphs: [
          'I would like to return the jug I ordered, the colour is darker than I expected. Do I need a returns label or can I post it myself?',
        ],
        signoff: sign(s, name),
        shape: 'text',
      };
    },
  },
  {
    name: 'customer-urgent-wedding',
    kind: 'ham',
    make(s) {
      const name = s.person();
      const address = s.freemail(name);
      return {
        fromName: name,
        from: address,
        auth: auth.freemail(address),
        to: 'info@corp.example',
        subject: s.pick([
          'URGENT - need delivery by Saturday',
          'Wedding gift - can you help?',
          'Please can you ship today?',
        ]),
        greeting: 'Hello!',
        paragraphs: [
          `I just ordered the ${s.product()} as a wedding present and only now noticed the wedding is this Saturday. Is there any way you can send it next day? I'm happy to pay extra.`,
          `My number is 07${s.digits(9)} if it's easier to call.`,
        ],
        signoff: `Thank you so much!\n${name}`,
        shape: s.pick(['text', 'both'] as const),
      };
    },
  },
  {
    name: 'supplier-invoice-pdf',
    kind: 'ham',
    make(s) {
      const ref = `CM-${s.digits(5)}`;
      return {
        fromName: 'Claymill Supplies Accounts',
        from: 'accounts@claymill-supplies.example',
        auth: auth.genuine('claymill-supplies.example'),
        to: 'accounts@corp.example',
        subject: `Invoice ${ref} from Claymill Supplies Ltd`,
        greeting: 'Dear customer,',
        paragraphs: [
          `Please find attached invoice ${ref} for ${s.pick(['stoneware clay, 500 kg', 'glaze materials', 'kiln shelves and props'])}, total ${s.pounds(300, 4200)}, payable within 30 days to the account on the invoice as usual.`,
        ],
        parts: [
          {
            type: PDF,
            name: `${ref}.pdf`,
            content: onePagePdf(['Claymill Supplies Ltd', `Invoice ${ref}`, 'Terms: 30 days']),
          },
        ],
        signoff: 'Claymill Supplies Ltd, Unit 4, Stoke-on-Trent',
      };
    },
  },
  {
    name: 'supplier-price-list',
    kind: 'ham',
    make(s) {
      const contact = s.person();
      return {
        fromName: `${contact} - Boxpack`,
        from: `${contact.split(' ')[0].toLowerCase()}@boxpack.example`,
        auth: auth.genuine('boxpack.example'),
        to: TOM.address,
        subject: s.pick([
          'Price list 2026',
          'Updated packaging prices from January',
          'Your quote for mailer boxes',
        ]),
        greeting: `Hi ${TOM.name.split(' ')[0]},`,
        paragraphs: [
          `Attached is our 2026 price list. Mailer boxes go up by about ${s.between(3, 9)}% from January because of board costs; your current order is at the old price.`,
        ],
        parts: [
          {
            type: XLSX,
            name: 'Boxpack_Price_List_2026.xlsx',
            content: plainWorkbook([
              ['Item', 'Size', 'Price per 100'],
              ['Mailer box', '300x200x100', `£${s.between(60, 90)}`],
              ['Honeycomb wrap', '50m', `£${s.between(20, 40)}`],
            ]),
          },
        ],
        signoff: sign(s, contact),
      };
    },
  },
  {
    name: 'xero-invoice-from-supplier',
    kind: 'ham',
    make(s) {
      const supplier = s.pick(['Kilnworks Ltd', 'Coastal Print Co', 'Harbour Photography']);
      const invoice = `INV-${s.digits(4)}`;
      return {
        fromName: supplier,
        from: 'messaging-service@post.xero.com',
        auth: auth.genuine('post.xero.com'),
        replyTo: `accounts@${supplier.split(' ')[0].toLowerCase()}.example`,
        to: 'accounts@corp.example',
        subject: `Invoice ${invoice} from ${supplier} for ${SHOP}`,
        greeting: 'Hi,',
        paragraphs: [
          `Here's invoice ${invoice} for ${s.pounds(80, 1400)}. The amount outstanding is due on ${s.day()}.`,
        ],
        button: { label: 'View invoice', href: `https://in.xero.com/${s.token(40)}` },
      };
    },
  },
  {
    name: 'accountant-vat-return',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Rebecca Holt | Brightledger',
        from: 'rebecca@brightledger.example',
        auth: auth.genuine('brightledger.example'),
        to: s.pick([OWNER.address, GRACE.address]),
        subject: s.pick([
          'VAT return Q3 ready for approval',
          'Year-end: a few questions',
          'Your VAT return - please approve by Friday',
        ]),
        greeting: `Hi ${s.pick(['Hannah', 'Grace'])},`,
        paragraphs: [
          `The VAT return for the quarter is ready in Xero. VAT due is ${s.pounds(900, 6400)}, payment date ${s.day()}.`,
          'Could you approve it in Xero and let me know about the two Etsy deposits I could not match?',
        ],
        signoff: 'Rebecca Holt ACA\nBrightledger Accountants',
      };
    },
  },
  {
    name: 'hmrc-vat-reminder',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'HMRC',
        from: 'noreply@tax.service.gov.uk',
        auth: auth.genuine('tax.service.gov.uk'),
        to: 'accounts@corp.example',
        subject: s.pick(['Your VAT Return is due', 'You have a new message from HMRC']),
        greeting: 'Dear customer,',
        paragraphs: [
          s.pick([
            'Your VAT Return is due soon. Sign in to your HMRC online account or use your Making Tax Digital software to submit it.',
            'You have a new message in your business tax account about your VAT. Sign in to read it.',
            `Your VAT Return for the period ending ${s.pick(['30 September', '31 December', '31 March'])} must reach us and be paid by the due date.`,
          ]),
          'For security reasons we have not included a link in this email. Search GOV.UK for "HMRC online services".',
        ],
        signoff: 'HM Revenue and Customs',
        shape: 'text',
      };
    },
  },
  {
    name: 'registrar-renewal',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Namecheap',
        from: 'support@namecheap.com',
        auth: auth.genuine('namecheap.com'),
        to: OWNER.address,
        subject: s.pick(['Auto-renewal notice for corp.example', 'Your domain will renew in 30 days']),
        greeting: `Hi ${OWNER.name.split(' ')[0]},`,
        paragraphs: [
          `corp.example is set to renew automatically on ${s.day()} for $${s.between(10, 18)}.${s.digits(2)}. No action is needed if your card is up to date.`,
        ],
        button: { label: 'Manage domain', href: 'https://ap.www.namecheap.com/domains/list' },
      };
    },
  },
  {
    name: 'workspace-invoice',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Google Payments',
        from: 'payments-noreply@google.com',
        auth: auth.genuine('google.com'),
        to: 'accounts@corp.example',
        subject: `Google Workspace: Your invoice is available for corp.example`,
        paragraphs: [
          `Your invoice for ${s.pick(['November', 'December', 'October'])} (${s.pounds(60, 120)}) is available. ${s.pick(['It will be charged automatically.', 'No action is needed.', `Billing account ${s.digits(4)}-${s.digits(4)}-${s.digits(4)}.`])}`,
          s.pick(['', `Licences: ${s.between(8, 12)} Business Starter users.`]),
        ],
        button: { label: 'View invoice', href: 'https://admin.google.com/ac/billing/accounts' },
      };
    },
  },
  {
    name: 'trade-newsletter',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Craft Business Weekly',
        from: 'newsletter@craftbusiness.example',
        auth: auth.genuine('craftbusiness.example', 'mail.craftbusiness.example'),
        to: OWNER.address,
        subject: s.pick([
          'Five ways to cut your Etsy fees',
          'GPSR one year on: what makers need to know',
          'The Christmas shipping deadlines for 2026',
        ]),
        paragraphs: [
          'This week: marketplace fee changes, a maker on wholesale pricing, and the last posting dates for Christmas.',
        ],
        links: [
          {
            label: 'Read the full issue',
            href: `https://craftbusiness.example/issues/${s.between(200, 400)}`,
          },
          { label: 'Unsubscribe', href: `https://craftbusiness.example/unsubscribe?u=${s.token(12)}` },
        ],
        extraHeaders: ['List-Unsubscribe: <https://craftbusiness.example/unsubscribe>'],
        shape: 'html',
      };
    },
  },
  {
    name: 'makers-mailing-list',
    kind: 'ham',
    make(s) {
      const name = s.person();
      const address = s.freemail(name);
      return {
        fromName: `${name} (via Kent Makers)`,
        from: 'kent-makers@googlegroups.com',
        auth: auth.genuine('googlegroups.com'),
        replyTo: address,
        to: 'kent-makers@googlegroups.com',
        subject: s.pick([
          '[Kent Makers] Shared stall at the Canterbury Christmas market?',
          '[Kent Makers] Anyone recommend a courier for fragile items?',
        ]),
        paragraphs: [
          s.pick([
            'We have half a stall free on the two December weekends. £60 per weekend, split. Reply if interested!',
            'Our courier keeps breaking things. Who do you all use for ceramics and glass?',
          ]),
        ],
        signoff: name,
        footer:
          'You received this message because you are subscribed to the Google Groups "Kent Makers" group.',
        extraHeaders: ['List-Id: <kent-makers.googlegroups.com>'],
        shape: 'text',
      };
    },
  },
  {
    name: 'it-notice-internal',
    kind: 'ham',
    make(s) {
      const notice = s.pick([
        [
          'Shared inbox passwords changing Thursday',
          'I am changing the passwords for orders@ and info@ on Thursday afternoon. I will give you the new ones in person - nobody will ever email them.',
        ],
        [
          'Laptop updates tonight',
          'Please leave your laptops on tonight so the updates can install. Save your work first.',
        ],
        [
          'New printer for labels',
          'The new Zebra label printer is set up at the packing bench. Instructions are taped to it.',
        ],
        [
          'Wi-Fi in the studio',
          'The studio Wi-Fi name is changing to Saltmarsh-Studio on Monday. The password is on the whiteboard in the office.',
        ],
      ] as const);
      return {
        fromName: TOM.name,
        from: TOM.address,
        auth: auth.internal(TOM.address),
        to: 'staff@corp.example',
        subject: notice[0],
        greeting: s.pick(['Hi all,', 'Morning all,', 'Hi everyone,']),
        paragraphs: [notice[1]],
        signoff: 'Tom',
        shape: 'text',
      };
    },
  },
  {
    name: 'owner-urgent-internal',
    kind: 'ham',
    make(s) {
      const staff = s.pick([TOM, PRIYA, ELIF]);
      const request = s.pick([
        [
          'Urgent: Liberty order first',
          'The Liberty wholesale order has to go out today - can you pack it before anything else? The courier comes at 3.',
        ],
        [
          'Can you call DPD?',
          'A customer phoned: her parcel is stuck at the DPD depot. Could you ring DPD and get it sent out today?',
        ],
        [
          'Before 3pm please',
          'Could you get the replacement bowl for the Edinburgh customer in today’s post? She has been waiting a week.',
        ],
        [
          'Kiln 2',
          'Kiln 2 tripped again last night. Please don’t load it until the engineer has been - he is coming tomorrow at 10.',
        ],
      ] as const);
      return {
        fromName: OWNER.name,
        from: OWNER.address,
        auth: auth.internal(OWNER.address),
        to: staff.address,
        subject: request[0],
        greeting: `${staff.name.split(' ')[0]},`,
        paragraphs: [request[1]],
        signoff: 'Thanks! H',
        shape: 'text',
      };
    },
  },
  {
    name: 'docusign-stockist-agreement',
    kind: 'ham',
    make(s) {
      const partner = s.pick(['Harbour & Home Ltd', 'Northfield Interiors', 'The Kitchen Drawer']);
      return {
        fromName: `${s.person()} via DocuSign`,
        from: 'dse@eumail.docusign.net',
        auth: auth.genuine('eumail.docusign.net', 'docusign.net'),
        to: s.pick([OWNER.address, JONAS.address]),
        subject: `Complete with DocuSign: ${partner} - Supplier Terms 2026.pdf`,
        paragraphs: [
          `${partner} sent you a document to review and sign, as agreed on our call on ${s.between(1, 27)} November.`,
        ],
        button: {
          label: 'REVIEW DOCUMENT',
          href: `https://eu.docusign.net/Signing/EmailStart.aspx?a=${s.token(32)}`,
        },
        footer: 'Do not share this email. It contains a secure link to DocuSign.',
        shape: 'html',
      };
    },
  },
  {
    name: 'wholesale-enquiry-real',
    kind: 'ham',
    make(s) {
      const shop = s.pick(['Fenwick Home', 'Salt & Stone Deli', 'The Bower Gallery']);
      const contact = s.person();
      const domain = `${shop.toLowerCase().replace(/[^a-z]/g, '')}.example`;
      return {
        fromName: contact,
        from: `${contact.split(' ')[0].toLowerCase()}@${domain}`,
        auth: auth.genuine(domain),
        to: s.pick(['info@corp.example', JONAS.address]),
        subject: s.pick(['Wholesale enquiry', 'Stocking your mugs in our shop', 'Trade prices?']),
        greeting: 'Hello,',
        paragraphs: [
          `I run ${shop} and would love to stock your mugs and bowls for spring. Could you send your trade catalogue, minimum order and lead times?`,
        ],
        signoff: sign(s, `${contact}\n${shop}`),
      };
    },
  },
  {
    name: 'faire-order-real',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Faire',
        from: 'orders@faire.com',
        auth: auth.genuine('faire.com', 'mail.faire.com'),
        to: JONAS.address,
        subject: `New order from ${s.pick(['Casa Verde', 'Boutique Lumière', 'Kleine Keuken'])} - ${s.euros(150, 900)}`,
        paragraphs: [
          s.pick([
            'Accept the order within 3 days. Ship it with Faire shipping or your own carrier.',
            `It's their first order with you: ${s.between(3, 9)} products, ${s.between(12, 60)} units. Net 60 terms are covered by Faire.`,
          ]),
          s.pick(['', `Requested ship date: ${s.day()}.`]),
        ].filter(Boolean),
        button: { label: 'Review order', href: `https://www.faire.com/brand-portal/orders/${s.token(10)}` },
      };
    },
  },
  {
    name: 'trustpilot-new-review',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Trustpilot',
        from: 'noreply@trustpilot.com',
        auth: auth.genuine('trustpilot.com', 'mail.trustpilot.com'),
        to: SAM.address,
        subject: `${s.person().split(' ')[0]} left a ${s.between(1, 5)}-star review`,
        paragraphs: [
          `"${s.pick([
            'Beautiful mugs, well packed.',
            'Delivery took two weeks and nobody answered my email.',
            'Lovely customer service, replaced a chipped bowl straight away.',
            'Gorgeous glaze, a bit smaller than I expected.',
          ])}"`,
          s.pick([
            'Replying to reviews shows customers you care.',
            'Reviews you reply to get more trust from other shoppers.',
          ]),
        ],
        button: { label: 'Reply to review', href: 'https://business.trustpilot.com/reviews' },
      };
    },
  },
  {
    name: 'klaviyo-campaign-report',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Klaviyo',
        from: 'notifications@klaviyo.com',
        auth: auth.genuine('klaviyo.com'),
        to: SAM.address,
        subject: `Campaign "${s.pick(['Winter glazes', 'Last posting day', 'Seconds sale'])}" sent`,
        paragraphs: [
          `Sent to ${s.between(2000, 9000)} profiles. Open rate ${s.between(30, 55)}%, click rate ${s.between(1, 6)}.${s.between(0, 9)}%, placed orders ${s.between(5, 80)}.`,
          s.pick(['', 'Revenue attributed to this campaign will update over the next 5 days.']),
        ].filter(Boolean),
        button: { label: 'View report', href: 'https://www.klaviyo.com/campaigns' },
      };
    },
  },
  {
    name: 'etsy-password-reset',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Etsy',
        from: 'support@etsy.com',
        auth: auth.genuine('etsy.com', 'mail.etsy.com'),
        to: PRIYA.address,
        subject: 'Reset your Etsy password',
        greeting: 'Hi Priya,',
        paragraphs: [
          'We got a request to reset your password. This link expires in 24 hours. If you didn’t ask, ignore this email.',
        ],
        button: { label: 'Reset password', href: `https://www.etsy.com/reset-password?token=${s.token(24)}` },
      };
    },
  },
  {
    name: 'wise-money-received',
    kind: 'ham',
    make(s) {
      return {
        fromName: 'Wise',
        from: 'noreply@wise.com',
        auth: auth.genuine('wise.com'),
        to: 'accounts@corp.example',
        subject: `You've received ${s.euros(200, 2600)} from ${s.pick(['ATELIER MAISON SARL', 'KLEINE KUECHE GMBH'])}`,
        paragraphs: [
          s.pick([
            'The money is in your EUR balance.',
            `It's in your EUR balance. Reference: ${s.pick(['INV', 'Facture', 'Rechnung'])} ${s.digits(4)}.`,
            'You can keep it in euros or convert it to pounds.',
          ]),
        ],
        button: { label: 'See transfer', href: 'https://wise.com/home' },
      };
    },
  },
  {
    name: 'photoshoot-invitation',
    kind: 'ham',
    make(s) {
      return {
        fromName: SAM.name,
        from: SAM.address,
        auth: auth.internal(SAM.address),
        to: INBOXES[1],
        subject: 'Invitation: Spring catalogue shoot',
        paragraphs: [
          s.pick([
            'Studio photo day for the spring range. Please have the seconds shelf cleared.',
            'Photographer is booked. I need two of each new glaze, unglazed bottoms up for the close-ups.',
            'Shoot for the website and Etsy. Bring any samples you want in the flat-lays.',
          ]),
        ],
        parts: [
          {
            type: 'text/calendar; method=REQUEST',
            name: 'invite.ics',
            content: invitation({
              uid: `${s.token(12)}@corp.example`,
              organizer: SAM.address,
              attendee: ELIF.address,
              summary: 'Spring catalogue shoot',
              description: `Photographer arrives 9:30. Products list on the shared drive (${STORE_HOST}).`,
              location: 'Studio, Whitstable',
              start: `202612${String(s.between(10, 20))}T093000Z`,
            }),
          },
        ],
        shape: 'text',
      };
    },
  },
  {
    name: 'drive-folder-share',
    kind: 'ham',
    make(s) {
      const sharer = s.pick([
        {
          name: 'Rebecca Holt',
          what: 'Saltmarsh year-end 2026',
          note: 'Please drop the bank statements and the Etsy reports in here.',
        },
        {
          name: SAM.name,
          what: 'Spring catalogue photos',
          note: 'Edited photos for the new range, have a look before Friday.',
        },
        { name: ELIF.name, what: 'Glaze tests - November', note: 'Results and recipes from the test kiln.' },
      ]);
      const to = s.pick([OWNER.address, GRACE.address, TOM.address]);
      return {
        fromName: `${sharer.name} (via Google Drive)`,
        from: 'drive-shares-dm-noreply@google.com',
        auth: auth.genuine('google.com'),
        replyTo: sharer.name === 'Rebecca Holt' ? 'rebecca@brightledger.example' : undefined,
        to,
        subject: `Folder shared with you: "${sharer.what}"`,
        paragraphs: [
          `${sharer.name} shared a folder: ${sharer.what}`,
          s.pick([sharer.note, `"${sharer.note}"`]),
        ],
        button: { label: 'Open', href: `https://drive.google.com/drive/folders/${s.token(28)}?usp=sharing` },
        footer:
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA. You have received this email because someone shared a folder with you.',
        shape: s.pick(['html', 'both'] as const),
      };
    },
  },
  {
    name: 'dropbox-photographer-share',
    kind: 'ham',
    make(s) {
      const photographer = s.person();
      return {
        fromName: `${photographer} (via Dropbox)`,
        from: 'no-reply@dropbox.com',
        auth: auth.genuine('dropbox.com', 'em-s.dropbox.com'),
        to: SAM.address,
        subject: `${photographer} shared "${s.pick(['Saltmarsh lifestyle shoot', 'Product packshots', 'Mugs - finals'])}" with you`,
        paragraphs: [
          s.pick([
            'Here are the finals from Tuesday. Full-res and web sizes are both in the folder.',
            `All ${s.between(40, 160)} images are edited. Invoice to follow separately.`,
          ]),
        ],
        button: {
          label: 'Go to folder',
          href: `https://www.dropbox.com/scl/fo/${s.token(21)}/${s.token(21)}?rlkey=${s.token(25)}&dl=0`,
        },
      };
    },
  },
  {
    name: 'wetransfer-commission-photos',
    kind: 'ham',
    make(s) {
      const customer = s.person();
      const address = s.freemail(customer);
      return {
        fromName: 'WeTransfer',
        from: 'noreply@wetransfer.com',
        auth: auth.genuine('wetransfer.com'),
        replyTo: address,
        to: 'info@corp.example',
        subject: `${address} sent you ${s.between(3, 12)} files via WeTransfer`,
        paragraphs: [
          s.pick([
            'Photos of our kitchen for the custom dinner set - colours we would like to match. Thanks!',
            'Here are the pictures of my grandmother’s bowl that I would like you to copy for the commission.',
          ]),
          `${s.between(4, 60)} MB · Expires in 3 days`,
        ],
        button: { label: 'Download', href: `https://wetransfer.com/downloads/${s.token(32)}/${s.token(6)}` },
        shape: 'html',
      };
    },
  },
  {
    name: 'ebay-buyer-message',
    kind: 'ham',
    make(s) {
      const buyer = `${s.first().toLowerCase()}_${s.token(4)}`;
      return {
        fromName: `${buyer} via eBay`,
        from: 'members@ebay.co.uk',
        auth: auth.genuine('ebay.co.uk'),
        to: 'orders@corp.example',
        subject: s.pick([`${buyer} sent a message about ${s.product()}`, `Question from ${buyer}`]),
        paragraphs: [
          s.pick([
            'Hi, would you accept £5 less if I buy two? Cheers',
            'Is this the same glaze as in the photo? Mine arrived a bit more green.',
            'Can you combine postage if I order the jug as well?',
          ]),
        ],
        button: {
          label: 'Respond',
          href: `https://www.ebay.co.uk/cnt/ReplyToMessages?M2MContact&item=${s.digits(12)}`,
        },
      };
    },
  },
  {
    name: 'dhl-express-export',
    kind: 'ham',
    make(s) {
      const waybill = s.digits(10);
      return {
        fromName: 'DHL Express',
        from: 'noreply@dhl.com',
        auth: auth.genuine('dhl.com'),
        to: 'orders@corp.example',
        subject: s.pick([
          `DHL On Demand Delivery: shipment ${waybill} picked up`,
          `Your shipment ${waybill} is on its way`,
        ]),
        paragraphs: [
          `Shipment ${waybill} to ${s.pick(['Zürich, CH', 'Oslo, NO', 'New York, US'])} has been picked up. Duties and taxes are paid by the receiver.`,
        ],
        button: {
          label: 'Track shipment',
          href: `https://www.dhl.com/gb-en/home/tracking/tracking-express.html?tracking-id=${waybill}`,
        },
      };
    },
  },
];

export const UNSEEN_HAM_16_TEMPLATES: readonly Template[] = [...ENGLISH, ...LOCAL_HAM];
export const UNSEEN_HAM_16_TEMPLATE_COUNT: number = UNSEEN_HAM_16_TEMPLATES.length;

export async function unseenHam16(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return buildSet(UNSEEN_HAM_16_TEMPLATES, perTemplate, seed, seededRandom, 260000);
}
