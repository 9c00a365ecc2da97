import { column, globalId, type JsonSource } from '../../sql/json-select.ts';

/** The Twinning fields (domain/twinning/type.ts) that read as SQL, for reads answered by one statement. */
export const twinningJson: JsonSource = {
  table: '"Twinning"',
  variants: { Twinning: () => 'true' },
  fields: {
    id: globalId,
    relation: column('relation'),
    status: column('status'),
    startsOn: column('startsOn'),
    startPrecision: column('startPrecision'),
    endsOn: column('endsOn'),
    endedReason: column('endedReason'),
    agency: { kind: 'object', source: 'Agency', where: (row, target) => `${target}.id = ${row}."agencyId"` },
    place: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."placeId"` },
  },
};
