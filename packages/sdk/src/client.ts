import { Client, type Exchange, fetchExchange } from '@urql/core';
import { type AgencyHelpers, agencyHelpers } from './helpers/agencies.ts';
import { type AnalyticsHelpers, analyticsHelpers } from './helpers/analytics.ts';
import { type ChangeHelpers, changeHelpers } from './helpers/changes.ts';
import { type PlaceHelpers, placeHelpers } from './helpers/places.ts';
import { type WriteHelpers, writeHelpers } from './helpers/writes.ts';
import { resolveOptions, type TwinningClientOptions } from './options.ts';
import { persistedDocumentsExchange } from './persisted.ts';
import { createReadYourWrites } from './read-your-writes.ts';
import { createRequestCore, type RequestFunction, type SubscribeFunction } from './request.ts';
import { createSubscriptionTransport } from './subscriptions.ts';

/** A client for one Twinning Graph server. */
export interface TwinningClient extends PlaceHelpers, AgencyHelpers, AnalyticsHelpers, WriteHelpers, ChangeHelpers {
  /** Runs any typed document (the SDK's, or your own from `graphql()`/codegen) and returns its data. */
  request: RequestFunction;
  /** Runs a subscription document; iterate with `for await`, `break` to unsubscribe. */
  subscribe: SubscribeFunction;
  /** The underlying urql client, for urql's framework bindings (React, Vue, Svelte). */
  readonly urql: Client;
  /** Closes subscription streams and sockets. */
  close(): void;
}

/**
 * Creates a client. Options are checked here, so a wrong URL or retry count fails at once:
 *
 * ```ts
 * const twinning = createTwinningClient({ url: 'https://twinning.example.gov.vn/graphql', apiKey: process.env.TWINNING_KEY });
 * const dongGiang = await twinning.placeByCode('23074', '2024-01-01');
 * ```
 */
export function createTwinningClient(options: TwinningClientOptions): TwinningClient {
  const resolved = resolveOptions(options);
  const readYourWrites = createReadYourWrites();
  const headers = (): Record<string, string> => ({
    ...readYourWrites.headers(),
    ...resolved.headers,
    ...(resolved.apiKey ? { authorization: `Bearer ${resolved.apiKey}` } : {}),
  });
  const subscriptions = createSubscriptionTransport(resolved, headers);
  const exchanges: Exchange[] = [
    ...(resolved.persisted ? [persistedDocumentsExchange()] : []),
    readYourWrites.exchange,
    fetchExchange,
    ...(subscriptions ? [subscriptions.exchange] : []),
  ];
  const urql = new Client({
    url: resolved.url,
    exchanges,
    // Reads must see writes at once (bots, scripts); a dashboard that wants a cache adds urql's own.
    requestPolicy: 'network-only',
    // Always POST: one wire format for every operation (urql would otherwise send short queries as GET).
    preferGetMethod: false,
    fetchOptions: () => ({ headers: headers() }),
    ...(resolved.fetch ? { fetch: resolved.fetch } : {}),
  });
  const { request, subscribe } = createRequestCore(urql, {
    retries: resolved.retries,
    logger: resolved.logger,
    subscriptionsEnabled: subscriptions !== undefined,
  });
  return {
    request,
    subscribe,
    urql,
    close: () => subscriptions?.dispose(),
    ...placeHelpers(request),
    ...agencyHelpers(request),
    ...analyticsHelpers(request),
    ...writeHelpers(request),
    ...changeHelpers(request, subscribe),
  };
}
