// A small parser for IPv4/IPv6 addresses and CIDR blocks, used to check `trustedProxies` entries.
// Addresses become byte arrays (4 or 16 bytes); a block's address must be the first of its block.

/** Four bytes for an IPv4 address (dotted decimal, no leading zeros), otherwise undefined. */
export function parseIPv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    bytes[i] = Number(part);
  }
  return bytes;
}

/** Sixteen bytes for an IPv6 address (with `::` and an optional dotted IPv4 tail), otherwise undefined. */
export function parseIPv6(text: string): Uint8Array | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = readGroups(halves[0]);
  const tail = halves.length === 2 ? readGroups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const count = head.length + tail.length;
  if (halves.length === 2 ? count > 7 : count !== 8) return undefined;
  const groups = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, group] of groups.entries()) {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  }
  return bytes;
}

/** 16-bit groups of one side of `::`; a trailing dotted IPv4 counts as two groups. */
function readGroups(side: string): number[] | undefined {
  if (side === '') return [];
  const parts = side.split(':');
  const groups: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIPv4(part);
      if (!v4) return undefined;
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/** The bytes of an IPv4 or IPv6 address, otherwise undefined. */
export function parseAddress(text: string): Uint8Array | undefined {
  return text.includes(':') ? parseIPv6(text) : parseIPv4(text);
}

export interface Block {
  address: Uint8Array;
  prefix: number;
}

/**
 * Reads an address ('203.0.113.7', '2001:db8::1') or a block ('10.0.0.0/8', '2001:db8::/32').
 * Returns the block, or a sentence saying what is wrong.
 */
export function readBlock(text: string): Block | { problem: string } {
  const [addressText, prefixText, extra] = text.trim().split('/');
  const address = parseAddress(addressText);
  if (extra !== undefined || !address) {
    return { problem: 'an IP address or CIDR block such as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32' };
  }
  const bits = address.length * 8;
  if (prefixText === undefined) return { address, prefix: bits };
  if (!/^(0|[1-9]\d*)$/.test(prefixText) || Number(prefixText) > bits) {
    return { problem: `a CIDR block whose prefix length is from 0 to ${bits}` };
  }
  const prefix = Number(prefixText);
  const network = maskTo(address, prefix);
  if (!network.every((byte, i) => byte === address[i])) {
    return {
      problem: `a CIDR block that starts at its network address, such as ${formatAddress(network)}/${prefix}`,
    };
  }
  return { address, prefix };
}

/** The first address of the block of `prefix` bits that holds `address`. */
function maskTo(address: Uint8Array, prefix: number): Uint8Array {
  const network = new Uint8Array(address.length);
  for (let bit = 0; bit < prefix; bit++) {
    network[bit >> 3] |= address[bit >> 3] & (0x80 >> (bit & 7));
  }
  return network;
}

/** Dotted decimal for 4 bytes; for 16 bytes, hex groups with the longest run of zero groups as `::`. */
export function formatAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[i * 2] << 8) | bytes[i * 2 + 1]).toString(16));
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; i++) {
    let length = 0;
    while (i + length < 8 && groups[i + length] === '0') length++;
    if (length > best.length && length > 1) best = { start: i, length };
  }
  if (best.start < 0) return groups.join(':');
  const head = groups.slice(0, best.start).join(':');
  const tail = groups.slice(best.start + best.length).join(':');
  return `${head}::${tail}`;
}
