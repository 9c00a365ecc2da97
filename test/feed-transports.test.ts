import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeader } from './support/api-keys.ts';
import { CHANGE_FIELDS, type FeedChange, post, recordVisit, twinningIdOf } from './support/feed.ts';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';
import { Subscription, sseClient, wsClient } from './support/subscriptions.ts';

const SUBSCRIBE = `subscription($after: String) { changes(after: $after) { ${CHANGE_FIELDS} } }`;
const manifestPath = new URL('../packages/sdk/src/generated/persisted-documents.json', import.meta.url);

let server: LiveServer;
let admin: Record<string, string>;
let viewer: Record<string, string>;
let dongGiangTwinning: string;

beforeAll(async () => {
  server = await startLiveServer({ webSocket: true });
  admin = await apiKeyHeader(server.database, 'ADMIN');
  viewer = await apiKeyHeader(server.database, 'VIEWER');
  dongGiangTwinning = await twinningIdOf(server.database, '23074');
});
afterAll(() => server?.close());

async function head(): Promise<string> {
  return (
    (await post<{ freshness: { sequence: string | null } }>(server.graphqlUrl, '{ freshness { sequence } }')).data
      ?.freshness.sequence ?? '0'
  );
}

/** Waits for the socket to close and returns its close code. */
function closeCode(connect: (onClosed: (event: unknown) => void) => void): Promise<number> {
  return new Promise((resolve) => connect((event) => resolve((event as { code: number }).code)));
}

