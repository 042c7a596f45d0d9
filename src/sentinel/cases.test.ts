// Runs every detector case in cases/<case>/: replays windows.jsonl through a fresh Sentinel and checks
// the detections against expected.json; also checks windows.jsonl is what the case's scenario generates.
// The same expectations must hold with other seeds, so the thresholds are not tuned to one stream.
// BREAKWATER_WRITE_CASES=1 npx vitest run src/sentinel/cases.test.ts rewrites the windows from the scenarios.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateWindows } from './cases/generate.js';
import { SCENARIOS } from './cases/scenarios.js';
import { ceilingRank, type Detection, type DetectionKind, type ResponseCeiling } from './detection.js';
import { Sentinel } from './sentinel.js';
import type { WindowSnapshot } from './window.js';

interface ExpectedDetection {
  kind: DetectionKind;
  path?: string;
  /** Each must be among the detection's targets in some window (`ip:…`, `cidr:…`, `fingerprint:…`). */
  targets?: string[];
  /** No target outside `targets`, ever. */
  onlyTargets?: boolean;
  /** The detection's ceiling when it cleared, reached by `firstTickAtMost`. */
  maxAction?: ResponseCeiling;
  /** 1-based tick (line of windows.jsonl) by which it is active. */
  firstTickAtMost: number;
  clearedTickAtMost?: number;
}

interface Expected {
  /** Nothing may be detected at all. */
  none: boolean;
  /** Ticks of the attack: nothing is detected before it, and each detection comes within 4 ticks of its start. */
  attack?: { fromTick: number; toTick: number };
  detections?: ExpectedDetection[];
  /** Detections that may appear besides the expected ones, never above their ceiling. */
  allowed?: { kind: DetectionKind; maxActionAtMost: ResponseCeiling }[];
}

/** One detection over its life, as a replay saw it. */
interface Followed {
  id: string;
  kind: DetectionKind;
  path?: string;
  firstTick: number;
  clearedTick?: number;
  targets: Set<string>;
  maxAction: ResponseCeiling;
  /** When it reached that ceiling. */
  ceilingTick: number;
}

