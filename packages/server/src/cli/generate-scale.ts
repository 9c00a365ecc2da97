import { parseArgs } from 'node:util';
import pg from 'pg';
import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseUnavailableError, openDatabase, withoutStatementTimeout } from '../db/database.ts';
import { applyMigrations, MigrationFailedError } from '../db/migrations.ts';
import { derivedTables } from '../db/rollups.ts';
import { postgresConnection, prismaConnection } from '../db/scale/connection.ts';
import { generateScaleData, ScaleDataError, type ScaleSummary, scaleTables } from '../db/scale/generate.ts';
import { isScaleSizeName, type ScaleSize, scaleSizeNames, scaleSizes } from '../db/scale/sizes.ts';
import { isDatabaseSeeded, seedDemoData } from '../db/seed/index.ts';
import { createProgressReporter, type ProgressEvent } from './progress.ts';

const usage = `Usage: pnpm db:generate-scale [--size small|province|national] [--seed N]

Adds deterministic synthetic data on top of the administrative units and the demo dataset
(migrating and seeding first when the database is empty), for benchmarks:
${scaleSizeNames.map((name) => `  ${name.padEnd(9)} ${scaleSizes[name].what}`).join('\n')}

The same size and seed always give the same rows and IDs. A database holds one generated size:
running it again with the same size and seed does nothing; another size or seed is refused.
It runs as one transaction, which locks "Activity" (to load it without the rollup trigger) until
it commits: run it as the tables' owner, with no server reading the database.
The database is DATABASE_URL (PostgreSQL), or the embedded one in PGLITE_DATA_DIR (default ./.data).`;

class UsageError extends Error {}

async function main(): Promise<void> {
  const { size, seed } = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const started = performance.now();

  const database = await openDatabase(withoutStatementTimeout(config.database), { holder: 'pnpm db:generate-scale' });
  let summary: ScaleSummary;
  try {
    say(`Database: ${database.description}`);
    const { applied } = await applyMigrations(database.adapter);
    if (applied.length > 0) say(`Applied ${applied.length} migration(s)`);
    if (!(await isDatabaseSeeded(database.prisma))) {
      say('Loading the administrative units and the demo dataset first…');
      await seedDemoData(database.prisma, { log: say });
    }
    say(`Generating ${size.name} (seed ${seed}): ${size.what}`);
    const onProgress = withRate(createProgressReporter());
    if (config.database.kind === 'postgres') {
      summary = await generateOnPostgres(config.database.url, size, seed, onProgress);
    } else {
      summary = await database.prisma.$transaction(
        (tx) => generateScaleData(prismaConnection(tx), { size, seed, onProgress }),
        { maxWait: 30_000, timeout: 3_600_000 },
      );
      if (!summary.alreadyGenerated) await analyze((sql) => database.prisma.$executeRawUnsafe(sql));
    }
  } finally {
    await database.close();
  }
  if (summary.alreadyGenerated) {
    say(`This database already holds the ${size.name} data with seed ${seed}: nothing to do.`);
    return;
  }
  report(summary, performance.now() - started);
}

async function generateOnPostgres(
  url: string,
  size: ScaleSize,
  seed: number,
  onProgress: (event: ProgressEvent) => void,
): Promise<ScaleSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    let summary: ScaleSummary;
    try {
      summary = await generateScaleData(postgresConnection(client), { size, seed, onProgress });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    if (!summary.alreadyGenerated) await analyze((sql) => client.query(sql));
    return summary;
  } finally {
    await client.end();
  }
}

/** Statistics decide the plans, and autovacuum may be off: analyse what was loaded. */
async function analyze(run: (sql: string) => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run(`ANALYZE ${[...scaleTables, ...derivedTables].map((table) => `"${table}"`).join(', ')}`);
  say(`ANALYZE of the loaded tables: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function withRate(report: (event: ProgressEvent) => void): (event: ProgressEvent) => void {
  const phaseStarted = new Map<string, number>();
  return (event) => {
    const now = performance.now();
    if (!phaseStarted.has(event.phase)) phaseStarted.set(event.phase, now);
    const seconds = (now - phaseStarted.get(event.phase)!) / 1000;
    // A one-step phase (the rollups, the indexes) has a duration, not a rate.
    const rate =
      seconds > 0.05 && event.total > 1 ? `${Math.round(event.done / seconds).toLocaleString('en')}/s` : undefined;
    report({ ...event, rate });
  };
}

function report(summary: ScaleSummary, millis: number): void {
  const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
  const lines = summary.tables.map((table) =>
    table.rows === 0
      ? `  ${table.table.padEnd(22)} ${''.padStart(16)}  ${(table.millis / 1000).toFixed(1).padStart(6)} s`
      : `  ${table.table.padEnd(22)} ${table.rows.toLocaleString('en').padStart(11)} rows  ${(table.millis / 1000).toFixed(1).padStart(6)} s  ${rate(table.rows, table.millis).padStart(9)} rows/s`,
  );
  say(
    [
      `Generated ${summary.size} (seed ${summary.seed}): ${rows.toLocaleString('en')} rows in ${(summary.millis / 1000).toFixed(1)} s (${rate(rows, summary.millis)} rows/s); ${(millis / 1000).toFixed(1)} s in all`,
      ...lines,
    ].join('\n'),
  );
}

function rate(rows: number, millis: number): string {
  return millis > 0 ? Math.round((rows * 1000) / millis).toLocaleString('en') : '–';
}

function parseOptions(args: string[]): { size: ScaleSize; seed: number } {
  let values: { size?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { size: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (values.help) {
    say(usage);
    process.exit(0);
  }
  const sizeName = values.size ?? 'small';
  if (!isScaleSizeName(sizeName)) {
    throw new UsageError(`--size must be one of ${scaleSizeNames.join(', ')} (got "${sizeName}").\n\n${usage}`);
  }
  const seed = Number(values.seed ?? '1');
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new UsageError(`--seed must be a whole number ≥ 0 (got "${values.seed}").`);
  }
  return { size: scaleSizes[sizeName], seed };
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

try {
  await main();
} catch (error) {
  if (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof ScaleDataError ||
    error instanceof MigrationFailedError
  ) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
  throw error;
}
