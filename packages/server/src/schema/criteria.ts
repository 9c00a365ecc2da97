import type { Criterion, Prisma } from '../generated/prisma/client.ts';
import type { AttainmentLevel, Region } from '../generated/prisma/enums.ts';
import {
  archiveCriteriaSet,
  createCriteriaSet,
  createCriterion,
  updateCriteriaSet,
  updateCriterion,
} from '../writes/criteria-sets.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { builder } from './builder.ts';
import {
  AssessmentStatusEnum,
  AttainmentLevelEnum,
  CriteriaProgrammeEnum,
  PlaceLevelEnum,
  RegionEnum,
  ThresholdComparatorEnum,
} from './enums.ts';
import { toFloat } from './filters.ts';
import { placeTypes } from './place-types.ts';

export const CriteriaSetRef = builder.prismaNode('CriteriaSet', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A versioned set of criteria with its legal basis and validity, e.g. the 2021–2025 commune New Rural Development (nông thôn mới) set of Decision 318/QĐ-TTg.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable short code, e.g. "NTM-COMMUNE-2021-2025".' }),
    name: t.exposeString('name', { description: 'English name.' }),
    nameVi: t.exposeString('nameVi', { description: 'Vietnamese name.' }),
    programme: t.expose('programme', { type: CriteriaProgrammeEnum, description: 'The programme it measures.' }),
    appliesTo: t.expose('appliesTo', { type: PlaceLevelEnum, description: 'The level of place it measures.' }),
    levels: t.expose('levels', {
      type: [AttainmentLevelEnum],
      description:
        'The levels places are recognised at under this set: standard, advanced (nâng cao), model (kiểu mẫu).',
    }),
    legalBasis: t.relation('legalBasis', { nullable: true, description: 'The decision that issued the set.' }),
    issuerPlace: t.relation('issuerPlace', {
      nullable: true,
      description: 'The province that issued it (village criteria); null for national sets.',
    }),
    validFrom: t.expose('validFrom', { type: 'Date', description: 'First day the set applies.' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'Last day; null while in force.' }),
    supersedes: t.relation('supersedes', { nullable: true, description: 'The set this one replaced.' }),
    supersededBy: t.relation('supersededBy', { nullable: true, description: 'The set that replaced this one.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the record was retired.',
    }),
    criteria: t.relation('criteria', { description: 'The criteria, by number.', query: currentCriteria }),
    criterionCount: t.relationCount('criteria', {
      description: 'How many criteria the set has.',
      where: { archivedAt: null },
    }),
    criterion: t.field({
      type: CriterionRef,
      nullable: true,
      description: 'One criterion by its number, e.g. 4 for electricity (Điện).',
      args: { number: t.arg.int({ required: true }) },
      // The same selection as `criteria`, so asking for both loads the set's criteria once.
      select: (_args, _context, nestedSelection) => ({ criteria: nestedSelection(currentCriteria) }),
      resolve: (set, args) => set.criteria.find((criterion) => criterion.number === args.number) ?? null,
    }),
    groups: t.field({
      type: [CriterionGroupRef],
      description: 'The criteria in their groups, e.g. "Socio-economic infrastructure" holds criteria 2 to 9.',
      select: (_args, _context, nestedSelection) => ({ criteria: nestedSelection(currentCriteria, ['criteria']) }),
      resolve: (set) => groupCriteria(set.criteria),
    }),
  }),
});

