// Health of one origin: consecutive active-check passes and failures plus passive reports from the
// forward phase, flipped to unhealthy or back to healthy when the configured thresholds are crossed.

export interface OriginState {
  url: string;
  healthy: boolean;
  lastError?: string;
  lastCheckedAt?: number;
  consecutiveFailures: number;
}

export interface HealthThresholds {
  /** Consecutive failures (active or passive) that mark a healthy origin unhealthy. */
  unhealthyAfter: number;
  /** Consecutive passing active checks that mark an unhealthy origin healthy again. */
  healthyAfter: number;
}

export class OriginHealth {
  /** Optimistic start: the first requests are not refused before the first check has answered. */
  healthy = true;
  consecutiveFailures = 0;
  consecutivePasses = 0;
  lastError: string | undefined;
  lastCheckedAt: number | undefined;

  constructor(
    readonly url: string,
    private readonly thresholds: HealthThresholds,
  ) {}

  /** Records an active check; returns true when the origin changed state. */
  recordCheck(passed: boolean, at: number, error?: string): boolean {
    this.lastCheckedAt = at;
    if (!passed) return this.recordFailure(error ?? 'health check failed');
    this.consecutiveFailures = 0;
    this.consecutivePasses++;
    this.lastError = undefined;
    if (!this.healthy && this.consecutivePasses >= this.thresholds.healthyAfter) {
      this.healthy = true;
      return true;
    }
    return false;
  }

  /** Records a failure (active or passive); returns true when the origin just became unhealthy. */
  recordFailure(error: string): boolean {
    this.consecutiveFailures++;
    this.consecutivePasses = 0;
    this.lastError = error;
    if (this.healthy && this.consecutiveFailures >= this.thresholds.unhealthyAfter) {
      this.healthy = false;
      return true;
    }
    return false;
  }

  /**
   * Records a request the origin answered. It breaks a run of failures, but only active checks bring an
   * unhealthy origin back: a late answer to a request sent before it failed proves little.
   */
  recordSuccess(): void {
    if (!this.healthy) return;
    this.consecutiveFailures = 0;
    this.lastError = undefined;
  }

  snapshot(): OriginState {
    const state: OriginState = {
      url: this.url,
      healthy: this.healthy,
      consecutiveFailures: this.consecutiveFailures,
    };
    if (this.lastError !== undefined) state.lastError = this.lastError;
    if (this.lastCheckedAt !== undefined) state.lastCheckedAt = this.lastCheckedAt;
    return state;
  }
}

/**
 * Whether an error reported by the forward phase speaks about the origin. A request we aborted ourselves
 * (the client went away, the gateway shut down) says nothing about the origin's health.
 */
export function countsAgainstOrigin(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  if (code === 'UND_ERR_ABORTED' || code === 'UND_ERR_DESTROYED' || code === 'UND_ERR_CLOSED') return false;
  return error.name !== 'AbortError';
}

/** One line naming the error, with its code when the message does not already carry it. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  let text = error.message || error.name;
  if (typeof code === 'string' && !text.includes(code)) text = `${code}: ${text}`;
  if (cause instanceof Error && cause.message && !text.includes(cause.message)) text += ` (${cause.message})`;
  return text;
}
