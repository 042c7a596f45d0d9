// The log's two formats: text as before, and JSON lines whose every field is an Elastic Common Schema
// field of the right type (or ours, under `breakwater.`), for the entries of detections, decisions and
// incidents, and audit entries as they are appended, as for any other.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventEntry, logAudit } from './event-log.js';
import type { BreakwaterEvent } from './events.js';
import { createLog, type LogFields } from './log.js';
import { incidentEvent, sampleIncident } from './notify/fixture.js';
import { openStore } from './store/index.js';

/** The ECS 8.11 fields Breakwater writes, with their types (https://www.elastic.co/guide/en/ecs/8.11/). */
const ECS: Record<string, 'keyword' | 'date' | 'text' | 'keyword[]' | 'ip' | 'long'> = {
  '@timestamp': 'date',
  'ecs.version': 'keyword',
  'log.level': 'keyword',
  message: 'text',
  'error.message': 'text',
  'event.kind': 'keyword',
  'event.category': 'keyword[]',
  'event.type': 'keyword[]',
  'event.action': 'keyword',
  'event.id': 'keyword',
  'event.reason': 'keyword',
  'event.start': 'date',
  'event.end': 'date',
  'rule.name': 'keyword',
  'source.ip': 'ip',
  'url.path': 'keyword',
  'event.outcome': 'keyword',
  'event.sequence': 'long',
  'user.id': 'keyword',
  'user.name': 'keyword',
};
/** Allowed values of the categorisation fields (ECS's own lists). */
const KINDS = ['alert', 'event', 'metric', 'state', 'pipeline_error', 'signal', 'enrichment'];
const CATEGORIES = ['network', 'intrusion_detection', 'web', 'authentication', 'configuration', 'threat'];
const TYPES = ['allowed', 'denied', 'start', 'end', 'change', 'info', 'indicator', 'connection', 'error'];

function checkEcs(line: string): Record<string, unknown> {
  const entry = JSON.parse(line) as Record<string, unknown>;
  for (const [key, value] of Object.entries(entry)) {
    if (key.startsWith('breakwater.')) continue;
    const type = ECS[key];
    expect(type, `${key} is not an ECS field Breakwater uses`).toBeDefined();
    if (type === 'date') expect(new Date(value as string).toISOString(), key).toBe(value);
    else if (type === 'keyword[]') expect(Array.isArray(value), key).toBe(true);
    else if (type === 'ip') expect(value, key).toMatch(/^[0-9a-f.:]+$/);
    else if (type === 'long') expect(Number.isInteger(value), key).toBe(true);
    else expect(typeof value, key).toBe('string');
  }
  for (const required of ['@timestamp', 'log.level', 'message', 'ecs.version'])
    expect(entry).toHaveProperty([required]);
  if ('event.kind' in entry) expect(KINDS).toContain(entry['event.kind']);
  for (const c of (entry['event.category'] as string[] | undefined) ?? []) expect(CATEGORIES).toContain(c);
  for (const t of (entry['event.type'] as string[] | undefined) ?? []) expect(TYPES).toContain(t);
  return entry;
}

function capture(format: 'text' | 'json', level: 'info' | 'debug' = 'info') {
  const lines: [string, string][] = [];
  const log = createLog(level, { format, write: (line, lvl) => lines.push([line, lvl]) });
  return { log, lines };
}

describe('text log', () => {
  it('writes time, level, message and key=value, and filters by level', () => {
    const { log, lines } = capture('text');
    log.info('origin unhealthy', { origin: 'http://127.0.0.1:3000', error: 'connect ECONNREFUSED' });
    log.debug('not written');
    expect(lines).toHaveLength(1);
    expect(lines[0][0]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z info origin unhealthy origin=http:\/\/127.0.0.1:3000 error="connect ECONNREFUSED"\n$/,
    );
    expect(lines[0][1]).toBe('info');
  });
});

