// The control part: the control plane's API, console and metrics over the other parts, listening on its
// own address, over HTTPS when controlPlane.tls is set (the certificate read again on SIGHUP).

import { readFileSync } from 'node:fs';
import type { Server as HttpsServer } from 'node:https';
import type { FastifyInstance } from 'fastify';
import { buildControlApp } from '../control/app.js';
import type { ClusterReport } from '../control/routes/cluster.js';
import { dataPlaneStatus } from '../dataplane/status.js';
import { INTERMEDIATE_CIPHERS, INTERMEDIATE_MIN_VERSION } from '../net/tls-intermediate.js';
import { VERSION } from '../version.js';
import type { Core } from './core.js';
import type { DataPlanePart } from './dataplane.js';
import type { EdgePart } from './edge.js';
import type { IncidentsPart } from './incidents.js';
import type { IntelPart } from './intel.js';
import type { PhishingPart } from './phishing.js';

export interface ControlPart {
  app: FastifyInstance;
  /** Base URL of the control plane. */
  url: string;
  /** Reads the certificate and key again (what SIGHUP does); false when they could not be used. */
  reloadTls(): boolean;
}

function hostUrl(scheme: string, host: string, port: number): string {
  return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export async function startControl(
  core: Core,
  parts: {
    edge: EdgePart;
    incidents: IncidentsPart;
    intel: IntelPart;
    phishing: PhishingPart;
    cluster?: () => Promise<ClusterReport>;
    dataPlane?: DataPlanePart;
  },
): Promise<ControlPart> {
  const { config, store, events, table, now, teardown, log } = core;
  const { origins, stats } = parts.edge;
  const { dataPlane } = parts;
  const tls = config.controlPlane.tls;
  // Mozilla's intermediate profile: TLS 1.2 and 1.3, AEAD ciphers with forward secrecy.
  const readTls = () =>
    tls
      ? {
          cert: readFileSync(tls.cert),
          key: readFileSync(tls.key),
          ciphers: INTERMEDIATE_CIPHERS,
          minVersion: INTERMEDIATE_MIN_VERSION,
        }
      : undefined;
  const app = await buildControlApp({
    https: readTls(),
    publicOrigin: config.controlPlane.publicOrigin,
    table,
    store,
    stats,
    health: () => ({
      ...origins.health(),
      uptimeSeconds: Math.round((now() - core.startedAt) / 1000),
      version: VERSION,
    }),
    events,
    now,
    taxii: { collections: config.intel.collections, maxContentLength: config.intel.maxContentLength },
    intel: parts.intel.feeds,
    sessionPolicy: { idleMs: config.console.sessionIdle, maxMs: config.console.sessionMax },
    mailer: parts.incidents.mailer,
    incidents: parts.incidents.desk,
    phishing: {
      desk: parts.phishing.desk,
      maxMessageSize: config.phishing.maxMessageSize,
      maxParts: config.phishing.maxParts,
    },
    services: config.services.map((service) => service.name),
    cluster: parts.cluster,
    dataPlane: dataPlane && (() => dataPlaneStatus(dataPlane)),
    evidence: {
      witness: parts.edge.witness,
      identity: config.intel.identity,
      tlp: config.intel.tlp,
      keepQueryValues: config.evidence.keepQueryValues,
    },
  });
  teardown.add(() => app.close());
  await app.listen({ host: config.control.host, port: config.control.port });
  const { port } = app.server.address() as { port: number };
  const reloadTls = () => {
    try {
      const files = readTls();
      if (!files) return false;
      (app.server as unknown as HttpsServer).setSecureContext(files);
      log.info('control plane certificate read again', { cert: tls?.cert });
      return true;
    } catch (error) {
      log.error('control plane certificate not read again; the one in use stays', { error: String(error) });
      return false;
    }
  };
  if (tls) {
    const onHangUp = () => void reloadTls();
    process.on('SIGHUP', onHangUp);
    teardown.add(() => process.off('SIGHUP', onHangUp));
  }
  return { app, url: hostUrl(tls ? 'https' : 'http', config.control.host, port), reloadTls };
}
