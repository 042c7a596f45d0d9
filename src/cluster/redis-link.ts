// The gateway's link to the cluster's Redis: checked once at start (a wrong password or an unreachable
// server refuses the start, with the reason), then kept up by reconnecting. Commands fail at once while
// Redis is away (no offline queue), so the gateway's own work never waits on it; whoever uses the link
// watches `up` and catches up when it returns.

import { Redis } from 'ioredis';
import type { Log } from '../log.js';

export class ClusterStartError extends Error {
  override name = 'ClusterStartError';
}

/** The URL with its password hidden, for messages. */
export function shownUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export interface RedisLink {
  /** Commands (fail at once while Redis is away). */
  redis: Redis;
  /** A second connection of the same settings, for blocking reads. */
  duplicate(): Redis;
  /** Redis answered the last time we heard from it. */
  readonly up: boolean;
  /** Told when Redis goes away or comes back. */
  onChange(listener: (up: boolean) => void): void;
  close(): void;
}

const CONNECT_TIMEOUT_MS = 3_000;

export async function connectRedis(url: string, log: Log): Promise<RedisLink> {
  const options = {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt: number) => Math.min(100 * attempt, 1_000),
  };
  const redis = new Redis(url, options);
  /** The connection's own error: the command's is often only "Connection is closed". */
  let cause: Error | undefined;
  redis.on('error', (error: Error) => {
    cause = error; // later reported through `up` and the log, not as unhandled errors
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const message = (cause ?? (error as Error)).message;
    if (/WRONGPASS|NOAUTH|invalid password|AUTH/i.test(message)) {
      throw new ClusterStartError(
        `cluster.redis: Redis at ${shownUrl(url)} refused the credentials (${message}); check the password in the URL`,
      );
    }
    throw new ClusterStartError(`cluster.redis: cannot reach Redis at ${shownUrl(url)} (${message})`);
  }
  let up = true;
  const listeners = new Set<(up: boolean) => void>();
  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    if (up) log.info('cluster: Redis is back; catching up', { redis: shownUrl(url) });
    else
      log.warn('cluster: Redis unreachable; enforcing and detecting on this gateway alone', {
        redis: shownUrl(url),
      });
    for (const listener of listeners) listener(up);
  };
  redis.on('ready', () => set(true));
  redis.on('close', () => set(false));
  const duplicates: Redis[] = [];
  return {
    redis,
    duplicate() {
      const copy = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
      copy.on('error', () => {});
      duplicates.push(copy);
      return copy;
    },
    get up() {
      return up;
    },
    onChange(listener) {
      listeners.add(listener);
    },
    close() {
      for (const copy of duplicates) copy.disconnect();
      redis.disconnect();
    },
  };
}
