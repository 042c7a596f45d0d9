// The access log: nginx's combined format with the verdict, escaped as nginx escapes, and bounded: the
// first requests of each second whole, then one in N, marked so.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccessLog, combinedLine, timeLocal } from './access-log.js';

const entry = {
  address: '203.0.113.7',
  method: 'GET',
  target: '/inbox?q=1',
  httpVersion: '1.1',
  status: 403,
  bytes: 1234,
  referer: undefined,
  userAgent: 'curl/8.5 "quoted"',
  verdict: 'block',
};

describe('access log', () => {
  it('writes the combined format with the verdict, in UTC', () => {
    const at = Date.UTC(2026, 11, 6, 7, 0, 1);
    expect(timeLocal(at)).toBe('06/Dec/2026:07:00:01 +0000');
    expect(combinedLine(entry, at, 1)).toBe(
      '203.0.113.7 - - [06/Dec/2026:07:00:01 +0000] "GET /inbox?q=1 HTTP/1.1" 403 1234 "-" "curl/8.5 \\x22quoted\\x22" verdict=block\n',
    );
    expect(combinedLine({ ...entry, target: '/a\nb', bytes: undefined }, at, 100)).toContain(
      '"GET /a\\x0Ab HTTP/1.1" 403 0 "-"',
    );
    expect(combinedLine(entry, at, 100).endsWith('verdict=block sample=1/100\n')).toBe(true);
  });

  it('logs the first requests of a second whole, then one in N', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'breakwater-access-'));
    const clock = { now: 5_000 };
    const log = new AccessLog({
      path: join(dir, 'access.log'),
      perSecond: 3,
      sampleEvery: 10,
      now: () => clock.now,
    });
    const chosen = Array.from({ length: 33 }, () => log.choose());
    expect(chosen.slice(0, 3)).toEqual([1, 1, 1]);
    expect(chosen.filter((c) => c === 10)).toHaveLength(3);
    expect(chosen.filter((c) => c === 0)).toHaveLength(27);
    clock.now += 1000;
    expect(log.choose()).toBe(1);
    log.write(entry, 1);
    await log.close();
    expect(await readFile(join(dir, 'access.log'), 'utf8')).toMatch(
      /^203\.0\.113\.7 - - \[.*\] "GET \/inbox\?q=1 HTTP\/1\.1" 403/,
    );
    await rm(dir, { recursive: true, force: true });
  });
});
