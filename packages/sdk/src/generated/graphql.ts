/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityCategory =
  | 'CASH_GIFT'
  | 'EQUIPMENT'
  | 'FESTIVAL'
  | 'HEALTH'
  | 'INFRASTRUCTURE'
  | 'IN_KIND_GIFT'
  | 'OTHER'
  | 'PRODUCTION_SUPPORT'
  | 'SCHOLARSHIP'
  | 'STAFF_SECONDMENT'
  | 'TRADE_PROMOTION'
  | 'TRAINING'
  | 'VISIT';

export type AgencyKind =
  | 'ARMED_FORCES'
  | 'EDUCATION_INSTITUTION'
  | 'ENTERPRISE'
  | 'HOUSEHOLD'
  | 'MASS_ORGANISATION'
  | 'OTHER'
  | 'PARTY_BODY'
  | 'PEOPLES_COMMITTEE'
  | 'PRESS'
  | 'PROVINCIAL_DEPARTMENT'
  | 'RESIDENTIAL_COMMUNITY';

/** How much of a date the source gives: a report saying "August 2016" has MONTH precision. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type DocumentKind =
  | 'DECISION'
  | 'DECREE'
  | 'DIRECTIVE'
  | 'OTHER'
  | 'PARTY_DOCUMENT'
  | 'PLAN'
  | 'REPORT'
  | 'RESOLUTION';

export type FundingSource =
  | 'AGENCY_OWN'
  | 'ASSIGNED_SPONSORS'
  | 'MIXED'
  | 'MOBILISED_COMMUNITY'
  | 'MOBILISED_ENTERPRISES'
  | 'OTHER'
  | 'STATE_BUDGET';

export type PlaceKind =
  | 'COMMUNE'
  | 'DISTRICT_TOWN'
  | 'MUNICIPALITY'
  | 'PROVINCE'
  | 'PROVINCIAL_CITY'
  | 'RURAL_DISTRICT'
  | 'SPECIAL_ZONE'
  | 'TOWNSHIP'
  | 'URBAN_DISTRICT'
  | 'VILLAGE'
  | 'WARD';

export type PlaceLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'VILLAGE';

export type PlaceOrder =
  | 'CODE'
  | 'NAME';

/** TWINNING is kết nghĩa, HELP is giúp đỡ, SPONSORSHIP is đỡ đầu. */
export type TwinningRelation =
  | 'HELP'
  | 'SPONSORSHIP'
  | 'TWINNING';

export type TwinningStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

export type ActivitySummaryFragment = { id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, agency: { id: string, name: string }, place:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
  , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> };

export type AgencyPortfolioQueryVariables = Exact<{
  agencyId: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  activeOn?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AgencyPortfolioQuery = { node:
    | { __typename: 'Activity' }
    | { __typename: 'Agency', id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, supportTotal: { valueVnd: string, activityCount: number }, twinnings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, relation: TwinningRelation, status: TwinningStatus, startsOn: string, startPrecision: DatePrecision, endsOn: string | null, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null }, place:
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
          , document: { id: string, kind: DocumentKind, number: string, title: string, issuedOn: string | null, issuer: string } | null }> }, activities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, agency: { id: string, name: string }, place:
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
          , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> }> }, homeProvince:
        | { id: string, code: string | null, name: string }
        | { id: string, code: string | null, name: string }
        | { id: string, code: string | null, name: string }
        | { id: string, code: string | null, name: string }
       | null }
    | { __typename: 'Assessment' }
    | { __typename: 'Campaign' }
    | { __typename: 'Commendation' }
    | { __typename: 'Commune' }
    | { __typename: 'CriteriaSet' }
    | { __typename: 'Criterion' }
    | { __typename: 'CriterionIndicator' }
    | { __typename: 'District' }
    | { __typename: 'Document' }
    | { __typename: 'FundingAllocation' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorObservation' }
    | { __typename: 'Need' }
    | { __typename: 'NeedPledge' }
    | { __typename: 'OcopProduct' }
    | { __typename: 'Province' }
    | { __typename: 'Recognition' }
    | { __typename: 'ReportedFigure' }
    | { __typename: 'Twinning' }
    | { __typename: 'Village' }
   | null };

