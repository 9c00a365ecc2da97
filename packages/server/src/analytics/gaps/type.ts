import { builder } from '../../schema/builder.ts';
import { CriterionRef, NeedRef } from '../../schema/refs.ts';
import { rowsById } from '../../sql/rows-by-id.ts';
import type { Gap } from './sql.ts';

export const GapKindEnum = builder.enumType('GapKind', {
  description: 'What is missing at a place.',
  values: {
    UNSPONSORED_UNMET_CRITERIA: {
      description:
        'Criteria not met or basically met, and no agency twinned that year with the place or any unit above it.',
    },
    UNPLEDGED_NEEDS: {
      description: 'Open requests that no agency has pledged to meet (withdrawn pledges do not count).',
    },
  },
});

export const GapRef = builder.objectRef<Gap>('Gap').implement({
  description: 'A place where support is missing: unmet criteria with no sponsor, or requests nobody took up.',
  fields: (t) => ({
    kind: t.expose('kind', { type: GapKindEnum }),
    place: t.prismaField({
      type: 'Place',
      resolve: (query, gap, _args, { db }) => db.place.findUniqueOrThrow({ ...query, where: { id: gap.placeId } }),
    }),
    year: t.exposeInt('year', {
      nullable: true,
      description:
        'For criteria, the assessment year the gap was found in (the latest assessed year when none was asked for); for needs, the year asked about.',
    }),
    unmetCriterionCount: t.int({
      nullable: true,
      description: 'Criteria not met or basically met; null for a needs gap.',
      resolve: (gap) => (gap.kind === 'UNSPONSORED_UNMET_CRITERIA' ? gap.criterionIds.length : null),
    }),
    unmetCriteria: t.loadable({
      type: [CriterionRef],
      description: 'The criteria not met or basically met, by number; empty for a needs gap.',
      load: (ids: string[], { db }) => rowsById(db, 'Criterion', ids),
      sort: (row) => row.id,
      resolve: (gap) => gap.criterionIds,
    }),
    unpledgedNeedCount: t.int({
      nullable: true,
      description: 'Open requests nobody pledged; null for a criteria gap.',
      resolve: (gap) => (gap.kind === 'UNPLEDGED_NEEDS' ? gap.needIds.length : null),
    }),
    unpledgedNeeds: t.loadable({
      type: [NeedRef],
      description: 'The requests nobody pledged, oldest first; empty for a criteria gap.',
      load: (ids: string[], { db }) => rowsById(db, 'Need', ids),
      sort: (row) => row.id,
      resolve: (gap) => gap.needIds,
    }),
  }),
});
