import { column, globalId, type JsonSource, moneyColumn } from '../../sql/json-select.ts';

/** The Need fields (domain/need/type.ts) that read as SQL, for reads answered by one statement. */
export const needJson: JsonSource = {
  table: '"Need"',
  variants: { Need: () => 'true' },
  fields: {
    id: globalId,
    category: column('category'),
    title: column('title'),
    description: column('description'),
    status: column('status'),
    requestedOn: column('requestedOn'),
    datePrecision: column('datePrecision'),
    estimatedValueVnd: moneyColumn('estimatedValueVnd'),
    closedOn: column('closedOn'),
    place: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."placeId"` },
    criterion: { kind: 'object', source: 'Criterion', where: (row, target) => `${target}.id = ${row}."criterionId"` },
    requestedOf: {
      kind: 'object',
      source: 'Agency',
      where: (row, target) => `${target}.id = ${row}."requestedOfId"`,
    },
  },
};
