import type { Prisma } from '../../generated/prisma/client.ts';
import type { TwinningRelation, TwinningStatus } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { TwinningRelationEnum, TwinningStatusEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter, twinningActiveOn } from '../../schema/filters.ts';
import { AgencyRef, CampaignRef, DocumentRef, placeTypes } from '../../schema/refs.ts';

const TwinningOrder = builder.enumType('TwinningOrder', {
  description: 'How to sort twinnings.',
  values: {
    STARTS_ON_DESC: { description: 'Newest first (default).' },
    STARTS_ON_ASC: { description: 'Oldest first.' },
  } as const,
});

builder.queryFields((t) => ({
  twinnings: t.prismaConnection({
    type: 'Twinning',
    cursor: 'id',
    description:
      'Who twins with whom: assignments of agencies to places, filtered by agency, place, document, status and date.',
    args: {
      agencyId: t.arg.globalID({ for: AgencyRef, required: false }),
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also twinnings with every unit below the place.',
      }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also twinnings with the units the place replaced (through lineage).',
      }),
      documentId: t.arg.globalID({ for: DocumentRef, required: false }),
      campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
      status: t.arg({ type: [TwinningStatusEnum], required: false }),
      relation: t.arg({ type: [TwinningRelationEnum], required: false }),
      activeOn: t.arg({ type: 'Date', required: false, description: 'Only twinnings running on this date.' }),
      orderBy: t.arg({ type: TwinningOrder, defaultValue: 'STARTS_ON_DESC' }),
    },
    totalCount: async (_root, args, context) =>
      context.db.twinning.count({ where: await twinningWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.twinning.findMany({
        ...query,
        where: await twinningWhere(context, args),
        orderBy: [{ startsOn: args.orderBy === 'STARTS_ON_ASC' ? 'asc' : 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface TwinningArgs {
  agencyId?: DecodedID | null;
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  includeHistory?: boolean | null;
  documentId?: DecodedID | null;
  campaignId?: DecodedID | null;
  status?: readonly TwinningStatus[] | null;
  relation?: readonly TwinningRelation[] | null;
  activeOn?: Date | null;
}

async function twinningWhere(context: Context, args: TwinningArgs): Promise<Prisma.TwinningWhereInput> {
  return {
    agencyId: args.agencyId?.id,
    placeId: await placeFilter(context, args.placeId, args.includeDescendants, args.includeHistory),
    documentId: args.documentId?.id,
    campaignId: args.campaignId?.id,
    status: inList(args.status),
    relation: inList(args.relation),
    ...(args.activeOn ? twinningActiveOn(args.activeOn) : {}),
  };
}
