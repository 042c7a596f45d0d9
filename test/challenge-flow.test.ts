// The browser challenge end to end: a scripted browser solves the page's puzzle, earns a pass cookie,
// reaches the origin with it; the pass is bound to its network and browser and has its own rate budget.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { puzzleFromPage, solvePuzzle } from '../src/edge/challenge/index.js';
import { type Answer, CookieJar, send } from './support/client.js';
import { addDecision } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const VERIFIED_BURST = 4;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    config: { challenge: { difficulty: 8, verifiedRate: 1, verifiedBurst: VERIFIED_BURST } },
  });
  await addDecision(stack.controlUrl, stack.tokens.responder, {
    scope: 'cidr',
    value: '127.0.0.0/8',
    action: 'challenge',
    reason: 'suspected flood',
  });
});

afterAll(async () => {
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
});

/** A scripted browser: one source address, one user agent, a cookie jar. */
class Browser {
  readonly jar = new CookieJar();

  constructor(
    readonly address: string,
    readonly userAgent: string,
  ) {}

  get(path: string, jar: CookieJar = this.jar): Promise<Answer> {
    return send(stack.gatewayUrl, path, {
      localAddress: this.address,
      headers: [
        ['user-agent', this.userAgent],
        ['accept', 'text/html,application/xhtml+xml'],
        ...jar.header(),
      ],
    });
  }

  post(path: string, form: URLSearchParams): Promise<Answer> {
    return send(stack.gatewayUrl, path, {
      method: 'POST',
      localAddress: this.address,
      headers: [
        ['user-agent', this.userAgent],
        ['accept', 'text/html'],
        ['content-type', 'application/x-www-form-urlencoded'],
        ...this.jar.header(),
      ],
      body: form.toString(),
    });
  }

  /** Meets the challenge on `path`, solves it as the page's script would, and returns the verify answer. */
  async solve(path: string): Promise<Answer> {
    const challenged = await this.get(path);
    expect(challenged.status).toBe(403);
    const puzzle = puzzleFromPage(challenged.body);
    if (puzzle === undefined)
      throw new Error(`no puzzle in the page for ${path}: ${challenged.body.slice(0, 200)}`);
    expect(puzzle.returnTo).toBe(path);
    const counter = solvePuzzle(puzzle);
    const form = new URLSearchParams({
      token: puzzle.token,
      counter: String(counter),
      returnTo: puzzle.returnTo,
    });
    const verified = await this.post(puzzle.action, form);
    this.jar.take(verified.headers);
    return verified;
  }
}

describe('solving the challenge', () => {
  it('earns a pass cookie that leads back to the page asked for', async () => {
    const browser = new Browser('127.0.1.5', FIREFOX);
    const verified = await browser.solve('/login?next=%2Finbox');
    expect(verified.status).toBe(303);
    expect(verified.headers.location).toBe('/login?next=%2Finbox');
    const setCookie = verified.headers['set-cookie']?.join('\n') ?? '';
    expect(setCookie).toMatch(/^bw_pass=v2\./);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(browser.jar.get('bw_pass')).toBeDefined();

    const followed = await browser.get(verified.headers.location ?? '/');
    expect(followed.status).toBe(200);
    expect(followed.body).toContain('name="password"');
  });

  it('refuses a wrong answer with a page that says so', async () => {
    const browser = new Browser('127.0.1.9', FIREFOX);
    const challenged = await browser.get('/inbox');
    const puzzle = puzzleFromPage(challenged.body);
    expect(puzzle).toBeDefined();
    const correct = solvePuzzle(puzzle!);
    // The smallest solving counter is `correct`, so every smaller one fails the difficulty.
    const wrong = correct === 0 ? undefined : correct - 1;
    const form = new URLSearchParams({
      token: puzzle!.token,
      counter: String(wrong ?? 0),
      returnTo: puzzle!.returnTo,
    });
    if (wrong === undefined) form.set('token', `${puzzle!.token.slice(0, -2)}xx`);
    const refused = await browser.post(puzzle!.action, form);
    expect(refused.status).toBe(403);
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(refused.body).toContain('The check did not pass');
  });
});

describe('the pass is bound to its client', () => {
  it('works across the same /24 but not from another /24 or another browser', async () => {
    const browser = new Browser('127.0.1.20', FIREFOX);
    expect((await browser.solve('/login')).status).toBe(303);

    const neighbour = new Browser('127.0.1.21', FIREFOX);
    expect((await neighbour.get('/login', browser.jar)).status).toBe(200);

    const elsewhere = new Browser('127.0.2.20', FIREFOX);
    const fromElsewhere = await elsewhere.get('/login', browser.jar);
    expect(fromElsewhere.status).toBe(403);
    expect(puzzleFromPage(fromElsewhere.body)).toBeDefined();

    const otherBrowser = new Browser('127.0.1.20', CHROME);
    const fromOtherBrowser = await otherBrowser.get('/login', browser.jar);
    expect(fromOtherBrowser.status).toBe(403);
    expect(puzzleFromPage(fromOtherBrowser.body)).toBeDefined();
  });

  it('does not accept a puzzle solved for another network', async () => {
    const browser = new Browser('127.0.1.30', FIREFOX);
    const challenged = await browser.get('/login');
    const puzzle = puzzleFromPage(challenged.body)!;
    const form = new URLSearchParams({
      token: puzzle.token,
      counter: String(solvePuzzle(puzzle)),
      returnTo: puzzle.returnTo,
    });
    const thief = new Browser('127.0.2.30', FIREFOX);
    const answer = await thief.post(puzzle.action, form);
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });
});

describe('the verified budget', () => {
  it('answers 429 with Retry-After once a verified client exceeds its own burst', async () => {
    const browser = new Browser('127.0.1.40', FIREFOX);
    expect((await browser.solve('/login')).status).toBe(303);
    const statuses: number[] = [];
    let limited: Answer | undefined;
    for (let i = 0; i < VERIFIED_BURST + 3 && limited === undefined; i++) {
      const answer = await browser.get('/login');
      statuses.push(answer.status);
      if (answer.status === 429) limited = answer;
    }
    const passed = statuses.filter((s) => s === 200).length;
    expect(passed).toBeGreaterThanOrEqual(VERIFIED_BURST);
    expect(passed).toBeLessThanOrEqual(VERIFIED_BURST + 1);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // Another verified client has a budget of its own.
    const other = new Browser('127.0.1.41', CHROME);
    expect((await other.solve('/login')).status).toBe(303);
    expect((await other.get('/login')).status).toBe(200);
  });
});

describe('the challenge page', () => {
  let challenged: Answer;

  beforeAll(async () => {
    challenged = await new Browser('127.0.1.50', FIREFOX).get('/inbox');
  });

  it('explains itself to a browser without JavaScript and says when to come back', () => {
    expect(challenged.status).toBe(403);
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/i.exec(challenged.body);
    expect(noscript?.[1]).toMatch(/JavaScript/);
    expect(noscript?.[1]).toMatch(/try again/i);
    expect(Number(challenged.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(challenged.headers['cache-control']).toContain('no-store');
  });

  it('loads nothing from anywhere else', () => {
    const body = challenged.body;
    expect(body).not.toMatch(/\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(body).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
    expect(body).not.toMatch(/@import/i);
    expect(body).not.toMatch(/https?:\/\//i);
    expect(challenged.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });
});
