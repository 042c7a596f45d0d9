// Log lines to a syslog collector as RFC 5424 messages: over UDP (RFC 5426, one datagram each), TCP
// (RFC 6587 octet counting) or TLS (RFC 5425). Never blocks the caller: lines wait in a bounded queue
// while the connection is (re)made, the oldest dropped and counted beyond it; a failed connection is
// retried with backoff. The log line's level gives the severity.
import dgram from 'node:dgram';
import net from 'node:net';
import { hostname } from 'node:os';
import tls from 'node:tls';
import type { LogLevel } from './log.js';

export const SYSLOG_PROTOCOLS = ['udp', 'tcp', 'tls'] as const;

export interface SyslogOptions {
  /** `udp://host:514`, `tcp://host:601` or `tls://host:6514`. */
  url: string;
  /** Facility number, 0 to 23 (16 is local0). */
  facility: number;
  appName: string;
  /** For TLS: the collector's CA (PEM); the system's CAs otherwise. */
  ca?: string | Buffer;
  /** Lines kept while the collector is unreachable. */
  queue?: number;
  now?: () => number;
}

const SEVERITY: Record<LogLevel, number> = { error: 3, warn: 4, info: 6, debug: 7 };
/** UDP datagrams are cut to this, the size RFC 5426 says every receiver must take. */
const MAX_DATAGRAM = 2048;

export class SyslogSink {
  private readonly url: URL;
  private readonly host = hostname().slice(0, 255) || '-';
  private readonly queue: Buffer[] = [];
  private udp: dgram.Socket | undefined;
  private stream: net.Socket | undefined;
  private connecting = false;
  private closed = false;
  private retryMs = 500;
  private timer: NodeJS.Timeout | undefined;
  /** Lines dropped because the queue was full. */
  dropped = 0;

  constructor(private readonly opts: SyslogOptions) {
    this.url = new URL(opts.url);
    const protocol = this.url.protocol.replace(':', '');
    if (!(SYSLOG_PROTOCOLS as readonly string[]).includes(protocol) || !this.url.hostname || !this.url.port) {
      throw new RangeError(
        `a syslog URL is udp://, tcp:// or tls:// with a host and port; found '${opts.url}'`,
      );
    }
  }

  /** One RFC 5424 message for the line. */
  format(line: string, level: LogLevel): string {
    const pri = this.opts.facility * 8 + SEVERITY[level];
    const time = new Date((this.opts.now ?? Date.now)()).toISOString();
    return `<${pri}>1 ${time} ${this.host} ${this.opts.appName} ${process.pid} - - ${line.replace(/\n$/, '')}`;
  }

  send(line: string, level: LogLevel): void {
    if (this.closed) return;
    const message = Buffer.from(this.format(line, level));
    if (this.url.protocol === 'udp:') {
      if (this.udp === undefined) {
        // Unreferenced, as the TCP stream below: the log never keeps the process alive.
        this.udp = dgram
          .createSocket(this.url.hostname.includes(':') ? 'udp6' : 'udp4')
          .on('error', () => {});
        this.udp.unref();
      }
      this.udp.send(
        message.subarray(0, MAX_DATAGRAM),
        Number(this.url.port),
        this.url.hostname.replace(/^\[|\]$/g, ''),
      );
      return;
    }
    const framed = Buffer.concat([Buffer.from(`${message.length} `), message]);
    if (this.stream !== undefined && !this.connecting) {
      this.stream.write(framed);
      return;
    }
    this.enqueue(framed);
    this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.udp?.close();
    const stream = this.stream;
    if (stream !== undefined && !stream.destroyed) await new Promise<void>((resolve) => stream.end(resolve));
  }

  private enqueue(framed: Buffer): void {
    if (this.queue.length >= (this.opts.queue ?? 10_000)) {
      this.queue.shift();
      this.dropped++;
    }
    this.queue.push(framed);
  }

  private connect(): void {
    if (this.connecting || this.closed || this.timer !== undefined) return;
    this.connecting = true;
    const host = this.url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(this.url.port);
    const stream =
      this.url.protocol === 'tls:'
        ? tls.connect({ host, port, ca: this.opts.ca, servername: net.isIP(host) ? undefined : host })
        : net.connect({ host, port });
    this.stream = stream;
    stream.unref();
    stream.once(this.url.protocol === 'tls:' ? 'secureConnect' : 'connect', () => {
      this.connecting = false;
      this.retryMs = 500;
      for (const framed of this.queue.splice(0)) stream.write(framed);
    });
    stream.on('error', () => stream.destroy());
    stream.once('close', () => {
      if (this.stream === stream) this.stream = undefined;
      this.connecting = false;
      if (this.closed) return;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (this.queue.length > 0) this.connect();
      }, this.retryMs);
      this.timer.unref();
      this.retryMs = Math.min(this.retryMs * 2, 30_000);
    });
  }
}
