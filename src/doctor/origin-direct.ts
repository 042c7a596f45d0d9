// Check: an origin that others can reach without going through the gateway. Where it can tell: an
// origin configured on loopback whose port also answers on this machine's other addresses listens on
// every interface. An origin elsewhere on the network is only named, since who may reach it depends on
// firewalls this machine cannot see.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { isLoopback } from '../config/control-plane-section.js';
import type { Check, Finding } from './finding.js';

const CONNECT_TIMEOUT_MS = 1_000;

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: CONNECT_TIMEOUT_MS });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

export const originDirect: Check = async ({ config, otherAddresses }) => {
  const findings: Finding[] = [];
  for (const upstream of config.upstreams) {
    const url = new URL(upstream);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    if (!isLoopback(host)) {
      findings.push({
        id: 'origin-on-network',
        severity: 'info',
        title: `the origin ${upstream} is on the network`,
        why: 'whoever reaches it directly goes around every defence; from here doctor cannot tell who can',
        fix: `let a firewall admit connections to ${host}:${port} from the gateways' addresses only`,
      });
      continue;
    }
    for (const address of otherAddresses()) {
      if (!(await answers(address, port))) continue;
      findings.push({
        id: 'origin-reachable-directly',
        severity: 'high',
        title: `the origin ${upstream} also answers at ${address.includes(':') ? `[${address}]` : address}:${port}`,
        why: 'it listens on every interface, so clients can reach it without the gateway and skip every defence',
        fix: `bind the origin to ${host} only, or firewall port ${port} from outside`,
      });
      break;
    }
  }
  return findings;
};

/** This machine's addresses other than loopback. */
export const interfaceAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && !a.address.startsWith('fe80:'))
    .map((a) => (a as { address: string }).address);
