// What `breakwater doctor` reports: findings, each with how much it matters, why, and how to fix it; and
// what a check may look at (the configuration, the store, the running gateway's addresses, the machine).
import type { Config } from '../config/index.js';
import type { Store } from '../store/index.js';

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** Stable, for scripts: such as `control-plain-http`. */
  id: string;
  severity: Severity;
  /** What was found, in one line. */
  title: string;
  why: string;
  fix: string;
}

export interface DoctorContext {
  config: Config;
  /** The store, opened for reading; undefined when it could not be opened (a check then says so). */
  store: Store | undefined;
  env: NodeJS.ProcessEnv;
  now: () => number;
  /** The Node.js version to judge; the running one unless a test says otherwise. */
  nodeVersion: string;
  /** This machine's addresses other than the origins' own, where an origin must not answer. */
  otherAddresses: () => string[];
  /** Runs `npm audit --omit=dev --json`; undefined when the registry did not answer in time. */
  audit: () => Promise<string | undefined>;
}

export type Check = (context: DoctorContext) => Promise<Finding[]>;
