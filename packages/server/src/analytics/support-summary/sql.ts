import { z } from 'zod';
import { coversWholeYears } from '../../dates.ts';
import { PLANNED_PER_RUN, type PrismaClient } from '../../db/database.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { ActivityCategory, AgencyKind, FundingSource } from '../../generated/prisma/enums.ts';
import { column, namedQuery } from '../../sql/query.ts';

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
  /** Activities at the places this subquery (one uuid column) selects. */
  placesIn?: Prisma.Sql;
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

/** The `SupportFilter` input's fields that need no lookup (support-summary/type.ts), as a GraphQL argument holds them. */
export interface SupportFilterArgument {
  agencyKind?: AgencyKind[] | null;
  category?: ActivityCategory[] | null;
  fundingSource?: FundingSource[] | null;
  from?: Date | null;
  to?: Date | null;
  years?: number[] | null;
  asOf?: Date | null;
}

/** Those fields as the filter of the statements here; the caller adds the places and agencies it has looked up. */
export function supportFilterOf(argument: SupportFilterArgument): SupportFilter {
  return {
    agencyKinds: argument.agencyKind ?? undefined,
    categories: argument.category ?? undefined,
    fundingSources: argument.fundingSource ?? undefined,
    from: argument.from ?? undefined,
    to: argument.to ?? undefined,
    years: argument.years ?? undefined,
    recordedBy: argument.asOf ?? undefined,
  };
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
  /** Null when the caller did not ask for it (`DistinctCounts`). */
  placeCount: number | null;
  agencyCount: number | null;
  beneficiaryCount: number;
}

export interface SupportSummaryPage {
  groups: SupportGroup[];
  totalGroups: number;
}

// Each dimension as a SQL expression over a source row (s: place, agency, year, category, funding
// source), its agency (ag) and the province/district/commune above its place (c_<LEVEL>, from the
// closure table).
const dimensionSql: Record<SupportDimension, { column: keyof SupportGroup; expression: Prisma.Sql }> = {
  AGENCY: { column: 'agencyId', expression: Prisma.sql`s."agencyId"` },
  AGENCY_KIND: { column: 'agencyKind', expression: Prisma.sql`ag.kind` },
  PROVINCE: { column: 'provinceId', expression: Prisma.sql`"c_PROVINCE"."ancestorId"` },
  DISTRICT: { column: 'districtId', expression: Prisma.sql`"c_DISTRICT"."ancestorId"` },
  COMMUNE: { column: 'communeId', expression: Prisma.sql`"c_COMMUNE"."ancestorId"` },
  YEAR: { column: 'year', expression: Prisma.sql`s.year` },
  CATEGORY: { column: 'category', expression: Prisma.sql`s.category` },
  FUNDING_SOURCE: { column: 'fundingSource', expression: Prisma.sql`s."fundingSource"` },
};

const placeLevels = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;

/**
 * Which distinct counts to compute. Counting distinct places or agencies makes PostgreSQL sort
 * every source row of every group; over a national rollup that is most of the statement's time,
 * so they are computed only when asked for.
 */
export interface DistinctCounts {
  places: boolean;
  agencies: boolean;
}

const noDistinctCounts: DistinctCounts = { places: false, agencies: false };

/** What a support summary asks: the activities to total, the dimensions to group them by. */
export interface SupportGrouping {
  filter: SupportFilter;
  /** Each dimension once. */
  dimensions: readonly SupportDimension[];
  /** Both when absent. */
  distinctCounts?: DistinctCounts;
}

export interface SupportSummaryPageQuery extends SupportGrouping {
  order: SupportOrder;
  limit: number;
  offset: number;
}

// A dimension the statement does not group by has no column; it reads as null.
const dimensionColumn = <Value extends z.ZodType>(value: Value) => value.nullable().default(null);

/**
 * One page of support groups, each row carrying the number of groups on every page
 * (`totalGroups`, a window count).
 */
export const supportSummaryPage = namedQuery({
  name: 'supportSummaryPage',
  row: z.object({
    agencyId: dimensionColumn(z.string()),
    agencyKind: dimensionColumn(z.enum(AgencyKind)),
    provinceId: dimensionColumn(z.string()),
    districtId: dimensionColumn(z.string()),
    communeId: dimensionColumn(z.string()),
    year: dimensionColumn(z.number()),
    category: dimensionColumn(z.enum(ActivityCategory)),
    fundingSource: dimensionColumn(z.enum(FundingSource)),
    valueVnd: column.money,
    activityCount: column.count,
    placeCount: column.count.nullable(),
    agencyCount: column.count.nullable(),
    beneficiaryCount: column.count,
    totalGroups: z.number(),
  }),
  sample: async () => ({
    filter: {},
    dimensions: supportDimensions,
    order: 'VALUE_DESC' as const,
    limit: 50,
    offset: 0,
  }),
  sql: ({ order, limit, offset, ...grouping }: SupportSummaryPageQuery) =>
    Prisma.sql`${groupedSupportSql(grouping, order)} LIMIT ${limit} OFFSET ${offset}`,
});

/** The number of support groups, for a page past the last group (which has no row to carry it). */
export const supportGroupCount = namedQuery({
  name: 'supportGroupCount',
  row: z.object({ total: z.number() }),
  sample: async () => ({ filter: {}, dimensions: ['COMMUNE'] as const }),
  sql: (grouping: SupportGrouping) =>
    Prisma.sql`SELECT count(*)::int AS total FROM (${groupedSupportSql({ ...grouping, distinctCounts: noDistinctCounts })}) g`,
});

/**
 * Totals of support grouped by any dimensions, in one statement over the rollups the triggers keep
 * exact (migration support_rollup_and_place_closure and the ones after it): "SupportYearRollup"
 * (place, agency, year) when the question neither filters nor groups by category or funding source
 * and its dates are whole years; else "SupportRollup" (place, agency, month, category, funding
 * source), with the activities of a partly covered first or last month read from "Activity" itself.
 * The smaller rollups answer the questions that need less (`subtreeGrouping`, `kindRollupAnswers`,
 * `provinceKindRollupAnswers`, `treeKindRollupLevel`, `supportRowsSql`).
 * Totals as they stood on a past day (`recordedBy`) are read from "Activity". Rollup rows are per
 * place and agency, so distinct places and agencies counted over them are exact too.
 * Activities without a value count as 0 đồng but still count as activities.
 */
