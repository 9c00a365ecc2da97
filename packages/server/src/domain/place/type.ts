import { placeSupportTotals } from '../../analytics/support-total/sql.ts';
import { SupportTotalRef } from '../../analytics/support-total/type.ts';
import { dateRange, todayInVietnam, validOn } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import {
  EthnicMinorityAreaEnum,
  LineageKindEnum,
  PlaceKindEnum,
  PlaceLevelEnum,
  RegionEnum,
} from '../../schema/enums.ts';
import { placeScope, toFloat, twinningActiveOn } from '../../schema/filters.ts';
import { CommuneRef, DistrictRef, PlaceRef, ProvinceRef, VillageRef } from '../../schema/refs.ts';
import { currentUnitIds } from '../../sql/current-units.ts';
import { foldForSearch } from '../../text/fold.ts';

builder.prismaInterfaceFields(PlaceRef, (t) => ({
  code: t.string({
    nullable: true,
    description:
      'Official code: 2 digits (province), 3 (district), 5 (commune); villages have none. Codes are reused after mergers.',
    resolve: (place) => place.code,
  }),
  name: t.string({ description: 'Name with diacritics, e.g. "Đông Giang".', resolve: (place) => place.name }),
  fullName: t.exposeString('fullName', { description: 'Name with its kind, e.g. "Xã Đông Giang".' }),
  level: t.expose('level', { type: PlaceLevelEnum }),
  kind: t.expose('kind', { type: PlaceKindEnum }),
  localKind: t.exposeString('localKind', {
    nullable: true,
    description: 'Local word for a village: thôn, bản, buôn, làng.',
  }),
  validFrom: t.expose('validFrom', {
    type: 'Date',
    nullable: true,
    description: 'First day the unit existed in this form; null when older than the records.',
  }),
  validTo: t.expose('validTo', {
    type: 'Date',
    nullable: true,
    description: 'Last day the unit existed in this form; null while it still does.',
  }),
  isCurrent: t.boolean({
    select: { validFrom: true, validTo: true },
    description: 'True while the unit still exists (it has no end date, or it ends in the future).',
    resolve: (place) => validOn(place, todayInVietnam()),
  }),
  region: t.expose('region', { type: RegionEnum, nullable: true }),
  extremelyDisadvantaged: t.exposeBoolean('extremelyDisadvantaged', {
    description: 'Classified as extremely disadvantaged (đặc biệt khó khăn).',
  }),
  ethnicMinorityArea: t.expose('ethnicMinorityArea', { type: EthnicMinorityAreaEnum, nullable: true }),
  ethnicMinorityShare: t.float({
    nullable: true,
    select: { ethnicMinorityShare: true },
    description: 'Share of the population from ethnic minorities, in percent.',
    resolve: (place) => toFloat(place.ethnicMinorityShare),
  }),
  ethnicGroups: t.exposeStringList('ethnicGroups'),
  latitude: t.exposeFloat('latitude', { nullable: true }),
  longitude: t.exposeFloat('longitude', { nullable: true }),
  areaKm2: t.exposeFloat('areaKm2', { nullable: true }),
  note: t.exposeString('note', { nullable: true }),
  parent: t.relation('parent', {
    nullable: true,
    description:
      'The unit directly above: the district of a commune, the province of a district (or of a commune after 2025).',
  }),
  children: t.relatedConnection('children', {
    cursor: 'id',
    totalCount: true,
    description: 'Units directly below, by name.',
    args: { search: t.arg.string({ required: false }) },
    query: (args) => ({
      where: args.search ? { nameFolded: { contains: foldForSearch(args.search) } } : {},
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
  }),
  predecessors: t.relation('predecessorEdges', {
    description:
      'The units this one replaced, with the date and kind of each change (merge, split, rename, reclassification).',
    query: { orderBy: { effectiveOn: 'desc' } },
  }),
  successors: t.relation('successorEdges', {
    description: 'The units that took over this one, with the date, kind of change and split share where known.',
    query: { orderBy: { effectiveOn: 'asc' } },
  }),
  current: t.prismaField({
    type: ['Place'],
    description: 'The unit(s) this one lives on in today, following lineage forward; itself while it still exists.',
    resolve: async (query, place, _args, { db }) => {
      const ids = await currentUnitIds(db, place.id);
      return db.place.findMany({ ...query, where: { id: { in: ids } }, orderBy: { name: 'asc' } });
    },
  }),
  twinnings: t.relatedConnection('twinnings', {
    cursor: 'id',
    totalCount: true,
    description: 'Agencies assigned to twin with or help this unit (kết nghĩa, giúp đỡ), newest first.',
    query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
  }),
  supporters: t.prismaConnection({
    type: 'Agency',
    cursor: 'id',
    description: 'Agencies twinned with this unit or, with includeDescendants, with any unit below it.',
    args: {
      includeDescendants: t.arg.boolean({ defaultValue: false }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description: 'Also agencies of the units this one replaced.',
      }),
      activeOn: t.arg({ type: 'Date', required: false, description: 'Only twinnings running on this date.' }),
    },
    totalCount: async (place, args, context) =>
      context.db.agency.count({ where: await supporterWhere(context, place.id, args) }),
    resolve: async (query, place, args, context) =>
      context.db.agency.findMany({
        ...query,
        where: await supporterWhere(context, place.id, args),
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
  activities: t.prismaConnection({
    type: 'Activity',
    cursor: 'id',
    description: 'Support delivered to this unit and (by default) to the units below it, newest first.',
    args: {
      includeDescendants: t.arg.boolean({ defaultValue: true }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description: 'Also activities recorded on the units this one replaced (through lineage).',
      }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    totalCount: async (place, args, context) =>
      context.db.activity.count({ where: await placeActivityWhere(context, place.id, args) }),
    resolve: async (query, place, args, context) =>
      context.db.activity.findMany({
        ...query,
        where: await placeActivityWhere(context, place.id, args),
        orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }],
      }),
  }),
  supportTotal: t.loadable({
    type: SupportTotalRef,
    description: 'Total value and count of the support delivered, computed in the database.',
    args: {
      includeDescendants: t.arg.boolean({ defaultValue: true }),
      includeHistory: t.arg.boolean({ defaultValue: false }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    // One statement for every place of a list that asks with the same arguments.
    byPath: true,
    load: async (placeIds: string[], { db }, args) => {
      const totals = await placeSupportTotals(
        db,
        placeIds,
        { includeDescendants: args.includeDescendants ?? true, includeHistory: args.includeHistory ?? false },
        { from: args.from, to: args.to },
      );
      return placeIds.map((id) => totals.get(id) ?? { valueVnd: 0n, activityCount: 0 });
    },
    resolve: (place) => place.id,
  }),
  assessments: t.relatedConnection('assessments', {
    cursor: 'id',
    totalCount: true,
    description: 'Criterion assessments (met, basically met, not met), newest year first.',
    args: { year: t.arg.int({ required: false }) },
    query: (args) => ({ where: args.year ? { year: args.year } : {}, orderBy: [{ year: 'desc' }, { id: 'asc' }] }),
  }),
  recognitions: t.relation('recognitions', {
    description: 'Official recognitions of a level (NTM standard, advanced, model), newest first.',
    query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
  }),
  indicatorObservations: t.relatedConnection('indicatorObservations', {
    cursor: 'id',
    totalCount: true,
    description: 'Statistical series for this unit (poverty rate, electricity access …), by year.',
    args: { indicatorCode: t.arg.string({ required: false, description: 'e.g. POVERTY_RATE' }) },
    query: (args) => ({
      where: args.indicatorCode ? { indicator: { code: args.indicatorCode } } : {},
      orderBy: [{ year: 'asc' }, { id: 'asc' }],
    }),
  }),
  ocopProducts: t.relatedConnection('ocopProducts', {
    cursor: 'id',
    totalCount: true,
    description: 'OCOP products (mỗi xã một sản phẩm) from this unit.',
    query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
  }),
  needs: t.relatedConnection('needs', {
    cursor: 'id',
    totalCount: true,
    description: 'What this unit asked agencies for, newest first.',
    query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
  }),
  commendations: t.relatedConnection('commendations', {
    cursor: 'id',
    totalCount: true,
    description: 'Certificates of merit (bằng khen, giấy khen) awarded in this unit’s programmes.',
    query: { orderBy: [{ awardedOn: 'desc' }, { id: 'asc' }] },
  }),
  campaigns: t.relatedConnection('campaigns', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
  }),
  fundingAllocations: t.relatedConnection('fundingAllocations', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
  }),
  reportedFigures: t.relatedConnection('reportedFigures', {
    cursor: 'id',
    totalCount: true,
    description: 'Numbers published in reports about this unit, stored as the aggregates they are.',
    args: { metric: t.arg.string({ required: false }) },
    query: (args) => ({
      where: args.metric ? { metric: args.metric } : {},
      orderBy: [{ metric: 'asc' }, { id: 'asc' }],
    }),
  }),
}));

// Fields that point from one level to another are added once all four types exist.
builder.prismaObjectFields(ProvinceRef, (t) => ({
  districts: t.relatedConnection('children', {
    cursor: 'id',
    totalCount: true,
    type: DistrictRef,
    description: 'Districts of the province (before the 2025 reform abolished the level).',
    query: { where: { level: 'DISTRICT' }, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
  }),
  communes: t.relatedConnection('children', {
    cursor: 'id',
    totalCount: true,
    type: CommuneRef,
    description: 'Communes directly under the province (from 1 July 2025, when districts were abolished).',
    query: { where: { level: 'COMMUNE' }, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields(DistrictRef, (t) => ({
  province: t.relation('parent', { type: ProvinceRef, nullable: true }),
  communes: t.relatedConnection('children', {
    cursor: 'id',
    totalCount: true,
    type: CommuneRef,
    query: { where: { level: 'COMMUNE' }, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields(CommuneRef, (t) => ({
  // Prisma batches identical findUnique calls made in the same tick, so a list of communes costs
  // one query for their districts, not one each.
  district: t.prismaField({
    type: DistrictRef,
    nullable: true,
    description: 'The district it belonged to; null for communes created by the 2025 reform.',
    select: { parent: { select: { id: true, level: true } } },
    resolve: (query, commune, _args, { db }) =>
      commune.parent?.level === 'DISTRICT' ? db.place.findUnique({ ...query, where: { id: commune.parent.id } }) : null,
  }),
  province: t.prismaField({
    type: ProvinceRef,
    nullable: true,
    select: { parent: { select: { id: true, level: true, parentId: true } } },
    resolve: (query, commune, _args, { db }) => {
      const provinceId = commune.parent?.level === 'PROVINCE' ? commune.parent.id : commune.parent?.parentId;
      return provinceId ? db.place.findUnique({ ...query, where: { id: provinceId } }) : null;
    },
  }),
  villages: t.relatedConnection('children', {
    cursor: 'id',
    totalCount: true,
    type: VillageRef,
    query: { where: { level: 'VILLAGE' }, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields(VillageRef, (t) => ({
  commune: t.relation('parent', { type: CommuneRef, nullable: true }),
}));

builder.prismaNode('PlaceLineage', {
  name: 'PlaceChange',
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  id: { field: 'id' },
  description: 'A dated edge from a unit to a unit that took over (all or part of) its territory.',
  fields: (t) => ({
    predecessor: t.relation('predecessor'),
    successor: t.relation('successor'),
    kind: t.expose('kind', { type: LineageKindEnum }),
    effectiveOn: t.expose('effectiveOn', { type: 'Date' }),
    share: t.float({
      nullable: true,
      description: 'Share of the predecessor that went to this successor (0–1), when known.',
      resolve: (edge) => toFloat(edge.share),
    }),
    isDefaultSuccessor: t.exposeBoolean('isDefaultSuccessor', {
      description: 'For a split: the successor that inherits the history by default.',
    }),
    document: t.relation('document', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

interface ScopeArgs {
  includeDescendants?: boolean | null;
  includeHistory?: boolean | null;
}

function scopeOf(context: Context, placeId: string, args: ScopeArgs, descendantsByDefault: boolean): Promise<string[]> {
  return placeScope(context, placeId, args.includeDescendants ?? descendantsByDefault, args.includeHistory ?? false);
}

async function supporterWhere(
  context: Context,
  placeId: string,
  args: ScopeArgs & { activeOn?: Date | null },
): Promise<Prisma.AgencyWhereInput> {
  const scope = await scopeOf(context, placeId, args, false);
  return { twinnings: { some: { placeId: { in: scope }, ...(args.activeOn ? twinningActiveOn(args.activeOn) : {}) } } };
}

async function placeActivityWhere(
  context: Context,
  placeId: string,
  args: ScopeArgs & { from?: Date | null; to?: Date | null },
): Promise<Prisma.ActivityWhereInput> {
  const scope = await scopeOf(context, placeId, args, true);
  return { placeId: { in: scope }, occurredOn: dateRange(args) };
}
