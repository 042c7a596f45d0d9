// `breakwater intel`: peers we pull from, pulls and pushes on demand, and plain block lists in and out,
// all through the control plane API.

import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { PublicPeer } from '../intel/feeds/public-peer.js';
import type { PushResult } from '../intel/feeds/push.js';
import type { FeedPull } from '../store/intel-feed-repository.js';
import { type ControlTarget, callControl, controlOptions, exchangeControlText } from './control-client.js';
import { UsageError } from './errors.js';

function trust(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new UsageError(`--trust: expected a whole number from 0 to 100, found '${text}'`);
  }
  return value;
}

function describePeer(peer: PublicPeer): string {
  const last =
    peer.lastPullAt === null
      ? 'never pulled'
      : `last pull ${new Date(peer.lastPullAt).toISOString()} ${peer.lastError === null ? 'ok' : `failed: ${peer.lastError}`}`;
  return `${peer.name}  ${peer.url} collection ${peer.collection}  trust ${peer.trust}${peer.enabled ? '' : ' (disabled)'}  ${last}`;
}

function describePull(pull: FeedPull): string {
  const counts = `${pull.pages} page(s), ${pull.objects} object(s): ${pull.imported} imported, ${pull.duplicates} duplicate, ${pull.revoked} revoked, ${pull.unsupported} unsupported, ${pull.invalid} invalid`;
  return pull.status === 'ok' ? `${pull.peer}: ${counts}` : `${pull.peer}: failed: ${pull.error} (${counts})`;
}

