// Check: the TLS of the gateway and of the control plane against Mozilla's "intermediate" profile: the
// certificate (key size, signature, expiry) from the configured files, and the running listener probed
// on loopback for TLS 1.0/1.1 and for TLS 1.2 ciphers outside the profile.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';
import type { HostPort } from '../config/host-port.js';
import { OUTSIDE_INTERMEDIATE } from '../net/tls-intermediate.js';
import type { Check, Finding } from './finding.js';

const PROBE_TIMEOUT_MS = 2_000;
const EXPIRY_WARNING_MS = 30 * 86_400_000;

type Handshake = { ok: true; protocol: string; cipher: string } | { ok: false; reason: string };

/** One handshake with these client settings; says what was agreed, or why there was none. */
function handshake(at: HostPort, options: { minVersion?: string; maxVersion?: string; ciphers?: string }) {
  const host = at.host === '0.0.0.0' ? '127.0.0.1' : at.host === '::' ? '::1' : at.host;
  return new Promise<Handshake>((resolve) => {
    const socket = connect({
      host,
      port: at.port,
      rejectUnauthorized: false,
      timeout: PROBE_TIMEOUT_MS,
      ...(options as object),
    });
    const done = (result: Handshake) => {
      socket.destroy();
      resolve(result);
    };
    socket.once('secureConnect', () =>
      done({ ok: true, protocol: socket.getProtocol() ?? '?', cipher: socket.getCipher().name }),
    );
    socket.once('timeout', () => done({ ok: false, reason: 'timeout' }));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done({ ok: false, reason: error.code ?? error.message }),
    );
  });
}

function certificateFindings(what: string, file: string, now: number): Finding[] {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(readFileSync(file));
  } catch (error) {
    return [
      {
        id: 'tls-certificate-unreadable',
        severity: 'high',
        title: `the ${what} certificate ${file} cannot be read: ${(error as Error).message}`,
        why: 'the listener will not start, or not with this certificate',
        fix: `check the path and the file (PEM, leaf first) under ${what === 'gateway' ? 'tls' : 'controlPlane.tls'}`,
      },
    ];
  }
  const findings: Finding[] = [];
  const key = cert.publicKey.asymmetricKeyDetails;
  const type = cert.publicKey.asymmetricKeyType;
  if (
    (type === 'rsa' && (key?.modulusLength ?? 0) < 2048) ||
    (type === 'ec' && /192|224/.test(String(key?.namedCurve)))
  ) {
    findings.push({
      id: 'tls-weak-key',
      severity: 'high',
      title: `the ${what} certificate has a weak ${type} key`,
      why: 'Mozilla intermediate asks for RSA 2048 bits or more, or ECDSA P-256 or stronger',
      fix: 'issue a new certificate with an ECDSA P-256 or RSA 2048+ key',
    });
  }
  const expires = Date.parse(cert.validTo);
  if (expires <= now) {
    findings.push({
      id: 'tls-certificate-expired',
      severity: 'high',
      title: `the ${what} certificate expired on ${cert.validTo}`,
      why: 'clients refuse the connection, or users learn to click through warnings',
      fix: 'renew it, replace the files and send SIGHUP (control plane) or restart (gateway)',
    });
  } else if (expires - now < EXPIRY_WARNING_MS) {
    findings.push({
      id: 'tls-certificate-expiring',
      severity: 'medium',
      title: `the ${what} certificate expires on ${cert.validTo}`,
      why: 'less than 30 days are left',
      fix: 'renew it now, and automate renewal (ACME)',
    });
  }
  return findings;
}

async function listenerFindings(what: string, at: HostPort): Promise<Finding[]> {
  const modern = await handshake(at, {});
  if (!modern.ok) {
    return [
      {
        id: 'tls-listener-not-probed',
        severity: 'info',
        title: `the ${what} at ${at.host}:${at.port} did not answer a TLS handshake (${modern.reason})`,
        why: 'its protocols and ciphers could not be checked; it may not be running',
        fix: 'run doctor while Breakwater runs, on the same host',
      },
    ];
  }
  const findings: Finding[] = [];
  const old = await handshake(at, {
    minVersion: 'TLSv1',
    maxVersion: 'TLSv1.1',
    ciphers: 'DEFAULT:@SECLEVEL=0',
  });
  if (old.ok) {
    findings.push({
      id: 'tls-old-protocol',
      severity: 'high',
      title: `the ${what} accepts ${old.protocol}`,
      why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); Mozilla intermediate allows TLS 1.2 and 1.3 only',
      fix: 'set the minimum TLS version to 1.2',
    });
  }
  const weak = await handshake(at, { maxVersion: 'TLSv1.2', ciphers: OUTSIDE_INTERMEDIATE });
  if (weak.ok) {
    findings.push({
      id: 'tls-cipher-outside-intermediate',
      severity: 'medium',
      title: `the ${what} accepts ${weak.cipher} over TLS 1.2`,
      why: 'CBC and static-RSA ciphers are outside Mozilla intermediate (no forward secrecy, or padding-oracle history)',
      fix: 'offer only the intermediate TLS 1.2 ciphers (ECDHE with AES-GCM or ChaCha20-Poly1305)',
    });
  }
  return findings;
}

export const tlsProfile: Check = async ({ config, now }) => {
  const findings: Finding[] = [];
  const targets: [what: string, at: HostPort, files: { cert: string } | null][] = [
    ['gateway', config.listen, config.tls],
    ['control plane', config.control, config.controlPlane.tls],
  ];
  for (const [what, at, files] of targets) {
    if (files === null) continue;
    findings.push(...certificateFindings(what, files.cert, now()));
    findings.push(...(await listenerFindings(what, at)));
  }
  return findings;
};
