import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { OcopGroup } from '../generated/prisma/enums.ts';
import { foldForSearch } from '../text/fold.ts';
import { AgencyRef } from './agency.ts';
import { builder } from './builder.ts';
import { OcopGroupEnum, OcopRatingStatusEnum, PlaceLevelEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';

const newestRatingFirst = {
  orderBy: [{ year: 'desc' }, { stars: 'desc' }, { id: 'asc' }],
} satisfies Prisma.OcopProduct$ratingsArgs;

builder.prismaNode('OcopProduct', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description: 'A "One Commune One Product" product (sản phẩm OCOP), rated 3 to 5 stars.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Product name with diacritics.' }),
    place: t.relation('place', { description: 'The commune (or district) it comes from.' }),
    producer: t.exposeString('producer', { description: 'Producer as named: a cooperative, enterprise or household.' }),
    producerAgency: t.relation('producerAgency', {
      nullable: true,
      description: 'The producer as a recorded agency, when it is one.',
    }),
    group: t.expose('group', { type: OcopGroupEnum, description: 'One of the six OCOP product groups.' }),
    exportMarkets: t.exposeStringList('exportMarkets', {
      description: 'ISO 3166-1 alpha-2 codes of the countries it is exported to.',
    }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the record was retired.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    ratings: t.relation('ratings', {
      description: 'Its star ratings and proposals, newest first.',
      query: newestRatingFirst,
    }),
    stars: t.int({
      nullable: true,
      description: 'Stars of its newest rating in force (status RATED); null when it has none.',
      // The same selection as `ratings`, so asking for both loads the ratings once.
      select: { ratings: newestRatingFirst },
      resolve: (product) => product.ratings.find((rating) => rating.status === 'RATED')?.stars ?? null,
    }),
  }),
});

builder.prismaObject('OcopRating', {
  description:
    'A star rating of an OCOP product: 3★ 50–69 points, 4★ 70–89, 5★ 90–100; certificates are valid 36 months.',
  fields: (t) => ({
    product: t.relation('product', { description: 'The product rated.' }),
    stars: t.exposeInt('stars', { description: '3, 4 or 5.' }),
    score: t.exposeInt('score', { nullable: true, description: 'Points out of 100.' }),
    status: t.expose('status', { type: OcopRatingStatusEnum, description: 'Proposed, rated or expired.' }),
    year: t.exposeInt('year', { description: 'The year of the rating round.' }),
    ratedOn: t.expose('ratedOn', { type: 'Date', nullable: true, description: 'Date of the rating decision.' }),
    validUntil: t.expose('validUntil', {
      type: 'Date',
      nullable: true,
      description: 'Last day the certificate is valid.',
    }),
    ratedBy: t.expose('ratedBy', {
      type: PlaceLevelEnum,
      nullable: true,
      description: 'Who rated it: the province rates 3★ and 4★, 5★ is rated centrally (null).',
    }),
  }),
});

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
    totalCount: async (_root, args, { db }) => db.ocopProduct.count({ where: await ocopWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.ocopProduct.findMany({
        ...query,
        where: await ocopWhere(db, args),
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

function ocopWhere(db: PrismaClient, args: OcopArgs): Promise<Prisma.OcopProductWhereInput> {
  return oncePerArgs(args, async () => {
    const search = args.search?.trim();
    const rating: Prisma.OcopRatingWhereInput = {
      ...(args.minStars != null ? { status: 'RATED', stars: { gte: args.minStars } } : {}),
      ...(args.year != null ? { year: args.year } : {}),
    };
    return {
      placeId: await placeFilter(db, args.placeId, args.includeDescendants ?? true),
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
  });
}
