import type { PrismaClient } from '../db/database.ts';
import { currentUnitIds } from '../db/queries/current-units.ts';
import { placeScopeIds } from '../db/queries/place-scope.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PlaceKind, PlaceLevel } from '../generated/prisma/enums.ts';
import { foldForSearch } from '../text/fold.ts';
import { archivePlace, createPlace, updatePlace } from '../writes/admin-units.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { mergePlaces, splitPlace } from '../writes/reorganisation.ts';
import { builder } from './builder.ts';
import { EthnicMinorityAreaEnum, LineageKindEnum, PlaceKindEnum, PlaceLevelEnum, RegionEnum } from './enums.ts';
import { oncePerArgs } from './filters.ts';
import { SupportTotalRef, supportTotal } from './support-total.ts';

const variantOfLevel = { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune', VILLAGE: 'Village' } as const;

/**
 * A province, district, commune (ward, township, special zone) or village, valid over a date
 * interval. Codes are reused after mergers, so a unit is identified by its ID; `place(code, asOf)`
 * resolves a code as it stood on a date.
 */
export const PlaceRef = builder.prismaInterface('Place', {
  name: 'Place',
  description:
    'An administrative unit — province (tỉnh), district (huyện), commune (xã, phường, thị trấn) or village (thôn, bản, buôn) — valid from `validFrom` to `validTo`.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (place) => variantOfLevel[place.level],
  fields: (t) => ({
    code: t.exposeString('code', {
      nullable: true,
      description:
        'Official code: 2 digits (province), 3 (district), 5 (commune); villages have none. Codes are reused after mergers.',
    }),
    name: t.exposeString('name', { description: 'Name with diacritics, e.g. "Đông Giang".' }),
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
      description: 'True while the unit still exists (it has no end date, or it ends in the future).',
      resolve: (place) => isValidOn(place, new Date()),
    }),
    region: t.expose('region', { type: RegionEnum, nullable: true }),
    extremelyDisadvantaged: t.exposeBoolean('extremelyDisadvantaged', {
      description: 'Classified as extremely disadvantaged (đặc biệt khó khăn).',
    }),
    ethnicMinorityArea: t.expose('ethnicMinorityArea', { type: EthnicMinorityAreaEnum, nullable: true }),
    ethnicMinorityShare: t.float({
      nullable: true,
      description: 'Share of the population from ethnic minorities, in percent.',
      resolve: (place) => decimal(place.ethnicMinorityShare),
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
      totalCount: async (place, args, { db }) => db.agency.count({ where: await supporterWhere(db, place.id, args) }),
      resolve: async (query, place, args, { db }) =>
        db.agency.findMany({
          ...query,
          where: await supporterWhere(db, place.id, args),
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
      totalCount: async (place, args, { db }) =>
        db.activity.count({ where: await placeActivityWhere(db, place.id, args) }),
      resolve: async (query, place, args, { db }) =>
        db.activity.findMany({
          ...query,
          where: await placeActivityWhere(db, place.id, args),
          orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }],
        }),
    }),
    supportTotal: t.field({
      type: SupportTotalRef,
      description: 'Total value and count of the support delivered, computed in the database.',
      args: {
        includeDescendants: t.arg.boolean({ defaultValue: true }),
        includeHistory: t.arg.boolean({ defaultValue: false }),
        from: t.arg({ type: 'Date', required: false }),
        to: t.arg({ type: 'Date', required: false }),
      },
      resolve: async (place, args, { db }) => {
        const scope = await placeScopeIds(db, place.id, {
          includeDescendants: args.includeDescendants ?? true,
          includeHistory: args.includeHistory ?? false,
        });
        return supportTotal(db, { placeId: { in: scope }, occurredOn: dateRange(args.from, args.to) });
      },
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
  }),
});

export const ProvinceRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'Province',
  description: 'A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương).',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  findUnique: (id) => ({ id, level: 'PROVINCE' }),
});

export const DistrictRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'District',
  description: 'A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh); abolished on 1 July 2025.',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  findUnique: (id) => ({ id, level: 'DISTRICT' }),
});

export const CommuneRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'Commune',
  description: 'A commune-level unit: commune (xã), ward (phường), township (thị trấn) or special zone (đặc khu).',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  findUnique: (id) => ({ id, level: 'COMMUNE' }),
});

export const VillageRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'Village',
  description: 'A village or hamlet (thôn, bản, buôn, làng, ấp); villages have no national code.',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  findUnique: (id) => ({ id, level: 'VILLAGE' }),
});

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

