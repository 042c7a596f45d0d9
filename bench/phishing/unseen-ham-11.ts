// The eleventh unseen set's legitimate mail: what corp.example's mailboxes receive that the phishing desk
// must let through. Colleagues, customers and suppliers; the real Teams, Zoom, Slack, Docusign, LinkedIn and
// Booking.com notices the lures copy; voicemail from the company's own phone system; reminders from its
// awareness-training vendor; password resets and MFA enrolment the user asked for; tickets with QR codes;
// receipts, newsletters and personal mail; and the same in Japanese, Korean, Portuguese, Polish and Turkish.
import type { SeededRandom } from './generate.js';
import { qrPng } from './payloads.js';
import {
  amount,
  compose,
  day,
  digits,
  FIRMS,
  fromLine,
  type Locale,
  pass,
  person,
  render,
  type Template,
  token,
  upper,
  viaService,
} from './unseen-11-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const hex = (r: SeededRandom, n: number) => token(r, n, '0123456789abcdef');
const uuid = (r: SeededRandom) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-8${hex(r, 3)}-${hex(r, 12)}`;
const internal = { auth: pass('corp.example') };
const CUSTOMERS = [
  { name: 'Pinecrest Hotels', domain: 'pinecresthotels.example.com' },
  { name: 'Novatek Instruments', domain: 'novatek.example.net' },
  { name: 'Harbourline Retail', domain: 'harbourline.example.org' },
  { name: 'Ellery & Voss', domain: 'elleryvoss.example' },
] as const;

/** A note between colleagues, in the language of the pair. */
function colleagueNote(
  name: string,
  locale: Locale,
  subjects: string[],
  bodies: string[],
  signoff: string,
): Template {
  return {
    name,
    kind: 'colleague',
    locale,
    write(r, to) {
      const from = person(r, locale);
      return {
        from: fromLine(from.name, from.email),
        ...internal,
        subject: r.pick(subjects),
        ...render(
          r,
          { paras: [r.pick(bodies).replace('{to}', to.first)], sign: [signoff, from.name] },
          r.pick(['text', 'both'] as const),
        ),
      };
    },
  };
}

const HAM: Template[] = [
  {
    name: 'teams-missed-activity',
    kind: 'chat-notification',
    write(r) {
      const from = person(r);
      return {
        from: fromLine('Microsoft Teams', 'noreply@email.teams.microsoft.com'),
        auth: pass('email.teams.microsoft.com'),
        subject: r.pick([
          `${from.name} sent you a message`,
          `You have ${2 + r.below(6)} new messages in Teams`,
          `${from.first} mentioned you in ${r.pick(['Finance Ops', 'Project Harbour', 'Sales EMEA'])}`,
        ]),
        ...render(
          r,
          {
            brand: 'Microsoft Teams',
            color: '#5b5fc7',
            paras: [
              `${from.name}: "${r.pick(['Thanks, looks good to me', 'Can we move the 3pm to tomorrow?', 'Shared the deck in the channel'])}"`,
            ],
            button: {
              label: 'Open Teams',
              href: `https://teams.microsoft.com/l/message/19:${hex(r, 32)}@thread.v2/${digits(r, 13)}?tenantId=${uuid(r)}`,
            },
            footer:
              'You are receiving this email because you have missed activity in Microsoft Teams. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'zoom-cloud-recording',
    kind: 'meeting-notification',
    write(r, to) {
      const topic = r.pick([
        'Weekly Ops Sync',
        'Customer onboarding - Pinecrest',
        'Quarterly Review',
        'Design crit',
      ]);
      return {
        from: fromLine('Zoom', 'no-reply@zoom.us'),
        auth: pass('zoom.us'),
        subject: `Cloud Recording - ${topic} is now available`,
        ...render(r, {
          brand: 'zoom',
          color: '#0b5cff',
          paras: [
            `Hi ${to.first},`,
            `Your cloud recording is now available. Topic: ${topic}. Date: ${day(r)}.`,
          ],
          button: {
            label: 'View recording',
            href: `https://corp-example.zoom.us/rec/share/${token(r, 40)}.${token(r, 16)}`,
          },
        }),
      };
    },
  },
  {
    name: 'slack-mentions-digest',
    kind: 'workspace-notification',
    write(r, to) {
      const from = person(r);
      const channel = r.pick(['#finance-ops', '#release', '#it-help', '#office-london']);
      return {
        from: fromLine('Slack', 'notification@slack.com'),
        auth: pass('slack.com'),
        subject: r.pick([
          `[Slack] New message from ${from.name} in ${channel}`,
          `[Slack] Notifications from the Corp Example workspace`,
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            `${from.name} in ${channel}: "@${to.first.toLowerCase()} ${r.pick(['can you take a look when you have a sec?', 'merged, thanks!', 'updated the numbers in the sheet'])}"`,
          ],
          button: {
            label: 'Open Slack',
            href: `https://corp-example.slack.com/archives/C${upper(r, 10)}/p${digits(r, 16)}`,
          },
        }),
      };
    },
  },
  {
    name: 'docusign-envelope',
    kind: 'esign',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const sender = person(r, 'en', firm.domain);
      const doc = r.pick([
        'Master Services Agreement',
        'Statement of Work 2027',
        'NDA - mutual',
        'Order Form',
      ]);
      const pod = r.pick(['na3', 'na4', 'eu', 'na2']);
      return {
        from: fromLine(`${sender.name} via Docusign`, `dse_${pod.toUpperCase()}@docusign.net`),
        headers: [`Reply-To: ${fromLine(sender.name, sender.email)}`],
        auth: pass('docusign.net'),
        subject: `Complete with Docusign: ${firm.name} - ${doc}.pdf`,
        ...render(
          r,
          {
            brand: 'Docusign',
            color: '#1e1e5a',
            paras: [
              `${sender.name} sent you a document to review and sign.`,
              `${to.first}, please review and sign the ${doc}. Thanks, ${sender.first}`,
            ],
            button: {
              label: 'REVIEW DOCUMENT',
              href: `https://${pod}.docusign.net/Signing/EmailStart.aspx?a=${uuid(r)}&etti=24&acct=${uuid(r)}&er=${uuid(r)}`,
            },
            footer:
              'Do Not Share This Email. This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'docusign-completed',
    kind: 'esign',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const doc = r.pick(['Renewal Order Form', 'Amendment 2', 'Data Processing Addendum']);
      return {
        from: fromLine('Docusign NA4 System', 'dse_NA4@docusign.net'),
        auth: pass('docusign.net'),
        subject: `Completed: ${firm.name} - ${doc}`,
        ...render(
          r,
          {
            paras: [
              `All parties have completed ${firm.name} - ${doc}.`,
              'The completed document is attached for your records.',
            ],
          },
          'html',
        ),
        parts: [
          {
            type: 'application/pdf',
            name: `${doc.replace(/ /g, '_')}.pdf`,
            content: onePagePdf([
              `${firm.name}`,
              doc,
              `Signed by ${to.first} ${to.last}`,
              `Envelope ${uuid(r)}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'linkedin-message',
    kind: 'professional-network',
    write(r, to) {
      const from = person(r, 'en', 'example.com');
      return {
        from: fromLine(`${from.name} via LinkedIn`, 'messages-noreply@linkedin.com'),
        auth: pass('linkedin.com'),
        subject: r.pick([
          `${from.first} sent you a new message`,
          `${to.first}, you have a new message from ${from.first}`,
        ]),
        ...render(
          r,
          {
            brand: 'LinkedIn',
            color: '#0a66c2',
            paras: [
              `${from.name}`,
              `"${r.pick(['Great meeting you at the panel last week - let us stay in touch.', 'Congrats on the new role!', 'Would you be open to a quick chat about your vendor onboarding process?'])}"`,
            ],
            button: {
              label: 'Reply',
              href: `https://www.linkedin.com/messaging/thread/2-${token(r, 40)}==/`,
            },
            footer:
              'This email was intended for you. LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'linkedin-invitation',
    kind: 'professional-network',
    write(r, to) {
      const from = person(r, r.pick(['en', 'pt', 'pl'] as const), 'example.com');
      return {
        from: fromLine('LinkedIn', 'invitations@linkedin.com'),
        auth: pass('linkedin.com'),
        subject: `${to.first}, please add me to your LinkedIn network`,
        ...render(
          r,
          {
            paras: [
              `${from.name} would like to connect.`,
              `${r.pick(['Procurement Lead', 'Account Executive', 'Data Engineer'])} at ${r.pick(CUSTOMERS).name}`,
            ],
            button: {
              label: 'Accept',
              href: `https://www.linkedin.com/comm/mynetwork/discovery-see-all?invitationId=${digits(r, 19)}`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'booking-confirmation-trip',
    kind: 'hotel-booking',
    write(r, to) {
      const hotel = `${r.pick(['Hotel', 'Residence', 'Inn'])} ${r.pick(['Aldgate', 'Porto Antico', 'Am Hafen', 'Central Park West'])}`;
      return {
        from: fromLine('Booking.com', 'noreply@booking.com'),
        auth: pass('booking.com', 'mailer.booking.com'),
        subject: `Your booking is confirmed at ${hotel}`,
        ...render(
          r,
          {
            brand: 'Booking.com',
            color: '#003580',
            paras: [
              `Thanks, ${to.first}! Your booking in ${hotel} is confirmed.`,
              `Confirmation number: ${digits(r, 10)}. PIN code: ${digits(r, 4)}. Check-in ${day(r)}.`,
              'You can manage the booking in the app or on Booking.com.',
            ],
            button: {
              label: 'Manage booking',
              href: `https://secure.booking.com/myreservations.html?aid=${digits(r, 6)}&auth_key=${token(r, 16)}`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'booking-property-message',
    kind: 'hotel-booking',
    write(r, to) {
      const hotel = `${r.pick(['Casa', 'Hotel'])} ${r.pick(['Mirandela', 'Hafenblick', 'Lakeside'])}`;
      return {
        from: fromLine(`${hotel} via Booking.com`, `${digits(r, 10)}-${token(r, 6)}@mchat.booking.com`),
        auth: pass('mchat.booking.com'),
        subject: `We've received a message from ${hotel}`,
        ...render(r, {
          paras: [
            `Message from ${hotel}:`,
            `"Dear ${to.first}, we look forward to welcoming you. Check-in is from 15:00; please let us know your arrival time. Parking is available on site."`,
            'Reply through Booking.com to keep your conversation in one place.',
          ],
          button: {
            label: 'Reply',
            href: `https://secure.booking.com/messaging/reservation.html?res_id=${digits(r, 10)}`,
          },
        }),
      };
    },
  },
  {
    name: 'pbx-voicemail',
    kind: 'voicemail',
    write(r, to) {
      const ringcentral = r.below(2) === 0;
      const caller = `+44 20 7946 0${digits(r, 3)}`;
      const wav = Buffer.concat([
        Buffer.from('RIFF'),
        Buffer.alloc(4, 36),
        Buffer.from('WAVEfmt '),
        Buffer.alloc(2000, 0),
      ]);
      return {
        from: ringcentral
          ? fromLine('RingCentral', 'service@ringcentral.com')
          : fromLine('Voicemail', 'voicemail@corp.example'),
        auth: ringcentral ? pass('ringcentral.com') : pass('corp.example'),
        subject: `New Voice Message from ${caller} (${r.pick(['0:14', '0:42', '1:05'])})`,
        ...render(
          r,
          {
            paras: [
              `You have a new voice message for extension ${2000 + r.below(800)} (${to.first} ${to.last}).`,
              `From: ${caller}\nReceived: ${day(r)}`,
              'The recording is attached.',
            ],
          },
          'text',
        ),
        parts: [{ type: 'audio/wav', name: `voicemail-${digits(r, 6)}.wav`, content: wav }],
      };
    },
  },
  {
    name: 'awareness-training-reminder',
    kind: 'security-training',
    write(r, to) {
      const course = r.pick([
        '2026 Security Awareness Essentials',
        'Recognising Phishing',
        'Data Protection Refresher',
      ]);
      return {
        from: fromLine('Corp Example Security Awareness', 'training@tidewise.example.com'),
        auth: pass('tidewise.example.com'),
        subject: r.pick([`Reminder: ${course} is due ${day(r)}`, `You've been enrolled in ${course}`]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            `You have been assigned "${course}" (about 20 minutes). Please complete it by ${day(r)}.`,
            'Questions? Contact security@corp.example.',
          ],
          button: {
            label: 'Start training',
            href: `https://corpexample.tidewise.example.com/learner/assignments/${digits(r, 7)}`,
          },
        }),
      };
    },
  },
  {
    name: 'event-ticket-qr',
    kind: 'event-ticket',
    async write(r) {
      const event = r.pick(['DataOps Meetup London', 'Finance Leaders Breakfast', 'Cloud Security Day']);
      const order = digits(r, 10);
      const png = await qrPng(`EVB-${order}-${digits(r, 6)}`);
      return {
        from: fromLine('Eventbrite', 'noreply@order.eventbrite.com'),
        auth: pass('order.eventbrite.com'),
        subject: `Your tickets for ${event}`,
        html: `<html><body style="font-family:Helvetica,Arial"><h2>You're going to ${event}</h2><p>Order #${order} - ${day(r)}</p><p>Show this code at the entrance:</p><img src="cid:ticket.png" width="200" height="200" alt="Ticket QR"><p><a href="https://www.eventbrite.com/mytickets/${order}">View your tickets</a></p></body></html>`,
        parts: [{ type: 'image/png', name: 'ticket.png', content: png, inline: true }],
      };
    },
  },
  {
    name: 'okta-password-reset-requested',
    kind: 'password-reset',
    write(r, to) {
      return {
        from: fromLine('Okta', 'noreply@okta.com'),
        auth: pass('okta.com'),
        subject: 'Account password reset',
        ...render(
          r,
          {
            paras: [
              `Hi ${to.first},`,
              'A password reset request was made for your Okta account. If you did not make this request, contact your system administrator immediately.',
              'This link expires in 1 hour.',
            ],
            button: {
              label: 'Reset Password',
              href: `https://corpexample.okta.com/signin/reset-password/${token(r, 20)}`,
            },
            footer: `This is an automatically generated message from Okta. Replies are not monitored. Requested from ${to.email}.`,
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'it-mfa-enrolment',
    kind: 'mfa-enrolment',
    write(r, to) {
      const it = person(r);
      return {
        from: fromLine('IT Service Desk', 'servicedesk@corp.example'),
        ...internal,
        subject: r.pick([
          `Ticket INC${digits(r, 7)}: new phone - Authenticator setup`,
          'Your MFA enrolment for the new laptop',
        ]),
        ...render(
          r,
          {
            paras: [
              `Hi ${to.first},`,
              'As requested, we have reset your authenticator registration. Next time you sign in you will be asked to set it up again, or you can do it now at https://aka.ms/mfasetup.',
              'We will never ask for your code by phone or email.',
            ],
            sign: [it.name, 'IT Service Desk'],
          },
          r.pick(['text', 'both'] as const),
        ),
      };
    },
  },
  {
    name: 'supplier-invoice',
    kind: 'invoice',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const from = person(r, 'en', firm.domain);
      const invoice = `${upper(r, 2)}-${digits(r, 6)}`;
      const total = amount(r, 180, 24000);
      return {
        from: fromLine(from.name, from.email),
        auth: pass(firm.domain),
        subject: r.pick([`Invoice ${invoice}`, `${firm.name} invoice ${invoice} - November`]),
        ...render(
          r,
          {
            paras: [
              `Hi ${to.first},`,
              `Please find attached invoice ${invoice} for USD ${total}, payable to the account on file within 30 days. PO reference ${digits(r, 6)}.`,
            ],
            sign: ['Thanks,', from.name, firm.name],
          },
          'text',
        ),
        parts: [
          {
            type: 'application/pdf',
            name: `${invoice}.pdf`,
            content: onePagePdf([firm.name, `Invoice ${invoice}`, `Total USD ${total}`, 'Terms: 30 days']),
          },
        ],
      };
    },
  },
  {
    name: 'carrier-shipment-notice',
    kind: 'parcel-notice',
    write(r, to) {
      const id = digits(r, 10);
      const ups = r.below(2) === 0;
      const tracking = ups ? `1Z${upper(r, 16)}` : id;
      const when = day(r);
      return {
        from: ups ? fromLine('UPS', 'mcinfo@ups.com') : fromLine('DHL Express', 'noreply@dhl.com'),
        auth: ups ? pass('ups.com') : pass('dhl.com'),
        subject: ups
          ? `UPS Update: Package Scheduled for Delivery ${when}`
          : `DHL Express shipment ${id} is on the way`,
        ...render(
          r,
          {
            brand: ups ? 'UPS' : 'DHL Express',
            color: ups ? '#351c15' : '#d40511',
            paras: [
              `Hello ${to.first},`,
              `Your shipment from ${r.pick(FIRMS).name} is scheduled for delivery ${when}.`,
              `Tracking number: ${tracking}`,
            ],
            button: {
              label: 'Track your shipment',
              href: ups
                ? `https://www.ups.com/track?tracknum=${tracking}`
                : `https://www.dhl.com/gb-en/home/tracking.html?tracking-id=${id}`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'bank-statement-app',
    kind: 'bank-notice',
    write(r, to) {
      return {
        from: fromLine('Chase', 'no.reply.alerts@chase.com'),
        auth: pass('chase.com'),
        subject: r.pick(['Your statement is ready', 'Your credit card payment is scheduled']),
        ...render(
          r,
          {
            paras: [
              `${to.first}, your statement for the account ending in ${digits(r, 4)} is ready.`,
              'To view it, sign in to the Chase Mobile app or chase.com. We will never ask for your password by email.',
            ],
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'sharepoint-internal-share',
    kind: 'shared-document',
    write(r) {
      const from = person(r);
      const file = `${r.pick(['FY27 Budget', 'Board pack', 'Vendor list', 'Onboarding checklist'])}.${r.pick(['xlsx', 'docx', 'pptx'])}`;
      return {
        from: fromLine(`${from.name} (via SharePoint Online)`, 'no-reply@sharepointonline.com'),
        headers: [`Reply-To: ${fromLine(from.name, from.email)}`],
        auth: pass('sharepointonline.com'),
        subject: `${from.name} shared "${file}" with you`,
        ...render(
          r,
          {
            paras: [
              `${from.name} shared a file with you`,
              `"${r.pick(['Here is the latest version', 'For tomorrow', 'Please add your numbers'])}"`,
            ],
            button: {
              label: 'Open',
              href: `https://corpexample.sharepoint.com/:x:/s/${r.pick(['Finance', 'Operations', 'HR'])}/E${token(r, 40)}?e=${token(r, 6)}`,
            },
            footer:
              'Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'google-docs-comment',
    kind: 'shared-document',
    write(r, to) {
      const customer = r.pick(CUSTOMERS);
      const from = person(r, 'en', customer.domain);
      return {
        from: fromLine(`${from.name} (Google Docs)`, 'comments-noreply@docs.google.com'),
        headers: [`Reply-To: ${from.email}`],
        auth: pass('docs.google.com'),
        subject: `${r.pick(['Rollout plan', 'Joint proposal', 'Requirements'])} - ${from.first} mentioned you`,
        ...render(
          r,
          {
            paras: [`${from.name} added a comment: "+${to.email} can you confirm the dates in section 3?"`],
            button: {
              label: 'Open',
              href: `https://docs.google.com/document/d/${token(r, 44)}/edit?disco=AAAA${token(r, 10)}`,
            },
          },
          'html',
        ),
      };
    },
  },
  colleagueNote(
    'colleague-lunch',
    'en',
    ['Lunch Thursday?', 'Friday drinks', 'Coffee tomorrow'],
    [
      'Hi {to}, a few of us are going to the Lebanese place on Thursday at 12:30. Want to join?',
      'Are you around tomorrow morning? I would like to pick your brain on the vendor review.',
    ],
    'Cheers,',
  ),
  colleagueNote(
    'colleague-meeting-notes',
    'en',
    ['Notes from this morning', 'Follow-up: Q4 planning', 'Actions from the steering group'],
    [
      'Hi {to}, notes from the call: 1) finance to confirm the budget line; 2) we move go-live to the 18th; 3) you own the supplier comms. Shout if I missed anything.',
      '{to} - attached to the channel is the updated plan. The main change is the later cut-over.',
    ],
    'Thanks,',
  ),
  {
    name: 'customer-inquiry',
    kind: 'customer',
    write(r, to) {
      const c = r.pick(CUSTOMERS);
      const from = person(r, 'en', c.domain);
      return {
        from: fromLine(from.name, from.email),
        auth: pass(c.domain),
        subject: r.pick([
          'Question about our renewal',
          `${c.name} - delivery schedule`,
          'Quote request for 2027',
        ]),
        ...render(
          r,
          {
            paras: [
              `Hi ${to.first},`,
              r.pick([
                'Could you send an updated quote for the additional 40 seats? We would like to start in January.',
                'Our warehouse moves on the 20th; can deliveries after that go to the new address (details to follow)?',
              ]),
            ],
            sign: ['Best,', from.name, c.name],
          },
          r.pick(['text', 'both'] as const),
        ),
      };
    },
  },
  {
    name: 'freight-delivery-confirmation',
    kind: 'supplier',
    write(r, to) {
      const from = person(r, 'en', 'halvorsenfreight.example');
      return {
        from: fromLine('Halvorsen Freight Bookings', 'bookings@halvorsenfreight.example'),
        headers: [`Reply-To: ${from.email}`],
        auth: pass('halvorsenfreight.example'),
        subject: `Booking HF${digits(r, 6)} confirmed - collection ${day(r)}`,
        ...render(r, {
          paras: [
            `Dear ${to.first},`,
            `Your collection is confirmed: ${2 + r.below(10)} pallets, collection window 08:00-12:00. The driver will call 30 minutes ahead.`,
          ],
          sign: [from.name, 'Halvorsen Freight'],
        }),
      };
    },
  },
  {
    name: 'concur-expense-approved',
    kind: 'expense-report',
    write(r, to) {
      return {
        from: fromLine('SAP Concur', 'AutoNotification@concursolutions.com'),
        auth: pass('concursolutions.com'),
        subject: `Expense report approved: ${r.pick(['November travel', 'Client dinner', 'Conference'])}`,
        ...render(
          r,
          {
            paras: [
              `${to.first}, your expense report (USD ${amount(r, 40, 1800)}) has been approved and sent for payment.`,
              'Reimbursement is usually made with the next payroll.',
            ],
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'hr-policy-update',
    kind: 'policy-acknowledgement',
    write(r, to) {
      const policy = r.pick([
        'Hybrid Working Policy',
        'Travel and Expenses Policy',
        'Information Security Policy',
      ]);
      return {
        from: fromLine('People Team', 'people@corp.example'),
        ...internal,
        subject: `Updated ${policy}`,
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            `We have updated the ${policy}. The main changes are summarised on the HR site. Please read it and tick the acknowledgement in Workday by ${day(r)}.`,
          ],
          button: {
            label: 'Read the policy',
            href: `https://corpexample.sharepoint.com/sites/HR/SitePages/${policy.replace(/ /g, '-')}.aspx`,
          },
          sign: ['People Team'],
        }),
      };
    },
  },
  {
    name: 'workday-benefits-enrolment',
    kind: 'benefits-enrolment',
    write(r, to) {
      return {
        from: fromLine('Workday', 'corpexample@myworkday.com'),
        auth: pass('myworkday.com'),
        subject: r.pick(['Open Enrollment: Action Required', 'Inbox item: Benefit Change - Open Enrollment']),
        ...render(
          r,
          {
            paras: [
              `${to.first} ${to.last}, you have an inbox item in Workday.`,
              `Open Enrollment 2027 closes ${day(r)}.`,
            ],
            button: { label: 'View in Workday', href: 'https://wd5.myworkday.com/corpexample/d/home.htmld' },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'workday-payslip',
    kind: 'payroll',
    write(r, to) {
      return {
        from: fromLine('Workday', 'corpexample@myworkday.com'),
        auth: pass('myworkday.com'),
        subject: 'Your payslip is available',
        ...render(r, {
          paras: [`Hi ${to.first}, your payslip for November is available in Workday.`],
          button: {
            label: 'View payslip',
            href: 'https://wd5.myworkday.com/corpexample/d/task/2997$2317.htmld',
          },
        }),
      };
    },
  },
  {
    name: 'conference-registration',
    kind: 'conference',
    write(r, to) {
      const event = r.pick(['ProcureCon Europe 2027', 'FinOps Forum', 'Supply Chain Week']);
      return {
        from: fromLine(event, 'registration@eventhub.example.net'),
        auth: viaService('eventhub.example.net', 'sendgrid.net'),
        headers: ['List-Unsubscribe: <https://eventhub.example.net/unsubscribe>'],
        subject: `Registration confirmed: ${event}`,
        ...render(r, {
          brand: event,
          color: '#0f766e',
          paras: [
            `Hi ${to.first}, thank you for registering for ${event}.`,
            `Your registration ID is ${upper(r, 8)}. Your badge will be emailed a week before the event.`,
          ],
          button: {
            label: 'Add to calendar',
            href: `https://eventhub.example.net/e/${token(r, 8)}/calendar`,
          },
        }),
      };
    },
  },
  {
    name: 'qualtrics-pulse-survey',
    kind: 'survey',
    write(r, to) {
      return {
        from: fromLine('Corp Example People Team', 'noreply@qemailserver.com'),
        auth: pass('qemailserver.com'),
        subject: 'Your voice: 2026 engagement survey',
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            'Our annual engagement survey is open until the end of the month. It takes about 10 minutes and responses are confidential.',
          ],
          button: {
            label: 'Take the survey',
            href: `https://corpexample.qualtrics.com/jfe/form/SV_${token(r, 15)}?Q_DL=${token(r, 20)}`,
          },
        }),
      };
    },
  },
  {
    name: 'industry-newsletter',
    kind: 'newsletter',
    write(r, to) {
      return {
        from: fromLine('The Ledger Weekly', 'newsletter@ledgerweekly.example.com'),
        auth: viaService('ledgerweekly.example.com', 'mailchimpapp.net'),
        headers: [
          `List-Unsubscribe: <https://ledgerweekly.example.com/u?id=${token(r, 12)}>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        ],
        subject: r.pick([
          'This week: e-invoicing mandates, AP automation and more',
          `The Ledger Weekly #${200 + r.below(50)}`,
        ]),
        ...render(
          r,
          {
            brand: 'The Ledger Weekly',
            color: '#333333',
            paras: [
              'Top stories this week:',
              '- What the new e-invoicing rules mean for suppliers\n- Three lessons from a year of AP automation\n- Interview: a CFO on working-capital targets',
            ],
            button: {
              label: 'Read online',
              href: `https://ledgerweekly.example.com/issues/${200 + r.below(50)}`,
            },
            footer: `You are receiving this because ${to.email} subscribed. Unsubscribe any time.`,
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'personal-friend',
    kind: 'personal',
    write(r, to) {
      const from = person(r, 'en', 'gmail.com', false);
      return {
        from: fromLine(from.name, from.email),
        auth: pass('gmail.com'),
        subject: r.pick(['Saturday?', 'photos from the weekend', 'Re: birthday plans']),
        ...render(
          r,
          {
            paras: [
              r.pick([
                `Hey ${to.first}! Are we still on for Saturday? I can drive.`,
                'Finally uploaded the photos, the album link is in the group chat. The one by the lake is my favourite.',
              ]),
            ],
            sign: [from.first],
          },
          'text',
        ),
      };
    },
  },
  {
    name: 'ride-receipt',
    kind: 'receipt',
    write(r, to) {
      return {
        from: fromLine('Uber Receipts', 'noreply@uber.com'),
        auth: pass('uber.com'),
        subject: `Your ${r.pick(['Monday', 'Wednesday', 'Friday'])} ${r.pick(['morning', 'evening'])} trip with Uber`,
        ...render(
          r,
          {
            paras: [
              `Thanks for riding, ${to.first}.`,
              `Total: $${amount(r, 9, 64)}`,
              'Download a PDF receipt or see trip details in the app.',
            ],
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'teams-meeting-invite',
    kind: 'calendar-invite',
    write(r, to) {
      const from = person(r);
      const topic = r.pick(['Q1 planning', 'Supplier review', '1:1', 'Budget check-in']);
      const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${token(r, 40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${uuid(r)}%22%7d`;
      return {
        from: fromLine(from.name, from.email),
        ...internal,
        subject: `${topic}`,
        ...render(
          r,
          { paras: [`${topic} - agenda to follow.`, `Microsoft Teams meeting. Join: ${join}`] },
          'text',
        ),
        parts: [
          {
            type: 'text/calendar; method=REQUEST',
            name: 'invite.ics',
            content: invitation({
              uid: `${uuid(r)}`,
              organizer: from.email,
              attendee: to.email,
              summary: topic,
              description: `Join the meeting: ${join}`,
              location: 'Microsoft Teams Meeting',
              start: `202611${10 + r.below(18)}T1${r.below(6)}0000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'github-review-request',
    kind: 'developer-notification',
    write(r) {
      const repo = r.pick(['corp-example/payments-api', 'corp-example/website', 'corp-example/infra']);
      const pr = 100 + r.below(900);
      const from = person(r);
      return {
        from: fromLine(from.first.toLowerCase(), 'notifications@github.com'),
        auth: pass('github.com'),
        headers: [`List-ID: ${repo.split('/')[1]} <${repo.replace('/', '.')}.github.com>`],
        subject: `Re: [${repo}] ${r.pick(['Bump dependencies', 'Fix rounding in invoice totals', 'Add retry to webhook sender'])} (PR #${pr})`,
        ...render(r, {
          paras: [`@${from.first.toLowerCase()} requested your review on: ${repo}#${pr}.`],
          button: { label: 'View it on GitHub', href: `https://github.com/${repo}/pull/${pr}` },
        }),
      };
    },
  },
  {
    name: 'google-new-signin',
    kind: 'signin-alert',
    write(r, to) {
      return {
        from: fromLine('Google', 'no-reply@accounts.google.com'),
        auth: pass('accounts.google.com'),
        subject: 'Security alert',
        ...render(
          r,
          {
            paras: [
              `A new sign-in on ${r.pick(['Mac', 'Windows', 'iPhone'])}`,
              `${to.first.toLowerCase()}.${to.last.toLowerCase()}@gmail.com`,
              'We noticed a new sign-in to your Google Account. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.',
            ],
            button: {
              label: 'Check activity',
              href: `https://accounts.google.com/AccountChooser?Email=${to.first.toLowerCase()}&continue=https://myaccount.google.com/alert/nt/${digits(r, 13)}`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'microsoft-account-code',
    kind: 'signin-alert',
    write(r, to) {
      return {
        from: fromLine('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
        auth: pass('accountprotection.microsoft.com'),
        subject: r.pick(['Microsoft account security code', 'Your single-use code']),
        ...render(
          r,
          {
            paras: [
              `Please use the following security code for the Microsoft account ${to.first.toLowerCase()}${digits(r, 2)}@outlook.com.`,
              `Security code: ${digits(r, 6)}`,
              "If you don't recognise the Microsoft account, you can click the link to remove your email address from that account.",
            ],
            sign: ['Thanks,', 'The Microsoft account team'],
          },
          'both',
        ),
      };
    },
  },
  {
    name: 'slack-workspace-invitation',
    kind: 'workspace-invite',
    write(r, to) {
      const inviter = person(r);
      return {
        from: fromLine('Slack', 'feedback@slack.com'),
        auth: pass('slack.com'),
        subject: `${inviter.name} has invited you to work with them in Slack`,
        ...render(
          r,
          {
            brand: 'slack',
            color: '#4a154b',
            paras: [
              `${inviter.name} (${inviter.email}) has invited you to use Slack with them, in a workspace called Corp Example.`,
              `Sign in with ${to.email} to join.`,
            ],
            button: {
              label: 'Join Now',
              href: `https://join.slack.com/t/corp-example/invite/zt-${token(r, 10)}-${token(r, 22)}`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'meta-page-notification',
    kind: 'social-media',
    write(r, to) {
      const page = r.pick(['Corp Example', 'corp.example Careers']);
      return {
        from: fromLine('Facebook', `notification@facebookmail.com`),
        auth: pass('facebookmail.com'),
        subject: r.pick([
          `Your post on ${page} reached ${200 + r.below(3000)} people`,
          `New review on ${page}`,
        ]),
        ...render(
          r,
          {
            brand: 'Meta Business Suite',
            color: '#0866ff',
            paras: [`Hi ${to.first},`, `Here is what happened on ${page} this week.`],
            button: { label: 'See insights', href: 'https://business.facebook.com/latest/insights' },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'm365-quarantine-notice',
    kind: 'quarantine-digest',
    write(r) {
      return {
        from: fromLine('Microsoft 365 Security', 'quarantine@messaging.microsoft.com'),
        auth: pass('messaging.microsoft.com'),
        subject: `Microsoft 365 security: You have messages in quarantine`,
        ...render(
          r,
          {
            paras: [
              `Review these ${1 + r.below(4)} messages that are being held for you. Quarantined messages are deleted after 30 days.`,
              `${r.pick(['newsletter@deals.example.net', 'promo@offers.example.org'])} - ${r.pick(['Black Friday deals', 'Last chance'])}`,
            ],
            button: { label: 'Review', href: 'https://security.microsoft.com/quarantine?viewid=user' },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'domain-renewal-receipt',
    kind: 'domain-renewal',
    write(r, to) {
      return {
        from: fromLine('Cloudflare', 'noreply@notify.cloudflare.com'),
        auth: pass('notify.cloudflare.com'),
        subject: 'Your domain renewal was successful',
        ...render(r, {
          paras: [
            `Hello ${to.first},`,
            `corp-example-events.com was renewed for 1 year. Amount charged: $${amount(r, 9, 11)}.`,
            'No further action is needed.',
          ],
        }),
      };
    },
  },
  {
    name: 'agency-recruiter',
    kind: 'recruiter',
    write(r, to) {
      const from = person(r, 'en', 'harrowsearch.example.com');
      return {
        from: fromLine(from.name, from.email),
        auth: pass('harrowsearch.example.com'),
        subject: r.pick(['Head of Procurement opportunity', 'A role you might find interesting']),
        ...render(
          r,
          {
            paras: [
              `Hi ${to.first},`,
              'I am working with a mid-sized logistics firm hiring a Head of Procurement. Happy to share the spec if you or someone in your network might be interested. No attachments; I can send it once we speak.',
            ],
            sign: [from.name, 'Harrow Search Partners'],
          },
          'text',
        ),
      };
    },
  },
  {
    name: 'customer-remittance',
    kind: 'remittance',
    write(r) {
      const c = r.pick(CUSTOMERS);
      const total = amount(r, 900, 48000);
      return {
        from: fromLine(`${c.name} Accounts Payable`, `ap@${c.domain}`),
        auth: pass(c.domain),
        subject: `Remittance advice - payment ${digits(r, 8)}`,
        ...render(
          r,
          {
            paras: [
              'Dear supplier,',
              `A payment of USD ${total} has been made to your account. Details attached.`,
            ],
            sign: [`${c.name} Accounts Payable`],
          },
          'text',
        ),
        parts: [
          {
            type: 'application/pdf',
            name: 'Remittance.pdf',
            content: onePagePdf([
              c.name,
              'Remittance advice',
              `Paid to: Corp Example`,
              `Amount USD ${total}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'it-maintenance-window',
    kind: 'it-notice',
    write(r, to) {
      return {
        from: fromLine('IT Service Desk', 'servicedesk@corp.example'),
        ...internal,
        subject: `Planned maintenance: ${r.pick(['VPN', 'file shares', 'ERP'])} on ${day(r)}`,
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            'We will apply updates between 19:00 and 21:00. You do not need to do anything. Save your work before 19:00.',
          ],
          sign: ['IT Service Desk'],
        }),
      };
    },
  },
  {
    name: 'ja-amazon-order',
    kind: 'receipt',
    locale: 'ja',
    write(r, to) {
      return {
        from: fromLine('Amazon.co.jp', 'auto-confirm@amazon.co.jp'),
        auth: pass('amazon.co.jp'),
        subject: `Amazon.co.jpでのご注文 ${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`,
        ...render(
          r,
          {
            paras: [
              `${to.name} 様`,
              'Amazon.co.jpをご利用いただき、ありがとうございます。ご注文の確認をお知らせします。',
              `ご請求額：￥${digits(r, 4)}`,
              'お届け予定日はアカウントサービスの注文履歴でご確認いただけます。',
            ],
          },
          'html',
        ),
      };
    },
  },
  colleagueNote(
    'ja-colleague',
    'ja',
    ['来週の打ち合わせについて', '資料の件', '議事録の共有'],
    [
      '{to}さん、お疲れ様です。来週の打ち合わせですが、木曜の14時からでいかがでしょうか。',
      '{to}さん、先日の会議の議事録を共有フォルダに置きました。ご確認ください。',
    ],
    'よろしくお願いいたします。',
  ),
  colleagueNote(
    'ko-colleague',
    'ko',
    ['회의 일정 확인', '자료 공유드립니다', '내일 점심'],
    [
      '{to}님, 안녕하세요. 다음 주 회의를 수요일 오후 3시로 옮겨도 될까요?',
      '{to}님, 요청하신 자료를 팀 폴더에 올려두었습니다. 확인 부탁드립니다.',
    ],
    '감사합니다.',
  ),
  {
    name: 'ja-card-usage-notice',
    kind: 'card-notice',
    locale: 'ja',
    write(r, to) {
      const shop = r.pick(['楽天市場', 'ＪＲ東日本', 'セブン-イレブン', 'Amazon.co.jp']);
      return {
        from: fromLine('楽天カード株式会社', 'info@mail.rakuten-card.co.jp'),
        auth: pass('mail.rakuten-card.co.jp'),
        subject: r.pick(['【速報版】カード利用のお知らせ(本人ご利用分)', 'カード利用のお知らせ']),
        ...render(
          r,
          {
            paras: [
              `${to.name} 様`,
              '楽天カードをご利用いただきありがとうございます。カードのご利用がありましたのでお知らせいたします。',
              `ご利用先：${shop}\nご利用金額：${amount(r, 500, 30000).replace(/\.\d\d$/, '')} 円`,
              'ご利用明細の詳細は、楽天e-NAVIまたは楽天カードアプリでご確認いただけます。',
            ],
          },
          'text',
        ),
      };
    },
  },
  {
    name: 'ko-coupang-order',
    kind: 'receipt',
    locale: 'ko',
    write(r, to) {
      return {
        from: fromLine('쿠팡', 'noreply@coupang.com'),
        auth: pass('coupang.com'),
        subject: `[쿠팡] 주문하신 상품이 배송 시작되었습니다`,
        ...render(
          r,
          {
            paras: [
              `${to.name}님, 주문하신 상품이 출고되었습니다.`,
              `주문번호 ${digits(r, 14)}`,
              '배송 조회는 쿠팡 앱에서 확인하세요.',
            ],
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'pt-nubank-invoice',
    kind: 'bank-notice',
    locale: 'pt',
    write(r, to) {
      return {
        from: fromLine('Nubank', 'todomundo@nubank.com.br'),
        auth: pass('nubank.com.br'),
        subject: 'Sua fatura fechou',
        ...render(
          r,
          {
            paras: [
              `Olá, ${to.first}!`,
              `A fatura do seu cartão fechou em R$ ${amount(r, 120, 4200, true)} e vence dia ${10 + r.below(18)}.`,
              'Você pode pagar pelo app do Nubank.',
            ],
          },
          'html',
        ),
      };
    },
  },
  colleagueNote(
    'pt-colleague',
    'pt',
    ['Reunião de amanhã', 'Planilha atualizada', 'Almoço sexta?'],
    [
      'Oi {to}, tudo bem? Podemos passar a reunião de amanhã para as 15h?',
      '{to}, atualizei a planilha de custos com os valores de outubro. Dá uma olhada quando puder.',
    ],
    'Abraços,',
  ),
  {
    name: 'pl-inpost-pickup',
    kind: 'parcel-notice',
    locale: 'pl',
    write(r, to) {
      return {
        from: fromLine('InPost', 'powiadomienia@inpost.pl'),
        auth: pass('inpost.pl'),
        subject: 'Twoja paczka czeka w Paczkomacie',
        ...render(
          r,
          {
            paras: [
              `Dzień dobry ${to.first},`,
              `Paczka ${digits(r, 24)} czeka w Paczkomacie ${upper(r, 3)}${digits(r, 2)}M. Kod odbioru: ${digits(r, 6)}.`,
              'Paczkę możesz też otworzyć zdalnie w aplikacji InPost Mobile.',
            ],
          },
          'html',
        ),
      };
    },
  },
  colleagueNote(
    'pl-colleague',
    'pl',
    ['Spotkanie w czwartek', 'Raport miesięczny', 'Pytanie o fakturę'],
    [
      'Cześć {to}, czy możemy przesunąć czwartkowe spotkanie na 11:00?',
      '{to}, wrzuciłem raport za październik na dysk zespołu. Daj znać, jeśli coś trzeba poprawić.',
    ],
    'Pozdrawiam,',
  ),
  {
    name: 'pt-mercadolivre-delivery',
    kind: 'parcel-notice',
    locale: 'pt',
    write(r, to) {
      return {
        from: fromLine('Mercado Livre', 'info@mercadolivre.com.br'),
        auth: pass('mercadolivre.com.br'),
        subject: r.pick(['Seu pacote chega amanhã', 'Seu pacote está a caminho']),
        ...render(
          r,
          {
            paras: [
              `${to.first}, ${r.pick(['seu pacote chega amanhã', 'seu pacote já saiu para entrega'])}.`,
              `Compra #${digits(r, 13)}. Acompanhe a entrega no app do Mercado Livre.`,
            ],
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'pl-bank-statement',
    kind: 'bank-notice',
    locale: 'pl',
    write(r, to) {
      return {
        from: fromLine('mBank', 'powiadomienia@mbank.pl'),
        auth: pass('mbank.pl'),
        subject: r.pick(['Nowy wyciąg jest dostępny', 'Twoje zestawienie operacji za październik']),
        ...render(
          r,
          {
            paras: [
              `Dzień dobry ${to.first},`,
              'Twój wyciąg za październik jest dostępny w serwisie transakcyjnym i w aplikacji mobilnej.',
              'Pamiętaj: bank nigdy nie prosi w wiadomościach e-mail o podanie hasła ani kodów.',
            ],
          },
          r.pick(['text', 'html'] as const),
        ),
      };
    },
  },
  {
    name: 'tr-bank-statement',
    kind: 'bank-notice',
    locale: 'tr',
    write(r, to) {
      return {
        from: fromLine('Garanti BBVA', 'bilgilendirme@garantibbva.com.tr'),
        auth: pass('garantibbva.com.tr'),
        subject: r.pick(['Kredi kartı ekstreniz hazır', 'Kasım ayı hesap özetiniz']),
        ...render(
          r,
          {
            paras: [
              `Sayın ${to.first} ${to.last},`,
              `Kredi kartı ekstreniz hazırlanmıştır. Dönem borcu: ${amount(r, 300, 24000, true)} TL.`,
              'Ekstrenizin detaylarını Garanti BBVA Mobil üzerinden görüntüleyebilirsiniz.',
            ],
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'tr-trendyol-order',
    kind: 'receipt',
    locale: 'tr',
    write(r, to) {
      return {
        from: fromLine('Trendyol', 'bilgi@trendyol.com'),
        auth: pass('trendyol.com'),
        subject: 'Siparişiniz kargoya verildi',
        ...render(
          r,
          {
            paras: [
              `Merhaba ${to.first},`,
              `${digits(r, 9)} numaralı siparişiniz kargoya verildi.`,
              'Kargo takibini Trendyol uygulamasından yapabilirsiniz.',
            ],
          },
          'html',
        ),
      };
    },
  },
  colleagueNote(
    'tr-colleague',
    'tr',
    ['Yarınki toplantı', 'Sunum hakkında', 'Öğle yemeği'],
    [
      'Merhaba {to}, yarınki toplantıyı saat 14:00’e alabilir miyiz?',
      '{to}, sunumun son halini ekip klasörüne koydum. Vakit bulunca bakabilir misin?',
    ],
    'Teşekkürler,',
  ),
];

export const UNSEEN_HAM_11_TEMPLATE_COUNT: number = HAM.length;

export async function unseenHam11(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return compose(HAM, perTemplate, seed, seededRandom, 11_500_000);
}
