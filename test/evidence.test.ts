// The evidence package end to end over the control API with a real store: what is in it, that no
// credential or session id seeded with a marker gets in, that legitimate users' addresses can be hidden,
// and the round trip — export, verify, tamper one byte, verify fails; a phishing incident has none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ControlFixture, startControlFixture } from '../src/control/fixture.js';
import { Witness } from '../src/edge/witness.js';
import { unpackArchive } from '../src/evidence/archive.js';
import { verifyArchive } from '../src/evidence/manifest.js';
import { stixObjectProblem } from '../src/intel/stix/check.js';
import type { Decision } from '../src/responder/decision.js';
import type { Detection } from '../src/sentinel/detection.js';
import { secretIncident } from './support/secret-incident.js';

const ATTACKER = '203.0.113.7';
const RESPONDER_ADDRESS = '192.0.2.50';
const FORWARDED_USER = '192.0.2.99';
const SESSION = 'SESSION-MARKER-5f1c';
const QUERY = 'QUERY-MARKER-77aa';
const PASSWORD = 'PASSWORD-MARKER-0b3d';

let f: ControlFixture;
let witness: Witness;
let incidentId: string;

beforeEach(async () => {
  witness = new Witness({ heads: 10, sources: 100, retainMs: 86_400_000, now: () => f.clock.now });
  f = await startControlFixture({
    evidence: { witness, identity: 'Example Mail', tlp: 'amber', keepQueryValues: false },
  });
  const openedAt = f.clock.now;
  const detection: Detection = {
    id: `http-flood:/login:${openedAt - 10_000}`,
    kind: 'http-flood',
    startedAt: openedAt - 10_000,
    lastSeenAt: openedAt,
    state: 'active',
    path: '/login',
    routeKind: 'browser',
    targets: [{ scope: 'ip', value: ATTACKER, share: 0.9, rate: 400 }],
    maxAction: 'block',
    evidence: {
      windowMs: 1000,
      observedRate: 420,
      baselineRate: 5,
      topKeys: [{ key: `ip:${ATTACKER}`, count: 400, share: 0.9 }],
      summary: `${ATTACKER} sent 400 requests per second to /login`,
    },
  };
  await f.store.detections.put(detection);
  const { id: _id, ...draft } = secretIncident({
    title: 'HTTP flood on /login',
    openedAt,
    updatedAt: openedAt,
    topSources: [{ scope: 'ip', value: ATTACKER, rate: 400 }],
    topFingerprints: [],
    detectionIds: [detection.id],
    decisionIds: ['dec_evidence1'],
    assignee: null,
  });
  incidentId = (await f.store.incidents.create(draft)).id;
  const decision: Decision = {
    id: 'dec_evidence1',
    scope: 'ip',
    value: ATTACKER,
    action: 'block',
    reason: 'http-flood on /login',
    source: 'detector',
    createdAt: openedAt,
    expiresAt: openedAt + 600_000,
    detectionId: detection.id,
  };
  await f.store.incidents.putDecision(incidentId, decision, 0);
  await f.store.incidents.appendTimeline(incidentId, {
    at: openedAt + 1000,
    kind: 'note',
    author: 'responder@example.org',
    text: `pasted by mistake: ${f.tokens.admin}`,
    public: false,
  });
  await f.store.audit.append({
    actor: { kind: 'user', id: 'u1', name: 'responder@example.org' },
    address: RESPONDER_ADDRESS,
    action: 'POST /api/v1/decisions',
    target: { decisionId: 'dec_evidence1' },
    detail: { status: 201 },
  });
  await f.store.audit.append({
    actor: { kind: 'user', id: 'u1', name: 'responder@example.org' },
    address: RESPONDER_ADDRESS,
    action: 'login',
    target: {},
    detail: {},
  });
  f.clock.now += 2000;
  witness.refused(ATTACKER, 'block', 'POST', `/login?user=alice&token=${QUERY}`, '1.1', [
    'Host',
    'mail.example.org',
    'User-Agent',
    'flood/1.0',
    'Cookie',
    `bw_session=${SESSION}`,
    'Authorization',
    `Bearer ${f.tokens.responder}`,
    'X-Forwarded-For',
    FORWARDED_USER,
    'X-Password',
    PASSWORD,
  ]);
  witness.resetAtAccept(ATTACKER);
});
afterEach(async () => {
  await f.close();
});

const exportPackage = (query = '', role: 'viewer' | 'responder' = 'responder') =>
  f.app.inject({
    method: 'GET',
    url: `/api/v1/incidents/${incidentId}/evidence${query}`,
    headers: f.as(role),
  });

async function files(archive: Buffer): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, data] of await unpackArchive(archive))
    out.set(name.replace(`${incidentId}/`, ''), data.toString('utf8'));
  return out;
}

