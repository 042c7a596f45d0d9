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

/** Sends one request; resolves to the answer's status and text, or throws a UsageError for a failed one. */
async function sendControl(
  target: ControlTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
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
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new UsageError(`cannot reach the control plane at ${url.origin}: ${(error as Error).message}`, 1);
  }
  const text = await response.text();
  if (!response.ok) {
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const message = (parsed as { message?: string } | undefined)?.message ?? (text || response.statusText);
    throw new UsageError(
      `${method} ${url.pathname}: ${response.status} ${message}`,
      response.status < 500 ? 2 : 1,
    );
  }
  return { status: response.status, text };
}

export async function callControl<T>(
  target: ControlTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<T | undefined> {
  const { status, text } = await sendControl(target, method, path, body);
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
