// Incident kinds in the console, in a real browser: the list names each incident's kind and filters by it,
// and a phishing campaign's incident says what it is on its own page.
import { describe, expect, it } from 'vitest';
import { openPhishingIncident } from '../../src/phishing/incident.js';
import { consoleSuite, seeText } from '../support/browser.js';

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
});
