import { builder } from '../../schema/builder.ts';
import { ActivityCategoryEnum, DatePrecisionEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { cancelNeed, markNeedFulfilled, openNeed, pledgeNeed } from './service.ts';

const OpenNeedInput = builder.inputType('OpenNeedInput', {
  description: 'Something a place asks agencies to provide.',
  fields: (t) => ({
    placeId: t.id({ required: true, description: 'The unit that asks; it must have existed when it asked.' }),
    category: t.field({ type: ActivityCategoryEnum, required: true }),
    title: t.string({ required: true, description: 'What is asked for, e.g. "Rural road lighting".' }),
    description: t.string({ required: false }),
    requestedOn: t.field({ type: 'Date', required: true, description: 'When it was asked, not after today.' }),
    datePrecision: t.field({ type: DatePrecisionEnum, required: false, defaultValue: 'DAY' }),
    estimatedValueVnd: t.field({ type: 'Money', required: false }),
    criterionId: t.id({ required: false }),
    requestedOfId: t.id({
      required: false,
      description: 'The agency it is addressed to; with a twinning, the twinning’s agency (the default).',
    }),
    twinningId: t.id({
      required: false,
      description: 'The twinning it is raised through; the place must be the twinning’s place or within it.',
    }),
    documentId: t.id({ required: false }),
  }),
});

const PledgeNeedInput = builder.inputType('PledgeNeedInput', {
  description: 'An agency’s promise towards a need.',
  fields: (t) => ({
    needId: t.id({ required: true }),
    agencyId: t.id({ required: true }),
    amountVnd: t.field({ type: 'Money', required: false }),
    note: t.string({ required: false, description: 'What was pledged, in words.' }),
    pledgedOn: t.field({ type: 'Date', required: false, description: 'When it pledged; today when left out.' }),
  }),
});

const MarkNeedFulfilledInput = builder.inputType('MarkNeedFulfilledInput', {
  description: 'The need and the activities that met it.',
  fields: (t) => ({
    needId: t.id({ required: true }),
    activityIds: t.idList({ required: true, description: 'IDs of the activities.' }),
    closedOn: t.field({
      type: 'Date',
      required: false,
      description: 'When it was met; by default the day the last of the activities ended.',
    }),
  }),
});

const CancelNeedInput = builder.inputType('CancelNeedInput', {
  description: 'The need to withdraw and why.',
  fields: (t) => ({
    needId: t.id({ required: true }),
    reason: t.string({ required: true, description: 'Why; kept in the audit trail.' }),
  }),
});

defineWrite('openNeed', {
  description: 'Record a place’s request (status OPEN).',
  role: 'editor',
  input: OpenNeedInput,
  returns: { node: 'Need', as: 'need' },
  write: openNeed,
});

defineWrite('pledgeNeed', {
  description:
    'An agency promises to meet (part of) an open or pledged need; the need becomes PLEDGED. Each agency pledges once per need.',
  role: 'editor',
  input: PledgeNeedInput,
  returns: { node: 'Need', as: 'need' },
  write: pledgeNeed,
});

defineWrite('markNeedFulfilled', {
  description:
    'Close an open or pledged need as FULFILLED by the activities that met it (which are linked to it). A fulfilled or cancelled need is a ConflictError.',
  role: 'editor',
  input: MarkNeedFulfilledInput,
  returns: { node: 'Need', as: 'need' },
  write: markNeedFulfilled,
});

defineWrite('cancelNeed', {
  description: 'Withdraw an open or pledged need (status CANCELLED, closed today).',
  role: 'editor',
  input: CancelNeedInput,
  returns: { node: 'Need', as: 'need' },
  write: cancelNeed,
});
