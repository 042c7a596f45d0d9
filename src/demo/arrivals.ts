// Requests the demo origin received, counted on arrival by the client's source range, so a benchmark
// can tell how much of an attack got past the proxy in front: the client is the leftmost
// X-Forwarded-For entry when a proxy added one, else the socket's peer.
import type { IncomingMessage } from 'node:http';
import { isIPv4 } from 'node:net';

/** Distinct ranges counted by name; requests from any further range are counted under OTHER. */
export const MAX_RANGES = 256;
/** The bucket for ranges past MAX_RANGES and for addresses that are not IPv4. */
export const OTHER = 'other';

const MAPPED_IPV4 = '::ffff:';

/** The client's address as the origin can know it: the leftmost X-Forwarded-For entry, else the peer. */
export function clientAddress(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',', 1)[0].trim();
  return first || (req.socket.remoteAddress ?? '');
}

/** `a.b` of an IPv4 address (plain or IPv4-mapped IPv6), e.g. '127.3' for 127.3.0.1; OTHER for the rest. */
export function sourceRange(address: string): string {
  const v4 = address.startsWith(MAPPED_IPV4) ? address.slice(MAPPED_IPV4.length) : address;
  if (!isIPv4(v4)) return OTHER;
  return v4.slice(0, v4.indexOf('.', v4.indexOf('.') + 1));
}

/** Request counts by source range, at most MAX_RANGES of them plus OTHER. */
export class Arrivals {
  private readonly counts = new Map<string, number>();

  count(req: IncomingMessage): void {
    const range = sourceRange(clientAddress(req));
    const key = this.counts.has(range) || this.counts.size < MAX_RANGES ? range : OTHER;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  byRange(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
