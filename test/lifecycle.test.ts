import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect, createServer, type Server } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import { freePort } from './support/redis.ts';
import { CREATE_AGENCY, embeddedDataDirectory, type GraphQLAnswer, ServerProcess } from './support/server-process.ts';
import { Subscription, sseClient, wsClient } from './support/subscriptions.ts';
import { withDatabase } from './support/template.ts';

const template = inject('databaseTemplate');
const onPostgres = template.kind === 'postgres';
/** A stack trace's frame line: what an operator must never have to read for an ordinary mistake. */
const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('starting with an ordinary mistake prints one sentence saying what to do, and exits 1', () => {
  let squatter: Server;
  let busyPort: number;
  beforeAll(async () => {
    busyPort = await freePort();
    squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(busyPort, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => squatter.close(() => resolve())));

  it('the port is taken (another server is running there)', async () => {
    const server = ServerProcess.spawn({ PORT: String(busyPort), DATABASE_URL: 'memory:' });
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output).toContain(`Port ${busyPort} on 127.0.0.1 is in use`);
    expect(server.output).toContain('set PORT=');
    expect(server.output).not.toMatch(STACK_FRAME);
  });

  it('PostgreSQL does not answer at DATABASE_URL', async () => {
    const closed = await freePort();
    const server = ServerProcess.spawn({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${closed}/twinning` });
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output).toContain(`Could not connect to PostgreSQL at 127.0.0.1:${closed}/twinning`);
    expect(server.output).toContain('Check that the server is running and DATABASE_URL');
    expect(server.output).not.toMatch(STACK_FRAME);
  });

  it.skipIf(!onPostgres)(
    'the PostgreSQL database is empty: run `pnpm db:migrate` (needs a PostgreSQL server: runs when DATABASE_URL is set)',
    async () => {
      if (template.kind !== 'postgres') return;
      const name = `twinning_empty_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: template.serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const server = ServerProcess.spawn({ DATABASE_URL: withDatabase(template.serverUrl, name) });
        expect(await server.exited).toEqual({ code: 1, signal: null });
        expect(server.output).toContain('has no tables yet. Run `pnpm db:migrate` with the same DATABASE_URL');
        expect(server.output).not.toMatch(STACK_FRAME);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});

describe(`SIGTERM under load (${onPostgres ? 'PostgreSQL' : 'embedded database'}, a real server process)`, {
  timeout: 240_000,
}, () => {
  let database: TestDatabase | undefined;
  let dataDirectory: string | undefined;
  let admin: Record<string, string>;
  let environment: Record<string, string>;

  beforeAll(async () => {
    if (onPostgres) {
      database = await createTestDatabase();
      admin = await apiKeyHeader(database, 'ADMIN');
      // One connection: the writes queue for it, so many are still in flight at SIGTERM.
      environment = {
        DATABASE_URL: database.url!,
        MIGRATE_ON_START: 'false',
        SEED_ON_START: 'false',
        DATABASE_POOL_SIZE: '1',
      };
    } else {
      const prepared = await embeddedDataDirectory();
      dataDirectory = prepared.directory;
      admin = prepared.admin;
      environment = { PGLITE_DATA_DIR: dataDirectory, SEED_ON_START: 'false' };
    }
  }, 180_000);
  afterAll(async () => {
    await database?.close();
    if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
  });

  it('answers every request in flight, ends subscriptions with SHUTTING_DOWN, refuses new connections, and exits 0', async () => {
    const server = await ServerProcess.start({ ...environment, SHUTDOWN_GRACE_MS: '60000' });
    const port = Number(new URL(server.url).port);
    // A copy: graphql-sse's clients may write their stream token into the headers they are given.
    const sse = sseClient(`${server.url}/graphql`, { headers: { ...admin } });
    let wsClose: { code?: number } | undefined;
    const ws = wsClient(`${server.url.replace('http', 'ws')}/graphql`, {
      authorization: admin.authorization,
      onClosed: (event) => {
        wsClose = event as { code?: number };
      },
    });
    const feedOverSse = new Subscription(sse, 'subscription { changes { cursor } }');
    const feedOverWs = new Subscription(ws, 'subscription { changes { cursor } }');

    const run = randomUUID().slice(0, 8);
    // The subscriptions are live once each has received a change written after it was opened.
    const feeds = [feedOverSse, feedOverWs];
    const warmUpUntil = Date.now() + 60_000;
    let warmUp: GraphQLAnswer | undefined;
    for (let index = 0; feeds.some((feed) => feed.results.length === 0); index++) {
      if (Date.now() > warmUpUntil)
        throw new Error(
          `a subscription never started (${JSON.stringify(feeds.map((feed) => [feed.results, feed.error, feed.completed]))}, last write: ${JSON.stringify(warmUp)}):\n${server.output}`,
        );
      // On a connection of its own: see `postOnce`.
      warmUp = await postOnce(
        server.url,
        { input: { name: `Shutdown ${run} warm-up ${index}`, kind: 'ENTERPRISE' } },
        admin,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // One connection per request, as independent clients would open. Once one answer is back and a
    // moment has passed, every connection has been accepted (one the kernel still holds when the
    // server stops listening is reset, and its request was never received: not in flight) and the
    // rest are in flight — unless a slow test process let the server answer the whole batch in that
    // moment; then another, larger batch.
    const names: string[] = [];
    const answers: Array<Promise<GraphQLAnswer>> = [];
    const answeredAt: number[] = [];
    for (let batch = 0, size = onPostgres ? 200 : 80; ; batch++, size *= 2) {
      const batchNames = Array.from({ length: size }, (_, index) => `Shutdown ${run} agency ${batch}.${index}`);
      const sent = batchNames.map((name) => postOnce(server.url, { input: { name, kind: 'ENTERPRISE' } }, admin));
      let answered = 0;
      for (const answer of sent)
        void answer.then(
          () => {
            answered++;
            answeredAt.push(Date.now());
          },
          () => undefined,
        );
      names.push(...batchNames);
      answers.push(...sent);
      await Promise.any(sent);
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (answered < size || batch === 2) break;
    }
    const killedAt = Date.now();
    server.child.kill('SIGTERM');

    const settled = await Promise.allSettled(answers);
    // The server counts what it had received when it stopped listening; every one of those must be
    // answered. A connection the kernel had queued but the server never accepted is reset (the
    // request never reached it): counted apart, and never confused with an answer.
    await waitFor(() => /answering \d+ requests in flight/.test(server.output), 30_000, server);
    const inFlight = Number(/answering (\d+) requests in flight/.exec(server.output)?.[1]);
    expect(inFlight, server.output).toBeGreaterThan(0);
    const answeredAfterSigterm = answeredAt.filter((at) => at > killedAt).length;
    // (An answer already on its way when the signal came may arrive a moment before the server counts
    // it done, so the count is not compared one for one; "were cut" below is the server's own account.)
    const failures = settled.flatMap((answer) =>
      answer.status === 'rejected' ? [String((answer.reason as { code?: string }).code ?? answer.reason)] : [],
    );
    expect(
      answeredAfterSigterm,
      `answers after SIGTERM (the server had ${inFlight} in flight; client failures: ${failures.join(', ') || 'none'}):\n${server.output}`,
    ).toBeGreaterThan(0);
    expect(failures.filter((code) => code !== 'ECONNRESET' && code !== 'ECONNREFUSED')).toEqual([]);
    for (const answer of settled) {
      if (answer.status !== 'fulfilled') continue;
      expect(answer.value.status).toBe(200);
      expect(answer.value.body.data?.createAgency).toMatchObject({ __typename: 'CreateAgencySuccess' });
    }

    // Subscriptions end with a reason saying to resume, rather than hanging until the process dies.
    expect(await endingOf(feedOverSse), server.output).toContain('SHUTTING_DOWN');
    expect(await endingOf(feedOverWs), server.output).toContain('SHUTTING_DOWN');

    // Once it has announced the shutdown, nothing new gets in.
    await waitFor(() => /No longer accepting connections/.test(server.output), 30_000, server);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused, 'a new connection after SIGTERM').toBe(true);

    const exit = await server.exited;
    expect(exit, server.output).toEqual({ code: 0, signal: null });
    expect(server.output).toContain('Stopped.');
    expect(server.output).not.toContain('were cut');
    expect(wsClose?.code).toBe(1001);
    feedOverSse.stop();
    await sse.dispose();
    await ws.dispose();

    // Every acknowledged write is there, once.
    const reopened = database ?? (await openDatabase({ kind: 'pglite', dataDir: dataDirectory! }));
    try {
      const stored = await reopened.prisma.agency.findMany({
        where: { name: { startsWith: `Shutdown ${run} agency ` } },
      });
      const acknowledged = names.filter((_, index) => settled[index]?.status === 'fulfilled');
      expect(stored.map((agency) => agency.name).sort()).toEqual([...acknowledged].sort());
    } finally {
      if (!database) await reopened.close();
    }
  });

  it('ends a single-connection SSE stream with SHUTTING_DOWN, completing it cleanly, and exits 0 within the grace', async () => {
    const graceMs = 20_000;
    const server = await ServerProcess.start({ ...environment, SHUTDOWN_GRACE_MS: String(graceMs) });
    // graphql-sse's single-connection mode: a reserved stream (PUT), then the operations over it.
    const sse = sseClient(`${server.url}/graphql`, { headers: { ...admin }, singleConnection: true });
    const feed = new Subscription(sse, 'subscription { changes { cursor } }');
    const run = randomUUID().slice(0, 8);
    const liveUntil = Date.now() + 60_000;
    for (let index = 0; feed.results.length === 0; index++) {
      if (Date.now() > liveUntil || feed.error || feed.completed)
        throw new Error(
          `the subscription never started (${JSON.stringify([feed.error, feed.completed])}):\n${server.output}`,
        );
      await postOnce(server.url, { input: { name: `Single ${run} ${index}`, kind: 'ENTERPRISE' } }, admin);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const killedAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await endingOf(feed), server.output).toContain('SHUTTING_DOWN');
    // The stream was ended by the server with a reason, not cut: the client saw it complete.
    expect(feed.completed, JSON.stringify(feed.error)).toBe(true);
    expect(feed.error).toBeUndefined();
    const exit = await server.exited;
    expect(exit, server.output).toEqual({ code: 0, signal: null });
    expect(Date.now() - killedAt).toBeLessThan(graceMs);
    expect(server.output).toContain('Stopped.');
    expect(server.output).not.toContain('were cut');
    await sse.dispose();
  });
});

/**
 * createAgency over a connection of its own, closed after the answer, as independent clients send.
 * A keep-alive pool (fetch) can see two kinds of failure at SIGTERM, neither an answered request
 * lost: ECONNRESET for a connection the kernel completed just before the listener closed (never
 * accepted, its request never received), and, rarely, "other side closed" for a request sent on a
 * connection whose last answer went out before the drain (so without `Connection: close`) just as
 * the drain ends and closes every connection.
 */
function postOnce(
  baseUrl: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLAnswer> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: CREATE_AGENCY, variables });
    const request = httpRequest(
      `${baseUrl}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          ...headers,
          'content-type': 'application/json',
          connection: 'close',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(text) as GraphQLAnswer['body'],
            retryAfter: null,
          }),
        );
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}

/** What a subscription received last and how it ended (the reason may come as a result before the close). */
async function endingOf(subscription: Subscription<unknown>): Promise<string> {
  await subscription.failure(30_000);
  return JSON.stringify({ last: subscription.results.at(-1), error: subscription.error });
}

async function waitFor(condition: () => boolean, timeoutMs: number, server: ServerProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; the server printed:\n${server.output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
