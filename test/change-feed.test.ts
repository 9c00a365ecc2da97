import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordChanges } from '../packages/server/src/events/change-log.ts';
import { pruneChanges } from '../packages/server/src/events/retention.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { CHANGE_FIELDS, type FeedChange, outboxCursors, post, recordVisit, twinningIdOf } from './support/feed.ts';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';
import { Subscription, sseClient, wsClient } from './support/subscriptions.ts';

let server: LiveServer;
let admin: Record<string, string>;
let viewer: Record<string, string>;
let dienBienEditor: Record<string, string>;
/** The twinnings the seed records: units under 2072/QD-UBND with Điện Biên Đông, and Đông Giang's. */
let dienBienDongTwinning: string;
let dongGiangTwinning: string;
let dienBienProvince: string;

const CHANGES_PAGE = `query($after: String, $first: Int, $types: [ChangeType!], $placeId: ID, $includeDescendants: Boolean) {
  changes(after: $after, first: $first, types: $types, placeId: $placeId, includeDescendants: $includeDescendants) {
    totalCount
    nodes { ${CHANGE_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SUBSCRIBE = `subscription($after: String, $types: [ChangeType!], $placeId: ID) {
  changes(after: $after, types: $types, placeId: $placeId) { ${CHANGE_FIELDS} }
}`;

type Page = {
  changes: { totalCount: number; nodes: FeedChange[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

beforeAll(async () => {
  server = await startLiveServer({ webSocket: true });
  const { database } = server;
  admin = await apiKeyHeader(database, 'ADMIN');
  viewer = await apiKeyHeader(database, 'VIEWER');
  const dienBien = await database.prisma.place.findFirstOrThrow({
    where: { level: 'PROVINCE', code: '11', validFrom: null },
  });
  dienBienProvince = Buffer.from(`Province:${dienBien.id}`).toString('base64');
  dienBienEditor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [dienBien.id] });
  dienBienDongTwinning = await twinningIdOf(database, '101');
  dongGiangTwinning = await twinningIdOf(database, '23074');
});
afterAll(() => server?.close());

async function head(): Promise<string> {
  const result = await post<{ freshness: { sequence: string | null } }>(
    server.graphqlUrl,
    '{ freshness { sequence } }',
  );
  return result.data?.freshness.sequence ?? '0';
}

describe('typed changes', () => {
  it('names a recorded activity ActivityRecorded, with a global ID node() resolves, its place, province, agency and actor', async () => {
    const activityId = await recordVisit(
      server.graphqlUrl,
      admin,
      dongGiangTwinning,
      'Visit to Đông Giang secondary school',
    );
    const page = await post<{ changes: { nodes: Array<FeedChange & { entity: { id: string; title: string } }> } }>(
      server.graphqlUrl,
      `query($id: ID) { changes(entityId: $id) { nodes { ${CHANGE_FIELDS} entity { id ... on Activity { title } } } } }`,
      { id: activityId },
      viewer,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.changes.nodes).toEqual([
      {
        cursor: expect.stringMatching(/^[1-9][0-9]*$/),
        type: 'ActivityRecorded',
        entityType: 'Activity',
        entityId: activityId,
        action: 'created',
        actor: 'test admin',
        place: { id: expect.any(String), name: 'Đông Giang' },
        province: { name: 'Bình Thuận' },
        agency: { name: 'Sở Công Thương tỉnh Bình Thuận' },
        entity: { id: activityId, title: 'Visit to Đông Giang secondary school' },
      },
    ]);
  });

  it('refuses the feed to anonymous callers', async () => {
    const anonymous = await post(server.graphqlUrl, '{ changes { totalCount } }');
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.message).toBeTruthy();
  });
});

describe('pull: changes(after, types, placeId, first)', () => {
  it('pages forward from a cursor, filtered by type and by a province with everything below it, with totalCount', async () => {
    const start = await head();
    const inDienBien = [];
    for (let index = 0; index < 3; index++) {
      inDienBien.push(await recordVisit(server.graphqlUrl, admin, dienBienDongTwinning, `Điện Biên visit ${index}`));
    }
    await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'Bình Thuận visit');

    const read = (after: string | null) =>
      post<Page>(
        server.graphqlUrl,
        CHANGES_PAGE,
        { after, first: 2, types: ['ActivityRecorded'], placeId: dienBienProvince, includeDescendants: true },
        viewer,
      );
    const first = await read(start);
    expect(first.errors).toBeUndefined();
    expect(first.data!.changes.nodes.map((change) => change.entityId)).toEqual(inDienBien.slice(0, 2));
    expect(first.data!.changes.pageInfo.hasNextPage).toBe(true);
    const second = await read(first.data!.changes.pageInfo.endCursor);
    expect(second.data!.changes.nodes.map((change) => change.entityId)).toEqual(inDienBien.slice(2));
    expect(second.data!.changes.pageInfo.hasNextPage).toBe(false);
    expect(second.data!.changes.nodes[0]!.province).toEqual({ name: 'Điện Biên' });
    // totalCount counts every matching change, across pages and before the cursor.
    expect(second.data!.changes.totalCount).toBeGreaterThanOrEqual(3);

    const withoutDescendants = await post<Page>(
      server.graphqlUrl,
      CHANGES_PAGE,
      { after: start, first: 10, placeId: dienBienProvince, includeDescendants: false },
      viewer,
    );
    expect(withoutDescendants.data!.changes.nodes).toEqual([]);
  });

  it('answers an unknown cursor and an expired one with a typed error, in a query and in a subscription', async () => {
    const ahead = String(BigInt(await head()) + 1000n);
    for (const cursor of [ahead, 'not-a-cursor', '-1']) {
      const result = await post(server.graphqlUrl, CHANGES_PAGE, { after: cursor }, viewer);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CURSOR_UNKNOWN' });
    }
    const client = sseClient(server.graphqlUrl, { headers: viewer });
    try {
      const unknown = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: ahead });
      expect(JSON.stringify(await unknown.failure())).toContain('CURSOR_UNKNOWN');

      const before = await head();
      await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'To be pruned');
      await pruneChanges(server.database.prisma, new Date(Date.now() + 60_000));
      const expired = await post(server.graphqlUrl, CHANGES_PAGE, { after: before }, viewer);
      expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED' });
      expect(expired.errors?.[0]?.message).toContain('pruned');
      const late = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: before });
      expect(JSON.stringify(await late.failure())).toContain('CURSOR_EXPIRED');
      // The newest position is still good after pruning: nothing after it was deleted.
      const current = await post<Page>(server.graphqlUrl, CHANGES_PAGE, { after: await head() }, viewer);
      expect(current.errors).toBeUndefined();
      expect(current.data!.changes.nodes).toEqual([]);
    } finally {
      client.dispose();
    }
  });
});

describe('commit order', () => {
  it('a writing transaction held open delays every later append, so no reader can skip past it', async () => {
    const start = BigInt(await head());
    const client = sseClient(server.graphqlUrl, { headers: viewer });
    const live = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: String(start) });
    try {
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let appended!: () => void;
      const hasAppended = new Promise<void>((resolve) => {
        appended = resolve;
      });
      const dongGiang = await server.database.prisma.place.findFirstOrThrow({
        where: { code: '23074', validFrom: null },
      });
      // Transaction A appends first and stays open, like a slow bulk write.
      const slow = server.database.prisma.$transaction(
        async (tx) => {
          await recordChanges(tx, [
            { type: 'PlaceUpdated', entityId: dongGiang.id, actorKeyId: null, before: dongGiang, after: dongGiang },
          ]);
          appended();
          await released;
        },
        { timeout: 60_000 },
      );
      await hasAppended;
      // B starts after A appended; it must not commit (or be seen) before A.
      let bDone = false;
      const fast = recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'Written while A was open').then((id) => {
        bDone = true;
        return id;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(bDone).toBe(false);
      if (process.env.DATABASE_URL) {
        // On PostgreSQL, B waits on the outbox's commit-order lock, not on anything else.
        const waiting = await server.database.prisma.$queryRaw<Array<{ count: bigint }>>`
          SELECT count(*) AS count FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
        expect(Number(waiting[0]!.count)).toBeGreaterThanOrEqual(1);
      }
      release();
      await slow;
      const bId = await fast;

      const rows = await server.database.prisma.changeEvent.findMany({
        where: { sequence: { gt: start } },
        orderBy: { sequence: 'asc' },
      });
      expect(rows.map((row) => row.type)).toEqual(['PlaceUpdated', 'ActivityRecorded']);
      await live.until((s) => s.data.length >= 2, 15_000, 'both changes');
      expect(live.data.map((data) => data.changes.type)).toEqual(['PlaceUpdated', 'ActivityRecorded']);
      expect(live.data[1]!.changes.entityId).toBe(bId);
    } finally {
      live.stop();
      client.dispose();
    }
  });

  it('a rolled-back write records no change and sends no event', async () => {
    const start = BigInt(await head());
    const client = sseClient(server.graphqlUrl, { headers: viewer });
    const live = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: String(start) });
    try {
      const place = await server.database.prisma.place.findFirstOrThrow({ where: { code: '23074', validFrom: null } });
      await expect(
        server.database.prisma.$transaction(async (tx) => {
          await recordChanges(tx, [
            { type: 'PlaceUpdated', entityId: place.id, actorKeyId: null, before: place, after: place },
          ]);
          throw new Error('the write failed after appending');
        }),
      ).rejects.toThrow('the write failed after appending');
      // A refused mutation (a twinning that does not exist) records nothing either.
      const refused = await post<{ recordActivity: { __typename: string } }>(
        server.graphqlUrl,
        'mutation($input: ActivityInput!) { recordActivity(input: $input) { __typename } }',
        {
          input: {
            twinningId: Buffer.from('Twinning:00000000-0000-7000-8000-000000000000').toString('base64'),
            category: 'VISIT',
            title: 'x',
            occurredOn: '2024-06-01',
          },
        },
        admin,
      );
      expect(refused.data?.recordActivity.__typename).not.toBe('RecordActivitySuccess');
      const marker = await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'After the rollback');

      expect(await outboxCursors(server.database, start)).toHaveLength(1);
      await live.until((s) => s.data.length >= 1, 15_000, 'the committed change');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(live.data.map((data) => data.changes.entityId)).toEqual([marker]);
    } finally {
      live.stop();
      client.dispose();
    }
  });
});

