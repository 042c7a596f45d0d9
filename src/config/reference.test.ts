// Keeps docs/configuration.md true to the schema: a table row for every key, the defaults it states,
// and the complete example, which must load and differ from the defaults only where its comments say.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultConfig, loadConfig, parseConfig } from './load.js';
import { configSchema } from './schema.js';

const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');

/** Table rows of the reference: key path → default cell. */
const reference = docs.slice(docs.indexOf('## Reference'), docs.indexOf('## A complete example'));
const rows = new Map(
  [...reference.matchAll(/^\| `([\w.[\]]+)` +\| [^|]+ \| ([^|]+) \|/gm)].map((match) => [
    match[1],
    match[2].trim(),
  ]),
);

/** Every documented key: leaves, nullable mappings and lists; sections (mappings with defaults) have headings. */
function keyPaths(schema: z.ZodType, prefix = ''): string[] {
  let current = schema;
  let section = false;
  for (;;) {
    if (current instanceof z.ZodPrefault) section = true;
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodNullable
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      break;
    }
  }
  const own = prefix && !section ? [prefix] : [];
  if (current instanceof z.ZodObject) {
    const children = Object.entries(current.shape as Record<string, z.ZodType>);
    return [
      ...own,
      ...children.flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key)),
    ];
  }
  if (current instanceof z.ZodArray && current.element instanceof z.ZodObject) {
    return [
      ...own,
      ...keyPaths(current.element as z.ZodType, `${prefix}[]`).filter((path) => path !== `${prefix}[]`),
    ];
  }
  return own;
}

function errorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

/** `{ a: { b: value } }` for 'a.b'. */
function sourceWith(path: string, value: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<
    string,
    unknown
  >;
}

describe('docs/configuration.md', () => {
  it('has a row for every key, and no row for a key that does not exist', () => {
    expect([...rows.keys()].sort()).toEqual(keyPaths(configSchema).sort());
  });

  it('states the defaults the schema has', () => {
    for (const [path, cell] of rows) {
      const written = /^`(.*)`$/.exec(cell)?.[1];
      if (written === undefined) {
        expect(cell, path).toMatch(/^— \(required/);
        continue;
      }
      // A default inside a list item only applies within an item; the section's own tests check those.
      if (path.includes('[]')) continue;
      expect(parseConfig(sourceWith(path, parse(written))), path).toEqual(defaultConfig());
    }
  });

  it('gives a complete example that loads, and differs from the defaults only where it says', () => {
    const example = /## A complete example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'breakwater-docs-'));
    try {
      writeFileSync(join(dir, 'breakwater.yaml'), example!);
      const config = loadConfig({ cwd: dir, env: {} });
      const defaults = defaultConfig();
      expect(config).toEqual({
        ...defaults,
        listen: { host: '0.0.0.0', port: 8080 },
        data: '/var/lib/breakwater',
        upstreams: ['http://127.0.0.1:3000', 'http://127.0.0.1:3001'],
        trustedProxies: ['10.0.0.0/8', '2001:db8::/32'],
        healthCheck: { ...defaults.healthCheck, path: '/healthz' },
        limits: { ...defaults.limits, maxBodyBytes: 25 * 1024 * 1024 },
        responder: { ...defaults.responder, allowlist: ['10.0.0.0/8'] },
        routes: [
          { path: '/api/', kind: 'api' },
          { path: '/autodiscover/', kind: 'api' },
          { path: '/', kind: 'browser' },
        ],
        notifications: {
          ...defaults.notifications,
          webhooks: [
            {
              url: 'https://hooks.example.com/breakwater',
              format: 'json',
              secret: '7d9f0c2e5b8a4f1d9c3e6a2b',
              events: ['opened', 'severity', 'status', 'resolved'],
            },
          ],
        },
      });
      const written = parse(example!) as Record<string, unknown>;
      for (const path of keyPaths(configSchema)) {
        const [head, ...rest] = path.replace('[]', '.0').split('.');
        let value: unknown = written[head];
        for (const key of rest) value = value === null ? null : (value as Record<string, unknown>)[key];
        expect(value, path).not.toBeUndefined();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows error lines the loader really prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'breakwater-docs-'));
    try {
      const file = join(dir, 'breakwater.yaml');
      writeFileSync(
        file,
        'upstreams: [http://ok, localhost:3000]\ntrustedProxies: [10.1.0.0/8]\nlimits: { maxHeaderBytes: big }\nupstream: x\n',
      );
      const load = () => loadConfig({ cwd: dir, env: {}, overrides: { listen: '8080x' } });
      const shown = /## Errors[\s\S]*?```text\n([\s\S]*?)```/.exec(docs)?.[1];
      expect(shown).toBeDefined();
      expect(`${errorMessage(load)}\n`).toBe(shown);
      writeFileSync(file, 'listen: 127.0.0.1:8080\nlimits:\n  maxHeaders: 10\n maxBodyBytes: 1mb\n');
      const syntax = /syntax error[\s\S]*?```text\n([\s\S]*?)```/.exec(docs)?.[1];
      expect(`${errorMessage(load)}\n`).toBe(syntax);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
