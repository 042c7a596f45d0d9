// Parses one configured origin URL into what the pool and the forward phase need:
// the undici origin (scheme://host:port) and the Host header, with errors a person can act on.

export interface OriginAddress {
  /** As configured. */
  readonly url: string;
  readonly secure: boolean;
  /** scheme://host:port, port always explicit. */
  readonly origin: string;
  /** host[:port], the port only when it is not the scheme's default. */
  readonly hostHeader: string;
}

export function parseOriginUrl(url: string): OriginAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`origin "${url}": expected an absolute http:// or https:// URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`origin "${url}": expected scheme http or https, found ${parsed.protocol.slice(0, -1)}`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new Error(`origin "${url}": credentials in the URL are not supported`);
  }
  if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '') {
    throw new Error(
      `origin "${url}": expected scheme://host[:port] only, found path, query or fragment "${parsed.pathname}${parsed.search}${parsed.hash}"`,
    );
  }
  const secure = parsed.protocol === 'https:';
  const port = parsed.port === '' ? (secure ? '443' : '80') : parsed.port;
  return {
    url,
    secure,
    origin: `${parsed.protocol}//${parsed.hostname}:${port}`,
    hostHeader: parsed.host,
  };
}
