import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SupportDimension, supportDimensions } from '../packages/server/src/analytics/support-summary/sql.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { derivedTables } from '../packages/server/src/db/rollups.ts';
import { prismaConnection } from '../packages/server/src/db/scale/connection.ts';
import { generateScaleData, ScaleDataError, type ScaleSummary } from '../packages/server/src/db/scale/generate.ts';
import { scaleSizes } from '../packages/server/src/db/scale/sizes.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

const small = scaleSizes.small;

let database: Database;
let app: App;
let summary: ScaleSummary;

function generate(target: Database, seed: number): Promise<ScaleSummary> {
  return target.prisma.$transaction((tx) => generateScaleData(prismaConnection(tx), { size: small, seed }), {
    maxWait: 30_000,
    timeout: 600_000,
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  summary = await generate(database, 1);
  app = createApp({ database });
}, 600_000);
afterAll(() => database.close());

interface ActivityRow {
  placeId: string;
  agencyId: string;
  agencyKind: string;
  valueVnd: string | null;
  year: number;
  category: string;
  fundingSource: string;
}

/** Totals per group computed the naive way: every activity row read, its key found by walking up the places in JS. */
async function naiveTotals(
  dimension: SupportDimension,
): Promise<Map<string, { valueVnd: bigint; activityCount: number }>> {
  const places = await database.prisma.$queryRawUnsafe<Array<{ id: string; parentId: string | null; level: string }>>(
    `SELECT id::text, "parentId"::text AS "parentId", level::text FROM "Place"`,
  );
  const place = new Map(places.map((row) => [row.id, row]));
  const ancestor = (id: string, level: string): string | null => {
    for (let current = place.get(id); current; current = current.parentId ? place.get(current.parentId) : undefined) {
      if (current.level === level) return current.id;
    }
    return null;
  };
  const activities = await database.prisma.$queryRawUnsafe<ActivityRow[]>(
    `SELECT a."placeId"::text AS "placeId", a."agencyId"::text AS "agencyId", ag.kind::text AS "agencyKind",
       a."valueVnd"::text AS "valueVnd", extract(year FROM a."occurredOn")::int AS year,
       a.category::text AS category, a."fundingSource"::text AS "fundingSource"
     FROM "Activity" a JOIN "Agency" ag ON ag.id = a."agencyId"`,
  );
  const key = (row: ActivityRow): string | null => {
    switch (dimension) {
      case 'AGENCY':
        return row.agencyId;
      case 'AGENCY_KIND':
        return row.agencyKind;
      case 'PROVINCE':
      case 'DISTRICT':
      case 'COMMUNE':
        return ancestor(row.placeId, dimension);
      case 'YEAR':
        return String(row.year);
      case 'CATEGORY':
        return row.category;
      case 'FUNDING_SOURCE':
        return row.fundingSource;
    }
  };
  const totals = new Map<string, { valueVnd: bigint; activityCount: number }>();
  for (const row of activities) {
    const group = String(key(row));
    const total = totals.get(group) ?? { valueVnd: 0n, activityCount: 0 };
    total.valueVnd += BigInt(row.valueVnd ?? 0);
    total.activityCount += 1;
    totals.set(group, total);
  }
  return totals;
}

const selection: Record<SupportDimension, string> = {
  AGENCY: 'agency { id }',
  AGENCY_KIND: 'agencyKind',
  PROVINCE: 'province { id }',
  DISTRICT: 'district { id }',
  COMMUNE: 'commune { id }',
  YEAR: 'year',
  CATEGORY: 'category',
  FUNDING_SOURCE: 'fundingSource',
};

interface Group {
  agency?: { id: string } | null;
  province?: { id: string } | null;
  district?: { id: string } | null;
  commune?: { id: string } | null;
  agencyKind?: string | null;
  year?: number | null;
  category?: string | null;
  fundingSource?: string | null;
  valueVnd: string;
  activityCount: number;
}

/** The row ID inside a Relay global ID (base64 of "Type:id"). */
function rowId(globalId: string): string {
  const id = Buffer.from(globalId, 'base64').toString('utf8').split(':').pop() ?? '';
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`Cannot read a row ID out of the global ID ${globalId}`);
  return id;
}

function groupKey(dimension: SupportDimension, group: Group): string {
  switch (dimension) {
    case 'AGENCY':
    case 'PROVINCE':
    case 'DISTRICT':
    case 'COMMUNE': {
      const node = group[dimension.toLowerCase() as 'agency' | 'province' | 'district' | 'commune'];
      return node ? rowId(node.id) : 'null';
    }
    case 'AGENCY_KIND':
      return String(group.agencyKind);
    case 'YEAR':
      return String(group.year);
    case 'CATEGORY':
      return String(group.category);
    case 'FUNDING_SOURCE':
      return String(group.fundingSource);
  }
}

