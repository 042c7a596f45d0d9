// Follows a Redis Stream with blocking reads: each entry's fields handed on in order, from the entry
// after `from` ('0': all it keeps; '$': what comes next). A failed read (Redis away) is retried after a
// pause, so the follower reads on from where it stopped once Redis is back.

import type { Redis } from 'ioredis';

const BLOCK_MS = 1_000;
const RETRY_MS = 200;

export interface StreamFollowOptions {
  /** A connection of its own: a blocking read holds it. */
  reader: Redis;
  key: string;
  from: string;
  /** One entry's fields, name and value in turn. */
  take: (fields: string[]) => void;
  running: () => boolean;
}

export async function followStream(opts: StreamFollowOptions): Promise<void> {
  let lastId = opts.from;
  while (opts.running()) {
    try {
      const answer = (await opts.reader.xread('BLOCK', BLOCK_MS, 'STREAMS', opts.key, lastId)) as
        | [string, [string, string[]][]][]
        | null;
      if (answer === null) continue;
      for (const [id, fields] of answer[0][1]) {
        lastId = id;
        opts.take(fields);
      }
    } catch {
      if (!opts.running()) return;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
