// Address parsing for the hot path: IPv4, IPv6 and IPv4-mapped IPv6 text to numbers, canonical text,
// CIDR prefixes and the client prefix (/24, /48). IPv4 is a uint32; IPv6 is four big-endian uint32 words.

export interface IPv4Address {
  readonly family: 4;
  /** The address as an unsigned 32-bit integer. */
  readonly bits: number;
}

export interface IPv6Address {
  readonly family: 6;
  /** Four big-endian 32-bit words, most significant first. */
  readonly bits: Uint32Array;
}

export type ParsedAddress = IPv4Address | IPv6Address;

export interface IPv4Cidr extends IPv4Address {
  readonly prefixLength: number;
  /** Canonical text, host bits zeroed: `203.0.113.0/24`. */
  readonly text: string;
}

export interface IPv6Cidr extends IPv6Address {
  readonly prefixLength: number;
  /** Canonical text, host bits zeroed: `2001:db8::/48`. */
  readonly text: string;
}

export type ParsedCidr = IPv4Cidr | IPv6Cidr;

export type CidrCheck = { ok: true; cidr: ParsedCidr } | { ok: false; error: string };

/** Prefix lengths that group one client's addresses: its /24 (IPv4) or /48 (IPv6). */
export const IPV4_CLIENT_PREFIX = 24;
export const IPV6_CLIENT_PREFIX = 48;

/** Longest valid IPv6 text: six full groups and a dotted IPv4 tail. */
const MAX_IPV6_TEXT = 45;

/** Scratch for 16-bit groups while parsing IPv6; parsing is synchronous, so one buffer serves all calls. */
const groups = new Uint16Array(8);

/** What `readIPv4Key` returns for text that is not IPv4; no int32 equals it. */
export const NOT_IPV4 = 2 ** 32;

/**
 * Parses dotted-quad IPv4 in `s[start, end)` to a uint32, or returns -1. Exactly four decimal parts,
 * each 0-255 with no leading zeros (`010.0.0.1` is ambiguous, so it is refused). Allocates nothing.
 */
export function parseIPv4(s: string, start = 0, end = s.length): number {
  const key = scanIPv4(s, start, end);
  return key === NOT_IPV4 ? -1 : key >>> 0;
}

/**
 * The IPv4 address in `s` as a uint32, also from the IPv4-mapped form `::ffff:a.b.c.d` that Node reports
 * on dual-stack sockets; -1 for anything else (including other IPv6). Allocates nothing.
 */
export function readIPv4(s: string): number {
  const key = readIPv4Key(s);
  return key === NOT_IPV4 ? -1 : key >>> 0;
}

/**
 * As `readIPv4`, but the address comes back as a signed int32 (`bits | 0`) and anything else as NOT_IPV4.
 * An int32 is held unboxed, so hot paths that pass the address between functions allocate nothing.
 */
export function readIPv4Key(s: string): number {
  if (s.length > 7 && s.charCodeAt(0) === 58 && isMappedPrefixText(s)) return scanIPv4(s, 7, s.length);
  return scanIPv4(s, 0, s.length);
}

/** The address as a signed int32, or NOT_IPV4. */
function scanIPv4(s: string, start: number, end: number): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 1 && part === 0) return NOT_IPV4;
      part = part * 10 + (c - 48);
      if (part > 255) return NOT_IPV4;
      digits++;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return NOT_IPV4;
      value = (value << 8) | part;
      part = 0;
      digits = 0;
      dots++;
    } else {
      return NOT_IPV4;
    }
  }
  if (digits === 0 || dots !== 3) return NOT_IPV4;
  return (value << 8) | part;
}

