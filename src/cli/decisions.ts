// `breakwater decisions list|add|remove`: the decision table through the control plane API.

import { Command } from 'commander';
import type { Decision } from '../responder/decision.js';
import { type ControlTarget, callControl, controlOptions } from './control-client.js';
import { UsageError } from './errors.js';

function describe(d: Decision): string {
  const expires = d.expiresAt === null ? 'never' : new Date(d.expiresAt).toISOString();
  const extra = d.throttle ? ` ${d.throttle.rate}/s burst ${d.throttle.burst}` : '';
  const route = d.route === undefined ? 'every route' : `route ${d.route}`;
  return `${d.id}  ${d.action}${extra}  ${d.scope} ${d.value}  ${route}  source=${d.source} expires=${expires}  ${d.reason}`;
}

function number(name: string) {
  return (text: string) => {
    const value = Number(text);
    if (!Number.isFinite(value)) throw new UsageError(`${name}: expected a number, found '${text}'`);
    return value;
  };
}

export function decisionsCommand(): Command {
  const command = new Command('decisions').description(
    'List, add and remove decisions (block, challenge, throttle, allow).',
  );

  const list = controlOptions(new Command('list'))
    .description('List the active decisions.')
    .option('--json', 'print JSON')
    .option('--route <path>', "only those on this route ('*': those on every route)")
    .action(async (flags: ControlTarget & { json?: boolean; route?: string }) => {
      const query = flags.route === undefined ? '' : `?route=${encodeURIComponent(flags.route)}`;
      const result = await callControl<{ decisions: Decision[] }>(flags, 'GET', `api/v1/decisions${query}`);
      const decisions = result?.decisions ?? [];
      if (flags.json) process.stdout.write(`${JSON.stringify(decisions, null, 2)}\n`);
      else if (decisions.length === 0) process.stdout.write('no active decisions\n');
      else for (const d of decisions) process.stdout.write(`${describe(d)}\n`);
    })
    .addHelpText('after', '\nExample:\n  breakwater decisions list --token $BREAKWATER_TOKEN');
  command.addCommand(list);

  const add = controlOptions(new Command('add'))
    .description('Add a decision.')
    .requiredOption('--scope <scope>', 'ip, cidr or fingerprint')
    .requiredOption('--value <value>', 'address, CIDR or fingerprint id')
    .requiredOption('--action <action>', 'block, challenge, throttle or allow')
    .option('--rate <n>', 'throttle: requests per second', number('--rate'))
    .option('--burst <n>', 'throttle: burst size', number('--burst'))
    .option('--difficulty <bits>', 'challenge: proof-of-work difficulty', number('--difficulty'))
    .option('--reason <text>', 'why (shown in the console and the audit)', 'added from the command line')
    .option('--ttl <duration>', "lifetime such as '15m', '2h' or seconds; default: until removed")
    .option(
      '--route <path>',
      "apply it to this path and those below it only (e.g. '/api/search'); default: every route",
    )
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  breakwater decisions add --scope cidr --value 203.0.113.0/24 --action challenge --ttl 1h' +
        '\n  breakwater decisions add --scope cidr --value 203.0.113.0/24 --action challenge --route /login',
    )
    .action(async (flags: ControlTarget & Record<string, string | number | boolean | undefined>) => {
      if (flags.action === 'throttle' && flags.rate === undefined) {
        throw new UsageError('--action throttle needs --rate (and optionally --burst)');
      }
      const body = {
        scope: flags.scope,
        value: flags.value,
        action: flags.action,
        reason: flags.reason,
        ...(flags.rate !== undefined
          ? { throttle: { rate: flags.rate, burst: flags.burst ?? Math.ceil(Number(flags.rate) * 2) } }
          : {}),
        ...(flags.difficulty !== undefined ? { difficulty: flags.difficulty } : {}),
        ...(flags.ttl !== undefined ? { ttl: flags.ttl } : {}),
        ...(flags.route !== undefined ? { route: flags.route } : {}),
      };
      const created = await callControl<Decision>(flags, 'POST', 'api/v1/decisions', body);
      if (created === undefined) return;
      process.stdout.write(flags.json ? `${JSON.stringify(created, null, 2)}\n` : `${describe(created)}\n`);
    });
  command.addCommand(add);

  command.addCommand(
    controlOptions(new Command('remove'))
      .description('Remove a decision by id.')
      .argument('<id>', 'decision id (see `decisions list`)')
      .action(async (id: string, flags: ControlTarget) => {
        await callControl(flags, 'DELETE', `api/v1/decisions/${encodeURIComponent(id)}`);
        process.stdout.write(`removed ${id}\n`);
      }),
  );
  return command;
}
