// The shape of breakwater.yaml: every key, its default, and what it accepts.
// Parsing with it yields a fully defaulted Config, with durations in milliseconds and sizes in bytes.

import { z } from 'zod';
import { DEFAULT_SERVICES } from '../incidents/services.js';
import { TLP_LEVELS } from '../intel/stix/tlp.js';
import { accessLogSection } from './access-log-section.js';
import { controlExposureProblem, controlPlaneSection } from './control-plane-section.js';
import { dataPlaneSection } from './data-plane-section.js';
import { formatDuration } from './duration.js';
import { evidenceSection } from './evidence-section.js';
import {
  addressOrBlock,
  databaseUrl,
  directoryPath,
  duration,
  hostPort,
  listOf,
  oneOf,
  origin,
  redisUrl,
  section,
  size,
  urlPath,
  whole,
} from './fields.js';
import { formatHostPort } from './host-port.js';
import { logFormat, syslog } from './logging-fields.js';
import { phishingSection } from './phishing-section.js';
import { tlsFiles } from './tls-files.js';
import { verdictSection } from './verdict-section.js';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export const ROUTE_KINDS = ['api', 'browser'] as const;

const tls = tlsFiles(
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
    goodStandingAfter: duration(
      1_000,
      86_400_000,
      '5m',
      'How long an address must be seen behaving, before any attack, to be in good standing (no automatic decision covers it).',
    ),
  },
  'Automatic response to detections.',
);

/** Incident changes a notification channel can be told about. */
export const NOTIFY_EVENTS = ['opened', 'severity', 'status', 'resolved'] as const;
export const WEBHOOK_FORMATS = ['json', 'slack'] as const;

const notifyEventList = `a list of one or more of ${NOTIFY_EVENTS.join(', ')}`;
const notifyEvents = z
  .array(z.enum(NOTIFY_EVENTS, { error: `one of ${NOTIFY_EVENTS.join(', ')}` }), { error: notifyEventList })
  .min(1, { error: notifyEventList })
  .default([...NOTIFY_EVENTS])
  .describe('Incident changes that are sent: opened, severity, status, resolved.');

const webhookSecret = 'a shared secret of at least 16 characters that signs the deliveries';
const webhook = z
  .strictObject(
    {
      url: z
        .url({ protocol: /^https?$/, hostname: /./, error: 'an http:// or https:// URL' })
        .describe('Where the notification is POSTed.'),
      format: oneOf(WEBHOOK_FORMATS, 'json', 'json: signed Breakwater events; slack: a Slack message.'),
      secret: z
        .string({ error: webhookSecret })
        .min(16, { error: webhookSecret })
        .optional()
        .describe('Signs each json delivery (Breakwater-Signature header); required with format json.'),
      events: notifyEvents,
    },
    {
      error: (issue) => (issue.code === 'invalid_type' ? 'a mapping with url, format and secret' : undefined),
    },
  )
  .superRefine((hook, ctx) => {
    if (hook.format === 'json' && hook.secret === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['secret'],
        message: `${webhookSecret} (required with format json)`,
      });
    }
    if (hook.format === 'slack' && hook.secret !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['secret'],
        message: 'no secret with format slack (Slack does not check signatures; its URL is the secret)',
      });
    }
  })
  .describe('One webhook.');

const emailAddress = 'an email address such as soc@example.com';
const smtpUrl = 'an smtp:// or smtps:// URL such as smtp://mail:587';
const email = section(
  {
    smtp: z
      .url({
        protocol: /^smtps?$/,
        hostname: /./,
        error: smtpUrl,
      })
      .nullable()
      .default(null)
      .describe('SMTP server, smtp://[user:password@]host[:port] or smtps://…; null sends no email.'),
    from: z.email({ error: emailAddress }).nullable().default(null).describe('Sender; required with smtp.'),
    to: listOf(z.email({ error: emailAddress }), 'a list of email addresses', 'Who receives incidents.'),
    events: notifyEvents,
  },
  'Email over SMTP.',
).superRefine((email, ctx) => {
  if (email.smtp !== null && email.from === null) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: `${emailAddress} (required with email.smtp)` });
  }
  if (email.smtp === null && email.to.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['smtp'], message: `${smtpUrl} (required with email.to)` });
  }
});

