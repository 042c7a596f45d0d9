// Starts nginx from bench/peers/nginx.conf as the current user, with its pid, logs and temp files in a
// scratch folder; with a certificate, over TLS with HTTP/2 (bench/peers/nginx-tls.conf).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from '../net.js';
import { PEERS_DIR } from '../paths.js';
import { startProcess } from '../processes.js';
import { makeScratch } from '../scratch.js';
import { fillTemplate } from '../template.js';
import type { Certificate } from './certificate.js';
import type { PeerLimits } from './peer-limits.js';
import { SERVICE_DEADLINE_MS, type Service, serviceUrl } from './service.js';

/** The listen parameters and server settings that turn on TLS and HTTP/2; none for plain HTTP/1.1. */
function tlsValues(tls: Certificate | undefined): Record<string, string> {
  if (tls === undefined) return { LISTEN_TLS: '', TLS_SETTINGS: '' };
  const template = join(PEERS_DIR, 'nginx-tls.conf');
  const settings = fillTemplate(
    readFileSync(template, 'utf8'),
    { CERT_FILE: tls.certFile, KEY_FILE: tls.keyFile },
    template,
  );
  return { LISTEN_TLS: ' ssl http2', TLS_SETTINGS: settings };
}

export async function startNginx(
  nginx: string,
  originPort: number,
  limits: PeerLimits,
  tls?: Certificate,
  workers: number | 'auto' = 'auto',
): Promise<Service> {
  const prefix = makeScratch('nginx');
  const port = await freePort();
  const template = join(PEERS_DIR, 'nginx.conf');
  const config = fillTemplate(
    readFileSync(template, 'utf8'),
    {
      USER: os.userInfo().username,
      PREFIX: prefix,
      LISTEN_PORT: port,
      ORIGIN_PORT: originPort,
      REQ_RATE: limits.requestsPerSecond,
      REQ_BURST: limits.burst,
      CONN_PER_ADDRESS: limits.connectionsPerAddress,
      WORKERS: workers,
      ...tlsValues(tls),
    },
    template,
  );
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  const child = await startProcess({
    name: 'nginx',
    command: nginx,
    // -e: the start-up error log goes to stderr too, not to the compiled-in path
    args: ['-p', `${prefix}/`, '-c', configFile, '-e', 'stderr'],
    deadlineMs: SERVICE_DEADLINE_MS,
  });
  await waitForPort(port, child);
  return { label: 'nginx', url: serviceUrl(port, tls !== undefined), port, child };
}
