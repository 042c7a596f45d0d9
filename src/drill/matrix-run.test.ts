import { describe, expect, it } from 'vitest';
import { runMatrix } from './matrix-run.js';
import { DrillOptionError } from './options.js';
import { TargetRefused } from './target.js';

const loopback = { target: 'http://127.0.0.1:9', origin: 'http://127.0.0.1:9' };

describe('runMatrix refuses before sending anything', () => {
  it('a target or an origin outside loopback', async () => {
    await expect(runMatrix({ ...loopback, target: 'http://192.0.2.1:8080' })).rejects.toThrow(TargetRefused);
    await expect(runMatrix({ ...loopback, origin: 'http://192.0.2.1:3000' })).rejects.toThrow(/--origin/);
  });

  it('the IPv6 loopback, which cannot spread sources', async () => {
    await expect(runMatrix({ ...loopback, target: 'http://[::1]:8080' })).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('counts and seconds out of bounds, naming the flag', async () => {
    await expect(runMatrix({ ...loopback, cases: 0 })).rejects.toThrow(DrillOptionError);
    await expect(runMatrix({ ...loopback, cases: 4, only: 5 })).rejects.toThrow(/--case: .* 1 to 4, found 5/);
    await expect(runMatrix({ ...loopback, durationS: 1_000 })).rejects.toThrow(/--duration/);
    await expect(runMatrix({ ...loopback, seed: 1.5 })).rejects.toThrow(/--seed/);
  });
});
