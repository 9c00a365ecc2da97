import type { Prisma } from '../generated/prisma/client.ts';
import type { DocumentKind } from '../generated/prisma/enums.ts';
import { foldForSearch } from '../text/fold.ts';
import { archiveDocument, createDocument, updateDocument } from '../writes/documents.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { builder } from './builder.ts';
import { DocumentKindEnum } from './enums.ts';
import { dateFilter, inList } from './filters.ts';
import { placeTypes } from './place-types.ts';

export const DocumentRef = builder.prismaNode('Document', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A legal or administrative document — a decision (quyết định), a Party Committee document (công văn), a plan, a report — that assignments, criteria and recognitions rest on.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    number: t.exposeString('number', { description: 'As written on the document, e.g. "2072/QD-UBND", "75-CV/TU".' }),
    kind: t.expose('kind', { type: DocumentKindEnum, description: 'Decision, Party document, directive, plan …' }),
    issuer: t.exposeString('issuer', {
      description: 'Issuing body as named on the document, e.g. "Ủy ban nhân dân tỉnh Điện Biên".',
    }),
    issuerPlace: t.relation('issuerPlace', {
      nullable: true,
      description: 'The province whose body issued it; null for national documents.',
    }),
    issuedOn: t.expose('issuedOn', { type: 'Date', nullable: true, description: 'Date of signature.' }),
    title: t.exposeString('title', { description: 'What the document is about (trích yếu).' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the text is published.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the record was retired.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    twinnings: t.relatedConnection('twinnings', {
      cursor: 'id',
      totalCount: true,
      description: 'The assignments of agencies to places this document made, in the order recorded.',
      query: { orderBy: [{ startsOn: 'asc' }, { id: 'asc' }] },
    }),
    criteriaSets: t.relatedConnection('criteriaSets', {
      cursor: 'id',
      totalCount: true,
      description: 'Criteria sets this document is the legal basis of.',
      query: { orderBy: [{ validFrom: 'desc' }, { code: 'asc' }] },
    }),
    amendedThresholds: t.relation('thresholdsAmended', {
      description: 'Indicator thresholds this document amended (e.g. Decision 211/QĐ-TTg of 2024).',
      query: { orderBy: { id: 'asc' } },
    }),
    recognitions: t.relatedConnection('recognitions', {
      cursor: 'id',
      totalCount: true,
      description: 'Recognitions of a level (NTM standard, advanced, model) this document decided.',
      query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
    }),
    revokedRecognitions: t.relatedConnection('revocations', {
      cursor: 'id',
      totalCount: true,
      description: 'Recognitions this document revoked.',
      query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
    }),
    assessments: t.relatedConnection('assessments', {
      cursor: 'id',
      totalCount: true,
      description: 'Criterion assessments that cite this document.',
      query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
    }),
    needs: t.relatedConnection('needs', {
      cursor: 'id',
      totalCount: true,
      description: 'Needs recorded from this document.',
      query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
    }),
    commendations: t.relatedConnection('commendations', {
      cursor: 'id',
      totalCount: true,
      description: 'Certificates of merit (bằng khen, giấy khen) awarded by this document.',
      query: { orderBy: [{ id: 'asc' }] },
    }),
    campaigns: t.relatedConnection('campaigns', {
      cursor: 'id',
      totalCount: true,
      description: 'Programmes and emulation movements this document launched.',
      query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
    }),
    fundingAllocations: t.relatedConnection('fundingAllocations', {
      cursor: 'id',
      totalCount: true,
      description: 'Money this document allocated.',
      query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
    }),
    reportedFigures: t.relatedConnection('reportedFigures', {
      cursor: 'id',
      totalCount: true,
      description: 'Numbers this document (usually a report) published.',
      query: { orderBy: [{ metric: 'asc' }, { id: 'asc' }] },
    }),
    placeChanges: t.relatedConnection('lineageEdges', {
      cursor: 'id',
      totalCount: true,
      description: 'Mergers, splits and renamings of administrative units this document decided.',
      query: { orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const DocumentOrder = builder.enumType('DocumentOrder', {
  description: 'How to sort documents.',
  values: {
    ISSUED_ON_DESC: { description: 'Newest first; undated documents last.' },
    ISSUED_ON_ASC: { description: 'Oldest first; undated documents last.' },
    NUMBER: { description: 'By number as written.' },
  } as const,
});

builder.queryFields((t) => ({
  documents: t.prismaConnection({
    type: 'Document',
    cursor: 'id',
    description:
      'Find decisions and other documents by number or title. "2072" finds "2072/QD-UBND"; the number is matched without diacritics ("QĐ" = "QD").',
    args: {
      search: t.arg.string({ required: false, description: 'Part of the number, the title or the issuer.' }),
      kind: t.arg({ type: [DocumentKindEnum], required: false }),
      issuerPlaceId: t.arg.globalID({
        for: placeTypes,
        required: false,
        description: 'Only documents issued by bodies of this place (usually a province).',
      }),
      issuedFrom: t.arg({ type: 'Date', required: false }),
      issuedTo: t.arg({ type: 'Date', required: false }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
      orderBy: t.arg({ type: DocumentOrder, defaultValue: 'ISSUED_ON_DESC' }),
    },
    totalCount: (_root, args, { db }) => db.document.count({ where: documentWhere(args) }),
    resolve: (query, _root, args, { db }) =>
      db.document.findMany({
        ...query,
        where: documentWhere(args),
        orderBy: documentOrder[args.orderBy ?? 'ISSUED_ON_DESC'],
      }),
  }),
}));

const documentOrder: Record<'ISSUED_ON_DESC' | 'ISSUED_ON_ASC' | 'NUMBER', Prisma.DocumentOrderByWithRelationInput[]> =
  {
    ISSUED_ON_DESC: [{ issuedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    ISSUED_ON_ASC: [{ issuedOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    NUMBER: [{ number: 'asc' }, { id: 'asc' }],
  };

interface DocumentArgs {
  search?: string | null;
  kind?: readonly DocumentKind[] | null;
  issuerPlaceId?: { id: string } | null;
  issuedFrom?: Date | null;
  issuedTo?: Date | null;
  includeArchived?: boolean | null;
}

function documentWhere(args: DocumentArgs): Prisma.DocumentWhereInput {
  const search = args.search?.trim();
  return {
    kind: inList(args.kind),
    issuerPlaceId: args.issuerPlaceId?.id,
    issuedOn: dateFilter({ from: args.issuedFrom, to: args.issuedTo }),
    archivedAt: args.includeArchived ? undefined : null,
    ...(search
      ? {
          OR: [
            { numberFolded: { contains: foldForSearch(search) } },
            { title: { contains: search, mode: 'insensitive' } },
            { issuer: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}

// ─── Mutations (admin only: documents are reference data shared by every province) ──────────

const CreateDocumentInput = builder.inputType('CreateDocumentInput', {
  description: 'A legal or administrative document to record.',
  fields: (t) => ({
    number: t.string({ required: true, description: 'As written on the document, e.g. "2072/QĐ-UBND".' }),
    kind: t.field({ type: DocumentKindEnum, required: true }),
    issuer: t.string({ required: true, description: 'Issuing body as named, e.g. "Ủy ban nhân dân tỉnh Điện Biên".' }),
    issuerPlaceId: t.id({
      required: false,
      description: 'The province whose body issued it, as it was on issuedOn; leave out for national documents.',
    }),
    issuedOn: t.field({ type: 'Date', required: false, description: 'Date of signature; not in the future.' }),
    title: t.string({ required: true, description: 'What it is about (trích yếu).' }),
    url: t.string({ required: false }),
    note: t.string({ required: false }),
  }),
});

const UpdateDocumentInput = builder.inputType('UpdateDocumentInput', {
  description: 'Corrections to a document: fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    number: t.string({ required: false }),
    kind: t.field({ type: DocumentKindEnum, required: false }),
    issuer: t.string({ required: false }),
    issuerPlaceId: t.id({ required: false }),
    issuedOn: t.field({ type: 'Date', required: false }),
    title: t.string({ required: false }),
    url: t.string({ required: false }),
    note: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  createDocument: t.prismaField({
    type: 'Document',
    description:
      'Record a document (admin only). A number already recorded for the same issuer in the same year is a ConflictError.',
    errors: payload('createDocument', 'document'),
    args: {
      input: t.arg({ type: CreateDocumentInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await createDocument(context, args);
      return context.db.document.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  updateDocument: t.prismaField({
    type: 'Document',
    description: 'Correct a document’s record (admin only).',
    errors: payload('updateDocument', 'document'),
    args: {
      input: t.arg({ type: UpdateDocumentInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await updateDocument(context, args);
      return context.db.document.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  archiveDocument: t.prismaField({
    type: 'Document',
    description: 'Retire a document record (admin only); what rests on it keeps its reference.',
    errors: payload('archiveDocument', 'document'),
    args: {
      id: t.arg.id({ required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await archiveDocument(context, args);
      return context.db.document.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
}));
