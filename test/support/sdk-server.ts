import type { Database } from '../../packages/server/src/db/database.ts';
import { ChangeFeed } from '../../packages/server/src/events/change-feed.ts';
import { inProcessWakeups, redisWakeups } from '../../packages/server/src/events/wakeups.ts';
import {
  WebhookDispatcher,
  type WebhookDispatcherOptions,
} from '../../packages/server/src/events/webhooks/dispatcher.ts';
import { authenticator, createApp, type RequestLimits } from '../../packages/server/src/http/app.ts';
import { listen } from '../../packages/server/src/http/server.ts';
import { serveWebSockets } from '../../packages/server/src/http/websocket.ts';
import { createTestDatabase } from './database.ts';

export interface LiveServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:38211/graphql. */
  graphqlUrl: string;
  /**
   * The fetch that reaches it: the global one for a server on a port; the app's own `fetch` for
   * one in-process (pass it to the SDK's `fetch` option).
   */
  fetch: typeof fetch;
  /** The same endpoint as ws://. */
  wsUrl: string;
  database: Database;
  /** Delivers webhooks, when the server was started with `webhooks`. */
  dispatcher: WebhookDispatcher | undefined;
  /** Requests received and not answered yet, open event streams aside (0 in-process). */
  requestsInFlight(): number;
  close(): Promise<void>;
}

export type WebhookTimings = Omit<WebhookDispatcherOptions, 'db' | 'wakeups' | 'logger' | 'enabled'>;

export interface LiveServerOptions {
  /**
   * Serve only these persisted documents (hash → text), refusing any request that carries
   * document text (TRUSTED_DOCUMENTS=only).
   */
  persistedDocuments?: Readonly<Record<string, string>>;
  /** Also answer graphql-ws (graphql-transport-ws) on the endpoint, as the server does. */
  webSocket?: boolean;
  /** Run a webhook dispatcher with these timings, wired as main.ts wires it. */
  webhooks?: WebhookTimings;
  /** Start over this database instead of a fresh copy of the demo database. */
  database?: Database;
  /** PUBLIC_READ (default true). */
  publicRead?: boolean;
  /** Wake other instances through this Redis (REDIS_URL), as main.ts does. */
  redisUrl?: string;
  /** CHANGE_FEED_POLL_MS. */
  pollIntervalMs?: number;
  /** Rate, cost and time limits (default: the server's defaults). */
  limits?: RequestLimits;
}

/** The real server on a loopback port, over a private copy of the demo database. */
export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  return startServer(options, true);
}

/**
 * The same server without a port: requests go straight to the app's `fetch` (HTTP semantics,
 * streams included, but no socket), for SDK tests that are not about the transport. It has no
 * WebSocket endpoint.
 */
export async function startInProcessServer(options: Omit<LiveServerOptions, 'webSocket'> = {}): Promise<LiveServer> {
  return startServer(options, false);
}

async function startServer(options: LiveServerOptions, onPort: boolean): Promise<LiveServer> {
  const database = options.database ?? (await createTestDatabase());
  const wakeups = options.redisUrl ? redisWakeups(options.redisUrl) : inProcessWakeups();
  const changeFeed = new ChangeFeed({ db: database.prisma, wakeups, pollIntervalMs: options.pollIntervalMs });
  const app = createApp({
    database,
    changeFeed,
    publicRead: options.publicRead ?? true,
    ...(options.limits ? { limits: options.limits } : {}),
    trustedDocuments: options.persistedDocuments ? { manifest: options.persistedDocuments, only: true } : undefined,
  });
  const dispatcher = options.webhooks
    ? new WebhookDispatcher({ db: database.prisma, wakeups, ...options.webhooks })
    : undefined;
  const running = onPort ? await listen(app, '127.0.0.1', 0) : undefined;
  dispatcher?.start();
  const closeSockets =
    running && options.webSocket
      ? serveWebSockets(app, running.server, authenticator(database, options.publicRead ?? true), {
          trustedDocuments: options.persistedDocuments !== undefined,
        })
      : async () => {};
  const url = running?.url ?? 'http://twinning.test';
  return {
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    fetch: running ? globalThis.fetch : async (input, init) => app.fetch(new Request(input, init)),
    database,
    dispatcher,
    requestsInFlight: () => running?.requestsInFlight ?? 0,
    async close() {
      await dispatcher?.stop();
      await changeFeed.close();
      await closeSockets();
      await running?.close();
      await wakeups.close();
      if (!options.database) await database.close();
    },
  };
}
