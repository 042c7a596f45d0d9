// The console's live pages in a real browser, signed in as a viewer: the overview chart follows a short
// loopback flood second by second, and the decisions page shows a viewer no way to remove a decision.
import type { Page } from 'playwright-core';
import { Pool } from 'undici';
import { describe, expect, it } from 'vitest';
import { type ConsoleAccount, consoleSuite, screenshot, seeText, signIn } from '../support/browser.js';
import { request } from '../support/http-client.js';

const suite = consoleSuite();

/** GETs `/` on the gateway from `connections` loopback clients, as fast as answered, for `ms`. */
async function flood(url: string, ms: number, connections = 8): Promise<number> {
  const pool = new Pool(url, { connections, pipelining: 1 });
  const until = Date.now() + ms;
  let answered = 0;
  const client = async () => {
    while (Date.now() < until) {
      const { body } = await pool.request({ method: 'GET', path: '/' });
      await body.dump();
      answered++;
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  await pool.close();
  return answered;
}

const allowedNow = async (page: Page) =>
  Number.parseFloat((await page.locator('[data-verdict="allowed"]').textContent()) ?? '') || 0;

describe('the console as a viewer', { timeout: 60_000 }, () => {
  let viewer: ConsoleAccount;

  it('shows requests per second climbing while the gateway is flooded', async () => {
    const { context, page } = await suite.chrome.newPage();
    viewer = await suite.setUpAccount(page, 'viewer@example.test', 'viewer');
    await seeText(page.getByRole('banner'), 'Live updates: Live');
    const chart = page.getByRole('img', { name: /Requests per second by verdict/ });
    const pointsBefore = Number(await chart.getAttribute('data-points'));

    const answered = await flood(suite.stack.gatewayUrl, 4_000);
    expect(answered).toBeGreaterThan(50);
    await expect.poll(() => allowedNow(page), { timeout: 10_000, interval: 250 }).toBeGreaterThan(0);
    await expect
      .poll(async () => Number(await chart.getAttribute('data-points')), { timeout: 10_000 })
      .toBeGreaterThan(pointsBefore + 2);
    await screenshot(page, 'overview');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await screenshot(page, 'overview-phone');
    await context.close();
  });

  it('lists decisions without a way to remove them', async () => {
    const added = await request(`${suite.stack.controlUrl}/api/v1/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${suite.stack.tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        scope: 'ip',
        value: '203.0.113.7',
        action: 'block',
        ttl: '1h',
        reason: 'drill',
      }),
    });
    expect(added.status).toBe(201);

    const { context, page } = await suite.chrome.newPage();
    await signIn(page, suite.stack.controlUrl, viewer, '/decisions');
    const table = page.getByRole('table', { name: 'Decisions in force' });
    await seeText(table, '203.0.113.7');
    await seeText(table, 'drill');
    expect(await page.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Add a decision' }).count()).toBe(0);
    await screenshot(page, 'decisions-viewer');

    // The API refuses the removal too, and the console would say so.
    const status = await page.evaluate(async () => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const list = (await (await fetch('/api/v1/decisions')).json()) as { decisions: { id: string }[] };
      const res = await fetch(`/api/v1/decisions/${list.decisions[0].id}`, {
        method: 'DELETE',
        headers: { 'x-csrf-token': session.csrfToken },
      });
      return res.status;
    });
    expect(status).toBe(403);
    await context.close();
  });
});