const notifications = section(
  {
    webhooks: listOf(webhook, 'a list of webhooks', 'Webhooks told about incidents.'),
    email,
    retries: whole(0, 20, 5, 'Attempts after the first before a delivery is given up.'),
    backoff: duration(10, 3_600_000, '1s', 'Wait before the first retry; it doubles for each one after.'),
    maxBackoff: duration(10, 86_400_000, '1m', 'The longest wait between two attempts.'),
    timeout: duration(100, 300_000, '10s', 'One attempt that takes longer fails.'),
    queueSize: whole(1, 100_000, 1000, 'Deliveries waiting at most; the oldest is dropped beyond.'),
  },
  'Incident notifications by webhook and email.',
).superRefine((settings, ctx) => {
  if (settings.maxBackoff < settings.backoff) {
    ctx.addIssue({
      code: 'custom',
      path: ['maxBackoff'],
      params: { shown: formatDuration(settings.maxBackoff) },
      message: `a duration no shorter than notifications.backoff (${formatDuration(settings.backoff)})`,
    });
  }
});

/** The collection Breakwater publishes into unless `intel.collections` names others. */
export const DEFAULT_INTEL_COLLECTION = '4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4';

const collectionId = 'a UUID such as 4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4';
const taxiiCollection = z
  .strictObject(
    {
      id: z.uuid({ error: collectionId }).describe('The collection id, a UUID; peers address it by this.'),
      title: z.string({ error: 'a title' }).min(1, { error: 'a title' }).max(200).describe('Its title.'),
      description: z
        .string({ error: 'a description, or null' })
        .max(2000)
        .nullable()
        .default(null)
        .describe('What it holds; null shows none.'),
      alias: z
        .string({ error: 'an alias of lowercase letters, digits and -, or null' })
        .regex(/^[a-z0-9-]{1,64}$/, { error: 'an alias of lowercase letters, digits and -, or null' })
        .nullable()
        .default(null)
        .describe('A short name peers may see; null shows none.'),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'a mapping with id and title' : undefined) },
  )
  .describe('One TAXII collection.');

const intelImport = section(
  {
    enforce: z
      .boolean({ error: 'true or false' })
      .default(false)
      .describe(
        'true: accepted indicators become block decisions; false: they are only recorded (observe-only).',
      ),
    minConfidence: whole(
      0,
      100,
      50,
      'Lowest effective confidence (indicator confidence × peer trust / 100) acted on.',
    ),
    minPeers: whole(1, 100, 1, 'Distinct peers that must name an address before it is blocked.'),
    interval: duration(1_000, 86_400_000, '5m', 'Time between pulls of one peer (jittered by ±20%).'),
    timeout: duration(100, 300_000, '30s', 'One request to a peer that takes longer fails.'),
    maxTtl: duration(
      60_000,
      30 * 86_400_000,
      '7d',
      'The longest an imported decision lasts, whatever valid_until says.',
    ),
    protect: listOf(
      addressOrBlock(),
      'a list of IP addresses or CIDR blocks',
      'Our own ranges and canary addresses: an indicator touching one is refused as poisoning.',
    ),
    widestIpv4Prefix: whole(1, 32, 16, 'Shortest IPv4 prefix imported; broader indicators are refused.'),
    widestIpv6Prefix: whole(1, 128, 32, 'Shortest IPv6 prefix imported; broader indicators are refused.'),
  },
  "Pulling peers' TAXII collections and acting on their indicators.",
);

const intel = section(
  {
    identity: z
      .string({ error: 'a name' })
      .min(1, { error: 'a name' })
      .max(200)
      .default('Breakwater')
      .describe('Name of the organization that publishes, as peers see it (a STIX identity).'),
    tlp: oneOf(TLP_LEVELS, 'green', 'TLP 2.0 level of everything Breakwater publishes; red is never served.'),
    collections: z
      .array(taxiiCollection, { error: 'a list of collections' })
      .min(1, { error: 'a list of at least one collection' })
      .default([
        {
          id: DEFAULT_INTEL_COLLECTION,
          title: 'Breakwater indicators',
          description: 'Indicators, attack patterns, sightings and campaigns from this Breakwater.',
          alias: 'indicators',
        },
      ])
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
        error: 'a list of collections with different ids',
      })
      .describe('TAXII collections served under /taxii2/api/; Breakwater publishes into the first.'),
    maxContentLength: size(1024, 100 * 1024 ** 2, '1mb', 'Largest body a peer may POST to a collection.'),
    import: intelImport,
  },
  'Threat intelligence published as STIX 2.1 over TAXII 2.1.',
);

