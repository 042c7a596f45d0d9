// Tests for parseConfig and defaultConfig: defaults, flag overrides, and each error exactly as a user reads it.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './error.js';
import { defaultConfig, parseConfig } from './load.js';

const DEFAULT_RESPONDER = {
  mode: 'enforce' as const,
  ttl: 600_000,
  maxTtl: 86_400_000,
  escalateAfter: 3_000,
  cooldown: 60_000,
  throttleRate: 5,
  throttleBurst: 10,
  allowlist: [] as string[],
  goodStandingAfter: 300_000,
};

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const messageOf = (source: unknown) => errorOf(() => parseConfig(source)).message;

describe('defaultConfig', () => {
  it('fills every key', () => {
    expect(defaultConfig()).toEqual({
      listen: { host: '127.0.0.1', port: 8080 },
      control: { host: '127.0.0.1', port: 9400 },
      controlPlane: { tls: null, publicOrigin: null, allowPlainHttp: false },
      data: resolve('.breakwater'),
      database: null,
      upstreams: [],
      tls: null,
      trustedProxies: [],
      healthCheck: { path: '/', interval: 2000, timeout: 1000, unhealthyAfter: 2, healthyAfter: 2 },
      timeouts: {
        header: 10_000,
        idle: 5000,
        upstreamConnect: 2000,
        upstreamResponse: 30_000,
        shutdown: 5000,
      },
      limits: {
        maxHeaderBytes: 16_384,
        maxHeaders: 100,
        maxBodyBytes: 10_485_760,
        minBodyRate: 1024,
        bodyRateGrace: 5000,
        maxConnectionsPerAddress: 256,
        maxConnections: 10_000,
      },
      http2: { maxConcurrentStreams: 100, maxResetsPerSecond: 100 },
      challenge: { difficulty: 16, passTtl: 3_600_000, verifiedRate: 50, verifiedBurst: 100 },
      sentinel: { tick: 250, loginRoutes: ['/login'] },
      responder: DEFAULT_RESPONDER,
      routes: [],
      services: [{ name: 'Website', paths: ['/'] }],
      incidents: { resolveAfter: 600_000 },
      notifications: {
        webhooks: [],
        email: { smtp: null, from: null, to: [], events: ['opened', 'severity', 'status', 'resolved'] },
        retries: 5,
        backoff: 1000,
        maxBackoff: 60_000,
        timeout: 10_000,
        queueSize: 1000,
      },
      intel: {
        identity: 'Breakwater',
        tlp: 'green',
        collections: [
          {
            id: '4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4',
            title: 'Breakwater indicators',
            description: 'Indicators, attack patterns, sightings and campaigns from this Breakwater.',
            alias: 'indicators',
          },
        ],
        maxContentLength: 1_048_576,
        import: {
          enforce: false,
          minConfidence: 50,
          minPeers: 1,
          interval: 300_000,
          timeout: 30_000,
          maxTtl: 604_800_000,
          protect: [],
          widestIpv4Prefix: 16,
          widestIpv6Prefix: 32,
        },
      },
      traffic: { retention: 2_592_000_000 },
      console: { sessionIdle: 1_800_000, sessionMax: 43_200_000 },
      cluster: { workers: 1, redis: null, name: 'breakwater' },
      dataPlane: {
        kind: null,
        runtimeApi: { path: '/run/haproxy/admin.sock' },
        logListen: { host: '127.0.0.1', port: 5514 },
        maps: '/etc/haproxy/breakwater',
        resync: 1000,
      },
      phishing: {
        address: null,
        smtp: null,
        imap: null,
        imapInterval: 60_000,
        maxMessageSize: 25 * 1024 ** 2,
        maxParts: 500,
        senderRate: 30,
        dns: [],
        dnsTimeout: 3_000,
        trustedAuthservIds: [],
        protectedDomains: [],
        incidentAfter: 3,
        retention: 30 * 86_400_000,
      },
      evidence: { requestHeads: 1000, sources: 10_000, retention: 86_400_000, keepQueryValues: false },
      accessLog: { path: null, perSecond: 100, sampleEvery: 100 },
      verdict: { listen: null, deadline: 50, failOpen: true },
      logFormat: 'text',
      syslog: { url: null, ca: null, facility: 16, appName: 'breakwater' },
      logLevel: 'info',
    });
  });

  it('equals parsing an empty mapping, and takes overrides', () => {
    expect(parseConfig({})).toEqual(defaultConfig());
    const config = defaultConfig({ listen: '0.0.0.0:80', upstreams: ['http://127.0.0.1:3000/'] });
    expect(config.listen).toEqual({ host: '0.0.0.0', port: 80 });
    expect(config.upstreams).toEqual(['http://127.0.0.1:3000']);
  });
});

