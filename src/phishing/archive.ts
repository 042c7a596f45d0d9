// Opens zip archives (and zips inside them) to list the files they hold, under bounds on entries, on the
// size the content would expand to, and on depth: a zip bomb is named as one, never expanded. Only
// archives nested inside are read; no file is ever written or run. Says whether an archive is
// password-protected (a zip's encryption flag; a 7z or RAR file, which the desk cannot open at all).
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
  /** True when some file inside is encrypted: its content cannot be read without the password. */
  encrypted: boolean;
}

/** Archive formats the desk cannot open, by their first bytes. */
const UNOPENED: { magic: Buffer; what: string }[] = [
  { magic: Buffer.from('377abcaf271c', 'hex'), what: '7-Zip' },
  { magic: Buffer.from('Rar!\x1a\x07', 'latin1'), what: 'RAR' },
];

/** The kind of archive the desk cannot open that `content` is ('7-Zip', 'RAR'), or undefined. */
export function unopenedArchive(content: Buffer): string | undefined {
  return UNOPENED.find((u) => content.subarray(0, u.magic.length).equals(u.magic))?.what;
}

export async function listArchive(content: Buffer, limits: ArchiveLimits): Promise<ArchiveListing> {
  const listing: ArchiveListing = { names: [], bomb: false, encrypted: false };
  const budget = { bytes: limits.maxExpandedBytes, entries: limits.maxEntries };
  try {
    await walk(content, '', 1, limits, budget, listing, true);
  } catch (error) {
    // Encrypted entries often break the size checks (their headers do not add up without the password):
    // their names and flags can still be listed, with nothing inside opened.
    const names: ArchiveListing = { names: [], bomb: false, encrypted: false };
    const fresh = { bytes: limits.maxExpandedBytes, entries: limits.maxEntries };
    try {
      await walk(content, '', 1, limits, fresh, names, false);
      return names;
    } catch {
      listing.stopped ??= `the archive could not be read (${(error as Error).message})`;
    }
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
  validate: boolean,
): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: validate }, (error, file) =>
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
      if (entry.isEncrypted()) listing.encrypted = true;
      // Nothing inside an archive whose sizes do not add up is opened.
      if (/\.zip$/i.test(entry.fileName) && !entry.isEncrypted() && validate) {
        if (depth >= limits.maxDepth) {
          listing.bomb = true;
          listing.stopped = `archives nest more than ${limits.maxDepth} deep`;
          return;
        }
        const inner = await readEntry(zip, entry);
        await walk(inner, `${name}/`, depth + 1, limits, budget, listing, validate);
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
