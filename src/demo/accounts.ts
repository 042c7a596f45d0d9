// The demo's sign-in accounts (published test credentials, nothing real) and the password check.
import { createHash, timingSafeEqual } from 'node:crypto';

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
}

/** Published on the login page: the demo has no secrets. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'alice@example.test', password: 'correct-horse-battery', name: 'Alice' },
  { email: 'bob@example.test', password: 'hunter2-but-longer', name: 'Bob' },
];

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
const known = new Map(DEMO_ACCOUNTS.map((a) => [a.email, { account: a, secret: digest(a.password) }]));
const nobody = digest('');

/** The account whose email and password match, compared in constant time; undefined otherwise. */
export function verifyCredentials(email: string, password: string): DemoAccount | undefined {
  const entry = known.get(email.trim().toLowerCase());
  const same = timingSafeEqual(entry?.secret ?? nobody, digest(password));
  return entry && same ? entry.account : undefined;
}
