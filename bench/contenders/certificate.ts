// A self-signed certificate for 127.0.0.1, made with openssl in a scratch folder for the contenders that
// serve TLS (the drill does not verify it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../processes.js';
import { makeScratch } from '../scratch.js';

export interface Certificate {
  certFile: string;
  keyFile: string;
  /** Certificate and key in one PEM file, as HAProxy's `crt` takes them. */
  bundleFile: string;
}

export async function makeCertificate(openssl: string): Promise<Certificate> {
  const dir = makeScratch('tls');
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  await runProcess({
    name: 'openssl req',
    command: openssl,
    // an EC P-256 key, valid one day, for the loopback address and localhost
    args: [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    deadlineMs: 30_000,
  });
  const bundleFile = join(dir, 'bundle.pem');
  writeFileSync(bundleFile, readFileSync(certFile, 'utf8') + readFileSync(keyFile, 'utf8'));
  return { certFile, keyFile, bundleFile };
}
