// A seeded corpus of over a thousand malformed requests against a live gateway: each ends in a 4xx or a
// closed connection, none reaches the origin, nothing throws, and the gateway serves normally afterwards.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CorpusLimits,
  classify,
  generateCorpus,
  type MalformedCase,
  validSamples,
} from './support/malformed-corpus.js';
import { inBatches, type RawAnswer, type RawTarget, sendRaw, targetOf } from './support/raw-client.js';
import { HEALTH_PATH, type RecordingOrigin, startRecordingOrigin } from './support/recording-origin.js';
import { type Stack, startStack } from './support/stack.js';

const SEED = 0x5eed_b0a7;
const COUNT = 1200;
const CONCURRENCY = 32;
/** Matches the config below; the classifier needs to know what the gateway must refuse. */
const LIMITS: CorpusLimits = { maxHeaderBytes: 16 * 1024, maxHeaders: 100, maxBodyBytes: 10 * 1024 * 1024 };

let origin: RecordingOrigin;
let stack: Stack;
let gateway: RawTarget;
const processErrors: unknown[] = [];
const onProcessError = (error: unknown) => processErrors.push(error);

beforeAll(async () => {
  process.on('uncaughtException', onProcessError);
  process.on('unhandledRejection', onProcessError);
  origin = await startRecordingOrigin();
  stack = await startStack({
    upstreams: [origin.url],
    config: {
      healthCheck: { path: HEALTH_PATH, interval: '1s', timeout: '500ms' },
      // short deadlines so a request cut short is timed out well inside each case's cap
      timeouts: { header: '1s' },
      limits: { maxHeaderBytes: '16kb', maxHeaders: 100, maxBodyBytes: '10mb', bodyRateGrace: '1s' },
    },
  });
  gateway = targetOf(stack.gatewayUrl);
});

afterAll(async () => {
  process.off('uncaughtException', onProcessError);
  process.off('unhandledRejection', onProcessError);
  await stack?.stop();
  await origin?.close();
});

const preview = (bytes: Buffer) => JSON.stringify(bytes.subarray(0, 160).toString('latin1'));

/** Why a case's answer breaks its expectation, or undefined when it does not. */
function violation(c: MalformedCase, a: RawAnswer): string | undefined {
  const statuses = a.responses.map((r) => r.status);
  const describe = `statuses=[${statuses}] closed=${a.closed} timedOut=${a.timedOut}`;
  if (a.timedOut) return `neither answered nor closed within the cap (${describe})`;
  const rest = c.expect === 'served-then-refused' && statuses[0] === 200 ? statuses.slice(1) : statuses;
  if (rest.some((s) => s < 400 || s >= 500)) return `a status other than 4xx (${describe})`;
  if (rest.length === 0 && !a.closed) return `no 4xx and the connection stayed open (${describe})`;
  return undefined;
}

describe('malformed corpus', () => {
  const { cases, stats } = generateCorpus(COUNT, SEED, LIMITS);

  it('is deterministic, large enough and spans every mutation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const again = generateCorpus(COUNT, SEED, LIMITS).cases;
    expect(again.every((c, i) => c.bytes.equals(cases[i].bytes) && c.expect === cases[i].expect)).toBe(true);
    expect(generateCorpus(50, SEED + 1, LIMITS).cases[7].bytes.equals(cases[7].bytes)).toBe(false);
    expect(Object.keys(stats.byMutation).sort()).toEqual(
      [
        'bad-length',
        'bad-target',
        'bad-version',
        'bit-flip',
        'broken-chunking',
        'byte-replace',
        'conflicting-framing',
        'control-bytes',
        'garbage-method',
        'header-syntax',
        'junk-after-valid',
        'oversized',
        'random-binary',
        'truncation',
      ].sort(),
    );
    for (const c of cases.filter(
      (x) => x.expect !== 'served-then-refused' && x.mutation !== 'broken-chunking',
    )) {
      if (c.mutation === 'random-binary') continue;
      expect(['invalid', 'incomplete'], `case ${c.id} ${c.mutation}`).toContain(
        classify(c.bytes, LIMITS).verdict,
      );
    }
  });

  it('the harness sees valid requests from the same grammar served (so a lapse would show)', async () => {
    const samples = validSamples(12, SEED, LIMITS);
    for (const s of samples) {
      const answer = await sendRaw(gateway, s.bytes, { stopAfterResponses: 1 });
      expect(answer.status, s.bytes.toString('latin1')).toBe(200);
      expect(origin.matching(s.path).length).toBe(1);
    }
  });

  it('every malformed request ends in a 4xx or a closed connection, and none reaches the origin', async () => {
    const before = origin.requests.length;
    const malformedBefore = stack.bw.stats.rejectedMalformed;
    const startedAt = performance.now();
    const answers = await inBatches(cases, CONCURRENCY, (c) =>
      sendRaw(gateway, c.bytes, {
        halfClose: c.halfClose,
        // a request cut short and left open waits for the 1 s header deadline
        timeoutMs: c.expect === 'incomplete' && !c.halfClose ? 4000 : 2500,
      }),
    );
    const elapsed = performance.now() - startedAt;
    const problems = cases
      .map((c, i) => ({ c, why: violation(c, answers[i]) }))
      .filter((p) => p.why !== undefined)
      .map(({ c, why }) => `#${c.id} ${c.mutation} (${c.expect}): ${why} ${preview(c.bytes)}`);
    expect(problems.slice(0, 15), `${problems.length} of ${cases.length} cases misbehaved`).toEqual([]);

    // Nothing malformed reached the origin: only the valid heads of junk-after-valid cases may have.
    await new Promise((r) => setTimeout(r, 200));
    const served = new Set(cases.filter((c) => c.servedPath).map((c) => c.servedPath));
    const reached = origin.requests.slice(before).map((r) => r.url.replace(/\?.*$/, ''));
    expect(reached.filter((url) => !served.has(url))).toEqual([]);
    expect(processErrors).toEqual([]);
    expect(stack.bw.stats.rejectedMalformed - malformedBefore).toBeGreaterThan(cases.length / 2);
    expect(elapsed).toBeLessThan(30_000);
  });

  it('afterwards a normal request is served and the control plane reports health ok', async () => {
    const res = await fetch(`${stack.gatewayUrl}/after-the-corpus`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('origin saw GET /after-the-corpus');
    const health = await fetch(`${stack.controlUrl}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    expect(processErrors).toEqual([]);
  });
});
