// A client of HAProxy's runtime API (the stats socket, at level admin): each call opens a connection,
// sends its commands on one line separated by `;` (the API's non-interactive mode), and reads the
// answer until HAProxy closes the connection.

import { connect, type Socket } from 'node:net';
import type { RuntimeApiAddress } from '../config/data-plane-section.js';
import { formatHostPort } from '../config/host-port.js';

/** Longest line sent at once: well under HAProxy's default buffer (tune.bufsize, 16 KiB). */
const MAX_LINE = 8_000;
/** An answer slower than this fails the call: HAProxy answers map commands in microseconds. */
const DEADLINE_MS = 5_000;

/** Answers HAProxy gives that are not failures: a deleted key that was already gone. */
const HARMLESS = new Set(['Key not found.']);

export class RuntimeApiError extends Error {}

export class RuntimeApi {
  constructor(private readonly address: RuntimeApiAddress) {}

  /** The address, as written in the configuration. */
  get name(): string {
    return 'path' in this.address ? `unix:${this.address.path}` : formatHostPort(this.address);
  }

  /** Sends one command and returns HAProxy's answer. */
  ask(command: string): Promise<string> {
    return this.exchange(command);
  }

  /**
   * Sends commands that answer nothing when they succeed (add, set, del, commit), in as few connections
   * as the line length allows; an answer other than nothing (or a key already gone) throws.
   */
  async run(commands: readonly string[]): Promise<void> {
    let line: string[] = [];
    let length = 0;
    for (const command of commands) {
      if (length + command.length + 1 > MAX_LINE && line.length > 0) {
        await this.runLine(line);
        line = [];
        length = 0;
      }
      line.push(command);
      length += command.length + 1;
    }
    if (line.length > 0) await this.runLine(line);
  }

  private async runLine(commands: string[]): Promise<void> {
    const answer = await this.exchange(commands.join(';'));
    const problems = answer
      .split('\n')
      .map((text) => text.trim())
      .filter((text) => text !== '' && !HARMLESS.has(text));
    if (problems.length > 0) throw new RuntimeApiError(`HAProxy answered: ${problems[0]}`);
  }

  private exchange(line: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket: Socket =
        'path' in this.address ? connect(this.address.path) : connect(this.address.port, this.address.host);
      const chunks: Buffer[] = [];
      socket.setTimeout(DEADLINE_MS, () =>
        socket.destroy(new RuntimeApiError(`no answer from HAProxy's runtime API at ${this.name}`)),
      );
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', (failed) => {
        if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
      });
      socket.end(`${line}\n`);
    });
  }
}
