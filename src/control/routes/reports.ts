// /api/v1/reports: the phishing desk over HTTP. Anyone signed in reports a message (raw RFC 5322, as
// an .eml file is); responders and admins read the queue, the analysis and the message (as text, or as
// sanitised HTML: nothing runs, nothing is fetched), confirm or overturn verdicts, assign and annotate;
// and read the per-reporter figures and the campaigns.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TlpLevel } from '../../intel/stix/tlp.js';
import { type PhishingDesk, ReportRefusal } from '../../phishing/desk.js';
import { readReport } from '../../phishing/message.js';
import { sanitiseHtml } from '../../phishing/sanitise.js';
import { VERDICTS, type Verdict } from '../../phishing/verdict.js';
import { REPORT_STATUSES, type ReportStatus, type Store, type StoredReport } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, errorRef, idParams } from '../schemas.js';

export interface ReportRouteDeps {
  desk: PhishingDesk;
  store: Pick<Store, 'phishingReports' | 'phishingCampaigns'>;
  maxMessageSize: number;
  maxParts: number;
  now: () => number;
  authorize: RoleGuard;
}

const DAY_MS = 86_400_000;

const reportSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    receivedAt: { type: 'integer' },
    source: { type: 'string', enum: ['smtp', 'imap', 'upload'] },
    reporter: { type: 'string' },
    subject: { type: 'string' },
    sender: { type: 'string' },
    deliveredAt: { type: ['integer', 'null'] },
    size: { type: 'integer' },
    sha256: { type: 'string' },
    status: { type: 'string', enum: [...REPORT_STATUSES] },
    verdict: { type: ['string', 'null'], enum: [...VERDICTS, null] },
    score: { type: ['integer', 'null'] },
    analysis: {
      type: ['object', 'null'],
      additionalProperties: true,
      description: 'Verdict, score, reasons (each with its plain-words explanation), gaps and partial.',
    },
    error: { type: ['string', 'null'] },
    campaignId: { type: ['string', 'null'] },
    assignee: { type: ['string', 'null'] },
    review: { type: ['string', 'null'], description: '`confirmed` or `overturned:<verdict>`.' },
    reviewedBy: { type: ['string', 'null'] },
    reviewedAt: { type: ['integer', 'null'] },
    feedbackAt: { type: ['integer', 'null'], description: 'When the answer to the reporter was sent.' },
  },
} as const;

const noteSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    at: { type: 'integer' },
    author: { type: 'string' },
    text: { type: 'string' },
  },
} as const;

const figureSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    reports: { type: 'integer' },
    confirmedShare: { type: 'number' },
    medianDelayMs: { type: ['integer', 'null'], description: 'From delivery to report.' },
  },
} as const;

const notFound = (id: string) => new ApiError(404, 'not_found', `no report ${id}`);
const actorName = (request: FastifyRequest) => request.actor?.name ?? 'unknown';

/** The report as the API shows it: everything but the raw message, which has its own route. */
function publicReport(report: StoredReport) {
  const { bodyHash: _bodyHash, ...shown } = report;
  return shown;
}

