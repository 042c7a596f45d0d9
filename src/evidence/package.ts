// The evidence package of one incident, for a CERT or the police: the report, timeline, decisions and
// detections with their evidence, the refused sources with first and last seen (UTC) and counts, a
// sample of refused request heads, the relevant audit entries, the STIX 2.1 bundle and the chain of
// custody — each file hashed into a manifest signed with the installation's Ed25519 key (manifest.ts).
// No credential leaves: see redact.ts. Legitimate users' addresses are hidden when the responder asks.
// Only a flood has one: a phishing incident's evidence is its campaign's reports, on the phishing desk.

import { overlaps } from '../bouncers/lapi-decision.js';
import type { HeadRecord, SourceRecord } from '../edge/witness.js';
import type { Incident } from '../incidents/incident.js';
import { gatherReport } from '../incidents/report/gather.js';
import { renderReport } from '../incidents/report/index.js';
import type { TlpLevel } from '../intel/stix/tlp.js';
import type { Decision } from '../responder/decision.js';
import type { Detection } from '../sentinel/detection.js';
import type { AuditActor, AuditEntry, Store } from '../store/index.js';
import { VERSION } from '../version.js';
import type { ArchiveFile } from './archive.js';
import { sealArchive } from './manifest.js';
import { redactAddresses, redactHead, scrubTokens } from './redact.js';
import { installationKey } from './signing-key.js';
import { incidentBundle } from './stix-bundle.js';

/** What the edge saw of refused clients (edge/witness.ts); absent, the package says so. */
export interface EdgeWitness {
  sourcesSince(since: number): SourceRecord[];
  headsSince(since: number): HeadRecord[];
}

export interface EvidenceOptions {
  store: Pick<Store, 'incidents' | 'detections' | 'audit' | 'secrets' | 'traffic'>;
  witness?: EdgeWitness;
  /** Our organisation's name and the TLP level of the STIX bundle. */
  identity: string;
  tlp: TlpLevel;
  /** Keep query values in the sampled request heads (they may carry personal data). */
  keepQueryValues: boolean;
  now: () => number;
}

export interface EvidenceRequest {
  incident: Incident;
  exportedBy: AuditActor;
  /** The exporter's address, null from the command line. */
  address: string | null;
  /** Hide every address that is not one of the attack's sources. */
  redactLegitimate: boolean;
}

/** Sources listed at most, most refused first. */
export const MAX_SOURCES = 1000;
/** Audit entries read around the incident at most. */
const AUDIT_MARGIN_MS = 60 * 60_000;

/** Why this incident has no evidence package, or undefined when it has one. */
export function noEvidencePackage(incident: Incident): string | undefined {
  if (incident.kind === 'flood') return undefined;
  return (
    `${incident.id} is a phishing incident: evidence packages hold what the edge refused during a flood; ` +
    'the campaign’s reports are on the phishing desk'
  );
}

export async function exportEvidence(opts: EvidenceOptions, req: EvidenceRequest): Promise<Buffer> {
  const { store } = opts;
  const { incident } = req;
  const refusal = noEvidencePackage(incident);
  if (refusal !== undefined) throw new Error(refusal);
  const at = opts.now();
  const since = incident.figures.attackStartedAt;
  const until = incident.resolvedAt ?? at;
  const report = await gatherReport(store, incident, at);
  const detections = (await Promise.all(incident.detectionIds.map((id) => store.detections.get(id)))).filter(
    (d): d is Detection => d !== undefined,
  );
  const attackers = attackSources(incident, detections, report.decisions);
  const audit = await relevantAudit(
    store,
    incident,
    report.decisions,
    since - AUDIT_MARGIN_MS,
    until + AUDIT_MARGIN_MS,
  );
  const sources = opts.witness?.sourcesSince(since).slice(0, MAX_SOURCES);
  const heads = opts.witness?.headsSince(since).map((h) => redactHead(h, opts.keepQueryValues));
  const custody = [
    {
      event: 'exported',
      at: new Date(at).toISOString(),
      by: req.exportedBy,
      address: req.address,
      software: `Breakwater ${VERSION}`,
      legitimateAddresses: req.redactLegitimate ? 'redacted' : 'kept',
      queryValues: opts.keepQueryValues ? 'kept' : 'redacted',
    },
  ];
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const texts: [string, string][] = [
    ['README.txt', readme(incident)],
    ['report.md', renderReport(report, 'md')],
    ['incident.json', json(incident)],
    ['timeline.json', json(report.timeline.map((e) => ({ ...e, at: utc(e.at) })))],
    ['decisions.json', json(report.decisions)],
    ['detections.json', json(detections)],
    ['sources.json', json(sourcesFile(incident, sources))],
    ['request-heads.json', json(heads === undefined ? { kept: false, heads: [] } : { kept: true, heads })],
    ['audit.json', json(audit)],
    [
      'stix-bundle.json',
      json(
        incidentBundle({
          incident,
          detections,
          decisions: report.decisions,
          identity: opts.identity,
          tlp: opts.tlp,
        }),
      ),
    ],
    ['custody.json', json(custody)],
  ];
  const keep = (address: string) => attackers.some((source) => overlaps(source, address));
  const files: ArchiveFile[] = texts.map(([name, text]) => {
    let clean = scrubTokens(text);
    if (req.redactLegitimate) clean = redactAddresses(clean, keep);
    return { name: `${incident.id}/${name}`, data: Buffer.from(clean) };
  });
  return sealArchive(incident.id, files, await installationKey(store), new Date(at));
}

