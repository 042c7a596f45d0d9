// Donations: an appeal to give after a disaster (to a relief fund, a matched drive) from outside your
// company, whose donate link (a button saying so, or an address written just after the appeal) goes to a
// site that is neither the sender's own nor a known service's. Fake
// charities spring up with each disaster on new domains, and a page to give on takes a card or a password;
// a real charity's appeal links to its own site, and a newsletter comes through a mailing list.
import { hostOf, linksOf } from '../links-in.js';
import { registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { listMail } from './mailing-list.js';
import { elsewhere, linksStayWithSender, senderDomain } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'donations';
const APPEAL =
  /\b(?:donat(?:e|es|ed|ing|ion|ions)|relief (?:fund|effort|appeal)|charit(?:y|able)|fundrais\w*|(?:give|giving) (?:now|today)|(?:match(?:es|ing)?|double) (?:your |every )?(?:gift|donation|dollar)s?)\b/i;

/** What fake charities ride on: the disaster in the news. */
const DISASTER =
  /\b(?:disasters?|hurricanes?|typhoons?|cyclones?|earthquakes?|floods?|flooding|wildfires?|tsunamis?|famine|refugees|victims|humanitarian)\b/i;
/** How far after the appeal a written address still belongs to it. */
const NEAR = 80;
const URL_IN = /\bhttps?:\/\/[^\s<>"')\]]+/i;

/** The links the appeal points to: buttons that say "donate" or "give", addresses written just after it. */
function donateLinks(message: ReportedMessage, text: string): string[] {
  const written = [...text.matchAll(new RegExp(APPEAL.source, 'gi'))].flatMap((m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + NEAR).split(/\n\s*\n/)[0];
    return URL_IN.exec(after)?.[0] ?? [];
  });
  const buttons = linksOf(message)
    .filter((l) => APPEAL.test(l.text) || /\b(?:donate|give)\b/i.test(l.text))
    .map((l) => l.href);
  return [...buttons, ...written];
}

export const donations: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text}`;
    const appeal = APPEAL.exec(text);
    const org = senderDomain(message);
    const ours = context.protectedDomains.map(registrable);
    if (
      appeal === null ||
      !DISASTER.test(text) ||
      listMail(message) ||
      ours.includes(org) ||
      linksStayWithSender(message, context)
    )
      return [];
    const leaves = elsewhere(org, context);
    const away = donateLinks(message, text)
      .map((href) => ({ href, host: hostOf(href) }))
      .find((l) => leaves(l.host));
    if (away === undefined) return [];
    return [
      sign(
        NAME,
        'donation-elsewhere',
        15,
        `It asks you to give ("${appeal[0]}") through a link to ${away.host}, which is not the sender's own site: fake charities spring up with every disaster, and their pages take your card or your password. Give through the charity's own site, typed in yourself.`,
        away.href,
      ),
    ];
  },
};
