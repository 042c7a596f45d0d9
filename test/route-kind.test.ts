// Route kinds with no configuration, through a running gateway: once the origin answered a path with JSON,
// a client under a challenge decision that accepts HTML there is throttled with JSON, never shown the page.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from './support/client.js';
import { addDecision } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

const HTML_AND_ANY = 'text/html,*/*';

describe('through a gateway with no route configuration', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
    if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
  });

  it('stops challenging an HTML-accepting client on a path once the origin answered it with JSON', async () => {
    const challenged = '127.0.0.71';
    const browserish: Array<[string, string]> = [
      ['user-agent', 'mail-sync/2.1'],
      ['accept', HTML_AND_ANY],
    ];
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: challenged,
      action: 'challenge',
    });

    const before = await send(stack.gatewayUrl, '/api/messages', {
      localAddress: challenged,
      headers: browserish,
    });
    expect(before.headers['content-type']).toMatch(/^text\/html/); // not seen yet: the challenge page

    const seen = await send(stack.gatewayUrl, '/api/messages?page=1', {
      localAddress: '127.0.0.72',
      headers: browserish,
    });
    expect(seen.status).toBe(200);
    expect(seen.headers['content-type']).toMatch(/^application\/json/);

    let last: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 30; i++) {
      last = await send(stack.gatewayUrl, '/api/messages', { localAddress: challenged, headers: browserish });
      expect(last.headers['content-type']).toMatch(/^application\/json/);
      expect(last.body).not.toMatch(/<html|<form/i);
      if (last.status === 429) break;
    }
    expect(last?.status).toBe(429);
    expect(JSON.parse(last?.body ?? '')).toMatchObject({ error: 'rate_limited' });
  });
});
