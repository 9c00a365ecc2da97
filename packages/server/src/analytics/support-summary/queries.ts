import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/builder.ts';
import { selectedFields } from '../../schema/selection.ts';
import { placeScopeIds } from '../../sql/place-scope.ts';
import { supportFilterOf, supportSummary } from './sql.ts';
import { SupportDimensionEnum, SupportFilterInput, SupportGroupRef, SupportOrderEnum } from './type.ts';

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
      resolve: async (_root, args, { db }, info) => {
        const filter = args.filter ?? {};
        const selected = selectedFields(info, ['placeCount', 'agencyCount']);
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
              { ...supportFilterOf(filter), placeIds, agencyIds: filter.agencyId ? [filter.agencyId.id] : undefined },
              args.groupBy,
              args.orderBy ?? 'VALUE_DESC',
              limit,
              offset,
              { places: selected.has('placeCount'), agencies: selected.has('agencyCount') },
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
