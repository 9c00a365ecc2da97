import { builder } from '../../schema/builder.ts';
import { ActivityCategoryEnum, DatePrecisionEnum, FundingSourceEnum, PartnerRoleEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import {
  deleteActivity,
  MAX_ACTIVITIES_PER_REQUEST,
  recordActivities,
  recordActivity,
  updateActivity,
} from './service.ts';

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
    agencyId: t.id({ required: true }),
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
    twinningId: t.id({
      required: false,
      description: 'The twinning it was delivered under; the activity must fall inside the twinning’s period.',
    }),
    agencyId: t.id({ required: false, description: 'The lead agency.' }),
    placeId: t.id({ required: false, description: 'Where it was delivered; the unit must have existed at the time.' }),
    campaignId: t.id({ required: false }),
    needId: t.id({ required: false, description: 'The open or pledged need it fulfils: the need becomes FULFILLED.' }),
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
    criterionIds: t.idList({ required: false, description: 'The criteria it helps a place meet.' }),
  }),
});

const UpdateActivityInput = builder.inputType('UpdateActivityInput', {
  description:
    'Changes to an activity: fields left out stay as they are, nullable fields sent as null are cleared, and a list that is sent (items, partners, criterionIds) replaces the stored one. The changed activity must meet every rule of recordActivity.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The activity to change.' }),
    twinningId: t.id({
      required: false,
      description: 'A new twinning; without agencyId and placeId, its agency and place are used.',
    }),
    agencyId: t.id({ required: false }),
    placeId: t.id({ required: false }),
    campaignId: t.id({ required: false }),
    needId: t.id({ required: false, description: 'A newly fulfilled need; it becomes FULFILLED.' }),
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
    criterionIds: t.idList({ required: false }),
  }),
});

const RecordActivitiesInput = builder.inputType('RecordActivitiesInput', {
  description: `Up to ${MAX_ACTIVITIES_PER_REQUEST.toLocaleString('en')} activities to record together.`,
  fields: (t) => ({ activities: t.field({ type: [ActivityInput], required: true }) }),
});

const DeleteActivityInput = builder.inputType('DeleteActivityInput', {
  description: 'The activity to delete.',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

defineWrite('recordActivity', {
  description:
    'Record something an agency did for a place, with its in-kind items, partner agencies and the criteria it helps meet. Needs an editor key for the place’s province or the agency, or an admin key.',
  role: 'editor',
  input: ActivityInput,
  returns: { node: 'Activity', as: 'activity' },
  write: recordActivity,
});

defineWrite('recordActivities', {
  description: `Record up to ${MAX_ACTIVITIES_PER_REQUEST.toLocaleString('en')} activities, all or nothing: every activity is checked first and every bad field is reported with its path (["input", "activities", "37", "valueVnd"]); nothing is written unless all are valid. Returns them in input order.`,
  role: 'editor',
  input: RecordActivitiesInput,
  returns: { nodes: 'Activity', as: 'activities' },
  write: recordActivities,
});

defineWrite('updateActivity', {
  description:
    'Change an activity. The audit trail (`changes`) keeps it before and after, with the key that changed it.',
  role: 'editor',
  input: UpdateActivityInput,
  returns: { node: 'Activity', as: 'activity' },
  write: updateActivity,
});

defineWrite('deleteActivity', {
  description:
    'Delete an activity with its items, partners and criteria; returns its ID. The audit trail keeps what it was.',
  role: 'editor',
  input: DeleteActivityInput,
  returns: { deleted: 'Activity', as: 'deletedActivityId' },
  write: deleteActivity,
});