function isMappedPrefixText(s: string): boolean {
  return (
    s.charCodeAt(1) === 58 &&
    (s.charCodeAt(2) | 32) === 102 &&
    (s.charCodeAt(3) | 32) === 102 &&
    (s.charCodeAt(4) | 32) === 102 &&
    (s.charCodeAt(5) | 32) === 102 &&
    s.charCodeAt(6) === 58
  );
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/**
 * Parses IPv6 text (any `::` compression, optional dotted IPv4 tail) into four words in `out`.
 * Zone ids (`fe80::1%eth0`), brackets and IPv4 text are refused. Returns false when invalid; `out` is
 * then unspecified. Allocates nothing.
 */
export function parseIPv6Into(s: string, out: Uint32Array, start = 0, end = s.length): boolean {
  if (end - start < 2 || end - start > MAX_IPV6_TEXT) return false;
  let n = 0;
  let compressAt = -1;
  let i = start;
  if (s.charCodeAt(i) === 58) {
    if (s.charCodeAt(i + 1) !== 58) return false;
    compressAt = 0;
    i += 2;
  }
  while (i < end) {
    const groupStart = i;
    let value = 0;
    while (i < end) {
      const h = hexValue(s.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      i++;
    }
    if (i < end && s.charCodeAt(i) === 46) {
      if (n > 6) return false;
      const v4 = parseIPv4(s, groupStart, end);
      if (v4 < 0) return false;
      groups[n++] = v4 >>> 16;
      groups[n++] = v4 & 0xffff;
      i = end;
      break;
    }
    const digits = i - groupStart;
    if (digits === 0 || digits > 4 || n === 8) return false;
    groups[n++] = value;
    if (i === end) break;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    if (i < end && s.charCodeAt(i) === 58) {
      if (compressAt >= 0) return false;
      compressAt = n;
      i++;
    } else if (i === end) {
      return false;
    }
  }
  if (compressAt >= 0) {
    if (n > 7) return false;
    const gap = 8 - n;
    for (let k = n - 1; k >= compressAt; k--) groups[k + gap] = groups[k];
    for (let k = compressAt; k < compressAt + gap; k++) groups[k] = 0;
  } else if (n !== 8) {
    return false;
  }
  for (let w = 0; w < 4; w++) out[w] = ((groups[2 * w] << 16) | groups[2 * w + 1]) >>> 0;
  return true;
}

/** True when the words hold an IPv4-mapped address (`::ffff:0:0/96`). */
export function isMappedIPv4(words: Uint32Array): boolean {
  return words[0] === 0 && words[1] === 0 && words[2] === 0xffff;
}

/** Parses an IPv4 or IPv6 address; an IPv4-mapped IPv6 address comes back as IPv4. Null when invalid. */
export function parseAddress(s: string): ParsedAddress | null {
  if (typeof s !== 'string') return null;
  const v4 = parseIPv4(s);
  if (v4 >= 0) return { family: 4, bits: v4 };
  const words = new Uint32Array(4);
  if (!parseIPv6Into(s, words)) return null;
  if (isMappedIPv4(words)) return { family: 4, bits: words[3] };
  return { family: 6, bits: words };
}

export function formatIPv4(bits: number): string {
  return `${bits >>> 24}.${(bits >>> 16) & 255}.${(bits >>> 8) & 255}.${bits & 255}`;
}

/** RFC 5952 text: lowercase, no leading zeros, the longest run of two or more zero groups as `::`. */
export function formatIPv6(words: Uint32Array): string {
  let bestStart = -1;
  let bestLength = 1;
  let runStart = -1;
  for (let g = 0; g <= 8; g++) {
    const zero = g < 8 && groupOf(words, g) === 0;
    if (zero) {
      if (runStart < 0) runStart = g;
    } else if (runStart >= 0) {
      if (g - runStart > bestLength) {
        bestStart = runStart;
        bestLength = g - runStart;
      }
      runStart = -1;
    }
  }
  let text = '';
  for (let g = 0; g < 8; g++) {
    if (g === bestStart) {
      text += '::';
      g += bestLength - 1;
      continue;
    }
    if (text.length > 0 && !text.endsWith(':')) text += ':';
    text += groupOf(words, g).toString(16);
  }
  return text;
}

function groupOf(words: Uint32Array, g: number): number {
  const word = words[g >>> 1];
  return g & 1 ? word & 0xffff : word >>> 16;
}

export function formatAddress(address: ParsedAddress): string {
  return address.family === 4 ? formatIPv4(address.bits) : formatIPv6(address.bits);
}

/** Canonical text of an address (dotted IPv4, RFC 5952 IPv6; mapped addresses as IPv4), or null. */
export function canonicalAddress(s: string): string | null {
  const address = parseAddress(s);
  return address === null ? null : formatAddress(address);
}

/** The uint32 with the top `length` bits of `bits` kept and the rest zeroed. */
export function maskIPv4(bits: number, length: number): number {
  if (length <= 0) return 0;
  if (length >= 32) return bits >>> 0;
  return (bits & (0xffffffff << (32 - length))) >>> 0;
}

/** A copy of the words with all bits past `length` zeroed. */
export function maskIPv6(words: Uint32Array, length: number): Uint32Array {
  const out = new Uint32Array(4);
  for (let w = 0; w < 4; w++) {
    const keep = length - w * 32;
    out[w] = keep >= 32 ? words[w] : keep <= 0 ? 0 : maskIPv4(words[w], keep);
  }
  return out;
}

function quoted(s: string): string {
  return `'${s.length > 64 ? `${s.slice(0, 61)}...` : s}'`;
}

/**
 * Parses `address/length` (or a bare address, taken as /32 or /128) with an error a person can act on.
 * Host bits are zeroed. An IPv4-mapped prefix of /96 or longer becomes the IPv4 prefix it maps.
 */
export function checkCidr(s: string): CidrCheck {
  if (typeof s !== 'string') return { ok: false, error: `expected an IP address or CIDR, found ${typeof s}` };
  const expected = `expected an IP address or CIDR, found ${quoted(s)}`;
  const slash = s.indexOf('/');
  const addressEnd = slash < 0 ? s.length : slash;
  let length = -1;
  if (slash >= 0) {
    const lengthText = s.slice(slash + 1);
    if (!/^(0|[1-9][0-9]{0,2})$/.test(lengthText)) {
      return { ok: false, error: `${expected}: the prefix length after '/' must be a whole number` };
    }
    length = Number(lengthText);
  }
  const v4 = parseIPv4(s, 0, addressEnd);
  if (v4 >= 0) {
    if (length > 32) return { ok: false, error: `${expected}: an IPv4 prefix length is 0 to 32` };
    return { ok: true, cidr: ipv4Cidr(v4, length < 0 ? 32 : length) };
  }
  const words = new Uint32Array(4);
  if (!parseIPv6Into(s, words, 0, addressEnd)) {
    const zone = s.lastIndexOf('%', addressEnd) >= 0 ? ': zone ids (%...) are not accepted' : '';
    return { ok: false, error: `${expected}${zone}` };
  }
  if (length > 128) return { ok: false, error: `${expected}: an IPv6 prefix length is 0 to 128` };
  if (length < 0) length = 128;
  if (isMappedIPv4(words) && length >= 96) return { ok: true, cidr: ipv4Cidr(words[3], length - 96) };
  const masked = maskIPv6(words, length);
  return {
    ok: true,
    cidr: { family: 6, bits: masked, prefixLength: length, text: `${formatIPv6(masked)}/${length}` },
  };
}

function ipv4Cidr(bits: number, length: number): IPv4Cidr {
  const masked = maskIPv4(bits, length);
  return { family: 4, bits: masked, prefixLength: length, text: `${formatIPv4(masked)}/${length}` };
}

/** Parses a CIDR prefix or bare address (see `checkCidr`); null when invalid. */
export function parseCidr(s: string): ParsedCidr | null {
  const check = checkCidr(s);
  return check.ok ? check.cidr : null;
}

/** Canonical CIDR text (`203.0.113.0/24`), or null when invalid. */
export function canonicalCidr(s: string): string | null {
  return parseCidr(s)?.text ?? null;
}

/** The client's /24 (IPv4) or /48 (IPv6) as canonical CIDR text, or null for an invalid address. */
export function clientPrefix(ip: string): string | null {
  const v4 = readIPv4(ip);
  if (v4 >= 0) return `${formatIPv4(maskIPv4(v4, IPV4_CLIENT_PREFIX))}/${IPV4_CLIENT_PREFIX}`;
  const address = parseAddress(ip);
  if (address === null) return null;
  if (address.family === 4)
    return `${formatIPv4(maskIPv4(address.bits, IPV4_CLIENT_PREFIX))}/${IPV4_CLIENT_PREFIX}`;
  return `${formatIPv6(maskIPv6(address.bits, IPV6_CLIENT_PREFIX))}/${IPV6_CLIENT_PREFIX}`;
}

/** True when the two prefixes share an address, that is when one contains the other. */
export function prefixesOverlap(a: ParsedCidr, b: ParsedCidr): boolean {
  if (a.family !== b.family) return false;
  const length = Math.min(a.prefixLength, b.prefixLength);
  if (a.family === 4) return maskIPv4(a.bits, length) === maskIPv4(b.bits as number, length);
  const x = maskIPv6(a.bits, length);
  const y = maskIPv6(b.bits as Uint32Array, length);
  return x[0] === y[0] && x[1] === y[1] && x[2] === y[2] && x[3] === y[3];
}
