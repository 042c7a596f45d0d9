// The drill's target: parsed, resolved, and refused unless every address it resolves to is loopback.
// The drill connects to the resolved address it checked, never to the name again.

import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isLoopbackAddress } from '../net/loopback.js';

/** A target outside loopback, or one that cannot be checked. The CLI exits with code 2. */
export class TargetRefused extends Error {
  readonly exitCode = 2;
}

export interface DrillTarget {
  /** The URL as given, normalised. */
  url: URL;
  /** The loopback address the drill connects to. */
  address: string;
  family: 4 | 6;
  port: number;
  tls: boolean;
  /** Value of the Host header (and :authority): the URL's host. */
  host: string;
  /** Origin to connect to: scheme, the resolved address and the port. */
  connectOrigin: string;
  /** TLS server name (SNI) when the host is a name, not an address. */
  servername: string | undefined;
}

const LOOKUP_TIMEOUT_MS = 5_000;

/** Parses and resolves `text`, refusing anything that is not an http(s) URL on loopback. */
export async function resolveLoopbackTarget(
  text: string,
  resolve: (host: string) => Promise<string[]> = lookupAll,
): Promise<DrillTarget> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetRefused(`--target: expected an http:// or https:// URL, found '${text}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TargetRefused(
      `--target: expected an http:// or https:// URL, found '${url.protocol}' in '${text}'`,
    );
  }
  if (url.username || url.password)
    throw new TargetRefused('--target: credentials in the URL are not accepted');
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = isIP(hostname) !== 0;
  let addresses: string[];
  if (literal) addresses = [hostname];
  else {
    try {
      addresses = await resolve(hostname);
    } catch (error) {
      throw new TargetRefused(
        `--target: cannot resolve '${hostname}' (${(error as Error).message}); the drill only runs against loopback`,
      );
    }
  }
  const outside = addresses.filter((a) => !isLoopbackAddress(a));
  if (addresses.length === 0 || outside.length > 0) {
    const shown = outside.length > 0 ? outside.join(', ') : 'no address';
    const what = literal ? `--target ${url.host} is` : `--target ${url.host} resolves to ${shown},`;
    throw new TargetRefused(
      `${what} outside loopback: the drill only runs against this machine (127.0.0.0/8 or ::1)`,
    );
  }
  const chosen = unmapped(addresses.find((a) => isIP(unmapped(a)) === 4) ?? addresses[0]);
  const family = isIP(chosen) === 4 ? 4 : 6;
  const tls = url.protocol === 'https:';
  const port = url.port ? Number(url.port) : tls ? 443 : 80;
  const shown = family === 6 ? `[${chosen}]` : chosen;
  return {
    url,
    address: chosen,
    family,
    port,
    tls,
    host: url.host,
    connectOrigin: `${url.protocol}//${shown}:${port}`,
    servername: literal ? undefined : hostname,
  };
}

async function lookupAll(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('lookup timed out')), LOOKUP_TIMEOUT_MS);
  });
  try {
    const found = await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
    return found.map((entry) => entry.address);
  } finally {
    clearTimeout(timer);
  }
}

/** '::ffff:127.0.0.1' and '::ffff:7f00:1' become '127.0.0.1'; other addresses are returned as they are. */
function unmapped(address: string): string {
  const lower = address.toLowerCase();
  if (!lower.startsWith('::ffff:')) return address;
  const rest = lower.slice(7);
  if (isIP(rest) === 4) return rest;
  const groups = rest.split(':');
  if (groups.length !== 2) return address;
  const [high, low] = groups.map((g) => Number.parseInt(g, 16));
  if (!(high >= 0 && high <= 0xffff && low >= 0 && low <= 0xffff)) return address;
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
