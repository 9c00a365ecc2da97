import { builder } from '../../schema/builder.ts';
import { AssessmentStatusEnum, AttainmentLevelEnum } from '../../schema/enums.ts';
import { toFloat } from '../../schema/filters.ts';
import { recordDates } from '../../schema/record-fields.ts';

builder.prismaNode('CriterionAssessment', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  name: 'Assessment',
  description:
    'A criterion’s status for a place in a year, at a level: met (đạt), basically met (cơ bản đạt) or not met (chưa đạt).',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    place: t.relation('place', { description: 'The place assessed.' }),
    criterion: t.relation('criterion', { description: 'The criterion assessed.' }),
    year: t.exposeInt('year', { description: 'The year the status is for.' }),
    level: t.expose('level', {
      type: AttainmentLevelEnum,
      description: 'Standard, advanced (nâng cao) or model (kiểu mẫu).',
    }),
    status: t.expose('status', { type: AssessmentStatusEnum, description: 'Met, basically met or not met.' }),
    assessedOn: t.expose('assessedOn', { type: 'Date', nullable: true, description: 'When the assessment was made.' }),
    evidence: t.exposeString('evidence', {
      nullable: true,
      description: 'What the status rests on, e.g. "100% of households have electricity".',
    }),
    document: t.relation('document', { nullable: true, description: 'The report or decision that records it.' }),
    createdAt: t.expose('createdAt', recordDates.createdAt),
    updatedAt: t.expose('updatedAt', recordDates.updatedAt),
    values: t.relation('values', {
      description: 'The indicator values behind the status.',
      query: { orderBy: { indicatorId: 'asc' } },
    }),
  }),
});

builder.prismaObject('AssessmentIndicatorValue', {
  description: 'The value of one indicator behind an assessment, e.g. 100% of households with electricity.',
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The indicator measured.' }),
    value: t.float({ nullable: true, description: 'The measured value.', resolve: (row) => toFloat(row.value) }),
    text: t.exposeString('text', { nullable: true, description: 'The value in words, for qualitative indicators.' }),
    met: t.exposeBoolean('met', {
      nullable: true,
      description: 'Whether the value reaches the threshold; null when not judged.',
    }),
  }),
});
