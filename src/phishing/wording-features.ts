// The words of a message as the wording model reads them: its subject and text, lower-case, with links,
// addresses, domains and numbers taken out (they say who sent it, which other analysers judge, not how it
// is worded), as single words, pairs of neighbouring words and the first letters of long words (so that
// "Zertifikat", "Zertifikate" and "Zertifikats", or "weryfikacja" and "weryfikacji", read alike). Scripts
// written without spaces (Chinese, Japanese, Korean, Thai) are read as pairs of neighbouring characters.
// The same function feeds the model's training and its use, so both read a message alike.

/** Characters of a message read; the start of a message carries its ask. */
const READ_CHARS = 20_000;
/** Longer runs of letters are not words (encoded blobs, hashes). */
const LONGEST_WORD = 24;
/** Words longer than this are also read by their first this many letters, marked with a `~`. */
const STEM = 6;

const NOT_WORDING = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S+|\S+@\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)+|\p{N}+/giu;
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** The features of a message's wording: words, neighbouring pairs joined by a space, and long words' stems. */
export function wordingFeatures(subject: string, text: string): Set<string> {
  const words = wordsOf(`${subject}\n${text.slice(0, READ_CHARS)}`.replace(NOT_WORDING, ' '));
  const features = new Set<string>(words);
  for (const word of words) if (word.length > STEM) features.add(`${word.slice(0, STEM)}~`);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return features;
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’]+$/, '');
    if (UNSPACED.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) words.push(word.slice(i, i + 2));
    } else if (word.length >= 2 && word.length <= LONGEST_WORD) {
      words.push(word);
    }
  }
  return words;
}

/** The wording model: a bias and the weights of the features it learnt (data/phishing/wording.json). */
export interface WordingModel {
  bias: number;
  weights: Record<string, number>;
}

/** The model's probability that mail with these features is phishing. */
export function wordingProbability(model: WordingModel, features: Iterable<string>): number {
  let z = model.bias;
  for (const feature of features) z += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
