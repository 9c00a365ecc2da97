import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { RecipientKind } from '../generated/prisma/enums.ts';
import { AgencyRef } from './agency.ts';
import { builder } from './builder.ts';
import { CampaignRef } from './campaign.ts';
import { RecipientKindEnum } from './enums.ts';
import { type DecodedID, dateFilter, inList, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';

builder.prismaNode('Commendation', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'Certificates of merit (bằng khen, giấy khen) to groups or individuals. A published count without names is one record with its count.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    recipientKind: t.expose('recipientKind', {
      type: RecipientKindEnum,
      description: 'Groups (tập thể) or individuals (cá nhân).',
    }),
    recipientCount: t.exposeInt('recipientCount', { description: 'How many groups or individuals the record covers.' }),
    recipientName: t.exposeString('recipientName', {
      nullable: true,
      description: 'The recipient, when the report names one.',
    }),
    recipientAgency: t.relation('recipientAgency', {
      nullable: true,
      description: 'The recipient as a recorded agency.',
    }),
    awardedBy: t.exposeString('awardedBy', {
      description: 'Who awards it, e.g. "Chairman of the Provincial People’s Committee".',
    }),
    presentedBy: t.exposeString('presentedBy', {
      nullable: true,
      description: 'Who handed it over, when different, e.g. the Department of Labour, Invalids and Social Affairs.',
    }),
    awardedOn: t.expose('awardedOn', { type: 'Date', nullable: true, description: 'Date of the award.' }),
    place: t.relation('place', { description: 'The province (or unit) whose programme it belongs to.' }),
    campaign: t.relation('campaign', {
      nullable: true,
      description: 'The programme or emulation movement it rewards.',
    }),
    document: t.relation('document', { nullable: true, description: 'The decision that awards it.' }),
    occasion: t.exposeString('occasion', { nullable: true, description: 'e.g. "2023 review conference".' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
  }),
});

interface CommendationTotals {
  groups: number;
  individuals: number;
}

const CommendationTotalsRef = builder.objectRef<CommendationTotals>('CommendationTotals').implement({
  description: 'How many groups and individuals were commended, summed in the database.',
  fields: (t) => ({
    groups: t.exposeInt('groups', { description: 'Groups (tập thể) commended.' }),
    individuals: t.exposeInt('individuals', { description: 'Individuals (cá nhân) commended.' }),
  }),
});

builder.queryFields((t) => {
  const filterArgs = {
    placeId: t.arg.globalID({ for: placeTypes, required: false }),
    includeDescendants: t.arg.boolean({
      defaultValue: false,
      description: 'With placeId: also commendations in the programmes of the units below it.',
    }),
    campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
    recipientKind: t.arg({ type: [RecipientKindEnum], required: false }),
    recipientAgencyId: t.arg.globalID({ for: AgencyRef, required: false }),
    from: t.arg({ type: 'Date', required: false, description: 'Awarded on or after this date.' }),
    to: t.arg({ type: 'Date', required: false, description: 'Awarded on or before this date.' }),
  };
  return {
    commendations: t.prismaConnection({
      type: 'Commendation',
      cursor: 'id',
      description: 'Certificates of merit awarded, newest first.',
      args: filterArgs,
      totalCount: async (_root, args, { db }) => db.commendation.count({ where: await commendationWhere(db, args) }),
      resolve: async (query, _root, args, { db }) =>
        db.commendation.findMany({
          ...query,
          where: await commendationWhere(db, args),
          orderBy: [{ awardedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
        }),
    }),
    commendationTotals: t.field({
      type: CommendationTotalsRef,
      description: 'How many groups and individuals the matching commendations cover (records with counts are summed).',
      args: filterArgs,
      resolve: async (_root, args, { db }) => {
        const sums = await db.commendation.groupBy({
          by: ['recipientKind'],
          where: await commendationWhere(db, args),
          _sum: { recipientCount: true },
        });
        const count = (kind: RecipientKind) => sums.find((sum) => sum.recipientKind === kind)?._sum.recipientCount ?? 0;
        return { groups: count('GROUP'), individuals: count('INDIVIDUAL') };
      },
    }),
  };
});

interface CommendationArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  campaignId?: DecodedID | null;
  recipientKind?: readonly RecipientKind[] | null;
  recipientAgencyId?: DecodedID | null;
  from?: Date | null;
  to?: Date | null;
}

function commendationWhere(db: PrismaClient, args: CommendationArgs): Promise<Prisma.CommendationWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants),
    campaignId: args.campaignId?.id,
    recipientKind: inList(args.recipientKind),
    recipientAgencyId: args.recipientAgencyId?.id,
    awardedOn: dateFilter(args),
  }));
}
