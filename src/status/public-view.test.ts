import { describe, expect, it } from 'vitest';
import { SECRET, secretIncident, secretTimeline } from '../../test/support/secret-incident.js';
import { xmlProblem } from '../../test/support/well-formed-xml.js';
import type { Incident, TimelineEntry } from '../incidents/incident.js';
import { renderStatusFeed } from './feed.js';
import { renderStatusPage } from './page.js';
import { HISTORY_DAYS, publicStatus, type StatusFacts } from './public-view.js';

const NOW = Date.UTC(2026, 10, 27, 12, 0);
const DAY = 86_400_000;
const SERVICES = ['Website', 'Webmail'];

function timeline(
  incident: Incident,
  extra: Omit<TimelineEntry, 'seq' | 'incidentId'>[] = [],
): TimelineEntry[] {
  return [...secretTimeline(incident.id, incident.openedAt), ...extra].map((entry, i) => ({
    ...entry,
    seq: i + 1,
    incidentId: incident.id,
  }));
}

function facts(incidents: StatusFacts['incidents'], overrides: Partial<StatusFacts> = {}): StatusFacts {
  return { now: NOW, services: SERVICES, originsDown: false, incidents, ...overrides };
}

const open = (overrides: Partial<Incident> = {}) => {
  const incident = secretIncident({ openedAt: NOW - 3_600_000, ...overrides });
  return { incident, timeline: timeline(incident) };
};

describe('component status', () => {
  it('is operational everywhere with no incident and healthy origins', () => {
    const view = publicStatus(facts([]));
    expect(view.status).toBe('operational');
    expect(view.description).toBe('All systems operational');
    expect(view.components).toEqual([
      { name: 'Website', status: 'operational' },
      { name: 'Webmail', status: 'operational' },
    ]);
    expect(view.incidents).toEqual([]);
  });

  it('is a major outage everywhere when no origin can take traffic', () => {
    const view = publicStatus(facts([], { originsDown: true }));
    expect(view.components.map((c) => c.status)).toEqual(['major_outage', 'major_outage']);
    expect(view.status).toBe('major_outage');
  });

  it('follows the severity of the open incidents on the services they affect', () => {
    for (const [severity, status] of [
      ['SEV1', 'major_outage'],
      ['SEV2', 'partial_outage'],
      ['SEV3', 'degraded_performance'],
      ['SEV4', 'degraded_performance'],
    ] as const) {
      const view = publicStatus(facts([open({ severity })]));
      expect(view.components).toEqual([
        { name: 'Website', status: 'operational' },
        { name: 'Webmail', status },
      ]);
    }
  });

  it('takes the worst of several incidents, and an incident naming no service affects all', () => {
    const view = publicStatus(
      facts([
        open({ id: 'INC-2026-0001', severity: 'SEV3', services: [] }),
        open({ id: 'INC-2026-0002', severity: 'SEV1' }),
      ]),
    );
    expect(view.components).toEqual([
      { name: 'Website', status: 'degraded_performance' },
      { name: 'Webmail', status: 'major_outage' },
    ]);
  });

  it('ignores resolved incidents for the current status but keeps them in the history', () => {
    const resolved = open({
      status: 'resolved',
      severity: 'SEV1',
      openedAt: NOW - 2 * DAY,
      resolvedAt: NOW - 2 * DAY + 3_600_000,
    });
    const view = publicStatus(facts([resolved]));
    expect(view.status).toBe('operational');
    expect(view.incidents).toEqual([]);
    expect(view.pastIncidents.map((i) => i.id)).toEqual(['INC-2026-0001']);
    const webmail = view.history.components.find((c) => c.name === 'Webmail')!;
    expect(webmail.days).toHaveLength(HISTORY_DAYS);
    expect(webmail.days.at(-3)).toBe('major_outage');
    expect(webmail.days.filter((d) => d !== 'operational')).toHaveLength(1);
    expect(view.history.days.at(-1)).toBe('2026-11-27');
    expect(view.history.days[0]).toBe('2026-08-30');
  });
});

