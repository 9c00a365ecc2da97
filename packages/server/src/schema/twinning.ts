import type { PrismaClient } from '../db/database.ts';
import { twinningSupportTotals } from '../db/queries/totals.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TwinningRelation, TwinningStatus } from '../generated/prisma/enums.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { assignTwinning, endTwinning } from '../writes/twinnings.ts';
import { AgencyRef } from './agency.ts';
import { batched } from './batch.ts';
import { builder } from './builder.ts';
import { CampaignRef } from './campaign.ts';
import { DocumentRef } from './document.ts';
import { DatePrecisionEnum, TwinningRelationEnum, TwinningStatusEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, periodKey, placeFilter, twinningActiveOn } from './filters.ts';
import { placeTypes } from './place-types.ts';
import { SupportTotalRef } from './support-total.ts';

export const TwinningRef = builder.prismaNode('Twinning', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'An agency assigned to twin with (kết nghĩa), help (giúp đỡ) or sponsor (đỡ đầu) a place, on a document, for a period.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    agency: t.relation('agency', { description: 'Who was assigned.' }),
    place: t.relation('place', { description: 'The province, district, commune or village it twins with.' }),
    document: t.relation('document', {
      nullable: true,
      description: 'The decision or Party document that made the assignment, e.g. 2072/QD-UBND.',
    }),
    campaign: t.relation('campaign', { nullable: true, description: 'The programme the twinning belongs to.' }),
    relation: t.expose('relation', { type: TwinningRelationEnum, description: 'Twinning, help or sponsorship.' }),
    status: t.expose('status', { type: TwinningStatusEnum, description: 'Planned, active or ended.' }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First day; see startPrecision.' }),
    startPrecision: t.expose('startPrecision', {
      type: DatePrecisionEnum,
      description: 'How much of startsOn the source gives ("end of August 2016" is MONTH).',
    }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: 'Last day; null while open-ended.' }),
    endedReason: t.exposeString('endedReason', { nullable: true, description: 'Why it ended, when it has.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    isActiveOn: t.boolean({
      description: 'True when the twinning runs on this date (from startsOn to endsOn, inclusive).',
      args: { date: t.arg({ type: 'Date', required: true }) },
      resolve: (twinning, args) =>
        twinning.startsOn <= args.date && (twinning.endsOn === null || twinning.endsOn >= args.date),
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'id',
      totalCount: true,
      description: 'Activities recorded under this twinning, newest first.',
      query: { orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }] },
    }),
    needs: t.relatedConnection('needs', {
      cursor: 'id',
      totalCount: true,
      description: 'Needs the place addressed through this twinning, newest first.',
      query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
    }),
    supportTotal: t.field({
      type: SupportTotalRef,
      description:
        'Value (VND) and number of the activities delivered along this twinning, computed in the database: those recorded under it, and those of the same agency at the same place while it ran.',
      args: {
        from: t.arg({ type: 'Date', required: false }),
        to: t.arg({ type: 'Date', required: false }),
      },
      resolve: async (twinning, args, context) => {
        const period = { from: args.from, to: args.to };
        const total = await batched(context, `twinning.supportTotal:${periodKey(period)}`, twinning.id, (ids) =>
          twinningSupportTotals(context.db, ids, period),
        );
        return total ?? { valueVnd: 0n, activityCount: 0 };
      },
    }),
  }),
});

const TwinningOrder = builder.enumType('TwinningOrder', {
  description: 'How to sort twinnings.',
  values: {
    STARTS_ON_DESC: { description: 'Newest first (default).' },
    STARTS_ON_ASC: { description: 'Oldest first.' },
  } as const,
});

