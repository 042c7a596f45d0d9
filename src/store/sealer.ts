// Seals and opens the store's secret columns with the store key. A key check, sealed in the secrets table
// with the first sealed value, tells whether the key at hand is the one the store's secrets were sealed
// with: a missing or wrong key stops the store from opening instead of failing at some later sign-in.
import { hkdfSync } from 'node:crypto';
import { isSealed, type SealedColumn, SealedValueError, STORE_KEY_BYTES, seal, unseal } from './sealed.js';
import type { SecretRepository } from './secret-repository.js';
import { StoreError } from './store-error.js';
import type { StoreKeySource } from './store-key.js';

export const KEY_CHECK = 'store-key-check';
const KEY_CHECK_COLUMN = 'secrets.store-key-check';
const KEY_CHECK_TEXT = 'breakwater store key';

export class Sealer {
  /** The key, once checked against the store's key check. */
  private key: Buffer | undefined;
  private making: Promise<Buffer> | undefined;

  private constructor(
    private readonly source: StoreKeySource,
    private readonly secrets: SecretRepository,
  ) {}

  /** Reads the key and, when the store holds sealed secrets, checks it; throws StoreError when it is unfit. */
  static async load(source: StoreKeySource, secrets: SecretRepository): Promise<Sealer> {
    const sealer = new Sealer(source, secrets);
    const key = await source.read();
    const check = await secrets.get(KEY_CHECK);
    if (check !== undefined) sealer.key = sealer.checked(key, check);
    return sealer;
  }

  /** A key for another purpose, derived from the store key (HKDF-SHA256); makes the store key if need be. */
  async derivedKey(purpose: string): Promise<Buffer> {
    const info = `breakwater ${purpose}`;
    return Buffer.from(hkdfSync('sha256', await this.sealingKey(), Buffer.alloc(0), info, STORE_KEY_BYTES));
  }

  async seal(column: SealedColumn, clear: string): Promise<string> {
    return seal(await this.sealingKey(), column, clear);
  }

  /** The clear text of a stored value; a value an older version stored in clear is returned as it is. */
  async open(column: SealedColumn, stored: string | null): Promise<string | null> {
    if (stored === null || !isSealed(stored)) return stored;
    const key = this.key ?? (await this.openingKey());
    try {
      return unseal(key, column, stored);
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      throw new StoreError(
        `a sealed value of ${column} does not open with the store key: it was altered, or moved from another column`,
        column,
        { cause: error },
      );
    }
  }

  /** The key to seal with: made now when there is none yet, and the key check written with it. */
  private sealingKey(): Promise<Buffer> {
    if (this.key !== undefined) return Promise.resolve(this.key);
    this.making ??= this.makeKey().finally(() => {
      this.making = undefined;
    });
    return this.making;
  }

  private async makeKey(): Promise<Buffer> {
    const key = (await this.source.read()) ?? (await this.source.create());
    const check = await this.secrets.getOrCreate(KEY_CHECK, () =>
      seal(key, KEY_CHECK_COLUMN, KEY_CHECK_TEXT),
    );
    this.key = this.checked(key, check);
    return this.key;
  }

  /** Another process sealed the first secret after this store was opened. */
  private async openingKey(): Promise<Buffer> {
    const check = await this.secrets.get(KEY_CHECK);
    if (check === undefined) {
      throw new StoreError(
        `the store holds sealed secrets but no key check: ${this.source.remedy}`,
        KEY_CHECK,
      );
    }
    this.key = this.checked(await this.source.read(), check);
    return this.key;
  }

  private checked(key: Buffer | undefined, check: string): Buffer {
    const { where, remedy } = this.source;
    if (key === undefined) {
      throw new StoreError(
        `the store's secrets are sealed, but there is no store key (${where}): ${remedy}`,
        where,
      );
    }
    try {
      unseal(key, KEY_CHECK_COLUMN, check);
      return key;
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      throw new StoreError(
        `the store key (${where}) does not match the one the store's secrets were sealed with: ${remedy}`,
        where,
        { cause: error },
      );
    }
  }
}
