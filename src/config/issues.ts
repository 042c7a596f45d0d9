// Turns schema validation failures into ConfigIssues: the key path, the expected sentence, the value as written,
// and for unknown keys the closest known key.

import { z } from 'zod';
import { type ConfigIssue, describeFound } from './error.js';
import { closest } from './suggest.js';

/** 'limits.maxHeaderBytes', 'upstreams[1]', 'routes[0].kind'; '' for the whole document. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

/** The value found at `path` in what the user wrote, or undefined. */
export function valueAt(source: unknown, path: readonly PropertyKey[]): unknown {
  let value = source;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The keys a mapping at `path` accepts, following the schema through defaults, nulls, pipes and lists. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (let i = 0; current; ) {
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodOptional
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else if (i === path.length) {
      return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
    } else if (current instanceof z.ZodObject) {
      current = current.shape[String(path[i++])] as z.ZodType | undefined;
    } else if (current instanceof z.ZodArray) {
      current = current.element as z.ZodType;
      i++;
    } else {
      return [];
    }
  }
  return [];
}

/** ConfigIssues for a failed parse of `source` against `schema`; `file` is set on each when the source is a file. */
export function toIssues(
  error: z.ZodError,
  source: unknown,
  schema: z.ZodType,
  file?: string,
): ConfigIssue[] {
  const where = file === undefined ? {} : { file };
  return error.issues.flatMap((issue): ConfigIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        const message = suggestion
          ? `unknown key (did you mean '${suggestion}'?)`
          : `unknown key; the keys here are ${known.join(', ')}`;
        const expected = `one of the keys ${known.join(', ')}`;
        return {
          path: formatPath([...issue.path, key]),
          expected,
          found: describeFound(key),
          ...where,
          message,
        };
      });
    }
    return [
      {
        path: formatPath(issue.path),
        expected: issue.message,
        found: foundAt(source, issue),
        ...where,
      },
    ];
  });
}

/** The value as written; for a check across keys on a value left at its default, that default. */
function foundAt(source: unknown, issue: z.core.$ZodIssue): string {
  const written = valueAt(source, issue.path);
  const shown = issue.code === 'custom' ? issue.params?.shown : undefined;
  return written === undefined && shown !== undefined
    ? `${describeFound(shown)} (the default)`
    : describeFound(written);
}
