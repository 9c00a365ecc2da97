import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SupportDimension,
  type SupportFilter,
  type SupportGroup,
  supportSummary,
} from '../packages/server/src/analytics/support-summary/sql.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { derivedTables, rebuildRollups } from '../packages/server/src/db/rollups.ts';
import { prismaConnection } from '../packages/server/src/db/scale/connection.ts';
import { generateScaleData } from '../packages/server/src/db/scale/generate.ts';
import { scaleSizes } from '../packages/server/src/db/scale/sizes.ts';
import { createApp } from '../packages/server/src/http/app.ts';
import type { App } from '../packages/server/src/http/operations.ts';
import { placeScopeIds } from '../packages/server/src/sql/place-scope.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';
import {
  expectExact,
  supportAgencyCategoryMismatches,
  supportAgencyMismatches,
  supportAgencyMonthMismatches,
  supportAgencyTotalMismatches,
  supportCategoryMismatches,
  supportKindMismatches,
  supportLevelCategoryMismatches,
  supportLevelMonthMismatches,
  supportPairTotalMismatches,
  supportProvinceKindMismatches,
  supportProvinceMonthMismatches,
  supportReachMismatches,
  supportTotalsAndNaive,
  supportTreeCategoryMismatches,
  supportTreeKindMismatches,
  supportTreeMismatches,
  supportTreeMonthMismatches,
  supportTreeTotalMismatches,
  supportYearReachMismatches,
} from './support/rollup-checks.ts';

// supportSummary reads the rollups the triggers keep; every answer here is checked against a naive
// SQL over the raw "Activity" rows that walks the parent chain itself and uses no rollup.

let database: Database;
/** Every statement sent, for telling which computations a request asked the database for. */
const statements: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await database.prisma.$transaction(
    (tx) => generateScaleData(prismaConnection(tx), { size: scaleSizes.small, seed: 7 }),
    { maxWait: 30_000, timeout: 600_000 },
  );
}, 600_000);
afterAll(() => database.close());

interface Totals {
  valueVnd: string;
  activityCount: number;
  placeCount: number;
  agencyCount: number;
  beneficiaryCount: number;
}

const naiveKey: Record<SupportDimension, string> = {
  AGENCY: 'a."agencyId"::text',
  AGENCY_KIND: 'ag.kind::text',
  PROVINCE: 'h.province',
  DISTRICT: 'h.district',
  COMMUNE: 'h.commune',
  YEAR: 'extract(year FROM a."occurredOn")::int::text',
  CATEGORY: 'a.category::text',
  FUNDING_SOURCE: 'a."fundingSource"::text',
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Totals per group the slow, obvious way. */
async function naive(filter: SupportFilter, dimensions: SupportDimension[]): Promise<Map<string, Totals>> {
  const where: string[] = ['TRUE'];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.placeIds) where.push(`a."placeId"::text = ANY(${param(filter.placeIds)}::text[])`);
  if (filter.agencyIds) where.push(`a."agencyId"::text = ANY(${param(filter.agencyIds)}::text[])`);
  if (filter.agencyKinds) where.push(`ag.kind::text = ANY(${param(filter.agencyKinds)}::text[])`);
  if (filter.categories) where.push(`a.category::text = ANY(${param(filter.categories)}::text[])`);
  if (filter.fundingSources) where.push(`a."fundingSource"::text = ANY(${param(filter.fundingSources)}::text[])`);
  if (filter.years) where.push(`extract(year FROM a."occurredOn")::int = ANY(${param(filter.years)}::int[])`);
  if (filter.from) where.push(`a."occurredOn" >= ${param(filter.from.toISOString().slice(0, 10))}::date`);
  if (filter.to) where.push(`a."occurredOn" <= ${param(filter.to.toISOString().slice(0, 10))}::date`);
  if (filter.recordedBy) where.push(`a."createdAt" < ${param(filter.recordedBy.toISOString().slice(0, 10))}::date + 1`);
  const key =
    dimensions.length > 0 ? dimensions.map((d) => `coalesce(${naiveKey[d]}, 'null')`).join(` || '|' || `) : `''`;
  const rows = await database.prisma.$queryRawUnsafe<Array<Totals & { key: string }>>(
    `WITH RECURSIVE up(start, id, parent, level) AS (
       SELECT p.id, p.id, p."parentId", p.level FROM "Place" p
       UNION ALL
       SELECT up.start, p.id, p."parentId", p.level FROM up JOIN "Place" p ON p.id = up.parent
     ),
     h AS (
       SELECT start,
         max(id::text) FILTER (WHERE level = 'PROVINCE') AS province,
         max(id::text) FILTER (WHERE level = 'DISTRICT') AS district,
         max(id::text) FILTER (WHERE level = 'COMMUNE') AS commune
       FROM up GROUP BY start
     )
     SELECT ${key} AS key, coalesce(sum(a."valueVnd"), 0)::text AS "valueVnd", count(*)::int AS "activityCount",
       count(DISTINCT a."placeId")::int AS "placeCount", count(DISTINCT a."agencyId")::int AS "agencyCount",
       coalesce(sum(a."beneficiaryCount"), 0)::int AS "beneficiaryCount"
     FROM "Activity" a JOIN "Agency" ag ON ag.id = a."agencyId" JOIN h ON h.start = a."placeId"
     WHERE ${where.join(' AND ')}
     GROUP BY 1`,
    ...params,
  );
  return new Map(rows.map(({ key: group, ...totals }) => [group, totals]));
}

