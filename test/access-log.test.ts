// The access log of a running gateway: allowed and refused requests, each a combined-format line with
// its status and verdict.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDecision } from './support/control-api.js';
import { type Stack, startStack, tempDataDir } from './support/stack.js';

let stack: Stack;
let file: string;
beforeAll(async () => {
  const dir = tempDataDir();
  file = join(dir, 'access.log');
  stack = await startStack({ dataDir: dir, config: { accessLog: { path: file } } });
});
afterAll(async () => {
  await stack?.stop();
  if (stack) await rm(stack.dataDir, { recursive: true, force: true });
});

it('writes a line per request with its status and verdict', async () => {
  expect((await fetch(`${stack.gatewayUrl}/login`, { headers: { 'user-agent': 'probe/1' } })).status).toBe(
    200,
  );
  await addDecision(stack.controlUrl, stack.tokens.responder, {
    scope: 'ip',
    value: '127.0.0.1',
    action: 'throttle',
    throttle: { rate: 0.001, burst: 0 },
    ttl: 600,
  });
  expect((await fetch(`${stack.gatewayUrl}/api/x`, { headers: { accept: 'application/json' } })).status).toBe(
    429,
  );
  let text = '';
  for (let i = 0; i < 50 && text.split('\n').length < 3; i++) {
    text = await readFile(file, 'utf8').catch(() => '');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const lines = text.trim().split('\n');
  expect(lines[0]).toMatch(
    /^127\.0\.0\.1 - - \[\d\d\/\w{3}\/\d{4}:[\d:]+ \+0000\] "GET \/login HTTP\/1\.1" 200 \d+ "-" "probe\/1" verdict=allow$/,
  );
  expect(lines[1]).toMatch(/"GET \/api\/x HTTP\/1\.1" 429 \d+ "-" ".*" verdict=throttle$/);
});
