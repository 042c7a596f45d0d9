// Clients in good standing: addresses the edge has seen behave normally for a while before any attack,
// whom no automatic decision covers (the judge carves them out of address, prefix and fingerprint
// decisions) and who are admitted first under origin distress. A client keeps its standing only while
// its own rate stays near its own history and it fails no logins: its neighbours' behaviour never
// costs it anything. Pure: fed by the edge, clock injected.
//
// Memory is bounded whatever the traffic: newcomers wait in a probation table of at most
// `maxProbation` entries (oldest evicted first, so a flood of a million new addresses a minute only
// churns it), and only clients that stay `earnAfterMs` with at least `minRequests` requests, while no
// attack is underway, move to the standing table of at most `maxClients` entries. Both tables hold a
// small record per address (about 200 bytes with the key): 150 000 entries by default, about 30 MB.

import type { Detection } from '../sentinel/detection.js';

export interface GoodStandingOptions {
  now: () => number;
  /** How long a client must be seen behaving before it earns standing; default 5 minutes. */
  earnAfterMs?: number;
  /** Requests it must have made in that time; default 5. */
  minRequests?: number;
  /** A client not seen for this long is forgotten; default 1 hour. */
  forgetAfterMs?: number;
  /** Clients in good standing held at most; default 100 000. */
  maxClients?: number;
  /** Newcomers on probation held at most; default 50 000. */
  maxProbation?: number;
  /** Its recent rate may reach this multiple of its own history before it loses standing; default 4. */
  rateMultiple?: number;
  /** …and at least this many requests per second, so a quiet client may load a page at once; default 3. */
  rateFloor?: number;
  /** How long standing lost by a client's own behaviour stays lost; default 10 minutes. */
  lossMs?: number;
  /**
   * Whether clients earn standing here; default yes. A gateway worker's is a replica (no): it holds the
   * clients its primary tells it of (adopt), and its own view of their rate can still cost them it.
   */
  earns?: boolean;
  /** Told of every request seen (a worker reports them to its primary, which decides standing). */
  onSeen?: (address: string, fingerprint: string) => void;
}

/** A client in good standing as it is passed on (to workers, to the other gateways). */
export interface StandingEntry {
  address: string;
  first: number;
  last: number;
  requests: number;
  history: number;
  lostUntil: number;
}

/** How often the usual total rate of the clients in good standing is worked out again. */
const USUAL_EVERY_MS = 10_000;

/** Fingerprints remembered as shown by clients in good standing, at most. */
const MAX_FINGERPRINTS = 10_000;

/** Time constants of a client's recent rate and of its history. */
const RECENT_TAU_MS = 10_000;
const HISTORY_TAU_MS = 300_000;

interface Client {
  first: number;
  last: number;
  requests: number;
  /** Decayed request counts (recent and history) as of `last`. */
  recent: number;
  history: number;
  /** Standing lost by its own behaviour until then. */
  lostUntil: number;
  /** Its slot in the probation ring (which newcomer the next one evicts). */
  slot: number;
}

export class GoodStanding {
  private readonly now: () => number;
  private readonly earnAfterMs: number;
  private readonly minRequests: number;
  private readonly forgetAfterMs: number;
  private readonly maxClients: number;
  private readonly maxProbation: number;
  private readonly rateMultiple: number;
  private readonly rateFloor: number;
  private readonly lossMs: number;
  private readonly standing = new Map<string, Client>();
  private readonly probation = new Map<string, Client>();
  /** Fingerprints clients in good standing showed before any attack: the first of them, and how many. */
  private readonly fingerprints = new Map<string, { by: string; clients: number }>();
  /** Probation's addresses in arrival order, a ring: a newcomer takes the oldest one's slot. */
  private readonly ring: (string | undefined)[] = [];
  private next = 0;
  private attackUnderway = false;
  private usual = 0;
  private usualAt = Number.NEGATIVE_INFINITY;
  private sweptAt = 0;
  private readonly earns: boolean;
  private readonly onSeen: ((address: string, fingerprint: string) => void) | undefined;
  /** Told when a client earns standing here or loses it by its own behaviour; adopted ones are not told. */
  private changed: ((address: string) => void) | undefined;

  constructor(opts: GoodStandingOptions) {
    this.now = opts.now;
    this.earnAfterMs = opts.earnAfterMs ?? 5 * 60_000;
    this.minRequests = opts.minRequests ?? 5;
    this.forgetAfterMs = opts.forgetAfterMs ?? 3_600_000;
    this.maxClients = opts.maxClients ?? 100_000;
    this.maxProbation = opts.maxProbation ?? 50_000;
    this.rateMultiple = opts.rateMultiple ?? 4;
    this.rateFloor = opts.rateFloor ?? 3;
    this.lossMs = opts.lossMs ?? 10 * 60_000;
    this.earns = opts.earns ?? true;
    this.onSeen = opts.onSeen;
  }

