// The thirteenth unseen set's legitimate mail: what the same mailboxes receive from the organisations its
// lures imitate (toll accounts, carriers' tracking, tax and government inboxes that say only "sign in",
// banks that send people to their app, marketplaces' sale notices, social networks, streaming and store
// receipts, password resets and sign-in codes that were asked for) and the ordinary mail of colleagues,
// suppliers, friends and family, in the same fifteen languages. Every sender is who it says it is.
import type { SeededRandom } from './generate.js';
import { qrPng } from './payloads.js';
import {
  amount,
  bodies,
  digits,
  freemail,
  int,
  note,
  panel,
  passing,
  slug,
  type Template,
  token,
  written,
} from './unseen-13-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

/** A real organisation's mail: its display name, address and the authentication its domain earns. */
function genuine(display: string, address: string, signer?: string): { from: string; auth: string } {
  const domain = address.split('@')[1];
  return { from: `"${display}" <${address}>`, auth: passing(domain, signer ?? domain) };
}

/** A colleague at corp.example, signed by the organisation's own mail system. */
function colleague(
  r: SeededRandom,
  names: readonly (readonly [string, string])[],
): { from: string; auth: string; name: string } {
  const [first, last] = r.pick(names);
  const local = `${slug(first)}.${slug(last)}`;
  return { from: `"${first} ${last}" <${local}@corp.example>`, auth: passing('corp.example'), name: first };
}

const bulk = (address: string) => [
  `List-Unsubscribe: <mailto:unsubscribe@${address.split('@')[1]}?subject=unsubscribe>`,
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
];

