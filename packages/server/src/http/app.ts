import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { assertValidSchema, GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { viewerFromRequest } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { schema } from '../schema/index.ts';
import { exampleQuery } from './example-query.ts';
import { healthPlugin } from './health.ts';
import { queryLimitsPlugin } from './limits.ts';
import { metricsPlugin } from './metrics.ts';

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
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** Builds a request's context: the same for HTTP and WebSocket, so keys and PUBLIC_READ apply alike. */
export type ContextFactory = (request: Request) => Promise<Context>;

export function contextFactory(database: Database, publicRead: boolean): ContextFactory {
  return async (request) => {
    const viewer = await viewerFromRequest(database.prisma, request);
    if (!publicRead && viewer.role === 'ANONYMOUS') {
      throw new GraphQLError('This server requires an API key: send `Authorization: Bearer tg_…`.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return { db: database.prisma, viewer };
  };
}

/** The whole HTTP API as a fetch handler: tests call `app.fetch` without opening a port. */
export function createApp({ database, logger, graphiql = true, publicRead = true, trustedDocuments }: AppOptions): App {
  // A schema that cannot execute should stop the server at start, not fail every request.
  assertValidSchema(schema);
  const buildContext = contextFactory(database, publicRead);
  const plugins: Plugin[] = [healthPlugin(database.prisma), metricsPlugin(), queryLimitsPlugin()];
  if (trustedDocuments) {
    const { manifest, only } = trustedDocuments;
    plugins.push(
      usePersistedOperations({
        getPersistedOperation: (hash) => manifest[hash] ?? null,
        allowArbitraryOperations: !only,
      }),
    );
  }
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiql ? { title: 'Twinning Graph', defaultQuery: exampleQuery } : false,
    logging: logger
      ? {
          debug: (...args) => logger.debug(describe(args)),
          info: (...args) => logger.info(describe(args)),
          warn: (...args) => logger.warn(describe(args)),
          error: (...args) => logger.error(describe(args)),
        }
      : false,
    context: ({ request }) => buildContext(request),
    plugins,
  });
}

// Unexpected errors keep their stack in the log; the client only sees "Unexpected error."
function describe(args: unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' ');
}
