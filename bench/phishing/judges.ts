// The two judges of the phishing benchmark, on the same messages: Breakwater's analysers from its build
// (authentication checked through a DNS server on loopback that holds no records, or read from the
// results of an MTA it is told to believe; nothing held in intel or reported before), one message after
// the other, each timed; and SpamAssassin (Debian's, local tests
// only, Bayes off), once over all of them as an mbox.
import { spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { built } from '../scenarios/origin-saw.js';
import { findTool } from '../tools.js';

export interface BreakwaterJudgement {
  verdict: string;
  score: number;
  /** The signs found, by code. */
  codes: string[];
  ms: number;
}

/** A function of Breakwater's build, called as the bench's types say. */
// biome-ignore lint/suspicious/noExplicitAny: the build is loaded at run time, its types are not in this program.
type Built = (...args: any[]) => any;

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

/**
 * The authserv-id of the Authentication-Results header the unseen sets' messages carry: the one a receiving
 * MTA of corp.example adds, which a deployed desk is configured to believe (`phishing.trustedAuthservIds`).
 */
export const SETS_MTA = 'mx.corp.example';

/**
 * Breakwater's judgement of each message, in order, and the seconds all of them took; with
 * `trustedAuthservIds`, the Authentication-Results of those MTAs are believed, as a deployed desk does.
 */
export async function breakwaterJudges(
  messages: readonly string[],
  trustedAuthservIds: readonly string[] = [],
): Promise<{ judged: BreakwaterJudgement[]; seconds: number }> {
  const { readReport } = await built<{ readReport: Built }>('phishing/message.js');
  const { analyse } = await built<{ analyse: Built }>('phishing/analysis.js');
  const { shippedBrands } = await built<{ shippedBrands: Built }>('phishing/brands.js');
  const { dnsResolver } = await built<{ dnsResolver: Built }>('phishing/resolver.js');
  const dns = await emptyDns();
  const context = {
    brands: shippedBrands(),
    protectedDomains: ['corp.example'],
    resolver: dnsResolver([{ host: '127.0.0.1', port: dns.port }], 2_000),
    trustedAuthservIds,
    recentlyReported: async () => new Set(),
    lookup: async () => [],
    archives: { maxExpandedBytes: 100 * 1024 ** 2, maxDepth: 3, maxEntries: 1_000 },
  };
  const judged: BreakwaterJudgement[] = [];
  const started = process.hrtime.bigint();
  try {
    for (const raw of messages) {
      const t0 = process.hrtime.bigint();
      const report = await readReport(Buffer.from(raw, 'utf8'), true, { maxParts: 500 });
      const result = (await analyse(report, context)) as {
        verdict: string;
        score: number;
        reasons: { code: string; towards: string }[];
      };
      judged.push({
        verdict: result.verdict,
        score: result.score,
        codes: result.reasons.map((r) => r.code),
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
      });
    }
  } finally {
    dns.close();
  }
  return { judged, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** SpamAssassin's version line, or an error saying how to get it. */
export function spamAssassinVersion(): string {
  if (findTool('spamassassin') === undefined) {
    throw new Error(
      'bench: the phishing benchmark compares with SpamAssassin, which is missing; install it (Debian/Ubuntu: sudo apt-get install -y spamassassin) and run again',
    );
  }
  const run = spawnSync('spamassassin', ['-V'], { encoding: 'utf8' });
  return /SpamAssassin version ([\d.]+)/.exec(run.stdout)?.[1] ?? 'unknown';
}

const SEPARATOR = 'From bench@example.invalid Mon Nov  2 09:00:00 2026';

/**
 * SpamAssassin's score of each message, in order, from one `spamassassin --mbox` run. SpamAssassin writes
 * an mbox's messages out in its own order (by date), so each goes in with an X-Bench-Id header and its
 * score is read from its own headers (report_safe 0: spam is marked in its headers, not wrapped).
 */
export function spamAssassinJudges(messages: readonly string[]): { scores: number[]; seconds: number } {
  const mbox = messages
    .map(
      (m, i) => `${SEPARATOR}\nX-Bench-Id: ${i}\n${m.replace(/\r\n/g, '\n').replace(/^From /gm, '>From ')}\n`,
    )
    .join('');
  const started = process.hrtime.bigint();
  const run = spawnSync(
    'spamassassin',
    ['-L', '--cf=use_bayes 0', '--cf=bayes_auto_learn 0', '--cf=report_safe 0', '--mbox'],
    {
      input: mbox,
      maxBuffer: 1024 ** 3,
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`bench: spamassassin failed: ${run.stderr}`);
  const scores: number[] = new Array(messages.length).fill(Number.NaN);
  for (const judged of run.stdout.split(`${SEPARATOR}\n`)) {
    const end = judged.indexOf('\n\n');
    const head = end < 0 ? judged : judged.slice(0, end);
    const id = /^X-Bench-Id: (\d+)$/m.exec(head);
    const status = /^X-Spam-Status: (?:Yes|No), score=(-?[\d.]+)/m.exec(head);
    if (id !== null && status !== null) scores[Number(id[1])] = Number(status[1]);
  }
  const missing = scores.filter(Number.isNaN).length;
  if (missing > 0)
    throw new Error(`bench: spamassassin left ${missing} of ${messages.length} messages unjudged`);
  return { scores, seconds };
}
