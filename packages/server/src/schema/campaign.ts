import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { CampaignKind } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import { CampaignKindEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';

export const CampaignRef = builder.prismaNode('Campaign', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A programme or emulation movement (phong trào thi đua), e.g. "For the poor – no one left behind" 2021–2025, or Đắk Lắk’s twinning with ethnic-minority villages.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    kind: t.expose('kind', { type: CampaignKindEnum, description: 'Twinning programme, emulation movement, NTM …' }),
    name: t.exposeString('name', { description: 'English name.' }),
    nameVi: t.exposeString('nameVi', {
      description: 'Vietnamese name, e.g. "Vì người nghèo – không để ai bị bỏ lại phía sau".',
    }),
    place: t.relation('place', { description: 'The province (or unit) that runs it.' }),
    document: t.relation('document', { nullable: true, description: 'The document that launched it, e.g. 75-CV/TU.' }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First day.' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: 'Last day; null while it runs on.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    twinnings: t.relatedConnection('twinnings', {
      cursor: 'id',
      totalCount: true,
      description: 'Twinnings made under it, newest first.',
      query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'id',
      totalCount: true,
      description: 'Activities carried out under it, newest first.',
      query: { orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }] },
    }),
    commendations: t.relatedConnection('commendations', {
      cursor: 'id',
      totalCount: true,
      description: 'Certificates of merit it awarded.',
      query: { orderBy: [{ id: 'asc' }] },
    }),
    fundingAllocations: t.relatedConnection('fundingAllocations', {
      cursor: 'id',
      totalCount: true,
      description: 'Money allocated or mobilised under it, newest year first.',
      query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
    }),
    reportedFigures: t.relatedConnection('reportedFigures', {
      cursor: 'id',
      totalCount: true,
      description: 'Results it published (counts, rates, totals), by metric.',
      query: { orderBy: [{ metric: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

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
    totalCount: async (_root, args, { db }) => db.campaign.count({ where: await campaignWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.campaign.findMany({
        ...query,
        where: await campaignWhere(db, args),
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

function campaignWhere(db: PrismaClient, args: CampaignArgs): Promise<Prisma.CampaignWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants),
    kind: inList(args.kind),
    ...(args.activeOn
      ? { startsOn: { lte: args.activeOn }, OR: [{ endsOn: null }, { endsOn: { gte: args.activeOn } }] }
      : {}),
  }));
}
