// WebSocket (and other HTTP/1.1 Upgrade) pass-through: after the request is judged, the edge opens
// a raw connection to the origin, replays the upgrade request, and splices the two sockets.

import type { OutgoingHttpHeaders } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { rawAnswer } from './answer.js';
import type { Origin } from './origins.js';

function requestHead(method: string, path: string, headers: OutgoingHttpHeaders): string {
  let head = `${method} ${path} HTTP/1.1\r\n`;
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) head += `${name}: ${v}\r\n`;
  }
  return `${head}\r\n`;
}

/**
 * Splices an upgraded client socket to the origin. `headers` already carry the forwarding fields;
 * `upgrade` is the client's Upgrade value (a hop-by-hop field, so not among them).
 */
export function passUpgrade(
  client: Duplex,
  head: Buffer,
  origin: Origin,
  method: string,
  path: string,
  headers: OutgoingHttpHeaders,
  upgrade: string,
  connectTimeoutMs: number,
): void {
  const url = new URL(origin.origin);
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const upstream =
    url.protocol === 'https:'
      ? tls.connect({ host: url.hostname, port, servername: url.hostname })
      : net.connect({ host: url.hostname, port });
  const fail = () => {
    rawAnswer(client, 502);
    upstream.destroy();
  };
  upstream.setTimeout(connectTimeoutMs, fail);
  upstream.once('error', fail);
  upstream.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
    upstream.setTimeout(0);
    upstream.off('error', fail);
    upstream.write(requestHead(method, path, { ...headers, connection: 'Upgrade', upgrade }));
    if (head.length > 0) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
    const closeBoth = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', closeBoth);
    client.on('error', closeBoth);
    upstream.on('close', closeBoth);
    client.on('close', closeBoth);
  });
}
