import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActivityDraft,
  createTwinningClient,
  GraphQLRequestError,
  NotFoundError,
  type SupportGroup,
  type TwinningClient,
} from '../packages/sdk/src/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { type LiveServer, startInProcessServer } from './support/sdk-server.ts';

// The analytics helpers against the live server, checked against the database itself. A bot first
// records one activity for each of the nine units Decision 2072/QD-UBND assigned to Điện Biên Đông,
// with distinct values, so the agency ranking has something to rank.

let server: LiveServer;
let dashboard: TwinningClient;
let bot: TwinningClient;
let district: { id: string };
let dongGiang: { id: string };
const recorded: Array<{ agencyId: string; valueVnd: bigint }> = [];

beforeAll(async () => {
  server = await startInProcessServer();
  dashboard = createTwinningClient({ url: server.graphqlUrl, fetch: server.fetch, subscriptions: false });
  const found = await dashboard.placeByCode('101', '2024-01-01');
  district = found!;
  dongGiang = (await dashboard.placeByCode('23074', '2024-01-01'))!;
  const { authorization } = await apiKeyHeader(server.database, 'EDITOR', {
    provinceIds: [dbId(found!.parent!.id)],
  });
  bot = createTwinningClient({
    url: server.graphqlUrl,
    fetch: server.fetch,
    apiKey: bearer(authorization),
    subscriptions: false,
  });

  const twinnings = await dashboard.placeTwinnings(district.id, { includeDescendants: true, first: 50 });
  const assigned = twinnings.nodes.filter((twinning) => twinning.document?.number === '2072/QD-UBND');
  const byAgency = new Map(assigned.map((twinning) => [twinning.agency.id, twinning]));
  expect(byAgency.size).toBe(9);
  const drafts: ActivityDraft[] = [...byAgency.values()].map((twinning, index) => {
    const valueVnd = BigInt(index + 1) * 10_000_000n;
    recorded.push({ agencyId: twinning.agency.id, valueVnd });
    return {
      twinningId: twinning.id,
      category: 'IN_KIND_GIFT',
      title: `Tết gifts ${index + 1}`,
      occurredOn: new Date(Date.UTC(2024, 0, 20 + index)),
      valueVnd,
    };
  });
  const { activities } = await bot.recordActivities(drafts);
  expect(activities).toHaveLength(9);
});
afterAll(async () => {
  dashboard?.close();
  bot?.close();
  await server?.close();
});

describe('supportSummary', () => {
  it('ranks the top agencies by value exactly as an independent SQL sum over the database does', async () => {
    const top = await dashboard.supportSummary({ groupBy: ['AGENCY'], orderBy: 'VALUE_DESC', first: 5 });
    const expected = await server.database.prisma.$queryRaw<
      Array<{ agencyId: string; valueVnd: string; activityCount: number }>
    >`SELECT a."agencyId"::text AS "agencyId", sum(coalesce(a."valueVnd", 0))::text AS "valueVnd",
             count(*)::int AS "activityCount"
        FROM "Activity" a GROUP BY a."agencyId" ORDER BY sum(coalesce(a."valueVnd", 0)) DESC LIMIT 5`;
    expect(top.nodes.map(row)).toEqual(expected);
    expect(top.nodes[0]).toMatchObject({ valueVnd: '90000000', year: null, province: null });
    expect(top.pageInfo.hasNextPage).toBe(true);

    const [counted] = await server.database.prisma.$queryRaw<Array<{ groups: number }>>`
      SELECT count(DISTINCT "agencyId")::int AS groups FROM "Activity"`;
    expect(top.totalCount).toBe(counted!.groups);
  });

  it('walks every group with supportSummaryAll, page by page, to the same totals', async () => {
    const pagesFetched: string[] = [];
    const client = createTwinningClient({
      url: server.graphqlUrl,
      fetch: server.fetch,
      subscriptions: false,
      logger: (event) => event.type === 'response' && pagesFetched.push(event.operationName ?? ''),
    });
    const all: SupportGroup[] = [];
    for await (const group of client.supportSummaryAll({ groupBy: ['AGENCY'], first: 4 })) all.push(group);
    const expected = await server.database.prisma.$queryRaw<
      Array<{ agencyId: string; valueVnd: string; activityCount: number }>
    >`SELECT a."agencyId"::text AS "agencyId", sum(coalesce(a."valueVnd", 0))::text AS "valueVnd",
             count(*)::int AS "activityCount" FROM "Activity" a GROUP BY a."agencyId"`;
    const byAgency = (rows: Array<{ agencyId: string }>) =>
      [...rows].sort((a, b) => a.agencyId.localeCompare(b.agencyId));
    expect(byAgency(all.map(row))).toEqual(byAgency(expected));
    expect(pagesFetched).toEqual(Array(Math.ceil(expected.length / 4)).fill('SupportSummary'));
    const values = all.map((group) => BigInt(group.valueVnd));
    expect(values).toEqual([...values].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));

    const firstTwo = [];
    for await (const group of client.supportSummaryAll({ groupBy: ['AGENCY'], first: 1 }, { limit: 2 })) {
      firstTwo.push(group.agency?.id);
    }
    expect(firstTwo).toEqual(all.slice(0, 2).map((group) => group.agency?.id));
    client.close();
  });

  it('filters by year, place and a Date, and groups by year', async () => {
    const in2024 = await dashboard.supportSummary({ groupBy: ['AGENCY'], filter: { years: [2024] }, first: 20 });
    expect(in2024.nodes.map((group) => [group.agency?.id, BigInt(group.valueVnd)])).toEqual(
      [...recorded].reverse().map((activity) => [activity.agencyId, activity.valueVnd]),
    );

    const byYear = await dashboard.supportSummary({
      groupBy: ['YEAR'],
      filter: { placeId: district.id, from: new Date('2024-01-01T00:00:00Z'), to: '2024-12-31' },
    });
    expect(byYear.nodes).toEqual([
      expect.objectContaining({ year: 2024, valueVnd: '450000000', activityCount: 9, agencyCount: 9, agency: null }),
    ]);
    await expect(dashboard.supportSummary({ groupBy: ['YEAR'], filter: { from: '20/01/2024' } })).rejects.toMatchObject(
      { code: 'INVALID_ARGUMENT' },
    );
  });
});

