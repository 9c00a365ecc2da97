import { column, globalId, type JsonSource } from '../../sql/json-select.ts';

/** The Criterion fields (domain/criteria/type.ts) that read as SQL, for reads answered by one statement. */
export const criterionJson: JsonSource = {
  table: '"Criterion"',
  variants: { Criterion: () => 'true' },
  fields: {
    id: globalId,
    number: column('number'),
    name: column('name'),
    nameVi: column('nameVi'),
    groupNumber: column('groupNumber'),
    groupName: column('groupName'),
    groupNameVi: column('groupNameVi'),
  },
};
