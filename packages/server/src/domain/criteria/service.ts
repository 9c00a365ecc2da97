import { z } from 'zod';
import { isoDay } from '../../dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { CriteriaSet, Criterion, Prisma } from '../../generated/prisma/client.ts';
import { AttainmentLevel, CriteriaProgramme, PlaceLevel } from '../../generated/prisma/enums.ts';
import type { ChangeRecord, WriteContext } from '../../write.ts';
import {
  criterionId,
  datesInOrder,
  documentId,
  evenIfInvalid,
  IssueCollector,
  nodeId,
  optionalText,
  patched,
  requiredText,
  validateInput,
} from '../rules.ts';

export const criteriaSetId = nodeId(['CriteriaSet'], 'a criteria set');
const provinceId = nodeId(['Province'], 'a province');

const code = z
  .string()
  .trim()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'Capital letters, digits and hyphens, e.g. "NTM-COMMUNE-2021-2025".')
  .max(60, 'At most 60 characters.');

const levels = z
  .array(z.enum(AttainmentLevel))
  .refine((values) => new Set(values).size === values.length, 'A level is listed twice.');

const setFields = {
  name: requiredText(300),
  nameVi: requiredText(300),
  legalBasisId: documentId.nullish(),
  issuerPlaceId: provinceId.nullish(),
  validFrom: z.date(),
  validTo: z.date().nullish(),
  supersedesId: criteriaSetId.nullish(),
  note: optionalText(2000),
};

const createSetSchema = z
  .object({ code, programme: z.enum(CriteriaProgramme), appliesTo: z.enum(PlaceLevel), levels, ...setFields })
  .superRefine(datesInOrder, evenIfInvalid);

const updateSetSchema = z
  .object({
    id: criteriaSetId,
    code: code.optional(),
    programme: z.enum(CriteriaProgramme).optional(),
    appliesTo: z.enum(PlaceLevel).optional(),
    levels: levels.optional(),
    ...setFields,
    name: setFields.name.optional(),
    nameVi: setFields.nameVi.optional(),
    validFrom: setFields.validFrom.optional(),
  })
  .superRefine(datesInOrder, evenIfInvalid);

const indicatorSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)*[a-z]?$/, 'A number like "4.2".'),
  name: requiredText(300),
  nameVi: requiredText(300),
  unit: optionalText(30),
});

const criterionFields = {
  number: z.number().int('A whole number.').min(1, 'Criteria are numbered from 1.').max(99, 'At most 99.'),
  name: requiredText(200),
  nameVi: requiredText(200),
  groupNumber: z.number().int('A whole number.').min(1, 'Groups are numbered from 1.').max(20, 'At most 20.'),
  groupName: requiredText(200),
  groupNameVi: requiredText(200),
};

const createCriterionSchema = z.object({
  setId: criteriaSetId,
  ...criterionFields,
  indicators: z
    .array(indicatorSchema)
    .refine(
      (indicators) => new Set(indicators.map((indicator) => indicator.code)).size === indicators.length,
      'An indicator code is listed twice.',
    )
    .nullish(),
});

const updateCriterionSchema = z.object({
  id: criterionId,
  number: criterionFields.number.optional(),
  name: criterionFields.name.optional(),
  nameVi: criterionFields.nameVi.optional(),
  groupNumber: criterionFields.groupNumber.optional(),
  groupName: criterionFields.groupName.optional(),
  groupNameVi: criterionFields.groupNameVi.optional(),
  archived: z.boolean().nullish(),
});

export async function createCriteriaSet(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(createSetSchema, raw);
  const { tx } = context;
  const draft = {
    code: input.code,
    name: input.name,
    nameVi: input.nameVi,
    programme: input.programme,
    appliesTo: input.appliesTo,
    levels: input.levels,
    legalBasisId: input.legalBasisId ?? null,
    issuerPlaceId: input.issuerPlaceId ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    supersedesId: input.supersedesId ?? null,
    note: input.note ?? null,
  };
  const issues = new IssueCollector();
  await checkSet(tx, draft, null, issues);
  issues.throwIfAny();
  await assertCodeFree(tx, draft.code);
  const set = await tx.criteriaSet.create({ data: draft });
  context.record({
    type: 'CriteriaSetCreated',
    entityId: set.id,
    after: set,
  });
  return set.id;
}