export async function supportSummary(
  db: PrismaClient,
  filter: SupportFilter,
  groupBy: readonly SupportDimension[],
  order: SupportOrder,
  limit: number,
  offset: number,
  distinctCounts: DistinctCounts = { places: true, agencies: true },
): Promise<SupportSummaryPage> {
  const dimensions = [...new Set(groupBy)];
  const rows = await supportSummaryPage.run(db, { filter, dimensions, distinctCounts, order, limit, offset });
  const groups = rows
    .filter((row) => dimensions.length > 0 || row.activityCount > 0)
    .map(({ totalGroups: _, ...group }) => group);
  if (rows.length > 0) return { groups, totalGroups: rows[0]!.totalGroups };
  // A page past the last group has no row to carry the window count.
  const [count] = await supportGroupCount.run(db, { filter, dimensions });
  return { groups, totalGroups: dimensions.length > 0 ? (count?.total ?? 0) : 0 };
}

/** The groups, unpaged and in this order if given: the source both statements above read. */
function groupedSupportSql(
  { filter, dimensions, distinctCounts = { places: true, agencies: true } }: SupportGrouping,
  order?: SupportOrder,
): Prisma.Sql {
  const subtree = subtreeGrouping(filter, dimensions, distinctCounts);
  const byKind = !subtree && kindRollupAnswers(filter, dimensions, distinctCounts);
  const byProvinceKind = !subtree && !byKind && provinceKindRollupAnswers(filter, dimensions, distinctCounts);
  const treeKindLevel =
    subtree || byKind || byProvinceKind ? undefined : treeKindRollupLevel(filter, dimensions, distinctCounts);
  // The place level whose units the rows carry as `unitId`, already summed over their subtrees.
  const unitLevel = subtree ? subtree.level : byProvinceKind ? 'PROVINCE' : (treeKindLevel ?? null);
  // The kind rows carry the agency kind, already filtered.
  const kindOnRows = byKind || byProvinceKind || treeKindLevel !== undefined;
  const expression = (dimension: SupportDimension) => {
    if (dimension === unitLevel) return Prisma.sql`s."unitId"`;
    if (dimension === 'AGENCY_KIND' && kindOnRows) return Prisma.sql`s."agencyKind"`;
    return dimensionSql[dimension].expression;
  };
  const levels = placeLevels.filter((level) => dimensions.includes(level) && level !== unitLevel);
  const needsAgency = !kindOnRows && (dimensions.includes('AGENCY_KIND') || Boolean(filter.agencyKinds?.length));
  const selected = dimensions.map(
    (dimension) =>
      Prisma.sql`${expression(dimension)}::${Prisma.raw(dimension === 'YEAR' ? 'int' : 'text')} AS "${Prisma.raw(dimensionSql[dimension].column)}"`,
  );
  // Grouped by the native values (uuid, smallint, enum), which hash and compare faster than text.
  const grouped = dimensions.map(expression);
  const reach = reachCountOf(filter, dimensions, distinctCounts);
  // Counted from the reach tables, the distinct places and agencies need no place or agency on the rows.
  const needs: SupportRowNeeds = {
    categoryOrFunding: dimensions.includes('CATEGORY') || dimensions.includes('FUNDING_SOURCE'),
    place: !reach && (distinctCounts.places || placeLevels.some((level) => dimensions.includes(level))),
    agency: !reach && (distinctCounts.agencies || needsAgency || dimensions.includes('AGENCY')),
    year: dimensions.includes('YEAR'),
  };
  const rows = subtree
    ? subtreeRows(filter, subtree, !dimensions.includes('YEAR'))
    : byKind
      ? { sql: monthRowsSql(filter, 'SupportKindRollup'), onePer: null }
      : byProvinceKind
        ? { sql: provinceKindRows(filter, dimensions), onePer: null }
        : treeKindLevel
          ? { sql: treeKindRows(filter, treeKindLevel, dimensions), onePer: { key: treeKindLevel, perYear: false } }
          : supportRows(filter, needs);
  const totals = totalsSql(onePerGroup(rows, dimensions));
  const from = Prisma.sql`
    FROM src s
    ${needsAgency ? Prisma.sql`JOIN "Agency" ag ON ag.id = s."agencyId"` : Prisma.empty}
    ${levels.length > 0 ? Prisma.join(levels.map(closureJoin), ' ') : Prisma.empty}
    ${needsAgency && filter.agencyKinds?.length ? Prisma.sql`WHERE ag.kind = ANY(${filter.agencyKinds}::"AgencyKind"[])` : Prisma.empty}`;
  // One agency a group, read off a table: the groups are counted by a second scan of it, not by a
  // window over every row, so PostgreSQL sorts only the page's rows (a top-N sort) and keeps none.
  const countedApart = !totals.grouped && rows.onePer?.key === 'AGENCY';
  return Prisma.sql`${filterChoosesRows(filter) ? Prisma.raw(PLANNED_PER_RUN) : Prisma.empty}
    WITH src AS ${countedApart ? Prisma.sql`NOT MATERIALIZED ` : Prisma.empty}(${rows.sql})
    SELECT ${Prisma.join([...selected, Prisma.sql`TRUE AS "_"`])},
      ${totals.value}::text AS "valueVnd",
      ${totals.activities}::bigint AS "activityCount",
      ${distinctCounts.places ? (reach ? reachCount('Place', reach) : Prisma.sql`count(DISTINCT s."placeId")`) : Prisma.sql`NULL`}::bigint AS "placeCount",
      ${distinctCounts.agencies ? (reach ? reachCount('Agency', reach) : totals.agencies) : Prisma.sql`NULL`}::bigint AS "agencyCount",
      ${totals.beneficiaries}::bigint AS "beneficiaryCount",
      ${countedApart ? Prisma.sql`(SELECT count(*) ${from})` : Prisma.sql`count(*) OVER ()`}::int AS "totalGroups"
    ${from}
    ${grouped.length > 0 && totals.grouped ? Prisma.sql`GROUP BY ${Prisma.join(grouped)}` : Prisma.empty}
    ${subtree && totals.grouped ? Prisma.sql`HAVING sum(s.n) <> 0` : Prisma.empty}
    ${order ? Prisma.sql`ORDER BY ${orderSql(order, dimensions, totals)}` : Prisma.empty}`;
}

/**
 * Whether the filter's arguments choose the rows the statement reads (a period, places, agencies,
 * categories…): how many they choose decides the plan, so such a statement is planned for them on
 * every run. An unfiltered summary reads the same rows whatever its page, and keeps its prepared plan.
 */
function filterChoosesRows(filter: SupportFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && !(Array.isArray(value) && value.length === 0));
}

type ReachDimension = Extract<SupportDimension, 'YEAR' | 'CATEGORY' | 'FUNDING_SOURCE'>;

