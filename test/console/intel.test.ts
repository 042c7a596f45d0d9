// The Intel page in a real browser: an admin adds a TAXII peer (a stub server on loopback), pulls it now
// and sees the outcome and the trust policy's verdicts; a viewer sees it all, and what we publish, without
// a way to change it, and the bouncers with their last pull; the admin removes the peer again.
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBouncer } from '../../src/bouncers/bouncer-key.js';
import { type ConsoleBrowser, launchBrowser, screenshot, seeText, setUpAccount } from '../support/browser.js';
import { addDecision } from '../support/control-api.js';
import { type Stack, startStack } from '../support/stack.js';
import { indicator, STUB_COLLECTION, startTaxiiStub, type TaxiiStub } from '../support/taxii-stub.js';

const CREDENTIALS = { username: 'breakwater', password: 'stub-peer-secret-7' };

let stack: Stack;
let chrome: ConsoleBrowser;
let stub: TaxiiStub;
/** Signed in as the admin set up by the first test. */
let adminPage: Page;

beforeAll(async () => {
  // No scheduled pull comes between the test's steps: only "Pull now" pulls.
  [stack, chrome, stub] = await Promise.all([
    startStack({ config: { intel: { import: { interval: '24h' } } } }),
    launchBrowser(),
    startTaxiiStub(CREDENTIALS),
  ]);
  stub.add(
    indicator("[ipv4-addr:value = '198.51.100.61']"),
    indicator("[ipv4-addr:value ISSUBSET '0.0.0.0/0']"),
    indicator("[domain-name:value = 'flood.example']"),
  );
}, 120_000);

afterAll(async () => {
  await chrome?.close();
  await stub?.close();
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
}, 120_000);

const openIntel = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Intel' }).click();

describe('the Intel page', { timeout: 60_000 }, () => {
  it('adds a peer, pulls it now and shows what was imported', async () => {
    const { page } = await chrome.newPage();
    await setUpAccount(page, stack.controlUrl, stack.bw.store, 'admin@example.test', 'admin');
    await openIntel(page);
    await page.getByRole('heading', { name: 'Intel' }).waitFor();
    const peers = page.getByRole('table', { name: 'Peers' });
    await seeText(peers, 'No peers yet: add one below or with `breakwater intel peers add`.');
    await seeText(page.getByTestId('published-count'), 'We publish no indicators yet');

    const form = page.getByRole('form', { name: 'Add a peer' });
    await form.getByLabel('Name', { exact: true }).fill('stub');
    await form.getByLabel('API root', { exact: true }).fill(stub.apiRoot);
    await form.getByLabel('Collection', { exact: true }).fill(STUB_COLLECTION);
    await form.getByLabel('User name', { exact: true }).fill(CREDENTIALS.username);
    await form.getByLabel('Password', { exact: true }).fill(CREDENTIALS.password);
    await form.getByLabel('Trust', { exact: true }).fill('80');
    await form.getByRole('button', { name: 'Add peer' }).click();
    await seeText(page.getByRole('status'), 'Added the peer stub.');
    await seeText(peers, stub.apiRoot);
    await seeText(page.getByTestId('outcome-stub'), 'not pulled yet');
    // The password is write-only: neither the page nor the API shows it back.
    expect(await page.content()).not.toContain(CREDENTIALS.password);

    await page.getByRole('button', { name: 'Pull stub now' }).click();
    await seeText(page.getByRole('status'), /Pulled stub: 3 objects/);
    await seeText(page.getByTestId('outcome-stub'), /^ok: 3 objects, \d+ imported/);
    expect(stub.queries.length).toBe(1);

    const imports = page.getByRole('table', { name: 'Imported indicators' });
    await seeText(imports.getByRole('row'), '198.51.100.61');
    const observed = imports.getByRole('row').filter({ hasText: '198.51.100.61' });
    await seeText(observed, 'observe');
    const filters = page.getByRole('form', { name: 'Filter imported indicators' });
    await filters.getByLabel('Status').selectOption('refused');
    await seeText(imports.getByRole('row'), 'poisoning');
    await seeText(imports.getByRole('row'), '0.0.0.0/0');
    expect(await imports.getByText('198.51.100.61').count()).toBe(0);
    await filters.getByLabel('Status').selectOption('');
    await seeText(imports.getByRole('row'), 'unsupported');
    await screenshot(page, 'intel');
    adminPage = page;
  });

  it('shows a viewer the peers, imports and what we publish, without a way to change them', async () => {
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '203.0.113.9',
      action: 'block',
      ttl: '1h',
    });
    await stack.bw.publisher.idle();
    const key = await addBouncer(stack.bw.store, 'edge-firewall', Date.now());
    const pulled = await fetch(`${stack.controlUrl}/v1/decisions/stream?startup=true`, {
      headers: { 'x-api-key': key },
    });
    expect(((await pulled.json()) as { new: { value: string }[] }).new.map((d) => d.value)).toEqual([
      '203.0.113.9',
    ]);
    const { context, page } = await chrome.newPage();
    await setUpAccount(page, stack.controlUrl, stack.bw.store, 'viewer@example.test', 'viewer');
    await openIntel(page);
    const peers = page.getByRole('table', { name: 'Peers' });
    await seeText(peers, /ok: 3 objects/);
    await seeText(page.getByRole('table', { name: 'Imported indicators' }), '198.51.100.61');
    await seeText(page.getByTestId('published-count'), 'We publish 1 indicator:');
    await seeText(page.getByRole('list', { name: 'Published indicators' }), '203.0.113.9');
    const bouncers = page.getByRole('table', { name: 'Bouncers' });
    await seeText(bouncers, 'edge-firewall');
    expect(await page.getByTestId('bouncer-pull-edge-firewall').textContent()).not.toBe('never');
    expect(await page.getByRole('form', { name: 'Add a peer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Pull .* now|Remove/ }).count()).toBe(0);
    expect(await peers.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
    await screenshot(page, 'intel-viewer');
    await context.close();
  });

  it('removes the peer after asking', async () => {
    const page = adminPage;
    const peers = page.getByRole('table', { name: 'Peers' });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Remove the peer stub' }).click();
    await seeText(peers, stub.apiRoot);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Remove the peer stub' }).click();
    await seeText(page.getByRole('status'), 'Removed the peer stub.');
    await seeText(peers, 'No peers yet');
    await seeText(
      page.getByRole('table', { name: 'Imported indicators' }),
      'Nothing imported yet: pull a peer to import.',
    );
    expect(await stack.bw.store.intelFeeds.listPeers()).toEqual([]);
    await page.context().close();
  });
});
