// The audit log's checkpoint: the newest entry's sequence number and hash, signed with the audit key and
// kept with the store key, outside the database. Someone who can write the database can cut the log short
// or rebuild it, but cannot move the checkpoint forward without the key: verification compares the two.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';

export const AUDIT_CHECKPOINT_FILE = 'audit.checkpoint';

export interface Checkpoint {
  seq: number;
  hash: string;
  /** When the checkpoint was written, ms since the epoch. */
  at: number;
}

/** What the checkpoint file holds: none yet, a checkpoint, or a file whose signature does not hold. */
export type CheckpointReading =
  | { state: 'none' }
  | { state: 'ok'; checkpoint: Checkpoint }
  | { state: 'forged' };

export class AuditCheckpoint {
  /** The newest sequence number written by this process, so a checkpoint never goes back. */
  private written = 0;

  constructor(readonly file: string) {}

  async read(key: Buffer): Promise<CheckpointReading> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return { state: 'none' };
      throw error;
    }
    try {
      const { seq, hash, at, mac } = JSON.parse(text) as Checkpoint & { mac: string };
      const expected = Buffer.from(signature(key, { seq, hash, at }), 'hex');
      const given = Buffer.from(String(mac), 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { state: 'forged' };
      return { state: 'ok', checkpoint: { seq, hash, at } };
    } catch {
      return { state: 'forged' };
    }
  }

  /** Writes the checkpoint whole (a new file renamed into place), unless a later one was written. */
  async write(key: Buffer, checkpoint: Checkpoint): Promise<void> {
    if (checkpoint.seq <= this.written) return;
    this.written = checkpoint.seq;
    const draft = `${this.file}.${randomBytes(6).toString('hex')}`;
    const body = JSON.stringify({ ...checkpoint, mac: signature(key, checkpoint) });
    await writeFile(draft, `${body}\n`, { mode: 0o600 });
    await rename(draft, this.file);
  }
}

function signature(key: Buffer, { seq, hash, at }: Checkpoint): string {
  return createHmac('sha256', key)
    .update(`breakwater audit checkpoint\n${seq}\n${hash}\n${at}`)
    .digest('hex');
}
