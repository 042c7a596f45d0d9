// Builds the Config Breakwater runs with: defaults, then breakwater.yaml, then BREAKWATER_* variables,
// then command-line flags. Every problem found is reported at once in one ConfigError.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, type ConfigIssue } from './error.js';
import { formatHostPort } from './host-port.js';
import { toIssues } from './issues.js';
import {
  applyOverrides,
  type ConfigOverrides,
  ENV_NAMES,
  FLAG_NAMES,
  type OverrideLayer,
  overridesFromEnv,
} from './overrides.js';
import { checkTlsFiles, resolvePaths } from './paths.js';
import { type Config, configSchema } from './schema.js';
import { readSourceFile } from './source-file.js';

/** Read from the working directory when no file is named. */
export const DEFAULT_FILE = 'breakwater.yaml';

export interface LoadOptions {
  /** The file named by --config; otherwise BREAKWATER_CONFIG, otherwise ./breakwater.yaml if it exists. */
  file?: string;
  /** Working directory for relative paths; defaults to process.cwd(). */
  cwd?: string;
  /** Command-line flags; they beat everything else. */
  overrides?: ConfigOverrides;
  /** Environment for BREAKWATER_* variables; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** The configuration from file, environment and flags (flag > environment > file > default). Throws ConfigError. */
export function loadConfig(options: LoadOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const named = options.file ?? (env.BREAKWATER_CONFIG?.trim() || undefined);
  const file = named ?? (existsSync(resolve(cwd, DEFAULT_FILE)) ? DEFAULT_FILE : undefined);
  const absolute = file === undefined ? undefined : resolve(cwd, file);
  const source = absolute === undefined || file === undefined ? {} : readSourceFile(absolute, file);
  return build(source, {
    file,
    baseDir: absolute === undefined ? cwd : dirname(absolute),
    cwd,
    layers: [
      { overrides: overridesFromEnv(env), names: ENV_NAMES },
      { overrides: options.overrides ?? {}, names: FLAG_NAMES },
    ],
  });
}

/** The configuration from plain data (as a YAML file would hold) and flag overrides. Throws ConfigError. */
export function parseConfig(source: unknown, overrides?: ConfigOverrides): Config {
  const cwd = process.cwd();
  return build(source, { baseDir: cwd, cwd, layers: [{ overrides: overrides ?? {}, names: FLAG_NAMES }] });
}

/** Every default, with optional flag overrides. */
export function defaultConfig(overrides?: ConfigOverrides): Config {
  return parseConfig({}, overrides);
}

interface BuildContext {
  /** The file the source came from, as named. */
  file?: string;
  /** Relative paths in the source are resolved against this. */
  baseDir: string;
  /** Relative paths in overrides are resolved against this. */
  cwd: string;
  layers: OverrideLayer[];
}

function build(source: unknown, context: BuildContext): Config {
  const parsed = configSchema.safeParse(source);
  const issues: ConfigIssue[] = parsed.success
    ? []
    : toIssues(parsed.error, source, configSchema, context.file);
  let config = parsed.success ? resolvePaths(parsed.data, context.baseDir) : configSchema.parse({});
  const overridden = new Set<string>();
  for (const layer of context.layers) {
    const applied = applyOverrides(config, layer, context.cwd);
    config = applied.config;
    issues.push(...applied.issues);
    for (const key of ['listen', 'control'] as const) {
      if (layer.overrides[key] !== undefined) overridden.add(layer.names[key]);
    }
  }
  if (issues.length === 0 && overridden.size > 0) issues.push(...addressClash(config, [...overridden]));
  if (parsed.success) issues.push(...checkTlsFiles(config.tls, parsed.data.tls, context.file));
  if (issues.length > 0) throw new ConfigError(issues);
  return config;
}

/** Flags or variables that set listen and control to one address. */
function addressClash(config: Config, names: string[]): ConfigIssue[] {
  const { listen, control } = config;
  if (listen.port === 0 || listen.host !== control.host || listen.port !== control.port) return [];
  return [
    {
      path: names.at(-1) ?? 'control',
      expected: `listen and control on different addresses (both are ${formatHostPort(listen)})`,
      found: `"${formatHostPort(listen)}"`,
    },
  ];
}
