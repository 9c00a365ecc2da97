import { z } from 'zod';
import { assertCanWrite } from '../../auth/scope.ts';
import { describeInterval, existedIn, yearField } from '../../dates.ts';
import { NotFoundError } from '../../errors.ts';
import { ValueQualifier } from '../../generated/prisma/enums.ts';
import type { WriteContext } from '../../write.ts';
import { IssueCollector, optionalText, placeId, validateInput } from '../rules.ts';

const schema = z.object({
  placeId,
  indicatorCode: z.string().trim().min(1, 'Name the indicator by its code, e.g. "POVERTY_RATE".'),
  year: yearField,
  value: z.number().refine(Number.isFinite, 'A finite number.'),
  qualifier: z.enum(ValueQualifier).nullish(),
  source: optionalText(500),
});

/**
 * Records an indicator's value for a place in a year, replacing an earlier value for the same
 * three. Rates (unit "%") are shares of households, so 0 to 100.
 */
export async function upsertIndicatorObservation(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(schema, raw);
  await assertCanWrite(context.tx, context.viewer, { placeIds: [input.placeId] });
  const { tx } = context;
  const [place, indicator] = await Promise.all([
    tx.place.findUnique({ where: { id: input.placeId } }),
    tx.indicator.findUnique({ where: { code: input.indicatorCode } }),
  ]);
  if (!place) throw new NotFoundError('Place', input.placeId);
  if (!indicator) throw new NotFoundError('Indicator', input.indicatorCode);
  const issues = new IssueCollector();
  if (indicator.unit === '%' && (input.value < 0 || input.value > 100)) {
    issues.add(['input', 'value'], `${indicator.code} is a percentage: 0 to 100, got ${input.value}.`);
  }
  if (place.archivedAt) issues.add(['input', 'placeId'], `${place.fullName} is archived.`);
  else if (!existedIn(place, input.year)) {
    issues.add(
      ['input', 'year'],
      `${place.fullName} existed from ${describeInterval(place)}; it has no value for ${input.year}.`,
    );
  }
  issues.throwIfAny();
  const key = { placeId: place.id, indicatorId: indicator.id, year: input.year };
  const before = await tx.indicatorObservation.findUnique({ where: { placeId_indicatorId_year: key } });
  const fields = { value: input.value, qualifier: input.qualifier ?? 'EXACT', source: input.source ?? null };
  const after = await tx.indicatorObservation.upsert({
    where: { placeId_indicatorId_year: key },
    create: { ...key, ...fields },
    update: fields,
  });
  context.record({
    type: 'IndicatorObserved',
    entityId: after.id,
    before: before ?? undefined,
    after,
  });
  return after.id;
}
