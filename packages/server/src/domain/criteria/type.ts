import type { Criterion, Prisma } from '../../generated/prisma/client.ts';
import type { AttainmentLevel, Region } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import {
  AssessmentStatusEnum,
  AttainmentLevelEnum,
  CriteriaProgrammeEnum,
  PlaceLevelEnum,
  RegionEnum,
  ThresholdComparatorEnum,
} from '../../schema/enums.ts';
import { toFloat } from '../../schema/filters.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { CriteriaSetRef, CriterionRef } from '../../schema/refs.ts';

builder.prismaObjectFields(CriteriaSetRef, (t) => ({
  code: t.exposeString('code', { description: 'Stable short code, e.g. "NTM-COMMUNE-2021-2025".' }),
  name: t.exposeString('name', { description: 'English name.' }),
  nameVi: t.exposeString('nameVi', { description: 'Vietnamese name.' }),
  programme: t.expose('programme', { type: CriteriaProgrammeEnum, description: 'The programme it measures.' }),
  appliesTo: t.expose('appliesTo', { type: PlaceLevelEnum, description: 'The level of place it measures.' }),
  levels: t.expose('levels', {
    type: [AttainmentLevelEnum],
    description: 'The levels places are recognised at under this set: standard, advanced (nâng cao), model (kiểu mẫu).',
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
  archivedAt: t.expose('archivedAt', recordDates.archivedAt),
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
    select: (_args, _context, nestedSelection) => ({
      criteria: withColumns(nestedSelection(currentCriteria), { number: true }),
    }),
    resolve: (set, args) => set.criteria.find((criterion) => criterion.number === args.number) ?? null,
  }),
  groups: t.field({
    type: [CriterionGroupRef],
    description: 'The criteria in their groups, e.g. "Socio-economic infrastructure" holds criteria 2 to 9.',
    select: (_args, _context, nestedSelection) => ({
      criteria: withColumns(nestedSelection(currentCriteria, ['criteria']), {
        groupNumber: true,
        groupName: true,
        groupNameVi: true,
      }),
    }),
    resolve: (set) => groupCriteria(set.criteria),
  }),
}));

builder.prismaObjectFields(CriterionRef, (t) => ({
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
}));

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

const currentCriteria = {
  where: { archivedAt: null },
  orderBy: [{ number: 'asc' }, { id: 'asc' }],
} satisfies Prisma.CriteriaSet$criteriaArgs;

/**
 * A nested selection of criteria with the columns the field's own resolver reads. Pothos selects
 * only what the client asked for below the field, which may be nothing (`groups { name }`, an
 * empty `select` Prisma refuses) or lack the columns grouping and lookup need.
 */
function withColumns<Selection extends object>(selection: Selection, columns: Record<string, true>): Selection {
  const select = (selection as { select?: Record<string, unknown> }).select;
  return select ? { ...selection, select: { id: true, ...select, ...columns } } : selection;
}

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
