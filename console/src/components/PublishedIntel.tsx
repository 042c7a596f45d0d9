// What we publish to peers: our TAXII collections, where peers find them, and the indicators in them.
import { api } from '../api.js';
import type { IntelCollection, StixObject } from '../types.js';
import { useLoad } from '../use-load.js';

/** Indicators listed by pattern; the rest are counted. */
const LISTED = 10;

export function PublishedIntel({ collections }: { collections: readonly IntelCollection[] }) {
  const { data, loading } = useLoad(
    () => api.get<{ objects: StixObject[] }>('/api/v1/intel/blocklist?format=stix'),
    [],
    'Loading the published indicators',
  );
  const indicators = data?.objects ?? [];
  const discovery = new URL('/taxii2/', window.location.origin).toString();

  return (
    <section aria-labelledby="published-title" className="card">
      <h2 id="published-title">Published</h2>
      <p>
        Peers read our collections over TAXII 2.1 from <code>{discovery}</code>, with an account opened for
        them (add a peer with “may read”, or <code>breakwater intel peers add --read</code>).
      </p>
      <ul aria-label="Our collections">
        {collections.map((c) => (
          <li key={c.id}>
            {c.title} <code>{c.id}</code>
            {c.alias && (
              <>
                {' '}
                (alias <code>{c.alias}</code>)
              </>
            )}
          </li>
        ))}
      </ul>
      <p aria-busy={loading} data-testid="published-count">
        {loading && !data
          ? 'Counting the indicators we publish…'
          : indicators.length === 0
            ? 'We publish no indicators yet: blocks, challenges and throttles on addresses are published as they are decided.'
            : `We publish ${indicators.length} indicator${indicators.length === 1 ? '' : 's'}${
                indicators.length > LISTED ? `; the first ${LISTED}:` : ':'
              }`}
      </p>
      {indicators.length > 0 && (
        <ul aria-label="Published indicators">
          {indicators.slice(0, LISTED).map((o) => (
            <li key={o.id}>
              <code>{String(o.pattern)}</code>
            </li>
          ))}
        </ul>
      )}
      <p>
        Download: <a href="/api/v1/intel/blocklist?format=plain">plain block list</a> ·{' '}
        <a href="/api/v1/intel/blocklist?format=stix">STIX bundle</a>
      </p>
    </section>
  );
}