function peersCommand(): Command {
  const peers = new Command('peers').description('Peers whose TAXII 2.1 collections are pulled.');

  peers.addCommand(
    controlOptions(new Command('add'))
      .description('Add a peer; with --read, --write or --amber also open its account on our TAXII server.')
      .argument('<name>', 'a name for the peer (also the user name of its account here)')
      .requiredOption(
        '--url <url>',
        "the peer's TAXII 2.1 API root, such as https://peer.example/taxii2/api/",
      )
      .requiredOption('--collection <id>', "the id of the peer's collection to pull")
      .option('--username <name>', "user name on the peer's server")
      .option('--password <secret>', "password on the peer's server (stored as given: we present it)")
      .option('--trust <n>', 'how far its indicators are believed, 0 to 100 (default 80)', trust)
      .option('--read <collections...>', 'our collections the peer may read')
      .option('--write <collections...>', 'our collections the peer may write')
      .option('--amber', 'the peer may read TLP:AMBER objects')
      .option('--disabled', 'add it without pulling it on schedule')
      .option('--json', 'print JSON')
      .addHelpText(
        'after',
        '\nExample:\n  breakwater intel peers add cert-eu --url https://taxii.example/taxii2/api/ \\\n' +
          '    --collection 2f0c… --username breakwater --password … --trust 70 --read 4b1e2c9a-…',
      )
      .action(async (name: string, flags: ControlTarget & Record<string, unknown>) => {
        const body = {
          name,
          url: flags.url,
          collection: flags.collection,
          ...(flags.username !== undefined && { username: flags.username }),
          ...(flags.password !== undefined && { password: flags.password }),
          ...(flags.trust !== undefined && { trust: flags.trust }),
          ...(flags.read !== undefined && { read: flags.read }),
          ...(flags.write !== undefined && { write: flags.write }),
          ...(flags.amber === true && { amber: true }),
          ...(flags.disabled === true && { enabled: false }),
        };
        const added = await callControl<{ peer: PublicPeer; account?: { name: string; secret: string } }>(
          flags,
          'POST',
          'api/v1/intel/peers',
          body,
        );
        if (added === undefined) return;
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(added, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${describePeer(added.peer)}\n`);
        if (added.account !== undefined) {
          process.stderr.write(
            `account ${added.account.name} opened on our TAXII server; its secret is shown only once:\n`,
          );
          process.stdout.write(`${added.account.secret}\n`);
        }
      }),
  );

  peers.addCommand(
    controlOptions(new Command('list'))
      .description('List the peers, their checkpoints and last pulls.')
      .option('--json', 'print JSON')
      .action(async (flags: ControlTarget & { json?: boolean }) => {
        const listed =
          (await callControl<{ peers: PublicPeer[] }>(flags, 'GET', 'api/v1/intel/peers'))?.peers ?? [];
        if (flags.json) process.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
        else if (listed.length === 0) process.stdout.write('no peers\n');
        else for (const peer of listed) process.stdout.write(`${describePeer(peer)}\n`);
      }),
  );

  peers.addCommand(
    controlOptions(new Command('remove'))
      .description('Remove a peer, what was imported from it, and its account on our TAXII server.')
      .argument('<name>', 'the peer')
      .action(async (name: string, flags: ControlTarget) => {
        await callControl(flags, 'DELETE', `api/v1/intel/peers/${encodeURIComponent(name)}`);
        process.stdout.write(`removed ${name}\n`);
      }),
  );
  return peers;
}

export function intelCommand(): Command {
  const command = new Command('intel').description(
    "Threat intelligence: peers' TAXII feeds, pushes, and plain block lists.",
  );
  command.addCommand(peersCommand());

  command.addCommand(
    controlOptions(new Command('pull'))
      .description('Pull a peer now, or every enabled peer.')
      .argument('[peer]', 'the peer (default: every enabled peer)')
      .option('--json', 'print JSON')
      .action(async (peer: string | undefined, flags: ControlTarget & { json?: boolean }) => {
        const names =
          peer !== undefined
            ? [peer]
            : ((await callControl<{ peers: PublicPeer[] }>(flags, 'GET', 'api/v1/intel/peers'))?.peers ?? [])
                .filter((p) => p.enabled)
                .map((p) => p.name);
        let failed = false;
        for (const name of names) {
          const pull = await callControl<FeedPull>(
            flags,
            'POST',
            `api/v1/intel/peers/${encodeURIComponent(name)}/pull`,
          );
          if (pull === undefined) continue;
          failed ||= pull.status === 'error';
          process.stdout.write(flags.json ? `${JSON.stringify(pull)}\n` : `${describePull(pull)}\n`);
        }
        if (names.length === 0) process.stdout.write('no enabled peers\n');
        if (failed) process.exitCode = 1;
      }),
  );

  command.addCommand(
    controlOptions(new Command('push'))
      .description("Push our sightings and indicators to a peer's collection.")
      .argument('<peer>', 'the peer')
      .action(async (peer: string, flags: ControlTarget) => {
        const result = await callControl<PushResult>(
          flags,
          'POST',
          `api/v1/intel/peers/${encodeURIComponent(peer)}/push`,
        );
        if (result === undefined) return;
        const state = result.complete ? 'complete' : `not complete (${result.pending} pending)`;
        process.stdout.write(
          `${peer}: ${result.objects} object(s) pushed, ${result.successes} accepted, ${result.failures} refused, ${state}\n`,
        );
        if (!result.complete || result.failures > 0) process.exitCode = 1;
      }),
  );

  command.addCommand(
    controlOptions(new Command('export'))
      .description('Write the active block decisions as a plain list, or our indicators as a STIX bundle.')
      .option('--format <format>', 'plain or stix', 'plain')
      .option('--output <file>', 'write to this file instead of standard output')
      .action(async (flags: ControlTarget & { format: string; output?: string }) => {
        if (flags.format !== 'plain' && flags.format !== 'stix') {
          throw new UsageError(`--format: expected plain or stix, found '${flags.format}'`);
        }
        const text = await exchangeControlText(flags, 'GET', `api/v1/intel/blocklist?format=${flags.format}`);
        if (flags.output === undefined) process.stdout.write(text);
        else await writeFile(flags.output, text);
      }),
  );

  command.addCommand(
    controlOptions(new Command('import-list'))
      .description('Block every address and prefix of a plain list (one per line, # comments).')
      .argument('<file>', 'the list')
      .option('--ttl <duration>', "lifetime such as '24h' or '7d'", '24h')
      .option('--reason <text>', 'why (shown with each decision)', 'imported block list')
      .option('--skip-invalid', 'import the valid lines even if some are not')
      .action(
        async (
          file: string,
          flags: ControlTarget & { ttl: string; reason: string; skipInvalid?: boolean },
        ) => {
          let text: string;
          try {
            text = await readFile(file, 'utf8');
          } catch (error) {
            throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
          }
          const query = new URLSearchParams({
            ttl: flags.ttl,
            reason: flags.reason,
            skipInvalid: String(flags.skipInvalid === true),
          });
          const answer = JSON.parse(
            await exchangeControlText(flags, 'POST', `api/v1/intel/blocklist?${query}`, text),
          ) as {
            imported: number;
            skipped: { line: number; text: string; problem: string }[];
          };
          for (const bad of answer.skipped)
            process.stderr.write(`${file}:${bad.line}: skipped ${bad.text}: ${bad.problem}\n`);
          process.stdout.write(`imported ${answer.imported} address(es) and prefix(es)\n`);
        },
      ),
  );
  return command;
}
