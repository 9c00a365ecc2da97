import { yearRange } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { type DecodedID, placeFilter } from '../../schema/filters.ts';
import { placeTypes } from '../../schema/refs.ts';

builder.queryFields((t) => ({
  indicators: t.prismaConnection({
    type: 'Indicator',
    cursor: 'id',
    description: 'The statistical series tracked, by code.',
    args: {
      search: t.arg.string({ required: false, description: 'Part of the code or the English or Vietnamese name.' }),
    },
    totalCount: (_root, args, { db }) => db.indicator.count({ where: indicatorWhere(args.search) }),
    resolve: (query, _root, args, { db }) =>
      db.indicator.findMany({
        ...query,
        where: indicatorWhere(args.search),
        orderBy: [{ code: 'asc' }, { id: 'asc' }],
      }),
  }),
  indicator: t.prismaField({
    type: 'Indicator',
    nullable: true,
    description: 'One series by its code, e.g. "POVERTY_RATE".',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, { db }) => db.indicator.findUnique({ ...query, where: { code: args.code } }),
  }),
  indicatorObservations: t.prismaConnection({
    type: 'IndicatorObservation',
    cursor: 'id',
    description: 'Indicator values by place and year, oldest first: a poverty-rate trend, a ranking of communes.',
    args: {
      indicatorCode: t.arg.stringList({ required: false, description: 'e.g. ["POVERTY_RATE", "NEAR_POOR_RATE"].' }),
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also the units below it.',
      }),
      year: t.arg.int({ required: false }),
      fromYear: t.arg.int({ required: false }),
      toYear: t.arg.int({ required: false }),
    },
    totalCount: async (_root, args, context) =>
      context.db.indicatorObservation.count({ where: await observationWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.indicatorObservation.findMany({
        ...query,
        where: await observationWhere(context, args),
        orderBy: [{ year: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

function indicatorWhere(search: string | null | undefined): Prisma.IndicatorWhereInput {
  const text = search?.trim();
  if (!text) return {};
  return {
    OR: [
      { code: { contains: text, mode: 'insensitive' } },
      { name: { contains: text, mode: 'insensitive' } },
      { nameVi: { contains: text, mode: 'insensitive' } },
    ],
  };
}

interface ObservationArgs {
  indicatorCode?: readonly string[] | null;
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  year?: number | null;
  fromYear?: number | null;
  toYear?: number | null;
}

async function observationWhere(
  context: Context,
  args: ObservationArgs,
): Promise<Prisma.IndicatorObservationWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants),
    ...(args.indicatorCode?.length ? { indicator: { code: { in: [...args.indicatorCode] } } } : {}),
    year: args.year ?? yearRange(args.fromYear, args.toYear),
  };
}
