import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, PrismaClient } from '../packages/server/src/db/database.ts';
import type { AssessmentStatus } from '../packages/server/src/generated/prisma/enums.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, query } from './support/graphql.ts';

// Phì Nhừ (Điện Biên Đông district, Điện Biên) assessed against the 19 commune criteria for 2023,
// with what agencies did for it, what it asked for and its poverty rate. In 2025 it merged with
// Xa Dung into the new Xa Dung commune.
const notMet = [2, 10, 11];
const basicallyMet = [5, 8, 17];
const notAssessed = [13];

/** Every SQL statement the database is sent, for counting a request's statements. */
const statements: string[] = [];
let database: Database;
let db: PrismaClient;
let app: App;
/** The same app without compiled reads: the statements the resolvers send (test/compiled-reads.test.ts covers the other path). */
let resolvers: App;
let fixture: Awaited<ReturnType<typeof insertFixture>>;

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  db = database.prisma;
  app = createApp({ database });
  resolvers = createApp({ database, compiledReads: false });
  fixture = await insertFixture(db);
});
afterAll(() => database.close());

const scorecardQuery = graphql(`query AnalyticsScorecard($id: ID!, $year: Int!, $history: Boolean) {
  communeScorecard(placeId: $id, year: $year, includeHistory: $history) {
    commune { name } includesHistory predecessors { name code }
    criteriaSet { id } recognisedLevel
    levels { level met basicallyMet notMet notAssessed total
      unmetCriteria { criterion { id } status contributingActivities { id } assignedAgencies { id } openNeeds { id } } }
    assignedTwinnings { id } openNeeds { id }
    supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount }
    povertyTrend { observations { id } firstYear lastYear averageYearlyChange }
  }
}`);

async function scorecard(placeId: string, year: number, history = false) {
  const data = await query(app, scorecardQuery, { id: placeId, year, history });
  return data.communeScorecard!;
}

