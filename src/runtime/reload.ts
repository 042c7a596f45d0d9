// SIGHUP: the configuration read again and what can change applied without dropping a connection
// (reload-plan.ts says what). A configuration that does not load, or a certificate that does not, is
// refused: the running one stays, and the log says why. With workers the primary reads the file and
// sends the settings to every worker (WorkerPool.reloadWorkers).

import { WorkerPool } from '../cluster/worker-pool.js';
import type { Config } from '../config/index.js';
import type { Gateway } from '../edge/gateway.js';
import { EdgeReload, readGatewayTls } from './reload-edge.js';
import type { LeveledLog } from './reload-log.js';
import type { OriginsInForce } from './reload-origins.js';
import { planReload } from './reload-plan.js';

export interface ReloadTarget {
  /** The configuration started with. */
  started: Config;
  /** Reads the configuration again (the file and the flags); throws a ConfigError when it does not load. */
  read: () => Config;
  log: LeveledLog;
  gateway: Gateway;
  /**
   * This process's origin set, replaced on each reload: the gateway's own, or with workers the one whose
   * health the control plane reports (each worker replaces its own).
   */
  origins: OriginsInForce;
}

const listed = (settings: string[]) => (settings.length > 0 ? settings.join(',') : 'none');

export class ConfigReload {
  private running: Config;
  private readonly edge: EdgeReload | undefined;
  private readonly pool: WorkerPool | undefined;

  constructor(private readonly target: ReloadTarget) {
    this.running = target.started;
    this.pool = target.gateway instanceof WorkerPool ? target.gateway : undefined;
    this.edge = this.pool ? undefined : new EdgeReload(target.gateway, target.origins);
  }

  /** The configuration in force: as started, with the live settings of the last reload. */
  get config(): Config {
    return this.running;
  }

  /** Reads and applies the configuration; false when it was refused and the running one stays. */
  async reload(): Promise<boolean> {
    const { log, started } = this.target;
    let plan: ReturnType<typeof planReload>;
    try {
      plan = planReload(started, this.running, this.target.read());
      if (this.pool)
        readGatewayTls(plan.config); // refused here, before any worker takes it
      else this.edge?.apply(plan.config);
    } catch (error) {
      log.error('configuration not reloaded; the running one stays', { error: (error as Error).message });
      return false;
    }
    const workers = this.pool ? await this.pool.reloadWorkers(plan.config) : undefined;
    if (this.pool) this.target.origins.replace(plan.config);
    this.running = plan.config;
    log.level = plan.config.logLevel;
    log.info('configuration reloaded', {
      applied: listed(plan.applied),
      certificate: plan.config.tls === null ? undefined : 'read again',
      workers: workers?.applied,
    });
    for (const failure of workers?.failed ?? []) log.error('a worker kept its settings', { error: failure });
    if (plan.needRestart.length > 0) {
      log.warn('configuration changes that take effect on a restart', { settings: listed(plan.needRestart) });
    }
    return true;
  }

  /** Closes the origin set in force and those the reloads replaced. */
  close(): Promise<void> {
    return this.target.origins.close();
  }
}
