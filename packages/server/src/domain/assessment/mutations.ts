import { builder } from '../../schema/builder.ts';
import { AssessmentStatusEnum, AttainmentLevelEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { setAssessment } from './service.ts';

const AssessmentIndicatorValueInput = builder.inputType('AssessmentIndicatorValueInput', {
  description: 'The value of one of the criterion’s indicators behind the status.',
  fields: (t) => ({
    indicatorId: t.id({ required: true, description: 'An indicator of the assessed criterion.' }),
    value: t.float({ required: false }),
    text: t.string({ required: false, description: 'The value in words, for qualitative indicators.' }),
    met: t.boolean({
      required: false,
      description: 'Whether it reaches the threshold; a MET criterion has none false.',
    }),
  }),
});

const SetAssessmentInput = builder.inputType('SetAssessmentInput', {
  description:
    'A criterion’s status for a place in a year at a level. Replaces an earlier record of the same place, criterion, year and level, indicator values included.',
  fields: (t) => ({
    placeId: t.id({ required: true }),
    criterionId: t.id({
      required: true,
      description: 'Its set must measure places of this level, be in force in `year` and know `level`.',
    }),
    year: t.int({ required: true }),
    level: t.field({ type: AttainmentLevelEnum, required: false, description: 'Default STANDARD.' }),
    status: t.field({ type: AssessmentStatusEnum, required: true }),
    evidence: t.string({ required: false, description: 'e.g. "100% of households have electricity".' }),
    assessedOn: t.field({ type: 'Date', required: false }),
    documentId: t.id({ required: false, description: 'The report or decision that records it.' }),
    indicatorValues: t.field({ type: [AssessmentIndicatorValueInput], required: false }),
  }),
});

defineWrite('setAssessment', {
  description:
    'Record whether a place meets a criterion in a year (met, basically met, not met). Editors write within their provinces.',
  role: 'editor',
  input: SetAssessmentInput,
  returns: { node: 'CriterionAssessment', as: 'assessment' },
  write: setAssessment,
});
