// The `accessLog:` section of breakwater.yaml: an access log in nginx's combined format, bounded and
// sampled under attack (src/edge/access-log.ts); off unless it has a path.
import { z } from 'zod';
import { section, whole } from './fields.js';

export const accessLogSection = section(
  {
    path: z
      .string({ error: 'a file path, or null' })
      .min(1, { error: 'a file path, or null' })
      .nullable()
      .default(null)
      .describe('File the access log is appended to; null writes none.'),
    perSecond: whole(1, 1_000_000, 100, 'Requests logged whole each second; beyond, a sample.'),
    sampleEvery: whole(
      1,
      1_000_000,
      100,
      'Beyond perSecond in a second, one request in this many is logged.',
    ),
  },
  'The access log, in nginx’s combined format with the verdict, sampled under attack.',
);
