// Word lists kept as data (data/phishing/*.json) turned into one expression: any of the patterns, case
// left aside, standing as whole words in any script (no letter or digit just before or after).

/** Any of `patterns`, each at word boundaries that hold for every script. */
export function anyWord(patterns: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${patterns.join('|')})(?![\\p{L}\\d])`, 'iu');
}
