import { builder } from '../../schema/builder.ts';
import { IndicatorObservationRef } from '../../schema/refs.ts';
import type { IndicatorSeries } from './sql.ts';

export const IndicatorSeriesRef = builder.objectRef<IndicatorSeries>('IndicatorSeries').implement({
  description:
    'A statistical series for a place — poverty rate, near-poor rate, electricity access — with its average yearly change, computed in the database.',
  fields: (t) => ({
    place: t.prismaField({
      type: 'Place',
      resolve: (query, series, _args, { db }) =>
        db.place.findUniqueOrThrow({ ...query, where: { id: series.placeId } }),
    }),
    indicator: t.prismaField({
      type: 'Indicator',
      resolve: (query, series, _args, { db }) =>
        db.indicator.findUniqueOrThrow({ ...query, where: { id: series.indicatorId } }),
    }),
    observations: t.field({
      type: [IndicatorObservationRef],
      description: 'One observation a year, oldest first.',
      resolve: (series) => series.observations,
    }),
    firstYear: t.exposeInt('firstYear', { nullable: true }),
    lastYear: t.exposeInt('lastYear', { nullable: true }),
    change: t.exposeFloat('change', {
      nullable: true,
      description:
        'Last value minus first, in the indicator’s unit (percentage points for a rate); null under two years.',
    }),
    averageYearlyChange: t.exposeFloat('averageYearlyChange', {
      nullable: true,
      description:
        '(last − first) / (last year − first year), in the indicator’s unit a year: a poverty rate falling from 10.00% in 2020 to 5.62% in 2023 gives −1.46 percentage points a year. Null under two years.',
    }),
  }),
});
