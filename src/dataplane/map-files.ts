// The map files HAProxy loads when it starts or reloads, kept equal to what its maps should hold, so
// that a restarted HAProxy enforces the decisions from its first request, before Breakwater resyncs it.
// Each file is replaced whole (written aside, then renamed). Where Breakwater may not write them (another
// machine, other permissions), it says so once and goes on: the resync still fills the maps.

import { rename, writeFile } from 'node:fs/promises';
import type { Log } from '../log.js';
import { emptyMaps, MAP_NAMES, type MapContents, mapEdits, mapFile } from './haproxy-maps.js';

export class MapFiles {
  private written: MapContents | undefined;
  private failed = false;

  constructor(
    private readonly mapsDir: string,
    private readonly log: Log,
  ) {}

  /** Writes the files whose contents differ from `maps`. */
  async write(maps: MapContents): Promise<void> {
    const before = this.written ?? emptyMaps();
    const changed = new Set(mapEdits(before, maps).map((edit) => edit.map));
    if (this.written !== undefined && changed.size === 0) return;
    try {
      for (const map of MAP_NAMES) {
        if (this.written !== undefined && !changed.has(map)) continue;
        const file = mapFile(this.mapsDir, map);
        const lines = [...maps[map]].map(([key, value]) => `${key} ${value}\n`);
        await writeFile(`${file}.new`, lines.join(''));
        await rename(`${file}.new`, file);
      }
      this.written = maps;
      this.failed = false;
    } catch (error) {
      if (!this.failed) {
        this.log.warn('HAProxy’s map files cannot be written: a restarted HAProxy waits for the resync', {
          maps: this.mapsDir,
          error: (error as Error).message,
        });
      }
      this.failed = true;
    }
  }
}
