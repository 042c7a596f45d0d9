// Passkeys (WebAuthn) through @simplewebauthn/server. The relying party is the host the console is
// served from (the Host header without its port) and the origin is that host with the request's scheme.
// The WebAuthn library is loaded with the first passkey ceremony, not with every gateway.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import { consoleOrigin } from '../control/transport-security.js';
import type { Passkey, User } from '../store/index.js';

export const RP_NAME = 'Breakwater';

export interface RelyingParty {
  rpID: string;
  origin: string;
}

function webauthn() {
  return import('@simplewebauthn/server');
}

export function relyingParty(request: FastifyRequest): RelyingParty {
  const origin = consoleOrigin(request);
  return { rpID: new URL(origin).hostname.replace(/^\[(.*)\]$/, '$1'), origin };
}

export async function registrationOptions(
  rp: RelyingParty,
  user: Pick<User, 'id' | 'email'>,
  existing: Passkey[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { generateRegistrationOptions } = await webauthn();
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: user.email,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
}

/** The new credential, or undefined when the answer does not verify. */
export async function verifyRegistration(
  rp: RelyingParty,
  challenge: string,
  response: RegistrationResponseJSON,
): Promise<{ id: string; publicKey: Uint8Array; counter: number; transports: string[] } | undefined> {
  const { verifyRegistrationResponse } = await webauthn();
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  });
  if (!result.verified) return undefined;
  const { credential } = result.registrationInfo;
  return {
    id: credential.id,
    publicKey: credential.publicKey,
    counter: credential.counter,
    transports: credential.transports ?? response.response.transports ?? [],
  };
}

export async function authenticationOptions(
  rp: RelyingParty,
  passkeys: Passkey[],
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { generateAuthenticationOptions } = await webauthn();
  return generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.id, transports: p.transports })),
    userVerification: 'preferred',
  });
}

/** The passkey's new signature counter, or undefined when the assertion does not verify. */
export async function verifyAuthentication(
  rp: RelyingParty,
  challenge: string,
  response: AuthenticationResponseJSON,
  passkey: Passkey,
): Promise<number | undefined> {
  const { verifyAuthenticationResponse } = await webauthn();
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    credential: {
      id: passkey.id,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: passkey.counter,
      transports: passkey.transports,
    },
    requireUserVerification: false,
  });
  return result.verified ? result.authenticationInfo.newCounter : undefined;
}
