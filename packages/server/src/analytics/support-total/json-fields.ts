import { column, embedded, type JsonField, type JsonSource } from '../../sql/json-select.ts';
import { placeSubtreeTotalRows } from './sql.ts';

/** SupportTotal (support-total/type.ts) from a derived row of "valueVnd" (text) and "activityCount" (int). */
export const supportTotalJson: JsonSource = {
  variants: { SupportTotal: () => 'true' },
  fields: { valueVnd: column('valueVnd'), activityCount: column('activityCount') },
};

/** A support total from two columns of the row that holds it: the value as text, the count. */
export function supportTotalOf(valueColumn: string, countColumn: string): JsonField {
  return {
    kind: 'object',
    source: 'SupportTotal',
    from: (row, target) =>
      `(SELECT ${row}."${valueColumn}"::text AS "valueVnd", ${row}."${countColumn}"::int AS "activityCount") ${target}`,
  };
}

// Stands for the place whose total is read while the statement is built once; becomes its ID.
const PLACE = '00000000-0000-0000-0000-0000000051de';

/**
 * Place.supportTotal (domain/place/type.ts) over the place and the units below it, in all years:
 * what `placeSubtreeTotalRows` reads for the place, so a list of places sums its totals in the same
 * statement; zero when nothing was delivered. Another question (without the units below, or over
 * dates) is left to the resolvers.
 */
export const placeSupportTotalJson: JsonField = {
  kind: 'object',
  source: 'SupportTotal',
  arguments: ['includeDescendants', 'includeHistory'],
  from: (row, target, args) => {
    if (args.literal('includeDescendants') === false) throw new Error('Only totals with the units below compile');
    const includeHistory = args.literal('includeHistory') === true;
    const totals = includeHistory
      ? embedded(placeSubtreeTotalRows.sql({ placeIds: [PLACE], includeHistory, period: {} }), args, (value) =>
          Array.isArray(value) && value[0] === PLACE ? `ARRAY[${row}.id]` : undefined,
        )
      : // Without history the place is its own and only subtree.
        `SELECT sum(r."valueVnd")::text AS "valueVnd", sum(r."activityCount") AS "activityCount" FROM "SupportTreeRollup" r WHERE r."placeId" = ${row}.id`;
    return `(SELECT coalesce(total."valueVnd", '0') AS "valueVnd", coalesce(total."activityCount", 0)::int AS "activityCount"
      FROM (SELECT) one LEFT JOIN (${totals}) total ON true) ${target}`;
  },
};
