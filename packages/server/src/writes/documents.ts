import { z } from 'zod';
import type { Context } from '../context.ts';
import { recordChanges } from '../events/change-log.ts';
import type { Document } from '../generated/prisma/client.ts';
import { DocumentKind } from '../generated/prisma/enums.ts';
import { ConflictError, NotFoundError } from '../schema/errors.ts';
import { foldForSearch } from '../text/fold.ts';
import { placeId } from './admin-units.ts';
import { day, describeInterval, nodeId, optionalText, patched, requiredText, today, validOn } from './fields.ts';
import { type ArchiveArgs, assertAdmin, type Transaction, type WriteArgs, writeOnce } from './mutation.ts';
import { IssueCollector, validateInput } from './validate.ts';

export const documentId = nodeId(['Document'], 'a document');

const url = z
  .string()
  .trim()
  .max(2000, 'At most 2000 characters.')
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'A web address starting with http:// or https://.')
  .nullish();

const issuedOn = z
  .date()
  .refine((value) => value <= today(), 'A document cannot be issued in the future.')
  .nullish();

const createSchema = z.object({
  number: requiredText(100),
  kind: z.enum(DocumentKind),
  issuer: requiredText(300),
  issuerPlaceId: placeId.nullish(),
  issuedOn,
  title: requiredText(1000),
  url,
  note: optionalText(2000),
});

const updateSchema = z.object({
  id: documentId,
  number: requiredText(100).optional(),
  kind: z.enum(DocumentKind).optional(),
  issuer: requiredText(300).optional(),
  issuerPlaceId: placeId.nullish(),
  issuedOn,
  title: requiredText(1000).optional(),
  url,
  note: optionalText(2000),
});

export async function createDocument(context: Context, args: WriteArgs): Promise<string> {
  assertAdmin(context.viewer, 'documents');
  const input = validateInput(createSchema, args.input);
  return writeOnce(
    context,
    { operation: 'createDocument', idempotencyKey: args.idempotencyKey, request: args.input },
    async (tx) => {
      const issues = new IssueCollector();
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
      await checkIssuerPlace(tx, draft, issues);
      issues.throwIfAny();
      await assertNotRecorded(tx, draft);
      const document = await tx.document.create({ data: { ...draft, numberFolded: foldForSearch(draft.number) } });
      await recordChanges(tx, [
        {
          entityType: 'Document',
          entityId: document.id,
          action: 'created',
          actorKeyId: context.viewer.keyId,
          after: document,
        },
      ]);
      return document.id;
    },
  );
}

export async function updateDocument(context: Context, args: WriteArgs): Promise<string> {
  assertAdmin(context.viewer, 'documents');
  const { id, ...patch } = validateInput(updateSchema, args.input);
  return writeOnce(
    context,
    { operation: 'updateDocument', idempotencyKey: args.idempotencyKey, request: args.input },
    async (tx) => {
      const before = await tx.document.findUnique({ where: { id } });
      if (!before) throw new NotFoundError('Document', id);
      if (before.archivedAt)
        throw new ConflictError(`Document ${before.number} is archived; it can no longer be changed.`);
      const next = patched(before, patch);
      const issues = new IssueCollector();
      await checkIssuerPlace(tx, next, issues);
      issues.throwIfAny();
      if (patch.number !== undefined || patch.issuerPlaceId !== undefined || patch.issuedOn !== undefined) {
        await assertNotRecorded(tx, next, id);
      }
      const after = await tx.document.update({
        where: { id },
        data: { ...patch, numberFolded: patch.number === undefined ? undefined : foldForSearch(patch.number) },
      });
      await recordChanges(tx, [
        { entityType: 'Document', entityId: id, action: 'updated', actorKeyId: context.viewer.keyId, before, after },
      ]);
      return id;
    },
  );
}

/** Retires a document record; what rests on it keeps pointing at it and the history stays. */
export async function archiveDocument(context: Context, args: ArchiveArgs): Promise<string> {
  assertAdmin(context.viewer, 'documents');
  const id = validateInput(documentId, args.id, ['id']);
  return writeOnce(
    context,
    { operation: 'archiveDocument', idempotencyKey: args.idempotencyKey, request: { id: args.id } },
    async (tx) => {
      const before = await tx.document.findUnique({ where: { id } });
      if (!before) throw new NotFoundError('Document', id);
      if (before.archivedAt) {
        throw new ConflictError(
          `Document ${before.number} was already archived on ${before.archivedAt.toISOString()}.`,
        );
      }
      const after = await tx.document.update({ where: { id }, data: { archivedAt: new Date() } });
      await recordChanges(tx, [
        { entityType: 'Document', entityId: id, action: 'archived', actorKeyId: context.viewer.keyId, before, after },
      ]);
      return id;
    },
  );
}

/** The issuing province must have existed when the document was signed (Điện Biên's 2021 decision names the old province). */
async function checkIssuerPlace(
  tx: Transaction,
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
      `${place.fullName} existed from ${describeInterval(place)}; it could not issue a document on ${day(document.issuedOn)}.`,
    );
  }
}

/**
 * Numbers restart every year ("2072/QD-UBND" is the 2072nd decision of its year), so a number is
 * a duplicate only for the same issuing place in the same year.
 */
async function assertNotRecorded(
  tx: Transaction,
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
      `Document ${duplicate.number} of ${duplicate.issuer}${duplicate.issuedOn ? ` (${day(duplicate.issuedOn)})` : ''} is already recorded (ID ${duplicate.id}); update it instead.`,
    );
  }
}
