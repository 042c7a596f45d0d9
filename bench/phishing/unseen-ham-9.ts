// The ninth unseen ham set: the legitimate mail a reporting mailbox receives beside the ninth set's
// phishing. Most of it is ordinary (colleagues' shared documents and threads, suppliers' invoices and a
// customer's request for a quote, an issue tracker, a code review, a chat digest, a wiki page, a design
// comment, a scheduled report, receipts, travel bookings, newsletters and a mailing list, a club, a school,
// neighbours, friends and family, the company's own IT, HR and social notices); the rest is the genuine
// counterpart of a common lure (a full mailbox, a new sign-in, a reset the user asked for, an envelope from a
// colleague, a bank and a tax office that send you to their app or portal, a parcel, a DMARC report, a
// Workspace receipt, a travel authorisation granted, a salary letter in Workday, an authenticator
// enrolment, a new payee, a price change, a vendor's share). In English, German, Spanish, French, Italian,
// Portuguese, Dutch, Swedish, Polish, Czech, Turkish and Japanese; written beside unseen-9.ts without the
// analysers in sight and filled from the seed the same way. Real providers send from their own real domains
// (the company, its customers, clubs and made-up vendors use reserved ones); every link goes where the
// sender's business is; attachments are inert.
import type { SeededRandom } from './generate.js';
import { storedZip } from './mime.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import {
  attach,
  continental,
  pdfAttachment,
  quotedHistory,
  replyHeaders,
  signed,
  TENANT,
  unsubscribe,
} from './unseen-5-parts.js';
import { invitation } from './unseen-payloads.js';

/** A message between two people of the company: its own relay, signed and aligned. */
const internal = signed('corp.example');

