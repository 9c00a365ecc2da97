import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { assertValidSchema, GraphQLError } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { viewerFromRequest } from '../auth/viewer.ts';
import type { Database } from '../db/database.ts';
import { ChangeFeed } from '../events/change-feed.ts';
import { inProcessWakeups } from '../events/wakeups.ts';
import { schema } from '../graph.ts';
import type { Logger } from '../logger.ts';
import type { Context } from '../schema/context.ts';
import type { Viewer } from '../viewer.ts';
import { compiledReadsPlugin } from './compiled-reads.ts';
import { type CostLimits, costPlugin, defaultCostLimits } from './cost.ts';
import { DirectReads } from './direct-reads.ts';
import {
  databaseFailure,
  errorCodesPlugin,
  isCallerMistake,
  maskErrorKnowingDatabase,
  serviceUnavailableResponseError,
} from './errors.ts';
import { exportPlugin } from './export/endpoint.ts';
import { changeFeedWakeupsPlugin } from './feed-wakeups.ts';
import { graphiqlOptions, missingQueryPlugin, renderGraphiQLPage } from './graphiql.ts';
import { healthPlugin } from './health.ts';
import { queryLimitsPlugin } from './limits.ts';
import { metricsPlugin } from './metrics.ts';
import type { App } from './operations.ts';
import { printableArgumentsPlugin } from './printable-arguments.ts';
import { defaultRateLimits, type RateLimitStore, type RateLimits, rateLimitPlugin } from './rate-limit.ts';
import { readRoutingPlugin } from './read-routing.ts';
import { currentRequestId, requestIdPlugin } from './request-id.ts';
import { strictRequestParserPlugin } from './request-parser.ts';
import { sseSingleConnectionPlugin } from './sse.ts';
import { executionTimeoutPlugin } from './timeout.ts';

export type { App } from './operations.ts';

export interface AppOptions {
  database: Database;
  logger?: Logger;
  graphiql?: boolean;
  /** Let requests without an API key read (default true). */
  publicRead?: boolean;
  /**
   * Persisted documents (hash → document text), sent as `extensions.persistedQuery.sha256Hash`.
   * With `only`, the server runs nothing else: the SDK's documents become an allow-list.
   */
  trustedDocuments?: { manifest: Readonly<Record<string, string>>; only: boolean };
  /** This instance's live change feed (main.ts wires it to Redis); an in-process one when absent. */
  changeFeed?: ChangeFeed;
  /** What one request may cost, how long it may run and how often a client may send one. */
  limits?: RequestLimits;
  /** Where rate-limit buckets are kept (main.ts: Redis when REDIS_URL is set); this process's own when absent. */
  rateLimitStore?: RateLimitStore;
  /**
   * Answer queries of columns and plain joins with one JSON-building statement (http/compiled-reads.ts;
   * default true). Off, every query runs through the resolvers: the tests compare the two.
   */
  compiledReads?: boolean;
}

export interface RequestLimits {
  cost: CostLimits;
  rate: RateLimits;
  /** A query running longer is stopped with a TIMEOUT error; 0 turns this off. */
  executionTimeoutMs: number;
  /** Larger request bodies are refused with 413. */
  maxRequestBodyBytes: number;
}

export const defaultRequestLimits: RequestLimits = {
  cost: defaultCostLimits,
  rate: defaultRateLimits,
  executionTimeoutMs: 30_000,
  maxRequestBodyBytes: 4_000_000,
};

/** Who a request is from, refusing bad keys and, without PUBLIC_READ, anonymous callers. */
export type Authenticate = (request: Request) => Promise<Viewer>;

