import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActivityDraft,
  ConflictError,
  createTwinningClient,
  DomainError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  type TwinningClient,
  type TwinningClientOptions,
  type TwinningLogEvent,
  ValidationError,
} from '../packages/sdk/src/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { type LiveServer, startInProcessServer } from './support/sdk-server.ts';

// The write helpers against the live server with a real editor key scoped to Điện Biên province:
// typed results, refusals as DomainErrors, and retries that are safe because of idempotency keys.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: LiveServer;
let editorKey: string;
let editor: TwinningClient;
const ids = {
  district: '',
  commune: '',
  dienBienTwinning: '',
  dienBienDepartment: '',
  marketManagement: '',
  dongGiangTwinning: '',
};

beforeAll(async () => {
  server = await startInProcessServer();
  const reader = createTwinningClient({ url: server.graphqlUrl, fetch: server.fetch, subscriptions: false });
  const district = (await reader.placeByCode('101', '2024-01-01'))!;
  ids.district = district.id;
  const communes = await reader.findPlaces({ parentId: district.id, level: 'COMMUNE', first: 1 });
  ids.commune = communes.nodes[0]!.id;
  const twinnings = await reader.placeTwinnings(district.id, { includeDescendants: true, first: 50 });
  const department = twinnings.nodes.find((twinning) => twinning.agency.name === 'Sở Công Thương tỉnh Điện Biên')!;
  ids.dienBienTwinning = department.id;
  ids.dienBienDepartment = department.agency.id;
  ids.marketManagement = twinnings.nodes.find(
    (twinning) => twinning.agency.nameEn === 'Market Management Department',
  )!.agency.id;
  const dongGiang = (await reader.placeByCode('23074', '2024-01-01'))!;
  ids.dongGiangTwinning = (await reader.placeTwinnings(dongGiang.id)).nodes[0]!.id;
  reader.close();

  const { authorization } = await apiKeyHeader(server.database, 'EDITOR', {
    provinceIds: [dbId(district.parent!.id)],
  });
  editorKey = authorization!.replace(/^Bearer /, '');
  editor = client();
});
afterAll(async () => {
  editor?.close();
  await server?.close();
});

function client(options: Partial<Pick<TwinningClientOptions, 'fetch' | 'retries' | 'logger'>> = {}): TwinningClient {
  return createTwinningClient({
    url: server.graphqlUrl,
    fetch: server.fetch,
    apiKey: editorKey,
    subscriptions: false,
    ...options,
  });
}

/** A gift of the Điện Biên Department of Industry and Trade in Điện Biên Đông, under Decision 2072. */
function gift(title: string, extra: Partial<ActivityDraft> = {}): ActivityDraft {
  return {
    twinningId: ids.dienBienTwinning,
    category: 'IN_KIND_GIFT',
    title,
    occurredOn: '2024-12-20',
    valueVnd: 2_000_000n,
    items: [{ description: 'Warm blankets', quantity: 10, unit: 'blankets', valueVnd: '2000000' }],
    ...extra,
  };
}

async function rowsTitled(title: string): Promise<number> {
  return server.database.prisma.activity.count({ where: { title } });
}

/**
 * A connection that drops every `dropFirst` mutation's response after the server has answered it:
 * the write happened, the client never hears so. Records each mutation body it forwards.
 */
function losingResponses(dropFirst: number) {
  const bodies: Array<{ operationName: string; variables: Record<string, unknown> }> = [];
  const lost: unknown[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
    bodies.push(body);
    const response = await server.fetch(input, init);
    if (bodies.length <= dropFirst) {
      lost.push(await response.json());
      throw new TypeError('fetch failed: socket hang up');
    }
    return response;
  };
  return { fetch: fetchImpl, bodies, lost };
}

