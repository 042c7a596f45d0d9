// Test decisions: a manual decision that never expires, with a fresh id each, for the table's tests.
import type { Action, Decision, Scope } from './decision.js';

let serial = 0;

/** A manual decision on `value` with a fresh id, created at 1,000,000 ms; `extra` overrides any field. */
export function testDecision(
  scope: Scope,
  value: string,
  action: Action,
  extra: Partial<Decision> = {},
): Decision {
  serial++;
  return {
    id: `dec_${String(serial).padStart(16, '0')}`,
    scope,
    value,
    action,
    reason: 'test',
    source: 'manual',
    createdAt: 1_000_000,
    expiresAt: null,
    ...extra,
  };
}
