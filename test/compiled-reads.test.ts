import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp, defaultRequestLimits } from '../packages/server/src/http/app.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

/**
 * Reads of columns and plain joins are answered by one JSON-building statement
 * (http/compiled-reads.ts). Each document below is sent to an app that compiles and to one that runs
 * the resolvers, on the same database: the two responses must be the same, whole (data, errors,
 * extensions), and the compiling app must have answered with its one statement where it can (or with
 * the resolvers where it cannot).
 */
let database: TestDatabase;
let compiled: App;
let resolvers: App;
const statements: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  // Read a costs more than the default limit allows, as the bench's servers allow it.
  const limits = { ...defaultRequestLimits, cost: { ...defaultRequestLimits.cost, maxCost: 50_000 } };
  compiled = createApp({ database, limits });
  resolvers = createApp({ database, limits, compiledReads: false });
});
afterAll(() => database?.close());

const COMPILED_STATEMENT = /^SELECT \('\{' \|\| /;

async function post(app: App, query: string, variables: Record<string, unknown> = {}) {
  statements.length = 0;
  const response = await app.fetch('http://twinning.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  // Each response has its own request ID.
  const body = JSON.parse(await response.text(), (key, value) => (key === 'requestId' ? undefined : value));
  return { status: response.status, body: body as Record<string, unknown>, sent: [...statements] };
}

/** Both apps' answers, after checking they are the same and that the compiling app did (or did not) compile. */
async function compare(query: string, variables: Record<string, unknown> = {}, expected: 'compiled' | 'resolved') {
  const reference = await post(resolvers, query, variables);
  const answer = await post(compiled, query, variables);
  expect(answer.status).toBe(reference.status);
  expect(answer.body).toStrictEqual(reference.body);
  const usedCompiled = answer.sent.some((sql) => COMPILED_STATEMENT.test(sql));
  expect(usedCompiled ? 'compiled' : 'resolved').toBe(expected);
  if (usedCompiled) expect(answer.sent).toHaveLength(1);
  expect(reference.sent.some((sql) => COMPILED_STATEMENT.test(sql))).toBe(false);
  return answer.body as { data?: Record<string, unknown>; errors?: unknown[] };
}

const PLACE_SCALARS =
  'id __typename code name fullName level kind localKind validFrom validTo region extremelyDisadvantaged ethnicMinorityArea ethnicGroups note';
const AGENCY_FIELDS =
  'id __typename kind name nameEn abbreviation validFrom validTo note parent { name } homeProvince { name code }';
const ACTIVITY_SCALARS =
  'id __typename category title description occurredOn datePrecision endedOn valueVnd fundingSource beneficiaryCount beneficiaryDescription peopleSent visitCount occasion';

describe('compiled reads answer as the resolvers do', () => {
  it('a province with its districts and their communes (bench read a)', async () => {
    const body = await compare(
      `{ place(code: "40", asOf: "2024-01-01") { name code ... on Province {
        districts(first: 100) { nodes { name code communes(first: 100) { nodes { name code } } } } } } }`,
      {},
      'compiled',
    );
    const province = body.data?.place as { districts: { nodes: Array<{ communes: { nodes: unknown[] } }> } };
    expect(province.districts.nodes).toHaveLength(20);
    expect(province.districts.nodes.reduce((sum, district) => sum + district.communes.nodes.length, 0)).toBe(412);
    // Each page is aggregated in its own query's order: no aggregate sorts its rows again (once per
    // district, on every execution), and no page numbers its rows to be sorted by.
    const [statement] = (
      await post(
        compiled,
        `{ place(code: "40", asOf: "2024-01-01") { ... on Province { districts(first: 100) { nodes { communes { nodes { name } } } } } } }`,
      )
    ).sent;
    expect(statement).toMatch(COMPILED_STATEMENT);
    expect(statement?.match(/string_agg\(list\.json/g)).toHaveLength(2);
    expect(statement).not.toMatch(/_agg\([^()]*ORDER BY|row_number\(\)/);
  });

  it('a commune with its parent chain (bench read b), and every column of every level', async () => {
    await compare(
      `{ place(code: "23074", asOf: "2024-01-01") { name code parent { name code parent { name code } } } }`,
      {},
      'compiled',
    );
    // Every level asks the same of its parent: one lookup per step of the chain, not one per level
    // at every step (3 rather than 1 + 4 + 16), and no choice by level.
    const [statement] = (await post(compiled, `{ place(code: "23074") { name parent { name parent { name } } } }`))
      .sent;
    expect(statement?.match(/FROM "Place"/g)).toHaveLength(3);
    expect(statement).not.toContain('CASE');
    // Where the levels ask different things, each gets its own JSON.
    const [chosen] = (await post(compiled, `{ place(code: "23074") { __typename parent { name } } }`)).sent;
    expect(chosen).toContain(`CASE WHEN t1.level = 'COMMUNE' THEN ('{' || '"__typename" : ' || '"Commune"'`);
    await compare(
      `{ before: place(code: "23074", asOf: "2024-01-01") { ${PLACE_SCALARS} parent { ${PLACE_SCALARS} parent { ${PLACE_SCALARS} } } }
         after: place(code: "23074", asOf: "2025-08-01") { ${PLACE_SCALARS} parent { ${PLACE_SCALARS} } } }`,
      {},
      'compiled',
    );
  });

  it('the level-specific fields: districts, communes, villages, a commune’s district and province, before and after 2025', async () => {
    for (const asOf of ['2024-01-01', '2025-08-01']) {
      await compare(
        `query Levels($day: Date) {
          communeBefore: place(code: "23074", asOf: $day) {
            ... on Commune { district { name } province { name code } villages(first: 3) { totalCount nodes { name localKind commune { name } } } }
          }
          province: place(code: "11", asOf: $day) {
            __typename
            ... on Province {
              districts(first: 2) { __typename totalCount nodes { name province { name } communes(first: 2) { totalCount nodes { name } } } }
              communes(first: 3) { totalCount nodes { name code ... on Commune { province { code } district { code } } } }
            }
            children { totalCount nodes { __typename name } }
          }
        }`,
        { day: asOf },
        'compiled',
      );
    }
  });

  it('activities with every column, their agencies and places, in each order (bench read c)', async () => {
    await compare(
      '{ activities(first: 50) { nodes { title occurredOn valueVnd agency { name } place { name } } } }',
      {},
      'compiled',
    );
    for (const orderBy of ['OCCURRED_ON_DESC', 'OCCURRED_ON_ASC', 'RECORDED_DESC']) {
      const body = await compare(
        `{ activities(first: 100, orderBy: ${orderBy}) { totalCount nodes { ${ACTIVITY_SCALARS}
          agency { ${AGENCY_FIELDS} } place { ${PLACE_SCALARS} } } } }`,
        {},
        'compiled',
      );
      const activities = body.data?.activities as { nodes: Array<{ valueVnd: string | null }> } | undefined;
      const nodes = activities?.nodes ?? [];
      expect(nodes.some((activity) => activity.valueVnd !== null)).toBe(true);
      expect(nodes.some((activity) => activity.valueVnd === null)).toBe(true);
    }
  });

  it('aliases, repeated fields, named and inline fragments on the interface and on each type', async () => {
    await compare(
      `query Fragments {
        __typename
        x: place(code: "40", asOf: "2024-01-01") { ...Names ... on Place { n: name } ... on District { code }
          ... on Province { d: districts(first: 3) { nodes { ...Names ... on District { communes(first: 1) { nodes { ...Names } } } } } }
          name }
        y: activities(first: 3) { nodes { ... on Activity { title } place { ...Names } } }
      }
      fragment Names on Place { __typename name fullName ... on Commune { district { name } } }`,
      {},
      'compiled',
    );
  });

  it('arguments from variables, defaults, a code with spaces, and a place that does not exist', async () => {
    const document = `query ByCode($code: String!, $day: Date, $first: Int) {
      place(code: $code, asOf: $day) { name children(first: $first) { totalCount nodes { name } } }
    }`;
    for (const variables of [
      { code: '40', day: '2024-01-01', first: 5 },
      { code: ' 40 ', day: '2024-01-01' },
      { code: '40', first: null },
      { code: '40' },
      { code: '99999', day: '2024-01-01', first: 5 },
      { code: '\'; DROP TABLE "Place"; --', first: 5 },
    ]) {
      await compare(document, variables, 'compiled');
    }
  });

  it('falls back to the resolvers for what it does not compile, with the same answer or error', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['{ place(code: "40", asOf: "2024-01-01") { name supportTotal(from: "2024-01-01") { valueVnd } } }', {}],
      ['{ place(code: "40", asOf: "2024-01-01") { supportTotal(includeDescendants: false) { valueVnd } } }', {}],
      ['query($history: Boolean) { place(code: "40") { supportTotal(includeHistory: $history) { valueVnd } } }', {}],
      ['{ places(search: "dong", first: 5) { nodes { name } } }', {}],
      ['{ places(kind: [CITY], first: 5) { nodes { name } } }', {}],
      ['query($level: PlaceLevel) { places(level: $level, first: 5) { nodes { name } } }', { level: 'PROVINCE' }],
      ['{ places(level: PROVINCE, first: 5) { pageInfo { hasNextPage } } }', {}],
      ['{ place(code: "40", asOf: "2024-01-01") { name children(first: 2) { pageInfo { hasNextPage } } } }', {}],
      ['{ place(code: "40", asOf: "2024-01-01") { name children(first: 2) { edges { cursor } } } }', {}],
      ['{ place(code: "40", asOf: "2024-01-01") { name @include(if: true) code } }', {}],
      ['{ place(code: "40", asOf: "2024-01-01") { children(first: 500) { nodes { name } } } }', {}],
      ['query($n: Int) { place(code: "40", asOf: "2024-01-01") { children(first: $n) { nodes { name } } } }', { n: 0 }],
      [
        'query($n: Int) { place(code: "40", asOf: "2024-01-01") { children(first: $n) { nodes { name } } } }',
        { n: -1 },
      ],
      ['query($day: Date) { place(code: "40", asOf: $day) { name } }', { day: 'not a day' }],
      ['query($day: Date) { place(code: "40", asOf: $day) { name } }', { day: '1800-01-01' }],
      ['{ place(code: "40", asOf: "2024-01-01") { latitude isCurrent } }', {}],
      ['{ activities(first: 2, category: [VISIT]) { nodes { title } } }', {}],
      [
        'query($order: ActivityOrder) { activities(first: 2, orderBy: $order) { nodes { title } } }',
        { order: 'OCCURRED_ON_ASC' },
      ],
      ['{ activities(first: 2) { nodes { title createdAt } } }', {}],
    ];
    for (const [document, variables] of cases) await compare(document, variables, 'resolved');
  });

  it('places by level, code and day with their support totals, with and without history (bench province-totals, total-history)', async () => {
    const totals =
      'supportTotal { valueVnd activityCount } withHistory: supportTotal(includeHistory: true) { valueVnd activityCount }';
    const lists = [
      `{ places(level: PROVINCE, asOf: "2024-01-01", orderBy: CODE, first: 100) { totalCount nodes { code name ${totals} } } }`,
      `{ places(level: PROVINCE, orderBy: CODE, first: 100) { totalCount nodes { __typename id code ${totals} } } }`,
      `{ places(level: DISTRICT, asOf: "2024-01-01") { totalCount nodes { name code ${totals} } } }`,
      `{ places(code: "23074", includeHistory: true) { totalCount nodes { name validFrom validTo ${totals} } } }`,
      `{ places(code: "23074", includeHistory: true, asOf: "2024-01-01") { nodes { name validTo } } }`,
      `{ places(level: COMMUNE, includeArchived: true, first: 7) { totalCount nodes { name } } }`,
      `query($day: Date) { places(level: PROVINCE, asOf: $day, first: 3) { nodes { name ${totals} } } }`,
    ];
    let withHistoryHigher = 0;
    let supported = 0;
    for (const document of lists) {
      for (const variables of [{}, { day: '2025-07-01' }]) {
        const body = await compare(document, variables, 'compiled');
        const { places } = body.data as {
          places: { nodes: Array<Record<string, { activityCount: number } | undefined>> };
        };
        const nodes = places.nodes;
        expect(nodes.length).toBeGreaterThan(0);
        for (const node of nodes) {
          if ((node.supportTotal?.activityCount ?? 0) > 0) supported += 1;
          if ((node.withHistory?.activityCount ?? 0) > (node.supportTotal?.activityCount ?? 0)) withHistoryHigher += 1;
        }
      }
    }
    // The demo data's support is summed, and the 2025 units include what the units they replaced received.
    expect(supported).toBeGreaterThan(0);
    expect(withHistoryHigher).toBeGreaterThan(0);
    const province = await compare(
      `{ place(code: "68", asOf: "2025-07-01") { name supportTotal(includeHistory: true, includeDescendants: true) { valueVnd activityCount } } }`,
      {},
      'compiled',
    );
    const { place } = province.data as { place: { supportTotal: { activityCount: number } } };
    expect(place.supportTotal.activityCount).toBeGreaterThan(0);
    // A unit archived as entered in error is listed only when asked for.
    const commune = await database.prisma.place.findFirstOrThrow({
      where: { level: 'COMMUNE', validTo: null, assessments: { none: {} } },
      orderBy: { code: 'desc' },
    });
    await database.prisma.place.update({ where: { id: commune.id }, data: { archivedAt: new Date() } });
    try {
      const listed = async (archived: boolean) => {
        const body = await compare(
          `{ places(level: COMMUNE, code: "${commune.code}", includeArchived: ${archived}) { totalCount nodes { name } } }`,
          {},
          'compiled',
        );
        return (body.data as { places: { totalCount: number } }).places.totalCount;
      };
      expect(await listed(true)).toBe((await listed(false)) + 1);
    } finally {
      await database.prisma.place.update({ where: { id: commune.id }, data: { archivedAt: null } });
    }
  });

  it('supportSummary by every dimension and order, with each filter it compiles (bench summary reads)', async () => {
    const measures = 'valueVnd activityCount beneficiaryCount';
    const keys =
      'agency { id name } agencyKind province { id code name } district { __typename name } commune { code name } year category fundingSource';
    const documents = [
      `{ supportSummary(groupBy: [PROVINCE], first: 20) { totalCount nodes { province { code name } ${measures} } } }`,
      `{ supportSummary(groupBy: [AGENCY]) { totalCount nodes { agency { name } valueVnd activityCount } } }`,
      `{ s: supportSummary(groupBy: [COMMUNE, YEAR, COMMUNE], orderBy: KEY_ASC, first: 100) { n: totalCount nodes { ${keys} ${measures} } } }`,
      `{ supportSummary(groupBy: [AGENCY_KIND, CATEGORY, FUNDING_SOURCE, DISTRICT], orderBy: COUNT_DESC, first: 7) { __typename totalCount nodes { __typename ${keys} ${measures} } } }`,
      `{ supportSummary(groupBy: [PROVINCE, CATEGORY], orderBy: BENEFICIARIES_DESC, filter: { agencyKind: [PEOPLES_COMMITTEE, ENTERPRISE], years: [2023, 2024] }) { totalCount nodes { ${keys} ${measures} } } }`,
      `{ supportSummary(groupBy: [YEAR], orderBy: VALUE_ASC, filter: { from: "2023-03-15", to: "2024-02-10", category: [VISIT, CASH_GIFT], fundingSource: [AGENCY_OWN] }) { totalCount nodes { year ${measures} } } }`,
      `{ supportSummary(groupBy: [AGENCY, YEAR], filter: { asOf: "2024-06-30" }) { totalCount nodes { agency { name } year ${measures} } } }`,
      `{ supportSummary(groupBy: [CATEGORY], filter: { years: [1990] }) { totalCount nodes { category ${measures} } } }`,
    ];
    for (const document of documents) {
      const body = await compare(document, {}, 'compiled');
      expect(JSON.stringify(body.data)).toMatch(/"totalCount":[1-9]|"n":[1-9]|"totalCount":0,"nodes":\[\]/);
    }
    // The groups carry real keys and totals, not only nulls.
    const provinces = await compare(documents[0]!, {}, 'compiled');
    const nodes = (
      provinces.data!.supportSummary as { nodes: Array<{ province: { name: string } | null; valueVnd: string }> }
    ).nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.some((node) => node.province !== null && BigInt(node.valueVnd) > 0n)).toBe(true);
  });

  it('leaves to the resolvers a supportSummary with distinct counts, a place or agency filter, variables, cursors or no groups', async () => {
    const province = await post(compiled, '{ place(code: "40", asOf: "2024-01-01") { id } }');
    const placeId = (province.body.data as { place: { id: string } }).place.id;
    const cases: Array<[string, Record<string, unknown>]> = [
      ['{ supportSummary(groupBy: [PROVINCE]) { nodes { valueVnd placeCount } } }', {}],
      ['{ supportSummary(groupBy: [YEAR]) { nodes { valueVnd agencyCount } } }', {}],
      [`{ supportSummary(groupBy: [COMMUNE], filter: { placeId: "${placeId}" }) { nodes { valueVnd } } }`, {}],
      ['query($by: [SupportDimension!]!) { supportSummary(groupBy: $by) { nodes { valueVnd } } }', { by: ['YEAR'] }],
      // A variable inside a written argument: in an input field, in a list.
      [
        'query($placeId: ID!) { supportSummary(filter: { placeId: $placeId }, groupBy: [PROVINCE]) { nodes { activityCount } } }',
        { placeId },
      ],
      [
        'query($year: Int!) { supportSummary(filter: { years: [$year] }, groupBy: [YEAR]) { nodes { year } } }',
        { year: 2024 },
      ],
      ['query($by: SupportDimension!) { supportSummary(groupBy: [YEAR, $by]) { nodes { year } } }', { by: 'CATEGORY' }],
      ['{ supportSummary(groupBy: [YEAR], first: 2) { edges { cursor } pageInfo { hasNextPage } } }', {}],
      ['{ supportSummary(groupBy: [YEAR], first: 1, after: "YXJyYXljb25uZWN0aW9uOjA=") { nodes { year } } }', {}],
      ['{ supportSummary(groupBy: []) { totalCount nodes { valueVnd } } }', {}],
      ['{ supportSummary(groupBy: [YEAR], first: 500) { nodes { valueVnd } } }', {}],
      ['{ supportSummary(groupBy: [YEAR], first: 0) { nodes { valueVnd } } }', {}],
    ];
    for (const [document, variables] of cases) await compare(document, variables, 'resolved');
  });

  it('a commune scorecard with every field it compiles, with and without history (bench scorecard)', async () => {
    // Communes assessed in the demo data, in their latest assessed year, and one formed by the 2025 reform.
    const assessed = await database.prisma.$queryRaw<Array<{ id: string; year: number }>>`
      SELECT a."placeId"::text AS id, max(a.year)::int AS year
      FROM "CriterionAssessment" a JOIN "Place" p ON p.id = a."placeId" AND p.level = 'COMMUNE'
      GROUP BY a."placeId" ORDER BY count(*) DESC, a."placeId" LIMIT 3`;
    const merged = await database.prisma.place.findFirstOrThrow({
      where: { code: '23074', validFrom: { gte: new Date('2025-07-01') } },
    });
    expect(assessed.length).toBeGreaterThan(0);
    const benchRead = `query Scorecard($placeId: ID!, $year: Int!) { communeScorecard(placeId: $placeId, year: $year) {
      commune { name code } recognisedLevel
      levels { level met basicallyMet notMet notAssessed unmetCriteria { criterion { number name } status assignedAgencies { name } } }
      openNeeds { title status }
      assignedTwinnings { agency { name } startsOn endsOn }
      povertyTrend { averageYearlyChange observations { year value } }
      supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount } } }`;
    const everything = (history: boolean) => `query Everything($placeId: ID!, $year: Int!) {
      communeScorecard(placeId: $placeId, year: $year, includeHistory: ${history}) {
        __typename year includesHistory recognisedLevel
        commune { ${PLACE_SCALARS} } predecessors { __typename name code }
        levels { __typename level met basicallyMet notMet notAssessed total
          unmetCriteria { __typename level status
            criterion { id __typename number name nameVi groupNumber groupName groupNameVi }
            assignedAgencies { id name kind }
            openNeeds { id title status category criterion { number } } } }
        openNeeds { id __typename category title description status requestedOn datePrecision estimatedValueVnd closedOn
          place { name } criterion { number } requestedOf { name } }
        assignedTwinnings { id __typename relation status startsOn startPrecision endsOn endedReason agency { name } place { name } }
        povertyTrend { __typename firstYear lastYear change averageYearlyChange place { name }
          observations { id __typename year value qualifier source place { name } } }
        supportInYear { __typename valueVnd activityCount } supportAllTime { valueVnd activityCount } } }`;
    // The demo data observes poverty only above communes: the first commune gets a series of its own.
    const poverty = await database.prisma.indicator.findUniqueOrThrow({ where: { code: 'POVERTY_RATE' } });
    const first = assessed[0]!;
    await database.prisma.indicatorObservation.createMany({
      data: ['12.5', '10.25', '9.1', '8'].map((value, index) => ({
        placeId: first.id,
        indicatorId: poverty.id,
        year: first.year - 3 + index,
        value,
      })),
      skipDuplicates: true,
    });
    // And an open need tied to a criterion it has not met.
    const unmet = await post(
      resolvers,
      `query($placeId: ID!, $year: Int!) { communeScorecard(placeId: $placeId, year: $year) {
        levels { unmetCriteria { criterion { id } } } } }`,
      { placeId: Buffer.from(`Commune:${first.id}`).toString('base64'), year: first.year },
    );
    const [unmetCriterion] = (
      unmet.body as {
        data: { communeScorecard: { levels: Array<{ unmetCriteria: Array<{ criterion: { id: string } }> }> } };
      }
    ).data.communeScorecard.levels.flatMap((level) => level.unmetCriteria);
    expect(unmetCriterion).toBeDefined();
    await database.prisma.need.create({
      data: {
        placeId: first.id,
        category: 'INFRASTRUCTURE',
        title: 'Help with a criterion not met',
        requestedOn: new Date(`${first.year}-03-01`),
        criterionId: Buffer.from(unmetCriterion!.criterion.id, 'base64').toString().split(':')[1]!,
      },
    });
    const communeId = (id: string) => Buffer.from(`Commune:${id}`).toString('base64');
    let longestTrend = 0;
    for (const { id, year } of assessed) {
      const body = await compare(benchRead, { placeId: communeId(id), year }, 'compiled');
      const trend = (body.data?.communeScorecard as { povertyTrend: { observations: unknown[] } | null } | null)
        ?.povertyTrend;
      longestTrend = Math.max(longestTrend, trend?.observations.length ?? 0);
      await compare(everything(false), { placeId: communeId(id), year }, 'compiled');
    }
    expect(longestTrend).toBe(4);
    for (const year of [2021, 2024]) {
      await compare(everything(true), { placeId: communeId(merged.id), year }, 'compiled');
      await compare(everything(false), { placeId: communeId(merged.id), year }, 'compiled');
    }
    // Not a commune, or no such place: null.
    const province = await database.prisma.place.findFirstOrThrow({ where: { level: 'PROVINCE' } });
    await compare(benchRead, { placeId: communeId(province.id), year: 2024 }, 'compiled');
    await compare(benchRead, { placeId: communeId('00000000-0000-0000-0000-000000000001'), year: 2024 }, 'compiled');
    // What it leaves to the resolvers: a District ID, a year outside the records, contributing activities, the criteria set.
    await compare(
      benchRead,
      { placeId: Buffer.from(`District:${first.id}`).toString('base64'), year: first.year },
      'resolved',
    );
    await compare(benchRead, { placeId: communeId(first.id), year: 1800 }, 'resolved');
    await compare(benchRead, { placeId: 'not an id', year: first.year }, 'resolved');
    await compare(
      `query($placeId: ID!) { communeScorecard(placeId: $placeId, year: ${first.year}) { levels { unmetCriteria { contributingActivities { title } } } } }`,
      { placeId: communeId(first.id) },
      'resolved',
    );
    await compare(
      `query($placeId: ID!) { communeScorecard(placeId: $placeId, year: ${first.year}) { criteriaSet { code } } }`,
      { placeId: communeId(first.id) },
      'resolved',
    );
  });

  it('keeps the response envelope: the cost extension, and JSON a client parses', async () => {
    const response = await compiled.fetch('http://twinning.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ place(code: "23074", asOf: "2024-01-01") { name } }' }),
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await response.json()) as { data: unknown; extensions: { cost: { requested: number } } };
    expect(body.data).toStrictEqual({ place: { name: 'Đông Giang' } });
    expect(body.extensions.cost.requested).toBeGreaterThan(0);
  });
});
