// Per-address limits a scenario gives the peers (and Breakwater's connection cap), so every proxy
// is configured alike.

export interface PeerLimits {
  /** Open connections one address may hold. */
  connectionsPerAddress: number;
  /** Sustained requests per second one address may send. */
  requestsPerSecond: number;
  /** Requests above the rate allowed at once (nginx's burst). */
  burst: number;
}
