// The fifth unseen ham set: legitimate mail that looks risky (resets and codes the user asked for, a known
// supplier's invoice with its bank details, a supplier's genuine change of bank asking to be checked by
// phone, internal IT and HR notices, carrier and bank notices, tracked newsletters and marketing with a
// deadline, invitations, e-signature, file shares, a voicemail with its audio, a quarantine digest, a
// colleague's favour with its context), written beside unseen-5.ts and filled from the seed the same way.
// Real providers send from their own real domains, as they do in life (the company, its customers and
// made-up vendors use reserved ones); every link goes where the sender's business is.
import type { SeededRandom } from './generate.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import {
  attach,
  continental,
  pdfAttachment,
  quotedHistory,
  signed,
  TENANT,
  unsubscribe,
} from './unseen-5-parts.js';
import { invitation } from './unseen-payloads.js';

const ENTRIES: EncodedEntry[] = [
  {
    kind: 'password-reset',
    template: 'github-reset-requested',
    write: (s) => ({
      headers: s.headers('GitHub', 'noreply@github.com', [signed('github.com')]),
      subject: '[GitHub] Please reset your password',
      text: [
        'We heard that you lost your GitHub password. Sorry about that!',
        '',
        "But don't worry! You can use the following button to reset your password:",
        '',
        `https://github.com/password_reset/${s.token(40)}`,
        '',
        "If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit:",
        'https://github.com/password_reset',
        '',
        'Thanks,',
        'The GitHub Team',
      ].join('\n'),
    }),
  },
  {
    kind: 'password-reset',
    template: 'saas-reset-french',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Qonto', 'noreply@qonto.com', [signed('qonto.com')]),
      subject: 'Réinitialisation de votre mot de passe',
      html: page(
        [
          `Bonjour ${s.victim.first},`,
          'Vous avez demandé la réinitialisation du mot de passe de votre compte Qonto. Cliquez sur le bouton ci-dessous pour en choisir un nouveau. Ce lien est valable 30 minutes.',
          "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
        ],
        ['Réinitialiser mon mot de passe', `https://app.qonto.com/reset-password?token=${s.token(32)}`],
        'Qonto – 18 rue de Navarin, 75009 Paris',
      ),
    }),
  },
  {
    kind: 'sign-in-code',
    template: 'slack-confirmation-code',
    write: (s) => {
      const code = `${s.token(3)}-${s.token(3)}`.toUpperCase();
      return {
        headers: s.headers('Slack', 'no-reply@slack.com', [signed('slack.com')]),
        subject: `Slack confirmation code: ${code}`,
        html: page(
          [
            'Confirm your email address',
            `Your confirmation code is below — enter it in your open browser window and we'll help you get signed in.`,
            `<b style="font-size:24px">${code}</b>`,
            "If you didn't request this email, there's nothing to worry about — you can safely ignore it.",
          ],
          undefined,
          'Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105',
        ),
      };
    },
  },
  {
    kind: 'invoice',
    template: 'known-supplier-invoice-bank',
    write: (s) => {
      const invoice = `${s.vendor.name.slice(0, 3).toUpperCase()}-${s.digits(6)}`;
      const po = `PO-${s.digits(5)}`;
      return {
        headers: s.headers(`${s.vendor.name} Accounts`, `accounts@${s.vendor.domain}`, [
          signed(s.vendor.domain),
        ]),
        subject: `Invoice ${invoice} for ${po}`,
        text: [
          `Dear ${s.company} Accounts Payable,`,
          '',
          `Please find attached invoice ${invoice} for the goods delivered against ${po} on ${s.pick(['28', '29', '30'])} October.`,
          `Amount due: $${s.money(1_200, 24_000)}, payment terms 30 days net. Our bank details are unchanged and shown on the invoice.`,
          '',
          'Kind regards,',
          s.stranger.name,
          `Accounts, ${s.vendor.name}`,
        ].join('\n'),
        parts: [
          pdfAttachment(`${invoice}.pdf`, [
            `${s.vendor.name} – INVOICE ${invoice}`,
            `Customer: ${s.company}   Your order: ${po}`,
            'Bank: First Harbor Bank   Routing: 021000021   Account: 4451 2290 17',
            'Terms: 30 days net',
          ]),
        ],
      };
    },
  },
  {
    kind: 'bank-details-change',
    template: 'supplier-change-verify-by-phone',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [signed(s.vendor.domain)]),
      subject: `${s.vendor.name} – change of bank account from 1 January`,
      text: [
        `Dear ${s.victim.first},`,
        '',
        `${s.vendor.name} is moving its accounts to a new bank on 1 January. Our finance team will call your accounts`,
        'payable department from the number you already hold for us to confirm the new details by phone; please do',
        'not change anything on the strength of this email alone, and keep paying to the current account until then.',
        '',
        'If you prefer, call our finance desk on the number printed on any of our invoices.',
        '',
        'Best regards,',
        s.stranger.name,
        `Finance Manager, ${s.vendor.name}`,
      ].join('\n'),
    }),
  },
  {
    kind: 'it-announcement',
    template: 'security-training-due',
    write: (s) => ({
      headers: s.headers('IT Security', 'it-security@corp.example', [signed('corp.example')]),
      subject: `Reminder: annual security awareness training due ${s.pick(['Friday', 'on the 15th', 'this month'])}`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          "Our records show you have not yet completed this year's security awareness training (25 minutes). Completion is required for all staff; accounts of people who have not completed it are reported to their managers.",
          'The course is on the learning portal; sign in with your usual company account.',
        ],
        ['Start training', 'https://learning.corp.example/courses/security-awareness-2026'],
        'IT Security · Questions: it-help@corp.example',
      ),
    }),
  },
  {
    kind: 'it-announcement',
    template: 'vpn-client-rollout',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('IT Service Desk', 'servicedesk@corp.example', [signed('corp.example')]),
      subject: 'Action required: install the new VPN client before Monday',
      text: [
        'Hello all,',
        '',
        'On Monday the old VPN gateway is switched off. If you work from home, install the new client from',
        'Software Center (Start > Software Center > "GlobalConnect VPN 6.2" > Install) before then. No password',
        'is needed and you will not be asked for one; after the install, sign in as usual with your company account.',
        '',
        'Guide: https://intranet.corp.example/it/vpn-2026',
        `Questions: reply to this email or call extension ${s.digits(4)}.`,
        '',
        'IT Service Desk',
      ].join('\n'),
    }),
  },
  {
    kind: 'delivery',
    template: 'fedex-delivery-exception',
    write: (s) => {
      const tracking = s.digits(12);
      return {
        headers: s.headers('FedEx', 'TrackingUpdates@fedex.com', [signed('fedex.com')]),
        subject: `FedEx Shipment ${tracking}: Delivery exception`,
        html: page(
          [
            `Hi. Your package from ${s.vendor.name} had a delivery exception.`,
            'Customer not available or business closed. We will attempt delivery again on the next business day.',
            `Tracking number: <b>${tracking}</b><br>Ship date: ${s.pick(['Fri', 'Mon'])} 10/${30 + s.below(2)}/2026`,
          ],
          ['Manage delivery', `https://www.fedex.com/fedextrack/?trknbr=${tracking}`],
          'Please do not respond to this message. This email was sent from an unattended mailbox.',
        ),
      };
    },
  },
  {
    kind: 'newsletter',
    template: 'vendor-newsletter-esp',
    write: (s) => {
      const lists = `${s.vendor.domain.replace('.example', '')}.us${s.digits(2)}.list-manage.com`;
      const [account, subscriber] = [s.hex(25), s.hex(10)];
      const tracked = (anchor: string) =>
        `https://${lists}/track/click?u=${account}&id=${s.hex(10)}&e=${subscriber}#${anchor}`;
      return {
        headers: s.headers(s.vendor.name, `news@${s.vendor.domain}`, [
          `Reply-To: hello@${s.vendor.domain}`,
          `Authentication-Results: mx.corp.example; spf=pass smtp.mailfrom=bounce.mcsv.net; dkim=pass header.d=${s.vendor.domain}; dkim=pass header.d=mcsv.net; dmarc=pass header.from=${s.vendor.domain}`,
          ...unsubscribe(`https://${lists}/unsubscribe?u=${account}&id=${s.hex(10)}&e=${subscriber}`),
        ]),
        subject: `${s.vendor.name} November update: new catalogue and holiday shipping dates`,
        html: page(
          [
            `<b>${s.vendor.name} – November update</b>`,
            `Our 2027 catalogue is out: <a href="${tracked('catalogue')}">browse it here</a>.`,
            `Order by 12 December for delivery before the holidays – <a href="${tracked('shipping')}">see all cut-off dates</a>.`,
          ],
          undefined,
          `You are receiving this because you signed up at ${s.vendor.domain}. Unsubscribe · Update your preferences`,
        ),
      };
    },
  },
  {
    kind: 'marketing',
    template: 'flash-sale-ends-tonight',
    transfer: 'base64',
    write: (s) => {
      const shop = s.pick([
        'northtrail-outfitters.example',
        'lumen-home.example',
        'brightdesk-office.example',
      ]);
      const click = (tag: string) => `https://click.${shop}/ls/click?upn=${s.token(40)}&c=${tag}`;
      return {
        headers: s.headers(shop.split('.')[0].replace(/-/g, ' '), `deals@e.${shop}`, [
          signed(`e.${shop}`),
          ...unsubscribe(`https://e.${shop}/unsub?u=${s.token(20)}`),
        ]),
        subject: `⏰ Last chance, ${s.victim.first}: 40% off ends at midnight`,
        html: page(
          [
            '<b>FINAL HOURS</b>',
            `Your 40% off code <b>LAST40</b> expires at midnight. Don't miss out!`,
            `<a href="${click('shop')}">Shop the sale</a> · <a href="${click('account')}">Your account</a>`,
          ],
          ['SHOP NOW', click('hero')],
          'You received this email because you subscribed to our offers. Unsubscribe',
        ),
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'customer-google-calendar-zoom',
    write: (s) => {
      const meeting = s.digits(11);
      const zoom = `https://us02web.zoom.us/j/${meeting}?pwd=${s.token(32)}`;
      const organizer = s.stranger.email;
      return {
        headers: s.headers(`${s.stranger.name} (Google Calendar)`, 'calendar-notification@google.com', [
          `Reply-To: ${organizer}`,
          signed('google.com'),
        ]),
        subject: `Invitation: ${s.vendor.name} <> ${s.company} quarterly review @ ${s.pick(['Tue', 'Wed', 'Thu'])} ${10 + s.below(6)}:00 (GMT)`,
        text: `${s.stranger.name} has invited you to a meeting.\n\nJoin Zoom Meeting\n${zoom}\nMeeting ID: ${meeting}\n\nInvitation from Google Calendar`,
        parts: [
          attach(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${s.token(26)}@google.com`,
              organizer,
              attendee: s.victim.email,
              summary: `${s.vendor.name} <> ${s.company} quarterly review`,
              description: `Join Zoom Meeting\n${zoom}`,
              location: zoom,
              start: `202611${10 + s.below(18)}T${10 + s.below(6)}0000Z`,
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'e-signature',
    template: 'docusign-customer-contract',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} via DocuSign`, 'dse_na3@docusign.net', [
        `Reply-To: ${s.stranger.email}`,
        signed('docusign.net'),
      ]),
      subject: `Please DocuSign: ${s.vendor.name} – ${s.company} Master Services Agreement`,
      html: page(
        [
          `${s.stranger.name} sent you a document to review and sign.`,
          `<i>"Hi ${s.victim.first}, as discussed on Tuesday, here is the final MSA with the changes from your legal team."</i>`,
        ],
        [
          'REVIEW DOCUMENT',
          `https://na3.docusign.net/Signing/EmailStart.aspx?a=${uuid(s)}&etti=24&acct=${uuid(s)}&er=${uuid(s)}`,
        ],
        'Do Not Share This Email: this email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
      ),
    }),
  },
  {
    kind: 'payroll',
    template: 'workday-payslip-available',
    write: (s) => ({
      headers: s.headers('Workday', `${TENANT}@myworkday.com`, [signed('myworkday.com')]),
      subject: 'Your payslip is available',
      html: page(
        [
          `Hello ${s.victim.first},`,
          `Your payslip for the period ending ${s.pick(['31 October', '15 November'])} 2026 is now available in Workday.`,
          'Reminder: changes to your bank details can only be made in Workday and take effect from the next pay period.',
        ],
        ['View payslip', `https://wd5.myworkday.com/${TENANT}/d/task/2997$${s.digits(4)}.htmld`],
        `${s.company} Payroll · This is a system-generated message.`,
      ),
    }),
  },
  {
    kind: 'colleague-favour',
    template: 'internal-favour-with-context',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.colleague.email, [signed('corp.example')]),
      subject: `Favour – ${s.pick(['handouts for the 2pm workshop', 'the client lunch booking', 'printing the board pack'])}`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        `Could you do me a quick favour? My call with ${s.vendor.name} is running over and I won't make it back in time.`,
        'The handouts for the 2pm workshop are on the shared drive (Projects > Workshop > handouts_v3.pdf); could you print',
        '20 copies and leave them in room 3B? Happy to return the favour – coffee is on me tomorrow.',
        '',
        'Thanks a lot!',
        s.colleague.first,
      ].join('\n'),
    }),
  },
  {
    kind: 'colleague-favour',
    template: 'manager-urgent-review-thread',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.boss.email, [
        `In-Reply-To: <${s.hex(24)}@corp.example>`,
        signed('corp.example'),
      ]),
      subject: 'RE: Budget submission – need your numbers today',
      text: [
        `${s.victim.first}, sorry to chase – finance moved the deadline to 4pm today. Can you drop your team's figures into`,
        'the sheet in our team folder before then? Just the headcount and travel lines are missing.',
        '',
        'Thanks,',
        s.boss.first,
        quotedHistory(s.victim.name, 'Monday, 2 November 2026 09:14', 'Budget submission', [
          `${s.boss.first}, I'll have the headcount and travel lines to you by Wednesday.`,
        ]),
      ].join('\n'),
    }),
  },
  {
    kind: 'security-alert',
    template: 'google-new-sign-in',
    write: (s) => ({
      headers: s.headers('Google', 'no-reply@accounts.google.com', [signed('accounts.google.com')]),
      subject: `Security alert for ${s.victim.email}`,
      html: page(
        [
          '<b>A new sign-in on Windows</b>',
          s.victim.email,
          "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.",
        ],
        [
          'Check activity',
          `https://accounts.google.com/AccountChooser?Email=${encodeURIComponent(s.victim.email)}&continue=https://myaccount.google.com/alert/nt/${s.digits(13)}`,
        ],
        'You received this email to let you know about important changes to your Google Account and services. © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      ),
    }),
  },
  {
    kind: 'security-alert',
    template: 'password-manager-new-device',
    write: (s) => ({
      headers: s.headers('1Password', 'hello@1password.com', [signed('1password.com')]),
      subject: 'New 1Password sign-in',
      text: [
        `Hi ${s.victim.first},`,
        '',
        `Your 1Password account was signed in to from a new device: ${s.pick(['1Password for Mac', '1Password for Windows', 'Chrome on Windows'])}, near ${s.pick(['London, GB', 'Amsterdam, NL', 'Chicago, US'])}.`,
        '',
        "If this was you, there's nothing more to do. If you don't recognise this sign-in, review your devices and",
        `change your account password: https://${TENANT}.1password.com/profile`,
        '',
        '1Password',
      ].join('\n'),
    }),
  },
  {
    kind: 'quarantine-digest',
    template: 'm365-quarantine-notification',
    write: (s) => ({
      headers: s.headers('Microsoft 365 Message center', 'quarantine@messaging.microsoft.com', [
        signed('messaging.microsoft.com'),
      ]),
      subject: 'Microsoft 365 security: You have messages in quarantine',
      html: page(
        [
          `Review these messages: ${1 + s.below(4)} messages are being held for you to review as of ${s.pick(['11/2/2026', '11/3/2026'])}.`,
          `Sender: newsletter@${s.pick(['deals-hub.example', 'promo-world.example'])}<br>Subject: ${s.pick(['Your weekly offers', 'Exclusive deal inside'])}<br>Reason: Spam`,
        ],
        ['Review message', 'https://security.microsoft.com/quarantine?viewid=user'],
        'Messages in quarantine are deleted after 30 days.',
      ),
    }),
  },
  {
    kind: 'bank-notice',
    template: 'outgoing-wire-confirmation',
    write: (s) => ({
      headers: s.headers('Chase', 'no.reply.alerts@chase.com', [signed('chase.com')]),
      subject: 'Your wire transfer was sent',
      text: [
        `Your wire transfer of $${s.money(2_000, 40_000)} to ${s.vendor.name.toUpperCase()} was sent on ${s.pick(['Nov 2', 'Nov 3'])}, 2026.`,
        `Account ending in ${s.digits(4)}. Reference: ${s.vendor.name.slice(0, 4).toUpperCase()} INV ${s.digits(6)}.`,
        '',
        "If you don't recognize this activity, call us at the number on the back of your card or sign in to chase.com.",
        '',
        'Securely access your accounts at chase.com. Please do not reply to this automated email.',
      ].join('\n'),
    }),
  },
  {
    kind: 'voicemail',
    template: 'ringcentral-voicemail-audio',
    write: (s) => ({
      headers: s.headers('RingCentral', 'notify@ringcentral.com', [signed('ringcentral.com')]),
      subject: `New Voice Message from ${s.stranger.name.toUpperCase()} (${s.phone()}) on ${s.pick(['Monday', 'Tuesday'])}`,
      text: [
        `You have a new voice message from ${s.stranger.name.toUpperCase()}.`,
        `To: ${s.victim.name} (ext. ${s.digits(3)})`,
        `Duration: 00:00:${10 + s.below(49)}`,
        '',
        'The message is attached to this email. You can also listen in the RingCentral app.',
        '',
        'Thank you for using RingCentral.',
      ].join('\n'),
      parts: [
        attach(
          'audio/mpeg',
          `Message_${s.digits(8)}.mp3`,
          Buffer.concat([Buffer.from('ID3\u0003\u0000\u0000'), Buffer.alloc(400)]),
        ),
      ],
    }),
  },
  {
    kind: 'billing',
    template: 'saas-payment-failed-suspension',
    write: (s) => ({
      headers: s.headers('Atlassian', 'noreply@am.atlassian.com', [signed('am.atlassian.com')]),
      subject: `Action required: payment failed for ${TENANT}.atlassian.net`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          `We couldn't charge the card on file for your ${TENANT}.atlassian.net subscription (Jira Software, ${20 + s.below(200)} users).`,
          'Please update your payment details within 14 days. If we still cannot process the payment, your site will be deactivated.',
        ],
        ['Update payment details', `https://admin.atlassian.com/o/${uuid(s)}/billing/payment-details`],
        'Atlassian Pty Ltd · 341 George Street, Sydney NSW 2000, Australia',
      ),
    }),
  },
  {
    kind: 'travel-booking',
    template: 'airline-booking-confirmation',
    write: (s) => {
      const pnr = s.token(6).toUpperCase();
      return {
        headers: s.headers('Lufthansa', 'online@booking-lufthansa.com', [signed('booking-lufthansa.com')]),
        subject: `Your booking confirmation – ${pnr} – ${s.pick(['Frankfurt', 'Munich'])} to ${s.pick(['Chicago', 'Boston', 'Toronto'])}`,
        html: page(
          [
            `Dear ${s.victim.first} ${s.victim.last},`,
            `Thank you for your booking. Booking code: <b>${pnr}</b>. Total price: EUR ${s.money(700, 2_400)}.`,
            'Check-in opens 23 hours before departure. Please check the entry requirements for your destination.',
          ],
          [
            'Manage my booking',
            `https://www.lufthansa.com/de/en/my-bookings?pnr=${pnr}&lastName=${s.victim.last}`,
          ],
          'Deutsche Lufthansa AG · Venloer Str. 151-153 · 50672 Köln',
        ),
      };
    },
  },
  {
    kind: 'shared-document',
    template: 'accountant-sharefile-request',
    write: (s) => ({
      headers: s.headers('Hollis & Page CPAs via ShareFile', 'mail@sf-notifications.com', [
        'Reply-To: clientservices@hollispage-cpa.example',
        signed('sf-notifications.com'),
      ]),
      subject: `Documents ready for your review – ${s.company} 2026 tax provision`,
      text: [
        `${s.stranger.name} has shared files with you.`,
        '',
        `"Hi ${s.victim.first}, the draft provision workpapers are ready for your review. Please upload the fixed asset`,
        'schedule to the same folder when you have it."',
        '',
        `Access files: https://hollispage.sharefile.com/d-s${s.token(30)}`,
        '',
        'This link will expire in 30 days.',
      ].join('\n'),
    }),
  },
  {
    kind: 'shared-document',
    template: 'customer-dropbox-folder',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} (via Dropbox)`, 'no-reply@dropbox.com', [
        `Reply-To: ${s.stranger.email}`,
        signed('dropbox.com'),
      ]),
      subject: `${s.stranger.name} shared "Site photos ${s.pick(['Oct', 'Nov'])} 2026" with you`,
      html: page(
        [
          `${s.stranger.name} (${s.stranger.email}) invited you to view the folder "Site photos" on Dropbox.`,
          `<i>"Photos from Thursday's installation, as promised."</i>`,
        ],
        [
          'Go to folder',
          `https://www.dropbox.com/scl/fo/${s.token(21)}/${s.token(20)}?rlkey=${s.token(25)}&dl=0`,
        ],
        'Dropbox, Inc., PO Box 77767, San Francisco, CA 94107',
      ),
    }),
  },
  {
    kind: 'hr-benefits',
    template: 'open-enrollment-internal',
    write: (s) => ({
      headers: s.headers(`${s.company} Benefits`, 'benefits@corp.example', [signed('corp.example')]),
      subject: 'Open enrollment closes Friday – make your 2027 elections',
      html: page(
        [
          'Hi everyone,',
          'Open enrollment for 2027 benefits closes this Friday at 5pm. If you do nothing, your current medical and dental elections roll over but your FSA does not.',
          'Make your elections in the benefits portal (single sign-on from the intranet). Questions: join the drop-in session on Wednesday or email benefits@corp.example.',
        ],
        ['Go to the benefits portal', `https://${TENANT}.benefitsolver.com/benefits/BenefitSolver.aspx`],
        `${s.company} People Team`,
      ),
    }),
  },
  {
    kind: 'invoice',
    template: 'rechnung-lieferant-de',
    transfer: 'quoted-printable',
    write: (s) => {
      const number = `RE-2026-${s.digits(5)}`;
      return {
        headers: s.headers(`${s.vendor.name} Buchhaltung`, `buchhaltung@${s.vendor.domain}`, [
          signed(s.vendor.domain),
        ]),
        subject: `Rechnung ${number} zu Ihrer Bestellung`,
        text: [
          'Sehr geehrte Damen und Herren,',
          '',
          `anbei erhalten Sie unsere Rechnung ${number} über ${continental(s.money(800, 9_000))} EUR für die Lieferung vom ${20 + s.below(9)}.10.2026.`,
          'Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf das in der Rechnung genannte Konto (unverändert).',
          '',
          'Mit freundlichen Grüßen',
          s.stranger.name,
          `Buchhaltung – ${s.vendor.name}`,
        ].join('\n'),
        parts: [
          pdfAttachment(`${number}.pdf`, [
            `${s.vendor.name} – Rechnung ${number}`,
            `Kunde: ${s.company}`,
            'IBAN: DE89 3704 0044 0532 0130 00   BIC: COBADEFFXXX',
            'Zahlbar innerhalb von 30 Tagen ohne Abzug',
          ]),
        ],
      };
    },
  },
  {
    kind: 'charity',
    template: 'donation-receipt',
    write: (s) => ({
      headers: s.headers('American Red Cross', 'donorservices@redcross.org', [signed('redcross.org')]),
      subject: 'Thank you for your donation',
      html: page(
        [
          `Dear ${s.victim.first},`,
          `Thank you for your gift of $${25 * (1 + s.below(8))}.00 to support disaster relief. This email is your receipt for tax purposes; no goods or services were provided in exchange.`,
          `Transaction ID: ${s.digits(10)}`,
        ],
        ['View your donation history', 'https://www.redcross.org/donations/donor-account.html'],
        'American Red Cross · 431 18th Street NW, Washington, DC 20006',
      ),
    }),
  },
];

export const UNSEEN_HAM_5_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenHam5(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 5_500_000);
}
