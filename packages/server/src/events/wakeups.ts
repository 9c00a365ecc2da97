import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

/**
 * "Something was committed to the outbox": the only thing instances tell each other. The outbox
 * is the truth and readers always read it, so a lost or duplicated wake-up costs at most one poll
 * interval of latency, never an event.
 */
export interface Wakeups {
  /** Tells every instance, this one included, to read the outbox. */
  publish(): void;
  /** Calls `onWake` on every wake-up; returns the unsubscriber. */
  subscribe(onWake: () => void): () => void;
  /** How wake-ups travel, for the start-up log line. */
  readonly description: string;
  close(): Promise<void>;
}

const TOPIC = 'twinning:change-feed:committed';

/** One process: wake-ups never leave it. */
export function inProcessWakeups(): Wakeups {
  const target = new EventTarget();
  return {
    description: 'in-process',
    publish: () => target.dispatchEvent(new Event(TOPIC)),
    subscribe(onWake) {
      target.addEventListener(TOPIC, onWake);
      return () => target.removeEventListener(TOPIC, onWake);
    },
    close: async () => {},
  };
}

/**
 * Several instances: wake-ups fan out through Redis pub/sub (graphql-yoga's Redis event target).
 * The local instance is woken directly too, so its own subscribers do not wait on Redis, and
 * a Redis outage only slows other instances down to their poll interval. ioredis reconnects
 * and re-subscribes by itself; publishing while disconnected is dropped, not queued.
 */
export function redisWakeups(url: string, logger?: Logger): Wakeups {
  const options = {
    lazyConnect: false,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  };
  const publishClient = new Redis(url, { ...options, enableOfflineQueue: false });
  const subscribeClient = new Redis(url, options);
  let reported = false;
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error: Error) => {
      if (reported) return;
      reported = true;
      logger?.warn(
        `Redis (${describeRedis(url)}): ${error.message}; the change feed falls back to polling until it is back.`,
      );
    });
    client.on('ready', () => {
      if (reported) logger?.info(`Redis (${describeRedis(url)}) is back.`);
      reported = false;
    });
  }
  const remote = createRedisEventTarget({ publishClient, subscribeClient });
  const local = new EventTarget();
  // Subscribed once, for the instance's life. A SUBSCRIBE sent while ioredis is between
  // connecting and ready can be lost, so it is sent again on every ready (it is idempotent).
  remote.addEventListener(TOPIC, () => local.dispatchEvent(new Event(TOPIC)));
  subscribeClient.on('ready', () => {
    subscribeClient.subscribe(TOPIC).catch(() => {});
  });
  return {
    description: `Redis at ${describeRedis(url)}`,
    publish() {
      local.dispatchEvent(new Event(TOPIC));
      if (publishClient.status !== 'ready') return;
      publishClient.publish(TOPIC, '').catch(() => {});
    },
    subscribe(onWake) {
      const listener = () => onWake();
      local.addEventListener(TOPIC, listener);
      return () => local.removeEventListener(TOPIC, listener);
    },
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

/** host:port of a Redis URL, without its password, for log lines. */
export function describeRedis(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    return 'the configured URL';
  }
}
