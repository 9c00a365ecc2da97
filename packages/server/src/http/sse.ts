import { randomUUID } from 'node:crypto';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import type { Plugin } from 'graphql-yoga';
import { type App, executeThroughApp } from './operations.ts';

const TOKEN_HEADER = 'x-graphql-event-stream-token';
const TOKEN_PARAMETER = 'token';

/**
 * GraphQL over SSE in graphql-sse's single-connection mode on /graphql: the client reserves a
 * stream (PUT), opens it (GET with the token), then posts operations with the token and stops
 * them with DELETE; results of every operation arrive on the one stream, with a keep-alive
 * comment every 12 seconds. Requests without a token (distinct-connections mode, plain HTTP)
 * are left to Yoga. Operations run through the HTTP pipeline, with the API key of the request
 * that posts them. The reservations live in this instance's memory, so behind a load balancer
 * single-connection clients need sticky sessions; distinct connections need nothing.
 */
export function sseSingleConnectionPlugin(app: () => App): Plugin {
  const handle = createHandler({
    authenticate: (request) => tokenOf(request.raw, new URL(request.raw.url)) ?? randomUUID(),
    onSubscribe: (request, params) => executeThroughApp(app(), params, request.raw),
  });
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== app().graphqlEndpoint) return;
      const singleConnection =
        request.method === 'PUT' || request.method === 'DELETE' || tokenOf(request, url) !== undefined;
      if (!singleConnection) return;
      endResponse(await handle(request));
    },
  };
}

function tokenOf(request: Request, url: URL): string | undefined {
  return request.headers.get(TOKEN_HEADER) ?? url.searchParams.get(TOKEN_PARAMETER) ?? undefined;
}