export type AgencySummaryFragment = { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, homeProvince:
    | { id: string, code: string | null, name: string }
    | { id: string, code: string | null, name: string }
    | { id: string, code: string | null, name: string }
    | { id: string, code: string | null, name: string }
   | null };

export type FindPlacesQueryVariables = Exact<{
  search?: string | null | undefined;
  level?: PlaceLevel | null | undefined;
  kind?: Array<PlaceKind> | PlaceKind | null | undefined;
  parentId?: string | null | undefined;
  code?: string | null | undefined;
  asOf?: string | null | undefined;
  extremelyDisadvantaged?: boolean | null | undefined;
  orderBy?: PlaceOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindPlacesQuery = { places: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'Commune', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
         | null }
      | { __typename: 'District', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
         | null }
      | { __typename: 'Province', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
         | null }
      | { __typename: 'Village', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
         | null }
    > } };

export type PlaceActivitiesQueryVariables = Exact<{
  placeId: string;
  includeDescendants?: boolean | null | undefined;
  includeHistory?: boolean | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlaceActivitiesQuery = { node:
    | { __typename: 'Activity' }
    | { __typename: 'Agency' }
    | { __typename: 'Assessment' }
    | { __typename: 'Campaign' }
    | { __typename: 'Commendation' }
    | { __typename: 'Commune', activities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, agency: { id: string, name: string }, place:
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
          , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> }> }, supportTotal: { valueVnd: string, activityCount: number } }
    | { __typename: 'CriteriaSet' }
    | { __typename: 'Criterion' }
    | { __typename: 'CriterionIndicator' }
    | { __typename: 'District', activities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, agency: { id: string, name: string }, place:
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
          , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> }> }, supportTotal: { valueVnd: string, activityCount: number } }
    | { __typename: 'Document' }
    | { __typename: 'FundingAllocation' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorObservation' }
    | { __typename: 'Need' }
    | { __typename: 'NeedPledge' }
    | { __typename: 'OcopProduct' }
    | { __typename: 'Province', activities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, agency: { id: string, name: string }, place:
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
          , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> }> }, supportTotal: { valueVnd: string, activityCount: number } }
    | { __typename: 'Recognition' }
    | { __typename: 'ReportedFigure' }
    | { __typename: 'Twinning' }
    | { __typename: 'Village', activities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, agency: { id: string, name: string }, place:
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
            | { id: string, code: string | null, name: string, level: PlaceLevel }
          , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> }> }, supportTotal: { valueVnd: string, activityCount: number } }
   | null };

export type PlaceByCodeQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type PlaceByCodeQuery = { place:
    | { __typename: 'Commune', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, current: Array<
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
      >, parent:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null }
    | { __typename: 'District', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, current: Array<
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
      >, parent:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null }
    | { __typename: 'Province', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, current: Array<
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
      >, parent:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null }
    | { __typename: 'Village', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, current: Array<
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, code: string | null, name: string, level: PlaceLevel, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
      >, parent:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null }
   | null };

type PlaceSummary_Commune_Fragment = { __typename: 'Commune', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
   | null };

type PlaceSummary_District_Fragment = { __typename: 'District', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
   | null };

type PlaceSummary_Province_Fragment = { __typename: 'Province', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
   | null };

type PlaceSummary_Village_Fragment = { __typename: 'Village', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
   | null };

export type PlaceSummaryFragment =
  | PlaceSummary_Commune_Fragment
  | PlaceSummary_District_Fragment
  | PlaceSummary_Province_Fragment
  | PlaceSummary_Village_Fragment
;

export type PlaceSupportersQueryVariables = Exact<{
  placeId: string;
  includeDescendants?: boolean | null | undefined;
  includeHistory?: boolean | null | undefined;
  activeOn?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlaceSupportersQuery = { node:
    | { __typename: 'Activity' }
    | { __typename: 'Agency' }
    | { __typename: 'Assessment' }
    | { __typename: 'Campaign' }
    | { __typename: 'Commendation' }
    | { __typename: 'Commune', supporters: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, homeProvince:
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
           | null }> } }
    | { __typename: 'CriteriaSet' }
    | { __typename: 'Criterion' }
    | { __typename: 'CriterionIndicator' }
    | { __typename: 'District', supporters: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, homeProvince:
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
           | null }> } }
    | { __typename: 'Document' }
    | { __typename: 'FundingAllocation' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorObservation' }
    | { __typename: 'Need' }
    | { __typename: 'NeedPledge' }
    | { __typename: 'OcopProduct' }
    | { __typename: 'Province', supporters: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, homeProvince:
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
           | null }> } }
    | { __typename: 'Recognition' }
    | { __typename: 'ReportedFigure' }
    | { __typename: 'Twinning' }
    | { __typename: 'Village', supporters: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, homeProvince:
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
            | { id: string, code: string | null, name: string }
           | null }> } }
   | null };

