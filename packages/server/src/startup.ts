import { readdir } from 'node:fs/promises';
import type { Config, DatabaseConfig } from './config.ts';
import { type Database, openDatabase, withoutStatementTimeout } from './db/database.ts';
import { applyMigrations, type MigrationResult } from './db/migrations.ts';
import { isDatabaseSeeded, seedDemoData } from './db/seed/index.ts';
import type { Logger } from './logger.ts';
import { paths } from './paths.ts';

/** The database lacks migrations this version needs: one sentence saying to run them. */
export class DatabaseNotMigratedError extends Error {
  override name = 'DatabaseNotMigratedError';
}

/** Opens the configured database and brings it to the state the server needs. */
export async function prepareDatabase(config: Config, logger: Logger): Promise<Database> {
  const database = await openDatabase(config.database, {
    withReplicas: true,
    onReplicaChange: (message, streaming) => (streaming ? logger.info(message) : logger.warn(message)),
  });
  try {
    logger.info(`Database: ${database.description}`);
    if (config.migrateOnStart) {
      const { applied } = await applyMigrationsUntimed(config.database, database);
      logger.info(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Migrations: up to date');
    } else {
      await assertMigrated(database);
    }
    if (config.seedOnStart && !(await isDatabaseSeeded(database.prisma))) {
      logger.info('Empty database: loading administrative units and the demo dataset (first start only)…');
      const started = performance.now();
      await seedDemoData(database.prisma, { log: (line: string) => logger.info(line) });
      logger.info(`Demo dataset loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Applies the migrations without the statement timeout the API's requests run under (a backfill
 * takes minutes on a national database): through a connection of their own when the database has
 * such a timeout.
 */
export async function applyMigrationsUntimed(config: DatabaseConfig, database: Database): Promise<MigrationResult> {
  if (config.kind !== 'postgres' || !config.statementTimeoutMs) return applyMigrations(database.adapter);
  const untimed = await openDatabase(withoutStatementTimeout({ ...config, poolSize: 1 }));
  try {
    return await applyMigrations(untimed.adapter);
  } finally {
    await untimed.close();
  }
}

/** Without migrate-on-start, every committed migration must already be applied (`pnpm db:migrate`). */
async function assertMigrated(database: Database): Promise<void> {
  const committed = (await readdir(paths.migrations, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const [table] = await database.prisma.$queryRaw<Array<{ name: string | null }>>`
    SELECT to_regclass('_prisma_migrations')::text AS name`;
  const applied = new Set<string>();
  if (table?.name) {
    const rows = await database.prisma.$queryRaw<Array<{ name: string }>>`
      SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    for (const row of rows) applied.add(row.name);
  }
  const pending = committed.filter((name) => !applied.has(name));
  if (pending.length === 0) return;
  const fix =
    'Run `pnpm db:migrate` with the same DATABASE_URL, then start again (or set MIGRATE_ON_START=true to migrate at start).';
  if (applied.size === 0) {
    throw new DatabaseNotMigratedError(`The database (${database.description}) has no tables yet. ${fix}`);
  }
  throw new DatabaseNotMigratedError(
    `The database (${database.description}) lacks ${pending.length} migration${pending.length === 1 ? '' : 's'} this version needs (${pending.join(', ')}). ${fix}`,
  );
}