export function reportRoutes({ desk, store, maxMessageSize, maxParts, now, authorize }: ReportRouteDeps) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(
      'message/rfc822',
      { parseAs: 'buffer', bodyLimit: maxMessageSize },
      (_r, body, done) => done(null, body),
    );

    app.post(
      '/api/v1/reports',
      {
        onRequest: authorize('viewer'),
        bodyLimit: maxMessageSize,
        schema: {
          tags: ['phishing'],
          summary: 'Report a suspicious message',
          description:
            'Needs the viewer role. The body is the message as received (RFC 5322, what an .eml file holds), ' +
            'sent as `message/rfc822`. It is stored before anything reads it, then analysed; the answer names ' +
            'the report, whose verdict follows within seconds. The reporter is the signed-in user or the token.',
          security: bearerSecurity,
          response: {
            202: { type: 'object', properties: { report: reportSchema } },
            400: { description: 'An empty body.', ...errorRef },
            413: { description: 'Larger than phishing.maxMessageSize.', ...errorRef },
            415: { description: 'Not message/rfc822.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (!/^message\/rfc822\b/i.test(request.headers['content-type'] ?? '')) {
          throw new ApiError(
            415,
            'unsupported_media_type',
            'send the message as message/rfc822 (what an .eml file holds)',
          );
        }
        if (!Buffer.isBuffer(body) || body.length === 0) {
          throw new ApiError(400, 'bad_request', 'send the message itself (RFC 5322) as message/rfc822');
        }
        const report = await desk.receive(body, 'upload', actorName(request));
        return reply.code(202).send({ report: publicReport(report) });
      },
    );

    app.get<{ Querystring: { status?: ReportStatus; open?: boolean; reporter?: string; limit?: number } }>(
      '/api/v1/reports',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'List reports, newest first',
          description:
            'Needs the responder role. `open=true` lists the reports no responder reviewed yet (the queue).',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              status: { type: 'string', enum: [...REPORT_STATUSES] },
              open: { type: 'boolean' },
              reporter: { type: 'string', maxLength: 320 },
              limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            },
          },
          response: {
            200: { type: 'object', properties: { reports: { type: 'array', items: reportSchema } } },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const { status, open, reporter, limit } = request.query;
        const reports = await store.phishingReports.list({ status, open, reporter, limit: limit ?? 100 });
        return { reports: reports.map(publicReport) };
      },
    );

    app.get<{ Querystring: { days?: number } }>(
      '/api/v1/reports/figures',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'Reports per reporter and per team',
          description:
            'Needs the responder role. Per reporter and per team (the domain of their address): reports made, ' +
            'the share a responder confirmed, and the median time from delivery to report, over the last `days`.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { days: { type: 'integer', minimum: 1, maximum: 3650, default: 30 } },
          },
          response: {
            200: {
              type: 'object',
              properties: {
                reporters: { type: 'array', items: figureSchema },
                teams: { type: 'array', items: figureSchema },
              },
            },
            ...authErrorResponses,
          },
        },
      },
      async (request) => desk.figures(now() - (request.query.days ?? 30) * DAY_MS),
    );

    app.get<{ Params: { id: string } }>(
      '/api/v1/reports/:id',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'One report with its analysis and notes',
          description: 'Needs the responder role.',
          security: bearerSecurity,
          params: idParams,
          response: {
            200: {
              type: 'object',
              properties: { report: reportSchema, notes: { type: 'array', items: noteSchema } },
            },
            404: { description: 'No such report.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const report = await store.phishingReports.get(request.params.id);
        if (report === undefined) throw notFound(request.params.id);
        return { report: publicReport(report), notes: await store.phishingReports.notes(report.id) };
      },
    );

    app.get<{ Params: { id: string } }>(
      '/api/v1/reports/:id/message',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'The reported message, safe to look at',
          description:
            'Needs the responder role. Its headers, its text, and its HTML sanitised: no script, style, form or ' +
            'frame, links without their target (shown as a title), images without their source (nothing is ' +
            'fetched, tracking pixels included). Show the HTML in a sandboxed frame all the same.',
          security: bearerSecurity,
          params: idParams,
          response: {
            200: {
              type: 'object',
              properties: {
                headers: { type: 'array', items: { type: 'string' } },
                text: { type: 'string' },
                html: { type: ['string', 'null'] },
                attachments: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      filename: { type: 'string' },
                      contentType: { type: 'string' },
                      size: { type: 'integer' },
                      sha256: { type: 'string' },
                    },
                  },
                },
              },
            },
            404: { description: 'No such report.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const report = await store.phishingReports.get(request.params.id);
        const raw = await store.phishingReports.raw(request.params.id);
        if (report === undefined || raw === undefined) throw notFound(request.params.id);
        const { reported } = await readReport(raw, report.source === 'upload', { maxParts });
        return {
          headers: reported.headers.map((h) => h.line).slice(0, 200),
          text: reported.text,
          html: reported.html === null ? null : sanitiseHtml(reported.html),
          attachments: reported.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: a.content.length,
            sha256: a.sha256,
          })),
        };
      },
    );

    app.get<{ Params: { id: string } }>(
      '/api/v1/reports/:id/raw',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'The message as it was received (.eml)',
          description:
            'Needs the responder role. Download only: served as an attachment, never shown inline.',
          security: bearerSecurity,
          params: idParams,
          response: { 404: { description: 'No such report.', ...errorRef }, ...authErrorResponses },
        },
      },
      async (request, reply) => {
        const raw = await store.phishingReports.raw(request.params.id);
        if (raw === undefined) throw notFound(request.params.id);
        return reply
          .header('content-type', 'message/rfc822')
          .header('content-disposition', `attachment; filename="${request.params.id}.eml"`)
          .header('x-content-type-options', 'nosniff')
          .send(raw);
      },
    );

    app.post<{
      Params: { id: string };
      Body: { action: 'confirm' | 'overturn'; verdict?: Verdict; tlp?: TlpLevel };
    }>(
      '/api/v1/reports/:id/review',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'Confirm or overturn a verdict',
          description:
            'Needs the responder role. `confirm` holds the report (and its campaign) for phishing and publishes ' +
            "the campaign's indicators as STIX into the TAXII collection, marked `tlp` (amber unless given); `overturn` " +
            'sets another verdict, which later reports of the same campaign get too, and mails the reporter a ' +
            'correction.',
          security: bearerSecurity,
          params: idParams,
          body: {
            type: 'object',
            required: ['action'],
            additionalProperties: false,
            properties: {
              action: { type: 'string', enum: ['confirm', 'overturn'] },
              verdict: {
                type: 'string',
                enum: [...VERDICTS],
                description: 'The new verdict; with overturn.',
              },
              tlp: {
                type: 'string',
                enum: ['clear', 'green', 'amber', 'amber+strict'],
                description: 'TLP of what is published; with confirm. amber unless given.',
              },
            },
          },
          response: {
            200: { type: 'object', properties: { report: reportSchema } },
            400: { description: 'overturn without a verdict.', ...errorRef },
            404: { description: 'No such report.', ...errorRef },
            409: { description: 'Not analysed yet.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const { action, verdict, tlp } = request.body;
        if (action === 'overturn' && verdict === undefined) {
          throw new ApiError(400, 'bad_request', 'overturn needs the new verdict', [
            { field: 'body/verdict', message: `one of ${VERDICTS.join(', ')}` },
          ]);
        }
        const review = action === 'confirm' ? { action, tlp } : { action, verdict: verdict as Verdict };
        try {
          return { report: publicReport(await desk.review(request.params.id, review, actorName(request))) };
        } catch (error) {
          if (error instanceof ReportRefusal) {
            throw new ApiError(error.reason === 'not_found' ? 404 : 409, error.reason, error.message);
          }
          throw error;
        }
      },
    );

    app.put<{ Params: { id: string }; Body: { assignee: string | null } }>(
      '/api/v1/reports/:id/assignee',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'Assign a report to a responder',
          description: 'Needs the responder role. `null` leaves it unassigned.',
          security: bearerSecurity,
          params: idParams,
          body: {
            type: 'object',
            required: ['assignee'],
            additionalProperties: false,
            properties: { assignee: { type: ['string', 'null'], minLength: 1, maxLength: 320 } },
          },
          response: {
            200: { type: 'object', properties: { report: reportSchema } },
            404: { description: 'No such report.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        if ((await store.phishingReports.get(request.params.id)) === undefined)
          throw notFound(request.params.id);
        await store.phishingReports.assign(request.params.id, request.body.assignee);
        return { report: publicReport((await store.phishingReports.get(request.params.id)) as StoredReport) };
      },
    );

    app.post<{ Params: { id: string }; Body: { text: string } }>(
      '/api/v1/reports/:id/notes',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'Add a note to a report',
          description: 'Needs the responder role.',
          security: bearerSecurity,
          params: idParams,
          body: {
            type: 'object',
            required: ['text'],
            additionalProperties: false,
            properties: { text: { type: 'string', minLength: 1, maxLength: 5000 } },
          },
          response: {
            201: { type: 'object', properties: { note: noteSchema } },
            404: { description: 'No such report.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        if ((await store.phishingReports.get(request.params.id)) === undefined)
          throw notFound(request.params.id);
        const note = await store.phishingReports.addNote(
          request.params.id,
          actorName(request),
          request.body.text,
        );
        return reply.code(201).send({ note });
      },
    );

    app.get(
      '/api/v1/reports/campaigns',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['phishing'],
          summary: 'Campaigns: reports joined by what they share',
          description: 'Needs the responder role. Newest activity first.',
          security: bearerSecurity,
          response: {
            200: {
              type: 'object',
              properties: {
                campaigns: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      id: { type: 'string' },
                      openedAt: { type: 'integer' },
                      updatedAt: { type: 'integer' },
                      reports: { type: 'integer' },
                      verdict: { type: 'string' },
                      review: { type: ['string', 'null'] },
                      incidentId: { type: ['string', 'null'] },
                      keys: { type: 'array', items: { type: 'string' } },
                    },
                  },
                },
              },
            },
            ...authErrorResponses,
          },
        },
      },
      async () => ({ campaigns: await store.phishingCampaigns.list(200) }),
    );

    const LISTS = {
      'domains.txt': 'domains',
      'urls.txt': 'urls',
      'senders.txt': 'senders',
      'hashes.txt': 'hashes',
      'rspamd.map': 'rspamd',
      'rspamd-hashes.map': 'rspamdHashes',
      'postfix-access': 'postfix',
    } as const;
    app.get<{ Params: { name: keyof typeof LISTS } }>(
      '/api/v1/reports/lists/:name',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['phishing'],
          summary: 'Phishing domains, URLs, senders and attachment hashes, for mail gateways',
          description:
            "Needs the viewer role. What our confirmed campaigns name, and what peers' indicators name when the " +
            'trust policy acts on them (never under TLP:RED). `domains.txt`, `urls.txt`, `senders.txt` and ' +
            '`hashes.txt` (SHA-256 of attachments, lower-case hex): one per line; `rspamd.map`: an rspamd multimap ' +
            'file (domain, then `phishing:` and where it comes from, `breakwater` or `peer:<name>`); ' +
            "`rspamd-hashes.map`: the same for hashes, for a multimap of type `selector` on `attachments('hex','sha256')`; " +
            '`postfix-access`: a Postfix access map (domain or sender address, ' +
            'REJECT and where it comes from) for `check_sender_access`, to be run through `postmap`.',
          security: bearerSecurity,
          params: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', enum: Object.keys(LISTS) } },
          },
          response: { 200: { type: 'string' }, ...authErrorResponses },
        },
      },
      async (request, reply) => {
        const lists = await desk.gatewayLists();
        return reply
          .header('content-type', 'text/plain; charset=utf-8')
          .send(lists[LISTS[request.params.name]]);
      },
    );
  };
}
