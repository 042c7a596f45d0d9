// Breakwater's configuration: the breakwater.yaml schema, its defaults, and loading with precise errors.
// Other modules import from here only.

export { formatDuration, parseDuration } from './duration.js';
export { ConfigError, type ConfigIssue, formatIssue } from './error.js';
export { formatHostPort, type HostPort, parseHostPort } from './host-port.js';
export { DEFAULT_FILE, defaultConfig, type LoadOptions, loadConfig, parseConfig } from './load.js';
export type { ConfigOverrides } from './overrides.js';
export {
  type Config,
  configSchema,
  LOG_LEVELS,
  NOTIFY_EVENTS,
  RESPONDER_MODES,
  ROUTE_KINDS,
  WEBHOOK_FORMATS,
} from './schema.js';
export { formatSize, parseSize } from './size.js';
