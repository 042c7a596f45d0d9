// The detector cases as scenarios: a small webmail site's normal traffic, and what each case adds to it.
// One entry per folder of cases/; generate.ts turns each into that folder's windows.jsonl.

import type {
  LoginSpec,
  OriginSpec,
  PathSpec,
  Population,
  Scenario,
  SlowSpec,
  TrafficSpec,
} from './generate.js';

const CHROME = '3f9a6c21';
const FIREFOX = '7b2e4d90';
const SAFARI = 'a41c0e57';
const MAIL_APP = '5d8f2b13';
const BROWSERS = { [CHROME]: 0.55, [FIREFOX]: 0.25, [SAFARI]: 0.2 };

const SITE_PATHS: PathSpec[] = [
  { path: '/', kind: 'browser', weight: 0.15 },
  { path: '/mail/inbox', kind: 'browser', weight: 0.3 },
  { path: '/mail/message', kind: 'browser', weight: 0.15, query: 'common' },
  { path: '/api/messages', kind: 'api', weight: 0.2, query: 'common', queryShare: 0.5 },
  { path: '/search', kind: 'browser', weight: 0.05, query: 'common' },
  { path: '/static/app.js', kind: 'browser', weight: 0.15 },
];

/** The site's regular visitors: 400 addresses over 300 prefixes, a few much busier than the rest. */
const REGULARS: Population = { size: 400, spread: 300, zipf: 1, salt: 1 };

function regularTraffic(rate = 40, extra: Partial<TrafficSpec> = {}): TrafficSpec {
  return {
    rate,
    burst: 3,
    sources: REGULARS,
    fingerprints: { [CHROME]: 0.5, [FIREFOX]: 0.2, [SAFARI]: 0.15, [MAIL_APP]: 0.15 },
    paths: SITE_PATHS,
    verifiedShare: 0.6,
    ...extra,
  };
}

const HEALTHY: OriginSpec = { errorShare: 0.003, latencyP50Ms: 35, latencyP99Ms: 180 };
const REGULAR_LOGINS: LoginSpec = {
  attempts: 0.4,
  failureShare: 0.2,
  sources: REGULARS,
  fingerprint: CHROME,
};
const REGULAR_SLOW: SlowSpec = { sources: REGULARS, pendingTotal: 3, closesPerSecond: 0.05 };

/** The site alone for `ticks` windows; a case adds its event to it. */
function site(description: string, seed: number, ticks: number, extra: Partial<Scenario> = {}): Scenario {
  return {
    description,
    seed,
    ticks,
    origin: HEALTHY,
    traffic: [regularTraffic()],
    logins: [REGULAR_LOGINS],
    slow: [REGULAR_SLOW],
    ...extra,
  };
}

/** The attack window of most cases: ticks 101-180 (25 s to 45 s, after the baselines warmed up). */
const ATTACK = { fromTick: 101, toTick: 180 };

