// What a reload applies at once and what waits for a restart, from the configuration started with, the
// one running and the file read again.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/index.js';
import { changedSettings, planReload } from './reload-plan.js';

const base = { upstreams: ['http://127.0.0.1:3000'], data: '/tmp/bw' };
const started = parseConfig(base);

describe('planReload', () => {
  it('applies live settings and names those that need a restart', () => {
    const next = parseConfig({
      ...base,
      upstreams: ['http://127.0.0.1:3001'],
      logLevel: 'debug',
      timeouts: { upstreamConnect: '1s', header: '5s' },
      listen: '127.0.0.1:8181',
    });
    const plan = planReload(started, started, next);
    expect(plan.applied.sort()).toEqual(['logLevel', 'timeouts.upstreamConnect', 'upstreams']);
    expect(plan.needRestart.sort()).toEqual(['listen.port', 'timeouts.header']);
    // What runs: the live settings of the file, the rest as started.
    expect(plan.config.upstreams).toEqual(['http://127.0.0.1:3001']);
    expect(plan.config.timeouts.upstreamConnect).toBe(1000);
    expect(plan.config.timeouts.header).toBe(started.timeouts.header);
    expect(plan.config.listen).toEqual(started.listen);
  });

  it('applies nothing again that already runs, and still names what waits for a restart', () => {
    const next = parseConfig({ ...base, upstreams: ['http://127.0.0.1:3001'], cluster: { workers: 2 } });
    const first = planReload(started, started, next);
    const again = planReload(started, first.config, next);
    expect(again.applied).toEqual([]);
    expect(again.needRestart).toEqual(['cluster.workers']);
  });

  it('takes a new certificate while TLS stays on, but not turning TLS on', () => {
    const tls = { cert: '/etc/bw/cert.pem', key: '/etc/bw/key.pem' };
    // As parsed from files that exist: the plan reads no file.
    const withTls = { ...started, tls };
    const renamed = { ...started, tls: { ...tls, cert: '/etc/bw/new.pem' } };
    expect(planReload(withTls, withTls, renamed).applied).toEqual(['tls']);
    const turnedOn = planReload(started, started, withTls);
    expect(turnedOn.applied).toEqual([]);
    expect(turnedOn.needRestart).toEqual(['tls']);
    expect(turnedOn.config.tls).toBeNull();
  });

  it('finds no change between equal configurations', () => {
    expect(changedSettings(started, parseConfig(base))).toEqual([]);
  });
});
