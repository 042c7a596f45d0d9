// The Reports page in a real browser: a responder uploads an .eml, sees it in the queue with its verdict
// and its reasons in plain words, reads the message as sanitised HTML in a sandboxed frame (no script
// runs, the tracking pixel is never fetched), and confirms it.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, launchBrowser, screenshot, seeText, setUpAccount } from '../support/browser.js';
import { paypalPhish } from '../support/phishing-mail.js';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
let chrome: ConsoleBrowser;

beforeAll(async () => {
  [stack, chrome] = await Promise.all([
    startStack({ config: { phishing: { dns: ['127.0.0.1:9'], dnsTimeout: '200ms' } } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await chrome?.close();
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
}, 120_000);

const PIXEL_HOST = 'pixel.tracker.example';

describe('the Reports page', { timeout: 60_000 }, () => {
  it('takes an upload, explains the verdict, shows the message safely, and confirms it', async () => {
    const { page } = await chrome.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await setUpAccount(page, stack.controlUrl, stack.bw.store, 'soc@example.test', 'responder');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', exact: true }).waitFor();

    const phish = paypalPhish({ subject: 'Account limited' }).replace(
      '</p>\r\n',
      `</p><img src="https://${PIXEL_HOST}/p.gif?u=alice"><script>document.title='pwned'</script>\r\n`,
    );
    const form = page.getByRole('form', { name: 'Report a message' });
    await form
      .getByLabel(/Suspicious message/)
      .setInputFiles({ name: 'phish.eml', mimeType: 'message/rfc822', buffer: Buffer.from(phish) });
    await form.getByRole('button', { name: 'Report' }).click();
    await seeText(page.getByRole('status'), 'Report stored');
    // The report opens at once, and its verdict follows.
    const detail = page.getByRole('region', { name: 'Account limited' });
    await seeText(page.getByRole('table', { name: 'Reports' }), 'Account limited');
    await seeText(
      detail,
      'A link shows "https://www.paypal.com/signin" but really goes to paypa1-secure.example.',
    );
    await seeText(detail, /phishing/);

    await detail.getByRole('button', { name: 'HTML (sanitised)' }).click();
    const frame = detail.locator('iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const inside = page.frameLocator('iframe[title="The reported message"]');
    await seeText(inside.locator('body'), 'Dear customer');
    expect(await inside.locator('script, a[href], img[src]').count()).toBe(0);
    expect(fetched.some((url) => url.includes(PIXEL_HOST))).toBe(false);
    await screenshot(page, 'reports');

    await detail.getByRole('button', { name: 'Confirm phishing' }).click();
    await seeText(page.getByRole('status'), 'Confirmed');
    await seeText(detail, 'reviewed: confirmed');
  });
});
