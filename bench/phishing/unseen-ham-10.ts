// The tenth unseen set's legitimate mail: what the same corp.example mailbox receives and must keep. Two
// thirds ordinary work (colleagues, customers, suppliers, the SaaS tools the company uses, newsletters,
// personal mail), a third the genuine counterparts of the set's lures (a password reset the user asked
// for, a supplier's real invoice, a real parcel notice, a bank or tax office sending people to its app, real
// shared documents, e-signatures and MFA enrolment), in the same languages as the phishing.
import type { SeededRandom } from './generate.js';
import { mimeMessage } from './mime.js';
import {
  amount,
  day,
  digits,
  freeMail,
  from,
  hex,
  type Lang,
  type Mail,
  money,
  type Person,
  part,
  passing,
  person,
  render,
  supplier,
  type Template,
  token,
  upper,
} from './unseen-10-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const CUSTOMERS: readonly { name: string; domain: string; lang: Lang }[] = [
  { name: 'Larkspur Retail Group', domain: 'larkspur-retail.example', lang: 'en' },
  { name: 'Tidewater Marine Supply', domain: 'tidewatermarine.example', lang: 'en' },
  { name: 'Orchard & Vine Foods', domain: 'orchardvine.example', lang: 'en' },
  { name: 'Groupe Maréchal', domain: 'groupe-marechal.example', lang: 'fr' },
  { name: 'Distribuciones Alameda', domain: 'alameda-distribuciones.example', lang: 'es' },
  { name: 'Bakkerij Verhoef', domain: 'verhoef-bakkerij.example', lang: 'nl' },
  { name: 'Ristorazione Collinare', domain: 'collinare.example', lang: 'it' },
  { name: 'Brenner Maschinenbau', domain: 'brenner-mb.example', lang: 'de' },
];

const customer = (r: SeededRandom, lang: Lang) => r.pick(CUSTOMERS.filter((c) => c.lang === lang));

/** A colleague at corp.example, as the internal relay delivers them. */
function colleague(r: SeededRandom): { who: Person; headers: string[] } {
  const who = person(r);
  return { who, headers: [from(who.name, who.email), passing('corp.example')] };
}

/** Someone at another company, writing from its own domain. */
function outsider(r: SeededRandom, domain: string): { who: Person; headers: string[] } {
  const who = person(r, domain);
  return { who, headers: [from(who.name, who.email), passing(domain)] };
}

const PROJECTS = [
  'Harbour Gate rollout',
  'warehouse WMS migration',
  'Q1 pricing review',
  'Lisbon office move',
  'supplier scorecard',
];

