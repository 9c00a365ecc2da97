import { z } from 'zod';
import { yearField } from '../../dates.ts';
import { builder } from '../../schema/builder.ts';
import { AttainmentLevelEnum } from '../../schema/enums.ts';
import { DistrictRef, ProvinceRef } from '../../schema/refs.ts';
import { progressYears } from './sql.ts';
import { MAX_YEARS, PlaceProgressRef } from './type.ts';

builder.queryFields((t) => ({
  progress: t.field({
    type: PlaceProgressRef,
    nullable: true,
    description:
      'Year-by-year progress of a province or district: communes by recognised NTM level, the criteria most often not met, OCOP products by stars, the recognitions, and the figures published only as aggregates. Null when no such place exists.',
    args: {
      placeId: t.arg.globalID({ required: true, for: [ProvinceRef, DistrictRef] }),
      fromYear: t.arg.int({ required: true, validate: yearField }),
      toYear: t.arg.int({ required: true, validate: yearField }),
      criteriaLevel: t.arg({
        type: AttainmentLevelEnum,
        defaultValue: 'STANDARD',
        description: 'The level whose NOT_MET assessments `criteriaMostOftenNotMet` ranks.',
      }),
      topCriteria: t.arg.int({
        defaultValue: 5,
        validate: z.number().int().min(1).max(50),
        description: 'How many criteria `criteriaMostOftenNotMet` lists per year.',
      }),
    },
    // Loose, so the arguments not named here reach the resolver unchanged.
    validate: z
      .looseObject({ fromYear: z.number(), toYear: z.number() })
      .refine((args) => args.fromYear <= args.toYear, { message: 'fromYear must not be after toYear' })
      .refine((args) => args.toYear - args.fromYear < MAX_YEARS, {
        message: `A progress request spans at most ${MAX_YEARS} years`,
      }),
    resolve: async (_root, args, { db }) => {
      const placeId = args.placeId.id;
      const years = await progressYears.run(db, {
        placeId,
        fromYear: args.fromYear,
        toYear: args.toYear,
        criteriaLevel: args.criteriaLevel ?? 'STANDARD',
        topCriteria: args.topCriteria ?? 5,
      });
      return years.length === 0 ? null : { placeId, fromYear: args.fromYear, toYear: args.toYear, years };
    },
  }),
}));
