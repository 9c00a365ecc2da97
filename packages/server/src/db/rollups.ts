import type { PrismaClient } from './database.ts';

/**
 * The derived tables the triggers of migrations support_rollup_and_place_closure,
 * support_tree_and_agency_rollups, support_category_rollup, support_totals, support_pair_total,
 * support_reach, support_subtree_and_kind_rollups, support_reach_by_year,
 * support_agency_month_rollup, support_province_kind_rollup, support_province_month_rollup,
 * support_tree_kind_rollup and support_agency_category_rollup keep in step with "Activity",
 * "Agency" and "Place": the support rollups, totals and reach and the place hierarchy's closure.
 */
export const derivedTables = [
  'PlaceClosure',
  'SupportRollup',
  'SupportYearRollup',
  'SupportTreeRollup',
  'SupportTreeCategoryRollup',
  'SupportLevelCategoryRollup',
  'SupportTreeMonthRollup',
  'SupportLevelMonthRollup',
  'SupportAgencyRollup',
  'SupportAgencyMonthRollup',
  'SupportAgencyCategoryRollup',
  'SupportCategoryRollup',
  'SupportKindRollup',
  'SupportProvinceKindRollup',
  'SupportProvinceMonthRollup',
  'SupportTreeKindRollup',
  'SupportTreeTotal',
  'SupportAgencyTotal',
  'SupportPairTotal',
  'SupportPlaceReach',
  'SupportAgencyReach',
  'SupportPlaceYearReach',
  'SupportAgencyYearReach',
] as const;

// The rollups are written in time order, as the API's writes lay them down over the years: a
// period's rows then lie on neighbouring pages (a summary over twelve months by a place level
// reads the month rollup's rows of those months, which grouped by place were spread over every page).
const rebuild = [
  // Truncating the closure or the rollups truncates "SupportTreeRollup", "SupportAgencyRollup",
  // "SupportCategoryRollup", the subtree rollups by category and by month with their level sums,
  // "SupportKindRollup", the two province rollups, "SupportTreeKindRollup",
  // "SupportAgencyMonthRollup", "SupportAgencyCategoryRollup", "SupportPairTotal", the four reach
  // tables and, through those, the two other totals too (triggers, so they cannot be named here as
  // well); the triggers fill them again as the closure and then the rollups are inserted below.
  `TRUNCATE "PlaceClosure", "SupportRollup", "SupportYearRollup"`,
  `
    INSERT INTO "PlaceClosure" ("ancestorId", "descendantId", "depth", "ancestorLevel")
    WITH RECURSIVE up(descendant, ancestor, depth) AS (
      SELECT id, id, 0 FROM (SELECT id FROM "Place") s
      UNION ALL
      SELECT up.descendant, p."parentId", up.depth + 1 FROM up JOIN "Place" p ON p.id = up.ancestor
      WHERE p."parentId" IS NOT NULL AND up.depth < 32
    )
    SELECT up.ancestor, up.descendant, up.depth, a.level FROM up JOIN "Place" a ON a.id = up.ancestor
    ON CONFLICT DO NOTHING`,
  `
    INSERT INTO "SupportRollup" ("placeId", "agencyId", "year", "month", "category", "fundingSource", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT "placeId", "agencyId", extract(year FROM "occurredOn")::smallint, "occurredOn" - (extract(day FROM "occurredOn")::int - 1), category, "fundingSource", count(*)::int, coalesce(sum("valueVnd"), 0)::bigint, coalesce(sum("beneficiaryCount"), 0)::bigint
    FROM "Activity"
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 4`,
  `
    INSERT INTO "SupportYearRollup" ("placeId", "agencyId", "year", "activityCount", "valueVnd", "beneficiaryCount")
    SELECT "placeId", "agencyId", extract(year FROM "occurredOn")::smallint, count(*)::int, coalesce(sum("valueVnd"), 0)::bigint, coalesce(sum("beneficiaryCount"), 0)::bigint
    FROM "Activity"
    GROUP BY 1, 2, 3
    ORDER BY 3`,
];

/**
 * Recomputes the derived tables from "Activity" and "Place" in one transaction, then ANALYZEs them.
 * The triggers keep them exact; this is for a database loaded with the triggers disabled, or to
 * prove they agree (`pnpm db:rebuild-rollups`).
 */
export async function rebuildRollups(db: PrismaClient): Promise<void> {
  await db.$transaction((tx) => recomputeDerivedTables((sql) => tx.$executeRawUnsafe(sql)), {
    maxWait: 30_000,
    timeout: 3_600_000,
  });
  await db.$executeRawUnsafe(`ANALYZE ${derivedTables.map((table) => `"${table}"`).join(', ')}`);
}

/** The derived tables emptied and computed again from "Activity" and "Place", in the caller's transaction. */
export async function recomputeDerivedTables(run: (sql: string) => Promise<unknown>): Promise<void> {
  for (const statement of rebuild) await run(statement);
}

/**
 * Runs a bulk load of activities with the rollup trigger on "Activity" disabled, then recomputes
 * the derived tables once, in the caller's transaction (which holds an exclusive lock on
 * "Activity" until it ends). With the trigger, each loaded batch adds to the same subtree, agency
 * and national rows, and their old versions pile up until the transaction ends: a national load
 * took 1,290 s instead of 207 and left the subtree rollup at ~9× its size.
 */
export async function withRollupsRecomputedAfter(
  run: (sql: string) => Promise<unknown>,
  load: () => Promise<void>,
  progress: (phase: 'loaded' | 'recomputed') => void,
): Promise<void> {
  await run(`ALTER TABLE "Activity" DISABLE TRIGGER support_rollup_insert`);
  await load();
  progress('loaded');
  await run(`ALTER TABLE "Activity" ENABLE TRIGGER support_rollup_insert`);
  await recomputeDerivedTables(run);
  progress('recomputed');
}
