import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type OpenDatabaseOptions, openDatabase } from '../../packages/server/src/db/database.ts';
import { withDatabase } from './template.ts';

let counter = 0;

/** A test's database; `url` is set on PostgreSQL, where other processes can open it too. */
export type TestDatabase = Database & { url?: string };

/**
 * A private database for one test file, copied from the run's prepared template: an in-memory
 * PGlite by default, a fresh PostgreSQL database when DATABASE_URL is set.
 */
export async function createTestDatabase(options: OpenDatabaseOptions = {}): Promise<TestDatabase> {
  const template = inject('databaseTemplate');
  if (template.kind === 'pglite') {
    const dump = new Blob([await readFile(template.dumpPath)]);
    return openDatabase({ kind: 'pglite-memory' }, { ...options, initialData: dump });
  }
  const name = `twinning_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: template.serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.templateName}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(template.serverUrl, name);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 5 }, options);
  return {
    ...database,
    url,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: template.serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
