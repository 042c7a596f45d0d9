// A similarity hash (SimHash, 64 bits) of a message's words: near-identical bodies (a name, a number or a
// link changed) get hashes a few bits apart, so reports of one mass mailing join one campaign.
import { createHash } from 'node:crypto';

/** Hashes this many bits apart or fewer are the same body. */
export const SAME_BODY_BITS = 6;

export function simhash(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  if (words.length < 8) return null;
  const counts = new Array<number>(64).fill(0);
  for (let i = 0; i + 3 <= words.length; i++) {
    const shingle = words.slice(i, i + 3).join(' ');
    const digest = createHash('sha256').update(shingle).digest();
    for (let bit = 0; bit < 64; bit++) {
      counts[bit] += (digest[bit >> 3] >> (bit & 7)) & 1 ? 1 : -1;
    }
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (counts[nibble * 4 + b] > 0) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}

export function distance(a: string, b: string): number {
  let bits = 0;
  for (let i = 0; i < a.length; i++) {
    let x = Number.parseInt(a[i], 16) ^ Number.parseInt(b[i], 16);
    while (x) {
      bits += x & 1;
      x >>= 1;
    }
  }
  return bits;
}
