import { type DateInput, optionalDay } from '../dates.ts';
import {
  type AgencyKind,
  AgencyPortfolioDocument,
  type AgencyPortfolioQuery,
  SearchAgenciesDocument,
  type SearchAgenciesQuery,
} from '../generated/graphql.ts';
import type { RequestFunction } from '../request.ts';
import { defined, expectNode, requireId } from './nodes.ts';
import type { PageArgs } from './places.ts';

export interface SearchAgenciesArgs extends PageArgs {
  kind?: AgencyKind[];
  /** Only agencies whose home province is this one. */
  provinceId?: string;
  includeArchived?: boolean;
}

export interface AgencyPortfolioArgs {
  /** Count and list only activities from this day on. */
  from?: DateInput;
  to?: DateInput;
  /** Only twinnings running on this day. */
  activeOn?: DateInput;
  /** How many twinnings and activities to list (default 20, at most 100); totals always cover all. */
  first?: number;
}

export type AgenciesPage = SearchAgenciesQuery['agencies'];
export type AgencyPortfolio = Extract<NonNullable<AgencyPortfolioQuery['node']>, { __typename: 'Agency' }>;

export interface AgencyHelpers {
  /**
   * Agencies by name, English name or abbreviation; diacritics and case are ignored
   * ("so cong thuong" finds "Sở Công Thương"). Pass `undefined` to list all.
   */
  searchAgencies(search: string | undefined, args?: SearchAgenciesArgs): Promise<AgenciesPage>;
  /**
   * One agency with its support total, its twinnings and its latest activities, in one request.
   * Throws `NotFoundError` for an unknown agency ID.
   */
  agencyPortfolio(agencyId: string, args?: AgencyPortfolioArgs): Promise<AgencyPortfolio>;
}

export function agencyHelpers(request: RequestFunction): AgencyHelpers {
  return {
    async searchAgencies(search, args = {}) {
      const data = await request(
        SearchAgenciesDocument,
        defined({ ...args, search: search?.trim() || undefined, after: args.after ?? undefined }),
      );
      return data.agencies;
    },

    async agencyPortfolio(agencyId, args = {}) {
      const data = await request(
        AgencyPortfolioDocument,
        defined({
          agencyId: requireId(agencyId, 'agencyId'),
          from: optionalDay(args.from, 'from'),
          to: optionalDay(args.to, 'to'),
          activeOn: optionalDay(args.activeOn, 'activeOn'),
          first: args.first,
        }),
      );
      return expectNode(data.node, ['Agency'], 'Agency', agencyId);
    },
  };
}
