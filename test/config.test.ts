import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../packages/server/src/config.ts';
import { DatabaseUnavailableError, openDatabase } from '../packages/server/src/db/database.ts';

describe('configuration', () => {
  it('defaults to the embedded database in ./.data on port 4000', () => {
    const config = loadConfig({}, '/srv/twinning');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/srv/twinning/.data' });
    expect(config.http.port).toBe(4000);
    expect(config.migrateOnStart).toBe(true);
  });

  it('uses PostgreSQL for a postgresql:// URL and does not migrate it on start unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/twinning', DATABASE_POOL_SIZE: '25' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db:5432/twinning',
      poolSize: 25,
      statementTimeoutMs: 30_000,
      readReplicaUrls: [],
    });
    expect(config.migrateOnStart).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/twinning', MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(
      true,
    );
  });

  it('sizes the pool to the cores the server may run on unless DATABASE_POOL_SIZE says otherwise', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://db:5432/twinning' });
    expect(config.database).toMatchObject({ kind: 'postgres', poolSize: Math.min(2 * availableParallelism(), 20) });
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://db:5432/twinning', DATABASE_POOL_SIZE: '0' })).toThrow(
      /DATABASE_POOL_SIZE/,
    );
  });

  it('explains a malformed DATABASE_URL instead of failing later', () => {
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/twinning' })).toThrow(/must start with postgresql:\/\//);
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://db:5432' })).toThrow(/names no database/);
  });

  it('reads the streaming replicas from DATABASE_READ_REPLICA_URLS, comma-separated', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://db:5432/twinning',
      DATABASE_READ_REPLICA_URLS: ' postgresql://replica-1:5432/twinning , postgresql://replica-2:5433/twinning',
    });
    expect(config.database).toMatchObject({
      readReplicaUrls: ['postgresql://replica-1:5432/twinning', 'postgresql://replica-2:5433/twinning'],
    });
  });

  it('explains a bad replica URL, and that the embedded database has no replicas', () => {
    const primary = 'postgresql://db:5432/twinning';
    expect(() =>
      loadConfig({ DATABASE_URL: primary, DATABASE_READ_REPLICA_URLS: 'postgresql://r:5432/twinning,,' }),
    ).toThrow(/DATABASE_READ_REPLICA_URLS \(entry 2\) is not a valid URL/);
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_READ_REPLICA_URLS: 'mysql://r/twinning' })).toThrow(
      /must start with postgresql:\/\//,
    );
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_READ_REPLICA_URLS: 'postgresql://r:5432' })).toThrow(
      /names no database/,
    );
    expect(() => loadConfig({ DATABASE_READ_REPLICA_URLS: 'postgresql://r:5432/twinning' })).toThrow(
      /the embedded database has no replicas/,
    );
  });

  it('names every bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty', GRAPHIQL: 'maybe' })).toThrow(/PORT[\s\S]*GRAPHIQL|GRAPHIQL[\s\S]*PORT/);
  });

  it('says where PostgreSQL could not be reached, with what to check', async () => {
    const attempt = openDatabase({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:1/nowhere', poolSize: 1 });
    await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/127\.0\.0\.1:1\/nowhere.*Check that the server is running/);
  });
});
