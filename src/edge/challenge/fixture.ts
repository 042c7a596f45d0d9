// A challenge for unit tests: a fixed secret (by its fill byte), an easy puzzle, an hour's pass, cookies
// without Secure, on the test's own clock.

import { Challenge } from './index.js';

export const testChallenge = (now: () => number, fill = 7): Challenge =>
  new Challenge({
    secret: Buffer.alloc(32, fill),
    now,
    defaultDifficulty: 8,
    passTtlMs: 3_600_000,
    secureCookie: false,
  });
