import { column, floatOf, globalId, type JsonSource } from '../../sql/json-select.ts';

/** The IndicatorObservation fields (domain/indicator/type.ts) that read as SQL, for reads answered by one statement. */
export const indicatorObservationJson: JsonSource = {
  table: '"IndicatorObservation"',
  variants: { IndicatorObservation: () => 'true' },
  fields: {
    id: globalId,
    year: column('year'),
    value: floatOf((row) => `${row}.value`),
    qualifier: column('qualifier'),
    source: column('source'),
    place: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."placeId"` },
  },
};
