// The challenge page: its headers and CSP hashes, size, accessibility landmarks, escaping, and reading back.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Challenge } from './challenge.js';
import { puzzleFromPage } from './page-reader.js';

const challenge = new Challenge({
  secret: Buffer.alloc(32, 1),
  defaultDifficulty: 16,
  passTtlMs: 3_600_000,
  secureCookie: false,
});
const hostile = '/search?q="><script>alert(1)</script>&x=\'&amp;';
const page = challenge.page({ prefix: '2001:db8::/48', userAgent: 'UA', returnTo: hostile });

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inner = (tag: string) =>
  [...page.body.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);

describe('challenge page', () => {
  it('is a 403 that must not be cached, with Retry-After', () => {
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('allows its one inline script and style by hash, and nothing else', () => {
    const csp = page.headers['content-security-policy'];
    const scripts = inner('script');
    const styles = inner('style');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`script-src ${sha256(scripts[0])};`);
    expect(csp).toContain(`style-src ${sha256(styles[0])};`);
    for (const part of [
      "default-src 'none'",
      'worker-src blob:',
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(part);
    }
    expect(page.body).not.toMatch(/\b(src|href)=/);
  });

  it('is small and explains itself to people and screen readers', () => {
    expect(Buffer.byteLength(page.body)).toBeLessThan(6 * 1024);
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('name="viewport"');
    expect(page.body).toContain('nothing to click');
    expect(page.body).toMatch(/<p id="bw-status" role="status" aria-live="polite">/);
    expect(page.body).toMatch(/<noscript>.*JavaScript.*try again in a few minutes.*<\/noscript>/);
  });

  it('escapes returnTo and reads back the same values', () => {
    expect(page.body).not.toContain('<script>alert');
    const puzzle = puzzleFromPage(page.body);
    expect(puzzle).toMatchObject({ returnTo: hostile, difficulty: 16, action: challenge.verifyPath });
    expect(puzzle?.token).toMatch(/^[A-Za-z0-9_-]{48}\.[A-Za-z0-9_-]{43}$/);
  });

  it('issues a fresh puzzle each time', () => {
    const again = challenge.page({ prefix: '2001:db8::/48', userAgent: 'UA', returnTo: '/' });
    expect(puzzleFromPage(again.body)?.token).not.toBe(puzzleFromPage(page.body)?.token);
  });

  it('is not mistaken for in pages that are not challenges', () => {
    expect(
      puzzleFromPage('<html><form action="/login"><input name="token" value="x"></form></html>'),
    ).toBeUndefined();
  });
});