builder.prismaObject('PlaceLineage', {
  name: 'PlaceChange',
  description: 'A dated edge from a unit to a unit that took over (all or part of) its territory.',
  fields: (t) => ({
    predecessor: t.relation('predecessor'),
    successor: t.relation('successor'),
    kind: t.expose('kind', { type: LineageKindEnum }),
    effectiveOn: t.expose('effectiveOn', { type: 'Date' }),
    share: t.float({
      nullable: true,
      description: 'Share of the predecessor that went to this successor (0–1), when known.',
      resolve: (edge) => decimal(edge.share),
    }),
    isDefaultSuccessor: t.exposeBoolean('isDefaultSuccessor', {
      description: 'For a split: the successor that inherits the history by default.',
    }),
    document: t.relation('document', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const PlaceOrder = builder.enumType('PlaceOrder', { values: ['NAME', 'CODE'] as const });

builder.queryFields((t) => ({
  places: t.prismaConnection({
    type: 'Place',
    cursor: 'id',
    description: 'Find administrative units. Search ignores diacritics and case: "dong giang" finds "Đông Giang".',
    args: {
      search: t.arg.string({ required: false }),
      level: t.arg({ type: PlaceLevelEnum, required: false }),
      kind: t.arg({ type: [PlaceKindEnum], required: false }),
      parentId: t.arg.globalID({ required: false, description: 'Only units directly below this place.' }),
      code: t.arg.string({ required: false }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'Only units that existed on this date (default: any time).',
      }),
      extremelyDisadvantaged: t.arg.boolean({ required: false }),
      includeArchived: t.arg.boolean({ defaultValue: false, description: 'Also units archived as entered in error.' }),
      orderBy: t.arg({ type: PlaceOrder, defaultValue: 'NAME' }),
    },
    totalCount: (_root, args, { db }) => db.place.count({ where: placesWhere(args) }),
    resolve: (query, _root, args, { db }) => {
      const where = placesWhere(args);
      const orderBy: Prisma.PlaceOrderByWithRelationInput[] =
        args.orderBy === 'CODE' ? [{ code: 'asc' }, { id: 'asc' }] : [{ name: 'asc' }, { id: 'asc' }];
      return db.place.findMany({ ...query, where, orderBy });
    },
  }),
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    description:
      'The unit that carried an official code on a date (default today). Codes are reused: "24" is Bắc Giang before 1 July 2025 and Bắc Ninh after.',
    args: {
      code: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
    },
    resolve: (query, _root, args, { db }) =>
      db.place.findFirst({
        ...query,
        where: { code: args.code.trim(), archivedAt: null, ...validOnFilter(args.asOf ?? new Date()) },
        orderBy: { level: 'asc' },
      }),
  }),
}));

interface PlacesArgs {
  search?: string | null;
  level?: PlaceLevel | null;
  kind?: PlaceKind[] | null;
  parentId?: { id: string } | null;
  code?: string | null;
  asOf?: Date | null;
  extremelyDisadvantaged?: boolean | null;
  includeArchived?: boolean | null;
}

function placesWhere(args: PlacesArgs): Prisma.PlaceWhereInput {
  return {
    level: args.level ?? undefined,
    kind: args.kind ? { in: args.kind } : undefined,
    parentId: args.parentId ? args.parentId.id : undefined,
    code: args.code ?? undefined,
    extremelyDisadvantaged: args.extremelyDisadvantaged ?? undefined,
    archivedAt: args.includeArchived ? undefined : null,
    ...(args.search ? { nameFolded: { contains: foldForSearch(args.search) } } : {}),
    ...(args.asOf ? validOnFilter(args.asOf) : {}),
  };
}

interface ScopeArgs {
  includeDescendants?: boolean | null;
  includeHistory?: boolean | null;
}

// The nodes and the totalCount of a connection get the same args object; the scope query runs once.
function scopeOf(db: PrismaClient, placeId: string, args: ScopeArgs, descendantsByDefault: boolean): Promise<string[]> {
  return oncePerArgs(args, () =>
    placeScopeIds(db, placeId, {
      includeDescendants: args.includeDescendants ?? descendantsByDefault,
      includeHistory: args.includeHistory ?? false,
    }),
  );
}

async function supporterWhere(
  db: PrismaClient,
  placeId: string,
  args: ScopeArgs & { activeOn?: Date | null },
): Promise<Prisma.AgencyWhereInput> {
  const scope = await scopeOf(db, placeId, args, false);
  return { twinnings: { some: { placeId: { in: scope }, ...(args.activeOn ? activeOnFilter(args.activeOn) : {}) } } };
}

async function placeActivityWhere(
  db: PrismaClient,
  placeId: string,
  args: ScopeArgs & { from?: Date | null; to?: Date | null },
): Promise<Prisma.ActivityWhereInput> {
  const scope = await scopeOf(db, placeId, args, true);
  return { placeId: { in: scope }, occurredOn: dateRange(args.from, args.to) };
}

export function validOnFilter(date: Date): Prisma.PlaceWhereInput {
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: date } }] },
      { OR: [{ validTo: null }, { validTo: { gte: date } }] },
    ],
  };
}

