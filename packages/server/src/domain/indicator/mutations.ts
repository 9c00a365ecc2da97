import { builder } from '../../schema/builder.ts';
import { ValueQualifierEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { upsertIndicatorObservation } from './service.ts';

const UpsertIndicatorObservationInput = builder.inputType('UpsertIndicatorObservationInput', {
  description: 'An indicator’s value for a place in a year; replaces an earlier value of the same three.',
  fields: (t) => ({
    placeId: t.id({ required: true }),
    indicatorCode: t.string({ required: true, description: 'e.g. "POVERTY_RATE".' }),
    year: t.int({ required: true }),
    value: t.float({ required: true, description: 'In the indicator’s unit; percentages are 0–100.' }),
    qualifier: t.field({ type: ValueQualifierEnum, required: false, description: 'Default EXACT.' }),
    source: t.string({ required: false, description: 'Where the value was published.' }),
  }),
});

defineWrite('upsertIndicatorObservation', {
  description: 'Record a statistical value (poverty rate, electricity access …). Editors write within their provinces.',
  role: 'editor',
  input: UpsertIndicatorObservationInput,
  returns: { node: 'IndicatorObservation', as: 'observation' },
  write: upsertIndicatorObservation,
});
