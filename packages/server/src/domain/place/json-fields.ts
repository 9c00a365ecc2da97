import { placeSupportTotalJson } from '../../analytics/support-total/json-fields.ts';
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
    supportTotal: placeSupportTotalJson,
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

const placeOrders: Record<string, (target: string) => string> = {
  NAME: (target) => `${target}.name, ${target}.id`,
  CODE: (target) => `${target}.code, ${target}.id`,
};

/**
 * Query.places (domain/place/queries.ts) filtered by level and code, on a day (today by default) or
 * across history, in either order. A search, kinds, a parent, or a level or code from a variable are
 * left to the resolvers.
 */
export const allPlacesJson: JsonField = {
  kind: 'connection',
  source: 'Place',
  arguments: ['level', 'code', 'asOf', 'includeHistory', 'includeArchived', 'orderBy'],
  where: (_row, target, args) => {
    const conditions: string[] = [];
    const level = args.literal('level');
    if (level !== undefined && level !== null) conditions.push(`${target}.level = ${args.constant(String(level))}`);
    const code = args.literal('code');
    if (code !== undefined && code !== null) conditions.push(`${target}.code = ${args.constant(String(code))}`);
    if (args.literal('includeArchived') !== true) conditions.push(`${target}."archivedAt" IS NULL`);
    // Every version of every unit, unless a day is asked; without history, the units of the day or of today.
    let day: string | undefined;
    if (args.literal('includeHistory') === true) {
      const asOf = args.literal('asOf');
      if (asOf !== undefined && asOf !== null) {
        const asOfDay = dayText(asOf);
        if (!asOfDay) throw new Error(`asOf ${String(asOf)} is not a day`);
        day = `${args.constant(asOfDay)}::date`;
      }
    } else {
      day = args.parameter('asOf', 'date', (value) => dayText(value ?? todayInVietnam()));
    }
    if (day) {
      conditions.push(
        `(${target}."validFrom" IS NULL OR ${target}."validFrom" <= ${day}) AND (${target}."validTo" IS NULL OR ${target}."validTo" >= ${day})`,
      );
    }
    return conditions.join(' AND ') || 'true';
  },
  orderBy: (target, args) => {
    const order = placeOrders[String(args.literal('orderBy'))];
    if (!order) throw new Error(`Unknown place order ${String(args.literal('orderBy'))}`);
    return order(target);
  },
};
