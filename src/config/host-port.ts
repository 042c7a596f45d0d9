// Listening addresses written as HOST:PORT: '127.0.0.1:8080', '[::1]:8080', 'localhost:8080'.
// The host is always written out (':8080' is refused), so nothing listens on every interface by accident.

import { parseIPv4, parseIPv6Into } from '../net/ip.js';
import { ConfigError, describeFound } from './error.js';

export interface HostPort {
  /** An IPv4 address, an IPv6 address without brackets, or a host name. */
  host: string;
  /** 0 to 65535; 0 asks the system for any free port. */
  port: number;
}

export const HOST_PORT_EXPECTED = 'HOST:PORT such as 127.0.0.1:8080';

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** The host and port, or what was expected instead. */
export function readHostPort(text: string): HostPort | { problem: string } {
  const match = /^(\[[^\]]*\]|[^:[\]]*):(\d{1,5})$/.exec(text.trim());
  if (!match) {
    const unbracketed = (text.match(/:/g) ?? []).length > 1 && !text.includes('[');
    return {
      problem: unbracketed ? `${HOST_PORT_EXPECTED} or [::1]:8080 (IPv6 in brackets)` : HOST_PORT_EXPECTED,
    };
  }
  const [, hostText, portText] = match;
  if (hostText === '') {
    return { problem: 'HOST:PORT with the host written out, such as 127.0.0.1:8080 or 0.0.0.0:8080' };
  }
  const port = Number(portText);
  if (port > 65535) return { problem: 'HOST:PORT with a port from 0 to 65535' };
  if (hostText.startsWith('[')) {
    const host = hostText.slice(1, -1);
    return parseIPv6Into(host, new Uint32Array(4))
      ? { host, port }
      : { problem: `${HOST_PORT_EXPECTED} with a valid IPv6 address` };
  }
  if (/^[\d.]+$/.test(hostText)) {
    return parseIPv4(hostText) >= 0
      ? { host: hostText, port }
      : { problem: `${HOST_PORT_EXPECTED} with a valid IPv4 address` };
  }
  return HOST_NAME.test(hostText) ? { host: hostText, port } : { problem: HOST_PORT_EXPECTED };
}

/** Like readHostPort, but throws a ConfigError naming `what` (a flag such as '--listen', or a key path). */
export function parseHostPort(text: string, what: string): HostPort {
  const result = readHostPort(text);
  if ('problem' in result) {
    throw new ConfigError([{ path: what, expected: result.problem, found: describeFound(text) }]);
  }
  return result;
}

/** Back to text: '127.0.0.1:8080', '[::1]:8080'. */
export function formatHostPort({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
