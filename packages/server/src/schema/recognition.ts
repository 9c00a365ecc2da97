import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { AttainmentLevel, CriteriaProgramme, PlaceLevel, RecognitionStatus } from '../generated/prisma/enums.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { recordRecognition, revokeRecognition } from '../writes/recognitions.ts';
import { builder } from './builder.ts';
import { AttainmentLevelEnum, CriteriaProgrammeEnum, PlaceLevelEnum, RecognitionStatusEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';

builder.prismaNode('Recognition', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'An official declaration that a place meets a level, e.g. Lộc Hà district recognised by the Prime Minister as meeting New Rural Development (đạt chuẩn nông thôn mới); it can be revoked.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    place: t.relation('place', { description: 'The place recognised.' }),
    programme: t.expose('programme', {
      type: CriteriaProgrammeEnum,
      description: 'The programme the level belongs to.',
    }),
    level: t.expose('level', {
      type: AttainmentLevelEnum,
      description: 'Standard, advanced (nâng cao) or model (kiểu mẫu).',
    }),
    status: t.expose('status', { type: RecognitionStatusEnum, description: 'Applied for, recognised or revoked.' }),
    year: t.exposeInt('year', { description: 'The year the recognition counts for.' }),
    recognisedOn: t.expose('recognisedOn', { type: 'Date', nullable: true, description: 'Date of the decision.' }),
    decidedBy: t.exposeString('decidedBy', {
      nullable: true,
      description: 'Who decided, e.g. "Prime Minister", "Chairman of the Provincial People’s Committee".',
    }),
    decision: t.relation('decision', { nullable: true, description: 'The decision that recognised it.' }),
    revokedOn: t.expose('revokedOn', { type: 'Date', nullable: true, description: 'When it was revoked, if it was.' }),
    revocationDocument: t.relation('revocationDocument', {
      nullable: true,
      description: 'The decision that revoked it.',
    }),
    revocationReason: t.exposeString('revocationReason', { nullable: true, description: 'Why it was revoked.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
  }),
});

builder.queryFields((t) => ({
  recognitions: t.prismaConnection({
    type: 'Recognition',
    cursor: 'id',
    description:
      'Places recognised (or applying to be recognised) at a level, newest year first: "which communes of Hà Tĩnh reached advanced NTM in 2023?".',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also the units below it (default).',
      }),
      placeLevel: t.arg({ type: PlaceLevelEnum, required: false, description: 'Only places of this level.' }),
      year: t.arg.int({ required: false }),
      programme: t.arg({ type: CriteriaProgrammeEnum, required: false }),
      level: t.arg({ type: [AttainmentLevelEnum], required: false }),
      status: t.arg({ type: [RecognitionStatusEnum], required: false }),
    },
    totalCount: async (_root, args, { db }) => db.recognition.count({ where: await recognitionWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.recognition.findMany({
        ...query,
        where: await recognitionWhere(db, args),
        orderBy: [{ year: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface RecognitionArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  placeLevel?: PlaceLevel | null;
  year?: number | null;
  programme?: CriteriaProgramme | null;
  level?: readonly AttainmentLevel[] | null;
  status?: readonly RecognitionStatus[] | null;
}

function recognitionWhere(db: PrismaClient, args: RecognitionArgs): Promise<Prisma.RecognitionWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants ?? true),
    ...(args.placeLevel ? { place: { level: args.placeLevel } } : {}),
    year: args.year ?? undefined,
    programme: args.programme ?? undefined,
    level: inList(args.level),
    status: inList(args.status),
  }));
}

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────

const RecordRecognitionInput = builder.inputType('RecordRecognitionInput', {
  description: 'A place applied for, or was recognised at, a level.',
  fields: (t) => ({
    placeId: t.id({ required: true }),
    programme: t.field({ type: CriteriaProgrammeEnum, required: false, description: 'Default NEW_RURAL_DEVELOPMENT.' }),
    level: t.field({
      type: AttainmentLevelEnum,
      required: true,
      description: 'A level a criteria set of the programme recognises for places of this level in `year`.',
    }),
    status: t.field({
      type: RecognitionStatusEnum,
      required: true,
      description: 'APPLIED or RECOGNISED; recognising a place that applied completes its application.',
    }),
    year: t.int({ required: true, description: 'The year the recognition counts for.' }),
    recognisedOn: t.field({ type: 'Date', required: false, description: 'Default: the decision’s date.' }),
    decidedBy: t.string({ required: false, description: 'e.g. "Prime Minister".' }),
    decisionId: t.id({ required: false, description: 'The decision; required when RECOGNISED.' }),
    note: t.string({ required: false }),
  }),
});

const RevokeRecognitionInput = builder.inputType('RevokeRecognitionInput', {
  description: 'Revocation of a recognition under Decision 18/2022/QĐ-TTg.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The recognition.' }),
    revokedOn: t.field({ type: 'Date', required: true }),
    documentId: t.id({ required: true, description: 'The revocation decision (not the one that recognised it).' }),
    reason: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  recordRecognition: t.prismaField({
    type: 'Recognition',
    description:
      'Record an application for, or the recognition of, a level (e.g. a commune meeting NTM). Editors write within their provinces.',
    errors: payload('recordRecognition', 'recognition'),
    args: {
      input: t.arg({ type: RecordRecognitionInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await recordRecognition(context, args);
      return context.db.recognition.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  revokeRecognition: t.prismaField({
    type: 'Recognition',
    description: 'Revoke a standing recognition by decision, with its reason; the record stays, marked REVOKED.',
    errors: payload('revokeRecognition', 'recognition'),
    args: {
      input: t.arg({ type: RevokeRecognitionInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await revokeRecognition(context, args);
      return context.db.recognition.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
}));
