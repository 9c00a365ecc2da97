import { builder } from '../../schema/builder.ts';
import { AttainmentLevelEnum } from '../../schema/enums.ts';
import { RecognitionRef, ReportedFigureRef } from '../../schema/refs.ts';
import { rowsById } from '../../sql/rows-by-id.ts';
import type { CriterionShortfall, LevelCount, ProgressYear, StarCount } from './sql.ts';

/** The longest range one request may span. */
export const MAX_YEARS = 50;

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
    recognitions: t.loadable({
      type: [RecognitionRef],
      description: 'Recognitions (and applications) for the year of the place and every unit below it, by date.',
      load: (ids: string[], { db }) => rowsById(db, 'Recognition', ids),
      sort: (row) => row.id,
      resolve: (year) => year.recognitionIds,
    }),
    reportedFigures: t.loadable({
      type: [ReportedFigureRef],
      description:
        'REPORTED, not computed: figures the province published for the year where the underlying records do not exist (e.g. Hà Tĩnh’s 4 communes meeting NTM, 10 advanced and 8 model in 2023). Read them beside the computed counts; they are not included in them.',
      load: (ids: string[], { db }) => rowsById(db, 'ReportedFigure', ids),
      sort: (row) => row.id,
      resolve: (year) => year.reportedFigureIds,
    }),
  }),
});

export const PlaceProgressRef = builder.objectRef<PlaceProgress>('PlaceProgress').implement({
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
