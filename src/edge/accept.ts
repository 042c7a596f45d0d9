// Phase 1, accept: admit or refuse a new TCP connection before a byte of it is read.
// Blocked addresses and addresses over their connection cap are reset at once.

import type { Socket } from 'node:net';
import type { EdgeStats } from './stats.js';

export interface AcceptPolicy {
  /** True when the address is blocked (the decision table's accept check). */
  blocked(address: string): boolean;
  maxConnectionsPerAddress: number;
  maxConnections: number;
}

export class ConnectionGate {
  private readonly perAddress = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly policy: AcceptPolicy,
    private readonly stats: EdgeStats,
  ) {}

  /** Admits the socket (and tracks it until it closes) or resets it. Returns whether it was admitted. */
  admit(socket: Socket): boolean {
    const address = socket.remoteAddress;
    if (address === undefined) {
      socket.destroy();
      return false;
    }
    if (this.policy.blocked(address)) {
      this.stats.refusedAtAccept++;
      socket.resetAndDestroy();
      return false;
    }
    const count = this.perAddress.get(address) ?? 0;
    if (count >= this.policy.maxConnectionsPerAddress || this.total >= this.policy.maxConnections) {
      this.stats.refusedOverCap++;
      socket.resetAndDestroy();
      return false;
    }
    this.perAddress.set(address, count + 1);
    this.total++;
    this.stats.acceptedConnections++;
    this.stats.openConnections = this.total;
    socket.once('close', () => this.release(address));
    return true;
  }

  /** Open connections from one address. */
  openFrom(address: string): number {
    return this.perAddress.get(address) ?? 0;
  }

  private release(address: string): void {
    const count = this.perAddress.get(address) ?? 1;
    if (count <= 1) this.perAddress.delete(address);
    else this.perAddress.set(address, count - 1);
    this.total--;
    this.stats.openConnections = this.total;
  }
}
