// HTTP/1.1 on a bare socket for tests that need to see the wire: exact request bytes out, responses
// parsed one by one (keep-alive reuse, hop-by-hop fields, refusals followed by a closed connection).

import net from 'node:net';

export interface RawResponse {
  status: number;
  reason: string;
  /** Header fields in the order received, names as sent. */
  rawHeaders: [string, string][];
  /** The first value of a field, case-insensitive. */
  header(name: string): string | undefined;
  /** Every value of a field, case-insensitive. */
  headers(name: string): string[];
  body: Buffer;
}

/** One client connection to `url` (http://host:port) that speaks raw HTTP/1.1. */
export class RawConnection {
  private buffer = Buffer.alloc(0);
  private ended = false;
  private wake: (() => void) | undefined;
  readonly closed: Promise<void>;

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.notify();
    });
    this.closed = new Promise((resolve) => {
      socket.once('close', () => {
        this.ended = true;
        this.notify();
        resolve();
      });
    });
    socket.on('error', () => {}); // a reset shows up as 'close'; callers assert on what was read
  }

  static open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  send(data: string | Buffer): void {
    this.socket.write(data);
  }

  /**
   * Reads the next response. `bodiless` for answers to HEAD. Rejects when the connection closes
   * before a whole response arrived, or after `timeoutMs`.
   */
  readResponse(options: { bodiless?: boolean; timeoutMs?: number } = {}): Promise<RawResponse> {
    return this.read((buf, ended) => {
      const parsed = parseResponse(buf, options.bodiless ?? false, ended);
      return parsed && { value: parsed.response, consumed: parsed.consumed };
    }, options.timeoutMs ?? 10_000);
  }

  /**
   * Waits until `parse` finds a whole unit at the front of the received bytes, removes it and returns it.
   * Rejects when the connection closes first or `timeoutMs` passes.
   */
  async read<T>(
    parse: (buf: Buffer, ended: boolean) => { value: T; consumed: number } | undefined,
    timeoutMs: number,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const parsed = parse(this.buffer, this.ended);
      if (parsed !== undefined) {
        this.buffer = this.buffer.subarray(parsed.consumed);
        return parsed.value;
      }
      if (this.ended) throw new Error(`connection closed; unparsed bytes: ${this.buffer.toString('latin1')}`);
      if (Date.now() >= deadline) throw new Error('timed out waiting for data');
      await this.wait(deadline - Date.now());
    }
  }

  /** Resolves true when the peer closes the connection within `timeoutMs`, false otherwise. */
  async closesWithin(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const result = await Promise.race([this.closed.then(() => true), timedOut]);
    clearTimeout(timer);
    return result;
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

function parseResponse(
  buf: Buffer,
  bodiless: boolean,
  ended: boolean,
): { response: RawResponse; consumed: number } | undefined {
  const headEnd = buf.indexOf('\r\n\r\n');
  if (headEnd === -1) return undefined;
  const lines = buf.subarray(0, headEnd).toString('latin1').split('\r\n');
  const statusLine = /^HTTP\/1\.[01] (\d{3}) ?(.*)$/.exec(lines[0]);
  if (statusLine === null) throw new Error(`not an HTTP/1.x status line: ${lines[0]}`);
  const status = Number(statusLine[1]);
  const rawHeaders: [string, string][] = lines.slice(1).map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  const headers = (name: string) =>
    rawHeaders.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
  const start = headEnd + 4;
  const make = (body: Buffer, consumed: number) => ({
    response: {
      status,
      reason: statusLine[2],
      rawHeaders,
      header: (name: string) => headers(name)[0],
      headers,
      body,
    },
    consumed,
  });
  if (bodiless || (status >= 100 && status < 200) || status === 204 || status === 304) {
    return make(Buffer.alloc(0), start);
  }
  const te = headers('transfer-encoding')[0];
  if (te?.toLowerCase().includes('chunked')) {
    const chunks: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = buf.indexOf('\r\n', at);
      if (lineEnd === -1) return undefined;
      const size = Number.parseInt(buf.subarray(at, lineEnd).toString('latin1'), 16);
      if (Number.isNaN(size)) throw new Error('bad chunk size');
      if (size === 0) {
        // "0\r\n", optional trailer fields, then an empty line
        const trailerEnd = buf.indexOf('\r\n\r\n', lineEnd);
        if (trailerEnd === -1) return undefined;
        return make(Buffer.concat(chunks), trailerEnd + 4);
      }
      if (buf.length < lineEnd + 2 + size + 2) return undefined;
      chunks.push(buf.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
  const length = headers('content-length')[0];
  if (length !== undefined) {
    const end = start + Number(length);
    if (buf.length < end) return undefined;
    return make(buf.subarray(start, end), end);
  }
  // No framing: the body runs to the end of the connection.
  if (!ended) return undefined;
  return make(buf.subarray(start), buf.length);
}

/** Sends one request on a fresh connection and reads the answer; the connection is then closed. */
export async function rawExchange(
  url: string,
  request: string | Buffer,
  options: { bodiless?: boolean; timeoutMs?: number } = {},
): Promise<{ response: RawResponse; conn: RawConnection }> {
  const conn = await RawConnection.open(url);
  conn.send(request);
  try {
    return { response: await conn.readResponse(options), conn };
  } catch (error) {
    conn.destroy();
    throw error;
  }
}
