import { decodeGlobalID } from '@pothos/plugin-relay';
import { FIRST_YEAR, LAST_YEAR } from '../../dates.ts';
import { arrayOrder, column, embedded, type JsonField, type JsonSource, rowsUnnested } from '../../sql/json-select.ts';
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
    return `(SELECT card.*, ${commune}::uuid AS "communeId", ${year} AS year, ${includeHistory} AS "includesHistory"
      FROM (${statement}) card) ${target}`;
  },
  where: (_row, target) => `${target}."isCommune"`,
};

/**
 * The rows of one table the scorecard shows, from the array of them in the scorecard's row
 * (`rowsColumn`, of the table's row type, in the order shown); `where` narrows them.
 */
function shownList(source: string, rowsColumn: string, where?: (row: string, target: string) => string): JsonField {
  return {
    kind: 'list',
    source,
    from: (row, target) => rowsUnnested(`${row}."${rowsColumn}"`, target),
    ...(where ? { where } : {}),
    orderBy: arrayOrder,
  };
}

export const communeScorecardJsonSource: JsonSource = {
  variants: { CommuneScorecard: () => 'true' },
  fields: {
    commune: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."communeId"` },
    year: column('year'),
    includesHistory: column('includesHistory'),
    // The commune first, then the communes it replaced, by name.
    predecessors: shownList('Place', 'placeRows', (row, target) => `${target}.id <> ${row}."communeId"`),
    recognisedLevel: column('recognisedLevel'),
    levels: {
      kind: 'list',
      source: 'CriteriaLevelScore',
      from: (row, target) =>
        // jsonb: the level's fields are read one by one, and json would be parsed again for each.
        `(SELECT level.value, level.position, ${row}."agencyRows", ${row}."needRows" FROM jsonb_array_elements(coalesce(${row}.levels::jsonb, '[]')) WITH ORDINALITY level(value, position)) ${target}`,
      orderBy: (target) => `${target}.position`,
    },
    assignedTwinnings: shownList('Twinning', 'twinningRows'),
    openNeeds: shownList('Need', 'needRows'),
    supportInYear: supportTotalOf('yearValueVnd', 'yearActivityCount'),
    supportAllTime: supportTotalOf('allTimeValueVnd', 'allTimeActivityCount'),
    povertyTrend: seriesOf({
      placeId: (row) => `${row}."communeId"`,
      placeIds: (row) => `${row}."unitIds"`,
      indicatorCode: 'POVERTY_RATE',
      toYear: (row) => `${row}.year`,
    }),
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
        // Each with its criterion's row, joined once for the level: a lookup per criterion (a subquery
        // run for every row) cost the statement a tenth of its time.
        `(SELECT unmet."criterionId", unmet.status, unmet.position, criterion, ${row}.value->'level' AS level, ${row}."agencyRows", ${row}."needRows"
          FROM ROWS FROM (jsonb_to_recordset(${row}.value->'unmetCriteria') AS ("criterionId" uuid, status "AssessmentStatus"))
            WITH ORDINALITY unmet("criterionId", status, position)
          JOIN "Criterion" criterion ON criterion.id = unmet."criterionId") ${target}`,
      orderBy: (target) => `${target}.position`,
    },
  },
};

export const unmetCriterionJson: JsonSource = {
  variants: { UnmetCriterion: () => 'true' },
  fields: {
    criterion: { kind: 'composite', source: 'Criterion', sql: (row) => `${row}.criterion` },
    level: column('level'),
    status: column('status'),
    // Every agency assigned to the commune, for each criterion it has not met.
    assignedAgencies: shownList('Agency', 'agencyRows'),
    openNeeds: shownList('Need', 'needRows', (row, target) => `${target}."criterionId" = ${row}."criterionId"`),
  },
};
