import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../../test/support/well-formed-xml.js';
import type { Decision } from '../../responder/decision.js';
import type { Incident, TimelineEntry } from '../incident.js';
import { trafficChart } from './chart.js';
import { formatUtc } from './format.js';
import { type ReportInput, renderReport, type TrafficPoint } from './index.js';

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const S = 1000;

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'INC-2026-0007',
    kind: 'flood',
    title: 'HTTP flood on Webmail',
    severity: 'SEV2',
    severityLocked: false,
    status: 'resolved',
    services: ['Webmail'],
    attackClasses: ['http-flood', 'cache-bypass'],
    topSources: [
      { scope: 'ip', value: '203.0.113.7', rate: 412.5 },
      { scope: 'cidr', value: '198.51.100.0/24', rate: 130 },
    ],
    topFingerprints: [{ scope: 'fingerprint', value: 'fp-3a9c0d', rate: 520 }],
    detectionIds: ['http-flood:/search:1795338000000'],
    decisionIds: ['d-1', 'd-2'],
    assignee: 'ana@example.org',
    publicUpdate: 'We are seeing slow answers on webmail.',
    openedAt: T0 + 14 * S,
    updatedAt: T0 + 900 * S,
    resolvedAt: T0 + 900 * S,
    closedAt: null,
    figures: {
      attackStartedAt: T0,
      detectedAt: T0 + 14 * S,
      mitigatedAt: T0 + 95 * S,
      recoveredAt: T0 + 310 * S,
      timeToDetectMs: 14 * S,
      timeToMitigateMs: 95 * S,
      timeToRecoverMs: 310 * S,
      peakAttackRate: 1240.4,
      attackRequestsStopped: 183_220,
      legitimateRequestsAffected: 57,
    },
    ...overrides,
  };
}

function entry(seq: number, atSeconds: number, fields: Partial<TimelineEntry>): TimelineEntry {
  return {
    seq,
    incidentId: 'INC-2026-0007',
    at: T0 + atSeconds * S,
    kind: 'note',
    author: 'breakwater',
    text: '',
    public: false,
    ...fields,
  };
}

const timeline: TimelineEntry[] = [
  entry(1, 14, { kind: 'opened', text: 'Incident opened: HTTP flood on /search.' }),
  entry(2, 20, { kind: 'decision', text: 'Block ip 203.0.113.7: flood from one address.' }),
  entry(3, 60, { kind: 'note', author: 'ana@example.org', text: 'Search is slow for users in the EU.' }),
  entry(4, 70, {
    kind: 'public-update',
    author: 'ana@example.org',
    text: 'We are seeing slow answers on webmail.',
    public: true,
  }),
  entry(5, 900, { kind: 'status', text: 'Status changed from monitoring to resolved.' }),
];

const decisions: Decision[] = [
  {
    id: 'd-1',
    scope: 'ip',
    value: '203.0.113.7',
    action: 'block',
    reason: 'flood from one address',
    source: 'detector',
    createdAt: T0 + 20 * S,
    expiresAt: T0 + 620 * S,
    detectionId: 'http-flood:/search:1795338000000',
  },
  {
    id: 'd-2',
    scope: 'fingerprint',
    value: 'fp-3a9c0d',
    action: 'throttle',
    throttle: { rate: 5, burst: 10 },
    reason: 'shared fingerprint',
    source: 'manual',
    createdAt: T0 + 75 * S,
    expiresAt: null,
  },
];

/** An attack rising and falling over six minutes, a point per 30 s. */
function traffic(): TrafficPoint[] {
  return Array.from({ length: 12 }, (_, i) => {
    const attack = i >= 1 && i <= 8 ? 36_000 - Math.abs(i - 4) * 6_000 : 0;
    return {
      at: T0 + i * 30 * S,
      stepMs: 30 * S,
      allowed: 3_000 + (i === 1 ? attack / 2 : 0),
      challenged: Math.round(attack * 0.3),
      throttled: Math.round(attack * 0.1),
      blocked: i >= 2 ? Math.round(attack * 0.6) : 0,
      shed: i === 1 ? 400 : 0,
      originErrors: i === 1 ? 120 : 2,
      latencyP50Ms: 40,
      latencyP95Ms: i === 1 ? 2_400 : 180,
      latencyP99Ms: null,
    };
  });
}

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    incident: incident(),
    timeline,
    traffic: traffic(),
    decisions,
    generatedAt: Date.now(),
    ...overrides,
  };
}

/** The report with the time it was generated masked, the only part that varies between runs. */
function masked(report: string, generatedAt: number): string {
  return report.replaceAll(formatUtc(generatedAt), 'GENERATED-AT');
}