describe('public updates', () => {
  it('shows a default line for the stage when responders wrote nothing', () => {
    const [incident] = publicStatus(facts([open()])).incidents;
    expect(incident).toMatchObject({
      id: 'INC-2026-0001',
      name: 'Partial outage on Webmail',
      impact: 'partial_outage',
      stage: 'investigating',
      components: ['Webmail'],
      resolvedAt: null,
    });
    expect(incident.updates).toEqual([
      {
        at: new Date(NOW - 3_600_000).toISOString(),
        stage: 'investigating',
        text: 'We are investigating reports of partial outage on Webmail.',
      },
    ]);
  });

  it('shows the responders’ public updates, a line per stage reached, and takes back a withdrawn update', () => {
    const incident = secretIncident({
      openedAt: NOW - 3_600_000,
      status: 'resolved',
      resolvedAt: NOW - 600_000,
    });
    const at = (minutes: number) => incident.openedAt + minutes * 60_000;
    const entries = timeline(incident, [
      {
        at: at(10),
        kind: 'public-update',
        author: 'ana@example.org',
        text: 'Webmail is slow; we are on it.',
        public: true,
      },
      { at: at(15), kind: 'public-update', author: 'ana@example.org', text: 'Wrong words.', public: true },
      {
        at: at(16),
        kind: 'public-update',
        author: 'ana@example.org',
        text: `withdrawn ${SECRET}`,
        public: false,
      },
      {
        at: at(20),
        kind: 'status',
        author: 'breakwater',
        text: `x ${SECRET}`,
        data: { from: 'investigating', to: 'mitigated' },
        public: false,
      },
      {
        at: at(30),
        kind: 'status',
        author: 'breakwater',
        text: `x ${SECRET}`,
        data: { from: 'mitigated', to: 'monitoring' },
        public: false,
      },
      {
        at: at(50),
        kind: 'status',
        author: 'breakwater',
        text: `x ${SECRET}`,
        data: { from: 'monitoring', to: 'resolved' },
        public: false,
      },
    ]);
    const [shown] = publicStatus(facts([{ incident, timeline: entries }])).pastIncidents;
    expect(shown.updates.map((u) => [u.stage, u.text])).toEqual([
      ['resolved', 'This incident has been resolved.'],
      ['monitoring', 'A fix has been implemented and we are monitoring the results.'],
      ['identified', 'The cause has been identified and a fix is being put in place.'],
      ['investigating', 'Webmail is slow; we are on it.'],
      ['investigating', 'We are investigating reports of partial outage on Webmail.'],
    ]);
    expect(shown.updates[0].at).toBe(new Date(at(50)).toISOString());
  });
});

describe('what the public never sees', () => {
  const incidents = [
    open({ id: 'INC-2026-0003' }),
    open({ id: 'INC-2026-0002', services: [], status: 'monitoring', severity: 'SEV1' }),
    open({
      id: 'INC-2026-0001',
      status: 'closed',
      openedAt: NOW - 5 * DAY,
      resolvedAt: NOW - 4 * DAY,
      closedAt: NOW - DAY,
    }),
  ];
  const view = publicStatus(facts(incidents, { originsDown: true }));

  for (const [name, output] of [
    ['the view (JSON)', JSON.stringify(view)],
    ['the page', renderStatusPage(view)],
    ['the feed', renderStatusFeed(view, 'https://status.example.org')],
  ]) {
    it(`keeps internal fields out of ${name}`, () => {
      expect(output).not.toContain(SECRET);
      for (const internal of ['203.0.113.7', '198.51.100', 'fp-', 'http-flood', 'HTTP flood', 'SEV']) {
        expect(output).not.toContain(internal);
      }
      expect(output).toContain('INC-2026-0003');
    });
  }
});

describe('the page and the feed', () => {
  const hostile = '<script>alert(1)</script> & "quotes" \u0001';
  const incident = secretIncident({ openedAt: NOW - 3_600_000, services: ['<b>Mail</b>'] });
  const entries = timeline(incident, [
    { at: NOW - 1_800_000, kind: 'public-update', author: 'ana@example.org', text: hostile, public: true },
  ]);
  const view = publicStatus(facts([{ incident, timeline: entries }], { services: ['<b>Mail</b>'] }));

  it('escapes everything on the page and uses no script', () => {
    const page = renderStatusPage(view);
    expect(page).not.toMatch(/<script|<b>Mail/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<meta name="viewport"');
    expect(page).toContain('Partial outage');
  });

  it('writes a well-formed Atom feed with an entry per public update', () => {
    const feed = renderStatusFeed(view, 'https://status.example.org');
    expect(xmlProblem(feed)).toBeUndefined();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toMatch(
      /<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/,
    );
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain(`<updated>${new Date(NOW - 1_800_000).toISOString()}</updated>`);
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://status.example.org/status#INC-2026-0001"/>',
    );
    expect(feed).not.toContain('\u0001');
    expect(renderStatusFeed(view, 'https://status.example.org')).toBe(feed);
  });

  it('writes a valid feed with no entry when nothing happened', () => {
    const feed = renderStatusFeed(publicStatus(facts([])), '');
    expect(xmlProblem(feed)).toBeUndefined();
    expect(feed).not.toContain('<entry>');
    expect(feed).toContain(`<updated>${new Date(NOW).toISOString()}</updated>`);
  });
});
