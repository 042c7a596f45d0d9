// CPU time from /proc: used by one process group (a server and its workers or threads), by the harness's
// finished children (wrk, clients), and by the whole machine, so other work on the machine shows too.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function clockTicks(): number {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim();
  const ticks = Number(out);
  return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
}

const TICKS_PER_SECOND = clockTicks();

/** The fields of a /proc/<pid>/stat line after "pid (comm) ": [0] is state (field 3 in proc(5)). */
function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds (user + system) used so far by every live process in group `pgid`. */
export function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fields: string[];
    try {
      fields = statFields(readFileSync(`/proc/${entry}/stat`, 'utf8'));
    } catch {
      continue; // gone meanwhile
    }
    // pgrp is field 5, utime 14, stime 15
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds of the harness itself, and of its children that have ended (cutime + cstime). */
function selfCpuSeconds(): { own: number; ended: number } {
  const fields = statFields(readFileSync('/proc/self/stat', 'utf8'));
  return {
    own: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
    ended: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
  };
}

/** CPU seconds the machine has spent busy: all of it, and the part charged to processes (no irq/softirq). */
function machineCpuSeconds(): { busy: number; tasks: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const [, ...values] = line.trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return {
    busy: (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND,
    tasks: (user + nice + system) / TICKS_PER_SECOND,
  };
}

/** CPU seconds used so far by named process groups, the harness, its ended children and the machine. */
export interface CpuSnapshot {
  at: number;
  groups: Record<string, number>;
  harness: number;
  endedChildren: number;
  machine: { busy: number; tasks: number };
}

export function snapshotCpu(groups: Record<string, number>): CpuSnapshot {
  const used: Record<string, number> = {};
  for (const [name, pgid] of Object.entries(groups)) used[name] = groupCpuSeconds(pgid);
  const self = selfCpuSeconds();
  return {
    at: performance.now(),
    groups: used,
    harness: self.own,
    endedChildren: self.ended,
    machine: machineCpuSeconds(),
  };
}

export interface CoresUsed {
  wallSeconds: number;
  /** Average cores (1.0 = one core busy throughout) of each named group. */
  groups: Record<string, number>;
  /** Children of the harness that ended in between, such as a wrk run. */
  endedChildren: number;
  /** The whole machine, interrupts included. */
  machine: number;
  /** Processes the harness did not start (other work on the machine); never below 0. */
  others: number;
}

export function coresBetween(before: CpuSnapshot, after: CpuSnapshot): CoresUsed {
  const wallSeconds = (after.at - before.at) / 1000;
  const rate = (a: number, b: number) => (b - a) / wallSeconds;
  const groups: Record<string, number> = {};
  for (const name of Object.keys(before.groups)) groups[name] = rate(before.groups[name], after.groups[name]);
  const endedChildren = rate(before.endedChildren, after.endedChildren);
  const ours =
    Object.values(groups).reduce((sum, c) => sum + c, 0) +
    endedChildren +
    rate(before.harness, after.harness);
  return {
    wallSeconds,
    groups,
    endedChildren,
    machine: rate(before.machine.busy, after.machine.busy),
    others: Math.max(0, rate(before.machine.tasks, after.machine.tasks) - ours),
  };
}
