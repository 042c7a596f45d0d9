// Departments: a notice in the name of the reader's own IT service desk or HR department — about their
// password, mailbox, sign-in or multi-factor set-up, or their pay, benefits or a policy to acknowledge —
// sent from outside the company's domains (or showing the company's address with replies going outside),
// that asks them to act through a link leaving the company's and known services' sites, an attached
// file, a phone number to call, or a chat or remote session to accept (the help-desk vishing that floods
// a mailbox, then "IT" calls on Teams to take over the computer). A company's own IT and HR write from its own domains and send people to its own sites or its
// known services; an outside address signing as "IT Service Desk" or "Human Resources" over an account or
// pay pretext is the build of password-expiry, mailbox-quota, MFA re-enrolment, salary-review and
// policy-acknowledgement lures. The departments and their topics are read in the languages of Western
// Europe too (Personalabteilung, ressources humaines, recursos humanos, the payslip, the password). A
// name that carries another organisation's ("Acme Help Desk", "ADP Payroll") speaks for that
// organisation, not yours, and is left alone; so are mailing lists, a brand's own domains, and an
// operator without protected domains.
import { isFreeMail } from '../brands.js';
import { linksOf } from '../links-in.js';
import { addressDomain, knownSites, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { listMail } from './mailing-list.js';
import { senderBrand, senderDomain } from './owners.js';
import { textQuoteStart } from './quoted-history.js';
import { type Analyser, type AnalysisContext, sign } from './signal.js';

const NAME = 'departments';
/** The departments a notice may speak for: the words only they are named by, and what they write about. */
const DEPARTMENTS: { who: string; core: RegExp; topic: RegExp }[] = [
  {
    who: 'IT department',
    core: /\b(?:it|ict|i\.t\.|information technology|help ?desk|service ?desk|sys ?admin|postmaster|webmail|(?:email|mail) support|(?:system|systems|email|mail|network|exchange) admin(?:istrator)?s?|it-abteilung|it-support|edv(?:-abteilung)?|service informatique|support informatique|informatique|departamento de (?:ti|it|inform[aá]tica|sistemas)|soporte t[eé]cnico|inform[aá]tica|ufficio it|supporto it|assistenza informatica|it-afdeling|suporte de ti)\b/,
    topic:
      /\b(?:password|passcode|mailbox|e-?mail account|webmail|quota|storage limit|multi-?factor|two-?factor|2fa|mfa|authenticator|security (?:info|information|settings)|sign-?in (?:method|settings)|account (?:verification|validation|upgrade|deactivation|reactivation|migration)|(?:mailbox|e-?mail|account) migration|vpn|single sign-?on|passwort|kennwort|postfach|mot de passe|bo[iî]te (?:mail|aux lettres)|contrase[nñ]a|buz[oó]n|casella (?:di posta|email)|wachtwoord|senha|caixa de correio)\b/i,
  },
  {
    who: 'HR department',
    core: /\b(?:hr|human resources?|payroll|benefits|personnel|compensation|people (?:team|operations|ops)|employee (?:relations|services|benefits)|personalabteilung|personalwesen|lohnbuchhaltung|entgeltabrechnung|ressources humaines|service (?:du personnel|de (?:la )?paie)|recursos humanos|n[oó]minas|risorse umane|ufficio (?:del )?personale|ufficio paghe|personeelszaken|salarisadministratie|folha de pagamento|rh)\b/,
    topic:
      /\b(?:salary|salaries|pay ?(?:rise|raise|increase|review|adjustment|slip|stub|statement|scale|rate)|payslips?|payroll|compensation|bonus(?:es)?|merit increase|benefits?|open enrol(?:l)?ment|pension|401\(?k\)?|retirement plan|health (?:plan|insurance)|handbook|(?:updated|new|revised|company|hr|remote work|hybrid work|working from home|leave|travel|expenses?|acceptable use) polic(?:y|ies)|polic(?:y|ies) (?:update|change|acknowledg\w*)|acknowledg(?:e|ement|ment)|code of conduct|performance (?:review|appraisal|evaluation)|appraisal|leave (?:balance|request|policy)|termination|layoffs?|redundanc(?:y|ies)|restructuring|w-?2|p60|direct deposit|gehaltsabrechnung|lohnabrechnung|gehalt|fiche de paie|bulletin de (?:paie|salaire)|salaire|n[oó]mina|salario|busta paga|cedolino|stipendio|loonstrook|salaris|contracheque|holerite|sal[aá]rio)\b/i,
  },
];
/** Words a department's name is padded with: team, desk, "the", a product the mailbox runs on. */
const FILLER = new Set(
  'the your our and of for team teams desk department dept dep services service support group office center centre notification notifications notice alert alerts portal admin administrator administration management operations ops technical tech security mail email mailbox account accounts system systems network staff employee employees people 365 unit division abteilung équipe equipe equipo servizio dienst afdeling departamento département ufficio de la le des der die das du del'.split(
    ' ',
  ),
);
/** An ask to take a call or chat from "IT", or to let it onto the computer. */
const REMOTE_CONTACT =
  /\b(?:accept (?:the|a|our|my|this) (?:chat|call|invitation|invite|request|session|meeting)|(?:contact|call|reach|message|ping) you (?:on|via|through|over|in) (?:microsoft |ms )?(?:teams|zoom|slack|skype|whats ?app|webex|google meet)|remote (?:access|session|support|assistance|control)|anydesk|teamviewer|quick ?assist|screen ?connect|(?:call|phone|ring|dial) (?:us|the (?:help|service) ?desk|our (?:team|engineers?|technicians?))\b[^.\n]{0,40}?(?:\+|\b)\d[\d\s().-]{7,18}\d)/i;
/** Lines of the sign-off read: a notice signs at its end. */
const SIGN_OFF_LINES = 8;
/** Words of a sign-off line: a longer line is a sentence. */
const SIGN_OFF_WORDS = 6;

export const departments: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const from = message.from;
    const org = senderDomain(message);
    const own = new Set(context.protectedDomains.map(registrable));
    if (from === null || own.size === 0 || senderBrand(message, context) !== undefined) return [];
    // From your own domain, it is outside only when replies go elsewhere: a From header written by anyone.
    const elsewhere = message.replyTo.find((r) => !own.has(addressDomain(r.address)));
    if (own.has(org) && elsewhere === undefined) return [];
    if (listMail(message)) return [];
    const claim = claimOf(message, context);
    if (claim === undefined) return [];
    const text = `${message.subject}\n${message.text.slice(0, 3_000)}`;
    const topic = DEPARTMENTS.map((d) => d.topic.exec(text)?.[0]).find((t) => t !== undefined);
    if (topic === undefined) return [];
    const known = knownSites(context.protectedDomains, context.brands);
    const away = linksOf(message).find((l) => l.host !== '' && !known.has(registrable(l.host)));
    const file = message.attachments.find(
      (p) => !/\.ics$/i.test(p.filename) && p.contentType !== 'text/calendar',
    );
    const contact = REMOTE_CONTACT.exec(text)?.[0];
    if (away === undefined && file === undefined && contact === undefined) return [];
    const free = isFreeMail(org, context.brands);
    const action =
      away !== undefined
        ? `sends you to ${away.host}, neither your company's site nor a known service's`
        : file !== undefined
          ? `asks you to open the attached ${file.filename || 'file'}`
          : `asks you to take a call or chat from it ("${contact}"), the way fake help desks get onto a computer`;
    return [
      sign(
        NAME,
        'department-from-outside',
        (file !== undefined && away === undefined ? 30 : 35) + (free ? 10 : 0),
        `It speaks as your own ${claim.who} ("${claim.said}") about "${topic}", but ${elsewhere !== undefined && own.has(org) ? `while it shows your company's address ${from.address}, replies go to ${elsewhere.address}, outside your company's domains,` : `comes from ${from.address}, outside your company's domains${free ? ' (a free mail account)' : ''},`} and ${action}. Your own IT and HR write from your company's domain and send you to its own sites: check on the intranet or by phone.`,
        `${from.name} <${from.address}>`,
      ),
    ];
  },
};

/** The department the message signs as, by its sender's name or a sign-off line, and the words it used. */
function claimOf(
  message: ReportedMessage,
  context: AnalysisContext,
): { who: string; said: string } | undefined {
  const text = message.text.slice(0, textQuoteStart(message.text) ?? message.text.length);
  const signOff = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(-SIGN_OFF_LINES)
    .filter((l) => l.split(/\s+/).length <= SIGN_OFF_WORDS);
  const company = context.protectedDomains.flatMap((d) => [d.toLowerCase(), d.toLowerCase().split('.')[0]]);
  for (const said of [message.from?.name ?? '', ...signOff]) {
    const who = departmentNamed(said, company);
    if (who !== undefined) return { who, said };
  }
  return undefined;
}

/**
 * The department `name` is made of (its words and padding, and perhaps the company's name), or undefined
 * when it names none or carries other words — another organisation's name, a person's.
 */
function departmentNamed(name: string, company: readonly string[]): string | undefined {
  let rest = ` ${name
    .toLowerCase()
    .replace(/\be-mail\b/g, 'email')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  for (const c of company) rest = rest.split(` ${c} `).join(' ');
  const found = DEPARTMENTS.find((d) => d.core.test(rest));
  if (found === undefined) return undefined;
  for (const d of DEPARTMENTS) rest = rest.replace(new RegExp(d.core.source, 'g'), ' ');
  const left = rest.split(/\s+/).filter((w) => w !== '' && w !== '.' && !FILLER.has(w.replace(/\.$/, '')));
  return left.length === 0 ? found.who : undefined;
}
