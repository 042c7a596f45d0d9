// Whether an address lies in a prefix, on the text the tally reports (`203.0.113.7` in `203.0.113.0/24`,
// `2001:db8::1` in `2001:db8::/48`), so a flood is blamed on an address or on its prefix, not both.

/** The address as 8 (IPv4) or 16 (IPv6) bytes, or undefined when it is neither. */
function bytesOf(text: string): number[] | undefined {
  if (text.includes(':')) return ipv6Bytes(text);
  return ipv4Bytes(text);
}

function ipv4Bytes(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function ipv6Bytes(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(Number.parseInt(g, 16));
    }
    return out;
  };
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

/** True when `address` lies inside `prefix` (`a.b.c.0/24`, `x:y::/48`); false for anything unparsable. */
export function prefixContains(prefix: string, address: string): boolean {
  const slash = prefix.indexOf('/');
  if (slash < 0) return prefix === address;
  const net = bytesOf(prefix.slice(0, slash));
  const addr = bytesOf(address);
  const length = Number(prefix.slice(slash + 1));
  if (!net || !addr || net.length !== addr.length || !Number.isInteger(length)) return false;
  if (length < 0 || length > net.length * 8) return false;
  for (let bit = 0; bit < length; bit += 8) {
    const take = Math.min(8, length - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    const i = bit / 8;
    if ((net[i] & mask) !== (addr[i] & mask)) return false;
  }
  return true;
}
