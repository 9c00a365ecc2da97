import type { RawRead } from './sql.ts';

/** What each server is asked, and how its answer is reduced to rows that can be compared. */
export interface ReadDefinition {
  key: string;
  title: string;
  /** Reads whose rows must be the same on every server before timing (a, b, c): the run fails otherwise. */
  mustMatch: boolean;
  ours: GraphQLRequest;
  postgraphile?: GraphQLRequest;
  raw: { read: RawRead; parameters: unknown[] };
  /** The comparable rows of a response body's `data`, by server. */
  rows: (server: ServerKind, data: unknown) => unknown;
}

export type ServerKind = 'ours' | 'postgraphile' | 'raw';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** Facts about the bench database the reads are parameterised with, found before the run. */
export interface ReadParameters {
  /** The scorecard commune: the Đắk Lắk commune with the most activities. */
  scorecardCommune: { id: string; globalId: string; code: string };
}

const PROVINCE_TREE = '40'; // Nghệ An before 2025: 20 districts, 412 communes
const PLACE_CODE = '23074'; // Đông Giang commune (Bình Thuận before 2025)
const LEGACY_DAY = '2024-01-01';
const PROVINCE_2025 = '66'; // Đắk Lắk after 1 Jul 2025 (Đắk Lắk and Phú Yên)
const DAY_2025 = '2025-08-01';
const SCORECARD_YEAR = 2024;
const SUMMARY_GROUPS = 100;

type Json = Record<string, unknown>;
const byCode = (a: Json, b: Json) => String(a.code).localeCompare(String(b.code));
const pick = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((current, key) => (current as Json | null | undefined)?.[key], value);

