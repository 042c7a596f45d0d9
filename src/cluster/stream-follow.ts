// Follows a Redis Stream with blocking reads: each entry's fields handed on in order, from the entry
// after `from` ('0': all it keeps; '$': what comes next). A failed read (Redis away) is retried after a
// pause, so the follower reads on from where it stopped once Redis is back.

import type { Redis } from 'ioredis';

const BLOCK_MS = 1_000;
const RETRY_MS = 200;

interface FollowBase {
  /** A connection of its own: a blocking read holds it. */
  reader: Redis;
  key: string;
  from: string;
  running: () => boolean;
  /** After a failed read and its pause, with the last id read: a chance to learn what the stream lost. */
  afterOutage?: (lastId: string) => Promise<void>;
}

/** Fields as text, name and value in turn. */
export interface StreamFollowOptions extends FollowBase {
  binary?: false;
  take: (fields: string[]) => void;
}

/** Fields as bytes, name and value in turn (values that are not text, such as tally windows). */
export interface BinaryStreamFollowOptions extends FollowBase {
  binary: true;
  take: (fields: Buffer[]) => void;
}

export async function followStream(opts: StreamFollowOptions | BinaryStreamFollowOptions): Promise<void> {
  let lastId = opts.from;
  while (opts.running()) {
    try {
      const answer = (await opts.reader.xreadBuffer('BLOCK', BLOCK_MS, 'STREAMS', opts.key, lastId)) as
        | [Buffer, [Buffer, Buffer[]][]][]
        | null;
      if (answer === null) continue;
      for (const [id, fields] of answer[0][1]) {
        lastId = id.toString();
        if (opts.binary) opts.take(fields);
        else opts.take(fields.map((field) => field.toString()));
      }
    } catch {
      if (!opts.running()) return;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      await opts.afterOutage?.(lastId).catch(() => {});
    }
  }
}
