import { z } from 'zod';
import { assertCanWrite } from '../../auth/scope.ts';
import { describeInterval, existedIn, isoDay, todayInVietnam, yearField } from '../../dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { AttainmentLevel, CriteriaProgramme } from '../../generated/prisma/enums.ts';
import type { WriteContext } from '../../write.ts';
import {
  documentId,
  evenIfInvalid,
  IssueCollector,
  nodeId,
  notBeforeItsYear,
  optionalText,
  placeId,
  requiredText,
  validateInput,
} from '../rules.ts';

const recognitionId = nodeId(['Recognition'], 'a recognition');

const notInFuture = (what: string) =>
  z.date().refine((value) => value <= todayInVietnam(), `${what} cannot be in the future.`);

const recordSchema = z
  .object({
    placeId,
    programme: z.enum(CriteriaProgramme).nullish(),
    level: z.enum(AttainmentLevel),
    status: z.enum(['APPLIED', 'RECOGNISED'], {
      error: 'Record APPLIED or RECOGNISED here; a recognition is revoked with revokeRecognition.',
    }),
    year: yearField,
    recognisedOn: notInFuture('A recognition').nullish(),
    decidedBy: optionalText(300),
    decisionId: documentId.nullish(),
    note: optionalText(2000),
  })
  .superRefine((value, context) => {
    if (value.status === 'RECOGNISED' && !value.decisionId) {
      context.addIssue({
        code: 'custom',
        path: ['decisionId'],
        message: 'A recognition rests on a decision: record the decision document and pass its ID.',
      });
    }
    if (value.status === 'APPLIED' && (value.decisionId || value.recognisedOn)) {
      context.addIssue({
        code: 'custom',
        path: [value.decisionId ? 'decisionId' : 'recognisedOn'],
        message: 'An application awaits its decision; record the decision when the place is RECOGNISED.',
      });
    }
    notBeforeItsYear(
      value,
      value.recognisedOn,
      'recognisedOn',
      (year) => `A recognition for ${year} is decided in ${year} or later.`,
      context,
    );
  }, evenIfInvalid);

const revokeSchema = z.object({
  id: recognitionId,
  revokedOn: notInFuture('A revocation'),
  documentId,
  reason: requiredText(2000),
});

/**
 * Records that a place applied for, or was recognised at, a level. Recognising a place that had
 * applied turns its application into the recognition. A place holds one standing recognition per
 * level and criteria period; a second one is a ConflictError.
 */
