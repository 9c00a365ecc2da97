import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { paths } from '../paths.ts';
import { openPglite, pgliteAdapter } from './database.ts';
import { createSchemaEngine } from './schema-engine.ts';

const noFilters = { externalTables: [], externalEnums: [] };

export interface MigrationResult {
  applied: string[];
}

/**
 * A migration that failed, on this run or an earlier one: the database's error and how to recover,
 * in place of the schema engine's error and stack. No later migration runs until it is resolved.
 */
export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError';
}

/** Applies the committed migrations that the database has not seen yet; a no-op when it is current. */
export async function applyMigrations(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<MigrationResult> {
  const engine = await createSchemaEngine(adapter, [await readSchema()]);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: noFilters,
    });
    return { applied: appliedMigrationNames };
  } catch (error) {
    throw (await failedMigration(adapter)) ?? error;
  } finally {
    engine.free();
  }
}

/**
 * The migration the engine recorded as failed, with its error, when there is one: what the engine
 * reports as an "external connector error" (or P3009, "found failed migrations") with a stack.
 */
async function failedMigration(
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<MigrationFailedError | undefined> {
  let failed: { name: string; logs: string } | undefined;
  try {
    const connection = await adapter.connect();
    try {
      const { rows } = await connection.queryRaw({
        sql: `SELECT migration_name, coalesce(logs, '') FROM _prisma_migrations
              WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at DESC LIMIT 1`,
        args: [],
        argTypes: [],
      });
      const [name, logs] = rows[0] ?? [];
      if (typeof name === 'string') failed = { name, logs: typeof logs === 'string' ? logs : '' };
    } finally {
      await connection.dispose();
    }
  } catch {
    // The database that refused the migration may refuse this read too: the engine's error stands.
  }
  if (!failed) return undefined;
  const databaseError = /ERROR:\s*([^\n]+)/.exec(failed.logs)?.[1] ?? failed.logs.split('\n')[0] ?? 'no error recorded';
  return new MigrationFailedError(
    `Migration ${failed.name} failed: ${databaseError.trim()}. Statements of it that ran before the error may ` +
      `have taken effect: undo them, then mark the migration rolled back (UPDATE _prisma_migrations SET ` +
      `rolled_back_at = now() WHERE migration_name = '${failed.name}' AND finished_at IS NULL) and run ` +
      '`pnpm db:migrate` again. No later migration is applied until then.',
  );
}

/**
 * Writes a new migration holding the difference between the committed migrations and
 * prisma/schema.prisma. The migrations are replayed in a throw-away in-memory database, so no
 * server is needed. Returns the new directory, or null when the schema has no changes.
 */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (!slug) throw new Error('Give the migration a name made of letters or digits, e.g. "add_need_priority".');
  const database = await openPglite();
  const adapter = await pgliteAdapter(database);
  const schema = await readSchema();
  const engine = await createSchemaEngine(
    {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      connect: () => adapter.connect(),
      connectToShadowDb: async () => (await pgliteAdapter(await openPglite())).connect(),
    },
    [schema],
  );
  try {
    const migrations = await readMigrations();
    const { stdout } = await engine.diff({
      from: migrations.migrationDirectories.length > 0 ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schema[0], content: schema[1] }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const script = withoutReplayedExtensions(stdout ?? '', migrations);
    if (!script.trim() || /^-- This is an empty migration\.\s*$/.test(script)) return null;
    const directory = join(paths.migrations, `${timestamp(now)}_${slug}`);
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'migration.sql'), script);
    await writeLockfile();
    return directory;
  } finally {
    engine.free();
    await database.close();
  }
}

/**
 * The engine does not see extensions in its in-memory shadow database, so every diff asks to
 * create them again; an extension an earlier migration already creates is left out.
 */
function withoutReplayedExtensions(script: string, migrations: MigrationList): string {
  const earlier = migrations.migrationDirectories
    .map((directory) => (directory.migrationFile.content.tag === 'ok' ? directory.migrationFile.content.value : ''))
    .join('\n');
  return script.replace(
    /-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS "(\w+)";\n\n?/g,
    (statement, name: string) => (earlier.includes(`CREATE EXTENSION IF NOT EXISTS "${name}"`) ? '' : statement),
  );
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function readSchema(): Promise<[string, string]> {
  return [paths.prismaSchema, await readFile(paths.prismaSchema, 'utf8')];
}

async function readMigrations(): Promise<MigrationList> {
  const entries = await readdir(paths.migrations, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockfilePath = join(paths.migrations, 'migration_lock.toml');
  return {
    baseDir: paths.migrations,
    lockfile: { path: lockfilePath, content: await readFile(lockfilePath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      directories.map(async (path) => ({
        path,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(join(paths.migrations, path, 'migration.sql'), 'utf8').then(
            (text) => ({ tag: 'ok' as const, value: text }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

async function writeLockfile(): Promise<void> {
  await writeFile(
    join(paths.migrations, 'migration_lock.toml'),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}
