import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { applyMigrations } from '../../packages/server/src/db/migrations.ts';
import { seedDemoData } from '../../packages/server/src/db/seed/index.ts';

/** Where the prepared database lives: a PGlite data-dir dump, or a PostgreSQL template database. */
export type TemplateInfo =
  | { kind: 'pglite'; dumpPath: string }
  | { kind: 'postgres'; serverUrl: string; templateName: string };

export async function prepareTemplate(): Promise<{ info: TemplateInfo; teardown: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) return preparePostgresTemplate(url);
  const directory = await mkdtemp(join(tmpdir(), 'twinning-test-'));
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    await prepare(database);
    if (!database.dump) throw new Error('the embedded database cannot be dumped');
    const dump = await database.dump();
    const dumpPath = join(directory, 'template.tar.gz');
    await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
    return { info: { kind: 'pglite', dumpPath }, teardown: () => rm(directory, { recursive: true, force: true }) };
  } finally {
    await database.close();
  }
}

async function preparePostgresTemplate(url: string) {
  const templateName = `twinning_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
  await admin.query(`CREATE DATABASE ${templateName}`);
  const templateUrl = withDatabase(url, templateName);
  const database = await openDatabase({ kind: 'postgres', url: templateUrl, poolSize: 4 });
  try {
    await prepare(database);
  } catch (error) {
    // A migration that fails leaves no template database behind on the shared server.
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.end();
    throw error;
  }
  await database.close();
  return {
    info: { kind: 'postgres' as const, serverUrl: url, templateName },
    teardown: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
      await admin.end();
    },
  };
}

async function prepare(database: Awaited<ReturnType<typeof openDatabase>>) {
  await applyMigrations(database.adapter);
  await seedDemoData(database.prisma);
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
