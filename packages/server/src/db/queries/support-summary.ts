import { Prisma } from '../../generated/prisma/client.ts';
import type { ActivityCategory, AgencyKind, FundingSource } from '../../generated/prisma/enums.ts';
import type { PrismaClient } from '../database.ts';

export const supportDimensions = [
  'AGENCY',
  'AGENCY_KIND',
  'PROVINCE',
  'DISTRICT',
  'COMMUNE',
  'YEAR',
  'CATEGORY',
  'FUNDING_SOURCE',
] as const;
export type SupportDimension = (typeof supportDimensions)[number];

export const supportOrders = ['VALUE_DESC', 'VALUE_ASC', 'COUNT_DESC', 'BENEFICIARIES_DESC', 'KEY_ASC'] as const;
export type SupportOrder = (typeof supportOrders)[number];

export interface SupportFilter {
  /** Activities at these places (already expanded to descendants/history by the caller). */
  placeIds?: string[];
  agencyIds?: string[];
  agencyKinds?: AgencyKind[];
  categories?: ActivityCategory[];
  fundingSources?: FundingSource[];
  from?: Date;
  to?: Date;
  years?: number[];
  /** Only what had been recorded by the end of this day: totals as they stood then. */
  recordedBy?: Date;
}

export interface SupportGroup {
  agencyId: string | null;
  agencyKind: AgencyKind | null;
  provinceId: string | null;
  districtId: string | null;
  communeId: string | null;
  year: number | null;
  category: ActivityCategory | null;
  fundingSource: FundingSource | null;
  valueVnd: bigint;
  activityCount: number;
  placeCount: number;
  agencyCount: number;
  beneficiaryCount: number;
}

export interface SupportSummaryPage {
  groups: SupportGroup[];
  totalGroups: number;
}

// Each dimension as a SQL expression over the filtered activities (f), their agency (ag) and the
// province/district/commune their place lies in (h).
const dimensionSql: Record<SupportDimension, { column: keyof SupportGroup; expression: Prisma.Sql }> = {
  AGENCY: { column: 'agencyId', expression: Prisma.sql`f."agencyId"::text` },
  AGENCY_KIND: { column: 'agencyKind', expression: Prisma.sql`ag.kind::text` },
  PROVINCE: { column: 'provinceId', expression: Prisma.sql`h.province_id` },
  DISTRICT: { column: 'districtId', expression: Prisma.sql`h.district_id` },
  COMMUNE: { column: 'communeId', expression: Prisma.sql`h.commune_id` },
  YEAR: { column: 'year', expression: Prisma.sql`extract(year FROM f."occurredOn")::int` },
  CATEGORY: { column: 'category', expression: Prisma.sql`f.category::text` },
  FUNDING_SOURCE: { column: 'fundingSource', expression: Prisma.sql`f."fundingSource"::text` },
};

/**
 * Totals of support grouped by any dimensions, in one statement: the database filters, finds each
 * activity's province/district/commune by walking up the hierarchy, groups, orders and pages.
 * Activities without a value count as 0 đồng but still count as activities.
 */
