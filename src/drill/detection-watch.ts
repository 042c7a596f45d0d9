// Time to detect, from the gateway's control plane: polls GET /api/v1/detections while the drill runs
// and finds the first detection made after the attack started. A control plane without that route
// (404, 405, 501) or that refuses the token ends the watch, and the time stays unknown.
//
// Detections are read tolerantly: a JSON array, or an object with `detections` or `items`. A detection's
// time is the first of detectedAt, startedAt, firstSeen, createdAt, at (ms since the epoch or ISO 8601);
// one without a time counts when it first appears in a poll after the attack started.

import { Agent, request } from 'undici';

export interface ControlPlane {
  url: string;
  token: string;
}

const POLL_MS = 500;
const POLL_TIMEOUT_MS = 2_000;
const GIVE_UP = new Set([401, 403, 404, 405, 501]);
const TIME_FIELDS = ['detectedAt', 'startedAt', 'firstSeen', 'createdAt', 'at'] as const;
/** A detection stamped this much before the attack start still counts (clocks, tick boundaries). */
const EARLY_SLACK_MS = 500;

export class DetectionWatch {
  private readonly agent = new Agent({ connections: 1 });
  private readonly seenBefore = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private attackStartedAt: number | undefined;
  private detectedAt: number | undefined;
  private stopped = false;
  /** Why the watch ended early, if it did. */
  unavailable: string | undefined;

  constructor(
    private readonly control: ControlPlane,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts polling; resolves after the first poll, whose detections are the ones from before the attack. */
  start(): Promise<void> {
    return this.poll();
  }

  /** Marks the attack start (ms since the epoch, the clock given to the constructor). */
  attackStarted(at: number): void {
    this.attackStartedAt = at;
  }

  /** Seconds from the attack start to its first detection, or undefined. */
  timeToDetectS(): number | undefined {
    if (this.detectedAt === undefined || this.attackStartedAt === undefined) return undefined;
    return Math.max(0, this.detectedAt - this.attackStartedAt) / 1000;
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    try {
      const response = await controlGet(this.control, 'api/v1/detections', this.agent);
      if (GIVE_UP.has(response.statusCode)) {
        await response.body.dump();
        this.unavailable = `GET /api/v1/detections answered ${response.statusCode}`;
        this.stopped = true;
        return;
      }
      if (response.statusCode === 200) this.read(await response.body.json());
      else await response.body.dump();
    } catch {
      // unreachable this time; try again on the next tick
    }
    if (!this.stopped && this.detectedAt === undefined) this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  private read(body: unknown): void {
    const list = Array.isArray(body)
      ? body
      : ((body as { detections?: unknown; items?: unknown } | null)?.detections ??
        (body as { items?: unknown } | null)?.items);
    if (!Array.isArray(list)) return;
    const start = this.attackStartedAt;
    const polledAt = this.now();
    for (const [index, item] of list.entries()) {
      if (typeof item !== 'object' || item === null) continue;
      const record = item as Record<string, unknown>;
      const id =
        typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `#${index}`;
      if (start === undefined) {
        this.seenBefore.add(id);
        continue;
      }
      const stamped = timeOf(record);
      let at: number | undefined;
      if (stamped !== undefined) at = stamped >= start - EARLY_SLACK_MS ? stamped : undefined;
      else if (!this.seenBefore.has(id)) at = polledAt;
      if (at !== undefined && (this.detectedAt === undefined || at < this.detectedAt)) this.detectedAt = at;
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.agent.destroy().catch(() => {});
  }
}

/** GET `path` (relative, e.g. 'api/v1/detections') from the control plane with its token, briefly. */
export function controlGet(control: ControlPlane, path: string, agent: Agent) {
  const base = control.url.endsWith('/') ? control.url : `${control.url}/`;
  return request(new URL(path, base), {
    dispatcher: agent,
    headers: { authorization: `Bearer ${control.token}`, accept: 'application/json' },
    headersTimeout: POLL_TIMEOUT_MS,
    bodyTimeout: POLL_TIMEOUT_MS,
  });
}

function timeOf(record: Record<string, unknown>): number | undefined {
  for (const field of TIME_FIELDS) {
    const value = record[field];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string') {
      const parsed = Date.parse(value);
      if (Number.isFinite(parsed)) return parsed;
    }
  }
  return undefined;
}
