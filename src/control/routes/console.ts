// The responders' console: serves the built single-page app (dist/console) at `/`. Hashed assets are
// cached for a year, index.html never; every page carries a strict CSP (scripts from this origin only).
// API, status, TAXII and metrics paths are never answered with the app.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface ConsoleRouteDeps {
  /** The built console; found beside the compiled code (or under dist/ when running from source) unless given. */
  dir?: string;
}

/** Path prefixes that belong to other routes: an unknown path under them stays a JSON 404. */
export const RESERVED_PREFIXES = ['/api', '/status', '/taxii2', '/metrics'];

export const CONSOLE_CSP = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** dist/console: `../../console` from dist/control/routes, `../../../dist/console` from src/control/routes. */
export function defaultConsoleDir(): string {
  const candidates = [
    fileURLToPath(new URL('../../console', import.meta.url)),
    fileURLToPath(new URL('../../../dist/console', import.meta.url)),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[1];
}

function isReserved(path: string): boolean {
  return RESERVED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The file under `root` a URL path names, or undefined when it is malformed or would leave `root`. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return undefined;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : undefined;
}

async function readOrUndefined(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONSOLE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin');
}

export function consoleRoutes(deps: ConsoleRouteDeps = {}) {
  const root = resolve(deps.dir ?? defaultConsoleDir());

  return async (app: FastifyInstance) => {
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split('?')[0];
      if (isReserved(path)) return reply.callNotFound();
      // A path with an extension names a file of the build; anything else is a page of the app.
      if (extname(path) !== '') {
        const file = fileFor(root, path);
        const body = file === undefined ? undefined : await readOrUndefined(file);
        if (body === undefined) return reply.callNotFound();
        const cache = path.startsWith('/assets/') ? IMMUTABLE : 'public, max-age=3600';
        return securityHeaders(reply)
          .type(CONTENT_TYPES[extname(path)] ?? 'application/octet-stream')
          .header('cache-control', cache)
          .send(body);
      }

      const page = await readOrUndefined(join(root, 'index.html'));
      securityHeaders(reply).header('cache-control', 'no-cache');
      if (page === undefined) {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The Breakwater console is not built: run `npm run build`, then reload.\n');
      }
      return reply.type('text/html; charset=utf-8').send(page);
    });
  };
}
