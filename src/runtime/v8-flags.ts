// The V8 flags the gateway runs with, and which of them this process lacks. The young generation starts
// at full size and may grow to 32 MiB per semi-space, and the heap is not shrunk while the gateway idles:
// without them, a burst after a quiet minute met a young generation shrunk to a few MiB, scavenged every
// 20 ms, and its p99 doubled (docs/performance.md, "V8 flags"). They cost about 55 MiB of RSS per process.
// The `breakwater` command's first line and `npm start` carry them; `node dist/cli/main.js` needs them given.
export const GATEWAY_V8_FLAGS: readonly string[] = [
  '--min-semi-space-size=16',
  '--max-semi-space-size=32',
  '--no-memory-reducer',
];

/** The gateway's V8 flags absent from this process's command line and NODE_OPTIONS. */
export function missingV8Flags(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)]);
  return GATEWAY_V8_FLAGS.filter((flag) => !given.has(flag));
}