/** Where a group's distinct places and agencies are counted: which reach rows, and how. */
interface ReachCount {
  /** "Support<Place|Agency>Reach" (over all years) or "Support<Place|Agency>YearReach" (per year). */
  perYear: boolean;
  /** The dimension of the rows counted. */
  dimension: ReachDimension;
  /** Conditions on a reach row `r` that pick the group's rows, beside its dimension. */
  conditions: Prisma.Sql[];
  /** Whether a place or agency can have several of the group's rows (several years or values). */
  repeats: boolean;
}

/**
 * Where the reach tables count the distinct places and agencies of a summary grouped by one
 * dimension with no filter on places or agencies, beside the grouped dimension and the period:
 * by year over whole years ("SupportPlaceReach", or within the one category or funding source
 * filtered, "SupportPlaceYearReach"); by category or funding source over all years
 * ("SupportPlaceReach") or over whole years ("SupportPlaceYearReach"). The totals then come from
 * the national month rollup, and each group's counts from an index range of its value's rows, not
 * from a sort of every place and agency row.
 */
function reachCountOf(
  filter: SupportFilter,
  dimensions: readonly SupportDimension[],
  distinctCounts: DistinctCounts,
): ReachCount | undefined {
  const [dimension] = dimensions;
  if (dimensions.length !== 1 || (!distinctCounts.places && !distinctCounts.agencies)) return undefined;
  if (filter.placeIds || filter.placesIn || filter.agencyIds || filter.agencyKinds?.length || filter.recordedBy)
    return undefined;
  if (!coversWholeYears(filter)) return undefined;
  const categories = filter.categories ?? [];
  const fundingSources = filter.fundingSources ?? [];
  const groupValue = (grouped: ReachDimension) => Prisma.sql`r.value = ${dimensionSql[grouped].expression}::text`;
  switch (dimension) {
    case 'YEAR': {
      if (categories.length === 0 && fundingSources.length === 0)
        return { perYear: false, dimension, conditions: [groupValue(dimension)], repeats: false };
      if (categories.length > 0 && fundingSources.length > 0) return undefined;
      const [within, values] =
        categories.length > 0 ? (['CATEGORY', categories] as const) : (['FUNDING_SOURCE', fundingSources] as const);
      const distinctValues = [...new Set<string>(values)];
      return {
        perYear: true,
        dimension: within,
        conditions: [Prisma.sql`r.year = s.year`, Prisma.sql`r.value = ANY(${distinctValues}::text[])`],
        repeats: distinctValues.length > 1,
      };
    }
    case 'CATEGORY':
    case 'FUNDING_SOURCE': {
      if ((dimension === 'CATEGORY' ? fundingSources : categories).length > 0) return undefined;
      if (coversAllYears(filter))
        return { perYear: false, dimension, conditions: [groupValue(dimension)], repeats: false };
      const years = [
        ...(filter.years?.length ? [Prisma.sql`r.year = ANY(${filter.years}::int[])`] : []),
        ...yearBounds(filter),
      ];
      return {
        perYear: true,
        dimension,
        conditions: [groupValue(dimension), ...years],
        repeats: !withinOneYear(filter),
      };
    }
    default:
      return undefined;
  }
}

/** Whether a period of whole years leaves at most one year in. */
function withinOneYear({ years, from, to }: SupportFilter): boolean {
  const first = from?.getUTCFullYear();
  const last = to?.getUTCFullYear();
  if (years?.length)
    return (
      new Set(years.filter((year) => (first === undefined || year >= first) && (last === undefined || year <= last)))
        .size <= 1
    );
  return first !== undefined && first === last;
}

/** A group's distinct places or agencies: its rows in the reach table. */
function reachCount(subject: 'Place' | 'Agency', { perYear, dimension, conditions, repeats }: ReachCount): Prisma.Sql {
  const table = Prisma.raw(`"Support${subject}${perYear ? 'Year' : ''}Reach"`);
  const rows = Prisma.sql`FROM ${table} r
    WHERE ${Prisma.join([Prisma.sql`r.dimension = ${dimension}::"SupportReachDimension"`, ...conditions], ' AND ')}`;
  // DISTINCT in a subquery can hash; count(DISTINCT …) always sorts.
  return repeats
    ? Prisma.sql`(SELECT count(*) FROM (SELECT DISTINCT r.${Prisma.raw(`"${subject.toLowerCase()}Id"`)} ${rows}) d)`
    : Prisma.sql`(SELECT count(*) ${rows})`;
}

/**
 * Whether each group is one source row: grouped by what the rows are unique on (and by the year,
 * for rows per year). The agency kind is the agency's, so grouping by it too splits nothing.
 */
function onePerGroup(rows: SupportRows, dimensions: readonly SupportDimension[]): boolean {
  if (!rows.onePer || !dimensions.includes(rows.onePer.key)) return false;
  return !rows.onePer.perYear || dimensions.includes('YEAR');
}

interface GroupTotals {
  value: Prisma.Sql;
  activities: Prisma.Sql;
  beneficiaries: Prisma.Sql;
  agencies: Prisma.Sql;
  /** False when the totals are read off one row per group, with no GROUP BY. */
  grouped: boolean;
}

/** The totals of a group: summed over its rows, or read off its one row (18,439 agencies or 10,035 communes need no sums). */
function totalsSql(oneRow: boolean): GroupTotals {
  if (oneRow)
    return {
      value: Prisma.sql`s.v`,
      activities: Prisma.sql`s.n`,
      beneficiaries: Prisma.sql`s.b`,
      agencies: Prisma.sql`1`,
      grouped: false,
    };
  return {
    value: Prisma.sql`coalesce(sum(s.v), 0)`,
    activities: Prisma.sql`coalesce(sum(s.n), 0)`,
    beneficiaries: Prisma.sql`coalesce(sum(s.b), 0)`,
    agencies: Prisma.sql`count(DISTINCT s."agencyId")`,
    grouped: true,
  };
}

/**
 * Whether "SupportKindRollup" (per agency kind, month, category and funding source) answers a
 * summary: grouped or filtered by agency kind, with nothing else of agencies or places in it (no
 * agency, place level, place or agency filter, distinct count or past recording day), and with a
 * category or funding source grouped or filtered, or months that are not whole years (over whole
 * years without them the agency rollups answer, with the agency's kind joined).
 */
function kindRollupAnswers(
  filter: SupportFilter,
  dimensions: readonly SupportDimension[],
  distinctCounts: DistinctCounts,
): boolean {
  const byKind = dimensions.includes('AGENCY_KIND') || Boolean(filter.agencyKinds?.length);
  const byCategory = asksCategory(filter, dimensions);
  return (
    byKind &&
    (byCategory || !coversWholeYears(filter)) &&
    dimensions.every((dimension) => !placeLevels.some((level) => level === dimension) && dimension !== 'AGENCY') &&
    asksTotalsOnly(filter, distinctCounts)
  );
}