describe('push: subscription changes(after)', () => {
  it('replays from a cursor and switches to live with no gap and no duplicate, while writes continue', async () => {
    const start = await head();
    const before = [];
    for (let index = 0; index < 8; index++) {
      before.push(await recordVisit(server.graphqlUrl, admin, dienBienDongTwinning, `Replayed ${index}`));
    }
    const client = sseClient(server.graphqlUrl, { headers: viewer });
    const feed = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: start });
    try {
      const during = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          recordVisit(server.graphqlUrl, admin, index % 2 ? dongGiangTwinning : dienBienDongTwinning, `Live ${index}`),
        ),
      );
      await feed.until((s) => s.data.length >= 20, 20_000, 'all 20 changes');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const cursors = feed.data.map((data) => data.changes.cursor);
      expect(cursors).toEqual(await outboxCursors(server.database, BigInt(start)));
      expect(new Set(feed.data.map((data) => data.changes.entityId))).toEqual(new Set([...before, ...during]));
    } finally {
      feed.stop();
      client.dispose();
    }
  });

  it('resumes after a disconnect from the last cursor: exactly the missed changes, then live (graphql-ws)', async () => {
    const first = wsClient(server.wsUrl, { authorization: viewer.authorization });
    const start = await head();
    const feed = new Subscription<{ changes: FeedChange }>(first, SUBSCRIBE, { after: start });
    await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'Seen before the drop');
    await feed.until((s) => s.data.length >= 1, 15_000, 'the first change');
    const lastCursor = feed.data.at(-1)!.changes.cursor;
    await first.dispose();

    const missed = [];
    for (let index = 0; index < 5; index++) {
      missed.push(await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, `Missed ${index}`));
    }
    const second = wsClient(server.wsUrl, { authorization: viewer.authorization });
    const resumed = new Subscription<{ changes: FeedChange }>(second, SUBSCRIBE, { after: lastCursor });
    try {
      await resumed.until((s) => s.data.length >= 5, 15_000, 'the five missed changes');
      const after = await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'Live after resuming');
      await resumed.until((s) => s.data.length >= 6, 15_000, 'the live change');
      expect(resumed.data.map((data) => data.changes.entityId)).toEqual([...missed, after]);
    } finally {
      resumed.stop();
      await second.dispose();
    }
  });

  it('an editor’s subscription sees only its provinces’ changes', async () => {
    const client = sseClient(server.graphqlUrl, { headers: dienBienEditor });
    const feed = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, { after: await head() });
    try {
      await recordVisit(server.graphqlUrl, admin, dongGiangTwinning, 'Hidden from the Điện Biên editor');
      const visible = await recordVisit(server.graphqlUrl, admin, dienBienDongTwinning, 'Seen by the Điện Biên editor');
      await feed.until((s) => s.data.length >= 1, 15_000, 'the Điện Biên change');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(feed.data.map((data) => data.changes.entityId)).toEqual([visible]);
    } finally {
      feed.stop();
      client.dispose();
    }
  });

  it('revoking a key ends its open subscriptions within seconds, with UNAUTHENTICATED', async () => {
    const key = await apiKeyHeader(server.database, 'VIEWER');
    const client = sseClient(server.graphqlUrl, { headers: key });
    const feed = new Subscription<{ changes: FeedChange }>(client, SUBSCRIBE, {});
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const secret = key.authorization!.split(' ')[1]!;
      await server.database.prisma.apiKey.update({
        where: { prefix: secret.split('_')[1]! },
        data: { revokedAt: new Date() },
      });
      const revokedAt = Date.now();
      const ended = await feed.failure(10_000);
      expect(Date.now() - revokedAt).toBeLessThan(5_000);
      expect(JSON.stringify(ended)).toContain('UNAUTHENTICATED');
      expect(JSON.stringify(ended)).toContain('revoked');
    } finally {
      feed.stop();
      client.dispose();
    }
  });
});
