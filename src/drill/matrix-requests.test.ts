import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../seeded-random.js';
import { APP_HEADERS } from './api-client.js';
import { matrixRequest } from './matrix-requests.js';

const names = (headers: string[]) => headers.filter((_, i) => i % 2 === 0);

describe('the requests of a matrix case', () => {
  it('carry exactly the site app’s headers in the site-app style', () => {
    const make = matrixRequest('api', 'site-app', mulberry32(1));
    const random = mulberry32(2);
    for (let i = 0; i < 5; i++) {
      const spec = make(random);
      expect(spec.headers).toEqual(APP_HEADERS);
      expect(spec.path).toMatch(/^\/api\/messages/);
    }
  });

  it('keep one tool’s agent and order in the one-tool style, and vary them in the random style', () => {
    const random = mulberry32(3);
    const tool = matrixRequest('page', 'one-tool', mulberry32(4));
    expect(new Set(Array.from({ length: 10 }, () => tool(random).headers.join('|'))).size).toBe(1);
    const scrambled = matrixRequest('page', 'random', mulberry32(4));
    const orders = new Set(Array.from({ length: 20 }, () => names(scrambled(random).headers).join(',')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('sends real browsers’ header orders in the browser-pool style', () => {
    const make = matrixRequest('page', 'browser-pool', mulberry32(5));
    const random = mulberry32(6);
    const agents = new Set(
      Array.from({ length: 30 }, () => {
        const h = make(random).headers;
        return h[h.indexOf('user-agent') + 1];
      }),
    );
    expect(agents.size).toBeGreaterThan(2);
    for (const agent of agents) expect(agent).toMatch(/^Mozilla\/5\.0 .*(Chrome|Firefox)\//);
  });

  it('post made-up sign-ins with their length, and search with a fresh query each time', () => {
    const random = mulberry32(7);
    const login = matrixRequest('login', 'one-tool', mulberry32(8))(random);
    expect(login.method).toBe('POST');
    expect(login.path).toBe('/login');
    const length = login.headers[login.headers.indexOf('content-length') + 1];
    expect(Number(length)).toBe(Buffer.byteLength(login.body ?? ''));
    const search = matrixRequest('search', 'one-tool', mulberry32(8));
    const queries = new Set(Array.from({ length: 50 }, () => search(random).path));
    expect(queries.size).toBe(50);
  });
});
