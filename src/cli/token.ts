// `breakwater token create`: a new API token for the control plane, printed once, stored as a hash.

import { Command } from 'commander';
import { createToken, isRole, ROLES, type Role } from '../auth/tokens.js';
import { UsageError } from './errors.js';
import { type LocalStoreFlags, localStoreOptions, withLocalStore } from './local-store.js';

const TTL = /^(\d+)(s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

function ttlSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = TTL.exec(text.trim());
  if (!match || Number(match[1]) === 0)
    throw new UsageError(`--ttl: expected a duration such as '30d' or '12h', found '${text}'`);
  return Number(match[1]) * UNIT_SECONDS[match[2] ?? 's'];
}

export function tokenCommand(): Command {
  const command = new Command('token').description('Manage API tokens for the control plane.');
  command.addCommand(
    localStoreOptions(
      new Command('create')
        .description('Create a token; it is printed once and only its hash is kept.')
        .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
        .option('--name <name>', 'a label to recognise the token by')
        .option('--ttl <duration>', "lifetime such as '30d'; default: until revoked"),
    ).action(async (flags: LocalStoreFlags & { role: string; name?: string; ttl?: string }) => {
      if (!isRole(flags.role))
        throw new UsageError(`--role: expected one of ${ROLES.join(', ')}, found '${flags.role}'`);
      const ttl = ttlSeconds(flags.ttl);
      await withLocalStore(flags, async (store) => {
        const { token, record } = await createToken({
          store,
          role: flags.role as Role,
          name: flags.name,
          ttlSeconds: ttl,
          now: Date.now,
        });
        process.stderr.write(
          `created ${record.role} token "${record.name}" (${record.id}); it is shown only once:\n`,
        );
        process.stdout.write(`${token}\n`);
      });
    }),
  );
  return command;
}
