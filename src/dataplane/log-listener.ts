// HAProxy's request logs (syslog over UDP, one request per datagram) read into the defence as the gateway
// would count the same requests: the tally the sentinel reads, the edge's verdict counters, what reached
// the origin for the closed loop, and the origin's answers. A datagram that is not a line of the shipped
// log-format is dropped and counted, never thrown.

import { createSocket, type Socket } from 'node:dgram';
import type { HostPort } from '../config/host-port.js';
import { fingerprintOf } from '../edge/fingerprint.js';
import type { RoutePolicy } from '../edge/route-policy.js';
import type { EdgeStats } from '../edge/stats.js';
import type { Log } from '../log.js';
import type { GoodStanding } from '../responder/good-standing.js';
import type { Reach } from '../responder/reach.js';
import type { Tally } from '../sentinel/tally.js';
import { type LoggedRequest, readLogLine } from './log-line.js';

/** The backend of challenged requests: Breakwater's gateway counts those itself. */
export const GATEWAY_BACKEND = 'breakwater_gateway';
/**
 * Receive buffer asked for: lines of a burst wait here while the tally catches up (the kernel caps it at
 * net.core.rmem_max; raise that to keep more).
 */
const RECEIVE_BUFFER_BYTES = 8 * 1024 * 1024;
/** At most one warning about dropped lines in this long. */
const WARN_EVERY_MS = 10_000;

export interface LogListenerOptions {
  listen: HostPort;
  tally: Tally;
  stats: EdgeStats;
  reach: Reach;
  standing: GoodStanding;
  routes: RoutePolicy;
  log: Log;
  now: () => number;
}

export class LogListener {
  /** Lines tallied. */
  read = 0;
  /** Datagrams dropped: not a line of the shipped log-format. */
  malformed = 0;
  private socket: Socket | undefined;
  private warnedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LogListenerOptions) {}

  /** Binds the UDP socket; resolves with the port bound (the configured one, or the one given for 0). */
  async start(): Promise<number> {
    const { host, port } = this.options.listen;
    const socket = createSocket({
      type: host.includes(':') ? 'udp6' : 'udp4',
      recvBufferSize: RECEIVE_BUFFER_BYTES,
    });
    this.socket = socket;
    socket.on('message', (datagram) => this.take(datagram.toString('utf8')));
    socket.on('error', (error) =>
      this.options.log.error('HAProxy log socket failed', { error: error.message }),
    );
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(port, host, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    return socket.address().port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.socket ? this.socket.close(() => resolve()) : resolve()));
  }

  /** One datagram: tallied, or dropped and counted. */
  take(datagram: string): void {
    const line = readLogLine(datagram);
    if (line === undefined) {
      this.drop(datagram, 'not in the shipped log-format');
      return;
    }
    if (line.backend === GATEWAY_BACKEND) return;
    try {
      this.count(line);
      this.read++;
    } catch (error) {
      this.drop(datagram, (error as Error).message);
    }
  }

  private drop(datagram: string, why: string): void {
    this.malformed++;
    const at = this.options.now();
    if (at - this.warnedAt < WARN_EVERY_MS) return;
    this.warnedAt = at;
    this.options.log.warn('HAProxy log lines dropped', {
      dropped: this.malformed,
      why,
      line: datagram.slice(0, 120),
    });
  }

  private count(line: LoggedRequest): void {
    const { tally, stats, reach, standing, routes } = this.options;
    const { address, prefix, path, verdict } = line;
    const rawHeaders = line.headerNames.flatMap((name) => [name, '']);
    const fingerprint = fingerprintOf(rawHeaders, line.userAgent, line.protocol);
    const kind = routes.kindOf(path, line.acceptsHtml ? 'text/html' : undefined);
    stats.countVerdict(verdict);
    tally.request({ address, prefix, fingerprint, path, query: line.query, kind, verdict, verified: false });
    if (verdict !== 'allow') return;
    if (!standing.holds(address)) reach.passed({ address, prefix, fingerprint, route: path });
    tally.outcome({
      path,
      address,
      prefix,
      status: line.status,
      latencyMs: Math.max(0, line.originMs),
      originError: line.originMs < 0,
    });
  }
}