describe('the post-incident report', () => {
  it('renders Markdown matching the golden file', async () => {
    const report = input();
    await expect(masked(renderReport(report, 'md'), report.generatedAt)).toMatchFileSnapshot(
      './__golden__/report.md',
    );
  });

  it('names a phishing incident’s kind and leaves out what only a flood has', () => {
    const phishing = incident({ kind: 'phishing', title: 'Phishing campaign: Invoice', attackClasses: [] });
    const md = renderReport(input({ incident: phishing, traffic: [], decisions: [] }), 'md');
    expect(md).toContain('| Kind | Phishing campaign |');
    expect(md).toContain('| Time to detect |');
    for (const flood of ['Attack classes', 'Peak attack rate', 'Legitimate requests affected'])
      expect(md).not.toContain(flood);
  });

  it('renders HTML matching the golden file', async () => {
    const report = input();
    await expect(masked(renderReport(report, 'html'), report.generatedAt)).toMatchFileSnapshot(
      './__golden__/report.html',
    );
  });

  it('is the same for the same input, in any order of rows', () => {
    const a = input({ generatedAt: T0 + 3_600 * S });
    const b = {
      ...a,
      timeline: [...timeline].reverse(),
      traffic: traffic().reverse(),
      decisions: [...decisions].reverse(),
    };
    for (const format of ['md', 'html'] as const)
      expect(renderReport(a, format)).toBe(renderReport(b, format));
  });

  it('gives the figures in words a person reads, in UTC', () => {
    const md = renderReport(input(), 'md');
    expect(md).toContain('| Time to detect | 14 s |');
    expect(md).toContain('| Time to mitigate | 1 min 35 s |');
    expect(md).toContain('| Time to recover | 5 min 10 s |');
    expect(md).toContain('| Peak attack rate | 1 240/s |');
    expect(md).toContain('| Attack requests stopped | 183 220 |');
    expect(md).toContain('| Attack started | 2026-11-20 09:00:00 UTC |');
    expect(md).toContain('| ip | 203.0.113.7 | 413/s |');
  });

  it('marks a place for the responder in each review section', () => {
    for (const format of ['md', 'html'] as const) {
      const report = renderReport(input(), format);
      for (const heading of [
        'What happened',
        'What went wrong and why',
        'How we responded',
        'How we make it less likely',
      ]) {
        expect(report).toContain(heading);
      }
      expect(report.match(/Responder's account — to be written/g)).toHaveLength(4);
    }
  });
});

describe('escaping what was recorded', () => {
  const hostile = '<script>alert(1)</script> [click](javascript:alert(1)) **bold** | cell\n# heading &amp;';
  const report = input({
    incident: incident({
      title: hostile,
      services: ['<b>Mail</b>'],
      topSources: [{ scope: 'ip', value: '"><img src=x onerror=alert(1)>', rate: 1 }],
      assignee: 'x@example.org</dd><script>',
    }),
    timeline: [entry(1, 10, { text: hostile, author: '<i>mallory</i>' })],
    decisions: [{ ...decisions[0], reason: hostile, value: '/search?q=<svg onload=alert(1)>' }],
  });

  it('lets nothing through as HTML', () => {
    const html = renderReport(report, 'html');
    expect(html).not.toMatch(/<script|<img|<svg onload|<b>Mail|<i>mallory|<\/dd><script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;amp;');
    expect(html).not.toMatch(/<script/);
  });

  it('lets nothing through as Markdown markup, links or HTML', () => {
    const md = renderReport(report, 'md');
    expect(md).not.toMatch(/<script|<img|<svg|<b>|<i>/i);
    expect(md).not.toMatch(/[^\\]\[click\]\(/);
    expect(md).not.toMatch(/[^\\]\*\*bold/);
    expect(md).not.toMatch(/^# heading/m);
    // Every table row keeps its columns: recorded pipes are escaped.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      expect([2, 3, 4, 7, 8]).toContain(cells);
    }
    expect(md).toContain('\\| cell');
  });
});

describe('a report with little to tell', () => {
  const bare = input({
    incident: incident({
      status: 'investigating',
      attackClasses: [],
      services: [],
      topSources: [],
      topFingerprints: [],
      assignee: null,
      resolvedAt: null,
      figures: {
        ...incident().figures,
        mitigatedAt: null,
        recoveredAt: null,
        timeToMitigateMs: null,
        timeToRecoverMs: null,
      },
    }),
    timeline: [],
    traffic: [],
    decisions: [],
  });

  it('says there was no traffic instead of drawing an empty chart', () => {
    const html = renderReport(bare, 'html');
    expect(html).not.toContain('<svg');
    expect(html).toContain('No traffic was recorded over this incident.');
    expect(renderReport(bare, 'md')).toContain('No traffic was recorded over this incident.');
    expect(trafficChart([], bare.incident.figures)).toBeUndefined();
  });

  it('shows unknown times as a dash and says what is still open', () => {
    const md = renderReport(bare, 'md');
    expect(md).toContain('| Time to mitigate | — |');
    expect(md).toContain('| Recovered | — |');
    expect(md).toContain('not recovered when this report was made');
    expect(md).toContain('No decision was taken for this incident.');
  });
});

describe('the traffic chart', () => {
  const svg = trafficChart(traffic(), incident().figures)!;

  it('is well-formed SVG with a title and a description', () => {
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title id="traffic-title">Traffic over the incident</title>');
    expect(svg).toMatch(
      /<desc id="traffic-desc">Requests per second at the edge from 2026-11-20 09:00:00 UTC/,
    );
    expect(svg).toContain('aria-labelledby="traffic-title traffic-desc"');
  });

  it('labels the time axis in UTC and draws a line per outcome', () => {
    expect(svg).toContain('>09:00:00</text>');
    expect(svg).toContain('>09:05:00</text>');
    expect(svg.match(/<polyline /g)).toHaveLength(5);
    for (const mark of ['detected', 'mitigated', 'recovered']) expect(svg).toContain(`>${mark}</text>`);
  });

  it('stays well-formed for a single point and for a chart of nothing but zeros', () => {
    const one = [{ ...traffic()[0], allowed: 0, challenged: 0, throttled: 0, blocked: 0, shed: 0 }];
    const chart = trafficChart(one, incident().figures)!;
    expect(xmlProblem(chart)).toBeUndefined();
    expect(chart).not.toMatch(/NaN|Infinity/);
  });
});
