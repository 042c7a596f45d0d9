// The evidence package's container: a plain POSIX tar of named files (tar-stream), written in the order
// given and read back whole, within bounds so that a hostile archive cannot exhaust memory.
import { Readable } from 'node:stream';
import tar from 'tar-stream';

export interface ArchiveFile {
  name: string;
  data: Buffer;
}

/** Bounds for reading an archive back. */
export const MAX_ARCHIVE_FILES = 1000;
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

export class ArchiveError extends Error {}

export async function packArchive(files: readonly ArchiveFile[], mtime: Date): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pack.on('data', (chunk) => chunks.push(chunk as Buffer));
    pack.on('end', () => resolve(Buffer.concat(chunks)));
    pack.on('error', reject);
  });
  for (const file of files) {
    pack.entry({ name: file.name, size: file.data.length, mtime, mode: 0o644 }, file.data);
  }
  pack.finalize();
  return done;
}

/** Every regular file in the archive, by name; throws ArchiveError for anything unreadable or too big. */
export async function unpackArchive(archive: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const extract = tar.extract();
  let total = 0;
  const done = new Promise<Map<string, Buffer>>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const parts: Buffer[] = [];
      stream.on('data', (data) => {
        const chunk = data as Buffer;
        total += chunk.length;
        if (total > MAX_ARCHIVE_BYTES)
          extract.destroy(new ArchiveError('the archive is larger than allowed'));
        else parts.push(chunk);
      });
      stream.on('end', () => {
        if (header.type !== 'file') return next();
        if (files.has(header.name)) return extract.destroy(new ArchiveError(`${header.name} appears twice`));
        if (files.size >= MAX_ARCHIVE_FILES) return extract.destroy(new ArchiveError('too many files'));
        files.set(header.name, Buffer.concat(parts));
        next();
      });
    });
    extract.on('finish', () => resolve(files));
    extract.on('error', (error: Error) =>
      reject(
        error instanceof ArchiveError
          ? error
          : new ArchiveError(`not a readable tar archive: ${error.message}`),
      ),
    );
  });
  Readable.from([archive]).pipe(extract);
  return done;
}
