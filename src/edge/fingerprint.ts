// A cheap client fingerprint: header-name order, user-agent family and protocol, hashed without
// allocating. Clients built by the same tool share it; it names no one, it only groups.

/** Coarse user-agent families; a flood tool rarely mimics a browser's header order as well. */
export function userAgentFamily(ua: string | undefined): string {
  if (!ua) return 'none';
  if (ua.includes('Firefox/')) return 'firefox';
  if (ua.includes('Edg/')) return 'edge';
  if (ua.includes('Chrome/')) return 'chrome';
  if (ua.includes('Safari/')) return 'safari';
  if (ua.startsWith('curl/')) return 'curl';
  if (ua.startsWith('Wget/')) return 'wget';
  if (ua.includes('python')) return 'python';
  if (ua.startsWith('Go-http-client')) return 'go';
  if (ua.includes('node') || ua.startsWith('undici')) return 'node';
  if (ua.includes('bot') || ua.includes('Bot')) return 'bot';
  return 'other';
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32; // header names are case-insensitive
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return Math.imul(h ^ 0x2c, FNV_PRIME);
}

/**
 * Fingerprint of a request: 8 hex digits. `rawHeaders` is Node's flat [name, value, …] list;
 * `protocol` is e.g. 'h1', 'h1-tls', 'h2'.
 */
export function fingerprintOf(
  rawHeaders: readonly string[],
  userAgent: string | undefined,
  protocol: string,
): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    if (name.charCodeAt(0) === 58) continue; // HTTP/2 pseudo-headers are fixed by the protocol
    h = mix(h, name);
  }
  h = mix(h, userAgentFamily(userAgent));
  h = mix(h, protocol);
  return (h >>> 0).toString(16).padStart(8, '0');
}
