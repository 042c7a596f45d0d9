// Reading a whole request body under a size limit, for the routes that need it (login, API, echo).
import type { IncomingMessage } from 'node:http';

export const KIB = 1024;
export const MIB = 1024 * KIB;

export class BodyTooLarge extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`request body is over ${limit} bytes`);
    this.name = 'BodyTooLarge';
    this.limit = limit;
  }
}

/**
 * Collects the body. Rejects with BodyTooLarge as soon as the declared length or the bytes received
 * pass `limit`; the rest of the body is then read and dropped, so the refusal can still be delivered.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      return reject(new BodyTooLarge(limit));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData).off('end', onEnd);
        chunks.length = 0;
        req.resume();
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => resolve(Buffer.concat(chunks, size));
    const onClose = (): void => {
      if (!req.complete) reject(new Error('client closed the connection before the body ended'));
    };
    req.on('data', onData).on('end', onEnd).once('error', reject).once('close', onClose);
  });
}
