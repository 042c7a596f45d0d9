// Responding from the console in a real browser: find an incident, add a note, resolve it and see both on
// its timeline, and download its signed evidence package; allowlist an address and remove the entry again.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { verifyArchive } from '../../src/evidence/manifest.js';
import type { Incident } from '../../src/incidents/incident.js';
import { consoleSuite, screenshot, seeText } from '../support/browser.js';

const suite = consoleSuite();
/** Signed in as the responder set up by the first test. */
let responderPage: Page;

/** An HTTP flood on the demo origin as the incident desk would have opened it a minute ago. */
async function openIncident(): Promise<Incident> {
  const at = Date.now() - 60_000;
  const incident = await suite.stack.bw.store.incidents.create({
    kind: 'flood',
    title: 'HTTP flood on /login',
    severity: 'SEV2',
    severityLocked: false,
    status: 'mitigated',
    services: [],
    attackClasses: ['http-flood'],
    topSources: [{ scope: 'ip', value: '198.51.100.23', rate: 900 }],
    topFingerprints: [],
    detectionIds: [],
    decisionIds: [],
    assignee: null,
    publicUpdate: null,
    openedAt: at,
    updatedAt: at,
    resolvedAt: null,
    closedAt: null,
    figures: {
      attackStartedAt: at - 2_000,
      detectedAt: at,
      mitigatedAt: at + 1_500,
      recoveredAt: null,
      timeToDetectMs: 2_000,
      timeToMitigateMs: 3_500,
      timeToRecoverMs: null,
      peakAttackRate: 900,
      attackRequestsStopped: 41_000,
      legitimateRequestsAffected: 3,
    },
  });
  await suite.stack.bw.store.incidents.appendTimeline(incident.id, {
    at,
    kind: 'opened',
    author: 'breakwater',
    text: 'Incident opened: HTTP flood on /login from 198.51.100.23.',
  });
  return incident;
}

describe('responding to an incident', { timeout: 60_000 }, () => {
  it('adds a note and resolves the incident', async () => {
    const incident = await openIncident();
    const { page } = await suite.chrome.newPage();
    await suite.setUpAccount(page, 'responder@example.test', 'responder');
    await seeText(page.getByRole('region', { name: 'Open incidents' }), incident.id);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    await page.getByRole('link', { name: incident.id }).click();
    await page.getByRole('heading', { name: `${incident.id}: HTTP flood on /login` }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await seeText(timeline, 'Incident opened');

    await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Blocked the /24 upstream as well.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await seeText(timeline, 'Blocked the /24 upstream as well.');

    await page.getByLabel('Status', { exact: true }).selectOption('resolved');
    await page.getByLabel('Public update').fill('The attack is over; all services answer normally.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await seeText(page.getByTestId('incident-status'), 'resolved');
    await screenshot(page, 'incident');

    const stored = await suite.stack.bw.store.incidents.get(incident.id);
    expect(stored?.status).toBe('resolved');
    expect(stored?.publicUpdate).toBe('The attack is over; all services answer normally.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the evidence package' }).click(),
    ]);
    const archive = await readFile((await download.path()) as string);
    expect(await verifyArchive(archive)).toMatchObject({ ok: true, manifest: { incident: incident.id } });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    await seeText(page.getByRole('table', { name: 'Incidents' }), 'resolved');
    await screenshot(page, 'incidents');
    responderPage = page;
  });

  it('allowlists an address and removes the entry again', async () => {
    const page = responderPage;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
    const form = page.getByRole('form', { name: 'Add a decision' });
    await form.getByLabel('Value').fill('192.0.2.10');
    await form.getByLabel('Action').selectOption('allow');
    await form.getByLabel('Reason').fill('monitoring probe');
    await form.getByRole('button', { name: 'Add' }).click();
    const table = page.getByRole('table', { name: 'Decisions in force' });
    await seeText(table, 'monitoring probe');
    expect(suite.stack.bw.table.list().some((d) => d.value === '192.0.2.10' && d.action === 'allow')).toBe(
      true,
    );
    await screenshot(page, 'decisions');

    await page.getByRole('button', { name: 'Remove the allow decision on 192.0.2.10' }).click();
    await seeText(page.getByRole('status'), 'Removed the decision on 192.0.2.10');
    await seeText(table, 'No decisions in force.');
    expect(suite.stack.bw.table.list().some((d) => d.value === '192.0.2.10')).toBe(false);
    await page.context().close();
  });
});
