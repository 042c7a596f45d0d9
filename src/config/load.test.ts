// Tests for loadConfig: finding and reading the file, precedence (flag > environment > file > default),
// errors exactly as printed, TLS file checks, and a complete file.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from './error.js';
import { defaultConfig, loadConfig } from './load.js';
import type { Config } from './schema.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'breakwater-config-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** Loads from `dir` with no BREAKWATER_* variables unless given. */
const load = (options: Parameters<typeof loadConfig>[0] = {}) =>
  loadConfig({ cwd: dir, env: {}, ...options });
const messageOf = (options: Parameters<typeof loadConfig>[0] = {}) => errorOf(() => load(options)).message;

const withData = (config: Config, data: string): Config => ({ ...config, data });

describe('finding the file', () => {
  it('uses defaults when there is no file', () => {
    expect(load()).toEqual(withData(defaultConfig(), join(dir, '.breakwater')));
  });

  it('reads ./breakwater.yaml when it exists', () => {
    write('breakwater.yaml', 'listen: 127.0.0.1:18080\n');
    expect(load().listen).toEqual({ host: '127.0.0.1', port: 18080 });
  });

  it('reads the file named by --config, and resolves its relative paths from its directory', () => {
    write('breakwater.yaml', 'listen: 127.0.0.1:1\n');
    write('etc/gateway.yaml', 'listen: 127.0.0.1:2\ndata: state\n');
    const config = load({ file: 'etc/gateway.yaml' });
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 2 });
    expect(config.data).toBe(join(dir, 'etc', 'state'));
  });

  it('reads the file named by BREAKWATER_CONFIG when --config is absent', () => {
    write('other.yaml', 'logLevel: debug\n');
    expect(load({ env: { BREAKWATER_CONFIG: 'other.yaml' } }).logLevel).toBe('debug');
  });

  it('treats an empty file, or one with only comments, as all defaults', () => {
    const expected = withData(defaultConfig(), join(dir, '.breakwater'));
    write('breakwater.yaml', '');
    expect(load()).toEqual(expected);
    write('breakwater.yaml', '# nothing yet\n\n');
    expect(load()).toEqual(expected);
  });

  it('reports a missing file named by --config, with where it looked', () => {
    expect(messageOf({ file: 'missing.yaml' })).toBe(
      `missing.yaml: expected a readable configuration file, found nothing at ${join(dir, 'missing.yaml')}`,
    );
    const absolute = join(dir, 'gone.yaml');
    expect(errorOf(() => load({ file: absolute })).issues).toEqual([
      { path: absolute, expected: 'a readable configuration file', found: 'nothing' },
    ]);
  });

  it('reports a directory named as the file', () => {
    mkdirSync(join(dir, 'conf'));
    expect(messageOf({ file: 'conf' })).toBe(
      `conf: expected a readable configuration file, found a directory at ${join(dir, 'conf')}`,
    );
  });
});

describe('precedence: flag > environment > file > default', () => {
  beforeEach(() => {
    write(
      'breakwater.yaml',
      [
        'listen: 127.0.0.1:1001',
        'control: 127.0.0.1:1002',
        'data: from-file',
        'upstreams: [http://file:1]',
        '',
      ].join('\n'),
    );
  });

  it('takes the file over the defaults', () => {
    const config = load();
    expect(config.listen.port).toBe(1001);
    expect(config.data).toBe(join(dir, 'from-file'));
    expect(config.upstreams).toEqual(['http://file:1']);
    expect(config.logLevel).toBe('info');
  });

  it('takes variables over the file', () => {
    const config = load({
      env: {
        BREAKWATER_LISTEN: '127.0.0.1:2001',
        BREAKWATER_UPSTREAMS: 'http://env:1, http://env:2',
        BREAKWATER_DATABASE: 'postgres://db/bw',
        BREAKWATER_CONTROL: '',
      },
    });
    expect(config.listen.port).toBe(2001);
    expect(config.control.port).toBe(1002);
    expect(config.upstreams).toEqual(['http://env:1', 'http://env:2']);
    expect(config.database).toBe('postgres://db/bw');
  });

  it('takes flags over variables and the file, with flag paths relative to the working directory', () => {
    const config = load({
      env: { BREAKWATER_LISTEN: '127.0.0.1:2001', BREAKWATER_DATA: '/srv/env' },
      overrides: { listen: '[::1]:3001', data: 'from-flag', upstreams: ['https://flag'] },
    });
    expect(config.listen).toEqual({ host: '::1', port: 3001 });
    expect(config.data).toBe(join(dir, 'from-flag'));
    expect(config.upstreams).toEqual(['https://flag']);
  });

  it('names the flag or variable that is wrong', () => {
    expect(
      messageOf({
        env: { BREAKWATER_UPSTREAMS: 'http://ok,/nope' },
        overrides: { listen: '8080x', control: ':9400' },
      }),
    ).toBe(
      [
        'BREAKWATER_UPSTREAMS: expected an absolute http:// or https:// URL such as http://127.0.0.1:3000, found "/nope"',
        '--listen: expected HOST:PORT such as 127.0.0.1:8080, found "8080x"',
        '--control: expected HOST:PORT with the host written out, such as 127.0.0.1:8080 or 0.0.0.0:8080, found ":9400"',
      ].join('\n'),
    );
  });

  it('reports file errors and flag errors together', () => {
    write('breakwater.yaml', 'logLevel: chatty\n');
    expect(messageOf({ overrides: { listen: 'x' } })).toBe(
      [
        'breakwater.yaml: logLevel: expected one of error, warn, info, debug, found "chatty"',
        '--listen: expected HOST:PORT such as 127.0.0.1:8080, found "x"',
      ].join('\n'),
    );
  });
});

