import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  type AnyVariables,
  createRequest,
  gql,
  makeOperation,
  type OperationResult,
  type TypedDocumentNode,
} from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTwinningClient,
  documentHash,
  GraphQLRequestError,
  PlaceByCodeDocument,
  type PlaceByCodeQuery,
  RecordActivityDocument,
  type TwinningClient,
  TwinningError,
} from '../packages/sdk/src/index.ts';
import { createApiKey } from '../packages/server/src/auth/api-keys.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';

const manifestPath = new URL('../packages/sdk/src/generated/persisted-documents.json', import.meta.url);

interface SentRequest {
  accept: string | null;
  authorization: string | null;
  body: Record<string, unknown>;
}

/** A fetch that forwards to the real one and remembers what went over the wire. */
function recordingFetch(sent: SentRequest[]): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({
      accept: headers.get('accept'),
      authorization: headers.get('authorization'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : {},
    });
    return fetch(input, init);
  };
}

/**
 * Runs a query document through the client's subscription exchange (as a `subscription`
 * operation), which exercises the SSE or WebSocket transport end to end while the schema has no
 * Subscription type yet.
 */
function throughSubscriptionTransport<TData, TVariables extends AnyVariables>(
  client: TwinningClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<OperationResult<TData, TVariables>> {
  const query = client.urql.createRequestOperation('query', createRequest(document, variables));
  return client.urql.executeRequestOperation(makeOperation('subscription', query)).toPromise();
}

describe('persisted documents (hash only, graphql-yoga persisted-operations format)', () => {
  let server: LiveServer;
  let manifest: Record<string, string>;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    server = await startLiveServer({ persistedDocuments: manifest });
  });
  afterAll(() => server?.close());

  it('the manifest is keyed by the SHA-256 of each document’s text, and every SDK document carries its key', () => {
    for (const [hash, text] of Object.entries(manifest)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
    expect(Object.keys(manifest)).toContain(documentHash(PlaceByCodeDocument));
  });

  it('sends only extensions.persistedQuery, never the text, and a persisted-only server answers', async () => {
    const sent: SentRequest[] = [];
    const client = createTwinningClient({ url: server.graphqlUrl, persisted: true, fetch: recordingFetch(sent) });
    const place = await client.placeByCode('23074', '2024-01-01');
    expect(place?.name).toBe('Đông Giang');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual({
      operationName: 'PlaceByCode',
      variables: { code: '23074', asOf: '2024-01-01' },
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(PlaceByCodeDocument) } },
    });
    client.close();
  });

  it('a client sending document text is refused by a persisted-only server', async () => {
    const client = createTwinningClient({ url: server.graphqlUrl, retries: 0 });
    const error = await client.placeByCode('23074').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0]?.message).toBe('PersistedQueryOnly');
  });

  it('a hash the server does not know is PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    const client = createTwinningClient({ url: server.graphqlUrl, persisted: true, retries: 0 });
    // A document the server's manifest does not hold: another name, so urql does not merge it with the SDK's.
    const stale = JSON.parse(
      JSON.stringify({
        ...PlaceByCodeDocument,
        __key: undefined,
        loc: undefined,
        __meta__: { hash: 'f'.repeat(64) },
      }).replace('"value":"PlaceByCode"', '"value":"PlaceByCodeFromAnOlderRelease"'),
    ) as typeof PlaceByCodeDocument;
    const error = await client.request(stale, { code: '23074' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TwinningError);
    expect(error).toMatchObject({ code: 'PERSISTED_DOCUMENT_NOT_FOUND' });
  });

  it('runs the analytics and write helpers by hash; a write retried after a lost response resends hash and key', async () => {
    const { authorization } = await apiKeyHeader(server.database, 'ADMIN');
    const sent: SentRequest[] = [];
    let dropped = false;
    const losingFirstWrite: typeof fetch = async (input, init) => {
      const response = await recordingFetch(sent)(input, init);
      if (!dropped && sent.at(-1)?.body.operationName === 'RecordActivity') {
        dropped = true;
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const client = createTwinningClient({
      url: server.graphqlUrl,
      persisted: true,
      apiKey: authorization!.replace(/^Bearer /, ''),
      fetch: losingFirstWrite,
    });
    const dongGiang = await client.placeByCode('23074', '2024-01-01');
    const card = await client.communeScorecard(dongGiang!.id, 2023);
    expect(card.levels[0]).toMatchObject({ level: 'STANDARD', met: 1 });
    const twinningId = (await client.placeTwinnings(dongGiang!.id)).nodes[0]!.id;
    const { activity, idempotencyKey } = await client.recordActivity({
      twinningId,
      category: 'VISIT',
      title: 'Persisted visit',
      occurredOn: '2024-05-01',
    });
    const writes = sent.filter((request) => request.body.operationName === 'RecordActivity');
    expect(writes).toHaveLength(2);
    expect(writes[1]!.body).toEqual(writes[0]!.body);
    expect(writes[0]!.body).not.toHaveProperty('query');
    expect(writes[0]!.body).toMatchObject({
      variables: { idempotencyKey },
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(RecordActivityDocument) } },
    });
    expect(await server.database.prisma.activity.count({ where: { title: 'Persisted visit' } })).toBe(1);
    expect((await client.freshness()).sequence).not.toBeNull();
    expect(activity.title).toBe('Persisted visit');
    client.close();
  });

  it('carries the hash over Server-Sent Events too', async () => {
    const sent: SentRequest[] = [];
    const client = createTwinningClient({ url: server.graphqlUrl, persisted: true, fetch: recordingFetch(sent) });
    const result = await throughSubscriptionTransport(client, PlaceByCodeDocument, {
      code: '23074',
      asOf: '2024-01-01',
    });
    expect(result.error).toBeUndefined();
    expect((result.data as PlaceByCodeQuery).place?.name).toBe('Đông Giang');
    expect(sent[0]?.accept).toContain('text/event-stream');
    expect(sent[0]?.body).not.toHaveProperty('query');
    expect(sent[0]?.body).toMatchObject({
      operationName: 'PlaceByCode',
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(PlaceByCodeDocument) } },
    });
    client.close();
  });
});