  /**
   * While an attack is underway nobody earns standing (a flood's addresses must not age into it) and a
   * client's history stops learning, so a warmed-up address cannot raise its own allowance mid-attack.
   */
  set underAttack(underway: boolean) {
    this.attackUnderway = underway;
  }

  get underAttack(): boolean {
    return this.attackUnderway;
  }

  /** A request the edge let through from `address`, showing `fingerprint` (not one it refused). */
  seen(address: string, fingerprint: string): void {
    this.onSeen?.(address, fingerprint);
    const now = this.now();
    const held = this.standing.get(address);
    if (held !== undefined) {
      this.count(held, now);
      if (!this.attackUnderway && this.pace(held) <= this.allowance(held)) {
        held.history += 1;
        this.vouch(fingerprint, address);
      }
      if (this.pace(held) > this.allowance(held)) this.lose(held, address, now);
      return;
    }
    if (!this.earns) return;
    const waiting = this.probation.get(address);
    if (waiting === undefined) {
      this.sweep(now);
      const slot = this.next;
      this.next = (slot + 1) % this.maxProbation;
      const oldest = this.ring[slot];
      if (oldest !== undefined && this.probation.get(oldest)?.slot === slot) this.probation.delete(oldest);
      this.ring[slot] = address;
      const client = { first: now, last: now, requests: 1, recent: 1, history: 1, lostUntil: 0, slot };
      this.probation.set(address, client);
      return;
    }
    this.count(waiting, now);
    if (!this.attackUnderway) waiting.history += 1;
    if (
      !this.attackUnderway &&
      now - waiting.first >= this.earnAfterMs &&
      waiting.requests >= this.minRequests &&
      waiting.lostUntil <= now &&
      this.standing.size < this.maxClients
    ) {
      this.probation.delete(address);
      this.standing.set(address, waiting);
      this.changed?.(address);
    }
  }

  /** A failed sign-in from `address` (its own behaviour): it loses standing for a while. */
  failed(address: string): void {
    const held = this.standing.get(address);
    if (held !== undefined) this.lose(held, address, this.now());
    const waiting = this.probation.get(address);
    if (waiting !== undefined) waiting.lostUntil = this.now() + this.lossMs;
  }

  /** Listens for clients earning standing here or losing it by their own behaviour (one listener). */
  watch(listener: (address: string) => void): void {
    this.changed = listener;
  }

  /** `address`'s record, if it is in the standing table (earned; it may have lost standing for now). */
  entry(address: string): StandingEntry | undefined {
    const c = this.standing.get(address);
    if (c === undefined) return undefined;
    return {
      address,
      first: c.first,
      last: c.last,
      requests: c.requests,
      history: c.history,
      lostUntil: c.lostUntil,
    };
  }

  /** Every client in the standing table, for a worker that starts. */
  entries(): StandingEntry[] {
    const out: StandingEntry[] = [];
    for (const address of this.standing.keys()) {
      const entry = this.entry(address);
      if (entry !== undefined) out.push(entry);
    }
    return out;
  }

  /**
   * A client another process earned standing for, or saw lose it: held here too, within the same cap
   * (a full table adopts nobody new); one already held keeps its own counts and takes the later loss.
   */
  adopt(entry: StandingEntry): void {
    const now = this.now();
    const held = this.standing.get(entry.address);
    if (held !== undefined) {
      held.lostUntil = Math.max(held.lostUntil, entry.lostUntil);
      return;
    }
    if (now - entry.last >= this.forgetAfterMs || this.standing.size >= this.maxClients) return;
    this.probation.delete(entry.address);
    this.standing.set(entry.address, {
      first: entry.first,
      last: Math.min(now, entry.last),
      requests: entry.requests,
      recent: 0,
      history: entry.history,
      lostUntil: entry.lostUntil,
      slot: -1,
    });
  }

  private lose(client: Client, address: string, now: number): void {
    const was = client.lostUntil;
    client.lostUntil = now + this.lossMs;
    // told once per loss, not at each request that prolongs it
    if (was <= now) this.changed?.(address);
  }

  /**
   * Whether `address` is in good standing now: earned, not lost, and its recent rate within its own
   * history's allowance (a client far above it loses standing at once, by its own behaviour).
   */
  holds(address: string): boolean {
    const client = this.standing.get(address);
    if (client === undefined) return false;
    const now = this.now();
    if (now < client.lostUntil) return false;
    if (now - client.last >= this.forgetAfterMs) {
      this.standing.delete(address);
      return false;
    }
    return true;
  }

