import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../db/database.ts';
import { activityItemValues } from '../db/queries/totals.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ActivityCategory, FundingSource } from '../generated/prisma/enums.ts';
import {
  type ActivityChanges,
  type ActivityFields,
  deleteActivity,
  MAX_ACTIVITIES_PER_REQUEST,
  recordActivities,
  updateActivity,
} from '../writes/activities.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
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

export const ActivityRef = builder.prismaNode('Activity', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
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

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────

const ActivityItemInput = builder.inputType('ActivityItemInput', {
  description: 'An in-kind item, e.g. 600 antibacterial cloth masks worth 4,800,000 VND.',
  fields: (t) => ({
    description: t.string({ required: true, description: 'What was given.' }),
    quantity: t.float({ required: false, description: 'How many, in `unit` (at most three decimal places).' }),
    unit: t.string({ required: false, description: 'e.g. "masks", "sets", "kg".' }),
    valueVnd: t.field({ type: 'Money', required: false, description: 'Value in VND; at least 0.' }),
  }),
});

const ActivityPartnerInput = builder.inputType('ActivityPartnerInput', {
  description: 'Another agency that took part, and what it contributed.',
  fields: (t) => ({
    agencyId: t.globalID({ for: AgencyRef, required: true }),
    role: t.field({ type: PartnerRoleEnum, required: false, description: 'MOBILISED when not given.' }),
    contributionVnd: t.field({
      type: 'Money',
      required: false,
      description: 'In VND, part of the activity’s value: all partners together at most that value.',
    }),
  }),
});

const ActivityInput = builder.inputType('ActivityInput', {
  description:
    'An activity to record. Give the agency and the place, or the twinning it was delivered under (its agency and place are then used; a place within the twinning’s place is allowed).',
  fields: (t) => ({
    twinningId: t.globalID({
      for: TwinningRef,
      required: false,
      description: 'The twinning it was delivered under; the activity must fall inside the twinning’s period.',
    }),
    agencyId: t.globalID({ for: AgencyRef, required: false, description: 'The lead agency.' }),
    placeId: t.globalID({
      for: placeTypes,
      required: false,
      description: 'Where it was delivered; the unit must have existed at the time.',
    }),
    campaignId: t.globalID({ for: CampaignRef, required: false }),
    needId: t.globalID({
      for: NeedRef,
      required: false,
      description: 'The open or pledged need it fulfils: the need becomes FULFILLED.',
    }),
    category: t.field({ type: ActivityCategoryEnum, required: true }),
    title: t.string({ required: true, description: 'Short description, e.g. "600 antibacterial cloth masks".' }),
    description: t.string({ required: false }),
    occurredOn: t.field({
      type: 'Date',
      required: true,
      description: 'When it happened, not after today; with MONTH or YEAR precision stored as the first day.',
    }),
    datePrecision: t.field({ type: DatePrecisionEnum, required: false, defaultValue: 'DAY' }),
    endedOn: t.field({ type: 'Date', required: false, description: 'Last day, not before occurredOn.' }),
    valueVnd: t.field({
      type: 'Money',
      required: false,
      description: 'Total value in VND, 0 to 10^15, items and partners’ contributions included.',
    }),
    fundingSource: t.field({ type: FundingSourceEnum, required: false, defaultValue: 'AGENCY_OWN' }),
    beneficiaryCount: t.int({ required: false }),
    beneficiaryDescription: t.string({ required: false }),
    peopleSent: t.int({ required: false }),
    visitCount: t.int({ required: false }),
    occasion: t.string({ required: false }),
    items: t.field({
      type: [ActivityItemInput],
      required: false,
      description: 'In-kind items; when every item has a value, together at most the activity’s value.',
    }),
    partners: t.field({ type: [ActivityPartnerInput], required: false }),
    criterionIds: t.globalIDList({
      for: CriterionRef,
      required: false,
      description: 'The criteria it helps a place meet.',
    }),
  }),
});

const ActivityChangesInput = builder.inputType('ActivityChangesInput', {
  description:
    'Changes to an activity: fields left out stay as they are, nullable fields sent as null are cleared, and a list that is sent (items, partners, criterionIds) replaces the stored one. The changed activity must meet every rule of recordActivity.',
  fields: (t) => ({
    twinningId: t.globalID({
      for: TwinningRef,
      required: false,
      description: 'A new twinning; without agencyId and placeId, its agency and place are used.',
    }),
    agencyId: t.globalID({ for: AgencyRef, required: false }),
    placeId: t.globalID({ for: placeTypes, required: false }),
    campaignId: t.globalID({ for: CampaignRef, required: false }),
    needId: t.globalID({ for: NeedRef, required: false, description: 'A newly fulfilled need; it becomes FULFILLED.' }),
    category: t.field({ type: ActivityCategoryEnum, required: false }),
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    occurredOn: t.field({ type: 'Date', required: false }),
    datePrecision: t.field({ type: DatePrecisionEnum, required: false }),
    endedOn: t.field({ type: 'Date', required: false }),
    valueVnd: t.field({ type: 'Money', required: false }),
    fundingSource: t.field({ type: FundingSourceEnum, required: false }),
    beneficiaryCount: t.int({ required: false }),
    beneficiaryDescription: t.string({ required: false }),
    peopleSent: t.int({ required: false }),
    visitCount: t.int({ required: false }),
    occasion: t.string({ required: false }),
    items: t.field({ type: [ActivityItemInput], required: false }),
    partners: t.field({ type: [ActivityPartnerInput], required: false }),
    criterionIds: t.globalIDList({ for: CriterionRef, required: false }),
  }),
});

builder.mutationFields((t) => ({
  recordActivity: t.prismaField({
    type: 'Activity',
    description:
      'Record something an agency did for a place, with its in-kind items, partner agencies and the criteria it helps meet. Needs an editor key for the place’s province or the agency, or an admin key.',
    errors: payload('recordActivity', 'activity'),
    args: {
      input: t.arg({ type: ActivityInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const [id] = await recordActivities(context, [activityFields(args.input)], {
        operation: 'recordActivity',
        idempotencyKey: args.idempotencyKey,
      });
      return context.db.activity.findUniqueOrThrow({ ...selectingId(query), where: { id: id ?? '' } });
    },
  }),
  recordActivities: t.prismaField({
    type: ['Activity'],
    description: `Record up to ${MAX_ACTIVITIES_PER_REQUEST.toLocaleString('en')} activities, all or nothing: every activity is checked first and every bad field is reported with its path (["inputs", "37", "valueVnd"]); nothing is written unless all are valid. Returns them in input order.`,
    errors: payload('recordActivities', 'activities'),
    args: {
      inputs: t.arg({ type: [ActivityInput], required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const ids = await recordActivities(context, args.inputs.map(activityFields), {
        operation: 'recordActivities',
        idempotencyKey: args.idempotencyKey,
      });
      const order = new Map(ids.map((id, index) => [id, index]));
      const activities = await context.db.activity.findMany({ ...selectingId(query), where: { id: { in: ids } } });
      return activities.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    },
  }),
  updateActivity: t.prismaField({
    type: 'Activity',
    description:
      'Change an activity. The audit trail (`changes`) keeps it before and after, with the key that changed it.',
    errors: payload('updateActivity', 'activity'),
    args: {
      id: t.arg.globalID({ for: ActivityRef, required: true }),
      input: t.arg({ type: ActivityChangesInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await updateActivity(context, args.id.id, activityChanges(args.input), args.idempotencyKey);
      return context.db.activity.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  deleteActivity: t.field({
    type: 'ID',
    description:
      'Delete an activity with its items, partners and criteria; returns its ID. The audit trail keeps what it was.',
    errors: payload('deleteActivity', 'deletedActivityId'),
    args: {
      id: t.arg.globalID({ for: ActivityRef, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, context) =>
      encodeGlobalID('Activity', await deleteActivity(context, args.id.id, args.idempotencyKey)),
  }),
}));

type ActivityInputShape = typeof ActivityInput.$inferInput;
type ActivityChangesShape = typeof ActivityChangesInput.$inferInput;

function activityFields(input: ActivityInputShape): ActivityFields {
  return {
    ...input,
    twinningId: input.twinningId?.id,
    agencyId: input.agencyId?.id,
    placeId: input.placeId?.id,
    campaignId: input.campaignId?.id,
    needId: input.needId?.id,
    partners: input.partners?.map((partner) => ({ ...partner, agencyId: partner.agencyId.id })),
    criterionIds: input.criterionIds?.map((criterion) => criterion.id),
  };
}

/** Keeps the difference between a field left out (unchanged) and one sent as null (cleared). */
function activityChanges(input: ActivityChangesShape): ActivityChanges {
  return {
    ...input,
    twinningId: present(input.twinningId, decoded),
    agencyId: present(input.agencyId, decoded),
    placeId: present(input.placeId, decoded),
    campaignId: present(input.campaignId, decoded),
    needId: present(input.needId, decoded),
    partners: present(input.partners, (partners) =>
      partners.map((partner) => ({ ...partner, agencyId: partner.agencyId.id })),
    ),
    criterionIds: present(input.criterionIds, (criteria) => criteria.map(decoded)),
  };
}

function present<Value, Result>(
  value: Value | null | undefined,
  map: (value: Value) => Result,
): Result | null | undefined {
  if (value === null) return null;
  return value === undefined ? undefined : map(value);
}

function decoded(value: DecodedID): string {
  return value.id;
}
