// Check: the data directory, the database file, the store key and the audit checkpoint open to other
// users of the machine. Any of them read by another account gives away sessions, secrets or the log.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_CHECKPOINT_FILE } from '../store/audit-checkpoint.js';
import { storeKeySource } from '../store/store-key.js';
import type { Check, Finding } from './finding.js';

async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return undefined;
  }
}

export const dataPermissions: Check = async ({ config, env }) => {
  const key = storeKeySource(config.data, env);
  const paths: [path: string, what: string, want: number][] = [
    [config.data, 'the data directory', 0o700],
    [join(config.data, 'breakwater.db'), 'the database file', 0o600],
    [join(key.place, AUDIT_CHECKPOINT_FILE), 'the audit checkpoint', 0o600],
  ];
  if (key.where !== 'BREAKWATER_STORE_KEY') paths.push([key.where, 'the store key', 0o600]);
  const findings: Finding[] = [];
  for (const [path, what, want] of paths) {
    const mode = await modeOf(path);
    if (mode === undefined || (mode & ~want & 0o077) === 0) continue;
    findings.push({
      id: 'data-permissions',
      severity: what === 'the store key' || what === 'the data directory' ? 'high' : 'medium',
      title: `${what} ${path} is open to other users (mode ${mode.toString(8)})`,
      why: 'another account on this machine could read sessions, sealed secrets or the audit log, or change them',
      fix: `chmod ${want.toString(8)} ${path}, owned by the user Breakwater runs as`,
    });
  }
  return findings;
};
