import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { createApp, defaultRequestLimits } from '../packages/server/src/http/app.ts';
import type { RateLimits } from '../packages/server/src/http/rate-limit.ts';
import { RedisRateLimits } from '../packages/server/src/http/rate-limit-redis.ts';
import { listen, type RunningServer } from '../packages/server/src/http/server.ts';
import type { Logger } from '../packages/server/src/logger.ts';
import { createTestDatabase } from './support/database.ts';
import { freePort, PrivateRedis, redisServerAvailable } from './support/redis.ts';

const redisUrl = process.env.REDIS_URL;

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A server instance on a loopback port whose rate-limit buckets live in `store`. */
interface Instance {
  running: RunningServer;
  store: RedisRateLimits;
  warnings: string[];
  infos: string[];
}

const started: Instance[] = [];
afterAll(async () => {
  for (const instance of started) {
    await instance.running.close();
    await instance.store.close();
  }
});

async function instance(url: string, rate: RateLimits, keyPrefix: string): Promise<Instance> {
  const warnings: string[] = [];
  const infos: string[] = [];
  const logger: Logger = {
    debug: () => {},
    info: (message) => infos.push(message),
    warn: (message) => warnings.push(message),
    error: (message) => warnings.push(message),
  };
  const store = new RedisRateLimits(url, { logger, keyPrefix });
  const app = createApp({ database, logger, limits: { ...defaultRequestLimits, rate }, rateLimitStore: store });
  const running = await listen(app, '127.0.0.1', 0);
  const created = { running, store, warnings, infos };
  started.push(created);
  return created;
}

function ask(target: Instance): Promise<Response> {
  return fetch(`${target.running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ freshness { sequence } }' }),
  });
}

async function statusOf(target: Instance): Promise<number> {
  const response = await ask(target);
  await response.arrayBuffer();
  return response.status;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A take that reached Redis leaves its bucket there (redis-cli comes with redis-server). */
function bucketsIn(url: string, keyPrefix: string): string[] {
  const listed = spawnSync('redis-cli', ['-u', url, '--scan', '--pattern', `${keyPrefix}*`], { encoding: 'utf8' });
  return listed.stdout.split('\n').filter((line) => line.length > 0);
}

describe.skipIf(!redisUrl)('rate limits shared through Redis (REDIS_URL)', () => {
  it('gives two instances sharing one Redis one budget, where each alone would allow it all', async () => {
    const keyPrefix = `test:rate:${randomUUID()}:`;
    const rate = { perIpPerMinute: 4, perKeyPerMinute: 0 };
    const [first, second] = [await instance(redisUrl!, rate, keyPrefix), await instance(redisUrl!, rate, keyPrefix)];
    await until(() => first!.store.ready && second!.store.ready, 'both instances to reach Redis');
    const statuses = [];
    for (const target of [first!, second!, first!, second!, first!, second!]) statuses.push(await statusOf(target));
    // Four tokens a minute for the one address, whichever instance it reaches.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect([...first!.warnings, ...second!.warnings]).toEqual([]);
  });

  it('says in Retry-After when the shared bucket has a token again, and serves after that wait', async () => {
    const keyPrefix = `test:rate:${randomUUID()}:`;
    const slow = { perIpPerMinute: 2, perKeyPerMinute: 0 };
    const [first, second] = [await instance(redisUrl!, slow, keyPrefix), await instance(redisUrl!, slow, keyPrefix)];
    await until(() => first!.store.ready && second!.store.ready, 'both instances to reach Redis');
    expect([await statusOf(first!), await statusOf(first!)]).toEqual([200, 200]);
    // Two a minute refill one token every 30 s: the other instance knows the bucket is empty.
    const refused = await ask(second!);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }],
    });

    // At 120 a minute a token comes every 500 ms: empty the bucket, wait as told, and be served.
    const fastPrefix = `test:rate:${randomUUID()}:`;
    const fast = { perIpPerMinute: 120, perKeyPerMinute: 0 };
    const [third, fourth] = [await instance(redisUrl!, fast, fastPrefix), await instance(redisUrl!, fast, fastPrefix)];
    await until(() => third!.store.ready && fourth!.store.ready, 'both instances to reach Redis');
    let response = await ask(third!);
    for (let sent = 0; sent < 500 && response.status === 200; sent++) {
      await response.arrayBuffer();
      response = await ask(sent % 2 === 0 ? fourth! : third!);
    }
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBe(1);
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1_000));
    expect(await statusOf(fourth!)).toBe(200);
  });
});

describe('rate limits when Redis cannot be reached', () => {
  it('serves every request, counts them in the instance itself, and warns once', async () => {
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    const target = await instance(nobody, { perIpPerMinute: 3, perKeyPerMinute: 0 }, 'test:rate:');
    await until(() => target.warnings.length > 0, 'the warning');
    const statuses = [];
    for (let request = 0; request < 4; request++) statuses.push(await statusOf(target));
    // No 5xx: the instance's own buckets apply the limit.
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(target.warnings).toHaveLength(1);
    expect(target.warnings[0]).toMatch(/Rate limits: Redis at 127\.0\.0\.1:\d+ failed .*each instance counts its own/);
  });

  it.skipIf(!redisServerAvailable)(
    'keeps serving when Redis stops mid-way, and shares the budget again once it is back',
    async () => {
      const redis = await PrivateRedis.start();
      try {
        const keyPrefix = `test:rate:${randomUUID()}:`;
        const target = await instance(redis.url, { perIpPerMinute: 1_000, perKeyPerMinute: 0 }, keyPrefix);
        await until(() => target.store.ready, 'the instance to reach Redis');
        expect(await statusOf(target)).toBe(200);
        expect(bucketsIn(redis.url, keyPrefix)).toEqual([`${keyPrefix}ip:127.0.0.1`]);

        await redis.stop();
        const statuses = [];
        for (let request = 0; request < 5; request++) statuses.push(await statusOf(target));
        expect(statuses).toEqual([200, 200, 200, 200, 200]);
        await until(() => target.warnings.length > 0, 'the warning');
        expect(target.warnings).toHaveLength(1);

        await redis.start();
        await until(() => target.store.ready, 'the instance to reach Redis again');
        expect(target.infos.some((line) => line.includes('is back'))).toBe(true);
        expect(await statusOf(target)).toBe(200);
        // Nothing was persisted: the bucket there now is the one the last request took from.
        expect(bucketsIn(redis.url, keyPrefix)).toEqual([`${keyPrefix}ip:127.0.0.1`]);
      } finally {
        await redis.stop();
      }
    },
  );
});
