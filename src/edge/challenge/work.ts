// The proof of work: SHA-256(token + ':' + counter) must start with `difficulty` zero bits. The Node
// solver walks counters from 0 upwards, exactly as the page's script does, so both find the same counter.
import { createHash } from 'node:crypto';

export const MIN_DIFFICULTY = 1;
export const MAX_DIFFICULTY = 32;

/** Leading zero bits of a digest. */
export function zeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Leading zero bits that one counter achieves for one token. */
export function workDone(token: string, counter: number): number {
  return zeroBits(createHash('sha256').update(`${token}:${counter}`).digest());
}

/** Finds the smallest counter meeting the difficulty: what a browser submits for the same puzzle. */
export function solvePuzzle(puzzle: { token: string; difficulty: number }): number {
  const { token, difficulty } = puzzle;
  if (!Number.isInteger(difficulty) || difficulty < 0 || difficulty > MAX_DIFFICULTY) {
    throw new RangeError(`difficulty: expected an integer from 0 to ${MAX_DIFFICULTY}, found ${difficulty}`);
  }
  const stem = createHash('sha256').update(`${token}:`);
  for (let counter = 0; counter <= Number.MAX_SAFE_INTEGER; counter++) {
    if (zeroBits(stem.copy().update(String(counter)).digest()) >= difficulty) return counter;
  }
  throw new RangeError('no counter found');
}
