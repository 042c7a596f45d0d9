// The console's sign-in in a real browser: first-run setup with an authenticator app, signing in with a
// TOTP code (a wrong one is refused out loud), the admin pages, a passkey, and a recovery code.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addVirtualAuthenticator,
  consoleSuite,
  consoleUrl,
  enterTotp,
  screenshot,
  seeText,
} from '../support/browser.js';

const suite = consoleSuite();
/** Signed in as the admin set up by the first test. */
let adminPage: Page;

describe('signing in to the console', { timeout: 60_000 }, () => {
  it('sets up an account from its link, then signs in with password and TOTP', async () => {
    const { page } = await suite.chrome.newPage();
    await page.goto(consoleUrl(suite.stack.controlUrl, '/'));
    await page.getByRole('heading', { name: 'Sign in to Breakwater' }).waitFor();
    await screenshot(page, 'login');
    // The first page stays light: what it loads is a small bundle, the pages behind it load on demand.
    const scriptBytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .reduce((sum, e) => sum + ((e as { decodedBodySize?: number }).decodedBodySize ?? 0), 0),
    );
    expect(scriptBytes).toBeGreaterThan(0);
    expect(scriptBytes).toBeLessThan(400_000);

    const account = await suite.setUpAccount(page, 'ada@example.test', 'admin', 'setup');
    // The setup token does not stay in the address bar.
    expect(page.url()).not.toContain('token=');
    await seeText(page.getByRole('banner'), 'ada@example.test');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in to Breakwater' }).waitFor();

    // A wrong password and a wrong code are both told to the user.
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill('not-the-password-at-all');
    await page.getByRole('button', { name: 'Continue' }).click();
    await seeText(page.getByRole('alert'), 'email or the password is wrong');

    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Authenticator code').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await seeText(page.getByRole('alert'), 'code is wrong');
    await enterTotp(page, account);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    adminPage = page;
  });

  it('lets the admin invite a user, make an API token and read the audit log', async () => {
    const page = adminPage;
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Email').fill('lin@example.test');
    await page.getByLabel('Role', { exact: true }).selectOption('responder');
    await page.getByRole('button', { name: 'Add user' }).click();
    await seeText(page.getByTestId('setup-url'), '/setup#token=');
    await seeText(page.getByRole('table', { name: 'Users' }), 'lin@example.test');
    await screenshot(page, 'users');

    await nav.getByRole('link', { name: 'Tokens' }).click();
    await page.getByLabel('Name').fill('grafana');
    await page.getByRole('button', { name: 'Create token' }).click();
    await seeText(page.getByRole('region', { name: 'New token' }), 'bwt_');
    await seeText(page.getByRole('table', { name: 'API tokens' }), 'grafana');
    await screenshot(page, 'tokens');

    await nav.getByRole('link', { name: 'Audit log' }).click();
    const audit = page.getByRole('table', { name: 'Audit log' });
    await seeText(audit, 'lin@example.test');
    await seeText(audit, 'login_failed');
    await screenshot(page, 'audit');
    await page.context().close();
  });

  it('enrols a passkey, signs in with it, then with a recovery code', async () => {
    const { context, page } = await suite.chrome.newPage();
    await addVirtualAuthenticator(context, page);
    const account = await suite.setUpAccount(page, 'grace@example.test', 'responder');

    await page.getByRole('link', { name: 'Security' }).click();
    await page.getByLabel('Passkey name').fill('Test laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await seeText(page.getByRole('status'), 'Passkey “Test laptop” added');
    await seeText(page.getByRole('region', { name: 'Passkeys' }), 'Test laptop');
    await screenshot(page, 'security');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: 'Passkey' }).check();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    // Back where the user signed out.
    await page.getByRole('heading', { name: 'Security' }).waitFor();

    // A recovery code stands in for a lost authenticator, once.
    expect(account.recoveryCodes.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: 'Recovery code' }).check();
    await page.getByRole('textbox', { name: 'Recovery code' }).fill(account.recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await seeText(
      page.getByRole('region', { name: 'Recovery codes' }),
      `${account.recoveryCodes.length - 1} unused`,
    );
    await seeText(page.getByRole('banner'), 'grace@example.test');
    await context.close();
  });
});