export async function updateCriteriaSet(context: WriteContext, raw: unknown): Promise<string> {
  const { id, ...patch } = validateInput(updateSetSchema, raw);
  const { tx } = context;
  const before = await tx.criteriaSet.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('CriteriaSet', id);
  if (before.archivedAt)
    throw new ConflictError(`The criteria set ${before.code} is archived; it can no longer be changed.`);
  const next = patched(before, patch);
  const issues = new IssueCollector();
  if (next.validTo && next.validTo < next.validFrom) {
    issues.add(['input', 'validTo'], `Must not be before validFrom (${isoDay(next.validFrom)}).`);
  }
  await checkSet(tx, next, id, issues);
  await checkAssessmentsStillFit(tx, before, next, issues);
  issues.throwIfAny();
  if (patch.code !== undefined && patch.code !== before.code) await assertCodeFree(tx, patch.code);
  const after = await tx.criteriaSet.update({ where: { id }, data: patch });
  context.record({ type: 'CriteriaSetUpdated', entityId: id, before, after });
  return id;
}

/** Retires a set entered by mistake or withdrawn; its assessments and recognitions keep their history. */
export async function archiveCriteriaSet(context: WriteContext, raw: unknown): Promise<string> {
  const { id } = validateInput(z.object({ id: criteriaSetId }), raw);
  const { tx } = context;
  const before = await tx.criteriaSet.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('CriteriaSet', id);
  if (before.archivedAt) {
    throw new ConflictError(
      `The criteria set ${before.code} was already archived on ${before.archivedAt.toISOString()}.`,
    );
  }
  const after = await tx.criteriaSet.update({ where: { id }, data: { archivedAt: new Date() } });
  context.record({
    type: 'CriteriaSetArchived',
    entityId: id,
    before,
    after,
  });
  return id;
}

export async function createCriterion(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(createCriterionSchema, raw);
  const { tx } = context;
  const set = await tx.criteriaSet.findUnique({ where: { id: input.setId } });
  if (!set) throw new NotFoundError('CriteriaSet', input.setId);
  const issues = new IssueCollector();
  if (set.archivedAt) issues.add(['input', 'setId'], `The criteria set ${set.code} is archived.`);
  await checkGroup(tx, input, set.id, null, issues);
  issues.throwIfAny();
  await assertNumberFree(tx, set, input.number);
  const { indicators, setId, ...fields } = input;
  const criterion = await tx.criterion.create({ data: { ...fields, setId } });
  const created = indicators?.length
    ? await tx.criterionIndicator.createManyAndReturn({
        data: indicators.map((indicator) => ({
          ...indicator,
          unit: indicator.unit ?? null,
          criterionId: criterion.id,
        })),
      })
    : [];
  context.record(
    { type: 'CriterionCreated', entityId: criterion.id, after: criterion },
    ...created.map(
      (indicator): ChangeRecord => ({ type: 'CriterionIndicatorCreated', entityId: indicator.id, after: indicator }),
    ),
  );
  return criterion.id;
}

/** Renames, renumbers or regroups a criterion; `archived: true` withdraws it from its set. */
export async function updateCriterion(context: WriteContext, raw: unknown): Promise<string> {
  const { id, archived, ...patch } = validateInput(updateCriterionSchema, raw);
  const { tx } = context;
  const before = await tx.criterion.findUnique({ where: { id }, include: { set: true } });
  if (!before) throw new NotFoundError('Criterion', id);
  const { set, ...beforeRow } = before;
  if (set.archivedAt)
    throw new ConflictError(`The criteria set ${set.code} is archived; its criteria can no longer change.`);
  const next = patched(beforeRow, patch);
  const issues = new IssueCollector();
  await checkGroup(tx, next, set.id, id, issues);
  issues.throwIfAny();
  if (patch.number !== undefined && patch.number !== before.number) await assertNumberFree(tx, set, patch.number);
  const archivedAt = archived == null ? undefined : archived ? (before.archivedAt ?? new Date()) : null;
  const after = await tx.criterion.update({ where: { id }, data: { ...patch, archivedAt } });
  const type = archived && !before.archivedAt ? 'CriterionArchived' : 'CriterionUpdated';
  context.record({ type, entityId: id, before: beforeRow, after });
  return id;
}

type SetDraft = Pick<
  CriteriaSet,
  'programme' | 'appliesTo' | 'legalBasisId' | 'issuerPlaceId' | 'validFrom' | 'validTo' | 'supersedesId'
>;

