import { agencySupportTotals } from '../db/queries/totals.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { AgencyKind } from '../generated/prisma/enums.ts';
import { searchWords } from '../text/fold.ts';
import { archiveAgency, createAgency, updateAgency } from '../writes/agencies.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { batched } from './batch.ts';
import { builder } from './builder.ts';
import { ActivityCategoryEnum, AgencyKindEnum, TwinningStatusEnum } from './enums.ts';
import { dateFilter, inList, periodKey, twinningActiveOn } from './filters.ts';
import { ProvinceRef } from './place.ts';
import { SupportTotalRef } from './support-total.ts';

export const AgencyRef = builder.prismaNode('Agency', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'An agency (cơ quan, đơn vị), organisation, enterprise, residential community or household that twins with or helps places.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    kind: t.expose('kind', {
      type: AgencyKindEnum,
      description: 'What sort of body it is: department, mass organisation, press …',
    }),
    name: t.exposeString('name', { description: 'Vietnamese name with diacritics, e.g. "Sở Công Thương".' }),
    nameEn: t.exposeString('nameEn', {
      nullable: true,
      description: 'English name, e.g. "Department of Industry and Trade".',
    }),
    abbreviation: t.exposeString('abbreviation', { nullable: true, description: 'Short form, e.g. "SCT".' }),
    parent: t.relation('parent', { nullable: true, description: 'The body this one belongs to.' }),
    children: t.relatedConnection('children', {
      cursor: 'id',
      totalCount: true,
      description: 'Bodies that belong to this one, by name.',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    homeProvince: t.relation('homeProvince', {
      nullable: true,
      description: 'The province the agency belongs to; null for national bodies.',
    }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true, description: 'Founded or first recorded.' }),
    validTo: t.expose('validTo', {
      type: 'Date',
      nullable: true,
      description: 'Dissolved or merged into another body; null while it exists.',
    }),
    note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the record was retired.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    twinnings: t.relatedConnection('twinnings', {
      cursor: 'id',
      totalCount: true,
      description: 'The places this agency is assigned to twin with or help (kết nghĩa, giúp đỡ), newest first.',
      args: {
        status: t.arg({ type: [TwinningStatusEnum], required: false }),
        activeOn: t.arg({ type: 'Date', required: false, description: 'Only twinnings running on this date.' }),
      },
      query: (args) => ({
        where: { status: inList(args.status), ...(args.activeOn ? twinningActiveOn(args.activeOn) : {}) },
        orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
      }),
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'id',
      totalCount: true,
      description: 'Support this agency led, newest first.',
      args: {
        from: t.arg({ type: 'Date', required: false }),
        to: t.arg({ type: 'Date', required: false }),
        category: t.arg({ type: [ActivityCategoryEnum], required: false }),
      },
      query: (args) => ({
        where: { occurredOn: dateFilter(args), category: inList(args.category) },
        orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }],
      }),
    }),
    partnerships: t.relatedConnection('partnerIn', {
      cursor: 'activityId_agencyId',
      totalCount: true,
      description: 'Activities led by other agencies that this one was mobilised for or co-organised, newest first.',
      query: { orderBy: [{ activity: { occurredOn: 'desc' } }, { activityId: 'asc' }] },
    }),
    pledges: t.relatedConnection('pledges', {
      cursor: 'id',
      totalCount: true,
      description: 'What this agency pledged towards places’ needs, newest first.',
      query: { orderBy: [{ pledgedOn: 'desc' }, { id: 'asc' }] },
    }),
    requestedNeeds: t.relatedConnection('needsRequestedOf', {
      cursor: 'id',
      totalCount: true,
      description: 'Needs that places addressed to this agency, newest first.',
      query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
    }),
    commendations: t.relatedConnection('commendations', {
      cursor: 'id',
      totalCount: true,
      description: 'Certificates of merit (bằng khen, giấy khen) this agency received, newest first.',
      query: { orderBy: [{ awardedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    fundingAllocations: t.relatedConnection('fundingAllocations', {
      cursor: 'id',
      totalCount: true,
      description: 'Money this agency allocated or mobilised for places, newest year first.',
      query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
    }),
    ocopProducts: t.relatedConnection('ocopProducts', {
      cursor: 'id',
      totalCount: true,
      description: 'OCOP products (mỗi xã một sản phẩm) this agency produces.',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    supportTotal: t.field({
      type: SupportTotalRef,
      description:
        'Value (VND) and number of the activities this agency led, computed in the database; partners’ contributions are inside each activity’s value.',
      args: {
        from: t.arg({ type: 'Date', required: false }),
        to: t.arg({ type: 'Date', required: false }),
      },
      resolve: async (agency, args, context) => {
        const period = { from: args.from, to: args.to };
        const total = await batched(context, `agency.supportTotal:${periodKey(period)}`, agency.id, (ids) =>
          agencySupportTotals(context.db, ids, period),
        );
        return total ?? { valueVnd: 0n, activityCount: 0 };
      },
    }),
  }),
});

builder.queryFields((t) => ({
  agencies: t.prismaConnection({
    type: 'Agency',
    cursor: 'id',
    description:
      'Find agencies by name, English name or abbreviation. Search ignores diacritics and case: "so cong thuong" finds "Sở Công Thương".',
    args: {
      search: t.arg.string({ required: false }),
      kind: t.arg({ type: [AgencyKindEnum], required: false }),
      provinceId: t.arg.globalID({
        for: ProvinceRef,
        required: false,
        description: 'Only agencies of this province (their home province).',
      }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
    },
    totalCount: (_root, args, { db }) => db.agency.count({ where: agencyWhere(args) }),
    resolve: (query, _root, args, { db }) =>
      db.agency.findMany({ ...query, where: agencyWhere(args), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
}));

interface AgencyArgs {
  search?: string | null;
  kind?: readonly AgencyKind[] | null;
  provinceId?: { id: string } | null;
  includeArchived?: boolean | null;
}

function agencyWhere(args: AgencyArgs): Prisma.AgencyWhereInput {
  const search = args.search?.trim();
  return {
    kind: inList(args.kind),
    homeProvinceId: args.provinceId?.id,
    archivedAt: args.includeArchived ? undefined : null,
    ...(search
      ? {
          OR: [
            { AND: searchWords(search).map((word) => ({ nameFolded: { contains: word } })) },
            { nameEn: { contains: search, mode: 'insensitive' } },
            { abbreviation: { equals: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────

const AgencyFields = {
  kind: 'What sort of body it is: department, mass organisation, enterprise, household …',
  name: 'Vietnamese name with diacritics, e.g. "Sở Công Thương"; search finds it typed without them.',
  homeProvinceId:
    'The province it belongs to; null for national bodies. An editor key may only name one of its provinces.',
} as const;

const CreateAgencyInput = builder.inputType('CreateAgencyInput', {
  description: 'A new agency, organisation, enterprise, community or household.',
  fields: (t) => ({
    kind: t.field({ type: AgencyKindEnum, required: true, description: AgencyFields.kind }),
    name: t.string({ required: true, description: AgencyFields.name }),
    nameEn: t.string({ required: false }),
    abbreviation: t.string({ required: false }),
    parentId: t.id({ required: false, description: 'The body it belongs to.' }),
    homeProvinceId: t.id({ required: false, description: AgencyFields.homeProvinceId }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    note: t.string({ required: false }),
  }),
});

const UpdateAgencyInput = builder.inputType('UpdateAgencyInput', {
  description: 'Changes to an agency: fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    kind: t.field({ type: AgencyKindEnum, required: false, description: AgencyFields.kind }),
    name: t.string({ required: false, description: AgencyFields.name }),
    nameEn: t.string({ required: false }),
    abbreviation: t.string({ required: false }),
    parentId: t.id({ required: false }),
    homeProvinceId: t.id({ required: false, description: AgencyFields.homeProvinceId }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    note: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  createAgency: t.prismaField({
    type: 'Agency',
    description: 'Register an agency. Admins register any; an editor registers agencies of its own provinces.',
    errors: payload('createAgency', 'agency'),
    args: {
      input: t.arg({ type: CreateAgencyInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await createAgency(context, args);
      return context.db.agency.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  updateAgency: t.prismaField({
    type: 'Agency',
    description: 'Change an agency: admins any, an editor those of its provinces or its own agencies.',
    errors: payload('updateAgency', 'agency'),
    args: {
      input: t.arg({ type: UpdateAgencyInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await updateAgency(context, args);
      return context.db.agency.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  archiveAgency: t.prismaField({
    type: 'Agency',
    description:
      'Retire an agency record. Refused while it has active or planned twinnings or member bodies; its history stays.',
    errors: payload('archiveAgency', 'agency'),
    args: {
      id: t.arg.id({ required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await archiveAgency(context, { id: String(args.id), idempotencyKey: args.idempotencyKey });
      return context.db.agency.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
}));
