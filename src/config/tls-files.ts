// A certificate and its key as PEM files, or null: the `tls` of the gateway and of the control plane.
import { z } from 'zod';
import { filePath } from './fields.js';

export function tlsFiles(description: string) {
  return z
    .strictObject(
      {
        cert: filePath('/etc/breakwater/cert.pem', 'PEM certificate chain, leaf first.'),
        key: filePath('/etc/breakwater/key.pem', 'PEM private key of the certificate.'),
      },
      {
        error: (issue) =>
          issue.code === 'invalid_type' ? 'a mapping with cert and key, or null' : undefined,
      },
    )
    .nullable()
    .default(null)
    .describe(description);
}
