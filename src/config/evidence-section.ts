// The `evidence:` section of breakwater.yaml: what the edge keeps of refused clients for an incident's
// evidence package (src/evidence/), and whether query values in the sampled request heads are kept.
import { z } from 'zod';
import { duration, section, whole } from './fields.js';

export const evidenceSection = section(
  {
    requestHeads: whole(
      0,
      100_000,
      1000,
      'Latest refused request heads kept for evidence packages (credentials always redacted); 0 keeps none.',
    ),
    sources: whole(0, 1_000_000, 10_000, 'Refused source addresses followed (first and last seen, counts).'),
    retention: duration(
      60_000,
      30 * 86_400_000,
      '1d',
      'A source not seen for this long makes room for a new one.',
    ),
    keepQueryValues: z
      .boolean({ error: 'true or false' })
      .default(false)
      .describe('Keep query values in sampled request heads; by default only the parameter names are kept.'),
  },
  'What the edge keeps of refused clients for evidence packages.',
);