function activeOnFilter(date: Date): Prisma.TwinningWhereInput {
  return { startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] };
}

function dateRange(from: Date | null | undefined, to: Date | null | undefined): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}

function isValidOn(place: { validFrom: Date | null; validTo: Date | null }, date: Date): boolean {
  return (!place.validFrom || place.validFrom <= date) && (!place.validTo || place.validTo >= startOfDay(date));
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function decimal(value: { toNumber(): number } | null): number | null {
  return value === null ? null : value.toNumber();
}

// ─── Mutations (admin only: administrative units are reference data) ────────────────────────

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The descriptive fields a unit's record has besides its place in the hierarchy. */
function placeAttributeFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) {
  return {
    fullName: t.string({
      required: false,
      description: 'Name with its kind; by default built from them, e.g. "Bản Huổi Múa".',
    }),
    code: t.string({
      required: false,
      description: 'Official code: 2 digits (province), 3 (district), 5 (commune); villages have none.',
    }),
    localKind: t.string({ required: false, description: 'For a village: thôn, bản, buôn, làng …' }),
    region: t.field({
      type: RegionEnum,
      required: false,
      description: 'A village takes its commune’s region when left out.',
    }),
    extremelyDisadvantaged: t.boolean({ required: false }),
    ethnicMinorityArea: t.field({ type: EthnicMinorityAreaEnum, required: false }),
    ethnicMinorityShare: t.float({ required: false, description: 'In percent, 0–100.' }),
    ethnicGroups: t.stringList({ required: false }),
    latitude: t.float({ required: false }),
    longitude: t.float({ required: false }),
    areaKm2: t.float({ required: false }),
    note: t.string({ required: false }),
  };
}

const CreatePlaceInput = builder.inputType('CreatePlaceInput', {
  description:
    'A new administrative unit — usually a village (thôn, bản, buôn), which the national catalogue does not list.',
  fields: (t) => ({
    level: t.field({ type: PlaceLevelEnum, required: true }),
    kind: t.field({
      type: PlaceKindEnum,
      required: true,
      description: 'Must belong to the level: a village is VILLAGE, a ward is COMMUNE-level …',
    }),
    name: t.string({ required: true, description: 'Short name with diacritics, e.g. "Huổi Múa".' }),
    parentId: t.id({
      required: false,
      description:
        'The unit it lies in, valid on validFrom (today when validFrom is left out): a commune for a village.',
    }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    ...placeAttributeFields(t),
  }),
});

const UpdatePlaceInput = builder.inputType('UpdatePlaceInput', {
  description:
    'Corrections to a unit: fields left out stay as they are; null clears an optional field. The level never changes here — mergers and splits are recorded with mergePlaces and splitPlace.',
  fields: (t) => ({
    id: t.id({ required: true }),
    kind: t.field({ type: PlaceKindEnum, required: false }),
    name: t.string({ required: false }),
    parentId: t.id({ required: false }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    ...placeAttributeFields(t),
  }),
});

const NewPlaceInput = builder.inputType('NewPlaceInput', {
  description: 'A unit created by a reorganisation; it begins on the day the change takes effect.',
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({
      type: PlaceKindEnum,
      required: true,
      description: 'Its level must be the reorganised units’ level.',
    }),
    code: t.string({
      required: false,
      description: 'May be a predecessor’s code: a merged unit keeps the code of the unit where its committee sits.',
    }),
    parentId: t.id({ required: true, description: 'The unit it lies in, valid on the day the change takes effect.' }),
    fullName: t.string({ required: false }),
    localKind: t.string({ required: false }),
  }),
});

