import { builder } from '../../schema/builder.ts';
import { DocumentKindEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { DocumentRef } from '../../schema/refs.ts';

builder.prismaObjectFields(DocumentRef, (t) => ({
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
  archivedAt: t.expose('archivedAt', recordDates.archivedAt),
  createdAt: t.expose('createdAt', recordDates.createdAt),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
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
}));
