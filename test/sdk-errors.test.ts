import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, describe, expect, inject, it } from 'vitest';
import persistedDocuments from '../packages/sdk/src/generated/persisted-documents.json' with { type: 'json' };
import { GAPS_PAGE } from '../packages/sdk/src/helpers/analytics.ts';
import {
  createTwinningClient,
  GapsDocument,
  GraphQLRequestError,
  QueryTooCostlyError,
  RateLimitedError,
  ServiceUnavailableError,
  SupportByCommuneDocument,
  SupportSummaryDocument,
  TimeoutError,
  TwinningError,
  type TwinningLogEvent,
} from '../packages/sdk/src/index.ts';
import { createApiKey } from '../packages/server/src/auth/api-keys.ts';
import { schema } from '../packages/server/src/graph.ts';
import { defaultRequestLimits, type RequestLimits } from '../packages/server/src/http/app.ts';
import { defaultCostLimits, operationCost } from '../packages/server/src/http/cost.ts';
import { createTestDatabase } from './support/database.ts';
import { type LiveServer, startInProcessServer } from './support/sdk-server.ts';

const servers: LiveServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function serverWith(limits: Partial<RequestLimits>): Promise<LiveServer> {
  const server = await startInProcessServer({ limits: { ...defaultRequestLimits, ...limits } });
  servers.push(server);
  return server;
}

function clientOf(server: LiveServer, options: { retries?: number } = {}) {
  const events: TwinningLogEvent[] = [];
  const client = createTwinningClient({
    url: server.graphqlUrl,
    fetch: server.fetch,
    logger: (event) => events.push(event),
    ...options,
  });
  return { client, events };
}

/** Sends plain requests from this address until the server refuses one. */
async function emptyTheBucket(server: LiveServer): Promise<void> {
  for (let sent = 0; sent < 1_000; sent++) {
    const response = await server.fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ freshness { sequence } }' }),
    });
    await response.arrayBuffer();
    if (response.status === 429) return;
  }
  throw new Error('The server never refused a request');
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

const freshness = { query: SupportSummaryDocument, variables: { groupBy: ['YEAR' as const], first: 10 } };

describe('a partner over the rate limit', () => {
  it('gets a RateLimitedError with the seconds to wait, and no retry when the wait is longer than the client waits', async () => {
    // Two a minute: a token every 30 s.
    const server = await serverWith({ rate: { perIpPerMinute: 2, perKeyPerMinute: 0 } });
    const { client, events } = clientOf(server, { retries: 2 });
    await emptyTheBucket(server);
    const error = await failure(client.request(freshness.query, freshness.variables));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toBeInstanceOf(TwinningError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryable: true });
    // Up to 30 s (less when emptying the bucket took a while): longer than the client waits by itself.
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(8);
    expect((error as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(30);
    expect(events.filter((event) => event.type === 'retry')).toEqual([]);
    client.close();
  });

  it('is answered after the client waits out Retry-After by itself', async () => {
    // 12 a minute: a token every 5 s, Retry-After 5 s — long enough that no token comes back
    // between emptying the bucket and the request, however slow the machine.
    const server = await serverWith({ rate: { perIpPerMinute: 12, perKeyPerMinute: 0 } });
    const { client, events } = clientOf(server, { retries: 2 });
    await emptyTheBucket(server);
    const data = await client.request(freshness.query, freshness.variables);
    expect(data.supportSummary.nodes.length).toBeGreaterThan(0);
    const retries = events.filter((event) => event.type === 'retry');
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries[0]).toMatchObject({ delayMs: 5_000, reason: expect.stringMatching(/Too many requests/) });
    client.close();
  });

  it('is not retried with retries: 0', async () => {
    const server = await serverWith({ rate: { perIpPerMinute: 12, perKeyPerMinute: 0 } });
    const { client, events } = clientOf(server, { retries: 0 });
    await emptyTheBucket(server);
    const error = await failure(client.request(freshness.query, freshness.variables));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 5 });
    expect(events.filter((event) => event.type === 'retry')).toEqual([]);
    client.close();
  });
});

