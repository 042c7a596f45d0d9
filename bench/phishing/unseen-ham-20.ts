// The twentieth unseen set's legitimate mail: what Casa Albufeira Hotels (corp.example) really receives and
// a cautious receptionist might still report. Extranet and channel-manager notifications, guests' messages
// and complaints with photos, payment-provider payouts and disputes, Microsoft 365 and Google notices,
// shares and invitations, suppliers' invoices and bank letters, tax reminders, newsletters and lists; the
// Portuguese, Spanish, French and German ones are in unseen-20-local.ts.
import type { SeededRandom } from './generate.js';
import { LOCAL_HAM, tinyJpeg } from './unseen-20-local.js';
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
  digits,
  freeAuth,
  freemail,
  GM_LONDON,
  hex,
  IT,
  int,
  isoDate,
  longDate,
  money,
  ORG,
  type Person,
  passes,
  prop,
  quote,
  type R,
  RELAYS,
  ROLE_BOXES,
  runTemplates,
  STAFF,
  shortDate,
  sig,
  someone,
  staffIn,
  type Template,
  upper,
  when,
} from './unseen-20-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const to = (p: Person) => addr(p.name, p.email);
const bookingRelay = (r: R) => ({
  host: `mailout-${int(r, 100, 400)}.booking.com`,
  ip: `185.28.${int(r, 20, 23)}.${int(r, 2, 250)}`,
});
const unsubscribe = (url: string, mail?: string) => [
  `List-Unsubscribe: <${url}>${mail ? `, <mailto:${mail}>` : ''}`,
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
];