async function summarised(
  filter: SupportFilter,
  dimensions: SupportDimension[],
  distinctCounts = { places: true, agencies: true },
): Promise<Map<string, Totals>> {
  const page = await supportSummary(database.prisma, filter, dimensions, 'KEY_ASC', 100_000, 0, distinctCounts);
  const field: Record<SupportDimension, keyof SupportGroup> = {
    AGENCY: 'agencyId',
    AGENCY_KIND: 'agencyKind',
    PROVINCE: 'provinceId',
    DISTRICT: 'districtId',
    COMMUNE: 'communeId',
    YEAR: 'year',
    CATEGORY: 'category',
    FUNDING_SOURCE: 'fundingSource',
  };
  if (dimensions.length > 0) expect(page.totalGroups).toBe(page.groups.length);
  return new Map(
    page.groups.map((group) => [
      dimensions.length > 0 ? dimensions.map((d) => String(group[field[d]] ?? 'null')).join('|') : '',
      {
        valueVnd: group.valueVnd.toString(),
        activityCount: group.activityCount,
        // Computed: supportSummary counts distinct places and agencies unless told not to.
        placeCount: group.placeCount!,
        agencyCount: group.agencyCount!,
        beneficiaryCount: group.beneficiaryCount,
      },
    ]),
  );
}

const groupings: SupportDimension[][] = [
  [],
  ['AGENCY'],
  ['AGENCY_KIND'],
  ['PROVINCE'],
  ['DISTRICT'],
  ['COMMUNE'],
  ['YEAR'],
  ['CATEGORY'],
  ['FUNDING_SOURCE'],
  ['PROVINCE', 'YEAR'],
  ['AGENCY', 'YEAR'],
  ['AGENCY_KIND', 'CATEGORY'],
  ['PROVINCE', 'CATEGORY'],
  ['PROVINCE', 'AGENCY_KIND', 'CATEGORY'],
  ['DISTRICT', 'CATEGORY'],
  ['COMMUNE', 'FUNDING_SOURCE', 'YEAR'],
  ['COMMUNE', 'YEAR'],
  ['DISTRICT', 'AGENCY_KIND', 'YEAR'],
  ['CATEGORY', 'FUNDING_SOURCE', 'YEAR'],
];

function filters(): Array<[string, SupportFilter]> {
  return [
    ['no filter', {}],
    ['two years', { years: [2023, 2024] }],
    ['whole years by dates', { from: day('2023-01-01'), to: day('2024-12-31') }],
    ['whole months', { from: day('2023-03-01'), to: day('2024-02-29') }],
    ['days cutting months at both ends', { from: day('2023-03-15'), to: day('2024-02-10') }],
    ['from a day onwards', { from: day('2024-07-19') }],
    ['up to a day', { to: day('2023-05-02') }],
    ['days inside one month', { from: day('2024-05-03'), to: day('2024-05-20') }],
    ['categories and funding sources', { categories: ['IN_KIND_GIFT', 'CASH_GIFT'], fundingSources: ['AGENCY_OWN'] }],
    ['two categories in one year', { categories: ['IN_KIND_GIFT', 'CASH_GIFT'], years: [2024] }],
    [
      'a funding source over whole years by dates',
      { fundingSources: ['AGENCY_OWN'], from: day('2023-01-01'), to: day('2024-12-31') },
    ],
    ['agency kinds and a year', { agencyKinds: ['ENTERPRISE', 'PEOPLES_COMMITTEE'], years: [2024] }],
    ['an agency kind', { agencyKinds: ['ENTERPRISE'] }],
    [
      'an agency kind over days cutting months',
      { agencyKinds: ['ENTERPRISE'], from: day('2023-03-15'), to: day('2024-02-10') },
    ],
    ['as recorded by a day', { recordedBy: day('2024-06-30'), from: day('2023-02-11') }],
  ];
}

