import { column, type JsonField, type JsonSource } from '../../sql/json-select.ts';

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
