// The control plane's transport: the origin browsers reach it at (its own, or the public origin of a TLS
// proxy in front), and Strict-Transport-Security on every answer that reaches the browser over HTTPS, so
// it never falls back to plain HTTP for the console.
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** The origin browsers reach the console at through a proxy, such as https://console.example.test. */
    publicOrigin: string | null;
  }
}

/** One year, as the HSTS preload list asks. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** The origin the request reached us at, scheme and Host as they arrived. */
export const directOrigin = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

/** The origin the console is served from as the browser names it: the proxy's when one is configured. */
export const consoleOrigin = (request: FastifyRequest): string =>
  request.server.publicOrigin ?? directOrigin(request);

/** True when the browser reaches the console over HTTPS; it decides the cookie's name, Secure and HSTS. */
export const overTls = (request: FastifyRequest): boolean =>
  request.protocol === 'https' || consoleOrigin(request).startsWith('https:');

export function installTransportSecurity(app: FastifyInstance, publicOrigin: string | null): void {
  app.decorate('publicOrigin', publicOrigin);
  app.addHook('onSend', async (request, reply, payload) => {
    if (overTls(request)) reply.header('strict-transport-security', HSTS);
    return payload;
  });
}
