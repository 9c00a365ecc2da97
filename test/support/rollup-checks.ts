import { expect } from 'vitest';
import { placeSupportTotals } from '../../packages/server/src/analytics/support-total/sql.ts';
import type { PrismaClient } from '../../packages/server/src/db/database.ts';

interface Mismatches {
  /** Rows the stored table holds. */
  rows: number;
  /** Recomputed rows the table lacks, and stored rows the recomputation lacks: both 0 when exact. */
  missing: number;
  extra: number;
}

/** A derived table (`stored`: its rows as a SELECT) against the same rows recomputed another way. */
async function mismatches(db: PrismaClient, table: string, recomputed: string, stored: string): Promise<Mismatches> {
  const [row] = await db.$queryRawUnsafe<Mismatches[]>(
    `SELECT (SELECT count(*) FROM "${table}")::int AS rows,
       (SELECT count(*) FROM ((${recomputed}) EXCEPT (${stored})) x)::int AS missing,
       (SELECT count(*) FROM ((${stored}) EXCEPT (${recomputed})) x)::int AS extra`,
  );
  return row!;
}

/** Each derived table (by name) holds rows, all equal to its recomputation. */
export async function expectExact(
  db: PrismaClient,
  checks: Record<string, (db: PrismaClient) => Promise<Mismatches>>,
): Promise<void> {
  for (const [table, check] of Object.entries(checks)) {
    const found = await check(db);
    expect(found.rows, `${table} holds rows`).toBeGreaterThan(0);
    expect({ missing: found.missing, extra: found.extra }, table).toEqual({ missing: 0, extra: 0 });
  }
}

/** Each place with itself and every unit above it, walking "Place"."parentId" (no closure). */
const placesAbove = `WITH RECURSIVE up(descendant, ancestor) AS (
    SELECT id, id FROM "Place"
    UNION ALL
    SELECT up.descendant, p."parentId" FROM up JOIN "Place" p ON p.id = up.ancestor WHERE p."parentId" IS NOT NULL
  )`;

/**
 * Every activity summed at its place and at each unit above it, walking "Place"."parentId" (no
 * closure, no other rollup); by category and funding source, or by month, at the units only.
 */
const subtreeSums = (period: 'all' | 'year' | 'month', byCategory = false) => {
  const keys = [
    'up.ancestor AS place',
    'p.level::text AS level',
    ...(period === 'month' ? [`date_trunc('month', a."occurredOn")::date AS month`] : []),
    ...(period !== 'all' ? ['extract(year FROM a."occurredOn")::int AS year'] : []),
    ...(byCategory ? ['a.category::text AS category', 'a."fundingSource"::text AS funding'] : []),
  ];
  return `
  ${placesAbove}
  SELECT ${keys.join(', ')},
    count(*)::int AS n, coalesce(sum(a."valueVnd"), 0)::text AS v, coalesce(sum(a."beneficiaryCount"), 0)::text AS b
  FROM up JOIN "Activity" a ON a."placeId" = up.descendant JOIN "Place" p ON p.id = up.ancestor
  ${byCategory || period === 'month' ? `WHERE p.level <> 'VILLAGE'` : ''}
  GROUP BY ${keys.map((_, index) => index + 1).join(', ')}`;
};

/** "SupportTreeRollup" against its recomputation the slow, obvious way (`subtreeSums`). */
export function supportTreeMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportTreeRollup',
    subtreeSums('year'),
    `SELECT "placeId" AS place, "placeLevel"::text AS level, year::int AS year, "activityCount" AS n,
       "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportTreeRollup"`,
  );
}

/** "SupportTreeTotal" against the same recomputation over all years. */
export function supportTreeTotalMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportTreeTotal',
    subtreeSums('all'),
    `SELECT "placeId" AS place, "placeLevel"::text AS level, "activityCount" AS n, "valueVnd"::text AS v,
       "beneficiaryCount"::text AS b
     FROM "SupportTreeTotal"`,
  );
}

/** "SupportTreeCategoryRollup" against the walked subtree sums by year, category and funding source. */
export function supportTreeCategoryMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportTreeCategoryRollup',
    subtreeSums('year', true),
    `SELECT "placeId" AS place, "placeLevel"::text AS level, year::int AS year, category::text AS category,
       "fundingSource"::text AS funding, "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportTreeCategoryRollup"`,
  );
}

