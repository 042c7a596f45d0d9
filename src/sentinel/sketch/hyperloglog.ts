// HyperLogLog: estimated count of distinct keys in 2^p one-byte registers.

import { hash32 } from './hash.js';

/** α∞ = 1 / (2 ln 2), the constant of the improved estimator. */
const ALPHA_INF = 1 / (2 * Math.LN2);

/** σ(x) = x + Σ x^(2^k) 2^(k-1) (Ertl 2017, eq. 21): the share of the estimate from empty registers. */
function sigma(x: number): number {
  if (x === 1) return Number.POSITIVE_INFINITY;
  let y = 1;
  let z = x;
  let previous: number;
  do {
    x *= x;
    previous = z;
    z += x * y;
    y += y;
  } while (z !== previous);
  return z;
}

/** τ(x) (Ertl 2017, eq. 24): the share of the estimate from saturated registers. */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let previous: number;
  do {
    x = Math.sqrt(x);
    previous = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
  } while (z !== previous);
  return z / 3;
}

/**
 * Registers as in Flajolet et al. (2007); the estimate is Ertl's improved estimator ("New cardinality
 * estimation algorithms for HyperLogLog sketches", 2017), which folds the small-range (linear counting)
 * and large-range corrections into one formula over the register histogram, with no switch-over point
 * and so no bias bump near 2.5 × 2^p. Relative standard error ≈ 1.04 / √(2^p): 0.8% at p = 14, 1.6% at
 * p = 12, 3.3% at p = 10.
 * Memory: 2^p bytes and a histogram of 34 - p integers. The registers can be a view on a pooled buffer, so
 * sketches are reused rather than reallocated; only this sketch may write to that view.
 */
export class HyperLogLog {
  readonly precision: number;
  private readonly registers: Uint8Array;
  private readonly shift: number;
  private readonly sentinel: number;
  /** How many registers hold each value, kept up to date by addHash() so estimate() is O(32 - p). */
  private readonly histogram: Int32Array;

  constructor(precision: number, registers?: Uint8Array) {
    if (!(Number.isInteger(precision) && precision >= 4 && precision <= 18)) {
      throw new RangeError('HyperLogLog precision must be an integer from 4 to 18');
    }
    const m = 2 ** precision;
    if (registers !== undefined && registers.length !== m) {
      throw new RangeError(`HyperLogLog registers must hold ${m} bytes, got ${registers.length}`);
    }
    this.precision = precision;
    this.registers = registers ?? new Uint8Array(m);
    this.shift = 32 - precision;
    this.sentinel = 1 << (precision - 1);
    this.histogram = new Int32Array(this.shift + 2);
    for (let i = 0; i < m; i++) this.histogram[this.registers[i]]++;
  }

  get bytes(): number {
    return this.registers.byteLength;
  }

  /** Adds a key by a well-mixed 32-bit hash of it. */
  addHash(hash: number): void {
    const index = hash >>> this.shift;
    const rank = Math.clz32((hash << this.precision) | this.sentinel) + 1;
    const old = this.registers[index];
    if (rank > old) {
      this.registers[index] = rank;
      this.histogram[old]--;
      this.histogram[rank]++;
    }
  }

  add(key: string): void {
    this.addHash(hash32(key));
  }

  estimate(): number {
    const { histogram } = this;
    const m = this.registers.length;
    const q = this.shift;
    let z = m * tau(1 - histogram[q + 1] / m);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + histogram[k]);
    z += m * sigma(histogram[0] / m);
    return Math.round((ALPHA_INF * m * m) / z);
  }

  /** A copy of the registers (for merging with another tally's window). */
  copyRegisters(): Uint8Array {
    return this.registers.slice();
  }

  /**
   * Takes the register-wise maximum with another sketch of the same precision and hash seeds: exactly the
   * sketch of the union of both streams, so the merged estimate has the single sketch's error.
   */
  absorb(registers: Uint8Array): void {
    const own = this.registers;
    if (registers.length !== own.length) {
      throw new RangeError(`HyperLogLog holds ${own.length} registers, got ${registers.length}`);
    }
    const top = this.shift + 1;
    for (let i = 0; i < own.length; i++) {
      const rank = registers[i];
      if (rank > own[i] && rank <= top) {
        this.histogram[own[i]]--;
        this.histogram[rank]++;
        own[i] = rank;
      }
    }
  }

  clear(): void {
    this.registers.fill(0);
    this.histogram.fill(0);
    this.histogram[0] = this.registers.length;
  }
}
