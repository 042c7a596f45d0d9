// Private scratch folders (configs, data, pid and temp files) removed when the harness ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.js';

export function makeScratch(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `breakwater-bench-${label}-`));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
