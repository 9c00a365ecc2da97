import { builder } from '../../schema/builder.ts';
import { DatePrecisionEnum, TwinningRelationEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { assignTwinning, endTwinning } from './service.ts';

const AssignTwinningInput = builder.inputType('AssignTwinningInput', {
  description:
    'An assignment of an agency to a place. A document assigns an agency to a place once, and each village one sponsor.',
  fields: (t) => ({
    agencyId: t.id({ required: true }),
    placeId: t.id({
      required: true,
      description: 'The unit, which must exist throughout the period (see Place.validFrom / validTo).',
    }),
    documentId: t.id({
      required: false,
      description: 'The decision or Party document that made the assignment, e.g. 2072/QD-UBND.',
    }),
    campaignId: t.id({ required: false }),
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

const EndTwinningInput = builder.inputType('EndTwinningInput', {
  description: 'The twinning to end, its last day and why.',
  fields: (t) => ({
    id: t.id({ required: true }),
    endsOn: t.field({ type: 'Date', required: true, description: 'Its last day.' }),
    reason: t.string({ required: false, description: 'Why it ended.' }),
  }),
});

defineWrite('assignTwinning', {
  description:
    'Assign an agency to twin with, help or sponsor a place. Its status follows from the dates: PLANNED before startsOn, ENDED after endsOn, ACTIVE between.',
  role: 'editor',
  input: AssignTwinningInput,
  returns: { node: 'Twinning', as: 'twinning' },
  write: assignTwinning,
});

defineWrite('endTwinning', {
  description:
    'End a twinning on a day no later than today; activities recorded under it must not fall after that day. An ended twinning cannot be ended again.',
  role: 'editor',
  input: EndTwinningInput,
  returns: { node: 'Twinning', as: 'twinning' },
  write: endTwinning,
});
