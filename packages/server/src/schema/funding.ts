import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { FundingSource } from '../generated/prisma/enums.ts';
import { AgencyRef } from './agency.ts';
import { builder } from './builder.ts';
import { CampaignRef } from './campaign.ts';
import { FundingSourceEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';

builder.prismaNode('FundingAllocation', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'Money allocated or mobilised for a place in a year, e.g. Hà Tĩnh’s 2023 sponsorship budget from organisations assigned to sponsor villages and communes.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    place: t.relation('place', { description: 'The place the money is for.' }),
    year: t.exposeInt('year', { description: 'The budget year.' }),
    amountVnd: t.expose('amountVnd', { type: 'Money', description: 'Amount in VND.' }),
    source: t.expose('source', { type: FundingSourceEnum, description: 'Where the money comes from.' }),
    sourceAgency: t.relation('sourceAgency', { nullable: true, description: 'The agency that gave it, when one did.' }),
    purpose: t.exposeString('purpose', { description: 'What it is for.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The programme it belongs to.' }),
    document: t.relation('document', { nullable: true, description: 'The decision or report that records it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
  }),
});

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
    totalCount: async (_root, args, { db }) => db.fundingAllocation.count({ where: await fundingWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.fundingAllocation.findMany({
        ...query,
        where: await fundingWhere(db, args),
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

function fundingWhere(db: PrismaClient, args: FundingArgs): Promise<Prisma.FundingAllocationWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants ?? true),
    year: args.year ?? undefined,
    source: inList(args.source),
    sourceAgencyId: args.sourceAgencyId?.id,
    campaignId: args.campaignId?.id,
  }));
}
