import { z } from 'zod';
import { assertCanWrite } from '../../auth/scope.ts';
import { describeInterval, existedIn, todayInVietnam, yearField } from '../../dates.ts';
import { NotFoundError } from '../../errors.ts';
import { AssessmentStatus, AttainmentLevel } from '../../generated/prisma/enums.ts';
import type { WriteContext } from '../../write.ts';
import {
  criterionId,
  documentId,
  evenIfInvalid,
  IssueCollector,
  nodeId,
  notBeforeItsYear,
  optionalText,
  placeId,
  validateInput,
} from '../rules.ts';

const indicatorId = nodeId(['CriterionIndicator'], 'a criterion indicator');

const schema = z
  .object({
    placeId,
    criterionId,
    year: yearField,
    level: z.enum(AttainmentLevel).nullish(),
    status: z.enum(AssessmentStatus),
    evidence: optionalText(2000),
    assessedOn: z
      .date()
      .refine((value) => value <= todayInVietnam(), 'An assessment cannot be made in the future.')
      .nullish(),
    documentId: documentId.nullish(),
    indicatorValues: z
      .array(
        z
          .object({
            indicatorId,
            value: z.number().nullish(),
            text: optionalText(500),
            met: z.boolean().nullish(),
          })
          .refine((value) => value.value != null || value.text != null, 'Give the value or describe it in text.'),
      )
      .nullish(),
  })
  .superRefine((value, context) => {
    notBeforeItsYear(
      value,
      value.assessedOn,
      'assessedOn',
      (year) => `An assessment of ${year} is made in ${year} or later.`,
      context,
    );
    if (!Array.isArray(value.indicatorValues)) return;
    value.indicatorValues.forEach((entry, index) => {
      if (entry && value.indicatorValues!.findIndex((other) => other?.indicatorId === entry.indicatorId) !== index) {
        context.addIssue({
          code: 'custom',
          path: ['indicatorValues', index, 'indicatorId'],
          message: 'This indicator is listed twice.',
        });
      }
      if (entry?.met === false && value.status === 'MET') {
        context.addIssue({
          code: 'custom',
          path: ['indicatorValues', index, 'met'],
          message:
            'A criterion is MET only when every indicator behind it is met; record it as BASICALLY_MET or NOT_MET.',
        });
      }
    });
  }, evenIfInvalid);

/**
 * Records a criterion's status for a place in a year at a level, replacing an earlier record of
 * the same four (and its indicator values). The criterion's set must measure places of this level,
 * be in force in that year and know the level.
 */
export async function setAssessment(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(schema, raw);
  await assertCanWrite(context.tx, context.viewer, { placeIds: [input.placeId] });
  const level = input.level ?? 'STANDARD';
  const { tx } = context;
  const [place, criterion, document] = await Promise.all([
    tx.place.findUnique({ where: { id: input.placeId } }),
    tx.criterion.findUnique({
      where: { id: input.criterionId },
      include: { set: true, indicators: { select: { id: true } } },
    }),
    input.documentId ? tx.document.findUnique({ where: { id: input.documentId }, select: { id: true } }) : null,
  ]);
  if (!place) throw new NotFoundError('Place', input.placeId);
  if (!criterion) throw new NotFoundError('Criterion', input.criterionId);
  if (input.documentId && !document) throw new NotFoundError('Document', input.documentId);
  const { set } = criterion;
  const issues = new IssueCollector();
  if (criterion.archivedAt || set.archivedAt) {
    issues.add(['input', 'criterionId'], `Criterion ${criterion.number} of ${set.code} is withdrawn (archived).`);
  }
  if (set.appliesTo !== place.level) {
    issues.add(
      ['input', 'criterionId'],
      `${set.code} measures ${set.appliesTo.toLowerCase()}s; ${place.fullName} is a ${place.level.toLowerCase()}.`,
    );
  }
  if (!existedIn({ validFrom: set.validFrom, validTo: set.validTo }, input.year)) {
    issues.add(
      ['input', 'year'],
      `${set.code} is in force from ${describeInterval(set)}; it does not apply to ${input.year}.`,
    );
  }
  if (!set.levels.includes(level)) {
    issues.add(
      ['input', 'level'],
      set.levels.length
        ? `${set.code} recognises ${set.levels.join(', ')}, not ${level}.`
        : `${set.code} has no attainment levels recorded yet.`,
    );
  }
  if (place.archivedAt) issues.add(['input', 'placeId'], `${place.fullName} is archived.`);
  else if (!existedIn(place, input.year)) {
    issues.add(
      ['input', 'placeId'],
      `${place.fullName} existed from ${describeInterval(place)}; it was not assessed in ${input.year}.`,
    );
  }
  const own = new Set(criterion.indicators.map((indicator) => indicator.id));
  (input.indicatorValues ?? []).forEach((entry, index) => {
    if (!own.has(entry.indicatorId)) {
      issues.add(
        ['input', 'indicatorValues', String(index), 'indicatorId'],
        `Not an indicator of criterion ${criterion.number} of ${set.code}.`,
      );
    }
  });
  issues.throwIfAny();

  const key = { placeId: input.placeId, criterionId: input.criterionId, year: input.year, level };
  const before = await tx.criterionAssessment.findUnique({
    where: { placeId_criterionId_year_level: key },
    include: { values: true },
  });
  const fields = {
    status: input.status,
    evidence: input.evidence ?? null,
    assessedOn: input.assessedOn ?? null,
    documentId: input.documentId ?? null,
  };
  const row = await tx.criterionAssessment.upsert({
    where: { placeId_criterionId_year_level: key },
    create: { ...key, ...fields },
    update: fields,
  });
  if (before) await tx.assessmentIndicatorValue.deleteMany({ where: { assessmentId: row.id } });
  if (input.indicatorValues?.length) {
    await tx.assessmentIndicatorValue.createMany({
      data: input.indicatorValues.map((entry) => ({
        assessmentId: row.id,
        indicatorId: entry.indicatorId,
        value: entry.value ?? null,
        text: entry.text ?? null,
        met: entry.met ?? null,
      })),
    });
  }
  const after = await tx.criterionAssessment.findUniqueOrThrow({
    where: { id: row.id },
    include: { values: true },
  });
  context.record({
    type: 'AssessmentSet',
    entityId: row.id,
    before: before ?? undefined,
    after,
  });
  return row.id;
}
