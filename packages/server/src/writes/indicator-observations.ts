import { z } from 'zod';
import { assertCanWrite } from '../auth/scope.ts';
import type { Context } from '../context.ts';
import { recordChanges } from '../events/change-log.ts';
import { ValueQualifier } from '../generated/prisma/enums.ts';
import { NotFoundError } from '../schema/errors.ts';
import { placeId } from './admin-units.ts';
import { describeInterval, existedIn, optionalText, yearField } from './fields.ts';
import { assertMayWrite, type WriteArgs, writeOnce } from './mutation.ts';
import { IssueCollector, validateInput } from './validate.ts';

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
export async function upsertIndicatorObservation(context: Context, args: WriteArgs): Promise<string> {
  assertMayWrite(context.viewer);
  const input = validateInput(schema, args.input);
  await assertCanWrite(context.db, context.viewer, { placeIds: [input.placeId] });
  return writeOnce(
    context,
    { operation: 'upsertIndicatorObservation', idempotencyKey: args.idempotencyKey, request: args.input },
    async (tx) => {
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
      await recordChanges(tx, [
        {
          entityType: 'IndicatorObservation',
          entityId: after.id,
          action: before ? 'updated' : 'created',
          actorKeyId: context.viewer.keyId,
          before: before ?? undefined,
          after,
        },
      ]);
      return after.id;
    },
  );
}
