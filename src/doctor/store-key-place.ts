// Check: the store key kept beside the database, so that one copy of the data directory (a backup, a
// snapshot, a stolen disk) carries the sealed secrets and the key that opens them.
import { storeKeySource } from '../store/store-key.js';
import type { Check } from './finding.js';

export const storeKeyPlace: Check = async ({ config, env }) => {
  const key = storeKeySource(config.data, env);
  if (!key.besideData) return [];
  return [
    {
      id: 'store-key-beside-data',
      severity: 'medium',
      title: `the store key ${key.where} sits in the data directory`,
      why: 'one copy of the data directory carries both the sealed secrets (TOTP seeds, peer passwords, the challenge key) and the key that opens them',
      fix: 'move it elsewhere and set BREAKWATER_STORE_KEY_FILE to it, or give the key in BREAKWATER_STORE_KEY (see docs/storage.md)',
    },
  ];
};