const ordinary: Template[] = [
  {
    name: 'meeting-notes',
    kind: 'colleague',
    lang: 'en',
    make(r, to) {
      const c = colleague(r);
      const project = r.pick(PROJECTS);
      return {
        headers: c.headers,
        subject: `Notes: ${project} sync`,
        ...render(r, {
          paras: [
            `Hi all,`,
            `Quick notes from today's ${project} sync:`,
            `1. ${r.pick(['Go-live stays on the 14th', 'Budget approved for phase two', 'Vendor shortlist down to two'])}. 2. ${to.first} to ${r.pick(['check the test plan with QA', 'send the revised timeline', 'book the room for the workshop'])}. 3. Next sync ${r.pick(['Thursday', 'Monday', 'next week'])} same time.`,
            r.pick(['Shout if I missed anything.', 'Let me know if anything is wrong.', '']),
          ].filter(Boolean),
          sig: [c.who.first],
        }),
      };
    },
  },
  {
    name: 'quick-question',
    kind: 'colleague',
    lang: 'en',
    make(r, to) {
      const c = colleague(r);
      return {
        headers: c.headers,
        subject: r.pick([
          'Quick question',
          'Re: slides for Thursday',
          'Customer call tomorrow',
          'Spreadsheet',
        ]),
        text: [
          `${r.pick(['Hi', 'Hey', 'Morning'])} ${to.first},`,
          '',
          r.pick([
            'Do you still have the version of the forecast from October? Mine seems to have the old exchange rates.',
            'Are you joining the customer call tomorrow at 10? If not I can cover.',
            "Could you have a look at slide 6 before I send the deck out? I'm not sure the numbers match the dashboard.",
          ]),
          '',
          r.pick(['Thanks!', 'Cheers', 'Thanks a lot']),
          c.who.first,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'team-weekly-update',
    kind: 'colleague',
    lang: 'en',
    make(r) {
      const c = colleague(r);
      return {
        headers: c.headers,
        subject: `Team update – week ${45 + r.below(5)}`,
        ...render(
          r,
          {
            paras: [
              'Hi team,',
              r.pick(['A short one this week.', 'Here is where we are.', 'Thanks for a busy week.']),
              `Wins: ${r.pick(['closed the Tidewater renewal', 'shipped the new returns flow', 'cut average ticket time to 6 hours'])}. Watch-outs: ${r.pick(['two people out next week', 'the Q4 freeze starts on the 15th', 'audit fieldwork starts Monday'])}.`,
              'Have a good weekend.',
            ],
            sig: [c.who.name],
          },
          r.pick(['html', 'both']),
        ),
      };
    },
  },
  {
    name: 'customer-lead-time-question',
    kind: 'customer',
    lang: 'en',
    make(r, to) {
      const cust = customer(r, 'en');
      const c = outsider(r, cust.domain);
      return {
        headers: c.headers,
        subject: r.pick([
          'Lead times for January orders',
          `Question about order PO-${digits(r, 5)}`,
          'Holiday delivery schedule',
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            r.pick([
              'Could you let me know current lead times for the standard range? We are planning January replenishment.',
              'We have not yet received the delivery confirmation for our last order. Could you check the status?',
              'What are your delivery cut-off dates over the holidays?',
            ]),
            'Thanks in advance.',
          ],
          sig: ['Best regards,', c.who.name, cust.name],
        }),
      };
    },
  },
  {
    name: 'supplier-order-confirmation',
    kind: 'supplier',
    lang: 'en',
    make(r, to) {
      const s = supplier(r, 'en');
      const order = `SO-${digits(r, 6)}`;
      const c = outsider(r, s.domain);
      return {
        headers: c.headers,
        subject: `Order confirmation ${order}`,
        ...render(r, {
          paras: [
            `Hello ${to.first},`,
            `Thank you for your order. Please find confirmation ${order} attached. Expected dispatch: ${day(r, 'en')}.`,
          ],
          sig: ['Kind regards,', c.who.name, s.name],
        }),
        parts: [
          part(
            'application/pdf',
            `${order}.pdf`,
            onePagePdf([
              `${s.name}`,
              `Order confirmation ${order}`,
              `Customer: Corp Example`,
              `Goods: ${s.goods}`,
            ]),
          ),
        ],
      };
    },
  },
  {
    name: 'github-review-requested',
    kind: 'saas-notification',
    lang: 'en',
    make(r) {
      const author = person(r);
      const repo = r.pick(['warehouse-api', 'pricing-service', 'infra-terraform', 'customer-portal']);
      const pr = 100 + r.below(900);
      const title = r.pick([
        'Fix rounding in VAT totals',
        'Bump node to 20.18',
        'Add retry to carrier webhook',
        'Remove legacy export job',
      ]);
      return {
        headers: [
          from(
            author.first.toLowerCase() + author.last.toLowerCase().slice(0, 1),
            'notifications@github.com',
          ),
          passing('github.com'),
        ],
        subject: `[corp-example/${repo}] ${title} (PR #${pr})`,
        ...render(
          r,
          {
            paras: [
              `@${author.first.toLowerCase()}-${author.last.toLowerCase()} requested your review on: corp-example/${repo}#${pr} ${title}.`,
            ],
            button: {
              label: 'View it on GitHub',
              href: `https://github.com/corp-example/${repo}/pull/${pr}`,
            },
            footer: 'You are receiving this because your review was requested.',
          },
          'both',
          'letter',
        ),
      };
    },
  },
  {
    name: 'jira-issue-assigned',
    kind: 'saas-notification',
    lang: 'en',
    make(r) {
      const reporter = person(r);
      const key = `${r.pick(['OPS', 'FIN', 'WMS', 'IT'])}-${100 + r.below(4000)}`;
      const summary = r.pick([
        'Label printer in bay 3 offline',
        'Update cost centre mapping',
        'Month-end report missing freight lines',
        'New starter laptop',
      ]);
      return {
        headers: [
          from(`${reporter.name} (Jira)`, 'jira@corpexample.atlassian.net'),
          passing('corpexample.atlassian.net'),
        ],
        subject: `[JIRA] (${key}) ${summary}`,
        ...render(r, {
          brand: { name: 'Jira', color: '#0052cc' },
          paras: [`${reporter.name} assigned ${key} to you.`, summary],
          button: { label: 'View issue', href: `https://corpexample.atlassian.net/browse/${key}` },
        }),
      };
    },
  },
  {
    name: 'colleague-calendar-invite',
    kind: 'colleague',
    lang: 'en',
    make(r, to) {
      const c = colleague(r);
      const summary = r.pick(['1:1', 'Budget walkthrough', 'Carrier contract review', 'Retro']);
      const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${token(r, 40)}%40thread.v2/0`;
      return {
        headers: c.headers,
        subject: `Invitation: ${summary}`,
        text: `${summary}\r\n\r\nMicrosoft Teams meeting\r\nJoin: ${join}\r\n`,
        parts: [
          part(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${hex(r, 20)}@corp.example`,
              organizer: c.who.email,
              attendee: to.email,
              summary,
              description: `Microsoft Teams meeting. Join: ${join}`,
              location: 'Microsoft Teams Meeting',
              start: `202612${String(8 + r.below(14)).padStart(2, '0')}T${String(8 + r.below(8)).padStart(2, '0')}3000Z`,
            }),
          ),
        ],
      };
    },
  },
  {
    name: 'industry-newsletter',
    kind: 'newsletter',
    lang: 'en',
    make(r, to) {
      const pub = r.pick([
        { name: 'Freight Weekly', domain: 'freightweekly.example' },
        { name: 'The Procurement Brief', domain: 'procurementbrief.example' },
      ]);
      const host = `news.${pub.domain}`;
      return {
        headers: [
          from(pub.name, `newsletter@${host}`),
          `List-Unsubscribe: <https://${host}/unsubscribe?u=${hex(r, 12)}>`,
          passing(host),
        ],
        subject: r.pick([
          'Container rates slide for third week',
          'Five things to know before Q1 contract season',
          'Port congestion eases in Rotterdam',
        ]),
        ...render(
          r,
          {
            brand: { name: pub.name, color: '#333333' },
            paras: [
              r.pick([
                'Spot rates on the Asia–Europe lane fell again this week as new capacity arrived.',
                'Buyers are renegotiating annual contracts earlier than usual.',
              ]),
              'Read the full analysis on our site.',
            ],
            button: { label: 'Read more', href: `https://${pub.domain}/articles/${token(r, 8)}` },
            footer: `You are receiving this because ${to.email} subscribed. Unsubscribe: https://${host}/unsubscribe`,
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'conference-registration',
    kind: 'event',
    lang: 'en',
    make(r, to) {
      const event = r.pick(['SupplyTech Europe 2027', 'Finance Ops Summit', 'Logistics Leaders Forum']);
      const domain = 'events-registration.example';
      return {
        headers: [from(event, `tickets@${domain}`), passing(domain)],
        subject: `Your registration for ${event} is confirmed`,
        ...render(r, {
          brand: { name: event, color: '#7c3aed' },
          paras: [
            `Hi ${to.first}, you're registered. Bring this confirmation or the QR code in the app to the badge desk.`,
          ],
          facts: [
            ['Confirmation', upper(r, 8)],
            ['Date', day(r, 'en')],
            ['Venue', r.pick(['RAI Amsterdam', 'ExCeL London', 'Messe Berlin'])],
          ],
        }),
      };
    },
  },
  {
    name: 'it-planned-maintenance',
    kind: 'internal-announcement',
    lang: 'en',
    make(r) {
      const what = r.pick(['VPN', 'the ERP system', 'file shares', 'the Wi-Fi in Building B']);
      return {
        headers: [from('IT Service Desk', 'servicedesk@corp.example'), passing('corp.example')],
        subject: `Planned maintenance: ${what} unavailable Saturday`,
        ...render(r, {
          paras: [
            'Hello everyone,',
            `${what[0].toUpperCase()}${what.slice(1)} will be unavailable on Saturday from 07:00 to 11:00 CET for planned maintenance.`,
            'No action is needed from you. If you have questions, raise a ticket in the usual way.',
          ],
          sig: ['IT Service Desk'],
        }),
      };
    },
  },
  {
    name: 'facilities-notice',
    kind: 'internal-announcement',
    lang: 'en',
    make(r) {
      const [subject, body] = r.pick([
        [
          'Fire drill on Wednesday',
          'We will run a fire drill on Wednesday morning. When the alarm sounds, please leave by the nearest exit and gather at the assembly point.',
        ],
        [
          'Car park resurfacing next week',
          'The car park will be closed Monday to Wednesday for resurfacing. Please use the overflow lot.',
        ],
        [
          'Kitchen on level 2 closed Friday',
          'The level 2 kitchen will be closed on Friday for a deep clean.',
        ],
      ] as const);
      return {
        headers: [from('Facilities', 'facilities@corp.example'), passing('corp.example')],
        subject,
        ...render(r, { paras: ['Hi all,', body], sig: ['Thanks,', 'Facilities team'] }),
      };
    },
  },
  {
    name: 'farewell-lunch',
    kind: 'colleague',
    lang: 'en',
    make(r) {
      const c = colleague(r);
      const leaver = person(r);
      return {
        headers: c.headers,
        subject: r.pick([
          `Farewell lunch for ${leaver.first}`,
          `Card for ${leaver.first}`,
          'Team lunch Friday',
        ]),
        text: [
          'Hi everyone,',
          '',
          r.pick([
            `As many of you know, ${leaver.first} is leaving us at the end of the month. We're going for lunch on Friday at 12:30. Let me know if you're in.`,
            `There's a card for ${leaver.first} going round, it's on my desk until Thursday.`,
          ]),
          '',
          c.who.first,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'job-application',
    kind: 'candidate',
    lang: 'en',
    make(r, to) {
      const applicant = person(r);
      const address = freeMail(r, applicant);
      const role = r.pick(['Senior Buyer', 'Data Analyst', 'Warehouse Supervisor', 'Accounts Payable Clerk']);
      return {
        headers: [from(applicant.name, address), passing(address.split('@')[1])],
        subject: `Application: ${role} – ${applicant.name}`,
        text: [
          `Dear ${to.first},`,
          '',
          `Please find attached my CV for the ${role} role advertised on your careers page. I have ${3 + r.below(10)} years of experience in a similar position.`,
          'I would welcome the chance to discuss it.',
          '',
          'Kind regards,',
          applicant.name,
        ].join('\r\n'),
        parts: [
          part(
            'application/pdf',
            `CV_${applicant.first}_${applicant.last}.pdf`,
            onePagePdf([applicant.name, role, 'Experience', 'Education']),
          ),
        ],
      };
    },
  },
  {
    name: 'expense-report-approved',
    kind: 'saas-notification',
    lang: 'en',
    make(r) {
      const approver = person(r);
      const report = r.pick([
        'Client visit Rotterdam',
        'November travel',
        'Team offsite',
        'Trade fair Hanover',
      ]);
      return {
        headers: [from('SAP Concur', 'AutoNotification@concursolutions.com'), passing('concursolutions.com')],
        subject: `Expense report approved: ${report}`,
        ...render(r, {
          brand: { name: 'SAP Concur', color: '#0a6ed1' },
          paras: [
            `Your expense report "${report}" for ${amount(money(r, 80, 1900), 'en')} was approved by ${approver.name} and sent for payment.`,
          ],
          footer: 'This is an automated notification. Please do not reply.',
        }),
      };
    },
  },
  {
    name: 'travel-itinerary',
    kind: 'travel',
    lang: 'en',
    make(r, to) {
      const domain = 'northstar-travel.example';
      const ref = upper(r, 6);
      return {
        headers: [from('Northstar Corporate Travel', `itineraries@${domain}`), passing(domain)],
        subject: `Itinerary ${ref}: ${r.pick(['Amsterdam', 'Madrid', 'Milan', 'Lyon', 'Hamburg'])}, ${day(r, 'en')}`,
        ...render(r, {
          brand: { name: 'Northstar Corporate Travel', color: '#0f766e' },
          paras: [
            `Hello ${to.first}, your trip is booked. Check-in opens 24 hours before departure with the airline.`,
          ],
          facts: [
            ['Booking reference', ref],
            ['Flight', `${r.pick(['KL', 'IB', 'AZ', 'LH'])}${100 + r.below(900)}`],
            ['Hotel', r.pick(['Hotel Nord', 'Central Suites', 'Canal House'])],
          ],
        }),
      };
    },
  },
  {
    name: 'personal-family',
    kind: 'personal',
    lang: 'en',
    make(r, to) {
      const relative = { ...person(r), last: to.last };
      const address = freeMail(r, relative);
      return {
        headers: [from(`${relative.first} ${to.last}`, address), passing(address.split('@')[1])],
        subject: r.pick(['Sunday', 'Flights for Christmas', 'photos', 'Mum’s birthday']),
        text: [
          `Hi ${to.first},`,
          '',
          r.pick([
            'Are you still coming on Sunday? Dad wants to know whether to get lamb or chicken.',
            'Found flights for the 23rd, about 180 each. Shall I book for both of us?',
            'Here are the photos from the weekend, the good ones are near the end.',
          ]),
          '',
          'x',
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'zoom-webinar-reminder',
    kind: 'saas-notification',
    lang: 'en',
    make(r, to) {
      const topic = r.pick([
        'Carbon reporting for logistics',
        'What’s new in e-invoicing 2027',
        'Warehouse automation 101',
      ]);
      return {
        headers: [from('Zoom', 'no-reply@zoom.us'), passing('zoom.us')],
        subject: `Reminder: ${topic} starts in 1 hour`,
        ...render(r, {
          brand: { name: 'zoom', color: '#0b5cff' },
          paras: [`Hi ${to.first},`, `This is a reminder that "${topic}" will begin in 1 hour.`],
          button: {
            label: 'Join webinar',
            href: `https://us06web.zoom.us/w/${digits(r, 11)}?tk=${token(r, 40)}`,
          },
        }),
      };
    },
  },
  {
    name: 'supplier-quote',
    kind: 'supplier',
    lang: 'en',
    make(r, to) {
      const s = supplier(r, 'en');
      const c = outsider(r, s.domain);
      const q = `Q${digits(r, 5)}`;
      return {
        headers: c.headers,
        subject: `Quotation ${q} – ${s.goods}`,
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            `As requested, please find our quotation ${q} attached. Prices are valid for 30 days.`,
            r.pick(['Happy to jump on a call.', 'Let me know if you need different quantities.']),
          ],
          sig: ['Best,', c.who.name, s.name],
        }),
        parts: [
          part(
            'application/pdf',
            `${q}.pdf`,
            onePagePdf([s.name, `Quotation ${q}`, `Total: ${amount(money(r, 900, 22000), 'en')}`]),
          ),
        ],
      };
    },
  },
  {
    name: 'customer-thanks',
    kind: 'customer',
    lang: 'en',
    make(r, to) {
      const cust = customer(r, 'en');
      const c = outsider(r, cust.domain);
      return {
        headers: c.headers,
        subject: r.pick(['Thank you', 'Re: delivery this morning', 'Great work on the rollout']),
        text: [
          `Hi ${to.first},`,
          '',
          r.pick([
            'Just wanted to say thanks for getting the order out so quickly. The team was very happy.',
            'Everything arrived this morning, all in order. Thanks for chasing it.',
          ]),
          '',
          c.who.first,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'de-abstimmung',
    kind: 'colleague',
    lang: 'de',
    make(r, to) {
      const c = colleague(r);
      return {
        headers: c.headers,
        subject: r.pick(['Abstimmung Budget 2027', 'Kurze Rückfrage', 'Termin nächste Woche']),
        ...render(r, {
          paras: [
            `Hallo ${to.first},`,
            r.pick([
              'können wir uns nächste Woche kurz zum Budget abstimmen? Dienstag oder Mittwoch Nachmittag würde mir passen.',
              'hast du die aktuelle Version der Kostenstellenliste? Ich finde im Teams-Ordner nur die vom Sommer.',
            ]),
          ],
          sig: ['Viele Grüße', c.who.first],
        }),
      };
    },
  },
  {
    name: 'de-lieferavis',
    kind: 'supplier',
    lang: 'de',
    make(r, to) {
      const s = supplier(r, 'de');
      const c = outsider(r, s.domain);
      const n = digits(r, 7);
      return {
        headers: c.headers,
        subject: `Lieferavis zu Ihrer Bestellung ${n}`,
        ...render(r, {
          paras: [
            `Sehr geehrte/r ${to.first} ${to.last},`,
            `die Ware zu Ihrer Bestellung ${n} wird am ${day(r, 'de')} ausgeliefert. Der Lieferschein liegt bei.`,
          ],
          sig: ['Mit freundlichen Grüßen', c.who.name, s.name],
        }),
        parts: [part('application/pdf', `Lieferschein_${n}.pdf`, onePagePdf([s.name, `Lieferschein ${n}`]))],
      };
    },
  },
  {
    name: 'fr-demande-devis',
    kind: 'customer',
    lang: 'fr',
    make(r, to) {
      const cust = customer(r, 'fr');
      const c = outsider(r, cust.domain);
      return {
        headers: c.headers,
        subject: r.pick(['Demande de devis', 'Tarifs 2027', 'Question sur notre commande']),
        ...render(r, {
          paras: [
            `Bonjour ${to.first},`,
            r.pick([
              'Pourriez-vous nous faire parvenir un devis pour 200 unités livrées à Lyon début février ?',
              'Pouvez-vous nous communiquer vos tarifs pour l’année prochaine ?',
            ]),
          ],
          sig: ['Bien cordialement,', c.who.name, cust.name],
        }),
      };
    },
  },
  {
    name: 'fr-compte-rendu',
    kind: 'colleague',
    lang: 'fr',
    make(r) {
      const c = colleague(r);
      return {
        headers: c.headers,
        subject: 'Compte-rendu réunion d’équipe',
        ...render(r, {
          paras: [
            'Bonjour à tous,',
            'Voici le compte-rendu de la réunion de ce matin :',
            `1. ${r.pick(['Inventaire annuel le 15 décembre', 'Nouveau transporteur à partir de janvier', 'Budget formation validé'])}. 2. ${r.pick(['Les congés de fin d’année sont à saisir avant vendredi', 'Point client Maréchal reporté à la semaine prochaine'])}.`,
            'Prochaine réunion jeudi à 10h.',
            r.pick(['N’hésitez pas à compléter.', 'Bonne journée.']),
          ],
          sig: [c.who.first],
        }),
      };
    },
  },
  {
    name: 'es-reunion',
    kind: 'colleague',
    lang: 'es',
    make(r, to) {
      const c = colleague(r);
      return {
        headers: c.headers,
        subject: r.pick(['Reunión del jueves', 'Cambio de hora', 'Presentación cliente']),
        text: [
          `Hola ${to.first},`,
          '',
          r.pick([
            '¿Podemos mover la reunión del jueves a las 11? Me ha surgido una llamada con un cliente.',
            'Te paso la presentación revisada para mañana. Dime si ves algo raro.',
          ]),
          '',
          'Gracias,',
          c.who.first,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'es-pedido-cliente',
    kind: 'customer',
    lang: 'es',
    make(r, to) {
      const cust = customer(r, 'es');
      const c = outsider(r, cust.domain);
      const n = digits(r, 5);
      return {
        headers: c.headers,
        subject: `Pedido ${n}`,
        ...render(r, {
          paras: [
            `Buenos días ${to.first},`,
            `Os enviamos el pedido ${n} adjunto. ¿Nos podéis confirmar la fecha de entrega?`,
          ],
          sig: ['Un saludo,', c.who.name, cust.name],
        }),
        parts: [part('application/pdf', `Pedido_${n}.pdf`, onePagePdf([cust.name, `Pedido ${n}`]))],
      };
    },
  },
  {
    name: 'it-riunione',
    kind: 'colleague',
    lang: 'it',
    make(r, to) {
      const c = colleague(r);
      return {
        headers: c.headers,
        subject: r.pick(['Riunione di lunedì', 'Aggiornamento progetto', 'Ferie di Natale']),
        text: [
          `Ciao ${to.first},`,
          '',
          r.pick([
            'confermi la riunione di lunedì alle 9:30? Porto io i dati delle vendite.',
            'ti mando l’aggiornamento sul progetto. Ne parliamo domani?',
            'mi confermi le tue ferie di Natale entro venerdì?',
          ]),
          '',
          'Grazie,',
          c.who.first,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'it-offerta-fornitore',
    kind: 'supplier',
    lang: 'it',
    make(r, to) {
      const s = supplier(r, 'it');
      const c = outsider(r, s.domain);
      const n = digits(r, 4);
      return {
        headers: c.headers,
        subject: `Offerta n. ${n}/2026`,
        ...render(r, {
          paras: [
            `Gentile ${to.first},`,
            `come da accordi le inviamo in allegato la nostra offerta n. ${n}. Restiamo a disposizione per qualsiasi chiarimento.`,
          ],
          sig: ['Cordiali saluti', c.who.name, s.name],
        }),
        parts: [part('application/pdf', `Offerta_${n}.pdf`, onePagePdf([s.name, `Offerta ${n}`]))],
      };
    },
  },
  {
    name: 'nl-overleg',
    kind: 'colleague',
    lang: 'nl',
    make(r, to) {
      const c = colleague(r);
      return {
        headers: c.headers,
        subject: r.pick(['Overleg planning', 'Vraagje', 'Agenda donderdag']),
        text: [
          `Hoi ${to.first},`,
          '',
          r.pick([
            'Zullen we donderdag even de planning voor januari doornemen?',
            'Heb jij de contactgegevens van de nieuwe vervoerder? Ik kan ze nergens vinden.',
          ]),
          '',
          'Groetjes,',
          c.who.first,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'nl-klantvraag',
    kind: 'customer',
    lang: 'nl',
    make(r, to) {
      const cust = customer(r, 'nl');
      const c = outsider(r, cust.domain);
      return {
        headers: c.headers,
        subject: r.pick(['Vraag over levering', 'Bestelling aanpassen', 'Factuuradres']),
        ...render(r, {
          paras: [
            `Beste ${to.first},`,
            r.pick([
              'Kunnen we onze bestelling van vorige week nog aanpassen? We hebben 20 dozen extra nodig.',
              'Ons factuuradres is gewijzigd per 1 januari, het nieuwe adres staat hieronder.',
            ]),
          ],
          sig: ['Met vriendelijke groet,', c.who.name, cust.name],
        }),
      };
    },
  },
];

const counterparts: Template[] = [
  {
    name: 'microsoft-security-code',
    kind: 'password-reset-genuine',
    lang: 'en',
    make(r, to) {
      return {
        headers: [
          from('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
          passing('accountprotection.microsoft.com'),
        ],
        subject: 'Microsoft account security code',
        ...render(r, {
          paras: [
            `Please use the following security code for the Microsoft account ${to.email.replace(/^(.).*@/, '$1***@')}.`,
            `Security code: ${digits(r, 6)}`,
            'If you didn’t request this code, you can safely ignore this email. Someone else might have typed your email address by mistake.',
          ],
          sig: ['Thanks,', 'The Microsoft account team'],
        }),
      };
    },
  },
  {
    name: 'docusign-from-known-supplier',
    kind: 'e-signature-genuine',
    lang: 'en',
    make(r, to) {
      const s = supplier(r, 'en');
      const host = r.pick(['na3', 'eu', 'na4']);
      return {
        headers: [
          from(`${s.contact} via Docusign`, `dse_${host.toUpperCase()}@docusign.net`),
          `Reply-To: ${s.contact.toLowerCase().replace(' ', '.')}@${s.domain}`,
          passing('docusign.net'),
        ],
        subject: `Complete with Docusign: ${s.name} – Master Services Agreement 2027`,
        ...render(
          r,
          {
            brand: { name: 'Docusign', color: '#4c00ff' },
            paras: [
              `${s.contact} sent you a document to review and sign.`,
              `Hi ${to.first}, as discussed on our call, here is the renewal for signature.`,
            ],
            button: {
              label: 'REVIEW DOCUMENT',
              href: `https://${host}.docusign.net/Signing/EmailStart.aspx?a=${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}&acct=${hex(r, 8)}&er=${hex(r, 8)}`,
            },
          },
          'html',
          'panel',
        ),
      };
    },
  },
  {
    name: 'sharepoint-share-from-colleague',
    kind: 'file-share-genuine',
    lang: 'en',
    make(r, to) {
      const sharer = person(r);
      const file = r.pick(['Q4 forecast.xlsx', 'Supplier scorecard.pptx', 'Onboarding checklist.docx']);
      return {
        headers: [
          from(`${sharer.name} (via SharePoint Online)`, 'no-reply@sharepointonline.com'),
          passing('sharepointonline.com'),
        ],
        subject: `${sharer.name} shared "${file}" with you`,
        ...render(
          r,
          {
            brand: { name: 'SharePoint', color: '#036c70' },
            paras: [
              `${sharer.name} shared a file with you`,
              r.pick([`Here's the file for tomorrow, ${to.first}.`, 'Latest version, comments welcome.']),
            ],
            button: {
              label: 'Open',
              href: `https://corpexample.sharepoint.com/:${r.pick(['x', 'p', 'w'])}:/r/sites/${r.pick(['Finance', 'Operations', 'People'])}/Shared%20Documents/${encodeURIComponent(file)}?d=w${hex(r, 32)}&csf=1&web=1`,
            },
            footer:
              'Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
          },
          'html',
          'panel',
        ),
      };
    },
  },
  {
    name: 'supplier-invoice-genuine',
    kind: 'invoice-genuine',
    lang: 'en',
    make(r, to) {
      const s = supplier(r, 'en');
      const invoice = `INV-${digits(r, 5)}`;
      const total = amount(money(r, 600, 28000), 'en');
      return {
        headers: [from(`${s.name} Accounts`, `accounts@${s.domain}`), passing(s.domain)],
        subject: `Invoice ${invoice} from ${s.name}`,
        ...render(r, {
          paras: [
            `Dear ${to.first},`,
            `Please find attached invoice ${invoice} for ${total}, payment due within 30 days to the account on file.`,
            'Thank you for your business.',
          ],
          sig: ['Accounts Receivable', s.name],
        }),
        parts: [
          part(
            'application/pdf',
            `${invoice}.pdf`,
            onePagePdf([s.name, `Invoice ${invoice}`, `Amount: ${total}`, 'Terms: 30 days']),
          ),
        ],
      };
    },
  },
  {
    name: 'ups-delivery-notice',
    kind: 'parcel-genuine',
    lang: 'en',
    make(r) {
      const track = `1Z${upper(r, 6)}${digits(r, 10)}`;
      return {
        headers: [from('UPS', 'mcinfo@ups.com'), passing('ups.com')],
        subject: `UPS Update: Package Scheduled for Delivery ${r.pick(['Today', 'Tomorrow'])}`,
        ...render(
          r,
          {
            brand: { name: 'UPS', color: '#351c15' },
            paras: ['Your package is on the way.', `Shipped by: ${supplier(r, 'en').name}`],
            facts: [
              ['Tracking Number', track],
              ['Delivery Window', r.pick(['10:30 AM – 2:30 PM', 'End of day'])],
            ],
            button: { label: 'Track Package', href: `https://www.ups.com/track?loc=en_US&tracknum=${track}` },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'de-bank-postfach',
    kind: 'bank-notice-genuine',
    lang: 'de',
    make(r, to) {
      return {
        headers: [from('DKB', 'info@dkb.de'), passing('dkb.de')],
        subject: 'Neue Nachricht in Ihrem Postfach',
        ...render(r, {
          paras: [
            `Guten Tag ${to.first} ${to.last},`,
            'in Ihrem Postfach liegt ein neues Dokument für Sie bereit. Sie finden es in der DKB-App unter „Postfach“.',
            'Aus Sicherheitsgründen senden wir Ihnen keine Links per E-Mail.',
          ],
          sig: ['Ihre DKB'],
        }),
      };
    },
  },
  {
    name: 'mfa-enrolment-internal',
    kind: 'mfa-enrolment-genuine',
    lang: 'en',
    make(r, to) {
      return {
        headers: [from('IT Service Desk', 'servicedesk@corp.example'), passing('corp.example')],
        subject: r.pick([
          'Reminder: register the Authenticator app this week',
          'Action needed: set up your sign-in methods',
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            'As discussed at onboarding, please register the Microsoft Authenticator app for your account this week. Go to My Sign-Ins from a company laptop and follow the steps.',
            'We will never ask for your password or a code by email or phone.',
          ],
          button: { label: 'My Sign-Ins', href: 'https://mysignins.microsoft.com/security-info' },
          sig: ['IT Service Desk', 'ext. 4400'],
        }),
      };
    },
  },
  {
    name: 'benefits-enrollment-internal',
    kind: 'benefits-genuine',
    lang: 'en',
    make(r) {
      return {
        headers: [from('People Team', 'people@corp.example'), passing('corp.example')],
        subject: 'Open enrolment for 2027 benefits is now open',
        ...render(r, {
          paras: [
            'Hi everyone,',
            `Open enrolment runs until ${day(r, 'en')}. If you don't want to change anything, you don't need to do anything – your current choices roll over.`,
            'Details and the comparison sheet are on the intranet. Drop-in sessions are on Tuesday and Thursday at 1pm.',
          ],
          button: { label: 'Benefits page', href: 'https://intranet.corp.example/people/benefits-2027' },
          sig: ['People Team'],
        }),
      };
    },
  },
  {
    name: 'workday-payslip',
    kind: 'payslip-genuine',
    lang: 'en',
    make(r, to) {
      return {
        headers: [from('Workday', 'corpexample@myworkday.com'), passing('myworkday.com')],
        subject: `Your payslip for ${r.pick(['November', 'December'])} 2026 is available`,
        ...render(r, {
          paras: [`Hello ${to.first},`, 'Your payslip is now available in Workday.'],
          button: {
            label: 'View in Workday',
            href: 'https://wd3.myworkday.com/corpexample/d/task/2998$28771.htmld',
          },
        }),
      };
    },
  },
  {
    name: 'teams-voicemail',
    kind: 'voicemail-genuine',
    lang: 'en',
    make(r, to) {
      const caller = person(r);
      const length = `${r.below(2)}:${String(5 + r.below(50)).padStart(2, '0')}`;
      const audio = Buffer.concat([
        Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000'),
        Buffer.alloc(400 + r.below(400)),
      ]);
      return {
        headers: [from(caller.name, caller.email), passing('corp.example')],
        subject: `Voicemail from ${caller.name} (${length})`,
        ...render(
          r,
          {
            paras: [
              `You received a voicemail from ${caller.name}.`,
              `${to.first}, ${r.pick(['can you call me back about the freight quote?', 'just checking you got my email about tomorrow.', 'call me when you are free.'])}`,
            ],
            footer: 'Preview generated by Microsoft Teams. Play the attached audio to hear the full message.',
          },
          'both',
          'letter',
        ),
        parts: [part('audio/mpeg', 'audio.mp3', audio)],
      };
    },
  },
  {
    name: 'google-docs-comment',
    kind: 'file-share-genuine',
    lang: 'en',
    make(r, to) {
      const cust = customer(r, 'en');
      const actor = person(r, cust.domain);
      const doc = r.pick(['Joint launch plan', 'Shared forecast 2027', 'Store rollout tracker']);
      return {
        headers: [
          from(`${actor.name} (Google Docs)`, 'comments-noreply@docs.google.com'),
          `Reply-To: ${actor.email}`,
          passing('docs.google.com'),
        ],
        subject: `${doc} – New comment from ${actor.name}`,
        ...render(
          r,
          {
            brand: { name: 'Google Docs', color: '#1a73e8' },
            paras: [
              `${actor.name} mentioned you in a comment in ${doc}.`,
              `"@${to.first} ${r.pick(['can you confirm these volumes?', 'is week 6 still realistic?', 'added your numbers here, thanks'])}"`,
            ],
            button: {
              label: 'Open',
              href: `https://docs.google.com/document/d/1${token(r, 43)}/edit?disco=AAAB${token(r, 10)}`,
            },
          },
          'html',
          'panel',
        ),
      };
    },
  },
  {
    name: 'fr-impots-espace',
    kind: 'tax-notice-genuine',
    lang: 'fr',
    make(r, to) {
      return {
        headers: [
          from('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
          passing('dgfip.finances.gouv.fr'),
        ],
        subject: 'Un nouveau document est disponible dans votre espace particulier',
        ...render(r, {
          paras: [
            `Bonjour ${to.first} ${to.last.toUpperCase()},`,
            `Un nouveau document (${r.pick(['avis de taxe d’habitation', 'avis d’impôt sur le revenu', 'échéancier de prélèvement'])}) est disponible dans votre espace particulier sur impots.gouv.fr.`,
            'Pour le consulter, connectez-vous à votre espace sur le site impots.gouv.fr ou l’application.',
          ],
          sig: ['La Direction générale des Finances publiques'],
        }),
      };
    },
  },
  {
    name: 'es-adobe-sign-genuine',
    kind: 'e-signature-genuine',
    lang: 'es',
    make(r, to) {
      const s = supplier(r, 'es');
      return {
        headers: [
          from(`${s.contact} a través de Adobe Acrobat Sign`, 'adobesign@adobesign.com'),
          passing('adobesign.com'),
        ],
        subject: `${s.contact} le ha solicitado que firme: Contrato marco 2027`,
        ...render(
          r,
          {
            brand: { name: 'Adobe Acrobat Sign', color: '#eb1000' },
            paras: [
              `Hola ${to.first},`,
              `${s.contact} (${s.name}) le ha enviado "Contrato marco 2027" para que lo firme.`,
            ],
            button: {
              label: 'Revisar y firmar',
              href: `https://secure.eu1.adobesign.com/public/esignWidget?wid=CBFCIBAA3AAABL${token(r, 24)}`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'okta-password-reset-requested',
    kind: 'password-reset-genuine',
    lang: 'en',
    make(r, to) {
      return {
        headers: [from('Okta', 'noreply@okta.com'), passing('okta.com')],
        subject: 'Account password reset',
        ...render(
          r,
          {
            brand: { name: 'corp.example – Okta', color: '#00297a' },
            paras: [
              `Hi ${to.first},`,
              `A password reset request was made for your Okta account. If you did not make this request, please contact your system administrator immediately.`,
              'This link expires in 1 hour.',
            ],
            button: {
              label: 'Reset Password',
              href: `https://corpexample.okta.com/signin/reset-password/${token(r, 20)}`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'nl-postnl-bezorging',
    kind: 'parcel-genuine',
    lang: 'nl',
    make(r, to) {
      const code = `3S${upper(r, 4)}${digits(r, 9)}`;
      return {
        headers: [from('PostNL', 'noreply@notificatie.postnl.nl'), passing('notificatie.postnl.nl')],
        subject: r.pick(['Je pakket komt vandaag', 'Je pakket is onderweg']),
        ...render(r, {
          brand: { name: 'PostNL', color: '#ed7000' },
          paras: [
            `Hoi ${to.first},`,
            `Je pakket van ${r.pick(['Coolblue', 'bol', 'Zalando'])} wordt ${r.pick(['vandaag', 'morgen'])} bezorgd tussen ${9 + r.below(6)}:00 en ${15 + r.below(5)}:00.`,
          ],
          facts: [['Barcode', code]],
          button: {
            label: 'Volg je pakket',
            href: `https://jouw.postnl.nl/track-and-trace/${code}-NL-${digits(r, 4)}AB`,
          },
        }),
      };
    },
  },
];

const TEMPLATES: readonly Template[] = [...ordinary, ...counterparts];

export const UNSEEN_HAM_10_TEMPLATE_COUNT = TEMPLATES.length;

export async function unseenHam10(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [index, template] of TEMPLATES.entries()) {
    const r = seededRandom(seed * 7919 + 500 + index);
    for (let k = 0; k < perTemplate; k++) {
      const to = person(r);
      const mail: Mail = await template.make(r, to);
      const raw = mimeMessage({
        ...mail,
        headers: [...mail.headers, `To: ${to.name} <${to.email}>`],
        number: 10_500_000 + out.length,
      });
      out.push({ raw, kind: template.kind, template: template.name });
    }
  }
  return out;
}