  /**
   * Whether `address`, not in good standing, is still no stranger to an attack that started at `at`: on
   * probation since before then, with no failed sign-in and its recent rate within its own allowance.
   * Not standing (no decision carves it out), but a client that was there, behaving, before the attack.
   */
  seenBefore(address: string, at: number): boolean {
    const waiting = this.probation.get(address);
    return (
      waiting !== undefined &&
      waiting.first < at &&
      waiting.lostUntil <= this.now() &&
      this.pace(waiting) <= this.allowance(waiting)
    );
  }

  /**
   * Whether `fingerprint` is in good standing: shown, before any attack, by at least two clients in
   * good standing (one warmed-up address cannot vouch for its tool alone). A decision on it would
   * cover them, so none is made; the addresses that flood with it are still answered one by one.
   */
  vouchedFor(fingerprint: string): boolean {
    return (this.fingerprints.get(fingerprint)?.clients ?? 0) >= 2;
  }

  /**
   * The usual total rate of the clients in good standing, in requests per second: the sum of their
   * histories, worked out at most every 10 s (a pass over the table).
   */
  usualRate(): number {
    const now = this.now();
    if (now - this.usualAt >= USUAL_EVERY_MS) {
      this.usualAt = now;
      let sum = 0;
      for (const client of this.standing.values()) {
        if (now - client.last < this.forgetAfterMs) sum += this.historyRate(client);
      }
      this.usual = sum;
    }
    return this.usual;
  }

  /** Requests per second this client's history allows it (rate multiple of its history, at least the floor). */
  allowedRate(address: string): number {
    const client = this.standing.get(address);
    return client === undefined ? 0 : this.allowance(client);
  }

  /** Clients in good standing, and on probation: both bounded (see the file's comment). */
  get size(): { standing: number; probation: number } {
    return { standing: this.standing.size, probation: this.probation.size };
  }

  private vouch(fingerprint: string, address: string): void {
    const known = this.fingerprints.get(fingerprint);
    if (known === undefined) {
      if (this.fingerprints.size < MAX_FINGERPRINTS)
        this.fingerprints.set(fingerprint, { by: address, clients: 1 });
    } else if (known.clients < 2 && known.by !== address) known.clients = 2;
  }

  private count(client: Client, now: number): void {
    const dt = Math.max(0, now - client.last);
    client.recent = client.recent * Math.exp(-dt / RECENT_TAU_MS) + 1;
    if (!this.attackUnderway) client.history *= Math.exp(-dt / HISTORY_TAU_MS);
    client.last = now;
    client.requests++;
  }

  /** Recent requests per second. */
  private pace(client: Client): number {
    return (client.recent * 1000) / RECENT_TAU_MS;
  }

  private allowance(client: Client): number {
    return Math.max(this.rateFloor, this.rateMultiple * this.historyRate(client));
  }

  /** Its usual requests per second. */
  private historyRate(client: Client): number {
    const span = Math.min(HISTORY_TAU_MS, Math.max(1, client.last - client.first));
    return (client.history * 1000) / span;
  }

  /** Forgets clients not seen for a while; at most once a minute, so a full table costs O(1) a request. */
  private sweep(now: number): void {
    if (now - this.sweptAt < 60_000) return;
    this.sweptAt = now;
    for (const table of [this.standing, this.probation])
      for (const [address, client] of table)
        if (now - client.last >= this.forgetAfterMs) table.delete(address);
  }
}

/**
 * Spares clients in good standing from a detection's targets: addresses in good standing and
 * fingerprints they vouch for are dropped, and the summary says so. A detection left with no target
 * decides nothing: it keeps being reported, with an `observe` ceiling and the reason in its summary.
 */
export function spareGoodStanding(detection: Detection, standing: GoodStanding): Detection {
  const { targets } = detection;
  if (detection.state !== 'active' || targets.length === 0) return detection;
  const spared = targets.filter((t) =>
    t.scope === 'ip' ? standing.holds(t.value) : t.scope === 'fingerprint' && standing.vouchedFor(t.value),
  );
  if (spared.length === 0) return detection;
  const kept = targets.filter((t) => !spared.includes(t));
  const named = spared.map((t) => `${t.scope}:${t.value}`).join(', ');
  const summary =
    kept.length === 0
      ? `${detection.evidence.summary} No decision: every client it names is in good standing (${named}: seen behaving before the attack, and within its own usual rate).`
      : `${detection.evidence.summary} Spared, in good standing: ${named}.`;
  return {
    ...detection,
    targets: kept,
    maxAction: kept.length === 0 ? 'observe' : detection.maxAction,
    evidence: { ...detection.evidence, summary },
  };
}
