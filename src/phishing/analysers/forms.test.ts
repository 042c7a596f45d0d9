import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { forms } from './forms.js';

describe('the forms analyser', () => {
  it('finds a page asking for a password, in the body or in an attached page', async () => {
    const page =
      '<form action="https://collect.example/p"><input name=u><input type="password" name=p></form>';
    const inBody = await forms.analyse(await message({ html: page }), context());
    expect(inBody.map((s) => s.code)).toEqual(['password-form']);
    const attached = await forms.analyse(
      await message({
        attachments: [
          { filename: 'Secure-Message.html', contentType: 'text/html', content: Buffer.from(page) },
        ],
      }),
      context(),
    );
    expect(attached[0].explanation).toContain(
      'The attachment Secure-Message.html contains a form asking for a password',
    );
  });

  it('says nothing of a body without forms', async () => {
    expect(await forms.analyse(await message({ html: '<p>Hello</p>' }), context())).toEqual([]);
  });
});
