// Every check `breakwater doctor` runs, in the order it reports them; a new check is a module and a line.
import { adminTokens } from './admin-tokens.js';
import { controlExposure } from './control-exposure.js';
import { dataPermissions } from './data-permissions.js';
import { dependencyAdvisories } from './dependency-advisories.js';
import type { Check } from './finding.js';
import { nodeReleaseCheck } from './node-release.js';
import { originDirect } from './origin-direct.js';
import { secondFactors } from './second-factors.js';
import { storeKeyPlace } from './store-key-place.js';
import { tlsProfile } from './tls-profile.js';
import { trustedProxies } from './trusted-proxies.js';

export const CHECKS: Check[] = [
  controlExposure,
  tlsProfile,
  originDirect,
  trustedProxies,
  secondFactors,
  adminTokens,
  dataPermissions,
  storeKeyPlace,
  nodeReleaseCheck(),
  dependencyAdvisories,
];