export async function recordRecognition(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(recordSchema, raw);
  await assertCanWrite(context.tx, context.viewer, { placeIds: [input.placeId] });
  const programme = input.programme ?? 'NEW_RURAL_DEVELOPMENT';
  const { tx } = context;
  const [place, decision] = await Promise.all([
    tx.place.findUnique({ where: { id: input.placeId } }),
    input.decisionId ? tx.document.findUnique({ where: { id: input.decisionId } }) : null,
  ]);
  if (!place) throw new NotFoundError('Place', input.placeId);
  if (input.decisionId && !decision) throw new NotFoundError('Document', input.decisionId);
  const recognisedOn = input.recognisedOn ?? decision?.issuedOn ?? null;
  const issues = new IssueCollector();
  if (place.archivedAt) issues.add(['input', 'placeId'], `${place.fullName} is archived.`);
  else if (!existedIn(place, input.year)) {
    issues.add(
      ['input', 'placeId'],
      `${place.fullName} existed from ${describeInterval(place)}; it was not recognised for ${input.year}.`,
    );
  }
  if (input.status === 'RECOGNISED' && !recognisedOn) {
    issues.add(['input', 'recognisedOn'], 'The decision has no date recorded: give the date of recognition.');
  }
  if (recognisedOn && decision?.issuedOn && recognisedOn < decision.issuedOn) {
    issues.add(
      ['input', 'recognisedOn'],
      `The decision was issued on ${isoDay(decision.issuedOn)}; recognition cannot precede it.`,
    );
  }
  const set = await tx.criteriaSet.findFirst({
    where: {
      programme,
      appliesTo: place.level,
      levels: { has: input.level },
      archivedAt: null,
      validFrom: { lt: new Date(Date.UTC(input.year + 1, 0, 1)) },
      OR: [{ validTo: null }, { validTo: { gte: new Date(Date.UTC(input.year, 0, 1)) } }],
    },
    orderBy: { validFrom: 'desc' },
  });
  if (!set) {
    issues.add(
      ['input', 'level'],
      `No ${programme} criteria set recognises ${place.level.toLowerCase()}s at level ${input.level} in ${input.year}.`,
    );
  }
  issues.throwIfAny();

  const period = {
    gte: set!.validFrom.getUTCFullYear(),
    ...(set!.validTo ? { lte: set!.validTo.getUTCFullYear() } : {}),
  };
  const standing = await tx.recognition.findFirst({
    where: {
      placeId: place.id,
      programme,
      level: input.level,
      year: period,
      status: { in: ['APPLIED', 'RECOGNISED'] },
    },
    orderBy: { year: 'desc' },
  });
  if (standing?.status === 'RECOGNISED') {
    throw new ConflictError(
      `${place.fullName} is already recognised at ${input.level} for ${standing.year} under ${set!.code}; revoke that recognition first.`,
    );
  }
  if (standing && input.status === 'APPLIED') {
    throw new ConflictError(
      `${place.fullName} already applied for ${input.level} (${standing.year}); record the decision instead.`,
    );
  }
  const fields = {
    status: input.status,
    year: input.year,
    recognisedOn,
    decidedBy: input.decidedBy ?? standing?.decidedBy ?? null,
    decisionId: input.decisionId ?? null,
    note: input.note ?? standing?.note ?? null,
  };
  const after = standing
    ? await tx.recognition.update({ where: { id: standing.id }, data: fields })
    : await tx.recognition.create({ data: { placeId: place.id, programme, level: input.level, ...fields } });
  context.record({
    type: standing ? 'RecognitionUpdated' : 'RecognitionRecorded',
    entityId: after.id,
    before: standing ?? undefined,
    after,
  });
  return after.id;
}

/**
 * Revokes a recognition (Decision 18/2022/QĐ-TTg): only a standing recognition can be revoked, by
 * a decision other than the one that granted it, on or after the day it was granted, for a stated
 * reason. The record stays, marked REVOKED.
 */
export async function revokeRecognition(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(revokeSchema, raw);
  const existing = await context.tx.recognition.findUnique({ where: { id: input.id }, select: { placeId: true } });
  if (!existing) throw new NotFoundError('Recognition', input.id);
  await assertCanWrite(context.tx, context.viewer, { placeIds: [existing.placeId] });
  const { tx } = context;
  const [before, document] = await Promise.all([
    tx.recognition.findUniqueOrThrow({
      where: { id: input.id },
      include: { place: { select: { fullName: true } } },
    }),
    tx.document.findUnique({ where: { id: input.documentId } }),
  ]);
  if (!document) throw new NotFoundError('Document', input.documentId);
  if (before.status !== 'RECOGNISED') {
    throw new ConflictError(
      before.status === 'REVOKED'
        ? `This recognition was already revoked on ${before.revokedOn ? isoDay(before.revokedOn) : 'an unrecorded date'}.`
        : 'Only a recognised level can be revoked; this is still an application.',
    );
  }
  const issues = new IssueCollector();
  if (before.recognisedOn && input.revokedOn < before.recognisedOn) {
    issues.add(
      ['input', 'revokedOn'],
      `The recognition dates from ${isoDay(before.recognisedOn)}; it cannot be revoked earlier.`,
    );
  }
  if (document.id === before.decisionId) {
    issues.add(
      ['input', 'documentId'],
      'This is the decision that granted the recognition; a revocation needs its own decision.',
    );
  }
  if (document.issuedOn && document.issuedOn > input.revokedOn) {
    issues.add(
      ['input', 'revokedOn'],
      `The revocation decision was issued on ${isoDay(document.issuedOn)}; it takes effect no earlier.`,
    );
  }
  issues.throwIfAny();
  const { place: _place, ...beforeRow } = before;
  const after = await tx.recognition.update({
    where: { id: input.id },
    data: {
      status: 'REVOKED',
      revokedOn: input.revokedOn,
      revocationDocumentId: document.id,
      revocationReason: input.reason,
    },
  });
  context.record({
    type: 'RecognitionRevoked',
    entityId: after.id,
    before: beforeRow,
    after,
  });
  return after.id;
}