describe('subscription transports against the live server', () => {
  let server: LiveServer;
  let apiKey: string;
  const auditTrail = gql<{ changes: { pageInfo: { hasNextPage: boolean } } }, Record<string, never>>(
    'query AuditTrail { changes(first: 1) { pageInfo { hasNextPage } } }',
  );
  beforeAll(async () => {
    server = await startLiveServer({ webSocket: true });
    apiKey = (await createApiKey(server.database.prisma, { name: 'sdk transport test', role: 'VIEWER' })).secret;
  });
  afterAll(() => server?.close());

  it('SSE (the default) sends the API key as a Bearer header on the event stream', async () => {
    const sent: SentRequest[] = [];
    const client = createTwinningClient({ url: server.graphqlUrl, apiKey, fetch: recordingFetch(sent) });
    const result = await throughSubscriptionTransport(client, auditTrail, {});
    expect(result.error).toBeUndefined();
    expect(result.data?.changes.pageInfo.hasNextPage).toEqual(expect.any(Boolean));
    expect(sent[0]).toMatchObject({ authorization: `Bearer ${apiKey}` });
    expect(sent[0]?.accept).toContain('text/event-stream');
    client.close();
  });

  it('WebSocket sends the key in connection_init, so a key-only field answers; without a key it is refused', async () => {
    const withKey = createTwinningClient({ url: server.graphqlUrl, apiKey, subscriptions: 'ws', wsUrl: server.wsUrl });
    const allowed = await throughSubscriptionTransport(withKey, auditTrail, {});
    expect(allowed.error).toBeUndefined();
    expect(allowed.data?.changes.pageInfo.hasNextPage).toEqual(expect.any(Boolean));
    withKey.close();

    const anonymous = createTwinningClient({ url: server.graphqlUrl, subscriptions: 'ws' });
    const refused = await throughSubscriptionTransport(anonymous, auditTrail, {});
    expect(refused.error?.graphQLErrors.length).toBeGreaterThan(0);
    anonymous.close();
  });

  it('subscribe() refuses a query document and a client built without subscriptions', async () => {
    const client = createTwinningClient({ url: server.graphqlUrl });
    expect(() => client.subscribe(PlaceByCodeDocument, { code: '23074' })).toThrow(/use client.request\(\)/);
    const noStreams = createTwinningClient({ url: server.graphqlUrl, subscriptions: false });
    const subscriptionDocument = gql<unknown, Record<string, never>>('subscription Anything { __typename }');
    expect(() => noStreams.subscribe(subscriptionDocument)).toThrow(/Subscriptions are off for this client/);
    await expect(client.request(subscriptionDocument)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