describe('graphql-ws on /graphql', () => {
  it('refuses a wrong API key at connection_init with 4403, before any operation', async () => {
    const code = await closeCode((onClosed) => {
      wsClient(server.wsUrl, { authorization: 'Bearer tg_aaaaaaaa_notarealkeynotarealkeynotarealkey00', onClosed });
    });
    expect(code).toBe(4403);
  });

  it('refuses an anonymous connection with 4403 when PUBLIC_READ is off', async () => {
    const closed = await startLiveServer({ webSocket: true, publicRead: false, database: server.database });
    try {
      const code = await closeCode((onClosed) => {
        wsClient(closed.wsUrl, { onClosed });
      });
      expect(code).toBe(4403);
    } finally {
      await closed.close();
    }
  });

  it('runs a mutation over the socket and keeps the socket open for the operations after it', async () => {
    const client = wsClient(server.wsUrl, { authorization: admin.authorization });
    let closed = false;
    client.on('closed', () => {
      closed = true;
    });
    try {
      const run = <Data>(query: string, variables: Record<string, unknown> = {}) =>
        new Promise<{ data?: Data; errors?: unknown }>((resolve, reject) => {
          let result: { data?: Data; errors?: unknown } = {};
          client.subscribe<Data>(
            { query, variables },
            { next: (value) => (result = value as typeof result), error: reject, complete: () => resolve(result) },
          );
        });
      const written = await run<{ recordActivity: { __typename: string; activity?: { title: string } } }>(
        `mutation($input: ActivityInput!) { recordActivity(input: $input) { __typename ... on RecordActivitySuccess { activity { title } } } }`,
        {
          input: {
            twinningId: dongGiangTwinning,
            category: 'VISIT',
            title: 'Recorded over WebSocket',
            occurredOn: '2024-06-01',
          },
        },
      );
      expect(written.data?.recordActivity).toEqual({
        __typename: 'RecordActivitySuccess',
        activity: { title: 'Recorded over WebSocket' },
      });
      const read = await run<{ freshness: { sequence: string } }>('{ freshness { sequence } }');
      expect(read.data?.freshness.sequence).toMatch(/^[0-9]+$/);
      expect(closed).toBe(false);
    } finally {
      await client.dispose();
    }
  });

  it('applies TRUSTED_DOCUMENTS=only exactly as HTTP does: no ad-hoc query, no introspection; SDK documents run', async () => {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, string>;
    const trusted = await startLiveServer({ webSocket: true, persistedDocuments: manifest, database: server.database });
    const client = wsClient(trusted.wsUrl);
    try {
      const outcome = (payload: { query: string; extensions?: Record<string, unknown> }) =>
        new Promise<{ data?: unknown; errors?: unknown }>((resolve) => {
          let result: { data?: unknown; errors?: unknown } = {};
          client.subscribe(payload, {
            next: (value) => (result = value),
            error: (errors) => resolve({ errors }),
            complete: () => resolve(result),
          });
        });
      const adHoc = await outcome({ query: '{ places(first: 1) { totalCount } }' });
      expect(adHoc.data ?? null).toBeNull();
      expect(JSON.stringify(adHoc.errors)).toMatch(/PersistedQuery|persisted/i);
      const introspection = await outcome({ query: '{ __schema { types { name } } }' });
      expect(introspection.data ?? null).toBeNull();

      const [hash, text] = Object.entries(manifest).find(([, document]) => document.startsWith('query Freshness'))!;
      const byHash = await outcome({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(byHash.errors).toBeUndefined();
      expect(byHash.data).toHaveProperty('freshness');
    } finally {
      await client.dispose();
      await trusted.close();
    }
  });
});

describe('GraphQL over SSE on /graphql', () => {
  for (const singleConnection of [false, true]) {
    it(`carries the change feed in graphql-sse’s ${singleConnection ? 'single-connection' : 'distinct-connections'} mode`, async () => {
      const client = sseClient(server.graphqlUrl, { headers: viewer, singleConnection });
      const feed = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: await head() });
      try {
        const id = await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, `Over SSE (${singleConnection})`);
        await feed.until((s) => s.data.length >= 1, 15_000, 'the change');
        expect(feed.data[0]!.changes).toMatchObject({ type: 'ActivityRecorded', entityId: id });
        // A query runs over the same client (the same stream, in single-connection mode).
        const query = new Subscription<{ freshness: { sequence: string } }>(client, '{ freshness { sequence } }');
        await query.until((s) => s.completed, 15_000, 'the query result');
        expect(query.data[0]!.freshness.sequence).toBe(feed.data[0]!.changes.cursor);
      } finally {
        feed.stop();
        await client.dispose();
      }
    });
  }

  it('keeps quiet streams alive with comment heartbeats, in both modes', { timeout: 40_000 }, async () => {
    const after = await head();
    const distinct = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...viewer },
      body: JSON.stringify({ query: SUBSCRIBE, variables: { after } }),
    });
    expect(distinct.headers.get('content-type')).toContain('text/event-stream');

    const reserved = await fetch(server.graphqlUrl, { method: 'PUT', headers: viewer });
    expect(reserved.status).toBe(201);
    const token = await reserved.text();
    const single = await fetch(server.graphqlUrl, {
      headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token, ...viewer },
    });
    const started = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': token, ...viewer },
      body: JSON.stringify({ query: SUBSCRIBE, variables: { after }, extensions: { operationId: 'feed' } }),
    });
    expect(started.status).toBe(202);
    // Open streams are subscriptions, not requests waiting for an answer: a graceful shutdown
    // must not wait out its grace for them (it ends them itself).
    expect(server.requestsInFlight()).toBe(0);
    // Both send a keep-alive comment when a stream opens and every 12 s after (proxies cut
    // connections idle for about a minute); nothing else flows on a quiet feed.
    const [distinctBeats, singleBeats] = await Promise.all([
      countHeartbeats(distinct, 13_000),
      countHeartbeats(single, 13_000),
    ]);
    expect(distinctBeats).toBeGreaterThanOrEqual(2);
    expect(singleBeats).toBeGreaterThanOrEqual(2);
  });
});

/** Reads an event stream for a while and counts the keep-alive comment lines (":"). */
async function countHeartbeats(response: Response, forMs: number): Promise<number> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + forMs;
  try {
    while (Date.now() < deadline) {
      const next = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
      ]);
      if (!next || next.done) break;
      text += decoder.decode(next.value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text.split('\n').filter((line) => line === ':').length;
}
