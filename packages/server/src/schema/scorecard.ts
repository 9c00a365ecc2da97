import { eachById } from '../db/queries/each-by-id.ts';
import { indicatorSeries } from '../db/queries/indicator-series.ts';
import { placeScopeIds } from '../db/queries/place-scope.ts';
import { communeScorecard, type Scorecard, type ScorecardLevel } from '../db/queries/scorecard.ts';
import type { AssessmentStatus, AttainmentLevel } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import { AssessmentStatusEnum, AttainmentLevelEnum } from './enums.ts';
import { calendarYear, IndicatorSeriesRef } from './indicator-series.ts';
import { CommuneRef } from './place.ts';
import { SupportTotalRef, supportTotal } from './support-total.ts';

interface CommuneScorecard extends Omit<Scorecard, 'levels'> {
  communeId: string;
  year: number;
  includesHistory: boolean;
  areaIds: string[];
  levels: LevelScore[];
}

interface LevelScore extends Omit<ScorecardLevel, 'unmetCriteria'> {
  unmetCriteria: UnmetCriterion[];
}

interface UnmetCriterion {
  criterionId: string;
  level: AttainmentLevel;
  status: AssessmentStatus | null;
  contributingActivityIds: string[];
  assignedAgencyIds: string[];
  openNeedIds: string[];
}

const UnmetCriterionRef = builder.objectRef<UnmetCriterion>('UnmetCriterion').implement({
  description:
    'A criterion the commune has not met at a level — not met, basically met (cơ bản đạt) or not assessed — with what has been done for it and who is assigned to help.',
  fields: (t) => ({
    criterion: t.prismaField({
      type: 'Criterion',
      resolve: (query, unmet, _args, { db }) =>
        db.criterion.findUniqueOrThrow({ ...query, where: { id: unmet.criterionId } }),
    }),
    level: t.expose('level', { type: AttainmentLevelEnum }),
    status: t.expose('status', {
      type: AssessmentStatusEnum,
      nullable: true,
      description: 'NOT_MET or BASICALLY_MET; null when the criterion was not assessed that year.',
    }),
    contributingActivities: t.prismaField({
      type: ['Activity'],
      description:
        'Activities at the commune (or its villages) recorded as contributing to this criterion, up to the end of the year, newest first.',
      resolve: (query, unmet, _args, { db }) =>
        eachById(query, unmet.contributingActivityIds, (selection, id) =>
          db.activity.findUnique({ ...selection, where: { id } }),
        ),
    }),
    assignedAgencies: t.prismaField({
      type: ['Agency'],
      description:
        'Agencies twinned during the year with the commune or a unit above it (in Điện Biên the assignments are on the district), by name.',
      resolve: (query, unmet, _args, { db }) =>
        eachById(query, unmet.assignedAgencyIds, (selection, id) =>
          db.agency.findUnique({ ...selection, where: { id } }),
        ),
    }),
    openNeeds: t.prismaField({
      type: ['Need'],
      description: 'Open or pledged requests of the commune tied to this criterion.',
      resolve: (query, unmet, _args, { db }) =>
        eachById(query, unmet.openNeedIds, (selection, id) => db.need.findUnique({ ...selection, where: { id } })),
    }),
  }),
});

const LevelScoreRef = builder.objectRef<LevelScore>('CriteriaLevelScore').implement({
  description:
    'How many criteria of the set the commune met at one level in the year, e.g. 8/19 met, 8/19 basically met.',
  fields: (t) => ({
    level: t.expose('level', { type: AttainmentLevelEnum }),
    met: t.exposeInt('met'),
    basicallyMet: t.exposeInt('basicallyMet', { description: 'Cơ bản đạt.' }),
    notMet: t.exposeInt('notMet'),
    notAssessed: t.exposeInt('notAssessed'),
    total: t.exposeInt('total', { description: 'Criteria in the set (19 in the 2021–2025 commune set).' }),
    unmetCriteria: t.field({
      type: [UnmetCriterionRef],
      description: 'Every criterion not met, basically met or not assessed, by criterion number.',
      resolve: (score) => score.unmetCriteria,
    }),
  }),
});

