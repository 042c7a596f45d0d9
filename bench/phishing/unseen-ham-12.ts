// The twelfth unseen set's legitimate mail: what Corvane Instruments' mailboxes receive that the phishing
// desk must let through. Two thirds are ordinary work (colleagues' notes and threads, customers' orders and
// questions, suppliers' quotes and invoices, SaaS notifications, newsletters, personal mail); a third are
// the genuine counterparts of the lures (a password reset the user asked for, real shared files and
// e-signatures, a supplier's real change of bank that asks to be verified by phone, parcel, bank, tax and
// payroll notices that send you to the app, the IT team's own MFA roll-out). Real providers send from
// their real domains and pass; Spanish, German and French mail comes from the offices abroad.
import type { SeededRandom } from './generate.js';
import {
  AUDITOR,
  authResults,
  COMPANY,
  COUNSEL,
  CUSTOMERS,
  colleague,
  day,
  digits,
  EXECS,
  FREEMAIL,
  forwarded,
  fromBulk,
  fromPassing,
  htmlEscape,
  type Lang,
  money,
  outsider,
  type Person,
  paragraphs,
  past,
  phone,
  quoted,
  render,
  signature,
  staff,
  type Template,
  token,
  upper,
  VENDORS,
} from './unseen-12-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const to = (p: Person) => `To: ${p.name} <${p.email}>`;
const internal = (from: Person, recipient: Person, extra: string[] = []) =>
  fromPassing(from, recipient, extra);
const sign = (p: Person) => `${p.first}`;
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A placeholder body for an office document attached to ordinary mail. */
const officeFile = (r: SeededRandom) => Buffer.from(`PK\u0003\u0004 ${token(r, 60)}`);

/** A notification card as SaaS senders lay them out. */
function notice(title: string, lines: readonly string[], link?: { label: string; url: string }): string {
  return [
    '<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#222">',
    `<div style="max-width:600px;margin:0 auto;padding:24px"><h3>${htmlEscape(title)}</h3>`,
    ...lines.map((l) => `<p>${htmlEscape(l)}</p>`),
    ...(link ? [`<p><a href="${link.url}">${htmlEscape(link.label)}</a></p>`] : []),
    '</div></body></html>',
  ].join('\n');
}