export function authenticator(database: Database, publicRead: boolean): Authenticate {
  return async (request) => {
    const viewer = await viewerFromRequest(database.prisma, request).catch((error: unknown) => {
      // The key could not be checked: the client should retry, not conclude its key is bad.
      throw databaseFailure(error) ? serviceUnavailableResponseError() : error;
    });
    if (!publicRead && viewer.role === 'ANONYMOUS') {
      throw new GraphQLError('This server requires an API key: send `Authorization: Bearer tg_…`.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return viewer;
  };
}

/** The whole HTTP API as a fetch handler: tests call `app.fetch` without opening a port. */
export function createApp({
  database,
  logger,
  graphiql = true,
  publicRead = true,
  trustedDocuments,
  changeFeed = new ChangeFeed({ db: database.prisma, wakeups: inProcessWakeups(), logger }),
  limits = defaultRequestLimits,
  rateLimitStore,
  compiledReads = true,
}: AppOptions): App {
  // A schema that cannot execute should stop the server at start, not fail every request.
  assertValidSchema(schema);
  const authenticate = authenticator(database, publicRead);
  // Not with replicas (the pipeline picks the database per request) nor where only persisted
  // documents may run (a direct read is keyed by the query's text).
  const directReads =
    compiledReads && !database.replicas && !trustedDocuments?.only
      ? new DirectReads({
          database,
          authenticate,
          maxCost: limits.cost.maxCost,
          maxRequestBodyBytes: limits.maxRequestBodyBytes,
          executionTimeoutMs: limits.executionTimeoutMs,
        })
      : undefined;
  const plugins: Plugin[] = [
    requestIdPlugin(),
    healthPlugin(database.prisma, database.replicas),
    metricsPlugin(() => directReads?.answered ?? 0),
    rateLimitPlugin(limits.rate, rateLimitStore),
    ...(directReads ? [directReads.plugin()] : []),
    strictRequestParserPlugin(limits.maxRequestBodyBytes),
    queryLimitsPlugin(),
    costPlugin(limits.cost),
    printableArgumentsPlugin(),
    // Before the timeout, which then bounds a compiled read as it bounds the resolvers.
    ...(compiledReads ? [compiledReadsPlugin(directReads?.remember)] : []),
    executionTimeoutPlugin(limits.executionTimeoutMs, directReads?.ranOutOfTime),
    errorCodesPlugin(),
    missingQueryPlugin(),
    changeFeedWakeupsPlugin(changeFeed),
    sseSingleConnectionPlugin(() => app),
    exportPlugin({ schema, graphqlEndpoint: '/graphql', manifest: trustedDocuments?.manifest }),
  ];
  if (database.replicas) plugins.push(readRoutingPlugin(database.replicas));
  if (trustedDocuments) {
    const { manifest, only } = trustedDocuments;
    plugins.push(
      usePersistedOperations({
        // An own property only: `__proto__` or `constructor` is not a stored document.
        getPersistedOperation: (hash) => (Object.hasOwn(manifest, hash) ? (manifest[hash] ?? null) : null),
        allowArbitraryOperations: !only,
      }),
    );
  }
  const app: App = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: { maskError: maskErrorKnowingDatabase },
    // Capped by strictRequestParserPlugin, without Yoga's second Request per body.
    maxRequestBodySize: false,
    graphiql: graphiql ? graphiqlOptions : false,
    renderGraphiQL: renderGraphiQLPage,
    logging: logger
      ? {
          debug: (...args) => logger.debug(describe(args), withRequestId()),
          info: (...args) => logger.info(describe(args), withRequestId()),
          warn: (...args) => logger.warn(describe(args), withRequestId()),
          error: (...args) =>
            args.length === 1 && isCallerMistake(args[0])
              ? logger.debug(`Answered with an error code: ${describe(args)}`, withRequestId())
              : logger.error(describe(args), withRequestId()),
        }
      : false,
    context: async ({ request }): Promise<Context> => ({
      db: database.prisma,
      viewer: await authenticate(request),
      changeFeed,
    }),
    plugins,
  });
  return app;
}

function withRequestId(): { requestId: string } | undefined {
  const requestId = currentRequestId();
  return requestId ? { requestId } : undefined;
}

// Unexpected errors keep their stack in the log; the client only sees "Unexpected error."
function describe(args: unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' ');
}
