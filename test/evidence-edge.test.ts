// The edge's witness in a running Breakwater: a request the gateway refuses shows up, redacted, in the
// incident's evidence package fetched from the control plane, and the package verifies.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { unpackArchive } from '../src/evidence/archive.js';
import { verifyArchive } from '../src/evidence/manifest.js';
import { addDecision } from './support/control-api.js';
import { secretIncident } from './support/secret-incident.js';
import { type Stack, startStack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

it('puts a refused request head and its source in the evidence package', async () => {
  const auth = { authorization: `Bearer ${stack.tokens.responder}` };
  await addDecision(stack.controlUrl, stack.tokens.responder, {
    scope: 'ip',
    value: '127.0.0.1',
    action: 'throttle',
    throttle: { rate: 0.001, burst: 0 },
    ttl: 600,
  });
  const refused = await fetch(`${stack.gatewayUrl}/inbox?session=abc123`, {
    headers: { accept: 'application/json', cookie: 'bw_session=COOKIE-MARKER' },
  });
  expect(refused.status).toBe(429);

  const now = Date.now();
  const { id: _id, ...draft } = secretIncident({
    openedAt: now,
    updatedAt: now,
    figures: { ...secretIncident().figures, attackStartedAt: now - 60_000 },
  });
  const incident = await stack.bw.store.incidents.create(draft);
  const res = await fetch(`${stack.controlUrl}/api/v1/incidents/${incident.id}/evidence`, { headers: auth });
  expect(res.status).toBe(200);
  const archive = Buffer.from(await res.arrayBuffer());
  expect((await verifyArchive(archive)).ok).toBe(true);
  const files = await unpackArchive(archive);
  const heads = JSON.parse(files.get(`${incident.id}/request-heads.json`)?.toString() ?? '{}');
  expect(heads.heads).toEqual([
    expect.objectContaining({
      address: '127.0.0.1',
      verdict: 'throttle',
      method: 'GET',
      target: '/inbox?session=[redacted]',
    }),
  ]);
  const sources = JSON.parse(files.get(`${incident.id}/sources.json`)?.toString() ?? '{}');
  expect(sources.refused).toEqual([expect.objectContaining({ address: '127.0.0.1', requests: 1 })]);
  expect(archive.toString('latin1')).not.toContain('COOKIE-MARKER');
});
