// The browser challenge: issues proof-of-work pages, verifies posted solutions, and recognises pass cookies.
// Stateless: everything it needs is in HMAC-signed tokens and cookies, so gateways sharing a secret agree.
import { timingSafeEqual } from 'node:crypto';
import { clientBinding } from './binding.js';
import { clientIdFor } from './client-id.js';
import { escapeHtml } from './html.js';
import { type ChallengeKeys, deriveKeys } from './keys.js';
import { challengeHeaders, challengeHtml } from './page.js';
import { cookieValue, passValue, readPass, setCookieHeader } from './pass-cookie.js';
import { issueToken, openToken } from './puzzle-token.js';
import { refusal } from './refusal-page.js';
import { isSameOriginPath } from './return-to.js';
import { readSolution } from './solution-form.js';
import { MAX_DIFFICULTY, MIN_DIFFICULTY, workDone } from './work.js';

export interface ChallengeOptions {
  /** HMAC key (>= 32 bytes), persisted by the caller and shared by every gateway that must agree. */
  secret: Buffer;
  /** The key before the last rotation: its passes and puzzles are still accepted; new ones use `secret`. */
  previousSecret?: Buffer;
  /** Clock in milliseconds since the epoch; Date.now by default. */
  now?: () => number;
  /** Leading zero bits of SHA-256 the client must find, 1 to 32; 16 is about 65k hashes. */
  defaultDifficulty: number;
  /** How long the pass cookie is valid, in milliseconds. */
  passTtlMs: number;
  /** How long an issued puzzle may be solved, in milliseconds; 5 minutes by default. */
  puzzleTtlMs?: number;
  /** Name of the pass cookie; 'bw_pass' by default. A '__Host-' name needs secureCookie. */
  cookieName?: string;
  /** Add Secure to the pass cookie: set it when the gateway is served over TLS. */
  secureCookie: boolean;
}

export interface ChallengeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface VerifyResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

const DEFAULT_PUZZLE_TTL_MS = 5 * 60_000;
/** Puzzles stamped this far in the future still count: gateways sharing a secret may disagree on time. */
const CLOCK_SKEW_MS = 30_000;
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Status choice: the challenge page is a 403. The request is refused until the client proves itself,
 * which is not a rate limit (429 invites blind automatic retries from clients that cannot run the
 * check) nor an outage (503). Retry-After still tells such clients when trying again is worthwhile.
 *
 * Replay: a solved puzzle is not remembered, so it can be redeemed again while it is fresh (puzzleTtlMs)
 * from the same prefix and user agent. Every redemption yields the same client id, so replays buy no
 * additional rate budget at the gateway.
 */
export class Challenge {
  /** Path the page posts its solution to; the gateway routes it here and never forwards it. */
  readonly verifyPath = '/.well-known/breakwater/verify';
  private readonly keys: ChallengeKeys;
  /** The keys passes and puzzles are checked with: the current ones first, then the previous ones. */
  private readonly keyring: ChallengeKeys[];
  private readonly now: () => number;
  private readonly defaultDifficulty: number;
  private readonly passTtlMs: number;
  private readonly puzzleTtlMs: number;
  private readonly cookieName: string;
  private readonly secureCookie: boolean;

  constructor(opts: ChallengeOptions) {
    this.keys = deriveKeys(opts.secret);
    this.keyring = opts.previousSecret ? [this.keys, deriveKeys(opts.previousSecret)] : [this.keys];
    this.now = opts.now ?? Date.now;
    this.defaultDifficulty = checkedDifficulty(opts.defaultDifficulty);
    this.passTtlMs = checkedDuration('passTtlMs', opts.passTtlMs);
    this.puzzleTtlMs = checkedDuration('puzzleTtlMs', opts.puzzleTtlMs ?? DEFAULT_PUZZLE_TTL_MS);
    this.cookieName = opts.cookieName ?? 'bw_pass';
    this.secureCookie = opts.secureCookie;
    if (!COOKIE_NAME.test(this.cookieName)) {
      throw new RangeError(
        `cookieName: expected cookie-name characters only, found ${JSON.stringify(this.cookieName)}`,
      );
    }
    if (this.cookieName.startsWith('__Host-') && !this.secureCookie) {
      throw new RangeError(
        `cookieName: browsers drop a '__Host-' cookie without Secure; set secureCookie or rename it`,
      );
    }
  }

