// The labelled mail the wording model learns from and is measured on: every phishing set of the benchmark
// (hand-written, generated, the unseen sets) and every set of risky-looking legitimate mail, each message
// with its set and template; and the SpamAssassin corpus's ham, whose first messages of each group (the
// ones the phishing benchmark judges) are kept for measuring and never learnt from.
import { built } from '../scenarios/origin-saw.js';
import { corpusMessages, HAM_GROUPS } from './corpus.js';
import { generatePhishing, type SeededRandom } from './generate.js';
import { unseenPhishing } from './unseen.js';
import { unseenPhishing2 } from './unseen-2.js';
import { unseenPhishing3 } from './unseen-3.js';
import { unseenPhishing4 } from './unseen-4.js';
import { unseenPhishing5 } from './unseen-5.js';
import { unseenPhishing6 } from './unseen-6.js';
import { unseenHam } from './unseen-ham.js';
import { unseenHam2 } from './unseen-ham-2.js';
import { unseenHam3 } from './unseen-ham-3.js';
import { unseenHam4 } from './unseen-ham-4.js';
import { unseenHam5 } from './unseen-ham-5.js';
import { unseenHam6 } from './unseen-ham-6.js';
import { writtenPhishing } from './written.js';

export interface Sample {
  /** The set it comes from: `written`, `generated`, `unseen-N`, `corpus`, `corpus-held-out`. */
  set: string;
  /** Messages of one template are near copies; the model weighs a template, not its copies. */
  template: string;
  phishing: boolean;
  raw: string;
  features: Set<string>;
}

/** Messages of the corpus's ham groups kept for measuring: the phishing benchmark's own. */
export const CORPUS_HELD_OUT = 250;

type Random = (seed: number) => SeededRandom;
type Drawn = { raw: string; template: string }[];

/** Each numbered unseen set's phishing and legitimate mail, by number. */
const UNSEEN: Record<
  number,
  [
    (n: number, seed: number, r: Random) => Promise<Drawn>,
    (n: number, seed: number, r: Random) => Drawn | Promise<Drawn>,
  ]
> = {
  1: [unseenPhishing, unseenHam],
  2: [unseenPhishing2, unseenHam2],
  3: [unseenPhishing3, unseenHam3],
  4: [unseenPhishing4, unseenHam4],
  5: [unseenPhishing5, unseenHam5],
  6: [unseenPhishing6, unseenHam6],
};

/** Every labelled message, drawn from `seed`, `perTemplate` of each template, read as the desk reads it. */
export async function wordingSamples(perTemplate: number, seed: number, corpus: string): Promise<Sample[]> {
  const { seededRandom } = await built<{ seededRandom: Random }>('seeded-random.js');
  const { readReport } = await built<{
    readReport(
      raw: Buffer,
      direct: boolean,
      limits: { maxParts: number },
    ): Promise<{ reported: { subject: string; text: string } }>;
  }>('phishing/message.js');
  const { wordingFeatures } = await built<{ wordingFeatures(subject: string, text: string): Set<string> }>(
    'phishing/wording-features.js',
  );
  const drawn: Omit<Sample, 'features'>[] = [
    ...(await writtenPhishing(perTemplate, seed, seededRandom)).map((w) => ({
      set: 'written',
      template: w.template,
      phishing: true,
      raw: w.raw,
    })),
    ...(await generatePhishing(perTemplate * 25, seed, { seededRandom })).map((g) => ({
      set: 'generated',
      template: g.tactics.join('+'),
      phishing: true,
      raw: g.raw,
    })),
  ];
  for (const [n, [phishing, ham]] of Object.entries(UNSEEN)) {
    for (const m of await phishing(perTemplate, seed, seededRandom)) {
      drawn.push({ set: `unseen-${n}`, template: m.template, phishing: true, raw: m.raw });
    }
    for (const m of await ham(perTemplate, seed, seededRandom)) {
      drawn.push({ set: `unseen-${n}`, template: `ham:${m.template}`, phishing: false, raw: m.raw });
    }
  }
  for (const group of HAM_GROUPS) {
    corpusMessages(corpus, group, Number.MAX_SAFE_INTEGER).forEach((raw, i) => {
      const set = i < CORPUS_HELD_OUT ? 'corpus-held-out' : 'corpus';
      drawn.push({ set, template: `${group}:${i}`, phishing: false, raw });
    });
  }
  const samples: Sample[] = [];
  for (const d of drawn) {
    const { reported } = await readReport(Buffer.from(d.raw, 'utf8'), true, { maxParts: 500 });
    samples.push({ ...d, features: wordingFeatures(reported.subject, reported.text) });
  }
  return samples;
}
