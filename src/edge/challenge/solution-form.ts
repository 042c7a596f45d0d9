// Reads a posted solution (token, counter, returnTo) from a form-urlencoded or JSON body of a few KB.
export const MAX_SOLUTION_BYTES = 4096;

export interface Solution {
  token: string;
  counter: number;
  returnTo: string;
}

/** The solution, or a sentence saying what is wrong with the body. */
export function readSolution(body: Buffer, contentType: string | undefined): Solution | string {
  if (body.length > MAX_SOLUTION_BYTES) return 'The submitted answer was larger than expected.';
  const type = (contentType ?? 'application/x-www-form-urlencoded').split(';', 1)[0].trim().toLowerCase();
  let fields: { token?: unknown; counter?: unknown; returnTo?: unknown };
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(body.toString('utf8'));
    fields = { token: form.get('token'), counter: form.get('counter'), returnTo: form.get('returnTo') };
  } else if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null) return 'The submitted answer was not a JSON object.';
      fields = parsed;
    } catch {
      return 'The submitted answer was not valid JSON.';
    }
  } else {
    return 'The answer must be sent as a form or as JSON.';
  }
  const counter = counterFrom(fields.counter);
  if (typeof fields.token !== 'string' || counter === undefined) {
    return 'The submitted answer was incomplete.';
  }
  const returnTo = typeof fields.returnTo === 'string' && fields.returnTo !== '' ? fields.returnTo : '/';
  return { token: fields.token, counter, returnTo };
}

function counterFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  // Decimal digits only, no sign, exponent or leading zeros: the one spelling the solver hashed.
  if (typeof value === 'string' && /^(0|[1-9]\d{0,15})$/.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}
