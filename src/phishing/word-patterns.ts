// Word patterns the analysers share: word lists kept as data (data/phishing/*.json) turned into one
// expression, any of the patterns, case left aside, standing as whole words in any script (no letter or
// digit just before or after); and what a clause rules out ("we never change bank details by e-mail").

/** Any of `patterns`, each at word boundaries that hold for every script. */
export function anyWord(patterns: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${patterns.join('|')})(?![\\p{L}\\d])`, 'iu');
}

/**
 * Words that make a clause a rule rather than an ask: "we never change wire instructions by e-mail",
 * "nunca cambiamos instrucciones de transferencia por correo". Only "never" and its like: a plain "not"
 * is also how a threat is put ("if you do not update your bank details, …").
 */
const NEVER =
  /(?<![\p{L}\d])(?:never|at no time|under no circumstances|nunca|jamás|jamais|niemals|nooit|nigdy|giammai)(?![\p{L}\d])/iu;
/** What ends a clause. */
const CLAUSE_END = /[.,;:!?\n。、]/;
/** How far back a clause is read. */
const CLAUSE_REACH = 80;

/** Whether the clause in which `match` was found in `text` says it never happens. */
function ruledOut(text: string, match: RegExpExecArray): boolean {
  let start = match.index;
  while (start > 0 && match.index - start < CLAUSE_REACH && !CLAUSE_END.test(text[start - 1])) start--;
  return NEVER.test(text.slice(start, match.index + match[0].length));
}

/** The same patterns, global, for reading every match. */
const everyMatch = new Map<RegExp, RegExp>();

/** The first match of `pattern` in `text` that its clause does not rule out. */
export function firstUnruled(pattern: RegExp, text: string): RegExpExecArray | null {
  let all = everyMatch.get(pattern);
  if (all === undefined) {
    all = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    everyMatch.set(pattern, all);
  }
  all.lastIndex = 0;
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    if (!ruledOut(text, m)) return m;
    if (m[0] === '') all.lastIndex++;
  }
  return null;
}
