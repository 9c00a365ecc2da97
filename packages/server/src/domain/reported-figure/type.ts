import { builder } from '../../schema/builder.ts';
import { FigureKindEnum, ValueQualifierEnum } from '../../schema/enums.ts';
import { toFloat } from '../../schema/filters.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { ReportedFigureRef } from '../../schema/refs.ts';

builder.prismaObjectFields(ReportedFigureRef, (t) => ({
  place: t.relation('place', { description: 'The place the figure is about.' }),
  metric: t.exposeString('metric', { description: 'Stable key for what is counted, e.g. "twinned_agencies".' }),
  label: t.exposeString('label', { description: 'What the number is, in English.' }),
  labelVi: t.exposeString('labelVi', { nullable: true, description: 'What the number is, in Vietnamese.' }),
  kind: t.expose('kind', { type: FigureKindEnum, description: 'An actual result or a target.' }),
  value: t.float({
    nullable: true,
    description: 'The number when it is not money: a count, a percentage, percentage points.',
    resolve: (figure) => toFloat(figure.value),
  }),
  amountVnd: t.expose('amountVnd', {
    type: 'Money',
    nullable: true,
    description: 'The number when it is money, in VND.',
  }),
  unit: t.exposeString('unit', { description: 'Unit of the number, e.g. "agencies", "%", "VND".' }),
  qualifier: t.expose('qualifier', {
    type: ValueQualifierEnum,
    description: 'How the number relates to the truth: "above 261.8 billion" is MORE_THAN.',
  }),
  scope: t.exposeString('scope', {
    nullable: true,
    description: 'Part of the place covered, when not all of it, e.g. "ethnic-minority and mountainous areas".',
  }),
  periodStart: t.expose('periodStart', {
    type: 'Date',
    nullable: true,
    description: 'First day of the period counted.',
  }),
  periodEnd: t.expose('periodEnd', { type: 'Date', nullable: true, description: 'Last day of the period counted.' }),
  year: t.exposeInt('year', { nullable: true, description: 'The year counted, for yearly figures.' }),
  campaign: t.relation('campaign', { nullable: true, description: 'The programme the figure reports on.' }),
  document: t.relation('document', { nullable: true, description: 'The report that published it.' }),
  source: t.exposeString('source', { description: 'Where it was published (news report, conference).' }),
  reportedOn: t.expose('reportedOn', { type: 'Date', nullable: true, description: 'When it was published.' }),
  createdAt: t.expose('createdAt', recordDates.createdAt),
}));
