// The console's live stream across a control plane restart: the header says it is reconnecting while the
// control plane is down, and live again once it is back, without signing in again.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { silentLog } from '../../src/log.js';
import { type Breakwater, startBreakwater } from '../../src/runtime.js';
import { type ConsoleBrowser, launchBrowser, screenshot, seeText, setUpAccount } from '../support/browser.js';
import { type Stack, stackConfig, startStack } from '../support/stack.js';

let stack: Stack;
let chrome: ConsoleBrowser;
let restarted: Breakwater | undefined;

// Building the console first, when its sources changed, can take a while on a busy machine.
beforeAll(async () => {
  [stack, chrome] = await Promise.all([startStack(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await chrome?.close();
  if (restarted) {
    await restarted.stop();
    await stack?.origin?.close();
  } else {
    await stack?.stop();
  }
}, 120_000);

describe('the live stream', { timeout: 60_000 }, () => {
  it('shows the reconnection and comes back after the control plane restarts', async () => {
    const { context, page } = await chrome.newPage();
    await setUpAccount(page, stack.controlUrl, stack.bw.store, 'watch@example.test', 'viewer');
    const banner = page.getByRole('banner');
    await seeText(banner, 'Live updates: Live');

    const control = new URL(stack.controlUrl);
    await stack.bw.stop();
    await seeText(banner, 'Live updates: Reconnecting…');
    await screenshot(page, 'stream-reconnecting');

    // The same data directory and control address: the session cookie is still good.
    const config = stackConfig({ config: { control: control.host } }, [stack.origin!.url], stack.dataDir);
    restarted = await startBreakwater(config, silentLog);
    await seeText(banner, 'Live updates: Live');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('heading', { name: 'Decisions' }).waitFor();
    await seeText(page.getByRole('table', { name: 'Decisions in force' }), 'No decisions in force.');
    await context.close();
  });
});
