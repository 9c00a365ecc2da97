import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DatabaseConfig } from '../packages/server/src/config.ts';
import { type Database, openDatabase } from '../packages/server/src/db/database.ts';
import { applyMigrations, MigrationFailedError } from '../packages/server/src/db/migrations.ts';
import { paths } from '../packages/server/src/paths.ts';
import { applyMigrationsUntimed } from '../packages/server/src/startup.ts';
import { createTestDatabase } from './support/database.ts';
import { withDatabase } from './support/template.ts';

describe('migrations', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('records every committed migration in _prisma_migrations, and applying again changes nothing', async () => {
    const recorded = await database.prisma.$queryRawUnsafe<Array<{ migration_name: string; finished_at: Date | null }>>(
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true);

    const again = await applyMigrations(database.adapter);
    expect(again.applied).toEqual([]);
    const after = await database.prisma.$queryRawUnsafe<unknown[]>('SELECT migration_name FROM _prisma_migrations');
    expect(after).toHaveLength(recorded.length);
  });

  it('names a failed migration with the database’s error and how to recover, instead of the engine’s stack', async () => {
    const broken = await createTestDatabase();
    try {
      const [newest] = await broken.prisma.$queryRawUnsafe<Array<{ name: string }>>(
        'SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1',
      );
      const name = newest!.name;
      const markRolledBack = `UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL`;
      // As an earlier run leaves it when the migration failed: recorded, unfinished, with the error.
      await broken.prisma.$executeRawUnsafe(
        `UPDATE _prisma_migrations SET finished_at = NULL, logs = $1 WHERE migration_name = $2`,
        'Error querying the database: ERROR: could not extend file: No space left on device\n   0: sql_schema_connector::apply_migration',
        name,
      );
      const blocked = await applyMigrations(broken.adapter).catch((error: unknown) => error);
      expect(blocked).toBeInstanceOf(MigrationFailedError);
      expect((blocked as Error).message).toBe(
        `Migration ${name} failed: could not extend file: No space left on device. Statements of it that ran ` +
          'before the error may have taken effect: undo them, then mark the migration rolled back ' +
          `(${markRolledBack}) and run \`pnpm db:migrate\` again. No later migration is applied until then.`,
      );

      // Marked rolled back as the message says, it runs again: here it fails anew, since it had in fact
      // been applied, and the message carries that run's error.
      await broken.prisma.$executeRawUnsafe(markRolledBack);
      const again = await applyMigrations(broken.adapter).catch((error: unknown) => error);
      expect(again).toBeInstanceOf(MigrationFailedError);
      expect((again as Error).message).toMatch(new RegExp(`^Migration ${name} failed: .*already exists\\. `));
    } finally {
      await broken.close();
    }
  });
});

describe('migration scripts', () => {
  // PostgreSQL's driver adapter runs a script as the pieces between its semicolons (PGlite runs it
  // whole), so a semicolon in a comment or a string breaks a migration on PostgreSQL only.
  it('have a semicolon only where a statement ends: none in a comment or a string (function bodies write \\x3b)', async () => {
    const directories = (await readdir(paths.migrations, { withFileTypes: true })).filter((entry) =>
      entry.isDirectory(),
    );
    expect(directories.length).toBeGreaterThan(10);
    for (const directory of directories) {
      const script = await readFile(join(paths.migrations, directory.name, 'migration.sql'), 'utf8');
      const lines = script.split('\n');
      const comments = lines.filter((line) => line.trimStart().startsWith('--'));
      expect(
        comments.filter((line) => line.includes(';')),
        `${directory.name}: comments with a semicolon`,
      ).toEqual([]);
      const code = lines.filter((line) => !line.trimStart().startsWith('--')).join('\n');
      const unbalanced = code.split(';').filter((piece) => (piece.match(/'/g)?.length ?? 0) % 2 === 1);
      expect(unbalanced, `${directory.name}: a string cut by a semicolon`).toEqual([]);
    }
  });
});

/**
 * The session's statement timeout. Under a 1 ms timeout even SHOW can be cancelled when the machine
 * is busy (SQLSTATE 57014), so it is asked again.
 */
async function statementTimeoutOf(database: Database): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      const [row] =
        await database.prisma.$queryRawUnsafe<Array<{ statement_timeout: string }>>('SHOW statement_timeout');
      return row?.statement_timeout;
    } catch (error) {
      if (attempt >= 20 || !/statement timeout/.test(String(error))) throw error;
    }
  }
}

describe.runIf(inject('databaseTemplate').kind === 'postgres')('migrations on PostgreSQL', () => {
  const created: string[] = [];
  const template = inject('databaseTemplate');
  const serverUrl = template.kind === 'postgres' ? template.serverUrl : '';
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const emptyDatabase = async (): Promise<DatabaseConfig> => {
    const name = `twinning_migrate_${process.pid}_${created.length}`;
    await admin(`DROP DATABASE IF EXISTS ${name}`);
    await admin(`CREATE DATABASE ${name}`);
    created.push(name);
    return { kind: 'postgres', url: withDatabase(serverUrl, name), poolSize: 2, statementTimeoutMs: 1 };
  };
  afterAll(async () => {
    for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('runs them without the statement timeout that bounds the API’s requests, which would stop them', async () => {
    const timed = await emptyDatabase();
    const database = await openDatabase(timed);
    try {
      await expect(applyMigrations(database.adapter)).rejects.toThrow(/statement timeout/);
    } finally {
      await database.close();
    }

    const config = await emptyDatabase();
    const server = await openDatabase(config);
    try {
      const { applied } = await applyMigrationsUntimed(config, server);
      const committed = (await readdir(paths.migrations, { withFileTypes: true })).filter((entry) =>
        entry.isDirectory(),
      );
      expect(applied).toHaveLength(committed.length);
      expect(await statementTimeoutOf(server)).toBe('1ms');
    } finally {
      await server.close();
    }
  });
});
