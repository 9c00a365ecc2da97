import { yearRange } from '../../dates.ts';
import { builder } from '../../schema/builder.ts';
import { ValueQualifierEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { IndicatorObservationRef, placeTypes } from '../../schema/refs.ts';

builder.prismaNode('Indicator', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A statistical series tracked per place and year: poverty rate (tỷ lệ hộ nghèo), near-poor rate (tỷ lệ hộ cận nghèo), electricity access …',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. "POVERTY_RATE".' }),
    name: t.exposeString('name', { description: 'English name.' }),
    nameVi: t.exposeString('nameVi', { description: 'Vietnamese name.' }),
    unit: t.exposeString('unit', { description: 'Unit of the values, e.g. "%".' }),
    lowerIsBetter: t.exposeBoolean('lowerIsBetter', {
      description: 'True when a fall is an improvement (poverty rate).',
    }),
    description: t.exposeString('description', { nullable: true, description: 'How the series is defined.' }),
    observations: t.relatedConnection('observations', {
      cursor: 'id',
      totalCount: true,
      description: 'Values of the series, oldest year first.',
      args: {
        placeId: t.arg.globalID({ for: placeTypes, required: false, description: 'Only this place’s values.' }),
        fromYear: t.arg.int({ required: false }),
        toYear: t.arg.int({ required: false }),
      },
      query: (args) => ({
        where: { placeId: args.placeId?.id, year: yearRange(args.fromYear, args.toYear) },
        orderBy: [{ year: 'asc' }, { id: 'asc' }],
      }),
    }),
  }),
});

builder.prismaObjectFields(IndicatorObservationRef, (t) => ({
  indicator: t.relation('indicator', { description: 'The series the value belongs to.' }),
  place: t.relation('place', { description: 'The place measured.' }),
  year: t.exposeInt('year', { description: 'The year measured (the value at its end, for rates).' }),
  value: t.float({ description: 'The value, in the indicator’s unit.', resolve: (row) => row.value.toNumber() }),
  qualifier: t.expose('qualifier', {
    type: ValueQualifierEnum,
    description: 'How the published number relates to the truth: exact, about, more than …',
  }),
  source: t.exposeString('source', { nullable: true, description: 'Where the value was published.' }),
  createdAt: t.expose('createdAt', recordDates.createdAt),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
}));
