// The error catalogue reaches clients: the OpenAPI document lists every code with its status and names
// the codes of the shared error answers, the control plane's own answers use catalogued codes with their
// statuses, and a code thrown with a status the catalogue does not give it fails to compile.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_ERRORS, type ApiErrorCode } from './error-codes.js';
import { ApiError } from './errors.js';
import { type ControlFixture, startControlFixture } from './fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

function statuses(code: ApiErrorCode): number[] {
  return [API_ERRORS[code].status].flat();
}

describe('the error catalogue', () => {
  it('is listed in the OpenAPI document, each code with its status', async () => {
    const doc = (await f.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const described: string = doc.components.schemas.Error.properties.error.description;
    for (const code of Object.keys(API_ERRORS) as ApiErrorCode[])
      expect(described).toContain(`\`${code}\` (${statuses(code).join(', ')})`);
    const decisions = doc.paths['/api/v1/decisions'].get.responses;
    expect(decisions['401'].description).toContain('`unauthorized`');
    expect(decisions['403'].description).toContain('`forbidden`');
  });

  it('gives the codes the control plane answers with, with their statuses', async () => {
    const answers = await Promise.all([
      f.app.inject({ method: 'GET', url: '/api/v1/nothing' }),
      f.app.inject({ method: 'GET', url: '/api/v1/decisions' }),
      f.app.inject({ method: 'POST', url: '/api/v1/decisions', headers: f.as('viewer'), payload: {} }),
    ]);
    for (const answer of answers) {
      const code = answer.json().error as ApiErrorCode;
      expect(statuses(code), code).toContain(answer.statusCode);
    }
  });

  it('will not take a code with a status it does not give', () => {
    expect(new ApiError(404, 'not_found', 'no such thing').statusCode).toBe(404);
    // @ts-expect-error not_found is a 404, never a 400
    expect(new ApiError(400, 'not_found', 'no such thing').code).toBe('not_found');
    // @ts-expect-error a code the catalogue does not list
    expect(new ApiError(400, 'no_such_code', 'no such thing').code).toBe('no_such_code');
  });
});
