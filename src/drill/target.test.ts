// The drill refuses every target outside loopback, judging the resolved address, not the name.

import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../net/loopback.js';
import { resolveLoopbackTarget, TargetRefused } from './target.js';

/** A resolver that answers from a fixed table, as a hosts file would. */
const hosts =
  (table: Record<string, string[]>) =>
  async (name: string): Promise<string[]> => {
    const found = table[name];
    if (!found) throw new Error(`getaddrinfo ENOTFOUND ${name}`);
    return found;
  };

describe('resolveLoopbackTarget', () => {
  it.each([
    'http://10.0.0.1/',
    'http://192.168.1.1:8080/',
    'https://8.8.8.8/',
    'http://[::ffff:8.8.8.8]/',
    'http://[::2]/',
    'http://[2001:db8::1]:8080/',
    'http://0.0.0.0:8080/',
    'http://128.0.0.1/',
  ])('refuses %s with exit code 2', async (url) => {
    const refusal = await resolveLoopbackTarget(url, hosts({})).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TargetRefused);
    expect((refusal as TargetRefused).exitCode).toBe(2);
    expect((refusal as Error).message).toMatch(/outside loopback/);
  });

  it('refuses a name that resolves outside loopback, even partly', async () => {
    const resolve = hosts({ 'example.com': ['93.184.215.14'], 'sneaky.test': ['127.0.0.1', '10.1.2.3'] });
    await expect(resolveLoopbackTarget('http://example.com/', resolve)).rejects.toThrow(
      /example\.com resolves to 93\.184\.215\.14, outside loopback/,
    );
    await expect(resolveLoopbackTarget('http://sneaky.test:8080/', resolve)).rejects.toThrow(/10\.1\.2\.3/);
  });

  it('refuses example.com with the real resolver, whether or not it resolves here', async () => {
    await expect(resolveLoopbackTarget('http://example.com/')).rejects.toBeInstanceOf(TargetRefused);
  });

  it('refuses what is not an http(s) URL', async () => {
    await expect(resolveLoopbackTarget('127.0.0.1:8080')).rejects.toThrow(/expected an http/);
    await expect(resolveLoopbackTarget('ftp://127.0.0.1/')).rejects.toThrow(/expected an http/);
    await expect(resolveLoopbackTarget('http://user:pw@127.0.0.1/')).rejects.toThrow(/credentials/);
  });

  it('accepts 127.0.0.1 and connects to the address it checked', async () => {
    const target = await resolveLoopbackTarget('http://127.0.0.1:8080/');
    expect(target).toMatchObject({
      address: '127.0.0.1',
      family: 4,
      port: 8080,
      tls: false,
      host: '127.0.0.1:8080',
    });
    expect(target.connectOrigin).toBe('http://127.0.0.1:8080');
  });

  it('accepts localhost through the real resolver', async () => {
    const target = await resolveLoopbackTarget('http://localhost:8080');
    expect(isLoopbackAddress(target.address)).toBe(true);
    expect(target.host).toBe('localhost:8080');
    expect(target.servername).toBe('localhost');
  });

  it('accepts [::1], the rest of 127/8 and IPv4-mapped loopback', async () => {
    const six = await resolveLoopbackTarget('https://[::1]:8443/');
    expect(six).toMatchObject({ address: '::1', family: 6, tls: true, connectOrigin: 'https://[::1]:8443' });
    expect((await resolveLoopbackTarget('http://127.9.8.7/')).port).toBe(80);
    expect((await resolveLoopbackTarget('http://[::ffff:127.0.0.1]:81/')).address).toBe('127.0.0.1');
  });

  it('prefers an IPv4 loopback address when a name has both', async () => {
    const target = await resolveLoopbackTarget(
      'http://dual.test/',
      hosts({ 'dual.test': ['::1', '127.0.0.1'] }),
    );
    expect(target.address).toBe('127.0.0.1');
  });
});