export function readDefinitions(parameters: ReadParameters): ReadDefinition[] {
  const commune = parameters.scorecardCommune;
  return [
    {
      key: 'a',
      title: 'a. a province → 20 districts → 412 communes (names, codes)',
      mustMatch: true,
      ours: {
        query: `{ place(code: "${PROVINCE_TREE}", asOf: "${LEGACY_DAY}") { name code ... on Province {
          districts(first: 100) { nodes { name code communes(first: 100) { nodes { name code } } } } } } }`,
      },
      postgraphile: {
        query: `{ allPlaces(condition: { code: "${PROVINCE_TREE}", level: PROVINCE, validTo: "2025-06-30" }) { nodes { name code
          placesByParentId(condition: { level: DISTRICT }) { nodes { name code placesByParentId { nodes { name code } } } } } } }`,
      },
      raw: { read: 'provinceTree', parameters: [PROVINCE_TREE, LEGACY_DAY] },
      rows: (server, data) => {
        const province = (
          server === 'ours'
            ? pick(data, 'place')
            : server === 'postgraphile'
              ? (pick(data, 'allPlaces', 'nodes') as Json[])[0]
              : data
        ) as Json;
        const districts = (
          server === 'ours'
            ? pick(province, 'districts', 'nodes')
            : server === 'postgraphile'
              ? pick(province, 'placesByParentId', 'nodes')
              : province.districts
        ) as Json[];
        return {
          name: province.name,
          code: province.code,
          districts: districts
            .map((district) => {
              const communes = (
                server === 'ours'
                  ? pick(district, 'communes', 'nodes')
                  : server === 'postgraphile'
                    ? pick(district, 'placesByParentId', 'nodes')
                    : district.communes
              ) as Json[];
              return {
                name: district.name,
                code: district.code,
                communes: communes.map((c) => ({ name: c.name, code: c.code })).sort(byCode),
              };
            })
            .sort(byCode),
        };
      },
    },
    {
      key: 'b',
      title: 'b. one place by code with its parent chain',
      mustMatch: true,
      ours: {
        query: `{ place(code: "${PLACE_CODE}", asOf: "${LEGACY_DAY}") { name code parent { name code parent { name code } } } }`,
      },
      postgraphile: {
        query: `{ allPlaces(condition: { code: "${PLACE_CODE}", level: COMMUNE, validTo: "2025-06-30" }) { nodes { name code
          placeByParentId { name code placeByParentId { name code } } } } }`,
      },
      raw: { read: 'placeWithParents', parameters: [PLACE_CODE, LEGACY_DAY] },
      rows: (server, data) => {
        const place = (
          server === 'ours'
            ? pick(data, 'place')
            : server === 'postgraphile'
              ? (pick(data, 'allPlaces', 'nodes') as Json[])[0]
              : data
        ) as Json;
        const parentKey = server === 'postgraphile' ? 'placeByParentId' : 'parent';
        const chain = (unit: Json | null | undefined): unknown =>
          unit ? { name: unit.name, code: unit.code, parent: chain(unit[parentKey] as Json | null) } : null;
        return chain(place);
      },
    },
    {
      key: 'c',
      title: 'c. 50 activities with agency and place names',
      mustMatch: true,
      ours: {
        query: '{ activities(first: 50) { nodes { title occurredOn valueVnd agency { name } place { name } } } }',
      },
      postgraphile: {
        query: `{ allActivities(first: 50, orderBy: [OCCURRED_ON_DESC, ROW_ID_ASC]) { nodes { title occurredOn valueVnd
          agencyByAgencyId { name } placeByPlaceId { name } } } }`,
      },
      raw: { read: 'latestActivities', parameters: [50] },
      rows: (server, data) => {
        const nodes = (
          server === 'ours'
            ? pick(data, 'activities', 'nodes')
            : server === 'postgraphile'
              ? pick(data, 'allActivities', 'nodes')
              : data
        ) as Json[];
        return nodes.map((node) => ({
          title: node.title,
          occurredOn: node.occurredOn,
          valueVnd: node.valueVnd ?? null,
          agency: pick(node, server === 'postgraphile' ? 'agencyByAgencyId' : 'agency', 'name'),
          place: pick(node, server === 'postgraphile' ? 'placeByPlaceId' : 'place', 'name'),
        }));
      },
    },
    {
      key: 'scorecard',
      title: `commune scorecard (${SCORECARD_YEAR})`,
      mustMatch: false,
      ours: {
        query: `query Scorecard($placeId: ID!) { communeScorecard(placeId: $placeId, year: ${SCORECARD_YEAR}) {
          commune { name code } recognisedLevel
          levels { level met basicallyMet notMet notAssessed unmetCriteria { criterion { number name } status assignedAgencies { name } } }
          openNeeds { title status }
          assignedTwinnings { agency { name } startsOn endsOn }
          povertyTrend { averageYearlyChange observations { year value } }
          supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount } } }`,
        variables: { placeId: commune.globalId },
      },
      // PostGraphile has no aggregates without a plugin: its scorecard is the relational part only
      // (assessments of the year with their criteria, needs, twinnings with agencies, poverty series).
      postgraphile: {
        query: `{ placeByRowId(rowId: "${commune.id}") { name code
          criterionAssessmentsByPlaceId(condition: { year: ${SCORECARD_YEAR} }) { nodes { level status criterionByCriterionId { number name } } }
          open: needsByPlaceId(condition: { status: OPEN }) { nodes { title status } }
          pledged: needsByPlaceId(condition: { status: PLEDGED }) { nodes { title status } }
          twinningsByPlaceId { nodes { startsOn endsOn agencyByAgencyId { name } } }
          placeByParentId { twinningsByPlaceId { nodes { startsOn endsOn agencyByAgencyId { name } } } }
          indicatorObservationsByPlaceId(orderBy: YEAR_ASC) { nodes { year value indicatorByIndicatorId { code } } }
          recognitionsByPlaceId { nodes { level status year } } } }`,
      },
      raw: { read: 'scorecard', parameters: [commune.id, SCORECARD_YEAR] },
      rows: (server, data) => {
        if (server === 'postgraphile') return null;
        const card = (server === 'ours' ? pick(data, 'communeScorecard') : data) as Json;
        const standard = (card.levels as Json[]).find((level) => level.level === 'STANDARD');
        return {
          commune: card.commune,
          standardMet: standard?.met ?? null,
          openNeeds: (card.openNeeds as Json[]).length,
          assignedTwinnings: (card.assignedTwinnings as Json[]).length,
          supportInYear: card.supportInYear,
          supportAllTime: card.supportAllTime,
        };
      },
    },
    ...(
      [
        ['PROVINCE', 'summaryByProvince', 'province { code name }'],
        ['YEAR', 'summaryByYear', 'year'],
        ['AGENCY', 'summaryByAgency', 'agency { name }'],
        ['COMMUNE', 'summaryByCommune', 'commune { code name }'],
        ['CATEGORY', 'summaryByCategory', 'category'],
        ['FUNDING_SOURCE', 'summaryByFundingSource', 'fundingSource'],
      ] as const
    ).map(
      ([dimension, read, selection]): ReadDefinition => ({
        key: `summary-${dimension.toLowerCase().replace('_', '-')}`,
        title: `supportSummary by ${dimension}, top ${SUMMARY_GROUPS} groups by value`,
        mustMatch: false,
        ours: {
          query: `{ supportSummary(groupBy: [${dimension}], first: ${SUMMARY_GROUPS}) { totalCount nodes { ${selection} valueVnd activityCount } } }`,
        },
        raw: { read, parameters: [SUMMARY_GROUPS] },
        rows: (server, data) => {
          const summary = (server === 'ours' ? pick(data, 'supportSummary') : data) as Json;
          return { totalCount: summary.totalCount, nodes: summary.nodes };
        },
      }),
    ),
    {
      key: 'total-history',
      title: 'supportTotal(includeHistory) of a 2025 province (Đắk Lắk)',
      mustMatch: false,
      ours: {
        query: `{ place(code: "${PROVINCE_2025}", asOf: "${DAY_2025}") { supportTotal(includeHistory: true) { valueVnd activityCount } } }`,
      },
      raw: { read: 'provinceTotalWithHistory', parameters: [PROVINCE_2025, DAY_2025] },
      rows: (server, data) => (server === 'ours' ? pick(data, 'place', 'supportTotal') : data),
    },
    {
      key: 'province-totals',
      title: 'places(level: PROVINCE) { supportTotal }: 63 provinces',
      mustMatch: false,
      ours: {
        query: `{ places(level: PROVINCE, asOf: "${LEGACY_DAY}", orderBy: CODE, first: 100) { nodes { code supportTotal { valueVnd activityCount } } } }`,
      },
      raw: { read: 'provinceTotals', parameters: [LEGACY_DAY] },
      rows: (server, data) => (server === 'ours' ? pick(data, 'places', 'nodes') : data),
    },
  ];
}

/** The SQL that picks the scorecard commune; the global ID is then asked of our server. */
export const scorecardCommuneSql = `
  SELECT c.id::text, c.code FROM "Place" c
  JOIN "Place" d ON d.id = c."parentId" JOIN "Place" p ON p.id = d."parentId"
  WHERE p.code = '66' AND p."validTo" = '2025-06-30' AND c.level = 'COMMUNE'
  ORDER BY (SELECT count(*) FROM "Activity" a WHERE a."placeId" = c.id) DESC, c.code
  LIMIT 1`;

export const scorecardGlobalIdQuery = (code: string) => `{ place(code: "${code}", asOf: "${LEGACY_DAY}") { id } }`;
