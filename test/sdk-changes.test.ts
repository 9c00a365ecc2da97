import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Change,
  ChangeFeedError,
  createTwinningClient,
  verifyWebhook,
  WebhookVerificationError,
} from '../packages/sdk/src/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { outboxCursors, recordVisit, twinningIdOf } from './support/feed.ts';
import { type LiveServer, startInProcessServer } from './support/sdk-server.ts';

let server: LiveServer;
let admin: Record<string, string>;
let viewerKey: string;
let twinning: string;

beforeAll(async () => {
  server = await startInProcessServer();
  admin = await apiKeyHeader(server.database, 'ADMIN');
  viewerKey = (await apiKeyHeader(server.database, 'VIEWER')).authorization!.split(' ')[1]!;
  twinning = await twinningIdOf(server.database, '23074');
});
afterAll(() => server?.close());

/**
 * A fetch that cuts every event stream after it has carried `eventsPerStream` events, as a proxy
 * or a flaky mobile link would; other requests pass through untouched.
 */
function cuttingFetch(eventsPerStream: number): { fetch: typeof fetch; cuts: () => number } {
  let cuts = 0;
  const cutting: typeof fetch = async (input, init) => {
    const response = await server.fetch(input, init);
    if (!response.headers.get('content-type')?.includes('text/event-stream') || !response.body) return response;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    let events = 0;
    // Cut right after the event that reaches the limit, however the server chunked its writes
    // (in-process, one chunk may carry several events).
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        const text = decoder.decode(value, { stream: true });
        let passed = '';
        for (const block of text.split(/(?<=\n\n)/)) {
          passed += block;
          if (block.includes('event: next')) events++;
          if (events >= eventsPerStream) {
            cuts++;
            controller.enqueue(encoder.encode(passed));
            // Not awaited: a cut link does not wait for the server to wind the stream down.
            void reader.cancel();
            controller.error(new TypeError('network connection lost'));
            return;
          }
        }
        controller.enqueue(encoder.encode(passed));
      },
      cancel: () => reader.cancel(),
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { fetch: cutting, cuts: () => cuts };
}

describe('client.changes()', () => {
  it('yields every change in commit order exactly once, resuming by itself when the stream is cut', async () => {
    const start =
      (await createTwinningClient({ url: server.graphqlUrl, fetch: server.fetch, apiKey: viewerKey }).freshness())
        .sequence ?? '0';
    const written: string[] = [];
    for (let index = 0; index < 7; index++) {
      written.push(await recordVisit(server, admin, twinning, `Bot sees ${index}`));
    }
    const flaky = cuttingFetch(1);
    const client = createTwinningClient({ url: server.graphqlUrl, apiKey: viewerKey, fetch: flaky.fetch });
    const seen: Change[] = [];
    const persisted: string[] = [];
    try {
      for await (const change of client.changes({ after: start, onCursor: (cursor) => void persisted.push(cursor) })) {
        seen.push(change);
        if (seen.length === 7) {
          written.push(await recordVisit(server, admin, twinning, 'Bot sees it live'));
        }
        if (seen.length === 8) break;
      }
    } finally {
      client.close();
    }
    expect(flaky.cuts()).toBeGreaterThanOrEqual(2);
    expect(seen.map((change) => change.entityId)).toEqual(written);
    expect(seen.map((change) => change.cursor)).toEqual(await outboxCursors(server.database, BigInt(start)));
    // onCursor hears of a change once the loop has moved past it: all but the one we broke on.
    expect(persisted).toEqual(seen.slice(0, -1).map((change) => change.cursor));
  });

  it('starts from now without a cursor, filters by type, and stops on an abort signal', async () => {
    const client = createTwinningClient({ url: server.graphqlUrl, fetch: server.fetch, apiKey: viewerKey });
    const controller = new AbortController();
    const seen: Change[] = [];
    await recordVisit(server, admin, twinning, 'Before the bot started');
    const reading = (async () => {
      for await (const change of client.changes({ types: ['ActivityRecorded'], signal: controller.signal })) {
        seen.push(change);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const live = await recordVisit(server, admin, twinning, 'After the bot started');
    while (seen.length < 1) await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await reading;
    client.close();
    expect(seen.map((change) => [change.type, change.entityId])).toEqual([['ActivityRecorded', live]]);
  });

  it('throws a ChangeFeedError for a cursor from another server, without retrying', async () => {
    const client = createTwinningClient({ url: server.graphqlUrl, fetch: server.fetch, apiKey: viewerKey });
    try {
      const error = await (async () => {
        for await (const _ of client.changes({ after: '999999999' })) {
          // never reached
        }
      })().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ChangeFeedError);
      expect(error).toMatchObject({ code: 'CURSOR_UNKNOWN' });
    } finally {
      client.close();
    }
  });
});

describe('verifyWebhook', () => {
  const secret = 'whsec_test-secret-for-the-partner-portal';
  const body = JSON.stringify({ id: '42', cursor: '42', type: 'ActivityRecorded' });
  const signed = (text: string, timestamp: number, key = secret) =>
    `t=${timestamp},v1=${createHmac('sha256', key).update(`${timestamp}.${text}`).digest('hex')}`;
  const now = Math.floor(Date.now() / 1000);

  it('accepts a delivery signed with the secret (Headers, or Node’s header record) and returns the event', async () => {
    const fromHeaders = await verifyWebhook(secret, new Headers({ 'Twinning-Signature': signed(body, now) }), body);
    expect(fromHeaders).toMatchObject({ id: '42', type: 'ActivityRecorded' });
    const fromNode = await verifyWebhook(secret, { 'twinning-signature': signed(body, now) }, Buffer.from(body));
    expect(fromNode.cursor).toBe('42');
  });

  it('refuses a missing or forged signature, a changed body, and an old delivery, each with its code', async () => {
    const refusal = (headers: Record<string, string>, text = body) =>
      verifyWebhook(secret, headers, text).catch((error: unknown) => error);
    const cases: Array<[Promise<unknown>, string]> = [
      [refusal({}), 'WEBHOOK_SIGNATURE_MISSING'],
      [refusal({ 'twinning-signature': signed(body, now, 'whsec_someone-else') }), 'WEBHOOK_SIGNATURE_INVALID'],
      [refusal({ 'twinning-signature': signed(body, now) }, body.replace('42', '43')), 'WEBHOOK_SIGNATURE_INVALID'],
      [refusal({ 'twinning-signature': 'v1=abc' }), 'WEBHOOK_SIGNATURE_INVALID'],
      [refusal({ 'twinning-signature': signed(body, now - 3_600) }), 'WEBHOOK_TIMESTAMP_OUT_OF_RANGE'],
    ];
    for (const [outcome, code] of cases) {
      const error = await outcome;
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect(error).toMatchObject({ code });
    }
  });
});
