// What the figures were measured on: CPU, memory, kernel, load before the run, and the programs' versions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';
import { type ToolPaths, toolVersion } from './tools.js';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  kernel: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine shows here. */
  loadAverage: number[];
}

export interface Versions {
  breakwater: string;
  node: string;
  nginx?: string;
  haproxy?: string;
  wrk?: string;
  slowhttptest?: string;
}

function procLine(file: string, key: string): string | undefined {
  try {
    const line = readFileSync(file, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(key));
    return line?.slice(line.indexOf(':') + 1).trim();
  } catch {
    return undefined;
  }
}

export function describeMachine(): Machine {
  const memKb = Number.parseInt(procLine('/proc/meminfo', 'MemTotal') ?? '', 10);
  return {
    cpus: os.availableParallelism(),
    cpuModel: procLine('/proc/cpuinfo', 'model name') ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number.isFinite(memKb)
      ? Math.round((memKb / 1024 / 1024) * 10) / 10
      : os.totalmem() / 1024 ** 3,
    kernel: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

/** slowhttptest takes `-v` for its verbosity and has no version flag: the first line of its help names it. */
function slowhttptestVersion(path: string): string {
  const result = spawnSync(path, ['-h'], { encoding: 'utf8', timeout: 10_000 });
  const version = /\bversion\s+(\S+)/.exec(`${result.stdout ?? ''}\n${result.stderr ?? ''}`)?.[1];
  return `slowhttptest ${version ?? '(version unknown)'}`;
}

export function describeVersions(tools: ToolPaths): Versions {
  return {
    breakwater: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    node: process.version,
    nginx: tools.nginx ? toolVersion(tools.nginx) : undefined,
    haproxy: tools.haproxy ? toolVersion(tools.haproxy) : undefined,
    wrk: tools.wrk ? toolVersion(tools.wrk) : undefined,
    slowhttptest: tools.slowhttptest ? slowhttptestVersion(tools.slowhttptest) : undefined,
  };
}