export const SCENARIOS: Record<string, Scenario> = {
  'quiet-traffic': site('A minute of the site on an ordinary day.', 1, 240),

  'quiet-varying': site(
    'Two minutes of a day-like swell from 50 to 350 req/s and back, starting at the trough.',
    2,
    480,
    {
      traffic: [
        regularTraffic(200, {
          wave: { amplitude: 0.75, periodMs: 120_000, phase: -Math.PI / 2 },
          sources: { size: 3000, spread: 2000, zipf: 0.8, salt: 2 },
        }),
      ],
    },
  ),

  'flash-crowd': site(
    'A launch announcement: 400 req/s of real browsers, 20 000 new visitors from everywhere, on the news page.',
    3,
    240,
    {
      traffic: [
        regularTraffic(),
        {
          ...ATTACK,
          rate: 400,
          burst: 8,
          sources: { size: 20_000, spread: 8_000, salt: 3 },
          fingerprints: BROWSERS,
          paths: [
            { path: '/', kind: 'browser', weight: 0.25 },
            { path: '/news/launch', kind: 'browser', weight: 0.45 },
            { path: '/static/app.js', kind: 'browser', weight: 0.3 },
          ],
        },
      ],
    },
  ),

  'single-source-flood': site(
    'One address sends 300 req/s from the second second on: the baselines are still cold.',
    4,
    140,
    {
      traffic: [
        regularTraffic(),
        {
          fromTick: 9,
          toTick: 88,
          rate: 300,
          sources: { size: 1, prefixes: ['198.51.100'] },
          fingerprints: { c0ffee01: 1 },
          paths: [{ path: '/', kind: 'browser', weight: 1 }],
        },
      ],
    },
  ),

  'prefix-flood': site(
    '250 addresses of one /24 send about 1 req/s each: 240 req/s from 203.0.113.0/24.',
    5,
    200,
    {
      traffic: [
        regularTraffic(),
        {
          ...ATTACK,
          rate: 240,
          sources: { size: 250, prefixes: ['203.0.113'] },
          fingerprints: { c0ffee02: 1 },
          paths: [
            { path: '/', kind: 'browser', weight: 0.5 },
            { path: '/mail/inbox', kind: 'browser', weight: 0.5 },
          ],
        },
      ],
    },
  ),

  'distributed-flood-fingerprint': site(
    '3000 addresses over 1500 prefixes, each slow, send 400 req/s with one tool whose fingerprint the site never saw.',
    6,
    200,
    {
      traffic: [
        regularTraffic(),
        {
          ...ATTACK,
          rate: 400,
          sources: { size: 3000, spread: 1500, salt: 6 },
          fingerprints: { f00dfeed: 1 },
          paths: [
            { path: '/', kind: 'browser', weight: 0.5 },
            { path: '/mail/inbox', kind: 'browser', weight: 0.5 },
          ],
        },
      ],
    },
  ),

  'distributed-flood-new-clients': site(
    '1200 new addresses in 8 rented /24s copy the browsers’ fingerprints and send 400 req/s to normal pages.',
    7,
    200,
    {
      traffic: [
        regularTraffic(),
        {
          ...ATTACK,
          rate: 400,
          sources: {
            size: 1200,
            prefixes: [
              '192.0.2',
              '198.18.4',
              '198.18.9',
              '198.19.12',
              '100.64.7',
              '100.64.33',
              '185.220.101',
              '45.155.205',
            ],
          },
          fingerprints: BROWSERS,
          paths: SITE_PATHS.filter((p) => p.kind === 'browser' && p.path !== '/search'),
        },
      ],
    },
  ),

  'cache-bypass': site(
    '120 addresses in 4 /24s send 150 req/s to /search, each with a query string never used before.',
    8,
    200,
    {
      traffic: [
        regularTraffic(),
        {
          ...ATTACK,
          rate: 150,
          sources: { size: 120, prefixes: ['203.0.113', '198.51.100', '192.0.2', '198.18.77'] },
          fingerprints: { [CHROME]: 1 },
          paths: [{ path: '/search', kind: 'browser', weight: 1, query: 'unique' }],
        },
      ],
    },
  ),

  slowloris: site(
    'One address holds 300 connections open mid-headers; 30 a second are closed at the header deadline.',
    9,
    200,
    {
      slow: [
        REGULAR_SLOW,
        {
          ...ATTACK,
          sources: { size: 1, prefixes: ['192.0.2'], salt: 9 },
          pendingPerSource: 300,
          closesPerSecond: 30,
        },
      ],
    },
  ),

  'credential-stuffing-single': site(
    'One address tries 10 passwords a second on the login route, nearly all wrong.',
    10,
    200,
    {
      logins: [
        REGULAR_LOGINS,
        {
          ...ATTACK,
          attempts: 10,
          failureShare: 0.98,
          sources: { size: 1, prefixes: ['198.51.100'], salt: 10 },
          fingerprint: 'c0ffee03',
        },
      ],
    },
  ),

  'credential-stuffing-distributed': site(
    '2000 residential proxies over 1000 prefixes try 40 passwords a second in all, each about once a minute.',
    11,
    200,
    {
      logins: [
        REGULAR_LOGINS,
        {
          ...ATTACK,
          attempts: 40,
          failureShare: 0.99,
          sources: { size: 2000, spread: 1000, salt: 11 },
          fingerprint: CHROME,
        },
      ],
    },
  ),

  'origin-distress': site(
    'The origin fails: 35% errors and a p99 of 2.5 s, with traffic as usual.',
    12,
    200,
    {
      distress: [{ ...ATTACK, errorShare: 0.35, latencyP50Ms: 400, latencyP99Ms: 2500 }],
    },
  ),

  'empty-windows': {
    description: 'Thirty seconds of nothing: no traffic at all, and a few windows that last no time.',
    seed: 13,
    ticks: 120,
    clock: [
      { atTick: 10, durationMs: 0 },
      { atTick: 50, durationMs: 0 },
      { atTick: 51, durationMs: 1 },
    ],
    origin: HEALTHY,
    traffic: [],
  },

  'clock-jump': site(
    'The clock steps back 3 s (tick 60), then the edge stalls 10 minutes (tick 120); a 300 req/s flood from tick 150, during which the clock steps back 5 s (tick 180).',
    14,
    240,
    {
      clock: [
        { atTick: 60, shiftMs: -3_000 },
        { atTick: 120, shiftMs: 600_000 },
        { atTick: 180, shiftMs: -5_000 },
      ],
      traffic: [
        regularTraffic(),
        {
          fromTick: 150,
          toTick: 220,
          rate: 300,
          sources: { size: 1, prefixes: ['198.51.100'], salt: 14 },
          fingerprints: { c0ffee04: 1 },
          paths: [{ path: '/mail/inbox', kind: 'browser', weight: 1 }],
        },
      ],
    },
  ),

  'single-client': {
    description: 'A site with one user, busy at 10 req/s for 20 s, idle for 10 s, then busy again.',
    seed: 15,
    ticks: 240,
    origin: HEALTHY,
    traffic: [
      { ...regularTraffic(10), toTick: 80, sources: { size: 1, prefixes: ['203.0.113'], salt: 15 } },
      { ...regularTraffic(10), fromTick: 121, sources: { size: 1, prefixes: ['203.0.113'], salt: 15 } },
    ],
    logins: [
      {
        attempts: 0.1,
        failureShare: 0.3,
        sources: { size: 1, prefixes: ['203.0.113'], salt: 15 },
        fingerprint: CHROME,
      },
    ],
  },
};
