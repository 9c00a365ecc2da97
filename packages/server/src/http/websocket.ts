import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { App, ContextFactory } from './app.ts';

/**
 * graphql-ws (graphql-transport-ws) on the same port and path as HTTP, through the app's own
 * envelop, so limits and plugins apply. Browsers cannot set headers on a WebSocket, so the API key
 * travels in connection_init's payload as `authorization`.
 */
export function serveWebSockets(app: App, server: Server, buildContext: ContextFactory): () => Promise<void> {
  const sockets = new WebSocketServer({ server, path: app.graphqlEndpoint });
  const disposable = useServer(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args as ExecutionArgs) as ReturnType<ExecuteFn>,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args as ExecutionArgs) as ReturnType<ExecuteFn>,
      onSubscribe: async (context, _id, payload) => {
        const authorization = context.connectionParams?.authorization;
        const request = new Request('http://websocket/graphql', {
          headers: typeof authorization === 'string' ? { authorization } : {},
        });
        const enveloped = app.getEnveloped({ request, params: payload });
        const document = enveloped.parse(payload.query);
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return errors;
        return {
          schema: enveloped.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await buildContext(request),
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
      },
    },
    sockets,
  );
  return async () => {
    await disposable.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}

type Enveloped = Pick<ReturnType<App['getEnveloped']>, 'execute' | 'subscribe'>;
type ExecuteFn = NonNullable<ServerOptions['execute']>;