const HAM: Template[] = [
  {
    name: 'booking-guest-message-genuine',
    kind: 'ota-guest-message',
    make: (r) => {
      const p = prop(r);
      const g = someone(r, r.pick(['en', 'de', 'fr', 'us']));
      const res = digits(r, 10);
      const ask = r.pick([
        `Hi! We land at ${int(r, 8, 11)}:${r.pick(['05', '30', '45'])} in the morning, is early check-in possible? Happy to pay extra.`,
        'Hello, do you have parking at the hotel or nearby? We will arrive by car. Thanks!',
        'Could you please arrange a cot in the room for our 1 year old? Many thanks.',
        'Hello, we are celebrating our anniversary, is it possible to have a bottle of sparkling wine in the room on arrival? Please add it to the bill.',
      ]);
      const text = `##- Please type your reply above this line -##\n\nNew message from guest\n\n${g.name} wrote:\n\n${ask}\n\nReservation: ${res}\nCheck-in: ${shortDate(addDays(when(r), int(r, 2, 60)))}\nProperty: ${p.name}\n\nReply to this email to answer the guest, or use the extranet inbox:\nhttps://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=${p.hotelId}&lang=en\n\nBooking.com B.V. · Oosterdokskade 163 · 1011 DL Amsterdam`;
      return build(r, {
        from: addr(
          `${g.name} via Booking.com`,
          `${g.first
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')}.${alnum(r, 6)}.${res.slice(0, 6)}@guest.booking.com`,
        ),
        auth: { ...passes('booking.com'), fromDomain: 'guest.booking.com', mailfrom: 'bounces.booking.com' },
        relay: bookingRelay(r),
        to: box(p),
        subject: `We received this message from ${g.name}`,
        text,
      });
    },
  },
  {
    name: 'booking-new-reservation',
    kind: 'ota-reservation',
    make: (r) => {
      const p = prop(r);
      const res = digits(r, 10);
      const g = someone(r, r.pick(['en', 'us', 'de', 'es', 'fr']));
      const d = when(r);
      const l = compose({
        brand: 'Booking.com',
        color: '#003580',
        title: `New booking! (${res}, ${longDate(addDays(d, int(r, 5, 90)))})`,
        paras: [`${p.name} has a new reservation.`],
        rows: [
          ['Guest name', g.name],
          ['Rooms', String(int(r, 1, 3))],
          ['Total price', `€ ${money(r, 180, 2400)}`],
          ['Commission', `€ ${money(r, 25, 380)}`],
        ],
        button: {
          label: 'View booking',
          url: `https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/booking.html?res_id=${res}&hotel_id=${p.hotelId}`,
        },
        footer: [
          'This email was sent by Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands',
        ],
      });
      return build(r, {
        from: addr('Booking.com', 'noreply@booking.com'),
        auth: passes('booking.com', 'bounces.booking.com'),
        relay: bookingRelay(r),
        to: box(p),
        subject: `Booking.com - New booking! (${res}, ${shortDate(addDays(d, 10))})`,
        ...l,
        date: d,
      });
    },
  },
  {
    name: 'booking-virtual-card-available',
    kind: 'ota-payment-notice',
    make: (r) => {
      const p = prop(r);
      const res = digits(r, 10);
      const l = compose({
        brand: 'Booking.com',
        color: '#003580',
        title: 'Virtual credit card available',
        paras: [
          `The guest of reservation ${res} paid online. A virtual credit card (VCC) for € ${money(r, 150, 3200)} is now available for you to charge.`,
          'You can view the card details in the extranet, under the reservation. For your security we never send card details by email.',
        ],
        button: {
          label: 'Go to reservation',
          url: `https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/booking.html?res_id=${res}&hotel_id=${p.hotelId}`,
        },
        footer: ['Payments by Booking.com'],
      });
      return build(r, {
        from: addr('Booking.com', 'noreply@booking.com'),
        auth: passes('booking.com', 'bounces.booking.com'),
        relay: bookingRelay(r),
        to: r.pick([box(p), ROLE_BOXES.finance]),
        subject: `Virtual card available for reservation ${res}`,
        ...l,
      });
    },
  },
  {
    name: 'booking-partner-password-reset',
    kind: 'password-reset-requested',
    make: (r) => {
      const v = staffIn(r);
      const l = compose({
        brand: 'Booking.com',
        color: '#003580',
        greeting: `Hi ${v.name.split(' ')[0]},`,
        paras: [
          'We received a request to reset the password for your Booking.com Partner account.',
          'The link expires in 1 hour. If you didn’t ask for this, you can ignore this email – your password won’t change.',
        ],
        button: {
          label: 'Reset password',
          url: `https://account.booking.com/partner/reset-password?token=${alnum(r, 48)}&lang=en-gb`,
        },
      });
      return build(r, {
        from: addr('Booking.com', 'noreply@booking.com'),
        auth: passes('booking.com', 'bounces.booking.com'),
        relay: bookingRelay(r),
        to: to(v),
        subject: 'Reset your password',
        ...l,
        mayDropAuth: false,
      });
    },
  },
  {
    name: 'expedia-new-review',
    kind: 'ota-review-notice',
    make: (r) => {
      const p = prop(r);
      const l = compose({
        brand: 'Expedia Group',
        color: '#1f2b6c',
        title: 'You have a new guest review',
        paras: [
          `A guest who stayed at ${p.name} left a review with a score of ${int(r, 6, 10)}/10. Responding to reviews shows travellers you care.`,
        ],
        button: {
          label: 'Respond in Partner Central',
          url: `https://apps.expediapartnercentral.com/lodging/reviews/reviewsPage.html?htid=${digits(r, 8)}`,
        },
        footer: [
          'Expedia, Inc., 1111 Expedia Group Way W, Seattle, WA 98119, USA',
          'Unsubscribe from review notifications in Partner Central settings.',
        ],
      });
      return build(r, {
        from: addr('Expedia Partner Central', 'noreply@expediagroup.com'),
        auth: passes('expediagroup.com', 'bounce.expediagroup.com'),
        relay: RELAYS.sparkpost(r),
        to: r.pick([box(p), ROLE_BOXES.revenue]),
        subject: `New review for ${p.name}`,
        ...l,
      });
    },
  },
  {
    name: 'airbnb-payout-sent',
    kind: 'ota-payment-notice',
    make: (r) => {
      const p = prop(r, 'PT');
      const l = compose({
        brand: 'Airbnb',
        color: '#ff385c',
        title: `We sent a payout of € ${money(r, 300, 6000)} EUR`,
        paras: [
          `It should arrive in your account ending in ${digits(r, 4)} within ${int(r, 3, 5)} business days.`,
        ],
        button: {
          label: 'View transaction history',
          url: 'https://www.airbnb.com/users/transaction_history',
        },
        footer: ['Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland'],
      });
      return build(r, {
        from: addr('Airbnb', 'automated@airbnb.com'),
        auth: passes('airbnb.com', 'email.airbnb.com'),
        relay: RELAYS.sendgrid(r),
        to: box(p),
        subject: 'We sent you a payout',
        ...l,
      });
    },
  },
  {
    name: 'tripadvisor-new-review-genuine',
    kind: 'ota-review-notice',
    make: (r) => {
      const p = prop(r);
      const stars = int(r, 1, 5);
      const l = compose({
        brand: 'Tripadvisor',
        color: '#00aa6c',
        title: `New ${stars}-bubble review of ${p.name}`,
        paras: [
          `"${r.pick(['Lovely stay, great location', 'Disappointing breakfast', 'Friendly staff but noisy room', 'Perfect for a weekend'])}"`,
          'Responding to reviews helps you build trust with future travellers.',
        ],
        button: {
          label: 'Write a management response',
          url: `https://www.tripadvisor.com/ManagementCenter?mcid=${int(r, 10000, 99999)}&utm_source=email&utm_medium=mgmt_review`,
        },
        footer: ['Tripadvisor LLC, 400 1st Avenue, Needham, MA 02494, USA'],
      });
      return build(r, {
        from: addr('Tripadvisor', 'noreply@tripadvisor.com'),
        auth: passes('tripadvisor.com', 'e.tripadvisor.com'),
        relay: RELAYS.sparkpost(r),
        to: r.pick([ROLE_BOXES.marketing, box(p)]),
        subject: `You have a new review for ${p.name}`,
        ...l,
        headers: unsubscribe(`https://www.tripadvisor.com/Unsubscribe?e=${hex(r, 20)}`),
      });
    },
  },
  {
    name: 'google-business-monthly',
    kind: 'business-profile-notice',
    make: (r) => {
      const p = prop(r);
      const l = compose({
        brand: 'Google Business Profile',
        color: '#1a73e8',
        title: `Your ${r.pick(['monthly', 'September', 'March'])} performance report for ${p.name}`,
        paras: [
          `${int(r, 2000, 30000)} people viewed your Business Profile`,
          `${int(r, 40, 600)} people called or requested directions`,
        ],
        button: {
          label: 'See full report',
          url: `https://business.google.com/n/${digits(r, 19)}/insights?hl=en&utm_source=gmb&utm_medium=email`,
        },
        footer: [
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043',
          'You received this email because you manage this Business Profile.',
        ],
      });
      return build(r, {
        from: addr('Google Business Profile', 'businessprofile-noreply@google.com'),
        auth: passes('google.com', 'scoutcamp.bounces.google.com'),
        relay: RELAYS.google(r),
        to: ROLE_BOXES.marketing,
        subject: `Your Business Profile performance report`,
        ...l,
      });
    },
  },
  {
    name: 'siteminder-password-reset',
    kind: 'password-reset-requested',
    make: (r) => {
      const v = staffIn(r);
      const l = compose({
        brand: 'SiteMinder',
        color: '#2a2a72',
        greeting: `Hi ${v.name.split(' ')[0]},`,
        paras: [
          'You requested a password reset for your SiteMinder account. Use the link below within 30 minutes.',
          'If you did not request this, please contact your property administrator.',
        ],
        button: {
          label: 'Reset my password',
          url: `https://app.siteminder.com/web/reset-password?token=${alnum(r, 40)}`,
        },
      });
      return build(r, {
        from: addr('SiteMinder', 'no-reply@siteminder.com'),
        auth: passes('siteminder.com'),
        relay: RELAYS.amazonses(r),
        to: to(v),
        subject: 'Reset your SiteMinder password',
        ...l,
        mayDropAuth: false,
      });
    },
  },
  {
    name: 'mews-new-device-signin',
    kind: 'sign-in-alert',
    make: (r) => {
      const v = staffIn(r);
      const l = compose({
        brand: 'Mews',
        color: '#21213d',
        greeting: `Hello ${v.name.split(' ')[0]},`,
        paras: [
          `A new sign-in to Mews Operations was detected from ${r.pick(['Chrome on Windows', 'Safari on iPad', 'Edge on Windows'])} in ${prop(r).city}.`,
          'If this was you, no action is needed. If not, change your password and contact your Mews administrator.',
        ],
        button: { label: 'Review security settings', url: 'https://app.mews.com/Commander/Profile/Security' },
      });
      return build(r, {
        from: addr('Mews', 'no-reply@mews.com'),
        auth: passes('mews.com'),
        relay: RELAYS.sendgrid(r),
        to: to(v),
        subject: 'New sign-in to your Mews account',
        ...l,
      });
    },
  },
  {
    name: 'oracle-opera-maintenance',
    kind: 'vendor-service-notice',
    make: (r) => {
      const d = addDays(when(r), int(r, 3, 10));
      const text = `Oracle Hospitality Cloud Services – Scheduled Maintenance\n\nCustomer: ${ORG}\nService: OPERA Cloud Property Management (EU Frankfurt)\nWindow: ${isoDate(d)} 01:00–03:00 UTC\n\nDuring this window the service may be unavailable for up to 20 minutes. No action is required. Please plan night audit accordingly.\n\nDetails and status: https://ohp.oracle.com/status\n\nOracle Hospitality Cloud Operations\nThis is a service notification; you are receiving it as a registered contact for your tenancy.`;
      return build(r, {
        from: addr('Oracle Cloud Notifications', 'no-reply@oracle.com'),
        auth: passes('oracle.com', 'oracle.com'),
        relay: {
          host: `aserp${int(r, 3000, 3050)}.oracle.com`,
          ip: `141.146.${int(r, 1, 250)}.${int(r, 2, 250)}`,
        },
        to: to(IT),
        subject: `Scheduled maintenance: OPERA Cloud – ${isoDate(d)}`,
        text,
      });
    },
  },
  {
    name: 'adyen-payout-notification',
    kind: 'payment-provider-notice',
    make: (r) => {
      const l = compose({
        brand: 'Adyen',
        color: '#0abf53',
        title: 'Payout initiated',
        paras: [
          `A payout of EUR ${money(r, 4000, 160000)} to your bank account ending ${digits(r, 4)} has been initiated for merchant account CasaAlbufeiraHotels${r.pick(['ECOM', 'POS'])}.`,
        ],
        button: {
          label: 'View in Customer Area',
          url: 'https://ca-live.adyen.com/ca/ca/accounts/showBalanceAccount.shtml',
        },
        footer: ['Adyen N.V., Simon Carmiggeltstraat 6-50, 1011 DJ Amsterdam'],
      });
      return build(r, {
        from: addr('Adyen', 'noreply@adyen.com'),
        auth: passes('adyen.com'),
        relay: { host: `mail${int(r, 1, 6)}.adyen.com`, ip: `82.199.${int(r, 80, 95)}.${int(r, 2, 250)}` },
        to: ROLE_BOXES.finance,
        subject: 'Payout initiated',
        ...l,
      });
    },
  },
  {
    name: 'stripe-dispute-opened',
    kind: 'payment-provider-notice',
    make: (r) => {
      const amt = money(r, 90, 1400);
      const text = `A customer has disputed a payment of £${amt} GBP to Casa Albufeira London Bloomsbury.\n\nReason: ${r.pick(['Fraudulent', 'Product not received', 'Duplicate'])}\nRespond by: ${longDate(addDays(when(r), 14))}\n\nYou can submit evidence in the Dashboard:\nhttps://dashboard.stripe.com/disputes/du_1${alnum(r, 23)}\n\nLearn more about disputes: https://stripe.com/docs/disputes\n\n— The Stripe team`;
      return build(r, {
        from: addr('Stripe', 'notifications@stripe.com'),
        auth: passes('stripe.com'),
        relay: RELAYS.sendgrid(r),
        to: r.pick([addr('James Whitfield', 'james.whitfield@corp.example'), ROLE_BOXES.finance]),
        subject: `Dispute opened: £${amt} payment`,
        text,
      });
    },
  },
  {
    name: 'microsoft-signin-alert',
    kind: 'sign-in-alert',
    make: (r) => {
      const v = staffIn(r);
      const l = compose({
        brand: 'Microsoft account',
        color: '#2672ec',
        title: 'New app(s) connected to your Microsoft account',
        paras: [
          `${r.pick(['Microsoft Outlook', 'Microsoft Teams', 'Outlook for iOS'])} connected to the Microsoft account ${v.email.replace(/^(.).*@/, '$1*****@')}.`,
          'If you didn’t grant this access, please remove the app from your account.',
        ],
        button: { label: 'Manage apps', url: 'https://account.live.com/consent/Manage' },
        after: ['You can also opt out or change where you receive security notifications.'],
        sign: ['Thanks,', 'The Microsoft account team'],
      });
      return build(r, {
        from: addr('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
        auth: passes('accountprotection.microsoft.com'),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: 'New app(s) connected to your Microsoft account',
        ...l,
      });
    },
  },
  {
    name: 'it-mfa-registration-internal',
    kind: 'it-notice',
    make: (r) => {
      const v = staffIn(r);
      const l = compose({
        greeting: `Hi ${v.name.split(' ')[0]},`,
        paras: [
          'As announced at the managers’ meeting, we are moving everyone from SMS codes to the Microsoft Authenticator app by the end of the month.',
          'Please install Microsoft Authenticator from the App Store / Google Play, then go to https://aka.ms/mysecurityinfo from your work computer and add the app. It takes 5 minutes.',
          'IT will never ask you for your password or for a code by email or phone, and you should never approve a sign-in request you did not start. If in doubt, call the helpdesk on extension 2100.',
        ],
        sign: ['Thanks,', IT.name, IT.role],
      });
      return build(r, {
        from: addr(IT.name, IT.email),
        auth: passes('corp.example'),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: 'Action needed: set up Microsoft Authenticator by month end',
        ...l,
        mayDropAuth: false,
      });
    },
  },
  {
    name: 'sharepoint-internal-share',
    kind: 'shared-document',
    make: (r) => {
      const a = staffIn(r);
      const v = staffIn(r);
      const doc = r.pick([
        'Budget 2026 - Rooms Division.xlsx',
        'Summer groups pipeline.xlsx',
        'SOP Check-in (updated).docx',
        'Rate strategy Q3.pptx',
      ]);
      const url = `https://corpexample.sharepoint.com/:x:/s/${r.pick(['Revenue', 'Operations', 'Direcao'])}/E${alnum(r, 40)}?e=${alnum(r, 6)}`;
      const l = compose({
        title: `${a.name} shared a file with you`,
        paras: [
          r.pick([
            'Here is the file we talked about.',
            'Can you add your numbers by Thursday?',
            '',
          ] as const) || 'Shared with you.',
          doc,
        ],
        button: { label: 'Open', url },
        footer: [
          'Microsoft respects your privacy. To learn more, please read our Privacy Statement.',
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ],
      });
      return build(r, {
        from: addr(`${a.name} (via SharePoint Online)`, 'no-reply@sharepointonline.com'),
        replyTo: addr(a.name, a.email),
        auth: passes('sharepointonline.com'),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: `${a.name} shared "${doc}" with you`,
        html: l.html,
      });
    },
  },
  {
    name: 'google-drive-partner-share',
    kind: 'shared-document',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'pt', 'es']));
      const dom = r.pick(['lisbonweddingplanners.com', 'atlanticdmc.pt', 'iberianincentives.com']);
      const doc = r.pick(['Run of show – wedding', 'Rooming list v3', 'Menu tasting notes']);
      const text = `${c.name} (${c.first.toLowerCase()}@${dom}) has invited you to edit the following spreadsheet:\n\n${doc}\n\n${r.pick(['Updated with the final numbers, thanks!', 'Please check the dietary requirements column.', ''])}\n\nOpen: https://docs.google.com/spreadsheets/d/1${alnum(r, 43)}/edit?usp=sharing_eip&ts=${hex(r, 24)}\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nYou have received this email because ${c.first.toLowerCase()}@${dom} shared a spreadsheet with you from Google Sheets.`;
      return build(r, {
        from: addr(`${c.name} (via Google Sheets)`, 'drive-shares-dm-noreply@google.com'),
        replyTo: addr(c.name, `${c.first.toLowerCase()}@${dom}`),
        auth: passes('google.com', 'doclist.bounces.google.com'),
        relay: RELAYS.google(r),
        to: to(r.pick(STAFF.filter((x) => /Events|Sales|Reservations/.test(x.role)))),
        subject: `Spreadsheet shared with you: "${doc}"`,
        text,
      });
    },
  },
  {
    name: 'docusign-event-contract',
    kind: 'e-signature',
    make: (r) => {
      const c = someone(r, 'en');
      const co = r.pick(['Halden Pharma', 'Norvik Consulting', 'Meridia Capital']);
      const l = compose({
        brand: 'DocuSign',
        color: '#1e4ca1',
        title: `${c.name} sent you a document to review and sign.`,
        paras: [`${co} – Event agreement – ${prop(r).name}`],
        button: {
          label: 'REVIEW DOCUMENT',
          url: `https://eu.docusign.net/Signing/EmailStart.aspx?a=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}&etti=24&acct=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}&er=${hex(r, 32)}`,
        },
        footer: [
          'Do Not Share This Email',
          'This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
          'Alternate Signing Method: visit DocuSign.com, click "Access Documents", and enter the security code.',
        ],
      });
      return build(r, {
        from: addr(`${c.name} via DocuSign`, 'dse@eumail.docusign.net'),
        replyTo: addr(
          c.name,
          `${c.first.toLowerCase()}.${c.last.toLowerCase()}@${co.toLowerCase().replace(/ /g, '')}.com`,
        ),
        auth: passes('eumail.docusign.net', 'eumail.docusign.net', 'docusign.net'),
        relay: {
          host: `mailfr${int(r, 1, 9)}.eumail.docusign.net`,
          ip: `185.4.${int(r, 120, 123)}.${int(r, 2, 250)}`,
        },
        to: to(r.pick(STAFF.filter((x) => /Events|Sales/.test(x.role)))),
        subject: `Please DocuSign: ${co} Event Agreement.pdf`,
        ...l,
      });
    },
  },
  {
    name: 'site-visit-calendar-invite',
    kind: 'calendar-invite',
    make: (r) => {
      const c = someone(r, r.pick(['en', 'us']));
      const from = freemail(r, c.name, 'en');
      const v = r.pick(STAFF.filter((x) => /Events|Sales/.test(x.role)));
      const d = addDays(when(r), int(r, 3, 30));
      const p = prop(r, 'PT');
      const start = `${isoDate(d).replace(/-/g, '')}T${String(int(r, 9, 16)).padStart(2, '0')}0000Z`;
      const ics = invitation({
        uid: `${hex(r, 32)}@google.com`,
        organizer: from,
        attendee: v.email,
        summary: `Wedding venue visit – ${c.last}`,
        description: `Visit of the venue and the rooms with ${c.name} and partner. Phone: +44 7${digits(r, 9)}`,
        location: p.address,
        start,
      });
      return build(r, {
        from: addr(c.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: to(v),
        subject: `Invitation: Wedding venue visit – ${c.last} @ ${longDate(d)}`,
        text: `You have been invited to the following event.\n\nWedding venue visit – ${c.last}\nWhen: ${longDate(d)}\nWhere: ${p.address}\n\nInvitation from Google Calendar`,
        attachments: [{ type: 'text/calendar; method=REQUEST', name: 'invite.ics', content: ics }],
      });
    },
  },
  {
    name: 'guest-complaint-with-photos-en',
    kind: 'guest-complaint',
    make: (r) => {
      const p = prop(r);
      const g = someone(r, r.pick(['en', 'us']));
      const from = freemail(r, g.name, 'en');
      const n = int(r, 1, 3);
      const text = r.pick([
        `Dear ${p.name} team,\n\nWe checked out this morning (room ${int(r, 101, 512)}). Overall a nice stay, but I wanted to let you know ${r.pick(['the shower drain was blocked for our whole stay despite two calls to reception', 'there was a strong smell of smoke in the corridor on the 3rd floor', 'the minibar was charged although we never used it'])}. I have attached ${n === 1 ? 'a photo' : 'some photos'}.\n\nI would appreciate it if you could look into it${r.pick([' and refund the minibar charge', '', ' before we leave a review'])}.\n\nKind regards,\n${g.name}`,
        `Hi,\nphotos of the damage to my suitcase from the luggage room attached, as discussed with your colleague at the desk. Booking ref ${digits(r, 10)}.\nThanks\n${g.first}\n\nSent from my iPhone`,
      ]);
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: from.includes('gmail') ? RELAYS.google(r) : RELAYS.microsoft(r),
        to: box(p),
        subject: r.pick(['Feedback on our stay', 'Complaint – room issues', 'Damaged suitcase – photos']),
        text,
        attachments: Array.from({ length: n }, (_, i) => ({
          type: 'image/jpeg',
          name: `IMG_${int(r, 1000, 9999)}${i}.jpeg`,
          content: tinyJpeg(r),
        })),
      });
    },
  },
  {
    name: 'job-application-cv-pdf',
    kind: 'job-application',
    make: (r) => {
      const lang = r.pick(['en', 'pt', 'es'] as const);
      const c = someone(r, lang);
      const from = freemail(r, c.name, lang);
      const role = r.pick([
        'Receptionist',
        'Commis Chef',
        'Housekeeping Attendant',
        'Events Assistant',
        'Night Auditor',
      ]);
      const cv = onePagePdf([
        c.name,
        `Curriculum Vitae – ${role}`,
        `Experience: ${int(r, 1, 8)} years in hospitality`,
        'Languages: Portuguese, English, Spanish',
        `Email: ${from}`,
      ]);
      return build(r, {
        from: addr(c.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: r.pick([ROLE_BOXES.jobs, ROLE_BOXES.hr]),
        subject: r.pick([`Application for ${role}`, `Candidatura – ${role}`, `${role} – ${c.name}`]),
        text: `Dear Recruitment Team,\n\nPlease find attached my CV for the ${role} position at ${prop(r).name} that I saw on ${r.pick(['LinkedIn', 'Indeed', 'Net-Empregos', 'your careers page'])}. I am available to start ${r.pick(['immediately', 'next month', 'in two weeks'])}.\n\nThank you for your consideration.\n\n${c.name}\n+${r.pick(['351 91', '34 6', '44 7'])}${digits(r, 7)}`,
        attachments: [
          {
            type: 'application/pdf',
            name: `CV_${c.first}_${c.last}.pdf`.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
            content: cv,
          },
        ],
      });
    },
  },
  {
    name: 'linkedin-recruiter-inmail',
    kind: 'recruiter',
    make: (r) => {
      const v = staffIn(r);
      const c = someone(r, 'en');
      const l = compose({
        brand: 'LinkedIn',
        color: '#0a66c2',
        title: `${c.name} sent you a new message`,
        paras: [
          `${c.name} · Talent Partner at ${r.pick(['Hays Hospitality', 'Michael Page', 'Hosco'])}`,
          `"Hi ${v.name.split(' ')[0]}, I'm working on a ${v.role} opportunity with a luxury group in ${r.pick(['Madrid', 'Dubai', 'Lisbon', 'London'])}. Would you be open to a quick chat?"`,
        ],
        button: {
          label: 'Reply',
          url: `https://www.linkedin.com/messaging/thread/2-${alnum(r, 40)}==/?lipi=urn%3Ali%3Apage%3Aemail_email_notification_single_message_01%3B${alnum(r, 22)}`,
        },
        footer: [
          'This email was intended for you. Learn why we included this.',
          'LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.',
        ],
      });
      return build(r, {
        from: addr(`${c.name} via LinkedIn`, 'messages-noreply@linkedin.com'),
        auth: passes('linkedin.com', 'bounce.linkedin.com'),
        relay: {
          host: `mail-a${int(r, 1, 9)}-${int(r, 10, 99)}.linkedin.com`,
          ip: `108.174.${int(r, 0, 6)}.${int(r, 2, 250)}`,
        },
        to: to(v),
        subject: `${c.first} just messaged you`,
        ...l,
        headers: unsubscribe(
          `https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=${alnum(r, 20)}`,
        ),
      });
    },
  },
  {
    name: 'hmrc-vat-return-reminder',
    kind: 'government-notice',
    make: (r) => {
      const text = `Dear Customer\n\nYour VAT Return for the period ending ${longDate(when(r))} is due soon.\n\nYou must submit your return and pay any VAT you owe using software compatible with Making Tax Digital.\n\nTo find out more, go to GOV.UK and search 'Making Tax Digital for VAT'.\n\nFor security reasons, we have not included a link with this email.\n\nThis is an automated email. Please do not reply.\n\nHM Revenue and Customs`;
      return build(r, {
        from: addr('HMRC', 'noreply@tax.service.gov.uk'),
        auth: passes('tax.service.gov.uk'),
        relay: RELAYS.amazonses(r),
        to: r.pick([addr('James Whitfield', 'james.whitfield@corp.example'), to(GM_LONDON)]),
        subject: 'Your VAT Return is due',
        text,
      });
    },
  },
  {
    name: 'dhl-express-shipment',
    kind: 'shipping-notification',
    make: (r) => {
      const awb = digits(r, 10);
      const l = compose({
        brand: 'DHL Express',
        color: '#d40511',
        title: `Your shipment ${awb} is on its way`,
        paras: [
          `From: ${r.pick(['Riedel Glas Austria', 'Villeroy & Boch AG', 'Frette S.r.l.'])}`,
          `Estimated delivery: ${longDate(addDays(when(r), 2))}`,
        ],
        button: {
          label: 'Track your shipment',
          url: `https://www.dhl.com/pt-en/home/tracking/tracking-express.html?submit=1&tracking-id=${awb}`,
        },
        footer: [
          'DHL Express Portugal, Lda.',
          'This is an automatically generated message; please do not reply.',
        ],
      });
      return build(r, {
        from: addr('DHL Express', 'noreply@dhl.com'),
        auth: passes('dhl.com'),
        relay: { host: `mail${int(r, 1, 9)}.dhl.com`, ip: `165.72.${int(r, 200, 210)}.${int(r, 2, 250)}` },
        to: r.pick([ROLE_BOXES.purchasing, addr('Beatriz Lopes', 'beatriz.lopes@corp.example')]),
        subject: `DHL On Demand Delivery: shipment ${awb}`,
        ...l,
      });
    },
  },
  {
    name: 'amazon-business-order',
    kind: 'order-confirmation',
    make: (r) => {
      const order = `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`;
      const l = compose({
        brand: 'amazon business',
        color: '#232f3e',
        title: 'Order Confirmation',
        paras: [`Thank you for your order. We'll let you know once your item(s) have dispatched.`],
        rows: [
          ['Order', order],
          [
            'Item',
            r.pick([
              'Brother TN-2420 toner (2 pack)',
              'Velleda whiteboard markers x24',
              'Logitech MK270 keyboard & mouse',
            ]),
          ],
          ['Order total', `£${money(r, 18, 320)}`],
        ],
        button: {
          label: 'View order details',
          url: `https://www.amazon.co.uk/gp/your-account/order-details?orderID=${order}&ref_=pe_${digits(r, 6)}`,
        },
      });
      return build(r, {
        from: addr('Amazon Business', 'auto-confirm@amazon.co.uk'),
        auth: passes('amazon.co.uk'),
        relay: RELAYS.amazonses(r),
        to: to(r.pick(STAFF.filter((x) => x.lang === 'en'))),
        subject: `Your Amazon.co.uk order #${order}`,
        ...l,
      });
    },
  },
  {
    name: 'hospitality-newsletter',
    kind: 'newsletter',
    make: (r) => {
      const id = alnum(r, 12);
      const t = (n: number) => `https://click.hospitalitynet.org/ls/click?upn=${alnum(r, 40)}-${n}${id}`;
      const l = compose({
        brand: 'Hospitality Net',
        color: '#333',
        title: `Hospitality Net – Daily News ${shortDate(when(r))}`,
        paras: [
          r.pick([
            'European hotel occupancy rose 3.1% year on year in the last quarter',
            'Lisbon and Porto lead Southern Europe RevPAR growth',
          ]),
          r.pick([
            'Five revenue management trends for the shoulder season',
            'What the EU Data Act means for PMS vendors',
          ]),
        ],
        links: [
          ['Read more', t(1)],
          ['Opinion: the direct booking debate', t(2)],
          ['Manage subscription', `https://www.hospitalitynet.org/subscription/${id}`],
        ],
        footer: ['Hospitality Net, Van Diemenstraat 36, Amsterdam'],
      });
      return build(r, {
        from: addr('Hospitality Net', 'news@hospitalitynet.org'),
        auth: passes('hospitalitynet.org'),
        relay: RELAYS.mailgun(r),
        to: r.pick([ROLE_BOXES.revenue, to(staffIn(r))]),
        subject: r.pick(['Daily News: occupancy up across Europe', 'Hospitality Net Daily – revenue trends']),
        ...l,
        headers: unsubscribe(`https://www.hospitalitynet.org/unsubscribe/${id}`),
      });
    },
  },
  {
    name: 'wine-supplier-mailchimp',
    kind: 'marketing',
    make: (r) => {
      const u = hex(r, 25);
      const link = (n: number) =>
        `https://quintadovale.us${int(r, 1, 21)}.list-manage.com/track/click?u=${u}&id=${hex(r, 10)}&e=${hex(r, 10)}${n}`;
      const l = compose({
        brand: 'Quinta do Vale',
        color: '#6b1e2b',
        title: r.pick(['New vintage: Douro Reserva 2021', 'Harvest 2025 – pre-order for restaurants']),
        paras: [
          'Dear partner, our new releases are now available to the HoReCa channel with 12% introductory discount until the end of the month.',
        ],
        button: { label: 'See the HoReCa price list', url: link(1) },
        links: [
          [
            'Unsubscribe',
            `https://quintadovale.us${int(r, 1, 21)}.list-manage.com/unsubscribe?u=${u}&id=${hex(r, 10)}`,
          ],
        ],
        footer: ['Quinta do Vale, Lda · Estrada Nacional 222 · 5130-000 Ervedosa do Douro · Portugal'],
      });
      return build(r, {
        from: addr('Quinta do Vale', 'geral@quintadovale.pt'),
        auth: {
          ...passes('quintadovale.pt', `mail${int(r, 10, 180)}.atl${int(r, 11, 91)}.mcsv.net`, 'mcsv.net'),
          dmarc: 'pass',
        },
        relay: RELAYS.mailchimp(r),
        to: r.pick([ROLE_BOXES.purchasing, to(staffIn(r, 'pt'))]),
        subject: r.pick(['🍷 Novidades para restaurantes', 'New vintage for your wine list']),
        ...l,
        headers: [
          ...unsubscribe(`https://quintadovale.us1.list-manage.com/unsubscribe/post?u=${u}`),
          `X-Mailer: Mailchimp Mailer - **CID${hex(r, 20)}**`,
        ],
      });
    },
  },
  {
    name: 'google-group-revenue-digest',
    kind: 'mailing-list',
    make: (r) => {
      const topics = [
        'Parity with Booking.com genius discounts',
        'Minimum stay rules for August',
        'Anyone using Lighthouse + Mews?',
        'Tourist tax Lisbon 2025 changes',
      ];
      const text = `Today's topics:\n\n${topics.map((t, i) => `${i + 1}. ${t} - ${int(r, 1, 6)} updates`).join('\n')}\n\n----------------------------------------------------------------------\nTopic: ${topics[0]}\n----------------------------------------------------------------------\n${someone(r, 'pt').name}: We stopped stacking the Genius discount on top of mobile rates and saw no drop in pickup.\n\n--\nYou received this message because you are subscribed to the Google Groups "Revenue Managers Portugal" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to revenue-managers-pt+unsubscribe@googlegroups.com.\nTo view this discussion on the web visit https://groups.google.com/g/revenue-managers-pt/c/${alnum(r, 11)}`;
      return build(r, {
        from: addr('revenue-managers-pt@googlegroups.com', 'revenue-managers-pt@googlegroups.com'),
        auth: passes('googlegroups.com'),
        relay: RELAYS.google(r),
        to: ROLE_BOXES.revenue,
        subject: `Digest for revenue-managers-pt@googlegroups.com - ${int(r, 4, 12)} updates in ${topics.length} topics`,
        text,
        headers: [
          'List-ID: <revenue-managers-pt.googlegroups.com>',
          'Precedence: list',
          'Mailing-list: list revenue-managers-pt@googlegroups.com; contact revenue-managers-pt+owners@googlegroups.com',
        ],
      });
    },
  },
  {
    name: 'wtm-exhibitor-reminder',
    kind: 'conference-invitation',
    make: (r) => {
      const l = compose({
        brand: 'WTM London',
        color: '#e6007e',
        title: 'Your visitor badge for WTM London',
        paras: [
          `Dear ${r.pick(['Edward', 'Olivia', 'Marta'])},`,
          'Thank you for registering for WTM London at ExCeL London. Your e-badge is ready – print it or show it on your phone at the entrance.',
        ],
        button: {
          label: 'Download my badge',
          url: `https://registration.wtm.com/badge/${hex(r, 24)}?utm_source=email&utm_campaign=badge`,
        },
        footer: ['RX Global, Gateway House, 28 The Quadrant, Richmond TW9 1DN'],
      });
      return build(r, {
        from: addr('WTM London', 'noreply@wtm.com'),
        auth: passes('wtm.com', 'bounce.rxglobal.com', 'wtm.com'),
        relay: RELAYS.sendgrid(r),
        to: r.pick([
          to(GM_LONDON),
          addr('Marta Sousa', 'marta.sousa@corp.example'),
          addr('Olivia Hartley', 'olivia.hartley@corp.example'),
        ]),
        subject: 'Your WTM London e-badge',
        ...l,
      });
    },
  },
  {
    name: 'teams-meeting-invite-partner',
    kind: 'calendar-invite',
    make: (r) => {
      const c = someone(r, 'en');
      const dom = r.pick(['lighthouse-partners.co.uk', 'corporatetravel-gb.com', 'hotelbeds-partners.test']);
      const v = staffIn(r);
      const d = addDays(when(r), int(r, 1, 20));
      const meet = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${alnum(r, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${hex(r, 8)}-${hex(r, 4)}%22%7d`;
      const ics = invitation({
        uid: `040000008200E00074C5B7101A82E008${upper(r, 40)}`,
        organizer: `${c.first.toLowerCase()}.${c.last.toLowerCase()}@${dom}`,
        attendee: v.email,
        summary: r.pick([
          'Corporate rates 2026 – review',
          'Quarterly account review',
          'Allotment discussion',
        ]),
        description: `Microsoft Teams meeting\nJoin: ${meet}\nMeeting ID: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`,
        location: 'Microsoft Teams Meeting',
        start: `${isoDate(d).replace(/-/g, '')}T100000Z`,
      });
      return build(r, {
        from: addr(c.name, `${c.first.toLowerCase()}.${c.last.toLowerCase()}@${dom}`),
        auth: passes(dom),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: r.pick(['Corporate rates 2026 – review', 'Quarterly account review']),
        html: `<html><body><p>Hi ${v.name.split(' ')[0]}, as agreed.</p><hr><p><b>Microsoft Teams meeting</b><br><a href="${meet}">Join the meeting now</a><br>Meeting ID: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}</p></body></html>`,
        attachments: [{ type: 'text/calendar; method=REQUEST', name: 'meeting.ics', content: ics }],
      });
    },
  },
  {
    name: 'dropbox-transfer-photographer',
    kind: 'file-transfer',
    make: (r) => {
      const c = someone(r, r.pick(['pt', 'en']));
      const l = compose({
        brand: 'Dropbox',
        color: '#0061fe',
        title: `${c.name} sent you files`,
        paras: [
          r.pick([
            'Fotos do casamento – seleção para o vosso site',
            'Hotel photoshoot – final edits (web + print)',
          ]),
          `${int(r, 20, 140)} files · ${(int(r, 5, 40) / 10).toFixed(1)} GB · expires in 7 days`,
        ],
        button: { label: 'View files', url: `https://www.dropbox.com/t/${alnum(r, 16)}` },
        footer: ['Dropbox, Inc., PO Box 77767, San Francisco, CA 94107'],
      });
      return build(r, {
        from: addr(`${c.name} via Dropbox`, 'no-reply@dropbox.com'),
        auth: passes('dropbox.com', 'em-s.dropbox.com'),
        relay: {
          host: `mail-${int(r, 1, 30)}.em-s.dropbox.com`,
          ip: `54.240.${int(r, 1, 250)}.${int(r, 2, 250)}`,
        },
        to: r.pick([ROLE_BOXES.marketing, ROLE_BOXES.events]),
        subject: `${c.name} sent you files with Dropbox Transfer`,
        ...l,
      });
    },
  },
  {
    name: 'wetransfer-architect-genuine',
    kind: 'file-transfer',
    make: (r) => {
      const c = someone(r, 'pt');
      const dom = r.pick(['atelier-rio-arquitetos.pt', 'pmc-arquitetura.pt']);
      const l = compose({
        brand: 'WeTransfer',
        color: '#17181a',
        title: `${c.first.toLowerCase()}@${dom} sent you files`,
        paras: [
          `${int(r, 3, 12)} items, ${int(r, 20, 800)} MB in total · Expires in 7 days`,
          'Plantas remodelação piso 3 + mapa de acabamentos',
        ],
        button: {
          label: 'Get your files',
          url: `https://wetransfer.com/downloads/${hex(r, 32)}${digits(r, 14)}/${hex(r, 6)}`,
        },
        footer: ['To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.'],
      });
      return build(r, {
        from: addr('WeTransfer', 'noreply@wetransfer.com'),
        auth: passes('wetransfer.com'),
        relay: RELAYS.mailgun(r),
        to: r.pick([to(CFO), to(CEO), to(IT)]),
        subject: `${c.first.toLowerCase()}@${dom} sent you files via WeTransfer`,
        ...l,
      });
    },
  },
  {
    name: 'microsoft-invoice-ready',
    kind: 'saas-invoice',
    make: (r) => {
      const l = compose({
        brand: 'Microsoft',
        color: '#0078d4',
        title: 'Your invoice is ready',
        paras: [
          `Your invoice for Microsoft 365 Business Premium (${int(r, 60, 140)} licences) for billing account ${ORG} is available.`,
        ],
        rows: [
          ['Invoice number', `E0${digits(r, 9)}`],
          ['Amount', `EUR ${money(r, 1500, 4200)}`],
        ],
        button: {
          label: 'View invoice',
          url: 'https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list',
        },
        footer: [
          'Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18',
        ],
      });
      return build(r, {
        from: addr('Microsoft', 'microsoft-noreply@microsoft.com'),
        auth: passes('microsoft.com', 'email2.microsoft.com'),
        relay: RELAYS.microsoft(r),
        to: r.pick([to(IT), ROLE_BOXES.finance]),
        subject: 'Your Microsoft invoice is ready',
        ...l,
      });
    },
  },
  {
    name: 'google-workspace-invoice',
    kind: 'saas-invoice',
    make: (r) => {
      const text = `Google Workspace\n\nYour monthly invoice is available\n\nThe invoice for your Google Workspace account (restaurants.corp.example) for ${r.pick(['May', 'June', 'October'])} is ready. The amount of €${money(r, 40, 400)} will be charged to your Visa ending in ${digits(r, 4)}.\n\nView invoice: https://admin.google.com/ac/billing/accounts\n\nGoogle Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland`;
      return build(r, {
        from: addr('Google Workspace', 'payments-noreply@google.com'),
        auth: passes('google.com'),
        relay: RELAYS.google(r),
        to: to(IT),
        subject: 'Your Google Workspace monthly invoice is available',
        text,
      });
    },
  },
  {
    name: 'factorial-leave-approved',
    kind: 'hr-system-notice',
    make: (r) => {
      const v = staffIn(r);
      const d = addDays(when(r), int(r, 10, 60));
      const l = compose({
        brand: 'Factorial',
        color: '#e51943',
        greeting: `Hi ${v.name.split(' ')[0]},`,
        paras: [
          `Your time off request (${shortDate(d)} – ${shortDate(addDays(d, int(r, 2, 14)))}) has been approved by ${r.pick(['Sofia Antunes', 'your manager'])}.`,
        ],
        button: { label: 'See in Factorial', url: 'https://app.factorialhr.com/time-off' },
        footer: ['Factorial HR · Casa Albufeira Hotels'],
      });
      return build(r, {
        from: addr('Factorial', 'no-reply@factorialhr.com'),
        auth: passes('factorialhr.com'),
        relay: RELAYS.sendgrid(r),
        to: to(v),
        subject: 'Your time off request has been approved',
        ...l,
      });
    },
  },
  {
    name: 'colleague-forwarded-invoice',
    kind: 'internal-forward',
    make: (r) => {
      const a = staffIn(r);
      const sup = r.pick(['Frutas Lusitanas Lda', 'Thames Linen Services', 'Iberia Hotel Supplies SL']);
      const d = when(r);
      const inv = `${upper(r, 2)}${digits(r, 6)}`;
      const text = `Rui, segue a fatura que veio para o email do hotel. Já confirmei a entrega. Obrigado!\n\n${a.name}\n\n---------- Forwarded message ---------\nFrom: ${sup} <accounts@${sup
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(
          0,
          14,
        )}.com>\nDate: ${longDate(addDays(d, -1))}\nSubject: Invoice ${inv}\n\nPlease find attached invoice ${inv}.\n`;
      return build(r, {
        from: addr(a.name, a.email),
        auth: passes('corp.example'),
        relay: RELAYS.microsoft(r),
        to: addr('Rui Figueiredo', 'rui.figueiredo@corp.example'),
        subject: `FW: Invoice ${inv}`,
        text,
        date: d,
        attachments: [
          {
            type: 'application/pdf',
            name: `Invoice_${inv}.pdf`,
            content: onePagePdf([sup, `Invoice ${inv}`, `Total EUR ${money(r, 90, 3000)}`]),
          },
        ],
        mayDropAuth: false,
      });
    },
  },
  {
    name: 'lighthouse-rate-report',
    kind: 'saas-report',
    make: (r) => {
      const p = prop(r);
      const l = compose({
        brand: 'Lighthouse',
        color: '#5a2ca0',
        title: `Rate Insight daily report – ${p.name}`,
        paras: [
          `Your compset average for the next 30 days moved ${r.pick(['+', '-'])}${int(r, 1, 9)}%. ${int(r, 1, 8)} parity issues were found on Booking.com and Expedia.`,
        ],
        button: {
          label: 'Open in Lighthouse',
          url: `https://app.mylighthouse.com/hotel/${digits(r, 6)}/rates?utm_source=email&utm_medium=daily_report`,
        },
        footer: ['Lighthouse, Zuiderpoort Office Park, Gaston Crommenlaan 4, Gent, Belgium'],
      });
      return build(r, {
        from: addr('Lighthouse', 'noreply@mylighthouse.com'),
        auth: passes('mylighthouse.com'),
        relay: RELAYS.sendgrid(r),
        to: ROLE_BOXES.revenue,
        subject: `Daily rate report – ${p.name}`,
        ...l,
        attachments: chance(r, 0.4)
          ? [
              {
                type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                name: `rates_${p.hotelId}.xlsx`,
                content: Buffer.from(`PK\u0003\u0004 rates ${hex(r, 12)}`),
              },
            ]
          : undefined,
      });
    },
  },
  {
    name: 'uk-supplier-bank-letter-call-to-confirm',
    kind: 'vendor-bank-letter',
    make: (r) => {
      const sup = r.pick([
        ['Thames Linen Services', 'thameslinen.co.uk'],
        ['Westbury Fine Wines', 'westburywines.co.uk'],
      ]);
      const c = someone(r, 'en');
      const text = `Dear James,\n\nAs mentioned on the phone last week, ${sup[0]} is moving its banking from ${r.pick(['Barclays', 'HSBC'])} to ${r.pick(['Lloyds', 'NatWest'])} from ${longDate(addDays(when(r), 21))}. The attached letter on our letterhead has the new details.\n\nPlease do not update anything from this email alone: call our accounts team on the number on your existing supplier record (or the one on our website) and ask for me or our Financial Controller to confirm the details verbally. We will also send a £0.01 test payment on request.\n\nMany thanks,\n${c.name}\nAccounts, ${sup[0]}`;
      return build(r, {
        from: addr(c.name, `${c.first.toLowerCase()}.${c.last.toLowerCase()}@${sup[1]}`),
        auth: passes(sup[1]),
        relay: RELAYS.microsoft(r),
        to: addr('James Whitfield', 'james.whitfield@corp.example'),
        subject: 'Change of bank details – please confirm by phone',
        text,
        attachments: [
          {
            type: 'application/pdf',
            name: 'Bank_change_letter.pdf',
            content: onePagePdf([
              sup[0],
              'Notification of change of bank details',
              'Please confirm by telephone before updating.',
            ]),
          },
        ],
      });
    },
  },
  {
    name: 'google-security-alert-restaurant',
    kind: 'sign-in-alert',
    make: (r) => {
      const acct = r.pick(['tascadacasa.lisboa@gmail.com', 'brasa.albufeira.porto@gmail.com']);
      const l = compose({
        brand: 'Google',
        color: '#4285f4',
        title: 'A new sign-in on Windows',
        paras: [
          acct,
          'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.',
        ],
        button: {
          label: 'Check activity',
          url: `https://accounts.google.com/AccountChooser?Email=${encodeURIComponent(acct)}&continue=https://myaccount.google.com/alert/nt/${digits(r, 13)}?rfn%3D127`,
        },
        footer: [
          'You can also see security activity at https://myaccount.google.com/notifications',
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
        ],
      });
      return build(r, {
        from: addr('Google', 'no-reply@accounts.google.com'),
        auth: passes('accounts.google.com', 'accounts.google.com', 'accounts.google.com'),
        relay: RELAYS.google(r),
        to: r.pick([to(staffIn(r, 'pt')), ROLE_BOXES.marketing]),
        subject: 'Security alert',
        ...l,
      });
    },
  },
  {
    name: 'thefork-restaurant-booking',
    kind: 'ota-reservation',
    make: (r) => {
      const rest = r.pick(['Tasca da Casa', 'Brasa Albufeira']);
      const g = someone(r, r.pick(['pt', 'en', 'fr', 'es']));
      const d = addDays(when(r), int(r, 1, 20));
      const l = compose({
        brand: 'TheFork Manager',
        color: '#00665c',
        title: `New reservation at ${rest}`,
        rows: [
          ['Name', g.name],
          ['Date', `${shortDate(d)} ${r.pick(['19:30', '20:00', '20:30', '13:00'])}`],
          ['Guests', String(int(r, 2, 14))],
          ['Offer', r.pick(['-20% on à la carte', 'None', 'Tasting menu'])],
        ],
        paras: [],
        button: {
          label: 'Manage reservation',
          url: `https://manager.thefork.com/en_GB/reservation/${digits(r, 9)}`,
        },
      });
      return build(r, {
        from: addr('TheFork Manager', 'noreply@thefork.com'),
        auth: passes('thefork.com'),
        relay: RELAYS.sparkpost(r),
        to: `restaurantes@corp.example`,
        subject: `New booking: ${g.name}, ${int(r, 2, 14)} people`,
        ...l,
      });
    },
  },
  {
    name: 'guest-prearrival-passport-transfer',
    kind: 'guest-request',
    make: (r) => {
      const p = prop(r, r.pick(['PT', 'ES'] as const));
      const g = someone(r, r.pick(['us', 'en', 'de']));
      const from = freemail(r, g.name, 'us');
      const v = staffIn(r);
      const d = when(r);
      const text = `Hi ${v.name.split(' ')[0]},\n\nThanks for your email. Our flight ${r.pick(['TP', 'UA', 'BA'])}${int(r, 100, 2999)} lands at ${int(r, 6, 22)}:${r.pick(['10', '35', '50'])} on the ${shortDate(addDays(d, 12))}, so yes please to the airport transfer for 2 adults and 2 kids with a booster seat. As requested for the pre-registration, attached is a copy of my passport.\n\nBest,\n${g.name}\n${quote(addr(v.name, v.email), d, [`Dear Mr/Ms ${g.last},`, `We look forward to welcoming you at ${p.name}. Would you like us to arrange an airport transfer? For the mandatory guest registration, you may send us a copy of your ID in advance or present it at check-in.`, '', ...sig(v)]).join('\n')}`;
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: to(v),
        cc: box(p),
        subject: `Re: Your upcoming stay at ${p.name}`,
        text,
        date: addDays(d, 1),
        attachments: [
          {
            type: 'application/pdf',
            name: 'passport.pdf',
            content: onePagePdf(['PASSPORT', g.name.toUpperCase(), `No. ${upper(r, 9)}`]),
          },
        ],
      });
    },
  },
  {
    name: 'canva-team-invite',
    kind: 'saas-invite',
    make: (r) => {
      const a = r.pick([staffIn(r, 'pt'), GM_LONDON]);
      const l = compose({
        brand: 'Canva',
        color: '#7d2ae8',
        title: `${a.name} invited you to join the team "${ORG} Marketing" on Canva`,
        paras: ['Join your team to create and share designs together.'],
        button: {
          label: 'Join team',
          url: `https://www.canva.com/brand/join?token=${alnum(r, 22)}&referrer=team-invite`,
        },
        footer: ['Canva Pty Ltd, 110 Kippax St, Surry Hills NSW 2010, Australia'],
      });
      return build(r, {
        from: addr('Canva', 'no-reply@canva.com'),
        auth: passes('canva.com', 'mail.canva.com'),
        relay: RELAYS.amazonses(r),
        to: to(staffIn(r)),
        subject: `${a.name.split(' ')[0]} invited you to a Canva team`,
        ...l,
      });
    },
  },
  {
    name: 'zoom-webinar-registration',
    kind: 'conference-invitation',
    make: (r) => {
      const d = addDays(when(r), int(r, 3, 30));
      const id = digits(r, 11);
      const l = compose({
        brand: 'Zoom',
        color: '#0b5cff',
        title: 'Thank you for registering',
        paras: [
          `Webinar: ${r.pick(['HSMAI Europe – Revenue Strategy Summit', 'AHRESP – Novas regras do alojamento', 'Hotel Tech Live: Payments'])}`,
          `Date: ${longDate(d)} 14:00 London`,
          'Please submit any questions to: events@hsmai.eu',
        ],
        button: { label: 'Join Webinar', url: `https://us06web.zoom.us/w/${id}?tk=${alnum(r, 43)}` },
        footer: ['Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113'],
      });
      return build(r, {
        from: addr('HSMAI Europe', 'no-reply@zoom.us'),
        auth: passes('zoom.us'),
        relay: { host: `mailout-${int(r, 1, 60)}.zoom.us`, ip: `170.114.${int(r, 0, 10)}.${int(r, 2, 250)}` },
        to: r.pick([addr('Marta Sousa', 'marta.sousa@corp.example'), ROLE_BOXES.revenue]),
        subject: 'Webinar registration confirmation',
        ...l,
      });
    },
  },
  {
    name: 'london-gm-internal-request',
    kind: 'internal-request',
    make: (r) => {
      const v = r.pick(STAFF.filter((x) => x.lang === 'en'));
      const text = `Hi ${v.name.split(' ')[0]},\n\n${r.pick([
        'Could you pull the no-show report for last month from Opera and drop it in the Finance channel? Need it for Thursday’s call with Lisbon.',
        'Reminder that the fire drill is on Wednesday at 10:30. Please brief the night team too.',
        'The Halden group contract is signed – can you make sure the deposit invoice goes out today via Opera, not by manual card entry?',
      ])}\n\nThanks,\nEdward\n\n${GM_LONDON.name}\nGeneral Manager | Casa Albufeira London Bloomsbury`;
      return build(r, {
        from: addr(GM_LONDON.name, GM_LONDON.email),
        auth: passes('corp.example'),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: r.pick(['No-show report', 'Fire drill Wednesday', 'Halden deposit invoice']),
        text,
        mayDropAuth: false,
      });
    },
  },
  {
    name: 'airbnb-guest-message-genuine',
    kind: 'ota-guest-message',
    make: (r) => {
      const p = prop(r, 'PT');
      const g = someone(r, r.pick(['en', 'us', 'fr']));
      const l = compose({
        brand: 'Airbnb',
        color: '#ff385c',
        title: `New message from ${g.first}`,
        paras: [
          `"${r.pick(['Hi! Is there a lift in the building? My mother has trouble with stairs.', 'Hello, can we leave our bags after check-out? Our flight is late evening.', 'Hi, what is the best way to get from the airport? Thanks!'])}"`,
        ],
        button: {
          label: 'Reply',
          url: `https://www.airbnb.com/hosting/thread/${digits(r, 10)}?thread_type=home_booking`,
        },
        footer: ['Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland'],
      });
      return build(r, {
        from: addr(`${g.first} via Airbnb`, `express@airbnb.com`),
        replyTo: `${digits(r, 9)}-${alnum(r, 20)}@reply.airbnb.com`,
        auth: passes('airbnb.com', 'email.airbnb.com'),
        relay: RELAYS.sendgrid(r),
        to: box(p),
        subject: `RE: Reservation at ${p.name} for ${shortDate(addDays(when(r), 15))}`,
        ...l,
      });
    },
  },
  {
    name: 'expedia-password-reset',
    kind: 'password-reset-requested',
    make: (r) => {
      const v = staffIn(r);
      const text = `Hello ${v.name.split(' ')[0]},\n\nWe received a request to reset your Partner Central password. Click the link below to choose a new one. The link is valid for 24 hours.\n\nhttps://www.expediapartnercentral.com/Account/ResetPassword?token=${alnum(r, 52)}\n\nIf you didn't request a password reset, please ignore this email.\n\nExpedia Group Partner Support`;
      return build(r, {
        from: addr('Expedia Partner Central', 'noreply@expediagroup.com'),
        auth: passes('expediagroup.com', 'bounce.expediagroup.com'),
        relay: RELAYS.sparkpost(r),
        to: to(v),
        subject: 'Reset your Partner Central password',
        text,
        mayDropAuth: false,
      });
    },
  },
];

const TEMPLATES: Template[] = [...HAM, ...LOCAL_HAM];

export const UNSEEN_HAM_20_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenHam20(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return runTemplates(TEMPLATES, perTemplate, seed, seededRandom, 2020);
}
