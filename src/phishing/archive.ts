// Opens zip archives (and zips inside them) to list the files they hold, under bounds on entries, on the
// size the content would expand to, and on depth: a zip bomb is named as one, never expanded. Only
// archives nested inside are read; no file is ever written or run.
import yauzl from 'yauzl';

export interface ArchiveLimits {
  maxExpandedBytes: number;
  maxDepth: number;
  maxEntries: number;
}

export interface ArchiveListing {
  /** Paths of the files inside, nested archives' files as `outer.zip/inner.zip/file`. */
  names: string[];
  /** Why the listing stopped early, in plain words; undefined when it is complete. */
  stopped?: string;
  /** True when the archive would expand past the bound (or nests deeper than allowed): a zip bomb. */
  bomb: boolean;
}

export async function listArchive(content: Buffer, limits: ArchiveLimits): Promise<ArchiveListing> {
  const listing: ArchiveListing = { names: [], bomb: false };
  const budget = { bytes: limits.maxExpandedBytes, entries: limits.maxEntries };
  try {
    await walk(content, '', 1, limits, budget, listing);
  } catch (error) {
    listing.stopped ??= `the archive could not be read (${(error as Error).message})`;
  }
  return listing;
}

async function walk(
  content: Buffer,
  prefix: string,
  depth: number,
  limits: ArchiveLimits,
  budget: { bytes: number; entries: number },
  listing: ArchiveListing,
): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  );
  try {
    const entries: yauzl.Entry[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        if (entries.length > budget.entries) resolve();
        else zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
    for (const entry of entries) {
      budget.entries -= 1;
      budget.bytes -= entry.uncompressedSize;
      if (budget.entries < 0) {
        listing.stopped = `the archive holds more than ${limits.maxEntries} files; the rest were not listed`;
        return;
      }
      if (budget.bytes < 0) {
        listing.bomb = true;
        listing.stopped = `the archive would expand to more than ${Math.round(limits.maxExpandedBytes / 1024 ** 2)} MB (a zip bomb)`;
        return;
      }
      const name = `${prefix}${entry.fileName}`;
      listing.names.push(name);
      if (/\.zip$/i.test(entry.fileName) && !entry.isEncrypted()) {
        if (depth >= limits.maxDepth) {
          listing.bomb = true;
          listing.stopped = `archives nest more than ${limits.maxDepth} deep`;
          return;
        }
        const inner = await readEntry(zip, entry);
        await walk(inner, `${name}/`, depth + 1, limits, budget, listing);
        if (listing.stopped !== undefined) return;
      }
    }
  } finally {
    zip.close();
  }
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    }),
  );
}
