// Makes the file paths in a configuration absolute (relative to the file that named them),
// and checks at load time that the TLS certificate and key are readable PEM files.

import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { type ConfigIssue, describeFound } from './error.js';
import type { Config } from './schema.js';

/** `data` and the TLS files resolved against `baseDir` (the config file's directory, or the working directory). */
export function resolvePaths(config: Config, baseDir: string): Config {
  const tls = config.tls && {
    cert: resolve(baseDir, config.tls.cert),
    key: resolve(baseDir, config.tls.key),
  };
  return { ...config, data: resolve(baseDir, config.data), tls };
}

const PEM = {
  cert: { marker: /-----BEGIN CERTIFICATE-----/, expected: 'a readable PEM certificate file' },
  key: { marker: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, expected: 'a readable PEM private key file' },
} as const;

/**
 * Issues for TLS files that are missing, unreadable or not PEM. `written` holds the paths as the user wrote them,
 * to show in messages; `file` is the configuration file they came from.
 */
export function checkTlsFiles(tls: Config['tls'], written: Config['tls'], file?: string): ConfigIssue[] {
  if (!tls) return [];
  const issues: ConfigIssue[] = [];
  for (const which of ['cert', 'key'] as const) {
    const problem = pemProblem(tls[which], PEM[which].marker);
    if (!problem) continue;
    const shown = written?.[which] ?? tls[which];
    const where = isAbsolute(shown) ? '' : `: ${tls[which]}`;
    issues.push({
      path: `tls.${which}`,
      expected: PEM[which].expected,
      found: `${describeFound(shown)} (${problem}${where})`,
      ...(file === undefined ? {} : { file }),
    });
  }
  return issues;
}

function pemProblem(path: string, marker: RegExp): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'a directory';
    if (code === 'EACCES' || code === 'EPERM') return 'not readable by this user';
    return `unreadable, ${code ?? (error as Error).message}`;
  }
  return marker.test(text) ? undefined : 'not PEM';
}