const WORK: Template[] = [
  {
    name: 'colleague-meeting-notes',
    kind: 'colleague-note',
    make(r) {
      const a = staff(r);
      const b = colleague(r, a);
      const topic = r.pick([
        'the Q1 production plan',
        'the calibration line move',
        'the ERP cut-over',
        'the trade show booth',
      ]);
      const text = [
        `Hi ${b.first},`,
        '',
        `Quick notes from today's call on ${topic}:`,
        `- ${r.pick(['Timeline holds', 'We slip one week', 'Budget approved'])}; next check-in ${day(r)}`,
        `- ${r.pick(['Colin wants a risk list', 'Need two more quotes for the fixtures', 'Hamburg will test first'])}`,
        `- ${r.pick(['I owe you the updated drawing', 'You own the vendor follow-up', 'Keisha is booking the room'])}`,
        '',
        'Shout if I missed anything.',
        '',
        sign(a),
      ].join('\n');
      return {
        headers: internal(a, b),
        subject: r.pick([`Notes: ${topic}`, 'Today’s call — notes', 'Follow-ups']),
        text,
      };
    },
  },
  {
    name: 'colleague-thread-reply',
    kind: 'colleague-thread',
    make(r) {
      const a = staff(r);
      const b = colleague(r, a);
      const item = r.pick(['the FM-200 test rig', 'the spare parts kit', 'the new torque spec']);
      const earlier = `Hi ${a.first}, do we have an update on ${item}? Customer is asking.\n\nThanks,\n${b.first}`;
      const text = [
        `${r.pick(['Yes —', 'Not yet, but', 'Good news:'])} ${r.pick(['the parts arrived this morning and QA is checking them.', 'engineering signed off yesterday, I will send the sheet.', 'we expect it by Friday.'])}`,
        '',
        sign(a),
        '',
        quoted(`On ${past(r)}, ${b.name} <${b.email}> wrote:`, earlier),
      ].join('\n');
      return {
        headers: internal(a, b, [`In-Reply-To: <${token(r, 14)}@corp.example>`]),
        subject: `RE: Update on ${item}?`,
        text,
      };
    },
  },
  {
    name: 'manager-doc-review-sharepoint',
    kind: 'internal-share',
    make(r) {
      const a = staff(r);
      const b = colleague(r, a);
      const doc = r.pick([
        'FY27 Budget Draft.xlsx',
        'Supplier Scorecard Q4.xlsx',
        'Product Roadmap 2027.pptx',
      ]);
      const url = `https://corpexample.sharepoint.com/:x:/r/sites/Finance/Shared%20Documents/${encodeURIComponent(doc)}?d=w${token(r, 32, '0123456789abcdef')}&csf=1&web=1`;
      const html = [
        '<div style="font-family:Calibri,sans-serif;font-size:11pt">',
        `<p>${htmlEscape(b.first)},</p>`,
        `<p>Can you take a look at <a href="${url}">${htmlEscape(doc)}</a> before ${r.pick(['Thursday', 'our 1:1', 'the leadership meeting'])}? ${r.pick(['Mainly the tabs for your team.', 'Comments in the file are fine.', 'No rush on formatting.'])}</p>`,
        `<p>Thanks,<br>${htmlEscape(a.first)}</p></div>`,
      ].join('\n');
      return { headers: internal(a, b), subject: `Review: ${doc.split('.')[0]}`, html };
    },
  },
  {
    name: 'customer-rfq-with-spec',
    kind: 'customer-rfq',
    make(r) {
      const v = staff(r);
      const customer = r.pick(CUSTOMERS.filter((c) => c.lang === 'en'));
      const who = outsider(r, customer.domain);
      const qty = 4 + r.below(40);
      const text = [
        `Hi ${v.first},`,
        '',
        `We're budgeting for next year and would like a quote for ${qty} ${r.pick(['electromagnetic flow meters, DN100', 'ultrasonic clamp-on meters', 'CV-300 transmitters with HART'])}. Spec sheet attached.`,
        '',
        `Delivery would be to our ${r.pick(['north plant', 'main warehouse', 'treatment facility'])}, ideally before ${day(r)}.`,
        '',
        'Thanks,',
        signature(who, customer.name, phone(r)),
      ].join('\n');
      return {
        headers: fromPassing(who, v),
        subject: `Quote request - ${qty} units`,
        text,
        parts: [
          {
            type: 'application/pdf',
            name: 'Specification.pdf',
            content: onePagePdf([customer.name, 'Instrument specification', `Quantity: ${qty}`]),
          },
        ],
      };
    },
  },
  {
    name: 'supplier-shipping-confirmation',
    kind: 'supplier-shipment',
    make(r) {
      const v = staff(r);
      const vendor = r.pick(VENDORS.filter((x) => x.lang === 'en'));
      const po = `PO-${digits(r, 6)}`;
      const text = [
        `${COMPANY} — your order ${po} has shipped.`,
        '',
        `Carrier: ${r.pick(['UPS Freight', 'Old Dominion', 'FedEx Ground'])}`,
        `PRO / tracking: ${digits(r, 10)}`,
        `Expected delivery: ${day(r)}`,
        '',
        `Questions? Reply to this email or call ${phone(r)}.`,
        '',
        vendor.name,
      ].join('\n');
      return {
        headers: [`From: ${vendor.name} Orders <orders@${vendor.domain}>`, to(v), authResults(vendor.domain)],
        subject: `Shipment notice for ${po}`,
        text,
      };
    },
  },
  {
    name: 'jira-issue-assigned',
    kind: 'saas-notification',
    make(r) {
      const v = staff(r);
      const a = colleague(r, v);
      const key = `${r.pick(['OPS', 'FW', 'ERP'])}-${100 + r.below(900)}`;
      const title = r.pick([
        'Calibration report export fails for DN50',
        'Add HART variable to dashboard',
        'Update label template for EU units',
      ]);
      const url = `https://corvane.atlassian.net/browse/${key}`;
      const html = notice(
        `${a.name} assigned ${key} to you`,
        [title, `Priority: ${r.pick(['Medium', 'High', 'Low'])}`],
        { label: 'View issue', url },
      );
      return {
        headers: [
          `From: "${a.name} (Jira)" <jira@corvane.atlassian.net>`,
          to(v),
          authResults('corvane.atlassian.net', 'bounce.atlassian.net'),
        ],
        subject: `[JIRA] (${key}) ${title}`,
        html,
        text: `${a.name} assigned ${key} to you.\n\n${title}\n\n${url}`,
      };
    },
  },
  {
    name: 'github-pull-request-review',
    kind: 'saas-notification',
    make(r) {
      const v = staff(r);
      const who = r.pick(['mtran-corvane', 'lwhitcomb', 'okafor-d']);
      const n = 200 + r.below(800);
      const text = [
        `@${who} requested your review on: corvane/firmware-cv300#${n} ${r.pick(['Fix rounding in totaliser', 'Bump toolchain', 'Add Modbus timeout setting'])}.`,
        '',
        '--',
        `Reply to this email directly, view it on GitHub:`,
        `https://github.com/corvane/firmware-cv300/pull/${n}`,
        'You are receiving this because your review was requested.',
      ].join('\n');
      return {
        headers: [
          `From: ${who} <notifications@github.com>`,
          to(v),
          authResults('github.com'),
          'List-ID: corvane/firmware-cv300 <firmware-cv300.corvane.github.com>',
        ],
        subject: `[corvane/firmware-cv300] PR #${n}`,
        text,
      };
    },
  },
  {
    name: 'internal-calendar-invite',
    kind: 'meeting-invite',
    make(r) {
      const a = staff(r);
      const b = colleague(r, a);
      const summary = r.pick([
        'Q1 planning',
        'Supplier review: castings',
        'Design review CV-400',
        'Team lunch',
      ]);
      const room = r.pick(['Erie conference room', 'Teams', 'Building B, 2nd floor']);
      const ics = invitation({
        uid: `${token(r, 20)}@corp.example`,
        organizer: a.email,
        attendee: b.email,
        summary,
        description: `Agenda to follow. ${room === 'Teams' ? 'Teams link in the invite.' : ''}`,
        location: room,
        start: `202611${String(10 + r.below(18))}T1${r.below(7)}0000Z`,
      });
      return {
        headers: internal(a, b),
        subject: `Invitation: ${summary}`,
        text: `${a.name} has invited you to ${summary}.\nWhere: ${room}`,
        parts: [{ type: 'text/calendar; method=REQUEST', name: 'invite.ics', content: ics }],
      };
    },
  },
  {
    name: 'industry-newsletter',
    kind: 'newsletter',
    make(r) {
      const v = staff(r);
      const items = [
        'EPA finalises revised metering guidance',
        'Interview: digital twins at a mid-size utility',
        'Webinar: ultrasonic meters in custody transfer',
        'Member news: three new plants in the Midwest',
      ];
      const html = [
        '<html><body style="font-family:Georgia,serif"><h2>Flow Measurement Weekly</h2>',
        ...items
          .slice(r.below(2))
          .map((t) => `<p><a href="https://news.flowmeasurementweekly.example/${token(r, 8)}">${t}</a></p>`),
        '<p style="font-size:11px">You receive this as a member of the Flow Measurement Society. <a href="https://news.flowmeasurementweekly.example/unsubscribe">Unsubscribe</a></p>',
        '</body></html>',
      ].join('\n');
      return {
        headers: fromBulk(
          'Flow Measurement Weekly',
          'editor@flowmeasurementweekly.example',
          v,
          'mailchimpapp.example',
        ),
        subject: `Flow Measurement Weekly — ${past(r)}`,
        html,
      };
    },
  },
  {
    name: 'vendor-webinar-invite',
    kind: 'marketing',
    make(r) {
      const v = staff(r);
      const html = [
        '<html><body style="font-family:Arial"><h2>Live demo: predictive maintenance for rotating equipment</h2>',
        `<p>Hi ${htmlEscape(v.first)}, join our engineers on ${day(r)} at 11:00 ET for a 45-minute walkthrough.</p>`,
        `<p><a href="https://go.brightlinecastings.example/webinar?utm_source=email&amp;utm_campaign=${token(r, 6)}">Save my seat</a></p>`,
        '<p style="font-size:11px">Brightline Castings, 400 Foundry Rd, Canton OH. <a href="https://go.brightlinecastings.example/unsub">Unsubscribe</a></p></body></html>',
      ].join('\n');
      return {
        headers: fromBulk(
          'Brightline Castings',
          'events@brightlinecastings.example',
          v,
          'hubspotemail.example',
        ),
        subject: r.pick(['You’re invited: live demo', 'Webinar next week — predictive maintenance']),
        html,
      };
    },
  },
  {
    name: 'expense-report-approved',
    kind: 'saas-notification',
    make(r) {
      const v = staff(r);
      const manager = staff(r);
      const amount = money(r, 40, 2400);
      return {
        headers: [
          `From: SAP Concur <AutoNotification@concursolutions.com>`,
          to(v),
          authResults('concursolutions.com'),
        ],
        subject: `Expense report approved: ${r.pick(['Chicago trade show', 'Customer visit Akron', 'Hamburg site visit'])}`,
        text: `Your expense report for ${amount} was approved by ${manager.name} on ${past(r)}.\nReimbursement will be included in your next payroll deposit.\n\nTo view the report, sign in to Concur from the company portal.`,
      };
    },
  },
  {
    name: 'it-maintenance-window',
    kind: 'internal-announcement',
    make(r) {
      const it = { name: 'Corvane IT', email: 'it-announce@corp.example' } as const;
      const v = staff(r);
      const system = r.pick(['ERP (Dynamics)', 'VPN', 'the file server', 'Wi-Fi in Building A']);
      const text = [
        'Hi all,',
        '',
        `${system} will be unavailable on ${day(r)} from 18:00 to 22:00 ET for scheduled maintenance.`,
        'No action is needed on your part. Save your work before 18:00.',
        '',
        'Questions: open a ticket on the IT portal or call x4400.',
        '',
        'Corvane IT',
      ].join('\n');
      return {
        headers: fromPassing(it, v),
        subject: `Maintenance: ${system} — ${day(r)}`,
        text,
        html: paragraphs(text),
      };
    },
  },
  {
    name: 'all-hands-announcement',
    kind: 'internal-announcement',
    make(r) {
      const ceo = { name: EXECS[0].name, email: EXECS[0].email };
      const v = staff(r);
      const text = [
        'Team,',
        '',
        `Our ${r.pick(['year-end', 'Q4', 'December'])} all-hands is on ${day(r)} at 3pm ET in the cafeteria, with Teams for Madrid, Hamburg and Lyon.`,
        r.pick([
          'We will go through the year, the 2027 plan and recognise a few people who made a difference.',
          'Colin will present the new plant schedule and Victor the full-year numbers.',
        ]),
        '',
        'Andrea',
      ].join('\n');
      return { headers: fromPassing(ceo, v), subject: 'All-hands meeting', text };
    },
  },
  {
    name: 'facilities-parking-notice',
    kind: 'internal-announcement',
    make(r) {
      const f = { name: 'Facilities', email: 'facilities@corp.example' };
      const v = staff(r);
      return {
        headers: fromPassing(f, v),
        subject: r.pick(['Parking lot resurfacing', 'Snow removal schedule', 'Fire alarm test Thursday']),
        text: `Hello,\n\n${r.pick(['The east lot will be closed', 'Lot C is reserved for contractors', 'Expect the alarm to sound several times'])} on ${day(r)}. ${r.pick(['Please use the west lot.', 'Visitors can park at the front.', 'No evacuation is needed.'])}\n\nThanks,\nFacilities`,
      };
    },
  },
  {
    name: 'airline-booking-confirmation',
    kind: 'travel-confirmation',
    make(r) {
      const v = staff(r);
      const code = upper(r, 6);
      const route = r.pick(['CMH → FRA', 'CLE → MAD', 'CMH → CDG → LYS']);
      const html = [
        '<html><body style="font-family:Arial"><h2>Your trip confirmation</h2>',
        `<p>Confirmation code: <b>${code}</b></p><p>${route}, departing ${day(r)}</p>`,
        `<p>Passenger: ${htmlEscape(v.name.toUpperCase())}</p>`,
        `<p><a href="https://www.united.com/en/us/manageres/mytrips?cn=${code}">Manage your trip</a></p></body></html>`,
      ].join('\n');
      return {
        headers: [`From: United Airlines <unitedairlines@united.com>`, to(v), authResults('united.com')],
        subject: `Your flight confirmation ${code}`,
        html,
      };
    },
  },
  {
    name: 'colleague-zoom-invite',
    kind: 'meeting-invite',
    make(r) {
      const a = staff(r);
      const b = colleague(r, a);
      const id = `${digits(r, 3)} ${digits(r, 4)} ${digits(r, 4)}`;
      const text = [
        `${a.name} is inviting you to a scheduled Zoom meeting.`,
        '',
        `Topic: ${r.pick(['Customer call — Fallowmere', 'Interview debrief', 'Spare parts pricing'])}`,
        `Time: ${day(r)} 10:00 AM Eastern Time`,
        '',
        'Join Zoom Meeting',
        `https://corvane.zoom.us/j/${id.replace(/ /g, '')}?pwd=${token(r, 32)}`,
        '',
        `Meeting ID: ${id}`,
      ].join('\n');
      return { headers: internal(a, b), subject: 'Zoom meeting invitation', text };
    },
  },
  {
    name: 'customer-purchase-order',
    kind: 'customer-order',
    make(r) {
      const v = staff(r);
      const customer = r.pick(CUSTOMERS.filter((c) => c.lang === 'en'));
      const who = outsider(r, customer.domain);
      const po = `${digits(r, 7)}`;
      return {
        headers: fromPassing(who, v),
        subject: `PO ${po} - ${COMPANY}`,
        text: `Hello ${v.first},\n\nPlease find attached PO ${po} per your quote Q-${digits(r, 5)}. Please confirm the ship date.\n\nRegards,\n${signature(who, customer.name, phone(r))}`,
        parts: [
          {
            type: 'application/pdf',
            name: `PO_${po}.pdf`,
            content: onePagePdf([
              customer.name,
              `Purchase Order ${po}`,
              `Vendor: ${COMPANY}`,
              `Total ${money(r, 3000, 60000)}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'supplier-quote-reply',
    kind: 'supplier-quote',
    make(r) {
      const v = staff(r);
      const vendor = r.pick(VENDORS.filter((x) => x.lang === 'en'));
      const who = outsider(r, vendor.domain);
      const earlier = `Hi ${who.first},\n\nCould you quote 500 of part ${upper(r, 3)}-${digits(r, 4)} with the revised finish?\n\n${v.first}`;
      const text = [
        `Hi ${v.first},`,
        '',
        `Quote attached — ${money(r, 4, 90)} per unit at 500, lead time ${3 + r.below(6)} weeks. Price valid 30 days.`,
        '',
        'Best,',
        signature(who, vendor.name, phone(r)),
        '',
        quoted(`On ${past(r)}, ${v.name} wrote:`, earlier),
      ].join('\n');
      return {
        headers: fromPassing(who, v, [`In-Reply-To: <${token(r, 16)}@corp.example>`]),
        subject: 'RE: Quote request',
        text,
        parts: [
          {
            type: 'application/pdf',
            name: `Quote_${digits(r, 5)}.pdf`,
            content: onePagePdf([vendor.name, 'Quotation', `Valid until ${day(r)}`]),
          },
        ],
      };
    },
  },
  {
    name: 'linkedin-message-notification',
    kind: 'saas-notification',
    make(r) {
      const v = staff(r);
      const who = outsider(r, 'linkedin.com');
      return {
        headers: [
          `From: ${who.name} via LinkedIn <messages-noreply@linkedin.com>`,
          to(v),
          authResults('linkedin.com'),
        ],
        subject: `${who.first} just messaged you`,
        html: notice(
          `${who.name} sent you a message`,
          [
            r.pick([
              'Hi! Great meeting you at the Water Expo. Would love to stay in touch.',
              'Thanks for connecting. Are you still working on the ultrasonic line?',
            ]),
          ],
          { label: 'Reply', url: `https://www.linkedin.com/messaging/thread/${token(r, 22)}/` },
        ),
      };
    },
  },
  {
    name: 'counsel-nda-redline',
    kind: 'legal-correspondence',
    make(r) {
      const v = {
        name: EXECS[2].name,
        email: EXECS[2].email,
        first: 'Ruth',
        last: 'Engström',
        lang: 'en' as Lang,
      };
      const who = outsider(r, COUNSEL.domain);
      const party = r.pick(['Fallowmere Chemicals', 'Tajo Distribuciones', 'Stadtwerke Elbmarsch']);
      return {
        headers: fromPassing(who, v),
        subject: `NDA with ${party} — our redline`,
        text: `Ruth,\n\nAttached is our redline of the mutual NDA with ${party}. The main change is the residuals clause; the rest is clean-up. Happy to discuss.\n\nBest regards,\n${who.name}\n${COUNSEL.name}\n\nThis message may contain privileged and confidential information.`,
        parts: [{ type: docx, name: `NDA_${party.split(' ')[0]}_PW_redline.docx`, content: officeFile(r) }],
      };
    },
  },
  {
    name: 'conference-registration-receipt',
    kind: 'receipt',
    make(r) {
      const v = staff(r);
      return {
        headers: [
          `From: WEFTEC Registration <registration@weftec.example>`,
          to(v),
          authResults('weftec.example'),
        ],
        subject: `Registration confirmed — ${upper(r, 8)}`,
        text: `Dear ${v.first},\n\nThank you for registering. Amount paid: ${money(r, 400, 1200)}.\nYour badge will be available at on-site pickup.\n\nSee you in New Orleans!`,
      };
    },
  },
  {
    name: 'personal-family-dinner',
    kind: 'personal',
    make(r) {
      const v = staff(r);
      const free = r.pick(FREEMAIL);
      const who = outsider(r, free);
      return {
        headers: fromPassing(who, v),
        subject: r.pick(['Sunday?', 'dinner', 're: thanksgiving']),
        text: `${r.pick(['Hey', 'Hi hon', 'Hi'])} ${v.first}! ${r.pick(['Are we still on for Sunday?', 'Mom asked if you can bring the pie again.', 'Can you pick up the kids at 5?'])} ${r.pick(['Let me know', 'Love you', 'xx'])}\n\n${who.first}`,
      };
    },
  },
  {
    name: 'amazon-business-shipped',
    kind: 'receipt',
    make(r) {
      const v = staff(r);
      const order = `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`;
      return {
        headers: [`From: Amazon Business <shipment-tracking@amazon.com>`, to(v), authResults('amazon.com')],
        subject: `Your Amazon Business order #${order} has shipped`,
        html: notice(
          'Your package is on the way',
          [
            `${r.pick(['Label printer tape (12 rolls)', 'USB-C docking station', 'Safety glasses, box of 20'])}`,
            `Arriving ${day(r)}`,
          ],
          {
            label: 'Track package',
            url: `https://www.amazon.com/gp/your-account/order-details?orderID=${order}`,
          },
        ),
      };
    },
  },
  {
    name: 'colleague-forwarded-article',
    kind: 'colleague-forward',
    make(r) {
      const a = staff(r);
      const b = colleague(r, a);
      const vendor = r.pick(VENDORS);
      const who = outsider(r, vendor.domain);
      const inner = forwarded(
        `${who.name} <${who.email}>`,
        `${a.name} <${a.email}>`,
        past(r),
        r.pick(['Price increase effective January', 'Holiday shipping schedule', 'New account manager']),
        `Dear customer,\n\n${r.pick(['Due to raw material costs, our prices will increase by 4% from January 1.', 'Our warehouse is closed Dec 24 – Jan 2. Last orders ship Dec 20.', 'I am your new account manager from next month.'])}\n\n${who.name}`,
      );
      return {
        headers: internal(a, b),
        subject: `FW: ${inner.split('\n')[4].replace('Subject: ', '')}`,
        text: `FYI — ${r.pick(['worth noting for the budget.', 'please plan around this.', 'update the vendor file.'])}\n\n${a.first}\n\n${inner}`,
      };
    },
  },
  {
    name: 'auditor-pbc-request',
    kind: 'auditor-request',
    make(r) {
      const v = {
        name: EXECS[1].name,
        email: EXECS[1].email,
        first: 'Victor',
        last: 'Saldana',
        lang: 'en' as Lang,
      };
      const who = outsider(r, AUDITOR.domain);
      return {
        headers: fromPassing(who, v),
        subject: 'FY26 audit — PBC list and fieldwork dates',
        text: `Victor,\n\nAttached is the provided-by-client list for the year-end audit. Fieldwork starts ${day(r)}; please upload items to the usual Caddell & Rhee client portal folder as they become ready.\n\nThanks,\n${who.name}\n${AUDITOR.name}`,
        parts: [{ type: xlsx, name: 'Corvane_FY26_PBC.xlsx', content: officeFile(r) }],
      };
    },
  },
  {
    name: 'slack-digest',
    kind: 'saas-notification',
    make(r) {
      const v = staff(r);
      const a = colleague(r, v);
      return {
        headers: [`From: Slack <feedback@slack.com>`, to(v), authResults('slack.com')],
        subject: `[Slack] New messages from ${a.name} in Corvane Engineering`,
        text: `You have a new mention in #${r.pick(['firmware', 'test-lab', 'releases'])}:\n\n${a.name}: @${v.first} ${r.pick(['can you check the build?', 'thoughts on the new bracket?', 'nice work on the release'])}\n\nOpen Slack: https://corvane.slack.com/archives/C${upper(r, 10)}`,
      };
    },
  },
];

const COUNTERPARTS: Template[] = [
  {
    name: 'microsoft-password-reset-requested',
    kind: 'genuine-password-reset',
    make(r) {
      const v = staff(r);
      const code = digits(r, 6);
      return {
        headers: [
          `From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>`,
          to(v),
          authResults('accountprotection.microsoft.com'),
        ],
        subject: 'Microsoft account security code',
        text: `Please use the following security code for the Microsoft account ${v.email.replace(/(.).+@/, '$1*****@')}.\n\nSecurity code: ${code}\n\nIf you don't recognize the Microsoft account, you can click https://account.live.com/dp?ft=${token(r, 20)} to remove your email address from that account.\n\nThanks,\nThe Microsoft account team`,
      };
    },
  },
  {
    name: 'it-mfa-rollout-internal',
    kind: 'genuine-mfa-enrolment',
    make(r) {
      const it = { name: 'Corvane IT Security', email: 'it-security@corp.example' };
      const v = staff(r);
      const text = [
        `Hi ${v.first},`,
        '',
        `As announced at the all-hands, we are moving everyone to number matching in Microsoft Authenticator. Your group switches on ${day(r)}.`,
        '',
        'What to do: on a company computer, go to https://aka.ms/mysecurityinfo and follow the prompts. IT will never ask for your password or a code by email or phone.',
        '',
        'Need help? Drop by the IT desk (Building A) or open a ticket.',
        '',
        'Corvane IT Security',
      ].join('\n');
      return {
        headers: fromPassing(it, v),
        subject: 'MFA: switching to number matching',
        text,
        html: paragraphs(text),
      };
    },
  },
  {
    name: 'docusign-real-envelope',
    kind: 'genuine-esign',
    make(r) {
      const v = staff(r);
      const customer = r.pick(CUSTOMERS.filter((c) => c.lang === 'en'));
      const who = outsider(r, customer.domain);
      const doc = r.pick([
        'Master Supply Agreement 2027',
        'Service Level Addendum',
        'Pricing Amendment No. 3',
      ]);
      return {
        headers: [
          `From: "${who.name} via Docusign" <dse_NA4@docusign.net>`,
          `Reply-To: ${who.name} <${who.email}>`,
          to(v),
          authResults('docusign.net'),
        ],
        subject: `Complete with Docusign: ${doc}`,
        html: notice(
          `${who.name} sent you a document to review and sign.`,
          [doc, `${who.name} (${who.email})`, 'Please review and sign.'],
          {
            label: 'REVIEW DOCUMENT',
            url: `https://na4.docusign.net/Signing/EmailStart.aspx?a=${token(r, 8)}-${token(r, 4)}&etti=24&acct=${token(r, 8)}`,
          },
        ),
      };
    },
  },
  {
    name: 'dropbox-real-share',
    kind: 'genuine-file-share',
    make(r) {
      const v = staff(r);
      const customer = r.pick(CUSTOMERS);
      const who = outsider(r, customer.domain);
      const folder = r.pick(['Site photos', 'Commissioning logs', 'P&ID drawings']);
      return {
        headers: [
          `From: Dropbox <no-reply@dropbox.com>`,
          `Reply-To: ${who.email}`,
          to(v),
          authResults('dropbox.com'),
        ],
        subject: `${who.name} shared "${folder}" with you`,
        html: notice(
          `${who.name} invited you to view the folder “${folder}”`,
          [`${who.name} (${who.email})`],
          {
            label: 'Go to folder',
            url: `https://www.dropbox.com/scl/fo/${token(r, 21)}/${token(r, 10)}?rlkey=${token(r, 25)}&dl=0`,
          },
        ),
      };
    },
  },
  {
    name: 'vendor-real-invoice',
    kind: 'genuine-invoice',
    make(r) {
      const v = staff(r);
      const vendor = r.pick(VENDORS.filter((x) => x.lang === 'en'));
      const inv = `${digits(r, 6)}`;
      const amount = money(r, 900, 40000);
      return {
        headers: [
          `From: ${vendor.name} Accounts Receivable <ar@${vendor.domain}>`,
          to(v),
          authResults(vendor.domain),
        ],
        subject: `Invoice ${inv} from ${vendor.name}`,
        text: `Dear Customer,\n\nPlease find attached invoice ${inv} for ${amount}, due net 30. Remittance details are unchanged and printed on the invoice.\n\nThank you for your business.\n${vendor.name}`,
        parts: [
          {
            type: 'application/pdf',
            name: `Invoice_${inv}.pdf`,
            content: onePagePdf([vendor.name, `Invoice ${inv}`, `Amount due ${amount}`, 'Terms: Net 30']),
          },
        ],
      };
    },
  },
  {
    name: 'vendor-real-bank-change-verify-by-phone',
    kind: 'genuine-bank-change',
    make(r) {
      const v = staff(r);
      const vendor = r.pick(VENDORS.filter((x) => x.lang === 'en'));
      const who = outsider(r, vendor.domain);
      return {
        headers: fromPassing(who, v),
        subject: `${vendor.name}: new bank following our merger`,
        text: `Hello ${v.first},\n\nAs you may have read, ${vendor.name} completed its merger in October, and our bank will change from ${day(r)}. We know this is exactly what fraudsters say, so please do not act on this email alone: call me on the number in your vendor file (not one in an email) and we will go through the details together. Our signed letter is also coming by post.\n\nNo payments need to change until we have spoken.\n\n${signature(who, vendor.name, 'Accounts Receivable')}`,
      };
    },
  },
  {
    name: 'ups-real-delivery-notice',
    kind: 'genuine-parcel',
    make(r) {
      const v = staff(r);
      const tracking = `1Z${upper(r, 6)}${digits(r, 10)}`;
      return {
        headers: [`From: UPS <mcinfo@ups.com>`, to(v), authResults('ups.com')],
        subject: `UPS Update: Package Scheduled for Delivery ${day(r).split(',')[0]}`,
        html: notice(
          'Your package is on its way',
          [`Shipped by: ${r.pick(VENDORS).name}`, `Tracking number: ${tracking}`],
          {
            label: 'Track your package',
            url: `https://www.ups.com/track?loc=en_US&tracknum=${tracking}`,
          },
        ),
      };
    },
  },
  {
    name: 'bank-statement-use-app',
    kind: 'genuine-bank-notice',
    make(r) {
      const v = staff(r);
      return {
        headers: [`From: Chase <no.reply.alerts@chase.com>`, to(v), authResults('chase.com')],
        subject: 'Your statement is ready',
        text: `Your ${r.pick(['Chase Sapphire', 'Chase Business Complete Checking', 'Chase Ink'])} statement ending in ${digits(r, 4)} is available.\n\nTo view it, sign in to the Chase Mobile app or chase.com. We will never ask for your password or a one-time code in an email.\n\nJPMorgan Chase Bank, N.A.`,
      };
    },
  },
  {
    name: 'workday-payslip-available',
    kind: 'genuine-payroll',
    make(r) {
      const v = staff(r);
      return {
        headers: [`From: Corvane Workday <corvane@myworkday.com>`, to(v), authResults('myworkday.com')],
        subject: 'Your payslip is available',
        text: `Hi ${v.first},\n\nYour payslip for the period ending ${past(r)} is now available. To view it, open Workday from the Corvane intranet or the Workday app.\n\nThis is an automated message from Corvane HR.`,
      };
    },
  },
  {
    name: 'teams-voicemail-real',
    kind: 'genuine-voicemail',
    make(r) {
      const v = staff(r);
      const caller = phone(r);
      return {
        headers: [
          `From: Microsoft Teams <noreply@email.teams.microsoft.com>`,
          to(v),
          authResults('email.teams.microsoft.com'),
        ],
        subject: `Voicemail from ${caller} (${r.below(2)}m ${10 + r.below(50)}s)`,
        text: `You received a voicemail from ${caller}.\n\nTranscription: "${r.pick(['Hi, this is about the order for next week, call me back when you can.', 'Hey, calling about the invoice question, I think we sorted it. Thanks.'])}"\n\nPlay it in Teams or open the attached audio.`,
        parts: [
          {
            type: 'audio/mpeg',
            name: 'voicemail.mp3',
            content: Buffer.from(`ID3\u0003\u0000${token(r, 40)}`),
          },
        ],
      };
    },
  },
  {
    name: 'zoom-recording-ready',
    kind: 'genuine-meeting-notice',
    make(r) {
      const v = staff(r);
      return {
        headers: [`From: Zoom <no-reply@zoom.us>`, to(v), authResults('zoom.us')],
        subject: `Cloud Recording - ${r.pick(['Weekly Ops Sync', 'Customer training', 'Design review'])} is now available`,
        html: notice('Your cloud recording is now available', [`Date: ${past(r)}`], {
          label: 'Share recording',
          url: `https://corvane.zoom.us/recording/detail?meeting_id=${token(r, 22)}`,
        }),
      };
    },
  },
  {
    name: 'wetransfer-real-from-customer',
    kind: 'genuine-file-transfer',
    make(r) {
      const v = staff(r);
      const customer = r.pick(CUSTOMERS);
      const who = outsider(r, customer.domain);
      return {
        headers: [
          `From: WeTransfer <noreply@wetransfer.com>`,
          `Reply-To: ${who.email}`,
          to(v),
          authResults('wetransfer.com'),
        ],
        subject: `${who.email} sent you files via WeTransfer`,
        html: notice(
          `${who.email} sent you ${2 + r.below(5)} files`,
          [
            `"${r.pick(['Photos of the installation', 'Loop test results', 'Drawings as discussed'])}"`,
            `Expires on ${day(r)}`,
          ],
          {
            label: 'Download your files',
            url: `https://wetransfer.com/downloads/${token(r, 32, '0123456789abcdef')}/${token(r, 6, '0123456789abcdef')}`,
          },
        ),
      };
    },
  },
  {
    name: 'google-new-signin-alert',
    kind: 'genuine-security-alert',
    make(r) {
      const v = staff(r);
      return {
        headers: [`From: Google <no-reply@accounts.google.com>`, to(v), authResults('accounts.google.com')],
        subject: 'Security alert',
        text: `A new sign-in on ${r.pick(['Windows', 'Mac', 'iPhone'])}\n\n${v.email}\n\nWe noticed a new sign-in to your Google Account. If this was you, you don't need to do anything. If not, we'll help you secure your account.\n\nCheck activity: https://accounts.google.com/AccountChooser?Email=${encodeURIComponent(v.email)}&continue=https://myaccount.google.com/alert/nt/${digits(r, 13)}`,
      };
    },
  },
  {
    name: 'quarantine-digest-own-gateway',
    kind: 'genuine-quarantine',
    make(r) {
      const v = staff(r);
      const rows = Array.from(
        { length: 2 + r.below(3) },
        () =>
          `<tr><td>${token(r, 7)}@${token(r, 6)}.example</td><td>${r.pick(['Increase your sales 300%', 'Your prize is waiting', 'Solar panels quote'])}</td></tr>`,
      );
      return {
        headers: [
          `From: Corvane Mail Protection <quarantine@corp.example>`,
          to(v),
          authResults('corp.example'),
        ],
        subject: `Quarantine summary: ${rows.length} messages`,
        html: `<html><body><p>These messages were held as spam. Nothing needs to be done; to review them, open the quarantine from the IT portal.</p><table>${rows.join('')}</table></body></html>`,
      };
    },
  },
  {
    name: 'hr-benefits-enrollment-real',
    kind: 'genuine-benefits',
    make(r) {
      const hr = { name: 'Corvane HR', email: 'hr@corp.example' };
      const v = staff(r);
      const text = `Hi ${v.first},\n\nOpen enrollment runs until ${day(r)}. If you want to keep your current plans, you don't need to do anything. To make changes, open Workday > Benefits from the intranet. Questions: join the info session on Thursday or email hr@corp.example.\n\nCorvane HR`;
      return {
        headers: fromPassing(hr, v),
        subject: 'Open enrollment for 2027 is open',
        text,
        html: paragraphs(text),
      };
    },
  },
];

const LOCAL: Template[] = [
  {
    name: 'es-colleague-madrid',
    kind: 'colleague-note',
    make(r) {
      const a = staff(r, 'es');
      const b = colleague(r, a);
      return {
        headers: internal(a, b),
        subject: r.pick(['Visita a Aguas del Henares', 'Pedido pendiente', 'Reunión del jueves']),
        text: `Hola ${b.first}:\n\n${r.pick(['Te confirmo que el cliente nos recibe el martes a las 10:00.', 'El pedido sale de Ohio el viernes, te paso el tracking cuando lo tenga.', 'He movido la reunión al jueves a las 16:00, ¿te viene bien?'])}\n\nUn abrazo,\n${a.first}`,
      };
    },
  },
  {
    name: 'es-customer-invoice-query',
    kind: 'customer-question',
    make(r) {
      const v = staff(r, 'es');
      const c = CUSTOMERS.find((x) => x.lang === 'es') ?? CUSTOMERS[3];
      const who = outsider(r, c.domain, 'es');
      return {
        headers: fromPassing(who, v),
        subject: `Consulta factura ${digits(r, 6)}`,
        text: `Buenos días ${v.first}:\n\nEn la factura que nos enviasteis aparece un importe de ${money(r, 800, 9000, 'es')}, pero el pedido era por 12 unidades, no 14. ¿Podéis revisarlo y enviarnos una factura rectificativa?\n\nGracias y un saludo,\n${who.name}\n${c.name}`,
      };
    },
  },
  {
    name: 'de-supplier-order-confirmation',
    kind: 'supplier-order-confirmation',
    make(r) {
      const v = staff(r, 'de');
      const vendor = VENDORS.find((x) => x.lang === 'de') ?? VENDORS[3];
      const who = outsider(r, vendor.domain, 'de');
      const ab = digits(r, 7);
      return {
        headers: fromPassing(who, v),
        subject: `Auftragsbestätigung ${ab}`,
        text: `Sehr geehrte/r ${v.first} ${v.last},\n\nvielen Dank für Ihre Bestellung. Anbei erhalten Sie unsere Auftragsbestätigung ${ab}. Liefertermin: ${day(r, 'de')}.\n\nMit freundlichen Grüßen\n${who.name}\n${vendor.name}`,
        parts: [
          {
            type: 'application/pdf',
            name: `AB_${ab}.pdf`,
            content: onePagePdf([
              vendor.name,
              `Auftragsbestaetigung ${ab}`,
              `Gesamt ${money(r, 500, 20000, 'de')}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'de-elster-mailbox-notice',
    kind: 'genuine-tax-notice',
    make(r) {
      const v = staff(r, 'de');
      return {
        headers: [`From: ELSTER <noreply@elster.de>`, to(v), authResults('elster.de')],
        subject: 'Neue Nachricht in Ihrem ELSTER-Postfach',
        text: `Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\nin Ihrem Postfach in Mein ELSTER liegt eine neue Nachricht für Sie bereit. Bitte melden Sie sich wie gewohnt unter www.elster.de an, um sie abzurufen.\n\nAus Sicherheitsgründen enthält diese E-Mail keine Links und keine Anhänge.\n\nIhr ELSTER-Team`,
      };
    },
  },
  {
    name: 'de-colleague-hamburg-thread',
    kind: 'colleague-thread',
    make(r) {
      const a = staff(r, 'de');
      const b = colleague(r, a);
      const earlier = `Hi ${a.first}, hast du die Kalibrierprotokolle für Stadtwerke Elbmarsch schon rausgeschickt?\n\nGruß\n${b.first}`;
      return {
        headers: internal(a, b),
        subject: 'AW: Kalibrierprotokolle',
        text: `Hi ${b.first},\n\n${r.pick(['ja, gestern Nachmittag.', 'noch nicht, mache ich heute.', 'die Hälfte, der Rest kommt Montag.'])}\n\nGruß\n${a.first}\n\n${quoted(`Am ${past(r, 'de')} schrieb ${b.name}:`, earlier)}`,
      };
    },
  },
  {
    name: 'fr-customer-support-ticket',
    kind: 'customer-question',
    make(r) {
      const v = staff(r, 'fr');
      const c = CUSTOMERS.find((x) => x.lang === 'fr') ?? CUSTOMERS[5];
      const who = outsider(r, c.domain, 'fr');
      return {
        headers: fromPassing(who, v),
        subject: `Débitmètre en défaut — ligne ${1 + r.below(4)}`,
        text: `Bonjour ${v.first},\n\nLe débitmètre installé sur la ligne de conditionnement affiche un code d'erreur ${upper(r, 1)}${digits(r, 2)} depuis ce matin. Pouvez-vous nous dire s'il faut prévoir une intervention ? Je joins une photo de l'afficheur.\n\nCordialement,\n${who.name}\n${c.name}`,
        parts: [
          {
            type: 'image/jpeg',
            name: 'afficheur.jpg',
            content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from(token(r, 30)), 0xff, 0xd9]),
          },
        ],
      };
    },
  },
  {
    name: 'fr-impots-espace-notice',
    kind: 'genuine-tax-notice',
    make(r) {
      const v = staff(r, 'fr');
      return {
        headers: [
          `From: DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>`,
          to(v),
          authResults('dgfip.finances.gouv.fr'),
        ],
        subject: 'Un nouveau document est disponible dans votre espace particulier',
        text: `Bonjour ${v.first} ${v.last.toUpperCase()},\n\nUn nouveau document est disponible dans votre espace particulier sur impots.gouv.fr, rubrique « Documents ».\n\nPour le consulter, connectez-vous à votre espace depuis le site impots.gouv.fr ou l'application impots.gouv.\n\nLa DGFiP ne vous demandera jamais vos coordonnées bancaires par courriel.\n\nRéférence : ${digits(r, 10)}`,
      };
    },
  },
  {
    name: 'es-supplier-proforma',
    kind: 'genuine-invoice',
    make(r) {
      const v = staff(r, 'es');
      const vendor = VENDORS.find((x) => x.lang === 'es') ?? VENDORS[4];
      const who = outsider(r, vendor.domain, 'es');
      const n = digits(r, 5);
      return {
        headers: fromPassing(who, v),
        subject: `Factura proforma ${n}`,
        text: `Hola ${v.first}:\n\nOs adjunto la factura proforma ${n} del pedido de juntas. Los datos bancarios son los de siempre.\n\nSaludos,\n${who.name}\n${vendor.name}`,
        parts: [
          {
            type: 'application/pdf',
            name: `Proforma_${n}.pdf`,
            content: onePagePdf([vendor.name, `Factura proforma ${n}`, `Total ${money(r, 200, 5000, 'es')}`]),
          },
        ],
      };
    },
  },
  {
    name: 'es-microsoft-security-code',
    kind: 'genuine-password-reset',
    make(r) {
      const v = staff(r, 'es');
      return {
        headers: [
          'From: Equipo de cuentas Microsoft <account-security-noreply@accountprotection.microsoft.com>',
          to(v),
          authResults('accountprotection.microsoft.com'),
        ],
        subject: 'Código de seguridad de la cuenta Microsoft',
        text: `Usa el siguiente código de seguridad para la cuenta Microsoft ${v.email.replace(/(.).+@/, '$1*****@')}.\n\nCódigo de seguridad: ${digits(r, 6)}\n\nSi no reconoces la cuenta Microsoft, puedes hacer clic en https://account.live.com/dp?ft=${token(r, 20)} para quitar tu dirección de correo electrónico de esa cuenta.\n\nGracias,\nEl equipo de cuentas Microsoft`,
      };
    },
  },
  {
    name: 'de-dhl-real-delivery',
    kind: 'genuine-parcel',
    make(r) {
      const v = staff(r, 'de');
      const id = digits(r, 12);
      return {
        headers: [`From: DHL Paket <noreply@dhl.de>`, to(v), authResults('dhl.de')],
        subject: `Ihre DHL Sendung kommt ${r.pick(['heute', 'morgen'])}`,
        html: notice(
          'Ihre Sendung ist unterwegs',
          [
            `Sendungsnummer: ${id}`,
            `Absender: ${r.pick(VENDORS).name}`,
            'Zustellung voraussichtlich zwischen 10:00 und 14:00 Uhr.',
          ],
          {
            label: 'Sendung verfolgen',
            url: `https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=${id}`,
          },
        ),
      };
    },
  },
  {
    name: 'fr-colleague-lyon-thread',
    kind: 'colleague-thread',
    make(r) {
      const a = staff(r, 'fr');
      const b = colleague(r, a);
      const earlier = `Salut ${a.first},\n\nTu as pu avoir le transporteur pour la livraison à la Laiterie du Vercors ?\n\n${b.first}`;
      return {
        headers: internal(a, b, [`In-Reply-To: <${token(r, 14)}@corp.example>`]),
        subject: 'RE: Livraison Vercors',
        text: `${r.pick(['Oui, enlèvement jeudi matin.', 'Pas encore, je le relance cet après-midi.', 'Oui, mais ils ne passent que lundi.'])}\n\nBonne journée,\n${a.first}\n\n${quoted(`Le ${past(r, 'fr')}, ${b.name} a écrit :`, earlier)}`,
      };
    },
  },
];

export const HAM_12: readonly Template[] = [...WORK, ...COUNTERPARTS, ...LOCAL];
export const UNSEEN_HAM_12_TEMPLATE_COUNT = HAM_12.length;

export async function unseenHam12(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return render(HAM_12, perTemplate, seed, seededRandom, 12_500_000);
}
