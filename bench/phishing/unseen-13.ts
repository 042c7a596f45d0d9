// The thirteenth unseen set's phishing: the mass campaigns and scams of 2026 that reach work and personal
// mailboxes alike, written in English here (US, UK, Australia, India) and in fourteen other languages in
// unseen-13-local.ts: unpaid tolls, parcel fees, tax refunds, bank and card alerts, streaming and cloud
// bills, social-network appeals, webmail quotas, crypto call-backs and seed phrases, flight and hotel
// lures, marketplace payouts, prizes, charity, wrong-number openers, task jobs, loans and sextortion.
import type { SeededRandom } from './generate.js';
import { qrPng } from './payloads.js';
import { LOCAL_LURES } from './unseen-13-local.js';
import {
  amount,
  bodies,
  comboHost,
  digits,
  freeHosted,
  freemail,
  hackedPage,
  int,
  link,
  note,
  on,
  panel,
  passing,
  randomHost,
  registered,
  shortLink,
  spoofed,
  swappedHost,
  type Template,
  token,
  wordHost,
  written,
} from './unseen-13-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const US_STATES = ['Texas', 'Florida', 'New Jersey', 'Illinois', 'California', 'Georgia'] as const;
const day = (r: SeededRandom) => int(r, 3, 27);
const month = (r: SeededRandom) => r.pick(['November', 'December']);

