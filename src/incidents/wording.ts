// The words an incident's title and automatic timeline entries are made of.

import type { Decision } from '../responder/decision.js';
import type { DetectionKind } from '../sentinel/detection.js';
import { perKind } from '../sentinel/detectors/index.js';

/** Each kind's label, from its detector module. */
export const KIND_LABELS: Record<DetectionKind, string> = perKind((detector) => detector.label);

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "HTTP flood on Webmail", "Distributed flood and Origin distress on Webmail and Mail API". */
export function incidentTitle(kinds: readonly DetectionKind[], services: readonly string[]): string {
  const what = list(kinds.map((k) => KIND_LABELS[k]));
  return services.length > 0 ? `${what} on ${list(services)}` : what;
}

function action(decision: Decision): string {
  if (decision.action === 'throttle' && decision.throttle) {
    return `throttle to ${decision.throttle.rate}/s`;
  }
  return decision.action;
}

/** One line for a decision taken, changed or lifted. */
export function decisionText(decision: Decision, previous: Decision | undefined, removed: boolean): string {
  const who = `${decision.scope} ${decision.value}${decision.route === undefined ? '' : ` on ${decision.route}`}`;
  if (removed) return `Decision to ${action(decision)} ${who} lifted.`;
  if (previous !== undefined && previous.action !== decision.action) {
    return `${who} moved from ${action(previous)} to ${action(decision)}: ${decision.reason}`;
  }
  return `${action(decision)[0].toUpperCase()}${action(decision).slice(1)} ${who}: ${decision.reason}`;
}