export type PlaceTwinningsQueryVariables = Exact<{
  placeId: string;
  includeDescendants?: boolean | null | undefined;
  includeHistory?: boolean | null | undefined;
  activeOn?: string | null | undefined;
  status?: Array<TwinningStatus> | TwinningStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlaceTwinningsQuery = { twinnings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, relation: TwinningRelation, status: TwinningStatus, startsOn: string, startPrecision: DatePrecision, endsOn: string | null, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null }, place:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
      , document: { id: string, kind: DocumentKind, number: string, title: string, issuedOn: string | null, issuer: string } | null }> } };

export type SearchAgenciesQueryVariables = Exact<{
  search?: string | null | undefined;
  kind?: Array<AgencyKind> | AgencyKind | null | undefined;
  provinceId?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchAgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, homeProvince:
        | { id: string, code: string | null, name: string }
        | { id: string, code: string | null, name: string }
        | { id: string, code: string | null, name: string }
        | { id: string, code: string | null, name: string }
       | null }> } };

export type TwinningSummaryFragment = { id: string, relation: TwinningRelation, status: TwinningStatus, startsOn: string, startPrecision: DatePrecision, endsOn: string | null, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null }, place:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
  , document: { id: string, kind: DocumentKind, number: string, title: string, issuedOn: string | null, issuer: string } | null };

export const ActivitySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]} as unknown as DocumentNode<ActivitySummaryFragment, unknown>;
export const AgencySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgencySummaryFragment, unknown>;
export const PlaceSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PlaceSummaryFragment, unknown>;
export const TwinningSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}}]} as unknown as DocumentNode<TwinningSummaryFragment, unknown>;
export const AgencyPortfolioDocument = {"__meta__":{"hash":"834694fa1b2da6f3aa5487b39b7f63568ac2a89c7570cbe12fef66dc0c17c278"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencySummary"}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwinningSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]} as unknown as DocumentNode<AgencyPortfolioQuery, AgencyPortfolioQueryVariables>;
export const FindPlacesDocument = {"__meta__":{"hash":"f8cbcbabec01ab16189ae933f59977fff210c23e966a8c091e985e458655a06c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extremelyDisadvantaged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"extremelyDisadvantaged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extremelyDisadvantaged"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<FindPlacesQuery, FindPlacesQueryVariables>;
export const PlaceActivitiesDocument = {"__meta__":{"hash":"ed07376fd900f03a873880dc4dafe47e2cde0318214d2187af1f4c0bc6462b4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]} as unknown as DocumentNode<PlaceActivitiesQuery, PlaceActivitiesQueryVariables>;
export const PlaceByCodeDocument = {"__meta__":{"hash":"c63fca01bf5ffc554e799dc3666c2825f6b558ad52d76de097aa03b7a450be61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PlaceByCodeQuery, PlaceByCodeQueryVariables>;
export const PlaceSupportersDocument = {"__meta__":{"hash":"718c35d258238d6412a221504738eb3a8bd8bf2b4876ba8e1b11addf7fbe7c55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceSupporters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supporters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencySummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlaceSupportersQuery, PlaceSupportersQueryVariables>;
export const PlaceTwinningsDocument = {"__meta__":{"hash":"aadf81ad306448a05fbd1236a2818ce6c701f4f971eaf45d5c409250de64b3e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceTwinnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwinningStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwinningSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}}]} as unknown as DocumentNode<PlaceTwinningsQuery, PlaceTwinningsQueryVariables>;
export const SearchAgenciesDocument = {"__meta__":{"hash":"c085dcaac5ba31a4b7e4455806dbb052f15d97737f6c9db9101b57b59c14d52a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencySummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchAgenciesQuery, SearchAgenciesQueryVariables>;