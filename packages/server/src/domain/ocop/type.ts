import type { Prisma } from '../../generated/prisma/client.ts';
import { builder } from '../../schema/builder.ts';
import { OcopGroupEnum, OcopRatingStatusEnum, PlaceLevelEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';

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
    archivedAt: t.expose('archivedAt', recordDates.archivedAt),
    createdAt: t.expose('createdAt', recordDates.createdAt),
    updatedAt: t.expose('updatedAt', recordDates.updatedAt),
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
