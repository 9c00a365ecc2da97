import type { z } from 'zod';
import { describeInterval, isoDay, validOn } from '../../dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { Document, Prisma } from '../../generated/prisma/client.ts';
import { foldForSearch } from '../../text/fold.ts';
import type { WriteContext } from '../../write.ts';
import { IssueCollector, patched, validateInput } from '../rules.ts';
import { documentChanges, documentReference, newDocument } from './rules.ts';

/** Documents are reference data shared by every province: only admin keys reach these (schema). */

export async function createDocument(context: WriteContext, raw: z.input<typeof newDocument>): Promise<string> {
  const input = validateInput(newDocument, raw);
  const draft = {
    number: input.number,
    kind: input.kind,
    issuer: input.issuer,
    issuerPlaceId: input.issuerPlaceId ?? null,
    issuedOn: input.issuedOn ?? null,
    title: input.title,
    url: input.url ?? null,
    note: input.note ?? null,
  };
  const issues = new IssueCollector();
  await checkIssuerPlace(context.tx, draft, issues);
  issues.throwIfAny();
  await assertNotRecorded(context.tx, draft);
  const document = await context.tx.document.create({ data: { ...draft, numberFolded: foldForSearch(draft.number) } });
  context.record({ type: 'DocumentCreated', entityId: document.id, after: document });
  return document.id;
}

export async function updateDocument(context: WriteContext, raw: z.input<typeof documentChanges>): Promise<string> {
  const { id, ...patch } = validateInput(documentChanges, raw);
  const before = await context.tx.document.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('Document', id);
  if (before.archivedAt) throw new ConflictError(`Document ${before.number} is archived; it can no longer be changed.`);
  const next = patched(before, patch);
  const issues = new IssueCollector();
  await checkIssuerPlace(context.tx, next, issues);
  issues.throwIfAny();
  if (patch.number !== undefined || patch.issuerPlaceId !== undefined || patch.issuedOn !== undefined) {
    await assertNotRecorded(context.tx, next, id);
  }
  const after = await context.tx.document.update({
    where: { id },
    data: { ...patch, numberFolded: patch.number === undefined ? undefined : foldForSearch(patch.number) },
  });
  context.record({ type: 'DocumentUpdated', entityId: id, before, after });
  return id;
}

/** Retires a document record; what rests on it keeps pointing at it and the history stays. */
export async function archiveDocument(context: WriteContext, raw: z.input<typeof documentReference>): Promise<string> {
  const { id } = validateInput(documentReference, raw);
  const before = await context.tx.document.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('Document', id);
  if (before.archivedAt) {
    throw new ConflictError(`Document ${before.number} was already archived on ${before.archivedAt.toISOString()}.`);
  }
  const after = await context.tx.document.update({ where: { id }, data: { archivedAt: new Date() } });
  context.record({ type: 'DocumentArchived', entityId: id, before, after });
  return id;
}

/** The issuing province must have existed when the document was signed (Điện Biên's 2021 decision names the old province). */
async function checkIssuerPlace(
  tx: Prisma.TransactionClient,
  document: Pick<Document, 'issuerPlaceId' | 'issuedOn'>,
  issues: IssueCollector,
): Promise<void> {
  if (!document.issuerPlaceId) return;
  const place = await tx.place.findUnique({ where: { id: document.issuerPlaceId } });
  if (!place) throw new NotFoundError('Place', document.issuerPlaceId);
  if (place.archivedAt) issues.add(['input', 'issuerPlaceId'], `${place.fullName} is archived.`);
  else if (document.issuedOn && !validOn(place, document.issuedOn)) {
    issues.add(
      ['input', 'issuerPlaceId'],
      `${place.fullName} existed from ${describeInterval(place)}; it could not issue a document on ${isoDay(document.issuedOn)}.`,
    );
  }
}

/**
 * Numbers restart every year ("2072/QD-UBND" is the 2072nd decision of its year), so a number is
 * a duplicate only for the same issuing place in the same year.
 */
async function assertNotRecorded(
  tx: Prisma.TransactionClient,
  document: Pick<Document, 'number' | 'issuer' | 'issuerPlaceId' | 'issuedOn'>,
  exceptId?: string,
): Promise<void> {
  const year = document.issuedOn?.getUTCFullYear();
  const duplicate = await tx.document.findFirst({
    where: {
      numberFolded: foldForSearch(document.number),
      issuerPlaceId: document.issuerPlaceId,
      // National documents have no issuing place; their issuer tells them apart.
      ...(document.issuerPlaceId ? {} : { issuer: { equals: document.issuer, mode: 'insensitive' as const } }),
      archivedAt: null,
      issuedOn:
        year === undefined ? null : { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (duplicate) {
    throw new ConflictError(
      `Document ${duplicate.number} of ${duplicate.issuer}${duplicate.issuedOn ? ` (${isoDay(duplicate.issuedOn)})` : ''} is already recorded (ID ${duplicate.id}); update it instead.`,
    );
  }
}
