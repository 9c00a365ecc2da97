import type { PrismaClient } from '../db/database.ts';
import { needPledgedTotals } from '../db/queries/totals.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ActivityCategory, NeedStatus } from '../generated/prisma/enums.ts';
import { AgencyRef } from './agency.ts';
import { batched } from './batch.ts';
import { builder } from './builder.ts';
import { CriterionRef } from './criteria.ts';
import { ActivityCategoryEnum, DatePrecisionEnum, NeedStatusEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';

export const NeedRef = builder.prismaNode('Need', {
  description:
    'Something a place asked agencies to provide: a village road, a cultural house, school buildings, medical check-ups.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    place: t.relation('place', { description: 'The commune or village that asked.' }),
    category: t.expose('category', { type: ActivityCategoryEnum, description: 'The kind of support asked for.' }),
    title: t.exposeString('title', { description: 'What is asked for, e.g. "Rural road lighting".' }),
    description: t.exposeString('description', { nullable: true, description: 'Longer account, as reported.' }),
    status: t.expose('status', { type: NeedStatusEnum, description: 'Open, pledged, fulfilled or cancelled.' }),
    requestedOn: t.expose('requestedOn', { type: 'Date', description: 'When it was asked; see datePrecision.' }),
    datePrecision: t.expose('datePrecision', {
      type: DatePrecisionEnum,
      description: 'How much of requestedOn the source gives.',
    }),
    estimatedValueVnd: t.expose('estimatedValueVnd', {
      type: 'Money',
      nullable: true,
      description: 'Estimated cost in VND, when given.',
    }),
    criterion: t.relation('criterion', { nullable: true, description: 'The criterion meeting it would help with.' }),
    requestedOf: t.relation('requestedOf', { nullable: true, description: 'The agency it was addressed to, if one.' }),
    twinning: t.relation('twinning', { nullable: true, description: 'The twinning it was raised through.' }),
    document: t.relation('document', { nullable: true, description: 'The report or letter that records it.' }),
    closedOn: t.expose('closedOn', {
      type: 'Date',
      nullable: true,
      description: 'When it was fulfilled or cancelled.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    pledges: t.relation('pledges', {
      description: 'Agencies’ pledges towards it, oldest first (withdrawn ones included, with their date).',
      query: { orderBy: [{ pledgedOn: 'asc' }, { id: 'asc' }] },
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'id',
      totalCount: true,
      description: 'Activities that answered it, newest first.',
      query: { orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }] },
    }),
    pledgedVnd: t.field({
      type: 'Money',
      description: 'Sum pledged in VND by pledges not withdrawn, computed in the database.',
      resolve: async (need, _args, context) =>
        (await batched(context, 'need.pledgedVnd', need.id, (ids) => needPledgedTotals(context.db, ids))) ?? 0n,
    }),
  }),
});

builder.prismaNode('NeedPledge', {
  description: 'An agency’s promise to meet (part of) a need.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    need: t.relation('need', { description: 'The need pledged to.' }),
    agency: t.relation('agency', { description: 'The agency that pledged.' }),
    pledgedOn: t.expose('pledgedOn', { type: 'Date', description: 'When it pledged.' }),
    amountVnd: t.expose('amountVnd', {
      type: 'Money',
      nullable: true,
      description: 'Amount pledged in VND, when given.',
    }),
    note: t.exposeString('note', { nullable: true, description: 'What was pledged, in words.' }),
    withdrawnOn: t.expose('withdrawnOn', {
      type: 'Date',
      nullable: true,
      description: 'When it was withdrawn, if it was.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
  }),
});

const NeedOrder = builder.enumType('NeedOrder', {
  description: 'How to sort needs.',
  values: {
    REQUESTED_ON_DESC: { description: 'Newest first (default).' },
    REQUESTED_ON_ASC: { description: 'Oldest first: the longest-waiting open needs.' },
  } as const,
});

builder.queryFields((t) => ({
  needs: t.prismaConnection({
    type: 'Need',
    cursor: 'id',
    description: 'What places asked for: "which requests of this commune are still open?".',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also the needs of the units below it (default).',
      }),
      status: t.arg({ type: [NeedStatusEnum], required: false }),
      category: t.arg({ type: [ActivityCategoryEnum], required: false }),
      criterionId: t.arg.globalID({ for: CriterionRef, required: false }),
      requestedOfId: t.arg.globalID({
        for: AgencyRef,
        required: false,
        description: 'Needs addressed to this agency.',
      }),
      orderBy: t.arg({ type: NeedOrder, defaultValue: 'REQUESTED_ON_DESC' }),
    },
    totalCount: async (_root, args, { db }) => db.need.count({ where: await needWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.need.findMany({
        ...query,
        where: await needWhere(db, args),
        orderBy: [{ requestedOn: args.orderBy === 'REQUESTED_ON_ASC' ? 'asc' : 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface NeedArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  status?: readonly NeedStatus[] | null;
  category?: readonly ActivityCategory[] | null;
  criterionId?: DecodedID | null;
  requestedOfId?: DecodedID | null;
}

function needWhere(db: PrismaClient, args: NeedArgs): Promise<Prisma.NeedWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants ?? true),
    status: inList(args.status),
    category: inList(args.category),
    criterionId: args.criterionId?.id,
    requestedOfId: args.requestedOfId?.id,
  }));
}
