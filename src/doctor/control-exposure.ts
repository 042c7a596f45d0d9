// Check: the control plane reachable from other machines without TLS (passwords, cookies, tokens and
// TAXII credentials in clear), or behind a proxy that is not declared HTTPS.
import { isLoopback } from '../config/control-plane-section.js';
import { formatHostPort } from '../config/host-port.js';
import type { Check } from './finding.js';

export const controlExposure: Check = async ({ config }) => {
  const { control, controlPlane } = config;
  if (isLoopback(control.host) || controlPlane.tls !== null) return [];
  const behindHttps = controlPlane.publicOrigin?.startsWith('https:') ?? false;
  return [
    {
      id: 'control-plain-http',
      severity: behindHttps ? 'medium' : 'high',
      title: `the control plane listens on ${formatHostPort(control)} in plain HTTP${behindHttps ? ', behind a proxy' : ''}`,
      why: behindHttps
        ? 'between the proxy and Breakwater, passwords, session cookies and API tokens travel in clear; anyone else who reaches that address skips the proxy'
        : 'other machines reach it, and passwords, session cookies, API tokens and TAXII credentials cross the network in clear',
      fix: behindHttps
        ? 'keep control on loopback or an address only the proxy reaches, or set controlPlane.tls as well'
        : 'set controlPlane.tls (cert and key), or put control on 127.0.0.1 behind a TLS proxy with controlPlane.publicOrigin',
    },
  ];
};
