import { builder } from '../../schema/builder.ts';
import { ActivityCategoryEnum, DatePrecisionEnum, NeedStatusEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { NeedRef } from '../../schema/refs.ts';
import { needPledgedTotals } from './sql.ts';

builder.prismaObjectFields(NeedRef, (t) => ({
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
  createdAt: t.expose('createdAt', recordDates.createdAt),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
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
  pledgedVnd: t.loadable({
    type: 'Money',
    description: 'Sum pledged in VND by pledges not withdrawn, computed in the database.',
    load: async (ids: string[], context) => {
      const totals = await needPledgedTotals(context.db, ids);
      return ids.map((id) => totals.get(id) ?? 0n);
    },
    resolve: (need) => need.id,
  }),
}));

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
    createdAt: t.expose('createdAt', recordDates.createdAt),
  }),
});
