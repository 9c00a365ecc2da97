import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { foldForSearch } from '../packages/server/src/text/fold.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, query } from './support/graphql.ts';
import { fingerprint } from './support/snapshot.ts';

type Headers = Record<string, string>;

interface Outcome {
  __typename: string;
  message?: string;
  issues?: Array<{ path: string[]; message: string }>;
}

interface TwinningResult {
  id: string;
  status: string;
  relation: string;
  startsOn: string;
  startPrecision: string;
  endsOn: string | null;
  endedReason: string | null;
  agency: { name: string };
  place: { name: string };
  document: { number: string } | null;
}

interface NeedResult {
  id: string;
  status: string;
  requestedOn: string;
  closedOn: string | null;
  estimatedValueVnd: string | null;
  pledgedVnd: string;
  requestedOf: { name: string } | null;
  pledges: Array<{ agency: { name: string }; amountVnd: string | null; pledgedOn: string }>;
  activities: { nodes: Array<{ id: string }> };
}

const OUTCOME = '__typename ... on Error { message } ... on ValidationError { issues { path message } }';
const TWINNING = `id status relation startsOn startPrecision endsOn endedReason agency { name } place { name } document { number }`;
const NEED = `id status requestedOn closedOn estimatedValueVnd pledgedVnd requestedOf { name }
  pledges { agency { name } amountVnd pledgedOn } activities(first: 10) { nodes { id } }`;

let database: Database;
let app: App;
let admin: Headers;
let editorDienBien: Headers;
let editorBinhThuan: Headers;
let viewer: Headers;

const ids = {
  dienBienDong: '',
  commune: '',
  village: '',
  dongGiang: '',
  dongGiangToday: '',
  decision2072: '',
  dongGiangTwinning: '',
  dienBienTwinning: '',
  industryAndTrade: '',
  binhThuanIndustryAndTrade: '',
  youthUnion: '',
  labourFederation: '',
  marketManagement: '',
  culturalFacilities: '',
  seedlings: '',
};

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
  const data = await query(
    app,
    graphql(`query MutationsTwinningsNeedsPlace { dienBienDong: place(code: "101", asOf: "2024-01-01") { id parent { id } }
       dongGiang: place(code: "23074", asOf: "2024-01-01") { id parent { parent { id } } }
       dongGiangToday: place(code: "23074", asOf: "2025-08-01") { id }
       documents(search: "2072") { nodes { id } }
       set: criteriaSet(code: "NTM-COMMUNE-2021-2025") { cultural: criterion(number: 6) { id } }
       dienBien: twinnings(placeId: null, documentId: null, first: 50) { nodes { id agency { id name } } }
       binhThuan: twinnings(first: 50, relation: [TWINNING]) { nodes { id agency { id } } }
       needs(status: [OPEN], first: 50) { nodes { id title } } }`),
  );
  ids.dienBienDong = data.dienBienDong!.id;
  ids.dongGiang = data.dongGiang!.id;
  ids.dongGiangToday = data.dongGiangToday!.id;
  ids.decision2072 = data.documents.nodes[0]!.id;
  ids.culturalFacilities = data.set!.cultural!.id;
  const agency = (name: string) => data.dienBien.nodes.find((twinning) => twinning.agency.name === name)!;
  ids.dienBienTwinning = agency('Sở Công Thương tỉnh Điện Biên').id;
  ids.industryAndTrade = agency('Sở Công Thương tỉnh Điện Biên').agency.id;
  ids.youthUnion = agency('Tỉnh đoàn Điện Biên').agency.id;
  ids.labourFederation = agency('Liên đoàn Lao động tỉnh Điện Biên').agency.id;
  ids.marketManagement = agency('Cục Quản lý thị trường tỉnh Điện Biên').agency.id;
  ids.dongGiangTwinning = data.binhThuan.nodes[0]!.id;
  ids.binhThuanIndustryAndTrade = data.binhThuan.nodes[0]!.agency.id;
  ids.seedlings = data.needs.nodes.find((need) => need.title === 'Seedlings')!.id;

  // The national catalogue has no villages; a province adds the ones it twins, as here.
  const commune = await database.prisma.place.findFirstOrThrow({
    where: { parentId: uuid(ids.dienBienDong), level: 'COMMUNE' },
    orderBy: { code: 'asc' },
  });
  ids.commune = globalId('Commune', commune.id);
  const village = await database.prisma.place.create({
    data: {
      level: 'VILLAGE',
      kind: 'VILLAGE',
      name: 'Huổi Sớ',
      fullName: 'Bản Huổi Sớ',
      nameFolded: foldForSearch('Huổi Sớ'),
      localKind: 'bản',
      parentId: commune.id,
      validTo: commune.validTo,
    },
  });
  ids.village = globalId('Village', village.id);

  admin = await apiKeyHeader(database, 'ADMIN');
  editorDienBien = await apiKeyHeader(database, 'EDITOR', { provinceIds: [uuid(data.dienBienDong!.parent!.id)] });
  editorBinhThuan = await apiKeyHeader(database, 'EDITOR', {
    provinceIds: [uuid(data.dongGiang!.parent!.parent!.id)],
  });
  viewer = await apiKeyHeader(database, 'VIEWER');
});
afterAll(() => database.close());