export const CriterionRef = builder.prismaNode('Criterion', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description: 'One numbered criterion of a set (tiêu chí), e.g. 4 — Electricity (Điện).',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    set: t.relation('set', { description: 'The criteria set it belongs to.' }),
    number: t.exposeInt('number', { description: 'Number within the set, 1–19 in the 2021–2025 commune set.' }),
    name: t.exposeString('name', { description: 'English name, e.g. "Electricity".' }),
    nameVi: t.exposeString('nameVi', { description: 'Vietnamese name, e.g. "Điện".' }),
    groupNumber: t.exposeInt('groupNumber', { description: 'Number of its group within the set.' }),
    groupName: t.exposeString('groupName', { description: 'English name of its group.' }),
    groupNameVi: t.exposeString('groupNameVi', { description: 'Vietnamese name of its group.' }),
    indicators: t.relation('indicators', {
      description: 'Its measurable indicators (chỉ tiêu), by code.',
      query: { orderBy: [{ code: 'asc' }, { id: 'asc' }] },
    }),
    assessments: t.relatedConnection('assessments', {
      cursor: 'id',
      totalCount: true,
      description: 'Assessments of places against this criterion, newest year first.',
      args: {
        year: t.arg.int({ required: false }),
        level: t.arg({ type: AttainmentLevelEnum, required: false }),
        status: t.arg({ type: [AssessmentStatusEnum], required: false }),
      },
      query: (args) => ({
        where: {
          year: args.year ?? undefined,
          level: args.level ?? undefined,
          status: args.status?.length ? { in: args.status } : undefined,
        },
        orderBy: [{ year: 'desc' }, { id: 'asc' }],
      }),
    }),
    needs: t.relatedConnection('needs', {
      cursor: 'id',
      totalCount: true,
      description: 'Needs places raised to meet this criterion, newest first.',
      query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaNode('CriterionIndicator', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description: 'A measurable indicator of a criterion (chỉ tiêu), e.g. 4.1 "households using electricity safely".',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    criterion: t.relation('criterion', { description: 'The criterion it measures.' }),
    code: t.exposeString('code', { description: 'e.g. "4.2".' }),
    name: t.exposeString('name', { description: 'English name.' }),
    nameVi: t.exposeString('nameVi', { description: 'Vietnamese name.' }),
    unit: t.exposeString('unit', { nullable: true, description: 'Unit of the value, e.g. "%".' }),
    thresholds: t.relation('thresholds', {
      description: 'Targets per level, region and commune group; filter to the ones that apply to a place.',
      args: {
        level: t.arg({ type: AttainmentLevelEnum, required: false }),
        region: t.arg({
          type: RegionEnum,
          required: false,
          description: 'Thresholds of this region and those that apply in every region.',
        }),
      },
      query: (args) => ({ where: thresholdWhere(args.level, args.region), orderBy: [{ level: 'asc' }, { id: 'asc' }] }),
    }),
  }),
});

builder.prismaObject('IndicatorThreshold', {
  description: 'The target an indicator must reach for a level, which may vary by region or commune group.',
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The indicator it is a target for.' }),
    level: t.expose('level', { type: AttainmentLevelEnum, description: 'Standard, advanced or model.' }),
    region: t.expose('region', {
      type: RegionEnum,
      nullable: true,
      description: 'Null when it applies in every region.',
    }),
    communeGroup: t.exposeString('communeGroup', {
      nullable: true,
      description: 'Commune group of the 2026–2030 set; null when it applies to every group.',
    }),
    comparator: t.expose('comparator', { type: ThresholdComparatorEnum, description: 'How a value is compared.' }),
    value: t.float({
      nullable: true,
      description: 'The numeric target.',
      resolve: (threshold) => toFloat(threshold.value),
    }),
    text: t.exposeString('text', { nullable: true, description: 'The target in words, for qualitative indicators.' }),
    amendedBy: t.relation('amendedBy', {
      nullable: true,
      description: 'The document that set this value mid-period, e.g. Decision 211/QĐ-TTg (2024).',
    }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true, description: 'From when the target applies.' }),
  }),
});

const CriterionGroupRef = builder.objectRef<CriterionGroup<Criterion>>('CriterionGroup').implement({
  description: 'A group of criteria within a set, e.g. "Socio-economic infrastructure" (Hạ tầng kinh tế – xã hội).',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Group number within the set.' }),
    name: t.exposeString('name', { description: 'English name.' }),
    nameVi: t.exposeString('nameVi', { description: 'Vietnamese name.' }),
    criteria: t.field({
      type: [CriterionRef],
      description: 'Its criteria, by number.',
      resolve: (group) => group.criteria,
    }),
  }),
});

