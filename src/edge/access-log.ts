// The access log, in nginx's `combined` format with the verdict after it:
//   203.0.113.7 - - [06/Dec/2026:07:00:01 +0000] "GET /inbox HTTP/1.1" 403 1234 "-" "curl/8.5" verdict=block
// Bounded so that a flood cannot turn it into the attack's amplifier: up to `perSecond` lines a second are
// written whole; beyond, one request in `sampleEvery` is, marked `sample=1/N`; lines the writer has not
// taken yet are capped in bytes, the rest dropped and counted. Choosing costs O(1) per request and
// allocates nothing for the requests not written.
import { createWriteStream, type WriteStream } from 'node:fs';

export interface AccessLogOptions {
  /** The file appended to. */
  path: string;
  perSecond: number;
  sampleEvery: number;
  now: () => number;
  /** Bytes waiting to be written at most; 1 MiB unless given. */
  maxPendingBytes?: number;
}

export interface AccessEntry {
  address: string;
  method: string;
  target: string;
  httpVersion: string;
  status: number;
  bytes: number | undefined;
  referer: string | undefined;
  userAgent: string | undefined;
  verdict: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** nginx's $time_local, in UTC. */
export function timeLocal(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** As nginx escapes variables in a log line: `"` and `\` and bytes outside printable ASCII as \xHH. */
function escaped(text: string | undefined): string {
  if (text === undefined || text === '') return '-';
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code < 0x20 || (code >= 0x7f && code <= 0xff)) {
      out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    } else out += code > 0xff ? '?' : text[i];
  }
  return out;
}

export function combinedLine(entry: AccessEntry, at: number, sampleEvery: number): string {
  const request = `${entry.method} ${entry.target} HTTP/${entry.httpVersion}`;
  const sampled = sampleEvery > 1 ? ` sample=1/${sampleEvery}` : '';
  return `${entry.address} - - [${timeLocal(at)}] "${escaped(request)}" ${entry.status} ${entry.bytes ?? 0} "${escaped(entry.referer)}" "${escaped(entry.userAgent)}" verdict=${entry.verdict}${sampled}\n`;
}

export class AccessLog {
  private second = -1;
  private inSecond = 0;
  private skipped = 0;
  private readonly out: WriteStream;
  /** Lines dropped because the writer fell behind. */
  dropped = 0;

  constructor(private readonly opts: AccessLogOptions) {
    this.out = createWriteStream(opts.path, { flags: 'a' });
    this.out.on('error', () => {});
  }

  /** Whether this request's line is to be written, and at which sampling: 0 means no. */
  choose(): number {
    const second = Math.floor(this.opts.now() / 1000);
    if (second !== this.second) {
      this.second = second;
      this.inSecond = 0;
      this.skipped = 0;
    }
    if (this.inSecond < this.opts.perSecond) {
      this.inSecond++;
      return 1;
    }
    if (++this.skipped < this.opts.sampleEvery) return 0;
    this.skipped = 0;
    return this.opts.sampleEvery;
  }

  write(entry: AccessEntry, sampleEvery: number): void {
    if (this.out.writableLength > (this.opts.maxPendingBytes ?? 1024 * 1024)) {
      this.dropped++;
      return;
    }
    this.out.write(combinedLine(entry, this.opts.now(), sampleEvery));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.out.end(resolve));
  }
}
