// Validates STIX objects against the OASIS STIX 2.1 JSON schemas (draft 2020-12), each against the schema
// of its own type. Returns the problems as readable lines; an empty list means valid.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The OASIS schemas sit in the `shared/` folder beside the repository (BREAKWATER_STIX_SCHEMAS overrides).
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROOT =
  process.env.BREAKWATER_STIX_SCHEMAS ?? join(REPO, '..', 'shared', 'stix2-json-schemas', 'schemas');
if (!existsSync(ROOT)) throw new Error(`STIX schemas not found at ${ROOT}: set BREAKWATER_STIX_SCHEMAS`);
const DIRECTORIES = ['common', 'sdos', 'sros', 'observables'];

export function stixValidator(): (object: { type: string; id: string }) => string[] {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats.default(ajv);
  const byType = new Map<string, string>();
  for (const directory of DIRECTORIES) {
    for (const file of readdirSync(join(ROOT, directory)).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(ROOT, directory, file), 'utf8')) as { $id: string };
      ajv.addSchema(schema);
      byType.set(file.replace(/\.json$/, ''), schema.$id);
    }
  }
  return (object) => {
    const id = byType.get(object.type);
    if (id === undefined) return [`${object.id}: no schema for type ${object.type}`];
    const validate = ajv.getSchema(id);
    if (!validate) return [`${object.id}: schema ${id} did not compile`];
    if (validate(object)) return [];
    return (validate.errors ?? []).map((e: ErrorObject) => `${object.id}${e.instancePath} ${e.message}`);
  };
}
