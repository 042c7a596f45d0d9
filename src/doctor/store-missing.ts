// The finding of a check that needs the store when the store could not be opened.
import type { Finding } from './finding.js';

export function storeMissing(what: string): Finding {
  return {
    id: 'store-unreadable',
    severity: 'info',
    title: `the store could not be opened, so ${what} were not checked`,
    why: 'this check reads the store directly, as the user running doctor',
    fix: 'run doctor on the gateway host, with the data directory (--data) and the store key it uses',
  };
}
