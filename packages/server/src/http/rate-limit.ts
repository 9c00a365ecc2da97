import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { requestIdOf } from './request-id.ts';

export interface RateLimits {
  /** Requests a minute from one client address; 0 turns the limit off. */
  perIpPerMinute: number;
  /** Requests a minute with one API key (one `Authorization` header); 0 turns the limit off. */
  perKeyPerMinute: number;
}

export const defaultRateLimits: RateLimits = { perIpPerMinute: 6_000, perKeyPerMinute: 6_000 };

// Probes must answer whatever a client does, or a load balancer would take a busy instance out.
const UNLIMITED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Token buckets, one per key: each holds up to `perMinute` tokens (the burst) and refills at
 * `perMinute` a minute. Full buckets are forgotten, so memory follows the clients active in the
 * last minute.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(private readonly perMinute: number) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes a token for `key`: 0 when there was one, else the milliseconds until there is. */
  take(key: string, now = Date.now()): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.ceil((1 - tokens) / this.perMs);
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > 10_000) this.forgetFull(now);
    return 0;
  }

  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/** One bucket a request takes a token from: its name and its size (and refill) a minute. */
export interface BucketTake {
  key: string;
  perMinute: number;
}

/** Where the buckets are kept: in this process, or in Redis, shared by every instance (rate-limit-redis.ts). */
export interface RateLimitStore {
  /** Takes a token from each bucket: 0 when every one had a token, else the milliseconds until all do. */
  take(buckets: BucketTake[]): Promise<number> | number;
  readonly description: string;
  close(): Promise<void>;
}

/** The buckets of this process alone: N instances behind a balancer allow N times the limit. */
export class InProcessRateLimits implements RateLimitStore {
  readonly description = 'in-process';
  private readonly bySize = new Map<number, TokenBuckets>();

  take(buckets: BucketTake[], now = Date.now()): number {
    let waitMs = 0;
    for (const { key, perMinute } of buckets) {
      let sized = this.bySize.get(perMinute);
      if (!sized) {
        sized = new TokenBuckets(perMinute);
        this.bySize.set(perMinute, sized);
      }
      waitMs = Math.max(waitMs, sized.take(key, now));
    }
    return waitMs;
  }

  async close(): Promise<void> {}
}

/**
 * Per-address and per-API-key rate limits, checked before a request is parsed: over either, the
 * answer is 429 with `Retry-After` (seconds) and the code RATE_LIMITED. The address is the
 * connection's (behind a load balancer, every request comes from it: turn the per-IP limit off there).
 */
export function rateLimitPlugin(
  limits: RateLimits = defaultRateLimits,
  store: RateLimitStore = new InProcessRateLimits(),
): Plugin {
  if (limits.perIpPerMinute === 0 && limits.perKeyPerMinute === 0) return {};
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (UNLIMITED_PATHS.has(url.pathname)) return;
      const buckets: BucketTake[] = [];
      if (limits.perIpPerMinute > 0) {
        buckets.push({ key: `ip:${clientAddress(serverContext)}`, perMinute: limits.perIpPerMinute });
      }
      const authorization = request.headers.get('authorization');
      if (authorization && limits.perKeyPerMinute > 0) {
        const hashed = createHash('sha256').update(authorization).digest('base64url');
        buckets.push({ key: `key:${hashed}`, perMinute: limits.perKeyPerMinute });
      }
      if (buckets.length === 0) return;
      const waitMs = await store.take(buckets);
      if (waitMs === 0) return;
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message: `Too many requests; retry after ${retryAfter} s.`,
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, requestId: requestIdOf(request) },
              },
            ],
          },
          { status: 429, headers: { 'retry-after': String(retryAfter) } },
        ),
      );
    },
  };
}

function clientAddress(serverContext: unknown): string {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'local';
}
