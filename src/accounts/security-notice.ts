// Security notices: the owner of an account is mailed when a second factor is added or removed, so a
// change they did not make does not go unseen. Sent in the background; no SMTP server, no mail.
import type { FastifyRequest } from 'fastify';
import type { Mailer } from '../notify/mailer.js';
import type { User } from '../store/index.js';

export function sendSecurityNotice(
  mailer: Mailer | undefined,
  request: FastifyRequest,
  user: Pick<User, 'email'>,
  change: string,
  at: number,
): void {
  if (!mailer) return;
  const text = [
    `${change} on your Breakwater console account ${user.email}.`,
    '',
    `When: ${new Date(at).toISOString()}`,
    `From address: ${request.ip}`,
    '',
    'If this was not you, sign in, remove factors you do not recognise, and sign out everywhere;',
    'or ask an administrator to disable the account.',
  ].join('\n');
  mailer
    .send({ to: user.email, subject: `Breakwater security notice: ${change.toLowerCase()}`, text })
    .catch((err: unknown) => request.log.warn({ err }, 'mailing a security notice failed'));
}
