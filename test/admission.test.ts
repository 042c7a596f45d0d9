// Admission by priority through a real stack: with the origin marked in distress, an unknown browser past the
// shared budget meets the challenge, an unknown API client is shed with 503 and Retry-After, and a client
// holding a challenge pass still reaches the origin.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { puzzleFromPage, solvePuzzle } from '../src/edge/challenge/index.js';
import { type Answer, CookieJar, send } from './support/client.js';
import { addDecision, removeAllDecisions } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

let stack: Stack;

beforeAll(async () => {
  // The responder stays off: distress is set by hand, and a client sending fast to exhaust its share must
  // not be throttled by an automatic decision meanwhile.
  stack = await startStack({ config: { challenge: { difficulty: 8 } } });
});

afterAll(async () => {
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
});

function get(address: string, path: string, jar?: CookieJar, accept = 'text/html'): Promise<Answer> {
  return send(stack.gatewayUrl, path, {
    localAddress: address,
    headers: [['user-agent', FIREFOX], ['accept', accept], ...(jar?.header() ?? [])],
  });
}

/** Sends `path` from `address` until an answer is not 200 (the shared budget is small), and returns it. */
async function untilTurnedAway(address: string, path: string, accept?: string): Promise<Answer> {
  let answer = await get(address, path, undefined, accept);
  for (let i = 0; i < 200 && answer.status === 200; i++) answer = await get(address, path, undefined, accept);
  return answer;
}

/** Meets a challenge put on `address` alone, solves it, and returns the jar holding the pass. */
async function earnPass(address: string): Promise<CookieJar> {
  await addDecision(stack.controlUrl, stack.tokens.responder, {
    scope: 'ip',
    value: address,
    action: 'challenge',
    reason: 'test: earn a pass',
  });
  const puzzle = puzzleFromPage((await get(address, '/login')).body);
  if (puzzle === undefined) throw new Error('no puzzle in the challenge page');
  const answer = await send(stack.gatewayUrl, puzzle.action, {
    method: 'POST',
    localAddress: address,
    headers: [
      ['user-agent', FIREFOX],
      ['content-type', 'application/x-www-form-urlencoded'],
    ],
    body: new URLSearchParams({
      token: puzzle.token,
      counter: String(solvePuzzle(puzzle)),
      returnTo: puzzle.returnTo,
    }).toString(),
  });
  expect(answer.status).toBe(303);
  const jar = new CookieJar();
  jar.take(answer.headers);
  // The challenge is lifted: from here on the pass is all that tells this client apart.
  await removeAllDecisions(stack.controlUrl, stack.tokens.responder);
  return jar;
}

describe('admission by priority under origin distress', () => {
  it('challenges an unknown browser, sheds an unknown API client, and lets a verified one through', async () => {
    const verifiedAddress = '127.0.4.10';
    const unknownAddress = '127.0.5.10';
    const jar = await earnPass(verifiedAddress);
    expect((await get(unknownAddress, '/login')).status).toBe(200);

    stack.bw.admission.renew();
    try {
      const shedBefore = stack.bw.stats.requestsFor('shed');
      const page = await untilTurnedAway(unknownAddress, '/login');
      expect(page.status).toBe(403);
      expect(puzzleFromPage(page.body)).toBeDefined();

      const api = await untilTurnedAway(unknownAddress, '/api/health', 'application/json');
      expect(api.status).toBe(503);
      expect(api.headers['retry-after']).toBe('5');
      expect(stack.bw.stats.requestsFor('shed')).toBeGreaterThan(shedBefore);

      for (let i = 0; i < 5; i++) expect((await get(verifiedAddress, '/login', jar)).status).toBe(200);
    } finally {
      stack.bw.admission.clear();
    }
    expect((await get(unknownAddress, '/login')).status).toBe(200);
  });
});
