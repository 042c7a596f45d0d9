// The console's cluster page in a real browser, signed in as a viewer: a gateway alone says so plainly;
// `breakwater serve --workers 2` shows both workers with their pids, and the page reads the cluster again
// by itself, so requests served after it opened appear without a reload.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import {
  type ConsoleBrowser,
  consoleSuite,
  consoleUrl,
  launchBrowser,
  screenshot,
  seeText,
  setUpAccount,
} from '../support/browser.js';
import { ensureBuilt } from '../support/cli.js';
import { type Serving, startServing, stopChild, workerPids } from '../support/cluster-run.js';
import { get } from '../support/serve-signals.js';
import { startTinyOrigin, type TinyOrigin } from '../support/tiny-origin.js';

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);

describe('the cluster page of a gateway alone', { timeout: 60_000 }, () => {
  const suite = consoleSuite();

  it('is in the navigation and says there is one gateway and no workers', async () => {
    const { context, page } = await suite.chrome.newPage();
    await suite.setUpAccount(page, 'viewer@example.test', 'viewer');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cluster' }).click();
    await page.getByRole('heading', { name: 'Cluster', level: 1 }).waitFor();
    await seeText(page.getByTestId('alone'), 'Single gateway, no workers');
    await seeText(figure(page, 'redis'), 'not used');
    await seeText(figure(page, 'workers'), 'none');
    await seeText(figure(page, 'leading'), 'yes');
    await seeText(page.getByRole('table', { name: 'Workers' }), 'No workers');
    await screenshot(page, 'cluster-alone');
    await context.close();
  });
});

describe('the cluster page of a gateway with two workers', { timeout: 120_000 }, () => {
  let workDir: string;
  let origin: TinyOrigin;
  let serve: Serving;
  let store: Store;
  let chrome: ConsoleBrowser;

  beforeAll(async () => {
    ensureBuilt();
    workDir = mkdtempSync(join(tmpdir(), 'breakwater-cluster-page-'));
    origin = await startTinyOrigin((_req, res) => res.end('{"id":"origin"}'));
    const data = join(workDir, 'data');
    [serve, chrome] = await Promise.all([
      startServing(['--upstream', origin.url, '--workers', '2', '--data', data], {
        cwd: workDir,
        startMs: 180_000,
      }),
      launchBrowser(),
    ]);
    store = await openStore({ dataDir: data });
  }, 300_000);

  afterAll(async () => {
    await chrome?.close();
    await store?.close();
    await stopChild(serve?.child);
    await origin?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('lists the workers and follows their requests by itself', async () => {
    const { context, page } = await chrome.newPage();
    await setUpAccount(page, serve.controlUrl, store, 'viewer@example.test', 'viewer');
    await page.goto(consoleUrl(serve.controlUrl, '/cluster'));
    const table = page.getByRole('table', { name: 'Workers' });
    await seeText(figure(page, 'workers'), '2 of 2 ready');
    const pids = workerPids(serve.child.pid);
    expect(pids).toHaveLength(2);
    for (const pid of pids) await seeText(table, String(pid));
    expect(await page.getByTestId('alone').count()).toBe(0);

    const requestsShown = async () => {
      const cells = await table.locator('tbody tr td:nth-child(5)').allTextContents();
      return cells.reduce((sum, text) => sum + (Number.parseInt(text.replace(/\D/g, ''), 10) || 0), 0);
    };
    const before = await requestsShown();
    // Fresh connections go to the workers in turn: both serve some.
    for (let i = 0; i < 10; i++) expect((await get(serve.url, '/')).status).toBe(200);
    await expect.poll(requestsShown, { timeout: 20_000, interval: 500 }).toBeGreaterThanOrEqual(before + 10);
    await screenshot(page, 'cluster-workers');
    await context.close();
  });
});
