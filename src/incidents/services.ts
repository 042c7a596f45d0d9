// The protected services (config `services`) and which of them a request path or a detection touches.
// A path belongs to the service with the longest matching prefix.

import type { Detection } from '../sentinel/detection.js';

export interface Service {
  name: string;
  /** Path prefixes, such as `/` or `/api/`. */
  paths: string[];
}

export const DEFAULT_SERVICES: readonly Service[] = [{ name: 'Website', paths: ['/'] }];

/** The name of the service whose longest prefix matches the path, or undefined when none does. */
export function serviceOf(path: string, services: readonly Service[]): string | undefined {
  let best: string | undefined;
  let length = -1;
  for (const service of services) {
    for (const prefix of service.paths) {
      if (prefix.length > length && path.startsWith(prefix)) {
        best = service.name;
        length = prefix.length;
      }
    }
  }
  return best;
}

/**
 * The services a detection touches: its path's, else those of the paths in its evidence, else (an
 * attack on the whole site, such as a flood from one address or origin distress) every service.
 */
export function servicesOf(detection: Detection, services: readonly Service[]): string[] {
  const paths =
    detection.path !== undefined
      ? [detection.path]
      : detection.evidence.topKeys.filter((k) => k.key.startsWith('path:')).map((k) => k.key.slice(5));
  const named = new Set<string>();
  for (const path of paths) {
    const name = serviceOf(path, services);
    if (name !== undefined) named.add(name);
  }
  return named.size > 0 ? [...named] : services.map((s) => s.name);
}
