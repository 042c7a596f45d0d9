import { gzipSync } from 'node:zlib';
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

  it('finds a sign-in page embedded in an SVG picture, and nothing in a picture that is only one', async () => {
    const svg = (body: string) => ({
      filename: 'Statement.svg',
      contentType: 'image/svg+xml',
      content: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">${body}</svg>`),
    });
    const page =
      '<foreignObject width="600" height="400"><html xmlns="http://www.w3.org/1999/xhtml"><form action="https://collect.example/p"><input name="u"/><input type="password" name="p"/></form></html></foreignObject>';
    const found = await forms.analyse(await message({ attachments: [svg(page)] }), context());
    expect(found.map((s) => s.code)).toEqual(['password-form']);
    const picture = svg('<circle cx="50" cy="50" r="40" fill="#0067b8"/>');
    expect(await forms.analyse(await message({ attachments: [picture] }), context())).toEqual([]);
  });

  it('reads a gzipped picture (.svgz) unzipped, and finds the sign-in page in it', async () => {
    const svg = (body: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><foreignObject width="600" height="400"><html xmlns="http://www.w3.org/1999/xhtml">${body}</html></foreignObject></svg>`;
    const svgz = (body: string) => ({
      filename: 'Statement.svgz',
      contentType: 'image/svg+xml',
      content: gzipSync(svg(body)),
    });
    const login = '<form action="https://collect.example/p"><input type="password" name="p"/></form>';
    const found = await forms.analyse(await message({ attachments: [svgz(login)] }), context());
    expect(found.map((s) => s.code)).toEqual(['password-form']);
    const note = await forms.analyse(await message({ attachments: [svgz('<p>Q3 figures</p>')] }), context());
    expect(note).toEqual([]);
  });

  it('says nothing of a body without forms', async () => {
    expect(await forms.analyse(await message({ html: '<p>Hello</p>' }), context())).toEqual([]);
  });
});
