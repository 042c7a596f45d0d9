// A browser's cookie jar for one site: keeps what Set-Cookie gives, drops what it expires, and writes
// the Cookie header. Path and Domain are not consulted: a drill client only ever talks to one origin.

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Takes every Set-Cookie field of an answer. */
  store(setCookie: string | string[] | undefined): void {
    if (setCookie === undefined) return;
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) this.storeOne(line);
  }

  private storeOne(line: string): void {
    const [pair, ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key, raw = ''] = attribute.split('=', 2).map((part) => part.trim());
      const lower = key.toLowerCase();
      if (lower === 'max-age') return Number(raw) <= 0;
      if (lower === 'expires') return Date.parse(raw) <= Date.now();
      return false;
    });
    if (expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  /** The Cookie header value, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    let out = '';
    for (const [name, value] of this.cookies) out += `${out ? '; ' : ''}${name}=${value}`;
    return out;
  }
}
