// Talks to Breakwater's control plane during a benchmark: adds decisions and reads Prometheus counters.

const TIMEOUT_MS = 5_000;

export interface DecisionBody {
  scope: 'ip' | 'cidr' | 'fingerprint';
  value: string;
  action: 'block' | 'throttle' | 'challenge' | 'allow';
  reason?: string;
  ttl?: string;
}

export async function addDecision(controlUrl: string, token: string, body: DecisionBody): Promise<void> {
  const res = await fetch(`${controlUrl}/api/v1/decisions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (res.status !== 201)
    throw new Error(`bench: adding a decision failed: ${res.status} ${await res.text()}`);
}

/** The value of one sample, such as `breakwater_connections_refused_total{reason="blocked"}`. */
export async function readMetric(controlUrl: string, token: string, sample: string): Promise<number> {
  const res = await fetch(`${controlUrl}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`bench: reading /metrics failed: ${res.status} ${text}`);
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  if (line === undefined) throw new Error(`bench: /metrics has no sample ${sample}`);
  return Number(line.slice(sample.length + 1));
}