builder.queryFields((t) => ({
  criteriaSets: t.prismaConnection({
    type: 'CriteriaSet',
    cursor: 'id',
    description:
      'Criteria sets, newest first: which set applied to communes on a date, which sets a province issued for villages.',
    args: {
      appliesTo: t.arg({ type: PlaceLevelEnum, required: false }),
      programme: t.arg({ type: CriteriaProgrammeEnum, required: false }),
      validOn: t.arg({ type: 'Date', required: false, description: 'Only sets in force on this date.' }),
      issuerPlaceId: t.arg.globalID({
        for: placeTypes,
        required: false,
        description: 'Only sets this province issued (village criteria).',
      }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
    },
    totalCount: (_root, args, { db }) => db.criteriaSet.count({ where: criteriaSetWhere(args) }),
    resolve: (query, _root, args, { db }) =>
      db.criteriaSet.findMany({
        ...query,
        where: criteriaSetWhere(args),
        orderBy: [{ validFrom: 'desc' }, { code: 'asc' }],
      }),
  }),
  criteriaSet: t.prismaField({
    type: 'CriteriaSet',
    nullable: true,
    description: 'One criteria set by its code, e.g. "NTM-COMMUNE-2021-2025".',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, { db }) => db.criteriaSet.findUnique({ ...query, where: { code: args.code } }),
  }),
}));

function criteriaSetWhere(args: {
  appliesTo?: Prisma.CriteriaSetWhereInput['appliesTo'] | null;
  programme?: Prisma.CriteriaSetWhereInput['programme'] | null;
  validOn?: Date | null;
  issuerPlaceId?: { id: string } | null;
  includeArchived?: boolean | null;
}): Prisma.CriteriaSetWhereInput {
  return {
    appliesTo: args.appliesTo ?? undefined,
    programme: args.programme ?? undefined,
    issuerPlaceId: args.issuerPlaceId?.id,
    archivedAt: args.includeArchived ? undefined : null,
    ...(args.validOn
      ? { validFrom: { lte: args.validOn }, OR: [{ validTo: null }, { validTo: { gte: args.validOn } }] }
      : {}),
  };
}

const currentCriteria = {
  where: { archivedAt: null },
  orderBy: [{ number: 'asc' }, { id: 'asc' }],
} satisfies Prisma.CriteriaSet$criteriaArgs;

interface CriterionRow {
  groupNumber: number;
  groupName: string;
  groupNameVi: string;
}

interface CriterionGroup<Row> {
  number: number;
  name: string;
  nameVi: string;
  criteria: Row[];
}

function groupCriteria<Row extends CriterionRow>(criteria: readonly Row[]): CriterionGroup<Row>[] {
  const groups = new Map<number, CriterionGroup<Row>>();
  for (const criterion of criteria) {
    let group = groups.get(criterion.groupNumber);
    if (!group) {
      group = { number: criterion.groupNumber, name: criterion.groupName, nameVi: criterion.groupNameVi, criteria: [] };
      groups.set(criterion.groupNumber, group);
    }
    group.criteria.push(criterion);
  }
  return [...groups.values()].sort((a, b) => a.number - b.number);
}

function thresholdWhere(
  level: AttainmentLevel | null | undefined,
  region: Region | null | undefined,
): Prisma.IndicatorThresholdWhereInput {
  return {
    level: level ?? undefined,
    ...(region ? { OR: [{ region }, { region: null }] } : {}),
  };
}

// ─── Mutations (admin only: criteria sets are national or provincial reference data) ────────

const CreateCriteriaSetInput = builder.inputType('CreateCriteriaSetInput', {
  description: 'A new versioned criteria set, e.g. a province’s model-village criteria.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'Unique, e.g. "NTM-VILLAGE-DIEN-BIEN-2022".' }),
    name: t.string({ required: true }),
    nameVi: t.string({ required: true }),
    programme: t.field({ type: CriteriaProgrammeEnum, required: true }),
    appliesTo: t.field({ type: PlaceLevelEnum, required: true }),
    levels: t.field({ type: [AttainmentLevelEnum], required: true }),
    legalBasisId: t.id({ required: false, description: 'The decision that issued it.' }),
    issuerPlaceId: t.id({ required: false, description: 'The issuing province; required for village criteria.' }),
    validFrom: t.field({ type: 'Date', required: true }),
    validTo: t.field({ type: 'Date', required: false }),
    supersedesId: t.id({ required: false, description: 'The set of the same programme and level it replaces.' }),
    note: t.string({ required: false }),
  }),
});

