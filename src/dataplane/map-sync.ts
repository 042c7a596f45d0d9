// Keeps HAProxy's maps (and their files, map-files.ts) equal to the decision table: a full resync
// (prepare, add, commit: each map swapped whole) when HAProxy is first reached, after it was away and
// after it restarted or reloaded (its process id changed, and its maps came back from their files);
// after that, only the edits since the last sync.
// What HAProxy should hold is always worked out from the table, so a sync that fails loses nothing: the
// next one, on the next change or check, does it again from the start.

import type { Log } from '../log.js';
import type { DecisionTable } from '../responder/decision-table.js';
import {
  MAP_NAMES,
  type MapContents,
  type MapEdit,
  type MapName,
  mapEdits,
  mapFile,
  mapsFor,
} from './haproxy-maps.js';
import { MapFiles } from './map-files.js';
import type { RuntimeApi } from './runtime-api.js';

export interface MapSyncOptions {
  api: RuntimeApi;
  table: DecisionTable;
  /** Directory of the map files, as HAProxy names them. */
  mapsDir: string;
  /** How often HAProxy is checked for a restart (and the table for expiries). */
  checkEveryMs: number;
  log: Log;
}

export interface MapSyncStatus {
  /** The last sync reached HAProxy. */
  connected: boolean;
  /** HAProxy's process id at the last sync. */
  pid: string | undefined;
  /** Full resyncs done (the first one included). */
  resyncs: number;
  /** Syncs that failed (HAProxy away, or an answer that was not success). */
  failures: number;
  /** Entries HAProxy holds, by map. */
  entries: Record<MapName, number>;
}

/** HAProxy's `Pid:` line of `show info`. */
function pidOf(info: string): string | undefined {
  return /^Pid: (\d+)$/m.exec(info)?.[1];
}

export class MapSync {
  /** What HAProxy holds since the last sync; undefined when unknown (a full resync is due). */
  private held: MapContents | undefined;
  private pid: string | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopListening: (() => void) | undefined;
  private resyncs = 0;
  private failures = 0;
  private connected = false;
  private readonly files: MapFiles;

  constructor(private readonly options: MapSyncOptions) {
    this.files = new MapFiles(options.mapsDir, options.log);
  }

  start(): void {
    this.stopListening = this.options.table.onChange(() => void this.sync());
    this.timer = setInterval(() => void this.sync(), this.options.checkEveryMs);
    this.timer.unref();
    void this.sync();
  }

  async stop(): Promise<void> {
    this.stopListening?.();
    clearInterval(this.timer);
    await this.running;
  }

  /** Brings HAProxy up to date; calls while one runs are folded into one more run after it. */
  sync(): Promise<void> {
    if (this.running !== undefined) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.once();
      } while (this.again);
      this.running = undefined;
    })();
    return this.running;
  }

  status(): MapSyncStatus {
    const entries = Object.fromEntries(MAP_NAMES.map((map) => [map, this.held?.[map].size ?? 0]));
    return {
      connected: this.connected,
      pid: this.pid,
      resyncs: this.resyncs,
      failures: this.failures,
      entries: entries as Record<MapName, number>,
    };
  }

  private async once(): Promise<void> {
    const { api, table, log } = this.options;
    const wanted = mapsFor(table.list());
    await this.files.write(wanted);
    try {
      const pid = pidOf(await api.ask('show info'));
      if (pid === undefined) throw new Error('HAProxy’s `show info` named no Pid');
      if (this.held === undefined || pid !== this.pid) {
        await this.resync(wanted);
        this.resyncs++;
        log.info('HAProxy’s maps resynced', { pid, runtimeApi: api.name, decisions: table.size });
      } else {
        await api.run(mapEdits(this.held, wanted).map((edit) => this.command(edit, this.held!)));
      }
      this.held = wanted;
      this.pid = pid;
      if (!this.connected) this.connected = true;
    } catch (error) {
      this.failures++;
      this.held = undefined;
      if (this.connected || this.failures === 1) {
        log.warn('HAProxy’s runtime API cannot be reached: decisions wait, retried', {
          runtimeApi: api.name,
          error: (error as Error).message,
        });
      }
      this.connected = false;
    }
  }

  /** Each map replaced whole: a new version filled, then committed in one step. */
  private async resync(wanted: MapContents): Promise<void> {
    const { api, mapsDir } = this.options;
    for (const map of MAP_NAMES) {
      const file = mapFile(mapsDir, map);
      const prepared = await api.ask(`prepare map ${file}`);
      const version = /New version created: (\d+)/.exec(prepared)?.[1];
      if (version === undefined) throw new Error(`HAProxy answered: ${prepared.trim()}`);
      const adds = [...wanted[map]].map(([key, value]) => `add map @${version} ${file} ${key} ${value}`);
      await api.run([...adds, `commit map @${version} ${file}`]);
    }
  }

  private command(edit: MapEdit, held: MapContents): string {
    const file = mapFile(this.options.mapsDir, edit.map);
    if (edit.value === undefined) return `del map ${file} ${edit.key}`;
    return `${held[edit.map].has(edit.key) ? 'set' : 'add'} map ${file} ${edit.key} ${edit.value}`;
  }
}
