// The review sections of a phishing incident's report: what the campaign's reports tell, how the
// responders answered, and what makes the next campaign less likely to work. Facts from the incident and
// its timeline; the prompts are for the people who write the review.
import type { TimelineEntry } from '../incident.js';
import { BREAKWATER_AUTHOR } from '../incident.js';
import type { ReviewSection } from './content.js';
import { formatElapsed, formatList, formatUtc } from './format.js';
import type { ReportInput } from './input.js';

/** The people who wrote on the timeline, in order of name. */
export function respondersOf(timeline: readonly TimelineEntry[]): string[] {
  return [...new Set(timeline.map((e) => e.author).filter((a) => a !== BREAKWATER_AUTHOR))].sort();
}

export function phishingReview(input: ReportInput): ReviewSection[] {
  const { incident, timeline } = input;
  const { figures } = incident;
  const opened = timeline.find((e) => e.kind === 'opened');
  const responders = respondersOf(timeline);
  return [
    {
      heading: 'What happened',
      facts: [
        `A phishing campaign, first reported ${formatUtc(figures.attackStartedAt)}; the incident opened ` +
          `${formatElapsed(figures.timeToDetectMs)} later.`,
        ...(opened === undefined ? [] : [opened.text]),
      ],
      prompt: 'Describe the lure, who received it and what it asked them to do.',
    },
    {
      heading: 'How we responded',
      facts: [
        responders.length === 0
          ? 'No responder wrote on the timeline.'
          : `Responders on the timeline: ${formatList(responders)}.`,
      ],
      prompt: 'Tell who clicked or answered, what was reset or blocked, and what slowed the answer down.',
    },
    {
      heading: 'How we make it less likely',
      facts: ["The campaign's indicators reach the mail gateways' lists once it is confirmed."],
      prompt: 'List the actions agreed (training, mail gateway rules, MFA), each with an owner and a date.',
    },
  ];
}
