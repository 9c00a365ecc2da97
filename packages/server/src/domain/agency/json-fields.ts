import { column, globalId, type JsonSource } from '../../sql/json-select.ts';

/** The Agency fields (domain/agency/type.ts) that read as SQL, for reads answered by one statement. */
export const agencyJson: JsonSource = {
  table: '"Agency"',
  variants: { Agency: () => 'true' },
  fields: {
    id: globalId,
    kind: column('kind'),
    name: column('name'),
    nameEn: column('nameEn'),
    abbreviation: column('abbreviation'),
    validFrom: column('validFrom'),
    validTo: column('validTo'),
    note: column('note'),
    parent: { kind: 'object', source: 'Agency', where: (row, target) => `${target}.id = ${row}."parentId"` },
    homeProvince: {
      kind: 'object',
      source: 'Place',
      where: (row, target) => `${target}.id = ${row}."homeProvinceId"`,
    },
  },
};
