// The pass cookie: `v1.<clientId>.<expiresAt ms>.<hmac>`, the HMAC covering prefix, user agent, client id
// and expiry. Reading it costs one scan of the Cookie header, one regex test and one HMAC.
import { createHmac, type KeyObject, timingSafeEqual } from 'node:crypto';

const PASS_SHAPE = /^v1\.([A-Za-z0-9_-]{16})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

export interface PassFields {
  prefix: string;
  userAgent: string;
  clientId: string;
  expiresAt: number;
}

export function passValue(key: KeyObject, fields: PassFields): string {
  return `v1.${fields.clientId}.${fields.expiresAt}.${passMac(key, fields)}`;
}

export function setCookieHeader(
  name: string,
  value: string,
  opts: { maxAgeSeconds: number; secure: boolean },
): string {
  const secure = opts.secure ? '; Secure' : '';
  return `${name}=${value}; Path=/; Max-Age=${opts.maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** The client id in a valid, unexpired pass bound to this prefix and user agent, else undefined. */
export function readPass(
  key: KeyObject,
  value: string,
  binding: { prefix: string; userAgent: string; now: number },
): string | undefined {
  const match = PASS_SHAPE.exec(value);
  if (!match) return undefined;
  const expiresAt = Number(match[2]);
  if (!(expiresAt > binding.now)) return undefined;
  const clientId = match[1];
  const expected = Buffer.from(
    passMac(key, { prefix: binding.prefix, userAgent: binding.userAgent, clientId, expiresAt }),
  );
  return timingSafeEqual(expected, Buffer.from(match[3])) ? clientId : undefined;
}

/** The value of the first cookie with this name in a Cookie header, without splitting the header. */
export function cookieValue(header: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = header.indexOf(name, from);
    if (at < 0) return undefined;
    const end = at + name.length;
    const before = at === 0 ? 59 : header.charCodeAt(at - 1);
    // 59 ';', 32 space, 9 tab: the name starts a cookie pair; 61 '=': it is the whole name.
    if ((before === 59 || before === 32 || before === 9) && header.charCodeAt(end) === 61) {
      const stop = header.indexOf(';', end + 1);
      return header.slice(end + 1, stop < 0 ? header.length : stop).trim();
    }
    from = end;
  }
}

function passMac(key: KeyObject, fields: PassFields): string {
  return createHmac('sha256', key)
    .update(`v1\0${fields.prefix}\0`)
    .update(fields.userAgent)
    .update(`\0${fields.clientId}\0${fields.expiresAt}`)
    .digest('base64url');
}