describe('recordActivity', () => {
  it('records an activity with an editor key and returns it typed, with the key it generated', async () => {
    const result = await editor.recordActivity(
      gift('Blankets for Phình Giàng', {
        occurredOn: new Date('2024-12-18T00:00:00Z'),
        beneficiaryCount: 40,
        partners: [{ agencyId: ids.marketManagement, role: 'CO_ORGANISER', contributionVnd: 500_000 }],
      }),
    );
    expect(result.idempotencyKey).toMatch(UUID);
    expect(result.activity).toMatchObject({
      title: 'Blankets for Phình Giàng',
      occurredOn: '2024-12-18',
      valueVnd: '2000000',
      beneficiaryCount: 40,
      agency: { name: 'Sở Công Thương tỉnh Điện Biên' },
      place: { name: 'Điện Biên Đông' },
      twinning: { id: ids.dienBienTwinning },
      items: [{ description: 'Warm blankets', quantity: 10, valueVnd: '2000000' }],
      partners: [{ role: 'CO_ORGANISER', contributionVnd: '500000' }],
    });
    const row = await server.database.prisma.activity.findUniqueOrThrow({ where: { id: dbId(result.activity.id) } });
    expect(row).toMatchObject({ title: 'Blankets for Phình Giàng', valueVnd: 2_000_000n });
  });

  it('surfaces a ValidationError with each bad field’s path, and writes nothing', async () => {
    const before = await server.database.prisma.activity.count();
    const error = await editor
      .recordActivity(gift('   ', { valueVnd: '-5', items: [{ description: 'Fans', valueVnd: -1 }] }), {
        idempotencyKey: 'bad-gift-1',
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(DomainError);
    const validation = error as ValidationError;
    expect(validation).toMatchObject({ code: 'VALIDATION', typename: 'ValidationError', idempotencyKey: 'bad-gift-1' });
    expect(validation.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'input.items.0.valueVnd',
      'input.title',
      'input.valueVnd',
    ]);
    expect(validation.issues.every((issue) => issue.message.length > 0)).toBe(true);
    expect(await server.database.prisma.activity.count()).toBe(before);
  });

  it('is a ForbiddenError for an editor of Điện Biên recording in Bình Thuận', async () => {
    const before = await server.database.prisma.activity.count();
    const error = await editor
      .recordActivity({
        twinningId: ids.dongGiangTwinning,
        category: 'VISIT',
        title: 'Visit',
        occurredOn: '2024-05-01',
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', idempotencyKey: expect.stringMatching(UUID) });
    expect(await server.database.prisma.activity.count()).toBe(before);
  });

  it('is a ConflictError when a key is reused for a different activity', async () => {
    await editor.recordActivity(gift('Rice, batch A'), { idempotencyKey: 'rice-2024-12' });
    const error = await editor
      .recordActivity(gift('Rice, batch B'), { idempotencyKey: 'rice-2024-12' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toMatch(/already used for a different recordActivity request/);
    expect(await rowsTitled('Rice, batch B')).toBe(0);
  });

  it('retries a write whose response was lost with the same key: the same activity ID, one row, one audit entry', async () => {
    const connection = losingResponses(1);
    const events: TwinningLogEvent[] = [];
    const flaky = client({ fetch: connection.fetch, retries: 2, logger: (event) => events.push(event) });
    const result = await flaky.recordActivity(gift('Solar lamps for Na Son'));

    expect(connection.bodies).toHaveLength(2);
    const [first, second] = connection.bodies;
    expect(first!.variables.idempotencyKey).toBe(result.idempotencyKey);
    expect(second).toEqual(first);
    const lost = connection.lost[0] as { data: { recordActivity: { activity: { id: string } } } };
    expect(result.activity.id).toBe(lost.data.recordActivity.activity.id);
    expect(await rowsTitled('Solar lamps for Na Son')).toBe(1);
    expect(
      await server.database.prisma.changeEvent.count({
        where: { entityType: 'Activity', entityId: dbId(result.activity.id) },
      }),
    ).toBe(1);
    expect(events.filter((event) => event.type === 'retry')).toEqual([
      expect.objectContaining({ operationName: 'RecordActivity', attempt: 1, idempotencyKey: result.idempotencyKey }),
    ]);
    flaky.close();
  });

  it('hands the key over on a NetworkError, so the caller can safely send the write again later', async () => {
    const connection = losingResponses(1);
    const offline = client({ fetch: connection.fetch, retries: 0 });
    const error = await offline.recordActivity(gift('Water tanks')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    const key = (error as NetworkError).idempotencyKey!;
    expect(key).toMatch(UUID);
    expect(await rowsTitled('Water tanks')).toBe(1); // it was written; the client could not know

    const again = await editor.recordActivity(gift('Water tanks'), { idempotencyKey: key });
    const lost = connection.lost[0] as { data: { recordActivity: { activity: { id: string } } } };
    expect(again.activity.id).toBe(lost.data.recordActivity.activity.id);
    expect(await rowsTitled('Water tanks')).toBe(1);
    offline.close();
  });

  it('never retries a write sent without a key (idempotencyKey: null), nor a mutation document without one', async () => {
    const connection = losingResponses(5);
    const flaky = client({ fetch: connection.fetch, retries: 3 });
    const error = await flaky
      .recordActivity(gift('Medicine cabinet'), { idempotencyKey: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).idempotencyKey).toBeUndefined();
    expect(connection.bodies).toHaveLength(1);
    expect(connection.bodies[0]!.variables).not.toHaveProperty('idempotencyKey');
    expect(await rowsTitled('Medicine cabinet')).toBe(1); // a retry would have written it twice

    // A variable that happens to be called idempotencyKey but feeds no such argument is not a key.
    const ownDocument = parse(`mutation Mine($input: ActivityInput!, $idempotencyKey: String) {
      recordActivity(input: $input) { __typename }
      note: __typename
    }`);
    const sent = connection.bodies.length;
    await expect(
      flaky.request(ownDocument, {
        input: { twinningId: ids.dienBienTwinning, category: 'VISIT', title: 'Own visit', occurredOn: '2024-06-01' },
        idempotencyKey: 'looks-like-a-key',
      }),
    ).rejects.toBeInstanceOf(NetworkError);
    expect(connection.bodies.length - sent).toBe(1);
    flaky.close();
  });
});

describe('recordActivities', () => {
  it('records a bulk of 100 activities in input order, in one request, all with one key', async () => {
    const drafts = Array.from({ length: 100 }, (_, index) =>
      gift(`Bulk gift ${String(index).padStart(3, '0')}`, {
        occurredOn: new Date(Date.UTC(2024, index % 12, 1 + (index % 28))),
        valueVnd: index % 2 === 0 ? BigInt(1_000_000 + index) : 1_000_000 + index,
        items: [],
      }),
    );
    const sent: string[] = [];
    const bulk = client({
      fetch: (input, init) => {
        sent.push(JSON.parse(String(init?.body)).operationName);
        return server.fetch(input, init);
      },
    });
    const result = await bulk.recordActivities(drafts);
    expect(sent).toEqual(['RecordActivities']);
    expect(result.idempotencyKey).toMatch(UUID);
    expect(result.activities.map((activity) => activity.title)).toEqual(drafts.map((draft) => draft.title));
    expect(result.activities[7]).toMatchObject({ valueVnd: '1000007', occurredOn: '2024-08-08' });
    const rows = await server.database.prisma.activity.findMany({
      where: { title: { startsWith: 'Bulk gift ' } },
      select: { id: true, valueVnd: true },
    });
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(result.activities.map((activity) => dbId(activity.id))));
    expect(rows.reduce((sum, row) => sum + (row.valueVnd ?? 0n), 0n)).toBe(100_000_000n + 4_950n);

    const replay = await bulk.recordActivities(drafts, { idempotencyKey: result.idempotencyKey });
    expect(replay.activities.map((activity) => activity.id)).toEqual(result.activities.map((activity) => activity.id));
    expect(await server.database.prisma.activity.count({ where: { title: { startsWith: 'Bulk gift ' } } })).toBe(100);
    bulk.close();
  });

  it('refuses the whole batch for one bad activity, naming it by index', async () => {
    const drafts = Array.from({ length: 40 }, (_, index) => gift(`Batch ${index}`));
    drafts[37] = gift('Batch 37', { valueVnd: '-1', items: [] });
    const error = await editor.recordActivities(drafts).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      ['input', 'activities', '37', 'valueVnd'],
    ]);
    expect(await server.database.prisma.activity.count({ where: { title: { startsWith: 'Batch ' } } })).toBe(0);
  });
});

describe('twinnings and needs', () => {
  it('assigns a twinning, opens a need through it and takes a pledge, each typed', async () => {
    const { twinning, idempotencyKey } = await editor.assignTwinning({
      agencyId: ids.dienBienDepartment,
      placeId: ids.commune,
      relation: 'HELP',
      startsOn: new Date('2023-01-01T00:00:00Z'),
      endsOn: '2025-06-30',
      note: 'Electrification of the commune’s villages',
    });
    expect(idempotencyKey).toMatch(UUID);
    expect(twinning).toMatchObject({
      relation: 'HELP',
      status: 'ENDED',
      startsOn: '2023-01-01',
      endsOn: '2025-06-30',
      agency: { id: ids.dienBienDepartment },
      place: { id: ids.commune },
      note: 'Electrification of the commune’s villages',
    });

    const { need } = await editor.openNeed({
      placeId: ids.commune,
      twinningId: twinning.id,
      category: 'INFRASTRUCTURE',
      title: 'Transformer station',
      requestedOn: '2024-03-01',
      estimatedValueVnd: 450_000_000n,
    });
    expect(need).toMatchObject({
      status: 'OPEN',
      estimatedValueVnd: '450000000',
      requestedOf: { id: ids.dienBienDepartment },
      twinning: { id: twinning.id },
    });

    const pledged = await editor.pledgeNeed({
      needId: need.id,
      agencyId: ids.dienBienDepartment,
      amountVnd: 200_000_000,
      note: 'Cables and poles',
      pledgedOn: '2024-04-01',
    });
    expect(pledged.need).toMatchObject({
      status: 'PLEDGED',
      pledgedVnd: '200000000',
      pledges: [{ agency: { id: ids.dienBienDepartment }, amountVnd: '200000000', pledgedOn: '2024-04-01' }],
    });
    const twice = await editor
      .pledgeNeed({ needId: need.id, agencyId: ids.dienBienDepartment })
      .catch((caught: unknown) => caught);
    expect(twice).toBeInstanceOf(ConflictError);
  });

  it('is a NotFoundError with entity and reference for a need that does not exist', async () => {
    const missing = Buffer.from(`Need:${randomUUID()}`).toString('base64');
    const error = await editor
      .pledgeNeed({ needId: missing, agencyId: ids.dienBienDepartment })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', reference: missing });
    // The server names this entity "need" (most writes use the type name, e.g. "Agency").
    expect((error as NotFoundError).entity?.toLowerCase()).toBe('need');
  });

  it('checks arguments before sending anything', async () => {
    await expect(editor.recordActivity(gift('x', { occurredOn: '20/12/2024' }))).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/input\.occurredOn must be a day/),
    });
    await expect(editor.recordActivity(gift('x', { valueVnd: 2 ** 60 }))).rejects.toThrow(/safe integer/);
    await expect(editor.recordActivity(gift('x'), { idempotencyKey: '' })).rejects.toThrow(/idempotencyKey must be/);
  });
});

/** The database UUID inside a global ID (base64 of "Type:uuid"); tests only, IDs are opaque to clients. */
function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}
