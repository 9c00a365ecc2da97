import { z } from 'zod';
import { yearField } from '../../dates.ts';
import { builder } from '../../schema/builder.ts';
import { CommuneRef, DistrictRef, ProvinceRef, VillageRef } from '../../schema/refs.ts';
import { placeScopeIds } from '../../sql/place-scope.ts';
import { indicatorSeries } from './sql.ts';
import { IndicatorSeriesRef } from './type.ts';

builder.queryFields((t) => ({
  indicatorSeries: t.field({
    type: IndicatorSeriesRef,
    nullable: true,
    description:
      'An indicator’s observations for a place between two years and their average yearly change — the way reports say “the poverty rate fell 1.46 percentage points a year”. Null when the place or indicator does not exist.',
    args: {
      placeId: t.arg.globalID({ required: true, for: [ProvinceRef, DistrictRef, CommuneRef, VillageRef] }),
      indicatorCode: t.arg.string({ required: true, description: 'e.g. POVERTY_RATE, NEAR_POOR_RATE' }),
      fromYear: t.arg.int({ required: false, validate: yearField }),
      toYear: t.arg.int({ required: false, validate: yearField }),
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
