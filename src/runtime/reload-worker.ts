// A gateway worker's side of a reload and a drain, as the primary asks (worker-messages.ts): the live
// settings applied to its edge, its log's level; its connections drained before it stops.

import type { Config } from '../config/index.js';
import type { DrainOutcome } from '../edge/drain.js';
import type { Gateway } from '../edge/gateway.js';
import type { OriginSet } from '../edge/origins.js';
import { createLog } from '../log.js';
import { EdgeReload } from './reload-edge.js';
import { LeveledLog } from './reload-log.js';
import { OriginsInForce } from './reload-origins.js';

/** The worker's log: every line its level lets through, written by a process log that writes all. */
export const workerLog = (level: Config['logLevel']) => new LeveledLog(createLog('debug'), level);

export class WorkerOperations {
  private readonly origins: OriginsInForce;
  private readonly edge: EdgeReload;

  constructor(
    private readonly gateway: Gateway,
    /** The origin set the worker started with. */
    origins: OriginSet,
    private readonly log: LeveledLog,
  ) {
    this.origins = new OriginsInForce(origins, log);
    this.edge = new EdgeReload(gateway, this.origins);
  }

  /** Applies the live settings of `config`; the error's message when they could not be (nothing changed). */
  reload(config: Config): string | undefined {
    try {
      this.edge.apply(config);
      this.log.level = config.logLevel;
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  async drain(deadlineMs: number): Promise<DrainOutcome> {
    const outcome = (await this.gateway.drain?.(deadlineMs)) ?? { inFlight: 0, cut: 0, ms: 0 };
    await this.origins.close();
    return outcome;
  }
}
