import { type DateInput, optionalDay } from '../dates.ts';
import { ConfigurationError, NotFoundError } from '../errors.ts';
import {
  type AttainmentLevel,
  CommuneScorecardDocument,
  type CommuneScorecardQuery,
  FreshnessDocument,
  type FreshnessQuery,
  type GapKind,
  GapsDocument,
  type GapsQuery,
  IndicatorSeriesDocument,
  type IndicatorSeriesSummaryFragment,
  PlaceProgressDocument,
  type PlaceProgressQuery,
  type SupportDimension,
  type SupportFilter,
  type SupportGroupSummaryFragment,
  SupportSummaryDocument,
  type SupportSummaryOrder,
  type SupportSummaryQuery,
} from '../generated/graphql.ts';
import { type PaginateOptions, paginate } from '../pagination.ts';
import type { RequestFunction } from '../request.ts';
import { defined, requireId } from './nodes.ts';
import type { PageArgs } from './places.ts';

/** Which activities `supportSummary` totals; days may be `Date`s. Every field narrows the set. */
export interface SupportSummaryFilter extends Omit<SupportFilter, 'from' | 'to' | 'asOf'> {
  /** Activities on or after this day. */
  from?: DateInput | null;
  /** Activities on or before this day. */
  to?: DateInput | null;
  /** Totals as they stood at the end of this day: only activities recorded by then. */
  asOf?: DateInput | null;
}

export interface SupportSummaryArgs extends PageArgs {
  /** The dimensions to group by, e.g. `['AGENCY']` or `['PROVINCE', 'YEAR']`; `[]` gives one grand total. */
  groupBy: readonly SupportDimension[];
  filter?: SupportSummaryFilter;
  /** Default `VALUE_DESC`: the largest totals first. */
  orderBy?: SupportSummaryOrder;
}

export interface CommuneScorecardArgs {
  /**
   * For a commune created by the 2025 reform: draw on the records of the communes it replaced
   * (a criterion then counts as met only where every one of them met it).
   */
  includeHistory?: boolean;
}

export interface ProgressArgs {
  /** The level whose NOT_MET assessments `criteriaMostOftenNotMet` ranks (default STANDARD). */
  criteriaLevel?: AttainmentLevel;
  /** How many criteria `criteriaMostOftenNotMet` lists per year (1–50, default 5). */
  topCriteria?: number;
}

/**
 * The most gaps the SDK asks for in one request: at the default MAX_QUERY_COST (5,000) a page of
 * 25 costs about 4,100 points (test/sdk-errors.test.ts checks every document of the SDK).
 */
export const GAPS_PAGE = 25;

export interface GapsArgs extends PageArgs {
  /** Default: both kinds. */
  kind?: GapKind[];
  /** Only places in this province. */
  provinceId?: string;
  /** Only places where this criterion is unmet, and only needs tied to it. */
  criterionId?: string;
  /** Judge on this year's assessments and sponsorships; default: each place's latest assessed year. */
  year?: number;
  /** The level assessed (default STANDARD). */
  level?: AttainmentLevel;
}

export interface IndicatorSeriesArgs {
  fromYear?: number;
  toYear?: number;
  /** Fill years before the place existed from the single unit it replaced. */
  includeHistory?: boolean;
}

export type SupportSummaryPage = SupportSummaryQuery['supportSummary'];
/** One group of a support summary: the dimensions grouped by are set, the others null. */
export type SupportGroup = SupportGroupSummaryFragment;
export type CommuneScorecard = NonNullable<CommuneScorecardQuery['communeScorecard']>;
export type PlaceProgress = NonNullable<PlaceProgressQuery['progress']>;
export type GapsPage = GapsQuery['gaps'];
export type Gap = GapsPage['nodes'][number];
export type IndicatorSeries = IndicatorSeriesSummaryFragment;
export type Freshness = FreshnessQuery['freshness'];

export interface AnalyticsHelpers {
  /**
   * Totals of support (value in VND, activities, distinct places and agencies, beneficiaries),
   * grouped and ordered in the database; one page of groups with `totalCount`. "Top 10 agencies
   * by value in 2023": `supportSummary({ groupBy: ['AGENCY'], filter: { years: [2023] }, first: 10 })`.
   */
  supportSummary(args: SupportSummaryArgs): Promise<SupportSummaryPage>;
  /** Every group of a support summary, fetched page by page as the loop asks for them (`break` stops). */
  supportSummaryAll(
    args: Omit<SupportSummaryArgs, 'after'>,
    options?: PaginateOptions,
  ): AsyncGenerator<SupportGroup, void, undefined>;
  /**
   * A commune's NTM scorecard for a year: per level, how many of the criteria it met and each one
   * it did not (with the agencies assigned and what they delivered towards it), its recognised
   * level, support in the year and all time, and its poverty trend. Throws `NotFoundError` when
   * no commune has that ID.
   */
  communeScorecard(placeId: string, year: number, args?: CommuneScorecardArgs): Promise<CommuneScorecard>;
  /**
   * Year-by-year progress of a province or district from `fromYear` to `toYear`: communes by
   * recognised level, the criteria most often not met, OCOP stars, recognitions, and the figures
   * published only as aggregates. Throws `NotFoundError` when no province or district has that ID.
   */
  progress(placeId: string, fromYear: number, toYear: number, args?: ProgressArgs): Promise<PlaceProgress>;
  /**
   * The gap view, largest first: unmet criteria nobody sponsors, and requests nobody pledged.
   * `first` up to 100 (default 20); over 25 the page is fetched in requests of 25, each within the
   * server's default cost limit, and `pageInfo` is the last one's.
   */
  gaps(args?: GapsArgs): Promise<GapsPage>;
  /**
   * An indicator's yearly values for a place (e.g. `'POVERTY_RATE'`) with its average yearly
   * change. Throws `NotFoundError` (entity `Place` or `Indicator`) for an unknown place or code.
   */
  indicatorSeries(placeId: string, indicatorCode: string, args?: IndicatorSeriesArgs): Promise<IndicatorSeries>;
  /** When the data last changed, and the change feed's latest sequence: a dashboard's "last updated". */
  freshness(): Promise<Freshness>;
}

