// The `controlPlane:` section of breakwater.yaml: HTTPS for the control plane (API, console, TAXII), the
// origin browsers reach it at through a proxy in front, and the one way to expose it without TLS. A
// control plane reachable from other machines in clear would carry passwords, session cookies and TAXII
// credentials in clear, so that is refused unless asked for by name.
import { z } from 'zod';
import { isLoopbackAddress } from '../net/loopback.js';
import { origin, section } from './fields.js';
import type { HostPort } from './host-port.js';
import { tlsFiles } from './tls-files.js';

export const controlPlaneSection = section(
  {
    tls: tlsFiles(
      'Serve the control plane over HTTPS with this certificate and key (read again on SIGHUP); null serves plain HTTP.',
    ),
    publicOrigin: origin()
      .nullable()
      .default(null)
      .describe(
        'The origin browsers reach the console at, when a TLS proxy sits in front, such as https://console.example.test: its Origin header is accepted, and https makes the cookies Secure.',
      ),
    allowPlainHttp: z
      .boolean({ error: 'true or false' })
      .default(false)
      .describe(
        'Allow plain HTTP on an address other machines can reach (a TLS proxy in front on the same host or network); refused otherwise.',
      ),
  },
  'HTTPS for the control plane, and a proxy in front of it.',
);

type ControlPlane = z.output<typeof controlPlaneSection>;

/** True for an address only this machine reaches. */
export const isLoopback = (host: string): boolean => host === 'localhost' || isLoopbackAddress(host);

/** Why the control plane may not listen as configured, or undefined. */
export function controlExposureProblem(control: HostPort, plane: ControlPlane): string | undefined {
  if (isLoopback(control.host) || plane.tls !== null || plane.allowPlainHttp) return undefined;
  return (
    'a loopback address (127.0.0.1, ::1), unless controlPlane.tls is set: other machines would send ' +
    'passwords, cookies and TAXII credentials in clear (behind a TLS proxy, set controlPlane.allowPlainHttp: true)'
  );
}
