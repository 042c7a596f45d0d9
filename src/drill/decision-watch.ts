// The automatic decisions a gateway took during a drill, from its control plane: polls
// GET /api/v1/decisions?source=detector once a second and keeps every decision seen (one that expired
// or was lifted meanwhile still counts), then tells which name, or surround, given addresses.

import { Agent } from 'undici';
import { parseCidr, prefixesOverlap } from '../net/ip.js';
import { type ControlPlane, controlGet } from './detection-watch.js';

const POLL_MS = 1_000;

export interface SeenDecision {
  id: string;
  scope: string;
  value: string;
  action: string;
  reason?: string;
}

export class DecisionWatch {
  readonly seen = new Map<string, SeenDecision>();
  private readonly agent = new Agent({ connections: 1 });
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Why decisions could not be read, if they could not. */
  unavailable: string | undefined;

  constructor(private readonly control: ControlPlane) {}

  start(): void {
    void this.poll();
  }

  /** Takes a last reading and stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.read();
    await this.agent.destroy().catch(() => {});
  }

  /**
   * Decisions that would act on `addresses`: `named` are address decisions on one of them (or prefix
   * decisions no wider than one address); `around` are wider prefix decisions holding one of them, which the
   * edge must carve clients in good standing out of.
   */
  over(addresses: readonly string[]): { named: string[]; around: string[] } {
    const named: string[] = [];
    const around: string[] = [];
    const ranges = addresses.map((a) => parseCidr(host(a))).filter((r) => r !== null);
    for (const d of this.seen.values()) {
      if (d.action === 'allow' || (d.scope !== 'ip' && d.scope !== 'cidr')) continue;
      const range = parseCidr(d.scope === 'ip' ? host(d.value) : d.value);
      if (range === null || !ranges.some((r) => prefixesOverlap(r, range))) continue;
      const text = `${d.action} ${d.scope}:${d.value}`;
      if (d.scope === 'ip' || d.value === host(d.value.split('/')[0])) named.push(text);
      else around.push(text);
    }
    return { named, around };
  }

  /** Every automatic decision seen, one line each. */
  lines(): string[] {
    return [...this.seen.values()].map(
      (d) => `${d.action} ${d.scope}:${d.value}${d.reason ? ` (${d.reason})` : ''}`,
    );
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    await this.read();
    if (!this.stopped && this.unavailable === undefined) this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  private async read(): Promise<void> {
    if (this.unavailable !== undefined) return;
    try {
      const response = await controlGet(this.control, 'api/v1/decisions?source=detector', this.agent);
      if (response.statusCode !== 200) {
        await response.body.dump();
        if (response.statusCode !== 503) {
          this.unavailable = `GET /api/v1/decisions answered ${response.statusCode}`;
        }
        return;
      }
      const body = (await response.body.json()) as { decisions?: SeenDecision[] };
      for (const d of body.decisions ?? []) this.seen.set(d.id, d);
    } catch {
      // unreachable this time; the next reading makes up for it
    }
  }
}

/** One address as a prefix of its own. */
function host(address: string): string {
  return `${address}/${address.includes(':') ? 128 : 32}`;
}