const CommuneScorecardRef = builder.objectRef<CommuneScorecard>('CommuneScorecard').implement({
  description:
    'A commune’s New Rural Development (NTM) standing in a year: criteria met and missing per level, who is assigned to help, what it still asks for, the support it received and its poverty trend.',
  fields: (t) => ({
    commune: t.prismaField({
      type: CommuneRef,
      resolve: (query, card, _args, { db }) => db.place.findUniqueOrThrow({ ...query, where: { id: card.communeId } }),
    }),
    year: t.exposeInt('year'),
    includesHistory: t.exposeBoolean('includesHistory', {
      description: 'Whether the records of the communes it replaced were drawn on.',
    }),
    predecessors: t.prismaField({
      type: ['Place'],
      description: 'The communes it replaced whose records were drawn on (only with includeHistory), by name.',
      resolve: (query, card, _args, { db }) =>
        eachById(query, card.predecessorIds, (selection, id) => db.place.findUnique({ ...selection, where: { id } })),
    }),
    criteriaSet: t.prismaField({
      type: 'CriteriaSet',
      nullable: true,
      description: 'The national commune NTM criteria set valid in the year (Decision 318/QĐ-TTg for 2021–2025).',
      resolve: (query, card, _args, { db }) =>
        card.criteriaSetId ? db.criteriaSet.findUnique({ ...query, where: { id: card.criteriaSetId } }) : null,
    }),
    recognisedLevel: t.expose('recognisedLevel', {
      type: AttainmentLevelEnum,
      nullable: true,
      description: 'The highest NTM level the commune was recognised at by the end of the year and not revoked.',
    }),
    levels: t.field({
      type: [LevelScoreRef],
      description: 'One score per level of the set (standard, advanced).',
      resolve: (card) => card.levels,
    }),
    assignedTwinnings: t.prismaField({
      type: ['Twinning'],
      description:
        'Twinnings that ran during the year on the commune or any unit above it, by agency name: the agencies assigned to help it.',
      resolve: (query, card, _args, { db }) =>
        eachById(query, card.twinningIds, (selection, id) => db.twinning.findUnique({ ...selection, where: { id } })),
    }),
    openNeeds: t.prismaField({
      type: ['Need'],
      description: 'What the commune and its villages asked for that is still open or only pledged, oldest first.',
      resolve: (query, card, _args, { db }) =>
        eachById(
          query,
          card.openNeeds.map((need) => need.needId),
          (selection, id) => db.need.findUnique({ ...selection, where: { id } }),
        ),
    }),
    supportInYear: t.field({
      type: SupportTotalRef,
      description: 'Support delivered to the commune and its villages during the year.',
      resolve: (card, _args, { db }) =>
        supportTotal(db, {
          placeId: { in: card.areaIds },
          occurredOn: { gte: new Date(Date.UTC(card.year, 0, 1)), lte: new Date(Date.UTC(card.year, 11, 31)) },
        }),
    }),
    supportAllTime: t.field({
      type: SupportTotalRef,
      description: 'Support delivered to the commune and its villages, all years.',
      resolve: (card, _args, { db }) => supportTotal(db, { placeId: { in: card.areaIds } }),
    }),
    povertyTrend: t.field({
      type: IndicatorSeriesRef,
      nullable: true,
      description: 'Poverty rate (POVERTY_RATE) by year up to the scorecard’s year, with its average yearly change.',
      resolve: (card, _args, { db }) =>
        indicatorSeries(db, {
          placeId: card.communeId,
          predecessorIds: card.predecessorIds,
          indicatorCode: 'POVERTY_RATE',
          toYear: card.year,
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  communeScorecard: t.field({
    type: CommuneScorecardRef,
    nullable: true,
    description:
      'Which NTM criteria a commune met in a year, which it did not, which agencies are assigned to help with the missing ones and which of its requests are still open. Null when no such commune exists.',
    args: {
      placeId: t.arg.globalID({ required: true, for: [CommuneRef] }),
      year: t.arg.int({ required: true, validate: calendarYear }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description:
          'For a commune created by the 2025 reform: draw on the records of the communes it replaced. A criterion then counts as met only where every one of them met it.',
      }),
    },
    resolve: async (_root, args, { db }) => {
      const communeId = args.placeId.id;
      const includesHistory = args.includeHistory ?? false;
      const areaIds = await placeScopeIds(db, communeId, { includeDescendants: true, includeHistory: includesHistory });
      const scorecard = await communeScorecard(db, { communeId, year: args.year, areaIds });
      if (!scorecard) return null;
      return {
        ...scorecard,
        communeId,
        year: args.year,
        includesHistory,
        areaIds,
        levels: scorecard.levels.map((score) => ({
          ...score,
          unmetCriteria: score.unmetCriteria.map((unmet) => ({
            ...unmet,
            level: score.level,
            assignedAgencyIds: scorecard.assignedAgencyIds,
            openNeedIds: scorecard.openNeeds
              .filter((need) => need.criterionId === unmet.criterionId)
              .map((need) => need.needId),
          })),
        })),
      };
    },
  }),
}));
