// Blocked Bloom filter: set membership in fixed memory; every key's bits lie in one 512-bit block.

/**
 * A key's k bits are all chosen inside one 64-byte block (one cache line), so a lookup touches one line.
 * The block comes from h1, the bits from h2 by double hashing. No false negatives; the false-positive rate
 * at n keys in m bits is close to a classic Bloom filter's (1 - e^(-kn/m))^k, slightly higher.
 *
 * With `lanes` > 1 the filter holds that many independent sets whose blocks for one key sit side by side
 * (lane 0's line, then lane 1's, ...), so asking every lane about a key reads adjacent lines; a lane is
 * cleared on its own. Memory: lanes × m / 8 bytes (m rounded up to a power of two, at least 512).
 */
export class BlockedBloom {
  readonly bits: number;
  readonly hashes: number;
  readonly lanes: number;
  private readonly words: Int32Array;
  private readonly blockMask: number;
  private readonly blockShift: number;

  constructor(bits: number, hashes: number, lanes = 1) {
    if (!(hashes >= 1 && hashes <= 16)) throw new RangeError('Bloom filter needs 1 to 16 hashes');
    if (!(lanes >= 1 && lanes <= 8)) throw new RangeError('Bloom filter needs 1 to 8 lanes');
    this.bits = Math.max(512, 2 ** Math.ceil(Math.log2(bits)));
    this.hashes = hashes;
    this.lanes = lanes;
    this.words = new Int32Array((this.bits >>> 5) * lanes);
    this.blockMask = (this.bits >>> 9) - 1;
    this.blockShift = Math.log2(16 * lanes);
    if (!Number.isInteger(this.blockShift)) throw new RangeError('Bloom filter lanes must be a power of two');
  }

  get bytes(): number {
    return this.words.byteLength;
  }

  has(h1: number, h2: number, lane = 0): boolean {
    const base = ((h1 & this.blockMask) << this.blockShift) + (lane << 4);
    const step = (h2 >>> 9) | 1;
    let bit = h2 & 511;
    for (let i = 0; i < this.hashes; i++) {
      if ((this.words[base + (bit >>> 5)] & (1 << (bit & 31))) === 0) return false;
      bit = (bit + step) & 511;
    }
    return true;
  }

  add(h1: number, h2: number, lane = 0): void {
    const base = ((h1 & this.blockMask) << this.blockShift) + (lane << 4);
    const step = (h2 >>> 9) | 1;
    let bit = h2 & 511;
    for (let i = 0; i < this.hashes; i++) {
      this.words[base + (bit >>> 5)] |= 1 << (bit & 31);
      bit = (bit + step) & 511;
    }
  }

  /** Empties one lane (every lane when omitted). */
  clear(lane?: number): void {
    if (lane === undefined || this.lanes === 1) {
      this.words.fill(0);
      return;
    }
    const { words } = this;
    const stride = 16 * this.lanes;
    for (let at = lane << 4; at < words.length; at += stride) {
      for (let i = at; i < at + 16; i++) words[i] = 0;
    }
  }
}
