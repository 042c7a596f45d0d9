// Where a visitor goes after passing: a same-origin path only. Absolute URLs, scheme-relative '//host',
// backslashes (browsers read '/\host' as '//host') and control or non-ASCII characters are refused.
const MAX_RETURN_TO = 2048;

export function isSameOriginPath(value: string): boolean {
  if (value.length === 0 || value.length > MAX_RETURN_TO || value.charCodeAt(0) !== 47) return false;
  const second = value.charCodeAt(1);
  if (second === 47 || second === 92) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // Printable ASCII only: browsers strip tabs and newlines ('/\t/host' becomes '//host').
    if (code < 33 || code > 126 || code === 92) return false;
  }
  return true;
}
