// The worker count from the file, BREAKWATER_WORKERS and --workers, and a wrong one named by its source.

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';

const load = (env: Record<string, string>, workers?: string, file?: string) =>
  loadConfig({ cwd: '/nonexistent', env, overrides: { workers }, file }).cluster.workers;

describe('cluster.workers', () => {
  it('is 1 by default, and takes auto or a count from the variable and the flag', () => {
    expect(load({})).toBe(1);
    expect(load({ BREAKWATER_WORKERS: 'auto' })).toBe('auto');
    expect(load({ BREAKWATER_WORKERS: 'auto' }, '3')).toBe(3);
  });

  it('names the flag or variable when the value is wrong', () => {
    expect(() => load({}, '0')).toThrow(
      '--workers: expected auto, or a whole number from 1 to 256, found "0"',
    );
    expect(() => load({ BREAKWATER_WORKERS: 'many' })).toThrow(
      'BREAKWATER_WORKERS: expected auto, or a whole number from 1 to 256, found "many"',
    );
  });
});
