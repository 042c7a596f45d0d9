// The shape of breakwater.yaml: every key, its default, and what it accepts.
// Parsing with it yields a fully defaulted Config, with durations in milliseconds and sizes in bytes.

import { z } from 'zod';
import { formatDuration } from './duration.js';
import {
  addressOrBlock,
  databaseUrl,
  directoryPath,
  duration,
  filePath,
  hostPort,
  listOf,
  oneOf,
  origin,
  section,
  size,
  urlPath,
  whole,
} from './fields.js';
import { formatHostPort } from './host-port.js';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export const ROUTE_KINDS = ['api', 'browser'] as const;

const tls = z
  .strictObject(
    {
      cert: filePath('/etc/breakwater/cert.pem', 'PEM certificate chain, leaf first.'),
      key: filePath('/etc/breakwater/key.pem', 'PEM private key of the certificate.'),
    },
    {
      error: (issue) => (issue.code === 'invalid_type' ? 'a mapping with cert and key, or null' : undefined),
    },
  )
  .nullable()
  .default(null)
  .describe(
    'Serve HTTPS (HTTP/2 by ALPN, HTTP/1.1 fallback) with this certificate and key; null serves plain HTTP.',
  );

const route = z
  .strictObject(
    {
      path: urlPath('Path prefix the route covers, such as /api/.'),
      kind: z
        .enum(ROUTE_KINDS, { error: `one of ${ROUTE_KINDS.join(', ')}` })
        .describe(
          'api routes are throttled or blocked, never shown a challenge page; browser routes may be challenged.',
        ),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'a mapping with path and kind' : undefined) },
  )
  .describe('One route policy.');

const healthCheck = section(
  {
    path: urlPath('Path requested on each upstream.').default('/'),
    interval: duration(100, 3_600_000, '2s', 'Time between checks of one upstream.'),
    timeout: duration(10, 60_000, '1s', 'A check slower than this fails.'),
    unhealthyAfter: whole(1, 100, 2, 'Failed checks in a row before an upstream is taken out.'),
    healthyAfter: whole(1, 100, 2, 'Passed checks in a row before an upstream is put back.'),
  },
  'Active health checks of the upstreams.',
);

const timeouts = section(
  {
    header: duration(100, 300_000, '10s', 'Time a client has to send the complete request head.'),
    idle: duration(
      100,
      3_600_000,
      '5s',
      'A kept-alive client connection with no request for this long is closed.',
    ),
    upstreamConnect: duration(10, 60_000, '2s', 'Time to open a connection to an upstream.'),
    upstreamResponse: duration(100, 3_600_000, '30s', "Time for an upstream's response head to arrive."),
    shutdown: duration(
      0,
      300_000,
      '5s',
      'On stop, time given to requests in flight before connections are cut.',
    ),
  },
  'Deadlines on the client and upstream sides.',
);

const limits = section(
  {
    maxHeaderBytes: size(1024, 1024 ** 2, '16kb', 'Largest request head (request line and headers).'),
    maxHeaders: whole(1, 10_000, 100, 'Most header fields in one request.'),
    maxBodyBytes: size(0, 1024 ** 4, '10mb', 'Largest request body; 413 above.'),
    minBodyRate: size(
      0,
      1024 ** 3,
      '1kb',
      'Slowest body upload allowed, in bytes per second, after the grace period; 0 turns it off.',
    ),
    bodyRateGrace: duration(0, 300_000, '5s', 'Time a body upload may run before the minimum rate applies.'),
    maxConnectionsPerAddress: whole(1, 1_000_000, 256, 'Open connections allowed from one client address.'),
    maxConnections: whole(1, 10_000_000, 10_000, 'Open client connections in all.'),
  },
  'Limits on what one request or client may take.',
);

const http2 = section(
  {
    maxConcurrentStreams: whole(1, 10_000, 100, 'Streams open at once on one HTTP/2 connection.'),
    maxResetsPerSecond: whole(
      1,
      100_000,
      100,
      'Stream resets per second one connection may send before it is closed (Rapid Reset).',
    ),
  },
  'HTTP/2 limits.',
);

