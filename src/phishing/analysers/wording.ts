// Wording: how much a message's words read like phishing's, by a model learnt from labelled mail rather
// than written by hand (data/phishing/wording.json, logistic regression on words and word pairs, learnt by
// bench/phishing/train-wording.ts). It is for what no hand-written sign names — the lure told in a real
// service's own notification, the fraud with no link — though measured it adds only a few points
// (docs/phishing.md); words alone also fit some honest mail, so it only adds to other signs: on its own it
// never makes a message suspicious. The reporter is shown the phrases that weighed most.
import { readFileSync } from 'node:fs';
import { type WordingModel, wordingFeatures, wordingProbability } from '../wording-features.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'wording';
const MODEL_FILE = new URL('../../../data/phishing/wording.json', import.meta.url);

/** From this probability the wording counts, with this weight (below the suspicious score alone). */
export const WORDING_PROBABILITY = 0.7;
export const WORDING_WEIGHT = 15;
/** Phrases quoted to the reporter. */
const QUOTED = 3;

const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as WordingModel;

/** The model's probability that `subject` and `text` are phishing, and the features that pushed it up most. */
export function readWording(subject: string, text: string): { probability: number; strongest: string[] } {
  const features = [...wordingFeatures(subject, text)];
  const pushing = features
    .filter((f) => (model.weights[f] ?? 0) > 0)
    .sort((a, b) => model.weights[b] - model.weights[a] || a.localeCompare(b));
  return { probability: wordingProbability(model, features), strongest: quotable(pushing) };
}

/** The strongest phrases that say something (a word of six letters or more), none inside another. */
function quotable(features: readonly string[]): string[] {
  const quoted: string[] = [];
  for (const f of features) {
    if (quoted.length === QUOTED) break;
    if (!f.split(' ').some((word) => word.length >= 6)) continue;
    if (!quoted.some((q) => q.includes(f) || f.includes(q))) quoted.push(f);
  }
  return quoted;
}

export const wording: Analyser = {
  name: NAME,
  async analyse(message) {
    const { probability, strongest } = readWording(message.subject, message.text);
    if (probability < WORDING_PROBABILITY) return [];
    const phrases = strongest.map((p) => `"${p}"`).join(', ');
    const most = phrases === '' ? '' : `, most for ${phrases}`;
    return [
      sign(
        NAME,
        'phishing-wording',
        WORDING_WEIGHT,
        `Its words read like phishing's: a model learnt from phishing and legitimate mail puts them at ${Math.round(probability * 100)}%${most}. Words alone do not make mail phishing; with the other signs here, they add weight.`,
        phrases || `${Math.round(probability * 100)}%`,
      ),
    ];
  },
};
