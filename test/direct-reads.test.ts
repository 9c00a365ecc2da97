import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp, defaultRequestLimits } from '../packages/server/src/http/app.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

/**
 * A query the pipeline has answered with a compiled statement is answered before the pipeline the
 * next time it comes (http/direct-reads.ts). Each direct answer is compared with the pipeline's
 * answer to the same request, which is sent with `extensions: {}` so that it takes the pipeline;
 * `/metrics` tells which way each request went.
 */
let database: TestDatabase;
let app: App;

const PLACE_WITH_PARENTS = `{ place(code: "23074", asOf: "2024-01-01") { name code parent { name code parent { name code } } } }`;
const PLACE_BY_CODE = `query Place($code: String!) { place(code: $code, asOf: "2024-01-01") { name code level } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
});
afterAll(() => database?.close());

interface Sent {
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

async function send(target: App, { body, headers = {} }: Sent) {
  const response = await target.fetch('http://twinning.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const kept = [...response.headers].filter(([name]) => !['x-request-id', 'date'].includes(name));
  return { status: response.status, headers: Object.fromEntries(kept), text: await response.text() };
}

async function directReads(target: App): Promise<number> {
  const metrics = await (await target.fetch('http://twinning.test/metrics')).text();
  return Number(/^twinning_direct_reads_total (\d+)$/m.exec(metrics)?.[1]);
}

/**
 * The pipeline's answer and the direct one to the same request, and whether the second went
 * direct. The request is sent once before, as a client's first request takes the pipeline.
 */
async function bothWays(target: App, sent: Sent & { body: Record<string, unknown> }) {
  await send(target, sent);
  const viaPipeline = await send(target, { ...sent, body: { ...sent.body, extensions: {} } });
  const before = await directReads(target);
  const direct = await send(target, sent);
  return { viaPipeline, direct, wentDirect: (await directReads(target)) === before + 1 };
}

describe('direct reads', () => {
  it('answer a read the pipeline has compiled, byte for byte and header for header, in every media type', async () => {
    const accepts = [
      undefined,
      '*/*',
      'application/json',
      'application/json; charset=utf-8',
      'application/graphql-response+json',
    ];
    for (const accept of accepts) {
      const headers: Record<string, string> = accept ? { accept } : {};
      const { viaPipeline, direct, wentDirect } = await bothWays(app, { body: { query: PLACE_WITH_PARENTS }, headers });
      expect(wentDirect, `accept: ${accept}`).toBe(true);
      expect(direct).toStrictEqual(viaPipeline);
      expect(JSON.parse(direct.text).data.place.parent.parent.name).toBe('Bình Thuận');
    }
  });

  it('keep CORS headers and give each answer its request ID', async () => {
    const headers = { origin: 'https://dashboard.example', 'x-request-id': 'direct-read-1' };
    const { viaPipeline, direct, wentDirect } = await bothWays(app, { body: { query: PLACE_WITH_PARENTS }, headers });
    expect(wentDirect).toBe(true);
    expect(direct).toStrictEqual(viaPipeline);
    expect(direct.headers['access-control-allow-origin']).toBeDefined();
    const response = await app.fetch('http://twinning.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'direct-read-2' },
      body: JSON.stringify({ query: PLACE_WITH_PARENTS }),
    });
    expect(response.headers.get('x-request-id')).toBe('direct-read-2');
  });

  it('read each request its own variables, and leave a variable that does not fit to the pipeline', async () => {
    const commune = await bothWays(app, { body: { query: PLACE_BY_CODE, variables: { code: '23074' } } });
    const province = await bothWays(app, { body: { query: PLACE_BY_CODE, variables: { code: '40' } } });
    expect([commune.wentDirect, province.wentDirect]).toStrictEqual([true, true]);
    expect(commune.direct).toStrictEqual(commune.viaPipeline);
    expect(province.direct).toStrictEqual(province.viaPipeline);
    expect(JSON.parse(commune.direct.text).data.place).toStrictEqual({
      name: 'Đông Giang',
      code: '23074',
      level: 'COMMUNE',
    });
    expect(JSON.parse(province.direct.text).data.place.level).toBe('PROVINCE');

    for (const [code, expected] of [
      [5, 'BAD_USER_INPUT'],
      ['23\u0000074', 'VALIDATION'],
    ] as const) {
      const { direct, wentDirect } = await bothWays(app, { body: { query: PLACE_BY_CODE, variables: { code } } });
      expect(wentDirect).toBe(false);
      expect(JSON.parse(direct.text).errors[0].extensions.code).toBe(expected);
    }
  });

  it('leave a bad API key, a body of the wrong shape and an unknown query to the pipeline', async () => {
    await send(app, { body: { query: PLACE_WITH_PARENTS } });
    const before = await directReads(app);
    const badKey = await send(app, {
      body: { query: PLACE_WITH_PARENTS },
      headers: { authorization: 'Bearer tg_not-a-key' },
    });
    expect(badKey.status).toBe(401);
    expect(JSON.parse(badKey.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const extraKey = await send(app, { body: { query: PLACE_WITH_PARENTS, rogue: 1 } });
    expect(extraKey.status).toBe(400);
    await send(app, {
      body: { query: PLACE_WITH_PARENTS },
      headers: { 'content-type': 'application/json; charset=utf-16' },
    });
    const emptyOperationName = await send(app, { body: { query: PLACE_WITH_PARENTS, operationName: '' } });
    expect(JSON.parse(emptyOperationName.text).data).toBeUndefined();
    const unknown = await send(app, { body: { query: `{ place(code: "40", asOf: "2024-01-01") { name } }` } });
    expect(JSON.parse(unknown.text).data.place.name).toBeTruthy();
    expect(await directReads(app)).toBe(before);

    const { direct, wentDirect } = await bothWays(app, {
      body: { query: PLACE_WITH_PARENTS },
      headers: await apiKeyHeader(database, 'VIEWER'),
    });
    expect(wentDirect).toBe(true);
    expect(direct.status).toBe(200);
  });

  it('refuse an anonymous caller where reading needs a key', async () => {
    const keyed = createApp({ database, publicRead: false });
    const headers = await apiKeyHeader(database, 'VIEWER');
    expect((await bothWays(keyed, { body: { query: PLACE_WITH_PARENTS }, headers })).wentDirect).toBe(true);
    const anonymous = await send(keyed, { body: { query: PLACE_WITH_PARENTS } });
    expect(anonymous.status).toBe(401);
  });

  it('stay behind the rate limits', async () => {
    const limited = createApp({
      database,
      limits: { ...defaultRequestLimits, rate: { perIpPerMinute: 3, perKeyPerMinute: 0 } },
    });
    const statuses: number[] = [];
    for (let sent = 0; sent < 5; sent++)
      statuses.push((await send(limited, { body: { query: PLACE_WITH_PARENTS } })).status);
    expect(statuses).toStrictEqual([200, 200, 200, 429, 429]);
    expect(await directReads(limited)).toBe(2);
  });

  it('are off where only persisted documents may run', async () => {
    const allowList = createApp({ database, trustedDocuments: { manifest: {}, only: true } });
    for (let sent = 0; sent < 2; sent++) {
      const refused = JSON.parse((await send(allowList, { body: { query: PLACE_WITH_PARENTS } })).text);
      expect(refused.data).toBeUndefined();
      expect(refused.errors.length).toBeGreaterThan(0);
    }
    expect(await directReads(allowList)).toBe(0);
  });
});

// PGlite has one session: a lock that holds a statement back needs PostgreSQL.
describe.runIf(process.env.DATABASE_URL)('a direct read that runs out of time', () => {
  it('gets its TIMEOUT answer from the pipeline, which does not run the statement again', async () => {
    const statements: string[] = [];
    const timed = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
    const locker = new pg.Client({ connectionString: timed.url });
    await locker.connect();
    try {
      const limited = createApp({ database: timed, limits: { ...defaultRequestLimits, executionTimeoutMs: 1_000 } });
      expect((await send(limited, { body: { query: PLACE_WITH_PARENTS } })).status).toBe(200);
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Place" IN ACCESS EXCLUSIVE MODE');
      statements.length = 0;
      const timedOut = await send(limited, { body: { query: PLACE_WITH_PARENTS } });
      expect(JSON.parse(timedOut.text).errors[0].extensions.code).toBe('TIMEOUT');
      expect(statements.filter((sql) => sql.startsWith("SELECT ('{'"))).toHaveLength(1);
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      await locker.end();
      await timed.close();
    }
  });
});
