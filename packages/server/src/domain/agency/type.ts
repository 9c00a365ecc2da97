import { agencySupportTotals } from '../../analytics/support-total/sql.ts';
import { SupportTotalRef } from '../../analytics/support-total/type.ts';
import { dateRange } from '../../dates.ts';
import { builder } from '../../schema/builder.ts';
import { ActivityCategoryEnum, AgencyKindEnum, TwinningStatusEnum } from '../../schema/enums.ts';
import { inList, twinningActiveOn } from '../../schema/filters.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { AgencyRef } from '../../schema/refs.ts';

builder.prismaObjectFields(AgencyRef, (t) => ({
  kind: t.expose('kind', {
    type: AgencyKindEnum,
    description: 'What sort of body it is: department, mass organisation, press …',
  }),
  // Always selected (schema/refs.ts): read from the row as it is.
  name: t.string({
    description: 'Vietnamese name with diacritics, e.g. "Sở Công Thương".',
    resolve: (agency) => agency.name,
  }),
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
  archivedAt: t.expose('archivedAt', recordDates.archivedAt),
  createdAt: t.expose('createdAt', recordDates.createdAt),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
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
      where: { occurredOn: dateRange(args), category: inList(args.category) },
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
  supportTotal: t.loadable({
    type: SupportTotalRef,
    description:
      'Value (VND) and number of the activities this agency led, computed in the database; partners’ contributions are inside each activity’s value.',
    args: {
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    // One statement for every agency of a page asked with the same arguments.
    byPath: true,
    load: async (ids: string[], context, args) => {
      const totals = await agencySupportTotals(context.db, ids, { from: args.from, to: args.to });
      return ids.map((id) => totals.get(id) ?? { valueVnd: 0n, activityCount: 0 });
    },
    resolve: (agency) => agency.id,
  }),
}));