describe('a commune scorecard', () => {
  it('tells Phì Nhừ which of the 19 criteria it met in 2023, and which are missing with their status', async () => {
    const card = await scorecard(fixture.phiNhuId, 2023);
    expect(card.commune.name).toBe('Phì Nhừ');
    expect(dbId(card.criteriaSet!.id)).toBe(fixture.setId);
    const standard = card.levels.find((level) => level.level === 'STANDARD')!;
    expect(standard).toMatchObject({ met: 12, basicallyMet: 3, notMet: 3, notAssessed: 1, total: 19 });
    expect(standard.unmetCriteria.map((unmet) => [fixture.numberOf(unmet.criterion.id), unmet.status])).toEqual([
      [2, 'NOT_MET'],
      [5, 'BASICALLY_MET'],
      [8, 'BASICALLY_MET'],
      [10, 'NOT_MET'],
      [11, 'NOT_MET'],
      [13, null],
      [17, 'BASICALLY_MET'],
    ]);
    // Nothing was assessed at the advanced level.
    expect(card.levels.find((level) => level.level === 'ADVANCED')).toMatchObject({
      met: 0,
      notAssessed: 19,
      total: 19,
    });
    expect(card.levels.map((level) => level.level)).toEqual(['STANDARD', 'ADVANCED']);
  });

  it('lists the agencies assigned to the district (Decision 2072/QD-UBND) as helping with every missing criterion', async () => {
    const card = await scorecard(fixture.phiNhuId, 2023);
    const expected = await db.$queryRaw<Array<{ id: string; agencyId: string }>>`
      SELECT t.id::text, t."agencyId"::text AS "agencyId" FROM "Twinning" t
      WHERE t."placeId" IN (
          SELECT c.id FROM "Place" c WHERE c.id = ${fixture.phiNhuDbId}::uuid
          UNION SELECT c."parentId" FROM "Place" c WHERE c.id = ${fixture.phiNhuDbId}::uuid
          UNION SELECT d."parentId" FROM "Place" c JOIN "Place" d ON d.id = c."parentId" WHERE c.id = ${fixture.phiNhuDbId}::uuid)
        AND t.status <> 'PLANNED' AND t."startsOn" <= '2023-12-31' AND coalesce(t."endsOn", '2023-12-31') >= '2023-01-01'`;
    const twinningIds = card.assignedTwinnings.map((twinning) => dbId(twinning.id));
    expect(new Set(twinningIds)).toEqual(new Set(expected.map((row) => row.id)));
    expect(twinningIds).toContain(fixture.districtTwinningId);
    expect(twinningIds).toContain(fixture.communeTwinningId);
    expect(twinningIds).not.toContain(fixture.endedTwinningId);
    expect(twinningIds).not.toContain(fixture.plannedTwinningId);

    const transport = card.levels[0]!.unmetCriteria[0]!;
    expect(new Set(transport.assignedAgencies.map((agency) => dbId(agency.id)))).toEqual(
      new Set(expected.map((row) => row.agencyId)),
    );
    expect(transport.contributingActivities.map((activity) => dbId(activity.id))).toEqual([
      fixture.roadActivityId,
      fixture.surveyActivityId,
    ]);
    expect(transport.openNeeds.map((need) => dbId(need.id))).toEqual([fixture.roadNeedId]);
  });

  it('lists the requests that are still open or only pledged, not those fulfilled or cancelled', async () => {
    const card = await scorecard(fixture.phiNhuId, 2023);
    const expected = await db.$queryRaw<Array<{ id: string }>>`
      SELECT n.id::text FROM "Need" n JOIN "Place" p ON p.id = n."placeId"
      WHERE (p.id = ${fixture.phiNhuDbId}::uuid OR p."parentId" = ${fixture.phiNhuDbId}::uuid)
        AND n.status::text IN ('OPEN', 'PLEDGED')`;
    const needIds = card.openNeeds.map((need) => dbId(need.id));
    expect(new Set(needIds)).toEqual(new Set(expected.map((row) => row.id)));
    expect(needIds).toEqual(expect.arrayContaining([fixture.roadNeedId, fixture.lightingNeedId]));
    expect(needIds).not.toContain(fixture.fulfilledNeedId);
  });

  it('totals the support of the year and of all time, and draws the poverty trend to the year', async () => {
    const card = await scorecard(fixture.phiNhuId, 2023);
    const [year] = await db.$queryRaw<Array<{ value: string; count: number }>>`
      SELECT coalesce(sum(a."valueVnd"), 0)::text AS value, count(*)::int AS count FROM "Activity" a
      JOIN "Place" p ON p.id = a."placeId"
      WHERE (p.id = ${fixture.phiNhuDbId}::uuid OR p."parentId" = ${fixture.phiNhuDbId}::uuid)
        AND a."occurredOn" BETWEEN '2023-01-01' AND '2023-12-31'`;
    expect(card.supportInYear).toEqual({ valueVnd: year!.value, activityCount: year!.count });
    expect(BigInt(card.supportInYear.valueVnd)).toBeGreaterThanOrEqual(350_000_000n);
    const [all] = await db.$queryRaw<Array<{ value: string; count: number }>>`
      SELECT coalesce(sum(a."valueVnd"), 0)::text AS value, count(*)::int AS count FROM "Activity" a
      JOIN "Place" p ON p.id = a."placeId"
      WHERE p.id = ${fixture.phiNhuDbId}::uuid OR p."parentId" = ${fixture.phiNhuDbId}::uuid`;
    expect(card.supportAllTime).toEqual({ valueVnd: all!.value, activityCount: all!.count });

    // 48.50% in 2020 to 44.12% in 2023: (44.12 − 48.50) / 3 = −1.46 points a year; 2024 lies after the scorecard.
    expect(card.povertyTrend).toMatchObject({ firstYear: 2020, lastYear: 2023, averageYearlyChange: -1.46 });
    expect(card.povertyTrend!.observations).toHaveLength(4);
  });

  it('shows the new Xa Dung (2025 merger) nothing for 2023 on its own, and its parts’ record with includeHistory', async () => {
    const own = await scorecard(fixture.newXaDungId, 2023);
    expect(own.includesHistory).toBe(false);
    expect(own.levels[0]).toMatchObject({ met: 0, notAssessed: 19 });
    expect(own.supportAllTime.activityCount).toBe(0);
    expect(own.povertyTrend).toMatchObject({ firstYear: null, averageYearlyChange: null });

    const merged = await scorecard(fixture.newXaDungId, 2023, true);
    expect(merged.predecessors.map((place) => place.name).sort()).toEqual(['Phì Nhừ', 'Xa Dung']);
    // A criterion counts as met only where both old communes met it: Xa Dung's basically-met
    // transport stays not met (Phì Nhừ did not meet it); Phì Nhừ's unassessed criterion 13 is Xa Dung's MET.
    expect(merged.levels[0]).toMatchObject({ met: 13, basicallyMet: 3, notMet: 3, notAssessed: 0, total: 19 });
    expect(merged.levels[0]!.unmetCriteria.map((unmet) => fixture.numberOf(unmet.criterion.id))).toEqual([
      2, 5, 8, 10, 11, 17,
    ]);
    const phiNhu = await scorecard(fixture.phiNhuId, 2023);
    expect(BigInt(merged.supportAllTime.valueVnd)).toBeGreaterThanOrEqual(BigInt(phiNhu.supportAllTime.valueVnd));
    // The sums of the subtree rollup equal a sum over the rows of the area: the new commune, the
    // communes it replaced and everything below them.
    const [area] = await db.$queryRaw<Array<{ value: string; count: number; year: string; yearCount: number }>>`
      SELECT coalesce(sum(a."valueVnd"), 0)::text AS value, count(*)::int AS count,
        coalesce(sum(a."valueVnd") FILTER (WHERE a."occurredOn" BETWEEN '2023-01-01' AND '2023-12-31'), 0)::text AS year,
        (count(*) FILTER (WHERE a."occurredOn" BETWEEN '2023-01-01' AND '2023-12-31'))::int AS "yearCount"
      FROM "Activity" a JOIN "PlaceClosure" c ON c."descendantId" = a."placeId"
      WHERE c."ancestorId" IN (
        SELECT ${dbId(fixture.newXaDungId)}::uuid
        UNION SELECT l."predecessorId" FROM "PlaceLineage" l WHERE l."successorId" = ${dbId(fixture.newXaDungId)}::uuid)`;
    expect(merged.supportAllTime).toEqual({ valueVnd: area!.value, activityCount: area!.count });
    expect(merged.supportInYear).toEqual({ valueVnd: area!.year, activityCount: area!.yearCount });
    // Both old communes reported 2023, which cannot be combined without populations: 2020–2022 remain.
    expect(merged.povertyTrend).toMatchObject({ firstYear: 2020, lastYear: 2022, averageYearlyChange: -1.7 });
  });

  it('reports the level a commune was recognised at by the end of the year, and forgets a revoked one', async () => {
    expect((await scorecard(fixture.naSonId, 2022)).recognisedLevel).toBe('STANDARD');
    expect((await scorecard(fixture.naSonId, 2023)).recognisedLevel).toBe('ADVANCED');
    expect((await scorecard(fixture.naSonId, 2024)).recognisedLevel).toBeNull();
    expect((await scorecard(fixture.naSonId, 2021)).recognisedLevel).toBeNull();
  });

  it('answers null for a place that is not a commune and refuses a district’s ID', async () => {
    const district = await query(
      app,
      graphql(`query AnalyticsScorecardPlace { place(code: "101", asOf: "2024-01-01") { id } }`),
    );
    const result = await execute(app, scorecardQuery, { id: district.place!.id, year: 2023 });
    expect(result.errors?.[0]?.message).toMatch(/Commune/);
    const forged = Buffer.from(`Commune:${dbId(district.place!.id)}`).toString('base64');
    expect((await query(app, scorecardQuery, { id: forged, year: 2023 })).communeScorecard).toBeNull();
  });
});