async function expectSameEverywhere(): Promise<void> {
  const province = await database.prisma.place.findFirstOrThrow({ where: { level: 'PROVINCE', code: '66' } });
  const scope = await placeScopeIds(database.prisma, province.id, { includeDescendants: true, includeHistory: true });
  const agency = await database.prisma.activity.findFirstOrThrow({
    select: { agencyId: true },
    orderBy: { id: 'asc' },
  });
  const cases: Array<[string, SupportFilter]> = [
    ...filters(),
    ['a province with its history', { placeIds: scope, to: day('2024-10-17') }],
    ['one agency', { agencyIds: [agency.agencyId], years: [2022, 2023, 2024, 2025] }],
  ];
  for (const [name, filter] of cases) {
    for (const dimensions of groupings) {
      const expected = await naive(filter, dimensions);
      const actual = await summarised(filter, dimensions);
      expect(actual, `${name}, grouped by [${dimensions.join(', ')}]`).toEqual(expected);
      // Without the distinct counts a grouping by a place level over whole years reads the subtree
      // rollup instead, one by category, funding source or year the national month rollup: the
      // same totals.
      const withoutCounts = await summarised(filter, dimensions, { places: false, agencies: false });
      const totalsOnly = (groups: Map<string, Totals>) =>
        new Map([...groups].map(([key, { placeCount: _p, agencyCount: _a, ...totals }]) => [key, totals]));
      expect(totalsOnly(withoutCounts), `${name}, grouped by [${dimensions.join(', ')}], no counts`).toEqual(
        totalsOnly(expected),
      );
      if (!dimensions.some((dimension) => ['PROVINCE', 'DISTRICT', 'COMMUNE'].includes(dimension))) {
        // Distinct agencies without distinct places: the agency rollup counts them too.
        const agenciesOnly = await summarised(filter, dimensions, { places: false, agencies: true });
        const withoutPlaces = (groups: Map<string, Totals>) =>
          new Map([...groups].map(([key, { placeCount: _p, ...totals }]) => [key, totals]));
        expect(withoutPlaces(agenciesOnly), `${name}, grouped by [${dimensions.join(', ')}], agencies only`).toEqual(
          withoutPlaces(expected),
        );
      }
    }
  }
  await expectExact(database.prisma, {
    SupportTreeRollup: supportTreeMismatches,
    SupportAgencyRollup: supportAgencyMismatches,
    SupportAgencyMonthRollup: supportAgencyMonthMismatches,
    SupportAgencyCategoryRollup: supportAgencyCategoryMismatches,
    SupportTreeTotal: supportTreeTotalMismatches,
    SupportAgencyTotal: supportAgencyTotalMismatches,
    SupportPairTotal: supportPairTotalMismatches,
    SupportPlaceReach: (db) => supportReachMismatches(db, 'Place'),
    SupportAgencyReach: (db) => supportReachMismatches(db, 'Agency'),
    SupportPlaceYearReach: (db) => supportYearReachMismatches(db, 'Place'),
    SupportAgencyYearReach: (db) => supportYearReachMismatches(db, 'Agency'),
    SupportTreeCategoryRollup: supportTreeCategoryMismatches,
    SupportLevelCategoryRollup: supportLevelCategoryMismatches,
    SupportKindRollup: supportKindMismatches,
    SupportProvinceKindRollup: supportProvinceKindMismatches,
    SupportTreeKindRollup: supportTreeKindMismatches,
    SupportProvinceMonthRollup: supportProvinceMonthMismatches,
    SupportTreeMonthRollup: supportTreeMonthMismatches,
    SupportLevelMonthRollup: supportLevelMonthMismatches,
    SupportCategoryRollup: supportCategoryMismatches,
  });
  // supportTotal of the 2025 province (with the units it replaced: the two provinces it joined and,
  // inside them, the communes its communes replaced), of the legacy province and of every unit of
  // the area with activities, from the subtree rollup, against the activities of the walked scope.
  const province2025 = await database.prisma.place.findFirstOrThrow({
    where: { level: 'PROVINCE', code: '66', validFrom: { not: null } },
  });
  const area = await placeScopeIds(database.prisma, province2025.id, {
    includeDescendants: true,
    includeHistory: true,
  });
  const withActivities = await database.prisma.$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT DISTINCT c."ancestorId"::text AS id FROM "PlaceClosure" c JOIN "Activity" a ON a."placeId" = c."descendantId"
     WHERE c."ancestorId" = ANY($1::uuid[]) ORDER BY 1`,
    area,
  );
  const placeIds = [...new Set([province2025.id, province.id, ...withActivities.map((row) => row.id)])];
  expect(placeIds.length).toBeGreaterThan(10);
  const totalOf2025 = {} as Record<string, string>;
  for (const includeHistory of [false, true]) {
    const options = { includeDescendants: true, includeHistory };
    for (const period of [{}, { from: day('2023-01-01'), to: day('2024-12-31') }]) {
      const { computed, naive } = await supportTotalsAndNaive(database.prisma, placeIds, options, period, (placeId) =>
        placeScopeIds(database.prisma, placeId, options),
      );
      totalOf2025[`${includeHistory} ${JSON.stringify(period)}`] = naive[province2025.id]!;
      expect(computed, `supportTotal, history=${includeHistory} ${JSON.stringify(period)}`).toEqual(naive);
    }
  }
  // The history really adds to the 2025 province: the walk met nested subtrees the sum must not count twice.
  expect(totalOf2025['true {}']).not.toEqual(totalOf2025['false {}']);
}

describe('supportSummary over the rollups', () => {
  it('the generated data really has activities in every dimension the cases cut through', async () => {
    const [row] = await database.prisma.$queryRawUnsafe<Array<{ activities: number; years: number; months: number }>>(
      `SELECT count(*)::int AS activities, count(DISTINCT extract(year FROM "occurredOn"))::int AS years,
         count(DISTINCT date_trunc('month', "occurredOn"))::int AS months FROM "Activity"`,
    );
    expect(row!.activities).toBeGreaterThan(2_000);
    expect(row!.years).toBeGreaterThanOrEqual(3);
    expect(row!.months).toBeGreaterThan(24);
  });

  it('gives the same totals and distinct counts as a naive SQL over the activity rows, for every grouping and filter', async () => {
    await expectSameEverywhere();
  }, 300_000);

  it('reads a grouping by a place level or the year from the subtree rollup (by category too: its category rollup), by agency from the agency rollup, over all years from their totals, by category or funding source from the national rollup, and nothing else from them', async () => {
    const reads = async (table: string, filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) => {
      statements.length = 0;
      await supportSummary(database.prisma, filter, dimensions, 'VALUE_DESC', 20, 0, {
        places: counts,
        agencies: counts,
      });
      return statements.some((sql) => sql.includes(`"${table}"`));
    };
    const readsTree = (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) =>
      reads('SupportTreeRollup', filter, dimensions, counts);
    expect(await reads('SupportAgencyRollup', { years: [2024] }, ['AGENCY'], false)).toBe(true);
    expect(await reads('SupportAgencyRollup', { agencyKinds: ['ENTERPRISE'] }, ['YEAR'], false)).toBe(true);
    expect(await reads('SupportAgencyRollup', {}, ['AGENCY', 'YEAR'], false)).toBe(true);
    expect(await reads('SupportAgencyRollup', {}, ['AGENCY'], true)).toBe(false);
    expect(await reads('SupportAgencyRollup', {}, ['AGENCY', 'PROVINCE'], false)).toBe(false);
    // By agency over months that are not whole years, with no place, category or funding source: per agency and month.
    const readsAgencyMonths = (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) =>
      reads('SupportAgencyMonthRollup', filter, dimensions, counts);
    const twelveMonths = { from: day('2023-03-01'), to: day('2024-02-29') };
    expect(await readsAgencyMonths(twelveMonths, ['AGENCY'], false)).toBe(true);
    expect(await readsAgencyMonths({ from: day('2023-03-15'), to: day('2024-02-10') }, ['AGENCY', 'YEAR'], false)).toBe(
      true,
    );
    expect(await readsAgencyMonths({ ...twelveMonths, agencyIds: [randomUUID()] }, ['YEAR'], false)).toBe(true);
    expect(await readsAgencyMonths({ years: [2024] }, ['AGENCY'], false)).toBe(false);
    expect(await readsAgencyMonths(twelveMonths, ['AGENCY'], true)).toBe(false);
    expect(await readsAgencyMonths(twelveMonths, ['AGENCY', 'CATEGORY'], false)).toBe(false);
    expect(await readsAgencyMonths({ ...twelveMonths, categories: ['VISIT'] }, ['AGENCY'], false)).toBe(false);
    expect(await readsAgencyMonths(twelveMonths, ['AGENCY', 'PROVINCE'], false)).toBe(false);
    expect(await readsAgencyMonths({ from: day('2024-05-03'), to: day('2024-05-20') }, ['AGENCY'], false)).toBe(false);
    // By agency over whole years with a category or funding source: the agency rollup by category.
    const readsAgencyCategories = (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) =>
      reads('SupportAgencyCategoryRollup', filter, dimensions, counts);
    expect(await readsAgencyCategories({ categories: ['VISIT'] }, ['AGENCY'], false)).toBe(true);
    expect(await readsAgencyCategories({ years: [2024] }, ['AGENCY', 'FUNDING_SOURCE'], false)).toBe(true);
    expect(await readsAgencyCategories({ agencyIds: [randomUUID()] }, ['CATEGORY', 'YEAR'], false)).toBe(true);
    // Distinct places counted need the places.
    expect(await readsAgencyCategories({ categories: ['VISIT'] }, ['AGENCY'], true)).toBe(false);
    expect(await readsAgencyCategories({ categories: ['VISIT'] }, ['AGENCY', 'PROVINCE'], false)).toBe(false);
    expect(await readsAgencyCategories({ ...twelveMonths, categories: ['VISIT'] }, ['AGENCY'], false)).toBe(false);
    expect(await readsAgencyCategories({ years: [2024] }, ['AGENCY'], false)).toBe(false);
    // All years, not by year: the totals, one row per agency or unit.
    expect(await reads('SupportAgencyTotal', {}, ['AGENCY'], false)).toBe(true);
    expect(await reads('SupportAgencyTotal', {}, ['AGENCY_KIND'], false)).toBe(true);
    expect(await reads('SupportAgencyTotal', {}, ['AGENCY'], true)).toBe(false);
    expect(await reads('SupportAgencyTotal', { from: day('2022-01-01') }, ['AGENCY'], false)).toBe(false);
    expect(await reads('SupportAgencyTotal', {}, ['AGENCY', 'YEAR'], false)).toBe(false);
    // By agency over the agency totals each group is one row: its totals are read off it, not
    // summed, the groups are counted apart (no window over every row), and the page comes in the
    // order asked.
    for (const [order, measure] of [
      ['VALUE_DESC', (group: SupportGroup) => -Number(group.valueVnd)],
      ['BENEFICIARIES_DESC', (group: SupportGroup) => -group.beneficiaryCount],
    ] as const) {
      statements.length = 0;
      const page = await supportSummary(database.prisma, {}, ['AGENCY'], order, 5, 2, {
        places: false,
        agencies: true,
      });
      expect(
        statements.filter(
          (sql) => sql.includes('"SupportAgencyTotal"') && !sql.includes('GROUP BY') && !sql.includes(' OVER '),
        ),
      ).toHaveLength(1);
      const all = await supportSummary(database.prisma, {}, ['AGENCY'], 'KEY_ASC', 100_000, 0, {
        places: false,
        agencies: true,
      });
      const expected = [...all.groups].sort(
        (a, b) => measure(a) - measure(b) || a.agencyId!.localeCompare(b.agencyId!),
      );
      expect(page.totalGroups).toBe(all.groups.length);
      expect(page.groups.map(measure)).toEqual(expected.slice(2, 7).map(measure));
      expect(page.groups.every((group) => group.agencyCount === 1)).toBe(true);
    }
    // With distinct counts, or places and agencies both, the pair totals: one row per place and agency.
    expect(await reads('SupportPairTotal', {}, ['PROVINCE'], true)).toBe(true);
    expect(await reads('SupportPairTotal', {}, ['AGENCY'], true)).toBe(true);
    expect(await reads('SupportPairTotal', {}, ['AGENCY', 'COMMUNE'], false)).toBe(true);
    expect(await reads('SupportPairTotal', {}, ['PROVINCE', 'YEAR'], true)).toBe(false);
    expect(await reads('SupportPairTotal', { years: [2024] }, ['PROVINCE'], true)).toBe(false);
    expect(await reads('SupportPairTotal', {}, ['CATEGORY'], true)).toBe(false);
    // Distinct places and agencies by year, category or funding source alone: the reach tables,
    // totals from the national rollup.
    for (const subject of ['Place', 'Agency']) {
      const readsReach = (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) =>
        reads(`Support${subject}Reach`, filter, dimensions, counts);
      expect(await readsReach({}, ['YEAR'], true)).toBe(true);
      expect(await readsReach({ years: [2024], from: day('2023-01-01') }, ['YEAR'], true)).toBe(true);
      expect(await readsReach({}, ['CATEGORY'], true)).toBe(true);
      expect(await readsReach({ categories: ['VISIT', 'CASH_GIFT'] }, ['CATEGORY'], true)).toBe(true);
      expect(await readsReach({ fundingSources: ['AGENCY_OWN'] }, ['FUNDING_SOURCE'], true)).toBe(true);
      expect(await reads('SupportCategoryRollup', {}, ['FUNDING_SOURCE'], true)).toBe(true);
      expect(await readsReach({}, ['CATEGORY'], false)).toBe(false);
      expect(await readsReach({ years: [2024] }, ['CATEGORY'], true)).toBe(false);
      expect(await readsReach({ categories: ['VISIT'] }, ['YEAR'], true)).toBe(false);
      // Within some whole years, or by year within one category or funding source: per year.
      const readsYearReach = (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) =>
        reads(`Support${subject}YearReach`, filter, dimensions, counts);
      expect(await readsYearReach({ years: [2024] }, ['CATEGORY'], true)).toBe(true);
      expect(await readsYearReach({ from: day('2022-01-01'), to: day('2024-12-31') }, ['FUNDING_SOURCE'], true)).toBe(
        true,
      );
      expect(await readsYearReach({ categories: ['VISIT'] }, ['YEAR'], true)).toBe(true);
      expect(await readsYearReach({ fundingSources: ['AGENCY_OWN', 'STATE_BUDGET'] }, ['YEAR'], true)).toBe(true);
      expect(await readsYearReach({}, ['CATEGORY'], true)).toBe(false);
      expect(await readsYearReach({ years: [2024] }, ['CATEGORY'], false)).toBe(false);
      expect(await readsYearReach({ from: day('2024-03-01') }, ['CATEGORY'], true)).toBe(false);
      expect(await readsYearReach({ categories: ['VISIT'], fundingSources: ['AGENCY_OWN'] }, ['YEAR'], true)).toBe(
        false,
      );
      expect(await readsYearReach({ years: [2024], fundingSources: ['AGENCY_OWN'] }, ['CATEGORY'], true)).toBe(false);
      expect(await readsYearReach({ years: [2024], agencyIds: [randomUUID()] }, ['CATEGORY'], true)).toBe(false);
      expect(await readsYearReach({ years: [2024] }, ['CATEGORY', 'PROVINCE'], true)).toBe(false);
      expect(await readsReach({ from: day('2024-03-01') }, ['YEAR'], true)).toBe(false);
      expect(await readsReach({ fundingSources: ['AGENCY_OWN'] }, ['CATEGORY'], true)).toBe(false);
      expect(await readsReach({ agencyKinds: ['ENTERPRISE'] }, ['YEAR'], true)).toBe(false);
      expect(await readsReach({ placeIds: [randomUUID()] }, ['CATEGORY'], true)).toBe(false);
      expect(await readsReach({}, ['CATEGORY', 'YEAR'], true)).toBe(false);
      expect(await readsReach({}, [], true)).toBe(false);
    }
    expect(await reads('SupportTreeTotal', {}, ['COMMUNE'], false)).toBe(true);
    expect(await reads('SupportTreeTotal', {}, [], false)).toBe(true);
    expect(await reads('SupportTreeTotal', {}, ['PROVINCE', 'YEAR'], false)).toBe(false);
    expect(await reads('SupportTreeTotal', { years: [2024] }, ['DISTRICT'], false)).toBe(false);
    expect(await readsTree({ years: [2024] }, ['COMMUNE'], false)).toBe(true);
    expect(await readsTree({ years: [2024] }, ['DISTRICT', 'YEAR'], false)).toBe(true);
    expect(await readsTree({ from: day('2022-01-01') }, ['YEAR'], false)).toBe(true);
    expect(await readsTree({ to: day('2024-12-31') }, [], false)).toBe(true);
    expect(await readsTree({}, ['COMMUNE'], true)).toBe(false);
    expect(await readsTree({ from: day('2024-03-01') }, ['PROVINCE'], false)).toBe(false);
    expect(await readsTree({ agencyKinds: ['ENTERPRISE'] }, ['PROVINCE'], false)).toBe(false);
    expect(await readsTree({}, ['PROVINCE', 'CATEGORY'], false)).toBe(false);
    // By a place level and category or funding source, or filtered by them: the subtree rollup by
    // category, with the level sums for what lies under no unit of the level.
    const readsTreeByCategory = async (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) => {
      const read = await reads('SupportTreeCategoryRollup', filter, dimensions, counts);
      expect(statements.some((sql) => sql.includes('"SupportLevelCategoryRollup"'))).toBe(read);
      return read;
    };
    expect(await readsTreeByCategory({}, ['PROVINCE', 'CATEGORY'], false)).toBe(true);
    expect(await readsTreeByCategory({ years: [2024] }, ['COMMUNE', 'FUNDING_SOURCE', 'YEAR'], false)).toBe(true);
    expect(await readsTreeByCategory({ categories: ['VISIT'], to: day('2024-12-31') }, ['DISTRICT'], false)).toBe(true);
    expect(await readsTreeByCategory({}, ['PROVINCE', 'CATEGORY'], true)).toBe(false);
    expect(await readsTreeByCategory({ categories: ['VISIT'] }, ['YEAR'], false)).toBe(false);
    expect(await readsTreeByCategory({ from: day('2024-03-01') }, ['PROVINCE', 'CATEGORY'], false)).toBe(false);
    expect(await readsTreeByCategory({ agencyKinds: ['ENTERPRISE'] }, ['PROVINCE', 'CATEGORY'], false)).toBe(false);
    expect(await readsTreeByCategory({}, ['PROVINCE', 'DISTRICT', 'CATEGORY'], false)).toBe(false);
    expect(await readsTreeByCategory({}, ['PROVINCE', 'AGENCY', 'CATEGORY'], false)).toBe(false);
    // By a place level over a period that is not whole years: the subtree rollup by month, with the
    // level sums for what lies under no unit of the level.
    const readsTreeByMonth = async (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) => {
      const read = await reads('SupportTreeMonthRollup', filter, dimensions, counts);
      expect(statements.some((sql) => sql.includes('"SupportLevelMonthRollup"'))).toBe(
        read && !(filter.from && filter.to && filter.from.getUTCMonth() === filter.to.getUTCMonth()),
      );
      return read;
    };
    expect(await readsTreeByMonth({ from: day('2023-03-01'), to: day('2024-02-29') }, ['PROVINCE'], false)).toBe(true);
    expect(await readsTreeByMonth({ from: day('2023-03-15'), to: day('2024-02-10') }, ['COMMUNE', 'YEAR'], false)).toBe(
      true,
    );
    expect(await readsTreeByMonth({ from: day('2024-05-03'), to: day('2024-05-20') }, ['DISTRICT'], false)).toBe(false);
    expect(await readsTreeByMonth({ from: day('2023-03-01') }, ['PROVINCE'], true)).toBe(false);
    expect(await readsTreeByMonth({ from: day('2023-03-01') }, ['PROVINCE', 'CATEGORY'], false)).toBe(false);
    expect(await readsTreeByMonth({ from: day('2023-03-01') }, ['YEAR'], false)).toBe(false);
    expect(await readsTreeByMonth({ years: [2024] }, ['PROVINCE'], false)).toBe(false);
    expect(await readsTreeByMonth({ from: day('2023-03-01'), agencyKinds: ['ENTERPRISE'] }, ['PROVINCE'], false)).toBe(
      false,
    );
    // By province with a category or funding source over months that are not whole years: the
    // province rollup by month, with the national month rollup for what lies under no province.
    const readsProvinceMonths = async (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) => {
      const read = await reads('SupportProvinceMonthRollup', filter, dimensions, counts);
      if (read) expect(statements.some((sql) => sql.includes('"SupportCategoryRollup"'))).toBe(true);
      return read;
    };
    expect(
      await readsProvinceMonths({ from: day('2023-03-01'), to: day('2024-02-29') }, ['PROVINCE', 'CATEGORY'], false),
    ).toBe(true);
    expect(
      await readsProvinceMonths({ from: day('2023-03-15'), categories: ['VISIT'] }, ['PROVINCE', 'YEAR'], false),
    ).toBe(true);
    expect(await readsProvinceMonths({ from: day('2023-03-01') }, ['PROVINCE'], false)).toBe(false);
    expect(await readsProvinceMonths({ years: [2024] }, ['PROVINCE', 'CATEGORY'], false)).toBe(false);
    expect(await readsProvinceMonths({ from: day('2023-03-01') }, ['DISTRICT', 'CATEGORY'], false)).toBe(false);
    expect(await readsProvinceMonths({ from: day('2023-03-01') }, ['PROVINCE', 'CATEGORY'], true)).toBe(false);
    expect(
      await readsProvinceMonths(
        { from: day('2023-03-01'), agencyKinds: ['ENTERPRISE'] },
        ['PROVINCE', 'CATEGORY'],
        false,
      ),
    ).toBe(false);
    // By agency kind with a category, a funding source or months in it: the kind rollup.
    const readsKinds = (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) =>
      reads('SupportKindRollup', filter, dimensions, counts);
    expect(await readsKinds({}, ['AGENCY_KIND', 'CATEGORY'], false)).toBe(true);
    expect(await readsKinds({ agencyKinds: ['ENTERPRISE'] }, ['FUNDING_SOURCE'], false)).toBe(true);
    expect(await readsKinds({ from: day('2023-03-15'), to: day('2024-02-10') }, ['AGENCY_KIND'], false)).toBe(true);
    expect(await readsKinds({ agencyKinds: ['ENTERPRISE'], categories: ['VISIT'] }, [], false)).toBe(true);
    expect(await readsKinds({}, ['AGENCY_KIND'], false)).toBe(false);
    expect(await readsKinds({ agencyKinds: ['ENTERPRISE'] }, ['YEAR'], false)).toBe(false);
    expect(await readsKinds({}, ['AGENCY_KIND', 'CATEGORY'], true)).toBe(false);
    expect(await readsKinds({}, ['AGENCY_KIND', 'AGENCY', 'CATEGORY'], false)).toBe(false);
    expect(await readsKinds({ agencyKinds: ['ENTERPRISE'] }, ['DISTRICT', 'CATEGORY'], false)).toBe(false);
    expect(await readsKinds({ agencyKinds: ['ENTERPRISE'], agencyIds: [randomUUID()] }, ['CATEGORY'], false)).toBe(
      false,
    );
    expect(await readsKinds({ recordedBy: day('2024-06-30') }, ['AGENCY_KIND', 'CATEGORY'], false)).toBe(false);
    // By province with a category or funding source, grouped or filtered by agency kind, over whole
    // years: the province kind rollup, with the kind rollup for what lies under no province.
    const readsProvinceKinds = async (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) => {
      const read = await reads('SupportProvinceKindRollup', filter, dimensions, counts);
      if (read) expect(statements.some((sql) => sql.includes('"SupportKindRollup"'))).toBe(true);
      return read;
    };
    expect(await readsProvinceKinds({ agencyKinds: ['ENTERPRISE'] }, ['PROVINCE', 'CATEGORY'], false)).toBe(true);
    expect(await readsProvinceKinds({}, ['PROVINCE', 'AGENCY_KIND', 'FUNDING_SOURCE'], false)).toBe(true);
    expect(
      await readsProvinceKinds(
        { agencyKinds: ['ENTERPRISE'], categories: ['VISIT'], years: [2024] },
        ['PROVINCE'],
        false,
      ),
    ).toBe(true);
    expect(await readsProvinceKinds({ agencyKinds: ['ENTERPRISE'] }, ['PROVINCE'], false)).toBe(false);
    expect(await readsProvinceKinds({}, ['PROVINCE', 'CATEGORY'], false)).toBe(false);
    expect(await readsProvinceKinds({ agencyKinds: ['ENTERPRISE'] }, ['PROVINCE', 'CATEGORY'], true)).toBe(false);
    expect(await readsProvinceKinds({ agencyKinds: ['ENTERPRISE'] }, ['DISTRICT', 'CATEGORY'], false)).toBe(false);
    expect(
      await readsProvinceKinds(
        { agencyKinds: ['ENTERPRISE'], from: day('2024-03-01') },
        ['PROVINCE', 'CATEGORY'],
        false,
      ),
    ).toBe(false);
    expect(
      await readsProvinceKinds(
        { agencyKinds: ['ENTERPRISE'], agencyIds: [randomUUID()] },
        ['PROVINCE', 'CATEGORY'],
        false,
      ),
    ).toBe(false);
    // By one place level (and the year), grouped or filtered by agency kind, over whole years: the
    // subtree rollup by kind, with the kind rollup for what lies under no unit of the level.
    const readsTreeKinds = async (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) => {
      const read = await reads('SupportTreeKindRollup', filter, dimensions, counts);
      if (read) expect(statements.some((sql) => sql.includes('"SupportKindRollup"'))).toBe(true);
      return read;
    };
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE'] }, ['COMMUNE', 'YEAR'], false)).toBe(true);
    expect(await readsTreeKinds({ years: [2024] }, ['DISTRICT', 'AGENCY_KIND'], false)).toBe(true);
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE', 'PEOPLES_COMMITTEE'] }, ['PROVINCE'], false)).toBe(true);
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE'] }, ['COMMUNE', 'YEAR'], true)).toBe(false);
    expect(await readsTreeKinds({}, ['COMMUNE', 'YEAR'], false)).toBe(false);
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE'] }, ['PROVINCE', 'COMMUNE'], false)).toBe(false);
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE'] }, ['COMMUNE', 'CATEGORY'], false)).toBe(false);
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE'], categories: ['VISIT'] }, ['COMMUNE'], false)).toBe(
      false,
    );
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE'], from: day('2024-03-01') }, ['COMMUNE'], false)).toBe(
      false,
    );
    expect(await readsTreeKinds({ agencyKinds: ['ENTERPRISE'] }, ['COMMUNE', 'AGENCY'], false)).toBe(false);
    expect(
      await readsTreeKinds({ agencyKinds: ['ENTERPRISE'], placeIds: [randomUUID()] }, ['COMMUNE', 'YEAR'], false),
    ).toBe(false);
    const readsNational = (filter: SupportFilter, dimensions: SupportDimension[], counts: boolean) =>
      reads('SupportCategoryRollup', filter, dimensions, counts);
    expect(await readsNational({}, ['CATEGORY'], false)).toBe(true);
    expect(await readsNational({ from: day('2023-03-15'), fundingSources: ['AGENCY_OWN'] }, ['YEAR'], false)).toBe(
      true,
    );
    expect(await readsNational({ years: [2024] }, ['FUNDING_SOURCE', 'CATEGORY'], false)).toBe(true);
    expect(await readsNational({ years: [2024] }, ['CATEGORY'], true)).toBe(true);
    expect(await readsNational({ from: day('2024-03-01') }, ['CATEGORY'], true)).toBe(false);
    expect(await readsNational({ agencyKinds: ['ENTERPRISE'] }, ['CATEGORY'], false)).toBe(false);
    expect(await readsNational({ agencyIds: [randomUUID()] }, ['CATEGORY'], false)).toBe(false);
    expect(await readsNational({}, ['CATEGORY', 'AGENCY'], false)).toBe(false);
    expect(await readsNational({ recordedBy: day('2024-06-30') }, ['CATEGORY'], false)).toBe(false);
  });

  it('stays exact after activities are updated, moved, deleted and added, one by one and in bulk', async () => {
    const db = database.prisma;
    const some = await db.activity.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 40 });
    const other = await db.place.findFirstOrThrow({ where: { level: 'VILLAGE' }, orderBy: { id: 'desc' } });
    // One by one, as the mutations write them.
    await db.activity.update({
      where: { id: some[0]!.id },
      data: { valueVnd: 123_456_789_000n, beneficiaryCount: 77 },
    });
    await db.activity.update({
      where: { id: some[1]!.id },
      data: { occurredOn: day('2024-05-09'), category: 'VISIT' },
    });
    await db.activity.update({
      where: { id: some[2]!.id },
      data: { placeId: other.id, fundingSource: 'STATE_BUDGET' },
    });
    await db.activity.update({ where: { id: some[3]!.id }, data: { valueVnd: null } });
    await db.activity.update({ where: { id: some[4]!.id }, data: { title: 'Only the title changes' } });
    await db.activity.delete({ where: { id: some[5]!.id } });
    const template = await db.activity.findUniqueOrThrow({ where: { id: some[30]!.id } });
    // In bulk: one statement, many rows, several landing on the same rollup row.
    await db.activity.updateMany({
      where: { id: { in: some.slice(6, 20).map((a) => a.id) } },
      data: { occurredOn: day('2024-05-12'), agencyId: template.agencyId },
    });
    await db.activity.deleteMany({ where: { id: { in: some.slice(20, 30).map((a) => a.id) } } });
    await db.activity.createMany({
      data: [1, 2, 3].map((n) => ({
        agencyId: template.agencyId,
        placeId: template.placeId,
        category: template.category,
        title: `Added ${n}`,
        occurredOn: day(`2024-05-1${n}`),
        // The largest amount a write accepts: the group sums go far past 32 bits.
        valueVnd: 10n ** 15n,
        beneficiaryCount: n,
      })),
    });
    // A commune under no province (imported without its parent): its support is the part of the
    // country's that lies under no unit of any level.
    const orphan = await db.place.create({
      data: { level: 'COMMUNE', kind: 'COMMUNE', name: 'Mồ Côi', fullName: 'Xã Mồ Côi', nameFolded: 'mo coi' },
    });
    await db.activity.update({ where: { id: some[31]!.id }, data: { placeId: orphan.id } });
    await db.activity.create({
      data: {
        agencyId: template.agencyId,
        placeId: orphan.id,
        category: 'CASH_GIFT',
        fundingSource: 'AGENCY_OWN',
        title: 'At the orphan commune',
        occurredOn: day('2024-08-20'),
        valueVnd: 5_000_000n,
        beneficiaryCount: 12,
      },
    });
    // An agency that changes kind takes its support to the new kind.
    const agency = await db.agency.findUniqueOrThrow({ where: { id: template.agencyId } });
    await db.agency.update({
      where: { id: agency.id },
      data: { kind: agency.kind === 'ENTERPRISE' ? 'PEOPLES_COMMITTEE' : 'ENTERPRISE' },
    });
    await expectSameEverywhere();
  }, 300_000);

  it('pnpm db:rebuild-rollups rebuilds the same rollups from the activities', async () => {
    const fingerprint = () =>
      database.prisma.$queryRawUnsafe<Array<{ rows: string }>>(
        `SELECT ${derivedTables
          .map((table) => `(SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM "${table}" t)`)
          .join(' || ')} AS rows`,
      );
    const before = await fingerprint();
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportRollup" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportAgencyRollup" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportAgencyMonthRollup" SET "valueVnd" = 5`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportAgencyCategoryRollup" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportCategoryRollup" SET "beneficiaryCount" = 0`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportTreeRollup" SET "activityCount" = 1`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportYearRollup" SET "valueVnd" = 0`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportAgencyTotal" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportTreeTotal" SET "beneficiaryCount" = 7`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportPairTotal" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportPlaceReach" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportAgencyReach" SET "activityCount" = 1`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportAgencyYearReach" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportPlaceYearReach" SET "activityCount" = 3`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportTreeCategoryRollup" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportLevelCategoryRollup" SET "valueVnd" = 1`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportKindRollup" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportProvinceKindRollup" SET "activityCount" = 4`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportTreeKindRollup" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportProvinceMonthRollup" WHERE random() < 0.5`);
    await database.prisma.$executeRawUnsafe(`UPDATE "SupportTreeMonthRollup" SET "activityCount" = 2`);
    await database.prisma.$executeRawUnsafe(`DELETE FROM "SupportLevelMonthRollup" WHERE random() < 0.5`);
    await rebuildRollups(database.prisma);
    expect(await fingerprint()).toEqual(before);
  });
});

describe('supportSummary through GraphQL computes the distinct counts only when they are selected', () => {
  let app: App;
  beforeAll(() => {
    app = createApp({ database });
  });

  interface ProvinceGroups {
    supportSummary: {
      nodes: Array<{ province: { id: string } | null; valueVnd: string; places?: number; agencyCount?: number }>;
    };
  }
  const distinctCountsSent = () => statements.some((sql) => /count\(DISTINCT/i.test(sql));

  async function provinces(selection: string, fragments = ''): Promise<{ groups: ProvinceGroups; counted: boolean }> {
    statements.length = 0;
    const groups = await query<ProvinceGroups>(
      app,
      `{ supportSummary(groupBy: [PROVINCE], orderBy: KEY_ASC, first: 100) { nodes { province { id } valueVnd ${selection} } } } ${fragments}`,
    );
    return { groups, counted: distinctCountsSent() };
  }

  it('leaves them out when neither is asked for, and the totals stay the same', async () => {
    const without = await provinces('');
    expect(without.counted).toBe(false);
    const withCounts = await provinces('places: placeCount agencyCount');
    expect(withCounts.counted).toBe(true);
    expect(without.groups.supportSummary.nodes.map(({ province, valueVnd }) => [province?.id, valueVnd])).toEqual(
      withCounts.groups.supportSummary.nodes.map(({ province, valueVnd }) => [province?.id, valueVnd]),
    );
  });

  it('computes them when asked through an alias, a named fragment or an inline fragment, matching a naive count', async () => {
    const expected = await naive({}, ['PROVINCE']);
    const asked = [
      await provinces('places: placeCount agencyCount'),
      await provinces('...Counts', 'fragment Counts on SupportGroup { places: placeCount agencyCount }'),
      await provinces('... on SupportGroup { places: placeCount agencyCount }'),
    ];
    for (const { groups, counted } of asked) {
      expect(counted).toBe(true);
      expect(groups.supportSummary.nodes.length).toBe(expected.size);
      for (const node of groups.supportSummary.nodes) {
        // A global ID is base64 of "Province:<uuid>"; the naive keys are the UUIDs.
        const uuid = node.province ? Buffer.from(node.province.id, 'base64').toString('utf8').split(':')[1] : 'null';
        const totals = expected.get(uuid ?? 'null');
        expect({ places: node.places, agencyCount: node.agencyCount }).toEqual({
          places: totals?.placeCount,
          agencyCount: totals?.agencyCount,
        });
      }
    }
  });
});
