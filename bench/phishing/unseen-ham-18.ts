// The eighteenth unseen set's legitimate mail: what Vanderbrug Logistics (corp.example) genuinely receives
// and a cautious employee might report. Carrier and shipping-line notices, customs and port messages, fuel
// and toll statements, invoices, bank and payroll notices, Microsoft 365 and SAP, shared documents, calendar
// invitations, newsletters and recruiters; the Dutch, French and German ones are in unseen-18-local.ts.
import type { SeededRandom } from './generate.js';
import { storedZip } from './mime.js';
import { LOCAL_HAM } from './unseen-18-local.js';
import {
  addDays,
  alnum,
  build,
  CEO,
  CFO,
  COMPANY,
  CORP,
  CUSTOMERS,
  chance,
  chars,
  container,
  digits,
  HAULIERS,
  iban,
  int,
  isoDate,
  letter,
  longDate,
  messageSeed,
  money,
  notice,
  PDF,
  PORTS,
  pass,
  person,
  pick,
  quoted,
  type R,
  relays,
  shortDate,
  signature,
  spfOnly,
  staff,
  TENANT,
  type Template,
  upper,
  VESSELS,
  when,
} from './unseen-18-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const t = (name: string, kind: string, make: (r: R) => string | Promise<string>): Template => ({
  name,
  kind,
  make,
});
const me = (r: R, title?: string) => staff(r, title ? { title } : {});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const plainWorkbook = (r: R) =>
  storedZip(
    'xl/worksheets/sheet1.xml',
    Buffer.from(
      `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>${alnum(r, 8)}</t></is></c></row></sheetData></worksheet>`,
    ),
  );

