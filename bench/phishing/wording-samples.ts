// The labelled mail the wording model learns from and is measured on: every phishing set of the benchmark
// (hand-written, generated, the unseen sets but the newest) and the unseen sets' risky-looking legitimate
// mail, each message with its set and template; and the SpamAssassin corpus's ham, whose first messages of each group (the
// ones the phishing benchmark judges) are kept for measuring and never learnt from.
import { built } from '../scenarios/origin-saw.js';
import { UNSEEN_SETS } from '../scenarios/phishing-sets.js';
import { corpusMessages, HAM_GROUPS } from './corpus.js';
import { generatePhishing, type SeededRandom } from './generate.js';
import { writtenPhishing } from './written.js';

export interface Sample {
  /** The set it comes from: `written`, `generated`, `unseen`, `unseen-N` (its phishing and its legitimate mail), `corpus`, `corpus-held-out`. */
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

/**
 * Unseen sets not learnt from: the newest stay out until they have been measured blind, so that their figures
 * say how the desk fares on mail written apart from it.
 */
export const NOT_LEARNT: string[] = [];

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
  for (const set of UNSEEN_SETS.filter((u) => !NOT_LEARNT.includes(u.phishingSet))) {
    for (const m of await set.writePhishing(perTemplate, seed, seededRandom)) {
      drawn.push({ set: set.phishingSet, template: m.template, phishing: true, raw: m.raw });
    }
    for (const m of await set.writeHam(perTemplate, seed, seededRandom)) {
      drawn.push({ set: set.phishingSet, template: `ham:${m.template}`, phishing: false, raw: m.raw });
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
