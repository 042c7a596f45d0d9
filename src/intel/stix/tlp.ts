// TLP 2.0 as STIX 2.1 marking definitions (the OASIS TLP 2.0 extension, with its fixed ids), and who may
// read what: TLP:RED never leaves, AMBER and AMBER+STRICT only reach accounts cleared for them.

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

const LEVEL_OF_MARKING = new Map(
  Object.entries(TLP_MARKING_IDS).map(([level, id]) => [id, level as TlpLevel]),
);

/**
 * The TLP level an object travels under: the strictest of its TLP markings. Marking definitions are
 * public; an object with no TLP marking is held as AMBER, since nothing says it may go further.
 */
export function tlpOf(object: { type?: unknown; object_marking_refs?: unknown }): TlpLevel {
  if (object.type === 'marking-definition') return 'clear';
  const refs = Array.isArray(object.object_marking_refs) ? object.object_marking_refs : [];
  let strictest = -1;
  for (const ref of refs) {
    const level = typeof ref === 'string' ? LEVEL_OF_MARKING.get(ref) : undefined;
    if (level !== undefined) strictest = Math.max(strictest, TLP_LEVELS.indexOf(level));
  }
  return strictest < 0 ? 'amber' : TLP_LEVELS[strictest];
}

/** The levels a reader may receive: CLEAR and GREEN always, AMBER and AMBER+STRICT when cleared, never RED. */
export function readableLevels(amber: boolean): TlpLevel[] {
  return amber ? ['clear', 'green', 'amber', 'amber+strict'] : ['clear', 'green'];
}
