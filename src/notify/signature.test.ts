import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from './signature.js';

const SECRET = 'whsec-0123456789abcdef';
const BODY = '{"type":"incident.opened","id":"d-1"}';
const NOW = Date.parse('2026-11-27T00:30:00Z');

describe('webhook signatures', () => {
  it('carry the time and an HMAC-SHA256 of "<t>.<body>"', () => {
    expect(signBody(SECRET, BODY, NOW)).toMatch(new RegExp(`^t=${NOW / 1000},v1=[0-9a-f]{64}$`));
  });

  it('verify for the body, the secret and a recent time', () => {
    const header = signBody(SECRET, BODY, NOW);
    expect(verifySignature(header, BODY, SECRET, NOW + 60_000)).toBe(true);
  });

  it('do not verify a tampered body, another secret, or a malformed header', () => {
    const header = signBody(SECRET, BODY, NOW);
    expect(verifySignature(header, BODY.replace('opened', 'resolved'), SECRET, NOW)).toBe(false);
    expect(verifySignature(header, `${BODY} `, SECRET, NOW)).toBe(false);
    expect(verifySignature(header, BODY, 'whsec-another-secret-0', NOW)).toBe(false);
    expect(verifySignature('v1=abc', BODY, SECRET, NOW)).toBe(false);
    expect(verifySignature('', BODY, SECRET, NOW)).toBe(false);
  });

  it('refuse a replay: a signature older than the tolerance, or a timestamp changed to look recent', () => {
    const header = signBody(SECRET, BODY, NOW);
    expect(verifySignature(header, BODY, SECRET, NOW + 301_000)).toBe(false);
    const moved = header.replace(/^t=\d+/, `t=${(NOW + 301_000) / 1000}`);
    expect(verifySignature(moved, BODY, SECRET, NOW + 301_000)).toBe(false);
  });
});
