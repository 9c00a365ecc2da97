import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { CHANGE_FIELDS, type FeedChange, post, recordVisit, twinningIdOf } from './support/feed.ts';
import { PrivateRedis, redisServerAvailable } from './support/redis.ts';
import { startLiveServer } from './support/sdk-server.ts';
import { Subscription, sseClient } from './support/subscriptions.ts';

/**
 * Two instances behind any load balancer: writes reach A, subscribers sit on B. Redis carries
 * only "something committed"; with the poll interval set to a minute, prompt delivery on B can
 * only come through Redis, and nothing may be lost when Redis goes away.
 * On PostgreSQL the instances are real server processes (`pnpm start`); on the embedded
 * database, which one process owns, they are two servers in this process sharing it.
 */
const POLL_MS = 60_000;
const onPostgres = Boolean(process.env.DATABASE_URL);
const SUBSCRIBE = `subscription($after: String) { changes(after: $after) { ${CHANGE_FIELDS} } }`;

interface Instance {
  graphqlUrl: string;
  stop(): Promise<void>;
}

describe.skipIf(!redisServerAvailable)(
  `two instances sharing ${onPostgres ? 'PostgreSQL (server processes)' : 'the embedded database (in-process)'} and Redis`,
  { timeout: 120_000 },
  () => {
    let database: TestDatabase;
    let redis: PrivateRedis;
    let a: Instance;
    let b: Instance;
    let admin: Record<string, string>;
    let viewer: Record<string, string>;
    let twinning: string;

    beforeAll(async () => {
      database = await createTestDatabase();
      redis = await PrivateRedis.start();
      admin = await apiKeyHeader(database, 'ADMIN');
      viewer = await apiKeyHeader(database, 'VIEWER');
      twinning = await twinningIdOf(database, '23074');
      [a, b] = await Promise.all([instance(database, redis.url), instance(database, redis.url)]);
    }, 120_000);
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await redis?.stop();
      await database?.close();
    });

    async function head(): Promise<string> {
      const result = await post<{ freshness: { sequence: string | null } }>(a.graphqlUrl, '{ freshness { sequence } }');
      return result.data?.freshness.sequence ?? '0';
    }

    it('subscribers on B receive every change written through A, in order and exactly once, woken through Redis', async () => {
      const client = sseClient(b.graphqlUrl, { headers: viewer });
      const feed = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: await head() });
      try {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const written: string[] = [];
        for (let index = 0; index < 10; index++) {
          written.push(await recordVisit(a.graphqlUrl, admin, twinning, `Through A ${index}`));
        }
        // Far sooner than B's one-minute poll: the wake-ups came through Redis.
        await feed.until((s) => s.data.length >= 10, 20_000, 'the ten changes');
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(feed.data.map((data) => data.changes.entityId)).toEqual(written);
        expect(new Set(feed.data.map((data) => data.changes.cursor)).size).toBe(10);
      } finally {
        feed.stop();
        await client.dispose();
      }
    });

    it('a subscriber that disconnects and resumes on B with its last cursor gets exactly what it missed', async () => {
      const first = sseClient(b.graphqlUrl, { headers: viewer });
      const feed = new Subscription<{ changes: FeedChange }>(first, SUBSCRIBE, { after: await head() });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await recordVisit(a.graphqlUrl, admin, twinning, 'Before the disconnect');
      await feed.until((s) => s.data.length >= 1, 20_000, 'the first change');
      const cursor = feed.data.at(-1)!.changes.cursor;
      feed.stop();
      await first.dispose();

      const missed: string[] = [];
      for (let index = 0; index < 5; index++) {
        missed.push(await recordVisit(a.graphqlUrl, admin, twinning, `While disconnected ${index}`));
      }
      const second = sseClient(b.graphqlUrl, { headers: viewer });
      const resumed = new Subscription<{ changes: FeedChange }>(second, SUBSCRIBE, { after: cursor });
      try {
        await resumed.until((s) => s.data.length >= 5, 20_000, 'the missed changes');
        const live = await recordVisit(a.graphqlUrl, admin, twinning, 'After resuming');
        await resumed.until((s) => s.data.length >= 6, 20_000, 'the live change');
        expect(resumed.data.map((data) => data.changes.entityId)).toEqual([...missed, live]);
      } finally {
        resumed.stop();
        await second.dispose();
      }
    });

    it('loses nothing while Redis restarts: changes written meanwhile arrive, in order, once it is back', async () => {
      const client = sseClient(b.graphqlUrl, { headers: viewer });
      const feed = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: await head() });
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await redis.stop();
        const written: string[] = [];
        for (let index = 0; index < 3; index++) {
          written.push(await recordVisit(a.graphqlUrl, admin, twinning, `During the Redis outage ${index}`));
        }
        await redis.start();
        // ioredis reconnects and re-subscribes on its own; the next commit wakes B.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        written.push(await recordVisit(a.graphqlUrl, admin, twinning, 'After Redis came back'));
        await feed.until((s) => s.data.length >= 4, 30_000, 'the four changes');
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(feed.data.map((data) => data.changes.entityId)).toEqual(written);
      } finally {
        feed.stop();
        await client.dispose();
      }
    });
  },
);

/** One server instance with Redis wake-ups and a one-minute poll. */
async function instance(database: TestDatabase, redisUrl: string): Promise<Instance> {
  if (!database.url) {
    const server = await startLiveServer({ database, redisUrl, pollIntervalMs: POLL_MS });
    return { graphqlUrl: server.graphqlUrl, stop: () => server.close() };
  }
  return serverProcess({
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    CHANGE_FEED_POLL_MS: String(POLL_MS),
    PORT: '0',
    HOST: '127.0.0.1',
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
    WEBHOOKS: 'false',
    LOG_LEVEL: 'info',
  });
}

/** `pnpm start` as an operator runs it: its own node process; resolves once it listens. */
async function serverProcess(environment: Record<string, string>): Promise<Instance> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  return {
    graphqlUrl,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
