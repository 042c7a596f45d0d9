// Checks that a document is well-formed XML (one root, balanced tags, quoted attributes, no stray `<` or
// `&`), for the SVG and Atom Breakwater writes. Returns the problem, or undefined when there is none.

const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const ATTRIBUTE = new RegExp(`^\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`);
const REFERENCE = /&(?!(?:[A-Za-z_][-A-Za-z0-9_.]*|#\d+|#x[0-9a-fA-F]+);)/;

export function xmlProblem(document: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  let rest = document.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (REFERENCE.test(text)) return `bare & in text near ${JSON.stringify(text.slice(0, 40))}`;
    if (open.length === 0 && text.trim() !== '')
      return `text outside the root: ${JSON.stringify(text.slice(0, 40))}`;
    if (lt === -1) break;
    rest = rest.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end === -1) return 'unclosed comment';
      rest = rest.slice(end + 3);
      continue;
    }
    if (rest.startsWith('<![CDATA[')) {
      const end = rest.indexOf(']]>');
      if (end === -1) return 'unclosed CDATA';
      rest = rest.slice(end + 3);
      continue;
    }
    const close = new RegExp(`^</(${NAME})\\s*>`).exec(rest);
    if (close) {
      const expected = open.pop();
      if (expected !== close[1]) return `</${close[1]}> closes <${expected ?? 'nothing'}>`;
      rest = rest.slice(close[0].length);
      continue;
    }
    const start = new RegExp(`^<(${NAME})`).exec(rest);
    if (!start) return `stray < near ${JSON.stringify(rest.slice(0, 40))}`;
    rest = rest.slice(start[0].length);
    const seen = new Set<string>();
    for (let attribute = ATTRIBUTE.exec(rest); attribute; attribute = ATTRIBUTE.exec(rest)) {
      if (seen.has(attribute[1])) return `attribute ${attribute[1]} twice on <${start[1]}>`;
      if (REFERENCE.test(attribute[2])) return `bare & in attribute ${attribute[1]}`;
      seen.add(attribute[1]);
      rest = rest.slice(attribute[0].length);
    }
    const end = /^\s*(\/?)>/.exec(rest);
    if (!end) return `malformed tag <${start[1]} near ${JSON.stringify(rest.slice(0, 40))}`;
    rest = rest.slice(end[0].length);
    if (open.length === 0) roots++;
    if (roots > 1) return 'more than one root element';
    if (end[1] !== '/') open.push(start[1]);
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is never closed`;
  return roots === 1 ? undefined : 'no root element';
}