/** "SupportLevelCategoryRollup" against the same walked sums added up per level. */
export function supportLevelCategoryMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportLevelCategoryRollup',
    `SELECT level, year, category, funding, sum(n)::int AS n, sum(v::numeric)::text AS v, sum(b::numeric)::text AS b
     FROM (${subtreeSums('year', true)}) s GROUP BY 1, 2, 3, 4`,
    `SELECT "placeLevel"::text AS level, year::int AS year, category::text AS category,
       "fundingSource"::text AS funding, "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportLevelCategoryRollup"`,
  );
}

/** "SupportTreeMonthRollup" against the walked subtree sums by month. */
export function supportTreeMonthMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportTreeMonthRollup',
    subtreeSums('month'),
    `SELECT "placeId" AS place, "placeLevel"::text AS level, month, year::int AS year, "activityCount" AS n,
       "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportTreeMonthRollup"`,
  );
}

/** "SupportLevelMonthRollup" against the same walked sums added up per level. */
export function supportLevelMonthMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportLevelMonthRollup',
    `SELECT level, month, year, sum(n)::int AS n, sum(v::numeric)::text AS v, sum(b::numeric)::text AS b
     FROM (${subtreeSums('month')}) s GROUP BY 1, 2, 3`,
    `SELECT "placeLevel"::text AS level, month, year::int AS year, "activityCount" AS n, "valueVnd"::text AS v,
       "beneficiaryCount"::text AS b
     FROM "SupportLevelMonthRollup"`,
  );
}

const agencySums = (byYear: boolean) => `
  SELECT "agencyId" AS agency${byYear ? ', extract(year FROM "occurredOn")::int AS year' : ''}, count(*)::int AS n,
    coalesce(sum("valueVnd"), 0)::text AS v, coalesce(sum("beneficiaryCount"), 0)::text AS b
  FROM "Activity" GROUP BY ${byYear ? '1, 2' : '1'}`;

/** "SupportAgencyRollup" against the activity rows summed by agency and year. */
export function supportAgencyMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportAgencyRollup',
    agencySums(true),
    `SELECT "agencyId" AS agency, year::int AS year, "activityCount" AS n, "valueVnd"::text AS v,
       "beneficiaryCount"::text AS b
     FROM "SupportAgencyRollup"`,
  );
}

/** "SupportAgencyTotal" against the activity rows summed by agency. */
export function supportAgencyTotalMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportAgencyTotal',
    agencySums(false),
    `SELECT "agencyId" AS agency, "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportAgencyTotal"`,
  );
}

/** "SupportPairTotal" against the activity rows summed by place and agency. */
export function supportPairTotalMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportPairTotal',
    `SELECT "placeId" AS place, "agencyId" AS agency, count(*)::int AS n, coalesce(sum("valueVnd"), 0)::text AS v,
       coalesce(sum("beneficiaryCount"), 0)::text AS b
     FROM "Activity" GROUP BY 1, 2`,
    `SELECT "placeId" AS place, "agencyId" AS agency, "activityCount" AS n, "valueVnd"::text AS v,
       "beneficiaryCount"::text AS b
     FROM "SupportPairTotal"`,
  );
}

/** "SupportPlaceReach" or "SupportAgencyReach" against the activity rows counted by year, category or funding source and place (or agency). */
export function supportReachMismatches(db: PrismaClient, subject: 'Place' | 'Agency'): Promise<Mismatches> {
  const id = `"${subject.toLowerCase()}Id"`;
  const counted = (dimension: string, value: string) =>
    `SELECT '${dimension}' AS dimension, ${value} AS value, ${id} AS id, count(*)::int AS n FROM "Activity" GROUP BY 1, 2, 3`;
  return mismatches(
    db,
    `Support${subject}Reach`,
    [
      counted('YEAR', 'extract(year FROM "occurredOn")::int::text'),
      counted('CATEGORY', 'category::text'),
      counted('FUNDING_SOURCE', '"fundingSource"::text'),
    ].join(' UNION ALL '),
    `SELECT dimension::text AS dimension, value, ${id} AS id, "activityCount" AS n FROM "Support${subject}Reach"`,
  );
}

