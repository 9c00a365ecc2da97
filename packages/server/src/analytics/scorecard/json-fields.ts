import { decodeGlobalID } from '@pothos/plugin-relay';
import { FIRST_YEAR, LAST_YEAR } from '../../dates.ts';
import { column, embedded, type JsonField, type JsonSource, partOrder, partsJoined } from '../../sql/json-select.ts';
import { seriesOf } from '../indicator-series/json-fields.ts';
import { supportTotalOf } from '../support-total/json-fields.ts';
import { communeScorecardRow } from './sql.ts';

// Stand-ins for the request's commune and year while the statement is built once: each becomes the
// placeholder of its argument (a year no request can ask for).
const COMMUNE = '00000000-0000-0000-0000-00000000c0de';
const YEAR = -1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function communeIdOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const { typename, id } = decodeGlobalID(value);
    return typename === 'Commune' && UUID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

const yearOf = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR
    ? String(value)
    : undefined;

/**
 * Query.communeScorecard (scorecard/queries.ts): `communeScorecardRow`'s statement, whose row the
 * fields below read as `communeScorecard` reads it; null when the place is not a commune.
 */
export const communeScorecardJson: JsonField = {
  kind: 'object',
  source: 'CommuneScorecard',
  arguments: ['placeId', 'year', 'includeHistory'],
  from: (_row, target, args) => {
    const includeHistory = args.literal('includeHistory') === true;
    const commune = args.parameter('placeId', 'text', communeIdOf);
    const year = args.parameter('year', 'int', yearOf);
    const statement = embedded(
      communeScorecardRow.sql({ communeId: COMMUNE, year: YEAR, includeHistory }),
      args,
      (value) => (value === COMMUNE ? commune : value === YEAR ? year : undefined),
    );
    return `(SELECT card.*, card.rows::json AS parts, ${commune}::uuid AS "communeId", ${year} AS year,
        ${includeHistory} AS "includesHistory" FROM (${statement}) card) ${target}`;
  },
  where: (_row, target) => `${target}."isCommune"`,
};

/**
 * The records of one table the scorecard's row carries (`parts`, as the statement ordered them), as
 * rows of that table; `where` narrows them.
 */
function partsList(source: string, where?: (row: string, target: string) => string): JsonField {
  return {
    kind: 'list',
    source,
    from: (row, target) => partsJoined(`${row}.parts->'${source}'`, `"${source}"`, target),
    ...(where ? { where } : {}),
    orderBy: partOrder,
  };
}

export const communeScorecardJsonSource: JsonSource = {
  variants: { CommuneScorecard: () => 'true' },
  fields: {
    commune: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."communeId"` },
    year: column('year'),
    includesHistory: column('includesHistory'),
    // The commune first, then the communes it replaced, by name.
    predecessors: partsList('Place', (row, target) => `${target}.id <> ${row}."communeId"`),
    recognisedLevel: column('recognisedLevel'),
    levels: {
      kind: 'list',
      source: 'CriteriaLevelScore',
      from: (row, target) =>
        `(SELECT level.value, level.position, ${row}.parts FROM json_array_elements(coalesce(${row}.levels, '[]'::json)) WITH ORDINALITY level(value, position)) ${target}`,
      orderBy: (target) => `${target}.position`,
    },
    assignedTwinnings: partsList('Twinning'),
    openNeeds: partsList('Need'),
    supportInYear: supportTotalOf('yearValueVnd', 'yearActivityCount'),
    supportAllTime: supportTotalOf('allTimeValueVnd', 'allTimeActivityCount'),
    povertyTrend: seriesOf('povertySeries', 'communeId'),
  },
};

const scoreValue = (key: string): JsonField => ({ kind: 'value', sql: (row) => `${row}.value->'${key}'` });

export const criteriaLevelScoreJson: JsonSource = {
  variants: { CriteriaLevelScore: () => 'true' },
  fields: {
    level: scoreValue('level'),
    met: scoreValue('met'),
    basicallyMet: scoreValue('basicallyMet'),
    notMet: scoreValue('notMet'),
    notAssessed: scoreValue('notAssessed'),
    total: scoreValue('total'),
    unmetCriteria: {
      kind: 'list',
      source: 'UnmetCriterion',
      from: (row, target) =>
        `(SELECT unmet.value, unmet.position, ${row}.value->'level' AS level, ${row}.parts FROM json_array_elements(${row}.value->'unmetCriteria') WITH ORDINALITY unmet(value, position)) ${target}`,
      orderBy: (target) => `${target}.position`,
    },
  },
};

export const unmetCriterionJson: JsonSource = {
  variants: { UnmetCriterion: () => 'true' },
  fields: {
    criterion: {
      kind: 'object',
      source: 'Criterion',
      where: (row, target) => `${target}.id = (${row}.value->>'criterionId')::uuid`,
    },
    level: column('level'),
    status: scoreValue('status'),
    // Every agency assigned to the commune, for each criterion it has not met.
    assignedAgencies: partsList('Agency'),
    openNeeds: partsList(
      'Need',
      (row, target) => `${target}_part.value->>'criterionId' = ${row}.value->>'criterionId'`,
    ),
  },
};
