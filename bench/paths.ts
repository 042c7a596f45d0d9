// Where the harness finds things: the repository root, the built gateway and demo origin, the peers' configs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this file whose package.json is Breakwater's. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'breakwater') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('bench: cannot find the Breakwater repository above the harness');
    dir = parent;
  }
}

export const ROOT = findRoot();
export const GATEWAY_MAIN = join(ROOT, 'dist', 'cli', 'main.js');
export const DEMO_MAIN = join(ROOT, 'dist', 'demo', 'main.js');

/**
 * The V8 flags the `breakwater` command gives node, read from its first line (`#!/usr/bin/env -S node …`):
 * the harness starts the gateway with `node <flags> dist/cli/main.js serve`, as `breakwater serve` runs.
 */
export function gatewayNodeFlags(): string[] {
  const first = readFileSync(GATEWAY_MAIN, 'utf8').split('\n', 1)[0];
  return first
    .replace(/^#!\S*env -S node\s*/, '')
    .split(/\s+/)
    .filter((flag) => flag.startsWith('--'));
}
export const CLIENTS_DIR = join(ROOT, 'dist', 'bench', 'clients');
export const PEERS_DIR = join(ROOT, 'bench', 'peers');
export const RESULTS_DIR = join(ROOT, 'bench', 'results');
export const CHARTS_DIR = join(ROOT, 'bench', 'charts');
export const REPORT_FILE = join(ROOT, 'BENCHMARKS.md');
