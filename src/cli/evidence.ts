// `breakwater evidence verify|public-key`: check an evidence package's signature and hashes (anywhere,
// no store needed), and print this installation's public key for receivers.

import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { verifyArchive } from '../evidence/manifest.js';
import { installationKey } from '../evidence/signing-key.js';
import { UsageError } from './errors.js';
import { type LocalStoreFlags, localStoreOptions, withLocalStore } from './local-store.js';

async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new UsageError(`${what}: cannot read ${path}: ${(error as Error).message}`, 1);
  }
}

export function evidenceCommand(): Command {
  const command = new Command('evidence').description(
    'Check evidence packages, and show the key that signs them.',
  );
  command.addCommand(
    new Command('verify')
      .description(
        'Check an evidence package: its signature, then every file against its SHA-256. Exits 1 on any problem.',
      )
      .argument('<file>', 'the archive')
      .option(
        '--public-key <pem>',
        'the sender’s published public key (PEM); without it, the key in the package',
      )
      .action(async (file: string, flags: { publicKey?: string }) => {
        const archive = await readInput(file, 'FILE');
        const trusted =
          flags.publicKey === undefined
            ? undefined
            : (await readInput(flags.publicKey, '--public-key')).toString('utf8');
        const result = await verifyArchive(archive, trusted);
        if (!result.ok) {
          for (const problem of result.problems) process.stderr.write(`${problem}\n`);
          throw new UsageError(`${file} does not verify`, 1);
        }
        const { manifest } = result;
        process.stdout.write(
          `${file}: ${manifest.incident}, exported ${manifest.createdAt}; ${manifest.files.length} files match the manifest\n` +
            `signed by Ed25519 key ${manifest.signer.fingerprint}` +
            (trusted === undefined
              ? ' (the key inside the package: compare this fingerprint with the sender’s)\n'
              : ' (the key given)\n'),
        );
      }),
  );
  command.addCommand(
    localStoreOptions(
      new Command('public-key')
        .description('Print the public key evidence packages are signed with (PEM), and its fingerprint.')
        .option('--out <file>', 'write the PEM to this file'),
    ).action(async (flags: LocalStoreFlags & { out?: string }) => {
      await withLocalStore(flags, async (store) => {
        const key = await installationKey(store);
        process.stderr.write(`fingerprint (SHA-256): ${key.fingerprint}\n`);
        if (flags.out === undefined) process.stdout.write(key.publicKeyPem);
        else await writeFile(flags.out, key.publicKeyPem);
      });
    }),
  );
  return command;
}
