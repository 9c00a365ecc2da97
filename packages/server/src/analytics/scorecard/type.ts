import { queryFromInfo } from '@pothos/plugin-prisma';
import type { Agency, Criterion, Need } from '../../generated/prisma/client.ts';
import type { AssessmentStatus, AttainmentLevel } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import { AssessmentStatusEnum, AttainmentLevelEnum } from '../../schema/enums.ts';
import { ActivityRef, AgencyRef, CommuneRef, CriterionRef, NeedRef, PlaceRef, TwinningRef } from '../../schema/refs.ts';
import { IndicatorSeriesRef } from '../indicator-series/type.ts';
import { SupportTotalRef } from '../support-total/type.ts';
import {
  type ContributionKey,
  contributingActivities,
  contributionCacheKey,
  type Scorecard,
  type ScorecardLevel,
} from './sql.ts';

interface CommuneScorecard extends Omit<Scorecard, 'levels'> {
  year: number;
  includesHistory: boolean;
  levels: LevelScore[];
}

interface LevelScore extends Omit<ScorecardLevel, 'unmetCriteria'> {
  unmetCriteria: UnmetCriterion[];
}

interface UnmetCriterion {
  criterion: Criterion;
  level: AttainmentLevel;
  status: AssessmentStatus | null;
  contributions: ContributionKey;
  assignedAgencies: Agency[];
  openNeeds: Need[];
}

const UnmetCriterionRef = builder.objectRef<UnmetCriterion>('UnmetCriterion').implement({
  description:
    'A criterion the commune has not met at a level — not met, basically met (cơ bản đạt) or not assessed — with what has been done for it and who is assigned to help.',
  fields: (t) => ({
    criterion: t.field({ type: CriterionRef, resolve: (unmet) => unmet.criterion }),
    level: t.expose('level', { type: AttainmentLevelEnum }),
    status: t.expose('status', {
      type: AssessmentStatusEnum,
      nullable: true,
      description: 'NOT_MET or BASICALLY_MET; null when the criterion was not assessed that year.',
    }),
    contributingActivities: t.loadableList({
      type: ActivityRef,
      description:
        'Activities at the commune (or its villages) recorded as contributing to this criterion, up to the end of the year, newest first.',
      load: (keys: ContributionKey[], { db }) => contributingActivities(db, keys),
      loaderOptions: { cacheKeyFn: contributionCacheKey },
      resolve: (unmet) => unmet.contributions,
    }),
    assignedAgencies: t.field({
      type: [AgencyRef],
      description:
        'Agencies twinned during the year with the commune or a unit above it (in Điện Biên the assignments are on the district), by name.',
      resolve: (unmet) => unmet.assignedAgencies,
    }),
    openNeeds: t.field({
      type: [NeedRef],
      description: 'Open or pledged requests of the commune tied to this criterion.',
      resolve: (unmet) => unmet.openNeeds,
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

export const CommuneScorecardRef = builder.objectRef<CommuneScorecard>('CommuneScorecard').implement({
  description:
    'A commune’s New Rural Development (NTM) standing in a year: criteria met and missing per level, who is assigned to help, what it still asks for, the support it received and its poverty trend.',
  fields: (t) => ({
    commune: t.field({ type: CommuneRef, resolve: (card) => card.commune }),
    year: t.exposeInt('year'),
    includesHistory: t.exposeBoolean('includesHistory', {
      description: 'Whether the records of the communes it replaced were drawn on.',
    }),
    predecessors: t.field({
      type: [PlaceRef],
      description: 'The communes it replaced whose records were drawn on (only with includeHistory), by name.',
      resolve: (card) => card.predecessors,
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
    assignedTwinnings: t.field({
      type: [TwinningRef],
      description:
        'Twinnings that ran during the year on the commune or any unit above it, by agency name: the agencies assigned to help it.',
      resolve: (card, _args, context, info) => {
        // Planning the field records that these rows were read for it, so their agencies (already on
        // them) answer `agency { … }` instead of a statement loading the twinnings again.
        queryFromInfo({ context, info });
        return card.twinnings;
      },
    }),
    openNeeds: t.field({
      type: [NeedRef],
      description: 'What the commune and its villages asked for that is still open or only pledged, oldest first.',
      resolve: (card) => card.openNeeds,
    }),
    supportInYear: t.field({
      type: SupportTotalRef,
      description: 'Support delivered to the commune and its villages during the year.',
      resolve: (card) => card.supportInYear,
    }),
    supportAllTime: t.field({
      type: SupportTotalRef,
      description: 'Support delivered to the commune and its villages, all years.',
      resolve: (card) => card.supportAllTime,
    }),
    povertyTrend: t.field({
      type: IndicatorSeriesRef,
      nullable: true,
      description: 'Poverty rate (POVERTY_RATE) by year up to the scorecard’s year, with its average yearly change.',
      resolve: (card) => card.povertyTrend,
    }),
  }),
});