describe('parseConfig', () => {
  it('normalises durations, sizes, addresses and URLs', () => {
    const config = parseConfig({
      listen: '[::]:8443',
      upstreams: ['https://mail.example.com/', 'http://10.0.0.2:8080'],
      timeouts: { header: '500ms', idle: 5000, upstreamResponse: '1m', shutdown: 0 },
      limits: { maxHeaderBytes: '32kb', maxBodyBytes: '1.5mb', minBodyRate: 0 },
      challenge: { passTtl: '2h' },
      routes: [{ path: '/api/', kind: 'api' }],
    });
    expect(config.listen).toEqual({ host: '::', port: 8443 });
    expect(config.upstreams).toEqual(['https://mail.example.com', 'http://10.0.0.2:8080']);
    expect(config.timeouts).toEqual({
      header: 500,
      idle: 5000,
      upstreamConnect: 2000,
      upstreamResponse: 60_000,
      shutdown: 0,
    });
    expect(config.limits).toMatchObject({ maxHeaderBytes: 32_768, maxBodyBytes: 1_572_864, minBodyRate: 0 });
    expect(config.challenge.passTtl).toBe(7_200_000);
    expect(config.routes).toEqual([{ path: '/api/', kind: 'api' }]);
  });

  it('lets overrides beat the source', () => {
    const config = parseConfig(
      { listen: '127.0.0.1:1', control: '127.0.0.1:2', upstreams: ['http://a'], data: '/srv/a' },
      { listen: '127.0.0.1:3', upstreams: ['http://b'], data: 'rel', database: 'postgres://db/bw' },
    );
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 3 });
    expect(config.control).toEqual({ host: '127.0.0.1', port: 2 });
    expect(config.upstreams).toEqual(['http://b']);
    expect(config.data).toBe(resolve('rel'));
    expect(config.database).toBe('postgres://db/bw');
  });

  it('treats an empty upstream override as no override', () => {
    expect(parseConfig({ upstreams: ['http://a'] }, { upstreams: [] }).upstreams).toEqual(['http://a']);
  });
});