async function checkSet(
  tx: Prisma.TransactionClient,
  set: SetDraft,
  id: string | null,
  issues: IssueCollector,
): Promise<void> {
  if (set.legalBasisId && !(await tx.document.findUnique({ where: { id: set.legalBasisId }, select: { id: true } }))) {
    throw new NotFoundError('Document', set.legalBasisId);
  }
  if (set.issuerPlaceId) {
    const province = await tx.place.findUnique({ where: { id: set.issuerPlaceId } });
    if (!province) throw new NotFoundError('Place', set.issuerPlaceId);
    if (province.archivedAt) issues.add(['input', 'issuerPlaceId'], `${province.fullName} is archived.`);
  } else if (set.appliesTo === 'VILLAGE') {
    issues.add(['input', 'issuerPlaceId'], 'Village criteria are issued by a province: name it.');
  }
  if (!set.supersedesId) return;
  if (set.supersedesId === id) {
    issues.add(['input', 'supersedesId'], 'A set does not supersede itself.');
    return;
  }
  const superseded = await tx.criteriaSet.findUnique({
    where: { id: set.supersedesId },
    include: { supersededBy: true },
  });
  if (!superseded) throw new NotFoundError('CriteriaSet', set.supersedesId);
  if (superseded.programme !== set.programme || superseded.appliesTo !== set.appliesTo) {
    issues.add(
      ['input', 'supersedesId'],
      `${superseded.code} measures ${superseded.appliesTo.toLowerCase()}s for ${superseded.programme}; a set only supersedes one of its own programme and level.`,
    );
  }
  if (superseded.validFrom >= set.validFrom) {
    issues.add(
      ['input', 'supersedesId'],
      `${superseded.code} began on ${isoDay(superseded.validFrom)}; its successor must begin later.`,
    );
  }
  if (superseded.supersededBy && superseded.supersededBy.id !== id) {
    throw new ConflictError(`${superseded.code} is already superseded by ${superseded.supersededBy.code}.`);
  }
}

/** A set's assessments must stay inside its years and levels; changing them would orphan the scores. */
async function checkAssessmentsStillFit(
  tx: Prisma.TransactionClient,
  before: CriteriaSet,
  next: Pick<CriteriaSet, 'validFrom' | 'validTo' | 'levels' | 'appliesTo'>,
  issues: IssueCollector,
): Promise<void> {
  const placesChanged = next.appliesTo !== before.appliesTo;
  const outside = await tx.criterionAssessment.findFirst({
    where: {
      criterion: { setId: before.id },
      ...(placesChanged
        ? {}
        : {
            OR: [
              { year: { lt: next.validFrom.getUTCFullYear() } },
              ...(next.validTo ? [{ year: { gt: next.validTo.getUTCFullYear() } }] : []),
              { level: { notIn: next.levels } },
            ],
          }),
    },
    include: { place: { select: { fullName: true } } },
  });
  if (outside) {
    issues.add(
      ['input'],
      `${outside.place.fullName} is assessed under this set for ${outside.year} at level ${outside.level}; the change would leave that assessment outside the set's years, levels or places.`,
    );
  }
}

async function checkGroup(
  tx: Prisma.TransactionClient,
  criterion: Pick<Criterion, 'groupNumber' | 'groupName' | 'groupNameVi'>,
  setId: string,
  exceptId: string | null,
  issues: IssueCollector,
): Promise<void> {
  const sibling = await tx.criterion.findFirst({
    where: { setId, groupNumber: criterion.groupNumber, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (sibling && (sibling.groupName !== criterion.groupName || sibling.groupNameVi !== criterion.groupNameVi)) {
    issues.add(
      ['input', 'groupName'],
      `Group ${criterion.groupNumber} of this set is "${sibling.groupName}" ("${sibling.groupNameVi}"); use the same names or another group number.`,
    );
  }
}

async function assertCodeFree(tx: Prisma.TransactionClient, code: string): Promise<void> {
  const existing = await tx.criteriaSet.findUnique({ where: { code } });
  if (existing) throw new ConflictError(`A criteria set with code ${code} already exists (ID ${existing.id}).`);
}

async function assertNumberFree(tx: Prisma.TransactionClient, set: CriteriaSet, number: number): Promise<void> {
  const existing = await tx.criterion.findUnique({ where: { setId_number: { setId: set.id, number } } });
  if (existing) {
    throw new ConflictError(`${set.code} already has criterion ${number} (${existing.name}); update it instead.`);
  }
}
