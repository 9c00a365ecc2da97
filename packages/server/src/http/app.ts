import { assertValidSchema, GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { viewerFromRequest } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { schema } from '../schema/index.ts';
import { exampleQuery } from './example-query.ts';
import { healthPlugin } from './health.ts';
import { queryLimitsPlugin } from './limits.ts';

export interface AppOptions {
  database: Database;
  logger?: Logger;
  graphiql?: boolean;
  /** Let requests without an API key read (default true). */
  publicRead?: boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The whole HTTP API as a fetch handler: tests call `app.fetch` without opening a port. */
export function createApp({ database, logger, graphiql = true, publicRead = true }: AppOptions): App {
  // A schema that cannot execute should stop the server at start, not fail every request.
  assertValidSchema(schema);
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
    context: async ({ request }) => {
      const viewer = await viewerFromRequest(database.prisma, request);
      if (!publicRead && viewer.role === 'ANONYMOUS') {
        throw new GraphQLError('This server requires an API key: send `Authorization: Bearer tg_…`.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      return { db: database.prisma, viewer };
    },
    plugins: [healthPlugin(database.prisma), queryLimitsPlugin()],
  });
}

// Unexpected errors keep their stack in the log; the client only sees "Unexpected error."
function describe(args: unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' ');
}
