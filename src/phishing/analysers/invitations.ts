// Invitations: a calendar invitation (.ics) from outside whose link goes to a site that is no meeting
// service and not your company's. Invitations land in the calendar whatever the mail filter makes of the
// message, so campaigns put the sign-in page's link in the event's description or location; a real
// meeting's link goes to Teams, Zoom, Meet, Webex and the like — not to a page anyone can publish on
// their sites (a drawing on docs.google.com). The invitation's links are judged like the message's others
// too (links-in.ts reads them).
// Worse when that link is not even the organiser's own site and the invitation dresses it up: a host
// named after a meeting service ("teams-live.<somewhere>"), or an ask to review, sign or open something
// through it before the meeting (a bonus statement, a contract) — the lure, not the meeting.
// Worse too when an outside invitation is about your pay (a bonus, salary or compensation review): only
// your employer reviews that, from its own domain.
import { hostOf, invitationText, isInvitation } from '../links-in.js';
import { addressDomain, registrable } from '../lookalike.js';
import { publishedOn } from '../url-signs.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'invitations';
/** Where meetings are held, and what their invitations link to. */
const MEETING_SERVICES = new Set([
  'zoom.us',
  'zoom.com',
  'zoomgov.com',
  'microsoft.com',
  'live.com',
  'office.com',
  'skype.com',
  'google.com',
  'webex.com',
  'gotomeeting.com',
  'goto.com',
  'gotowebinar.com',
  'bluejeans.com',
  'whereby.com',
  'chime.aws',
  'jit.si',
  'ringcentral.com',
  '8x8.vc',
  'lifesize.com',
  'vonage.com',
  'slack.com',
]);
const URL_IN = /\bhttps?:\/\/[^\s<>"')\]\\]+/gi;
/** A meeting service's name worn in another site's host. */
const MEETING_NAME = /(?:^|[.-])(?:teams|zoom|webex|meet|gotomeeting|skype|bluejeans|whereby)(?:$|[.-])/;
/** An ask to act on something through the link, beyond joining. */
const LURE =
  /\b(?:review|view|open|sign|download|confirm|verify|acknowledge|complete|accept)\b[^.\n]{0,40}\b(?:statements?|documents?|files?|forms?|bonus|salary|payslip|compensation|agreement|contract|polic(?:y|ies)|invoice|details|account)\b/i;
/** The reader's pay, which only their employer reviews. */
const PAY =
  /\b(?:bonus(?:es)?|salary|salaries|pay ?(?:rise|raise|increase|review|adjustment|slip|stub|statement)|payslips?|compensation|merit increase)\b/i;

export const invitations: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (!message.attachments.some(isInvitation)) return [];
    const organiser = addressDomain(message.from?.address ?? '');
    const ours = new Set(context.protectedDomains.map(registrable));
    const away = (invitationText(message).match(URL_IN) ?? []).find((url) => {
      const site = registrable(hostOf(url));
      const published = publishedOn(url, hostOf(url), context.brands.hosting) !== undefined;
      return site !== '' && ((!MEETING_SERVICES.has(site) && !ours.has(site)) || published);
    });
    if (away === undefined || ours.has(organiser)) return [];
    const signals = [
      sign(
        NAME,
        'invitation-link',
        20,
        `It is a calendar invitation from outside your company whose link goes to ${hostOf(away)}, which is no meeting service: invitations reach your calendar even when the mail is filtered, and campaigns put sign-in pages' links in them.`,
        away,
      ),
    ];
    const host = hostOf(away);
    const dressed = MEETING_NAME.exec(host) ?? LURE.exec(`${message.text}\n${invitationText(message)}`);
    if (registrable(host) !== organiser && dressed !== null) {
      signals.push(
        sign(
          NAME,
          'invitation-lure',
          15,
          `The invitation's link is not even on the organiser's own site (${organiser}), and it is dressed up ("${dressed[0].replace(/^[.-]|[.-]$/g, '')}"): a meeting service's name on another site, or an ask to act on something before the meeting.`,
          away,
        ),
      );
    }
    const pay = PAY.exec(`${message.subject}\n${message.text}\n${invitationText(message)}`);
    if (pay !== null) {
      signals.push(
        sign(
          NAME,
          'invitation-pay',
          15,
          `An invitation from outside your company (${organiser}) is about your pay ("${pay[0]}"): only your employer reviews that, from its own domain.`,
          away,
        ),
      );
    }
    return signals;
  },
};
