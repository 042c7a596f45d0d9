// Where each side of a matrix case sends from. The attack takes the shape of its spread anywhere in
// 127.0.0.0/8 outside two /16s: 127.0 (the harness, proxies' health checks) and the legitimate range
// 127.3, where the long-standing browsers and app clients keep the same addresses from case to case and
// new visitors get fresh ones. Neighbours sit inside the attack's own /24s. The origin counts arrivals by
// /16, so only the neighbours share a /16 with the attack; the run subtracts what they brought.

import { mulberry32 } from '../seeded-random.js';
import { type MatrixCase, shuffle } from './matrix-shapes.js';
import { SOURCE_RANGES } from './sources.js';

export interface CaseAddresses {
  attack: string[];
  browsers: string[];
  app: string[];
  /** One fresh address per new visitor the case can bring. */
  visitors: string[];
  neighbours: string[];
  /** The /16s the attack sends from, as the origin's counters name them ('127.42'). */
  attackRanges: string[];
}

const LEGIT = SOURCE_RANGES.legit;
/** Second octets no attack uses. */
const KEPT_OUT = new Set([0, LEGIT]);
const ATTACK_OCTETS = Array.from({ length: 256 }, (_, i) => i).filter((i) => !KEPT_OUT.has(i));
/** Long-standing legitimate clients: browsers in 127.3.0.0/24, app clients in 127.3.1.0/24. */
const BROWSER_BLOCK = 0;
const APP_BLOCK = 1;
/** New visitors come from 127.3.16.0 to 127.3.255.255, at random. */
const FIRST_VISITOR_BLOCK = 16;

export function caseAddresses(c: MatrixCase, visitorCount: number): CaseAddresses {
  const random = mulberry32(c.seed ^ 0x5eed);
  const below = (n: number) => Math.floor(random() * n);
  const used = new Set<string>();
  const take = (address: string): boolean => {
    if (used.has(address)) return false;
    used.add(address);
    return true;
  };
  const host = () => 1 + below(254);
  const attack: string[] = [];
  if (c.spread === 'one-/24') {
    const prefix = `127.${ATTACK_OCTETS[below(ATTACK_OCTETS.length)]}.${below(256)}`;
    for (const h of shuffle(hosts(254), random).slice(0, c.sources)) attack.push(`${prefix}.${h + 1}`);
    for (const a of attack) used.add(a);
  } else {
    const octets =
      c.spread === 'few-/16s' ? shuffle([...ATTACK_OCTETS], random).slice(0, 2 + below(3)) : ATTACK_OCTETS;
    // scattered: at most one address per /24
    const blocks = new Set<string>();
    while (attack.length < c.sources) {
      const block = `127.${octets[below(octets.length)]}.${below(256)}`;
      if (c.spread === 'scattered' && blocks.has(block)) continue;
      blocks.add(block);
      const address = `${block}.${host()}`;
      if (take(address)) attack.push(address);
    }
  }
  const neighbours: string[] = [];
  for (let i = 0; neighbours.length < c.legit.neighbours; i++) {
    const block = attack[i % attack.length].slice(0, attack[i % attack.length].lastIndexOf('.'));
    const address = `${block}.${host()}`;
    if (take(address)) neighbours.push(address);
  }
  const visitors: string[] = [];
  while (visitors.length < visitorCount) {
    const address = `127.${LEGIT}.${FIRST_VISITOR_BLOCK + below(256 - FIRST_VISITOR_BLOCK)}.${host()}`;
    if (take(address)) visitors.push(address);
  }
  return {
    attack,
    browsers: Array.from({ length: c.legit.browsers }, (_, i) => `127.${LEGIT}.${BROWSER_BLOCK}.${i + 1}`),
    app: Array.from({ length: c.legit.appClients }, (_, i) => `127.${LEGIT}.${APP_BLOCK}.${i + 1}`),
    visitors,
    neighbours,
    attackRanges: [...new Set(attack.map((a) => a.slice(0, a.indexOf('.', 4))))],
  };
}

/** 0..n-1. */
function hosts(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
