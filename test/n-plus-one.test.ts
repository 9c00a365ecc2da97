import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp, defaultRequestLimits } from '../packages/server/src/http/app.ts';
import type { NPlusOneProgressYearsQuery } from './generated/graphql.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { type Document, query, type VariablesOf } from './support/graphql.ts';

// Provinces → districts → communes, with each commune's twinnings, agencies and assessments: a
// naive resolver would send one statement per row at every level.
const threeLevels = graphql(`query NPlusOneThreeLevels($provinces: Int!) {
  places(level: PROVINCE, asOf: "2024-01-01", orderBy: CODE, first: $provinces) {
    nodes {
      name
      ... on Province {
        districts(first: 100) {
          nodes {
            name
            communes(first: 100) {
              totalCount
              nodes {
                name code extremelyDisadvantaged
                twinnings(first: 10) { nodes { startsOn agency { name kind } document { number } } }
                successors { kind successor { name } }
              }
            }
          }
        }
      }
    }
  }
}`);

/** An app on a fresh test database that records every statement it sends, for the file's describe block. */
function recordingApp({ costLimit }: { costLimit: boolean }): {
  statements: string[];
  readonly app: App;
  readonly database: Database;
} {
  const statements: string[] = [];
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
    const cost = costLimit
      ? defaultRequestLimits.cost
      : { ...defaultRequestLimits.cost, maxCost: Number.MAX_SAFE_INTEGER };
    app = createApp({ database, limits: { ...defaultRequestLimits, cost } });
  });
  afterAll(() => database.close());
  return {
    statements,
    get app() {
      return app;
    },
    get database() {
      return database;
    },
  };
}