/** Every group of supportSummary(groupBy: [dimension]), page by page. */
async function apiTotals(
  dimension: SupportDimension,
): Promise<Map<string, { valueVnd: bigint; activityCount: number }>> {
  const totals = new Map<string, { valueVnd: bigint; activityCount: number }>();
  let after: string | null = null;
  for (;;) {
    const page: {
      supportSummary: { nodes: Group[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await query(
      app,
      `query Page($after: String) { supportSummary(groupBy: [${dimension}], first: 100, after: $after, orderBy: KEY_ASC) {
        nodes { ${selection[dimension]} valueVnd activityCount } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const group of page.supportSummary.nodes) {
      const key = groupKey(dimension, group);
      expect(totals.has(key), `group ${key} appears on two pages`).toBe(false);
      totals.set(key, { valueVnd: BigInt(group.valueVnd), activityCount: group.activityCount });
    }
    if (!page.supportSummary.pageInfo.hasNextPage) break;
    after = page.supportSummary.pageInfo.endCursor;
  }
  return totals;
}

describe('generated scale data', () => {
  it('loads the small size: villages, agencies, twinnings, thousands of activities and years of assessments', () => {
    const rows = Object.fromEntries(summary.tables.map((table) => [table.table, table.rows]));
    expect(summary.alreadyGenerated).toBe(false);
    expect(rows.Place).toBe(small.villages);
    expect(rows.Twinning).toBe(small.twinnings);
    expect(rows.Activity).toBe(small.activities);
    expect(rows.CriterionAssessment).toBeGreaterThan(1_000);
  });

  it.each(supportDimensions)(
    'supportSummary by %s gives the same totals, to the đồng, as a naive sum over the raw activity rows',
    async (dimension) => {
      const [api, naive] = await Promise.all([apiTotals(dimension), naiveTotals(dimension)]);
      expect(api).toEqual(naive);
      const grandTotal = [...naive.values()].reduce((sum, group) => sum + group.valueVnd, 0n);
      expect(grandTotal).toBeGreaterThan(1_000_000_000n);
    },
  );

  it('a database holds one generated size: the same size and seed again writes nothing, another seed is refused', async () => {
    const activities = await database.prisma.activity.count();
    const again = await generate(database, 1);
    expect(again.alreadyGenerated).toBe(true);
    expect(await database.prisma.activity.count()).toBe(activities);
    await expect(generate(database, 2)).rejects.toThrow(ScaleDataError);
    await expect(generate(database, 2)).rejects.toThrow(/already holds generated data of size small with seed 1/);
    expect(await database.prisma.activity.count()).toBe(activities);
  });

  it('the same seed gives the same rows and IDs in another database', async () => {
    const other = await createTestDatabase();
    try {
      await generate(other, 1);
      const fingerprint = (target: Database) =>
        target.prisma.$queryRawUnsafe<Array<{ activities: string; twinnings: string; places: string }>>(
          `SELECT (SELECT md5(string_agg(t::text, ',' ORDER BY id)) FROM "Activity" t) AS activities,
                  (SELECT md5(string_agg(t::text, ',' ORDER BY id)) FROM "Twinning" t) AS twinnings,
                  (SELECT md5(string_agg(t::text, ',' ORDER BY id)) FROM "Place" t WHERE level = 'VILLAGE') AS places`,
        );
      expect(await fingerprint(other)).toEqual(await fingerprint(database));
    } finally {
      await other.close();
    }
  }, 600_000);
});

describe('after the load', () => {
  /**
   * The pages holding each derived table's rows against the pages a packed copy of them fills
   * (counted from the rows' ctid: PGlite's file sizes grow in larger steps); a partitioned table's
   * partitions each on their own.
   */
  async function sizes(): Promise<Array<{ table: string; pages: number; packed: number }>> {
    const pagesOf = (table: string) => `(SELECT count(DISTINCT (ctid::text::point)[0])::int FROM ${table})`;
    const result: Array<{ table: string; pages: number; packed: number }> = [];
    const tables: string[] = [];
    for (const table of derivedTables) {
      const partitions = await database.prisma.$queryRawUnsafe<Array<{ name: string }>>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = '"${table}"'::regclass ORDER BY 1`,
      );
      tables.push(...(partitions.length > 0 ? partitions.map((partition) => partition.name) : [table]));
    }
    for (const table of tables) {
      await database.prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS packed_copy`);
      await database.prisma.$executeRawUnsafe(`CREATE TABLE packed_copy AS SELECT * FROM "${table}"`);
      const [row] = await database.prisma.$queryRawUnsafe<Array<{ pages: number; packed: number }>>(
        `SELECT ${pagesOf(`"${table}"`)} AS pages, ${pagesOf('packed_copy')} AS packed`,
      );
      result.push({ table, ...row! });
    }
    await database.prisma.$executeRawUnsafe(`DROP TABLE packed_copy`);
    return result;
  }

  it('leaves the rollup trigger on "Activity" enabled: the load disables it and computes the rollups once at the end', async () => {
    const [trigger] = await database.prisma.$queryRawUnsafe<Array<{ enabled: string }>>(
      `SELECT tgenabled::text AS enabled FROM pg_trigger WHERE tgname = 'support_rollup_insert'`,
    );
    expect(trigger?.enabled).toBe('O');
  });

  it('leaves the rollups packed, with room left on each page for updates in place', async () => {
    for (const { table, pages, packed } of await sizes()) {
      if (packed < 10) continue;
      // The closure and the month rollup (about a row per activity, rarely updated) stay packed.
      if (table === 'PlaceClosure' || table === 'SupportRollup') {
        expect(pages / packed, table).toBeLessThan(1.1);
        continue;
      }
      // Packed to the rollups' fill factor: 70 % of each page.
      expect(pages / packed, table).toBeGreaterThan(0.9 / 0.7);
      expect(pages / packed, table).toBeLessThan(1.1 / 0.7);
    }
  });
});