/** "SupportPlaceYearReach" or "SupportAgencyYearReach" against the activity rows counted by category or funding source, year and place (or agency). */
export function supportYearReachMismatches(db: PrismaClient, subject: 'Place' | 'Agency'): Promise<Mismatches> {
  const id = `"${subject.toLowerCase()}Id"`;
  const counted = (dimension: string, value: string) =>
    `SELECT '${dimension}' AS dimension, ${value} AS value, extract(year FROM "occurredOn")::int AS year, ${id} AS id, count(*)::int AS n
     FROM "Activity" GROUP BY 1, 2, 3, 4`;
  return mismatches(
    db,
    `Support${subject}YearReach`,
    [counted('CATEGORY', 'category::text'), counted('FUNDING_SOURCE', '"fundingSource"::text')].join(' UNION ALL '),
    `SELECT dimension::text AS dimension, value, year::int, ${id} AS id, "activityCount" AS n FROM "Support${subject}YearReach"`,
  );
}

/** "SupportCategoryRollup" against the activity rows summed by month, category and funding source. */
export function supportCategoryMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportCategoryRollup',
    `SELECT date_trunc('month', "occurredOn")::date AS month, extract(year FROM "occurredOn")::int AS year,
       category::text AS category, "fundingSource"::text AS funding, count(*)::int AS n,
       coalesce(sum("valueVnd"), 0)::text AS v, coalesce(sum("beneficiaryCount"), 0)::text AS b
     FROM "Activity" GROUP BY 1, 2, 3, 4`,
    `SELECT month, year::int AS year, category::text AS category, "fundingSource"::text AS funding,
       "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportCategoryRollup"`,
  );
}

/** "SupportKindRollup" against the activity rows summed by their agency's kind, month, category and funding source. */
export function supportKindMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportKindRollup',
    `SELECT ag.kind::text AS kind, date_trunc('month', a."occurredOn")::date AS month,
       extract(year FROM a."occurredOn")::int AS year, a.category::text AS category,
       a."fundingSource"::text AS funding, count(*)::int AS n, coalesce(sum(a."valueVnd"), 0)::text AS v,
       coalesce(sum(a."beneficiaryCount"), 0)::text AS b
     FROM "Activity" a JOIN "Agency" ag ON ag.id = a."agencyId" GROUP BY 1, 2, 3, 4, 5`,
    `SELECT "agencyKind"::text AS kind, month, year::int AS year, category::text AS category,
       "fundingSource"::text AS funding, "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportKindRollup"`,
  );
}

/** Every activity summed at the province above its place (`placesAbove`) by these keys of it (`a`) or its agency (`ag`). */
const provinceSums = (keys: string[]) => `
  ${placesAbove}
  SELECT up.ancestor AS place, ${keys.join(', ')}, count(*)::int AS n,
    coalesce(sum(a."valueVnd"), 0)::text AS v, coalesce(sum(a."beneficiaryCount"), 0)::text AS b
  FROM up JOIN "Place" p ON p.id = up.ancestor AND p.level = 'PROVINCE'
  JOIN "Activity" a ON a."placeId" = up.descendant JOIN "Agency" ag ON ag.id = a."agencyId"
  GROUP BY ${keys.map((_, index) => index + 2).join(', ')}, 1`;

/** "SupportProvinceKindRollup" against the activities summed at their province by agency kind, year, category and funding source. */
export function supportProvinceKindMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportProvinceKindRollup',
    provinceSums([
      'ag.kind::text AS kind',
      'extract(year FROM a."occurredOn")::int AS year',
      'a.category::text AS category',
      'a."fundingSource"::text AS funding',
    ]),
    `SELECT "placeId" AS place, "agencyKind"::text AS kind, year::int AS year, category::text AS category,
       "fundingSource"::text AS funding, "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportProvinceKindRollup"`,
  );
}

