import { builder } from '../../schema/builder.ts';

export interface SupportTotal {
  valueVnd: bigint;
  activityCount: number;
}

export const SupportTotalRef = builder.objectRef<SupportTotal>('SupportTotal').implement({
  description: 'The value and number of support activities matching a question, summed in the database.',
  fields: (t) => ({
    valueVnd: t.field({
      type: 'Money',
      description: 'Sum of the activities’ values in VND (activities without a value count as 0).',
      resolve: (total) => total.valueVnd,
    }),
    activityCount: t.exposeInt('activityCount'),
  }),
});