// The benchmark's scorecard document (test/bench/suites/reads): the scorecard's numbers, lists,
// support sums and the rows it shows come from one statement that walks the commune's area once,
// whatever the number of criteria, activities and needs.
const benchScorecard = `query($placeId: ID!) { communeScorecard(placeId: $placeId, year: 2023) {
  commune { name code } recognisedLevel
  levels { level met basicallyMet notMet notAssessed unmetCriteria { criterion { number name } status assignedAgencies { name } } }
  openNeeds { title status }
  assignedTwinnings { agency { name } startsOn endsOn }
  povertyTrend { averageYearlyChange observations { year value } }
  supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount } } }`;

interface BenchScorecard {
  levels: Array<{ unmetCriteria: unknown[] }>;
  openNeeds: unknown[];
  supportInYear: { activityCount: number };
}

// With the activities that contributed to each missing criterion, which the scorecard row leaves out.
const contributionsScorecard = `query($placeId: ID!) { communeScorecard(placeId: $placeId, year: 2023) {
  levels { unmetCriteria { criterion { number } contributingActivities { id title } } } } }`;

interface ContributionsScorecard {
  levels: Array<{ unmetCriteria: Array<{ criterion: { number: number }; contributingActivities: unknown[] }> }>;
}

describe('the statements the resolvers send for a scorecard', () => {
  it('answers what the twinnings’ rows do not hold with the relations Pothos loads', async () => {
    const document = `query($placeId: ID!) { communeScorecard(placeId: $placeId, year: 2023) {
      assignedTwinnings { id startsOn agency { name kind parent { name } } place { name } } } }`;
    const { statements: sent, card } = await statementsOf<{
      assignedTwinnings: Array<{
        id: string;
        agency: { name: string; kind: string; parent: { name: string } | null };
        place: { name: string };
      }>;
    }>(document);
    expect(card.assignedTwinnings.length).toBeGreaterThan(0);
    const twinnings = await db.twinning.findMany({
      where: { id: { in: card.assignedTwinnings.map((twinning) => dbId(twinning.id)) } },
      include: { agency: { include: { parent: true } }, place: true },
    });
    const byId = new Map(twinnings.map((twinning) => [twinning.id, twinning]));
    for (const twinning of card.assignedTwinnings) {
      const row = byId.get(dbId(twinning.id));
      expect(twinning.agency).toEqual({
        name: row?.agency.name,
        kind: row?.agency.kind,
        parent: row?.agency.parent ? { name: row.agency.parent.name } : null,
      });
      expect(twinning.place.name).toBe(row?.place.name);
    }
    // The places and the agencies' parents are not on the scorecard's rows: loaded after it.
    expect(sent.length).toBeGreaterThan(1);
  });

  async function statementsOf<Card = BenchScorecard>(
    document = benchScorecard,
  ): Promise<{ statements: string[]; card: Card }> {
    statements.length = 0;
    const data = await query<{ communeScorecard: Card }>(resolvers, document, { placeId: fixture.phiNhuId });
    return { statements: [...statements], card: data.communeScorecard };
  }

  it('walks the place tree once and sends the same statements for more criteria, activities and needs', async () => {
    const before = await statementsOf();
    // The scorecard row brings every row it shows (commune, criteria, agencies, needs, twinnings
    // with their agencies, poverty series and its observations).
    expect(before.statements.length).toBe(1);
    expect(before.statements.filter((sql) => sql.includes('"PlaceClosure"'))).toHaveLength(1);
    // The support sums come from the subtree rollup: no activity row is read unless asked for.
    expect(before.statements.filter((sql) => sql.includes('"Activity"'))).toHaveLength(0);

    const set = await db.criteriaSet.findUniqueOrThrow({
      where: { code: 'NTM-COMMUNE-2021-2025' },
      include: { criteria: { orderBy: { number: 'asc' } } },
    });
    const contributionsBefore = await statementsOf<ContributionsScorecard>(contributionsScorecard);
    const contributionStatements = (sqls: string[]) => sqls.filter((sql) => sql.includes('"ActivityCriterion"'));
    expect(contributionStatements(contributionsBefore.statements)).toHaveLength(1);
    const agency = await db.agency.findFirstOrThrow({ orderBy: { name: 'asc' } });
    const activities = await Promise.all(
      set.criteria.map((criterion) =>
        db.activity.create({
          data: {
            agencyId: agency.id,
            placeId: fixture.phiNhuDbId,
            category: 'INFRASTRUCTURE',
            title: `Hỗ trợ tiêu chí ${criterion.number}`,
            occurredOn: new Date('2023-08-01'),
            valueVnd: 1_000_000n,
            criteria: { create: [{ criterionId: criterion.id }] },
          },
        }),
      ),
    );
    const needs = await Promise.all(
      set.criteria.map((criterion) =>
        db.need.create({
          data: {
            placeId: fixture.phiNhuDbId,
            category: 'INFRASTRUCTURE',
            title: `Yêu cầu tiêu chí ${criterion.number}`,
            status: 'OPEN',
            requestedOn: new Date('2023-04-02'),
            criterionId: criterion.id,
          },
        }),
      ),
    );
    try {
      const after = await statementsOf();
      expect(after.card.openNeeds.length).toBe(before.card.openNeeds.length + needs.length);
      expect(after.card.supportInYear.activityCount).toBe(before.card.supportInYear.activityCount + activities.length);
      expect(after.statements.length).toBe(before.statements.length);
      // The same statement texts: lists travel as one array parameter, not one placeholder per row.
      expect(new Set(after.statements.filter((sql) => !sql.includes('"Criterion"')))).toEqual(
        new Set(before.statements.filter((sql) => !sql.includes('"Criterion"'))),
      );
      // Every missing criterion gained a contributing activity; still one statement reads them all.
      const contributionsAfter = await statementsOf<ContributionsScorecard>(contributionsScorecard);
      const counts = (card: ContributionsScorecard) =>
        card.levels.flatMap((level) => level.unmetCriteria.map((unmet) => unmet.contributingActivities.length));
      expect(counts(contributionsAfter.card)).toEqual(counts(contributionsBefore.card).map((count) => count + 1));
      expect(contributionStatements(contributionsAfter.statements)).toEqual(
        contributionStatements(contributionsBefore.statements),
      );
      expect(contributionsAfter.statements.length).toBe(contributionsBefore.statements.length);
    } finally {
      const activityIds = activities.map((activity) => activity.id);
      await db.activityCriterion.deleteMany({ where: { activityId: { in: activityIds } } });
      await db.activity.deleteMany({ where: { id: { in: activityIds } } });
      await db.need.deleteMany({ where: { id: { in: needs.map((need) => need.id) } } });
    }
  });
});

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