const UpdateCriteriaSetInput = builder.inputType('UpdateCriteriaSetInput', {
  description:
    'Changes to a criteria set; fields left out stay. Its years, levels and level of place cannot change so far that existing assessments fall outside them.',
  fields: (t) => ({
    id: t.id({ required: true }),
    code: t.string({ required: false }),
    name: t.string({ required: false }),
    nameVi: t.string({ required: false }),
    programme: t.field({ type: CriteriaProgrammeEnum, required: false }),
    appliesTo: t.field({ type: PlaceLevelEnum, required: false }),
    levels: t.field({ type: [AttainmentLevelEnum], required: false }),
    legalBasisId: t.id({ required: false }),
    issuerPlaceId: t.id({ required: false }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    supersedesId: t.id({ required: false }),
    note: t.string({ required: false }),
  }),
});

const NewCriterionIndicatorInput = builder.inputType('NewCriterionIndicatorInput', {
  description: 'A measurable indicator (chỉ tiêu) of a new criterion.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'e.g. "4.2".' }),
    name: t.string({ required: true }),
    nameVi: t.string({ required: true }),
    unit: t.string({ required: false }),
  }),
});

const CreateCriterionInput = builder.inputType('CreateCriterionInput', {
  description: 'A numbered criterion of a set, with its group and, optionally, its indicators.',
  fields: (t) => ({
    setId: t.id({ required: true }),
    number: t.int({ required: true, description: 'Unique within the set.' }),
    name: t.string({ required: true }),
    nameVi: t.string({ required: true }),
    groupNumber: t.int({ required: true }),
    groupName: t.string({ required: true, description: 'Must match the names other criteria of the group use.' }),
    groupNameVi: t.string({ required: true }),
    indicators: t.field({ type: [NewCriterionIndicatorInput], required: false }),
  }),
});

const UpdateCriterionInput = builder.inputType('UpdateCriterionInput', {
  description: 'Changes to a criterion; `archived: true` withdraws it from its set, `false` restores it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    number: t.int({ required: false }),
    name: t.string({ required: false }),
    nameVi: t.string({ required: false }),
    groupNumber: t.int({ required: false }),
    groupName: t.string({ required: false }),
    groupNameVi: t.string({ required: false }),
    archived: t.boolean({ required: false }),
  }),
});

const idempotencyKeyArg = { required: false, description: IDEMPOTENCY_KEY_DESCRIPTION } as const;

builder.mutationFields((t) => ({
  createCriteriaSet: t.prismaField({
    type: 'CriteriaSet',
    description: 'Add a criteria set (admin only).',
    errors: payload('createCriteriaSet', 'criteriaSet'),
    args: {
      input: t.arg({ type: CreateCriteriaSetInput, required: true }),
      idempotencyKey: t.arg.string(idempotencyKeyArg),
    },
    resolve: async (query, _root, args, context) => {
      const id = await createCriteriaSet(context, args);
      return context.db.criteriaSet.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  updateCriteriaSet: t.prismaField({
    type: 'CriteriaSet',
    description: 'Change a criteria set (admin only).',
    errors: payload('updateCriteriaSet', 'criteriaSet'),
    args: {
      input: t.arg({ type: UpdateCriteriaSetInput, required: true }),
      idempotencyKey: t.arg.string(idempotencyKeyArg),
    },
    resolve: async (query, _root, args, context) => {
      const id = await updateCriteriaSet(context, args);
      return context.db.criteriaSet.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  archiveCriteriaSet: t.prismaField({
    type: 'CriteriaSet',
    description: 'Withdraw a criteria set (admin only); its assessments keep their history.',
    errors: payload('archiveCriteriaSet', 'criteriaSet'),
    args: { id: t.arg.id({ required: true }), idempotencyKey: t.arg.string(idempotencyKeyArg) },
    resolve: async (query, _root, args, context) => {
      const id = await archiveCriteriaSet(context, args);
      return context.db.criteriaSet.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  createCriterion: t.prismaField({
    type: 'Criterion',
    description: 'Add a criterion to a set (admin only).',
    errors: payload('createCriterion', 'criterion'),
    args: {
      input: t.arg({ type: CreateCriterionInput, required: true }),
      idempotencyKey: t.arg.string(idempotencyKeyArg),
    },
    resolve: async (query, _root, args, context) => {
      const id = await createCriterion(context, args);
      return context.db.criterion.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  updateCriterion: t.prismaField({
    type: 'Criterion',
    description: 'Change or withdraw a criterion (admin only).',
    errors: payload('updateCriterion', 'criterion'),
    args: {
      input: t.arg({ type: UpdateCriterionInput, required: true }),
      idempotencyKey: t.arg.string(idempotencyKeyArg),
    },
    resolve: async (query, _root, args, context) => {
      const id = await updateCriterion(context, args);
      return context.db.criterion.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
}));
