// HTTP Basic authentication of inbound TAXII accounts. Every failure gets the same 401 and challenge,
// so a caller learns nothing about which account names exist.

import type { FastifyRequest } from 'fastify';
import type { Store, TaxiiAccount } from '../../store/index.js';
import { TaxiiError } from './errors.js';

const unauthorized = () =>
  new TaxiiError(
    401,
    'Unauthorized',
    'send the credentials of a TAXII account with HTTP Basic authentication',
  );

/** The account the request's Basic credentials belong to; throws a 401 TaxiiError otherwise. */
export async function basicAuthenticate(
  request: FastifyRequest,
  store: Pick<Store, 'taxiiAccounts'>,
): Promise<TaxiiAccount> {
  const match = /^Basic +([A-Za-z0-9+/=]{1,1024})\s*$/i.exec(request.headers.authorization ?? '');
  if (!match) throw unauthorized();
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw unauthorized();
  let account: TaxiiAccount | undefined;
  try {
    account = await store.taxiiAccounts.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1));
  } catch (err) {
    request.log.error({ err }, 'TAXII account lookup failed');
    throw new TaxiiError(503, 'Service unavailable', 'accounts cannot be checked right now; try again');
  }
  if (!account) throw unauthorized();
  return account;
}