describe('errors as printed', () => {
  it('prefixes each issue with the file, as named', () => {
    write('breakwater.yaml', 'limits:\n  maxHeaderBytes: big\n  maxHeaders: 1.5\nupstream: http://a\n');
    const error = errorOf(() => load());
    expect(error.message).toBe(
      [
        'breakwater.yaml: limits.maxHeaderBytes: expected a size from 1kb to 1mb, such as 16kb, 1mb or 16384 (bytes), found "big"',
        'breakwater.yaml: limits.maxHeaders: expected a whole number from 1 to 10000, found 1.5',
        "breakwater.yaml: upstream: unknown key (did you mean 'upstreams'?)",
      ].join('\n'),
    );
    expect(error.issues[0]).toEqual({
      path: 'limits.maxHeaderBytes',
      expected: 'a size from 1kb to 1mb, such as 16kb, 1mb or 16384 (bytes)',
      found: '"big"',
      file: 'breakwater.yaml',
    });
    write('conf/bw.yaml', 'timeouts: { idle: forever }\n');
    expect(messageOf({ file: 'conf/bw.yaml' })).toBe(
      'conf/bw.yaml: timeouts.idle: expected a duration from 100ms to 1h, such as 10s, 500ms or 500 (milliseconds), found "forever"',
    );
  });

  it('locates YAML syntax errors by line and column', () => {
    write('breakwater.yaml', 'listen: 127.0.0.1:8080\nlimits:\n  maxHeaders: 10\n maxBodyBytes: 1mb\n');
    const error = errorOf(() => load());
    expect(error.message).toBe(
      'breakwater.yaml:4:1: invalid YAML: All mapping items must start at the same column',
    );
    expect(error.issues[0]).toMatchObject({ path: 'breakwater.yaml:4:1', expected: 'valid YAML' });

    write('breakwater.yaml', 'listen: 127.0.0.1:8080\nlisten: 127.0.0.1:8081\n');
    expect(messageOf()).toBe('breakwater.yaml:2:1: invalid YAML: Map keys must be unique');

    write('breakwater.yaml', 'upstreams: [http://a\n');
    expect(messageOf()).toMatch(/^breakwater\.yaml:2:1: invalid YAML: Flow sequence/);
  });

  it('reports a file that is not a mapping', () => {
    write('breakwater.yaml', '- http://127.0.0.1:3000\n');
    expect(messageOf()).toBe(
      'breakwater.yaml: expected a mapping of settings, found ["http://127.0.0.1:3000"]',
    );
    write('breakwater.yaml', 'just words\n');
    expect(messageOf()).toBe('breakwater.yaml: expected a mapping of settings, found "just words"');
  });

  it('reports an empty section written with no value', () => {
    write('breakwater.yaml', 'limits:\n');
    expect(messageOf()).toBe('breakwater.yaml: limits: expected a mapping of settings, found nothing');
  });
});