async function placeId(code: string, asOf: string): Promise<{ id: string; dbId: string }> {
  const data = await query(
    app,
    graphql(`query AnalyticsScorecardPlace2($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }`),
    {
      code,
      asOf,
    },
  );
  return { id: data.place!.id, dbId: dbId(data.place!.id) };
}

async function insertFixture(db: PrismaClient) {
  const phiNhu = await placeId('03208', '2024-01-01');
  const oldXaDung = await placeId('03373', '2024-01-01');
  const newXaDung = await placeId('03208', '2025-08-01');
  const naSon = await placeId('03205', '2024-01-01');
  const district = await placeId('101', '2024-01-01');

  const set = await db.criteriaSet.findUniqueOrThrow({
    where: { code: 'NTM-COMMUNE-2021-2025' },
    include: { criteria: { orderBy: { number: 'asc' } } },
  });
  const criterion = (number: number) => set.criteria.find((candidate) => candidate.number === number)!;

  // The commune's 2023 record is this fixture's; whatever the demo data holds for it is replaced.
  await db.criterionAssessment.deleteMany({ where: { placeId: { in: [phiNhu.dbId, oldXaDung.dbId] }, year: 2023 } });
  await db.criterionAssessment.createMany({
    data: set.criteria
      .filter((c) => !notAssessed.includes(c.number))
      .map((c) => ({
        placeId: phiNhu.dbId,
        criterionId: c.id,
        year: 2023,
        status: (notMet.includes(c.number)
          ? 'NOT_MET'
          : basicallyMet.includes(c.number)
            ? 'BASICALLY_MET'
            : 'MET') as AssessmentStatus,
        assessedOn: new Date('2023-11-30'),
      })),
  });
  await db.criterionAssessment.createMany({
    data: set.criteria.map((c) => ({
      placeId: oldXaDung.dbId,
      criterionId: c.id,
      year: 2023,
      status: (c.number === 2 ? 'BASICALLY_MET' : 'MET') as AssessmentStatus,
    })),
  });

  const districtTwinning = await db.twinning.findFirstOrThrow({
    where: { placeId: district.dbId, status: { not: 'PLANNED' } },
    orderBy: { startsOn: 'asc' },
  });
  const cement = await db.agency.create({
    data: {
      kind: 'ENTERPRISE',
      name: 'Công ty Cổ phần Xi măng Điện Biên',
      nameFolded: 'cong ty co phan xi mang dien bien',
    },
  });
  const college = await db.agency.create({
    data: {
      kind: 'EDUCATION_INSTITUTION',
      name: 'Trường Cao đẳng Kinh tế - Kỹ thuật Điện Biên',
      nameFolded: 'truong cao dang kinh te ky thuat dien bien',
    },
  });
  const communeTwinning = await db.twinning.create({
    data: { agencyId: cement.id, placeId: phiNhu.dbId, relation: 'SPONSORSHIP', startsOn: new Date('2023-03-01') },
  });
  const endedTwinning = await db.twinning.create({
    data: {
      agencyId: college.id,
      placeId: phiNhu.dbId,
      relation: 'HELP',
      status: 'ENDED',
      startsOn: new Date('2019-01-01'),
      endsOn: new Date('2022-12-31'),
    },
  });
  const plannedTwinning = await db.twinning.create({
    data: {
      agencyId: college.id,
      placeId: phiNhu.dbId,
      relation: 'HELP',
      status: 'PLANNED',
      startsOn: new Date('2023-06-01'),
    },
  });

  // A village of Phì Nhừ: what is delivered to it or asked for there belongs to the commune's scorecard.
  const village = await db.place.create({
    data: {
      level: 'VILLAGE',
      kind: 'VILLAGE',
      name: 'Bản Huổi Hu',
      fullName: 'Bản Huổi Hu, xã Phì Nhừ',
      nameFolded: 'ban huoi hu',
      parentId: phiNhu.dbId,
    },
  });
  const activity = (
    title: string,
    occurredOn: string,
    valueVnd: bigint,
    agencyId: string,
    criteria: number[],
    placeId = phiNhu.dbId,
  ) =>
    db.activity.create({
      data: {
        agencyId,
        placeId,
        category: 'INFRASTRUCTURE',
        title,
        occurredOn: new Date(occurredOn),
        valueVnd,
        criteria: { create: criteria.map((number) => ({ criterionId: criterion(number).id })) },
      },
    });
  const survey = await activity(
    'Khảo sát tuyến đường liên bản',
    '2022-09-15',
    20_000_000n,
    districtTwinning.agencyId,
    [2],
  );
  const road = await activity('Bê tông hóa đường bản Phì Nhừ', '2023-10-20', 300_000_000n, cement.id, [2, 17]);
  await activity('Tủ sách cho điểm trường', '2023-05-10', 50_000_000n, districtTwinning.agencyId, [], village.id);
  await activity('Đèn chiếu sáng đường bản', '2024-02-01', 90_000_000n, cement.id, [2]);

  const need = (
    title: string,
    status: 'OPEN' | 'PLEDGED' | 'FULFILLED',
    criterionNumber: number | null,
    placeId = phiNhu.dbId,
  ) =>
    db.need.create({
      data: {
        placeId,
        category: 'INFRASTRUCTURE',
        title,
        status,
        requestedOn: new Date('2023-04-01'),
        criterionId: criterionNumber ? criterion(criterionNumber).id : null,
      },
    });
  const roadNeed = await need('Đường giao thông bản Huổi Hu', 'OPEN', 2);
  const lightingNeed = await need('Đèn đường nông thôn', 'PLEDGED', null, village.id);
  const fulfilledNeed = await need('Nhà văn hóa bản', 'FULFILLED', 6);

  const poverty = await db.indicator.findUniqueOrThrow({ where: { code: 'POVERTY_RATE' } });
  await db.indicatorObservation.deleteMany({
    where: { indicatorId: poverty.id, placeId: { in: [phiNhu.dbId, oldXaDung.dbId, newXaDung.dbId] } },
  });
  await db.indicatorObservation.createMany({
    data: [
      [2020, 48.5],
      [2021, 46.2],
      [2022, 45.1],
      [2023, 44.12],
      [2024, 40],
    ].map(([year, value]) => ({ placeId: phiNhu.dbId, indicatorId: poverty.id, year: year!, value: value! })),
  });
  await db.indicatorObservation.create({
    data: { placeId: oldXaDung.dbId, indicatorId: poverty.id, year: 2023, value: 38 },
  });

  await db.recognition.deleteMany({ where: { placeId: naSon.dbId } });
  // Standard in 2022, advanced in 2023, both revoked in May 2024 (Decision 18/2022/QĐ-TTg); model only applied for.
  await db.recognition.createMany({
    data: [
      {
        placeId: naSon.dbId,
        level: 'STANDARD',
        status: 'REVOKED',
        year: 2022,
        recognisedOn: new Date('2022-12-20'),
        revokedOn: new Date('2024-05-01'),
      },
      {
        placeId: naSon.dbId,
        level: 'ADVANCED',
        status: 'REVOKED',
        year: 2023,
        recognisedOn: new Date('2023-12-15'),
        revokedOn: new Date('2024-05-01'),
      },
      { placeId: naSon.dbId, level: 'MODEL', status: 'APPLIED', year: 2024 },
    ],
  });

  const numbers = new Map(set.criteria.map((c) => [c.id, c.number]));
  return {
    setId: set.id,
    phiNhuId: phiNhu.id,
    phiNhuDbId: phiNhu.dbId,
    newXaDungId: newXaDung.id,
    naSonId: naSon.id,
    districtTwinningId: districtTwinning.id,
    communeTwinningId: communeTwinning.id,
    endedTwinningId: endedTwinning.id,
    plannedTwinningId: plannedTwinning.id,
    roadActivityId: road.id,
    surveyActivityId: survey.id,
    roadNeedId: roadNeed.id,
    lightingNeedId: lightingNeed.id,
    fulfilledNeedId: fulfilledNeed.id,
    numberOf: (globalId: string) => numbers.get(dbId(globalId)),
  };
}
