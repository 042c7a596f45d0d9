// What a detector is made of, as one record: its kind, the function that finds it, the windows that
// confirm it, its label, the attack pattern it publishes as, what the baselines must not learn while it
// is present, and where the responder's ladder starts for it. The registry (index.ts) lists the records;
// every list the rest of Breakwater keeps per kind is derived from it.

import type { BaselineView, LearnMode } from '../baselines.js';
import type { DetectionKind, Finding, ResponseCeiling } from '../detection.js';
import type { WindowSnapshot } from '../window.js';
import type { SentinelConfig } from './config.js';
import type { SustainedSources } from './sustained.js';

/** Reads the recent view (and the sources sustained up to it) against the baselines. */
export type Detector = (
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
  sustained?: SustainedSources,
) => Finding[];

/** A CAPEC entry (https://capec.mitre.org) an attack pattern cites. */
export interface Capec {
  id: number;
  name: string;
}

/** What a kind of detection is, as a STIX attack pattern. */
export interface AttackPatternFacts {
  name: string;
  description: string;
  capec: Capec[];
}

/** The baseline groups (baselines.ts) a present detection may hold back. */
export type BaselineGroup = 'traffic' | 'outcomes' | 'logins' | 'slow';

/**
 * How the baselines may learn while a detection of this kind is present (found in the window, or still
 * active), given the strongest answer it allows: the groups it slows or freezes. An attack must not
 * become what normal looks like.
 */
export type Unlearning = (maxAction: ResponseCeiling) => Partial<Record<BaselineGroup, LearnMode>>;

/**
 * The responder's first rung for a target of this kind: the lowest the ladder allows, the challenge
 * where it is allowed (else the lowest), or the highest.
 */
export type StartingRung = 'lowest' | 'challenge' | 'highest';

export interface DetectorModule<K extends DetectionKind = DetectionKind> {
  kind: K;
  detect: Detector;
  /** Default of `lifecycle.confirmWindows[kind]`: windows with a finding before it is a detection. */
  confirmWindows: number;
  /** How incidents and the console name it ("HTTP flood"). */
  label: string;
  attackPattern: AttackPatternFacts;
  unlearning: Unlearning;
  /** The window's targets are kept out of the per-source and per-prefix baselines. */
  excludesTargets: boolean;
  startingRung: StartingRung;
}
