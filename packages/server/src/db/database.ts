import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import type { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { type EmbeddedDatabaseThread, startEmbeddedDatabaseThread } from './embedded/client.ts';
import { DataDirectoryInUseError, type DataDirectoryLock, lockDataDirectory } from './embedded/lock.ts';
import { withStatementRewrites } from './prisma-statements.ts';
import { ReadReplicas } from './replicas.ts';
import { SerialClient } from './serial-client.ts';
import { sendTextQueriesToPool } from './text-queries.ts';

export type { PrismaClient };

/** An open database: the Prisma client the API uses, and the adapter migrations run through. */
export interface Database {
  readonly prisma: PrismaClient;
  readonly adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Where the data lives, for log lines: "embedded (./.data)", "PostgreSQL 127.0.0.1:5432/test". */
  readonly description: string;
  /** The embedded database's files as a tarball (tests copy a prepared database this way). */
  readonly dump?: () => Promise<Blob>;
  /** A data directory's ownership (embedded, on disk): a server advertises itself through it. */
  readonly lock?: DataDirectoryLock;
  /** PostgreSQL's streaming replicas for read-only requests (DATABASE_READ_REPLICA_URLS); `prisma` is the primary. */
  readonly replicas?: ReadReplicas;
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
  /** Embedded data directory: who holds it, named to a second process that is refused (default `server`). */
  holder?: string;
  /** Open the configured read replicas (the server does; one-off commands work on the primary alone). */
  withReplicas?: boolean;
  /** Told when a read replica becomes reachable or unreachable. */
  onReplicaChange?: (message: string, streaming: boolean) => void;
}

/**
 * The same database for maintenance (migrations, bulk loads, rebuilds): without the statement
 * timeout, which bounds the API's requests, not a migration's backfill that takes minutes on a
 * national database.
 */
export function withoutStatementTimeout(config: DatabaseConfig): DatabaseConfig {
  return config.kind === 'postgres' ? { ...config, statementTimeoutMs: 0 } : config;
}

/** The one place that knows the driver adapters: everything else receives a `Database`. */
export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<Database> {
  const { adapter, description, dump, lock, pool, closeDriver } =
    config.kind === 'postgres'
      ? await postgresAdapter(config.url, config.poolSize, config.statementTimeoutMs)
      : await embeddedAdapter(config, options);
  const prisma = prismaClient(adapter, options);
  if (pool) sendTextQueriesToPool(prisma, pool, preparedStatementNames(), options.onQuery);
  const replicaUrls = config.kind === 'postgres' && options.withReplicas ? (config.readReplicaUrls ?? []) : [];
  let replicas: ReadReplicas | undefined;
  if (pool && config.kind === 'postgres' && replicaUrls.length > 0) {
    replicas = new ReadReplicas(
      pool,
      replicaUrls.map((url) => {
        // Unlike the primary's, a replica's pool is not tried at start: one that is down only means
        // the primary serves its reads until it answers.
        const replicaPool = postgresPool(url, config.poolSize, config.statementTimeoutMs, 2_000);
        const replicaPrisma = prismaClient(
          new PrismaPg(replicaPool, { statementNameGenerator: preparedStatementNames() }),
          options,
        );
        sendTextQueriesToPool(replicaPrisma, replicaPool, preparedStatementNames(), options.onQuery);
        return { target: describePostgres(url), pool: replicaPool, prisma: replicaPrisma };
      }),
      options.onReplicaChange,
    );
    await replicas.start();
  }
  return {
    prisma,
    adapter,
    description: replicas
      ? `${description}, with read replicas at ${replicaUrls.map(describePostgres).join(', ')}`
      : description,
    dump,
    lock,
    replicas,
    async close() {
      await replicas?.close();
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

function prismaClient(
  adapter: SqlMigrationAwareDriverAdapterFactory | PrismaPg,
  options: OpenDatabaseOptions,
): PrismaClient {
  const prisma = new PrismaClient({
    adapter: withStatementRewrites(adapter),
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (prisma as unknown as QueryEventSource).$on('query', (event) => onQuery(event.query));
  }
  return prisma;
}

interface QueryEventSource {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

interface OpenedAdapter {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  description: string;
  dump?: () => Promise<Blob>;
  lock?: DataDirectoryLock;
  /** The connection pool under the adapter: the replicas' monitor asks the primary for its WAL position, compiled reads send their statements on it. */
  pool?: pg.Pool;
  closeDriver(): Promise<void>;
}

async function embeddedAdapter(
  config: Extract<DatabaseConfig, { kind: 'pglite' | 'pglite-memory' }>,
  options: OpenDatabaseOptions,
): Promise<OpenedAdapter> {
  if (config.kind === 'pglite') return dataDirectoryAdapter(config.dataDir, options);
  let pglite: PGlite;
  try {
    pglite = await openPglite(options.initialData);
  } catch (error) {
    throw new DatabaseUnavailableError(`Could not open an embedded database in memory: ${errorMessage(error)}.`);
  }
  // In memory (the tests, throw-away databases) PGlite stays on this thread: no other process can
  // reach it, and a test waits for its own queries anyway. `pnpm start` uses a data directory.
  return {
    adapter: withShadowDatabase(await pgliteAdapter(pglite), connectToShadowPglite),
    description: 'embedded PostgreSQL (PGlite) in memory',
    dump: async () => pglite.dumpDataDir('gzip'),
    closeDriver: () => pglite.close(),
  };
}

/**
 * A data directory is owned by one process (the lock) and served by PGlite on a worker thread
 * over the PostgreSQL protocol, so a long query never holds up this thread's HTTP traffic; Prisma
 * reaches it through the same `pg` adapter as a real PostgreSQL.
 */
async function dataDirectoryAdapter(dataDir: string, options: OpenDatabaseOptions): Promise<OpenedAdapter> {
  let lock: DataDirectoryLock;
  try {
    lock = await lockDataDirectory(dataDir, options.holder ?? 'server');
  } catch (error) {
    if (error instanceof DataDirectoryInUseError) throw new DatabaseUnavailableError(error.message);
    throw new DatabaseUnavailableError(`Could not use ${dataDir} for the embedded database: ${errorMessage(error)}.`);
  }
  let thread: EmbeddedDatabaseThread;
  try {
    thread = await startEmbeddedDatabaseThread(dataDir, options.initialData);
  } catch (error) {
    await lock.release();
    throw new DatabaseUnavailableError(
      `Could not open the embedded database in ${dataDir}: ${errorMessage(error)}. ` +
        'If the directory holds something else, set PGLITE_DATA_DIR to another path.',
    );
  }
  return {
    adapter: withShadowDatabase(new PrismaPg(thread.pool), connectToShadowPglite),
    pool: thread.pool,
    description: `embedded PostgreSQL (PGlite, on its own thread) in ${dataDir}`,
    dump: () => thread.dump(),
    lock,
    closeDriver: async () => {
      try {
        await thread.close();
      } finally {
        await lock.release();
      }
    },
  };
}

/** Migrations' scratch database: a throw-away in-memory PGlite with the same extensions. */
async function connectToShadowPglite(): Promise<SqlDriverAdapter> {
  return (await pgliteAdapter(await openPglite())).connect();
}

// PGlite and its adapter are loaded on first use: a server on PostgreSQL never needs them (they
// held 3 MB of its heap after start).

/** PGlite in memory, with the extensions the migrations create. */
export async function openPglite(loadDataDir?: Blob): Promise<PGlite> {
  const [pglite, trigram] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  return pglite.PGlite.create({ loadDataDir, extensions: { pg_trgm: trigram.pg_trgm } });
}

/** Prisma's driver adapter over an in-memory PGlite. */
export async function pgliteAdapter(database: PGlite): Promise<PrismaPGlite> {
  const adapter = await import('pglite-prisma-adapter');
  return new adapter.PrismaPGlite(database);
}

async function postgresAdapter(url: string, poolSize: number, statementTimeoutMs = 0): Promise<OpenedAdapter> {
  const target = describePostgres(url);
  const pool = postgresPool(url, poolSize, statementTimeoutMs);
  // Connect once now so a wrong URL fails at start with a sentence, not at the first request.
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    // Stopped by the statement timeout, the probe still shows the server up and letting us in.
    if (!isStatementTimeout(error)) {
      await pool.end();
      throw new DatabaseUnavailableError(
        `Could not connect to PostgreSQL at ${target}: ${errorMessage(error)}. ` +
          'Check that the server is running and DATABASE_URL (host, port, user, password, database) is right.',
      );
    }
  }
  return {
    adapter: new PrismaPg(pool, { statementNameGenerator: preparedStatementNames() }),
    description: `PostgreSQL at ${target}`,
    pool,
    closeDriver: () => pool.end(),
  };
}

const isStatementTimeout = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '57014';

/** How long a pooled PostgreSQL connection may sit idle before it is closed. */
const IDLE_CONNECTION_MS = 5 * 60_000;
/** How long a pooled PostgreSQL connection lives at most; it is closed once idle after that. */
const CONNECTION_LIFETIME_S = 60 * 60;

function postgresPool(url: string, poolSize: number, statementTimeoutMs = 0, connectTimeoutMs = 10_000): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    // JIT compiles a statement whose estimated cost passes jit_above_cost, taking 100 ms and more:
    // a compiled read's lists of a JSON array are each guessed at 100 rows, so a scorecard of a few
    // dozen rows was estimated above the threshold and compiled on every request.
    options: '-c jit=off',
    // A connection kept through a quiet spell keeps its prepared statements and their plans; a new
    // one first loads the catalog, then parses each statement again and plans it afresh for its
    // first five runs. pg closes idle connections after 10 s: eight scorecards asked at once after
    // 12 s of quiet took up to 300 ms on new connections, and under 70 ms on kept ones.
    idleTimeoutMillis: IDLE_CONNECTION_MS,
    // Still renewed now and then: a long-lived server process grows with every statement it caches.
    maxLifetimeSeconds: CONNECTION_LIFETIME_S,
    Client: SerialClient,
  });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

/**
 * Marks a statement that PostgreSQL must plan for its arguments on every run. A prepared statement
 * runs on a generic plan from its sixth run when that plan's estimate is no worse, and a generic
 * plan cannot see how many rows a date range or a category selects: a support summary over days
 * cutting months went from 270–290 ms to 420–480 ms on it, nationally.
 */
export const PLANNED_PER_RUN = '/* planned per run */';

/**
 * Names each distinct statement text, so that pg prepares it once per connection and afterwards
 * only binds and executes it: PostgreSQL skips parsing it again (PostGraphile does the same). Only
 * the first `limit` texts get a name: statements whose text varies without end (an `IN` list of
 * every length) then run unnamed, as before, rather than piling up on every connection. A
 * statement holding `PLANNED_PER_RUN` runs unnamed too, so each run is parsed and planned afresh.
 */
export function preparedStatementNames(limit = 2_000): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit || sql.includes(PLANNED_PER_RUN)) return '';
    const name = `tg_${createHash('sha1').update(sql).digest('base64url')}`;
    names.set(sql, name);
    return name;
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