export function analyticsHelpers(request: RequestFunction): AnalyticsHelpers {
  const supportSummary = async (args: SupportSummaryArgs): Promise<SupportSummaryPage> => {
    if (!Array.isArray(args?.groupBy)) {
      throw new ConfigurationError(
        'supportSummary needs `groupBy`, the dimensions to total by, e.g. { groupBy: ["AGENCY"] }.',
        'INVALID_ARGUMENT',
      );
    }
    const data = await request(
      SupportSummaryDocument,
      defined({
        groupBy: [...args.groupBy],
        filter: args.filter ? supportFilter(args.filter) : undefined,
        orderBy: args.orderBy,
        first: args.first,
        after: args.after ?? undefined,
      }),
    );
    return data.supportSummary;
  };

  return {
    supportSummary,

    supportSummaryAll(args, options) {
      return paginate((after) => supportSummary({ ...args, first: args.first ?? 100, after }), options);
    },

    async communeScorecard(placeId, year, args = {}) {
      const data = await request(
        CommuneScorecardDocument,
        defined({
          placeId: requireId(placeId, 'placeId'),
          year: requireYear(year, 'year'),
          includeHistory: args.includeHistory,
        }),
      );
      if (!data.communeScorecard) throw new NotFoundError(`No Commune with ID ${placeId}.`, 'Commune', placeId);
      return data.communeScorecard;
    },

    async progress(placeId, fromYear, toYear, args = {}) {
      const data = await request(
        PlaceProgressDocument,
        defined({
          placeId: requireId(placeId, 'placeId'),
          fromYear: requireYear(fromYear, 'fromYear'),
          toYear: requireYear(toYear, 'toYear'),
          criteriaLevel: args.criteriaLevel,
          topCriteria: args.topCriteria,
        }),
      );
      if (!data.progress) {
        throw new NotFoundError(`No province or district with ID ${placeId}.`, 'Place', placeId);
      }
      return data.progress;
    },

    async gaps(args = {}) {
      const year = args.year === undefined ? undefined : requireYear(args.year, 'year');
      const fetchPage = async (first: number | undefined, after: string | null | undefined) =>
        (await request(GapsDocument, defined({ ...args, year, first, after: after ?? undefined }))).gaps;
      // A gap carries its unmet criteria and unpledged needs: more than GAPS_PAGE of them in one
      // request costs more than the server's default MAX_QUERY_COST, so larger pages come in parts.
      if (args.first === undefined || args.first <= GAPS_PAGE) return fetchPage(args.first, args.after);
      let page = await fetchPage(GAPS_PAGE, args.after);
      const nodes = [...page.nodes];
      while (nodes.length < args.first && page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
        page = await fetchPage(Math.min(GAPS_PAGE, args.first - nodes.length), page.pageInfo.endCursor);
        nodes.push(...page.nodes);
      }
      return { ...page, nodes };
    },

    async indicatorSeries(placeId, indicatorCode, args = {}) {
      if (typeof indicatorCode !== 'string' || indicatorCode.trim() === '') {
        throw new ConfigurationError(
          'indicatorCode must be an indicator’s code, e.g. "POVERTY_RATE".',
          'INVALID_ARGUMENT',
        );
      }
      const data = await request(
        IndicatorSeriesDocument,
        defined({
          placeId: requireId(placeId, 'placeId'),
          indicatorCode: indicatorCode.trim(),
          fromYear: args.fromYear === undefined ? undefined : requireYear(args.fromYear, 'fromYear'),
          toYear: args.toYear === undefined ? undefined : requireYear(args.toYear, 'toYear'),
          includeHistory: args.includeHistory,
        }),
      );
      if (data.indicatorSeries) return data.indicatorSeries;
      if (!data.indicator) {
        throw new NotFoundError(`No indicator with code ${indicatorCode.trim()}.`, 'Indicator', indicatorCode.trim());
      }
      throw new NotFoundError(`No Place with ID ${placeId}.`, 'Place', placeId);
    },

    async freshness() {
      return (await request(FreshnessDocument)).freshness;
    },
  };
}

function supportFilter(filter: SupportSummaryFilter): SupportFilter {
  return defined({
    ...filter,
    from: optionalDay(filter.from, 'filter.from'),
    to: optionalDay(filter.to, 'filter.to'),
    asOf: optionalDay(filter.asOf, 'filter.asOf'),
  });
}

/** A calendar year as a whole number; the server checks its range. */
function requireYear(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ConfigurationError(
      `${name} must be a year as a whole number, e.g. 2023; got ${JSON.stringify(value)}.`,
      'INVALID_ARGUMENT',
    );
  }
  return value;
}