/** "SupportTreeKindRollup" against the activities summed at each province, district and commune above their place by agency kind and year. */
export function supportTreeKindMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportTreeKindRollup',
    `${placesAbove}
     SELECT up.ancestor AS place, p.level::text AS level, ag.kind::text AS kind,
       extract(year FROM a."occurredOn")::int AS year, count(*)::int AS n,
       coalesce(sum(a."valueVnd"), 0)::text AS v, coalesce(sum(a."beneficiaryCount"), 0)::text AS b
     FROM up JOIN "Place" p ON p.id = up.ancestor AND p.level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')
     JOIN "Activity" a ON a."placeId" = up.descendant JOIN "Agency" ag ON ag.id = a."agencyId"
     GROUP BY 1, 2, 3, 4`,
    `SELECT "placeId" AS place, "placeLevel"::text AS level, "agencyKind"::text AS kind, year::int AS year,
       "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportTreeKindRollup"`,
  );
}

/** "SupportProvinceMonthRollup" against the activities summed at their province by month, category and funding source. */
export function supportProvinceMonthMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportProvinceMonthRollup',
    provinceSums([
      `date_trunc('month', a."occurredOn")::date AS month`,
      'extract(year FROM a."occurredOn")::int AS year',
      'a.category::text AS category',
      'a."fundingSource"::text AS funding',
    ]),
    `SELECT "placeId" AS place, month, year::int AS year, category::text AS category,
       "fundingSource"::text AS funding, "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportProvinceMonthRollup"`,
  );
}

/** "SupportAgencyMonthRollup" against the activity rows summed by agency and month. */
export function supportAgencyMonthMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportAgencyMonthRollup',
    `SELECT "agencyId" AS agency, date_trunc('month', "occurredOn")::date AS month,
       extract(year FROM "occurredOn")::int AS year, count(*)::int AS n, coalesce(sum("valueVnd"), 0)::text AS v,
       coalesce(sum("beneficiaryCount"), 0)::text AS b
     FROM "Activity" GROUP BY 1, 2, 3`,
    `SELECT "agencyId" AS agency, month, year::int AS year, "activityCount" AS n, "valueVnd"::text AS v,
       "beneficiaryCount"::text AS b
     FROM "SupportAgencyMonthRollup"`,
  );
}

/** "SupportAgencyCategoryRollup" against the activities summed per agency, year, category and funding source. */
export function supportAgencyCategoryMismatches(db: PrismaClient): Promise<Mismatches> {
  return mismatches(
    db,
    'SupportAgencyCategoryRollup',
    `SELECT "agencyId" AS agency, extract(year FROM "occurredOn")::int AS year, category::text AS category,
       "fundingSource"::text AS funding, count(*)::int AS n, coalesce(sum("valueVnd"), 0)::text AS v,
       coalesce(sum("beneficiaryCount"), 0)::text AS b
     FROM "Activity" GROUP BY 1, 2, 3, 4`,
    `SELECT "agencyId" AS agency, year::int AS year, category::text AS category, "fundingSource"::text AS funding,
       "activityCount" AS n, "valueVnd"::text AS v, "beneficiaryCount"::text AS b
     FROM "SupportAgencyCategoryRollup"`,
  );
}

/**
 * Each place's `supportTotal` as the API computes it, and the same sum over the activity rows of
 * the units in `scopeOf(place)` (the scope found some other way), optionally within a period.
 */
export async function supportTotalsAndNaive(
  db: PrismaClient,
  placeIds: string[],
  options: { includeDescendants: boolean; includeHistory: boolean },
  period: { from?: Date; to?: Date },
  scopeOf: (placeId: string) => Promise<string[]>,
): Promise<{ computed: Record<string, string>; naive: Record<string, string> }> {
  const totals = await placeSupportTotals(db, placeIds, options, period);
  const computed: Record<string, string> = {};
  const naive: Record<string, string> = {};
  for (const placeId of placeIds) {
    const total = totals.get(placeId);
    computed[placeId] = `${total?.valueVnd ?? 0n} VND in ${total?.activityCount ?? 0}`;
    const [row] = await db.$queryRawUnsafe<Array<{ v: string; n: number }>>(
      `SELECT coalesce(sum("valueVnd"), 0)::text AS v, count(*)::int AS n FROM "Activity"
       WHERE "placeId" = ANY($1::uuid[]) AND ($2::date IS NULL OR "occurredOn" >= $2::date)
         AND ($3::date IS NULL OR "occurredOn" <= $3::date)`,
      await scopeOf(placeId),
      period.from ?? null,
      period.to ?? null,
    );
    naive[placeId] = `${row!.v} VND in ${row!.n}`;
  }
  return { computed, naive };
}