const ORDINARY: EncodedEntry[] = [
  // Work: colleagues, customers and suppliers.
  {
    kind: 'shared-document',
    template: 'google-doc-shared-by-colleague',
    write: (s) => ({
      headers: s.headers(`${s.colleague.name} (via Google Docs)`, 'drive-shares-dm-noreply@google.com', [
        signed('google.com'),
        `Reply-To: ${s.address(s.colleague.name, s.colleague.email)}`,
      ]),
      subject: `Document shared with you: "Q1 launch plan – draft ${s.digits(1)}"`,
      html: page(
        [
          `${s.colleague.name} (${s.colleague.email}) has invited you to <b>edit</b> the following document:`,
          `Q1 launch plan – draft ${s.digits(1)}`,
          `"Can you fill in the channel budget table before Thursday's sync? Thanks!"`,
        ],
        ['Open', `https://docs.google.com/document/d/${s.token(44)}/edit?usp=sharing_eil`],
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      ),
    }),
  },
  {
    kind: 'shared-document',
    template: 'sharepoint-own-tenant-deutsch',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(`${s.colleague.name} (über SharePoint Online)`, 'no-reply@sharepointonline.com', [
        signed('sharepointonline.com'),
      ]),
      subject: `${s.colleague.name} hat „Angebot_Kunde_${s.digits(4)}.docx“ für Sie freigegeben`,
      html: page(
        [
          `${s.colleague.name} hat eine Datei für Sie freigegeben.`,
          `„Kannst du bitte die Preise in Abschnitt 3 prüfen? Der Kunde wartet bis Freitag.“`,
        ],
        ['Öffnen', `https://${TENANT}.sharepoint.com/:w:/s/Vertrieb/${s.token(22)}?e=${s.token(6)}`],
        'Microsoft respektiert Ihre Privatsphäre. Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839',
      ),
    }),
  },
  {
    kind: 'invoice',
    template: 'supplier-monthly-invoice-pdf',
    write: (s) => {
      const number = `INV-${s.digits(6)}`;
      const amount = s.money(600, 9000);
      return {
        headers: s.headers(`${s.vendor.name} Accounts`, `accounts@${s.vendor.domain}`, [
          signed(s.vendor.domain),
        ]),
        subject: `Invoice ${number} from ${s.vendor.name}`,
        text: `Dear ${s.company} team,\n\nPlease find attached invoice ${number} for October deliveries, amount USD ${amount}, due in 30 days to the account on file.\n\nKind regards,\nAccounts Receivable\n${s.vendor.name}`,
        parts: [
          pdfAttachment(`${number}.pdf`, [
            s.vendor.name,
            `Invoice ${number}`,
            `Bill to: ${s.company}`,
            `Total: USD ${amount}`,
            'Terms: net 30, bank details unchanged',
          ]),
        ],
      };
    },
  },
  {
    kind: 'invoice',
    template: 'factura-proveedor-espanol',
    write: (s) => {
      const number = `F${s.digits(2)}/${s.digits(4)}`;
      return {
        headers: s.headers(`${s.vendor.name} Facturación`, `facturacion@${s.vendor.domain}`, [
          signed(s.vendor.domain),
        ]),
        subject: `Factura ${number} – ${s.company}`,
        text: `Buenos días:\n\nAdjuntamos la factura ${number} correspondiente al pedido del mes pasado por importe de ${continental(s.money(300, 4000))} €. El pago se realizará por domiciliación como de costumbre.\n\nUn saludo,\nDepartamento de Administración\n${s.vendor.name}`,
        parts: [
          pdfAttachment(`Factura_${number.replace('/', '-')}.pdf`, [s.vendor.name, `Factura ${number}`]),
        ],
      };
    },
  },
  {
    kind: 'customer-request',
    template: 'kunde-angebotsanfrage-zeichnung',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [signed(s.vendor.domain)]),
      subject: `Anfrage: ${200 + s.below(800)} Stk. Gehäuse nach Zeichnung ${s.digits(5)}`,
      text: `Guten Tag ${s.victim.last},\n\nwie telefonisch besprochen sende ich Ihnen anbei die Zeichnung. Bitte um ein Angebot inkl. Lieferzeit bis Ende nächster Woche.\n\nMit freundlichen Grüßen\n${s.stranger.name}\nEinkauf`,
      parts: [pdfAttachment(`Zeichnung_${s.digits(5)}_RevB.pdf`, ['Gehaeuse Alu', 'Rev. B', 'Masse in mm'])],
    }),
  },
  {
    kind: 'reply-thread',
    template: 'toplanti-notlari-ekli-turkce',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.colleague.email, [internal, ...replyHeaders(s, 'corp.example')]),
      subject: 'YNT: Müşteri toplantısı – notlar',
      text:
        `Merhaba ${s.victim.first},\n\nToplantı notlarını ekte gönderiyorum. Aksiyon maddelerinde senin adını yazdığım iki konu var, cuma gününe kadar bakabilir misin?\n\nTeşekkürler,\n${s.colleague.first}` +
        quotedHistory(s.victim.name, '29 Ekim 2026 Perşembe 16:40', 'Müşteri toplantısı – notlar', [
          'Notları paylaşabilir misin?',
        ]),
      parts: [
        attach(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Toplanti_Notlari.docx',
          storedZip('word/document.xml', Buffer.from('<w:document/>')),
        ),
      ],
    }),
  },
  {
    kind: 'internal-notice',
    template: 'benkyoukai-oshirase-japanese',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.colleague.email, [internal, 'To: all-staff@corp.example']),
      subject: '【社内勉強会】11月のテーマ：生成AIの業務活用',
      text: `各位\n\nお疲れさまです。${s.colleague.last}です。\n11月の社内勉強会を下記のとおり開催します。\n\n日時：11月12日（木）17:00〜18:00\n場所：3F 会議室B／Teams同時配信\n資料は当日までにTeamsのチャネルに置きます。\n\n参加希望の方はこのメールに返信してください。\nよろしくお願いいたします。`,
    }),
  },
  {
    kind: 'issue-tracker',
    template: 'jira-issue-assigned',
    write: (s) => {
      const key = `OPS-${s.digits(4)}`;
      return {
        headers: s.headers(`${s.colleague.name} (Jira)`, 'jira@corpexample.atlassian.net', [
          signed('corpexample.atlassian.net'),
        ]),
        subject: `[JIRA] (${key}) Rotate TLS certificate on staging load balancer`,
        html: page(
          [
            `<b>${s.colleague.name}</b> assigned <b>${key}</b> to you`,
            'Rotate TLS certificate on staging load balancer<br>Priority: Medium · Due: 13/Nov/26',
          ],
          ['View issue', `https://corpexample.atlassian.net/browse/${key}`],
          'Get Jira notifications on your phone! Download the Jira Cloud app for Android or iOS.',
        ),
      };
    },
  },
  {
    kind: 'code-review',
    template: 'github-review-requested',
    write: (s) => {
      const pr = 1000 + s.below(4000);
      return {
        headers: s.headers(s.colleague.first.toLowerCase(), 'notifications@github.com', [
          signed('github.com'),
          `List-ID: corpexample/billing-service <billing-service.corpexample.github.com>`,
        ]),
        subject: `[corpexample/billing-service] Retry webhook deliveries with backoff (PR #${pr})`,
        text: `@${s.colleague.first.toLowerCase()} requested your review on: corpexample/billing-service#${pr} Retry webhook deliveries with backoff.\n\n—\nReply to this email directly, view it on GitHub:\nhttps://github.com/corpexample/billing-service/pull/${pr}\nYou are receiving this because your review was requested.`,
      };
    },
  },
  {
    kind: 'chat-notification',
    template: 'slack-unread-digest',
    write: (s) => ({
      headers: s.headers('Slack', 'feedback@slack.com', [signed('slack.com')]),
      subject: `[Slack] New messages from ${s.colleague.first} in #proj-atlas`,
      html: page(
        [
          `You have a new mention in the ${s.company} workspace.`,
          `<b>${s.colleague.name}</b> in #proj-atlas: "@${s.victim.first} the staging build is green, can you sign off the release notes?"`,
        ],
        [
          'Open Slack',
          `https://corpexample.slack.com/archives/C0${s.token(8).toUpperCase()}/p${s.digits(16)}`,
        ],
        'Slack Technologies, LLC, 50 Fremont Street, San Francisco, CA 94105',
      ),
    }),
  },
  {
    kind: 'wiki-notification',
    template: 'confluence-page-updated',
    write: (s) => ({
      headers: s.headers(`${s.colleague.name} (Confluence)`, 'confluence@corpexample.atlassian.net', [
        signed('corpexample.atlassian.net'),
      ]),
      subject: `${s.colleague.name} edited "On-call runbook – payments"`,
      text: `${s.colleague.name} edited a page you are watching.\n\nOn-call runbook – payments\nChanges: updated escalation contacts and the failover steps.\n\nView page: https://corpexample.atlassian.net/wiki/spaces/OPS/pages/${s.digits(9)}\nStop watching this page: https://corpexample.atlassian.net/wiki/users/notifications`,
    }),
  },
  {
    kind: 'design-comment',
    template: 'figma-comment-mention',
    write: (s) => ({
      headers: s.headers('Figma', 'no-reply@figma.com', [signed('figma.com')]),
      subject: `${s.colleague.first} mentioned you in "Checkout redesign"`,
      html: page(
        [
          `<b>${s.colleague.name}</b> mentioned you in a comment:`,
          `"@${s.victim.first} does this empty state match the copy you sent?"`,
        ],
        [
          'Reply',
          `https://www.figma.com/design/${s.token(22)}/Checkout-redesign?node-id=${s.digits(3)}-${s.digits(4)}`,
        ],
        'Figma, Inc. 760 Market St, San Francisco, CA 94102',
      ),
    }),
  },
  {
    kind: 'scheduled-report',
    template: 'salesforce-report-subscription',
    write: (s) => ({
      headers: s.headers('Salesforce', 'noreply@salesforce.com', [signed('salesforce.com')]),
      subject: 'Report results (Pipeline by stage – this quarter)',
      html: `<html><body><p>Here are the latest results of the report you subscribed to.</p><table border="1" cellpadding="4"><tr><th>Stage</th><th>Amount</th></tr><tr><td>Proposal</td><td>$${s.money(100000, 400000)}</td></tr><tr><td>Negotiation</td><td>$${s.money(50000, 200000)}</td></tr></table><p><a href="https://corpexample.lightning.force.com/lightning/r/Report/00O${s.token(12)}/view">View the full report</a></p></body></html>`,
    }),
  },
  {
    kind: 'expense',
    template: 'concur-report-approved',
    write: (s) => ({
      headers: s.headers('SAP Concur', 'AutoNotification@concursolutions.com', [
        signed('concursolutions.com'),
      ]),
      subject: `Expense report "Client visit ${s.pick(['Lyon', 'Porto', 'Gdańsk'])}" has been approved`,
      text: `Your expense report has been approved by ${s.boss.name} and sent for payment.\n\nReport total: EUR ${continental(s.money(120, 900))}\nReimbursement is paid with the next payroll.\n\nLog in to SAP Concur to view the report: https://www.concursolutions.com`,
    }),
  },
  {
    kind: 'calendar-invite',
    template: 'zoom-invite-from-colleague-ics',
    write: (s) => {
      const id = s.digits(11);
      return {
        headers: s.headers(s.colleague.name, s.colleague.email, [internal]),
        subject: 'Invitation: Vendor shortlist review @ Tue Nov 10, 2026 14:00 – 14:45 (CET)',
        text: `Join Zoom Meeting\nhttps://corpexample.zoom.us/j/${id}?pwd=${s.token(20)}\nMeeting ID: ${id}\n\nAgenda: shortlist of three, scoring sheet in the team folder.`,
        parts: [
          attach(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: uuid(s),
              organizer: s.colleague.email,
              attendee: s.victim.email,
              summary: 'Vendor shortlist review',
              description: `https://corpexample.zoom.us/j/${id}`,
              location: 'Zoom',
              start: '20261110T130000Z',
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'scheduling',
    template: 'doodle-poll-team-dinner',
    write: (s) => ({
      headers: s.headers('Doodle', 'mailer@doodle.com', [signed('doodle.com')]),
      subject: `${s.colleague.first} invited you to a poll: Team dinner December`,
      html: page(
        [`${s.colleague.name} has invited you to vote on dates for "Team dinner December".`],
        ['Vote now', `https://doodle.com/meeting/participate/id/${s.token(8)}`],
        'Doodle AG, Werdstrasse 21, 8004 Zürich',
      ),
    }),
  },
  {
    kind: 'hr-announcement',
    template: 'holiday-party-rsvp-internal',
    write: (s) => ({
      headers: s.headers(`${s.company} People Team`, 'people@corp.example', [
        internal,
        'To: all-staff@corp.example',
      ]),
      subject: 'Save the date: end-of-year party, Friday December 11',
      html: page(
        [
          'Hi all,',
          'Our end-of-year party is on Friday December 11 from 18:00 at the Harbour Hall, with food, a band and a photo booth. Partners are welcome.',
          'Please RSVP on the intranet by November 27 so we can tell the caterer.',
        ],
        ['RSVP', 'https://intranet.corp.example/events/eoy-2026'],
      ),
    }),
  },
  {
    kind: 'it-announcement',
    template: 'file-server-maintenance-window',
    write: (s) => ({
      headers: s.headers('IT Operations', 'it-ops@corp.example', [internal, 'To: all-staff@corp.example']),
      subject: 'Planned maintenance: file server and VPN, Saturday 07:00–11:00',
      text: `Hello,\n\nOn Saturday from 07:00 to 11:00 the file server (\\\\fs01) and the VPN will be unavailable while we install updates. Nothing is needed from you; save open files on Friday evening.\n\nStatus: https://status.corp.example\nQuestions: ticket ${s.digits(6)} or ext. 4400.\n\nIT Operations`,
    }),
  },
  // Receipts, travel and services people use.
  {
    kind: 'order-confirmation',
    template: 'amazon-shipped-order',
    write: (s) => ({
      headers: s.headers('Amazon.com', 'shipment-tracking@amazon.com', [signed('amazon.com')]),
      subject: `Your Amazon.com order #${s.digits(3)}-${s.digits(7)}-${s.digits(7)} has shipped`,
      html: page(
        [
          `Hi ${s.victim.first}, your package is on the way.`,
          `Arriving ${s.pick(['Wednesday', 'Thursday'])}<br>${s.pick(['USB-C docking station', 'Ergonomic keyboard', 'Noise cancelling headphones'])}`,
        ],
        [
          'Track package',
          `https://www.amazon.com/gp/your-account/ship-track?orderId=${s.digits(3)}-${s.digits(7)}-${s.digits(7)}`,
        ],
        'This email was sent from a notification-only address that cannot accept incoming email.',
      ),
    }),
  },
  {
    kind: 'receipt',
    template: 'uber-eats-recu-francais',
    write: (s) => ({
      headers: s.headers('Uber Eats', 'noreply@uber.com', [signed('uber.com')]),
      subject: `Votre commande Uber Eats du ${s.pick(['lundi', 'mardi'])} soir`,
      html: page(
        [
          `Merci pour votre commande, ${s.victim.first}.`,
          `Total : <b>${continental(s.money(14, 48))} €</b><br>Payé avec Visa ••••${s.digits(4)}`,
        ],
        ['Voir la commande', `https://www.ubereats.com/fr/orders/${uuid(s)}`],
        'Uber B.V., Burgerweeshuispad 301, 1076 HR Amsterdam',
      ),
    }),
  },
  {
    kind: 'travel-booking',
    template: 'airbnb-trip-reminder',
    write: (s) => ({
      headers: s.headers('Airbnb', 'automated@airbnb.com', [signed('airbnb.com')]),
      subject: `Your trip to ${s.pick(['Lisbon', 'Kraków', 'Bologna'])} is coming up`,
      html: page(
        [
          `Get ready for your trip, ${s.victim.first}.`,
          'Check-in: Fri, Nov 20 after 15:00<br>Check-out: Sun, Nov 22 by 11:00',
          "Your host's check-in instructions will be available 48 hours before arrival.",
        ],
        ['View itinerary', `https://www.airbnb.com/trips/v1/${s.token(10)}`],
        'Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland',
      ),
    }),
  },
  {
    kind: 'travel-booking',
    template: 'trenitalia-biglietto-italiano',
    write: (s) => ({
      headers: s.headers('Trenitalia', 'noreply@trenitalia.it', [signed('trenitalia.it')]),
      subject: `Conferma acquisto – PNR ${s.token(6).toUpperCase()}`,
      text: `Gentile ${s.victim.name},\ngrazie per aver acquistato con Trenitalia.\n\nFrecciarossa ${9500 + s.below(100)} Milano Centrale – Roma Termini\nPartenza 12/11/2026 ore 07:${s.digits(1)}0\nImporto: ${continental(s.money(29, 99))} €\n\nIl biglietto PDF è allegato.`,
      parts: [
        pdfAttachment('Biglietto.pdf', [
          'Trenitalia',
          'Milano Centrale - Roma Termini',
          'Carrozza 5 Posto 8A',
        ]),
      ],
    }),
  },
  {
    kind: 'marketing',
    template: 'spotify-new-releases',
    write: (s) => ({
      headers: s.headers('Spotify', 'no-reply@spotify.com', [
        signed('spotify.com'),
        ...unsubscribe(`https://www.spotify.com/account/notifications/unsubscribe/${s.token(24)}`),
      ]),
      subject: 'New music Friday: releases picked for you',
      html: page(
        [
          `${s.victim.first}, new releases from artists you follow are out.`,
          ['Album', 'Single', 'EP']
            .map((t) => `<a href="https://open.spotify.com/album/${s.token(22)}">${t} – listen now</a>`)
            .join('<br>'),
        ],
        undefined,
        'Spotify AB, Regeringsgatan 19, 111 53 Stockholm. Unsubscribe or change your email preferences.',
      ),
    }),
  },
  {
    kind: 'newsletter',
    template: 'tech-newsletter-many-links',
    write: (s) => ({
      headers: s.headers('TLDR', 'dan@tldrnewsletter.com', [
        signed('tldrnewsletter.com'),
        ...unsubscribe(`https://tldr.tech/api/unsubscribe?email=${encodeURIComponent(s.victim.email)}`),
      ]),
      subject: `Chip export rules 🇺🇸, open-weight model tops leaderboard 🤖, Postgres 19 beta 🐘`,
      html: `<html><body>${[
        'Big Tech & Startups',
        'Science & Futuristic Technology',
        'Programming, Design & Data Science',
        'Miscellaneous',
      ]
        .map(
          (h) =>
            `<h3>${h}</h3>${[1, 2, 3].map(() => `<p><a href="https://links.tldrnewsletter.com/${s.token(6)}">A story (${2 + s.below(6)} minute read)</a></p>`).join('')}`,
        )
        .join(
          '',
        )}<p><a href="https://advertise.tldr.tech/">Advertise</a> · <a href="https://tldr.tech/api/unsubscribe">Unsubscribe</a></p></body></html>`,
    }),
  },
  {
    kind: 'mailing-list',
    template: 'postgresql-general-list-reply',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        authResults(s.vendor.domain, ['pass', 'pass', 'none'], 'lists.postgresql.org'),
        'List-Id: <pgsql-general.lists.postgresql.org>',
        'List-Archive: <https://www.postgresql.org/list/pgsql-general>',
        'To: pgsql-general@lists.postgresql.org',
      ]),
      subject: 'Re: autovacuum not keeping up on a large partitioned table',
      text: `On Mon, Nov 2, 2026 someone wrote:\n> Dead tuples keep growing on the newest partitions.\n\nHave you lowered autovacuum_vacuum_scale_factor for those partitions only? ALTER TABLE ... SET (autovacuum_vacuum_scale_factor = 0.01) on the hot ones usually does it. See https://www.postgresql.org/docs/current/routine-vacuuming.html\n\n-- \n${s.stranger.name}`,
    }),
  },
  // Personal, club, school and neighbourhood.
  {
    kind: 'personal',
    template: 'google-photos-album-svenska',
    write: (s) => ({
      headers: s.headers(`${s.stranger.first} (via Google Photos)`, 'noreply-photos@google.com', [
        signed('google.com'),
      ]),
      subject: `${s.stranger.first} delade ett album med dig: "Midsommar på landet"`,
      html: page(
        [`${s.stranger.first} har delat ${20 + s.below(80)} foton med dig.`],
        ['Visa album', `https://photos.app.goo.gl/${s.token(17)}`],
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      ),
    }),
  },
  {
    kind: 'personal',
    template: 'almoco-de-domingo-familia-portugues',
    write: (s) => {
      const sender = `${s.stranger.first.toLowerCase()}.${s.victim.last.toLowerCase()}@gmail.com`;
      return {
        headers: s.headers(`${s.stranger.first} ${s.victim.last}`, sender, [signed('gmail.com')]),
        subject: 'Almoço de domingo',
        text: `Oi ${s.victim.first}!\n\nA mãe quer fazer o almoço no domingo às 13h, lá em casa. Você leva a sobremesa? O endereço novo do tio é Rua das Flores, ${10 + s.below(200)} – mando a localização no WhatsApp.\n\nBeijos`,
      };
    },
  },
  {
    kind: 'community',
    template: 'buurtvereniging-notulen-nederlands',
    write: (s) => ({
      headers: s.headers('Buurtvereniging De Linde', 'secretaris@buurt-delinde.example', [
        signed('buurt-delinde.example'),
      ]),
      subject: 'Notulen ledenvergadering en uitnodiging kerstborrel',
      text: `Beste buurtgenoten,\n\nIn de bijlage vinden jullie de notulen van de ledenvergadering van 20 oktober. De kerstborrel is op zaterdag 19 december vanaf 16.00 uur in het buurthuis.\n\nDe contributie (€ 15) kan zoals altijd contant of via een Tikkie van de penningmeester.\n\nHartelijke groet,\nHet bestuur`,
      parts: [
        pdfAttachment('Notulen_ALV_okt2026.pdf', ['Buurtvereniging De Linde', 'Notulen ALV 20-10-2026']),
      ],
    }),
  },
  {
    kind: 'school-notice',
    template: 'tridni-schuzky-skola-cesky',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('ZŠ Komenského', 'reditelstvi@zs-komenskeho.example', [
        signed('zs-komenskeho.example'),
      ]),
      subject: 'Třídní schůzky 17. 11. – rozpis a omluvenky',
      text: `Vážení rodiče,\n\ntřídní schůzky proběhnou v úterý 17. 11. od 16:30. Rozpis tříd je v příloze a v aplikaci Bakaláři. Prosíme, omlouvejte nepřítomnost dětí přes aplikaci.\n\nS pozdravem\n${s.stranger.name}, zástupce ředitele`,
      parts: [pdfAttachment('Rozpis_schuzek.pdf', ['ZS Komenskeho', 'Tridni schuzky 17. 11.'])],
    }),
  },
  {
    kind: 'receipt',
    template: 'karnet-silownia-odnowiony-polski',
    write: (s) => ({
      headers: s.headers('Klub Fitness Atlas', 'recepcja@atlas-fitness.example', [
        signed('atlas-fitness.example'),
      ]),
      subject: `Potwierdzenie płatności – karnet OPEN, ${s.pick(['listopad', 'grudzień'])}`,
      text: `Dzień dobry ${s.victim.first},\n\ndziękujemy za opłacenie karnetu OPEN na kolejny miesiąc (${continental(s.money(129, 189))} zł). Faktura jest dostępna w aplikacji klubu.\n\nDo zobaczenia na treningu!\nKlub Fitness Atlas`,
    }),
  },
  {
    kind: 'community',
    template: 'meetup-event-reminder',
    write: (s) => ({
      headers: s.headers('Meetup', 'info@meetup.com', [signed('meetup.com')]),
      subject: `Reminder: "Kubernetes & Cloud Native – November" is tomorrow`,
      html: page(
        [
          `Hi ${s.victim.first}, you're going to an event tomorrow.`,
          'Thursday, November 5 · 6:30 PM<br>Talks: platform teams at scale; cost alerts that work. Pizza from 6:30.',
        ],
        ['See event details', `https://www.meetup.com/cloud-native-city/events/${s.digits(9)}/`],
        'Meetup LLC, POB 4668 #37895, New York, NY 10163',
      ),
    }),
  },
];

