// Imports a page of a peer's objects: each indicator is checked, de-duplicated by id and version
// (a newer `modified` replaces, revoked removes), and every value it touches is judged again by the
// trust policy. The page, its verdicts, the decisions they make and the peer's checkpoint are written in
// one transaction: a page is imported whole or not at all. The decision table follows once it is saved.

import { createHash } from 'node:crypto';
import type { Log } from '../../log.js';
import type { Decision } from '../../responder/decision.js';
import { newDecisionId } from '../../responder/decision-id.js';
import type { DecisionTable } from '../../responder/decision-table.js';
import { DecisionRepository } from '../../store/decision-repository.js';
import { ImportedIndicatorRepository, type NewImport } from '../../store/imported-indicator-repository.js';
import type { Store } from '../../store/index.js';
import type { PullCounts } from '../../store/intel-feed-repository.js';
import { readObject } from './indicator.js';
import { judge, type TrustSettings } from './trust-policy.js';

export type PageCounts = Omit<PullCounts, 'pages'>;

type DecisionChange = { type: 'put'; decision: Decision } | { type: 'remove'; id: string };

/** The decision id for an imported value: the same value always maps to the same decision. */
export function intelDecisionId(value: string): string {
  return newDecisionId(() => createHash('sha256').update(`intel:${value}`).digest().subarray(0, 10));
}

export interface IndicatorImportDeps {
  store: Pick<Store, 'db' | 'intelFeeds'>;
  table: DecisionTable;
  settings: TrustSettings;
  now: () => number;
  log: Log;
}

export class IndicatorImport {
  constructor(private readonly deps: IndicatorImportDeps) {}

  /** Imports one page from the peer and moves its checkpoint (when given), all in one transaction. */
  async importPage(
    peer: string,
    objects: readonly unknown[],
    checkpoint: string | null,
  ): Promise<PageCounts> {
    const counts: PageCounts = {
      objects: objects.length,
      imported: 0,
      duplicates: 0,
      revoked: 0,
      unsupported: 0,
      invalid: 0,
    };
    const changes = await this.deps.store.db.transaction().execute(async (trx) => {
      const imports = new ImportedIndicatorRepository(trx, this.deps.now);
      const touched = new Set<string>();
      for (const object of objects) {
        const read = readObject(object);
        if (read.kind === 'other') continue;
        if (read.kind === 'invalid') {
          counts.invalid++;
          this.deps.log.debug('intel object refused', {
            peer,
            id: read.id ?? undefined,
            problem: read.problem,
          });
          continue;
        }
        const indicator = read.indicator;
        const held = await imports.version(peer, indicator.id);
        if (held !== undefined && held >= indicator.modified) {
          counts.duplicates++;
          continue;
        }
        if (indicator.revoked) {
          counts.revoked++;
          for (const value of await imports.remove(peer, indicator.id)) touched.add(value);
          continue;
        }
        const base = {
          peer,
          indicatorId: indicator.id,
          pattern: indicator.pattern,
          confidence: indicator.confidence,
          modified: indicator.modified,
          validUntil: indicator.validUntil,
          tlp: indicator.tlp,
          poisoning: false,
        };
        let rows: NewImport[];
        if (indicator.reading.ok) {
          counts.imported++;
          rows = indicator.reading.targets.map((t) => ({
            ...base,
            ...t,
            status: 'observe',
            reason: 'not judged yet',
          }));
        } else {
          counts.unsupported++;
          rows = [{ ...base, value: '', scope: '', status: 'unsupported', reason: indicator.reading.reason }];
        }
        for (const value of await imports.replace(peer, indicator.id, rows)) touched.add(value);
        for (const row of rows) if (row.value !== '') touched.add(row.value);
      }
      const decided = await this.judgeAll(trx, [...touched]);
      if (checkpoint !== null) await this.deps.store.intelFeeds.within(trx).setCheckpoint(peer, checkpoint);
      return decided;
    });
    this.follow(changes);
    return counts;
  }

  /** Judges every held value again (after a restart or a change of policy) and forgets expired imports. */
  async reconcile(): Promise<void> {
    const changes = await this.deps.store.db.transaction().execute(async (trx) => {
      const imports = new ImportedIndicatorRepository(trx, this.deps.now);
      const expired = await imports.pruneExpired(this.deps.now());
      return this.judgeAll(trx, [...new Set([...expired, ...(await imports.values())])]);
    });
    this.follow(changes);
  }

  /** Removes a peer with everything imported from it, and judges the values it named again. */
  async forgetPeer(peer: string): Promise<boolean> {
    let removed = false;
    const changes = await this.deps.store.db.transaction().execute(async (trx) => {
      const values = await new ImportedIndicatorRepository(trx, this.deps.now).removePeer(peer);
      removed = await this.deps.store.intelFeeds.within(trx).removePeer(peer);
      return this.judgeAll(trx, values);
    });
    this.follow(changes);
    return removed;
  }

  /** Applies the trust policy to each value: verdicts on its claims, and its decision put or removed. */
  private async judgeAll(
    trx: IndicatorImportDeps['store']['db'],
    values: string[],
  ): Promise<DecisionChange[]> {
    const imports = new ImportedIndicatorRepository(trx, this.deps.now);
    const decisions = new DecisionRepository(trx, this.deps.now);
    const at = this.deps.now();
    const changes: DecisionChange[] = [];
    for (const value of values) {
      const verdict = judge(value, await imports.claims(value, at), this.deps.settings, at);
      for (const claim of verdict.claims) {
        await imports.setVerdict(
          { peer: claim.peer, indicatorId: claim.indicatorId, value },
          { status: claim.status, reason: claim.reason, poisoning: claim.poisoning },
        );
        if (claim.poisoning) {
          this.deps.log.warn('intel refused as poisoning', {
            peer: claim.peer,
            indicator: claim.indicatorId,
            value,
            reason: claim.reason,
          });
        }
      }
      const id = intelDecisionId(value);
      if (verdict.enforce === undefined) {
        if (await decisions.remove(id)) changes.push({ type: 'remove', id });
        continue;
      }
      const decision: Decision = {
        id,
        scope: value.includes('/') ? 'cidr' : 'ip',
        value,
        action: 'block',
        reason: verdict.enforce.reason,
        source: 'intel',
        createdAt: at,
        expiresAt: verdict.enforce.expiresAt,
      };
      await decisions.put(decision);
      changes.push({ type: 'put', decision });
    }
    return changes;
  }

  /** Brings the decision table in line with what was saved. */
  private follow(changes: DecisionChange[]): void {
    for (const change of changes) {
      if (change.type === 'remove') this.deps.table.remove(change.id);
      else this.deps.table.put(change.decision);
    }
  }
}
