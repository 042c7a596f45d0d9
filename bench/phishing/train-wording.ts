// Trains the phishing desk's wording model (data/phishing/wording.json) on the benchmark's labelled mail,
// and measures it on sets it did not learn from:
//   node dist/bench/phishing/train-wording.js [--hold-out unseen-6,…] [--with-analysers] [--write | --to FILE]
// `--hold-out` leaves sets out of training (their phishing and their legitimate mail) and reports on them
// and on the corpus's held-out ham; `--with-analysers` also runs the desk's analysers on what is reported,
// to show what the model adds to them; `--write` trains on every set and writes the model; `--to` writes
// the model learnt (held-out sets left out) to FILE, for measuring other parts on sets it never saw.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import { built } from '../scenarios/origin-saw.js';
import { corpusDir } from './corpus.js';
import { breakwaterJudges } from './judges.js';
import { type Example, fitLogistic } from './logistic.js';
import { type Sample, wordingSamples } from './wording-samples.js';

const SEED = 101;
const PER_TEMPLATE = 4;
/** A feature must be in this many templates, of at least two sets, to be learnt: no template's own words. */
const MIN_TEMPLATES = 3;
const MIN_SETS = 2;
const FIT = { l2: 0.001, steps: 400, rate: 0.05 };
/** Weights smaller than this are left out of the written model. */
const SMALLEST_WEIGHT = 0.02;
const MODEL_FILE = join(ROOT, 'data', 'phishing', 'wording.json');

interface WordingModel {
  about: string;
  bias: number;
  weights: Record<string, number>;
}

const { wordingProbability } = await built<{
  wordingProbability(model: WordingModel, features: Iterable<string>): number;
}>('phishing/wording-features.js');
const { WORDING_WEIGHT } = await built<{ WORDING_WEIGHT: number }>('phishing/analysers/wording.js');

const say = (line: string) => process.stderr.write(`train-wording: ${line}\n`);

/** The model learnt from `samples`: features kept by spread, examples weighed by template. */
function train(samples: readonly Sample[]): WordingModel {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const key = `${s.set}|${s.template}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const sets = [...new Set(samples.map((s) => s.set))];
  const spread = new Map<string, { templates: number; sets: number }>();
  for (const members of groups.values()) {
    const bit = 1 << sets.indexOf(members[0].set);
    const union = new Set(members.flatMap((m) => [...m.features]));
    for (const f of union) {
      const seen = spread.get(f) ?? { templates: 0, sets: 0 };
      seen.templates++;
      seen.sets |= bit;
      spread.set(f, seen);
    }
  }
  const kept = [...spread]
    .filter(([, seen]) => seen.templates >= MIN_TEMPLATES && bitCount(seen.sets) >= MIN_SETS)
    .map(([f]) => f)
    .sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  // Phishing and legitimate mail weigh the same; within legitimate mail, the sets written to look risky
  // weigh as much as the corpus; within each part, every template (every corpus message) the same.
  const parts = new Map<string, number>();
  const partOf = (g: Sample) => (g.phishing ? 'phishing' : g.set === 'corpus' ? 'corpus' : 'ham');
  for (const members of groups.values())
    parts.set(partOf(members[0]), (parts.get(partOf(members[0])) ?? 0) + 1);
  const partWeight: Record<string, number> = { phishing: 1, ham: 0.5, corpus: 0.5 };
  const examples: Example[] = [];
  for (const members of groups.values()) {
    const part = partOf(members[0]);
    const weight = partWeight[part] / (parts.get(part) ?? 1) / members.length;
    for (const m of members) {
      const features = Int32Array.from([...m.features].flatMap((f) => index.get(f) ?? []));
      examples.push({ features, positive: m.phishing, weight });
    }
  }
  say(
    `${examples.length} messages, ${groups.size} templates, ${kept.length} features kept of ${spread.size}`,
  );
  const fit = fitLogistic(examples, kept.length, FIT);
  const weights: Record<string, number> = {};
  kept.forEach((f, i) => {
    if (Math.abs(fit.weights[i]) >= SMALLEST_WEIGHT) weights[f] = Math.round(fit.weights[i] * 1000) / 1000;
  });
  return {
    about: `Logistic regression on words, word pairs and long words' stems; learnt by bench/phishing/train-wording.ts (seed ${SEED}, ${PER_TEMPLATE} messages a template) from ${sets.join(', ')}.`,
    bias: Math.round(fit.bias * 1000) / 1000,
    weights,
  };
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const ADDED = [10, 15, 20];

async function measure(
  model: WordingModel,
  samples: readonly Sample[],
  withAnalysers: boolean,
): Promise<void> {
  const bySet = new Map<string, Sample[]>();
  for (const s of samples) {
    const key = `${s.set} ${s.phishing ? 'phishing' : 'legitimate'}`;
    bySet.set(key, [...(bySet.get(key) ?? []), s]);
  }
  for (const [key, members] of bySet) {
    const p = members.map((m) => wordingProbability(model, m.features));
    const share = (test: (i: number) => boolean) =>
      `${((100 * members.filter((_, i) => test(i)).length) / members.length).toFixed(1)}%`;
    console.log(
      `${key} (${members.length}): wording alone at ${THRESHOLDS.map((t) => `≥${t} ${share((i) => p[i] >= t)}`).join(', ')}`,
    );
    if (!withAnalysers) continue;
    // the analysers' scores without the shipped model's part, to which this model's is added
    const { judged } = await breakwaterJudges(members.map((m) => m.raw));
    const others = judged.map((j) => j.score - (j.codes.includes('phishing-wording') ? WORDING_WEIGHT : 0));
    const flagged = (i: number, added: number, t: number) => others[i] + (p[i] >= t ? added : 0) >= 35;
    console.log(`  other analysers alone ${share((i) => others[i] >= 35)}`);
    for (const added of ADDED) {
      console.log(
        `  analysers + ${added} at ${THRESHOLDS.map((t) => `≥${t} ${share((i) => flagged(i, added, t))}`).join(', ')}`,
      );
    }
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const heldOut = (argv[argv.indexOf('--hold-out') + 1] ?? '')
    .split(',')
    .filter((s) => argv.includes('--hold-out') && s);
  const samples = await wordingSamples(PER_TEMPLATE, SEED, corpusDir(say));
  const learnt = samples.filter((s) => !heldOut.includes(s.set) && s.set !== 'corpus-held-out');
  const model = train(learnt);
  say(`${Object.keys(model.weights).length} weights`);
  const top = Object.entries(model.weights).sort((a, b) => b[1] - a[1]);
  say(
    `strongest towards phishing: ${top
      .slice(0, 40)
      .map(([f, w]) => `${f} ${w}`)
      .join('; ')}`,
  );
  say(
    `strongest towards legitimate: ${top
      .slice(-25)
      .map(([f, w]) => `${f} ${w}`)
      .join('; ')}`,
  );
  await measure(
    model,
    samples.filter((s) => heldOut.includes(s.set) || s.set === 'corpus-held-out'),
    argv.includes('--with-analysers'),
  );
  if (argv.includes('--to')) {
    const file = argv[argv.indexOf('--to') + 1];
    if (file === undefined) throw new Error('train-wording: --to needs a file to write the model to');
    writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
    say(`wrote ${file}`);
  }
  if (argv.includes('--write')) {
    if (heldOut.length > 0)
      throw new Error('train-wording: --write trains on every set; leave out --hold-out');
    writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    say(`wrote ${MODEL_FILE}`);
  }
}

await main(process.argv.slice(2));
