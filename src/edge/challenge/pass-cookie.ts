// The pass cookie: `v2.<clientId>.<expiresAt ms>.<difficulty>.<hmac>`, the HMAC covering prefix, user agent,
// client id, expiry and the difficulty of the puzzle solved for it (a pass earned on an easy puzzle must
// not open a decision asking for a harder one). Reading it costs one scan of the Cookie header, one regex
// test and one HMAC.
import { createHmac, type KeyObject, timingSafeEqual } from 'node:crypto';

const PASS_SHAPE = /^v2\.([A-Za-z0-9_-]{16})\.(\d{1,15})\.(\d{1,2})\.([A-Za-z0-9_-]{43})$/;

export interface PassFields {
  prefix: string;
  userAgent: string;
  clientId: string;
  expiresAt: number;
  /** Leading zero bits of the puzzle solved to earn the pass. */
  difficulty: number;
}

/** A valid pass: who holds it and how hard a puzzle earned it. */
export interface Pass {
  clientId: string;
  difficulty: number;
}

export function passValue(key: KeyObject, fields: PassFields): string {
  return `v2.${fields.clientId}.${fields.expiresAt}.${fields.difficulty}.${passMac(key, fields)}`;
}

export function setCookieHeader(
  name: string,
  value: string,
  opts: { maxAgeSeconds: number; secure: boolean },
): string {
  const secure = opts.secure ? '; Secure' : '';
  return `${name}=${value}; Path=/; Max-Age=${opts.maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** A valid, unexpired pass bound to this prefix and user agent, else undefined. */
export function readPass(
  key: KeyObject,
  value: string,
  binding: { prefix: string; userAgent: string; now: number },
): Pass | undefined {
  const match = PASS_SHAPE.exec(value);
  if (!match) return undefined;
  const expiresAt = Number(match[2]);
  if (!(expiresAt > binding.now)) return undefined;
  const clientId = match[1];
  const difficulty = Number(match[3]);
  const { prefix, userAgent } = binding;
  const expected = Buffer.from(passMac(key, { prefix, userAgent, clientId, expiresAt, difficulty }));
  return timingSafeEqual(expected, Buffer.from(match[4])) ? { clientId, difficulty } : undefined;
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
    .update(`v2\0${fields.prefix}\0`)
    .update(fields.userAgent)
    .update(`\0${fields.clientId}\0${fields.expiresAt}\0${fields.difficulty}`)
    .digest('base64url');
}
