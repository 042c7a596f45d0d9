// Evidence packages: `GET /api/v1/incidents/:id/evidence`, one signed archive of an incident for a CERT or
// the police (src/evidence/), written to the audit log as exported by whom; and
// `GET /api/v1/evidence/public-key`, the key receivers check the signature against. A phishing incident
// has no package: 409.
import type { FastifyInstance } from 'fastify';
import { auditActor, recordAudit } from '../../accounts/audit-trail.js';
import { type EvidenceOptions, exportEvidence, noEvidencePackage } from '../../evidence/package.js';
import { installationKey } from '../../evidence/signing-key.js';
import type { Store } from '../../store/index.js';
import { type RoleGuard, storeUnavailable } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, errorRef, idParams } from '../schemas.js';

export interface EvidenceRouteDeps extends Omit<EvidenceOptions, 'store'> {
  store: EvidenceOptions['store'] & Pick<Store, 'audit'>;
  authorize: RoleGuard;
}

export function evidenceRoutes({ authorize, ...options }: EvidenceRouteDeps) {
  const { store } = options;
  return async (app: FastifyInstance) => {
    app.get<{ Params: { id: string }; Querystring: { redact?: 'legitimate' } }>(
      '/api/v1/incidents/:id/evidence',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['incidents'],
          summary: 'The incident’s evidence package: a signed tar archive',
          description:
            'Needs the responder role. The report, timeline, decisions, detections, refused sources, a sample ' +
            'of refused request heads, audit entries and a STIX 2.1 bundle, with a manifest of SHA-256 hashes ' +
            'signed with Ed25519. `redact=legitimate` hides every address that is not one of the attack’s ' +
            'sources. The export is written to the audit log. Floods only: a phishing incident answers 409.',
          security: bearerSecurity,
          params: idParams,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { redact: { type: 'string', enum: ['legitimate'] } },
          },
          produces: ['application/x-tar'],
          response: {
            200: { description: 'The archive.', type: 'string', format: 'binary' },
            404: { description: 'No incident has this id.', ...errorRef },
            409: {
              description: 'The incident is a phishing incident: it has no evidence package.',
              ...errorRef,
            },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const redactLegitimate = request.query.redact === 'legitimate';
        const incident = await store.incidents.get(id).catch((err: unknown) => {
          request.log.error({ err }, 'reading an incident failed');
          throw storeUnavailable('the incident');
        });
        if (incident === undefined) throw new ApiError(404, 'not_found', `no incident has id ${id}`);
        const refusal = noEvidencePackage(incident);
        if (refusal !== undefined) throw new ApiError(409, 'conflict', refusal);
        const archive = await exportEvidence(options, {
          incident,
          exportedBy: auditActor(request),
          address: request.ip,
          redactLegitimate,
        });
        await recordAudit(
          store,
          request,
          'evidence_exported',
          { incidentId: id },
          { redactLegitimate, bytes: archive.length },
        );
        return reply
          .header('content-type', 'application/x-tar')
          .header('content-disposition', `attachment; filename="${id}-evidence.tar"`)
          .send(archive);
      },
    );

    app.get(
      '/api/v1/evidence/public-key',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['incidents'],
          summary: 'The public key evidence packages are signed with (PEM)',
          description: 'Its SHA-256 fingerprint is in the `X-Key-Fingerprint` header.',
          security: bearerSecurity,
          produces: ['application/x-pem-file'],
          response: { 200: { type: 'string' }, ...authErrorResponses },
        },
      },
      async (_request, reply) => {
        const key = await installationKey(store);
        return reply
          .header('content-type', 'application/x-pem-file')
          .header('x-key-fingerprint', key.fingerprint)
          .send(key.publicKeyPem);
      },
    );
  };
}
