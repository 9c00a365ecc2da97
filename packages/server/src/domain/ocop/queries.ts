import type { Prisma } from '../../generated/prisma/client.ts';
import type { OcopGroup } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { OcopGroupEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { AgencyRef, placeTypes } from '../../schema/refs.ts';
import { foldForSearch } from '../../text/fold.ts';

builder.queryFields((t) => ({
  ocopProducts: t.prismaConnection({
    type: 'OcopProduct',
    cursor: 'id',
    description: 'OCOP products by place, stars, group or name, by name. Search ignores diacritics and case.',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also products of the units below it (default).',
      }),
      minStars: t.arg.int({
        required: false,
        description: 'Only products rated (status RATED) at least this many stars.',
      }),
      year: t.arg.int({
        required: false,
        description: 'Only products with a rating (or proposal) in this year; with minStars, a rating of that year.',
      }),
      group: t.arg({ type: [OcopGroupEnum], required: false }),
      exported: t.arg.boolean({
        required: false,
        description: 'Only products with (true) or without (false) export markets.',
      }),
      search: t.arg.string({ required: false }),
      producerId: t.arg.globalID({ for: AgencyRef, required: false }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
    },
    totalCount: async (_root, args, context) => context.db.ocopProduct.count({ where: await ocopWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.ocopProduct.findMany({
        ...query,
        where: await ocopWhere(context, args),
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

interface OcopArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  minStars?: number | null;
  year?: number | null;
  group?: readonly OcopGroup[] | null;
  exported?: boolean | null;
  search?: string | null;
  producerId?: DecodedID | null;
  includeArchived?: boolean | null;
}

async function ocopWhere(context: Context, args: OcopArgs): Promise<Prisma.OcopProductWhereInput> {
  const search = args.search?.trim();
  const rating: Prisma.OcopRatingWhereInput = {
    ...(args.minStars != null ? { status: 'RATED', stars: { gte: args.minStars } } : {}),
    ...(args.year != null ? { year: args.year } : {}),
  };
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants ?? true),
    group: inList(args.group),
    producerId: args.producerId?.id,
    archivedAt: args.includeArchived ? undefined : null,
    ...(search ? { nameFolded: { contains: foldForSearch(search) } } : {}),
    ...(args.exported == null
      ? {}
      : args.exported
        ? { NOT: { exportMarkets: { isEmpty: true } } }
        : { exportMarkets: { isEmpty: true } }),
    ...(Object.keys(rating).length > 0 ? { ratings: { some: rating } } : {}),
  };
}
