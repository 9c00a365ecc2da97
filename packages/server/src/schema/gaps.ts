import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { eachById } from '../db/queries/each-by-id.ts';
import { findGaps, type Gap, gapKinds } from '../db/queries/gaps.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder.ts';
import { AttainmentLevelEnum } from './enums.ts';
import { calendarYear } from './indicator-series.ts';
import { ProvinceRef } from './place.ts';

const GapKindEnum = builder.enumType('GapKind', {
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

const GapRef = builder.objectRef<Gap>('Gap').implement({
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
    unmetCriteria: t.prismaField({
      type: ['Criterion'],
      description: 'The criteria not met or basically met, by number; empty for a needs gap.',
      resolve: (query, gap, _args, { db }) =>
        eachById(query, gap.criterionIds, (selection, id) => db.criterion.findUnique({ ...selection, where: { id } })),
    }),
    unpledgedNeedCount: t.int({
      nullable: true,
      description: 'Open requests nobody pledged; null for a criteria gap.',
      resolve: (gap) => (gap.kind === 'UNPLEDGED_NEEDS' ? gap.needIds.length : null),
    }),
    unpledgedNeeds: t.prismaField({
      type: ['Need'],
      description: 'The requests nobody pledged, oldest first; empty for a criteria gap.',
      resolve: (query, gap, _args, { db }) =>
        eachById(query, gap.needIds, (selection, id) => db.need.findUnique({ ...selection, where: { id } })),
    }),
  }),
});

builder.queryFields((t) => ({
  gaps: t.connection(
    {
      type: GapRef,
      description:
        'The gap view: places with unmet NTM criteria and no active sponsor, and places with requests no agency has pledged — largest gaps first (most unmet criteria, most unpledged needs).',
      args: {
        provinceId: t.arg.globalID({
          required: false,
          for: [ProvinceRef],
          description: 'Only places in this province.',
        }),
        criterionId: t.arg.globalID({
          required: false,
          description: 'Only places where this criterion is unmet, and only needs tied to it.',
        }),
        year: t.arg.int({
          required: false,
          validate: calendarYear,
          description:
            'Judge criteria on this year’s assessments and sponsorships, and needs requested by its end. Default: each place’s latest assessed year.',
        }),
        kind: t.arg({ type: [GapKindEnum], required: false, description: 'Default: both kinds.' }),
        level: t.arg({ type: AttainmentLevelEnum, defaultValue: 'STANDARD', description: 'The level assessed.' }),
      },
      resolve: async (_root, args, { db }) => {
        let totalCount = 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          async ({ limit, offset }) => {
            const page = await findGaps(
              db,
              {
                provinceId: args.provinceId?.id,
                criterionId: args.criterionId?.id,
                year: args.year,
                kinds: args.kind?.length ? args.kind : gapKinds,
                level: args.level ?? 'STANDARD',
              },
              limit,
              offset,
            );
            totalCount = page.totalCount;
            return page.gaps;
          },
        );
        return { ...connection, totalCount };
      },
    },
    {
      name: 'GapConnection',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Gaps in all pages.',
          resolve: (result) => result.totalCount,
        }),
      }),
    },
  ),
}));
