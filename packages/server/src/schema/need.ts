import type { PrismaClient } from '../db/database.ts';
import { needPledgedTotals } from '../db/queries/totals.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ActivityCategory, NeedStatus } from '../generated/prisma/enums.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { cancelNeed, markNeedFulfilled, openNeed, pledgeNeed } from '../writes/needs.ts';
import { AgencyRef } from './agency.ts';
import { batched } from './batch.ts';
import { builder } from './builder.ts';
import { CriterionRef } from './criteria.ts';
import { DocumentRef } from './document.ts';
import { ActivityCategoryEnum, DatePrecisionEnum, NeedStatusEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';
import { TwinningRef } from './twinning.ts';

export const NeedRef = builder.prismaNode('Need', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
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
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
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

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────

const OpenNeedInput = builder.inputType('OpenNeedInput', {
  description: 'Something a place asks agencies to provide.',
  fields: (t) => ({
    placeId: t.globalID({
      for: placeTypes,
      required: true,
      description: 'The unit that asks; it must have existed when it asked.',
    }),
    category: t.field({ type: ActivityCategoryEnum, required: true }),
    title: t.string({ required: true, description: 'What is asked for, e.g. "Rural road lighting".' }),
    description: t.string({ required: false }),
    requestedOn: t.field({ type: 'Date', required: true, description: 'When it was asked, not after today.' }),
    datePrecision: t.field({ type: DatePrecisionEnum, required: false, defaultValue: 'DAY' }),
    estimatedValueVnd: t.field({ type: 'Money', required: false }),
    criterionId: t.globalID({ for: CriterionRef, required: false }),
    requestedOfId: t.globalID({
      for: AgencyRef,
      required: false,
      description: 'The agency it is addressed to; with a twinning, the twinning’s agency (the default).',
    }),
    twinningId: t.globalID({
      for: TwinningRef,
      required: false,
      description: 'The twinning it is raised through; the place must be the twinning’s place or within it.',
    }),
    documentId: t.globalID({ for: DocumentRef, required: false }),
  }),
});

builder.mutationFields((t) => ({
  openNeed: t.prismaField({
    type: 'Need',
    description: 'Record a place’s request (status OPEN).',
    errors: payload('openNeed', 'need'),
    args: {
      input: t.arg({ type: OpenNeedInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const id = await openNeed(
        context,
        {
          ...input,
          placeId: input.placeId.id,
          criterionId: input.criterionId?.id,
          requestedOfId: input.requestedOfId?.id,
          twinningId: input.twinningId?.id,
          documentId: input.documentId?.id,
        },
        args.idempotencyKey,
      );
      return context.db.need.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  pledgeNeed: t.prismaField({
    type: 'Need',
    description:
      'An agency promises to meet (part of) an open or pledged need; the need becomes PLEDGED. Each agency pledges once per need.',
    errors: payload('pledgeNeed', 'need'),
    args: {
      needId: t.arg.globalID({ for: NeedRef, required: true }),
      agencyId: t.arg.globalID({ for: AgencyRef, required: true }),
      amountVnd: t.arg({ type: 'Money', required: false }),
      note: t.arg.string({ required: false, description: 'What was pledged, in words.' }),
      pledgedOn: t.arg({ type: 'Date', required: false, description: 'When it pledged; today when left out.' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await pledgeNeed(
        context,
        args.needId.id,
        { agencyId: args.agencyId.id, amountVnd: args.amountVnd, note: args.note, pledgedOn: args.pledgedOn },
        args.idempotencyKey,
      );
      return context.db.need.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  markNeedFulfilled: t.prismaField({
    type: 'Need',
    description:
      'Close an open or pledged need as FULFILLED by the activities that met it (which are linked to it). A fulfilled or cancelled need is a ConflictError.',
    errors: payload('markNeedFulfilled', 'need'),
    args: {
      needId: t.arg.globalID({ for: NeedRef, required: true }),
      // Not `for: ActivityRef`: activity.ts imports this file, and the cycle would read the ref early.
      activityIds: t.arg.globalIDList({ required: true, description: 'Global IDs of the activities.' }),
      closedOn: t.arg({
        type: 'Date',
        required: false,
        description: 'When it was met; by default the day the last of the activities ended.',
      }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await markNeedFulfilled(
        context,
        args.needId.id,
        {
          // An ID of another type fails validation at its own path, like a malformed one.
          activityIds: args.activityIds.map((activity) => (activity.typename === 'Activity' ? activity.id : '')),
          closedOn: args.closedOn,
        },
        args.idempotencyKey,
      );
      return context.db.need.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  cancelNeed: t.prismaField({
    type: 'Need',
    description: 'Withdraw an open or pledged need (status CANCELLED, closed today).',
    errors: payload('cancelNeed', 'need'),
    args: {
      needId: t.arg.globalID({ for: NeedRef, required: true }),
      reason: t.arg.string({ required: true, description: 'Why; kept in the audit trail.' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await cancelNeed(context, args.needId.id, { reason: args.reason }, args.idempotencyKey);
      return context.db.need.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
}));