const ENGLISH_HAM: Template[] = [
  // Microsoft 365 and identity --------------------------------------------------------------------------
  t('m365-password-reset-code', 'password-reset-requested', (r) => {
    const v = me(r);
    const code = digits(r, pick(r, [6, 8]));
    const masked = `${v.email.slice(0, 2)}*****@${CORP}`;
    const body = notice({
      brand: 'Microsoft account',
      color: '#2672ec',
      heading: 'Security code',
      paragraphs: [
        `Please use the following security code for the Microsoft account ${masked}.`,
        `Security code: ${code}`,
        `If you don't recognise the Microsoft account ${masked}, you can [click here](https://account.live.com/dp?ft=${alnum(r, 40)}) to remove your email address from that account.`,
      ],
      footer: ['Thanks,', 'The Microsoft account team'],
    });
    return build(r, {
      from: 'account-security-noreply@accountprotection.microsoft.com',
      fromName: 'Microsoft account team',
      to: v.email,
      toName: v.name,
      subject: 'Microsoft account security code',
      ...body,
      relay: relays.outlook(r),
      auth: pass(),
    });
  }),
  t('m365-unusual-signin', 'sign-in-alert', (r) => {
    const v = me(r);
    const country = pick(r, ['Belgium', 'France', 'Netherlands', 'Germany', 'Spain']);
    const body = notice({
      brand: 'Microsoft account',
      color: '#2672ec',
      heading: 'Unusual sign-in activity',
      paragraphs: [
        `We detected something unusual about a recent sign-in to the Microsoft account ${v.email.slice(0, 2)}*****@${CORP}.`,
      ],
      rows: [
        ['Country/region', country],
        ['IP address', `${int(r, 80, 95)}.${int(r, 1, 254)}.${int(r, 1, 254)}.${int(r, 1, 254)}`],
        ['Date', `${shortDate(when(r))} ${int(r, 7, 22)}:${int(r, 10, 59)} (GMT)`],
        ['Platform', pick(r, ['iOS', 'Windows', 'Android'])],
        ['Browser', pick(r, ['Outlook', 'Edge', 'Safari'])],
      ],
      after: [
        `Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.`,
      ],
      button: { label: 'Review recent activity', url: 'https://account.live.com/activity' },
      footer: [
        'Thanks,',
        'The Microsoft account team',
        '[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)',
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
      ],
    });
    return build(r, {
      from: 'account-security-noreply@accountprotection.microsoft.com',
      fromName: 'Microsoft account team',
      to: v.email,
      toName: v.name,
      subject: 'Microsoft account unusual sign-in activity',
      ...body,
      relay: relays.outlook(r),
    });
  }),
  t('m365-billing-invoice', 'saas-invoice', (r) => {
    const v = me(r, 'IT Manager');
    const inv = `E0${digits(r, 9)}`;
    const body = notice({
      brand: 'Microsoft',
      color: '#0078d4',
      heading: 'Your invoice is ready',
      paragraphs: [
        `Your invoice for billing account ${COMPANY} is available in the Microsoft 365 admin center.`,
      ],
      rows: [
        ['Invoice number', inv],
        ['Billing period', `${monthYear(r)}`],
        ['Amount due', `EUR ${money(r, 6000, 24000)}`],
        ['Payment method', 'Wire transfer'],
      ],
      button: {
        label: 'View invoice',
        url: 'https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/bills',
      },
      footer: [
        'Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18',
        '[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)',
      ],
    });
    return build(r, {
      from: 'microsoft-noreply@microsoft.com',
      fromName: 'Microsoft',
      to: v.email,
      toName: v.name,
      subject: `Your Microsoft invoice ${inv} is ready`,
      ...body,
      relay: relays.outlook(r),
    });
  }),
  t('authenticator-new-method', 'mfa-method-added', (r) => {
    const v = me(r);
    const body = notice({
      brand: 'Microsoft',
      color: '#0078d4',
      heading: 'Security info added to your account',
      paragraphs: [
        `Microsoft Authenticator app was added to your account ${v.email} on ${shortDate(when(r))}.`,
        `If you didn't make this change, contact your IT department right away.`,
      ],
      button: { label: 'Review security info', url: 'https://mysignins.microsoft.com/security-info' },
      footer: ['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
    });
    return build(r, {
      from: 'msonlineservicesteam@microsoftonline.com',
      fromName: 'Microsoft on behalf of your organization',
      to: v.email,
      toName: v.name,
      subject: 'Security info added to your account',
      ...body,
      relay: relays.outlook(r),
      auth: pass('microsoftonline.com'),
    });
  }),
  t('sharepoint-colleague-share', 'shared-doc-internal', (r) => {
    const v = me(r);
    const s = me(r);
    const file = pick(r, ['Planning_week', 'Tariffs_2026', 'Warehouse_rota', 'Customs_KPIs']);
    const url = `https://${TENANT}.sharepoint.com/:x:/s/${pick(r, ['Operations', 'Finance', 'Customs', 'Warehouse'])}/E${alnum(r, 22)}?e=${alnum(r, 6)}`;
    const body = notice({
      brand: 'SharePoint',
      color: '#036c70',
      heading: `${s.name} shared a file with you`,
      paragraphs: [
        `"${pick(r, ['Can you update your rows before Friday?', 'Here is the latest version', 'FYI'])}"`,
        `${file}.xlsx`,
      ],
      button: { label: 'Open', url },
      footer: [
        'This email is generated through Vanderbrug Logistics\u2019s use of Microsoft 365 and may contain content that is controlled by Vanderbrug Logistics.',
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
      ],
    });
    return build(r, {
      from: 'no-reply@sharepointonline.com',
      fromName: `${s.name} (via SharePoint Online)`,
      to: v.email,
      toName: v.name,
      replyTo: s.email,
      subject: `${s.name} shared "${file}" with you`,
      ...body,
      relay: relays.outlook(r),
      auth: pass('sharepointonline.com'),
    });
  }),
  t('teams-meeting-internal', 'calendar-invite', (r) => {
    const v = me(r);
    const o = me(r, 'Operations Manager');
    const start = when(r);
    const meet = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${alnum(r, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${chars(r, 8)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 12)}%22%7d`;
    const subj = pick(r, [
      'Weekly ops review',
      'Peak season planning',
      'Customs backlog stand-up',
      'Q budget review',
    ]);
    const ics = invitation({
      uid: `040000008200E00074C5B7101A82E008${chars(r, 40).toUpperCase()}`,
      organizer: o.email,
      attendee: v.email,
      summary: subj,
      description: `Microsoft Teams meeting\nJoin: ${meet}\nMeeting ID: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`,
      location: 'Microsoft Teams Meeting',
      start: `${start.toISOString().replace(/[-:]/g, '').slice(0, 9)}090000Z`,
    });
    const body = letter(
      [
        `Agenda: ${pick(r, ['volumes, claims, staffing', 'open points from last week', 'carrier performance'])}`,
        `[Join the meeting now](${meet})`,
        `Meeting ID: ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}\nPasscode: ${alnum(r, 6)}`,
      ],
      [],
    );
    return build(r, {
      from: o.email,
      fromName: o.name,
      to: v.email,
      toName: v.name,
      subject: subj,
      ...body,
      attachments: [{ type: 'text/calendar; method=REQUEST', name: 'invite.ics', data: ics }],
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('it-maintenance-notice', 'it-notice', (r) => {
    const it = me(r, 'IT Manager');
    const d = when(r);
    const body = letter(
      [
        'Dear colleagues,',
        `On ${longDate(d)} from 20:00 to 23:00 the SAP TM and warehouse scanners will be unavailable for the quarterly update. Please finish your dispatching before 19:45 and log out of SAP.`,
        'Drivers can continue using the Webfleet app; orders will be synchronised afterwards.',
        `Status updates will be posted on the [IT status page](https://${TENANT}.sharepoint.com/sites/IT/SitePages/Status.aspx). Questions: servicedesk@${CORP} or ext. 4400.`,
      ],
      signature(it),
    );
    return build(r, {
      from: it.email,
      fromName: it.name,
      to: `all-staff@${CORP}`,
      subject: `Planned maintenance SAP and scanners - ${shortDate(d)}`,
      ...body,
      relay: relays.outlook(r),
      idStyle: 'outlook',
      auth: null,
    });
  }),
  t('security-awareness-bulletin', 'security-newsletter', (r) => {
    const it = me(r, 'Information Security Officer');
    const body = letter(
      [
        'Hi all,',
        `This month we saw ${int(r, 12, 60)} fake "bill of lading" and "arrival notice" emails with zip files reported by you \u2013 thank you! A few reminders:`,
        '\u2022 Shipping lines never ask you to log in through a link to see a B/L; use the portal bookmark.\n\u2022 A haulier changing bank details is always verified by phone, using the number in SAP, not in the email.\n\u2022 The CEO will never ask you for gift cards.',
        'Use the "Report phishing" button in Outlook if in doubt.',
      ],
      signature(it),
    );
    return build(r, {
      from: it.email,
      fromName: it.name,
      to: `all-staff@${CORP}`,
      subject: pick(r, ['Security bulletin: fake B/L emails', 'Phishing reminder', 'Monthly security tips']),
      ...body,
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('hr-annual-review-reminder', 'hr-notice', (r) => {
    const v = me(r);
    const hr = me(r, 'HR Advisor');
    const body = letter(
      [
        `Hello ${v.first},`,
        `A reminder that the self-assessment for your annual review is due on ${longDate(when(r))}. You can fill it in on the HR portal under "My reviews".`,
        `[Open the HR portal](https://${TENANT}.sharepoint.com/sites/HR/SitePages/Reviews.aspx)`,
        'Your manager will plan the conversation with you afterwards.',
      ],
      signature(hr),
    );
    return build(r, {
      from: hr.email,
      fromName: hr.name,
      to: v.email,
      toName: v.name,
      subject: 'Reminder: annual review self-assessment',
      ...body,
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('sap-workflow-approval', 'erp-notification', (r) => {
    const v = me(r, 'Operations Manager');
    const h = pick(r, HAULIERS);
    const doc = `51${digits(r, 8)}`;
    const text = `Work item: Approve invoice ${doc}\n\nVendor: ${h.name}\nAmount: EUR ${money(r, 800, 16000)}\nCompany code: ${pick(r, ['NL01', 'BE01', 'FR01'])}\nCost centre: ${digits(r, 6)}\n\nPlease process the work item in the SAP Fiori launchpad (My Inbox):\nhttps://fiori.${CORP}/sap/bc/ui2/flp#WorkflowTask-displayInbox\n\nThis is an automatic message from SAP. Do not reply.\n`;
    return build(r, {
      from: `sap-workflow@${CORP}`,
      fromName: 'SAP Workflow',
      to: v.email,
      toName: v.name,
      subject: `Approval required: invoice ${doc} (${h.name})`,
      text,
      relay: { helo: `sapprd01.${CORP}`, ip: `10.20.${int(r, 1, 9)}.${int(r, 10, 99)}` },
      auth: null,
    });
  }),
  t('cfo-urgent-internal', 'internal-payment-request', (r) => {
    const v = me(r, 'Accounts Payable');
    const c = pick(r, [
      'Port of Rotterdam Authority',
      'Antwerp Port Authority',
      'Belgian customs (PLDA guarantee)',
    ]);
    const body = letter(
      [
        `${v.first},`,
        `Could you prioritise the payment run for ${c} today? The invoice is approved in SAP (doc ${digits(r, 10)}), please pay to the account already in the vendor master. Thanks!`,
      ],
      ['Ilse', `Sent from Outlook for iOS`],
    );
    return build(r, {
      from: CFO.email,
      fromName: CFO.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Urgent payment today', `Payment ${c}`, 'Please prioritise']),
      ...body,
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  // Shipping lines, carriers, ports ---------------------------------------------------------------------
  t('maersk-arrival-notice', 'carrier-arrival-notice', (r) => {
    const v = me(r, 'Sea Freight Coordinator');
    const ctr = container(r, pick(r, ['MSKU', 'MRKU', 'MAEU']));
    const bl = `${digits(r, 9)}`;
    const eta = addDays(when(r), int(r, 2, 9));
    const vessel = pick(
      r,
      VESSELS.filter((x) => x.startsWith('MAERSK')),
    );
    const pdf = onePagePdf([
      'ARRIVAL NOTICE',
      `Bill of Lading: ${bl}`,
      `Vessel: ${vessel} / ${int(r, 400, 520)}W`,
      `Container: ${ctr} 40' HC`,
      `Port of loading: ${pick(r, PORTS)}`,
      `ETA Rotterdam: ${shortDate(eta)}`,
      'Maersk B.V.',
    ]);
    const body = notice({
      brand: 'Maersk',
      color: '#42b0d5',
      heading: 'Arrival notice',
      paragraphs: [
        `Dear ${COMPANY},`,
        `Your shipment under Bill of Lading ${bl} is due to arrive. Please find the arrival notice attached.`,
        'To avoid delays, please make sure customs documentation and payment of import charges are arranged before arrival.',
      ],
      rows: [
        ['Vessel', vessel],
        ['ETA', longDate(eta)],
        ['Container', ctr],
      ],
      button: { label: 'View shipment', url: `https://www.maersk.com/tracking/${bl}` },
      footer: [
        'Maersk B.V., Boompjes 40, 3011 XB Rotterdam',
        'This is a system generated message, please do not reply.',
      ],
    });
    return build(r, {
      from: 'noreply@maersk.com',
      fromName: 'Maersk',
      to: v.email,
      toName: v.name,
      subject: `Arrival Notice - B/L ${bl} - ${vessel}`,
      ...body,
      attachments: [{ type: PDF, name: `ArrivalNotice_${bl}.pdf`, data: pdf }],
      relay: relays.own(`smtp-out${int(r, 1, 4)}.maersk.com`, r),
      auth: pass('maersk.com'),
    });
  }),
  t('maersk-password-changed', 'password-changed', (r) => {
    const v = me(r, 'Sea Freight Coordinator');
    const body = notice({
      brand: 'Maersk',
      color: '#42b0d5',
      heading: 'Your password has been changed',
      paragraphs: [
        `Hi ${v.first},`,
        `The password for your Maersk account ${v.email} was changed on ${shortDate(when(r))}.`,
        `If you made this change, no further action is needed. If you didn't, please contact your local Maersk customer service immediately.`,
      ],
      footer: ['A.P. Moller - Maersk, Esplanaden 50, 1098 Copenhagen K, Denmark'],
    });
    return build(r, {
      from: 'no-reply@maersk.com',
      fromName: 'Maersk',
      to: v.email,
      toName: v.name,
      subject: 'Your Maersk password has been changed',
      ...body,
      relay: relays.own('smtp-out2.maersk.com', r),
    });
  }),
  t('msc-gri-notice', 'carrier-rate-notice', (r) => {
    const v = me(r, 'Key Account Manager');
    const from = addDays(when(r), 30);
    const body = notice({
      brand: 'MSC',
      color: '#a58b5b',
      heading: 'General Rate Increase',
      paragraphs: [
        'Dear Valued Customer,',
        `Please be advised that MSC will implement a General Rate Increase (GRI) from ${pick(r, ['Far East', 'Indian Subcontinent', 'Middle East'])} to North Europe, effective ${longDate(from)} (gate-in), subject to regulatory filing where applicable.`,
        `USD ${pick(r, ['500', '750', '1000'])} per 20' and USD ${pick(r, ['1000', '1500', '2000'])} per 40'/40'HC.`,
        'For any further information please contact your local MSC representative.',
      ],
      button: {
        label: 'Read the advisory',
        url: `https://www.msc.com/en/newsroom/customer-advisories/${isoDate(from).slice(0, 4)}/gri-${alnum(r, 6).toLowerCase()}`,
      },
      footer: [
        'MSC Mediterranean Shipping Company S.A., Chemin Rieu 12-14, 1208 Geneva',
        '[Unsubscribe](https://www.msc.com/en/unsubscribe)',
      ],
    });
    return build(r, {
      from: 'customer.advisory@msc.com',
      fromName: 'MSC Customer Advisory',
      to: v.email,
      toName: v.name,
      subject: 'Customer Advisory: General Rate Increase - Asia to North Europe',
      ...body,
      relay: relays.sendgrid(r),
      auth: pass('em.msc.com', 'msc.com'),
    });
  }),
  t('dhl-express-shipment', 'shipping-notice', (r) => {
    const v = me(r);
    const awb = digits(r, 10);
    const body = notice({
      brand: 'DHL Express',
      color: '#d40511',
      heading: 'Your shipment is on its way',
      paragraphs: [
        `Shipment ${awb} from ${pick(r, ['Shenzhen', 'Chicago', 'Singapore', 'Milan'])} is on its way and is scheduled for delivery on ${longDate(when(r))}.`,
      ],
      button: {
        label: 'Track your shipment',
        url: `https://www.dhl.com/nl-en/home/tracking/tracking-express.html?submit=1&tracking-id=${awb}`,
      },
      after: [
        'Import duties for this shipment are billed to your DHL account; no payment is required at the door.',
      ],
      footer: ['DHL Express (Netherlands) B.V.', 'This is an automated message. Please do not reply.'],
    });
    return build(r, {
      from: 'noreply@dhl.com',
      fromName: 'DHL Express',
      to: v.email,
      toName: v.name,
      subject: `DHL On Demand Delivery: Shipment ${awb} is on its way`,
      ...body,
      relay: relays.own('mailout.dhl.com', r),
    });
  }),
  t('dhl-express-invoice', 'carrier-invoice', (r) => {
    const v = me(r, 'Accounts Payable');
    const inv = `RTM${digits(r, 9)}`;
    const body = notice({
      brand: 'DHL Express',
      color: '#d40511',
      heading: 'Your DHL Express invoice',
      paragraphs: [`Dear customer, invoice ${inv} for account ${digits(r, 9)} is available in MyBill.`],
      rows: [
        ['Invoice date', shortDate(when(r))],
        ['Amount', `EUR ${money(r, 120, 4800)}`],
        ['Due date', shortDate(addDays(when(r), 30))],
      ],
      button: { label: 'Go to MyBill', url: 'https://mybill.dhl.com/login/' },
      footer: ['DHL Express (Netherlands) B.V.'],
    });
    return build(r, {
      from: 'mybill.nl@dhl.com',
      fromName: 'DHL Express MyBill',
      to: v.email,
      toName: v.name,
      subject: `DHL Express invoice ${inv}`,
      ...body,
      relay: relays.own('mailout.dhl.com', r),
    });
  }),
  t('kn-invoice-portal', 'carrier-invoice', (r) => {
    const v = me(r, 'Accounts Payable');
    const inv = `${int(r, 2024, 2026)}${digits(r, 8)}`;
    const pdf = onePagePdf([
      'Kuehne + Nagel N.V.',
      `Invoice ${inv}`,
      `Shipment ${digits(r, 10)}`,
      `Total EUR ${money(r, 600, 18000)}`,
    ]);
    const body = letter(
      [
        `Dear Customer,`,
        `Please find attached invoice ${inv}. Invoices and supporting documents are also available on [KN Login](https://mykn.kuehne-nagel.com/).`,
        'Please do not reply to this email. For questions, contact your Kuehne+Nagel customer service.',
      ],
      ['Kuehne + Nagel', 'Invoicing Services'],
      'Arial, sans-serif',
    );
    return build(r, {
      from: 'no-reply.invoicing@kuehne-nagel.com',
      fromName: 'Kuehne+Nagel Invoicing',
      to: v.email,
      toName: v.name,
      subject: `Kuehne+Nagel Invoice ${inv}`,
      ...body,
      attachments: [{ type: PDF, name: `${inv}.pdf`, data: pdf }],
      relay: relays.own('mx-out.kuehne-nagel.com', r),
    });
  }),
  t('schenker-status-update', 'shipment-status', (r) => {
    const v = me(r, 'Transport Planner');
    const ref = `${pick(r, ['NLRTM', 'BEANR', 'FRLIL'])}${digits(r, 9)}`;
    const text = `DB SCHENKER - Shipment status\n\nShipment: ${ref}\nStatus: ${pick(r, ['Delivered', 'Out for delivery', 'Arrived at terminal', 'Collected'])}\nLocation: ${pick(r, ['Duisburg', 'Venlo', 'Lille', 'Gent'])}\nDate: ${shortDate(when(r))}\n\nTrack online: https://www.dbschenker.com/app/tracking-public/?refNumber=${ref}&refType=ShippersRefNo\n\nThis notification was subscribed to by your company in eSchenker. To change notifications, log in to eSchenker.\n`;
    return build(r, {
      from: 'noreply@dbschenker.com',
      fromName: 'DB SCHENKER',
      to: v.email,
      toName: v.name,
      subject: `Shipment status ${ref}`,
      text,
      relay: relays.own('smtp.dbschenker.com', r),
    });
  }),
  t('timocom-new-offers', 'freight-exchange-notice', (r) => {
    const v = me(r, 'Dispatcher');
    const n = int(r, 3, 24);
    const body = notice({
      brand: 'TIMOCOM',
      color: '#0a3a66',
      heading: `${n} new freight offers for your search "${pick(r, ['NL \u2192 FR', 'BE \u2192 DE', 'Venlo 100 km'])}"`,
      paragraphs: ['New offers match one of your saved searches. Open the Marketplace to see them.'],
      button: {
        label: 'Show offers',
        url: `https://my.timocom.com/app/tco/freight/search?searchId=${digits(r, 7)}`,
      },
      footer: [
        'TIMOCOM GmbH \u00b7 TIMOCOM Platz 1 \u00b7 40699 Erkrath \u00b7 Germany',
        '[Notification settings](https://my.timocom.com/app/settings/notifications)',
      ],
    });
    return build(r, {
      from: 'noreply@timocom.com',
      fromName: 'TIMOCOM',
      to: v.email,
      toName: v.name,
      subject: `${n} new freight offers`,
      ...body,
      relay: relays.own('mail2.timocom.com', r),
    });
  }),
  t('timocom-password-reset', 'password-reset-requested', (r) => {
    const v = me(r, 'Dispatcher');
    const body = notice({
      brand: 'TIMOCOM',
      color: '#0a3a66',
      heading: 'Reset your password',
      paragraphs: [
        `Hello ${v.first} ${v.last},`,
        'You requested a new password for your TIMOCOM account. The link is valid for 60 minutes.',
      ],
      button: {
        label: 'Set new password',
        url: `https://login.timocom.com/auth/realms/timocom/login-actions/action-token?key=${alnum(r, 64)}`,
      },
      after: ['If you did not request this, you can ignore this email; your password stays unchanged.'],
      footer: ['TIMOCOM GmbH \u00b7 TIMOCOM Platz 1 \u00b7 40699 Erkrath'],
    });
    return build(r, {
      from: 'noreply@timocom.com',
      fromName: 'TIMOCOM',
      to: v.email,
      toName: v.name,
      subject: 'TIMOCOM: reset your password',
      ...body,
      relay: relays.own('mail2.timocom.com', r),
    });
  }),
  t('transporeon-tender', 'tender-invitation', (r) => {
    const v = me(r, 'Key Account Manager');
    const c = pick(r, CUSTOMERS);
    const body = notice({
      brand: 'Transporeon',
      color: '#00a0df',
      heading: `New tender from ${c.name}`,
      paragraphs: [
        `${c.name} invited you to tender "${pick(r, ['Road FTL 2026', 'Benelux distribution', 'Export NL-FR'])}". Bidding closes on ${longDate(addDays(when(r), 14))}.`,
      ],
      button: {
        label: 'Open in Transporeon',
        url: `https://login.transporeon.com/?tenderId=${digits(r, 7)}`,
      },
      footer: ['Transporeon GmbH, Magirus-Deutz-Straße 16, 89077 Ulm', 'A Trimble company'],
    });
    return build(r, {
      from: 'no-reply@transporeon.com',
      fromName: 'Transporeon',
      to: v.email,
      toName: v.name,
      subject: `Tender invitation: ${c.name}`,
      ...body,
      relay: relays.ses(r),
      auth: pass('mail.transporeon.com', 'transporeon.com'),
    });
  }),
  t('webfleet-geofence-alert', 'telematics-alert', (r) => {
    const v = me(r, 'Fleet Coordinator');
    const plate = `${int(r, 10, 99)}-B${upper(r, 2)}-${digits(r, 1)}`;
    const text = `WEBFLEET notification\n\nVehicle: ${plate} (${person(r, CORP).name})\nEvent: ${pick(r, ['Left area "Depot Rotterdam"', 'Entered area "Port of Antwerp"', 'Driving time 4h15 without break', 'Ignition on outside working hours'])}\nTime: ${shortDate(when(r))} ${int(r, 0, 23)}:${int(r, 10, 59)}\nPosition: https://live.webfleet.com/web/index.html#/map?lat=51.${digits(r, 4)}&lng=4.${digits(r, 4)}\n\nYou receive this message because an alarm is configured for your account.\nWebfleet - Bridgestone Mobility Solutions B.V.\n`;
    return build(r, {
      from: 'noreply@webfleet.com',
      fromName: 'Webfleet',
      to: v.email,
      toName: v.name,
      subject: `Webfleet alarm: ${plate}`,
      text,
      relay: relays.ses(r),
      auth: pass('bounce.webfleet.com', 'webfleet.com'),
    });
  }),
  t('dkv-monthly-invoice', 'fuel-card-statement', (r) => {
    const v = me(r, 'Fleet Coordinator');
    const body = notice({
      brand: 'DKV Mobility',
      color: '#003c7d',
      heading: 'Your DKV invoice is available',
      paragraphs: [
        `Dear customer,`,
        `Your invoice of ${longDate(when(r))} for customer number ${digits(r, 6)} is available in DKV Cockpit.`,
      ],
      rows: [
        ['Invoice amount', `EUR ${money(r, 12000, 140000)}`],
        ['Direct debit date', shortDate(addDays(when(r), 14))],
      ],
      button: { label: 'Open DKV Cockpit', url: 'https://cockpit.dkv-mobility.com/' },
      footer: ['DKV Mobility Services Group, Balcke-Dürr-Allee 3, 40882 Ratingen, Germany'],
    });
    return build(r, {
      from: 'e-invoice@dkv-mobility.com',
      fromName: 'DKV Mobility',
      to: v.email,
      toName: v.name,
      subject: 'DKV invoice available',
      ...body,
      relay: relays.own('mailout.dkv-mobility.com', r),
    });
  }),
  t('shell-card-pin', 'fuel-card-notice', (r) => {
    const v = me(r, 'Fleet Coordinator');
    const last4 = digits(r, 4);
    const body = notice({
      brand: 'Shell Card',
      color: '#dd1d21',
      heading: 'New cards have been dispatched',
      paragraphs: [
        `${int(r, 1, 6)} replacement Shell Card(s), including card ending ${last4}, were posted to your registered address. PIN letters are sent separately.`,
        'Cards can be activated in Shell Card Online.',
      ],
      button: {
        label: 'Shell Card Online',
        url: 'https://www.shell.nl/business-customers/shell-fuel-card/card-online.html',
      },
      footer: [
        'Shell Nederland Verkoopmaatschappij B.V.',
        'Shell will never ask for your PIN by email or phone.',
      ],
    });
    return build(r, {
      from: 'shellcard-noreply@shell.com',
      fromName: 'Shell Card',
      to: v.email,
      toName: v.name,
      subject: 'Your replacement Shell Cards are on their way',
      ...body,
      relay: relays.own('mail-out.shell.com', r),
    });
  }),
  t('customs-broker-declaration', 'customs-notice', (r) => {
    const v = me(r, 'Customs Declarant');
    const mrn = `${pick(r, ['25', '26'])}BE${digits(r, 14)}`;
    const text = `Declaration accepted\n\nMRN: ${mrn}\nType: IM A\nOffice: ${pick(r, ['BE101000 Antwerpen', 'BE212000 Zeebrugge'])}\nStatus: Released for free circulation\nDuties and taxes: EUR ${money(r, 200, 9800)} (deferred payment, account ${digits(r, 6)})\n\nThis message was generated by the customs declaration system.\n`;
    return build(r, {
      from: `customs-system@${CORP}`,
      fromName: 'Customs Declarations',
      to: v.email,
      toName: v.name,
      subject: `Released: ${mrn}`,
      text,
      relay: { helo: `cds01.${CORP}`, ip: `10.30.${int(r, 1, 9)}.${int(r, 10, 99)}` },
      auth: null,
    });
  }),
  t('port-antwerp-nxtport', 'port-community-notice', (r) => {
    const v = me(r, 'Customs Broker');
    const ctr = container(r);
    const body = notice({
      brand: 'NxtPort',
      color: '#00386b',
      heading: 'Certified Pick-up: container released',
      paragraphs: [
        `Container ${ctr} is released for pick-up at ${pick(r, ['MPET Deurganck', 'PSA Europa', 'Antwerp Gateway'])}. The pick-up right has been assigned to your company.`,
      ],
      button: { label: 'Open Certified Pick-up', url: 'https://www.nxtport.com/certified-pick-up' },
      footer: ['NxtPort NV, Antwerp'],
    });
    return build(r, {
      from: 'no-reply@nxtport.com',
      fromName: 'NxtPort Certified Pick-up',
      to: v.email,
      toName: v.name,
      subject: `Container ${ctr} released`,
      ...body,
      relay: relays.sendgrid(r),
      auth: pass('em.nxtport.com', 'nxtport.com'),
    });
  }),
  // Finance and banking ---------------------------------------------------------------------------------
  t('haulier-invoice-pdf', 'supplier-invoice', (r) => {
    const v = me(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const n = person(r, h.domain, { fr: h.lang === 'fr' });
    const nr = `${int(r, 2024, 2026)}-${digits(r, 4)}`;
    const pdf = onePagePdf([
      h.name,
      `Invoice ${nr}`,
      `${int(r, 3, 20)} trips`,
      `Total EUR ${money(r, 1200, 26000)}`,
      `IBAN ${iban(r, h.country)}`,
    ]);
    const body = letter(
      [
        `Dear ${v.first},`,
        `Please find attached our invoice ${nr} for last month's trips, with the signed CMRs.`,
      ],
      [n.name, h.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: `Invoice ${nr} ${h.name}`,
      ...body,
      attachments: [
        { type: PDF, name: `Invoice_${nr}.pdf`, data: pdf },
        { type: PDF, name: `CMR_${nr}.pdf`, data: onePagePdf(['CMR', `${int(r, 3, 20)} consignment notes`]) },
      ],
      relay: relays.outlook(r),
      idStyle: 'outlook',
      auth: chance(r, 3) ? spfOnly() : pass(),
    });
  }),
  t('vendor-bank-change-callback', 'vendor-bank-letter', (r) => {
    const v = me(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const n = person(r, h.domain, { fr: h.lang === 'fr' });
    const phone = `+${h.country === 'NL' ? '31' : h.country === 'BE' ? '32' : h.country === 'FR' ? '33' : '49'} ${digits(r, 2)} ${digits(r, 3)} ${digits(r, 4)}`;
    const body = letter(
      [
        'Dear customer,',
        `Following our merger with ${pick(r, ['a group company', 'our parent company'])}, our bank account will change from ${longDate(addDays(when(r), 45))}. The signed notification is attached.`,
        `For your security, please do not change anything on the basis of this email alone. Call our finance department on the number you have on file for us (switchboard ${phone}) to confirm the new details; we will also confirm by registered letter.`,
      ],
      [n.name, 'Finance Manager', h.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: `${h.name}: notice of change of bank account (please verify by phone)`,
      ...body,
      attachments: [
        {
          type: PDF,
          name: 'Bank_account_change_notice.pdf',
          data: onePagePdf([
            h.name,
            'Notice of change of bank account',
            `New IBAN: ${iban(r, h.country)}`,
            `Verify by phone: ${phone}`,
          ]),
        },
      ],
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('ing-batch-confirmation', 'bank-notification', (r) => {
    const v = me(r, 'Finance Officer');
    const body = notice({
      brand: 'ING',
      color: '#ff6200',
      heading: 'Payment batch processed',
      paragraphs: [
        `The batch "${pick(r, ['Crediteuren', 'Hauliers', 'Salaries'])} ${shortDate(when(r))}" with ${int(r, 10, 140)} payments has been processed.`,
        'You can view the details in InsideBusiness Payments.',
      ],
      button: { label: 'InsideBusiness', url: 'https://insidebusiness.ing.com/' },
      footer: [
        'ING Bank N.V.',
        'ING will never ask you for your PIN, response codes or to approve a payment you did not create.',
      ],
    });
    return build(r, {
      from: 'noreply@ing.com',
      fromName: 'ING InsideBusiness',
      to: v.email,
      toName: v.name,
      subject: 'InsideBusiness Payments: batch processed',
      ...body,
      relay: relays.own('mailout.ing.com', r),
    });
  }),
  t('kbc-new-beneficiary', 'bank-notification', (r) => {
    const v = me(r, 'Finance Officer');
    const body = notice({
      brand: 'KBC Business',
      color: '#00aeef',
      heading: 'A new beneficiary was added',
      paragraphs: [
        `A new beneficiary (${pick(r, HAULIERS).name}) was added to your KBC Business Dashboard on ${shortDate(when(r))} by ${v.name}.`,
        'If you did not do this, call KBC Business Support on +32 16 43 29 10.',
      ],
      footer: ['KBC Bank NV, Havenlaan 2, 1080 Brussel'],
    });
    return build(r, {
      from: 'noreply@kbc.be',
      fromName: 'KBC Business',
      to: v.email,
      toName: v.name,
      subject: 'New beneficiary added',
      ...body,
      relay: relays.own('smtpout.kbc.be', r),
    });
  }),
  t('concur-expense-approved', 'expense-notice', (r) => {
    const v = me(r);
    const body = notice({
      brand: 'SAP Concur',
      color: '#0c3b5f',
      heading: 'Expense report approved',
      paragraphs: [
        `Your expense report "${pick(r, ['Trip Hamburg', 'Client visit Lille', 'Transport Logistic Munich', 'Training Antwerp'])}" (EUR ${money(r, 40, 1400)}) has been approved and sent for payment.`,
      ],
      button: { label: 'View report', url: 'https://eu2.concursolutions.com/nui/expense' },
      footer: ['SAP Concur', 'Please do not reply to this automated email.'],
    });
    return build(r, {
      from: 'autonotification@concursolutions.com',
      fromName: 'SAP Concur',
      to: v.email,
      toName: v.name,
      subject: 'Expense report approved',
      ...body,
      relay: relays.own('mail.concursolutions.com', r),
    });
  }),
  t('ariba-po-from-customer', 'supplier-portal-notice', (r) => {
    const v = me(r, 'Credit Controller');
    const c = pick(r, CUSTOMERS);
    const po = `45${digits(r, 8)}`;
    const body = notice({
      brand: 'SAP Business Network',
      color: '#0a6ed1',
      heading: `${c.name} sent you purchase order ${po}`,
      paragraphs: [
        `Amount: EUR ${money(r, 2000, 42000)}`,
        'You can view the order and create an order confirmation in your SAP Business Network account.',
      ],
      button: {
        label: 'Process order',
        url: `https://service.ariba.com/Supplier.aw/ad/po?key=${alnum(r, 24)}`,
      },
      footer: ['SAP Business Network', `[Privacy Statement](https://www.ariba.com/legal/privacy)`],
    });
    return build(r, {
      from: 'ordersender-prod@ansmtp.ariba.com',
      fromName: `${c.name} via SAP Business Network`,
      to: v.email,
      toName: v.name,
      subject: `${c.name} sent a new Purchase Order ${po}`,
      ...body,
      relay: relays.own('ansmtp.ariba.com', r),
    });
  }),
  // Documents, signatures, transfers ---------------------------------------------------------------------
  t('docusign-contract', 'e-signature', (r) => {
    const v = me(r, 'Operations Manager');
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const url = `https://eu.docusign.net/Signing/EmailStart.aspx?a=${chars(r, 8)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 12)}&acct=${chars(r, 8)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 12)}&er=${chars(r, 8)}-${chars(r, 4)}`;
    const body = notice({
      brand: 'DocuSign',
      color: '#1e1e64',
      heading: `${n.name} sent you a document to review and sign.`,
      paragraphs: [
        `${n.name}\n${n.email}`,
        `${pick(r, ['Please sign the 2026 transport agreement.', 'Warehousing SLA - signature page', 'Annex rates - please sign'])}`,
      ],
      button: { label: 'REVIEW DOCUMENT', url },
      after: [
        `Do Not Share This Email: this email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.`,
      ],
      footer: [
        'About DocuSign: sign documents electronically in just minutes.',
        'If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center.',
      ],
    });
    return build(r, {
      from: 'dse_NA4@docusign.net',
      fromName: `${n.name} via Docusign`,
      to: v.email,
      toName: v.name,
      replyTo: n.email,
      subject: `Complete with Docusign: ${c.name} - Vanderbrug agreement.pdf`,
      ...body,
      relay: relays.own('mailfr.docusign.net', r),
      auth: pass('docusign.net'),
    });
  }),
  t('acrobat-sign-nda', 'e-signature', (r) => {
    const v = me(r, 'Key Account Manager');
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const body = notice({
      brand: 'Adobe Acrobat Sign',
      color: '#eb1000',
      heading: `${n.name} has requested your signature`,
      paragraphs: [`"${c.name} - Mutual NDA"`, 'Please review and complete this document.'],
      button: {
        label: 'Review and sign',
        url: `https://secure.eu1.adobesign.com/public/esign?tsid=${alnum(r, 40)}`,
      },
      footer: [
        'Powered by Adobe Acrobat Sign',
        'To ensure that you continue receiving our emails, please add echosign@echosign.com to your address book.',
      ],
    });
    return build(r, {
      from: 'echosign@echosign.com',
      fromName: `${n.name} via Adobe Acrobat Sign`,
      to: v.email,
      toName: v.name,
      replyTo: n.email,
      subject: `Signature requested on "${c.name} - Mutual NDA"`,
      ...body,
      relay: relays.own('mail.eu1.echosign.com', r),
    });
  }),
  t('wetransfer-real', 'file-transfer', (r) => {
    const v = me(r);
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const files = int(r, 2, 12);
    const body = notice({
      brand: 'WeTransfer',
      color: '#17181a',
      heading: `${n.email} sent you ${files} files`,
      paragraphs: [
        `"${pick(r, ['Photos of the loading', `Packing lists week ${int(r, 1, 52)}`, 'Artwork for the trailer wrap'])}"`,
        `${files} files \u00b7 ${int(r, 5, 900)} MB \u00b7 Expires in 7 days`,
      ],
      button: {
        label: 'Download',
        url: `https://wetransfer.com/downloads/${chars(r, 46)}/${chars(r, 6)}?t_exp=${digits(r, 10)}&t_lsid=${chars(r, 8)}-${chars(r, 4)}&t_network=email&t_rid=${alnum(r, 30)}&t_s=download_link&t_ts=${digits(r, 10)}`,
      },
      footer: [
        'To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.',
        '[About WeTransfer](https://wetransfer.com/about) \u00b7 [Help](https://help.wetransfer.com/)',
      ],
    });
    return build(r, {
      from: 'noreply@wetransfer.com',
      fromName: 'WeTransfer',
      to: v.email,
      toName: v.name,
      subject: `${n.email} sent you ${files} files via WeTransfer`,
      ...body,
      relay: relays.mailgun(r),
      auth: pass('mail.wetransfer.com', 'wetransfer.com'),
    });
  }),
  t('google-drive-customer-share', 'shared-doc-external', (r) => {
    const v = me(r, 'Transport Planner');
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const body = notice({
      brand: 'Google Sheets',
      color: '#0f9d58',
      heading: `${n.name} shared a spreadsheet`,
      paragraphs: [
        `${n.name} (${n.email}) has invited you to edit the following spreadsheet:`,
        `${pick(r, ['Loading schedule', 'Pallet forecast', 'Delivery slots'])} ${c.name}`,
      ],
      button: {
        label: 'Open',
        url: `https://docs.google.com/spreadsheets/d/1${alnum(r, 43)}/edit?usp=sharing_eip&invite=${alnum(r, 12)}`,
      },
      footer: [
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
        'You have received this email because someone shared a spreadsheet with you from Google Sheets.',
      ],
    });
    return build(r, {
      from: 'drive-shares-dm-noreply@google.com',
      fromName: `${n.name} (via Google Sheets)`,
      to: v.email,
      toName: v.name,
      replyTo: n.email,
      subject: `Spreadsheet shared with you: "${pick(r, ['Loading schedule', 'Pallet forecast', 'Delivery slots'])}"`,
      ...body,
      relay: relays.google(r),
      auth: pass('doclist.bounces.google.com', 'google.com'),
    });
  }),
  t('customer-rfq-xlsx', 'customer-inquiry', (r) => {
    const v = me(r, 'Key Account Manager');
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const body = letter(
      [
        `Hi ${v.first},`,
        `Attached our volumes for the ${pick(r, ['2026 tender', 'new DC in Tilburg', 'Q3 peak'])}. Could you price the lanes in column F and return by ${longDate(when(r))}?`,
        'Happy to have a call if something is unclear.',
      ],
      [n.name, pick(r, ['Supply Chain Manager', 'Logistics Buyer']), c.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['RFQ lanes 2026', 'Volumes for pricing', `${c.name} - request for quotation`]),
      ...body,
      attachments: [
        { type: XLSX, name: `RFQ_${c.name.split(' ')[0]}_${digits(r, 4)}.xlsx`, data: plainWorkbook(r) },
      ],
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('customer-complaint-reply-thread', 'customer-complaint', (r) => {
    const v = me(r, 'Key Account Manager');
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const subject = `RE: Late delivery order ${digits(r, 7)}`;
    const body = letter(
      [
        `${v.first},`,
        `This is the third late delivery this month. The driver arrived at ${int(r, 14, 17)}:${int(r, 10, 59)} instead of the 08:00 slot and our line stood still. I expect a root-cause analysis by Friday and a credit note for the penalty per our agreement.`,
        ...quoted(`${v.name} <${v.email}>`, when(r), `${n.name} <${n.email}>`, subject.slice(4), [
          `Dear ${n.first},`,
          'Apologies for the delay today; the truck was held at the terminal. We will update you on the new ETA.',
          v.name,
        ]),
      ],
      [n.name, c.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      cc: [`${CEO.name} <${CEO.email}>`],
      subject,
      ...body,
      extra: [`In-Reply-To: <${chars(r, 24)}@${CORP}>`],
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  // Newsletters, events, recruiters ----------------------------------------------------------------------
  t('lloyds-loading-list-newsletter', 'newsletter', (r) => {
    const v = me(r);
    const link = (slug: string) =>
      `https://click.email.lloydsloadinglist.com/?qs=${chars(r, 40)}&u=${encodeURIComponent(`https://www.lloydsloadinglist.com/freight-directory/news/${slug}`)}`;
    const body = notice({
      brand: "Lloyd's Loading List",
      color: '#00263e',
      heading: 'Daily news briefing',
      paragraphs: [
        `[Rotterdam volumes ${pick(r, ['up', 'down'])} ${int(r, 1, 6)}% as alliances reshuffle](${link('rotterdam-volumes')})`,
        `[Red Sea diversions: what forwarders need to know](${link('red-sea')})`,
        `[EU ETS for shipping: surcharges explained](${link('eu-ets')})`,
      ],
      footer: [
        'Maritime Intelligence, Informa',
        `[Unsubscribe](https://www.lloydsloadinglist.com/unsubscribe?e=${chars(r, 20)})`,
      ],
      pixel: `https://click.email.lloydsloadinglist.com/open.aspx?ffcb10-${chars(r, 24)}`,
    });
    return build(r, {
      from: 'newsletters@lloydsloadinglist.com',
      fromName: "Lloyd's Loading List",
      to: v.email,
      toName: v.name,
      subject: pick(r, ["Today's top freight news", 'Daily briefing: carriers, ports, customs', 'LLL Daily']),
      ...body,
      extra: [
        `List-Unsubscribe: <https://www.lloydsloadinglist.com/unsubscribe?e=${chars(r, 20)}>`,
        `List-Id: <daily.lloydsloadinglist.com>`,
      ],
      relay: relays.sendgrid(r),
      auth: pass('bounce.lloydsloadinglist.com', 'lloydsloadinglist.com'),
    });
  }),
  t('webfleet-webinar-marketing', 'marketing', (r) => {
    const v = me(r, 'Fleet Coordinator');
    const url = `https://go.webfleet.com/${chars(r, 3)}-${chars(r, 3)}-${chars(r, 3)}/${alnum(r, 8)}?mkt_tok=${alnum(r, 60)}`;
    const body = notice({
      brand: 'Webfleet',
      color: '#e4002b',
      heading: 'Webinar: cutting fuel costs with driver coaching',
      paragraphs: [
        `Join our experts on ${longDate(when(r))} at 10:00 CET. Learn how fleets reduce fuel use by up to 15% with OptiDrive 360.`,
      ],
      button: { label: 'Register now', url },
      footer: [
        'Bridgestone Mobility Solutions B.V., Amsterdam',
        `[Unsubscribe](https://go.webfleet.com/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok=${alnum(r, 40)})`,
      ],
      pixel: `https://go.webfleet.com/trk?t=1&mid=${alnum(r, 30)}`,
    });
    return build(r, {
      from: 'events@webfleet.com',
      fromName: 'Webfleet',
      to: v.email,
      toName: v.name,
      subject: 'Webinar: cut fuel costs with driver coaching',
      ...body,
      extra: ['List-Unsubscribe: <mailto:unsubscribe@mktomail.webfleet.com>'],
      relay: relays.own(`mktomail${int(r, 10, 99)}.webfleet.com`, r),
      auth: pass('mktomail.webfleet.com', 'webfleet.com'),
    });
  }),
  t('transport-logistic-invite', 'conference-invite', (r) => {
    const v = me(r);
    const body = notice({
      brand: 'transport logistic',
      color: '#003a70',
      heading: 'Your free visitor ticket for transport logistic Munich',
      paragraphs: [
        `Dear ${v.first} ${v.last},`,
        `Your exhibitor partner has sent you a voucher for transport logistic in Munich. Redeem code ${upper(r, 4)}-${upper(r, 4)} in the ticket shop.`,
      ],
      button: {
        label: 'Redeem voucher',
        url: `https://transportlogistic.de/en/tickets/?voucher=${upper(r, 8)}&utm_source=newsletter&utm_medium=email`,
      },
      footer: ['Messe München GmbH, Messegelände, 81823 München'],
    });
    return build(r, {
      from: 'newsletter@messe-muenchen.de',
      fromName: 'transport logistic',
      to: v.email,
      toName: v.name,
      subject: 'Your free ticket for transport logistic',
      ...body,
      relay: relays.own('mailout.messe-muenchen.de', r),
    });
  }),
  t('linkedin-recruiter-inmail', 'recruiter', (r) => {
    const v = me(r);
    const rec = person(r, 'x.test');
    const body = notice({
      brand: 'LinkedIn',
      color: '#0a66c2',
      heading: `${rec.name} sent you a message`,
      paragraphs: [
        `"Hi ${v.first}, I'm recruiting for a ${pick(r, ['Head of Customs', 'Sea Freight Manager', 'Operations Director'])} role with a forwarder in the Rotterdam area. Would you be open to a short chat?"`,
      ],
      button: {
        label: 'Reply',
        url: `https://www.linkedin.com/messaging/thread/2-${alnum(r, 40)}/?trk=eml-email_message_notification`,
      },
      footer: [
        `This email was intended for ${v.name} (${v.title})`,
        '\u00a9 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085',
        `[Unsubscribe](https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=${alnum(r, 20)})`,
      ],
    });
    return build(r, {
      from: 'inmail-hit-reply@linkedin.com',
      fromName: `${rec.name} via LinkedIn`,
      to: v.email,
      toName: v.name,
      subject: `${rec.first}: ${pick(r, ['opportunity in Rotterdam', 'would you be open to a chat?', 'new role'])}`,
      ...body,
      relay: relays.own(`mailb-${chars(r, 2)}.linkedin.com`, r),
    });
  }),
  t('agency-recruiter-direct', 'recruiter', (r) => {
    const v = me(r, 'Customs Broker');
    const rec = person(r, 'logistiekwerving.nl', { fr: false });
    const body = letter(
      [
        `Hi ${v.first},`,
        `I came across your profile and wanted to reach out about a ${pick(r, ['Senior Customs Specialist', 'AEO Compliance Lead', 'Customs Team Lead'])} opening at one of our clients, a ${pick(r, ['chemicals distributor', 'port-based forwarder', 'retail DC'])} near ${pick(r, ['Rotterdam', 'Antwerp', 'Breda'])}. Salary range EUR ${int(r, 55, 70)}-${int(r, 72, 85)}k.`,
        'If you\u2019re open to it, I\u2019d be glad to tell you more over a short call. If not, no worries \u2013 just let me know and I won\u2019t contact you again.',
      ],
      [
        rec.name,
        'Senior Recruiter',
        'Logistiek Werving',
        `+31 ${int(r, 10, 79)} ${digits(r, 3)} ${digits(r, 4)}`,
      ],
    );
    return build(r, {
      from: rec.email,
      fromName: rec.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Customs opportunity', 'A role that may interest you', 'Quick question']),
      ...body,
      relay: relays.google(r),
      idStyle: 'gmail',
      idDomain: 'logistiekwerving.nl',
    });
  }),
  t('zoom-recording', 'meeting-recording', (r) => {
    const v = me(r);
    const body = notice({
      brand: 'Zoom',
      color: '#0b5cff',
      heading: 'Cloud recording is now available',
      paragraphs: [
        `Hi ${v.first},`,
        `Your cloud recording "${pick(r, ['Carrier QBR', 'Customs training', 'Onboarding new dispatchers'])}" is now available.`,
      ],
      button: { label: 'View recording', url: `https://us06web.zoom.us/rec/share/${alnum(r, 60)}` },
      footer: ['Zoom Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113'],
    });
    return build(r, {
      from: 'no-reply@zoom.us',
      fromName: 'Zoom',
      to: v.email,
      toName: v.name,
      subject: 'Cloud Recording - now available',
      ...body,
      relay: relays.own('mailout.zoom.us', r),
    });
  }),
  t('tt-club-renewal', 'insurance-notice', (r) => {
    const v = me(r, 'Finance Officer');
    const n = person(r, 'ttclub.com');
    const pdf = onePagePdf([
      'TT Club',
      'Renewal notice',
      `Policy ${upper(r, 2)}${digits(r, 7)}`,
      `Renewal date ${shortDate(when(r))}`,
      'Freight forwarder liability',
    ]);
    const body = letter(
      [
        `Dear ${v.first},`,
        'Please find attached the renewal notice for your freight forwarder liability cover. Kindly review the declared turnover and return the proposal form before the renewal date.',
      ],
      [n.name, 'Underwriting', 'TT Club'],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: 'TT Club renewal notice',
      ...body,
      attachments: [{ type: PDF, name: 'Renewal_notice.pdf', data: pdf }],
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('fenex-mailing-list', 'mailing-list', (r) => {
    const n = person(r, 'fenex.nl', { fr: false });
    const text = `Geachte leden,\n\nDear members,\n\nPlease note the update on ICS2 release 3 for maritime carriers: from ${longDate(when(r))} house-level filing is mandatory. Our FAQ has been updated: https://www.fenex.nl/ics2\n\nKind regards,\n${n.name}\nFenex - Nederlandse Organisatie voor Expeditie en Logistiek\n\n--\nYou are receiving this message as a member of the customs-affairs list.\nUnsubscribe: https://lists.fenex.nl/mailman/listinfo/douanezaken\n`;
    return build(r, {
      from: n.email,
      fromName: `${n.name} (Fenex)`,
      to: `douanezaken@lists.fenex.nl`,
      subject: '[douanezaken] ICS2 release 3 - house-level filing',
      text,
      extra: [
        'List-Id: <douanezaken.lists.fenex.nl>',
        '<https://lists.fenex.nl/mailman/listinfo/douanezaken>'.replace(/^/, 'List-Unsubscribe: '),
        'Precedence: list',
        `Sender: douanezaken-bounces@lists.fenex.nl`,
      ],
      relay: relays.own('lists.fenex.nl', r),
      auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass', mailFrom: 'lists.fenex.nl' },
    });
  }),
  t('eventbrite-ticket', 'event-ticket', (r) => {
    const v = me(r);
    const body = notice({
      brand: 'Eventbrite',
      color: '#f05537',
      heading: `You're going to ${pick(r, ['Port of Rotterdam Networking Night', 'Women in Logistics Benelux', 'Customs Compliance Day'])}`,
      paragraphs: [
        `Order #${digits(r, 10)} \u00b7 ${longDate(when(r))}`,
        'Your ticket is attached to this email and is also available in the Eventbrite app.',
      ],
      button: {
        label: 'View tickets',
        url: `https://www.eventbrite.com/mytickets/?utm_source=eb_email&utm_medium=email&utm_campaign=order_confirmation_email`,
      },
      footer: ['Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103'],
    });
    return build(r, {
      from: 'noreply@order.eventbrite.com',
      fromName: 'Eventbrite',
      to: v.email,
      toName: v.name,
      subject: 'Your tickets for the event',
      ...body,
      attachments: [
        {
          type: PDF,
          name: 'tickets.pdf',
          data: onePagePdf(['Eventbrite ticket', v.name, `Order ${digits(r, 10)}`]),
        },
      ],
      relay: relays.sendgrid(r),
      auth: pass('order.eventbrite.com', 'order.eventbrite.com'),
    });
  }),
  t('amazon-business-order', 'order-confirmation', (r) => {
    const v = me(r, 'Warehouse Supervisor');
    const body = notice({
      brand: 'Amazon Business',
      color: '#232f3e',
      heading: 'Your order has been dispatched',
      paragraphs: [
        `${pick(r, ['Stretch wrap 23 micron (6 rolls)', 'Pallet labels A5 (1000)', 'Safety gloves size 9 (24 pairs)', 'Barcode scanner battery'])} \u2013 arriving ${longDate(when(r))}.`,
      ],
      button: {
        label: 'Track package',
        url: `https://www.amazon.nl/gp/your-account/ship-track?orderId=40${digits(r, 1)}-${digits(r, 7)}-${digits(r, 7)}`,
      },
      footer: ['Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg'],
    });
    return build(r, {
      from: 'shipment-tracking@amazon.nl',
      fromName: 'Amazon Business',
      to: v.email,
      toName: v.name,
      subject: 'Your Amazon Business order has been dispatched',
      ...body,
      relay: relays.ses(r),
      auth: pass('amazonses.amazon.nl', 'amazon.nl'),
    });
  }),
  t('ceo-all-staff-announcement', 'internal-announcement', (r) => {
    const body = letter(
      [
        'Dear colleagues,',
        `I'm pleased to share that we have signed the lease for a new cross-dock facility in ${pick(r, ['Venlo', 'Zeebrugge', 'Dourges'])}, opening in ${pick(r, ['spring', 'autumn'])}. This will add ${int(r, 12, 40)},000 m\u00b2 and around ${int(r, 30, 90)} jobs.`,
        `We will present the plans at the town hall on ${longDate(when(r))}. The invitation follows from HR.`,
        'Thank you all for your hard work this year.',
      ],
      signature(CEO),
    );
    return build(r, {
      from: CEO.email,
      fromName: CEO.name,
      to: `all-staff@${CORP}`,
      subject: 'New cross-dock facility',
      ...body,
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('ups-freight-customs-invoice', 'customs-duty-invoice', (r) => {
    const v = me(r, 'Accounts Payable');
    const inv = `${digits(r, 10)}`;
    const body = notice({
      brand: 'UPS',
      color: '#351c15',
      heading: 'Duties and taxes invoice',
      paragraphs: [
        `An invoice for import duties and taxes for shipment 1Z${upper(r, 3)}${digits(r, 13)} is available in UPS Billing Center. Amount: EUR ${money(r, 40, 2400)}.`,
        'The amount will be collected by direct debit according to your account agreement.',
      ],
      button: { label: 'UPS Billing Center', url: 'https://billing.ups.com/ups/billing/invoice' },
      footer: ['United Parcel Service Nederland B.V.', 'Please do not reply to this email.'],
    });
    return build(r, {
      from: 'billing.notification@ups.com',
      fromName: 'UPS Billing',
      to: v.email,
      toName: v.name,
      subject: `UPS duties and taxes invoice ${inv}`,
      ...body,
      relay: relays.own('mail.ups.com', r),
    });
  }),
];

const monthYear = (r: R) => {
  const d = when(r);
  return `${longDate(d).split(' ').slice(1).join(' ')}`;
};

const TEMPLATES: Template[] = [...ENGLISH_HAM, ...LOCAL_HAM];

export const UNSEEN_HAM_18_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenHam18(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [i, template] of TEMPLATES.entries())
    for (let k = 0; k < perTemplate; k++) {
      const r = seededRandom(messageSeed(seed, i, k, 0x18b));
      out.push({ raw: await template.make(r), kind: template.kind, template: template.name });
    }
  return out;
}
