// Attached messages: a message that carries another message (.eml, message/rfc822) and asks you to act on
// it, the attached one itself a lure — its sender wearing a brand or passing for a known domain, its links
// going to look-alike sites. A forwarded mail hides its lure from the checks that read only the outer
// message. Mail from inside the organisation that attaches one (a colleague asking IT about a message
// they got) is a report, not a lure, and is left alone.
import { type MessagePart, readReport } from '../message.js';
import { links } from './links.js';
import { fromInside } from './owners.js';
import { sender } from './sender.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';

const NAME = 'attached-messages';
/** Signs of the attached message strong enough to call it a lure on their own. */
const STRONG = 25;
/** Parts of an attached message read. */
const MAX_PARTS = 100;

export const attachedMessages: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (fromInside(message, context)) return [];
    const signals: Signal[] = [];
    for (const part of message.attachments.filter(isMessage)) {
      const strongest = (await innerSigns(part, context)).sort((a, b) => b.weight - a.weight)[0];
      if (strongest === undefined) continue;
      signals.push(
        sign(
          NAME,
          'attached-lure',
          40,
          `It carries another message (${part.filename || 'attached'}) for you to open, and that one is a lure: ${strongest.explanation}`,
          strongest.evidence,
        ),
      );
    }
    return signals;
  },
};

function isMessage(part: MessagePart): boolean {
  return part.contentType.toLowerCase() === 'message/rfc822' || /\.eml$/i.test(part.filename);
}

/** The strong signs of the sender and the links of the message in `part`. */
async function innerSigns(part: MessagePart, context: AnalysisContext): Promise<Signal[]> {
  const inner = (await readReport(part.content, true, { maxParts: MAX_PARTS })).reported;
  const found = [...(await sender.analyse(inner, context)), ...(await links.analyse(inner, context))];
  return found.filter((s) => s.weight >= STRONG);
}
