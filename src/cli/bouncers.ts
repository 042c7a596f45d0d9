// `breakwater bouncers add|list|remove`: CrowdSec-compatible bouncers that pull our decisions. `add`
// prints the bouncer's key once (only its hash is kept); `list` shows each one's last pull.

import { Command } from 'commander';
import { addBouncer, BouncerNameError } from '../bouncers/bouncer-key.js';
import { UsageError } from './errors.js';
import { type LocalStoreFlags, localStoreOptions, withLocalStore } from './local-store.js';

const CLI_ACTOR = { kind: 'system' as const, id: null, name: 'breakwater bouncers' };

const when = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toISOString());

export function bouncersCommand(): Command {
  const command = new Command('bouncers').description(
    'Manage bouncers: CrowdSec-compatible enforcers that pull decisions from the control plane.',
  );
  command.addCommand(
    localStoreOptions(
      new Command('add')
        .description('Register a bouncer and print its API key; it is shown only once.')
        .argument('<name>', 'a name to recognise the bouncer by'),
    ).action(async (name: string, flags: LocalStoreFlags) => {
      await withLocalStore(flags, async (store) => {
        const key = await addBouncer(store, name, Date.now()).catch((error: unknown) => {
          throw error instanceof BouncerNameError ? new UsageError(error.message, 1) : error;
        });
        await store.audit.append({
          actor: CLI_ACTOR,
          address: null,
          action: 'bouncer_added',
          target: { bouncer: name },
          detail: {},
        });
        process.stderr.write(`added bouncer ${name}; its API key is shown only once:\n`);
        process.stdout.write(`${key}\n`);
      });
    }),
  );
  command.addCommand(
    localStoreOptions(new Command('list').description('List bouncers with their last pull.')).action(
      async (flags: LocalStoreFlags) => {
        await withLocalStore(flags, async (store) => {
          const bouncers = await store.bouncers.list();
          if (bouncers.length === 0) {
            process.stderr.write('no bouncers; `breakwater bouncers add NAME` registers one\n');
            return;
          }
          process.stdout.write('NAME\tCREATED\tLAST PULL\tFROM\tUSER AGENT\n');
          for (const b of bouncers) {
            const row = [
              b.name,
              when(b.createdAt),
              when(b.lastPullAt),
              b.lastAddress ?? '-',
              b.userAgent ?? '-',
            ];
            process.stdout.write(`${row.join('\t')}\n`);
          }
        });
      },
    ),
  );
  command.addCommand(
    localStoreOptions(
      new Command('remove')
        .description('Remove a bouncer; its key stops working at once.')
        .argument('<name>'),
    ).action(async (name: string, flags: LocalStoreFlags) => {
      await withLocalStore(flags, async (store) => {
        if (!(await store.bouncers.remove(name))) throw new UsageError(`no bouncer is named '${name}'`, 1);
        await store.audit.append({
          actor: CLI_ACTOR,
          address: null,
          action: 'bouncer_removed',
          target: { bouncer: name },
          detail: {},
        });
        process.stderr.write(`removed bouncer ${name}\n`);
      });
    }),
  );
  return command;
}