describe('JSON log', () => {
  it('writes one ECS object a line, with fields named by ECS or under breakwater.', () => {
    const { log, lines } = capture('json');
    log.warn('origin unhealthy', { origin: 'http://127.0.0.1:3000', error: 'connect ECONNREFUSED' });
    expect(lines).toHaveLength(1);
    const [line, level] = lines[0];
    expect(level).toBe('warn');
    expect(line.endsWith('\n')).toBe(true);
    expect(checkEcs(line)).toMatchObject({
      'log.level': 'warn',
      message: 'origin unhealthy',
      'error.message': 'connect ECONNREFUSED',
      'breakwater.origin': 'http://127.0.0.1:3000',
    });
  });

  const at = Date.UTC(2026, 0, 2, 3, 4, 5);
  const events: BreakwaterEvent[] = [
    {
      type: 'detection',
      at,
      detection: {
        id: `http-flood:/login:${at}`,
        kind: 'http-flood',
        startedAt: at,
        lastSeenAt: at,
        state: 'active',
        path: '/login',
        targets: [{ scope: 'ip', value: '203.0.113.7', share: 0.9, rate: 400 }],
        maxAction: 'block',
        evidence: {
          windowMs: 1000,
          observedRate: 420,
          baselineRate: 5,
          topKeys: [],
          summary: 'flood on /login',
        },
      },
    },
    {
      type: 'decision',
      at,
      change: 'put',
      dryRun: false,
      decision: {
        id: 'dec_1',
        scope: 'ip',
        value: '203.0.113.7',
        action: 'block',
        reason: 'http-flood on /login',
        source: 'detector',
        createdAt: at,
        expiresAt: at + 600_000,
        detectionId: `http-flood:/login:${at}`,
      },
    },
    {
      type: 'decision',
      at,
      change: 'expire',
      dryRun: false,
      decision: {
        id: 'dec_2',
        scope: 'cidr',
        value: '198.51.100.0/24',
        action: 'challenge',
        reason: 'manual',
        source: 'manual',
        createdAt: at,
        expiresAt: null,
      },
    },
  ];

  it('gives detections, decisions and incidents their ECS categorisation and fields', () => {
    const { log, lines } = capture('json');
    for (const event of events) {
      const [message, fields] = eventEntry(event) as [string, LogFields];
      log.info(message, fields);
    }
    const [detection, put, expired] = lines.map(([line]) => checkEcs(line));
    expect(detection).toMatchObject({
      'event.kind': 'alert',
      'event.action': 'attack-detected',
      'rule.name': 'http-flood',
      'source.ip': '203.0.113.7',
      'url.path': '/login',
      'event.start': new Date(at).toISOString(),
      message: 'flood on /login',
    });
    expect(put).toMatchObject({
      'event.kind': 'event',
      'event.type': ['denied'],
      'event.action': 'decision-put',
      'source.ip': '203.0.113.7',
      'rule.name': 'http-flood',
      'breakwater.decision.action': 'block',
    });
    expect(expired).toMatchObject({
      'event.action': 'decision-expire',
      'breakwater.decision.range': '198.51.100.0/24',
    });
    expect(expired).not.toHaveProperty(['source.ip']);
  });

  it('names the kind of an incident: a flood as network, a phishing campaign as a threat', () => {
    const { log, lines } = capture('json');
    const phishing = sampleIncident({ id: 'INC-2026-0002', kind: 'phishing', attackClasses: [] });
    for (const incident of [sampleIncident(), phishing]) {
      log.info(...(eventEntry(incidentEvent('opened', incident)) as [string, LogFields]));
    }
    const [flood, campaign] = lines.map(([line]) => checkEcs(line));
    expect(flood).toMatchObject({
      'event.category': ['network'],
      'event.action': 'incident-opened',
      'rule.name': 'http-flood',
      'breakwater.incident.kind': 'flood',
    });
    expect(campaign).toMatchObject({
      'event.category': ['threat'],
      'event.id': 'INC-2026-0002',
      'breakwater.incident.kind': 'phishing',
    });
    expect(campaign).not.toHaveProperty(['rule.name']);
  });

  it('logs each audit entry as it is appended, with who, from where and the outcome', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'breakwater-log-'));
    const store = await openStore({ dataDir: dir });
    try {
      const { log, lines } = capture('json');
      const stop = logAudit(store.audit, log);
      await store.audit.append({
        actor: { kind: 'user', id: 'u1', name: 'responder@example.org' },
        address: '192.0.2.50',
        action: 'login_failed',
        target: {},
        detail: {},
      });
      stop();
      await store.audit.append({
        actor: { kind: 'system', id: null, name: null },
        address: null,
        action: 'x',
        target: {},
        detail: {},
      });
      expect(lines).toHaveLength(1);
      expect(checkEcs(lines[0][0])).toMatchObject({
        'event.category': ['authentication'],
        'event.action': 'login_failed',
        'event.outcome': 'failure',
        'event.sequence': 1,
        'user.name': 'responder@example.org',
        'source.ip': '192.0.2.50',
      });
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
