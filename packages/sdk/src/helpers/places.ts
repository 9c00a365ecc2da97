import { type DateInput, optionalDay } from '../dates.ts';
import { ConfigurationError } from '../errors.ts';
import {
  FindPlacesDocument,
  type FindPlacesQuery,
  PlaceActivitiesDocument,
  type PlaceActivitiesQuery,
  PlaceByCodeDocument,
  type PlaceByCodeQuery,
  type PlaceKind,
  type PlaceLevel,
  type PlaceOrder,
  PlaceSupportersDocument,
  type PlaceSupportersQuery,
  PlaceTwinningsDocument,
  type PlaceTwinningsQuery,
  type TwinningStatus,
} from '../generated/graphql.ts';
import type { RequestFunction } from '../request.ts';
import { defined, expectNode, PLACE_TYPENAMES, requireId } from './nodes.ts';

/** One page of a connection: `first` (default 20, at most 100) and the `after` cursor of the previous page. */
export interface PageArgs {
  first?: number;
  after?: string | null;
}

export interface FindPlacesArgs extends PageArgs {
  /** Part of the name; diacritics and case are ignored ("dong giang" finds "Đông Giang"). */
  search?: string;
  level?: PlaceLevel;
  kind?: PlaceKind[];
  /** Only units directly below this place. */
  parentId?: string;
  code?: string;
  /** Only units that existed on this day (default: today). */
  asOf?: DateInput;
  /** Without `asOf`: every version of every unit, including those that no longer exist. */
  includeHistory?: boolean;
  extremelyDisadvantaged?: boolean;
  orderBy?: PlaceOrder;
}

export interface PlaceScopeArgs extends PageArgs {
  /** Also the units below the place (its communes, villages …). */
  includeDescendants?: boolean;
  /** Also the units this place replaced in mergers and splits, through lineage. */
  includeHistory?: boolean;
}

export interface PlaceSupportersArgs extends PlaceScopeArgs {
  /** Only twinnings running on this day. */
  activeOn?: DateInput;
}

export interface PlaceTwinningsArgs extends PlaceSupportersArgs {
  status?: TwinningStatus[];
}

export interface PlaceActivitiesArgs extends PlaceScopeArgs {
  from?: DateInput;
  to?: DateInput;
}

export type PlacesPage = FindPlacesQuery['places'];
export type PlaceWithLineage = NonNullable<PlaceByCodeQuery['place']>;
type PlaceNode<TQuery extends { node: unknown }> = Extract<
  NonNullable<TQuery['node']>,
  { __typename: (typeof PLACE_TYPENAMES)[number] }
>;
export type SupportersPage = PlaceNode<PlaceSupportersQuery>['supporters'];
export type TwinningsPage = PlaceTwinningsQuery['twinnings'];
/** A page of activities plus the total value and count over the whole range (not just this page). */
export type PlaceActivitiesPage = PlaceNode<PlaceActivitiesQuery>['activities'] & {
  supportTotal: PlaceNode<PlaceActivitiesQuery>['supportTotal'];
};

export interface PlaceHelpers {
  /** Search the administrative units (one page; walk them all with `paginate`). */
  findPlaces(args?: FindPlacesArgs): Promise<PlacesPage>;
  /**
   * The unit that carried an official code on a day (default today), or null. Codes are reused
   * after mergers: "24" is Bắc Giang before 1 July 2025 and Bắc Ninh after.
   */
  placeByCode(code: string, asOf?: DateInput): Promise<PlaceWithLineage | null>;
  /** Agencies twinned with (or helping) a place. Throws `NotFoundError` for an unknown place ID. */
  placeSupporters(placeId: string, args?: PlaceSupportersArgs): Promise<SupportersPage>;
  /** Who twins with a place, since when, on which decision — newest first. */
  placeTwinnings(placeId: string, args?: PlaceTwinningsArgs): Promise<TwinningsPage>;
  /** Support delivered to a place (and by default the units below it), newest first, with the total. */
  placeActivities(placeId: string, args?: PlaceActivitiesArgs): Promise<PlaceActivitiesPage>;
}

export function placeHelpers(request: RequestFunction): PlaceHelpers {
  return {
    async findPlaces(args = {}) {
      const data = await request(
        FindPlacesDocument,
        defined({ ...args, asOf: optionalDay(args.asOf, 'asOf'), after: args.after ?? undefined }),
      );
      return data.places;
    },

    async placeByCode(code, asOf) {
      if (typeof code !== 'string' || !/^\d{2,5}$/.test(code.trim())) {
        throw new ConfigurationError(
          `code must be an official code of 2 (province), 3 (district) or 5 (commune) digits, e.g. "23074"; got ${JSON.stringify(code)}.`,
          'INVALID_ARGUMENT',
        );
      }
      const data = await request(PlaceByCodeDocument, defined({ code: code.trim(), asOf: optionalDay(asOf, 'asOf') }));
      return data.place;
    },

    async placeSupporters(placeId, args = {}) {
      const data = await request(
        PlaceSupportersDocument,
        defined({
          ...args,
          placeId: requireId(placeId, 'placeId'),
          activeOn: optionalDay(args.activeOn, 'activeOn'),
          after: args.after ?? undefined,
        }),
      );
      return expectNode(data.node, PLACE_TYPENAMES, 'Place', placeId).supporters;
    },

    async placeTwinnings(placeId, args = {}) {
      const data = await request(
        PlaceTwinningsDocument,
        defined({
          ...args,
          placeId: requireId(placeId, 'placeId'),
          activeOn: optionalDay(args.activeOn, 'activeOn'),
          after: args.after ?? undefined,
        }),
      );
      return data.twinnings;
    },

    async placeActivities(placeId, args = {}) {
      const data = await request(
        PlaceActivitiesDocument,
        defined({
          ...args,
          placeId: requireId(placeId, 'placeId'),
          from: optionalDay(args.from, 'from'),
          to: optionalDay(args.to, 'to'),
          after: args.after ?? undefined,
        }),
      );
      const place = expectNode(data.node, PLACE_TYPENAMES, 'Place', placeId);
      return { ...place.activities, supportTotal: place.supportTotal };
    },
  };
}
