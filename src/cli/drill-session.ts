// What every `breakwater drill` command shares: numeric flags read strictly, Ctrl+C that stops the
// drill cleanly (a second one at once), and the drill's own errors turned into the CLI's exit codes.

import { DrillOptionError } from '../drill/options.js';
import { TargetUnreachable } from '../drill/reachability.js';
import { TargetRefused } from '../drill/target.js';
import { UsageError } from './errors.js';

export function number(name: string) {
  return (text: string) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      throw new UsageError(`${name}: expected a number, found '${text}'`);
    }
    return value;
  };
}

/** Runs `body` with a signal that SIGINT or SIGTERM aborts; refused targets and bad options exit 2, unreachable ones 1. */
export async function runStoppable(body: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const tty = process.stderr.isTTY === true;
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130); // a second signal: stop at once
    process.stderr.write(`${tty ? '\n' : ''}stopping the drill…\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await body(stop.signal);
  } catch (error) {
    if (error instanceof TargetRefused || error instanceof DrillOptionError) {
      throw new UsageError(error.message, 2);
    }
    if (error instanceof TargetUnreachable) throw new UsageError(error.message, 1);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The control plane to read, from --control and --token (or BREAKWATER_TOKEN); a URL without a token is a usage error. */
export function controlPlane(control: string | undefined, token: string | undefined) {
  const chosen = token ?? process.env.BREAKWATER_TOKEN;
  if (control === undefined) return undefined;
  if (!chosen) throw new UsageError('--control needs an API token: pass --token or set BREAKWATER_TOKEN');
  return { url: control, token: chosen };
}
