import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/builder.ts';
import { embedded, type JsonField, type JsonSource } from '../../sql/json-select.ts';
import {
  type SupportDimension,
  type SupportFilter,
  type SupportFilterArgument,
  supportDimensions,
  supportFilterOf,
  supportOrders,
  supportSummaryPage,
} from './sql.ts';

/**
 * `supportSummary` (support-summary/queries.ts) as one statement, for the questions whose arguments
 * are written in the document: its first page of groups and their number, built by the same SQL
 * the resolver runs. The distinct counts, a place or agency filter (whose global IDs and place
 * scope the resolver works out), cursors and an empty `groupBy` are left to the resolver.
 */
export const supportSummaryJson: JsonField = {
  kind: 'object',
  source: 'SupportSummaryConnection',
  arguments: ['filter', 'groupBy', 'orderBy', 'first'],
  from: (_row, target, args) => {
    const dimensions = dimensionsOf(args.literal('groupBy'));
    const order = args.literal('orderBy') ?? 'VALUE_DESC';
    if (!isOneOf(supportOrders, order)) throw new Error(`Unknown order ${String(order)}`);
    const first = args.literal('first') ?? DEFAULT_PAGE_SIZE;
    if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
      throw new Error('A page size the connection refuses');
    const page = supportSummaryPage.sql({
      filter: filterOf(args.literal('filter')),
      dimensions,
      distinctCounts: { places: false, agencies: false },
      order,
      limit: first,
      offset: 0,
    });
    // json_agg reads the page's rows in the order the page sorted them.
    return `(SELECT coalesce(json_agg(page), '[]'::json) AS groups, coalesce(max(page."totalGroups"), 0) AS "totalCount"
      FROM (${embedded(page, args, () => undefined)}) page) ${target}`;
  },
};

function dimensionsOf(value: unknown): SupportDimension[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error('No groups to compile');
  const dimensions = [...new Set<unknown>(value)];
  if (!dimensions.every((dimension) => isOneOf(supportDimensions, dimension))) throw new Error('Unknown dimension');
  return dimensions;
}

function isOneOf<Value extends string>(values: readonly Value[], value: unknown): value is Value {
  return values.some((known) => known === value);
}

function filterOf(value: unknown): SupportFilter {
  const filter = (value ?? {}) as SupportFilterArgument & { placeId?: unknown; agencyId?: unknown };
  if (filter.placeId != null || filter.agencyId != null) throw new Error('A place or agency filter');
  return supportFilterOf(filter);
}

/** A key of a group, the JSON object of one page row (`json`, from json_array_elements). */
const groupKey = (key: string): JsonField => ({ kind: 'value', sql: (row) => `${row}.json -> '${key}'` });
/** The place or agency whose ID a key of a group holds. */
const groupRow = (source: 'Place' | 'Agency', key: string): JsonField => ({
  kind: 'object',
  source,
  where: (row, target) => `${target}.id = (${row}.json ->> '${key}')::uuid`,
});

export const supportSummaryConnectionJson: JsonSource = {
  variants: { SupportSummaryConnection: () => 'true' },
  fields: {
    totalCount: { kind: 'value', sql: (row) => `${row}."totalCount"` },
    nodes: {
      kind: 'list',
      source: 'SupportGroup',
      from: (row, target) => `json_array_elements(${row}.groups) WITH ORDINALITY ${target}(json, position)`,
      orderBy: (target) => `${target}.position`,
    },
  },
};

/** SupportGroup (support-summary/type.ts) from one group of the page, as JSON. */
export const supportGroupJson: JsonSource = {
  variants: { SupportGroup: () => 'true' },
  fields: {
    agency: groupRow('Agency', 'agencyId'),
    agencyKind: groupKey('agencyKind'),
    province: groupRow('Place', 'provinceId'),
    district: groupRow('Place', 'districtId'),
    commune: groupRow('Place', 'communeId'),
    year: groupKey('year'),
    category: groupKey('category'),
    fundingSource: groupKey('fundingSource'),
    valueVnd: groupKey('valueVnd'),
    activityCount: groupKey('activityCount'),
    beneficiaryCount: groupKey('beneficiaryCount'),
  },
};
