import { todayInVietnam } from '../../dates.ts';
import { column, dayText, globalId, type JsonField, type JsonSource } from '../../sql/json-select.ts';

const children = (level: string): JsonField => ({
  kind: 'connection',
  source: 'Place',
  where: (row, target) => `${target}."parentId" = ${row}.id AND ${target}.level = '${level}'`,
  orderBy: (target) => `${target}.name, ${target}.id`,
});

const parent: JsonField = {
  kind: 'object',
  source: 'Place',
  where: (row, target) => `${target}.id = ${row}."parentId"`,
};

/** The Place fields (domain/place/type.ts) that read as SQL, for reads answered by one statement. */
export const placeJson: JsonSource = {
  table: '"Place"',
  variants: {
    Province: (row) => `${row}.level = 'PROVINCE'`,
    District: (row) => `${row}.level = 'DISTRICT'`,
    Commune: (row) => `${row}.level = 'COMMUNE'`,
    Village: (row) => `${row}.level = 'VILLAGE'`,
  },
  fields: {
    id: globalId,
    code: column('code'),
    name: column('name'),
    fullName: column('fullName'),
    level: column('level'),
    kind: column('kind'),
    localKind: column('localKind'),
    validFrom: column('validFrom'),
    validTo: column('validTo'),
    region: column('region'),
    extremelyDisadvantaged: column('extremelyDisadvantaged'),
    ethnicMinorityArea: column('ethnicMinorityArea'),
    ethnicGroups: column('ethnicGroups'),
    note: column('note'),
    parent,
    'Province.districts': children('DISTRICT'),
    'Province.communes': children('COMMUNE'),
    'District.province': parent,
    'District.communes': children('COMMUNE'),
    'Commune.district': {
      kind: 'object',
      source: 'Place',
      where: (row, target) => `${target}.id = ${row}."parentId" AND ${target}.level = 'DISTRICT'`,
    },
    // A commune's province is its parent since 2025, its grandparent before.
    'Commune.province': {
      kind: 'object',
      source: 'Place',
      where: (row, target) =>
        `${target}.id = (SELECT CASE WHEN up.level = 'PROVINCE' THEN up.id ELSE up."parentId" END FROM "Place" up WHERE up.id = ${row}."parentId")`,
    },
    'Commune.villages': children('VILLAGE'),
    'Village.commune': parent,
    children: {
      kind: 'connection',
      source: 'Place',
      where: (row, target) => `${target}."parentId" = ${row}.id`,
      orderBy: (target) => `${target}.name, ${target}.id`,
    },
  },
};

/** Query.place(code, asOf): the unit that carried the code on the day (domain/place/queries.ts). */
export const placeByCodeJson: JsonField = {
  kind: 'object',
  source: 'Place',
  arguments: ['code', 'asOf'],
  where: (_row, target, args) => {
    const code = args.parameter('code', 'text', (value) => (typeof value === 'string' ? value.trim() : undefined));
    const day = args.parameter('asOf', 'date', (value) => dayText(value ?? todayInVietnam()));
    return `${target}.code = ${code} AND ${target}."archivedAt" IS NULL AND (${target}."validFrom" IS NULL OR ${target}."validFrom" <= ${day}) AND (${target}."validTo" IS NULL OR ${target}."validTo" >= ${day})`;
  },
  orderBy: (target) => `${target}.level`,
};
