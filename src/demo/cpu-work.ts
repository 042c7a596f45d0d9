// Synthetic page-rendering cost: real SHA-256 hashing for a given time, done in slices of at most
// 1 ms so concurrent requests share the core and cheap routes stay responsive.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const SLICE_MS = 1;
const HASHES_PER_CHECK = 16;
const block = Buffer.alloc(512, 0x5a);

/**
 * Hashes for `cpuMs` in total, measured on the real monotonic clock (never the injected one), so the
 * origin's capacity stays the same whatever else runs on the machine; yields between slices. Stops early, resolving false, when
 * `abandoned()` turns true (the client has gone); resolves true when all the work was done.
 */
export function work(cpuMs: number, abandoned: () => boolean = () => false): Promise<boolean> {
  let remaining = cpuMs;
  let digest: Buffer = block;
  return new Promise((resolve) => {
    const slice = (): void => {
      if (abandoned()) {
        resolve(false);
        return;
      }
      const budget = Math.min(SLICE_MS, remaining);
      const started = performance.now();
      let spent = 0;
      while (spent < budget) {
        for (let i = 0; i < HASHES_PER_CHECK; i++) {
          digest = createHash('sha256').update(digest).update(block).digest();
        }
        spent = performance.now() - started;
      }
      remaining -= spent;
      if (remaining > 0) setImmediate(slice);
      else resolve(true);
    };
    if (cpuMs <= 0) resolve(true);
    else slice();
  });
}