builder.queryFields((t) => ({
  twinnings: t.prismaConnection({
    type: 'Twinning',
    cursor: 'id',
    description:
      'Who twins with whom: assignments of agencies to places, filtered by agency, place, document, status and date.',
    args: {
      agencyId: t.arg.globalID({ for: AgencyRef, required: false }),
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also twinnings with every unit below the place.',
      }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also twinnings with the units the place replaced (through lineage).',
      }),
      documentId: t.arg.globalID({ for: DocumentRef, required: false }),
      campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
      status: t.arg({ type: [TwinningStatusEnum], required: false }),
      relation: t.arg({ type: [TwinningRelationEnum], required: false }),
      activeOn: t.arg({ type: 'Date', required: false, description: 'Only twinnings running on this date.' }),
      orderBy: t.arg({ type: TwinningOrder, defaultValue: 'STARTS_ON_DESC' }),
    },
    totalCount: async (_root, args, { db }) => db.twinning.count({ where: await twinningWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.twinning.findMany({
        ...query,
        where: await twinningWhere(db, args),
        orderBy: [{ startsOn: args.orderBy === 'STARTS_ON_ASC' ? 'asc' : 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface TwinningArgs {
  agencyId?: DecodedID | null;
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  includeHistory?: boolean | null;
  documentId?: DecodedID | null;
  campaignId?: DecodedID | null;
  status?: readonly TwinningStatus[] | null;
  relation?: readonly TwinningRelation[] | null;
  activeOn?: Date | null;
}

function twinningWhere(db: PrismaClient, args: TwinningArgs): Promise<Prisma.TwinningWhereInput> {
  return oncePerArgs(args, async () => ({
    agencyId: args.agencyId?.id,
    placeId: await placeFilter(db, args.placeId, args.includeDescendants, args.includeHistory),
    documentId: args.documentId?.id,
    campaignId: args.campaignId?.id,
    status: inList(args.status),
    relation: inList(args.relation),
    ...(args.activeOn ? twinningActiveOn(args.activeOn) : {}),
  }));
}

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────

const AssignTwinningInput = builder.inputType('AssignTwinningInput', {
  description:
    'An assignment of an agency to a place. A document assigns an agency to a place once, and each village one sponsor.',
  fields: (t) => ({
    agencyId: t.globalID({ for: AgencyRef, required: true }),
    placeId: t.globalID({
      for: placeTypes,
      required: true,
      description: 'The unit, which must exist throughout the period (see Place.validFrom / validTo).',
    }),
    documentId: t.globalID({
      for: DocumentRef,
      required: false,
      description: 'The decision or Party document that made the assignment, e.g. 2072/QD-UBND.',
    }),
    campaignId: t.globalID({ for: CampaignRef, required: false }),
    relation: t.field({ type: TwinningRelationEnum, required: true }),
    startsOn: t.field({
      type: 'Date',
      required: true,
      description: 'First day; with MONTH or YEAR precision stored as the first day of that month or year.',
    }),
    startPrecision: t.field({ type: DatePrecisionEnum, required: false, defaultValue: 'DAY' }),
    endsOn: t.field({
      type: 'Date',
      required: false,
      description: 'Last day, not before startsOn; null if open-ended.',
    }),
    note: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  assignTwinning: t.prismaField({
    type: 'Twinning',
    description:
      'Assign an agency to twin with, help or sponsor a place. Its status follows from the dates: PLANNED before startsOn, ENDED after endsOn, ACTIVE between.',
    errors: payload('assignTwinning', 'twinning'),
    args: {
      input: t.arg({ type: AssignTwinningInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const id = await assignTwinning(
        context,
        {
          ...input,
          agencyId: input.agencyId.id,
          placeId: input.placeId.id,
          documentId: input.documentId?.id,
          campaignId: input.campaignId?.id,
        },
        args.idempotencyKey,
      );
      return context.db.twinning.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  endTwinning: t.prismaField({
    type: 'Twinning',
    description:
      'End a twinning on a day no later than today; activities recorded under it must not fall after that day. An ended twinning cannot be ended again.',
    errors: payload('endTwinning', 'twinning'),
    args: {
      id: t.arg.globalID({ for: TwinningRef, required: true }),
      endsOn: t.arg({ type: 'Date', required: true, description: 'Its last day.' }),
      reason: t.arg.string({ required: false, description: 'Why it ended.' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await endTwinning(
        context,
        args.id.id,
        { endsOn: args.endsOn, reason: args.reason },
        args.idempotencyKey,
      );
      return context.db.twinning.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
}));
