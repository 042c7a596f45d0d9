// What the HAProxy data plane reports of itself: its request log lines read and dropped, and how its
// maps stand with HAProxy (runtime API reached, resyncs, failed syncs, entries held by map).

import type { LogListener } from './log-listener.js';
import type { MapSync, MapSyncStatus } from './map-sync.js';

export interface DataPlaneStatus {
  /** Log lines tallied, and datagrams dropped as not a line of the shipped log-format. */
  logs: { read: number; malformed: number };
  maps: MapSyncStatus;
}

export function dataPlaneStatus(part: { logs: LogListener; maps: MapSync }): DataPlaneStatus {
  return { logs: { read: part.logs.read, malformed: part.logs.malformed }, maps: part.maps.status() };
}
