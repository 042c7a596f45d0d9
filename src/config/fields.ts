// Building blocks of the configuration schema: durations, sizes, whole numbers, addresses and URLs.
// Each field carries one sentence of what it expects; that sentence is what a user sees when the value is wrong.

import { z } from 'zod';
import { ADDRESS_OR_BLOCK, blockProblem } from './address-block.js';
import { formatDuration, parseDuration } from './duration.js';
import { type HostPort, readHostPort } from './host-port.js';
import { readDatabaseUrl, readOrigin, readRedisUrl } from './origin.js';
import { formatSize, parseSize } from './size.js';

interface Problem {
  problem: string;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** Accepts what `input` accepts, then `read` turns it into the output or names a problem. */
function checked<I extends z.ZodType, T>(input: I, read: (value: z.output<I>) => T | Problem) {
  return input.transform((value, ctx): T => {
    const result = read(value);
    if (isProblem(result)) {
      ctx.addIssue({ code: 'custom', message: result.problem });
      return z.NEVER;
    }
    return result;
  });
}

/** Milliseconds; written as a number of milliseconds or a string such as '500ms', '10s', '5m', '1h'. */
export function duration(min: number, max: number, fallback: string, description: string) {
  const expected = `a duration from ${formatDuration(min)} to ${formatDuration(max)}, such as 10s, 500ms or 500 (milliseconds)`;
  const read = (value: number | string) => {
    const ms = parseDuration(value);
    return ms !== undefined && ms >= min && ms <= max ? ms : { problem: expected };
  };
  return checked(z.union([z.number(), z.string()], { error: expected }), read)
    .default(parseDuration(fallback)!)
    .describe(`${description} Duration from ${formatDuration(min)} to ${formatDuration(max)}.`);
}

/** Bytes; written as a number of bytes or a string such as '16kb', '1mb' (1kb = 1024 bytes). */
export function size(min: number, max: number, fallback: string, description: string) {
  const expected = `a size from ${formatSize(min)} to ${formatSize(max)}, such as 16kb, 1mb or 16384 (bytes)`;
  const read = (value: number | string) => {
    const bytes = parseSize(value);
    return bytes !== undefined && bytes >= min && bytes <= max ? bytes : { problem: expected };
  };
  return checked(z.union([z.number(), z.string()], { error: expected }), read)
    .default(parseSize(fallback)!)
    .describe(`${description} Size from ${formatSize(min)} to ${formatSize(max)}.`);
}

/** A whole number within bounds. */
export function whole(min: number, max: number, fallback: number, description: string) {
  const expected = `a whole number from ${min} to ${max}`;
  return z
    .number({ error: expected })
    .int({ error: expected })
    .min(min, { error: expected })
    .max(max, { error: expected })
    .default(fallback)
    .describe(`${description} Whole number from ${min} to ${max}.`);
}

/** One of a few words. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
  description: string,
) {
  const expected = `one of ${values.join(', ')}`;
  return z
    .enum(values, { error: expected })
    .default(fallback as never)
    .describe(description);
}

/** HOST:PORT such as '127.0.0.1:8080' or '[::1]:8080'; becomes { host, port }. */
export function hostPort(fallback: string, description: string) {
  const expected = 'HOST:PORT such as 127.0.0.1:8080';
  const parsed = readHostPort(fallback) as HostPort;
  return checked(z.string({ error: expected }), readHostPort)
    .default(parsed)
    .describe(`${description} Written HOST:PORT.`);
}

/** An origin URL; becomes 'http(s)://host[:port]'. */
export function origin() {
  const expected = 'an absolute http:// or https:// URL such as http://127.0.0.1:3000';
  return checked(z.string({ error: expected }), (text) => {
    const result = readOrigin(text);
    return 'problem' in result ? result : result.origin;
  });
}

/** A postgres:// URL, kept as written. */
export function databaseUrl() {
  const expected = 'a postgres:// URL such as postgres://breakwater@db.internal:5432/breakwater';
  return checked(z.string({ error: expected }), (text) => {
    const result = readDatabaseUrl(text);
    return 'problem' in result ? result : result.url;
  });
}

/** A redis:// URL, kept as written. */
export function redisUrl() {
  return checked(
    z.string({ error: 'a redis:// URL such as redis://:password@cache.internal:6379' }),
    (text) => {
      const result = readRedisUrl(text);
      return 'problem' in result ? result : result.url;
    },
  );
}

/** An IP address or CIDR block, kept as written (trimmed). */
export function addressOrBlock() {
  return checked(z.string({ error: ADDRESS_OR_BLOCK }), (text) => {
    const problem = blockProblem(text);
    return problem === undefined ? text.trim() : { problem };
  });
}

/** A URL path that starts with '/'. */
export function urlPath(description: string) {
  const expected = "a URL path starting with '/', such as /api/";
  return checked(z.string({ error: expected }), (text) =>
    text.startsWith('/') && !/[\s?#]/.test(text) ? text : { problem: expected },
  ).describe(description);
}

/** A path to a file on this machine; relative paths are resolved when the configuration is loaded. */
export function filePath(example: string, description: string) {
  const expected = `a path to a file, such as ${example}`;
  return checked(z.string({ error: expected }), (text) =>
    text.trim() ? text : { problem: expected },
  ).describe(description);
}

/** A path to a directory; relative paths are resolved when the configuration is loaded. */
export function directoryPath(fallback: string, description: string) {
  const expected = 'a path to a directory, such as ./.breakwater or /var/lib/breakwater';
  return checked(z.string({ error: expected }), (text) => (text.trim() ? text : { problem: expected }))
    .default(fallback)
    .describe(description);
}

/** A list; `what` names its items in the error, such as 'a list of URLs'. */
export function listOf<T extends z.ZodType>(item: T, what: string, description: string) {
  return z.array(item, { error: what }).default([]).describe(description);
}

/** A mapping of settings; a missing or empty section takes every default. */
export function section<S extends z.ZodRawShape>(shape: S, description: string) {
  return z
    .strictObject(shape, {
      error: (issue) => (issue.code === 'invalid_type' ? 'a mapping of settings' : undefined),
    })
    .prefault({} as never)
    .describe(description);
}