describe('GET /api/v1/incidents/:id/evidence', () => {
  it('packs the incident, signed, with sources in UTC and the heads redacted', async () => {
    const res = await exportPackage();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-tar');
    const archive = res.rawPayload;
    const got = await files(archive);
    expect([...got.keys()].sort()).toEqual(
      [
        'README.txt',
        'audit.json',
        'custody.json',
        'decisions.json',
        'detections.json',
        'incident.json',
        'manifest.json',
        'manifest.json.sig',
        'public-key.pem',
        'report.md',
        'request-heads.json',
        'sources.json',
        'stix-bundle.json',
        'timeline.json',
      ].sort(),
    );
    const sources = JSON.parse(got.get('sources.json') as string);
    expect(sources.refused).toEqual([
      {
        address: ATTACKER,
        firstSeen: new Date(f.clock.now).toISOString(),
        lastSeen: new Date(f.clock.now).toISOString(),
        requests: 1,
        connectionsReset: 1,
      },
    ]);
    const head = JSON.parse(got.get('request-heads.json') as string).heads[0];
    expect(head.target).toBe('/login?user=[redacted]&token=[redacted]');
    expect(head.headers).toContainEqual(['Cookie', '[redacted]']);
    expect(head.headers).toContainEqual(['User-Agent', 'flood/1.0']);
    const audit = JSON.parse(got.get('audit.json') as string);
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['POST /api/v1/decisions']);
    const custody = JSON.parse(got.get('custody.json') as string);
    expect(custody[0]).toMatchObject({ event: 'exported', by: { kind: 'token', name: 'responder' } });
    const bundle = JSON.parse(got.get('stix-bundle.json') as string);
    expect(bundle.type).toBe('bundle');
    for (const object of bundle.objects) expect(stixObjectProblem(object), object.id).toBeUndefined();
    expect(bundle.objects.map((o: { type: string }) => o.type)).toEqual(
      expect.arrayContaining(['campaign', 'indicator', 'attack-pattern', 'sighting', 'identity']),
    );

    const recorded = await f.store.audit.page({ limit: 1 });
    expect(recorded[0]).toMatchObject({ action: 'evidence_exported', target: { incidentId } });
  });

  it('holds no token, session id, password or query value seeded with a marker', async () => {
    const text = (await exportPackage()).rawPayload.toString('latin1');
    for (const secret of [SESSION, QUERY, PASSWORD, ...Object.values(f.tokens)])
      expect(text).not.toContain(secret);
    expect(text).toContain(ATTACKER);
  });

  it('hides legitimate users’ addresses when asked, and keeps the attack’s sources', async () => {
    const plain = (await exportPackage()).rawPayload.toString('latin1');
    expect(plain).toContain(RESPONDER_ADDRESS);
    expect(plain).toContain(FORWARDED_USER);
    const redacted = await exportPackage('?redact=legitimate');
    const text = redacted.rawPayload.toString('latin1');
    expect(text).not.toContain(RESPONDER_ADDRESS);
    expect(text).not.toContain(FORWARDED_USER);
    expect(text).toContain(ATTACKER);
    expect((await verifyArchive(redacted.rawPayload)).ok).toBe(true);
  });

  it('verifies, and fails once one byte is changed or under another key', async () => {
    const archive = (await exportPackage()).rawPayload;
    const key = await f.app.inject({
      method: 'GET',
      url: '/api/v1/evidence/public-key',
      headers: f.as('viewer'),
    });
    const verdict = await verifyArchive(archive, key.body);
    expect(verdict).toMatchObject({ ok: true, manifest: { incident: incidentId } });
    if (verdict.ok) expect(verdict.manifest.signer.fingerprint).toBe(key.headers['x-key-fingerprint']);

    const tampered = Buffer.from(archive);
    const at = tampered.indexOf('flood/1.0');
    tampered[at] = 'F'.charCodeAt(0);
    const broken = await verifyArchive(tampered, key.body);
    expect(broken.ok).toBe(false);
    if (!broken.ok)
      expect(broken.problems).toEqual([
        `${incidentId}/request-heads.json was changed: its SHA-256 does not match`,
      ]);

    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect((await verifyArchive(archive, other)).ok).toBe(false);
    expect((await verifyArchive(Buffer.from('not a tar at all'))).ok).toBe(false);
  });

  it('is for responders, and answers 404 for an unknown incident', async () => {
    expect((await exportPackage('', 'viewer')).statusCode).toBe(403);
    const missing = await f.app.inject({
      method: 'GET',
      url: '/api/v1/incidents/INC-2000-0001/evidence',
      headers: f.as('responder'),
    });
    expect(missing.statusCode).toBe(404);
  });

  it('answers 409 for a phishing incident, which has no package, and writes no export to the audit log', async () => {
    const { id: _id, ...draft } = secretIncident({
      kind: 'phishing',
      title: 'Phishing campaign: Invoice overdue',
    });
    const phishing = await f.store.incidents.create({ ...draft, attackClasses: [], detectionIds: [] });
    const res = await f.app.inject({
      method: 'GET',
      url: `/api/v1/incidents/${phishing.id}/evidence`,
      headers: f.as('responder'),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: 'conflict',
      message: expect.stringContaining('phishing incident'),
    });
    const actions: string[] = [];
    for await (const entry of f.store.audit.entries()) actions.push(entry.action);
    expect(actions).not.toContain('evidence_exported');
  });
});
