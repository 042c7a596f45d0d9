// Starts HAProxy from bench/peers/haproxy.cfg in the foreground (-db) as the current user; with a
// certificate, over TLS with HTTP/2 and HTTP/1.1 by ALPN.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from '../net.js';
import { PEERS_DIR } from '../paths.js';
import { startProcess } from '../processes.js';
import { makeScratch } from '../scratch.js';
import { fillTemplate } from '../template.js';
import type { Certificate } from './certificate.js';
import type { PeerLimits } from './peer-limits.js';
import { SERVICE_DEADLINE_MS, type Service, serviceUrl } from './service.js';

/** HAProxy's rate counter covers 10 s (http_req_rate(10s) in the template). */
const RATE_PERIOD_SECONDS = 10;

export async function startHaproxy(
  haproxy: string,
  originPort: number,
  limits: PeerLimits,
  tls?: Certificate,
  workers: number | 'auto' = 'auto',
): Promise<Service> {
  const dir = makeScratch('haproxy');
  const port = await freePort();
  const template = join(PEERS_DIR, 'haproxy.cfg');
  const config = fillTemplate(
    readFileSync(template, 'utf8'),
    {
      LISTEN_PORT: port,
      ORIGIN_PORT: originPort,
      CONN_PER_ADDRESS: limits.connectionsPerAddress,
      REQ_PER_10S: limits.requestsPerSecond * RATE_PERIOD_SECONDS + limits.burst,
      THREADS: workers === 'auto' ? availableParallelism() : workers,
      BIND_TLS: tls === undefined ? '' : ` ssl crt ${tls.bundleFile} alpn h2,http/1.1`,
    },
    template,
  );
  const configFile = join(dir, 'haproxy.cfg');
  writeFileSync(configFile, config);
  const child = await startProcess({
    name: 'HAProxy',
    command: haproxy,
    args: ['-f', configFile, '-db'],
    deadlineMs: SERVICE_DEADLINE_MS,
  });
  await waitForPort(port, child);
  return { label: 'HAProxy', url: serviceUrl(port, tls !== undefined), port, child };
}