const ENGLISH: Template[] = [
  {
    name: 'us-toll-unpaid',
    kind: 'toll-unpaid',
    lang: 'en',
    write(r) {
      const state = r.pick(US_STATES);
      const agency = r.pick(['E-ZPass', 'SunPass', 'TxTag', 'FasTrak', 'Toll Services']);
      const due = amount(r, 3, 12);
      const host = r.pick([
        () => wordHost(r, ['toll', 'pay', 'ezpass', 'tollroad', 'services', 'balance', state.toLowerCase()]),
        () => `${agency.toLowerCase().replace(/\W/g, '')}.${token(r, 4)}${r.pick(['.example', '.test'])}`,
        () => randomHost(r),
      ])();
      const href = on(r, host, ['us', 'pay', 'toll/pay', `${state.toLowerCase()}/invoice`]);
      const text = [
        r.pick([
          `${state} ${agency}: Our records show your vehicle has an unpaid toll of $${due}.`,
          `${agency} Notice: You have an outstanding toll balance of $${due}.`,
          `Final reminder from ${agency}: a toll charge of $${due} is still unpaid.`,
        ]),
        r.pick([
          `To avoid a late fee of $${int(r, 40, 75)}.00 and suspension of your registration, please pay by ${month(r)} ${day(r)}:`,
          'Please settle your balance within 24 hours to avoid additional penalties:',
        ]),
        href,
        r.pick([
          '(Reply Y and reopen this message to activate the link)',
          '',
          'Thank you for driving with us.',
        ]),
      ]
        .filter(Boolean)
        .join('\n\n');
      const from = r.pick([
        () => ({ address: `notice@${host}`, auth: registered(r, host) }),
        () => freemail(r, `tollservices.${token(r, 4)}`),
      ])();
      return {
        from: `"${agency}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          `Unpaid toll notice #${digits(r, 8)}`,
          'Outstanding toll balance',
          `${agency}: payment required`,
        ]),
        text,
      };
    },
  },
  {
    name: 'us-postal-redelivery',
    kind: 'parcel-redelivery',
    lang: 'en',
    write(r, to) {
      const host = r.pick([
        () => comboHost(r, 'usps', ['redelivery', 'trackpackage', 'addressupdate', 'help']),
        () => wordHost(r, ['parcel', 'redelivery', 'post', 'usa', 'track']),
      ])();
      const href = on(r, host, ['us', 'track', 'redelivery', 'update-address']);
      const tracking = `9${digits(r, 21)}`;
      const html = panel({
        lang: 'en-US',
        brand: 'USPS Tracking®',
        accent: '#333366',
        title: r.pick([
          'We were unable to deliver your package',
          'Your package is on hold',
          'Address incomplete',
        ]),
        lines: [
          `Dear ${to.first},`,
          r.pick([
            'Your package has arrived at the warehouse but cannot be delivered due to incomplete address information.',
            'Our carrier attempted delivery of your package today, but the street number in the address was missing.',
          ]),
          r.pick([
            'Please confirm your address within 48 hours. Packages not updated are returned to sender.',
            'Please update your address details and choose a new delivery date.',
          ]),
        ],
        facts: [
          ['Tracking Number', tracking],
          ['Status', 'Held at facility'],
        ],
        action: { label: r.pick(['Update Address', 'Schedule Redelivery']), href },
        foot: 'United States Postal Service. This is an automated message, please do not reply.',
      });
      const text = `USPS: Your package ${tracking} could not be delivered due to an incomplete address. Update here: ${href}`;
      return {
        from: `"USPS" <${r.pick(['no-reply', 'tracking', 'info'])}@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Delivery attempt failed',
          `Action required: package ${tracking.slice(-6)}`,
          'Your USPS package is on hold',
        ]),
        ...bodies(r, text, html),
      };
    },
  },
  {
    name: 'uk-parcel-fee',
    kind: 'parcel-fee',
    lang: 'en',
    write(r, to) {
      const carrier = r.pick(['Royal Mail', 'Evri', 'DPD', 'Parcelforce']);
      const fee = r.pick(['1.45', '2.99', '1.99', '0.95']);
      const href = r.pick([
        () => freeHosted(r, r.pick(['rm-reschedule', 'evri-redelivery', 'parcel-uk'])),
        () => on(r, swappedHost(r, carrier.toLowerCase().replace(/\s/g, '')), ['gb/fee', 'redeliver']),
        () => shortLink(r),
      ])();
      const html = panel({
        lang: 'en-GB',
        brand: carrier,
        accent: r.pick(['#da202a', '#007bc4', '#dc0032']),
        title: 'Your parcel is waiting for a small payment',
        lines: [
          `Hello ${to.first},`,
          `We tried to deliver your parcel on ${day(r)} ${r.pick(['Nov', 'Dec'])} but a shipping fee of £${fee} is outstanding.`,
          r.pick([
            'Once the fee is paid we will deliver on the next working day.',
            'Please pay the fee and book a new delivery slot. Unclaimed parcels are returned after 5 days.',
          ]),
        ],
        action: { label: `Pay £${fee}`, href },
        foot: `${carrier} Ltd. Please do not reply to this email.`,
      });
      const text = `${carrier}: your parcel has a £${fee} fee outstanding. Pay and rebook: ${href}`;
      const from = freemail(r, `${carrier.toLowerCase().replace(/\s/g, '')}.delivery`);
      return {
        from: `"${carrier}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Your parcel could not be delivered',
          `${carrier}: fee outstanding`,
          'Redelivery required',
        ]),
        ...bodies(r, text, html),
      };
    },
  },
  {
    name: 'uk-tax-refund',
    kind: 'tax-refund',
    lang: 'en',
    write(r, to) {
      const refund = amount(r, 180, 940);
      const host = r.pick([
        () => comboHost(r, 'hmrc', ['refund', 'taxrebate', 'claim', 'gov-uk']),
        () => wordHost(r, ['gov', 'tax', 'refund', 'uk', 'claim', 'rebate']),
      ])();
      const href = on(r, host, ['claim', 'refund/start', 'gateway/login']);
      const html = panel({
        lang: 'en-GB',
        brand: 'GOV.UK',
        accent: '#0b0c0c',
        title: 'HM Revenue & Customs: tax refund notification',
        lines: [
          `Dear ${to.first} ${to.last},`,
          r.pick([
            `After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £${refund}.`,
            `Our records show you overpaid tax in the 2025 to 2026 tax year. You are due a refund of £${refund}.`,
          ]),
          'Please submit the refund request and allow 3-5 working days for processing.',
        ],
        facts: [
          ['Reference', `${digits(r, 3)} ${token(r, 2, 'ABCDEFGHJKLMNPRSTVWXYZ')}${digits(r, 6)}`],
          ['Refund amount', `£${refund}`],
        ],
        action: { label: 'Claim your refund', href },
        foot: 'HM Revenue & Customs, BX9 1AS. © Crown copyright',
      });
      return {
        from: `"HMRC" <${r.pick(['refunds', 'noreply', 'service'])}@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'You are due a tax refund',
          `Tax refund notification (ref ${digits(r, 6)})`,
          'HMRC: refund available',
        ]),
        html,
      };
    },
  },
  {
    name: 'uk-vehicle-tax',
    kind: 'vehicle-tax',
    lang: 'en',
    write(r) {
      const plate = `${token(r, 2, 'ABCDEFGHJKLMNPRSTVWXY')}${int(r, 15, 75)} ${token(r, 3, 'ABCDEFGHJKLMNPRSTVWXY')}`;
      const href = r.pick([
        () => on(r, wordHost(r, ['vehicle', 'tax', 'dvla', 'renew', 'uk', 'motor']), ['renew', 'payment']),
        () => hackedPage(r, 'dvla/index.php'),
      ])();
      const text = [
        `DVLA: Your vehicle ${plate} is no longer taxed.`,
        r.pick([
          'Your last payment was declined by your bank. To avoid a fine of up to £1,000 please update your payment details:',
          'We could not collect your Direct Debit. Please renew your vehicle tax today to avoid enforcement action:',
        ]),
        href,
        'Driver and Vehicle Licensing Agency',
      ].join('\n\n');
      const from = freemail(r, `dvla.notice.${token(r, 3)}`);
      return {
        from: `"DVLA" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          `Vehicle tax: ${plate}`,
          'Your vehicle tax payment failed',
          'Action needed: vehicle tax',
        ]),
        text,
      };
    },
  },
  {
    name: 'au-mygov-refund',
    kind: 'gov-portal',
    lang: 'en',
    write(r, to) {
      const href = r.pick([
        () => freeHosted(r, r.pick(['mygov-au', 'my-gov-signin', 'ato-refund'])),
        () =>
          on(r, wordHost(r, ['mygov', 'au', 'services', 'signin', 'gov']), ['signin', 'login', 'au/inbox']),
      ])();
      const refund = amount(r, 200, 1200);
      const html = panel({
        lang: 'en-AU',
        brand: 'myGov',
        accent: '#1d3d64',
        title: r.pick(['You have a new message', 'Important: update your details']),
        lines: [
          `Hi ${to.first},`,
          r.pick([
            `The Australian Taxation Office has processed your return and a refund of $${refund} AUD is ready.`,
            `Services Australia needs you to confirm your bank details so your payment of $${refund} AUD can be made.`,
          ]),
          'To receive it, sign in to your myGov account and confirm your details before the end of the week.',
        ],
        action: { label: 'Sign in to myGov', href },
        foot: 'myGov is a simple and secure way to access government services online.',
      });
      return {
        ...r.pick([
          () => ({
            from: '"myGov" <noreply@my.gov.au>',
            auth: spoofed(r, 'my.gov.au', 'srv1.mailhost.example'),
          }),
          () => {
            const host = randomHost(r);
            return { from: `"myGov" <noreply@${host}>`, auth: registered(r, host) };
          },
        ])(),
        subject: r.pick([
          'You have a new message in your myGov inbox',
          'Refund ready to be processed',
          'myGov: confirm your details',
        ]),
        html,
      };
    },
  },
  {
    name: 'in-bank-kyc',
    kind: 'bank-kyc',
    lang: 'en',
    write(r, to) {
      const bank = r.pick(['SBI YONO', 'HDFC Bank', 'ICICI Bank', 'Axis Bank']);
      const host = comboHost(r, bank.split(' ')[0].toLowerCase(), [
        'kyc',
        'update',
        'netbanking',
        'ekyc',
        'rewards',
      ]);
      const href = r.pick([() => on(r, host, ['kyc', 'update/pan', 'apk']), () => shortLink(r)])();
      const text = [
        `Dear Customer,`,
        r.pick([
          `Your ${bank} account will be blocked today as your KYC/PAN is not updated.`,
          `Your ${bank} reward points worth Rs.${int(r, 4000, 9999)} expire today. Redeem now by updating your PAN.`,
          `Your ${bank} net banking has been suspended due to pending KYC, ${to.first}.`,
        ]),
        `Please update immediately: ${href}`,
        r.pick([`- Team ${bank}`, `For help call ${int(r, 70, 99)}${digits(r, 8)}`]),
      ].join('\n');
      const html = note(
        'en-IN',
        text.split('\n').map((l) => l.replace(href, link(href))),
      );
      return {
        from: `"${bank}" <alerts@${host}>`,
        auth: registered(r, host),
        subject: r.pick(['KYC update pending', `${bank}: account blocked`, 'Reward points expiring today']),
        ...bodies(r, text, html, ['text', 'html']),
      };
    },
  },
  {
    name: 'in-electricity-callback',
    kind: 'utility-disconnect',
    lang: 'en',
    write(r, to) {
      const phone = `+91 ${int(r, 70, 99)}${digits(r, 3)} ${digits(r, 5)}`;
      const text = [
        `Dear ${to.first},`,
        r.pick([
          'Your electricity power will be disconnected tonight at 9.30 pm from electricity office because your previous month bill was not updated.',
          'Dear consumer your electricity connection will be disconnected today night because your last month bill is not updated.',
        ]),
        `Please immediately contact our electricity officer ${r.pick(['Mr. Rajesh', 'Mr. Sunil', 'Mr. Mahesh'])} on ${phone}. Thank you.`,
      ].join('\n\n');
      const from = freemail(r, `electricity.board.${token(r, 3)}`);
      return {
        from: `"Electricity Dept" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Electricity Disconnection Notice',
          'URGENT: power cut tonight',
          'Bill not updated',
        ]),
        text,
      };
    },
  },
  {
    name: 'uk-streaming-payment',
    kind: 'streaming-payment',
    lang: 'en',
    write(r, to) {
      const brand = r.pick(['Netflix', 'Disney+', 'Spotify', 'Prime Video']);
      const name = brand.toLowerCase().replace(/\W/g, '');
      const href = r.pick([
        () => on(r, swappedHost(r, name), ['account/billing', 'update', 'payment']),
        () => on(r, comboHost(r, name, ['billing', 'membership', 'help', 'renew']), ['billing', 'login']),
        () => hackedPage(r, `${name}/login.php`),
      ])();
      const html = panel({
        lang: 'en-GB',
        brand: brand.toUpperCase(),
        accent: brand === 'Spotify' ? '#1db954' : brand === 'Netflix' ? '#e50914' : '#113ccf',
        title: r.pick([
          'Your membership is on hold',
          'Update your payment details',
          "We couldn't process your payment",
        ]),
        lines: [
          `Hi ${to.first},`,
          r.pick([
            `We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.`,
            `Your bank declined the payment for your next billing period. Your ${brand} account will be paused on ${day(r)} ${r.pick(['November', 'December'])}.`,
          ]),
          'It only takes a minute.',
        ],
        action: { label: 'Update payment', href },
        after: [`Questions? We're here to help. The ${brand} team`],
        foot: `This message was sent to ${to.address}.`,
      });
      const sender = r.below(2) === 0 ? `mailer.${name}-members.example` : `bounce.${randomHost(r)}`;
      return {
        from: `"${brand}" <${r.pick(['info', 'billing', 'account'])}@${sender}>`,
        auth: registered(r, sender),
        subject: r.pick([
          'Your account is on hold',
          'Payment declined – update your details',
          `Action needed for your ${brand} account`,
        ]),
        html,
      };
    },
  },
  {
    name: 'us-cloud-storage-full',
    kind: 'cloud-storage-full',
    lang: 'en',
    write(r, to) {
      const brand = r.pick(['iCloud', 'Cloud Storage', 'Google One']);
      const href = r.pick([
        () => on(r, randomHost(r), ['storage', 'upgrade', 'offer']),
        () => shortLink(r),
        () => freeHosted(r, 'storage-upgrade'),
      ])();
      const html = panel({
        lang: 'en-US',
        brand,
        accent: '#0a84ff',
        title: r.pick([
          'Your storage is full',
          'Your photos and videos will be deleted',
          'Last warning: storage limit reached',
        ]),
        lines: [
          `Dear ${to.first},`,
          r.pick([
            'Your cloud storage is full. Your photos, videos and files will be removed on the next sync.',
            'We have tried to renew your storage plan but your payment method was declined.',
          ]),
          `As a loyal customer you can get an extra 50 GB for free. Offer valid until ${month(r)} ${day(r)}.`,
        ],
        facts: [
          ['Used', `${int(r, 49, 50)}.${digits(r, 1)} GB of 50 GB`],
          ['Account', to.address],
        ],
        action: { label: 'Get 50 GB free', href },
        foot: `${brand} customer service · Unsubscribe`,
      });
      const host = randomHost(r);
      return {
        from: `"${brand}" <${token(r, 8)}@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          `${to.first}, your photos will be deleted`,
          'Your storage is full',
          `Payment failed: storage plan #${digits(r, 6)}`,
        ]),
        html,
      };
    },
  },
  {
    name: 'webmail-quota',
    kind: 'webmail-quota',
    lang: 'en',
    write(r, to) {
      const href = r.pick([
        () => `${freeHosted(r, 'mail-storage')}#${to.address}`,
        () =>
          `https://docs.google.com/forms/d/e/1FAIpQL${token(r, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}/viewform`,
        () => hackedPage(r, `owa/index.html?email=${to.address}`),
      ])();
      const text = [
        `Dear ${to.address},`,
        r.pick([
          `Your mailbox has exceeded its storage limit (${int(r, 98, 99)}%). You will not be able to send or receive new messages until you validate your account.`,
          `${int(r, 4, 17)} incoming messages are pending delivery to your inbox because your quota is full.`,
        ]),
        `Validate here: ${href}`,
        r.pick(['Mail Administrator', 'corp.example Email Support', 'Webmail Team']),
      ].join('\n\n');
      const html = note('en', [
        `Dear ${to.address},`,
        text.split('\n\n')[1],
        link(href, r.pick(['Release messages', 'Increase quota', 'VALIDATE NOW'])),
        r.pick(['Mail Administrator', 'corp.example Email Support']),
      ]);
      const hacked = `${r.pick(['admin', 'info', 'office'])}@${r.pick(['clinica-sol', 'lawfirm-adeyemi', 'saigon-tailors'])}.example.org`;
      return {
        from: `"Email Admin" <${hacked}>`,
        auth: passing(hacked.split('@')[1]),
        subject: r.pick([
          'Mailbox full: messages on hold',
          `${to.address} storage quota exceeded`,
          'Pending incoming emails',
        ]),
        ...bodies(r, text, html),
      };
    },
  },
  {
    name: 'social-page-violation',
    kind: 'social-account-appeal',
    lang: 'en',
    write(r, to) {
      const brand = r.pick(['Meta', 'Facebook', 'Instagram']);
      const href = r.pick([
        () => freeHosted(r, r.pick(['meta-appeal', 'business-help-center', 'page-review'])),
        () =>
          on(r, comboHost(r, 'meta', ['appeal', 'support', 'business', 'verify']), ['case', 'appeal/form']),
      ])();
      const caseNo = digits(r, 15);
      const html = panel({
        lang: 'en-US',
        brand: `${brand} Business Support`,
        accent: '#0866ff',
        title: r.pick([
          'Your page has been scheduled for deletion',
          'Copyright infringement notice',
          'Your account has been restricted',
        ]),
        lines: [
          `Hi ${to.first},`,
          r.pick([
            'We have received multiple reports that your page violates our Community Standards regarding intellectual property.',
            'Your account has been found to violate our trademark policy. As a result it will be permanently disabled within 48 hours.',
          ]),
          'If you believe this is a mistake, you can submit an appeal. Our team will review it.',
        ],
        facts: [['Case ID', `#${caseNo}`]],
        action: { label: 'Request review', href },
        foot: `Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025`,
      });
      const from = r.pick([
        () => freemail(r, `meta.policy.case${digits(r, 3)}`),
        () => ({ address: `support@${comboHost(r, 'meta', ['notice', 'policy'])}`, auth: '' }),
      ])();
      return {
        from: `"${brand} Support" <${from.address}>`,
        auth: from.auth || registered(r, from.address.split('@')[1]),
        subject: r.pick([
          `Case #${caseNo}: appeal required`,
          'Your page will be deleted',
          'Meta: final notice',
        ]),
        html,
      };
    },
  },
  {
    name: 'crypto-callback',
    kind: 'crypto-callback',
    lang: 'en',
    write(r, to) {
      const brand = r.pick(['Coinbase', 'Kraken', 'Binance']);
      const phone = `+1 (${int(r, 800, 888)}) ${digits(r, 3)}-${digits(r, 4)}`;
      const city = r.pick(['Lagos, NG', 'Hanoi, VN', 'Minsk, BY', 'Caracas, VE']);
      const html = panel({
        lang: 'en-US',
        brand,
        accent: '#0052ff',
        title: r.pick(['New withdrawal request', 'Unrecognised device sign-in']),
        lines: [
          `Hello ${to.first},`,
          r.pick([
            `A withdrawal of ${amount(r, 0, 1)} BTC was requested from your account. If you did not make this request, call our security desk immediately.`,
            `We detected a login to your account from a new device in ${city}. If this wasn't you, contact support now to freeze your account.`,
          ]),
        ],
        facts: [
          ['Location', city],
          ['Case', `SR-${digits(r, 7)}`],
          ['Support line (24/7)', phone],
        ],
        after: ['Do not share this email. Our agents will never ask for your password.'],
        foot: `${brand} Security`,
      });
      const from = freemail(r, `${brand.toLowerCase()}.security.team`);
      return {
        from: `"${brand} Security" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Withdrawal request pending',
          `Security alert: case ${digits(r, 6)}`,
          'New device login detected',
        ]),
        html,
      };
    },
  },
  {
    name: 'wallet-seed-phrase',
    kind: 'wallet-recovery-phrase',
    lang: 'en',
    async write(r, to) {
      const brand = r.pick(['Ledger', 'Trezor', 'MetaMask']);
      const name = brand.toLowerCase();
      const href = r.pick([
        () => on(r, comboHost(r, name, ['sync', 'verify', 'firmware', 'recovery']), ['start', 'verify']),
        () => `https://ipfs.io/ipfs/bafybei${token(r, 40, 'abcdefghijklmnopqrstuvwxyz234567')}`,
      ])();
      const qr = r.below(2) === 0;
      const html = panel({
        lang: 'en',
        brand,
        accent: '#111111',
        title: r.pick([
          'Mandatory security update',
          'Verify your recovery phrase',
          'Your wallet needs re-synchronisation',
        ]),
        lines: [
          `Dear ${to.first},`,
          r.pick([
            `Following a data incident at one of our partners, all ${brand} owners must verify their device before ${month(r)} ${day(r)} 2026. Wallets not verified may lose access to their assets.`,
            `A new protocol upgrade requires every ${brand} wallet to be re-synchronised. Please complete the verification to keep receiving funds.`,
          ]),
          qr ? 'Scan the code below with your phone to start.' : 'The process takes less than five minutes.',
        ],
        action: qr ? undefined : { label: 'Start verification', href },
        after: qr ? ['<img src="cid:verify.png" width="200" height="200" alt="QR code">'] : [],
        foot: `© 2026 ${brand}. All rights reserved.`,
      });
      const host = comboHost(r, name, ['notify', 'mail', 'info']);
      return {
        from: `"${brand}" <hello@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Action required: verify your wallet',
          `${brand} security update`,
          'Your wallet will be restricted',
        ]),
        html,
        parts: qr
          ? [{ type: 'image/png', name: 'verify.png', content: await qrPng(href), inline: true }]
          : [],
      };
    },
  },
  {
    name: 'airline-compensation',
    kind: 'airline-compensation',
    lang: 'en',
    write(r, to) {
      const airline = r.pick(['British Airways', 'Qantas', 'Delta', 'Air India', 'Emirates']);
      const href = on(r, wordHost(r, ['flight', 'claim', 'compensation', 'delay', 'air', 'refund']), [
        'claim',
        'passenger',
      ]);
      const sum = r.pick(['£520', 'A$780', '$650', '€600']);
      const html = panel({
        lang: 'en',
        brand: `${airline} Customer Relations`,
        accent: '#8b1d2c',
        title: 'You are entitled to flight compensation',
        lines: [
          `Dear ${to.first} ${to.last},`,
          `Our records show your flight ${token(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${int(r, 100, 999)} on ${day(r)} ${r.pick(['August', 'September', 'October'])} was delayed by more than three hours.`,
          `Under passenger rights regulations you may claim ${sum}. Claims must be submitted within 14 days.`,
        ],
        action: { label: 'Submit claim', href },
        foot: 'This is a service message.',
      });
      const host = wordHost(r, ['airline', 'claims', 'care', 'passenger']);
      return {
        from: `"${airline}" <claims@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          'Your compensation claim is ready',
          `Flight delay compensation: ${sum}`,
          'Passenger refund notification',
        ]),
        html,
      };
    },
  },
  {
    name: 'hotel-guest-card',
    kind: 'hotel-booking-card',
    lang: 'en',
    write(r, to) {
      const hotel = r.pick(['Harbourview Suites', 'Hotel Santa Lúcia', 'The Larchmont Inn', 'Riad Zitoun']);
      const href = r.pick([
        () =>
          on(r, comboHost(r, 'booking', ['guest', 'confirm', 'reservation', 'secure']), [
            'reservation',
            'guest/verify',
          ]),
        () => on(r, `${token(r, 5)}-${token(r, 4)}.example`, ['hotel', 'r']),
      ])();
      const text = [
        `Dear ${to.first},`,
        r.pick([
          `Thank you for choosing ${hotel}. Our system could not confirm the card you used for your booking ${digits(r, 10)}.`,
          `Your reservation at ${hotel} will be cancelled in 24 hours because the payment could not be verified.`,
        ]),
        r.pick([
          `Please verify your card through the secure page below. No charge will be made.`,
          `To keep the reservation, please confirm the card details at the link below.`,
        ]),
        href,
        `Kind regards,\nReception, ${hotel}`,
      ].join('\n\n');
      const from = r.pick([
        () => ({
          address: `reservations@${hotel.toLowerCase().replace(/[^a-z]/g, '')}.example.com`,
          auth: passing(`${hotel.toLowerCase().replace(/[^a-z]/g, '')}.example.com`),
        }),
        () => freemail(r, `reception.${hotel.split(' ')[1].toLowerCase()}`),
      ])();
      return {
        from: `"${hotel} via Booking" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Your reservation requires attention',
          `Booking ${digits(r, 10)}: card verification`,
          'Urgent: reservation will be cancelled',
        ]),
        text,
      };
    },
  },
  {
    name: 'marketplace-seller-payout',
    kind: 'marketplace-seller',
    lang: 'en',
    write(r, to) {
      const site = r.pick(['Facebook Marketplace', 'Gumtree', 'Vinted', 'eBay']);
      const item = r.pick(['baby stroller', 'road bike', 'Nintendo Switch', 'sofa', 'iPhone 14']);
      const price = `${r.pick(['£', '$', '€'])}${int(r, 60, 480)}`;
      const href = r.pick([
        () =>
          on(r, comboHost(r, site.split(' ')[0].toLowerCase(), ['safepay', 'payout', 'delivery', 'order']), [
            'receive',
            'item',
            'sell',
          ]),
        () => freeHosted(r, 'safe-delivery'),
      ])();
      const buyer = `${r.pick(['Kevin', 'Sarah', 'Mark', 'Linda'])} ${r.pick(['W.', 'T.', 'R.'])}`;
      const text = [
        r.pick([
          `Hi ${to.first}, I've paid for your ${item} (${price}) through ${site} secure checkout, including the courier. You just need to confirm to receive the money to your card:`,
          `${site}: The buyer ${buyer} has paid ${price} for "${item}". To receive the funds, confirm your card on the payout page.`,
        ]),
        href,
        r.pick([
          'Thanks, will collect Saturday.',
          'The payment expires in 2 hours.',
          'Regards, Payments team',
        ]),
      ].join('\n\n');
      const from = freemail(r, `${buyer.split(' ')[0].toLowerCase()}.${token(r, 4)}`);
      return {
        from: `"${r.below(2) === 0 ? buyer : `${site} Payments`}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          `Payment received for ${item}`,
          `Re: ${item} still available?`,
          'Your item has been sold',
        ]),
        text,
      };
    },
  },
  {
    name: 'payment-request-abuse',
    kind: 'invoice-callback-service-abuse',
    lang: 'en',
    write(r, to) {
      const phone = `+1 ${int(r, 800, 888)} ${digits(r, 3)} ${digits(r, 4)}`;
      const sum = amount(r, 399, 899);
      const html = panel({
        lang: 'en-US',
        brand: 'PayPal',
        accent: '#003087',
        title: `${r.pick(['Billing Dept', 'Norton Renewals', 'Geek Support LLC'])} sent you an invoice`,
        lines: [
          `Hello ${to.first},`,
          `Amount due: $${sum} USD. Due on receipt.`,
          `Note from seller: ${r.pick([
            `Your order for 3-year device protection has been processed. If you did not authorise this charge, call ${phone} within 24 hours to cancel and get a refund.`,
            `Thank you for your purchase of BTC (${amount(r, 0, 1)}). To dispute this transaction contact PayPal support at ${phone}.`,
          ])}`,
        ],
        action: {
          label: 'View and pay invoice',
          href: `https://www.paypal.com/invoice/p/#${token(r, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`,
        },
        foot: 'PayPal is committed to preventing fraudulent emails.',
      });
      return {
        from: '"service@paypal.com" <service@paypal.com>',
        auth: passing('paypal.com'),
        subject: `Invoice from ${r.pick(['Billing Dept', 'Norton Renewals', 'Geek Support LLC'])} (#${digits(r, 4)})`,
        html,
      };
    },
  },
  {
    name: 'callback-renewal-pdf',
    kind: 'callback-subscription',
    lang: 'en',
    write(r, to) {
      const brand = r.pick(['Geek Squad', 'McAfee Total Protection', 'Norton 360', 'Best Buy Tech Support']);
      const phone = `+1 (${int(r, 800, 888)}) ${digits(r, 3)}-${digits(r, 4)}`;
      const sum = amount(r, 249, 499);
      const inv = `INV-${digits(r, 7)}`;
      const text = [
        `Hello ${to.first},`,
        r.pick([
          `Your ${brand} membership has been renewed for another year and $${sum} will be debited within 24 hours.`,
          `Thank you for renewing ${brand}. Your order ${inv} for $${sum} is attached.`,
        ]),
        `If you wish to cancel and claim a refund, call our billing department at ${phone}.`,
        'Regards,\nBilling Team',
      ].join('\n\n');
      const from = freemail(r, `${r.pick(['billing', 'orders', 'renewals'])}.${token(r, 5)}`);
      return {
        from: `"${brand}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          `Order confirmation ${inv}`,
          'Your subscription has been renewed',
          `Invoice ${inv}`,
        ]),
        text,
        parts: [
          {
            type: 'application/pdf',
            name: `${inv}.pdf`,
            content: onePagePdf([brand, `Invoice ${inv}`, `Annual plan $${sum}`, `To cancel call ${phone}`]),
          },
        ],
      };
    },
  },
  {
    name: 'prize-survey',
    kind: 'prize-survey',
    lang: 'en',
    write(r, to) {
      const brand = r.pick(['Costco', 'Walmart', 'Tesco', 'Woolworths', 'Lowe’s']);
      const prize = r.pick(['a Dyson V15', 'an Emergency Car Kit', 'a Ninja Air Fryer', 'a $500 gift card']);
      const href = r.pick([() => shortLink(r), () => on(r, randomHost(r), ['survey', 'rewards', 'c'])])();
      const html = panel({
        lang: 'en',
        brand: `${brand} Rewards`,
        accent: '#e31837',
        title: `Congratulations ${to.first}!`,
        lines: [
          r.pick([
            `You have been selected to receive ${prize}. Just answer 4 quick questions about your shopping experience.`,
            `As part of our loyalty programme you can claim ${prize}, you only pay shipping ($${amount(r, 1, 9)}).`,
          ]),
          `Only ${int(r, 3, 14)} left. Offer ends today.`,
        ],
        action: { label: 'Start survey', href },
        foot: `If you no longer wish to receive these emails, write to ${int(r, 100, 999)} ${r.pick(['Pine St', 'Elm Ave'])}, Unit ${int(r, 1, 40)}.`,
      });
      const host = randomHost(r);
      return {
        from: `"${brand}" <${token(r, 6)}@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          `${to.first}, your reward is waiting`,
          `Congratulations! You've been chosen`,
          `Claim ${prize}`,
        ]),
        html,
      };
    },
  },
  {
    name: 'charity-appeal',
    kind: 'charity-scam',
    lang: 'en',
    write(r, to) {
      const cause = r.pick([
        'the earthquake in Afghanistan',
        'the floods in Pakistan',
        'the families in Gaza',
        'the Jamaica hurricane victims',
      ]);
      const wallet = `bc1q${token(r, 38, 'acdefghjklmnpqrstuvwxyz023456789')}`;
      const href = on(r, wordHost(r, ['relief', 'aid', 'help', 'fund', 'hope', 'children']), [
        'donate',
        'give',
      ]);
      const text = [
        `Dear ${to.first},`,
        `Thousands of children affected by ${cause} need urgent shelter, water and medicine. Every ${r.pick(['$10', '£10', '$25'])} feeds a family for a week.`,
        r.pick([
          `Donate securely here: ${href}`,
          `You can give by card here: ${href}\nor in Bitcoin: ${wallet}`,
        ]),
        `With gratitude,\n${r.pick(['Sister Mary Okafor', 'Dr. Hassan Rahimi', 'Emma Clarke'])}\n${r.pick(['Global Children Relief Fund', 'Hope Without Borders', 'United Aid Mission'])}`,
      ].join('\n\n');
      const from = freemail(r, `relief.mission${digits(r, 2)}`);
      return {
        from: `"${text.split('\n').at(-1)}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Urgent appeal: families need your help',
          `Help the victims of ${cause}`,
          'Your donation can save a life',
        ]),
        ...bodies(r, text, note('en', text.split('\n\n')), ['text', 'both']),
      };
    },
  },
  {
    name: 'wrong-number-opener',
    kind: 'wrong-number-romance',
    lang: 'en',
    write(r) {
      const name = r.pick(['Amy', 'Jessica', 'Lily', 'Vivian', 'Sophia']);
      const text = r.pick([
        `Hi David, is this still your email? It's ${name}, we met at the wine tasting in Napa last month. I finally found the note with your address :)`,
        `Hello, I'm sorry to bother you. My assistant gave me this address for Mr. Thompson about the golf on Sunday. Is this the right person?`,
        `Hey, are you free for dinner next Tuesday? I booked a table at 7. — ${name}`,
      ]);
      const from = freemail(r, `${name.toLowerCase()}.${r.pick(['chen', 'lin', 'wong', 'li'])}`);
      return {
        from: `"${name}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['Hi', 'Hello', 'Is this you?', 'dinner?']),
        text: `${text}\n\n${r.pick([`My WhatsApp is +1 ${int(r, 200, 999)} ${digits(r, 3)} ${digits(r, 4)}`, `You can text me on Telegram @${name.toLowerCase()}_${token(r, 4)}`, ''])}`.trim(),
      };
    },
  },
  {
    name: 'task-job-offer',
    kind: 'task-job-scam',
    lang: 'en',
    write(r, to) {
      const recruiter = r.pick([
        'Olivia from TalentBridge',
        'Rachel (HR) – Apex Digital',
        'Hannah, Nexa Staffing',
      ]);
      const pay = r.pick(['$200-$800 per day', '£120-£450 daily', 'Rs. 3,000-8,000 per day']);
      const contact = r.pick([
        `WhatsApp: +44 7${digits(r, 3)} ${digits(r, 6)}`,
        `Telegram: @${token(r, 6, 'abcdefghijklmnopqrstuvwxyz')}_hr`,
        `https://wa.me/${int(r, 1, 99)}${digits(r, 10)}`,
      ]);
      const text = [
        `Hello ${to.first},`,
        r.pick([
          `We came across your profile and think you'd be a good fit for a flexible remote role helping merchants boost app ratings. It takes 60-90 minutes a day and pays ${pay}.`,
          `Our company is hiring part-time online assistants. You simply complete simple tasks (liking videos, rating products) from your phone. Earnings: ${pay}, paid daily.`,
        ]),
        'No experience needed, training provided. Must be 23+.',
        `If interested please contact our HR manager: ${contact}`,
        recruiter,
      ].join('\n\n');
      const from = freemail(r, `hr.${token(r, 6)}`);
      return {
        from: `"${recruiter.split(/[–,(]/)[0].trim()}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'Remote opportunity – flexible hours',
          'Part-time online job',
          `${to.first}, are you open to a side job?`,
        ]),
        text,
      };
    },
  },
  {
    name: 'sextortion-bitcoin',
    kind: 'sextortion',
    lang: 'en',
    async write(r, to) {
      const wallet = `bc1q${token(r, 38, 'acdefghjklmnpqrstuvwxyz023456789')}`;
      const sum = r.pick(['$1,450', '$1,950', '$2,300', '$1,200']);
      const text = [
        `${to.first},`,
        r.pick([
          `I know that calling ${r.pick(['(415)', '(312)', '(646)'])} ${digits(r, 3)}-${digits(r, 4)} or visiting ${int(r, 10, 999)} ${r.pick(['Maple', 'Oak', 'Cedar'])} Street would be a convenient way to contact you in case you don't act.`,
          'I am a programmer who got access to your device a few months ago through a router vulnerability.',
        ]),
        'I installed software on the adult sites you visit, and it recorded you through your camera while you were watching. I then collected all your contacts from your email and messenger.',
        `If you want me to delete it, send ${sum} in Bitcoin to this address: ${wallet} (copy and paste it, it is case sensitive).`,
        'You have 48 hours. I have a pixel in this email, so I know you have read it. Do not reply, this address is not monitored.',
      ].join('\n\n');
      const spoofSelf = r.below(2) === 0;
      const from = freemail(r, token(r, 9, 'abcdefghijklmnopqrstuvwxyz'));
      return {
        from: spoofSelf ? `<${to.address}>` : `"${to.first}" <${from.address}>`,
        auth: spoofSelf
          ? `spf=fail smtp.mailfrom=corp.example; dkim=none; dmarc=fail (p=quarantine) header.from=corp.example`
          : from.auth,
        subject: r.pick([
          `${to.first} ${to.last}`,
          'Your account was hacked',
          `Payment is due: ${to.address}`,
        ]),
        text,
      };
    },
  },
  {
    name: 'loan-preapproved',
    kind: 'loan-advance-fee',
    lang: 'en',
    write(r, to) {
      const sum = r.pick(['$25,000', '$50,000', '£15,000', 'Rs. 5,00,000']);
      const fee = r.pick(['$149', '$95', '£79', 'Rs. 2,499']);
      const href = on(r, wordHost(r, ['quick', 'loan', 'cash', 'approve', 'funding', 'direct']), [
        'apply',
        'offer',
      ]);
      const html = panel({
        lang: 'en',
        brand: r.pick(['FirstLine Capital', 'QuickFund Direct', 'SwiftCredit']),
        accent: '#1a7f37',
        title: `${to.first}, you're pre-approved for ${sum}`,
        lines: [
          'Bad credit? No problem. Your application has been pre-approved with no credit check and funds in 24 hours.',
          `A one-time refundable processing fee of ${fee} applies, payable by gift card or bank transfer.`,
        ],
        facts: [
          ['Amount', sum],
          ['APR', `${int(r, 2, 4)}.${digits(r, 1)}%`],
        ],
        action: { label: 'Accept offer', href },
        foot: 'This is an advertisement. To stop receiving offers, reply STOP.',
      });
      const host = wordHost(r, ['lend', 'fund', 'capital', 'mail', 'offers']);
      return {
        from: `"Loan Approval" <offers@${host}>`,
        auth: registered(r, host),
        subject: r.pick([
          `Pre-approved: ${sum}`,
          'Your loan is ready for release',
          `Final step to receive ${sum}`,
        ]),
        html,
      };
    },
  },
  {
    name: 'investment-ai-trading',
    kind: 'investment-scam',
    lang: 'en',
    write(r, to) {
      const celebrity = r.pick([
        'a well-known TV presenter',
        'a famous billionaire',
        'the Reserve Bank governor',
      ]);
      const href = r.pick([() => shortLink(r), () => on(r, randomHost(r), ['news', 'article', 'join'])])();
      const text = [
        `Hi ${to.first},`,
        r.pick([
          `${celebrity.charAt(0).toUpperCase()}${celebrity.slice(1)} revealed live on air how an AI trading platform turned $250 into $${int(r, 8, 19)},${digits(r, 3)} in a month. The clip was taken down hours later.`,
          `Our AI arbitrage bot returned ${int(r, 3, 9)}% per week for members this quarter. Places for new investors close on Friday.`,
        ]),
        `Read more and register: ${href}`,
        r.pick(['A personal account manager will call you.', 'Minimum deposit $250.']),
      ].join('\n\n');
      const from = freemail(r, `markets.${token(r, 5)}`);
      return {
        from: `"${r.pick(['Daily Finance', 'Market Insider', 'Wealth Team'])}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick([
          'They tried to stop this interview',
          'Your invitation to the AI investment programme',
          'Passive income, guaranteed',
        ]),
        ...bodies(
          r,
          text,
          note(
            'en',
            text.split('\n\n').map((l) => l.replace(href, link(href))),
          ),
        ),
      };
    },
  },
  {
    name: 'lottery-winner',
    kind: 'lottery-advance-fee',
    lang: 'en',
    write(r, to) {
      const prize = r.pick(['USD 1,500,000.00', 'GBP 850,000', 'EUR 2,000,000.00']);
      const text = [
        `Dear Beneficiary,`,
        `Your email address ${to.address} was selected in the ${r.pick(['Google Anniversary', 'UN Compensation', 'Euro Millions International'])} Award draw held on ${day(r)} ${month(r)} 2026. You have won ${prize}.`,
        `To process your claim, send your full name, address, phone number and a copy of your ID to our claims agent ${r.pick(['Mr. Peter Wilson', 'Barrister James Okoro', 'Mrs. Grace Lambert'])}.`,
        `Batch No: ${digits(r, 4)}/${token(r, 3, 'ABCDEFGHJKLMNP')}/${digits(r, 3)}`,
      ].join('\n\n');
      const from = freemail(r, `award.office${digits(r, 2)}`);
      const reply = freemail(r, `claims.agent.${token(r, 4)}`);
      return {
        from: `"Award Department" <${from.address}>`,
        replyTo: reply.address,
        auth: from.auth,
        subject: r.pick([
          'Congratulations, you have won',
          'Award notification',
          `Winning ref: ${digits(r, 6)}`,
        ]),
        text,
        parts:
          r.below(2) === 0
            ? [
                {
                  type: 'application/pdf',
                  name: 'Award_Certificate.pdf',
                  content: onePagePdf(['Certificate of Award', prize]),
                },
              ]
            : [],
      };
    },
  },
  {
    name: 'shared-doc-zip',
    kind: 'protected-archive',
    lang: 'en',
    write(r, to, n) {
      const pass = digits(r, 4);
      const from = freemail(r, `${r.pick(['accounts', 'invoice', 'office'])}.${token(r, 4)}`);
      return {
        from: `"${r.pick(['Accounts Payable', 'DHL Express', 'Customer Service'])}" <${from.address}>`,
        auth: from.auth,
        subject: r.pick(['Outstanding invoice', 'Shipping documents', 'Payment confirmation']),
        text: `Hi ${to.first},\n\nPlease find the attached ${r.pick(['invoice', 'shipping documents', 'payment advice'])}. The file is protected, password: ${pass}\n\nRegards`,
        parts: [
          {
            type: 'application/zip',
            name: `Doc_${digits(r, 6)}.zip`,
            content: protectedZip(`Doc_${digits(r, 6)}.pdf.js`, n),
          },
        ],
      };
    },
  },
];

const TEMPLATES: readonly Template[] = [...ENGLISH, ...LOCAL_LURES];

export const UNSEEN_13_KINDS: readonly string[] = [...new Set(TEMPLATES.map((t) => t.kind))];
export const UNSEEN_13_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenPhishing13(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return written(TEMPLATES, perTemplate, seed, seededRandom, 13_000_000, 0);
}
