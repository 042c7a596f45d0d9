// Fills a peer's configuration template: every {{NAME}} must get a value, and every value must be used.

export function fillTemplate(text: string, values: Record<string, string | number>, source: string): string {
  const missing = new Set<string>();
  const used = new Set<string>();
  const filled = text.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    if (!(name in values)) {
      missing.add(name);
      return '';
    }
    used.add(name);
    return String(values[name]);
  });
  if (missing.size > 0) throw new Error(`bench: ${source} needs a value for ${[...missing].join(', ')}`);
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`bench: ${source} has no {{${unused.join('}}, {{')}}}`);
  return filled;
}
