// Phase 1, accept: admit or refuse a new TCP connection before a byte of it is read.
// Blocked addresses and addresses over their connection cap are reset at once. Admitted connections are
// counted per address, and so are those that have not yet sent one complete request head: a client
// holding many of those is what a Slowloris looks like.

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
  /** Connections that have not completed a request head yet, by address. */
  private readonly unproven = new Map<string, number>();
  /** Unproven connections by `address|port`, to be marked when their first request arrives. */
  private readonly awaiting = new Map<string, string>();
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
    const key = `${address}|${socket.remotePort}`;
    this.awaiting.set(key, address);
    bump(this.unproven, address, 1);
    socket.once('close', () => {
      if (this.awaiting.delete(key)) bump(this.unproven, address, -1);
      this.release(address);
    });
    return true;
  }

  /** The connection from this address and port completed a request head. */
  proven(address: string, port: number | undefined): void {
    const key = `${address}|${port}`;
    const peer = this.awaiting.get(key);
    if (peer === undefined) return;
    this.awaiting.delete(key);
    bump(this.unproven, peer, -1);
  }

  /** Connections still waiting for their first complete request head, by peer address. */
  unprovenByAddress(): IterableIterator<[string, number]> {
    return this.unproven.entries();
  }

  private release(address: string): void {
    bump(this.perAddress, address, -1);
    this.total--;
    this.stats.openConnections = this.total;
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count <= 0) counts.delete(key);
  else counts.set(key, count);
}