describe('error messages', () => {
  it('wrong type', () => {
    expect(messageOf({ limits: { maxHeaders: 'lots' } })).toBe(
      'limits.maxHeaders: expected a whole number from 1 to 10000, found "lots"',
    );
    expect(messageOf({ limits: 5 })).toBe('limits: expected a mapping of settings, found 5');
    expect(messageOf({ upstreams: 'http://a' })).toBe('upstreams: expected a list of URLs, found "http://a"');
    expect(messageOf({ logLevel: 'verbose' })).toBe(
      'logLevel: expected one of error, warn, info, debug, found "verbose"',
    );
    expect(messageOf({ tls: { cert: 'c.pem' } })).toBe(
      'tls.key: expected a path to a file, such as /etc/breakwater/key.pem, found nothing',
    );
    expect(messageOf({ routes: [{ path: '/api/', kind: 'json' }] })).toBe(
      'routes[0].kind: expected one of api, browser, found "json"',
    );
  });

  it('out of range', () => {
    expect(messageOf({ challenge: { difficulty: 40 } })).toBe(
      'challenge.difficulty: expected a whole number from 8 to 28, found 40',
    );
    expect(messageOf({ limits: { maxHeaders: 2.5 } })).toBe(
      'limits.maxHeaders: expected a whole number from 1 to 10000, found 2.5',
    );
    expect(messageOf({ limits: { maxHeaderBytes: '4mb' } })).toBe(
      'limits.maxHeaderBytes: expected a size from 1kb to 1mb, such as 16kb, 1mb or 16384 (bytes), found "4mb"',
    );
  });

  it('bad size and bad duration', () => {
    expect(messageOf({ limits: { maxHeaderBytes: 'big' } })).toBe(
      'limits.maxHeaderBytes: expected a size from 1kb to 1mb, such as 16kb, 1mb or 16384 (bytes), found "big"',
    );
    expect(messageOf({ timeouts: { header: '10 sec' } })).toBe(
      'timeouts.header: expected a duration from 100ms to 5m, such as 10s, 500ms or 500 (milliseconds), found "10 sec"',
    );
    expect(messageOf({ timeouts: { idle: true } })).toBe(
      'timeouts.idle: expected a duration from 100ms to 1h, such as 10s, 500ms or 500 (milliseconds), found true',
    );
  });

  it('unknown keys, with a suggestion when one is close', () => {
    expect(messageOf({ upstream: ['http://a'] })).toBe("upstream: unknown key (did you mean 'upstreams'?)");
    expect(messageOf({ limits: { max_header_bytes: 1 } })).toBe(
      "limits.max_header_bytes: unknown key (did you mean 'maxHeaderBytes'?)",
    );
    expect(messageOf({ http2: { pushEnabled: true } })).toBe(
      'http2.pushEnabled: unknown key; the keys here are maxConcurrentStreams, maxResetsPerSecond',
    );
    expect(messageOf({ routes: [{ path: '/', kind: 'api', method: 'GET' }] })).toBe(
      'routes[0].method: unknown key; the keys here are path, kind',
    );
    const issue = errorOf(() => parseConfig({ upstream: [] })).issues[0];
    expect(issue).toMatchObject({ path: 'upstream', found: '"upstream"' });
    expect(issue.expected).toMatch(/^one of the keys listen, control, data, /);
  });

  it('bad CIDR', () => {
    expect(messageOf({ trustedProxies: ['10.0.0.0/8', '10.1.0.0/8', 'lb.internal'] })).toBe(
      [
        'trustedProxies[1]: expected a CIDR block that starts at its network address, such as 10.0.0.0/8, found "10.1.0.0/8"',
        'trustedProxies[2]: expected an IP address or CIDR block such as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32, found "lb.internal"',
      ].join('\n'),
    );
    expect(messageOf({ trustedProxies: ['2001:db8::/129'] })).toBe(
      'trustedProxies[0]: expected a CIDR block whose prefix length is from 0 to 128, found "2001:db8::/129"',
    );
  });

  it('bad URL', () => {
    expect(messageOf({ upstreams: ['http://ok', 'localhost:3000', 'https://x/app'] })).toBe(
      [
        'upstreams[1]: expected an absolute http:// or https:// URL such as http://127.0.0.1:3000, found "localhost:3000"',
        'upstreams[2]: expected an origin URL with no path, query or fragment, such as http://127.0.0.1:3000, found "https://x/app"',
      ].join('\n'),
    );
    expect(messageOf({ database: 'mysql://db' })).toBe(
      'database: expected a postgres:// URL such as postgres://breakwater@db.internal:5432/breakwater, found "mysql://db"',
    );
  });

  it('bad addresses', () => {
    expect(messageOf({ listen: '8080x' })).toBe(
      'listen: expected HOST:PORT such as 127.0.0.1:8080, found "8080x"',
    );
    expect(messageOf({ listen: 8080 })).toBe('listen: expected HOST:PORT such as 127.0.0.1:8080, found 8080');
    expect(messageOf({ listen: null })).toBe(
      'listen: expected HOST:PORT such as 127.0.0.1:8080, found nothing',
    );
  });

  it('settings that contradict each other', () => {
    expect(messageOf({ healthCheck: { interval: '1s', timeout: '5s' } })).toBe(
      'healthCheck.timeout: expected a duration no longer than healthCheck.interval (1s), found "5s"',
    );
    expect(messageOf({ limits: { maxConnections: 10, maxConnectionsPerAddress: 20 } })).toBe(
      'limits.maxConnectionsPerAddress: expected a whole number no greater than limits.maxConnections (10), found 20',
    );
    expect(messageOf({ listen: '127.0.0.1:9400' })).toBe(
      'control: expected an address other than listen (127.0.0.1:9400), found "127.0.0.1:9400" (the default)',
    );
  });

  it('not a mapping', () => {
    expect(messageOf(['listen'])).toBe('expected a mapping of settings, found ["listen"]');
    expect(messageOf('listen: x')).toBe('expected a mapping of settings, found "listen: x"');
  });

  it('bad overrides name their flag', () => {
    expect(errorOf(() => parseConfig({}, { listen: '8080x', upstreams: ['ftp://x'] })).message).toBe(
      [
        '--listen: expected HOST:PORT such as 127.0.0.1:8080, found "8080x"',
        '--upstream: expected an absolute http:// or https:// URL such as http://127.0.0.1:3000, found "ftp://x"',
      ].join('\n'),
    );
    expect(errorOf(() => parseConfig({}, { control: '127.0.0.1:8080' })).message).toBe(
      '--control: expected listen and control on different addresses (both are 127.0.0.1:8080), found "127.0.0.1:8080"',
    );
  });

  it('lists every issue, one per line, long values shortened', () => {
    const error = errorOf(() =>
      parseConfig({ logLevel: 'loud', limits: { maxHeaders: 0 }, upstreams: [{ url: 'x'.repeat(100) }] }),
    );
    expect(error.issues).toHaveLength(3);
    expect(error.message.split('\n')).toHaveLength(3);
    expect(error.message).toContain(
      `upstreams[0]: expected an absolute http:// or https:// URL such as http://127.0.0.1:3000, found {"url":"${'x'.repeat(51)}…`,
    );
  });
});