  /**
   * Returns the verified-client id from a valid pass cookie bound to this prefix and user agent, earned on
   * a puzzle at least as hard as `difficulty` asks (the default difficulty when not given), else undefined.
   */
  passFrom(
    cookieHeader: string | undefined,
    prefix: string,
    userAgent: string,
    difficulty?: number,
  ): string | undefined {
    if (!cookieHeader) return undefined;
    const value = cookieValue(cookieHeader, this.cookieName);
    if (value === undefined) return undefined;
    const at = this.now();
    const pass = this.keyring
      .map((keys) => readPass(keys.pass, value, { prefix, userAgent, now: at }))
      .find((read) => read !== undefined);
    if (pass === undefined || pass.difficulty < clampedDifficulty(difficulty, this.defaultDifficulty))
      return undefined;
    return pass.clientId;
  }

  /** The challenge page for a browser request (403, see the class comment). An unsafe returnTo becomes '/'. */
  page(input: {
    prefix: string;
    userAgent: string;
    returnTo: string;
    difficulty?: number;
  }): ChallengeResponse {
    const difficulty = clampedDifficulty(input.difficulty, this.defaultDifficulty);
    const token = issueToken(this.keys.puzzle, {
      issuedAt: this.now(),
      difficulty,
      binding: clientBinding(this.keys.binding, input.prefix, input.userAgent),
    });
    const returnTo = this.isReturnTarget(input.returnTo) ? input.returnTo : '/';
    return {
      status: 403,
      headers: challengeHeaders(),
      body: challengeHtml({ action: this.verifyPath, token, difficulty, returnTo }),
    };
  }

  /** Handles a POST to verifyPath: 303 to returnTo with the pass cookie, or 400/403 with a short page. */
  verify(input: {
    prefix: string;
    userAgent: string;
    body: Buffer;
    contentType: string | undefined;
  }): VerifyResponse {
    const solution = readSolution(input.body, input.contentType);
    if (typeof solution === 'string') return refusal(400, solution, '/');
    const { token, counter, returnTo } = solution;
    if (!this.isReturnTarget(returnTo))
      return refusal(400, 'The page to return to is not on this site.', '/');
    const issuer = this.keyring.find((keys) => openToken(keys.puzzle, token) !== undefined);
    const puzzle = issuer && openToken(issuer.puzzle, token);
    if (!issuer || !puzzle) {
      return refusal(403, 'The puzzle was not one this site issued, or it was altered.', returnTo);
    }
    const now = this.now();
    if (puzzle.issuedAt > now + CLOCK_SKEW_MS || now - puzzle.issuedAt > this.puzzleTtlMs) {
      return refusal(403, 'The puzzle expired before its answer arrived.', returnTo);
    }
    const binding = clientBinding(issuer.binding, input.prefix, input.userAgent);
    if (!timingSafeEqual(binding, puzzle.binding)) {
      return refusal(403, 'The puzzle was given to a different network or browser.', returnTo);
    }
    if (workDone(token, counter) < puzzle.difficulty) {
      return refusal(403, 'The answer to the puzzle was not correct.', returnTo);
    }
    const clientId = clientIdFor(this.keys.client, puzzle.nonce);
    const value = passValue(this.keys.pass, {
      prefix: input.prefix,
      userAgent: input.userAgent,
      clientId,
      expiresAt: now + this.passTtlMs,
      difficulty: puzzle.difficulty,
    });
    return {
      status: 303,
      headers: {
        location: returnTo,
        'set-cookie': setCookieHeader(this.cookieName, value, {
          maxAgeSeconds: Math.max(1, Math.floor(this.passTtlMs / 1000)),
          secure: this.secureCookie,
        }),
        'cache-control': 'no-store',
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      },
      body: `<!doctype html>\n<html lang="en"><title>Check passed</title><p>Check passed. <a href="${escapeHtml(returnTo)}">Continue</a>.</p></html>\n`,
    };
  }

  /** A same-origin path that does not lead back into the challenge itself. */
  private isReturnTarget(path: string): boolean {
    return isSameOriginPath(path) && !path.startsWith(this.verifyPath);
  }
}

function checkedDifficulty(value: number): number {
  if (!Number.isInteger(value) || value < MIN_DIFFICULTY || value > MAX_DIFFICULTY) {
    throw new RangeError(
      `defaultDifficulty: expected an integer from ${MIN_DIFFICULTY} to ${MAX_DIFFICULTY} (leading zero bits), found ${value}`,
    );
  }
  return value;
}

function clampedDifficulty(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(MAX_DIFFICULTY, Math.max(MIN_DIFFICULTY, Math.round(value)));
}

function checkedDuration(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name}: expected a positive number of milliseconds, found ${value}`);
  }
  return value;
}