const MergePlacesInput = builder.inputType('MergePlacesInput', {
  description: 'Several units of one level become one, e.g. under Decision 19/2025/QĐ-TTg.',
  fields: (t) => ({
    predecessorIds: t.idList({
      required: true,
      description: 'The units that end: each valid on effectiveOn, begun before it, and never merged or split before.',
    }),
    into: t.id({ required: false, description: 'An existing unit that continues and absorbs the predecessors…' }),
    newPlace: t.field({ type: NewPlaceInput, required: false, description: '…or the new unit they form.' }),
    effectiveOn: t.field({
      type: 'Date',
      required: true,
      description: 'First day of the new arrangement; the predecessors’ last day is the day before.',
    }),
    documentId: t.id({ required: false, description: 'The decision that ordered the change.' }),
    note: t.string({ required: false }),
  }),
});

const SplitSuccessorInput = builder.inputType('SplitSuccessorInput', {
  description: 'A unit that takes over part of a split unit.',
  fields: (t) => ({
    placeId: t.id({ required: false, description: 'An existing unit that continues and takes a part…' }),
    newPlace: t.field({ type: NewPlaceInput, required: false, description: '…or a new unit formed from it.' }),
    share: t.float({
      required: false,
      description: 'Share of the split unit that went to this successor (0–1), when known.',
    }),
    isDefault: t.boolean({
      required: true,
      description: 'Exactly one successor inherits the split unit’s history by default.',
    }),
  }),
});

const SplitPlaceInput = builder.inputType('SplitPlaceInput', {
  description: 'One unit divided among several.',
  fields: (t) => ({
    predecessorId: t.id({ required: true }),
    successors: t.field({
      type: [SplitSuccessorInput],
      required: true,
      description: 'At least two; exactly one default; shares add up to at most 1.',
    }),
    effectiveOn: t.field({ type: 'Date', required: true }),
    documentId: t.id({ required: false }),
    note: t.string({ required: false }),
  }),
});

const idempotencyKeyArg = { required: false, description: IDEMPOTENCY_KEY_DESCRIPTION } as const;

builder.mutationFields((t) => ({
  createPlace: t.prismaField({
    type: 'Place',
    description: 'Add an administrative unit (admin only). Its name is also stored folded for diacritic-free search.',
    errors: payload('createPlace', 'place'),
    args: { input: t.arg({ type: CreatePlaceInput, required: true }), idempotencyKey: t.arg.string(idempotencyKeyArg) },
    resolve: async (query, _root, args, context) => {
      const id = await createPlace(context, args);
      return context.db.place.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  updatePlace: t.prismaField({
    type: 'Place',
    description: 'Correct an administrative unit’s record (admin only).',
    errors: payload('updatePlace', 'place'),
    args: { input: t.arg({ type: UpdatePlaceInput, required: true }), idempotencyKey: t.arg.string(idempotencyKeyArg) },
    resolve: async (query, _root, args, context) => {
      const id = await updatePlace(context, args);
      return context.db.place.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  archivePlace: t.prismaField({
    type: 'Place',
    description:
      'Retire a unit entered by mistake (admin only). Refused while anything refers to it; a unit that ceased to exist is ended with mergePlaces or splitPlace instead.',
    errors: payload('archivePlace', 'place'),
    args: { id: t.arg.id({ required: true }), idempotencyKey: t.arg.string(idempotencyKeyArg) },
    resolve: async (query, _root, args, context) => {
      const id = await archivePlace(context, args);
      return context.db.place.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  mergePlaces: t.prismaField({
    type: 'Place',
    description:
      'Record a merger (admin only): the predecessors end the day before effectiveOn and their history passes to the successor — `supportTotal(includeHistory: true)` and `activities(includeHistory: true)` on it include theirs.',
    errors: payload('mergePlaces', 'successor'),
    args: { input: t.arg({ type: MergePlacesInput, required: true }), idempotencyKey: t.arg.string(idempotencyKeyArg) },
    resolve: async (query, _root, args, context) => {
      const id = await mergePlaces(context, args);
      return context.db.place.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
  splitPlace: t.prismaField({
    type: 'Place',
    description:
      'Record a split (admin only): the unit ends the day before effectiveOn; `successors` on it lists the parts with their shares, and its history passes to the default successor.',
    errors: payload('splitPlace', 'predecessor'),
    args: { input: t.arg({ type: SplitPlaceInput, required: true }), idempotencyKey: t.arg.string(idempotencyKeyArg) },
    resolve: async (query, _root, args, context) => {
      const id = await splitPlace(context, args);
      return context.db.place.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
}));
