// TLP as STIX 2.1 marking definitions: TLP 2.0 (the OASIS extension, with its fixed ids) which we write,
// and the TLP 1.0 set STIX 2.1 itself defines (§7.2.1.4), which peers still send; an object's level is the
// strictest of its object and granular markings. And who may read what: TLP:RED never leaves, AMBER and
// AMBER+STRICT only reach accounts cleared for them.

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
/** CISA, author of the TLP 2.0 marking definitions. */
const TLP2_AUTHOR = 'identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01';

export const TLP_MARKING_IDS: Record<TlpLevel, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export interface MarkingDefinition {
  type: 'marking-definition';
  spec_version: '2.1';
  id: string;
  created_by_ref: string;
  created: string;
  name: string;
  extensions: Record<string, { extension_type: 'property-extension'; tlp_2_0: TlpLevel }>;
}

/** The marking definition of a TLP level, exactly as OASIS publishes it. */
export function tlpMarking(level: TlpLevel): MarkingDefinition {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[level],
    created_by_ref: TLP2_AUTHOR,
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

/** The TLP 1.0 marking definitions of STIX 2.1 (§7.2.1.4), by the TLP 2.0 level each stands for. */
export const TLP1_MARKING_IDS: Record<'clear' | 'green' | 'amber' | 'red', string> = {
  clear: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', // TLP:WHITE
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

const LEVEL_OF_MARKING = new Map(
  [...Object.entries(TLP_MARKING_IDS), ...Object.entries(TLP1_MARKING_IDS)].map(([level, id]) => [
    id,
    level as TlpLevel,
  ]),
);

export type Classification = { ok: true; level: TlpLevel } | { ok: false; problem: string };

/**
 * The TLP level an object travels under: the strictest of its object markings and of the markings of its
 * parts (`granular_markings`), from either TLP set. Marking definitions are public; an object with no
 * marking at all is held as AMBER, since nothing says it may go further. A marking this server does not
 * know might be stricter than any it knows: such an object is not classified, never guessed at.
 */
export function classifyTlp(object: {
  type?: unknown;
  object_marking_refs?: unknown;
  granular_markings?: unknown;
}): Classification {
  if (object.type === 'marking-definition') return { ok: true, level: 'clear' };
  const refs: unknown[] = [];
  if (object.object_marking_refs !== undefined) {
    if (!Array.isArray(object.object_marking_refs))
      return { ok: false, problem: 'object_marking_refs is not a list' };
    refs.push(...object.object_marking_refs);
  }
  if (object.granular_markings !== undefined) {
    if (!Array.isArray(object.granular_markings))
      return { ok: false, problem: 'granular_markings is not a list' };
    for (const granular of object.granular_markings as { marking_ref?: unknown; lang?: unknown }[]) {
      if (granular?.marking_ref !== undefined) refs.push(granular.marking_ref);
      else if (typeof granular?.lang !== 'string') {
        return { ok: false, problem: 'a granular marking has neither marking_ref nor lang' };
      }
    }
  }
  let strictest = -1;
  for (const ref of refs) {
    const level = typeof ref === 'string' ? LEVEL_OF_MARKING.get(ref) : undefined;
    if (level === undefined) {
      return {
        ok: false,
        problem: `marking ${String(ref).slice(0, 100)} is not a TLP marking this server knows (TLP 1.0 or 2.0 as STIX 2.1 defines them), so the object cannot be classified`,
      };
    }
    strictest = Math.max(strictest, TLP_LEVELS.indexOf(level));
  }
  return { ok: true, level: strictest < 0 ? 'amber' : TLP_LEVELS[strictest] };
}

/** The level of an object known to classify; RED, never served, for one that does not. */
export function tlpOf(object: Parameters<typeof classifyTlp>[0]): TlpLevel {
  const classification = classifyTlp(object);
  return classification.ok ? classification.level : 'red';
}

/** The levels a reader may receive: CLEAR and GREEN always, AMBER and AMBER+STRICT when cleared, never RED. */
export function readableLevels(amber: boolean): TlpLevel[] {
  return amber ? ['clear', 'green', 'amber', 'amber+strict'] : ['clear', 'green'];
}
