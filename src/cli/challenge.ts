// `breakwater challenge rotate-key`: a new HMAC key for the browser challenge. The key before it stays
// valid (passes already given, puzzles being solved) until the next rotation; gateways use the new key
// once restarted.
import { Command } from 'commander';
import { rotateChallengeKey } from '../runtime/challenge-keys.js';
import { type LocalStoreFlags, localStoreOptions, withLocalStore } from './local-store.js';

export function challengeCommand(): Command {
  const command = new Command('challenge').description('Manage the browser challenge.');
  command.addCommand(
    localStoreOptions(
      new Command('rotate-key').description(
        'Make a new challenge key; the current one stays valid until the next rotation. Restart gateways to use it.',
      ),
    ).action((flags: LocalStoreFlags) =>
      withLocalStore(flags, async (store) => {
        await rotateChallengeKey(store);
        await store.audit.append({
          actor: { kind: 'system', id: null, name: 'breakwater challenge rotate-key' },
          address: null,
          action: 'challenge_key_rotated',
          target: {},
          detail: {},
        });
        process.stdout.write('a new challenge key is stored; restart each gateway to use it\n');
      }),
    ),
  );
  return command;
}
