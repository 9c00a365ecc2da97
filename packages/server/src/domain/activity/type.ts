import { builder } from '../../schema/builder.ts';
import { ActivityCategoryEnum, DatePrecisionEnum, FundingSourceEnum, PartnerRoleEnum } from '../../schema/enums.ts';
import { toFloat } from '../../schema/filters.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { ActivityRef, CriterionRef } from '../../schema/refs.ts';
import { activityItemValues } from './sql.ts';

builder.prismaObjectFields(ActivityRef, (t) => ({
  agency: t.relation('agency', { description: 'The agency that led it.' }),
  place: t.relation('place', { description: 'Where it was delivered.' }),
  twinning: t.relation('twinning', { nullable: true, description: 'The twinning it was delivered under.' }),
  campaign: t.relation('campaign', { nullable: true, description: 'The programme it belongs to.' }),
  need: t.relation('need', { nullable: true, description: 'The place’s request it answers.' }),
  // category, title, occurredOn and valueVnd are always selected (schema/refs.ts): read from the row as it is.
  category: t.field({
    type: ActivityCategoryEnum,
    description: 'What kind of support it was.',
    resolve: (activity) => activity.category,
  }),
  title: t.string({
    description: 'Short description, e.g. "600 antibacterial cloth masks".',
    resolve: (activity) => activity.title,
  }),
  description: t.exposeString('description', { nullable: true, description: 'Longer account, as reported.' }),
  occurredOn: t.field({
    type: 'Date',
    description: 'When it happened; see datePrecision.',
    resolve: (activity) => activity.occurredOn,
  }),
  datePrecision: t.expose('datePrecision', {
    type: DatePrecisionEnum,
    description: 'How much of occurredOn the source gives.',
  }),
  endedOn: t.expose('endedOn', {
    type: 'Date',
    nullable: true,
    description: 'Last day, for activities that span days.',
  }),
  valueVnd: t.field({
    type: 'Money',
    nullable: true,
    description: 'Total value in VND, items and partners’ contributions included; null when not reported.',
    resolve: (activity) => activity.valueVnd,
  }),
  fundingSource: t.expose('fundingSource', { type: FundingSourceEnum, description: 'Whose money or goods it was.' }),
  beneficiaryCount: t.exposeInt('beneficiaryCount', { nullable: true, description: 'People or households reached.' }),
  beneficiaryDescription: t.exposeString('beneficiaryDescription', {
    nullable: true,
    description: 'Who benefited, e.g. "poor households, policy families (gia đình chính sách) and students".',
  }),
  peopleSent: t.exposeInt('peopleSent', { nullable: true, description: 'Officials or soldiers sent to take part.' }),
  visitCount: t.exposeInt('visitCount', { nullable: true, description: 'Visits made, for visit activities.' }),
  occasion: t.exposeString('occasion', {
    nullable: true,
    description: 'e.g. "Lunar New Year", "Mid-Autumn festival".',
  }),
  createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the activity was recorded.' }),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
  items: t.relation('items', {
    description: 'In-kind items with quantities and values, in the order reported.',
    query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
  }),
  partners: t.relation('partners', {
    description: 'Other agencies that took part, and what each contributed.',
    query: { orderBy: { agencyId: 'asc' } },
  }),
  criteria: t.field({
    type: [CriterionRef],
    description:
      'The criteria the activity helps a place meet, e.g. solar street lighting → criterion 4 (electricity).',
    select: (_args, _context, nestedSelection) => ({
      criteria: { orderBy: { criterionId: 'asc' }, select: { criterion: nestedSelection(true) } },
    }),
    resolve: (activity) => activity.criteria.map((link) => link.criterion).sort((a, b) => a.number - b.number),
  }),
  itemsValueVnd: t.loadable({
    type: 'Money',
    nullable: true,
    description: 'Sum of the items’ values in VND, computed in the database; null when no item has a value.',
    load: async (ids: string[], context) => {
      const values = await activityItemValues(context.db, ids);
      return ids.map((id) => values.get(id) ?? null);
    },
    resolve: (activity) => activity.id,
  }),
}));

builder.prismaObject('ActivityItem', {
  description: 'An in-kind item of an activity, e.g. 600 antibacterial cloth masks worth 4,800,000 VND.',
  fields: (t) => ({
    description: t.exposeString('description', { description: 'What was given.' }),
    quantity: t.float({
      nullable: true,
      description: 'How many, in `unit`.',
      resolve: (item) => toFloat(item.quantity),
    }),
    unit: t.exposeString('unit', { nullable: true, description: 'e.g. "piece", "set", "kg".' }),
    valueVnd: t.expose('valueVnd', { type: 'Money', nullable: true, description: 'Value of the items in VND.' }),
    position: t.exposeInt('position', { description: 'Order within the activity.' }),
    activity: t.relation('activity', { description: 'The activity the item belongs to.' }),
  }),
});

builder.prismaObject('ActivityPartner', {
  description: 'An agency that took part in another agency’s activity, with what it contributed.',
  fields: (t) => ({
    agency: t.relation('agency', { description: 'The partner agency.' }),
    activity: t.relation('activity', { description: 'The activity it took part in.' }),
    role: t.expose('role', { type: PartnerRoleEnum, description: 'Mobilised by the lead agency, or co-organiser.' }),
    contributionVnd: t.expose('contributionVnd', {
      type: 'Money',
      nullable: true,
      description: 'What it contributed in VND (already inside the activity’s value).',
    }),
  }),
});
