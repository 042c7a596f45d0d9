// Which return paths are same-origin and safe to redirect to.
import { describe, expect, it } from 'vitest';
import { isSameOriginPath } from './return-to.js';

describe('isSameOriginPath', () => {
  it('accepts paths with queries', () => {
    for (const ok of ['/', '/inbox', '/a/b?c=d&e=%2F%2Fx', '/search?q=a:b', '/x#frag']) {
      expect(isSameOriginPath(ok)).toBe(true);
    }
  });

  it('refuses anything a browser could resolve to another origin', () => {
    for (const bad of [
      '',
      'inbox',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      ' /x',
      'https://evil.example/',
      'javascript:alert(1)',
      '/caf\u00e9',
      `/${'a'.repeat(2048)}`,
    ]) {
      expect(isSameOriginPath(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