describe('nested selections', () => {
  // Three nested pages of 100 are far over the default cost limit by design: this proves batching.
  const recorded = recordingApp({ costLimit: false });
  const { statements } = recorded;

  async function measure(provinces: number): Promise<{ statements: number; communes: number }> {
    statements.length = 0;
    const data = await query(recorded.app, threeLevels, { provinces });
    const communes = data.places.nodes.flatMap((province) =>
      'districts' in province ? province.districts.nodes.flatMap((district) => district.communes.nodes) : [],
    ).length;
    return { statements: statements.length, communes };
  }

  it('sends the same number of SQL statements for 2 provinces as for 12, though the rows grow', async () => {
    const small = await measure(2);
    const large = await measure(12);
    expect(large.communes).toBeGreaterThan(small.communes * 3);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});

// A computed field on every item of a list: one statement per list, the same text whatever its length.
const provinceTotals = graphql(`query NPlusOneProvinceTotals($provinces: Int!) {
  places(level: PROVINCE, asOf: "2024-01-01", orderBy: CODE, first: $provinces) {
    nodes {
      id
      supportTotal { valueVnd activityCount }
      withHistory: supportTotal(includeHistory: true, from: "2020-01-01") { valueVnd activityCount }
    }
  }
}`);

interface Totals {
  places: {
    nodes: Array<{
      id: string;
      supportTotal: { valueVnd: string; activityCount: number };
      withHistory: { valueVnd: string; activityCount: number };
    }>;
  };
}

describe('supportTotal on a list of places', () => {
  const recorded = recordingApp({ costLimit: true });
  const { statements } = recorded;

  async function measure(provinces: number): Promise<{ statements: string[]; data: Totals }> {
    statements.length = 0;
    const data = await query(recorded.app, provinceTotals, { provinces });
    return { statements: [...statements], data };
  }

  it('sends the same statements for 3 provinces as for 40, and each total is the one asked alone', async () => {
    const few = await measure(3);
    const many = await measure(40);
    expect(many.data.places.nodes).toHaveLength(40);
    // The two supportTotal batches run concurrently, so their order in the log may differ.
    expect([...many.statements].sort()).toEqual([...few.statements].sort());
    // One for the places, one per supportTotal selection (two argument sets).
    expect(many.statements.length).toBeLessThanOrEqual(3);
    const supported = many.data.places.nodes.filter((node) => node.supportTotal.activityCount > 0);
    expect(supported.length).toBeGreaterThan(0);
    for (const node of supported.slice(0, 3)) {
      const alone = await query(
        recorded.app,
        graphql(`query NPlusOneNode($id: ID!) { node(id: $id) { ... on Place {
          supportTotal { valueVnd activityCount }
          withHistory: supportTotal(includeHistory: true, from: "2020-01-01") { valueVnd activityCount } } } }`),
        { id: node.id },
      );
      expect(alone.node!.supportTotal).toEqual(node.supportTotal);
      expect(alone.node!.withHistory).toEqual(node.withHistory);
    }
  });
});

// The benchmark's reads (test/bench/suites/reads): each is one statement, whatever the page size,
// and it reads the columns the query asks for, not every column of the table.
const provinceTree =
  graphql(`query NPlusOneProvinceTree { place(code: "40", asOf: "2024-01-01") { name code ... on Province {
  districts(first: 100) { nodes { name code communes(first: 100) { nodes { name code } } } } } } }`);
const parentChain = graphql(
  `query NPlusOneParentChain { place(code: "23074", asOf: "2024-01-01") { name code parent { name code parent { name code } } } }`,
);
const latestActivities = graphql(`query NPlusOneLatestActivities($first: Int!) {
  activities(first: $first) { nodes { title occurredOn valueVnd agency { name } place { name } } }
}`);

/** The columns a statement returns: the last quoted name of each item between SELECT and FROM. */
function selectedColumns(sql: string): string[] {
  const items = sql.slice(sql.indexOf('SELECT ') + 'SELECT '.length, sql.indexOf(' FROM ')).split(', ');
  return items.map((item) => [...item.matchAll(/"(\w+)"/g)].at(-1)?.[1] ?? item).sort();
}

describe('reads of places, parents and activities', () => {
  const recorded = recordingApp({ costLimit: false });
  const { statements } = recorded;

  async function statementsOf<Data, Variables>(
    document: Document<Data, Variables>,
    ...variables: VariablesOf<Variables>
  ): Promise<{ statements: string[]; data: Data }> {
    statements.length = 0;
    const data = await query(recorded.app, document, ...variables);
    return { statements: [...statements], data };
  }

  it('reads a province with its districts and communes, or a commune with its parents, in one statement', async () => {
    const tree = await statementsOf(provinceTree);
    const province = tree.data.place!;
    expect(province.name).toBe('Nghệ An');
    const districts = 'districts' in province ? province.districts.nodes : [];
    expect(districts.flatMap((district) => district.communes.nodes).length).toBeGreaterThan(400);
    expect(tree.statements).toHaveLength(1);

    const chain = await statementsOf(parentChain);
    expect(chain.data.place!.parent!.parent!.name).toBe('Bình Thuận');
    expect(chain.statements).toHaveLength(1);
  });

  it('reads a page of activities with their agencies and places in one statement, the same for 5 or 50', async () => {
    const few = await statementsOf(latestActivities, { first: 5 });
    const many = await statementsOf(latestActivities, { first: 50 });
    expect(few.data.activities.nodes).toHaveLength(5);
    expect(many.data.activities.nodes.length).toBeGreaterThan(5);
    expect(few.statements).toHaveLength(1);
    expect(many.statements).toEqual(few.statements);
  });

  it('reads the agencies and places of a page of support groups in one statement each, the same for 1 or 100 (one in all when compiled)', async () => {
    interface Named {
      id: string;
      name: string;
    }
    interface Groups {
      supportSummary: { nodes: Array<{ agency: Named | null; province: Named | null; commune: Named | null }> };
    }
    // A distinct count sends the summary through the resolvers; without one it compiles.
    const page = (first: number, counted: boolean) =>
      `{ supportSummary(groupBy: [AGENCY, PROVINCE, COMMUNE], first: ${first}) { nodes { agency { id name } province { id name } commune { id name } ${counted ? 'placeCount' : ''} } } }`;
    const few = await statementsOf<Groups, Record<string, never>>(page(1, true));
    const many = await statementsOf<Groups, Record<string, never>>(page(100, true));
    expect(few.data.supportSummary.nodes).toHaveLength(1);
    expect(many.data.supportSummary.nodes.length).toBeGreaterThan(1);
    // The summary, then one statement for the agencies and one for the places of both levels.
    expect(many.statements).toHaveLength(3);
    expect([...many.statements].sort()).toEqual([...few.statements].sort());
    const compiled = await statementsOf<Groups, Record<string, never>>(page(100, false));
    expect(compiled.statements).toHaveLength(1);
    expect(
      compiled.data.supportSummary.nodes.map(({ agency, province, commune }) => [agency, province, commune]),
    ).toEqual(many.data.supportSummary.nodes.map(({ agency, province, commune }) => [agency, province, commune]));
    // A group of activities recorded above the communes has no commune.
    const uuidOf = (named: Named) => Buffer.from(named.id, 'base64').toString().split(':')[1]!;
    const { prisma } = recorded.database;
    const checked = { agency: 0, province: 0, commune: 0 };
    for (const { agency, province, commune } of many.data.supportSummary.nodes) {
      if (agency) {
        expect(agency.name).toBe((await prisma.agency.findUniqueOrThrow({ where: { id: uuidOf(agency) } })).name);
        checked.agency += 1;
      }
      for (const [place, level] of [
        [province, 'PROVINCE'],
        [commune, 'COMMUNE'],
      ] as const) {
        if (!place) continue;
        const row = await prisma.place.findUniqueOrThrow({ where: { id: uuidOf(place) } });
        expect([place.name, row.level]).toEqual([row.name, level]);
        checked[level === 'PROVINCE' ? 'province' : 'commune'] += 1;
      }
    }
    expect(Math.min(checked.agency, checked.province, checked.commune)).toBeGreaterThan(0);
  });

  it('reads only the columns a query asks for', async () => {
    // A search is answered by the resolvers (a query of columns alone compiles: http/compiled-reads.ts).
    const names = await statementsOf('{ places(level: COMMUNE, search: "a", first: 20) { nodes { name code } } }');
    expect(names.statements).toHaveLength(1);
    // The ID and the level are always read: the level decides a place's GraphQL type.
    expect(selectedColumns(names.statements[0]!)).toEqual(['code', 'id', 'level', 'name']);

    const shares = await statementsOf(
      '{ places(level: COMMUNE, first: 20) { nodes { name ethnicMinorityShare isCurrent } } }',
    );
    expect(selectedColumns(shares.statements[0]!)).toEqual(
      ['code', 'ethnicMinorityShare', 'id', 'level', 'name', 'validFrom', 'validTo'].sort(),
    );
  });
});

// Lists an analytics query names by ID (a progress year's recognitions and published figures): the
// rows of every year load in one statement per field, the same text whatever the number of years.
const progressYears = graphql(`query NPlusOneProgressYears($id: ID!, $from: Int!, $to: Int!) {
  progress(placeId: $id, fromYear: $from, toYear: $to) {
    years {
      year
      recognitions { id level year }
      reportedFigures { id metric year }
    }
  }
}`);

describe('the recognitions and figures of a list of progress years', () => {
  const recorded = recordingApp({ costLimit: true });
  const { statements } = recorded;

  async function measure(
    from: number,
    to: number,
  ): Promise<{ statements: string[]; data: NPlusOneProgressYearsQuery }> {
    const haTinh = await query(
      recorded.app,
      graphql(`query NPlusOnePlace { place(code: "42", asOf: "2024-01-01") { id } }`),
    );
    statements.length = 0;
    const data = await query(recorded.app, progressYears, { id: haTinh.place!.id, from, to });
    // The two loaders' statements run concurrently, so they may arrive in either order.
    return { statements: [...statements].sort(), data };
  }

  it('sends the same statements for 3 years as for 40, and each year keeps its own rows', async () => {
    const few = await measure(2021, 2023);
    const many = await measure(1985, 2024);
    expect(few.data.progress!.years).toHaveLength(3);
    expect(many.data.progress!.years).toHaveLength(40);
    expect(many.statements).toEqual(few.statements);
    // The three years are the same rows, loaded alone or among forty.
    expect(many.data.progress!.years.filter((year) => year.year >= 2021 && year.year <= 2023)).toEqual(
      few.data.progress!.years,
    );
    const rows = many.data.progress!.years.flatMap((year) => [
      ...year.recognitions.map((row) => [year.year, row.year]),
      ...year.reportedFigures.map((row) => [year.year, row.year]),
    ]);
    expect(rows.length).toBeGreaterThan(3);
    for (const [asked, found] of rows) expect(found).toBe(asked);
  });
});
