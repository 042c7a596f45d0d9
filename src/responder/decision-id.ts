// Decision ids: `dec_` and 16 lowercase base32 characters, 80 random bits from an injectable source.
import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const ID_PATTERN = /^dec_[a-z2-7]{16}$/;

/** A fresh decision id; `random` returns `size` random bytes (crypto by default). */
export function newDecisionId(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(10);
  let id = 'dec_';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < 10; i++) {
    buffer = ((buffer << 8) | bytes[i]) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      id += ALPHABET[(buffer >>> bits) & 31];
    }
  }
  return id;
}

export function isDecisionId(value: string): boolean {
  return ID_PATTERN.test(value);
}
