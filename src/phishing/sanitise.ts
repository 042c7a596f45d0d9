// A reported message's HTML made safe to look at: only plain formatting tags are kept, with no attribute
// but a few harmless ones; scripts, styles, forms, frames and event handlers go, links lose their target
// (shown as a title instead) and images lose their source, so nothing is fetched (tracking pixels) or run.
// The console shows the result in a sandboxed frame with scripts off as a second wall.

const KEPT_TAGS = new Set([
  'a',
  'b',
  'blockquote',
  'br',
  'caption',
  'center',
  'code',
  'div',
  'em',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
]);
const DROPPED_WITH_CONTENT =
  /<(script|style|iframe|object|embed|noscript|template|svg|math|head|title|textarea|select)\b[\s\S]*?<\/\1\s*>/gi;
const KEPT_ATTRIBUTES = new Set(['alt', 'title', 'colspan', 'rowspan', 'align', 'width', 'height']);
const TAG = /<\/?([a-z][a-z0-9-]*)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z_:][-a-z0-9_:.]*)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/gi;

export function sanitiseHtml(html: string): string {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(DROPPED_WITH_CONTENT, '');
  let out = '';
  let from = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(source); match !== null; match = TAG.exec(source)) {
    out += escapeText(source.slice(from, match.index)) + keptTag(match[0], match[1], match[2]);
    from = match.index + match[0].length;
  }
  // Whatever is not a whole tag is text: a stray or unclosed `<` cannot start one.
  return out + escapeText(source.slice(from));
}

function keptTag(whole: string, name: string, rest: string): string {
  const tag = name.toLowerCase();
  if (!KEPT_TAGS.has(tag)) return '';
  if (whole.startsWith('</')) return `</${tag}>`;
  const kept: string[] = [];
  for (const [, attribute, quoted] of rest.matchAll(ATTRIBUTE)) {
    const key = attribute.toLowerCase();
    const value = unquote(quoted ?? '');
    if (KEPT_ATTRIBUTES.has(key)) kept.push(`${key}="${escapeAttribute(value)}"`);
    else if (tag === 'a' && key === 'href') kept.push(`title="${escapeAttribute(`Goes to ${value}`)}"`);
    else if (tag === 'img' && key === 'src')
      kept.push(`data-blocked="${escapeAttribute(value.slice(0, 200))}"`);
  }
  return `<${tag}${kept.length > 0 ? ` ${kept.join(' ')}` : ''}>`;
}

function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unquote(value: string): string {
  return /^["']/.test(value) ? value.slice(1, -1) : value;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
