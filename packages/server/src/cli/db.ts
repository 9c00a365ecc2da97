import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { importAdminUnits } from '../db/admin-units/import.ts';
import { type Database, DatabaseUnavailableError, openDatabase, withoutStatementTimeout } from '../db/database.ts';
import { DataDirectoryInUseError, ownerOf } from '../db/embedded/lock.ts';
import { applyMigrations, createMigration, MigrationFailedError } from '../db/migrations.ts';
import { rebuildRollups } from '../db/rollups.ts';
import { seedDemoData } from '../db/seed/index.ts';
import { pruneChanges } from '../events/retention.ts';
import { createProgressReporter } from './progress.ts';

const usage = `Usage: pnpm db:<command>

  db:migrate                 apply pending migrations (a no-op when the database is current)
  db:migration:new <name>    write a migration for the changes in prisma/schema.prisma
  db:import-admin-units      load Vietnam's administrative units and the 2025 reform lineage
  db:seed                    load reference data and the demo dataset (idempotent)
  db:reset [--yes]           delete all data, then migrate and seed again
  db:rebuild-rollups         recompute the support rollups and the place closure from the rows
                             (the triggers keep them exact; this proves or repairs it)
  db:prune-changes --older-than <days>
                             delete older changes from the audit trail and change feed;
                             partners resuming from a deleted position are told it expired

The database is DATABASE_URL (PostgreSQL), or the embedded one in PGLITE_DATA_DIR (default ./.data).`;

const commands: Record<string, (config: Config, args: string[]) => Promise<void>> = {
  migrate: async (config) => {
    await withDatabase(config, migrate);
  },
  'migration:new': async (_config, args) => {
    const name = args.join('_');
    if (!name) throw new UsageError('Name the migration: pnpm db:migration:new add_need_priority');
    const directory = await createMigration(name);
    say(
      directory
        ? `Wrote ${relative(process.cwd(), directory)}/migration.sql — review it, then pnpm db:migrate`
        : 'No changes: prisma/schema.prisma matches the migrations.',
    );
  },
  'import-admin-units': async (config) => {
    await withDatabase(config, async (database) => {
      await migrate(database);
      const summary = await importAdminUnits(database.prisma, { onProgress: createProgressReporter() });
      say(
        `Administrative units: ${summary.units.created} created, ${summary.units.updated} updated, ${summary.units.unchanged} unchanged; ` +
          `lineage edges: ${summary.edges.created} created, ${summary.edges.updated} updated, ${summary.edges.unchanged} unchanged; ` +
          `${(summary.millis / 1000).toFixed(1)} s`,
      );
    });
  },
  seed: async (config) => {
    await withDatabase(config, async (database) => {
      await migrate(database);
      await seed(database);
    });
  },
  'rebuild-rollups': async (config) => {
    await withDatabase(config, async (database) => {
      const started = performance.now();
      await rebuildRollups(database.prisma);
      say(
        `Rebuilt and analysed the support rollups and the place closure in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    });
  },
  'prune-changes': async (config, args) => {
    const at = args.indexOf('--older-than');
    const days = at >= 0 ? Number(args[at + 1]) : Number.NaN;
    if (!Number.isInteger(days) || days < 0) {
      throw new UsageError(
        'Say how old a change must be to go: pnpm db:prune-changes --older-than 365 (days). It deletes from the audit trail too.',
      );
    }
    const before = new Date(Date.now() - days * 86_400_000);
    await withDatabase(config, async (database) => {
      const summary = await pruneChanges(database.prisma, before);
      say(
        summary.deleted > 0
          ? `Deleted ${summary.deleted.toLocaleString('en')} changes recorded before ${before.toISOString()}; cursors below ${summary.prunedThrough} have expired.`
          : `No changes recorded before ${before.toISOString()}; nothing deleted.`,
      );
    });
  },
  reset: async (config, args) => {
    if (config.database.kind === 'postgres' && !args.includes('--yes')) {
      throw new UsageError(
        'db:reset deletes every row in the PostgreSQL database named by DATABASE_URL. Run `pnpm db:reset --yes` if that is what you want.',
      );
    }
    if (config.database.kind === 'pglite') {
      // Never delete the files of a running server: the lock names it.
      const owner = await ownerOf(config.database.dataDir);
      if (owner) throw new DataDirectoryInUseError(config.database.dataDir, owner);
      await rm(config.database.dataDir, { recursive: true, force: true });
      say(
        `Deleted the embedded database in ${relative(process.cwd(), config.database.dataDir) || config.database.dataDir}`,
      );
    }
    await withDatabase(config, async (database) => {
      if (config.database.kind === 'postgres') {
        await database.prisma.$executeRawUnsafe('DROP SCHEMA public CASCADE');
        await database.prisma.$executeRawUnsafe('CREATE SCHEMA public');
        say(`Emptied ${database.description}`);
      }
      await migrate(database);
      await seed(database);
    });
  },
};

class UsageError extends Error {}

async function withDatabase(config: Config, work: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(withoutStatementTimeout(config.database), { holder: `pnpm db:${command}` });
  try {
    say(`Database: ${database.description}`);
    await work(database);
  } finally {
    await database.close();
  }
}

async function migrate(database: Database): Promise<void> {
  const { applied } = await applyMigrations(database.adapter);
  say(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Migrations: up to date');
}

async function seed(database: Database): Promise<void> {
  const started = performance.now();
  const summary = await seedDemoData(database.prisma, { log: say });
  const counts = Object.entries(summary)
    .map(([entity, count]) => `${entity} ${count}`)
    .join(', ');
  say(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts}`);
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const [command, ...args] = process.argv.slice(2);
const run = command ? commands[command] : undefined;
if (!run) {
  process.stderr.write(`${command ? `Unknown command "${command}".\n\n` : ''}${usage}\n`);
  process.exit(2);
}
try {
  await run(loadConfig(), args);
} catch (error) {
  if (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof DataDirectoryInUseError ||
    error instanceof MigrationFailedError
  ) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
  throw error;
}
