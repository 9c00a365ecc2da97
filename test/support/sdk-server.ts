import type { Database } from '../../packages/server/src/db/database.ts';
import { contextFactory, createApp } from '../../packages/server/src/http/app.ts';
import { listen } from '../../packages/server/src/http/server.ts';
import { serveWebSockets } from '../../packages/server/src/http/websocket.ts';
import { createTestDatabase } from './database.ts';

export interface LiveServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:38211/graphql. */
  graphqlUrl: string;
  /** The same endpoint as ws://. */
  wsUrl: string;
  database: Database;
  close(): Promise<void>;
}

export interface LiveServerOptions {
  /**
   * Serve only these persisted documents (hash → text), refusing any request that carries
   * document text (TRUSTED_DOCUMENTS=only).
   */
  persistedDocuments?: Readonly<Record<string, string>>;
  /** Also answer graphql-ws (graphql-transport-ws) on the endpoint, as the server does. */
  webSocket?: boolean;
}

/** The real server on a loopback port, over a private copy of the demo database. */
export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const database = await createTestDatabase();
  const app = createApp({
    database,
    trustedDocuments: options.persistedDocuments ? { manifest: options.persistedDocuments, only: true } : undefined,
  });
  const running = await listen(app, '127.0.0.1', 0);
  const closeSockets = options.webSocket
    ? serveWebSockets(app, running.server, contextFactory(database, true))
    : async () => {};
  return {
    graphqlUrl: `${running.url}/graphql`,
    wsUrl: `${running.url.replace(/^http/, 'ws')}/graphql`,
    database,
    async close() {
      await closeSockets();
      await running.close();
      await database.close();
    },
  };
}
