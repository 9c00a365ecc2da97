import { z } from 'zod';
import { eachById } from '../db/queries/each-by-id.ts';
import {
  type CriterionShortfall,
  type LevelCount,
  type ProgressYear,
  placeProgress,
  type StarCount,
} from '../db/queries/progress.ts';
import { builder } from './builder.ts';
import { AttainmentLevelEnum } from './enums.ts';
import { calendarYear } from './indicator-series.ts';
import { DistrictRef, ProvinceRef } from './place.ts';

/** The longest range one request may span. */
const MAX_YEARS = 50;

interface PlaceProgress {
  placeId: string;
  fromYear: number;
  toYear: number;
  years: ProgressYear[];
}

const LevelCountRef = builder.objectRef<LevelCount>('RecognisedCommuneCount').implement({
  description: 'A number of communes at one New Rural Development level, counted from Recognition records.',
  fields: (t) => ({
    level: t.expose('level', { type: AttainmentLevelEnum }),
    communeCount: t.exposeInt('communeCount'),
  }),
});

const CriterionShortfallRef = builder.objectRef<CriterionShortfall>('CriterionShortfall').implement({
  description: 'A criterion and how many communes were assessed as not meeting it in the year.',
  fields: (t) => ({
    criterion: t.prismaField({
      type: 'Criterion',
      resolve: (query, shortfall, _args, { db }) =>
        db.criterion.findUniqueOrThrow({ ...query, where: { id: shortfall.criterionId } }),
    }),
    rank: t.exposeInt('rank', { description: '1 for the criterion most often not met; equal counts share a rank.' }),
    communeCount: t.exposeInt('communeCount'),
  }),
});

const StarCountRef = builder.objectRef<StarCount>('OcopStarCount').implement({
  description: 'OCOP products whose latest rating by the end of the year has this many stars.',
  fields: (t) => ({
    stars: t.exposeInt('stars'),
    productCount: t.exposeInt('productCount'),
  }),
});

const ProgressYearRef = builder.objectRef<ProgressYear>('ProgressYear').implement({
  description:
    'One year of a province’s or district’s progress. Every count is computed from the records, except `reportedFigures`, which are the numbers the province published where only aggregates exist.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    communeCount: t.exposeInt('communeCount', {
      description: 'Communes below the place that existed at the end of the year.',
    }),
    recognisedCommunes: t.field({
      type: [LevelCountRef],
      description:
        'Communes holding a recognition at the end of the year (decided that year or before, not revoked by then), per level and above — as national statistics count them: STANDARD includes the advanced and model communes.',
      resolve: (year) => year.recognisedCommunes,
    }),
    newlyRecognisedCommunes: t.field({
      type: [LevelCountRef],
      description: 'Communes recognised at each level for this year, from Recognition records.',
      resolve: (year) => year.newlyRecognisedCommunes,
    }),
    criteriaMostOftenNotMet: t.field({
      type: [CriterionShortfallRef],
      description: 'Criteria assessed NOT_MET in the most communes that year, most first.',
      resolve: (year) => year.criteriaMostOftenNotMet,
    }),
    ocopProductsByStars: t.field({
      type: [StarCountRef],
      description:
        'OCOP products of the place and the units below it by the stars of their latest rating (3★, 4★, 5★).',
      resolve: (year) => year.ocopProductsByStars,
    }),
    recognitions: t.prismaField({
      type: ['Recognition'],
      description: 'Recognitions (and applications) for the year of the place and every unit below it, by date.',
      resolve: (query, year, _args, { db }) =>
        eachById(query, year.recognitionIds, (selection, id) =>
          db.recognition.findUnique({ ...selection, where: { id } }),
        ),
    }),
    reportedFigures: t.prismaField({
      type: ['ReportedFigure'],
      description:
        'REPORTED, not computed: figures the province published for the year where the underlying records do not exist (e.g. Hà Tĩnh’s 4 communes meeting NTM, 10 advanced and 8 model in 2023). Read them beside the computed counts; they are not included in them.',
      resolve: (query, year, _args, { db }) =>
        eachById(query, year.reportedFigureIds, (selection, id) =>
          db.reportedFigure.findUnique({ ...selection, where: { id } }),
        ),
    }),
  }),
});

const PlaceProgressRef = builder.objectRef<PlaceProgress>('PlaceProgress').implement({
  description: 'A province’s or district’s New Rural Development and OCOP progress, year by year.',
  fields: (t) => ({
    place: t.prismaField({
      type: 'Place',
      resolve: (query, progress, _args, { db }) =>
        db.place.findUniqueOrThrow({ ...query, where: { id: progress.placeId } }),
    }),
    fromYear: t.exposeInt('fromYear'),
    toYear: t.exposeInt('toYear'),
    years: t.field({ type: [ProgressYearRef], resolve: (progress) => progress.years }),
  }),
});

builder.queryFields((t) => ({
  progress: t.field({
    type: PlaceProgressRef,
    nullable: true,
    description:
      'Year-by-year progress of a province or district: communes by recognised NTM level, the criteria most often not met, OCOP products by stars, the recognitions, and the figures published only as aggregates. Null when no such place exists.',
    args: {
      placeId: t.arg.globalID({ required: true, for: [ProvinceRef, DistrictRef] }),
      fromYear: t.arg.int({ required: true, validate: calendarYear }),
      toYear: t.arg.int({ required: true, validate: calendarYear }),
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
      const years = await placeProgress(db, {
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