const serviceName = 'a service name of 1 to 100 characters, such as Webmail';
const service = z
  .strictObject(
    {
      name: z
        .string({ error: serviceName })
        .trim()
        .min(1, { error: serviceName })
        .max(100, { error: serviceName })
        .describe('What people call it, shown on incidents and the status page.'),
      paths: z
        .array(urlPath('A path prefix of the service.'), { error: 'a list of paths' })
        .min(1, { error: 'a list of one or more paths' })
        .describe('Path prefixes that belong to it; the longest matching prefix of all services wins.'),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'a mapping with name and paths' : undefined) },
  )
  .describe('One protected service.');

const incidents = section(
  {
    resolveAfter: duration(
      1_000,
      7 * 86_400_000,
      '10m',
      'Quiet time after an attack ends before its incident resolves itself; also how long a new detection on the same service still joins it.',
    ),
  },
  'Incidents: how detections are grouped and when they resolve.',
);

const traffic = section(
  {
    retention: duration(
      86_400_000,
      3650 * 86_400_000,
      '30d',
      'How long the traffic rollups are kept: per second for a day, then per minute.',
    ),
  },
  'Traffic rollups for charts and reports.',
);

const consoleSettings = section(
  {
    sessionIdle: duration(60_000, 86_400_000, '30m', 'A console session unused this long ends.'),
    sessionMax: duration(
      60_000,
      30 * 86_400_000,
      '12h',
      'A console session ends this long after sign-in, however busy it is.',
    ),
  },
  'The web console: sign-in sessions.',
);

const WORKERS_EXPECTED = 'auto, or a whole number from 1 to 256';
const cluster = section(
  {
    workers: z
      .union([z.literal('auto'), z.number().int().min(1).max(256)], { error: WORKERS_EXPECTED })
      .default(1)
      .describe(
        'Gateway worker processes sharing the listening socket; auto starts one per core. The sentinel, the decision table and the control plane run once, in the primary.',
      ),
    redis: redisUrl()
      .nullable()
      .default(null)
      .describe(
        'Redis URL shared by the gateways of one cluster (decisions announced, windows summed, leader lease); null runs this gateway alone.',
      ),
    name: z
      .string({ error: 'a name of letters, digits, - and _' })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'a name of letters, digits, - and _' })
      .default('breakwater')
      .describe('The cluster this gateway joins: the prefix of its keys in Redis.'),
  },
  'Scale out: workers per core, and several gateways as one defence.',
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
      services: z
        .array(service, { error: 'a list of services' })
        .min(1, { error: 'a list of one or more services' })
        .default(DEFAULT_SERVICES.map((s) => ({ name: s.name, paths: [...s.paths] })))
        .describe('The protected services, for incidents and the public status page.'),
      incidents,
      notifications,
      intel,
      traffic,
      console: consoleSettings,
      controlPlane: controlPlaneSection,
      evidence: evidenceSection,
      verdict: verdictSection,
      accessLog: accessLogSection,
      phishing: phishingSection,
      cluster,
      dataPlane: dataPlaneSection,
      logLevel: oneOf(LOG_LEVELS, 'info', 'Least severe log entries written.'),
      logFormat,
      syslog,
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'a mapping of settings' : undefined) },
  )
  .superRefine((config, ctx) => {
    const { healthCheck, limits, listen, control, controlPlane } = config;
    const exposure = controlExposureProblem(control, controlPlane);
    if (exposure) {
      ctx.addIssue({
        code: 'custom',
        path: ['control'],
        message: exposure,
        params: { shown: formatHostPort(control) },
      });
    }
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
