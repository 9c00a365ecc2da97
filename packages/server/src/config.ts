import { resolve } from 'node:path';
import { z } from 'zod';
import { paths } from './paths.ts';

/** Every setting the server reads, parsed and validated once. The README's table mirrors this. */
export interface Config {
  database: DatabaseConfig;
  http: { host: string; port: number; graphiql: boolean };
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
}

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' }
  | { kind: 'postgres'; url: string; poolSize: number };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  DATABASE_URL: z.string().trim().optional(),
  PGLITE_DATA_DIR: z.string().trim().min(1).default('.data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GRAPHIQL: booleanFlag.default(true),
  MIGRATE_ON_START: booleanFlag.optional(),
  SEED_ON_START: booleanFlag.default(true),
  PUBLIC_READ: booleanFlag.default(true),
  TRUSTED_DOCUMENTS: z.enum(['off', 'accept', 'only']).default('accept'),
  TRUSTED_DOCUMENTS_FILE: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export function loadConfig(environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  const database = parseDatabase(env.DATABASE_URL, env.PGLITE_DATA_DIR, env.DATABASE_POOL_SIZE, cwd);
  return {
    database,
    http: { host: env.HOST, port: env.PORT, graphiql: env.GRAPHIQL },
    // A shared PostgreSQL is migrated deliberately (pnpm db:migrate); the embedded one migrates itself.
    migrateOnStart: env.MIGRATE_ON_START ?? database.kind !== 'postgres',
    seedOnStart: env.SEED_ON_START,
    publicRead: env.PUBLIC_READ,
    trustedDocuments: {
      mode: env.TRUSTED_DOCUMENTS,
      manifestPath: env.TRUSTED_DOCUMENTS_FILE ? resolve(cwd, env.TRUSTED_DOCUMENTS_FILE) : paths.sdkPersistedDocuments,
    },
    logLevel: env.LOG_LEVEL,
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