const ENGLISH: Template[] = [
  {
    name: 'us-toll-statement',
    kind: 'toll-statement',
    lang: 'en',
    write(r, to) {
      const s = genuine('E-ZPass New York', 'noreply@e-zpassny.com');
      return {
        ...s,
        subject: 'Your E-ZPass statement is available',
        html: panel({
          lang: 'en-US',
          brand: 'E-ZPass New York',
          accent: '#5a2d82',
          title: 'Your monthly statement is ready',
          lines: [
            `Dear ${to.first} ${to.last},`,
            'Your statement for the period ending October 31, 2026 is now available. Your account is set to replenish automatically, so no action is needed.',
          ],
          facts: [
            ['Account ending', digits(r, 4)],
            ['Current balance', `$${amount(r, 10, 60)}`],
          ],
          action: { label: 'View statement', href: 'https://www.e-zpassny.com/account/statements' },
          foot: 'E-ZPass New York Customer Service Center. Please do not reply to this email.',
        }),
      };
    },
  },
  {
    name: 'us-informed-delivery',
    kind: 'parcel-tracking',
    lang: 'en',
    write(r) {
      const s = genuine('USPS Informed Delivery', 'USPSInformeddelivery@email.informeddelivery.usps.com');
      const pieces = int(r, 1, 4);
      return {
        ...s,
        subject: `Your Daily Digest for ${r.pick(['Mon', 'Tue', 'Wed'])}, ${r.pick(['11/2', '11/3', '11/4'])} has arrived`,
        headers: bulk('x@email.informeddelivery.usps.com'),
        html: panel({
          lang: 'en-US',
          brand: 'USPS Informed Delivery',
          accent: '#333366',
          title: `You have ${pieces} mailpiece${pieces > 1 ? 's' : ''} and ${int(r, 0, 2)} package(s) arriving soon`,
          lines: ['Mailpieces shown are scanned images of the outside of letter-sized mail.'],
          action: {
            label: 'See Dashboard',
            href: 'https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input',
          },
          foot: 'USPS.com® · Privacy Policy · The images are for your personal use.',
        }),
      };
    },
  },
  {
    name: 'uk-royal-mail-on-its-way',
    kind: 'parcel-tracking',
    lang: 'en',
    write(r, to) {
      const s = genuine('Royal Mail', 'no-reply@royalmail.com');
      const ref = `${token(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${digits(r, 9)}GB`;
      const text = `Hi ${to.first},\n\nYour parcel from ${r.pick(['John Lewis', 'Boots', 'ASOS', 'Waterstones'])} is on its way and should arrive ${r.pick(['tomorrow', 'on Thursday'])}.\n\nTracking number: ${ref}\nTrack your item: https://www.royalmail.com/track-your-item#/tracking-results/${ref}\n\nRoyal Mail`;
      return { ...s, subject: 'Your parcel is on its way', text };
    },
  },
  {
    name: 'uk-hmrc-new-message',
    kind: 'tax-portal-message',
    lang: 'en',
    write(r, to) {
      const s = genuine('HMRC', 'noreply@tax.service.gov.uk');
      return {
        ...s,
        subject: 'You have a new message from HMRC',
        text: `Dear ${to.first} ${to.last}\n\nYou have a new message from HMRC about ${r.pick(['your tax code', 'your Self Assessment', 'your PAYE Coding Notice'])}.\n\nTo view it, sign in to your HMRC online account through GOV.UK.\n\nFor security reasons, we have not included a link with this email.\n\nFrom HMRC digital team`,
      };
    },
  },
  {
    name: 'au-mygov-inbox',
    kind: 'tax-portal-message',
    lang: 'en',
    write(r, to) {
      const s = genuine('myGov', 'noreply@my.gov.au');
      return {
        ...s,
        subject: 'You have a new message in your myGov inbox',
        text: `Hi ${to.first},\n\nYou have a new message in your myGov inbox from ${r.pick(['Australian Taxation Office', 'Medicare', 'Services Australia'])}.\n\nTo read it, sign in to myGov by typing my.gov.au into your browser or use the myGov app.\n\nWe'll never send you an email or SMS with a link to sign in.\n\nmyGov`,
      };
    },
  },
  {
    name: 'in-bank-debit-alert',
    kind: 'bank-transaction-alert',
    lang: 'en',
    write(r, to) {
      const s = genuine('SBI', 'cbssbi.cas@alerts.sbi.co.in');
      const sum = `${int(r, 1, 40)},${digits(r, 3)}.00`;
      return {
        ...s,
        subject: 'Transaction alert for your State Bank of India account',
        text: `Dear ${to.first},\n\nYour A/C XXXXX${digits(r, 6)} has been debited by Rs.${sum} on ${int(r, 1, 28)}/11/2026 by UPI transfer to ${r.pick(['SWIGGY', 'BIGBASKET', 'IRCTC', 'AIRTEL'])}. Ref no ${digits(r, 12)}.\n\nIf not done by you, call 1800 1234 or report on YONO SBI.\n\nThis is a system generated mail. Please do not reply.`,
      };
    },
  },
  {
    name: 'netflix-new-sign-in',
    kind: 'streaming-notice',
    lang: 'en',
    write(r, to) {
      const s = genuine('Netflix', 'info@account.netflix.com', 'netflix.com');
      const device = r.pick(['Samsung Smart TV', 'iPhone', 'Chrome on Windows']);
      return {
        ...s,
        subject: `A new device is using your account`,
        html: panel({
          lang: 'en',
          brand: 'NETFLIX',
          accent: '#e50914',
          title: 'New sign-in to your account',
          lines: [
            `Hi ${to.first},`,
            `Someone signed in to your account from a ${device} near ${r.pick(['London', 'Leeds', 'Melbourne', 'Austin'])}.`,
            'If this was you or someone in your household, enjoy watching!',
          ],
          action: { label: 'Review sign-ins', href: 'https://www.netflix.com/account/security' },
          foot: 'Netflix Services UK Limited. This account email has been sent to you as part of your Netflix membership.',
        }),
      };
    },
  },
  {
    name: 'apple-receipt',
    kind: 'store-receipt',
    lang: 'en',
    write(r, to) {
      const s = genuine('Apple', 'no_reply@email.apple.com');
      const item = r.pick([
        'iCloud+ with 200 GB',
        'Apple Music (Monthly)',
        'Procreate Pocket',
        'Duolingo Super',
      ]);
      return {
        ...s,
        subject: 'Your receipt from Apple.',
        html: panel({
          lang: 'en',
          brand: 'Apple',
          accent: '#1d1d1f',
          title: 'Receipt',
          lines: [`Apple Account: ${to.address}`],
          facts: [
            ['Order ID', token(r, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')],
            [item, r.pick(['£2.99', '$2.99', 'A$4.49', '£10.99'])],
          ],
          after: ['Manage subscriptions in Settings on your iPhone.'],
          foot: 'Apple Distribution International Ltd. · Privacy Policy',
        }),
      };
    },
  },
  {
    name: 'microsoft-code-asked',
    kind: 'password-reset-requested',
    lang: 'en',
    write(r, to) {
      const s = genuine('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com');
      return {
        ...s,
        subject: 'Microsoft account security code',
        text: `Microsoft account\nSecurity code\n\nPlease use the following security code for the Microsoft account ${to.first.charAt(0).toLowerCase()}*****@outlook.com.\n\nSecurity code: ${digits(r, 6)}\n\nIf you don't recognize the Microsoft account ${to.first.charAt(0).toLowerCase()}*****@outlook.com, you can click https://account.live.com/dp?ft=${token(r, 12)} to remove your email address from that account.\n\nThanks,\nThe Microsoft account team`,
      };
    },
  },
  {
    name: 'spotify-reset-asked',
    kind: 'password-reset-requested',
    lang: 'en',
    write(r, to) {
      const s = genuine('Spotify', 'no-reply@spotify.com');
      return {
        ...s,
        subject: 'Reset your password',
        html: panel({
          lang: 'en',
          brand: 'Spotify',
          accent: '#1db954',
          title: 'Reset your password',
          lines: [
            `Hi ${to.first},`,
            "We heard you need a password reset. Click the link below and you'll be redirected to a secure site from which you can set a new password.",
          ],
          action: {
            label: 'Reset password',
            href: `https://accounts.spotify.com/password-reset/complete?flow_ctx=${token(r, 22)}`,
          },
          after: ["If you didn't try to reset your password, you can safely ignore this email."],
          foot: 'Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden',
        }),
      };
    },
  },
  {
    name: 'facebook-comment',
    kind: 'social-notification',
    lang: 'en',
    write(r, to) {
      const s = genuine('Facebook', 'notification@facebookmail.com');
      const friend = r.pick(['Tom Riley', 'Kirsty McLean', 'Ravi Menon', 'Jo Watts']);
      return {
        ...s,
        subject: `${friend} commented on your post`,
        headers: bulk('notification@facebookmail.com'),
        html: panel({
          lang: 'en',
          brand: 'facebook',
          accent: '#0866ff',
          title: `${friend} commented on your post`,
          lines: [
            `Hi ${to.first},`,
            `"${r.pick(['Gorgeous photos! Where is this?', 'Happy birthday!! 🎉', 'Congrats on the new job!'])}"`,
          ],
          action: {
            label: 'See comment',
            href: `https://www.facebook.com/story.php?story_fbid=${digits(r, 16)}`,
          },
          foot: 'This message was sent to you. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025',
        }),
      };
    },
  },
  {
    name: 'linkedin-message',
    kind: 'social-notification',
    lang: 'en',
    write(r, to) {
      const s = genuine('LinkedIn', 'messages-noreply@linkedin.com');
      const sender = r.pick(['Grace Odum', 'Nikhil Bansal', 'Fiona Tait']);
      return {
        ...s,
        subject: `${sender} sent you a message`,
        headers: bulk('messages-noreply@linkedin.com'),
        text: `${sender} sent you a new message:\n\n"Hi ${to.first}, great to meet you at ${r.pick(['the conference', 'the meetup', 'the workshop'])} last week. Would you be open to a quick call about ${r.pick(['the integration', 'a partnership', 'hiring'])}?"\n\nView message: https://www.linkedin.com/messaging/thread/${token(r, 20)}/\n\nThis email was intended for ${to.first} ${to.last}. © 2026 LinkedIn Corporation.`,
      };
    },
  },
  {
    name: 'coinbase-received',
    kind: 'crypto-exchange-notice',
    lang: 'en',
    write(r, to) {
      const s = genuine('Coinbase', 'no-reply@coinbase.com');
      const coin = r.pick(['BTC', 'ETH', 'USDC']);
      return {
        ...s,
        subject: `You just received ${coin}`,
        html: panel({
          lang: 'en',
          brand: 'coinbase',
          accent: '#0052ff',
          title: `You received ${amount(r, 0, 2)} ${coin}`,
          lines: [
            `Hi ${to.first},`,
            `You just received ${coin} from an external wallet. It's now available in your Coinbase account.`,
          ],
          action: { label: 'View transaction', href: 'https://www.coinbase.com/transactions' },
          foot: 'Coinbase will never call you or ask you to move funds. Coinbase, Inc.',
        }),
      };
    },
  },
  {
    name: 'ba-check-in-open',
    kind: 'airline-check-in',
    lang: 'en',
    write(r, to) {
      const s = genuine('British Airways', 'BritishAirways@crm.ba.com', 'ba.com');
      const ref = token(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ');
      return {
        ...s,
        subject: `Check-in is now open for your flight to ${r.pick(['New York', 'Barcelona', 'Edinburgh', 'Dubai'])}`,
        html: panel({
          lang: 'en-GB',
          brand: 'BRITISH AIRWAYS',
          accent: '#075aaa',
          title: 'Check in now',
          lines: [
            `Dear ${to.first} ${to.last},`,
            'Online check-in for your flight is now open. Check in and choose your seat up to 24 hours before departure.',
          ],
          facts: [
            ['Booking reference', ref],
            ['Flight', `BA${int(r, 100, 999)}`],
          ],
          action: {
            label: 'Check in',
            href: `https://www.britishairways.com/travel/olcilandingpageauthreq/public/en_gb?bookingRef=${ref}`,
          },
          foot: 'British Airways Plc, Waterside, PO Box 365, Harmondsworth, UB7 0GB',
        }),
      };
    },
  },
  {
    name: 'booking-confirmation',
    kind: 'hotel-confirmation',
    lang: 'en',
    write(r, to) {
      const s = genuine('Booking.com', 'noreply@booking.com');
      const hotel = r.pick([
        'Hotel Aurora Lisboa',
        'The Kensington Rooms',
        'Ibis Styles Jakarta',
        'Hotel Sakura Kyoto',
      ]);
      const number = `${digits(r, 4)}.${digits(r, 3)}.${digits(r, 3)}`;
      return {
        ...s,
        subject: `Your booking is confirmed at ${hotel}`,
        html: panel({
          lang: 'en',
          brand: 'Booking.com',
          accent: '#003b95',
          title: `Thanks, ${to.first}! Your booking in ${hotel.split(' ').at(-1)} is confirmed.`,
          lines: [
            `${hotel} is expecting you on ${int(r, 3, 28)} ${r.pick(['December', 'January'])}.`,
            'You can change or cancel this booking for free until 2 days before check-in.',
          ],
          facts: [
            ['Confirmation number', number],
            ['PIN', digits(r, 4)],
          ],
          action: { label: 'Manage booking', href: 'https://secure.booking.com/myreservations.html' },
          foot: 'Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam',
        }),
      };
    },
  },
  {
    name: 'ebay-item-sold',
    kind: 'marketplace-sale',
    lang: 'en',
    write(r, to) {
      const s = genuine('eBay', 'ebay@ebay.com');
      const item = r.pick(['Lego Technic 42115', 'Canon EF 50mm lens', 'Barbour wax jacket M']);
      return {
        ...s,
        subject: `You made the sale for ${item}`,
        html: panel({
          lang: 'en',
          brand: 'ebay',
          accent: '#0064d2',
          title: `Congrats, ${to.first}! You made the sale`,
          lines: [
            `${item} sold for £${amount(r, 20, 240)}. Ship it by ${r.pick(['Wednesday', 'Thursday'])} with tracking.`,
            "The buyer's payment has been processed. You'll see your payout in your account after the item is delivered.",
          ],
          action: {
            label: 'Print shipping label',
            href: `https://www.ebay.co.uk/sh/ord/details?orderid=${digits(r, 2)}-${digits(r, 5)}-${digits(r, 5)}`,
          },
          foot: `eBay (UK) Limited · Email reference id: [#${token(r, 10)}#]`,
        }),
      };
    },
  },
  {
    name: 'paypal-payment-sent',
    kind: 'payment-receipt',
    lang: 'en',
    write(r, to) {
      const s = genuine('PayPal', 'service@paypal.com');
      const shop = r.pick(['Etsy seller WillowCrafts', 'Bandcamp', 'Kickstarter', 'Steam']);
      const sum = amount(r, 5, 90);
      return {
        ...s,
        subject: `Receipt for your payment to ${shop}`,
        html: panel({
          lang: 'en',
          brand: 'PayPal',
          accent: '#003087',
          title: `You sent a payment of $${sum} USD to ${shop}`,
          lines: [
            `Hello ${to.first},`,
            'It may take a few moments for this transaction to appear in your account.',
          ],
          facts: [
            ['Transaction ID', token(r, 17, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')],
            ['Funding source', `Visa ••••${digits(r, 4)}`],
          ],
          foot: 'PayPal · Help & Contact · Security',
        }),
      };
    },
  },
  {
    name: 'red-cross-receipt',
    kind: 'charity-receipt',
    lang: 'en',
    write(r, to) {
      const s = genuine('American Red Cross', 'donorservices@redcross.org');
      const sum = r.pick(['25.00', '50.00', '100.00']);
      return {
        ...s,
        subject: 'Thank you for your donation',
        text: `Dear ${to.first},\n\nThank you for your gift of $${sum} on November ${int(r, 1, 2)}, 2026 to support ${r.pick(['Disaster Relief', 'the Hurricane Melissa response', 'where it is needed most'])}.\n\nPlease keep this receipt for your tax records. No goods or services were provided in exchange for this contribution.\n\nTransaction ID: ${digits(r, 10)}\n\nWith gratitude,\nAmerican Red Cross\nhttps://www.redcross.org`,
      };
    },
  },
  {
    name: 'amazon-uk-shipped',
    kind: 'order-shipped',
    lang: 'en',
    write(r, to) {
      const s = genuine('Amazon.co.uk', 'shipment-tracking@amazon.co.uk');
      const order = `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`;
      return {
        ...s,
        subject: `Dispatched: "${r.pick(['Anker USB-C Charger...', 'Joseph Joseph Chopping...', 'The Thursday Murder Club...'])}" and 1 more item`,
        html: panel({
          lang: 'en-GB',
          brand: 'amazon.co.uk',
          accent: '#ff9900',
          title: `Hello ${to.first}, your package has been dispatched`,
          lines: [`Arriving ${r.pick(['tomorrow', 'Wednesday', 'Friday'])}.`],
          facts: [['Order', `#${order}`]],
          action: {
            label: 'Track your package',
            href: `https://www.amazon.co.uk/gp/your-account/ship-track?orderId=${order}`,
          },
          foot: 'This email was sent from a notification-only address that cannot accept incoming email.',
        }),
      };
    },
  },
  {
    name: 'it-mfa-enrolment',
    kind: 'mfa-enrolment-internal',
    lang: 'en',
    write(r, to) {
      return {
        from: '"IT Service Desk" <servicedesk@corp.example>',
        auth: passing('corp.example'),
        subject: 'Action: set up Microsoft Authenticator by 20 November',
        text: `Hi ${to.first},\n\nAs announced at the all-hands, we are moving everyone to the Microsoft Authenticator app for sign-in. Your turn is this week.\n\n1. Install Microsoft Authenticator from the App Store or Google Play.\n2. On your laptop, go to https://aka.ms/mfasetup and sign in as usual.\n3. Follow the steps to scan the QR code shown on your screen.\n\nThe service desk is on extension ${int(r, 4000, 4999)} if anything goes wrong, or drop by on the 3rd floor. We will never ask you for your password or a code.\n\nThanks,\n${r.pick(['Marcus', 'Ellie', 'Sunil'])} — IT Service Desk`,
      };
    },
  },
  {
    name: 'work-colleague',
    kind: 'colleague',
    lang: 'en',
    write(r, to) {
      const c = colleague(r, [
        ['Hannah', 'Cole'],
        ['Oliver', 'Grant'],
        ['Deepa', 'Raman'],
        ['Sean', 'Murphy'],
      ]);
      const text = r.pick([
        `Hi ${to.first},\n\nThanks for the draft. I've left a few comments on slides 4 and 7 — mostly about the Q4 numbers. Can we go through them before Thursday's review?\n\nCheers,\n${c.name}`,
        `Morning ${to.first},\n\nAre you still OK to cover the client call at 2pm? I'm stuck at the dentist until 3. Notes are in the usual Teams channel.\n\n${c.name}`,
        `Hey,\n\nLunch on Friday for Priya's leaving do — we're booking the Thai place on the corner for 12:30. Let me know if you're in so I can confirm numbers.\n\n${c.name}`,
      ]);
      return {
        ...c,
        subject: r.pick(['Re: deck for Thursday', 'client call today', 'Friday lunch']),
        ...bodies(r, text, note('en', text.split('\n\n')), ['text', 'both']),
      };
    },
  },
  {
    name: 'work-supplier-quote',
    kind: 'supplier',
    lang: 'en',
    write(r, to) {
      const supplier = r.pick([
        'northgate-packaging.example.com',
        'brightline-av.example.net',
        'kestrel-office.example.org',
      ]);
      const name = r.pick(['Gareth Lloyd', 'Michelle Tan', 'Sanjay Patel']);
      const quote = `Q-${digits(r, 5)}`;
      return {
        from: `"${name}" <${name.split(' ')[0].toLowerCase()}@${supplier}>`,
        auth: passing(supplier),
        subject: `Quotation ${quote}`,
        text: `Hi ${to.first},\n\nFollowing our call, please find attached our quotation ${quote} for the items we discussed. Prices are valid for 30 days; delivery is ${int(r, 5, 15)} working days from PO.\n\nHappy to go through it whenever suits.\n\nKind regards,\n${name}\nAccount Manager`,
        parts: [
          {
            type: 'application/pdf',
            name: `${quote}.pdf`,
            content: onePagePdf([
              `Quotation ${quote}`,
              `Total: GBP ${amount(r, 400, 9000)}`,
              'Valid 30 days',
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'personal-family',
    kind: 'personal',
    lang: 'en',
    write(r, to) {
      const [name, local] = r.pick([
        ['Mum', 'mum.holloway'],
        ['Dad', 'dad.price'],
        ['Sue', 'auntie.sue'],
        ['James', 'big.bro.j'],
      ] as const);
      const f = freemail(r, local);
      return {
        from: `"${name}" <${f.address}>`,
        auth: f.auth,
        subject: r.pick(['Sunday', 'photos from the weekend', 'Christmas plans']),
        text: r.pick([
          `Hi love,\n\nAre you still coming on Sunday? we're doing a roast. Bring a jumper, the heating's playing up again.\n\nxx`,
          `Hi ${to.first},\n\nHere's the link to the photos from the weekend: https://photos.app.goo.gl/${token(r, 17, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789')}\n\nThe one of the dog in the lake is my favourite!`,
          `Hey,\n\nWe're thinking of doing Christmas at ours this year. Can you let me know by the weekend if you're coming, and whether you'll stay over?\n\nLove`,
        ]),
      };
    },
  },
  {
    name: 'newsletter-substack',
    kind: 'newsletter',
    lang: 'en',
    write(r, to) {
      const pub = r.pick(['The Weekly Commute', 'Garden Notes', 'Data Points']);
      return {
        from: `"${pub}" <${pub.toLowerCase().replace(/\s/g, '')}@substack.com>`,
        auth: passing('substack.com'),
        subject: r.pick([
          'Five things I learned this month',
          'The case for slow mornings',
          `Issue #${int(r, 40, 160)}`,
        ]),
        headers: bulk('x@substack.com'),
        html: panel({
          lang: 'en',
          brand: pub,
          accent: '#ff6719',
          title: r.pick(['Five things I learned this month', 'The case for slow mornings']),
          lines: [
            `Hi ${to.first}, thanks for reading.`,
            'This week I want to talk about the small routines that make a big difference, and the ones I gave up.',
          ],
          action: {
            label: 'Read on Substack',
            href: `https://${pub.toLowerCase().replace(/\s/g, '')}.substack.com/p/${token(r, 8)}`,
          },
          foot: 'You are receiving this because you subscribed. Unsubscribe.',
        }),
      };
    },
  },
  {
    name: 'dropbox-shared-folder',
    kind: 'shared-document',
    lang: 'en',
    write(r, to) {
      const s = genuine('Dropbox', 'no-reply@dropbox.com');
      const sharer = r.pick(['Hannah Cole', 'Gareth Lloyd', 'Deepa Raman']);
      const folder = r.pick(['Wedding photos', 'Site survey 2026', 'Brand assets']);
      return {
        ...s,
        subject: `${sharer} shared "${folder}" with you`,
        html: panel({
          lang: 'en',
          brand: 'Dropbox',
          accent: '#0061fe',
          title: `${sharer} shared a folder with you`,
          lines: [
            `Hi ${to.first}, ${sharer} (${sharer.split(' ')[0].toLowerCase()}@${r.pick(['gmail.com', 'corp.example'])}) invited you to "${folder}".`,
          ],
          action: {
            label: 'Go to folder',
            href: `https://www.dropbox.com/scl/fo/${token(r, 21)}/${token(r, 24)}?rlkey=${token(r, 25)}`,
          },
          foot: 'Dropbox, Inc., PO Box 77767, San Francisco, CA 94107',
        }),
      };
    },
  },
];

const EUROPE: Template[] = [
  {
    name: 'es-dgt-dev',
    kind: 'traffic-notice',
    lang: 'es',
    write(_r, to) {
      return {
        ...genuine('DGT', 'notificaciones@dgt.es'),
        subject: 'Aviso de puesta a disposición de notificación',
        text: `Estimado/a ${to.first} ${to.last}:\n\nLe informamos de que tiene una nueva notificación a su disposición en su Dirección Electrónica Vial (DEV).\n\nPara acceder a su contenido, identifíquese con Cl@ve o certificado electrónico en la sede electrónica de la DGT (sede.dgt.gob.es).\n\nEste correo es meramente informativo y no contiene enlaces de pago.\n\nDirección General de Tráfico`,
      };
    },
  },
  {
    name: 'es-correos-en-camino',
    kind: 'parcel-tracking',
    lang: 'es',
    write(r, to) {
      const code = `${token(r, 2, 'ABCDEFGHJKLMNPRSTUV')}${digits(r, 9)}ES`;
      return {
        ...genuine('Correos', 'noreply@correos.es'),
        subject: 'Tu envío está en camino',
        html: panel({
          lang: 'es-ES',
          brand: 'Correos',
          accent: '#ffcd00',
          title: `Hola ${to.first}, tu envío llegará pronto`,
          lines: [
            `Tu envío de ${r.pick(['Zara', 'PcComponentes', 'El Corte Inglés'])} está en reparto y lo recibirás hoy entre las 9:00 y las 14:00.`,
          ],
          facts: [['Código de envío', code]],
          action: {
            label: 'Seguir envío',
            href: `https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=${code}`,
          },
          foot: 'Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.',
        }),
      };
    },
  },
  {
    name: 'mx-bbva-transfer',
    kind: 'bank-transaction-alert',
    lang: 'es',
    write(r, to) {
      return {
        ...genuine('BBVA México', 'avisos@bbva.mx'),
        subject: 'Recibiste una transferencia',
        text: `Hola ${to.first}:\n\nRecibiste una transferencia SPEI por $${int(r, 1, 20)},${digits(r, 3)}.00 MXN de ${r.pick(['JUAN PEREZ', 'NOMINA EMPRESA SA DE CV', 'MARIA LOPEZ'])}.\n\nConsulta el detalle en tu app BBVA México.\n\nBBVA nunca te pedirá claves, NIP ni códigos por correo o teléfono.`,
      };
    },
  },
  {
    name: 'es-wallapop-sold',
    kind: 'marketplace-sale',
    lang: 'es',
    write(r, to) {
      const item = r.pick(['Bicicleta infantil', 'Lámpara vintage', 'Xbox Series S']);
      return {
        ...genuine('Wallapop', 'no-reply@wallapop.com'),
        subject: `¡Has vendido ${item}!`,
        html: panel({
          lang: 'es',
          brand: 'wallapop',
          accent: '#13c1ac',
          title: `¡Enhorabuena, ${to.first}!`,
          lines: [
            `Has vendido «${item}» por ${int(r, 15, 180)} €. Prepara el paquete y llévalo al punto de envío antes de 5 días.`,
            'Recibirás el dinero en tu monedero de Wallapop cuando el comprador confirme que todo está bien.',
          ],
          action: { label: 'Ver en la app', href: 'https://es.wallapop.com/app/chat' },
          foot: 'Wallapop, S.L.',
        }),
      };
    },
  },
  {
    name: 'es-colleague',
    kind: 'colleague',
    lang: 'es',
    write(r, to) {
      const c = colleague(r, [
        ['Álvaro', 'Medina'],
        ['Nuria', 'Castell'],
        ['Sofía', 'Quintero'],
      ]);
      return {
        ...c,
        subject: r.pick(['Re: presupuesto 2027', 'reunión del jueves']),
        text: r.pick([
          `Hola ${to.first}:\n\nTe paso los comentarios de dirección sobre el presupuesto. En general bien, pero piden recortar un 5 % en viajes. ¿Lo vemos mañana a primera hora?\n\nUn saludo,\n${c.name}`,
          `Buenas,\n\nAl final la reunión del jueves pasa a las 11:30 en la sala Mar. Avisa si no puedes.\n\nGracias,\n${c.name}`,
        ]),
      };
    },
  },
  {
    name: 'br-mercado-livre-sale',
    kind: 'marketplace-sale',
    lang: 'pt',
    write(r, to) {
      const item = r.pick(['Fone Bluetooth JBL', 'Cadeira gamer', 'Tênis Nike 42']);
      return {
        ...genuine('Mercado Livre', 'noreply@mercadolivre.com.br'),
        subject: `Você vendeu ${item}!`,
        html: panel({
          lang: 'pt-BR',
          brand: 'Mercado Livre',
          accent: '#3483fa',
          title: `Parabéns, ${to.first}! Você vendeu.`,
          lines: [
            `${item} – R$ ${amount(r, 60, 900, true)}`,
            'Imprima a etiqueta e despache o pacote até amanhã. O dinheiro fica disponível no Mercado Pago após a entrega.',
          ],
          action: {
            label: 'Ver venda',
            href: `https://www.mercadolivre.com.br/vendas/${digits(r, 16)}/detalhe`,
          },
          foot: 'Mercado Livre nunca pede dados do seu cartão por e-mail.',
        }),
      };
    },
  },
  {
    name: 'br-nubank-fatura',
    kind: 'card-statement',
    lang: 'pt',
    write(r, to) {
      return {
        ...genuine('Nubank', 'todomundo@nubank.com.br'),
        subject: 'Sua fatura fechou',
        text: `Olá, ${to.first}!\n\nSua fatura de novembro fechou no valor de R$ ${amount(r, 200, 3200, true)}, com vencimento em ${int(r, 5, 15)}/12.\n\nPara ver os detalhes ou pagar via Pix ou boleto, abra o app do Nubank.\n\nO Nubank nunca liga pedindo senha ou envia links para pagamento.`,
      };
    },
  },
  {
    name: 'pt-via-verde-extrato',
    kind: 'toll-statement',
    lang: 'pt',
    write(r, to) {
      return {
        ...genuine('Via Verde', 'naoresponder@viaverde.pt'),
        subject: 'O seu extrato Via Verde está disponível',
        text: `Caro(a) ${to.first},\n\nO extrato de outubro já está disponível na sua área de cliente. Valor a debitar: ${amount(r, 8, 90, true)} EUR, por débito direto a ${int(r, 10, 20)}/11.\n\nConsulte em viaverde.pt ou na app Via Verde.\n\nObrigado,\nVia Verde Portugal`,
      };
    },
  },
  {
    name: 'br-personal',
    kind: 'personal',
    lang: 'pt',
    write(r, to) {
      const [name, local] = r.pick([
        ['Tia Regina', 'tia.regina'],
        ['Carol', 'carol.moraes'],
        ['Pedro', 'pedrinho.alb'],
      ] as const);
      const f = freemail(r, local);
      return {
        from: `"${name}" <${f.address}>`,
        auth: f.auth,
        subject: r.pick(['churrasco sábado', 'fotos do aniversário']),
        text: r.pick([
          `Oi ${to.first}!\n\nVai ter churrasco lá em casa no sábado a partir do meio-dia. Traz a Bia e o violão! Confirma pra eu saber quanto de carne comprar.\n\nBeijos`,
          `Oi, tudo bem?\n\nSeguem as fotos do aniversário da vó, ficaram lindas. Depois me manda as tuas também.\n\nAbraço`,
        ]),
      };
    },
  },
  {
    name: 'fr-ameli-message',
    kind: 'gov-portal-message',
    lang: 'fr',
    write(r, to) {
      return {
        ...genuine('l’Assurance Maladie', 'ne-pas-repondre@assurance-maladie.fr'),
        subject: 'Un nouveau message est disponible dans votre compte ameli',
        text: `Bonjour ${to.first} ${to.last},\n\nUn nouveau document est disponible dans votre compte ameli : ${r.pick(['votre relevé de remboursements', 'votre attestation de droits', 'un message de votre caisse'])}.\n\nPour le consulter, connectez-vous à votre compte sur ameli.fr ou sur l’application ameli.\n\nL’Assurance Maladie ne vous demandera jamais vos coordonnées bancaires par e-mail.\n\nVotre caisse d’Assurance Maladie`,
      };
    },
  },
  {
    name: 'fr-sncf-billet',
    kind: 'travel-ticket',
    lang: 'fr',
    write(r, to) {
      const ref = token(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ');
      return {
        ...genuine('SNCF Connect', 'noreply@sncf-connect.com'),
        subject: `Votre e-billet ${r.pick(['Paris → Lyon', 'Lille → Bordeaux', 'Marseille → Nice'])}`,
        html: panel({
          lang: 'fr',
          brand: 'SNCF Connect',
          accent: '#0c131f',
          title: `Bon voyage, ${to.first} !`,
          lines: ['Votre e-billet est disponible dans l’application SNCF Connect, rubrique Voyages.'],
          facts: [
            ['Référence dossier', ref],
            ['Départ', `${int(r, 3, 28)}/12 à ${int(r, 6, 20)}h${r.pick(['04', '16', '42'])}`],
          ],
          action: { label: 'Voir mon voyage', href: `https://www.sncf-connect.com/app/trips/${ref}` },
          foot: 'SNCF Voyageurs',
        }),
      };
    },
  },
  {
    name: 'fr-personal',
    kind: 'personal',
    lang: 'fr',
    write(r, to) {
      const [name, local] = r.pick([
        ['Claire', 'claire.garnier'],
        ['Papa', 'papa.lefort'],
        ['Julien', 'julien.b'],
      ] as const);
      const f = freemail(r, local);
      return {
        from: `"${name}" <${f.address}>`,
        auth: f.auth,
        subject: r.pick(['Week-end en Bretagne', 'Re: anniversaire de Léa']),
        text: `Coucou ${to.first},\n\n${r.pick(['On a trouvé une maison à Quiberon pour le week-end du 14, tu es toujours partante ? Il faut confirmer avant vendredi.', 'Pour le cadeau de Léa, on part sur le vélo ? Je peux avancer l’argent, tu me fais un virement après.'])}\n\nBises`,
      };
    },
  },
  {
    name: 'de-sparkasse-postfach',
    kind: 'bank-portal-message',
    lang: 'de',
    write(_r, to) {
      return {
        ...genuine('Sparkasse', 'noreply@sparkasse.de'),
        subject: 'Neue Nachricht in Ihrem elektronischen Postfach',
        text: `Guten Tag ${to.first} ${to.last},\n\nin Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit (Kontoauszug).\n\nSie finden es nach der Anmeldung im Online-Banking oder in der App „Sparkasse“ unter „Postfach“.\n\nBitte beachten Sie: Wir fordern Sie niemals per E-Mail auf, Zugangsdaten oder TANs einzugeben.\n\nIhre Sparkasse`,
      };
    },
  },
  {
    name: 'de-dhl-ankuendigung',
    kind: 'parcel-tracking',
    lang: 'de',
    write(r, to) {
      const code = `00${digits(r, 18)}`;
      return {
        ...genuine('DHL Paket', 'noreply@dhl.de'),
        subject: 'Ihr DHL Paket kommt heute',
        html: panel({
          lang: 'de',
          brand: 'DHL',
          accent: '#d40511',
          title: `Hallo ${to.first}, Ihr Paket kommt heute`,
          lines: [
            `Ihr Paket von ${r.pick(['Zalando', 'Otto', 'Thalia'])} wird voraussichtlich zwischen ${int(r, 9, 13)}:00 und ${int(r, 14, 18)}:00 Uhr zugestellt.`,
          ],
          facts: [['Sendungsnummer', code]],
          action: {
            label: 'Sendung verfolgen',
            href: `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${code}`,
          },
          foot: 'Deutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn',
        }),
      };
    },
  },
  {
    name: 'de-colleague',
    kind: 'colleague',
    lang: 'de',
    write(r, to) {
      const c = colleague(r, [
        ['Sebastian', 'Krüger'],
        ['Anja', 'Hoffmann'],
        ['Lukas', 'Weber'],
      ]);
      return {
        ...c,
        subject: r.pick(['Abstimmung Messeplanung', 'Urlaubsvertretung']),
        text: r.pick([
          `Hallo ${to.first},\n\nkönnen wir uns morgen kurz zur Messeplanung abstimmen? Ich hätte um 10 Uhr Zeit. Die Standfläche muss bis Freitag bestätigt werden.\n\nViele Grüße\n${c.name}`,
          `Hi ${to.first},\n\nich bin ab Montag zwei Wochen im Urlaub. Wärst du so nett, meine Tickets im Blick zu behalten? Die Übergabe-Notiz liegt im Teams-Kanal.\n\nDanke und Gruß\n${c.name}`,
        ]),
      };
    },
  },
  {
    name: 'it-enel-bolletta',
    kind: 'utility-bill',
    lang: 'it',
    write(r, to) {
      return {
        ...genuine('Enel Energia', 'noreply@enel.it'),
        subject: 'La tua bolletta è disponibile',
        html: panel({
          lang: 'it',
          brand: 'enel',
          accent: '#e6007e',
          title: `Ciao ${to.first}, la nuova bolletta è online`,
          lines: [
            `Importo: € ${amount(r, 35, 210, true)}, scadenza ${int(r, 5, 28)}/12/2026. Hai attivo l'addebito diretto: non devi fare nulla.`,
          ],
          action: { label: 'Vai all’Area Clienti', href: 'https://www.enel.it/it/login' },
          foot: 'Enel Energia S.p.A. – Società con unico socio',
        }),
      };
    },
  },
  {
    name: 'it-poste-pacco',
    kind: 'parcel-tracking',
    lang: 'it',
    write(r, to) {
      const code = `${token(r, 2, 'ABCDEFGHJKLMNPRSTUV')}${digits(r, 9)}IT`;
      return {
        ...genuine('Poste Italiane', 'noreply@posteitaliane.it'),
        subject: 'La tua spedizione è in consegna',
        text: `Gentile ${to.first} ${to.last},\n\nla spedizione ${code} è in consegna oggi.\n\nPuoi seguirla su poste.it o nell'app Poste Italiane.\n\nPoste Italiane non chiede mai pagamenti tramite link in email o SMS.`,
      };
    },
  },
  {
    name: 'it-personal',
    kind: 'personal',
    lang: 'it',
    write(r, to) {
      const [name, local] = r.pick([
        ['Nonna', 'nonna.lombardi'],
        ['Marco', 'marco.galli'],
        ['Ele', 'ele.sartori'],
      ] as const);
      const f = freemail(r, local);
      return {
        from: `"${name}" <${f.address}>`,
        auth: f.auth,
        subject: r.pick(['Pranzo di domenica', 'Re: calcetto']),
        text: `Ciao ${to.first}!\n\n${r.pick(['Domenica pranzo da noi, faccio le lasagne. Porta il vino rosso se riesci!', 'Giovedì calcetto alle 21, manca uno. Ci sei?'])}\n\nUn abbraccio`,
      };
    },
  },
  {
    name: 'nl-berichtenbox',
    kind: 'gov-portal-message',
    lang: 'nl',
    write(r, to) {
      return {
        ...genuine('MijnOverheid', 'berichtenbox@mijnoverheid.nl'),
        subject: 'U heeft een nieuw bericht in uw Berichtenbox',
        text: `Beste ${to.first} ${to.last},\n\nU heeft een nieuw bericht ontvangen van ${r.pick(['de Belastingdienst', 'het CJIB', 'de RDW', 'uw gemeente'])} in uw Berichtenbox op MijnOverheid.\n\nLog in met DigiD op mijn.overheid.nl om het bericht te lezen.\n\nDeze e-mail bevat geen links. Met vriendelijke groet,\nMijnOverheid`,
      };
    },
  },
  {
    name: 'nl-marktplaats-bericht',
    kind: 'marketplace-message',
    lang: 'nl',
    write(r, to) {
      const item = r.pick(['Gazelle damesfiets', 'IKEA kast Pax', 'Kinderwagen Joolz']);
      return {
        ...genuine('Marktplaats', 'noreply@marktplaats.nl'),
        subject: `Nieuw bericht over ${item}`,
        html: panel({
          lang: 'nl',
          brand: 'Marktplaats',
          accent: '#eda566',
          title: `Hoi ${to.first}, je hebt een nieuw bericht`,
          lines: [
            `${r.pick(['Kees', 'Fatima', 'Bram'])} over "${item}": "Is deze nog beschikbaar? Ik kan zaterdag ophalen."`,
          ],
          action: { label: 'Bekijk bericht', href: `https://www.marktplaats.nl/messages/${digits(r, 10)}` },
          foot: 'Betaal nooit via een link van een koper. Marktplaats B.V.',
        }),
      };
    },
  },
  {
    name: 'nl-colleague',
    kind: 'colleague',
    lang: 'nl',
    write(r, to) {
      const c = colleague(r, [
        ['Daan', 'Visser'],
        ['Lotte', 'Bakker'],
      ]);
      return {
        ...c,
        subject: 'planning sprint review',
        text: `Hoi ${to.first},\n\nZullen we de sprint review naar woensdag verplaatsen? Dinsdag zit ik de hele dag bij de klant in Utrecht.\n\nGroet,\n${c.name}`,
      };
    },
  },
  {
    name: 'pl-inpost-paczkomat',
    kind: 'parcel-pickup-qr',
    lang: 'pl',
    async write(r, to) {
      const code = digits(r, 6);
      const parcel = digits(r, 24);
      return {
        ...genuine('InPost', 'powiadomienia@inpost.pl'),
        subject: 'Twoja paczka czeka w Paczkomacie',
        html: panel({
          lang: 'pl',
          brand: 'InPost',
          accent: '#ffcd00',
          title: `${to.first}, paczka czeka na odbiór`,
          lines: [
            `Paczkomat ${token(r, 3, 'ABCDEFGHKLMNPRSTWZ')}${int(r, 10, 99)}M, ${r.pick(['ul. Puławska 12', 'ul. Długa 5', 'al. Jana Pawła II 30'])}. Masz 48 godzin na odbiór.`,
            'Zeskanuj kod QR przy Paczkomacie lub wpisz kod odbioru.',
            '<img src="cid:odbior.png" width="160" alt="kod QR">',
          ],
          facts: [
            ['Kod odbioru', code],
            ['Numer paczki', parcel],
          ],
          foot: 'InPost nigdy nie prosi o dopłaty przez link w e-mailu.',
        }),
        parts: [
          {
            type: 'image/png',
            name: 'odbior.png',
            content: await qrPng(`P|${to.address}|${code}`),
            inline: true,
          },
        ],
      };
    },
  },
  {
    name: 'pl-allegro-zakup',
    kind: 'order-confirmation',
    lang: 'pl',
    write(r, to) {
      return {
        ...genuine('Allegro', 'powiadomienia@allegro.pl'),
        subject: 'Dziękujemy za zakup',
        text: `Cześć ${to.first},\n\nTwoje zamówienie na kwotę ${amount(r, 29, 600, true)} zł zostało opłacone. Sprzedający przygotowuje przesyłkę.\n\nSzczegóły zakupu znajdziesz w zakładce Moje zakupy na allegro.pl.\n\nZespół Allegro`,
      };
    },
  },
];

const WORLD: Template[] = [
  {
    name: 'jp-rakuten-card-usage',
    kind: 'card-usage-notice',
    lang: 'ja',
    write(r, to) {
      return {
        ...genuine('楽天カード', 'info@mail.rakuten-card.co.jp', 'rakuten-card.co.jp'),
        subject: 'カード利用のお知らせ(本人ご利用分)',
        text: `${to.called} 様\n\n楽天カードをご利用いただきありがとうございます。\nお客様のカードご利用内容をお知らせいたします。\n\nご利用日：2026/11/${String(int(r, 1, 2)).padStart(2, '0')}\nご利用先：${r.pick(['セブン-イレブン', 'Amazon.co.jp', 'JR東日本'])}\nご利用金額：${int(r, 3, 48)},${digits(r, 3)}円\n\nご利用明細は楽天e-NAVIまたは楽天カードアプリでご確認いただけます。\n\n楽天カード株式会社`,
      };
    },
  },
  {
    name: 'jp-amazon-shipped',
    kind: 'order-shipped',
    lang: 'ja',
    write(r, to) {
      const order = `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`;
      return {
        ...genuine('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'),
        subject: `Amazon.co.jp ご注文の商品を発送しました`,
        html: panel({
          lang: 'ja',
          brand: 'amazon.co.jp',
          accent: '#ff9900',
          title: `${to.called} 様、ご注文の商品を発送しました`,
          lines: [`お届け予定：${r.pick(['明日', '11月5日'])}`],
          facts: [['注文番号', order]],
          action: {
            label: '配送状況を確認',
            href: `https://www.amazon.co.jp/gp/your-account/ship-track?orderId=${order}`,
          },
          foot: 'このメールは配信専用のアドレスで配信されています。',
        }),
      };
    },
  },
  {
    name: 'jp-colleague',
    kind: 'colleague',
    lang: 'ja',
    write(r, to) {
      const c = colleague(r, [
        ['Daiki', 'Yamamoto'],
        ['Haruka', 'Kobayashi'],
      ]);
      return {
        ...c,
        subject: r.pick(['来週の定例会議について', '資料の確認をお願いします']),
        text: `${to.called}さん\n\nお疲れさまです。\n${r.pick(['来週の定例会議ですが、会議室の都合で水曜15時からに変更になりました。', '先日お話しした提案資料のドラフトを共有フォルダに置きました。金曜までにご確認いただけると助かります。'])}\n\nよろしくお願いいたします。\n${c.name}`,
      };
    },
  },
  {
    name: 'kr-coupang-delivered',
    kind: 'parcel-tracking',
    lang: 'ko',
    write(r, to) {
      return {
        ...genuine('쿠팡', 'noreply@coupang.com'),
        subject: '[쿠팡] 주문하신 상품이 배송 완료되었습니다',
        text: `${to.called}님, 주문하신 상품이 배송 완료되었습니다.\n\n상품: ${r.pick(['생수 2L x 12', '무선 이어폰', '아동 겨울 패딩'])}\n배송 장소: 문 앞\n\n배송 사진과 상세 내역은 쿠팡 앱 > 마이쿠팡 > 주문목록에서 확인하실 수 있습니다.\n\n쿠팡(주)`,
      };
    },
  },
  {
    name: 'kr-personal',
    kind: 'personal',
    lang: 'ko',
    write(r) {
      const [name, local] = r.pick([
        ['민수', 'minsu.kang'],
        ['은지', 'eunji.lim'],
      ] as const);
      const f = freemail(r, local);
      return {
        from: `"${name}" <${f.address}>`,
        auth: f.auth,
        subject: r.pick(['주말 약속', '사진 보내줄게']),
        text: `안녕, 잘 지내지?\n\n${r.pick(['토요일 저녁 7시에 강남역에서 보는 거 맞지? 예약은 내가 해둘게.', '지난번 여행 사진 정리해서 보내줄게. 잘 나온 거 많더라!'])}\n\n그럼 그때 봐~`,
      };
    },
  },
  {
    name: 'cn-colleague',
    kind: 'colleague',
    lang: 'zh',
    write(r, to) {
      const c = colleague(r, [
        ['Wei', 'Chen'],
        ['Li', 'Na'],
      ]);
      return {
        ...c,
        subject: r.pick(['关于下周的客户拜访', '报销单已提交']),
        text: `${to.called}，你好：\n\n${r.pick(['下周二我们去拜访客户，行程我已经发在日历里了，麻烦你准备一下产品演示。', '上个月的差旅报销单我已经在系统里提交了，麻烦有空时审批一下。'])}\n\n谢谢！\n${c.name}`,
      };
    },
  },
  {
    name: 'cn-jd-order',
    kind: 'order-shipped',
    lang: 'zh',
    write(r, to) {
      return {
        ...genuine('京东', 'noreply@jd.com'),
        subject: '您的订单已发货',
        text: `尊敬的${to.called}：\n\n您的订单 ${digits(r, 12)} 已由京东物流发货，预计${r.pick(['明天', '后天'])}送达。\n\n您可以在京东App“我的订单”中查看物流详情。\n\n京东不会以任何理由要求您点击链接退款或提供验证码。`,
      };
    },
  },
  {
    name: 'ae-enbd-transaction',
    kind: 'bank-transaction-alert',
    lang: 'ar',
    write(r, to) {
      return {
        ...genuine('بنك الإمارات دبي الوطني', 'alerts@emiratesnbd.com'),
        subject: 'إشعار عملية على بطاقتك',
        text: `عزيزي ${to.called}،\n\nتم استخدام بطاقتك المنتهية بالرقم ${digits(r, 4)} لعملية شراء بقيمة ${int(r, 40, 900)}.00 درهم لدى ${r.pick(['كارفور', 'نون', 'طلبات'])}.\n\nلمزيد من التفاصيل افتح تطبيق ENBD X.\n\nلن نطلب منك أبداً رمز التحقق أو كلمة المرور.`,
      };
    },
  },
  {
    name: 'ae-careem-receipt',
    kind: 'ride-receipt',
    lang: 'ar',
    write(r, to) {
      return {
        ...genuine('Careem', 'no-reply@careem.com'),
        subject: 'إيصال رحلتك مع كريم',
        html: panel({
          lang: 'ar',
          rtl: true,
          brand: 'كريم',
          accent: '#00a859',
          title: `شكراً لركوبك معنا يا ${to.called}`,
          lines: ['نتمنى أن تكون رحلتك ممتعة.'],
          facts: [
            ['المبلغ', `${amount(r, 15, 95)} درهم`],
            ['من', r.pick(['دبي مارينا', 'مطار دبي الدولي', 'وسط المدينة'])],
          ],
          foot: 'Careem Networks FZ LLC',
        }),
      };
    },
  },
  {
    name: 'ar-colleague',
    kind: 'colleague',
    lang: 'ar',
    write(r, to) {
      const c = colleague(r, [
        ['Omar', 'Haddad'],
        ['Salma', 'Nasser'],
      ]);
      return {
        ...c,
        subject: 'اجتماع الفريق يوم الأحد',
        text: `مرحباً ${to.called}،\n\n${r.pick(['أذكّرك باجتماع الفريق يوم الأحد الساعة العاشرة صباحاً في قاعة الاجتماعات الكبرى.', 'أرسلت لك مسودة التقرير الشهري، أرجو مراجعتها قبل نهاية الأسبوع.'])}\n\nمع التحية،\n${c.name}`,
      };
    },
  },
  {
    name: 'id-tokopedia-order',
    kind: 'order-confirmation',
    lang: 'id',
    write(r, to) {
      return {
        ...genuine('Tokopedia', 'noreply@tokopedia.com'),
        subject: 'Pembayaran berhasil, pesananmu diteruskan ke penjual',
        text: `Hai ${to.first},\n\nPembayaran sebesar Rp${int(r, 50, 900)}.${digits(r, 3)} untuk invoice INV/2026110${int(r, 1, 2)}/MPL/${digits(r, 10)} sudah kami terima.\n\nPesananmu sudah diteruskan ke penjual. Pantau statusnya di aplikasi Tokopedia.\n\nTokopedia tidak pernah meminta kode OTP atau data pribadi.`,
      };
    },
  },
  {
    name: 'id-bca-estatement',
    kind: 'bank-statement',
    lang: 'id',
    write(r, to) {
      return {
        ...genuine('BCA', 'estatement@bca.co.id'),
        subject: 'e-Statement BCA periode Oktober 2026',
        text: `Yth. Bapak/Ibu ${to.first} ${to.last},\n\nBersama ini kami kirimkan e-Statement rekening Anda periode Oktober 2026 dalam lampiran. Dokumen dilindungi kata sandi sesuai tanggal lahir Anda (DDMMYYYY).\n\nBCA tidak pernah meminta PIN, password, atau kode OTP melalui email.\n\nHalo BCA 1500888`,
        parts: [
          {
            type: 'application/pdf',
            name: `eStatement_${digits(r, 4)}_OKT2026.pdf`,
            content: onePagePdf(['e-Statement BCA', 'Periode Oktober 2026']),
          },
        ],
      };
    },
  },
  {
    name: 'id-personal',
    kind: 'personal',
    lang: 'id',
    write(r, to) {
      const [name, local] = r.pick([
        ['Rina', 'rina.wulan'],
        ['Adit', 'adit.saputra'],
      ] as const);
      const f = freemail(r, local);
      return {
        from: `"${name}" <${f.address}>`,
        auth: f.auth,
        subject: r.pick(['Reuni SMA', 'Arisan bulan ini']),
        text: `Halo ${to.first}!\n\n${r.pick(['Reuni SMA jadi tanggal 20 ya, di rumah makan Sunda dekat alun-alun. Jangan lupa datang!', 'Arisan bulan ini di rumahku hari Minggu jam 4 sore. Kabari ya kalau bisa datang.'])}\n\nSalam`,
      };
    },
  },
  {
    name: 'tr-trendyol-shipped',
    kind: 'order-shipped',
    lang: 'tr',
    write(r, to) {
      return {
        ...genuine('Trendyol', 'bilgilendirme@trendyol.com'),
        subject: 'Siparişin kargoya verildi',
        html: panel({
          lang: 'tr',
          brand: 'trendyol',
          accent: '#f27a1a',
          title: `Merhaba ${to.first}, siparişin yola çıktı!`,
          lines: [
            `${r.pick(['Mont', 'Spor ayakkabı', 'Kahve makinesi'])} siparişin ${r.pick(['Trendyol Express', 'Aras Kargo'])} ile gönderildi.`,
          ],
          facts: [['Sipariş no', digits(r, 9)]],
          action: {
            label: 'Kargom nerede?',
            href: `https://www.trendyol.com/hesabim/siparislerim/${digits(r, 9)}`,
          },
          foot: 'DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş.',
        }),
      };
    },
  },
  {
    name: 'tr-colleague',
    kind: 'colleague',
    lang: 'tr',
    write(r, to) {
      const c = colleague(r, [
        ['Mert', 'Yıldız'],
        ['Ayşe', 'Demir'],
      ]);
      return {
        ...c,
        subject: 'Perşembe toplantısı',
        text: `Merhaba ${to.first},\n\nPerşembe günkü bütçe toplantısını saat 14:00'e aldık. Sunum dosyasını ortak klasöre yükledim, bakabilir misin?\n\nTeşekkürler,\n${c.name}`,
      };
    },
  },
  {
    name: 'in-irctc-booking',
    kind: 'travel-ticket',
    lang: 'hi',
    write(r, to) {
      const pnr = digits(r, 10);
      return {
        ...genuine('IRCTC', 'ticketadmin@irctc.co.in'),
        subject: `Booking Confirmation on IRCTC, Train: ${int(r, 12001, 12999)}, PNR: ${pnr}`,
        text: `प्रिय ${to.called},\n\nआपका टिकट बुक हो गया है।\nPNR: ${pnr}\nयात्रा तिथि: ${int(r, 5, 28)}-Dec-2026\nश्रेणी: ${r.pick(['3A', 'SL', 'CC'])}\nकुल किराया: ₹${int(r, 400, 2600)}\n\nकृपया यात्रा के दौरान पहचान पत्र साथ रखें। ई-टिकट IRCTC Rail Connect ऐप में उपलब्ध है।\n\nIRCTC`,
      };
    },
  },
  {
    name: 'hi-personal',
    kind: 'personal',
    lang: 'hi',
    write(r) {
      const [name, local] = r.pick([
        ['मम्मी', 'mummy.sharma'],
        ['भैया', 'bhaiya.verma'],
      ] as const);
      const f = freemail(r, local);
      return {
        from: `"${name}" <${f.address}>`,
        auth: f.auth,
        subject: r.pick(['दिवाली की तस्वीरें', 'शादी की तैयारी']),
        text: `बेटा,\n\n${r.pick(['दिवाली की सारी तस्वीरें भेज रहे हैं, सबको दिखा देना। नानी बहुत खुश थीं तुमसे बात करके।', 'रिया की शादी की तारीख पक्की हो गई है — 14 जनवरी। छुट्टी अभी से ले लेना।'])}\n\nप्यार`,
      };
    },
  },
  {
    name: 'in-team-invite',
    kind: 'calendar-invite',
    lang: 'en',
    write(r, to) {
      const c = colleague(r, [
        ['Arjun', 'Malhotra'],
        ['Neha', 'Kapoor'],
      ]);
      const summary = r.pick(['Quarterly planning', 'Vendor review', '1:1 catch-up']);
      return {
        ...c,
        subject: `Invitation: ${summary} @ Thu 12 Nov 2026 15:00`,
        text: `${c.name} has invited you to ${summary}.\n\nJoin on Teams from the calendar entry.`,
        parts: [
          {
            type: 'text/calendar',
            name: 'invite.ics',
            content: invitation({
              uid: `${token(r, 12)}@corp.example`,
              organizer: c.from.replace(/.*</, '').replace('>', ''),
              attendee: to.address,
              summary,
              description: 'Agenda to follow.',
              location: r.pick(['Room 4.02', 'Microsoft Teams']),
              start: '20261112T150000Z',
            }),
          },
        ],
      };
    },
  },
];

const TEMPLATES: readonly Template[] = [...ENGLISH, ...EUROPE, ...WORLD];

export const UNSEEN_HAM_13_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenHam13(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return written(TEMPLATES, perTemplate, seed, seededRandom, 13_500_000, 500);
}
