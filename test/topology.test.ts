import type { TypedDocumentNode } from '@urql/core';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwinningClient, type TwinningClient } from '../packages/sdk/src/index.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { PrivateRedis, redisServerAvailable } from './support/redis.ts';
import { CREATE_AGENCY } from './support/server-process.ts';
import { Subscription, wsClient } from './support/subscriptions.ts';
import { missingTools, startTopology, stopProcess, type Topology } from './topology/topology.ts';

/**
 * `pnpm topology` with two instances: a PostgreSQL primary, a streaming replica
 * (`pg_basebackup -R`), two server processes and nginx round-robin in front. Everything goes
 * through nginx, as a client's requests would.
 */
const skipped = !process.env.DATABASE_URL
  ? 'DATABASE_URL is unset: the topology runs in the PostgreSQL run'
  : missingTools();

const AGENCY_BY_ID = `query($id: ID!) { node(id: $id) { id ... on Agency { name } } }`;
const FEED = `subscription { changes { cursor type entityId } }`;

interface Answer {
  status: number;
  upstream: string | null;
  body: { data?: Record<string, unknown> | null; errors?: unknown[]; extensions?: Record<string, unknown> };
}

describe.skipIf(skipped !== null)(
  `a primary, a streaming replica, two instances and nginx${skipped ? ` (skipped: ${skipped})` : ''}`,
  { timeout: 30_000 },
  () => {
    let topology: Topology;
    let redis: PrivateRedis | undefined;
    let admin: Record<string, string>;
    let replicaAdmin: pg.Client;

    beforeAll(async () => {
      redis = redisServerAvailable ? await PrivateRedis.start() : undefined;
      topology = await startTopology({
        servers: 2,
        seed: false,
        environment: redis ? { REDIS_URL: redis.url } : {},
      });
      const primary = await openDatabase({ kind: 'postgres', url: topology.primary.url('twinning'), poolSize: 1 });
      try {
        admin = await apiKeyHeader(primary, 'ADMIN');
      } finally {
        await primary.close();
      }
      replicaAdmin = new pg.Client({ connectionString: topology.replica.url('twinning') });
      // The last test stops the replica under this session.
      replicaAdmin.on('error', () => {});
      await replicaAdmin.connect();
    }, 75_000);

    afterAll(async () => {
      await replicaAdmin?.end().catch(() => {});
      await topology?.stop();
      await redis?.stop();
    }, 30_000);

    async function get(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
      const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
      return answer(await fetch(`${topology.url}/graphql?${params}`, { headers: { accept: 'application/json' } }));
    }

    async function post(
      query: string,
      variables: Record<string, unknown>,
      headers: Record<string, string> = {},
      baseUrl = topology.url,
    ): Promise<Answer> {
      return answer(
        await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        }),
      );
    }

    async function createAgency(name: string, baseUrl = topology.url): Promise<string> {
      const created = await post(CREATE_AGENCY, { input: { name, kind: 'ENTERPRISE' } }, admin, baseUrl);
      const payload = created.body.data?.createAgency as { agency?: { id: string } } | undefined;
      if (!payload?.agency) throw new Error(`createAgency failed: ${JSON.stringify(created.body)}`);
      return payload.agency.id;
    }

    it('nginx sends requests to every instance in turn', async () => {
      const upstreams: Array<string | null> = [];
      for (let index = 0; index < 6; index++) upstreams.push((await get('{ freshness { sequence } }')).upstream);
      expect(new Set(upstreams)).toEqual(new Set(topology.servers.map((server) => `127.0.0.1:${server.port}`)));
    });

    it('plain reads come from the replica, and the SDK reads its own writes at once through any instance', async () => {
      const sdk: TwinningClient = createTwinningClient({
        url: `${topology.url}/graphql`,
        apiKey: admin.authorization!.replace('Bearer ', ''),
        retries: 0,
      });
      // The replica stops applying the primary's changes: whatever it serves from now on is older.
      await replicaAdmin.query('SELECT pg_wal_replay_pause()');
      try {
        const created = await sdk.request(
          parse(CREATE_AGENCY) as TypedDocumentNode<{ createAgency: { agency?: { id: string; name: string } } }>,
          { input: { name: 'Written through nginx', kind: 'ENTERPRISE' } },
        );
        const id = created.createAgency.agency!.id;
        // Two reads, so both instances answer one: each knows the replica has not replayed the write.
        for (let index = 0; index < 2; index++) {
          const mine = await sdk.request(parse(AGENCY_BY_ID) as TypedDocumentNode<{ node: { name: string } | null }>, {
            id,
          });
          expect(mine.node).toEqual({ id, name: 'Written through nginx' });
        }
        // The same read without the write's position is served by the paused replica.
        for (let index = 0; index < 2; index++) {
          const plain = await post(AGENCY_BY_ID, { id });
          expect(plain.status).toBe(200);
          expect(plain.body.data).toEqual({ node: null });
        }
        // A mutation's answer carries the position a client sends back.
        const direct = await post(CREATE_AGENCY, { input: { name: 'Second', kind: 'ENTERPRISE' } }, admin);
        expect(direct.body.extensions?.readAfter).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
        await replicaAdmin.query('SELECT pg_wal_replay_resume()');
        await eventually(async () => (await post(AGENCY_BY_ID, { id })).body.data?.node !== null, 10_000);
      } finally {
        await replicaAdmin.query('SELECT pg_wal_replay_resume()').catch(() => {});
        sdk.close();
      }
    });

    it('a WebSocket subscription through nginx receives changes written through either instance', async () => {
      const client = wsClient(`${topology.url.replace('http', 'ws')}/graphql`, {
        authorization: admin.authorization,
      });
      const feed = new Subscription<{ changes: { entityId: string } }>(client, FEED);
      try {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        // One write straight to each instance: one of them is not the instance holding the socket.
        const written = [
          await createAgency('Through instance 1', topology.servers[0]!.url),
          await createAgency('Through instance 2', topology.servers[1]!.url),
        ];
        await feed.until(
          (subscription) => written.every((id) => subscription.data.some((data) => data.changes.entityId === id)),
          10_000,
          'both agencies',
        );
      } finally {
        feed.stop();
        await client.dispose();
      }
    });

    it('an instance killed mid-load loses no read sent as GET: nginx passes it to the other instance', async () => {
      const statuses: number[] = [];
      let running = true;
      const reader = async () => {
        while (running) statuses.push((await get('{ freshness { sequence } }')).status);
      };
      const readers = Promise.all([reader(), reader(), reader(), reader()]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await stopProcess(topology.servers[1]!.process, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      running = false;
      await readers;
      expect(statuses.length).toBeGreaterThan(20);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      // POSTs sent after the kill are refused at connect by the dead instance and passed on too.
      const after = await Promise.all([1, 2, 3, 4].map(() => post('{ freshness { sequence } }', {})));
      expect(after.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    });

    it('with the replica stopped, reads fall back to the primary: no 5xx, and /readyz stays ready', async () => {
      const id = await createAgency('Before the replica stops');
      await topology.replica.stop();
      const answers: Answer[] = [];
      for (let index = 0; index < 20; index++) answers.push(await post(AGENCY_BY_ID, { id }));
      expect(answers.filter((answer) => answer.status !== 200 || answer.body.errors)).toEqual([]);
      expect(answers.every((answer) => answer.body.data?.node !== null)).toBe(true);
      const ready = await fetch(`${topology.url}/readyz`);
      expect(ready.status).toBe(200);
      const readiness = (await ready.json()) as { status: string; replicas: Array<{ state: string }> };
      expect(readiness).toMatchObject({ status: 'ready', replicas: [{ state: 'unreachable' }] });
    });
  },
);

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { errors: [`not JSON: ${text.slice(0, 200)}`] };
  }
  return { status: response.status, upstream: response.headers.get('x-upstream'), body };
}

async function eventually(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