describe('communeScorecard', () => {
  it('shows Đông Giang meeting criterion 4 (electricity) in 2023, and the other 18 not assessed', async () => {
    const card = await dashboard.communeScorecard(dongGiang.id, 2023);
    expect(card).toMatchObject({
      year: 2023,
      includesHistory: false,
      commune: { name: 'Đông Giang', code: '23074', parent: { name: 'Hàm Thuận Bắc' } },
      criteriaSet: { code: 'NTM-COMMUNE-2021-2025', criterionCount: 19 },
    });
    const standard = card.levels.find((level) => level.level === 'STANDARD')!;
    expect(standard).toMatchObject({ total: 19, met: 1, notMet: 0, basicallyMet: 0, notAssessed: 18 });
    const unmet = new Set(standard.unmetCriteria.map((unmetCriterion) => unmetCriterion.criterion.number));
    const met = card.criteriaSet!.criteria.filter((criterion) => !unmet.has(criterion.number));
    expect(met).toEqual([expect.objectContaining({ number: 4, name: 'Electricity', nameVi: 'Điện' })]);

    const assessments = await server.database.prisma.$queryRaw<Array<{ number: number; status: string }>>`
      SELECT c.number, a.status::text AS status FROM "CriterionAssessment" a JOIN "Criterion" c ON c.id = a."criterionId"
      WHERE a."placeId" = ${dbId(dongGiang.id)}::uuid AND a.year = 2023 AND a.level = 'STANDARD'`;
    expect(assessments).toEqual([{ number: 4, status: 'MET' }]);
    expect(card.assignedTwinnings.map((twinning) => twinning.agency.name)).toContain('Sở Công Thương tỉnh Bình Thuận');
    expect(BigInt(card.supportAllTime.valueVnd)).toBeGreaterThanOrEqual(16_800_000n);
  });

  it('draws on the communes today’s Đông Giang replaced with includeHistory', async () => {
    const today = await dashboard.placeByCode('23074');
    const card = await dashboard.communeScorecard(today!.id, 2023, { includeHistory: true });
    expect(card.includesHistory).toBe(true);
    expect(card.predecessors.map((place) => place.name)).toContain('Đông Giang');
    const standard = card.levels.find((level) => level.level === 'STANDARD')!;
    expect(standard.unmetCriteria.map((unmet) => unmet.criterion.number)).not.toContain(4);
  });

  it('throws NotFoundError for an ID that is no commune, and passes the server’s refusal of a district’s ID', async () => {
    const forged = Buffer.from(`Commune:${randomUUID()}`).toString('base64');
    const missing = await dashboard.communeScorecard(forged, 2023).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ code: 'NOT_FOUND', entity: 'Commune', reference: forged });
    const wrongType = await dashboard.communeScorecard(district.id, 2023).catch((error: unknown) => error);
    expect(wrongType).toBeInstanceOf(GraphQLRequestError);
    expect((wrongType as Error).message).toMatch(/not of type: Commune/);
    await expect(dashboard.communeScorecard(dongGiang.id, 2023.5)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('progress, gaps, indicatorSeries, freshness', () => {
  it('reports Điện Biên Đông year by year, and NotFoundError for an unknown district', async () => {
    const progress = await dashboard.progress(district.id, 2021, 2023, { topCriteria: 3 });
    expect(progress).toMatchObject({ fromYear: 2021, toYear: 2023, place: { name: 'Điện Biên Đông' } });
    expect(progress.years.map((year) => [year.year, year.communeCount])).toEqual([
      [2021, 14],
      [2022, 14],
      [2023, 14],
    ]);
    expect(progress.years[0]!.recognisedCommunes.map((count) => count.level)).toEqual([
      'STANDARD',
      'ADVANCED',
      'MODEL',
    ]);
    const forged = Buffer.from(`District:${randomUUID()}`).toString('base64');
    await expect(dashboard.progress(forged, 2021, 2023)).rejects.toBeInstanceOf(NotFoundError);
    await expect(dashboard.progress(district.id, 2023, 2021)).rejects.toThrow(/fromYear must not be after toYear/);
  });

  it('lists the gaps: Điện Biên Đông’s requests nobody pledged, as the database holds them', async () => {
    const gaps = await dashboard.gaps({ kind: ['UNPLEDGED_NEEDS'], provinceId: undefined, first: 10 });
    const gap = gaps.nodes.find((candidate) => candidate.place.id === district.id);
    expect(gap).toMatchObject({ kind: 'UNPLEDGED_NEEDS', unmetCriterionCount: null });
    const [counted] = await server.database.prisma.$queryRaw<Array<{ open: number }>>`
      SELECT count(*)::int AS open FROM "Need" n
      WHERE n."placeId" = ${dbId(district.id)}::uuid AND n.status = 'OPEN'
        AND NOT EXISTS (SELECT 1 FROM "NeedPledge" p WHERE p."needId" = n.id AND p."withdrawnOn" IS NULL)`;
    expect(gap!.unpledgedNeedCount).toBe(counted!.open);
    expect(gap!.unpledgedNeeds).toHaveLength(counted!.open);
    expect(gap!.unpledgedNeeds.every((need) => need.status === 'OPEN' && need.pledges.length === 0)).toBe(true);
    expect(gaps.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('reads an indicator series, and tells an unknown indicator from an unknown place', async () => {
    const electricity = await dashboard.indicatorSeries(dongGiang.id, 'ELECTRICITY_ACCESS');
    expect(electricity).toMatchObject({
      indicator: { code: 'ELECTRICITY_ACCESS' },
      place: { name: 'Đông Giang' },
      firstYear: 2023,
      lastYear: 2023,
      observations: [{ year: 2023, value: 100 }],
    });
    const before = await dashboard.indicatorSeries(dongGiang.id, 'ELECTRICITY_ACCESS', { toYear: 2022 });
    expect(before.observations).toEqual([]);

    await expect(dashboard.indicatorSeries(dongGiang.id, 'NO_SUCH_RATE')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Indicator',
      reference: 'NO_SUCH_RATE',
    });
    const forged = Buffer.from(`Commune:${randomUUID()}`).toString('base64');
    await expect(dashboard.indicatorSeries(forged, 'POVERTY_RATE')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Place',
    });
  });

  it('says when the data last changed: the bot’s writes, as the audit trail records them', async () => {
    const freshness = await dashboard.freshness();
    const last = await server.database.prisma.changeEvent.findFirstOrThrow({ orderBy: { sequence: 'desc' } });
    expect(freshness).toEqual({ lastChangedAt: last.occurredAt.toISOString(), sequence: last.sequence.toString() });
  });
});

function row(group: SupportGroup) {
  return { agencyId: dbId(group.agency!.id), valueVnd: group.valueVnd, activityCount: group.activityCount };
}

/** The database UUID inside a global ID (base64 of "Type:uuid"); tests only, IDs are opaque to clients. */
function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

function bearer(authorization: string | undefined): string {
  return authorization!.replace(/^Bearer /, '');
}