/**
 * Whether "SupportProvinceKindRollup" (per province, agency kind, year, category and funding
 * source) answers a summary: by province with a category or funding source grouped or filtered,
 * grouped or filtered by agency kind, over whole years, with nothing else in it (no other place
 * level, agency, place or agency filter, distinct count or past recording day). Without a category
 * or funding source the year rollup, whose rows carry no category, answers it from fewer rows.
 */
function provinceKindRollupAnswers(
  filter: SupportFilter,
  dimensions: readonly SupportDimension[],
  distinctCounts: DistinctCounts,
): boolean {
  return (
    dimensions.includes('PROVINCE') &&
    (dimensions.includes('AGENCY_KIND') || Boolean(filter.agencyKinds?.length)) &&
    asksCategory(filter, dimensions) &&
    coversWholeYears(filter) &&
    dimensions.every((dimension) => provinceKindDimensions.has(dimension)) &&
    asksTotalsOnly(filter, distinctCounts)
  );
}

const provinceKindDimensions = new Set<SupportDimension>([
  'PROVINCE',
  'AGENCY_KIND',
  'YEAR',
  'CATEGORY',
  'FUNDING_SOURCE',
]);

/**
 * `(unitId, agencyKind, year, category, fundingSource, n, v, b)` from "SupportProvinceKindRollup":
 * each province's rows in the kinds, years, categories and funding sources asked, summed by the
 * dimensions grouped (the others null), and what lies under no province (`kindUnitRows`).
 */
function provinceKindRows(filter: SupportFilter, dimensions: readonly SupportDimension[]): Prisma.Sql {
  const asked = kindRollupConditions(filter, categoryConditions(filter));
  const keys = kindRollupKeys(dimensions);
  return kindUnitRows(
    Prisma.sql`SELECT r."placeId", ${keys}, sum(r."activityCount")::int AS n, sum(r."valueVnd")::bigint AS v, sum(r."beneficiaryCount")::bigint AS b
      FROM "SupportProvinceKindRollup" r WHERE ${asked}
      GROUP BY 1, 2, 3, 4, 5`,
    keys,
    asked,
  );
}

/**
 * The place level at which "SupportTreeKindRollup" (per province, district or commune, agency kind
 * and year) answers a summary, if it does: by one place level, grouped or filtered by agency kind,
 * over whole years, with nothing else in it but the year (no category or funding source, agency,
 * place or agency filter, distinct count or past recording day).
 */
function treeKindRollupLevel(
  filter: SupportFilter,
  dimensions: readonly SupportDimension[],
  distinctCounts: DistinctCounts,
): PlaceLevelDimension | undefined {
  const levels = placeLevels.filter((level) => dimensions.includes(level));
  const [level] = levels;
  const answers =
    level !== undefined &&
    levels.length === 1 &&
    (dimensions.includes('AGENCY_KIND') || Boolean(filter.agencyKinds?.length)) &&
    !asksCategory(filter, dimensions) &&
    coversWholeYears(filter) &&
    dimensions.every((dimension) => dimension === level || treeKindDimensions.has(dimension)) &&
    asksTotalsOnly(filter, distinctCounts);
  return answers ? level : undefined;
}

const treeKindDimensions = new Set<SupportDimension>(['AGENCY_KIND', 'YEAR']);

/**
 * `(unitId, agencyKind, year, category, fundingSource, n, v, b)` from "SupportTreeKindRollup": each
 * unit of the level with its subtree's rows in the kinds and years asked, summed by the dimensions
 * grouped (the others null), and what lies under no unit of the level (`kindUnitRows`). Grouped by
 * year and by kind (or with one kind), a unit's rows are its groups already.
 */
function treeKindRows(
  filter: SupportFilter,
  level: PlaceLevelDimension,
  dimensions: readonly SupportDimension[],
): Prisma.Sql {
  const asked = kindRollupConditions(filter, []);
  const keys = kindRollupKeys(dimensions);
  const rowPerGroup =
    dimensions.includes('YEAR') && (dimensions.includes('AGENCY_KIND') || new Set(filter.agencyKinds ?? []).size === 1);
  const rows = rowPerGroup
    ? Prisma.sql`SELECT r."placeId", ${keys}, r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
      FROM "SupportTreeKindRollup" r WHERE r."placeLevel" = ${level}::"PlaceLevel" AND ${asked}`
    : Prisma.sql`SELECT r."placeId", ${keys}, sum(r."activityCount")::int AS n, sum(r."valueVnd")::bigint AS v, sum(r."beneficiaryCount")::bigint AS b
      FROM "SupportTreeKindRollup" r WHERE r."placeLevel" = ${level}::"PlaceLevel" AND ${asked}
      GROUP BY 1, 2, 3, 4, 5`;
  return kindUnitRows(rows, keys, asked);
}

/** The years, kinds and (where the rollup keeps them) categories asked, on a kind rollup row `r`. */
function kindRollupConditions(filter: SupportFilter, categories: Prisma.Sql[]): Prisma.Sql {
  const parts = [...rollupConditions(filter), ...yearBounds(filter), ...categories];
  if (filter.agencyKinds?.length) parts.push(Prisma.sql`r."agencyKind" = ANY(${filter.agencyKinds}::"AgencyKind"[])`);
  return Prisma.join(parts, ' AND ');
}

/** A kind rollup row's keys, each the row's value where the summary groups by it and null where it does not. */
function kindRollupKeys(dimensions: readonly SupportDimension[]): Prisma.Sql {
  const keyOf = (dimension: SupportDimension, column: string, type: string) =>
    Prisma.raw(dimensions.includes(dimension) ? `r.${column}` : `NULL::${type}`);
  return Prisma.sql`${keyOf('AGENCY_KIND', '"agencyKind"', '"AgencyKind"')} AS "agencyKind",
    ${keyOf('YEAR', 'year', 'smallint')} AS year, ${keyOf('CATEGORY', 'category', '"ActivityCategory"')} AS category,
    ${keyOf('FUNDING_SOURCE', '"fundingSource"', '"FundingSource"')} AS "fundingSource"`;
}

/**
 * The units' rows (`placeId`, the keys, n, v, b) as `unitId` rows, and what lies under no unit as
 * `unitId` null: the kind rollup ("SupportKindRollup", all places) less the units' sums, by the same
 * keys, dropped where it nets to 0.
 */
