// Check: Breakwater's own production dependencies against the npm registry's advisories, through
// `npm audit --omit=dev --json` in the package's folder, bounded in time. Without an answer from the
// registry the check is skipped, and says so.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Check, Finding, Severity } from './finding.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const AUDIT_TIMEOUT_MS = 20_000;

/** `npm audit`'s JSON, or undefined when npm could not ask the registry in time. */
export function npmAudit(): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { cwd: PACKAGE_ROOT, timeout: AUDIT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      // npm exits 1 when it finds advisories: the JSON on stdout is what counts.
      (_error, stdout) => resolve(stdout.trim() ? stdout : undefined),
    );
  });
}

const LEVELS: [npm: string, severity: Severity][] = [
  ['critical', 'high'],
  ['high', 'high'],
  ['moderate', 'medium'],
  ['low', 'low'],
];

export const dependencyAdvisories: Check = async ({ audit }) => {
  const skipped = (reason: string): Finding[] => [
    {
      id: 'npm-audit-skipped',
      severity: 'info',
      title: `dependencies were not checked for advisories: ${reason}`,
      why: 'npm audit needs an answer from the npm registry',
      fix: 'run `npm audit --omit=dev` where the registry is reachable, such as in CI',
    },
  ];
  const output = await audit();
  if (output === undefined) return skipped(`no answer within ${AUDIT_TIMEOUT_MS / 1000} s`);
  let report: {
    metadata?: { vulnerabilities?: Record<string, number> };
    error?: { summary?: string };
    message?: string;
  };
  try {
    report = JSON.parse(output);
  } catch {
    return skipped('npm did not answer in JSON');
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    return skipped(report.error?.summary?.split('\n')[0] || report.message || 'the registry did not answer');
  }
  return LEVELS.filter(([npm]) => (counts[npm] ?? 0) > 0).map(([npm, severity]) => ({
    id: `npm-advisories-${npm}`,
    severity,
    title: `${counts[npm]} ${npm} advisor${counts[npm] === 1 ? 'y' : 'ies'} in production dependencies`,
    why: 'known vulnerabilities in code this process runs',
    fix: 'upgrade Breakwater, or see `npm audit --omit=dev` for the packages and fixed versions',
  }));
};