const challenge = section(
  {
    difficulty: whole(8, 28, 16, 'Proof-of-work difficulty, in leading zero bits.'),
    passTtl: duration(60_000, 30 * 86_400_000, '1h', 'How long a solved challenge lets a client through.'),
    verifiedRate: whole(1, 1_000_000, 50, 'Requests per second allowed to one verified client.'),
    verifiedBurst: whole(1, 1_000_000, 100, 'Requests a verified client may send in a burst above the rate.'),
  },
  'The browser challenge and what passing it earns.',
);

export const RESPONDER_MODES = ['enforce', 'dry-run', 'off'] as const;

const sentinel = section(
  {
    tick: duration(50, 10_000, '250ms', 'How often the sentinel reads the tallies and runs the detectors.'),
    loginRoutes: z
      .array(urlPath('A login path.'), { error: 'a list of paths' })
      .default(['/login'])
      .describe('Paths whose 401 and 403 answers count as failed logins (credential stuffing).'),
  },
  'Attack detection.',
);

const responder = section(
  {
    mode: oneOf(
      RESPONDER_MODES,
      'enforce',
      'enforce: detections become decisions; dry-run: decisions are only recorded; off: nothing is decided.',
    ),
    ttl: duration(
      10_000,
      7 * 86_400_000,
      '10m',
      "An automatic decision's first lifetime; it doubles for each repeat.",
    ),
    maxTtl: duration(10_000, 30 * 86_400_000, '24h', 'The longest lifetime an automatic decision reaches.'),
    escalateAfter: duration(500, 3_600_000, '3s', 'A target still attacking after this climbs one rung.'),
    cooldown: duration(0, 86_400_000, '1m', 'Once a detection clears, its decisions end within this.'),
    throttleRate: whole(1, 1_000_000, 5, 'Requests per second a throttled target keeps.'),
    throttleBurst: whole(1, 1_000_000, 10, 'Burst a throttled target keeps above that rate.'),
    allowlist: listOf(
      addressOrBlock(),
      'a list of IP addresses or CIDR blocks',
      'Addresses and ranges never acted on automatically (health checkers, partners, your own networks).',
    ),
  },
  'Automatic response to detections.',
);

export const configSchema = z
  .strictObject(
    {
      listen: hostPort('127.0.0.1:8080', 'Address the gateway listens on.'),
      control: hostPort('127.0.0.1:9400', 'Address of the control plane (API, console, metrics).'),
      data: directoryPath('./.breakwater', 'Data directory: the SQLite store and secrets.'),
      database: databaseUrl()
        .nullable()
        .default(null)
        .describe('PostgreSQL URL; null keeps the store in SQLite inside the data directory.'),
      upstreams: listOf(
        origin(),
        'a list of URLs',
        'Origin URLs requests are forwarded to, such as http://127.0.0.1:3000.',
      ),
      tls,
      trustedProxies: listOf(
        addressOrBlock(),
        'a list of IP addresses or CIDR blocks',
        'Load balancers or CDNs whose X-Forwarded-For is believed.',
      ),
      healthCheck,
      timeouts,
      limits,
      http2,
      challenge,
      sentinel,
      responder,
      routes: listOf(
        route,
        'a list of routes',
        'Route policies in order; the first whose path prefix matches wins.',
      ),
      logLevel: oneOf(LOG_LEVELS, 'info', 'Least severe log entries written.'),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'a mapping of settings' : undefined) },
  )
  .superRefine((config, ctx) => {
    const { healthCheck, limits, listen, control } = config;
    if (healthCheck.timeout > healthCheck.interval) {
      ctx.addIssue({
        code: 'custom',
        path: ['healthCheck', 'timeout'],
        params: { shown: formatDuration(healthCheck.timeout) },
        message: `a duration no longer than healthCheck.interval (${formatDuration(healthCheck.interval)})`,
      });
    }
    if (limits.maxConnectionsPerAddress > limits.maxConnections) {
      ctx.addIssue({
        code: 'custom',
        path: ['limits', 'maxConnectionsPerAddress'],
        params: { shown: limits.maxConnectionsPerAddress },
        message: `a whole number no greater than limits.maxConnections (${limits.maxConnections})`,
      });
    }
    if (listen.port !== 0 && listen.host === control.host && listen.port === control.port) {
      ctx.addIssue({
        code: 'custom',
        path: ['control'],
        message: `an address other than listen (${formatHostPort(listen)})`,
        params: { shown: formatHostPort(control) },
      });
    }
  })
  .describe('Breakwater configuration (breakwater.yaml).');

export type Config = z.output<typeof configSchema>;
