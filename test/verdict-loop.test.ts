// The control loop in verdict mode: a flood that reaches Breakwater only as the questions of a proxy in
// front (as nginx's auth_request asks them) is detected, and the responder's decision turns the verdicts
// for its source into refusals while another client is still allowed. Bounded: at most 10 s of questions.
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Stack, startStack } from './support/stack.js';

let stack: Stack;
let verdictUrl: string;
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

beforeAll(async () => {
  stack = await startStack({
    config: {
      verdict: { listen: '127.0.0.1:0' },
      trustedProxies: ['127.0.0.1'],
      responder: { mode: 'enforce' },
    },
  });
  verdictUrl = stack.bw.gateway.verdictUrl as string;
});
afterAll(async () => {
  agent.destroy();
  await stack?.stop();
});

function ask(client: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${verdictUrl}/nginx`,
      {
        agent,
        headers: { 'x-original-uri': '/api/messages', 'x-forwarded-for': client, accept: 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

it('detects a flood seen only through the verdict endpoint, and refuses its source from then on', async () => {
  const flooder = '198.51.100.77';
  const deadline = Date.now() + 10_000;
  let refused = false;
  const workers = Array.from({ length: 16 }, async () => {
    while (!refused && Date.now() < deadline) {
      if ((await ask(flooder)) !== 200) refused = true;
    }
  });
  await Promise.all(workers);
  expect(refused).toBe(true);
  const detections = await stack.bw.store.detections.list({});
  expect(detections.map((d) => d.kind)).toContain('http-flood');
  expect(stack.bw.table.forAddress(flooder)?.source).toBe('detector');
  expect(await ask('198.51.100.78')).toBe(200);
});
