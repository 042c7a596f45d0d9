// Intel: every domain, URL, address and attachment hash of the message looked up against the indicators
// already held (peers' and our own confirmed campaigns).
import { linksOf } from '../links-in.js';
import { addressDomain, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'intel';

export const intel: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const hits = await context.lookup(observables(message));
    const signals: Signal[] = [];
    for (const hit of hits.slice(0, 10)) {
      signals.push(
        sign(
          NAME,
          'known-indicator',
          60,
          `${hit.value} is already known as malicious (named by ${hit.source}).`,
          hit.value,
        ),
      );
    }
    return signals;
  },
};

/** The values of a message worth looking up: domains, URLs, addresses, attachment hashes. */
export function observables(message: ReportedMessage): string[] {
  const values = new Set<string>();
  for (const address of [message.from, ...message.replyTo]) {
    if (address === null) continue;
    values.add(address.address);
    values.add(addressDomain(address.address));
  }
  for (const link of linksOf(message)) {
    if (link.host === '') continue;
    values.add(link.href);
    values.add(link.host);
    values.add(registrable(link.host));
  }
  for (const part of message.attachments) values.add(part.sha256);
  values.delete('');
  return [...values];
}