/** The attack's sources: what its decisions, detections and top sources name. */
function attackSources(incident: Incident, detections: Detection[], decisions: Decision[]): string[] {
  const out = new Set<string>();
  for (const s of incident.topSources) if (s.scope !== 'fingerprint') out.add(s.value);
  for (const d of detections) for (const t of d.targets) if (t.scope !== 'fingerprint') out.add(t.value);
  for (const d of decisions) if (d.scope !== 'fingerprint' && d.action !== 'allow') out.add(d.value);
  return [...out];
}

/** Entries about the incident or its decisions, and decision and incident changes around it. */
async function relevantAudit(
  store: Pick<Store, 'audit'>,
  incident: Incident,
  decisions: Decision[],
  from: number,
  to: number,
): Promise<AuditEntry[]> {
  const names = [incident.id, ...decisions.map((d) => d.id)];
  const out: AuditEntry[] = [];
  for await (const entry of store.audit.entries()) {
    if (entry.at < from) continue;
    if (entry.at > to) break;
    const about = JSON.stringify([entry.target, entry.detail]);
    if (names.some((name) => about.includes(name)) || /decisions|incidents|evidence/.test(entry.action)) {
      out.push(entry);
    }
  }
  return out;
}

function sourcesFile(incident: Incident, sources: SourceRecord[] | undefined) {
  return {
    note:
      'refused: sources the edge refused since the attack began (requests by verdict, connections reset at ' +
      'accept), first and last seen in UTC; atPeak: the sources the detections named, with their peak rate.',
    refused:
      sources?.map((s) => ({ ...s, firstSeen: utc(s.firstSeen), lastSeen: utc(s.lastSeen) })) ??
      'not recorded',
    atPeak: incident.topSources,
  };
}

const utc = (ms: number) => new Date(ms).toISOString();

function readme(incident: Incident): string {
  return [
    `Evidence package for ${incident.id}: ${incident.title}`,
    '',
    'report.md           the post-incident report',
    'incident.json       the incident with its figures (times in ms since the epoch, UTC)',
    'timeline.json       what happened, in order',
    'decisions.json      what Breakwater enforced, and why',
    'detections.json     what the detectors saw, with their evidence',
    'sources.json        the sources refused at the edge: first and last seen (UTC) and counts',
    'request-heads.json  a bounded sample of refused request heads (credentials and query values redacted)',
    'audit.json          the audit entries about this incident and its decisions, with their hash chain',
    'stix-bundle.json    the incident as a STIX 2.1 bundle',
    'custody.json        who exported this package, and when',
    '',
    'manifest.json lists the SHA-256 of every file and is signed (manifest.json.sig, Ed25519) by the key',
    'in public-key.pem. Check it with:  breakwater evidence verify FILE --public-key KEY.pem',
    'using the public key the sender published, or compare the fingerprint the check prints with theirs.',
    '',
  ].join('\n');
}