/** Seeds the scenarios are replayed with besides their own. */
const OTHER_SEEDS = [1001, 1002, 1003, 1004, 1005];

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const folders = readdirSync(casesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const writing = process.env.BREAKWATER_WRITE_CASES === '1';

function jsonl(windows: readonly WindowSnapshot[]): string {
  return `${windows.map((w) => JSON.stringify(w)).join('\n')}\n`;
}

function readWindows(name: string): WindowSnapshot[] {
  return readFileSync(join(casesDir, name, 'windows.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as WindowSnapshot);
}

function isFiniteDetection(d: Detection): boolean {
  const numbers = [
    d.startedAt,
    d.lastSeenAt,
    d.evidence.windowMs,
    d.evidence.observedRate,
    d.evidence.baselineRate,
    ...d.targets.flatMap((t) => [t.rate, t.share]),
    ...d.evidence.topKeys.flatMap((k) => [k.count, k.share]),
  ];
  return numbers.every(Number.isFinite);
}

/** Replays the windows, checking the sentinel's promises on every tick, and follows each detection. */
function replay(windows: readonly WindowSnapshot[]): Followed[] {
  const sentinel = new Sentinel();
  const followed = new Map<string, Followed>();
  windows.forEach((window, i) => {
    const tick = i + 1;
    const { detections, active } = sentinel.tick(window);
    for (const d of active) expect(d.state, `tick ${tick}: ${d.id} listed active`).toBe('active');
    expect(new Set(active.map((d) => d.id)).size, `tick ${tick}: active ids unique`).toBe(active.length);
    for (const d of detections) {
      expect(d.id).toBe(`${d.kind}:${d.path ?? '*'}:${d.startedAt}`);
      expect(d.lastSeenAt, `tick ${tick}: ${d.id} seen before it started`).toBeGreaterThanOrEqual(
        d.startedAt,
      );
      expect(isFiniteDetection(d), `tick ${tick}: ${d.id} has a number that is not finite`).toBe(true);
      expect(d.evidence.summary.length).toBeGreaterThan(0);
      let f = followed.get(d.id);
      if (!f) {
        f = {
          id: d.id,
          kind: d.kind,
          path: d.path,
          firstTick: tick,
          targets: new Set(),
          maxAction: d.maxAction,
          ceilingTick: tick,
        };
        followed.set(d.id, f);
      }
      expect(f.clearedTick, `tick ${tick}: ${d.id} came back after it cleared`).toBeUndefined();
      for (const t of d.targets) f.targets.add(`${t.scope}:${t.value}`);
      if (d.maxAction !== f.maxAction) f.ceilingTick = tick;
      f.maxAction = d.maxAction;
      if (d.state === 'cleared') {
        expect(active.some((a) => a.id === d.id)).toBe(false);
        f.clearedTick = tick;
      } else {
        expect(
          active.some((a) => a.id === d.id),
          `tick ${tick}: ${d.id} updated but not active`,
        ).toBe(true);
      }
    }
  });
  return [...followed.values()];
}

/** Checks a replay against a case's expectations. */
function check(expected: Expected, followed: readonly Followed[], ticks: number): void {
  const describeAll = followed
    .map(
      (f) =>
        `${f.id} ticks ${f.firstTick}-${f.clearedTick ?? 'end'} ${f.maxAction} [${[...f.targets].join(' ')}]`,
    )
    .join('\n');
  if (expected.none) {
    expect(followed, describeAll).toEqual([]);
    return;
  }
  const claimed = new Set<Followed>();
  for (const want of expected.detections ?? []) {
    const matches = followed.filter(
      (f) => f.kind === want.kind && (want.path === undefined || f.path === want.path),
    );
    expect(matches.length, `one ${want.kind} detection expected, found:\n${describeAll}`).toBe(1);
    const [got] = matches;
    claimed.add(got);
    expect(got.firstTick, `${got.id} detected too late`).toBeLessThanOrEqual(want.firstTickAtMost);
    if (expected.attack) {
      expect(want.firstTickAtMost, 'expected.json allows more than 4 ticks').toBeLessThanOrEqual(
        expected.attack.fromTick + 3,
      );
    }
    const clearedBy = want.clearedTickAtMost ?? ticks;
    expect(got.clearedTick, `${got.id} did not clear by tick ${clearedBy}`).toBeDefined();
    expect(got.clearedTick ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(clearedBy);
    for (const t of want.targets ?? []) expect([...got.targets], `${got.id} targets`).toContain(t);
    if (want.onlyTargets) {
      expect([...got.targets].sort(), `${got.id} targets`).toEqual([...(want.targets ?? [])].sort());
    }
    if (want.maxAction) {
      expect(got.maxAction, `${got.id} ceiling`).toBe(want.maxAction);
      expect(got.ceilingTick, `${got.id} reached its ceiling late`).toBeLessThanOrEqual(want.firstTickAtMost);
    }
  }
  for (const f of followed) {
    if (expected.attack) {
      expect(f.firstTick, `${f.id} before the attack`).toBeGreaterThanOrEqual(expected.attack.fromTick);
    }
    if (claimed.has(f)) continue;
    const allowance = expected.allowed?.find((a) => a.kind === f.kind);
    expect(allowance, `unexpected detection:\n${describeAll}`).toBeDefined();
    expect(ceilingRank(f.maxAction), `${f.id} ceiling`).toBeLessThanOrEqual(
      ceilingRank(allowance!.maxActionAtMost),
    );
  }
}

describe('detector cases', () => {
  it('has a folder for every scenario and a scenario for every folder', () => {
    expect(folders).toEqual(Object.keys(SCENARIOS).sort());
  });

  describe.each(folders)('%s', (name) => {
    const scenario = SCENARIOS[name];
    const windowsFile = join(casesDir, name, 'windows.jsonl');
    if (writing && scenario) writeFileSync(windowsFile, jsonl(generateWindows(scenario)));
    const expected = () =>
      JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8')) as Expected;

    it('replays the windows its scenario generates', () => {
      expect(scenario, `no scenario named ${name} in cases/scenarios.ts`).toBeDefined();
      expect(existsSync(windowsFile), 'windows.jsonl missing: run with BREAKWATER_WRITE_CASES=1').toBe(true);
      const fresh = jsonl(generateWindows(scenario));
      expect(
        readFileSync(windowsFile, 'utf8') === fresh,
        'windows.jsonl is stale: run with BREAKWATER_WRITE_CASES=1',
      ).toBe(true);
    });

    it('detects what expected.json says, in time, and clears', () => {
      const windows = readWindows(name);
      check(expected(), replay(windows), windows.length);
    });

    it.each(OTHER_SEEDS)('holds with seed %i too', (seed) => {
      const windows = generateWindows({ ...scenario, seed });
      check(expected(), replay(windows), windows.length);
    });
  });
});
