import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { describeRedis } from '../events/wakeups.ts';
import type { Logger } from '../logger.ts';
import { type BucketTake, InProcessRateLimits, type RateLimitStore } from './rate-limit.ts';

/**
 * The token buckets of rate-limit.ts, in Redis: one atomic script takes a token from each of a
 * request's buckets (its address's, its key's) on Redis's clock, so every instance sharing the
 * Redis draws on the same budget and their clocks need not agree. A bucket is a hash of its tokens
 * and the millisecond they were counted, expiring once it would have refilled.
 */
const TAKE_TOKENS = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local wait = 0
for index, key in ipairs(KEYS) do
  local size = tonumber(ARGV[index])
  local perMs = size / 60000
  local stored = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(stored[1])
  local at = tonumber(stored[2])
  if tokens == nil or at == nil then
    tokens = size
    at = now
  end
  tokens = math.min(size, tokens + math.max(0, now - at) * perMs)
  if tokens < 1 then
    wait = math.max(wait, math.ceil((1 - tokens) / perMs))
  else
    tokens = tokens - 1
  end
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.ceil((size - tokens) / perMs) + 1000)
end
return wait
`;
const TAKE_TOKENS_SHA = createHash('sha1').update(TAKE_TOKENS).digest('hex');

export interface RedisRateLimitOptions {
  logger?: Logger;
  /** Prefix of the buckets' Redis keys (tests give each run its own). */
  keyPrefix?: string;
  /** A take Redis has not answered within this is served from this process's buckets. */
  timeoutMs?: number;
}

/**
 * Rate-limit buckets shared through Redis (REDIS_URL). Redis being down never refuses a request:
 * while it cannot be reached, or does not answer in time, this process's own buckets count
 * instead (so the limit is per instance again), with one warning until it is back.
 */
export class RedisRateLimits implements RateLimitStore {
  readonly description: string;
  private readonly client: Redis;
  private readonly fallback = new InProcessRateLimits();
  private readonly keyPrefix: string;
  private readonly logger: Logger | undefined;
  private fallingBack = false;

  constructor(url: string, { logger, keyPrefix = 'twinning:rate:', timeoutMs = 250 }: RedisRateLimitOptions = {}) {
    this.logger = logger;
    this.keyPrefix = keyPrefix;
    this.description = `Redis at ${describeRedis(url)}`;
    this.client = new Redis(url, {
      // A request waits on a take: never queue it while disconnected, never retry it.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: timeoutMs,
      retryStrategy: (times: number) => Math.min(times * 200, 2_000),
    });
    this.client.on('error', (error: Error) => this.fellBack(error.message));
    this.client.on('ready', () => {
      if (this.fallingBack) logger?.info(`Redis (${describeRedis(url)}) is back: rate limits are shared again.`);
      this.fallingBack = false;
    });
  }

  /** True while takes go to Redis. */
  get ready(): boolean {
    return this.client.status === 'ready';
  }

  async take(buckets: BucketTake[]): Promise<number> {
    if (this.client.status !== 'ready') {
      if (this.client.status !== 'connecting' || this.fallingBack) this.fellBack(`connection ${this.client.status}`);
      return this.fallback.take(buckets);
    }
    const keys = buckets.map((bucket) => `${this.keyPrefix}${bucket.key}`);
    const sizes = buckets.map((bucket) => String(bucket.perMinute));
    try {
      return Number(await this.evaluate(keys, sizes));
    } catch (error) {
      this.fellBack(error instanceof Error ? error.message : String(error));
      return this.fallback.take(buckets);
    }
  }

  private async evaluate(keys: string[], sizes: string[]): Promise<unknown> {
    try {
      return await this.client.evalsha(TAKE_TOKENS_SHA, keys.length, ...keys, ...sizes);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.client.eval(TAKE_TOKENS, keys.length, ...keys, ...sizes);
    }
  }

  private fellBack(reason: string): void {
    if (this.fallingBack) return;
    this.fallingBack = true;
    this.logger?.warn(
      `Rate limits: ${this.description} failed (${reason}); each instance counts its own requests until it is back.`,
    );
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