function uuid(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':').slice(1).join(':');
}

function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

async function keyId(headers: Headers): Promise<string> {
  const prefix = headers.authorization!.split('_')[1]!;
  return (await database.prisma.apiKey.findUniqueOrThrow({ where: { prefix } })).id;
}

function daysFromToday(days: number): string {
  const vietnam = new Date(Date.now() + 7 * 3_600_000);
  return new Date(Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

async function assign(input: Record<string, unknown>, headers: Headers, key?: string) {
  const result = await execute<{ assignTwinning: Outcome & { twinning?: TwinningResult } }>(
    app,
    `mutation($input: AssignTwinningInput!, $key: String) { assignTwinning(input: $input, idempotencyKey: $key) {
       ${OUTCOME} ... on AssignTwinningSuccess { twinning { ${TWINNING} } } } }`,
    { input, key },
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.assignTwinning;
}

async function end(id: string, endsOn: string, reason: string | null, headers: Headers) {
  const result = await execute<{ endTwinning: Outcome & { twinning?: TwinningResult } }>(
    app,
    `mutation($input: EndTwinningInput!) { endTwinning(input: $input) {
       ${OUTCOME} ... on EndTwinningSuccess { twinning { ${TWINNING} } } } }`,
    { input: { id, endsOn, reason } },
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.endTwinning;
}

async function needMutation(
  field: 'openNeed' | 'pledgeNeed' | 'markNeedFulfilled' | 'cancelNeed',
  signature: string,
  call: string,
  variables: Record<string, unknown>,
  headers: Headers,
) {
  const success = `${field.charAt(0).toUpperCase()}${field.slice(1)}Success`;
  const result = await execute<Record<string, Outcome & { need?: NeedResult }>>(
    app,
    `mutation(${signature}) { ${field}(${call}) { ${OUTCOME} ... on ${success} { need { ${NEED} } } } }`,
    variables,
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data![field]!;
}

const openNeed = (input: Record<string, unknown>, headers: Headers) =>
  needMutation('openNeed', '$input: OpenNeedInput!', 'input: $input', { input }, headers);
/** Each mutation takes one input; `key` goes to idempotencyKey. */
function inputMutation(field: 'pledgeNeed' | 'markNeedFulfilled' | 'cancelNeed', inputType: string) {
  return ({ key, ...input }: Record<string, unknown>, headers: Headers) =>
    needMutation(
      field,
      `$input: ${inputType}!, $key: String`,
      'input: $input, idempotencyKey: $key',
      { input, key },
      headers,
    );
}
const pledgeNeed = inputMutation('pledgeNeed', 'PledgeNeedInput');
const markNeedFulfilled = inputMutation('markNeedFulfilled', 'MarkNeedFulfilledInput');
const cancelNeed = inputMutation('cancelNeed', 'CancelNeedInput');

async function recordActivity(input: Record<string, unknown>, headers: Headers) {
  const result = await execute<{ recordActivity: Outcome & { activity?: { id: string } } }>(
    app,
    `mutation($input: ActivityInput!) { recordActivity(input: $input) {
       ${OUTCOME} ... on RecordActivitySuccess { activity { id } } } }`,
    { input },
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.recordActivity;
}

describe('assignTwinning', () => {
  it('assigns the Provincial Youth Union to help a village under Decision 2072, with an audit row', async () => {
    const result = await assign(
      {
        agencyId: ids.youthUnion,
        placeId: ids.village,
        documentId: ids.decision2072,
        relation: 'HELP',
        startsOn: '2022-03-15',
        startPrecision: 'MONTH',
        // The village's commune was merged on 1 July 2025; the twinning cannot outlive it.
        endsOn: '2025-06-30',
        note: 'Youth volunteers build the village playground.',
      },
      admin,
    );
    expect(result).toMatchObject({
      __typename: 'AssignTwinningSuccess',
      twinning: {
        status: 'ENDED',
        relation: 'HELP',
        startsOn: '2022-03-01',
        startPrecision: 'MONTH',
        endsOn: '2025-06-30',
        agency: { name: 'Tỉnh đoàn Điện Biên' },
        place: { name: 'Huổi Sớ' },
        document: { number: '2072/QD-UBND' },
      },
    });
    const id = uuid(result.twinning!.id);
    expect(await database.prisma.twinning.findUniqueOrThrow({ where: { id } })).toMatchObject({
      agencyId: uuid(ids.youthUnion),
      placeId: uuid(ids.village),
      documentId: uuid(ids.decision2072),
      startsOn: new Date('2022-03-01T00:00:00Z'),
    });
    const audit = await database.prisma.changeEvent.findMany({ where: { entityType: 'Twinning', entityId: id } });
    expect(audit).toMatchObject([{ action: 'created', actorKeyId: await keyId(admin), after: { status: 'ENDED' } }]);
  });

  it('refuses a second sponsor for the same village on the same document: a document assigns each village one sponsor', async () => {
    const before = await fingerprint(database);
    const result = await assign(
      {
        agencyId: ids.labourFederation,
        placeId: ids.village,
        documentId: ids.decision2072,
        relation: 'HELP',
        startsOn: '2022-01-01',
        endsOn: '2025-06-30',
      },
      admin,
    );
    expect(result.__typename).toBe('ConflictError');
    expect(result.message).toMatch(/^A document assigns each village one sponsor: 2072\/QD-UBND already assigns/);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('refuses the same agency, place and document twice', async () => {
    const before = await fingerprint(database);
    const result = await assign(
      {
        agencyId: ids.industryAndTrade,
        placeId: ids.dienBienDong,
        documentId: ids.decision2072,
        relation: 'HELP',
        startsOn: '2021-01-01',
        startPrecision: 'YEAR',
        endsOn: '2025-06-30',
      },
      admin,
    );
    expect(result.__typename).toBe('ConflictError');
    expect(result.message).toMatch(/is already assigned to Điện Biên Đông \(district 101\) by 2072\/QD-UBND/);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('refuses an end before the start, and a start on which the place did not exist', async () => {
    const before = await fingerprint(database);
    const backwards = await assign(
      {
        agencyId: ids.marketManagement,
        placeId: ids.commune,
        relation: 'HELP',
        startsOn: '2023-05-01',
        endsOn: '2023-01-31',
      },
      admin,
    );
    expect(backwards.issues).toEqual([
      { path: ['input', 'endsOn'], message: 'The twinning cannot end (2023-01-31) before it starts (2023-05-01).' },
    ]);
    const beforeTheUnitExisted = await assign(
      {
        agencyId: ids.binhThuanIndustryAndTrade,
        placeId: ids.dongGiangToday,
        relation: 'HELP',
        startsOn: '2024-01-01',
      },
      admin,
    );
    expect(beforeTheUnitExisted.issues?.map((issue) => issue.path.join('.'))).toEqual(['input.startsOn']);
    const afterAbolition = await assign(
      { agencyId: ids.binhThuanIndustryAndTrade, placeId: ids.dongGiang, relation: 'HELP', startsOn: '2025-09-01' },
      admin,
    );
    expect(afterAbolition.issues?.map((issue) => issue.path.join('.'))).toEqual(['input.startsOn']);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('lets an editor scoped to Điện Biên assign within it, not in Bình Thuận; an undocumented overlap is a conflict', async () => {
    const before = await fingerprint(database);
    const outside = await assign(
      {
        agencyId: ids.binhThuanIndustryAndTrade,
        placeId: ids.dongGiang,
        relation: 'HELP',
        startsOn: '2024-01-01',
        endsOn: '2025-06-30',
      },
      editorDienBien,
    );
    expect(outside.__typename).toBe('ForbiddenError');
    expect(await fingerprint(database)).toEqual(before);

    const input = {
      agencyId: ids.marketManagement,
      placeId: ids.commune,
      relation: 'HELP',
      startsOn: '2023-01-01',
      endsOn: '2025-06-30',
    };
    const inside = await assign(input, editorDienBien, 'market-management-commune');
    expect(inside).toMatchObject({ __typename: 'AssignTwinningSuccess', twinning: { status: 'ENDED' } });
    const retried = await assign(input, editorDienBien, 'market-management-commune');
    expect(retried.twinning?.id).toBe(inside.twinning!.id);
    expect(
      await database.prisma.twinning.count({
        where: { agencyId: uuid(ids.marketManagement), placeId: uuid(ids.commune) },
      }),
    ).toBe(1);

    const overlap = await assign({ ...input, startsOn: '2024-06-01' }, editorDienBien);
    expect(overlap.__typename).toBe('ConflictError');
  });

  it('refuses anonymous callers and viewer keys', async () => {
    const before = await fingerprint(database);
    for (const headers of [{}, viewer]) {
      const result = await assign(
        { agencyId: ids.marketManagement, placeId: ids.commune, relation: 'HELP', startsOn: '2021-01-01' },
        headers,
      );
      expect(result.__typename).toBe('ForbiddenError');
      expect((await end(ids.dongGiangTwinning, '2025-06-30', null, headers)).__typename).toBe('ForbiddenError');
    }
    expect(await fingerprint(database)).toEqual(before);
  });
});

describe('endTwinning', () => {
  it('refuses an end that would leave recorded activities outside, before the start, or in the future', async () => {
    const before = await fingerprint(database);
    const early = await end(ids.dongGiangTwinning, '2019-12-31', null, admin);
    expect(early.issues).toHaveLength(1);
    expect(early.issues![0]!.path).toEqual(['input', 'endsOn']);
    expect(early.issues![0]!.message).toMatch(/activities recorded under the twinning happened after 2019-12-31/);
    expect((await end(ids.dongGiangTwinning, '2016-06-30', null, admin)).issues![0]!.message).toMatch(
      /before it started \(2016-08\)/,
    );
    expect((await end(ids.dongGiangTwinning, daysFromToday(5), null, admin)).issues![0]!.message).toMatch(
      /is in the future/,
    );
    expect(await fingerprint(database)).toEqual(before);
  });

  it('ends the Bình Thuận twinning with Đông Giang when the commune was merged, once', async () => {
    const result = await end(
      ids.dongGiangTwinning,
      '2025-06-30',
      'Đông Giang commune was merged in the 2025 reorganisation.',
      editorBinhThuan,
    );
    expect(result).toMatchObject({
      __typename: 'EndTwinningSuccess',
      twinning: {
        status: 'ENDED',
        endsOn: '2025-06-30',
        endedReason: 'Đông Giang commune was merged in the 2025 reorganisation.',
      },
    });
    const audit = await database.prisma.changeEvent.findMany({
      where: { entityType: 'Twinning', entityId: uuid(ids.dongGiangTwinning) },
    });
    expect(audit).toMatchObject([
      {
        action: 'ended',
        actorKeyId: await keyId(editorBinhThuan),
        before: { status: 'ACTIVE', endsOn: null },
        after: { status: 'ENDED', endsOn: '2025-06-30T00:00:00.000Z' },
      },
    ]);
    const before = await fingerprint(database);
    const again = await end(ids.dongGiangTwinning, '2025-06-30', null, editorBinhThuan);
    expect(again.__typename).toBe('ConflictError');
    expect(again.message).toMatch(/already ended \(on 2025-06-30\)/);
    expect(await fingerprint(database)).toEqual(before);
  });
});

describe('needs: open → pledged → fulfilled, or cancelled', () => {
  let need = '';

  it('opens a need raised through a twinning, addressed to the twinning’s agency', async () => {
    const result = await openNeed(
      {
        placeId: ids.dienBienDong,
        twinningId: ids.dienBienTwinning,
        category: 'INFRASTRUCTURE',
        title: 'Cultural house for bản Huổi Sớ',
        requestedOn: '2025-03-01',
        estimatedValueVnd: '450000000',
        criterionId: ids.culturalFacilities,
      },
      editorDienBien,
    );
    expect(result).toMatchObject({
      __typename: 'OpenNeedSuccess',
      need: {
        status: 'OPEN',
        requestedOn: '2025-03-01',
        estimatedValueVnd: '450000000',
        requestedOf: { name: 'Sở Công Thương tỉnh Điện Biên' },
      },
    });
    need = result.need!.id;
    const audit = await database.prisma.changeEvent.findMany({ where: { entityType: 'Need', entityId: uuid(need) } });
    expect(audit).toMatchObject([{ action: 'created', actorKeyId: await keyId(editorDienBien) }]);
  });

  it('refuses an absurd estimate, and a need dated in the future, when its district no longer exists', async () => {
    const before = await fingerprint(database);
    const result = await openNeed(
      {
        placeId: ids.commune,
        category: 'HEALTH',
        title: 'Medical check-ups',
        requestedOn: daysFromToday(2),
        estimatedValueVnd: '2000000000000000',
      },
      editorDienBien,
    );
    expect(result.issues?.map((issue) => issue.path.join('.'))).toEqual(['input.estimatedValueVnd']);
    const dated = await openNeed(
      { placeId: ids.dienBienDong, category: 'HEALTH', title: 'Medical check-ups', requestedOn: daysFromToday(2) },
      editorDienBien,
    );
    expect(dated.issues?.map((issue) => issue.path.join('.')).sort()).toEqual(['input.placeId', 'input.requestedOn']);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('takes pledges: the need becomes PLEDGED, each agency pledges once, a retry writes nothing', async () => {
    const first = await pledgeNeed(
      { needId: need, agencyId: ids.industryAndTrade, amountVnd: '200000000', key: 'pledge-industry' },
      editorDienBien,
    );
    expect(first).toMatchObject({
      __typename: 'PledgeNeedSuccess',
      need: { status: 'PLEDGED', pledgedVnd: '200000000' },
    });
    const changes = await database.prisma.changeEvent.count();
    const retried = await pledgeNeed(
      { needId: need, agencyId: ids.industryAndTrade, amountVnd: '200000000', key: 'pledge-industry' },
      editorDienBien,
    );
    expect(retried).toMatchObject({ __typename: 'PledgeNeedSuccess', need: { pledgedVnd: '200000000' } });
    expect(await database.prisma.changeEvent.count()).toBe(changes);

    const second = await pledgeNeed(
      { needId: need, agencyId: ids.youthUnion, amountVnd: '100000000', note: 'Volunteer labour' },
      editorDienBien,
    );
    expect(second.need).toMatchObject({ status: 'PLEDGED', pledgedVnd: '300000000' });
    expect(second.need!.pledges.map((pledge) => pledge.agency.name).sort()).toEqual([
      'Sở Công Thương tỉnh Điện Biên',
      'Tỉnh đoàn Điện Biên',
    ]);
    const audit = await database.prisma.changeEvent.findMany({
      where: { entityType: { in: ['Need', 'NeedPledge'] }, actorKeyId: await keyId(editorDienBien) },
      orderBy: { sequence: 'asc' },
    });
    expect(audit.map((change) => `${change.entityType} ${change.action}`)).toEqual([
      'Need created',
      'NeedPledge created',
      'Need updated',
      'NeedPledge created',
    ]);

    const before = await fingerprint(database);
    const twice = await pledgeNeed({ needId: need, agencyId: ids.youthUnion }, editorDienBien);
    expect(twice.__typename).toBe('ConflictError');
    expect(await fingerprint(database)).toEqual(before);
  });

  it('is fulfilled by the activities that met it; a fulfilled need takes no pledge, fulfilment or cancellation', async () => {
    const activity = await recordActivity(
      {
        twinningId: ids.dienBienTwinning,
        category: 'INFRASTRUCTURE',
        title: 'Cultural house of bản Huổi Sớ built',
        occurredOn: '2025-05-20',
        valueVnd: '450000000',
      },
      admin,
    );
    const activityId = activity.activity!.id;
    const before = await fingerprint(database);
    const unknown = await markNeedFulfilled(
      { needId: need, activityIds: [activityId, globalId('Activity', '019ab3c1-2f3e-7a10-8b1e-123456789abc')] },
      editorDienBien,
    );
    expect(unknown.issues).toEqual([{ path: ['input', 'activityIds', '1'], message: 'No activity with this ID.' }]);
    expect(await fingerprint(database)).toEqual(before);

    const result = await markNeedFulfilled({ needId: need, activityIds: [activityId] }, editorDienBien);
    expect(result).toMatchObject({
      __typename: 'MarkNeedFulfilledSuccess',
      need: { status: 'FULFILLED', closedOn: '2025-05-20', activities: { nodes: [{ id: activityId }] } },
    });
    expect(await database.prisma.activity.findUniqueOrThrow({ where: { id: uuid(activityId) } })).toMatchObject({
      needId: uuid(need),
    });
    const audit = await database.prisma.changeEvent.findMany({
      where: { entityId: { in: [uuid(need), uuid(activityId)] }, action: 'updated' },
      orderBy: { sequence: 'desc' },
      take: 2,
    });
    expect(audit.map((change) => change.entityType).sort()).toEqual(['Activity', 'Need']);

    const closed = await fingerprint(database);
    expect((await pledgeNeed({ needId: need, agencyId: ids.labourFederation }, admin)).__typename).toBe(
      'ConflictError',
    );
    expect((await markNeedFulfilled({ needId: need, activityIds: [activityId] }, admin)).__typename).toBe(
      'ConflictError',
    );
    const cancel = await cancelNeed({ needId: need, reason: 'Built already' }, admin);
    expect(cancel.__typename).toBe('ConflictError');
    expect(cancel.message).toMatch(/is fulfilled since 2025-05-20; it cannot be cancelled/);
    expect(await fingerprint(database)).toEqual(closed);
  });

  it('cancels an open need with its reason in the audit trail; a cancelled need cannot be fulfilled by an activity', async () => {
    const outside = await cancelNeed({ needId: ids.seedlings, reason: 'Provided by the district' }, editorBinhThuan);
    expect(outside.__typename).toBe('ForbiddenError');

    const result = await cancelNeed(
      { needId: ids.seedlings, reason: 'Provided by the district budget' },
      editorDienBien,
    );
    expect(result).toMatchObject({
      __typename: 'CancelNeedSuccess',
      need: { status: 'CANCELLED', closedOn: daysFromToday(0) },
    });
    const audit = await database.prisma.changeEvent.findFirstOrThrow({
      where: { entityType: 'Need', entityId: uuid(ids.seedlings) },
    });
    expect(audit).toMatchObject({
      action: 'updated',
      before: { status: 'OPEN' },
      after: { status: 'CANCELLED', cancellationReason: 'Provided by the district budget' },
    });

    const before = await fingerprint(database);
    const activity = await recordActivity(
      {
        twinningId: ids.dienBienTwinning,
        needId: ids.seedlings,
        category: 'PRODUCTION_SUPPORT',
        title: 'Seedlings',
        occurredOn: '2025-04-10',
      },
      admin,
    );
    expect(activity.issues?.map((issue) => issue.path.join('.'))).toEqual(['input.needId']);
    expect(activity.issues![0]!.message).toMatch(/already cancelled/);
    expect((await pledgeNeed({ needId: ids.seedlings, agencyId: ids.youthUnion }, admin)).__typename).toBe(
      'ConflictError',
    );
    expect(await fingerprint(database)).toEqual(before);
  });

  it('refuses anonymous callers and viewer keys', async () => {
    const before = await fingerprint(database);
    for (const headers of [{}, viewer]) {
      const opened = await openNeed(
        { placeId: ids.dienBienDong, category: 'HEALTH', title: 'Medicines', requestedOn: '2025-01-01' },
        headers,
      );
      expect(opened.__typename).toBe('ForbiddenError');
      expect((await pledgeNeed({ needId: ids.seedlings, agencyId: ids.youthUnion }, headers)).__typename).toBe(
        'ForbiddenError',
      );
      expect((await cancelNeed({ needId: ids.seedlings, reason: 'x' }, headers)).__typename).toBe('ForbiddenError');
    }
    expect(await fingerprint(database)).toEqual(before);
  });
});
