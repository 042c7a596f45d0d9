// The CLI's client for the control plane API: bearer token, JSON in and out, errors as plain lines.

import { UsageError } from './errors.js';

export interface ControlTarget {
  control: string;
  token: string | undefined;
}

export function controlOptions(command: import('commander').Command): import('commander').Command {
  return command
    .option(
      '--control <url>',
      'control plane URL (env BREAKWATER_CONTROL_URL)',
      process.env.BREAKWATER_CONTROL_URL ?? 'http://127.0.0.1:9400',
    )
    .option('--token <token>', 'API token (env BREAKWATER_TOKEN); create one with `breakwater token create`');
}

/** A request body: JSON by default, plain text sent as it is (block lists), or a message (an .eml file). */
type ControlBody = { json: unknown } | { text: string } | { message: Buffer };

const BODY_TYPES = { json: 'application/json', text: 'text/plain', message: 'message/rfc822' } as const;

/** Sends one request; resolves to the answer's status and text, or throws a UsageError for a failed one. */
async function sendControl(
  target: ControlTarget,
  method: string,
  path: string,
  body?: ControlBody,
  timeoutMs = 10_000,
): Promise<{ status: number; text: string; bytes: Buffer }> {
  const token = target.token ?? process.env.BREAKWATER_TOKEN;
  if (!token) {
    throw new UsageError(
      'no API token: pass --token or set BREAKWATER_TOKEN (create one with `breakwater token create --role responder`)',
    );
  }
  const url = new URL(path, target.control.endsWith('/') ? target.control : `${target.control}/`);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined
          ? {}
          : { 'content-type': BODY_TYPES[Object.keys(body)[0] as keyof typeof BODY_TYPES] }),
      },
      body:
        body === undefined
          ? undefined
          : 'json' in body
            ? JSON.stringify(body.json)
            : 'text' in body
              ? body.text
              : new Uint8Array(body.message),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new UsageError(`cannot reach the control plane at ${url.origin}: ${(error as Error).message}`, 1);
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  if (!response.ok) {
    let message = text || response.statusText;
    try {
      const parsed = JSON.parse(text) as { message?: string; details?: { field: string; message: string }[] };
      if (parsed.message !== undefined) {
        message = [parsed.message, ...(parsed.details ?? []).map((d) => `  ${d.field}: ${d.message}`)].join(
          '\n',
        );
      }
    } catch {
      // not JSON: the text as it came
    }
    throw new UsageError(
      `${method} ${url.pathname}: ${response.status} ${message}`,
      response.status < 500 ? 2 : 1,
    );
  }
  return { status: response.status, text, bytes };
}

export async function callControl<T>(
  target: ControlTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<T | undefined> {
  const { status, text } = await sendControl(
    target,
    method,
    path,
    body === undefined ? undefined : { json: body },
  );
  if (status === 204 || !text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** GETs an answer that is text rather than JSON (a report), as it came. */
export async function fetchControlText(target: ControlTarget, path: string): Promise<string> {
  return (await sendControl(target, 'GET', path)).text;
}

/** GETs an answer that is binary (an archive), as it came; a minute to answer. */
export async function fetchControlBytes(target: ControlTarget, path: string): Promise<Buffer> {
  return (await sendControl(target, 'GET', path, undefined, 60_000)).bytes;
}

/** A text/plain exchange (block lists, which may be long: a minute to answer), the answer as it came. */
export async function exchangeControlText(
  target: ControlTarget,
  method: 'GET' | 'POST',
  path: string,
  body?: string,
): Promise<string> {
  return (await sendControl(target, method, path, body === undefined ? undefined : { text: body }, 60_000))
    .text;
}

/** POSTs a message (RFC 5322, as an .eml file holds) and returns the JSON answer. */
export async function postControlMessage<T>(
  target: ControlTarget,
  path: string,
  message: Buffer,
): Promise<T> {
  return JSON.parse((await sendControl(target, 'POST', path, { message }, 60_000)).text) as T;
}
