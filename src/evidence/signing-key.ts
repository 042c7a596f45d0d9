// This installation's Ed25519 key for signing evidence packages: made once, kept in the store's secrets
// (sealed with the store key, like the challenge's HMAC key), its public half exported for receivers to
// check signatures against.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import type { Store } from '../store/index.js';

const SECRET_NAME = 'evidence-signing-key';

export interface SigningKey {
  privateKey: KeyObject;
  /** SPKI PEM of the public key. */
  publicKeyPem: string;
  /** SHA-256 of the public key's DER, hex: what a receiver compares. */
  fingerprint: string;
}

export async function installationKey(store: Pick<Store, 'secrets'>): Promise<SigningKey> {
  const stored = await store.secrets.getOrCreate(SECRET_NAME, () =>
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  );
  const privateKey = createPrivateKey({ key: Buffer.from(stored, 'base64'), format: 'der', type: 'pkcs8' });
  return { privateKey, ...publicHalf(createPublicKey(privateKey)) };
}

export function publicHalf(publicKey: KeyObject): Omit<SigningKey, 'privateKey'> {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}
