import type { Prisma } from '../../generated/prisma/client.ts';
import type { CampaignKind } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { CampaignKindEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { placeTypes } from '../../schema/refs.ts';

builder.queryFields((t) => ({
  campaigns: t.prismaConnection({
    type: 'Campaign',
    cursor: 'id',
    description: 'Programmes and emulation movements, newest first.',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also the programmes of the units below it.',
      }),
      kind: t.arg({ type: [CampaignKindEnum], required: false }),
      activeOn: t.arg({ type: 'Date', required: false, description: 'Only programmes running on this date.' }),
    },
    totalCount: async (_root, args, context) =>
      context.db.campaign.count({ where: await campaignWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.campaign.findMany({
        ...query,
        where: await campaignWhere(context, args),
        orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface CampaignArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  kind?: readonly CampaignKind[] | null;
  activeOn?: Date | null;
}

async function campaignWhere(context: Context, args: CampaignArgs): Promise<Prisma.CampaignWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants),
    kind: inList(args.kind),
    ...(args.activeOn
      ? { startsOn: { lte: args.activeOn }, OR: [{ endsOn: null }, { endsOn: { gte: args.activeOn } }] }
      : {}),
  };
}