export async function supportSummary(
  db: PrismaClient,
  filter: SupportFilter,
  groupBy: readonly SupportDimension[],
  order: SupportOrder,
  limit: number,
  offset: number,
): Promise<SupportSummaryPage> {
  const dimensions = [...new Set(groupBy)];
  const selected = dimensions.map(
    (dimension) => Prisma.sql`${dimensionSql[dimension].expression} AS "${Prisma.raw(dimensionSql[dimension].column)}"`,
  );
  const grouped = dimensions.map((dimension) => dimensionSql[dimension].expression);
  const orderBy = orderSql(order, dimensions);

  const source = Prisma.sql`
    WITH RECURSIVE filtered AS (
      SELECT a.id, a."placeId", a."agencyId", a."valueVnd", a."beneficiaryCount", a."occurredOn", a.category, a."fundingSource"
      FROM "Activity" a
      JOIN "Agency" ag ON ag.id = a."agencyId"
      WHERE ${conditions(filter)}
    ),
    ancestry(start, id, parent, level) AS (
      SELECT p.id, p.id, p."parentId", p.level FROM "Place" p WHERE p.id IN (SELECT "placeId" FROM filtered)
      UNION ALL
      SELECT ancestry.start, p.id, p."parentId", p.level FROM ancestry JOIN "Place" p ON p.id = ancestry.parent
    ),
    h AS (
      SELECT start,
        max(id::text) FILTER (WHERE level = 'PROVINCE') AS province_id,
        max(id::text) FILTER (WHERE level = 'DISTRICT') AS district_id,
        max(id::text) FILTER (WHERE level = 'COMMUNE') AS commune_id
      FROM ancestry GROUP BY start
    )
    SELECT ${Prisma.join([...selected, Prisma.sql`TRUE AS "_"`])},
      coalesce(sum(f."valueVnd"), 0)::text AS "valueVnd",
      count(*)::int AS "activityCount",
      count(DISTINCT f."placeId")::int AS "placeCount",
      count(DISTINCT f."agencyId")::int AS "agencyCount",
      coalesce(sum(f."beneficiaryCount"), 0)::int AS "beneficiaryCount",
      count(*) OVER ()::int AS "totalGroups"
    FROM filtered f
    JOIN "Agency" ag ON ag.id = f."agencyId"
    JOIN h ON h.start = f."placeId"
    ${grouped.length > 0 ? Prisma.sql`GROUP BY ${Prisma.join(grouped)}` : Prisma.empty}`;
  const rows = await db.$queryRaw<
    Array<Record<string, unknown>>
  >`${source} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`;

  const groups = rows
    .filter((row) => dimensions.length > 0 || Number(row.activityCount) > 0)
    .map((row) => ({
      agencyId: (row.agencyId as string | undefined) ?? null,
      agencyKind: (row.agencyKind as AgencyKind | undefined) ?? null,
      provinceId: (row.provinceId as string | undefined) ?? null,
      districtId: (row.districtId as string | undefined) ?? null,
      communeId: (row.communeId as string | undefined) ?? null,
      year: (row.year as number | undefined) ?? null,
      category: (row.category as ActivityCategory | undefined) ?? null,
      fundingSource: (row.fundingSource as FundingSource | undefined) ?? null,
      valueVnd: BigInt(row.valueVnd as string),
      activityCount: Number(row.activityCount),
      placeCount: Number(row.placeCount),
      agencyCount: Number(row.agencyCount),
      beneficiaryCount: Number(row.beneficiaryCount),
    }));
  if (rows.length > 0) return { groups, totalGroups: Number(rows[0]!.totalGroups) };
  // A page past the last group has no row to carry the window count.
  const [count] = await db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM (${source}) g`;
  return { groups, totalGroups: dimensions.length > 0 ? (count?.total ?? 0) : 0 };
}

function conditions(filter: SupportFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.placeIds) parts.push(Prisma.sql`a."placeId" = ANY(${filter.placeIds}::uuid[])`);
  if (filter.agencyIds) parts.push(Prisma.sql`a."agencyId" = ANY(${filter.agencyIds}::uuid[])`);
  if (filter.agencyKinds?.length) parts.push(Prisma.sql`ag.kind::text = ANY(${filter.agencyKinds}::text[])`);
  if (filter.categories?.length) parts.push(Prisma.sql`a.category::text = ANY(${filter.categories}::text[])`);
  if (filter.fundingSources?.length)
    parts.push(Prisma.sql`a."fundingSource"::text = ANY(${filter.fundingSources}::text[])`);
  if (filter.from) parts.push(Prisma.sql`a."occurredOn" >= ${filter.from}::date`);
  if (filter.to) parts.push(Prisma.sql`a."occurredOn" <= ${filter.to}::date`);
  if (filter.years?.length)
    parts.push(Prisma.sql`extract(year FROM a."occurredOn")::int = ANY(${filter.years}::int[])`);
  if (filter.recordedBy) parts.push(Prisma.sql`a."createdAt" < (${filter.recordedBy}::date + 1)`);
  return Prisma.join(parts, ' AND ');
}

function orderSql(order: SupportOrder, dimensions: SupportDimension[]): Prisma.Sql {
  // Ties break on the group keys so pages never overlap.
  const keys = dimensions.map((_, index) => Prisma.raw(String(index + 1)));
  const tail = keys.length > 0 ? Prisma.sql`, ${Prisma.join(keys)}` : Prisma.empty;
  switch (order) {
    case 'VALUE_ASC':
      return Prisma.sql`coalesce(sum(f."valueVnd"), 0) ASC${tail}`;
    case 'COUNT_DESC':
      return Prisma.sql`count(*) DESC${tail}`;
    case 'BENEFICIARIES_DESC':
      return Prisma.sql`coalesce(sum(f."beneficiaryCount"), 0) DESC${tail}`;
    case 'KEY_ASC':
      return keys.length > 0 ? Prisma.join(keys) : Prisma.sql`1`;
    default:
      return Prisma.sql`coalesce(sum(f."valueVnd"), 0) DESC${tail}`;
  }
}
