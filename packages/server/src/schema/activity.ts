import type { PrismaClient } from '../db/database.ts';
import { activityItemValues } from '../db/queries/totals.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ActivityCategory, FundingSource } from '../generated/prisma/enums.ts';
import { AgencyRef } from './agency.ts';
import { batched } from './batch.ts';
import { builder } from './builder.ts';
import { CampaignRef } from './campaign.ts';
import { CriterionRef } from './criteria.ts';
import { ActivityCategoryEnum, DatePrecisionEnum, FundingSourceEnum, PartnerRoleEnum } from './enums.ts';
import { type DecodedID, dateFilter, inList, oncePerArgs, placeFilter, toFloat } from './filters.ts';
import { NeedRef } from './need.ts';
import { placeTypes } from './place-types.ts';
import { TwinningRef } from './twinning.ts';

builder.prismaNode('Activity', {
  description:
    'Something an agency did for a place: a cash or in-kind gift, a work, equipment, a training, a visit, a festival.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    agency: t.relation('agency', { description: 'The agency that led it.' }),
    place: t.relation('place', { description: 'Where it was delivered.' }),
    twinning: t.relation('twinning', { nullable: true, description: 'The twinning it was delivered under.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The programme it belongs to.' }),
    need: t.relation('need', { nullable: true, description: 'The place’s request it answers.' }),
    category: t.expose('category', { type: ActivityCategoryEnum, description: 'What kind of support it was.' }),
    title: t.exposeString('title', { description: 'Short description, e.g. "600 antibacterial cloth masks".' }),
    description: t.exposeString('description', { nullable: true, description: 'Longer account, as reported.' }),
    occurredOn: t.expose('occurredOn', { type: 'Date', description: 'When it happened; see datePrecision.' }),
    datePrecision: t.expose('datePrecision', {
      type: DatePrecisionEnum,
      description: 'How much of occurredOn the source gives.',
    }),
    endedOn: t.expose('endedOn', {
      type: 'Date',
      nullable: true,
      description: 'Last day, for activities that span days.',
    }),
    valueVnd: t.expose('valueVnd', {
      type: 'Money',
      nullable: true,
      description: 'Total value in VND, items and partners’ contributions included; null when not reported.',
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
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
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
    itemsValueVnd: t.field({
      type: 'Money',
      nullable: true,
      description: 'Sum of the items’ values in VND, computed in the database; null when no item has a value.',
      resolve: async (activity, _args, context) =>
        (await batched(context, 'activity.itemsValueVnd', activity.id, (ids) => activityItemValues(context.db, ids))) ??
        null,
    }),
  }),
});

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

const ActivityOrder = builder.enumType('ActivityOrder', {
  description: 'How to sort activities.',
  values: {
    OCCURRED_ON_DESC: { description: 'Newest first (default).' },
    OCCURRED_ON_ASC: { description: 'Oldest first.' },
    RECORDED_DESC: { description: 'Most recently recorded first.' },
  } as const,
});

const activityOrder: Record<
  'OCCURRED_ON_DESC' | 'OCCURRED_ON_ASC' | 'RECORDED_DESC',
  Prisma.ActivityOrderByWithRelationInput[]
> = {
  OCCURRED_ON_DESC: [{ occurredOn: 'desc' }, { id: 'asc' }],
  OCCURRED_ON_ASC: [{ occurredOn: 'asc' }, { id: 'asc' }],
  RECORDED_DESC: [{ createdAt: 'desc' }, { id: 'asc' }],
};

builder.queryFields((t) => ({
  activities: t.prismaConnection({
    type: 'Activity',
    cursor: 'id',
    description:
      'Support delivered: filter by agency, place (with the units below it by default), dates, category and more.',
    args: {
      agencyId: t.arg.globalID({ for: AgencyRef, required: false, description: 'Activities this agency led.' }),
      partnerAgencyId: t.arg.globalID({
        for: AgencyRef,
        required: false,
        description: 'Activities this agency took part in as a partner.',
      }),
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also activities at every unit below the place (default).',
      }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also activities recorded on the units the place replaced (through lineage).',
      }),
      twinningId: t.arg.globalID({ for: TwinningRef, required: false }),
      campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
      needId: t.arg.globalID({ for: NeedRef, required: false }),
      criterionId: t.arg.globalID({
        for: CriterionRef,
        required: false,
        description: 'Activities that help meet this criterion.',
      }),
      from: t.arg({ type: 'Date', required: false, description: 'On or after this date.' }),
      to: t.arg({ type: 'Date', required: false, description: 'On or before this date.' }),
      category: t.arg({ type: [ActivityCategoryEnum], required: false }),
      fundingSource: t.arg({ type: [FundingSourceEnum], required: false }),
      orderBy: t.arg({ type: ActivityOrder, defaultValue: 'OCCURRED_ON_DESC' }),
    },
    totalCount: async (_root, args, { db }) => db.activity.count({ where: await activityWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.activity.findMany({
        ...query,
        where: await activityWhere(db, args),
        orderBy: activityOrder[args.orderBy ?? 'OCCURRED_ON_DESC'],
      }),
  }),
}));

interface ActivityArgs {
  agencyId?: DecodedID | null;
  partnerAgencyId?: DecodedID | null;
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  includeHistory?: boolean | null;
  twinningId?: DecodedID | null;
  campaignId?: DecodedID | null;
  needId?: DecodedID | null;
  criterionId?: DecodedID | null;
  from?: Date | null;
  to?: Date | null;
  category?: readonly ActivityCategory[] | null;
  fundingSource?: readonly FundingSource[] | null;
}

function activityWhere(db: PrismaClient, args: ActivityArgs): Promise<Prisma.ActivityWhereInput> {
  return oncePerArgs(args, async () => ({
    agencyId: args.agencyId?.id,
    placeId: await placeFilter(db, args.placeId, args.includeDescendants ?? true, args.includeHistory),
    twinningId: args.twinningId?.id,
    campaignId: args.campaignId?.id,
    needId: args.needId?.id,
    occurredOn: dateFilter(args),
    category: inList(args.category),
    fundingSource: inList(args.fundingSource),
    ...(args.partnerAgencyId ? { partners: { some: { agencyId: args.partnerAgencyId.id } } } : {}),
    ...(args.criterionId ? { criteria: { some: { criterionId: args.criterionId.id } } } : {}),
  }));
}
