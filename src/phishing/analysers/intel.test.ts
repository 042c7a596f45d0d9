import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { intel, observables } from './intel.js';

describe('the intel analyser', () => {
  it('looks up the sender, the links and the attachment hashes', async () => {
    const reported = await message({
      from: 'X <a@mailer.badcorp.example>',
      html: '<a href="https://cdn.badhost.example/x">x</a>',
      attachments: [{ filename: 'a.txt', contentType: 'text/plain', content: Buffer.from('abc') }],
    });
    expect(observables(reported)).toEqual(
      expect.arrayContaining([
        'a@mailer.badcorp.example',
        'badcorp.example',
        'cdn.badhost.example',
        'badhost.example',
        'https://cdn.badhost.example/x',
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      ]),
    );
    const ctx = context({
      lookup: async (values) =>
        values.filter((v) => v === 'badhost.example').map((value) => ({ value, source: 'peer cert-eu' })),
    });
    const [hit] = await intel.analyse(reported, ctx);
    expect(hit.code).toBe('known-indicator');
    expect(hit.explanation).toBe('badhost.example is already known as malicious (named by peer cert-eu).');
  });
});
