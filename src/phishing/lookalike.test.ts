import { describe, expect, it } from 'vitest';
import { registrable } from './lookalike.js';

describe('the registrable part of a host', () => {
  it("reads a country's second level and the names reserved for documentation as suffixes", () => {
    expect(registrable('a.b.shop.example')).toBe('shop.example');
    expect(registrable('mail.shop.co.uk')).toBe('shop.co.uk');
    expect(registrable('login.corp-example.example.net')).toBe('corp-example.example.net');
    expect(registrable('example.com')).toBe('example.com');
  });
});
