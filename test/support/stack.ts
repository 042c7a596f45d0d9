// Starts Breakwater in front of an origin on loopback for cross-process tests: temp data directory,
// ephemeral ports, a token per role. Stop it with `stop()`; the data directory stays for restarts.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createToken } from '../../src/auth/tokens.js';
import { type Config, parseConfig } from '../../src/config/index.js';
import { type DemoOrigin, type DemoOriginOptions, startDemoOrigin } from '../../src/demo/origin.js';
import { silentLog } from '../../src/log.js';
import { type Breakwater, startBreakwater } from '../../src/runtime.js';
import { type TestSchema, testDatabase } from './postgres.js';

export interface Stack {
  bw: Breakwater;
  origin: DemoOrigin | undefined;
  gatewayUrl: string;
  controlUrl: string;
  dataDir: string;
  tokens: { viewer: string; responder: string; admin: string };
  /** Stops Breakwater (and the demo origin it started). */
  stop(): Promise<void>;
}

export interface StackOptions {
  /**
   * breakwater.yaml content as an object; listen, control, data and upstreams are filled in, and the
   * responder is off unless this sets `responder`.
   */
  config?: Record<string, unknown>;
  /** Reuse a data directory (restart tests); on PostgreSQL, the schema first used with it is used again. */
  dataDir?: string;
  /** Origins to use instead of starting a demo origin. */
  upstreams?: string[];
  demo?: DemoOriginOptions;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'breakwater-test-'));
}

/**
 * On PostgreSQL (BREAKWATER_TEST_DATABASE), each data directory's store is a schema of its own, kept for
 * restarts on that directory; the test run's global teardown drops them.
 */
const schemas = new Map<string, TestSchema>();

async function databaseFor(dataDir: string): Promise<string | null> {
  let schema = schemas.get(dataDir);
  if (schema === undefined) {
    schema = await testDatabase();
    if (schema === undefined) return null;
    schemas.set(dataDir, schema);
  }
  return schema.url;
}

export function stackConfig(
  options: StackOptions,
  upstreams: string[],
  dataDir: string,
  database: string | null = null,
): Config {
  return parseConfig({
    listen: '127.0.0.1:0',
    control: '127.0.0.1:0',
    logLevel: 'error',
    // Tests drive a few clients hard; automatic response is switched on only by the tests about it.
    responder: { mode: 'off' },
    database,
    ...options.config,
    data: dataDir,
    upstreams,
  });
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const origin = options.upstreams ? undefined : await startDemoOrigin({ port: 0, ...options.demo });
  const upstreams = options.upstreams ?? [origin!.url];
  const dataDir = options.dataDir ?? tempDataDir();
  const config = stackConfig(options, upstreams, dataDir, await databaseFor(dataDir));
  const bw = await startBreakwater(config, silentLog);
  const token = async (role: 'viewer' | 'responder' | 'admin') =>
    (await createToken({ store: bw.store, role, now: Date.now })).token;
  return {
    bw,
    origin,
    gatewayUrl: bw.gateway.url,
    controlUrl: bw.controlUrl,
    dataDir,
    tokens: {
      viewer: await token('viewer'),
      responder: await token('responder'),
      admin: await token('admin'),
    },
    async stop() {
      await bw.stop();
      await origin?.close();
    },
  };
}
