// Looks the values of a message up against the indicators held: the keys of campaigns responders
// confirmed, and the patterns of indicators imported from peers (domain-name, url, email-addr, file hash).
import type { Store } from '../store/index.js';
import type { IntelHit } from './analysers/index.js';

/** Values looked up per message; a message naming more is looked up on the first ones. */
const MAX_VALUES = 200;

export function intelLookup(store: Pick<Store, 'db'>) {
  return async (values: readonly string[]): Promise<IntelHit[]> => {
    const wanted = values.slice(0, MAX_VALUES);
    if (wanted.length === 0) return [];
    const hits = new Map<string, IntelHit>();
    const keyed = new Map<string, string>();
    for (const value of wanted) {
      for (const kind of ['sender-domain', 'link-domain', 'sha256']) keyed.set(`${kind}:${value}`, value);
    }
    const confirmed = await store.db
      .selectFrom('phishing_campaign_keys')
      .innerJoin('phishing_campaigns', 'phishing_campaigns.id', 'phishing_campaign_keys.campaign_id')
      .select(['phishing_campaign_keys.key', 'phishing_campaigns.id'])
      .where('phishing_campaigns.review', '=', 'confirmed')
      .where('phishing_campaign_keys.key', 'in', [...keyed.keys()])
      .execute();
    for (const row of confirmed) {
      const value = keyed.get(row.key) as string;
      hits.set(value, { value, source: `our confirmed campaign ${row.id}` });
    }
    const imported = await store.db
      .selectFrom('intel_imports')
      .select(['peer', 'pattern'])
      .where('status', '!=', 'refused')
      .where((eb) =>
        eb.or(wanted.map((value) => eb('pattern', 'like', `%'${value.replace(/[%_']/g, '_')}'%`))),
      )
      .limit(50)
      .execute();
    for (const row of imported) {
      for (const value of wanted) {
        if (!hits.has(value) && row.pattern.includes(`'${value}'`))
          hits.set(value, { value, source: `peer ${row.peer}` });
      }
    }
    return [...hits.values()];
  };
}