function kindUnitRows(unitRows: Prisma.Sql, keys: Prisma.Sql, asked: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH unit AS MATERIALIZED (${unitRows})
    SELECT "placeId" AS "unitId", "agencyKind", year, category, "fundingSource", n, v, b FROM unit
    UNION ALL
    SELECT NULL, "agencyKind", year, category, "fundingSource", sum(n)::int, sum(v)::bigint, sum(b)::bigint
    FROM (
      SELECT ${keys}, r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
      FROM "SupportKindRollup" r WHERE ${asked}
      UNION ALL
      SELECT "agencyKind", year, category, "fundingSource", -n, -v, -b FROM unit
    ) rest
    GROUP BY 2, 3, 4, 5 HAVING sum(n) <> 0`;
}

/**
 * Whether a summary asks only for totals as they stand, with nothing of single places or agencies
 * in it: no distinct count, no place or agency filter, no past recording day. Only such summaries
 * can read the rollups that keep neither places nor agencies.
 */
function asksTotalsOnly(filter: SupportFilter, distinctCounts: DistinctCounts): boolean {
  return (
    !distinctCounts.places &&
    !distinctCounts.agencies &&
    !filter.placeIds &&
    !filter.placesIn &&
    !filter.agencyIds &&
    !filter.recordedBy
  );
}

/** Whether a summary groups or filters by category or funding source, which only the month rollups and those by category keep. */
function asksCategory(filter: SupportFilter, dimensions: readonly SupportDimension[]): boolean {
  return (
    dimensions.includes('CATEGORY') ||
    dimensions.includes('FUNDING_SOURCE') ||
    Boolean(filter.categories?.length || filter.fundingSources?.length)
  );
}

type PlaceLevelDimension = (typeof placeLevels)[number];

/** Which subtree rollup a summary reads, and grouped by which place level (null: none). */
interface SubtreeGrouping {
  level: PlaceLevelDimension | null;
  /** "SupportTreeCategoryRollup" (per category and funding source too) rather than "SupportTreeRollup". */
  byCategory: boolean;
  /**
   * "SupportTreeMonthRollup", for a period that is not whole years; by category only by province
   * ("SupportProvinceMonthRollup").
   */
  byMonth: boolean;
}

/**
 * Whether a summary can read a subtree rollup (each unit's subtree summed per year; per year,
 * category and funding source; or per month), and by which place level (null: by year only, or one
 * grand total, from the subtrees of the places with no parent): grouped by at most one place level
 * and the year, category or funding source, with no filter on places, agencies or agency kinds, no
 * past recording day and no distinct counts — the national overview. The rollup then holds every
 * group's totals in a few rows per unit, instead of every activity's place being looked up. Over
 * whole years; over other periods by a place level without category or funding source (the rollup
 * by month), or by province with them (the province rollup by month). Grouped or filtered by
 * category or funding source, only with a place level (without one, the national month rollup
 * answers).
 */
function subtreeGrouping(
  filter: SupportFilter,
  dimensions: readonly SupportDimension[],
  distinctCounts: DistinctCounts,
): SubtreeGrouping | undefined {
  const levels = placeLevels.filter((level) => dimensions.includes(level));
  const byCategory = asksCategory(filter, dimensions);
  const wholeYears = coversWholeYears(filter);
  const plain =
    levels.length <= 1 &&
    !(byCategory && levels.length === 0) &&
    (wholeYears || (levels.length === 1 && (!byCategory || levels[0] === 'PROVINCE'))) &&
    dimensions.every((dimension) => dimension === levels[0] || subtreeDimensions.has(dimension)) &&
    !filter.agencyKinds?.length &&
    asksTotalsOnly(filter, distinctCounts);
  return plain ? { level: levels[0] ?? null, byCategory, byMonth: !wholeYears } : undefined;
}

const subtreeDimensions = new Set<SupportDimension>(['YEAR', 'CATEGORY', 'FUNDING_SOURCE']);

/**
 * `(unitId, year, n, v, b)`: each unit of the level with its subtree's totals per year, and the
 * activities under no unit of the level (e.g. at a 2025 commune, which lies in no district) as
 * `unitId` null: everything (the subtrees of the places with no parent) less the level's units,
 * summed per year, dropped where it nets to 0. So with a level there is one row per unit and
 * year. Without a level, everything, by year. Not grouped by year and over all years, one row per
 * unit from "SupportTreeTotal" (year null) instead of one per unit and year. By category, per
 * year, category and funding source too (`subtreeCategoryRows`); over a period that is not whole
 * years, from the rollup by month (`subtreeMonthRows`), by province with a category from the
 * province rollup by month (`provinceMonthRows`).
 */
function subtreeRows(
  filter: SupportFilter,
  { level, byCategory, byMonth }: SubtreeGrouping,
  notByYear: boolean,
): SupportRows {
  const years: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.years?.length) years.push(Prisma.sql`r.year = ANY(${filter.years}::int[])`);
  const inYears = Prisma.join([...years, ...yearBounds(filter)], ' AND ');
  if (byCategory && byMonth && level === 'PROVINCE') return { sql: provinceMonthRows(filter), onePer: null };
  if (byCategory && level) return { sql: subtreeCategoryRows(filter, level, inYears), onePer: null };
  if (byMonth && level) return { sql: subtreeMonthRows(filter, level), onePer: null };
  const allTime = notByYear && coversAllYears(filter);
  const rollup = Prisma.raw(allTime ? '"SupportTreeTotal"' : '"SupportTreeRollup"');
  const year = allTime ? Prisma.sql`NULL::smallint` : Prisma.sql`r.year`;
  const everything = Prisma.sql`
    SELECT NULL::uuid AS "unitId", ${year} AS year, r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
    FROM "Place" p JOIN ${rollup} r ON r."placeId" = p.id
    WHERE p."parentId" IS NULL AND ${inYears}`;
  if (level === null) return { sql: everything, onePer: null };
  return {
    sql: Prisma.sql`
      WITH unit AS MATERIALIZED (
        SELECT r."placeId", ${year} AS year, r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
        FROM ${rollup} r WHERE r."placeLevel" = ${level}::"PlaceLevel" AND ${inYears}
      )
      SELECT "placeId" AS "unitId", year, n, v, b FROM unit
      UNION ALL
      SELECT NULL, year, sum(n)::int, sum(v)::bigint, sum(b)::bigint
      FROM (${everything} UNION ALL SELECT NULL, year, -n, -v, -b FROM unit) rest
      GROUP BY year HAVING sum(n) <> 0`,
    onePer: { key: level, perYear: !allTime },
  };
}

/**
 * `(unitId, year, category, fundingSource, n, v, b)` from "SupportTreeCategoryRollup": each unit's
 * rows in the years, categories and funding sources asked, and the rest of the country as `unitId`
 * null: the national month rollup less the level's sums ("SupportLevelCategoryRollup").
 */
function subtreeCategoryRows(filter: SupportFilter, level: PlaceLevelDimension, inYears: Prisma.Sql): Prisma.Sql {
  const asked = Prisma.join([inYears, ...categoryConditions(filter)], ' AND ');
  const rest = (table: string, sign: Prisma.Sql, atLevel: Prisma.Sql) => Prisma.sql`
    SELECT r.year, r.category, r."fundingSource", ${sign}r."activityCount" AS n, ${sign}r."valueVnd" AS v, ${sign}r."beneficiaryCount" AS b
    FROM ${Prisma.raw(`"${table}"`)} r WHERE ${atLevel} AND ${asked}`;
  const atLevel = Prisma.sql`r."placeLevel" = ${level}::"PlaceLevel"`;
  return Prisma.sql`
    SELECT r."placeId" AS "unitId", r.year, r.category, r."fundingSource", r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
    FROM "SupportTreeCategoryRollup" r WHERE ${atLevel} AND ${asked}
    UNION ALL
    SELECT NULL, year, category, "fundingSource", sum(n)::int, sum(v)::bigint, sum(b)::bigint
    FROM (${rest('SupportCategoryRollup', Prisma.empty, Prisma.sql`TRUE`)} UNION ALL ${rest('SupportLevelCategoryRollup', Prisma.sql`-`, atLevel)}) rest
    GROUP BY year, category, "fundingSource" HAVING sum(n) <> 0`;
}

/**
 * `(unitId, year, n, v, b)` over a period that is not whole years: each unit's whole months from
 * "SupportTreeMonthRollup", the rest of the country's (the national month rollup less the level's
 * sums, "SupportLevelMonthRollup") as `unitId` null, and the activities of a partly covered first or
 * last month under their unit of the level (null when they lie under none).
 */
function subtreeMonthRows(filter: SupportFilter, level: PlaceLevelDimension): Prisma.Sql {
  const { wholeMonths, edges } = monthSpan(filter);
  const atLevel = Prisma.sql`"placeLevel" = ${level}::"PlaceLevel"`;
  const dayRows = Prisma.sql`
    SELECT c."ancestorId" AS "unitId", a.year, a.n, a.v, a.b
    FROM (${activitySql(filter, edges)}) a
    LEFT JOIN "PlaceClosure" c ON c."descendantId" = a."placeId" AND c."ancestorLevel" = ${level}::"PlaceLevel"`;
  if (!wholeMonths) return dayRows;
  const asked = Prisma.join([...rollupConditions(filter), ...wholeMonths], ' AND ');
  const monthRows = Prisma.sql`
    SELECT r."placeId" AS "unitId", r.year, r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
    FROM "SupportTreeMonthRollup" r WHERE r.${atLevel} AND ${asked}
    UNION ALL
    SELECT NULL, year, sum(n)::int, sum(v)::bigint, sum(b)::bigint
    FROM (
      SELECT r.year, r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
      FROM "SupportCategoryRollup" r WHERE ${asked}
      UNION ALL
      SELECT r.year, -r."activityCount", -r."valueVnd", -r."beneficiaryCount"
      FROM "SupportLevelMonthRollup" r WHERE r.${atLevel} AND ${asked}
    ) rest
    GROUP BY year HAVING sum(n) <> 0`;
  return edges.length > 0 ? Prisma.sql`${monthRows} UNION ALL ${dayRows}` : monthRows;
}

/**
 * `(unitId, year, category, fundingSource, n, v, b)` by province over a period that is not whole
 * years: each province's whole months from "SupportProvinceMonthRollup" summed per year, category
 * and funding source, the rest of the country's (the national month rollup less those) as `unitId`
 * null, and the activities of a partly covered first or last month under their province (null when
 * they lie under none).
 */
function provinceMonthRows(filter: SupportFilter): Prisma.Sql {
  const { wholeMonths, edges } = monthSpan(filter);
  const dayRows = Prisma.sql`
    SELECT c."ancestorId" AS "unitId", a.year, a.category, a."fundingSource", a.n, a.v, a.b
    FROM (${activitySql(filter, edges)}) a
    LEFT JOIN "PlaceClosure" c ON c."descendantId" = a."placeId" AND c."ancestorLevel" = 'PROVINCE'::"PlaceLevel"`;
  if (!wholeMonths) return dayRows;
  const asked = Prisma.join([...rollupConditions(filter), ...categoryConditions(filter), ...wholeMonths], ' AND ');
  const monthRows = Prisma.sql`
    WITH unit AS MATERIALIZED (
      SELECT r."placeId", r.year, r.category, r."fundingSource",
        sum(r."activityCount")::int AS n, sum(r."valueVnd")::bigint AS v, sum(r."beneficiaryCount")::bigint AS b
      FROM "SupportProvinceMonthRollup" r WHERE ${asked}
      GROUP BY 1, 2, 3, 4
    )
    SELECT "placeId" AS "unitId", year, category, "fundingSource", n, v, b FROM unit
    UNION ALL
    SELECT NULL, year, category, "fundingSource", sum(n)::int, sum(v)::bigint, sum(b)::bigint
    FROM (
      SELECT r.year, r.category, r."fundingSource", r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
      FROM "SupportCategoryRollup" r WHERE ${asked}
      UNION ALL
      SELECT year, category, "fundingSource", -n, -v, -b FROM unit
    ) rest
    GROUP BY 2, 3, 4 HAVING sum(n) <> 0`;
  return edges.length > 0 ? Prisma.sql`${monthRows} UNION ALL ${dayRows}` : monthRows;
}

function closureJoin(level: PlaceLevelDimension): Prisma.Sql {
  const alias = Prisma.raw(`"c_${level}"`);
  return Prisma.sql`LEFT JOIN "PlaceClosure" ${alias} ON ${alias}."descendantId" = s."placeId" AND ${alias}."ancestorLevel" = ${level}::"PlaceLevel"`;
}

const DAY_MS = 86_400_000;
const firstOfMonth = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
const firstOfNextMonth = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));

/** What the caller of `supportRowsSql` groups or counts by, beyond the filter's own conditions. */
export interface SupportRowNeeds {
  /** Grouped by category or funding source, which only the month rollups keep. Default false. */
  categoryOrFunding?: boolean;
  /** Grouped or counted by place. Default true. */
  place?: boolean;
  /** Grouped or counted by agency, or filtered by agency kind. Default true. */
  agency?: boolean;
  /** Grouped by year. Default true. */
  year?: boolean;
}

/**
 * The rows to total, as (placeId, agencyId, year, category, fundingSource, n, v, b): rollup rows
 * where they answer the question exactly, activities where they do not. The smallest rollup that
 * keeps what the question needs: with no place or agency grouped, counted or filtered on, the
 * national month rollup (both ids null); with no place, whole years from the agency rollup
 * (`placeId` null), all years from the agency totals (`year` null too), by category or funding
 * source from the agency rollup by category, or other months, without category or funding source,
 * from the agency month rollup; else the year or month rollup of each
 * place and agency, or not by year over all years the pair totals (`year` null).
 */
export function supportRowsSql(filter: SupportFilter, needs: SupportRowNeeds = {}): Prisma.Sql {
  return supportRows(filter, needs).sql;
}

interface SupportRows {
  sql: Prisma.Sql;
  /**
   * What the rows are unique on, when they are: one row per agency or per unit of a place level
   * (the null unit included), and per year too when `perYear`.
   */
  onePer: { key: 'AGENCY' | PlaceLevelDimension; perYear: boolean } | null;
}

function supportRows(filter: SupportFilter, needs: SupportRowNeeds): SupportRows {
  const rows = (sql: Prisma.Sql): SupportRows => ({ sql, onePer: null });
  if (filter.recordedBy) return rows(activitySql(filter, [{ from: filter.from, to: filter.to }]));
  const byPlace = needs.place !== false || Boolean(filter.placeIds || filter.placesIn);
  const byAgency = needs.agency !== false || Boolean(filter.agencyIds || filter.agencyKinds?.length);
  const monthsNeeded =
    needs.categoryOrFunding === true || Boolean(filter.categories?.length || filter.fundingSources?.length);
  const wholeYears = coversWholeYears(filter);
  if (!byPlace && !byAgency) return rows(nationalRowsSql(filter, wholeYears));
  if (!monthsNeeded && wholeYears) {
    const parts = [...rollupConditions(filter), ...yearBounds(filter)];
    // Not by year and over all years: one row per agency (or place and agency) rather than one per year too.
    const allTime = needs.year === false && coversAllYears(filter);
    const year = allTime ? Prisma.sql`NULL::smallint` : Prisma.sql`r.year`;
    if (!byPlace)
      return {
        sql: Prisma.sql`
          SELECT NULL::uuid AS "placeId", r."agencyId", ${year} AS year,
            NULL::"ActivityCategory" AS category, NULL::"FundingSource" AS "fundingSource",
            r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
          FROM ${Prisma.raw(allTime ? '"SupportAgencyTotal"' : '"SupportAgencyRollup"')} r WHERE ${Prisma.join(parts, ' AND ')}`,
        onePer: { key: 'AGENCY', perYear: !allTime },
      };
    return rows(Prisma.sql`
      SELECT r."placeId", r."agencyId", ${year} AS year,
        NULL::"ActivityCategory" AS category, NULL::"FundingSource" AS "fundingSource",
        r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
      FROM ${Prisma.raw(allTime ? '"SupportPairTotal"' : '"SupportYearRollup"')} r WHERE ${Prisma.join(parts, ' AND ')}`);
  }
  // Agencies without places, by category or funding source, over whole years: one category's
  // partition of the agency rollup by category, where the month rollup is read whole.
  if (!byPlace && wholeYears) {
    const parts = [...rollupConditions(filter), ...categoryConditions(filter), ...yearBounds(filter)];
    return rows(Prisma.sql`
      SELECT NULL::uuid AS "placeId", r."agencyId", r.year, r.category, r."fundingSource",
        r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
      FROM "SupportAgencyCategoryRollup" r WHERE ${Prisma.join(parts, ' AND ')}`);
  }
  // Agencies without places, categories or funding sources, over months: the agency month rollup.
  if (!byPlace && !monthsNeeded) return rows(monthRowsSql(filter, 'SupportAgencyMonthRollup'));
  return rows(monthRowsSql(filter, 'SupportRollup'));
}

/**
 * The country's support by month, category and funding source ("SupportCategoryRollup", a few
 * rows per month): for questions with no place or agency in them.
 */
function nationalRowsSql(filter: SupportFilter, wholeYears: boolean): Prisma.Sql {
  if (!wholeYears) return monthRowsSql(filter, 'SupportCategoryRollup');
  const parts = [...rollupConditions(filter), ...categoryConditions(filter), ...yearBounds(filter)];
  return Prisma.sql`
    SELECT NULL::uuid AS "placeId", NULL::uuid AS "agencyId", r.year, r.category, r."fundingSource",
      r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b
    FROM "SupportCategoryRollup" r WHERE ${Prisma.join(parts, ' AND ')}`;
}

/**
 * Rows of a month rollup ("SupportRollup"; "SupportCategoryRollup" when no place or agency is
 * asked; "SupportKindRollup" with an `agencyKind` column, filtered by kind;
 * "SupportAgencyMonthRollup" with neither place, category nor funding source) for the whole months
 * of the period, and the activities of a partly covered first or last month read from "Activity".
 */
function monthRowsSql(
  filter: SupportFilter,
  rollup: 'SupportRollup' | 'SupportCategoryRollup' | 'SupportKindRollup' | 'SupportAgencyMonthRollup',
): Prisma.Sql {
  const span = monthSpan(filter);
  const withKind = rollup === 'SupportKindRollup';
  if (!span.wholeMonths) return activitySql(filter, [{ from: filter.from, to: filter.to }], withKind);
  const parts = [...rollupConditions(filter), ...categoryConditions(filter), ...span.wholeMonths];
  const byAgency = rollup === 'SupportAgencyMonthRollup';
  const ids =
    rollup === 'SupportRollup'
      ? Prisma.sql`r."placeId", r."agencyId"`
      : Prisma.sql`NULL::uuid AS "placeId", ${byAgency ? Prisma.sql`r."agencyId"` : Prisma.sql`NULL::uuid AS "agencyId"`}`;
  const kinds = byAgency
    ? Prisma.sql`NULL::"ActivityCategory" AS category, NULL::"FundingSource" AS "fundingSource"`
    : Prisma.sql`r.category, r."fundingSource"`;
  if (withKind && filter.agencyKinds?.length)
    parts.push(Prisma.sql`r."agencyKind" = ANY(${filter.agencyKinds}::"AgencyKind"[])`);
  const rows = Prisma.sql`
    SELECT ${ids}, r.year, ${kinds},
      r."activityCount" AS n, r."valueVnd" AS v, r."beneficiaryCount" AS b${withKind ? Prisma.sql`, r."agencyKind"` : Prisma.empty}
    FROM ${Prisma.raw(`"${rollup}"`)} r WHERE ${Prisma.join(parts, ' AND ')}`;
  return span.edges.length > 0 ? Prisma.sql`${rows} UNION ALL ${activitySql(filter, span.edges, withKind)}` : rows;
}

/**
 * The period as whole months (conditions on a month rollup row `r`; null when the period lies
 * inside one month) and the days of a partly covered first or last month (`edges`, read from
 * "Activity").
 */
function monthSpan({ from, to }: SupportFilter): {
  wholeMonths: Prisma.Sql[] | null;
  edges: Array<{ from?: Date; to?: Date }>;
} {
  const wholeFrom = from && from.getUTCDate() !== 1 ? firstOfNextMonth(from) : from;
  const wholeUntil = to
    ? firstOfNextMonth(to).getTime() - to.getTime() === DAY_MS
      ? firstOfNextMonth(to)
      : firstOfMonth(to)
    : undefined;
  if (wholeFrom && wholeUntil && wholeFrom >= wholeUntil) return { wholeMonths: null, edges: [{ from, to }] };
  const edges: Array<{ from?: Date; to?: Date }> = [];
  if (from && wholeFrom && from < wholeFrom) edges.push({ from, to: new Date(wholeFrom.getTime() - DAY_MS) });
  if (to && wholeUntil && to >= wholeUntil) edges.push({ from: wholeUntil, to });
  const wholeMonths: Prisma.Sql[] = [];
  if (wholeFrom) wholeMonths.push(Prisma.sql`r.month >= ${wholeFrom}::date`);
  if (wholeUntil) wholeMonths.push(Prisma.sql`r.month < ${wholeUntil}::date`);
  return { wholeMonths, edges };
}

/** Conditions both rollups answer: places, agencies, years. */
function rollupConditions(filter: SupportFilter): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.placeIds) parts.push(Prisma.sql`r."placeId" = ANY(${filter.placeIds}::uuid[])`);
  if (filter.placesIn) parts.push(Prisma.sql`r."placeId" IN (${filter.placesIn})`);
  if (filter.agencyIds) parts.push(Prisma.sql`r."agencyId" = ANY(${filter.agencyIds}::uuid[])`);
  if (filter.years?.length) parts.push(Prisma.sql`r.year = ANY(${filter.years}::int[])`);
  return parts;
}

/** Whether the filter leaves every year in: what the all-time totals answer. */
function coversAllYears(filter: SupportFilter): boolean {
  return !filter.years?.length && !filter.from && !filter.to;
}

/** The years a period of whole years spans, on a yearly rollup row `r`. */
function yearBounds({ from, to }: SupportFilter): Prisma.Sql[] {
  const bounds: Prisma.Sql[] = [];
  if (from) bounds.push(Prisma.sql`r.year >= ${from.getUTCFullYear()}::int`);
  if (to) bounds.push(Prisma.sql`r.year <= ${to.getUTCFullYear()}::int`);
  return bounds;
}

/** Conditions only the month rollups answer: categories, funding sources. */
function categoryConditions(filter: SupportFilter): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filter.categories?.length) parts.push(Prisma.sql`r.category = ANY(${filter.categories}::"ActivityCategory"[])`);
  if (filter.fundingSources?.length)
    parts.push(Prisma.sql`r."fundingSource" = ANY(${filter.fundingSources}::"FundingSource"[])`);
  return parts;
}

/**
 * The activities themselves on the given disjoint day ranges (ends included, either open), with
 * their agency's kind when asked. Each range is read apart: a plain range of the covering index on
 * "occurredOn", which an index-only scan serves (OR'd together they take a bitmap scan of the heap).
 */
function activitySql(filter: SupportFilter, ranges: Array<{ from?: Date; to?: Date }>, withKind = false): Prisma.Sql {
  if (ranges.length > 1)
    return Prisma.join(
      ranges.map((range) => activitySql(filter, [range], withKind)),
      ' UNION ALL ',
    );
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  // With its agency's kind (`agencyKind`), filtered here, as the kind rollup's rows are.
  const kind = Prisma.sql`(SELECT ag.kind FROM "Agency" ag WHERE ag.id = a."agencyId")`;
  if (withKind && filter.agencyKinds?.length)
    parts.push(Prisma.sql`${kind} = ANY(${filter.agencyKinds}::"AgencyKind"[])`);
  if (filter.placeIds) parts.push(Prisma.sql`a."placeId" = ANY(${filter.placeIds}::uuid[])`);
  if (filter.placesIn) parts.push(Prisma.sql`a."placeId" IN (${filter.placesIn})`);
  if (filter.agencyIds) parts.push(Prisma.sql`a."agencyId" = ANY(${filter.agencyIds}::uuid[])`);
  if (filter.categories?.length) parts.push(Prisma.sql`a.category = ANY(${filter.categories}::"ActivityCategory"[])`);
  if (filter.fundingSources?.length)
    parts.push(Prisma.sql`a."fundingSource" = ANY(${filter.fundingSources}::"FundingSource"[])`);
  if (filter.years?.length)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM unnest(${filter.years}::int[]) y WHERE a."occurredOn" >= make_date(y, 1, 1) AND a."occurredOn" < make_date(y + 1, 1, 1))`,
    );
  if (filter.recordedBy) parts.push(Prisma.sql`a."createdAt" < (${filter.recordedBy}::date + 1)`);
  const [range] = ranges;
  if (range?.from) parts.push(Prisma.sql`a."occurredOn" >= ${range.from}::date`);
  if (range?.to) parts.push(Prisma.sql`a."occurredOn" <= ${range.to}::date`);
  return Prisma.sql`
    SELECT a."placeId", a."agencyId", extract(year FROM a."occurredOn")::smallint AS year, a.category, a."fundingSource", 1 AS n, coalesce(a."valueVnd", 0) AS v,
      coalesce(a."beneficiaryCount", 0)::bigint AS b${withKind ? Prisma.sql`, ${kind} AS "agencyKind"` : Prisma.empty}
    FROM "Activity" a WHERE ${Prisma.join(parts, ' AND ')}`;
}

function orderSql(order: SupportOrder, dimensions: readonly SupportDimension[], totals: GroupTotals): Prisma.Sql {
  // Ties break on the group keys so pages never overlap.
  const keys = dimensions.map((_, index) => Prisma.raw(String(index + 1)));
  const tail = keys.length > 0 ? Prisma.sql`, ${Prisma.join(keys)}` : Prisma.empty;
  switch (order) {
    case 'VALUE_ASC':
      return Prisma.sql`${totals.value} ASC${tail}`;
    case 'COUNT_DESC':
      return Prisma.sql`${totals.activities} DESC${tail}`;
    case 'BENEFICIARIES_DESC':
      return Prisma.sql`${totals.beneficiaries} DESC${tail}`;
    case 'KEY_ASC':
      return keys.length > 0 ? Prisma.join(keys) : Prisma.sql`1`;
    default:
      return Prisma.sql`${totals.value} DESC${tail}`;
  }
}