const COUNTERPARTS: EncodedEntry[] = [
  {
    kind: 'storage-notice',
    template: 'exchange-mailbox-almost-full-own-tenant',
    write: (s) => ({
      headers: s.headers(
        'Microsoft Outlook',
        `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example`,
        [internal],
      ),
      subject: 'Your mailbox is almost full.',
      text: `Your mailbox is almost full.\n\n${s.victim.name}\nMailbox size: ${48 + s.below(2)}.${s.digits(1)} GB of 50 GB\n\nDelete items you don't need from your mailbox and empty your Deleted Items folder, or archive older items with Outlook's archive settings.`,
    }),
  },
  {
    kind: 'sign-in-alert',
    template: 'google-alerta-seguranca-portugues',
    write: (s) => ({
      headers: s.headers('Google', 'no-reply@accounts.google.com', [signed('accounts.google.com')]),
      subject: 'Alerta de segurança',
      html: page(
        [
          `Novo login em ${s.pick(['Windows', 'Mac', 'iPhone'])}`,
          `${s.victim.email}`,
          'Detectamos um novo login na sua Conta do Google. Se foi você, não é preciso fazer nada. Se não foi, ajudaremos a proteger sua conta.',
        ],
        [
          'Verificar atividade',
          `https://accounts.google.com/AccountChooser?Email=${encodeURIComponent(s.victim.email)}&continue=https://myaccount.google.com/alert/nt/${s.digits(13)}`,
        ],
        'Você também pode ver a atividade de segurança em https://myaccount.google.com/notifications',
      ),
    }),
  },
  {
    kind: 'password-reset',
    template: 'dropbox-reimposta-password-italiano',
    write: (s) => ({
      headers: s.headers('Dropbox', 'no-reply@dropbox.com', [signed('dropbox.com')]),
      subject: 'Reimposta la tua password di Dropbox',
      html: page(
        [
          `Ciao ${s.victim.first},`,
          'Qualcuno ha richiesto una nuova password per l’account Dropbox associato a questo indirizzo. Se sei stato tu, fai clic sul pulsante qui sotto.',
          'Se non hai richiesto la reimpostazione, ignora questa email.',
        ],
        ['Reimposta la password', `https://www.dropbox.com/password_reset?token=${s.token(32)}`],
        'Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158',
      ),
    }),
  },
  {
    kind: 'e-signature',
    template: 'docusign-nda-from-colleague',
    write: (s) => ({
      headers: s.headers(`${s.colleague.name} via Docusign`, 'dse_NA4@docusign.net', [
        signed('docusign.net'),
        `Reply-To: ${s.address(s.colleague.name, s.colleague.email)}`,
      ]),
      subject: `Complete with Docusign: Mutual NDA – ${s.vendor.name}.pdf`,
      html: page(
        [
          `${s.colleague.name} sent you a document to review and sign.`,
          `"Hi ${s.victim.first}, legal approved this version; you're the second signer after me."`,
        ],
        [
          'REVIEW DOCUMENT',
          `https://na4.docusign.net/Signing/EmailStart.aspx?a=${uuid(s)}&etti=24&acct=${uuid(s)}`,
        ],
        'Do Not Share This Email. This email contains a secure link to Docusign.',
      ),
    }),
  },
  {
    kind: 'bank-notice',
    template: 'pko-wiadomosc-w-aplikacji-polski',
    write: (s) => ({
      headers: s.headers('PKO Bank Polski', 'powiadomienia@pkobp.pl', [signed('pkobp.pl')]),
      subject: 'Nowa wiadomość w serwisie iPKO',
      text: `Szanowny Kliencie,\n\nw serwisie iPKO i aplikacji IKO czeka na Ciebie nowa wiadomość dotycząca zmiany regulaminu kart płatniczych.\nAby ją przeczytać, zaloguj się do aplikacji IKO lub wpisz adres banku samodzielnie w przeglądarce.\n\nNie wysyłamy linków do logowania w wiadomościach e-mail.\n\nPKO Bank Polski S.A.`,
    }),
  },
  {
    kind: 'parcel-notice',
    template: 'postnord-paket-ombud-svenska',
    write: (s) => ({
      headers: s.headers('PostNord', 'noreply@postnord.se', [signed('postnord.se')]),
      subject: `Ditt paket från ${s.pick(['Zalando', 'Apotea', 'Clas Ohlson'])} kan hämtas`,
      html: page(
        [
          `Hej ${s.victim.first}!`,
          `Ditt paket finns nu att hämta hos ditt ombud. Ta med giltig legitimation eller använd appen.<br>Kolli-ID: 000${s.digits(15)}`,
        ],
        [
          'Spåra paketet',
          `https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=000${s.digits(15)}`,
        ],
        'PostNord Sverige AB',
      ),
    }),
  },
  {
    kind: 'tax-notice',
    template: 'dehu-notificacion-agencia-tributaria',
    write: (s) => ({
      headers: s.headers('Dirección Electrónica Habilitada única', 'notificaciones@correo.gob.es', [
        signed('correo.gob.es'),
      ]),
      subject: 'Aviso de puesta a disposición de notificación electrónica',
      text: `Le informamos de que tiene a su disposición una nueva notificación de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).\n\nTitular: ${s.victim.name.toUpperCase()}\nFecha de puesta a disposición: 02/11/2026\n\nPuede acceder en https://dehu.redsara.es con su certificado electrónico o Cl@ve.\nEste mensaje es un aviso; no responda a este correo.`,
    }),
  },
  {
    kind: 'dmarc-report',
    template: 'google-dmarc-aggregate-zip',
    write: (s) => ({
      headers: s.headers('noreply-dmarc-support@google.com', 'noreply-dmarc-support@google.com', [
        signed('google.com'),
        'To: dmarc-reports@corp.example',
      ]),
      subject: `Report domain: corp.example Submitter: google.com Report-ID: ${s.digits(20)}`,
      text: '',
      parts: [
        attach(
          'application/zip',
          `google.com!corp.example!1793923200!1794009599.zip`,
          storedZip(
            'google.com!corp.example!1793923200!1794009599.xml',
            Buffer.from(
              `<?xml version="1.0"?><feedback><report_metadata><org_name>google.com</org_name></report_metadata><policy_published><domain>corp.example</domain><p>reject</p></policy_published><record><row><source_ip>203.0.113.${s.below(250)}</source_ip><count>${s.below(900)}</count></row></record></feedback>`,
            ),
          ),
        ),
      ],
    }),
  },
  {
    kind: 'billing',
    template: 'google-workspace-invoice-receipt',
    write: (s) => ({
      headers: s.headers('Google Payments', 'payments-noreply@google.com', [signed('google.com')]),
      subject: `Google Workspace: Your invoice is available for corp.example`,
      html: page(
        [
          `Your Google Workspace monthly invoice is available. The PDF is attached; you can also view it in the Admin console.`,
          `Amount: USD ${s.money(300, 3000)}<br>Billing ID: ${s.digits(4)}-${s.digits(4)}-${s.digits(4)}<br>Domain: corp.example`,
        ],
        ['View billing', 'https://admin.google.com/ac/billing/accounts'],
        'Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA',
      ),
      parts: [pdfAttachment(`${s.digits(10)}.pdf`, ['Google Workspace', 'Invoice', 'corp.example'])],
    }),
  },
  {
    kind: 'travel-authorisation',
    template: 'uk-eta-granted-home-office',
    write: (s) => ({
      headers: s.headers('UK Visas and Immigration', 'noreply@eta.homeoffice.gov.uk', [
        signed('eta.homeoffice.gov.uk'),
      ]),
      subject: 'Your UK electronic travel authorisation (ETA) has been granted',
      text: `Dear ${s.victim.name},\n\nYour application for an electronic travel authorisation (ETA) has been granted.\n\nETA reference: ${s.digits(4)}-${s.digits(4)}-${s.digits(4)}-${s.digits(4)}\nValid until: 02 November 2028\n\nYour ETA is linked to your passport digitally; you do not need to print this email.\nCheck your ETA at https://www.gov.uk/guidance/check-your-eta\n\nUK Visas and Immigration`,
    }),
  },
  {
    kind: 'payroll-hr',
    template: 'workday-compensation-letter-task',
    write: (s) => ({
      headers: s.headers(`${s.company} via Workday`, 'corpexample@myworkday.com', [signed('myworkday.com')]),
      subject: 'You have a new task: Review Compensation Change Letter',
      text: `Hi ${s.victim.first},\n\nYou have a new task in Workday: Review Compensation Change Letter (effective 01/01/2027).\nYour manager ${s.boss.name} will talk you through it in your 1:1.\n\nOpen Workday through the company's single sign-on: https://wd3.myworkday.com/corpexample/d/home.htmld\n\nThis is a system-generated email from Workday.`,
    }),
  },
  {
    kind: 'mfa-enrolment',
    template: 'duo-enrolment-from-it',
    write: (s) => ({
      headers: s.headers('Duo Security', 'no-reply@duosecurity.com', [signed('duosecurity.com')]),
      subject: `${s.company} has invited you to enroll in Duo`,
      html: page(
        [
          `Hello ${s.victim.first},`,
          `${s.company} uses Duo for two-factor authentication. Your IT team has set up an account for you; enrollment takes about two minutes and needs your phone.`,
          'This link expires in 30 days. Questions? Contact the IT Service Desk (ext. 4400).',
        ],
        ['Start setup', `https://api-${s.hex(8)}.duosecurity.com/portal/enroll/${s.token(20)}`],
        'Duo Security, part of Cisco',
      ),
    }),
  },
  {
    kind: 'bank-alert',
    template: 'chase-new-payee-added-no-link',
    write: (s) => ({
      headers: s.headers('Chase', 'no.reply.alerts@chase.com', [signed('chase.com')]),
      subject: 'You added a new payee',
      text: `You added ${s.stranger.name} as a new payee on ${s.pick(['Nov 1', 'Nov 2'])}, 2026 at ${1 + s.below(11)}:${s.digits(1)}0 PM ET.\n\nIf you didn't do this, call us right away at the number on the back of your card.\n\nSecurely access your accounts at chase.com or in the Chase Mobile app.\n\nJPMorgan Chase Bank, N.A. Member FDIC`,
    }),
  },
  {
    kind: 'streaming',
    template: 'disney-plus-price-change',
    write: (s) => ({
      headers: s.headers('Disney+', 'disneyplus@mail.disneyplus.com', [signed('mail.disneyplus.com')]),
      subject: 'An update on your Disney+ subscription price',
      html: page(
        [
          `Hi ${s.victim.first},`,
          `Starting with your billing date on or after December 5, 2026, the price of your Disney+ Premium plan will be $${s.pick(['18.99', '19.99'])}/month. No action is needed to keep your plan.`,
          'You can review or change your plan at any time in your Account settings.',
        ],
        ['Manage account', 'https://www.disneyplus.com/account'],
        'Disney Entertainment, 500 S. Buena Vista St., Burbank, CA 91521',
      ),
    }),
  },
  {
    kind: 'shared-file',
    template: 'vendor-sharepoint-sow-share',
    write: (s) => {
      const vendorTenant = s.vendor.domain.slice(0, s.vendor.domain.indexOf('.')).replace(/-/g, '');
      return {
        headers: s.headers(`${s.stranger.name} (via SharePoint Online)`, 'no-reply@sharepointonline.com', [
          signed('sharepointonline.com'),
        ]),
        subject: `${s.stranger.name} shared "SOW ${s.company} 2027 v3.docx" with you`,
        html: page(
          [
            `${s.stranger.name} shared a file with you.`,
            `"As discussed on Tuesday's call – redlines from our side are in v3."`,
          ],
          ['Open', `https://${vendorTenant}.sharepoint.com/:w:/s/Clients/${s.token(22)}?e=${s.token(6)}`],
          'This link only works for the direct recipients of this message.',
        ),
      };
    },
  },
  {
    kind: 'phone-bill',
    template: 'turkcell-fatura-turkce',
    write: (s) => ({
      headers: s.headers('Turkcell', 'fatura@turkcell.com.tr', [signed('turkcell.com.tr')]),
      subject: `Ekim 2026 faturanız hazır – ${continental(s.money(250, 900))} TL`,
      text: `Değerli müşterimiz,\n\n05${s.digits(2)} *** ** ${s.digits(2)} numaralı hattınızın Ekim 2026 faturası oluşturulmuştur. Son ödeme tarihi 16.11.2026'dır.\nFaturanızı Turkcell Hesabım uygulamasından görüntüleyebilirsiniz.\n\nTurkcell`,
    }),
  },
];

const ENTRIES: EncodedEntry[] = [...ORDINARY, ...COUNTERPARTS];

export const UNSEEN_HAM_9_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenHam9(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 9_500_000);
}
