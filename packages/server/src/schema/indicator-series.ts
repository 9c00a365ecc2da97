import { z } from 'zod';
import { eachById } from '../db/queries/each-by-id.ts';
import { type IndicatorSeries, indicatorSeries } from '../db/queries/indicator-series.ts';
import { placeScopeIds } from '../db/queries/place-scope.ts';
import { builder } from './builder.ts';
import { CommuneRef, DistrictRef, ProvinceRef, VillageRef } from './place.ts';

/** Years the programmes' records can mention. */
export const calendarYear = z.number().int().min(1945).max(2100);

export const IndicatorSeriesRef = builder.objectRef<IndicatorSeries>('IndicatorSeries').implement({
  description:
    'A statistical series for a place — poverty rate, near-poor rate, electricity access — with its average yearly change, computed in the database.',
  fields: (t) => ({
    place: t.prismaField({
      type: 'Place',
      resolve: (query, series, _args, { db }) =>
        db.place.findUniqueOrThrow({ ...query, where: { id: series.placeId } }),
    }),
    indicator: t.prismaField({
      type: 'Indicator',
      resolve: (query, series, _args, { db }) =>
        db.indicator.findUniqueOrThrow({ ...query, where: { id: series.indicatorId } }),
    }),
    observations: t.prismaField({
      type: ['IndicatorObservation'],
      description: 'One observation a year, oldest first.',
      resolve: (query, series, _args, { db }) =>
        eachById(query, series.observationIds, (selection, id) =>
          db.indicatorObservation.findUnique({ ...selection, where: { id } }),
        ),
    }),
    firstYear: t.exposeInt('firstYear', { nullable: true }),
    lastYear: t.exposeInt('lastYear', { nullable: true }),
    change: t.exposeFloat('change', {
      nullable: true,
      description:
        'Last value minus first, in the indicator’s unit (percentage points for a rate); null under two years.',
    }),
    averageYearlyChange: t.exposeFloat('averageYearlyChange', {
      nullable: true,
      description:
        '(last − first) / (last year − first year), in the indicator’s unit a year: a poverty rate falling from 10.00% in 2020 to 5.62% in 2023 gives −1.46 percentage points a year. Null under two years.',
    }),
  }),
});

builder.queryFields((t) => ({
  indicatorSeries: t.field({
    type: IndicatorSeriesRef,
    nullable: true,
    description:
      'An indicator’s observations for a place between two years and their average yearly change — the way reports say “the poverty rate fell 1.46 percentage points a year”. Null when the place or indicator does not exist.',
    args: {
      placeId: t.arg.globalID({ required: true, for: [ProvinceRef, DistrictRef, CommuneRef, VillageRef] }),
      indicatorCode: t.arg.string({ required: true, description: 'e.g. POVERTY_RATE, NEAR_POOR_RATE' }),
      fromYear: t.arg.int({ required: false, validate: calendarYear }),
      toYear: t.arg.int({ required: false, validate: calendarYear }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description:
          'Fill years before the place existed from the unit it replaced (only where a single predecessor reported; rates of merged units cannot be combined).',
      }),
    },
    // Loose, so the arguments not named here reach the resolver unchanged.
    validate: z
      .looseObject({ fromYear: z.number().nullish(), toYear: z.number().nullish() })
      .refine((args) => args.fromYear == null || args.toYear == null || args.fromYear <= args.toYear, {
        message: 'fromYear must not be after toYear',
      }),
    resolve: async (_root, args, { db }) => {
      const placeId = args.placeId.id;
      const scope = args.includeHistory
        ? await placeScopeIds(db, placeId, { includeDescendants: false, includeHistory: true })
        : [placeId];
      return indicatorSeries(db, {
        placeId,
        predecessorIds: scope.filter((id) => id !== placeId),
        indicatorCode: args.indicatorCode.trim(),
        fromYear: args.fromYear,
        toYear: args.toYear,
      });
    },
  }),
}));
