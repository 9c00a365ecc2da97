import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { placeScopeIds } from '../db/queries/place-scope.ts';
import { type SupportGroup, supportDimensions, supportOrders, supportSummary } from '../db/queries/support-summary.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder.ts';
import { ActivityCategoryEnum, AgencyKindEnum, FundingSourceEnum } from './enums.ts';

const SupportDimensionEnum = builder.enumType('SupportDimension', {
  description:
    'What to group support totals by. Place dimensions use the unit each activity was recorded on and its ancestors.',
  values: supportDimensions,
});

const SupportOrderEnum = builder.enumType('SupportSummaryOrder', { values: supportOrders });

const SupportFilterInput = builder.inputType('SupportFilter', {
  description: 'Which activities to total. Every field narrows the set; leave it out for all.',
  fields: (t) => ({
    placeId: t.globalID({ description: 'Activities at this place…' }),
    includeDescendants: t.boolean({ defaultValue: true, description: '…and at every unit below it (default).' }),
    includeHistory: t.boolean({ defaultValue: false, description: '…and at the units it replaced, through lineage.' }),
    agencyId: t.globalID(),
    agencyKind: t.field({ type: [AgencyKindEnum] }),
    category: t.field({ type: [ActivityCategoryEnum] }),
    fundingSource: t.field({ type: [FundingSourceEnum] }),
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    years: t.intList(),
    asOf: t.field({
      type: 'Date',
      description: 'Totals as they stood at the end of this day: only activities recorded by then.',
    }),
  }),
});

const SupportGroupRef = builder.objectRef<SupportGroup>('SupportGroup').implement({
  description: 'Support totals for one group. Only the keys named in `groupBy` are set.',
  fields: (t) => ({
    agency: t.prismaField({
      type: 'Agency',
      nullable: true,
      resolve: (query, group, _args, { db }) =>
        group.agencyId ? db.agency.findUnique({ ...query, where: { id: group.agencyId } }) : null,
    }),
    agencyKind: t.expose('agencyKind', { type: AgencyKindEnum, nullable: true }),
    province: t.prismaField({
      type: 'Place',
      nullable: true,
      resolve: (query, group, _args, { db }) =>
        group.provinceId ? db.place.findUnique({ ...query, where: { id: group.provinceId } }) : null,
    }),
    district: t.prismaField({
      type: 'Place',
      nullable: true,
      resolve: (query, group, _args, { db }) =>
        group.districtId ? db.place.findUnique({ ...query, where: { id: group.districtId } }) : null,
    }),
    commune: t.prismaField({
      type: 'Place',
      nullable: true,
      resolve: (query, group, _args, { db }) =>
        group.communeId ? db.place.findUnique({ ...query, where: { id: group.communeId } }) : null,
    }),
    year: t.exposeInt('year', { nullable: true }),
    category: t.expose('category', { type: ActivityCategoryEnum, nullable: true }),
    fundingSource: t.expose('fundingSource', { type: FundingSourceEnum, nullable: true }),
    valueVnd: t.field({
      type: 'Money',
      description: 'Total value in VND; activities without a value count as 0.',
      resolve: (group) => group.valueVnd,
    }),
    activityCount: t.exposeInt('activityCount'),
    placeCount: t.exposeInt('placeCount', { description: 'Distinct places the activities were recorded on.' }),
    agencyCount: t.exposeInt('agencyCount', { description: 'Distinct agencies that delivered them.' }),
    beneficiaryCount: t.exposeInt('beneficiaryCount', { description: 'Sum of the beneficiaries reported.' }),
  }),
});

builder.queryFields((t) => ({
  supportSummary: t.connection(
    {
      type: SupportGroupRef,
      description:
        'Totals of support — value in VND, activities, distinct places and agencies, beneficiaries — grouped by any dimensions, computed in the database. "Top 10 agencies by value in 2023": `supportSummary(filter: { years: [2023] }, groupBy: [AGENCY], first: 10)`.',
      args: {
        filter: t.arg({ type: SupportFilterInput, required: false }),
        groupBy: t.arg({ type: [SupportDimensionEnum], required: true }),
        orderBy: t.arg({ type: SupportOrderEnum, defaultValue: 'VALUE_DESC' }),
      },
      resolve: async (_root, args, { db }) => {
        const filter = args.filter ?? {};
        const placeIds = filter.placeId
          ? await placeScopeIds(db, filter.placeId.id, {
              includeDescendants: filter.includeDescendants ?? true,
              includeHistory: filter.includeHistory ?? false,
            })
          : undefined;
        let totalCount = 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          async ({ limit, offset }) => {
            const page = await supportSummary(
              db,
              {
                placeIds,
                agencyIds: filter.agencyId ? [filter.agencyId.id] : undefined,
                agencyKinds: filter.agencyKind ?? undefined,
                categories: filter.category ?? undefined,
                fundingSources: filter.fundingSource ?? undefined,
                from: filter.from ?? undefined,
                to: filter.to ?? undefined,
                years: filter.years ?? undefined,
                recordedBy: filter.asOf ?? undefined,
              },
              args.groupBy,
              args.orderBy ?? 'VALUE_DESC',
              limit,
              offset,
            );
            totalCount = page.totalGroups;
            return page.groups;
          },
        );
        return { ...connection, totalCount };
      },
    },
    {
      name: 'SupportSummaryConnection',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Number of groups in all pages.',
          resolve: (result) => result.totalCount,
        }),
      }),
    },
  ),
}));
