// The well-formedness check the SVG and Atom tests rely on must itself refuse broken XML.
import { describe, expect, it } from 'vitest';
import { xmlProblem } from './support/well-formed-xml.js';

describe('xmlProblem', () => {
  it('accepts a well-formed document', () => {
    const doc =
      '<?xml version="1.0"?>\n<a x="1" y=\'&amp;\'><!-- c --><b/>text &lt; &#39; &#x41;<![CDATA[<&]]></a>\n';
    expect(xmlProblem(doc)).toBeUndefined();
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a bare ampersand in an attribute', '<a href="?a=1&b=2"/>'],
    ['a stray <', '<a>1 < 2</a>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>tail'],
    ['no root', ''],
  ])('refuses %s', (_, doc) => {
    expect(xmlProblem(doc)).toBeTypeOf('string');
  });
});
