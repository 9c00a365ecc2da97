import type { Prisma } from '../../generated/prisma/client.ts';
import type { ActivityCategory, NeedStatus } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { ActivityCategoryEnum, NeedStatusEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { AgencyRef, CriterionRef, placeTypes } from '../../schema/refs.ts';

const NeedOrder = builder.enumType('NeedOrder', {
  description: 'How to sort needs.',
  values: {
    REQUESTED_ON_DESC: { description: 'Newest first (default).' },
    REQUESTED_ON_ASC: { description: 'Oldest first: the longest-waiting open needs.' },
  } as const,
});

builder.queryFields((t) => ({
  needs: t.prismaConnection({
    type: 'Need',
    cursor: 'id',
    description: 'What places asked for: "which requests of this commune are still open?".',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also the needs of the units below it (default).',
      }),
      status: t.arg({ type: [NeedStatusEnum], required: false }),
      category: t.arg({ type: [ActivityCategoryEnum], required: false }),
      criterionId: t.arg.globalID({ for: CriterionRef, required: false }),
      requestedOfId: t.arg.globalID({
        for: AgencyRef,
        required: false,
        description: 'Needs addressed to this agency.',
      }),
      orderBy: t.arg({ type: NeedOrder, defaultValue: 'REQUESTED_ON_DESC' }),
    },
    totalCount: async (_root, args, context) => context.db.need.count({ where: await needWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.need.findMany({
        ...query,
        where: await needWhere(context, args),
        orderBy: [{ requestedOn: args.orderBy === 'REQUESTED_ON_ASC' ? 'asc' : 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface NeedArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  status?: readonly NeedStatus[] | null;
  category?: readonly ActivityCategory[] | null;
  criterionId?: DecodedID | null;
  requestedOfId?: DecodedID | null;
}

async function needWhere(context: Context, args: NeedArgs): Promise<Prisma.NeedWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants ?? true),
    status: inList(args.status),
    category: inList(args.category),
    criterionId: args.criterionId?.id,
    requestedOfId: args.requestedOfId?.id,
  };
}
