import { Prisma } from '../../generated/prisma/client.ts';
import {
  arrayOrder,
  column,
  embedded,
  floatOf,
  type JsonField,
  type JsonSource,
  rowsUnnested,
} from '../../sql/json-select.ts';
import { indicatorSeriesSql } from './sql.ts';

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
      // The series' own rows, as it read them.
      from: (row, target) => rowsUnnested(`${row}."observationRows"`, target),
      orderBy: arrayOrder,
    },
    place: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."placeId"` },
  },
};

/**
 * The series of an indicator for a place of the row, and the units it replaced, up to a year of the
 * row (each an SQL expression on the row): `indicatorSeriesSql` embedded; null when the place or the
 * indicator does not exist, as `seriesFromRow` answers.
 */
export function seriesOf(series: {
  placeId: (row: string) => string;
  placeIds: (row: string) => string;
  indicatorCode: string;
  toYear: (row: string) => string;
}): JsonField {
  return {
    kind: 'object',
    source: 'IndicatorSeries',
    from: (row, target, args) => {
      const statement = embedded(
        indicatorSeriesSql({
          placeId: Prisma.raw(series.placeId(row)),
          placeIds: Prisma.raw(series.placeIds(row)),
          indicatorCode: series.indicatorCode,
          toYear: Prisma.raw(series.toYear(row)),
        }),
        args,
        () => undefined,
      );
      return `(SELECT ${series.placeId(row)} AS "placeId", found."firstYear", found."lastYear", found.change,
          found."averageYearlyChange", found."observationRows"
        FROM (${statement}) found WHERE found."placeFound" AND found."indicatorId" IS NOT NULL) ${target}`;
    },
  };
}
