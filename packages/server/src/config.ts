import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { paths } from './paths.ts';

/** Every setting the server reads, parsed and validated once. The README's table mirrors this. */
export interface Config {
  database: DatabaseConfig;
  http: { host: string; port: number; graphiql: boolean };
  /** On SIGTERM/SIGINT, how long in-flight requests get to finish before their connections are cut. */
  shutdownGraceMs: number;
  /** Apply pending migrations when the server starts. */
  migrateOnStart: boolean;
  /** Load the demo dataset when the server starts on an empty database. */
  seedOnStart: boolean;
  /** Let requests without an API key read public data. */
  publicRead: boolean;
  /**
   * Persisted (trusted) documents: `accept` runs SDK documents sent by hash as well as any text;
   * `only` runs nothing but the documents in the manifest; `off` ignores hashes.
   */
  trustedDocuments: { mode: 'off' | 'accept' | 'only'; manifestPath: string };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Redis for cross-instance change-feed wake-ups; none for a single instance. */
  redisUrl: string | null;
  changeFeed: { pollIntervalMs: number };
  webhooks: {
    /** Deliver webhooks from this instance (one instance delivers at a time, by lease). */
    enabled: boolean;
    timeoutMs: number;
    /** First retry delay; doubles with each failure, with jitter, up to `retryMaxMs`. */
    retryBaseMs: number;
    retryMaxMs: number;
    /** An endpoint that has failed for this long is paused until resumed. */
    pauseAfterMs: number;
  };
  /** What one request may cost, how long it may run and how often a client may send one (http/app.ts). */
  limits: {
    cost: { maxCost: number; maxNodeIds: number };
    rate: { perIpPerMinute: number; perKeyPerMinute: number };
    executionTimeoutMs: number;
    maxRequestBodyBytes: number;
  };
}

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' }
  | {
      kind: 'postgres';
      url: string;
      poolSize: number;
      /** PostgreSQL ends any statement running longer (`statement_timeout`); 0 or absent: never. */
      statementTimeoutMs?: number;
      /** Streaming replicas that serve read-only requests (db/replicas.ts); empty: the primary serves all. */
      readReplicaUrls?: readonly string[];
    };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const MAX_DEFAULT_POOL_SIZE = 20;

/**
 * Two connections per core the server may run on. Most of a compiled read's work is done in
 * PostgreSQL: where the database shares the machine, more statements running at once than the
 * cores can serve only queue in its backends, behind which the server's one thread then waits too
 * (BENCHMARKS.md, "The pool"). At most 20, so that a few instances on large machines stay within
 * PostgreSQL's default `max_connections` of 100.
 */
