// A real browser for the console's end-to-end tests: builds the console once when dist/console is missing
// or older than its sources, launches headless Chromium with a fresh profile, and offers a virtual
// passkey authenticator, TOTP codes and screenshots.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { inviteUser } from '../../src/accounts/invite.js';
import { TOTP_STEP_MS, totpCode, totpStep } from '../../src/accounts/totp.js';
import type { Role } from '../../src/auth/tokens.js';
import type { Store } from '../../src/store/index.js';
import { type Stack, startStack } from './stack.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_INDEX = join(ROOT, 'dist/console/index.html');
const SOURCES = [join(ROOT, 'console'), join(ROOT, 'vite.config.ts')];
const LOCK = join(ROOT, 'dist/.console-build.lock');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebAuthn needs a domain, not an address: the tests browse `localhost`, pinned to IPv4 loopback.
  '--host-resolver-rules=MAP localhost 127.0.0.1',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function builtMtime(): number {
  try {
    return statSync(BUILT_INDEX).mtimeMs;
  } catch {
    return 0;
  }
}

const isStale = () => builtMtime() < Math.max(...SOURCES.map(newestMtime));

/** Runs `vite build` when the built console is missing or stale; test files share one build. */
export async function ensureConsoleBuilt(): Promise<void> {
  if (!isStale()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is left from a crash.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 120_000)
        rmSync(LOCK, { force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another console build');
      await sleep(250);
    }
  }
  try {
    if (isStale()) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
        {
          cwd: ROOT,
          // The test runner sets NODE_ENV=test, which would give React's development build.
          env: { ...process.env, NODE_ENV: 'production' },
          stdio: 'inherit',
          timeout: 120_000,
        },
      );
    }
  } finally {
    rmSync(LOCK, { force: true });
  }
}

export interface ConsoleBrowser {
  browser: Browser;
  /** A fresh context (its own cookies) with one page, desktop-sized unless told. */
  newPage(options?: { width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<ConsoleBrowser> {
  await ensureConsoleBuilt();
  // Each launch starts from a fresh temporary profile.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
  return {
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        acceptDownloads: true,
      });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      // A script error in the console is a bug: make it visible in the test output.
      page.on('pageerror', (error) => console.error(`console page error: ${error.message}`));
      return { context, page };
    },
    close: () => browser.close(),
  };
}

export interface ConsoleSuite {
  stack: Stack;
  chrome: ConsoleBrowser;
  /** `setUpAccount` on the suite's stack. */
  setUpAccount(page: Page, email: string, role: Role, shoot?: string): Promise<ConsoleAccount>;
}

/** A Breakwater stack and a browser shared by the tests of the calling file: started before, stopped after. */
export function consoleSuite(): ConsoleSuite {
  const suite: ConsoleSuite = {
    stack: undefined as unknown as Stack,
    chrome: undefined as unknown as ConsoleBrowser,
    setUpAccount: (page, email, role, shoot) =>
      setUpAccount(page, suite.stack.controlUrl, suite.stack.bw.store, email, role, shoot),
  };
  // Building the console first, when its sources changed, can take a while on a busy machine.
  beforeAll(async () => {
    [suite.stack, suite.chrome] = await Promise.all([startStack(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await suite.chrome?.close();
    await suite.stack?.stop();
  }, 120_000);
  return suite;
}

/** The console's address for a control URL: `localhost`, since WebAuthn refuses IP addresses. */
export function consoleUrl(controlUrl: string, path = '/'): string {
  const url = new URL(path, controlUrl);
  url.hostname = 'localhost';
  return url.toString();
}

/** Adds a platform authenticator with user verification, as a phone or laptop has (Chrome DevTools). */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

/**
 * A TOTP code the control plane has not seen yet. Each code works once per 30-second step, and the
 * control plane accepts one step of drift either way: after `used` (the last step spent) this takes the
 * next step, waiting for the clock when that would be too far ahead.
 */
export async function freshTotp(secret: string, used?: number): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = totpStep(Date.now());
    const step = used === undefined || used < now ? now : used + 1;
    if (step <= now + 1) return { code: totpCode(secret, step), step };
    await sleep(TOTP_STEP_MS - (Date.now() % TOTP_STEP_MS) + 50);
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface ConsoleAccount {
  email: string;
  password: string;
  totpSecret: string;
  /** The last TOTP step the control plane accepted for this account. */
  usedStep: number;
  /** As shown once at enrolment. */
  recoveryCodes: string[];
}

export const TEST_PASSWORD = 'tidal-harbour-lantern-42';

/**
 * Invites a user and follows the setup link in `page`: password, authenticator enrolment, recovery codes.
 * Leaves the page on the overview, signed in.
 */
export async function setUpAccount(
  page: Page,
  controlUrl: string,
  store: Pick<Store, 'users'>,
  email: string,
  role: Role,
  shoot?: string,
): Promise<ConsoleAccount> {
  const { token } = await inviteUser(store, { email, role }, Date.now());
  await page.goto(consoleUrl(controlUrl, `/setup#token=${token}`));
  await page.getByLabel('New password').fill(TEST_PASSWORD);
  await page.getByLabel('Repeat the password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  if (shoot) await screenshot(page, `${shoot}-totp`);
  const { code, step } = await freshTotp(secret);
  await page.getByLabel('Code from the app').fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  const recoveryCodes = await page
    .getByRole('list', { name: 'Recovery codes' })
    .getByRole('listitem')
    .allTextContents();
  if (shoot) await screenshot(page, `${shoot}-recovery-codes`);
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
  return { email, password: TEST_PASSWORD, totpSecret: secret, usedStep: step, recoveryCodes };
}

/** Signs in through the login page with the password and a fresh TOTP code; ends on `next` or the overview. */
export async function signIn(
  page: Page,
  controlUrl: string,
  account: ConsoleAccount,
  next = '/',
): Promise<void> {
  await page.goto(consoleUrl(controlUrl, `/login?next=${encodeURIComponent(next)}`));
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await enterTotp(page, account);
}

/** On the second step of signing in: types a fresh TOTP code and verifies it. */
export async function enterTotp(page: Page, account: ConsoleAccount): Promise<void> {
  await page.getByLabel('Authenticator code').waitFor();
  const { code, step } = await freshTotp(account.totpSecret, account.usedStep);
  await page.getByLabel('Authenticator code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  account.usedStep = step;
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * Waits until `scope` shows `text` (a substring); fails after the context's default timeout, naming what
 * the console's alert region said meanwhile.
 */
export async function seeText(scope: Locator, text: string | RegExp): Promise<void> {
  try {
    await scope.filter({ hasText: text }).first().waitFor();
  } catch (error) {
    const alerts = await scope
      .page()
      .locator('.alerts')
      .textContent()
      .catch(() => null);
    throw new Error(`${String(text)} never showed; alerts: ${alerts || 'none'}`, { cause: error });
  }
}
