// The haproxy.cfg that makes HAProxy Breakwater's data plane: the runtime API Breakwater writes the maps
// through, a frontend whose ACLs read the maps (allow, block 403, challenge through Breakwater's gateway,
// throttle 429 on a per-decision rate), the log line Breakwater tallies, and the backends.
// `breakwater dataplane haproxy-config` prints it; users paste it in.

import type { RuntimeApiAddress } from '../config/data-plane-section.js';
import { formatHostPort, type HostPort } from '../config/host-port.js';
import { MAP_NAMES, type MapName, mapFile, THROTTLE_PERIOD_SECONDS } from './haproxy-maps.js';
import { LOG_FORMAT } from './log-line.js';
import { GATEWAY_BACKEND } from './log-listener.js';

export interface HaproxyConfigInput {
  /** The frontend's bind line's address, such as `*:80` or `127.0.0.1:8080`. */
  bind: string;
  runtimeApi: RuntimeApiAddress;
  logListen: HostPort;
  mapsDir: string;
  /** Breakwater's gateway, which serves challenged clients. */
  gateway: HostPort;
  upstreams: string[];
}

/** An address HAProxy can reach a listener on: a wildcard listener is reached on loopback. */
function reachable({ host, port }: HostPort): string {
  if (host === '0.0.0.0') return `127.0.0.1:${port}`;
  if (host === '::') return `[::1]:${port}`;
  return formatHostPort({ host, port });
}

function statsSocket(api: RuntimeApiAddress): string {
  return 'path' in api
    ? `stats socket ${api.path} mode 600 level admin`
    : `stats socket ipv4@${formatHostPort(api)} level admin`;
}

export function haproxyConfig(input: HaproxyConfigInput): string {
  const map = (name: MapName) => mapFile(input.mapsDir, name);
  const servers = input.upstreams.map((url, i) => {
    const origin = new URL(url);
    const port = origin.port || (origin.protocol === 'https:' ? '443' : '80');
    const tls = origin.protocol === 'https:' ? ' ssl verify required ca-file @system-ca' : '';
    return `  server origin${i + 1} ${origin.hostname}:${port}${tls}`;
  });
  return `# Breakwater's data plane: HAProxy forwards, Breakwater decides (docs/integrations/haproxy-data-plane.md).
# Create the map files empty before HAProxy starts: mkdir -p ${input.mapsDir} && touch ${MAP_NAMES.map(map).join(' ')}
global
  # Breakwater writes its decisions into the maps through this runtime API (dataPlane.runtimeApi).
  ${statsSocket(input.runtimeApi)}

frontend breakwater
  mode http
  bind ${input.bind}
  timeout client 30s
  timeout http-request 10s
  option forwardfor
  # Each request's line, for Breakwater's sentinel (dataPlane.logListen); raw: no syslog header.
  log ${formatHostPort(input.logListen)} format raw local0
  log-format "${LOG_FORMAT}"
  http-request set-var(txn.bw_verdict) str(allow)
  http-request set-var(txn.bw_headers) req.hdr_names
  http-request set-var(txn.bw_ua) req.fhdr(user-agent)
  http-request set-var(txn.bw_html) int(1) if { req.hdr(accept) -m sub text/html }
  # Breakwater's decisions by address or prefix (longest prefix first); allow wins over every other.
  acl bw_allowed src,map_ip(${map('allow')}) -m found
  acl bw_blocked src,map_ip(${map('block')}) -m found
  acl bw_challenged src,map_ip(${map('challenge')}) -m found
  # A throttle: the decision's limit per ${THROTTLE_PERIOD_SECONDS} s, counted per decision (a prefix shares one count).
  http-request set-var(txn.bw_limit) src,map_ip(${map('throttle')}) if !bw_allowed
  http-request track-sc1 src,map_ip(${map('throttle-key')}) table bw_throttle if { var(txn.bw_limit) -m found }
  acl bw_over sc_http_req_rate(1,bw_throttle),sub(txn.bw_limit) gt 0
  http-request set-var(txn.bw_verdict) str(block) if bw_blocked !bw_allowed
  http-request deny deny_status 403 if bw_blocked !bw_allowed
  http-request set-var(txn.bw_verdict) str(challenge) if bw_challenged !bw_allowed
  http-request set-var(txn.bw_verdict) str(throttle) if bw_over !bw_allowed !bw_challenged
  http-request deny deny_status 429 hdr Retry-After ${THROTTLE_PERIOD_SECONDS} if bw_over !bw_allowed !bw_challenged
  # A challenged client is served by Breakwater's gateway: the page, its pass, then the origin.
  use_backend ${GATEWAY_BACKEND} if bw_challenged !bw_allowed
  default_backend origin

backend bw_throttle
  stick-table type string len 64 size 100k expire ${THROTTLE_PERIOD_SECONDS * 6}s store http_req_rate(${THROTTLE_PERIOD_SECONDS}s)

backend ${GATEWAY_BACKEND}
  mode http
  timeout connect 2s
  timeout server 30s
  # Breakwater's gateway (listen); put HAProxy's address in Breakwater's trustedProxies.
  server gateway ${reachable(input.gateway)}

backend origin
  mode http
  timeout connect 2s
  timeout server 30s
  http-reuse safe
${servers.join('\n')}
`;
}
