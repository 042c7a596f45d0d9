// The console's account routes in one plugin: sign-in and factors, users, API tokens and the audit log.
import type { FastifyInstance } from 'fastify';
import type { ConsoleSessions } from '../../accounts/console-sessions.js';
import { LoginThrottle } from '../../accounts/login-throttle.js';
import type { Mailer } from '../../notify/mailer.js';
import type { Store } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { authFactorRoutes } from './auth-factors.js';
import { tokenRoutes } from './tokens.js';
import { userRoutes } from './users.js';

export interface AccountRouteDeps {
  store: Store;
  sessions: ConsoleSessions;
  now: () => number;
  authorize: RoleGuard;
  mailer?: Mailer;
}

export function accountRoutes({ store, sessions, now, authorize, mailer }: AccountRouteDeps) {
  const auth = { store, sessions, now, mailer, throttle: new LoginThrottle(store, now) };
  return async (app: FastifyInstance) => {
    await app.register(authRoutes(auth));
    await app.register(authFactorRoutes(auth));
    await app.register(userRoutes({ store, now, authorize }));
    await app.register(tokenRoutes({ store, now, authorize }));
    await app.register(auditRoutes({ store, authorize }));
  };
}
