// The outside programs the scenarios drive (wrk, nginx, HAProxy, openssl, slowhttptest): found on this
// machine, installed with apt-get when missing and the harness may, and their versions for the report.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const TOOLS = ['wrk', 'nginx', 'haproxy', 'openssl', 'slowhttptest'] as const;
export type Tool = (typeof TOOLS)[number];
export type ToolPaths = Partial<Record<Tool, string>>;

/** Debian package that brings each tool. */
const PACKAGE: Record<Tool, string> = {
  wrk: 'wrk',
  nginx: 'nginx',
  haproxy: 'haproxy',
  openssl: 'openssl',
  slowhttptest: 'slowhttptest',
};
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

export function findTool(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...SBIN];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function aptGet(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 2, 2], // apt's chatter goes to stderr; stdout carries the results
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  });
  return result.status === 0;
}

/** Paths of the tools asked for, installing the missing ones with apt-get when running as root. */
export function ensureTools(wanted: readonly Tool[], say: (line: string) => void): ToolPaths {
  const missing = wanted.filter((tool) => findTool(tool) === undefined);
  if (missing.length > 0) {
    const packages = [...new Set(missing.map((tool) => PACKAGE[tool]))];
    const hint = `install them (Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}) and run again`;
    if (process.getuid?.() !== 0 || findTool('apt-get') === undefined) {
      throw new Error(`bench: missing ${missing.join(', ')}; ${hint}`);
    }
    say(`missing ${missing.join(', ')}: installing ${packages.join(' ')} with apt-get…`);
    const install = ['install', '-y', '--no-install-recommends', ...packages];
    if (!aptGet(install) && !(aptGet(['update']) && aptGet(install))) {
      throw new Error(`bench: apt-get could not install ${packages.join(' ')}; ${hint}`);
    }
  }
  const paths: ToolPaths = {};
  for (const tool of wanted) {
    const path = findTool(tool);
    if (path === undefined) throw new Error(`bench: ${tool} is still missing after installing it`);
    paths[tool] = path;
  }
  return paths;
}

/** The first line a tool prints about its version, trimmed of copyright and URLs. */
export function toolVersion(path: string): string {
  const result = spawnSync(path, ['-v'], { encoding: 'utf8', timeout: 10_000 });
  const text = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
  const first = text.split('\n').find((line) => line.trim() !== '') ?? 'unknown';
  return first
    .replace(/\s+Copyright.*$/, '')
    .replace(/\s+-\s+https?:\/\/\S+$/, '')
    .replace(/\s+\d{4}\/\d{2}\/\d{2}$/, '') // HAProxy's release date
    .trim();
}
