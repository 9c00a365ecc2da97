import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { anonymousViewer, type Context } from '../context.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { schema } from '../schema/index.ts';
import { exampleQuery } from './example-query.ts';
import { healthPlugin } from './health.ts';

export interface AppOptions {
  database: Database;
  logger?: Logger;
  graphiql?: boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The whole HTTP API as a fetch handler: tests call `app.fetch` without opening a port. */
export function createApp({ database, logger, graphiql = true }: AppOptions): App {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiql ? { title: 'Twinning Graph', defaultQuery: exampleQuery } : false,
    logging: logger
      ? {
          debug: (...args) => logger.debug(args.map(String).join(' ')),
          info: (...args) => logger.info(args.map(String).join(' ')),
          warn: (...args) => logger.warn(args.map(String).join(' ')),
          error: (...args) => logger.error(args.map(String).join(' ')),
        }
      : false,
    context: () => ({ db: database.prisma, viewer: anonymousViewer }),
    plugins: [healthPlugin(database.prisma)],
  });
}
