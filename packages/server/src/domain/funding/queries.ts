import type { Prisma } from '../../generated/prisma/client.ts';
import type { FundingSource } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { FundingSourceEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { AgencyRef, CampaignRef, placeTypes } from '../../schema/refs.ts';

builder.queryFields((t) => ({
  fundingAllocations: t.prismaConnection({
    type: 'FundingAllocation',
    cursor: 'id',
    description: 'Money allocated or mobilised for places, newest year first.',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also money for the units below it (default).',
      }),
      year: t.arg.int({ required: false }),
      source: t.arg({ type: [FundingSourceEnum], required: false }),
      sourceAgencyId: t.arg.globalID({ for: AgencyRef, required: false }),
      campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
    },
    totalCount: async (_root, args, context) =>
      context.db.fundingAllocation.count({ where: await fundingWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.fundingAllocation.findMany({
        ...query,
        where: await fundingWhere(context, args),
        orderBy: [{ year: 'desc' }, { amountVnd: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface FundingArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  year?: number | null;
  source?: readonly FundingSource[] | null;
  sourceAgencyId?: DecodedID | null;
  campaignId?: DecodedID | null;
}

async function fundingWhere(context: Context, args: FundingArgs): Promise<Prisma.FundingAllocationWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants ?? true),
    year: args.year ?? undefined,
    source: inList(args.source),
    sourceAgencyId: args.sourceAgencyId?.id,
    campaignId: args.campaignId?.id,
  };
}
