import { dateRange } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ActivityCategory, FundingSource } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { ActivityCategoryEnum, FundingSourceEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { AgencyRef, CampaignRef, CriterionRef, NeedRef, placeTypes, TwinningRef } from '../../schema/refs.ts';

const ActivityOrder = builder.enumType('ActivityOrder', {
  description: 'How to sort activities.',
  values: {
    OCCURRED_ON_DESC: { description: 'Newest first (default).' },
    OCCURRED_ON_ASC: { description: 'Oldest first.' },
    RECORDED_DESC: { description: 'Most recently recorded first.' },
  } as const,
});

const activityOrder: Record<
  'OCCURRED_ON_DESC' | 'OCCURRED_ON_ASC' | 'RECORDED_DESC',
  Prisma.ActivityOrderByWithRelationInput[]
> = {
  OCCURRED_ON_DESC: [{ occurredOn: 'desc' }, { id: 'asc' }],
  OCCURRED_ON_ASC: [{ occurredOn: 'asc' }, { id: 'asc' }],
  RECORDED_DESC: [{ createdAt: 'desc' }, { id: 'asc' }],
};

builder.queryFields((t) => ({
  activities: t.prismaConnection({
    type: 'Activity',
    cursor: 'id',
    description:
      'Support delivered: filter by agency, place (with the units below it by default), dates, category and more.',
    args: {
      agencyId: t.arg.globalID({ for: AgencyRef, required: false, description: 'Activities this agency led.' }),
      partnerAgencyId: t.arg.globalID({
        for: AgencyRef,
        required: false,
        description: 'Activities this agency took part in as a partner.',
      }),
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also activities at every unit below the place (default).',
      }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also activities recorded on the units the place replaced (through lineage).',
      }),
      twinningId: t.arg.globalID({ for: TwinningRef, required: false }),
      campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
      needId: t.arg.globalID({ for: NeedRef, required: false }),
      criterionId: t.arg.globalID({
        for: CriterionRef,
        required: false,
        description: 'Activities that help meet this criterion.',
      }),
      from: t.arg({ type: 'Date', required: false, description: 'On or after this date.' }),
      to: t.arg({ type: 'Date', required: false, description: 'On or before this date.' }),
      category: t.arg({ type: [ActivityCategoryEnum], required: false }),
      fundingSource: t.arg({ type: [FundingSourceEnum], required: false }),
      orderBy: t.arg({ type: ActivityOrder, defaultValue: 'OCCURRED_ON_DESC' }),
    },
    totalCount: async (_root, args, context) =>
      context.db.activity.count({ where: await activityWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.activity.findMany({
        ...query,
        where: await activityWhere(context, args),
        orderBy: activityOrder[args.orderBy ?? 'OCCURRED_ON_DESC'],
      }),
  }),
}));

interface ActivityArgs {
  agencyId?: DecodedID | null;
  partnerAgencyId?: DecodedID | null;
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  includeHistory?: boolean | null;
  twinningId?: DecodedID | null;
  campaignId?: DecodedID | null;
  needId?: DecodedID | null;
  criterionId?: DecodedID | null;
  from?: Date | null;
  to?: Date | null;
  category?: readonly ActivityCategory[] | null;
  fundingSource?: readonly FundingSource[] | null;
}

async function activityWhere(context: Context, args: ActivityArgs): Promise<Prisma.ActivityWhereInput> {
  return {
    agencyId: args.agencyId?.id,
    placeId: await placeFilter(context, args.placeId, args.includeDescendants ?? true, args.includeHistory),
    twinningId: args.twinningId?.id,
    campaignId: args.campaignId?.id,
    needId: args.needId?.id,
    occurredOn: dateRange(args),
    category: inList(args.category),
    fundingSource: inList(args.fundingSource),
    ...(args.partnerAgencyId ? { partners: { some: { agencyId: args.partnerAgencyId.id } } } : {}),
    ...(args.criterionId ? { criteria: { some: { criterionId: args.criterionId.id } } } : {}),
  };
}
