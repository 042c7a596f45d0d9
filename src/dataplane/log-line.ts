// HAProxy's request log line as the generated haproxy.cfg writes it (LOG_FORMAT), and its reading back
// into what the tally counts. Fields are separated by one space, in a fixed order, the user agent last
// (it may hold spaces); the line starts with a version tag, so that a syslog header before it is skipped.

import { canonicalAddress, clientPrefix } from '../net/ip.js';
import type { Verdict } from '../sentinel/verdict.js';

export const LOG_TAG = 'bw1';

/** The `log-format` of the generated frontend; the order of its fields is what `readLogLine` reads. */
export const LOG_FORMAT = [
  LOG_TAG,
  '%ci', // client address
  '%[var(txn.bw_verdict)]', // what HAProxy did: allow, block, challenge, throttle
  '%HM', // method
  '%ST', // status
  '%B', // bytes sent to the client
  '%Tr', // the origin's time to answer (ms), -1 without an answer
  '%b', // backend
  '%HV', // HTTP version
  '%[ssl_fc]', // 1 over TLS
  '%[var(txn.bw_html)]', // 1 when the client accepts text/html
  '%HPO', // path
  '%HQ', // query with its '?'
  '%[var(txn.bw_headers)]', // request header names in order, comma-separated
  '%[var(txn.bw_ua)]', // user agent, last: it may hold spaces
].join(' ');

const FIELDS = 15;
const VERDICTS = new Set<string>(['allow', 'block', 'challenge', 'throttle']);

export interface LoggedRequest {
  address: string;
  prefix: string;
  verdict: Exclude<Verdict, 'shed'>;
  method: string;
  status: number;
  bytes: number;
  /** The origin's time to answer; -1 when no origin answered. */
  originMs: number;
  backend: string;
  /** 'h1', 'h1-tls' or 'h2', as the gateway names protocols in fingerprints. */
  protocol: string;
  acceptsHtml: boolean;
  path: string;
  /** Without its '?'; '' when absent. */
  query: string;
  headerNames: string[];
  userAgent: string;
}

/** Whole numbers as HAProxy logs them (a leading '+' on byte counts of a response still going). */
function whole(text: string): number | undefined {
  const match = /^[+]?(-?\d{1,15})$/.exec(text);
  return match === null ? undefined : Number(match[1]);
}

/** One datagram read back, or undefined when it is not a line of LOG_FORMAT. */
export function readLogLine(datagram: string): LoggedRequest | undefined {
  const start = datagram.indexOf(`${LOG_TAG} `);
  if (start < 0) return undefined;
  const text = datagram.slice(start).replace(/\r?\n$/, '');
  const fields = text.split(' ');
  if (fields.length < FIELDS) return undefined;
  const [, client, verdict, method, statusText, bytesText, originText, backend, version, tls, html] = fields;
  const [path, queryText, headers] = fields.slice(11, 14);
  const address = canonicalAddress(client);
  const status = whole(statusText);
  const bytes = whole(bytesText);
  const originMs = whole(originText);
  if (address === null || !VERDICTS.has(verdict) || !/^[A-Z]{1,16}$/.test(method)) return undefined;
  if (status === undefined || status < 100 || status > 599 || bytes === undefined || originMs === undefined)
    return undefined;
  if (!path.startsWith('/') || !/^HTTP\/\d(\.\d)?$/.test(version)) return undefined;
  return {
    address,
    prefix: clientPrefix(address) ?? address,
    verdict: verdict as LoggedRequest['verdict'],
    method,
    status,
    bytes,
    originMs,
    backend,
    protocol: version.startsWith('HTTP/2') ? 'h2' : tls === '1' ? 'h1-tls' : 'h1',
    acceptsHtml: html === '1',
    path,
    query: queryText.startsWith('?') ? queryText.slice(1) : '',
    headerNames: headers === '' || headers === '-' ? [] : headers.split(','),
    userAgent: fields.slice(14).join(' ').replace(/^-$/, ''),
  };
}
