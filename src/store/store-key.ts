// The store key that seals secrets at rest: 32 bytes from BREAKWATER_STORE_KEY (base64) when set, else
// from the file BREAKWATER_STORE_KEY_FILE names, else from store.key in the data directory; a file is made
// (mode 0600) when a first secret is sealed. Keeping the key away from the data directory means a copy of
// the data alone opens nothing.
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { STORE_KEY_BYTES } from './sealed.js';
import { messageOf, StoreError } from './store-error.js';

export const STORE_KEY_FILE = 'store.key';
export const STORE_KEY_VARIABLE = 'BREAKWATER_STORE_KEY';
export const STORE_KEY_FILE_VARIABLE = 'BREAKWATER_STORE_KEY_FILE';
const BASE64_KEY = /^[A-Za-z0-9+/]{43}=?$/;

export interface StoreKeySource {
  /** Where the key comes from, for messages: the variable's name or the file's path. */
  readonly where: string;
  /** What a person can do to bring the right key back. */
  readonly remedy: string;
  /**
   * The directory of files that must live with the key, away from the database (the audit checkpoint):
   * the key file's directory, or the data directory when the key comes from the variable.
   */
  readonly place: string;
  /** True when the key is kept in the data directory, so that one copy of it carries data and key. */
  readonly besideData: boolean;
  /** The key; undefined when there is none yet. Throws StoreError for a key that cannot be used. */
  read(): Promise<Buffer | undefined>;
  /** The key, made now when there is none (another process may make it first: then that one). */
  create(): Promise<Buffer>;
}

export function storeKeySource(dataDir: string, env: NodeJS.ProcessEnv): StoreKeySource {
  const data = resolve(dataDir);
  const variable = env[STORE_KEY_VARIABLE]?.trim();
  if (variable) {
    const key = keyFromVariable(variable);
    return {
      where: STORE_KEY_VARIABLE,
      remedy: `set ${STORE_KEY_VARIABLE} to the key`,
      place: data,
      besideData: false,
      read: async () => key,
      create: async () => key,
    };
  }
  const named = env[STORE_KEY_FILE_VARIABLE]?.trim();
  const file = named ? resolve(named) : join(data, STORE_KEY_FILE);
  return {
    where: file,
    remedy: `restore ${file} or set ${STORE_KEY_VARIABLE}`,
    place: dirname(file),
    besideData: dirname(file) === data,
    read: () => readKeyFile(file),
    create: () => createKeyFile(file),
  };
}

function keyFromVariable(value: string): Buffer {
  if (!BASE64_KEY.test(value)) {
    throw new StoreError(
      `${STORE_KEY_VARIABLE} must be ${STORE_KEY_BYTES} bytes in base64 (44 characters), such as the output of \`openssl rand -base64 32\``,
      STORE_KEY_VARIABLE,
    );
  }
  return Buffer.from(value, 'base64');
}

async function readKeyFile(file: string): Promise<Buffer | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw new StoreError(`cannot read the store key ${file}: ${messageOf(error)}`, file, { cause: error });
  }
  try {
    const { mode, size } = await handle.stat();
    if ((mode & 0o077) !== 0) {
      throw new StoreError(
        `the store key ${file} is open to others than its owner (mode ${(mode & 0o777).toString(8)}): chmod 600 it`,
        file,
      );
    }
    if (size !== STORE_KEY_BYTES) {
      throw new StoreError(
        `the store key ${file} holds ${size} bytes instead of ${STORE_KEY_BYTES}: restore it from a backup`,
        file,
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Written whole under another name, then linked into place: a reader never sees half a key. */
async function createKeyFile(file: string): Promise<Buffer> {
  const draft = `${file}.${randomBytes(6).toString('hex')}`;
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(draft, randomBytes(STORE_KEY_BYTES), { mode: 0o600, flag: 'wx' });
    await link(draft, file).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    });
  } catch (error) {
    throw new StoreError(`cannot write the store key ${file}: ${messageOf(error)}`, file, { cause: error });
  } finally {
    await unlink(draft).catch(() => undefined);
  }
  return (await readKeyFile(file)) as Buffer;
}