export function defaultPoolSize(): number {
  return Math.min(2 * availableParallelism(), MAX_DEFAULT_POOL_SIZE);
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  DATABASE_URL: z.string().trim().optional(),
  PGLITE_DATA_DIR: z.string().trim().min(1).default('.data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(defaultPoolSize),
  DATABASE_READ_REPLICA_URLS: z.string().trim().optional(),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GRAPHIQL: booleanFlag.default(true),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  MIGRATE_ON_START: booleanFlag.optional(),
  SEED_ON_START: booleanFlag.default(true),
  PUBLIC_READ: booleanFlag.default(true),
  TRUSTED_DOCUMENTS: z.enum(['off', 'accept', 'only']).default('accept'),
  TRUSTED_DOCUMENTS_FILE: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .refine(
      (url) => !url || /^rediss?:\/\//.test(url),
      'must start with redis:// or rediss://, e.g. redis://127.0.0.1:6379',
    ),
  CHANGE_FEED_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  WEBHOOKS: booleanFlag.default(true),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(10_000),
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  MAX_QUERY_COST: z.coerce.number().int().min(1).max(10_000_000).default(5_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  MAX_REQUEST_BODY_BYTES: z.coerce.number().int().min(1_000).max(1_000_000_000).default(4_000_000),
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(0).max(10_000_000).default(6_000),
  RATE_LIMIT_PER_KEY: z.coerce.number().int().min(0).max(10_000_000).default(6_000),
  WEBHOOK_PAUSE_AFTER_HOURS: z.coerce
    .number()
    .min(0.001)
    .max(24 * 30)
    .default(24),
});

export function loadConfig(environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  const database = parseDatabase(env.DATABASE_URL, env.PGLITE_DATA_DIR, env.DATABASE_POOL_SIZE, cwd);
  const readReplicaUrls = parseReplicaUrls(env.DATABASE_READ_REPLICA_URLS);
  if (database.kind === 'postgres') {
    database.statementTimeoutMs = env.DATABASE_STATEMENT_TIMEOUT_MS;
    database.readReplicaUrls = readReplicaUrls;
  } else if (readReplicaUrls.length > 0) {
    throw new ConfigError(
      'DATABASE_READ_REPLICA_URLS needs a PostgreSQL primary (DATABASE_URL=postgresql://…): the embedded database has no replicas. Unset it, or set DATABASE_URL.',
    );
  }
  return {
    database,
    http: { host: env.HOST, port: env.PORT, graphiql: env.GRAPHIQL },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    // A shared PostgreSQL is migrated deliberately (pnpm db:migrate); the embedded one migrates itself.
    migrateOnStart: env.MIGRATE_ON_START ?? database.kind !== 'postgres',
    seedOnStart: env.SEED_ON_START,
    publicRead: env.PUBLIC_READ,
    trustedDocuments: {
      mode: env.TRUSTED_DOCUMENTS,
      manifestPath: env.TRUSTED_DOCUMENTS_FILE ? resolve(cwd, env.TRUSTED_DOCUMENTS_FILE) : paths.sdkPersistedDocuments,
    },
    logLevel: env.LOG_LEVEL,
    redisUrl: env.REDIS_URL || null,
    changeFeed: { pollIntervalMs: env.CHANGE_FEED_POLL_MS },
    webhooks: {
      enabled: env.WEBHOOKS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: env.WEBHOOK_RETRY_MAX_MS,
      pauseAfterMs: Math.round(env.WEBHOOK_PAUSE_AFTER_HOURS * 3_600_000),
    },
    limits: {
      cost: { maxCost: env.MAX_QUERY_COST, maxNodeIds: 100 },
      rate: { perIpPerMinute: env.RATE_LIMIT_PER_IP, perKeyPerMinute: env.RATE_LIMIT_PER_KEY },
      executionTimeoutMs: env.REQUEST_TIMEOUT_MS,
      maxRequestBodyBytes: env.MAX_REQUEST_BODY_BYTES,
    },
  };
}

function parseDatabase(url: string | undefined, dataDir: string, poolSize: number, cwd: string): DatabaseConfig {
  if (!url) return { kind: 'pglite', dataDir: resolve(cwd, dataDir) };
  if (url === 'memory:' || url === 'pglite://memory') return { kind: 'pglite-memory' };
  if (url.startsWith('pglite://')) return { kind: 'pglite', dataDir: resolve(cwd, url.slice('pglite://'.length)) };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a valid URL. Use postgresql://user:password@host:5432/database, or unset it to use the embedded database in ${dataDir}.`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//). Unset it to use the embedded database.`,
    );
  }
  if (!parsed.pathname || parsed.pathname === '/') {
    throw new ConfigError(
      'DATABASE_URL names no database: add one after the host, e.g. postgresql://localhost:5432/twinning.',
    );
  }
  return { kind: 'postgres', url, poolSize };
}

/** Comma-separated postgresql:// URLs, each naming its database like DATABASE_URL. */
function parseReplicaUrls(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(',').map((entry, index) => {
    const url = entry.trim();
    const which = `DATABASE_READ_REPLICA_URLS (entry ${index + 1})`;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(
        `${which} is not a valid URL: list the replicas as postgresql://user@host:5433/database, separated by commas.`,
      );
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      throw new ConfigError(`${which} must start with postgresql:// (got ${parsed.protocol}//).`);
    }
    if (!parsed.pathname || parsed.pathname === '/') {
      throw new ConfigError(
        `${which} names no database: add the primary's database after the host, e.g. postgresql://replica:5432/twinning.`,
      );
    }
    return url;
  });
}
