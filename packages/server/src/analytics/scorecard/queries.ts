import { yearField } from '../../dates.ts';
import { builder } from '../../schema/builder.ts';
import { CommuneRef } from '../../schema/refs.ts';
import { communeScorecard } from './sql.ts';
import { CommuneScorecardRef } from './type.ts';

builder.queryFields((t) => ({
  communeScorecard: t.field({
    type: CommuneScorecardRef,
    nullable: true,
    description:
      'Which NTM criteria a commune met in a year, which it did not, which agencies are assigned to help with the missing ones and which of its requests are still open. Null when no such commune exists.',
    args: {
      placeId: t.arg.globalID({ required: true, for: [CommuneRef] }),
      year: t.arg.int({ required: true, validate: yearField }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description:
          'For a commune created by the 2025 reform: draw on the records of the communes it replaced. A criterion then counts as met only where every one of them met it.',
      }),
    },
    resolve: async (_root, args, { db }) => {
      const communeId = args.placeId.id;
      const includesHistory = args.includeHistory ?? false;
      const scorecard = await communeScorecard(db, { communeId, year: args.year, includeHistory: includesHistory });
      if (!scorecard) return null;
      return {
        ...scorecard,
        year: args.year,
        includesHistory,
        levels: scorecard.levels.map((score) => ({
          ...score,
          unmetCriteria: score.unmetCriteria.map((unmet) => ({
            ...unmet,
            level: score.level,
            contributions: { areaIds: scorecard.areaIds, year: args.year, criterionId: unmet.criterion.id },
            assignedAgencies: scorecard.assignedAgencies,
            openNeeds: scorecard.openNeeds.filter((need) => need.criterionId === unmet.criterion.id),
          })),
        })),
      };
    },
  }),
}));
