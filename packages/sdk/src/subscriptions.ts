import { type Exchange, type ExecutionResult, stringifyDocument, subscriptionExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws/client';
import type { ResolvedOptions } from './options.ts';

export interface SubscriptionTransport {
  exchange: Exchange;
  /** Closes open streams or the socket. */
  dispose(): void;
}

/**
 * The exchange that carries `subscription` operations. Only browser-safe entry points are imported:
 * graphql-sse's client (bundled into the SDK, so its server half and `graphql` never load) and
 * `graphql-ws/client`; a Node WebSocket (`ws`) is injected by the caller, never imported here.
 */
export function createSubscriptionTransport(
  options: ResolvedOptions,
  headers: () => Record<string, string>,
): SubscriptionTransport | undefined {
  const subscriptions = options.subscriptions;
  if (subscriptions.transport === 'sse') {
    // Distinct-connections mode: one SSE response per operation at the GraphQL endpoint, which
    // graphql-yoga serves without any plugin.
    const client = createSseClient({
      url: options.url,
      headers,
      ...(options.fetch ? { fetchFn: options.fetch } : {}),
      retryAttempts: options.retries,
    });
    return {
      dispose: () => client.dispose(),
      exchange: subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe(sink) {
            // A persisted operation has no `query` (only its hash); graphql-sse posts the body as given.
            const unsubscribe = client.subscribe<ExecutionResult['data']>(
              request as Parameters<typeof client.subscribe>[0],
              {
                next: (value) => sink.next(value as ExecutionResult),
                error: (error) => sink.error(error),
                complete: () => sink.complete(),
              },
            );
            return { unsubscribe };
          },
        }),
      }),
    };
  }
  if (subscriptions.transport === 'ws') {
    const client = createWsClient({
      url: subscriptions.url,
      lazy: true,
      retryAttempts: options.retries,
      // Browsers cannot set headers on a WebSocket, so the key travels in the connection_init payload.
      connectionParams: () => {
        const { authorization, ...rest } = headers();
        return authorization ? { ...rest, authorization } : rest;
      },
      ...(subscriptions.webSocketImpl ? { webSocketImpl: subscriptions.webSocketImpl } : {}),
    });
    return {
      dispose: () => void client.dispose(),
      exchange: subscriptionExchange({
        forwardSubscription: (request, operation) => ({
          subscribe(sink) {
            // graphql-transport-ws requires `query` in every Subscribe message, so a persisted
            // operation still carries its text over the socket (alongside the hash extension).
            const query = request.query ?? stringifyDocument(operation.query);
            const unsubscribe = client.subscribe<ExecutionResult['data']>(
              { ...request, query },
              {
                next: (value) => sink.next(value as ExecutionResult),
                error: (error) => sink.error(error),
                complete: () => sink.complete(),
              },
            );
            return { unsubscribe };
          },
        }),
      }),
    };
  }
  return undefined;
}
