import { readdir, readFile } from 'node:fs/promises';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase } from '../packages/server/src/db/database.ts';
import { schema } from '../packages/server/src/graph.ts';
import { type App, createApp, defaultRequestLimits } from '../packages/server/src/http/app.ts';
import { defaultCostLimits, operationCost } from '../packages/server/src/http/cost.ts';
import { TokenBuckets } from '../packages/server/src/http/rate-limit.ts';
import { executionTimeoutPlugin } from '../packages/server/src/http/timeout.ts';
import { createLogger } from '../packages/server/src/logger.ts';
import { paths } from '../packages/server/src/paths.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
});
afterAll(() => database.close());

/** `count` fragments, each spreading the next twice: 2^count copies of the last when expanded. */
function doublingFragments(count: number, selection: string): string {
  const fragments = Array.from(
    { length: count },
    (_, index) => `fragment F${index} on Place { ${selection} ...F${index + 1} ...F${index + 1} }`,
  ).join('\n');
  return `{ places(first: 1) { nodes { ...F0 } } }\n${fragments}\nfragment F${count} on Place { name }`;
}

describe('query limits', () => {
  it('refuses a query nested deeper than 15 levels, naming the limit', async () => {
    const deep = `{ places(first: 1) { nodes { ${'parent { '.repeat(16)}name${' }'.repeat(16)} } } }`;
    const result = await execute(app, deep);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/levels deep; the limit is 15/);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts depth through fragments', async () => {
    const fragments = Array.from(
      { length: 17 },
      (_, index) => `fragment F${index} on Place { parent { ...F${index + 1} } }`,
    ).join('\n');
    const result = await execute(
      app,
      `{ places(first: 1) { nodes { ...F0 } } }\n${fragments}\nfragment F17 on Place { name }`,
    );
    expect(result.errors?.[0]?.message).toMatch(/the limit is 15/);
  });

  it('weighs each fragment once: 60 fragments spreading the next twice are answered, not walked 2^60 times', async () => {
    const result = await execute<{ places: { nodes: Array<{ name: string }> } }>(app, doublingFragments(60, 'name'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.places.nodes).toHaveLength(1);
  });

  it('refuses more than 50 aliases and an oversized document', async () => {
    const aliased = `{ ${Array.from({ length: 51 }, (_, index) => `a${index}: freshness { sequence }`).join(' ')} }`;
    expect((await execute(app, aliased)).errors?.[0]?.message).toMatch(/more than 50 aliases/);
    const huge = `{ ${'freshness { sequence } '.repeat(3000)} }`;
    expect((await execute(app, huge)).errors?.[0]?.message).toMatch(/more than 10000 tokens/);
  });

  it('refuses brackets nested thousands deep before parsing them, with a 400 that says so', async () => {
    for (const document of [
      `${'{ a '.repeat(5_000)}${'}'.repeat(5_000)}`,
      `{ nodes(ids: ${'['.repeat(5_000)}"x"${']'.repeat(5_000)}) { id } }`,
      `{ supportSummary(filter: ${'{a:'.repeat(5_000)}1${'}'.repeat(5_000)}) { totalCount } }`,
    ]) {
      const response = await app.fetch('http://twinning.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]?.message).toMatch(/nests brackets more than 64 levels deep/);
      expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('still answers GraphiQL’s introspection query and an ordinary nested query', async () => {
    const introspection = await execute(
      app,
      '{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
    );
    expect(introspection.errors).toBeUndefined();
    const ordinary = await execute(
      app,
      '{ place(code: "101", asOf: "2024-01-01") { name ... on District { communes(first: 3) { nodes { name twinnings { nodes { agency { name } } } } } } } }',
    );
    expect(ordinary.errors).toBeUndefined();
  });
});

describe('query cost', () => {
  const costOf = (document: string, variables: Record<string, unknown> = {}) =>
    operationCost(schema, parse(document), undefined, variables).cost;

  it('multiplies a connection’s selection by its page size and weighs totals, doubled with includeHistory', () => {
    // places: 1 + 10 × (nodes 1 + supportTotal (10 + 1)) = 121
    expect(costOf('{ places(first: 10) { nodes { name supportTotal { valueVnd } } } }')).toBe(121);
    // includeHistory doubles the total's weight: 1 + 10 × (1 + 22) = 231
    expect(costOf('{ places(first: 10) { nodes { supportTotal(includeHistory: true) { valueVnd } } } }')).toBe(231);
    // The page size from a variable, the default page (20) without one, at most 100.
    expect(costOf('query($n: Int) { places(first: $n) { nodes { parent { name } } } }', { n: 5 })).toBe(1 + 5 * 2);
    expect(costOf('{ places { nodes { parent { name } } } }')).toBe(1 + 20 * 2);
    expect(costOf('{ places(first: 100000) { nodes { parent { name } } } }')).toBe(1 + 100 * 2);
    // A root aggregate weighs 200 on its own.
    expect(costOf('{ supportSummary(first: 10) { nodes { valueVnd } } }')).toBe(200 + 1 + 10 * 1);
    // nodes(ids:) multiplies by the number of IDs.
    expect(costOf('{ nodes(ids: ["a", "b", "c"]) { id ... on Place { parent { name } } } }')).toBe(1 + 3 * 1);
  });

  it('refuses a query over the limit with a typed error naming its cost and the limit', async () => {
    const result = await execute(app, '{ places(first: 100) { nodes { children(first: 100) { nodes { name } } } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/may cost 10201 points; the limit is 5000/);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      cost: { requested: 10_201, limit: 5_000 },
    });
  });

  it('refuses a fragment bomb that selects objects: its expanded cost is over the limit', async () => {
    const result = await execute(app, doublingFragments(25, 'parent { name }'));
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('reports extensions.cost on every response, 0 requested when nothing ran', async () => {
    const answered = await execute<{ freshness: unknown }>(app, '{ freshness { sequence } }');
    expect((answered as { extensions?: unknown }).extensions).toEqual({ cost: { requested: 1, limit: 5_000 } });
    const refused = await execute(app, '{ freshness { ');
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((refused as { extensions?: unknown }).extensions).toEqual({ cost: { requested: 0, limit: 5_000 } });
  });

  it('refuses nodes(ids:) with more than 100 IDs', async () => {
    const ids = Array.from({ length: 101 }, () => 'UGxhY2U6MQ==');
    const result = await execute(app, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/at most 100 IDs \(got 101\)/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('lets every SDK operation run with its default page size', async () => {
    const directory = join(paths.root, 'packages/sdk/src/operations');
    const files = (await readdir(directory)).filter((file) => file.endsWith('.graphql'));
    const texts = await Promise.all(files.map((file) => readFile(join(directory, file), 'utf8')));
    const document = parse(texts.join('\n'));
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(20);
    const overLimit = operations
      .map((operation) => ({
        operation: operation.name?.value,
        cost: operationCost(schema, document, operation.name?.value, {}).cost,
      }))
      .filter(({ cost }) => cost > defaultCostLimits.maxCost);
    expect(overLimit).toEqual([]);
  });
});

describe('execution timeout', () => {
  it('stops a request that runs longer than the limit with a TIMEOUT error', async () => {
    // A field that waits on the event loop, as a query waiting on PostgreSQL does. (The embedded
    // database computes on this thread: a timer cannot interrupt it, statement_timeout neither.)
    const slow = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { slow: Int }',
        resolvers: { Query: { slow: () => new Promise((resolve) => setTimeout(() => resolve(1), 2_000)) } },
      }),
      plugins: [executionTimeoutPlugin(50)],
    });
    const response = await slow.fetch('http://twinning.test/graphql?query=%7B%20slow%20%7D');
    expect(await response.json()).toMatchObject({
      errors: [
        { message: expect.stringMatching(/took longer than 0.05 s and was stopped/), extensions: { code: 'TIMEOUT' } },
      ],
    });
  });

  it.runIf(inject('databaseTemplate').kind === 'postgres')(
    'answers TIMEOUT when PostgreSQL ends a statement at statement_timeout',
    async () => {
      const url = (database as TestDatabase).url!;
      // Another session holds the activities table, so reading it waits past the timeout.
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE "Activity" IN ACCESS EXCLUSIVE MODE');
      const hurried = await openDatabase({ kind: 'postgres', url, poolSize: 2, statementTimeoutMs: 200 });
      try {
        const result = await execute(createApp({ database: hurried }), '{ activities(first: 1) { nodes { title } } }');
        expect(result.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
        expect(result.errors?.[0]?.message).toMatch(/longer than the statement timeout/);
      } finally {
        await holder.query('ROLLBACK');
        await holder.end();
        await hurried.close();
      }
    },
  );
});

describe('rate limits', () => {
  it('gives each key a bucket of tokens that refills with time', () => {
    const buckets = new TokenBuckets(60);
    for (let request = 0; request < 60; request++) expect(buckets.take('key', 0)).toBe(0);
    expect(buckets.take('key', 0)).toBe(1_000);
    expect(buckets.take('other key', 0)).toBe(0);
    expect(buckets.take('key', 500)).toBe(500);
    expect(buckets.take('key', 1_000)).toBe(0);
  });

  it('answers 429 with Retry-After and RATE_LIMITED once a key is over its limit, and serves it again after waiting', async () => {
    const limited = createApp({
      database,
      limits: { ...defaultRequestLimits, rate: { perIpPerMinute: 0, perKeyPerMinute: 60 } },
    });
    const key = await apiKeyHeader(database, 'VIEWER');
    const send = () =>
      limited.fetch('http://twinning.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...key },
        body: JSON.stringify({ query: '{ freshness { sequence } }' }),
      });
    // The bucket refills one token a second while the requests are sent, so send until it is empty.
    let refused = await send();
    for (let request = 0; request < 200 && refused.status === 200; request++) refused = await send();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // Another key, and anonymous requests, are not held back by this key's bucket.
    const anonymous = await limited.fetch(
      'http://twinning.test/graphql?query=%7B%20freshness%20%7B%20sequence%20%7D%20%7D',
    );
    expect(anonymous.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1_000));
    expect((await send()).status).toBe(200);
  });
});

describe('request ids and errors', () => {
  it('echoes a plain x-request-id, makes one otherwise, and puts it on every error', async () => {
    const echoed = await app.fetch('http://twinning.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'lb-1234.abc' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(echoed.headers.get('x-request-id')).toBe('lb-1234.abc');
    const body = (await echoed.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'lb-1234.abc' });

    const made = await app.fetch('http://twinning.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'chosen by <anyone>' },
      body: '{nope',
    });
    expect(made.status).toBe(400);
    const id = made.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const invalid = (await made.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(invalid.errors[0]).toEqual({
      message: expect.stringMatching(/not valid JSON/),
      extensions: { code: 'BAD_REQUEST', requestId: id },
    });
  });

  it.runIf(inject('databaseTemplate').kind === 'postgres')(
    'answers 503 and SERVICE_UNAVAILABLE while PostgreSQL cannot be reached, and serves again once it can',
    async () => {
      // The server reaches PostgreSQL through a TCP relay; closing the relay is PostgreSQL going
      // away for this server only (connections reset, new ones refused).
      const target = new URL((database as TestDatabase).url!);
      const sockets = new Set<Socket>();
      const relayTo = (client: Socket) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
      };
      let relay = createServer(relayTo);
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
      const port = (relay.address() as AddressInfo).port;
      const relayed = new URL(target);
      relayed.port = String(port);
      const remote = await openDatabase({ kind: 'postgres', url: relayed.toString(), poolSize: 2 });
      const remoteApp = createApp({ database: remote });
      const key = await apiKeyHeader(database, 'VIEWER');
      const ask = (headers: Record<string, string>) =>
        remoteApp.fetch('http://twinning.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ places(first: 1) { nodes { name } } }' }),
        });
      try {
        expect((await ask(key)).status).toBe(200);
        relay.close();
        for (const socket of sockets) socket.destroy();
        const keyed = await ask(key);
        expect(keyed.status).toBe(503);
        expect(keyed.headers.get('retry-after')).toBe('5');
        expect(await keyed.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
        const anonymous = (await (await ask({})).json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        expect(anonymous.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

        relay = createServer(relayTo);
        await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
        expect((await ask(key)).status).toBe(200);
      } finally {
        relay.close();
        await remote.close().catch(() => {});
      }
    },
  );

  it('answers 503 with Retry-After when the API key cannot be checked because the database is down', async () => {
    const doomed = await createTestDatabase();
    const key = await apiKeyHeader(doomed, 'VIEWER');
    const lines: string[] = [];
    const orphan = createApp({ database: doomed, logger: createLogger('error', (line) => lines.push(line)) });
    await doomed.close();
    const keyed = await orphan.fetch('http://twinning.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...key },
      body: JSON.stringify({ query: '{ freshness { sequence } }' }),
    });
    expect(keyed.status).toBe(503);
    expect(keyed.headers.get('retry-after')).toBe('5');
    expect(await keyed.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });

    const anonymous = await execute(orphan, '{ places(first: 1) { nodes { name } } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(anonymous.errors?.[0]?.message).not.toMatch(/Unexpected error/);
    // The cause is logged, with the request's ID, for the operator.
    const requestId = anonymous.errors?.[0]?.extensions?.requestId as string;
    expect(lines.some((line) => line.includes('ERROR') && line.includes(`"requestId":"${requestId}"`))).toBe(true);
  });

  it('logs what a caller got wrong at debug level, not as a server error, and does not repeat its input', async () => {
    const database = await createTestDatabase();
    const lines: string[] = [];
    const app = createApp({ database, logger: createLogger('debug', (line) => lines.push(line)) });
    try {
      const forged = Buffer.from(`GPC:T:${JSON.stringify(['S:x', 'S:y'])}`).toString('base64');
      const garbage = 'x'.repeat(5_000);
      const answers = await Promise.all([
        execute(app, 'query($c: String) { agencies(after: $c, first: 1) { nodes { id } } }', { c: forged }),
        execute(app, 'query($c: String) { places(after: $c, first: 1) { nodes { id } } }', { c: garbage }),
        execute(app, 'query($id: ID!) { node(id: $id) { id } }', { id: 'eHl6' }),
        execute(app, 'query($s: String) { places(search: $s, first: 1) { nodes { id } } }', { s: 'a\u0000b' }),
      ]);
      for (const answer of answers) expect(answer.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|VALIDATION/);
      expect(answers[0]!.errors?.[0]?.message).toMatch(/^Not a cursor of this list: pass `after`\/`before` a cursor/);
      expect(answers[1]!.errors?.[0]?.message).not.toContain('xxxx');
      expect(lines.filter((line) => / (ERROR|WARN) /.test(line))).toEqual([]);
      // The three refused while resolving are noted for debugging; the NUL is refused before execution.
      expect(lines.filter((line) => line.includes('DEBUG Answered with an error code'))).toHaveLength(3);
    } finally {
      await database.close();
    }
  });
});
