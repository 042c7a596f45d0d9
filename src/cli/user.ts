// `breakwater user add|list|setup-link`: console users from the command line. A new user gets a one-time
// setup link to choose a password and enrol a second factor; the first admin is made this way.

import { Command } from 'commander';
import { inviteUser, normaliseEmail, renewSetup, UserExistsError } from '../accounts/invite.js';
import { consoleUrl, setupUrl } from '../accounts/setup-link.js';
import { isRole, ROLES, type Role } from '../auth/tokens.js';
import type { Config } from '../config/index.js';
import { UsageError } from './errors.js';
import { type LocalStoreFlags, localStoreOptions, withLocalStore } from './local-store.js';

const CLI_ACTOR = { kind: 'system' as const, id: null, name: 'breakwater user' };

function emailArgument(text: string): string {
  const email = normaliseEmail(text);
  if (!email) throw new UsageError(`EMAIL: expected an email address, found '${text}'`);
  return email;
}

const storeOptions = (command: Command) =>
  localStoreOptions(
    command.option('--url <url>', 'the console’s address as users reach it (default: the control address)'),
  );

function printLink(config: Config, flags: { url?: string }, email: string, token: string): void {
  const link = setupUrl(flags.url ?? consoleUrl(config.control), token);
  process.stderr.write(`send this one-time link to ${email}; it works once, for 24 hours:\n`);
  process.stdout.write(`${link}\n`);
}

export function userCommand(): Command {
  const command = new Command('user').description('Manage console users.');
  command.addCommand(
    storeOptions(
      new Command('add')
        .description('Add a console user and print their one-time setup link.')
        .argument('<email>', 'the user’s email address')
        .option('--role <role>', `one of ${ROLES.join(', ')}`, 'viewer')
        .option('--admin', 'same as --role admin'),
    ).action(
      async (text: string, flags: LocalStoreFlags & { role: string; admin?: boolean; url?: string }) => {
        const email = emailArgument(text);
        const role: Role | string = flags.admin ? 'admin' : flags.role;
        if (!isRole(role))
          throw new UsageError(`--role: expected one of ${ROLES.join(', ')}, found '${role}'`);
        await withLocalStore(flags, async (store, config) => {
          const invitation = await inviteUser(store, { email, role }, Date.now()).catch((error: unknown) => {
            if (error instanceof UserExistsError)
              throw new UsageError(
                `${error.message}; \`breakwater user setup-link ${email}\` makes a new link`,
                1,
              );
            throw error;
          });
          await store.audit.append({
            actor: CLI_ACTOR,
            address: null,
            action: 'user_added',
            target: { userId: invitation.user.id, email },
            detail: { role },
          });
          process.stderr.write(`added ${role} ${email} (${invitation.user.id})\n`);
          printLink(config, flags, email, invitation.token);
        });
      },
    ),
  );
  command.addCommand(
    storeOptions(
      new Command('setup-link')
        .description(
          'Print a new one-time setup link for a user (a forgotten password); the old one stops working.',
        )
        .argument('<email>', 'the user’s email address'),
    ).action(async (text: string, flags: LocalStoreFlags & { url?: string }) => {
      const email = emailArgument(text);
      await withLocalStore(flags, async (store, config) => {
        const user = await store.users.findByEmail(email);
        if (!user) throw new UsageError(`no user has email ${email}`, 1);
        const setup = await renewSetup(store, user.id, Date.now());
        await store.audit.append({
          actor: CLI_ACTOR,
          address: null,
          action: 'setup_link_issued',
          target: { userId: user.id, email },
          detail: {},
        });
        printLink(config, flags, email, setup.token);
      });
    }),
  );
  command.addCommand(
    localStoreOptions(new Command('list').description('List console users.')).action(
      (flags: LocalStoreFlags) =>
        withLocalStore(flags, async (store) => {
          for (const user of await store.users.list()) {
            const state = user.disabled ? 'disabled' : user.hasPassword ? 'active' : 'setup pending';
            process.stdout.write(`${user.email}\t${user.role}\t${state}\t${user.id}\n`);
          }
        }),
    ),
  );
  return command;
}
