// The detectors the sentinel runs on every window, in one list: each reads the window and the baselines
// and returns its findings, with no state of its own.

import type { BaselineView } from '../baselines.js';
import type { Finding } from '../detection.js';
import type { WindowSnapshot } from '../window.js';
import { detectCacheBypass } from './cache-bypass.js';
import type { SentinelConfig } from './config.js';
import { detectCredentialStuffing } from './credential-stuffing.js';
import { detectDistributedFlood } from './distributed-flood.js';
import { detectHttpFlood } from './http-flood.js';
import { detectOriginDistress } from './origin-distress.js';
import { detectSlowClients } from './slow-clients.js';

export type Detector = (
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
) => Finding[];

export const DETECTORS: readonly Detector[] = [
  detectHttpFlood,
  detectDistributedFlood,
  detectCacheBypass,
  detectSlowClients,
  detectCredentialStuffing,
  detectOriginDistress,
];
