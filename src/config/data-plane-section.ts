// The `dataPlane:` section of breakwater.yaml: HAProxy forwarding the traffic with Breakwater's decisions
// in its maps (src/dataplane/), off unless `kind` says haproxy.
import { z } from 'zod';
import { directoryPath, duration, hostPort, section } from './fields.js';
import type { HostPort } from './host-port.js';
import { readHostPort } from './host-port.js';

/** Where HAProxy's runtime API listens: its stats socket's path, or a TCP address. */
export type RuntimeApiAddress = { path: string } | HostPort;

const RUNTIME_API_EXPECTED =
  'unix:/PATH of HAProxy’s stats socket, such as unix:/run/haproxy/admin.sock, or HOST:PORT such as 127.0.0.1:9999';

/** `unix:/run/haproxy/admin.sock` or `127.0.0.1:9999`, or what was expected instead. */
export function readRuntimeApi(text: string): RuntimeApiAddress | { problem: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith('unix:')) {
    const path = trimmed.slice('unix:'.length);
    return path.startsWith('/') ? { path } : { problem: RUNTIME_API_EXPECTED };
  }
  const address = readHostPort(trimmed);
  return 'problem' in address || address.port === 0 ? { problem: RUNTIME_API_EXPECTED } : address;
}

const runtimeApi = z
  .string({ error: RUNTIME_API_EXPECTED })
  .transform((text, ctx): RuntimeApiAddress => {
    const result = readRuntimeApi(text);
    if ('problem' in result) {
      ctx.addIssue({ code: 'custom', message: result.problem });
      return z.NEVER;
    }
    return result;
  })
  .default({ path: '/run/haproxy/admin.sock' })
  .describe(`HAProxy's runtime API (its stats socket at level admin): ${RUNTIME_API_EXPECTED}.`);

export const dataPlaneSection = section(
  {
    kind: z
      .enum(['haproxy'], { error: 'haproxy, or null' })
      .nullable()
      .default(null)
      .describe('haproxy: HAProxy forwards and Breakwater decides; null: Breakwater’s gateway forwards.'),
    runtimeApi,
    logListen: hostPort(
      '127.0.0.1:5514',
      'UDP address where HAProxy’s request logs (syslog) are received and tallied.',
    ),
    maps: directoryPath(
      '/etc/haproxy/breakwater',
      'Directory of the map files HAProxy loads (as named in the generated haproxy.cfg).',
    ),
    resync: duration(
      100,
      60_000,
      '1s',
      'How often HAProxy is checked for a restart and its maps brought up to date.',
    ),
  },
  'HAProxy as the data plane: decisions through its runtime API, its traffic from its logs.',
);
