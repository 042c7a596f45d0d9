// Opens the store (SQLite in the data directory, or PostgreSQL), runs the migrations, and hands back the
// repositories. The same portable migrations and queries run on both. Secrets the store must give back are
// sealed with the store key (see store-key.ts), loaded and checked here.

import { join } from 'node:path';
import { type Kysely, Migrator } from 'kysely';
import { AUDIT_CHECKPOINT_FILE, AuditCheckpoint } from './audit-checkpoint.js';
import { AuditRepository } from './audit-repository.js';
import { BouncerRepository } from './bouncer-repository.js';
import { DecisionRepository } from './decision-repository.js';
import { DetectionRepository } from './detection-repository.js';
import { openDatabase } from './dialect.js';
import { FactorRepository } from './factor-repository.js';
import { ImportedIndicatorRepository } from './imported-indicator-repository.js';
import { IncidentRepository } from './incident-repository.js';
import { IntelFeedRepository } from './intel-feed-repository.js';
import { LoginFailureRepository } from './login-failure-repository.js';
import { migrationProvider } from './migrations/index.js';
import { PhishingCampaignRepository } from './phishing-campaign-repository.js';
import { PhishingReportRepository } from './phishing-report-repository.js';
import type { Database } from './schema.js';
import { Sealer } from './sealer.js';
import { SecretRepository } from './secret-repository.js';
import { SessionRepository } from './session-repository.js';
import { StixObjectRepository } from './stix-object-repository.js';
import { messageOf, StoreError } from './store-error.js';
import { type StoreKeySource, storeKeySource } from './store-key.js';
import { TaxiiAccountRepository } from './taxii-account-repository.js';
import { TaxiiStatusRepository } from './taxii-status-repository.js';
import { TokenRepository } from './token-repository.js';
import { TrafficRepository } from './traffic-repository.js';
import { UserRepository } from './user-repository.js';

export { BUSY_TIMEOUT_MS, DATABASE_FILE } from './dialect-sqlite.js';

export interface StoreOptions {
  /** Directory for the SQLite database file; created (mode 0700) when missing. Unused with `database`. */
  dataDir: string;
  /** A postgres:// URL: keep the store in PostgreSQL instead of SQLite. */
  database?: string | null;
  now?: () => number;
  /** Where BREAKWATER_STORE_KEY is read from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface Store {
  db: Kysely<Database>;
  /** Where the data lives: the SQLite file's absolute path, or the PostgreSQL URL without its password. */
  file: string;
  decisions: DecisionRepository;
  detections: DetectionRepository;
  incidents: IncidentRepository;
  tokens: TokenRepository;
  secrets: SecretRepository;
  traffic: TrafficRepository;
  users: UserRepository;
  factors: FactorRepository;
  sessions: SessionRepository;
  loginFailures: LoginFailureRepository;
  audit: AuditRepository;
  stixObjects: StixObjectRepository;
  taxiiAccounts: TaxiiAccountRepository;
  taxiiStatuses: TaxiiStatusRepository;
  intelFeeds: IntelFeedRepository;
  importedIndicators: ImportedIndicatorRepository;
  bouncers: BouncerRepository;
  /** The phishing desk's reports (raw messages sealed) and campaigns. */
  phishingReports: PhishingReportRepository;
  phishingCampaigns: PhishingCampaignRepository;
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const now = options.now ?? Date.now;
  const { db, location: file, elsewhere, schema } = await openDatabase(options);
  await migrate(db, file, elsewhere, schema);
  const secrets = new SecretRepository(db, now);
  const keySource = storeKeySource(options.dataDir, options.env ?? process.env);
  const { users, intelFeeds, phishingReports, sealer, sealedSecrets } = await openSealedRepositories(
    db,
    now,
    keySource,
    secrets,
  );
  const auditKeys = {
    key: () => sealer.derivedKey('audit chain'),
    checkpoint: new AuditCheckpoint(join(keySource.place, AUDIT_CHECKPOINT_FILE)),
  };

  let closed = false;
  return {
    db,
    file,
    decisions: new DecisionRepository(db, now),
    detections: new DetectionRepository(db),
    incidents: new IncidentRepository(db, now),
    tokens: new TokenRepository(db, now),
    secrets: sealedSecrets,
    traffic: new TrafficRepository(db, now),
    users,
    factors: new FactorRepository(db, now),
    sessions: new SessionRepository(db),
    loginFailures: new LoginFailureRepository(db),
    audit: new AuditRepository(db, now, auditKeys),
    stixObjects: new StixObjectRepository(db, now),
    taxiiAccounts: new TaxiiAccountRepository(db, now),
    taxiiStatuses: new TaxiiStatusRepository(db, now),
    intelFeeds,
    importedIndicators: new ImportedIndicatorRepository(db, now),
    bouncers: new BouncerRepository(db),
    phishingReports,
    phishingCampaigns: new PhishingCampaignRepository(db, now),
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

/** The repositories with sealed columns, once the values an older version stored in clear are sealed. */
async function openSealedRepositories(
  db: Kysely<Database>,
  now: () => number,
  keySource: StoreKeySource,
  secrets: SecretRepository,
): Promise<
  Pick<Store, 'users' | 'intelFeeds' | 'phishingReports'> & {
    sealer: Sealer;
    sealedSecrets: SecretRepository;
  }
> {
  try {
    const sealer = await Sealer.load(keySource, secrets);
    const users = new UserRepository(db, now, sealer);
    const intelFeeds = new IntelFeedRepository(db, now, sealer);
    await users.sealClearSecrets();
    await intelFeeds.sealClearPasswords();
    const sealedSecrets = new SecretRepository(db, now, sealer);
    await sealedSecrets.sealClear();
    const phishingReports = new PhishingReportRepository(db, now, sealer);
    return { users, intelFeeds, phishingReports, sealer, sealedSecrets };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

async function migrate(db: Kysely<Database>, file: string, elsewhere: string, schema?: string) {
  // In PostgreSQL the migration tables are looked for in our own schema, not in any schema of the database.
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  await db.destroy();
  const failed = results?.find((result) => result.status === 'Error')?.migrationName;
  const reason = messageOf(error);
  if (reason.includes('corrupted migrations')) {
    throw new StoreError(
      `${file} was written by a newer version of Breakwater (${reason}); upgrade, or choose ${elsewhere}`,
      file,
      { cause: error },
    );
  }
  throw new StoreError(`migrating ${file} failed${failed ? ` at ${failed}` : ''}: ${reason}`, file, {
    cause: error,
  });
}
