// Invitations: a calendar invitation (.ics) from outside whose link goes to a site that is no meeting
// service and not your company's. Invitations land in the calendar whatever the mail filter makes of the
// message, so campaigns put the sign-in page's link in the event's description or location; a real
// meeting's link goes to Teams, Zoom, Meet, Webex and the like. The invitation's links are judged like the message's others too (links-in.ts reads them).
import { hostOf, invitationText, isInvitation } from '../links-in.js';
import { registrable } from '../lookalike.js';
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

export const invitations: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (!message.attachments.some(isInvitation)) return [];
    const organiser = registrable(message.from?.address.split('@')[1] ?? '');
    const ours = new Set(context.protectedDomains.map(registrable));
    const away = (invitationText(message).match(URL_IN) ?? []).find((url) => {
      const site = registrable(hostOf(url));
      return site !== '' && !MEETING_SERVICES.has(site) && !ours.has(site);
    });
    if (away === undefined || ours.has(organiser)) return [];
    return [
      sign(
        NAME,
        'invitation-link',
        20,
        `It is a calendar invitation from outside your company whose link goes to ${hostOf(away)}, which is no meeting service: invitations reach your calendar even when the mail is filtered, and campaigns put sign-in pages' links in them.`,
        away,
      ),
    ];
  },
};
