// Incident kinds in the console, in a real browser: the list names each incident's kind and filters by it,
// a phishing campaign's incident says what it is on its own page, and only a flood offers its evidence
// package to a responder.
import { describe, expect, it } from 'vitest';
import { sampleIncident } from '../../src/notify/fixture.js';
import { openPhishingIncident } from '../../src/phishing/incident.js';
import { consoleSuite, consoleUrl, seeText } from '../support/browser.js';

const suite = consoleSuite();

describe('incident kinds', { timeout: 60_000 }, () => {
  it('lists, filters and labels a phishing incident beside a flood', async () => {
    const { store, events } = suite.stack.bw;
    const campaign = await store.phishingCampaigns.create('phishing', ['link-domain:console-lure.example']);
    const phishing = await openPhishingIncident(
      { store, events },
      campaign,
      'Your mailbox is full',
      '3 reports of the same campaign',
      Date.now(),
    );
    const { page } = await suite.chrome.newPage();
    await suite.setUpAccount(page, 'kinds@example.test', 'viewer');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    const table = page.getByRole('table', { name: 'Incidents' });
    await seeText(table, phishing.id);
    const row = table.getByRole('row', { name: new RegExp(phishing.id) });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('phishing');

    const kind = page.getByRole('form', { name: 'Filter incidents' }).getByLabel('Kind');
    await kind.selectOption('flood');
    await table.getByRole('link', { name: phishing.id }).waitFor({ state: 'detached' });

    await kind.selectOption('phishing');
    await table.getByRole('link', { name: phishing.id }).click();
    await page
      .getByRole('heading', { name: `${phishing.id}: Phishing campaign: Your mailbox is full` })
      .waitFor();
    expect(await page.getByTestId('incident-kind').textContent()).toBe('phishing campaign');
  });

  it('offers the evidence package for a flood and not for a phishing incident', async () => {
    const { store, events } = suite.stack.bw;
    const { id: _, ...draft } = sampleIncident();
    const flood = await store.incidents.create(draft);
    const campaign = await store.phishingCampaigns.create('phishing', ['link-domain:evidence-lure.example']);
    const phishing = await openPhishingIncident(
      { store, events },
      campaign,
      'Reset your password',
      'test',
      Date.now(),
    );
    const { page } = await suite.chrome.newPage();
    await suite.setUpAccount(page, 'evidence-kinds@example.test', 'responder');
    const evidence = page.getByRole('link', { name: 'Download the evidence package' });

    await page.goto(consoleUrl(suite.stack.controlUrl, `/incidents/${flood.id}`));
    await evidence.waitFor();

    await page.goto(consoleUrl(suite.stack.controlUrl, `/incidents/${phishing.id}`));
    await page.getByRole('link', { name: 'Download the report (Markdown)' }).waitFor();
    expect(await page.getByTestId('incident-kind').textContent()).toBe('phishing campaign');
    expect(await evidence.count()).toBe(0);
    expect(await page.getByRole('link', { name: /Evidence package/ }).count()).toBe(0);
  });
});
