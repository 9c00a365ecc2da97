import type { Prisma } from '../../generated/prisma/client.ts';
import type { AssessmentStatus, AttainmentLevel } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { AssessmentStatusEnum, AttainmentLevelEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { CriteriaSetRef, CriterionRef, placeTypes } from '../../schema/refs.ts';

builder.queryFields((t) => ({
  assessments: t.prismaConnection({
    type: 'CriterionAssessment',
    cursor: 'id',
    description:
      'Which criteria places meet: filter by place, criteria set or criterion, year, level and status ("which NTM criteria has this commune not met in 2023?").',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also the units below it (the communes of a district).',
      }),
      criteriaSetId: t.arg.globalID({ for: CriteriaSetRef, required: false }),
      criterionId: t.arg.globalID({ for: CriterionRef, required: false }),
      year: t.arg.int({ required: false }),
      level: t.arg({ type: AttainmentLevelEnum, required: false }),
      status: t.arg({ type: [AssessmentStatusEnum], required: false }),
    },
    totalCount: async (_root, args, context) =>
      context.db.criterionAssessment.count({ where: await assessmentWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.criterionAssessment.findMany({
        ...query,
        where: await assessmentWhere(context, args),
        orderBy: [{ year: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface AssessmentArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  criteriaSetId?: DecodedID | null;
  criterionId?: DecodedID | null;
  year?: number | null;
  level?: AttainmentLevel | null;
  status?: readonly AssessmentStatus[] | null;
}

async function assessmentWhere(context: Context, args: AssessmentArgs): Promise<Prisma.CriterionAssessmentWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants),
    criterionId: args.criterionId?.id,
    ...(args.criteriaSetId ? { criterion: { setId: args.criteriaSetId.id } } : {}),
    year: args.year ?? undefined,
    level: args.level ?? undefined,
    status: inList(args.status),
  };
}
