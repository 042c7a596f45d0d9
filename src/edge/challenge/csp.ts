// Content-Security-Policy for challenge responses: nothing loads but our own inline script and style,
// allowed by hash, and the solver worker from a blob: URL.
import { createHash } from 'node:crypto';

export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(opts: { script?: string; style: string }): string {
  const script = opts.script
    ? `script-src ${cspHash(opts.script)}; worker-src blob:; form-action 'self'`
    : "form-action 'none'";
  return `default-src 'none'; ${script}; style-src ${cspHash(opts.style)}; base-uri 'none'; frame-ancestors 'none'`;
}