describe('tls', () => {
  const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  const KEY = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n';

  it('accepts readable PEM files, resolved from the file directory', () => {
    write('etc/tls/cert.pem', CERT);
    write('etc/tls/key.pem', KEY);
    write('etc/breakwater.yaml', 'tls: { cert: tls/cert.pem, key: tls/key.pem }\n');
    expect(load({ file: 'etc/breakwater.yaml' }).tls).toEqual({
      cert: join(dir, 'etc/tls/cert.pem'),
      key: join(dir, 'etc/tls/key.pem'),
    });
  });

  it('reports missing and non-PEM files', () => {
    write('cert.pem', 'hello');
    write('breakwater.yaml', 'tls:\n  cert: cert.pem\n  key: nope.pem\n');
    expect(messageOf()).toBe(
      [
        `breakwater.yaml: tls.cert: expected a readable PEM certificate file, found "cert.pem" (not PEM: ${join(dir, 'cert.pem')})`,
        `breakwater.yaml: tls.key: expected a readable PEM private key file, found "nope.pem" (no such file: ${join(dir, 'nope.pem')})`,
      ].join('\n'),
    );
  });

  it('wants both cert and key', () => {
    write('breakwater.yaml', 'tls: { cert: /x.pem }\n');
    expect(messageOf()).toBe(
      'breakwater.yaml: tls.key: expected a path to a file, such as /etc/breakwater/key.pem, found nothing',
    );
  });
});

describe('a complete file', () => {
  it('round-trips every key', () => {
    write(
      'breakwater.yaml',
      `
listen: '[::]:8443'
control: 127.0.0.1:9500
data: /srv/breakwater
database: postgresql://breakwater@db.internal:5432/breakwater
upstreams: [https://mail.example.com/, 'http://10.0.0.2:8080']
tls: null
trustedProxies: [203.0.113.7, 10.0.0.0/8, '2001:db8::/32']
healthCheck: { path: /health, interval: 5s, timeout: 500ms, unhealthyAfter: 3, healthyAfter: 4 }
timeouts: { header: 3s, idle: 1m, upstreamConnect: 750, upstreamResponse: 2m, shutdown: 0 }
limits:
  maxHeaderBytes: 8kb
  maxHeaders: 64
  maxBodyBytes: 2gb
  minBodyRate: 512b
  bodyRateGrace: 10s
  maxConnectionsPerAddress: 32
  maxConnections: 50000
http2: { maxConcurrentStreams: 64, maxResetsPerSecond: 20 }
challenge: { difficulty: 20, passTtl: 12h, verifiedRate: 10, verifiedBurst: 30 }
routes:
  - { path: /api/, kind: api }
  - { path: /, kind: browser }
logLevel: warn
`,
    );
    expect(load()).toEqual({
      listen: { host: '::', port: 8443 },
      control: { host: '127.0.0.1', port: 9500 },
      controlPlane: defaultConfig().controlPlane,
      data: '/srv/breakwater',
      database: 'postgresql://breakwater@db.internal:5432/breakwater',
      upstreams: ['https://mail.example.com', 'http://10.0.0.2:8080'],
      tls: null,
      trustedProxies: ['203.0.113.7', '10.0.0.0/8', '2001:db8::/32'],
      healthCheck: { path: '/health', interval: 5000, timeout: 500, unhealthyAfter: 3, healthyAfter: 4 },
      timeouts: { header: 3000, idle: 60_000, upstreamConnect: 750, upstreamResponse: 120_000, shutdown: 0 },
      limits: {
        maxHeaderBytes: 8192,
        maxHeaders: 64,
        maxBodyBytes: 2 * 1024 ** 3,
        minBodyRate: 512,
        bodyRateGrace: 10_000,
        maxConnectionsPerAddress: 32,
        maxConnections: 50_000,
      },
      http2: { maxConcurrentStreams: 64, maxResetsPerSecond: 20 },
      challenge: { difficulty: 20, passTtl: 43_200_000, verifiedRate: 10, verifiedBurst: 30 },
      sentinel: defaultConfig().sentinel,
      responder: defaultConfig().responder,
      notifications: defaultConfig().notifications,
      traffic: defaultConfig().traffic,
      intel: defaultConfig().intel,
      services: defaultConfig().services,
      incidents: defaultConfig().incidents,
      console: defaultConfig().console,
      cluster: defaultConfig().cluster,
      dataPlane: defaultConfig().dataPlane,
      evidence: defaultConfig().evidence,
      verdict: defaultConfig().verdict,
      accessLog: defaultConfig().accessLog,
      phishing: defaultConfig().phishing,
      routes: [
        { path: '/api/', kind: 'api' },
        { path: '/', kind: 'browser' },
      ],
      logLevel: 'warn',
      logFormat: 'text',
      syslog: defaultConfig().syslog,
    } satisfies Config);
  });
});
