import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from './loopback.js';

describe('isLoopbackAddress', () => {
  it('knows loopback from everything else', () => {
    for (const yes of ['127.0.0.1', '127.255.255.254', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(yes), yes).toBe(true);
    }
    for (const no of ['10.0.0.1', '0.0.0.0', '::', '::2', '::ffff:8.8.8.8', 'localhost', '']) {
      expect(isLoopbackAddress(no), no).toBe(false);
    }
  });
});
