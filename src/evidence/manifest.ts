// The evidence package's seal: a manifest with the SHA-256 of every file, signed with the installation's
// Ed25519 key, and the check of both — signature first, then each file against its listed hash, and
// nothing in the archive that the manifest does not list.
import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import { type ArchiveFile, packArchive, unpackArchive } from './archive.js';
import { publicHalf, type SigningKey } from './signing-key.js';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.json.sig';
export const PUBLIC_KEY = 'public-key.pem';
export const FORMAT = 'breakwater-evidence/1';

export interface Manifest {
  format: typeof FORMAT;
  incident: string;
  createdAt: string;
  signer: { algorithm: 'Ed25519'; fingerprint: string; publicKey: string };
  files: { name: string; sha256: string; bytes: number }[];
}

export type VerifyResult =
  | { ok: true; manifest: Manifest }
  | { ok: false; problems: string[]; manifest?: Manifest };

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The signed archive: the files, then the manifest, its signature and the public key. */
export async function sealArchive(
  incident: string,
  files: readonly ArchiveFile[],
  key: SigningKey,
  at: Date,
): Promise<Buffer> {
  const manifest: Manifest = {
    format: FORMAT,
    incident,
    createdAt: at.toISOString(),
    signer: { algorithm: 'Ed25519', fingerprint: key.fingerprint, publicKey: key.publicKeyPem },
    files: files.map((f) => ({ name: f.name, sha256: sha256(f.data), bytes: f.data.length })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = sign(null, manifestBytes, key.privateKey);
  return packArchive(
    [
      ...files,
      { name: MANIFEST, data: manifestBytes },
      { name: SIGNATURE, data: Buffer.from(`${signature.toString('base64')}\n`) },
      { name: PUBLIC_KEY, data: Buffer.from(key.publicKeyPem) },
    ],
    at,
  );
}

/**
 * Checks an archive. With `trustedKeyPem` (the sender's published key), the signature must be by that
 * key; without it, by the key the manifest names, whose fingerprint the receiver should compare.
 */
export async function verifyArchive(archive: Buffer, trustedKeyPem?: string): Promise<VerifyResult> {
  let files: Map<string, Buffer>;
  try {
    files = await unpackArchive(archive);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const manifestBytes = files.get(MANIFEST);
  const signature = files.get(SIGNATURE);
  if (manifestBytes === undefined || signature === undefined) {
    return { ok: false, problems: [`${MANIFEST} or ${SIGNATURE} is missing: not an evidence package`] };
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
    if (manifest.format !== FORMAT || !Array.isArray(manifest.files))
      throw new Error(`format is not ${FORMAT}`);
  } catch (error) {
    return { ok: false, problems: [`${MANIFEST} is unreadable: ${(error as Error).message}`] };
  }
  const problems: string[] = [];
  try {
    const publicKey = createPublicKey(trustedKeyPem ?? manifest.signer.publicKey);
    const { fingerprint } = publicHalf(publicKey);
    if (fingerprint !== manifest.signer.fingerprint) {
      problems.push(
        `the manifest names signer ${manifest.signer.fingerprint}, not the key given (${fingerprint})`,
      );
    }
    if (!verify(null, manifestBytes, publicKey, Buffer.from(signature.toString('utf8').trim(), 'base64'))) {
      problems.push(`the signature does not match ${MANIFEST}`);
    }
  } catch (error) {
    problems.push(`the signing key is unusable: ${(error as Error).message}`);
  }
  const exported = files.get(PUBLIC_KEY)?.toString('utf8');
  if (exported !== undefined && exported !== manifest.signer.publicKey) {
    problems.push(`${PUBLIC_KEY} is not the key the manifest names`);
  }
  const listed = new Set([MANIFEST, SIGNATURE, PUBLIC_KEY]);
  for (const entry of manifest.files) {
    listed.add(entry.name);
    const data = files.get(entry.name);
    if (data === undefined) problems.push(`${entry.name} is listed but missing`);
    else if (sha256(data) !== entry.sha256)
      problems.push(`${entry.name} was changed: its SHA-256 does not match`);
  }
  for (const name of files.keys())
    if (!listed.has(name)) problems.push(`${name} is not listed in the manifest`);
  return problems.length === 0 ? { ok: true, manifest } : { ok: false, problems, manifest };
}
