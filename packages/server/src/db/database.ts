import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient };

/** An open database: the Prisma client the API uses, and the adapter migrations run through. */
export interface Database {
  readonly prisma: PrismaClient;
  readonly adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Where the data lives, for log lines: "embedded (./.data)", "PostgreSQL 127.0.0.1:5432/test". */
  readonly description: string;
  /** The embedded database's files as a tarball (tests copy a prepared database this way). */
  readonly dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export interface OpenDatabaseOptions {
  /** Called with every SQL statement Prisma sends (used by the N+1 tests and debug logging). */
  onQuery?: (sql: string) => void;
  /** Embedded only: start from this tarball of a data directory (made by `dump`). */
  initialData?: Blob;
}

/** The one place that knows the driver adapters: everything else receives a `Database`. */
export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<Database> {
  const { adapter, description, dump, closeDriver } =
    config.kind === 'postgres'
      ? await postgresAdapter(config.url, config.poolSize)
      : await embeddedAdapter(config, options.initialData);
  const prisma = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (prisma as unknown as QueryEventSource).$on('query', (event) => onQuery(event.query));
  }
  return {
    prisma,
    adapter,
    description,
    dump,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

interface QueryEventSource {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

interface OpenedAdapter {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  description: string;
  dump?: () => Promise<Blob>;
  closeDriver(): Promise<void>;
}

async function embeddedAdapter(
  config: Extract<DatabaseConfig, { kind: 'pglite' | 'pglite-memory' }>,
  initialData: Blob | undefined,
): Promise<OpenedAdapter> {
  const dataDir = config.kind === 'pglite' ? config.dataDir : undefined;
  let pglite: PGlite;
  try {
    pglite = await openPglite(dataDir, initialData);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Could not open the embedded database in ${dataDir ?? 'memory'}: ${errorMessage(error)}. ` +
        'If another server is using that directory, stop it or set PGLITE_DATA_DIR to another path.',
    );
  }
  return {
    adapter: withShadowDatabase(new PrismaPGlite(pglite), async () => new PrismaPGlite(await openPglite()).connect()),
    description: dataDir ? `embedded PostgreSQL (PGlite) in ${dataDir}` : 'embedded PostgreSQL (PGlite) in memory',
    dump: async () => {
      const tarball = await pglite.dumpDataDir('gzip');
      return tarball;
    },
    closeDriver: () => pglite.close(),
  };
}

/** PGlite, with the extensions the migrations create. */
export function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
}

async function postgresAdapter(url: string, poolSize: number): Promise<OpenedAdapter> {
  const target = describePostgres(url);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // Connect once now so a wrong URL fails at start with a sentence, not at the first request.
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new DatabaseUnavailableError(
      `Could not connect to PostgreSQL at ${target}: ${errorMessage(error)}. ` +
        'Check that the server is running and DATABASE_URL (host, port, user, password, database) is right.',
    );
  }
  return {
    adapter: new PrismaPg(pool),
    description: `PostgreSQL at ${target}`,
    closeDriver: () => pool.end(),
  };
}

/** The PGlite adapter's own shadow database lacks our extensions; migrations need them. */
function withShadowDatabase(
  base: SqlMigrationAwareDriverAdapterFactory,
  connectToShadowDb: () => Promise<SqlDriverAdapter>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    connectToShadowDb,
  };
}

function describePostgres(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

export function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
