import type { Prisma } from '../../generated/prisma/client.ts';
import type { FigureKind } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { FigureKindEnum } from '../../schema/enums.ts';
import { type DecodedID, placeFilter } from '../../schema/filters.ts';
import { CampaignRef, placeTypes } from '../../schema/refs.ts';

builder.queryFields((t) => ({
  reportedFigures: t.prismaConnection({
    type: 'ReportedFigure',
    cursor: 'id',
    description: 'Numbers published in reports, by metric and year.',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also figures about the units below it.',
      }),
      metric: t.arg.stringList({ required: false, description: 'e.g. ["twinned_agencies"].' }),
      kind: t.arg({ type: FigureKindEnum, required: false }),
      year: t.arg.int({ required: false }),
      campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
    },
    totalCount: async (_root, args, context) =>
      context.db.reportedFigure.count({ where: await figureWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.reportedFigure.findMany({
        ...query,
        where: await figureWhere(context, args),
        orderBy: [{ metric: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

interface FigureArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  metric?: readonly string[] | null;
  kind?: FigureKind | null;
  year?: number | null;
  campaignId?: DecodedID | null;
}

async function figureWhere(context: Context, args: FigureArgs): Promise<Prisma.ReportedFigureWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants),
    metric: args.metric?.length ? { in: [...args.metric] } : undefined,
    kind: args.kind ?? undefined,
    year: args.year ?? undefined,
    campaignId: args.campaignId?.id,
  };
}
