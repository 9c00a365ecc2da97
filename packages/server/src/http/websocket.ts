import type { Server } from 'node:http';
import { type ExecutionArgs, parse } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { schema } from '../graph.ts';
import type { App, Authenticate } from './app.ts';
import { executeThroughApp, isStream, type OperationResult } from './operations.ts';

/** Ping interval: proxies close WebSockets that stay silent for about a minute. */
const KEEP_ALIVE_MS = 12_000;

/**
 * graphql-ws (graphql-transport-ws) on the same port and path as HTTP. Browsers cannot set headers
 * on a WebSocket, so the API key travels in connection_init's payload as `authorization`; a bad
 * key (or none, when PUBLIC_READ is off) is refused there with 4403. Every operation — query,
 * mutation or subscription — runs through the HTTP pipeline (`executeThroughApp`), so trusted
 * documents, limits and access rules are the same on both transports.
 */
export function serveWebSockets(
  app: App,
  server: Server,
  authenticate: Authenticate,
  { trustedDocuments = false }: { trustedDocuments?: boolean } = {},
): () => Promise<void> {
  const sockets = new WebSocketServer({ server, path: app.graphqlEndpoint });
  const options: ServerOptions<Record<string, unknown>, { authorization?: string }> = {
    onConnect: async (context) => {
      const authorization = context.connectionParams?.authorization;
      const headers = typeof authorization === 'string' ? { authorization } : undefined;
      try {
        await authenticate(requestWith(headers));
      } catch {
        return false;
      }
      context.extra.authorization = headers?.authorization;
      return true;
    },
    onSubscribe: async (context, _id, payload) => {
      const authorization = context.extra.authorization;
      const params = {
        // graphql-transport-ws requires document text in every message; with trusted documents
        // the hash names the document, as it does over HTTP, so the text is not passed on.
        query: trustedDocuments && persistedHash(payload.extensions) ? undefined : payload.query,
        operationName: payload.operationName ?? undefined,
        variables: payload.variables ?? undefined,
        extensions: payload.extensions ?? undefined,
      };
      const result = await executeThroughApp(app, params, requestWith(authorization ? { authorization } : undefined));
      // Refused before running (invalid, unknown persisted document, no key): an Error message.
      if (!isStream(result) && result.errors?.length && result.data === undefined) return [...result.errors];
      // graphql-ws picks execute or subscribe from the document; the work is already under way.
      return {
        schema,
        document: isStream(result) ? streamDocument : singleDocument,
        rootValue: { result } satisfies Prepared,
      } as ExecutionArgs;
    },
    execute: (args) => (args.rootValue as Prepared).result as ReturnType<NonNullable<ServerOptions['execute']>>,
    subscribe: (args) => (args.rootValue as Prepared).result as ReturnType<NonNullable<ServerOptions['subscribe']>>,
  };
  const disposable = useServer(options, sockets, KEEP_ALIVE_MS);
  return async () => {
    await disposable.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}

interface Prepared {
  result: OperationResult;
}

const streamDocument = parse('subscription { __typename }');
const singleDocument = parse('query { __typename }');

function persistedHash(extensions: Record<string, unknown> | null | undefined): string | undefined {
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

function requestWith(headers: Record<string, string> | undefined): Request {
  return new Request('http://websocket.local/graphql', { method: 'POST', headers });
}
