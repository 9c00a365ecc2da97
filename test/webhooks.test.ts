import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook, type WebhookEvent } from '../packages/sdk/src/index.ts';
import { inProcessWakeups } from '../packages/server/src/events/wakeups.ts';
import { WebhookDispatcher } from '../packages/server/src/events/webhooks/dispatcher.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { post, recordVisit, twinningIdOf } from './support/feed.ts';
import { type LiveServer, startLiveServer, type WebhookTimings } from './support/sdk-server.ts';

const timings: WebhookTimings = {
  timeoutMs: 2_000,
  retryBaseMs: 100,
  retryMaxMs: 1_000,
  pauseAfterMs: 60_000,
  tickMs: 100,
  leaseMs: 1_000,
};

/** A partner's endpoint on a loopback port: checks every signature, and fails on purpose when told to. */
class Receiver {
  readonly requests: Array<{ at: number; headers: IncomingHttpHeaders; event?: WebhookEvent; refusal?: string }> = [];
  readonly accepted: WebhookEvent[] = [];
  secret = '';
  /** How to answer: a number of failures still to give (then OK), or 'fail' for ever. */
  failures: number | 'fail' = 0;
  #server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const at = Date.now();
        try {
          const event = await verifyWebhook(this.secret, request.headers, body);
          this.requests.push({ at, headers: request.headers, event });
          if (this.failures === 'fail' || this.failures > 0) {
            if (this.failures !== 'fail') this.failures--;
            response.writeHead(503, { 'content-type': 'text/plain' }).end('Partner portal is down for maintenance');
            return;
          }
          this.accepted.push(event);
          response.writeHead(204).end();
        } catch (error) {
          this.requests.push({ at, headers: request.headers, refusal: (error as Error).message });
          response.writeHead(401).end('bad signature');
        }
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/hooks/twinning`;
    return this;
  }

  async until(count: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.accepted.length < count) {
      if (Date.now() > deadline) {
        throw new Error(
          `Accepted ${this.accepted.length} of ${count} events; requests: ${JSON.stringify(this.requests.map((r) => [r.event?.id, r.refusal]))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server?.closeAllConnections();
      this.#server?.close(() => resolve());
    });
  }
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { issues { path message } }
    ... on CreateWebhookEndpointSuccess { secret endpoint { id url types status deliveredThrough } }
  }
}`;

interface Created {
  createWebhookEndpoint: {
    __typename: string;
    message?: string;
    issues?: Array<{ path: string[]; message: string }>;
    secret?: string;
    endpoint?: { id: string; url: string; types: string[]; status: string; deliveredThrough: string };
  };
}

let server: LiveServer;
let partner: Record<string, string>;
let dienBienDongTwinning: string;
let dongGiangTwinning: string;
let dienBienProvince: string;
let dienBienId: string;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startLiveServer({ webhooks: timings });
  admin = await apiKeyHeader(server.database, 'ADMIN');
  partner = await apiKeyHeader(server.database, 'VIEWER');
  dienBienDongTwinning = await twinningIdOf(server.database, '101');
  dongGiangTwinning = await twinningIdOf(server.database, '23074');
  dienBienId = (
    await server.database.prisma.place.findFirstOrThrow({ where: { level: 'PROVINCE', code: '11', validFrom: null } })
  ).id;
  dienBienProvince = Buffer.from(`Province:${dienBienId}`).toString('base64');
});
afterAll(() => server?.close());

async function register(receiver: Receiver, input: Record<string, unknown>, key = partner) {
  const created = await post<Created>(server.graphqlUrl, CREATE, { input: { url: receiver.url, ...input } }, key);
  const outcome = created.data?.createWebhookEndpoint;
  if (!outcome?.secret || !outcome.endpoint)
    throw new Error(`createWebhookEndpoint failed: ${JSON.stringify(created)}`);
  receiver.secret = outcome.secret;
  return outcome.endpoint;
}

describe('registering endpoints', () => {
  it('shows the signing secret once, keeps it from every read, and only the owner sees the endpoint', async () => {
    const receiver = await new Receiver().start();
    try {
      const endpoint = await register(receiver, { types: ['ActivityRecorded'], placeId: dienBienProvince });
      expect(receiver.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
      expect(endpoint).toMatchObject({ url: receiver.url, types: ['ActivityRecorded'], status: 'ACTIVE' });

      const listed = await post<{ webhookEndpoints: { nodes: Array<{ id: string }> } }>(
        server.graphqlUrl,
        '{ webhookEndpoints { nodes { id } } }',
        {},
        partner,
      );
      expect(listed.data!.webhookEndpoints.nodes.map((node) => node.id)).toContain(endpoint.id);
      const secretField = await post(server.graphqlUrl, '{ webhookEndpoints { nodes { secret } } }', {}, partner);
      expect(secretField.errors?.[0]?.message).toContain('secret');

      const stranger = await apiKeyHeader(server.database, 'VIEWER');
      const theirs = await post<{ webhookEndpoints: { nodes: unknown[] }; node: unknown }>(
        server.graphqlUrl,
        'query($id: ID!) { webhookEndpoints { nodes { id } } node(id: $id) { id } }',
        { id: endpoint.id },
        stranger,
      );
      expect(theirs.data).toEqual({ webhookEndpoints: { nodes: [] }, node: null });
      const hijack = await post<{ updateWebhookEndpoint: { __typename: string } }>(
        server.graphqlUrl,
        'mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename } }',
        { input: { id: endpoint.id, url: 'https://attacker.example/' } },
        stranger,
      );
      expect(hijack.data?.updateWebhookEndpoint.__typename).toBe('NotFoundError');
    } finally {
      await receiver.close();
    }
  });

  it('refuses anonymous callers, and names every bad field', async () => {
    const anonymous = await post<Created>(server.graphqlUrl, CREATE, {
      input: { url: 'https://portal.example.vn/hook' },
    });
    expect(anonymous.data?.createWebhookEndpoint.__typename).toBe('ForbiddenError');
    const bad = await post<Created>(
      server.graphqlUrl,
      CREATE,
      { input: { url: 'ftp://user:secret@portal.example.vn/hook', after: 'yesterday' } },
      partner,
    );
    expect(bad.data?.createWebhookEndpoint.__typename).toBe('ValidationError');
    const issues = bad.data!.createWebhookEndpoint.issues!;
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['input.url', 'input.url']);
    expect(issues.map((issue) => issue.message).join(' ')).toMatch(/https:\/\/.*credentials/s);
  });
});

describe('delivery', () => {
  it('delivers matching changes in order, signed, retrying a failing endpoint with backoff until it succeeds', async () => {
    const receiver = await new Receiver().start();
    try {
      const endpoint = await register(receiver, { types: ['ActivityRecorded'], placeId: dienBienProvince });
      receiver.failures = 3;
      const expected = [];
      for (let index = 0; index < 4; index++) {
        expected.push(await recordVisit(server.graphqlUrl, admin, dienBienDongTwinning, `Webhook visit ${index}`));
        if (index === 1) await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'Outside the place filter');
      }
      await receiver.until(4);
      await new Promise((resolve) => setTimeout(resolve, 300));

      expect(receiver.accepted.map((event) => event.entityId)).toEqual(expected);
      expect(receiver.accepted.every((event) => event.type === 'ActivityRecorded')).toBe(true);
      expect(receiver.accepted[0]!.province).toMatchObject({ name: 'Điện Biên' });
      expect(receiver.requests.every((request) => request.refusal === undefined)).toBe(true);
      // The first change was tried four times (three refusals), each later one once, never out of order.
      const tried = receiver.requests.map((request) => Number(request.event!.id));
      expect(tried).toEqual([...tried].sort((a, b) => a - b));
      const first = receiver.requests.filter((request) => request.event!.id === receiver.accepted[0]!.id);
      expect(first.map((request) => request.headers['twinning-delivery-attempt'])).toEqual(['1', '2', '3', '4']);
      // Exponential backoff with "equal jitter": retry n waits at least half of base × 2^(n-1).
      const gaps = first.slice(1).map((request, index) => request.at - first[index]!.at);
      gaps.forEach((gap, index) => {
        expect(gap).toBeGreaterThanOrEqual((timings.retryBaseMs * 2 ** index) / 2 - 5);
      });

      const log = await post<{
        node: {
          status: string;
          failingSince: string | null;
          deliveries: {
            totalCount: number;
            nodes: Array<{ status: string; attempts: number; lastStatusCode: number }>;
          };
        };
      }>(
        server.graphqlUrl,
        `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { status failingSince
          deliveries(first: 10) { totalCount nodes { status attempts lastStatusCode } } } } }`,
        { id: endpoint.id },
        partner,
      );
      expect(log.data!.node.status).toBe('ACTIVE');
      expect(log.data!.node.failingSince).toBeNull();
      expect(log.data!.node.deliveries.totalCount).toBe(4);
      // Newest first: the oldest delivery is the one that needed four attempts.
      expect(log.data!.node.deliveries.nodes.at(-1)).toEqual({ status: 'SUCCEEDED', attempts: 4, lastStatusCode: 204 });
      expect(log.data!.node.deliveries.nodes.slice(0, 3).every((delivery) => delivery.attempts === 1)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('pauses an endpoint failing longer than the limit; resuming delivers what accumulated, in order', async () => {
    const impatient = await startLiveServer({ webhooks: { ...timings, pauseAfterMs: 1_500 } });
    const receiver = await new Receiver().start();
    const key = await apiKeyHeader(impatient.database, 'ADMIN');
    const url = impatient.graphqlUrl;
    try {
      const created = await post<Created>(
        url,
        CREATE,
        { input: { url: receiver.url, types: ['ActivityRecorded'] } },
        key,
      );
      receiver.secret = created.data!.createWebhookEndpoint.secret!;
      const endpoint = created.data!.createWebhookEndpoint.endpoint!;
      receiver.failures = 'fail';
      const expected = [await recordVisit(url, key, dongGiangTwinning, 'While the portal is down')];
      const status = () =>
        post<{ node: { status: string; pausedReason: string | null } }>(
          url,
          'query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { status pausedReason } } }',
          { id: endpoint.id },
          key,
        );
      const deadline = Date.now() + 15_000;
      while ((await status()).data!.node.status !== 'PAUSED') {
        if (Date.now() > deadline) throw new Error('the endpoint was never paused');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await status()).data!.node.pausedReason).toContain('HTTP 503');
      const triesWhenPaused = receiver.requests.length;
      expected.push(await recordVisit(url, key, dongGiangTwinning, 'While paused'));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(receiver.requests.length).toBe(triesWhenPaused);

      receiver.failures = 0;
      const resumed = await post<{ resumeWebhookEndpoint: { __typename: string } }>(
        url,
        'mutation($input: WebhookEndpointIdInput!) { resumeWebhookEndpoint(input: $input) { __typename } }',
        { input: { id: endpoint.id } },
        key,
      );
      expect(resumed.data?.resumeWebhookEndpoint.__typename).toBe('ResumeWebhookEndpointSuccess');
      await receiver.until(2);
      expect(receiver.accepted.map((event) => event.entityId)).toEqual(expected);
    } finally {
      await receiver.close();
      await impatient.close();
    }
  });

  it('an editor’s endpoint receives only the changes its key may read', async () => {
    const receiver = await new Receiver().start();
    try {
      const editor = await apiKeyHeader(server.database, 'EDITOR', { provinceIds: [dienBienId] });
      await register(receiver, { types: ['ActivityRecorded'] }, editor);
      await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'Not for the Điện Biên editor');
      const visible = await recordVisit(server.graphqlUrl, admin, dienBienDongTwinning, 'For the Điện Biên editor');
      await receiver.until(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.accepted.map((event) => event.entityId)).toEqual([visible]);
    } finally {
      await receiver.close();
    }
  });
});

describe('several instances on one database', () => {
  it('one dispatcher delivers at a time; another takes over from the database state when it stops', async () => {
    const quiet = await startLiveServer({ database: server.database });
    const receiver = await new Receiver().start();
    const first = new WebhookDispatcher({ db: server.database.prisma, wakeups: inProcessWakeups(), ...timings });
    const second = new WebhookDispatcher({ db: server.database.prisma, wakeups: inProcessWakeups(), ...timings });
    try {
      // Only these two compete: the test server's own dispatcher steps aside.
      await server.dispatcher!.stop();
      first.start();
      await new Promise((resolve) => setTimeout(resolve, 300));
      second.start();
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect([first.leaseHeld, second.leaseHeld]).toEqual([true, false]);

      await register(receiver, { types: ['ActivityRecorded'] });
      receiver.failures = 'fail';
      const expected = [];
      for (let index = 0; index < 3; index++) {
        expected.push(await recordVisit(quiet.graphqlUrl, admin, dongGiangTwinning, `Across a restart ${index}`));
      }
      while (receiver.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      await first.stop();
      receiver.failures = 0;
      await receiver.until(3);
      expect(second.leaseHeld).toBe(true);
      expect(receiver.accepted.map((event) => event.entityId)).toEqual(expected);
    } finally {
      await first.stop();
      await second.stop();
      await receiver.close();
      await quiet.close();
      server.dispatcher!.start();
    }
  });
});
