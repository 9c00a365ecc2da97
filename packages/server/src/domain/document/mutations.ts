import { builder } from '../../schema/builder.ts';
import { DocumentKindEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { archiveDocument, createDocument, updateDocument } from './service.ts';

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

const ArchiveDocumentInput = builder.inputType('ArchiveDocumentInput', {
  description: 'The document to retire.',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

defineWrite('createDocument', {
  description:
    'Record a document (admin only). A number already recorded for the same issuer in the same year is a ConflictError.',
  role: 'admin',
  guards: 'documents',
  input: CreateDocumentInput,
  returns: { node: 'Document', as: 'document' },
  write: createDocument,
});

defineWrite('updateDocument', {
  description: 'Correct a document’s record (admin only).',
  role: 'admin',
  guards: 'documents',
  input: UpdateDocumentInput,
  returns: { node: 'Document', as: 'document' },
  write: updateDocument,
});

defineWrite('archiveDocument', {
  description: 'Retire a document record (admin only); what rests on it keeps its reference.',
  role: 'admin',
  guards: 'documents',
  input: ArchiveDocumentInput,
  returns: { node: 'Document', as: 'document' },
  write: archiveDocument,
});
