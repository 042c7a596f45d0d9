// The `verdict:` section of breakwater.yaml: the verdict endpoint for proxies that stay in place (nginx
// auth_request, Traefik forwardAuth, Envoy ext_authz), off unless it has an address.
import { z } from 'zod';
import { duration, hostPort, section } from './fields.js';

export const verdictSection = section(
  {
    listen: hostPort('127.0.0.1:9401', 'Address of the verdict endpoint (HOST:PORT).')
      .nullable()
      .default(null)
      .describe(
        'Address of the verdict endpoint (HOST:PORT); null runs none. The proxies asking must be in trustedProxies.',
      ),
    failOpen: z
      .boolean({ error: 'true or false' })
      .default(true)
      .describe(
        'When no verdict can be given (a head that cannot be read, a fault, the deadline passed): allow (true) or refuse with 403 (false).',
      ),
    deadline: duration(1, 10_000, '50ms', 'Longest a verdict may take before the fail policy answers.'),
  },
  'The verdict endpoint for nginx auth_request, Traefik forwardAuth and Envoy ext_authz.',
);
