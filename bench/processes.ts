// Starts the programs a benchmark needs, each leading its own process group, and stops them (with
// their children, such as nginx workers) when asked, at their deadline, or when the harness exits.
import { type ChildProcess, spawn } from 'node:child_process';
import { onCleanup } from './cleanup.js';
import { findTool } from './tools.js';

export interface ProcessSpec {
  /** Shown in progress lines and errors. */
  name: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Killed after this long, whatever it is doing: no run is unbounded. */
  deadlineMs: number;
  /** Keep all of stdout (for programs whose output is the result); otherwise only a tail is kept. */
  keepStdout?: boolean;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the harness killed it for passing its deadline. */
  timedOut: boolean;
}

const TAIL_CHARS = 4000;
const running = new Set<Child>();

export class Child {
  readonly name: string;
  readonly pid: number;
  readonly exited: Promise<Exit>;
  private out = '';
  private tailText = '';
  private ended = false;
  private timedOut = false;
  private readonly forget: () => void;

  constructor(proc: ChildProcess, spec: ProcessSpec) {
    this.name = spec.name;
    this.pid = proc.pid!;
    const pid = this.pid;
    this.forget = onCleanup(() => killGroup(pid, 'SIGKILL'));
    running.add(this);
    const deadline = setTimeout(() => {
      this.timedOut = true;
      killGroup(pid, 'SIGKILL');
    }, spec.deadlineMs);
    const keep = (chunk: Buffer, whole: boolean) => {
      const text = chunk.toString('utf8');
      if (whole) this.out += text;
      this.tailText = (this.tailText + text).slice(-TAIL_CHARS);
    };
    proc.stdout?.on('data', (chunk: Buffer) => keep(chunk, spec.keepStdout === true));
    proc.stderr?.on('data', (chunk: Buffer) => keep(chunk, false));
    proc.once('exit', () => {
      this.ended = true;
      killGroup(pid, 'SIGKILL'); // anything it left behind in its group (and holding its pipes)
    });
    this.exited = new Promise((resolve) => {
      proc.once('close', (code, signal) => {
        clearTimeout(deadline);
        this.ended = true;
        running.delete(this);
        this.forget();
        resolve({ code, signal, timedOut: this.timedOut });
      });
    });
  }

  get hasExited(): boolean {
    return this.ended;
  }

  /** All of stdout, when the spec asked to keep it. */
  get stdout(): string {
    return this.out;
  }

  /** The last lines it printed, for error messages. */
  tail(): string {
    return this.tailText.trim();
  }

  /** SIGTERM to its group, SIGKILL after `graceMs`; resolves once it is gone. */
  async stop(graceMs = 3000): Promise<Exit> {
    if (!this.ended) {
      killGroup(this.pid, 'SIGTERM');
      const hard = setTimeout(() => killGroup(this.pid, 'SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(hard);
    }
    return this.exited;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** coreutils' timeout, when present: it bounds a child's life even if the harness itself is killed outright. */
const TIMEOUT = findTool('timeout');

/** Starts a program in its own process group; fails if it cannot be started at all. */
export async function startProcess(spec: ProcessSpec): Promise<Child> {
  const lifetime = `${Math.ceil(spec.deadlineMs / 1000) + 5}s`;
  const [command, args] = TIMEOUT
    ? [TIMEOUT, ['--kill-after=5s', lifetime, spec.command, ...spec.args]]
    : [spec.command, spec.args];
  const proc = spawn(command, args, {
    env: spec.env ?? process.env,
    detached: true, // its own group, so stopping it also stops its workers
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    proc.once('spawn', resolve);
    proc.once('error', (error) => reject(new Error(`bench: cannot start ${spec.name}: ${error.message}`)));
  });
  return new Child(proc, spec);
}

/** Runs a program to its end; fails, with its last output, when it exits badly or passes its deadline. */
export async function runProcess(spec: ProcessSpec): Promise<Child> {
  const child = await startProcess(spec);
  const exit = await child.exited;
  if (exit.timedOut) throw new Error(`bench: ${spec.name} passed its ${spec.deadlineMs} ms deadline`);
  if (exit.code !== 0) {
    const how = exit.code === null ? `on ${exit.signal}` : `with code ${exit.code}`;
    throw new Error(`bench: ${spec.name} exited ${how}:\n${child.tail()}`);
  }
  return child;
}

/** Stops every process still running, in parallel. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}
