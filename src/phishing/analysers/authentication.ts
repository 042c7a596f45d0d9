// Authentication: SPF, DKIM, DMARC and ARC of the reported message, from the Authentication-Results of
// the operator's own MTA when its authserv-id is trusted, otherwise checked with mailauth through the
// configured resolver (the client address and envelope sender taken from the last Received header).
import type { ReportedMessage } from '../message.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';

const NAME = 'authentication';

export interface AuthResults {
  spf: string;
  dkim: string;
  dmarc: string;
  arc: string;
  /** Where the results come from: `<authserv-id>` of a trusted header, or `checked`. */
  by: string;
}

export const authentication: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (message.headersLost) return [];
    const results = trustedResults(message, context.trustedAuthservIds) ?? (await checked(message, context));
    if (results === undefined) return [];
    if ([results.spf, results.dkim, results.dmarc].some((r) => r.startsWith('temperr'))) {
      context.gap('DNS did not answer in time, so SPF, DKIM or DMARC could not be checked in full.');
      return signalsOf({ ...results, spf: 'none', dmarc: 'none' }, message, false);
    }
    return signalsOf(results, message);
  },
};

/** The results of the newest Authentication-Results header whose authserv-id is trusted. */
export function trustedResults(
  message: ReportedMessage,
  trusted: readonly string[],
): AuthResults | undefined {
  if (trusted.length === 0) return undefined;
  for (const header of message.headers) {
    if (header.key !== 'authentication-results') continue;
    const value = header.line
      .slice(header.line.indexOf(':') + 1)
      .replace(/\s+/g, ' ')
      .trim();
    const id = value.split(';')[0].trim().split(/\s/)[0].toLowerCase();
    if (!trusted.some((t) => t.toLowerCase() === id)) continue;
    const result = (method: string) =>
      new RegExp(`\\b${method}=(\\w+)`, 'i').exec(value)?.[1].toLowerCase() ?? 'none';
    return { spf: result('spf'), dkim: result('dkim'), dmarc: result('dmarc'), arc: result('arc'), by: id };
  }
  return undefined;
}

async function checked(message: ReportedMessage, context: AnalysisContext): Promise<AuthResults | undefined> {
  if (context.resolver === undefined) {
    context.gap('No DNS resolver is configured for the desk, so SPF, DKIM and DMARC were not checked.');
    return undefined;
  }
  // loaded with the first report, not with every gateway
  const { authenticate } = await import('mailauth');
  try {
    const result = await authenticate(message.raw, {
      trustReceived: true,
      resolver: context.resolver as never,
      disableBimi: true,
      mta: 'breakwater',
    });
    const dkim = result.dkim.results.map((r) => (r as { status: { result: string } }).status.result);
    return {
      spf: result.spf ? result.spf.status.result : 'none',
      dkim: dkim.includes('pass') ? 'pass' : (dkim[0] ?? 'none'),
      dmarc: result.dmarc ? result.dmarc.status.result : 'none',
      arc: result.arc ? result.arc.status.result : 'none',
      by: 'checked',
    };
  } catch (error) {
    context.gap(`SPF, DKIM and DMARC could not be checked: ${(error as Error).message}.`);
    return undefined;
  }
}

function signalsOf(results: AuthResults, message: ReportedMessage, complete = true): Signal[] {
  const domain = message.from?.address.split('@')[1] ?? 'the sender';
  const signals: Signal[] = [];
  if (results.dmarc === 'fail') {
    signals.push(
      sign(
        NAME,
        'dmarc-fail',
        35,
        `The message says it is from ${domain}, but ${domain} did not send or sign it (DMARC failed).`,
        `dmarc=fail (${results.by})`,
      ),
    );
  }
  if (results.spf === 'fail' || results.spf === 'softfail') {
    signals.push(
      sign(
        NAME,
        'spf-fail',
        15,
        `The server that delivered it is not one ${domain} allows to send its mail (SPF ${results.spf}).`,
        `spf=${results.spf} (${results.by})`,
      ),
    );
  }
  if (results.dkim === 'fail') {
    signals.push(
      sign(
        NAME,
        'dkim-fail',
        10,
        'Its digital signature does not match its content: it was altered or forged (DKIM failed).',
        `dkim=fail (${results.by})`,
      ),
    );
  }
  if (results.arc === 'fail') {
    signals.push(
      sign(
        NAME,
        'arc-fail',
        5,
        'The chain of servers that forwarded it is broken (ARC failed).',
        `arc=fail (${results.by})`,
      ),
    );
  }
  if (
    complete &&
    signals.length === 0 &&
    results.dmarc !== 'pass' &&
    results.dkim !== 'pass' &&
    results.spf !== 'pass'
  ) {
    signals.push(
      sign(
        NAME,
        'unauthenticated',
        5,
        `Nothing proves it comes from ${domain}: it is neither signed nor sent from a server ${domain} names.`,
        `spf=${results.spf} dkim=${results.dkim} dmarc=${results.dmarc} (${results.by})`,
      ),
    );
  }
  return signals;
}
