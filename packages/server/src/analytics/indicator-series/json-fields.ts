import { column, floatOf, type JsonField, type JsonSource, partOrder, partsJoined } from '../../sql/json-select.ts';

/** IndicatorSeries (indicator-series/type.ts) from the derived row `seriesOf` makes. */
export const indicatorSeriesJson: JsonSource = {
  variants: { IndicatorSeries: () => 'true' },
  fields: {
    firstYear: column('firstYear'),
    lastYear: column('lastYear'),
    change: floatOf((row) => `${row}.change`),
    averageYearlyChange: floatOf((row) => `${row}."averageYearlyChange"`),
    observations: {
      kind: 'list',
      source: 'IndicatorObservation',
      from: (row, target) => partsJoined(`${row}.observations`, '"IndicatorObservation"', target),
      orderBy: partOrder,
    },
    place: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."placeId"` },
  },
};

/**
 * The series of a row holding `indicatorSeriesSql`'s result as JSON text (`seriesColumn`) and its
 * place's ID (`placeColumn`); null when the place or the indicator does not exist, as
 * `seriesFromRow` answers.
 */
export function seriesOf(seriesColumn: string, placeColumn: string): JsonField {
  return {
    kind: 'object',
    source: 'IndicatorSeries',
    from: (row, target) => `(SELECT ${row}."${placeColumn}" AS "placeId",
        (series->>'firstYear')::int AS "firstYear", (series->>'lastYear')::int AS "lastYear",
        series->>'change' AS change, series->>'averageYearlyChange' AS "averageYearlyChange",
        (series->>'observations')::json->'IndicatorObservation' AS observations
      FROM (SELECT ${row}."${seriesColumn}"::json AS series) parsed
      WHERE (series->>'placeFound')::boolean AND series->>'indicatorId' IS NOT NULL) ${target}`,
  };
}
