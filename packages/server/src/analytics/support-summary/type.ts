import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Place } from '../../generated/prisma/client.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { ActivityCategoryEnum, AgencyKindEnum, FundingSourceEnum } from '../../schema/enums.ts';
import { AgencyRef, PlaceRef } from '../../schema/refs.ts';
import { rowsById } from '../../sql/rows-by-id.ts';
import { type SupportGroup, supportDimensions, supportOrders } from './sql.ts';

export const SupportDimensionEnum = builder.enumType('SupportDimension', {
  description:
    'What to group support totals by. Place dimensions use the unit each activity was recorded on and its ancestors.',
  values: supportDimensions,
});

export const SupportOrderEnum = builder.enumType('SupportSummaryOrder', { values: supportOrders });

export const SupportFilterInput = builder.inputType('SupportFilter', {
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

export const SupportGroupRef = builder.objectRef<SupportGroup>('SupportGroup').implement({
  description: 'Support totals for one group. Only the keys named in `groupBy` are set.',
  fields: (t) => ({
    // Each group's agency or place, loaded for every group of the page by one statement.
    agency: t.loadable({
      type: AgencyRef,
      nullable: true,
      load: (ids: string[], { db }) => rowsById(db, 'Agency', ids),
      sort: (row) => row.id,
      resolve: (group) => group.agencyId,
    }),
    agencyKind: t.expose('agencyKind', { type: AgencyKindEnum, nullable: true }),
    province: t.field({
      type: PlaceRef,
      nullable: true,
      resolve: (group, _args, context) => placeOf(context, group.provinceId),
    }),
    district: t.field({
      type: PlaceRef,
      nullable: true,
      resolve: (group, _args, context) => placeOf(context, group.districtId),
    }),
    commune: t.field({
      type: PlaceRef,
      nullable: true,
      resolve: (group, _args, context) => placeOf(context, group.communeId),
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
    placeCount: t.int({
      description: 'Distinct places the activities were recorded on.',
      resolve: (group) => computed(group.placeCount, 'placeCount'),
    }),
    agencyCount: t.int({
      description: 'Distinct agencies that delivered them.',
      resolve: (group) => computed(group.agencyCount, 'agencyCount'),
    }),
    beneficiaryCount: t.exposeFloat('beneficiaryCount', {
      description:
        'Sum of the beneficiaries reported: a whole number, typed Float because a sum can pass the 2^31 an Int holds (exact up to 2^53).',
    }),
  }),
});

/** The places of the request's groups, at every level asked, read by one statement. */
const placesById = createContextCache(
  ({ db }: Context) =>
    new DataLoader<string, Place | null>(async (ids) => {
      const rows = new Map((await rowsById(db, 'Place', ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
);

function placeOf(context: Context, id: string | null): Promise<Place | null> | null {
  return id ? placesById(context).load(id) : null;
}

/** A distinct count the resolver computes only when the query selects it (see `selectedFields`). */
function computed(count: number | null, field: string): number {
  if (count === null) throw new Error(`SupportGroup.${field} was selected but not computed.`);
  return count;
}
