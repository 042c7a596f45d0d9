// The origin set in force in one process: the one it started with until a reload puts a new one in its
// place. The gateway sends to it, and the control plane's health report and metrics read it, so they name
// the origins in use now. A set replaced is closed once the requests in flight on it can no longer be
// waiting for their origin (the upstream response timeout).

import type { Config } from '../config/index.js';
import { OriginSet, type OriginsHealth } from '../edge/origins.js';
import type { Log } from '../log.js';
import { originSettings } from './edge-settings.js';

/** An origin set from `config`, started, its health changes logged. */
export function startOriginSet(
  config: Config,
  log: Log,
  now: () => number,
  closeGraceMs?: number,
): OriginSet {
  const origins = new OriginSet({
    ...originSettings(config, now),
    closeGraceMs,
    onChange: (state) =>
      state.healthy
        ? log.info('origin healthy again', { origin: state.url })
        : log.warn('origin unhealthy', { origin: state.url, error: state.lastError }),
  });
  origins.start();
  return origins;
}

export class OriginsInForce {
  private readonly retiring = new Set<OriginSet>();

  constructor(
    private set: OriginSet,
    private readonly log: Log,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): OriginSet {
    return this.set;
  }

  health(): OriginsHealth {
    return this.set.health();
  }

  /** Starts the origin set `config` names and puts it in force; the one it replaces is retired. */
  replace(config: Config): OriginSet {
    const next = startOriginSet(config, this.log, this.now, config.timeouts.upstreamResponse);
    const replaced = this.set;
    this.set = next;
    this.retiring.add(replaced);
    setTimeout(() => this.retire(replaced), config.timeouts.upstreamResponse).unref();
    return next;
  }

  /** Closes the set in force and those still retiring. */
  async close(): Promise<void> {
    await Promise.all([...this.retiring].map((origins) => this.retire(origins)));
    await this.set.close();
  }

  private retire(origins: OriginSet): Promise<void> {
    this.retiring.delete(origins);
    return origins.close();
  }
}
