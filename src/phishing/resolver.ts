// The DNS resolver of the authentication checks: the servers `phishing.dns` names (the system's when
// empty), with a timeout on every query, answering as mailauth asks (records of one type for a name).
import { Resolver as DnsResolver } from 'node:dns/promises';
import type { HostPort } from '../config/host-port.js';
import type { Resolver } from './analysers/index.js';

export function dnsResolver(servers: readonly HostPort[], timeoutMs: number): Resolver {
  const dns = new DnsResolver({ timeout: timeoutMs, tries: 2 });
  if (servers.length > 0) {
    dns.setServers(
      servers.map((s) => (s.host.includes(':') ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`)),
    );
  }
  return (name, type) => dns.resolve(name, type as 'TXT') as Promise<unknown>;
}
