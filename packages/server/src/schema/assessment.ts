import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { AssessmentStatus, AttainmentLevel } from '../generated/prisma/enums.ts';
import { setAssessment } from '../writes/assessments.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { builder } from './builder.ts';
import { CriteriaSetRef, CriterionRef } from './criteria.ts';
import { AssessmentStatusEnum, AttainmentLevelEnum } from './enums.ts';
import { type DecodedID, inList, oncePerArgs, placeFilter, toFloat } from './filters.ts';
import { placeTypes } from './place-types.ts';

builder.prismaNode('CriterionAssessment', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  name: 'Assessment',
  description:
    'A criterion’s status for a place in a year, at a level: met (đạt), basically met (cơ bản đạt) or not met (chưa đạt).',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    place: t.relation('place', { description: 'The place assessed.' }),
    criterion: t.relation('criterion', { description: 'The criterion assessed.' }),
    year: t.exposeInt('year', { description: 'The year the status is for.' }),
    level: t.expose('level', {
      type: AttainmentLevelEnum,
      description: 'Standard, advanced (nâng cao) or model (kiểu mẫu).',
    }),
    status: t.expose('status', { type: AssessmentStatusEnum, description: 'Met, basically met or not met.' }),
    assessedOn: t.expose('assessedOn', { type: 'Date', nullable: true, description: 'When the assessment was made.' }),
    evidence: t.exposeString('evidence', {
      nullable: true,
      description: 'What the status rests on, e.g. "100% of households have electricity".',
    }),
    document: t.relation('document', { nullable: true, description: 'The report or decision that records it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    values: t.relation('values', {
      description: 'The indicator values behind the status.',
      query: { orderBy: { indicatorId: 'asc' } },
    }),
  }),
});

builder.prismaObject('AssessmentIndicatorValue', {
  description: 'The value of one indicator behind an assessment, e.g. 100% of households with electricity.',
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The indicator measured.' }),
    value: t.float({ nullable: true, description: 'The measured value.', resolve: (row) => toFloat(row.value) }),
    text: t.exposeString('text', { nullable: true, description: 'The value in words, for qualitative indicators.' }),
    met: t.exposeBoolean('met', {
      nullable: true,
      description: 'Whether the value reaches the threshold; null when not judged.',
    }),
  }),
});

builder.queryFields((t) => ({
  assessments: t.prismaConnection({
    type: 'CriterionAssessment',
    cursor: 'id',
    description:
      'Which criteria places meet: filter by place, criteria set or criterion, year, level and status ("which NTM criteria has this commune not met in 2023?").',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also the units below it (the communes of a district).',
      }),
      criteriaSetId: t.arg.globalID({ for: CriteriaSetRef, required: false }),
      criterionId: t.arg.globalID({ for: CriterionRef, required: false }),
      year: t.arg.int({ required: false }),
      level: t.arg({ type: AttainmentLevelEnum, required: false }),
      status: t.arg({ type: [AssessmentStatusEnum], required: false }),
    },
    totalCount: async (_root, args, { db }) => db.criterionAssessment.count({ where: await assessmentWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.criterionAssessment.findMany({
        ...query,
        where: await assessmentWhere(db, args),
        orderBy: [{ year: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface AssessmentArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  criteriaSetId?: DecodedID | null;
  criterionId?: DecodedID | null;
  year?: number | null;
  level?: AttainmentLevel | null;
  status?: readonly AssessmentStatus[] | null;
}

function assessmentWhere(db: PrismaClient, args: AssessmentArgs): Promise<Prisma.CriterionAssessmentWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants),
    criterionId: args.criterionId?.id,
    ...(args.criteriaSetId ? { criterion: { setId: args.criteriaSetId.id } } : {}),
    year: args.year ?? undefined,
    level: args.level ?? undefined,
    status: inList(args.status),
  }));
}

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────

const AssessmentIndicatorValueInput = builder.inputType('AssessmentIndicatorValueInput', {
  description: 'The value of one of the criterion’s indicators behind the status.',
  fields: (t) => ({
    indicatorId: t.id({ required: true, description: 'An indicator of the assessed criterion.' }),
    value: t.float({ required: false }),
    text: t.string({ required: false, description: 'The value in words, for qualitative indicators.' }),
    met: t.boolean({
      required: false,
      description: 'Whether it reaches the threshold; a MET criterion has none false.',
    }),
  }),
});

const SetAssessmentInput = builder.inputType('SetAssessmentInput', {
  description:
    'A criterion’s status for a place in a year at a level. Replaces an earlier record of the same place, criterion, year and level, indicator values included.',
  fields: (t) => ({
    placeId: t.id({ required: true }),
    criterionId: t.id({
      required: true,
      description: 'Its set must measure places of this level, be in force in `year` and know `level`.',
    }),
    year: t.int({ required: true }),
    level: t.field({ type: AttainmentLevelEnum, required: false, description: 'Default STANDARD.' }),
    status: t.field({ type: AssessmentStatusEnum, required: true }),
    evidence: t.string({ required: false, description: 'e.g. "100% of households have electricity".' }),
    assessedOn: t.field({ type: 'Date', required: false }),
    documentId: t.id({ required: false, description: 'The report or decision that records it.' }),
    indicatorValues: t.field({ type: [AssessmentIndicatorValueInput], required: false }),
  }),
});

builder.mutationField('setAssessment', (t) =>
  t.prismaField({
    type: 'CriterionAssessment',
    description:
      'Record whether a place meets a criterion in a year (met, basically met, not met). Editors write within their provinces.',
    errors: payload('setAssessment', 'assessment'),
    args: {
      input: t.arg({ type: SetAssessmentInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await setAssessment(context, args);
      return context.db.criterionAssessment.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
);