describe('a partner asking too much', () => {
  it('gets a QueryTooCostlyError with the cost and the limit when a query costs more than the server allows', async () => {
    const server = await serverWith({ cost: { ...defaultRequestLimits.cost, maxCost: 100 } });
    const { client, events } = clientOf(server);
    const error = await failure(client.request(GapsDocument, { first: 5 }));
    expect(error).toBeInstanceOf(QueryTooCostlyError);
    expect(error).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 100, retryable: false });
    expect((error as QueryTooCostlyError).cost).toBeGreaterThan(100);
    expect((error as Error).message).toMatch(/Ask for smaller pages/);
    expect(events.filter((event) => event.type === 'retry')).toEqual([]);
    client.close();
  });

  // On PostgreSQL every statement is a round trip, so a 1 ms timer fires before the answer; the
  // in-memory PGlite of the tests may answer a whole query before the event loop reaches its timers.
  it.runIf(inject('databaseTemplate').kind === 'postgres')(
    'gets a TimeoutError, not retried, when a query runs longer than the server allows',
    async () => {
      const server = await serverWith({ executionTimeoutMs: 1 });
      const { client, events } = clientOf(server, { retries: 2 });
      // Communes, their districts and today's units: loaded in several rounds, so the 1 ms timer fires between them.
      const error = await failure(client.request(SupportByCommuneDocument, { first: 100 }));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ code: 'TIMEOUT', retryable: false });
      expect(events.filter((event) => event.type === 'retry')).toEqual([]);
      client.close();
    },
  );
});

describe('a partner reaching a server whose database is down', () => {
  it('gets a retryable ServiceUnavailableError with the seconds to wait', async () => {
    const database = await createTestDatabase();
    const server = await startInProcessServer({ database });
    servers.push(server);
    await database.close();
    const { client } = clientOf(server, { retries: 0 });
    const error = await failure(client.request(freshness.query, freshness.variables));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true, retryAfterSeconds: 5 });
    client.close();
  });
});

describe('the SDK’s documents and the server’s default cost limit', () => {
  it('keeps every document it ships within MAX_QUERY_COST at the largest page it sends', () => {
    const over: string[] = [];
    for (const text of Object.values(persistedDocuments as Record<string, string>)) {
      const document = parse(text);
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )!;
      const name = operation.name?.value ?? 'an unnamed operation';
      // The worst a helper sends: a page of 100 (the gaps helper's 25), with history.
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const variable = definition.variable.name.value;
        if (variable === 'first' || variable === 'last') variables[variable] = name === 'Gaps' ? GAPS_PAGE : 100;
        if (variable === 'includeHistory') variables[variable] = true;
      }
      // The server's own reckoning: what it reports as extensions.cost.requested.
      const { cost } = operationCost(schema, document, name, variables);
      if (cost > defaultCostLimits.maxCost) over.push(`${name} costs ${cost}`);
    }
    expect(over).toEqual([]);
  });

  it('answers a gap view of 100 at the default limit, fetched in pages the server accepts', async () => {
    const server = await serverWith({});
    // More gaps than one request of GAPS_PAGE carries: a need nobody pledged in each of 40 communes.
    const admin = await createApiKey(server.database.prisma, { name: 'sdk test admin', role: 'ADMIN' });
    const editor = createTwinningClient({ url: server.graphqlUrl, fetch: server.fetch, apiKey: admin.secret });
    const communes = await editor.findPlaces({ level: 'COMMUNE', asOf: '2024-06-01', first: 40 });
    for (const commune of communes.nodes) {
      await editor.openNeed({
        placeId: commune.id,
        category: 'INFRASTRUCTURE',
        title: 'A bridge over the stream',
        requestedOn: '2024-06-01',
      });
    }
    editor.close();
    const { client, events } = clientOf(server);
    const page = await client.gaps({ first: 100 });
    const direct = await client.gaps({ first: 20 });
    expect(page.nodes.slice(0, 20)).toEqual(direct.nodes);
    expect(page.nodes.length).toBe(Math.min(100, page.totalCount));
    // The demo data has more gaps than one request of GAPS_PAGE carries: the page came in parts.
    expect(page.totalCount).toBeGreaterThan(GAPS_PAGE);
    const requests = events.filter((event) => event.type === 'response').length;
    expect(requests).toBe(Math.ceil(page.nodes.length / GAPS_PAGE) + 1);
    expect(events.filter((event) => event.type === 'response').every((event) => event.ok)).toBe(true);
    client.close();
  });
});
