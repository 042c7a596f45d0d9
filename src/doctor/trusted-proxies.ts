// Check: trusted proxies wider than a proxy needs. Every address in them may write X-Forwarded-For, so
// a client inside a wide block chooses the address Breakwater judges it by, and slips every decision.
import { parseCidr } from '../net/ip.js';
import type { Check, Finding } from './finding.js';

/** Wider than this many addresses is more than a proxy pool. */
const IPV4_WIDEST = 24;
const IPV6_WIDEST = 64;

export const trustedProxies: Check = async ({ config }) => {
  const findings: Finding[] = [];
  for (const entry of config.trustedProxies) {
    const block = parseCidr(entry.includes('/') ? entry : `${entry}/${entry.includes(':') ? 128 : 32}`);
    if (block === null) continue;
    const widest = block.family === 4 ? IPV4_WIDEST : IPV6_WIDEST;
    if (block.prefixLength >= widest) continue;
    findings.push({
      id: 'trusted-proxies-wide',
      severity: block.prefixLength === 0 ? 'high' : block.prefixLength < widest / 2 ? 'high' : 'medium',
      title: `trustedProxies holds ${block.text}, ${block.prefixLength === 0 ? 'every address' : 'a wide block'}`,
      why: 'any client in it may set X-Forwarded-For and be judged as any address it likes, so no decision about it holds',
      fix: `list only your proxies' own addresses (a /${widest} or narrower per pool) in trustedProxies`,
    });
  }
  return findings;
};
