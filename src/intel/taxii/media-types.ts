// TAXII 2.1 media types: what every response is labelled with, which Accept headers get an answer, and
// which Content-Type a POST must carry.

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

interface MediaRange {
  type: string;
  params: Map<string, string>;
}

function parseMediaRange(text: string): MediaRange {
  const [type, ...params] = text.split(';').map((part) => part.trim());
  const map = new Map<string, string>();
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq > 0)
      map.set(
        param.slice(0, eq).trim().toLowerCase(),
        param
          .slice(eq + 1)
          .trim()
          .replace(/^"|"$/g, ''),
      );
  }
  return { type: type.toLowerCase(), params: map };
}

/** Whether a TAXII 2.1 answer is acceptable: no Accept, TAXII with version 2.1 or none, or a wildcard. */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').some((entry) => {
    const range = parseMediaRange(entry);
    if (range.params.get('q') !== undefined && Number(range.params.get('q')) === 0) return false;
    if (range.type === '*/*' || range.type === 'application/*') return true;
    const version = range.params.get('version');
    return range.type === 'application/taxii+json' && (version === undefined || version === '2.1');
  });
}

/** Whether a POST's Content-Type is exactly TAXII 2.1 (case and spaces aside). */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const range = parseMediaRange(contentType);
  return range.type === 'application/taxii+json' && range.params.get('version') === '2.1';
}
