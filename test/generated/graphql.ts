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

/** An activity to record. Give the agency and the place, or the twinning it was delivered under (its agency and place are then used; a place within the twinning’s place is allowed). */
export type ActivityInput = {
  /** The lead agency. */
  agencyId?: string | null | undefined;
  beneficiaryCount?: number | null | undefined;
  beneficiaryDescription?: string | null | undefined;
  campaignId?: string | null | undefined;
  category: ActivityCategory;
  /** The criteria it helps a place meet. */
  criterionIds?: Array<string> | null | undefined;
  datePrecision?: DatePrecision | null | undefined;
  description?: string | null | undefined;
  /** Last day, not before occurredOn. */
  endedOn?: string | null | undefined;
  fundingSource?: FundingSource | null | undefined;
  /** In-kind items; when every item has a value, together at most the activity’s value. */
  items?: Array<ActivityItemInput> | null | undefined;
  /** The open or pledged need it fulfils: the need becomes FULFILLED. */
  needId?: string | null | undefined;
  occasion?: string | null | undefined;
  /** When it happened, not after today; with MONTH or YEAR precision stored as the first day. */
  occurredOn: string;
  partners?: Array<ActivityPartnerInput> | null | undefined;
  peopleSent?: number | null | undefined;
  /** Where it was delivered; the unit must have existed at the time. */
  placeId?: string | null | undefined;
  /** Short description, e.g. "600 antibacterial cloth masks". */
  title: string;
  /** The twinning it was delivered under; the activity must fall inside the twinning’s period. */
  twinningId?: string | null | undefined;
  /** Total value in VND, 0 to 10^15, items and partners’ contributions included. */
  valueVnd?: string | null | undefined;
  visitCount?: number | null | undefined;
};

/** An in-kind item, e.g. 600 antibacterial cloth masks worth 4,800,000 VND. */
export type ActivityItemInput = {
  /** What was given. */
  description: string;
  /** How many, in `unit` (at most three decimal places). */
  quantity?: number | null | undefined;
  /** e.g. "masks", "sets", "kg". */
  unit?: string | null | undefined;
  /** Value in VND; at least 0. */
  valueVnd?: string | null | undefined;
};

/** Another agency that took part, and what it contributed. */
export type ActivityPartnerInput = {
  agencyId: string;
  /** In VND, part of the activity’s value: all partners together at most that value. */
  contributionVnd?: string | null | undefined;
  /** MOBILISED when not given. */
  role?: PartnerRole | null | undefined;
};

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

/** MET (đạt), BASICALLY_MET (cơ bản đạt) or NOT_MET (chưa đạt). */
export type AssessmentStatus =
  | 'BASICALLY_MET'
  | 'MET'
  | 'NOT_MET';

/** STANDARD (đạt chuẩn), ADVANCED (nâng cao) or MODEL (kiểu mẫu). */
export type AttainmentLevel =
  | 'ADVANCED'
  | 'MODEL'
  | 'STANDARD';

/** The kind of record a change is about. */
export type ChangeEntityType =
  | 'Activity'
  | 'Agency'
  | 'CriteriaSet'
  | 'Criterion'
  | 'CriterionAssessment'
  | 'CriterionIndicator'
  | 'Document'
  | 'IndicatorObservation'
  | 'Need'
  | 'NeedPledge'
  | 'Place'
  | 'PlaceLineage'
  | 'Recognition'
  | 'Twinning';

/** What happened, named for partner systems to switch on. Stable: new types may be added, existing ones are never renamed. */
export type ChangeType =
  /** An activity was deleted; `before` holds what it was. */
  | 'ActivityDeleted'
  /** An activity (gift, works, training, visit …) was recorded. */
  | 'ActivityRecorded'
  /** An activity was corrected, or linked to the need it met. */
  | 'ActivityUpdated'
  /** An agency was archived. */
  | 'AgencyArchived'
  /** An agency was registered. */
  | 'AgencyCreated'
  /** An agency’s details changed. */
  | 'AgencyUpdated'
  /** A criterion assessment was recorded or changed. */
  | 'AssessmentSet'
  /** A criteria set was archived. */
  | 'CriteriaSetArchived'
  /** A criteria set was created. */
  | 'CriteriaSetCreated'
  /** A criteria set changed. */
  | 'CriteriaSetUpdated'
  /** A criterion was archived. */
  | 'CriterionArchived'
  /** A criterion was added to a set. */
  | 'CriterionCreated'
  /** An indicator was added to a criterion. */
  | 'CriterionIndicatorCreated'
  /** A criterion’s indicator changed. */
  | 'CriterionIndicatorUpdated'
  /** A criterion changed. */
  | 'CriterionUpdated'
  /** A document was archived. */
  | 'DocumentArchived'
  /** A decision or Party Committee document was registered. */
  | 'DocumentCreated'
  /** A document’s details changed. */
  | 'DocumentUpdated'
  /** An indicator value (poverty rate, electricity …) was recorded or changed. */
  | 'IndicatorObserved'
  /** A lineage edge (merge, split) between two units was recorded. */
  | 'LineageRecorded'
  /** A need was withdrawn. */
  | 'NeedCancelled'
  /** A need was met. */
  | 'NeedFulfilled'
  /** A place asked for something (a need was opened). */
  | 'NeedOpened'
  /** An agency pledged to meet a need. */
  | 'NeedPledged'
  /** A need’s status changed (e.g. to PLEDGED). */
  | 'NeedUpdated'
  /** A unit was archived. */
  | 'PlaceArchived'
  /** An administrative unit or village was created. */
  | 'PlaceCreated'
  /** A unit ceased to exist in a merger or split (its validity ended). */
  | 'PlaceEnded'
  /** A unit was divided; the entity is the divided unit, `after` lists the successors. */
  | 'PlaceSplit'
  /** A unit’s details changed. */
  | 'PlaceUpdated'
  /** Units were merged; the entity is the successor, `after` lists the predecessors. */
  | 'PlacesMerged'
  /** A place was recognised as meeting a level. */
  | 'RecognitionRecorded'
  /** A recognition was revoked. */
  | 'RecognitionRevoked'
  /** A standing recognition was recorded again with new details. */
  | 'RecognitionUpdated'
  /** An agency was assigned to twin with or help a place. */
  | 'TwinningAssigned'
  /** A twinning ended. */
  | 'TwinningEnded';

/** A legal or administrative document to record. */
export type CreateDocumentInput = {
  /** Date of signature; not in the future. */
  issuedOn?: string | null | undefined;
  /** Issuing body as named, e.g. "Ủy ban nhân dân tỉnh Điện Biên". */
  issuer: string;
  /** The province whose body issued it, as it was on issuedOn; leave out for national documents. */
  issuerPlaceId?: string | null | undefined;
  kind: DocumentKind;
  note?: string | null | undefined;
  /** As written on the document, e.g. "2072/QĐ-UBND". */
  number: string;
  /** What it is about (trích yếu). */
  title: string;
  url?: string | null | undefined;
};

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

/** What is missing at a place. */
export type GapKind =
  /** Open requests that no agency has pledged to meet (withdrawn pledges do not count). */
  | 'UNPLEDGED_NEEDS'
  /** Criteria not met or basically met, and no agency twinned that year with the place or any unit above it. */
  | 'UNSPONSORED_UNMET_CRITERIA';

export type LineageKind =
  | 'MERGE'
  | 'RECLASSIFY'
  | 'RENAME'
  | 'SPLIT';

export type NeedStatus =
  | 'CANCELLED'
  | 'FULFILLED'
  | 'OPEN'
  | 'PLEDGED';

export type PartnerRole =
  | 'CO_ORGANISER'
  | 'MOBILISED';

/** TWINNING is kết nghĩa, HELP is giúp đỡ, SPONSORSHIP is đỡ đầu. */
export type TwinningRelation =
  | 'HELP'
  | 'SPONSORSHIP'
  | 'TWINNING';

/** An indicator’s value for a place in a year; replaces an earlier value of the same three. */
export type UpsertIndicatorObservationInput = {
  /** e.g. "POVERTY_RATE". */
  indicatorCode: string;
  placeId: string;
  /** Default EXACT. */
  qualifier?: ValueQualifier | null | undefined;
  /** Where the value was published. */
  source?: string | null | undefined;
  /** In the indicator’s unit; percentages are 0–100. */
  value: number;
  year: number;
};

/** How a published number relates to the truth: "about 95%" is ABOUT, "more than 40%" is MORE_THAN. */
export type ValueQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'EXACT'
  | 'LESS_THAN'
  | 'MORE_THAN';

export type AccessControlUpsertIndicatorObservationMutationVariables = Exact<{
  input: UpsertIndicatorObservationInput;
}>;


export type AccessControlUpsertIndicatorObservationMutation = { upsertIndicatorObservation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpsertIndicatorObservationSuccess' }
    | { __typename: 'ValidationError' }
   };

export type AccessControlChangesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessControlChangesQuery = { changes: { nodes: Array<{ type: ChangeType, entityType: ChangeEntityType, actor: string | null, after: Record<string, unknown> | null }> } };

export type AccessControlUpsertIndicatorObservation2MutationVariables = Exact<{
  input: UpsertIndicatorObservationInput;
}>;


export type AccessControlUpsertIndicatorObservation2Mutation = { upsertIndicatorObservation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpsertIndicatorObservationSuccess' }
    | { __typename: 'ValidationError' }
   };

export type AccessControlChanges2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessControlChanges2Query = { changes: { nodes: Array<{ entityId: string }> } };

export type AccessControlUpsertIndicatorObservation3MutationVariables = Exact<{
  input: UpsertIndicatorObservationInput;
}>;


export type AccessControlUpsertIndicatorObservation3Mutation = { upsertIndicatorObservation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpsertIndicatorObservationSuccess', observation: { id: string } }
    | { __typename: 'ValidationError' }
   };

export type AccessControlCreateDocumentMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type AccessControlCreateDocumentMutation = { createDocument:
    | { document: { id: string } }
    | Record<PropertyKey, never>
   };

export type AccessControlChanges3QueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AccessControlChanges3Query = { changes: { nodes: Array<{ entityId: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccessControlChanges4QueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type AccessControlChanges4Query = { changes: { nodes: Array<{ entityId: string }> } };

export type AccessControlChanges5QueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type AccessControlChanges5Query = { changes: { nodes: Array<{ entityId: string }> } };

export type AnalyticsGapsQueryVariables = Exact<{
  province?: string | null | undefined;
  criterion?: string | null | undefined;
  year?: number | null | undefined;
  kind?: Array<GapKind> | GapKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnalyticsGapsQuery = { gaps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: GapKind, year: number | null, unmetCriterionCount: number | null, unpledgedNeedCount: number | null, place:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , unmetCriteria: Array<{ id: string }>, unpledgedNeeds: Array<{ id: string }> }> } };

export type AnalyticsGapsPlaceQueryVariables = Exact<{
  code: string;
}>;


export type AnalyticsGapsPlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AnalyticsIndicatorSeriesQueryVariables = Exact<{
  id: string;
  code: string;
  from?: number | null | undefined;
  to?: number | null | undefined;
  history?: boolean | null | undefined;
}>;


export type AnalyticsIndicatorSeriesQuery = { indicatorSeries: { firstYear: number | null, lastYear: number | null, change: number | null, averageYearlyChange: number | null, place:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    , indicator: { id: string }, observations: Array<{ id: string }> } | null };

export type AnalyticsIndicatorSeriesPlaceQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type AnalyticsIndicatorSeriesPlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AnalyticsProgressQueryVariables = Exact<{
  id: string;
  from: number;
  to: number;
  level?: AttainmentLevel | null | undefined;
  top?: number | null | undefined;
}>;


export type AnalyticsProgressQuery = { progress: { place:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    , years: Array<{ year: number, communeCount: number, recognisedCommunes: Array<{ level: AttainmentLevel, communeCount: number }>, newlyRecognisedCommunes: Array<{ level: AttainmentLevel, communeCount: number }>, criteriaMostOftenNotMet: Array<{ rank: number, communeCount: number, criterion: { id: string } }>, ocopProductsByStars: Array<{ stars: number, productCount: number }>, recognitions: Array<{ id: string }>, reportedFigures: Array<{ id: string }> }> } | null };

export type AnalyticsProgressPlaceQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type AnalyticsProgressPlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AnalyticsScorecardQueryVariables = Exact<{
  id: string;
  year: number;
  history?: boolean | null | undefined;
}>;


export type AnalyticsScorecardQuery = { communeScorecard: { includesHistory: boolean, recognisedLevel: AttainmentLevel | null, commune: { name: string }, predecessors: Array<
      | { name: string, code: string | null }
      | { name: string, code: string | null }
      | { name: string, code: string | null }
      | { name: string, code: string | null }
    >, criteriaSet: { id: string } | null, levels: Array<{ level: AttainmentLevel, met: number, basicallyMet: number, notMet: number, notAssessed: number, total: number, unmetCriteria: Array<{ status: AssessmentStatus | null, criterion: { id: string }, contributingActivities: Array<{ id: string }>, assignedAgencies: Array<{ id: string }>, openNeeds: Array<{ id: string }> }> }>, assignedTwinnings: Array<{ id: string }>, openNeeds: Array<{ id: string }>, supportInYear: { valueVnd: string, activityCount: number }, supportAllTime: { valueVnd: string, activityCount: number }, povertyTrend: { firstYear: number | null, lastYear: number | null, averageYearlyChange: number | null, observations: Array<{ id: string }> } | null } | null };

export type AnalyticsScorecardPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsScorecardPlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AnalyticsScorecardPlace2QueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type AnalyticsScorecardPlace2Query = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ApiKeysAdminApiKeysQueryVariables = Exact<{
  prefix?: string | null | undefined;
}>;


export type ApiKeysAdminApiKeysQuery = { apiKeys: { nodes: Array<{ prefix: string, secret: string | null }> } };

export type ApiKeysAdminChangesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysAdminChangesQuery = { changes: { totalCount: number } };

export type ApiKeysAdminApiKeys2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysAdminApiKeys2Query = { apiKeys: { totalCount: number } };

export type ApiKeysAdminFreshnessQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysAdminFreshnessQuery = { freshness: { sequence: string | null } };

export type ExportSupportSummaryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportSupportSummaryQuery = { supportSummary: { nodes: Array<{ valueVnd: string, activityCount: number, commune:
        | { code: string | null, name: string }
        | { code: string | null, name: string }
        | { code: string | null, name: string }
        | { code: string | null, name: string }
       | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExportPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportPlacesQuery = { places: { totalCount: number } };

export type ExportActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportActivitiesQuery = { activities: { totalCount: number, nodes: Array<{ title: string, occurredOn: string, valueVnd: string | null }> } };

export type ExportSupportSummary2QueryVariables = Exact<{ [key: string]: never; }>;


export type ExportSupportSummary2Query = { supportSummary: { nodes: Array<{ year: number | null, valueVnd: string }> } };

export type ExportTwinningsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportTwinningsQuery = { twinnings: { nodes: Array<{ id: string }> } };

export type ExportPlaces2QueryVariables = Exact<{ [key: string]: never; }>;


export type ExportPlaces2Query = { places: { nodes: Array<
      | { code: string | null }
      | { code: string | null }
      | { code: string | null }
      | { code: string | null }
    > } };

export type GraphAgenciesActivitiesPlaceQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type GraphAgenciesActivitiesPlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GraphAgenciesActivitiesDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphAgenciesActivitiesDocumentsQuery = { documents: { totalCount: number, nodes: Array<{ number: string, issuedOn: string | null, issuerPlace:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, twinnings: { totalCount: number, nodes: Array<{ relation: TwinningRelation, startsOn: string, endsOn: string | null, lastDay: boolean, after: boolean, place:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , agency: { name: string, nameEn: string | null } }> } }> } };

export type GraphAgenciesActivitiesAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphAgenciesActivitiesAgenciesQuery = { agencies: { nodes: Array<{ name: string, homeProvince:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null }> } };

export type GraphAgenciesActivitiesAgencies2QueryVariables = Exact<{
  province?: string | null | undefined;
}>;


export type GraphAgenciesActivitiesAgencies2Query = { agencies: { totalCount: number, nodes: Array<{ name: string }> } };

export type GraphAgenciesActivitiesActivitiesQueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type GraphAgenciesActivitiesActivitiesQuery = { activities: { totalCount: number, nodes: Array<{ title: string, category: ActivityCategory, valueVnd: string | null, itemsValueVnd: string | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }>, agency: { name: string, supportTotal: { valueVnd: string, activityCount: number } }, twinning: { startsOn: string, supportTotal: { valueVnd: string, activityCount: number } } | null }> } };

export type GraphAgenciesActivitiesActivities2QueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type GraphAgenciesActivitiesActivities2Query = { activities: { nodes: Array<{ title: string, valueVnd: string | null, fundingSource: FundingSource }> }, agencies: { nodes: Array<{ period: { valueVnd: string, activityCount: number }, before: { valueVnd: string, activityCount: number } }> } };

export type GraphAgenciesActivitiesActivities3QueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type GraphAgenciesActivitiesActivities3Query = { down: { totalCount: number }, alone: { totalCount: number }, twinnings: { totalCount: number } };

export type GraphAgenciesActivitiesAgencies3QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphAgenciesActivitiesAgencies3Query = { agencies: { nodes: Array<{ id: string }> } };

export type GraphAgenciesActivitiesActivities4QueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type GraphAgenciesActivitiesActivities4Query = { activities: { totalCount: number } };

export type GraphAgenciesActivitiesAgencies4QueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type GraphAgenciesActivitiesAgencies4Query = { agencies: { totalCount: number } };

export type GraphAgenciesActivitiesPageQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type GraphAgenciesActivitiesPageQuery = { twinnings: { nodes: Array<{ supportTotal: { valueVnd: string }, agency: { name: string, supportTotal: { valueVnd: string, activityCount: number } }, activities: { nodes: Array<{ itemsValueVnd: string | null, items: Array<{ valueVnd: string | null }> }> } }> } };

export type GraphMeasuresPlaceQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type GraphMeasuresPlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GraphMeasuresCriteriaSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphMeasuresCriteriaSetsQuery = { criteriaSets: { nodes: Array<{ code: string, criterionCount: number, legalBasis: { number: string } | null, criteria: Array<{ number: number }>, groups: Array<{ number: number, name: string, criteria: Array<{ number: number }> }>, criterion: { nameVi: string, name: string, groupName: string } | null }> } };

export type GraphMeasuresCriteriaSetQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphMeasuresCriteriaSetQuery = { criteriaSet: { groups: Array<{ name: string }>, criterion: { name: string } | null, plain: { id: string } | null } | null };

export type GraphMeasuresAssessmentsQueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type GraphMeasuresAssessmentsQuery = { assessments: { nodes: Array<{ status: AssessmentStatus, criterion: { number: number }, values: Array<{ value: number | null, met: boolean | null }> }> } };

export type GraphMeasuresIndicatorObservationsQueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type GraphMeasuresIndicatorObservationsQuery = { indicatorObservations: { nodes: Array<{ value: number, year: number, indicator: { code: string, lowerIsBetter: boolean } }> } };

export type GraphMeasuresNeedsQueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type GraphMeasuresNeedsQuery = { needs: { totalCount: number, nodes: Array<{ title: string, status: NeedStatus, pledgedVnd: string, criterion: { number: number } | null }> } };

export type GraphPlacesPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlaceQuery = { before:
    | { __typename: 'Commune', name: string, validTo: string | null }
    | { __typename: 'District', name: string, validTo: string | null }
    | { __typename: 'Province', name: string, validTo: string | null }
    | { __typename: 'Village', name: string, validTo: string | null }
   | null, after:
    | { __typename: 'Commune', name: string, validFrom: string | null }
    | { __typename: 'District', name: string, validFrom: string | null }
    | { __typename: 'Province', name: string, validFrom: string | null }
    | { __typename: 'Village', name: string, validFrom: string | null }
   | null };

export type GraphPlacesPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlacesQuery = { places: { nodes: Array<
      | { __typename: 'Commune', name: string, code: string | null, district: { name: string } | null, province: { name: string } | null, current: Array<
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
        > }
      | { __typename: 'District', name: string, code: string | null, current: Array<
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
        > }
      | { __typename: 'Province', name: string, code: string | null, current: Array<
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
        > }
      | { __typename: 'Village', name: string, code: string | null, current: Array<
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
          | { name: string, code: string | null, parent:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null }
        > }
    > } };

export type GraphPlacesPlace2QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlace2Query = { old:
    | { successors: Array<{ kind: LineageKind, effectiveOn: string, successor:
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
         }> }
    | { successors: Array<{ kind: LineageKind, effectiveOn: string, successor:
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
         }> }
    | { successors: Array<{ kind: LineageKind, effectiveOn: string, successor:
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
         }> }
    | { successors: Array<{ kind: LineageKind, effectiveOn: string, successor:
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
          | { name: string, validFrom: string | null }
         }> }
   | null, new:
    | { predecessors: Array<{ predecessor:
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
         }> }
    | { predecessors: Array<{ predecessor:
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
         }> }
    | { predecessors: Array<{ predecessor:
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
         }> }
    | { predecessors: Array<{ predecessor:
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
          | { name: string, validTo: string | null }
         }> }
   | null };

export type GraphPlacesPlace3QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlace3Query = { place:
    | { without: { totalCount: number }, with: { totalCount: number, nodes: Array<{ agency: { name: string } }> }, totalWith: { valueVnd: string, activityCount: number }, old: { valueVnd: string } }
    | { without: { totalCount: number }, with: { totalCount: number, nodes: Array<{ agency: { name: string } }> }, totalWith: { valueVnd: string, activityCount: number }, old: { valueVnd: string } }
    | { without: { totalCount: number }, with: { totalCount: number, nodes: Array<{ agency: { name: string } }> }, totalWith: { valueVnd: string, activityCount: number }, old: { valueVnd: string } }
    | { without: { totalCount: number }, with: { totalCount: number, nodes: Array<{ agency: { name: string } }> }, totalWith: { valueVnd: string, activityCount: number }, old: { valueVnd: string } }
   | null, legacy:
    | { supportTotal: { valueVnd: string, activityCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number } }
   | null };

export type GraphPlacesPlaces2QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlaces2Query = { before: { totalCount: number }, after: { totalCount: number }, dienBien: { nodes: Array<
      | { name: string }
      | { name: string }
      | { name: string, districts: { nodes: Array<{ name: string, communes: { totalCount: number } }> } }
      | { name: string }
    > } };

export type GraphPlacesPlace4QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlace4Query = { place:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type GraphPlacesNodeQueryVariables = Exact<{
  id: string;
}>;


export type GraphPlacesNodeQuery = { node:
    | { __typename: 'Activity' }
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Assessment' }
    | { __typename: 'Campaign' }
    | { __typename: 'Commendation' }
    | { __typename: 'Commune', name: string }
    | { __typename: 'CriteriaSet' }
    | { __typename: 'Criterion' }
    | { __typename: 'CriterionIndicator' }
    | { __typename: 'District', name: string }
    | { __typename: 'Document' }
    | { __typename: 'FundingAllocation' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorObservation' }
    | { __typename: 'Need' }
    | { __typename: 'NeedPledge' }
    | { __typename: 'OcopProduct' }
    | { __typename: 'PlaceChange' }
    | { __typename: 'Province', name: string }
    | { __typename: 'Recognition' }
    | { __typename: 'ReportedFigure' }
    | { __typename: 'Twinning' }
    | { __typename: 'Village', name: string }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type GraphPlacesTodayQueryVariables = Exact<{
  asOf?: string | null | undefined;
  includeHistory?: boolean | null | undefined;
}>;


export type GraphPlacesTodayQuery = { places: { totalCount: number, nodes: Array<
      | { name: string, validFrom: string | null, validTo: string | null }
      | { name: string, validFrom: string | null, validTo: string | null }
      | { name: string, validFrom: string | null, validTo: string | null }
      | { name: string, validFrom: string | null, validTo: string | null }
    > } };

export type GraphPlacesPlace5QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlace5Query = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GraphPlacesPlaces3QueryVariables = Exact<{
  parent: string;
}>;


export type GraphPlacesPlaces3Query = { places: { totalCount: number } };

export type GraphPlacesPlaces4QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlacesPlaces4Query = { places: { nodes: Array<
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    >, pageInfo: { hasNextPage: boolean } } };

export type InputStrictnessCreateDocumentMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type InputStrictnessCreateDocumentMutation = { createDocument:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateDocumentSuccess', document: { title: string, note: string | null } }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type MutationSelectionPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationSelectionPlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, agencies: { nodes: Array<{ id: string }> } };

export type MutationSelectionRecordActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type MutationSelectionRecordActivityMutation = { recordActivity:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RecordActivitySuccess' }
    | { __typename: 'ValidationError' }
   };

export type MutationSelectionCreateAgencyMutationVariables = Exact<{ [key: string]: never; }>;


export type MutationSelectionCreateAgencyMutation = { createAgency:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateAgencySuccess' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type MutationSelectionRecordActivity2MutationVariables = Exact<{
  input: ActivityInput;
  key?: string | null | undefined;
}>;


export type MutationSelectionRecordActivity2Mutation = { recordActivity:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RecordActivitySuccess' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string> }> }
   };

export type MutationsActivitiesPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsActivitiesPlaceQuery = { dongGiang:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, dienBienDong:
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
   | null };

export type MutationsActivitiesTwinningsQueryVariables = Exact<{
  dongGiang?: string | null | undefined;
  dienBienDong?: string | null | undefined;
}>;


export type MutationsActivitiesTwinningsQuery = { dongGiang: { nodes: Array<{ id: string, agency: { id: string } }> }, dienBien: { nodes: Array<{ id: string, agency: { id: string, name: string } }> }, set: { electricity: { id: string } | null, schools: { id: string } | null } | null, needs: { nodes: Array<{ id: string, title: string }> } };

export type MutationsActivitiesChangesQueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type MutationsActivitiesChangesQuery = { changes: { nodes: Array<{ type: ChangeType, entityId: string, action: string, actor: string | null, occurredAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type MutationsActivitiesChanges2QueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsActivitiesChanges2Query = { changes: { nodes: Array<{ action: string }> } };

export type MutationsActivitiesActivitiesQueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type MutationsActivitiesActivitiesQuery = { activities: { nodes: Array<{ title: string, valueVnd: string | null }> } };

export type MutationsPlacesPlaces2QueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsPlacesPlaces2Query = { places: { nodes: Array<
      | { fullName: string }
      | { fullName: string }
      | { fullName: string }
      | { fullName: string }
    > } };

export type MutationsPlacesPlacesQueryVariables = Exact<{
  parent: string;
}>;


export type MutationsPlacesPlacesQuery = { hidden: { nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > }, shown: { nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } };

export type MutationsPlacesNodeQueryVariables = Exact<{
  id: string;
}>;


export type MutationsPlacesNodeQuery = { node:
    | { supportTotal: { valueVnd: string, activityCount: number }, withoutHistory: { valueVnd: string, activityCount: number }, activities: { totalCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number }, withoutHistory: { valueVnd: string, activityCount: number }, activities: { totalCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number }, withoutHistory: { valueVnd: string, activityCount: number }, activities: { totalCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number }, withoutHistory: { valueVnd: string, activityCount: number }, activities: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type MutationsPlacesPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsPlacesPlaceQuery = { y2024:
    | { id: string, province: { name: string } | null }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, y2025:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, now:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MutationsReferenceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsReferenceDocumentsQuery = { documents: { nodes: Array<{ number: string }> } };

export type MutationsTwinningsNeedsPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsTwinningsNeedsPlaceQuery = { dienBienDong:
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
    | { id: string, parent:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
   | null, dongGiang:
    | { id: string, parent:
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
       | null }
    | { id: string, parent:
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
       | null }
    | { id: string, parent:
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
       | null }
    | { id: string, parent:
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
        | { parent:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }
       | null }
   | null, dongGiangToday:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, documents: { nodes: Array<{ id: string }> }, set: { cultural: { id: string } | null } | null, dienBien: { nodes: Array<{ id: string, agency: { id: string, name: string } }> }, binhThuan: { nodes: Array<{ id: string, agency: { id: string } }> }, needs: { nodes: Array<{ id: string, title: string }> } };

export type NPlusOneThreeLevelsQueryVariables = Exact<{
  provinces: number;
}>;


export type NPlusOneThreeLevelsQuery = { places: { nodes: Array<
      | { name: string }
      | { name: string }
      | { name: string, districts: { nodes: Array<{ name: string, communes: { totalCount: number, nodes: Array<{ name: string, code: string | null, extremelyDisadvantaged: boolean, twinnings: { nodes: Array<{ startsOn: string, agency: { name: string, kind: AgencyKind }, document: { number: string } | null }> }, successors: Array<{ kind: LineageKind, successor:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                   }> }> } }> } }
      | { name: string }
    > } };

export type NPlusOneProvinceTotalsQueryVariables = Exact<{
  provinces: number;
}>;


export type NPlusOneProvinceTotalsQuery = { places: { nodes: Array<
      | { id: string, supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
      | { id: string, supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
      | { id: string, supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
      | { id: string, supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
    > } };

export type NPlusOneNodeQueryVariables = Exact<{
  id: string;
}>;


export type NPlusOneNodeQuery = { node:
    | { supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
    | { supportTotal: { valueVnd: string, activityCount: number }, withHistory: { valueVnd: string, activityCount: number } }
    | Record<PropertyKey, never>
   | null };

export type NPlusOneProvinceTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type NPlusOneProvinceTreeQuery = { place:
    | { name: string, code: string | null }
    | { name: string, code: string | null }
    | { name: string, code: string | null, districts: { nodes: Array<{ name: string, code: string | null, communes: { nodes: Array<{ name: string, code: string | null }> } }> } }
    | { name: string, code: string | null }
   | null };

export type NPlusOneParentChainQueryVariables = Exact<{ [key: string]: never; }>;


export type NPlusOneParentChainQuery = { place:
    | { name: string, code: string | null, parent:
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
       | null }
    | { name: string, code: string | null, parent:
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
       | null }
    | { name: string, code: string | null, parent:
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
       | null }
    | { name: string, code: string | null, parent:
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
        | { name: string, code: string | null, parent:
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
            | { name: string, code: string | null }
           | null }
       | null }
   | null };

export type NPlusOneLatestActivitiesQueryVariables = Exact<{
  first: number;
}>;


export type NPlusOneLatestActivitiesQuery = { activities: { nodes: Array<{ title: string, occurredOn: string, valueVnd: string | null, agency: { name: string }, place:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       }> } };

export type NPlusOneProgressYearsQueryVariables = Exact<{
  id: string;
  from: number;
  to: number;
}>;


export type NPlusOneProgressYearsQuery = { progress: { years: Array<{ year: number, recognitions: Array<{ id: string, level: AttainmentLevel, year: number }>, reportedFigures: Array<{ id: string, metric: string, year: number | null }> }> } | null };

export type NPlusOnePlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type NPlusOnePlaceQuery = { place:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type NodeLookupNodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeLookupNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };


export const AccessControlUpsertIndicatorObservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessControlUpsertIndicatorObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertIndicatorObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertIndicatorObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AccessControlUpsertIndicatorObservationMutation, AccessControlUpsertIndicatorObservationMutationVariables>;
export const AccessControlChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessControlChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IndicatorObservation"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AccessControlChangesQuery, AccessControlChangesQueryVariables>;
export const AccessControlUpsertIndicatorObservation2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessControlUpsertIndicatorObservation2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertIndicatorObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertIndicatorObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AccessControlUpsertIndicatorObservation2Mutation, AccessControlUpsertIndicatorObservation2MutationVariables>;
export const AccessControlChanges2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessControlChanges2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<AccessControlChanges2Query, AccessControlChanges2QueryVariables>;
export const AccessControlUpsertIndicatorObservation3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessControlUpsertIndicatorObservation3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertIndicatorObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertIndicatorObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertIndicatorObservationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessControlUpsertIndicatorObservation3Mutation, AccessControlUpsertIndicatorObservation3MutationVariables>;
export const AccessControlCreateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessControlCreateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessControlCreateDocumentMutation, AccessControlCreateDocumentMutationVariables>;
export const AccessControlChanges3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessControlChanges3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AccessControlChanges3Query, AccessControlChanges3QueryVariables>;
export const AccessControlChanges4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessControlChanges4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<AccessControlChanges4Query, AccessControlChanges4QueryVariables>;
export const AccessControlChanges5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessControlChanges5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<AccessControlChanges5Query, AccessControlChanges5QueryVariables>;
export const AnalyticsGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GapKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterion"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unmetCriterionCount"}},{"kind":"Field","name":{"kind":"Name","value":"unmetCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unpledgedNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unpledgedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsGapsQuery, AnalyticsGapsQueryVariables>;
export const AnalyticsGapsPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsGapsPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalyticsGapsPlaceQuery, AnalyticsGapsPlaceQueryVariables>;
export const AnalyticsIndicatorSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsIndicatorSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"history"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"averageYearlyChange"}}]}}]}}]} as unknown as DocumentNode<AnalyticsIndicatorSeriesQuery, AnalyticsIndicatorSeriesQueryVariables>;
export const AnalyticsIndicatorSeriesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsIndicatorSeriesPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalyticsIndicatorSeriesPlaceQuery, AnalyticsIndicatorSeriesPlaceQueryVariables>;
export const AnalyticsProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttainmentLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"criteriaLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"topCriteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newlyRecognisedCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMostOftenNotMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ocopProductsByStars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"productCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsProgressQuery, AnalyticsProgressQueryVariables>;
export const AnalyticsProgressPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsProgressPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalyticsProgressPlaceQuery, AnalyticsProgressPlaceQueryVariables>;
export const AnalyticsScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"history"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includesHistory"}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognisedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"unmetCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contributingActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTwinnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportInYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportAllTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"povertyTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"averageYearlyChange"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsScorecardQuery, AnalyticsScorecardQueryVariables>;
export const AnalyticsScorecardPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsScorecardPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"101","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalyticsScorecardPlaceQuery, AnalyticsScorecardPlaceQueryVariables>;
export const AnalyticsScorecardPlace2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsScorecardPlace2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalyticsScorecardPlace2Query, AnalyticsScorecardPlace2QueryVariables>;
export const ApiKeysAdminApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysAdminApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysAdminApiKeysQuery, ApiKeysAdminApiKeysQueryVariables>;
export const ApiKeysAdminChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysAdminChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ApiKeysAdminChangesQuery, ApiKeysAdminChangesQueryVariables>;
export const ApiKeysAdminApiKeys2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysAdminApiKeys2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ApiKeysAdminApiKeys2Query, ApiKeysAdminApiKeys2QueryVariables>;
export const ApiKeysAdminFreshnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysAdminFreshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]} as unknown as DocumentNode<ApiKeysAdminFreshnessQuery, ApiKeysAdminFreshnessQueryVariables>;
export const ExportSupportSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSupportSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"KEY_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExportSupportSummaryQuery, ExportSupportSummaryQueryVariables>;
export const ExportPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DISTRICT"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ExportPlacesQuery, ExportPlacesQueryVariables>;
export const ExportActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]}}]} as unknown as DocumentNode<ExportActivitiesQuery, ExportActivitiesQueryVariables>;
export const ExportSupportSummary2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSupportSummary2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"KEY_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]}}]} as unknown as DocumentNode<ExportSupportSummary2Query, ExportSupportSummary2QueryVariables>;
export const ExportTwinningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportTwinnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportTwinningsQuery, ExportTwinningsQueryVariables>;
export const ExportPlaces2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportPlaces2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ExportPlaces2Query, ExportPlaces2QueryVariables>;
export const GraphAgenciesActivitiesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesPlaceQuery, GraphAgenciesActivitiesPlaceQueryVariables>;
export const GraphAgenciesActivitiesDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"2072","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuerPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lastDay"},"name":{"kind":"Name","value":"isActiveOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2025-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"isActiveOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesDocumentsQuery, GraphAgenciesActivitiesDocumentsQueryVariables>;
export const GraphAgenciesActivitiesAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"so cong thuong","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesAgenciesQuery, GraphAgenciesActivitiesAgenciesQueryVariables>;
export const GraphAgenciesActivitiesAgencies2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesAgencies2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"SO CONG THUONG","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesAgencies2Query, GraphAgenciesActivitiesAgencies2QueryVariables>;
export const GraphAgenciesActivitiesActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesActivitiesQuery, GraphAgenciesActivitiesActivitiesQueryVariables>;
export const GraphAgenciesActivitiesActivities2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesActivities2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HEALTH"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"OCCURRED_ON_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"so cong thuong","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"NullValue"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROVINCIAL_DEPARTMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"period"},"name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2019-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesActivities2Query, GraphAgenciesActivitiesActivities2QueryVariables>;
export const GraphAgenciesActivitiesActivities3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesActivities3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"down"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"alone"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"StringValue","value":"2023-06-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesActivities3Query, GraphAgenciesActivitiesActivities3QueryVariables>;
export const GraphAgenciesActivitiesAgencies3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesAgencies3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"so cong thuong","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesAgencies3Query, GraphAgenciesActivitiesAgencies3QueryVariables>;
export const GraphAgenciesActivitiesActivities4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesActivities4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesActivities4Query, GraphAgenciesActivitiesActivities4QueryVariables>;
export const GraphAgenciesActivitiesAgencies4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesAgencies4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesAgencies4Query, GraphAgenciesActivitiesAgencies4QueryVariables>;
export const GraphAgenciesActivitiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphAgenciesActivitiesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STARTS_ON_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphAgenciesActivitiesPageQuery, GraphAgenciesActivitiesPageQueryVariables>;
export const GraphMeasuresPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphMeasuresPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GraphMeasuresPlaceQuery, GraphMeasuresPlaceQueryVariables>;
export const GraphMeasuresCriteriaSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphMeasuresCriteriaSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appliesTo"},"value":{"kind":"EnumValue","value":"COMMUNE"}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"EnumValue","value":"NEW_RURAL_DEVELOPMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"StringValue","value":"2023-06-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterionCount"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphMeasuresCriteriaSetsQuery, GraphMeasuresCriteriaSetsQueryVariables>;
export const GraphMeasuresCriteriaSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphMeasuresCriteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"NTM-COMMUNE-2021-2025","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"plain"},"name":{"kind":"Name","value":"criterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"19"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GraphMeasuresCriteriaSetQuery, GraphMeasuresCriteriaSetQueryVariables>;
export const GraphMeasuresAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphMeasuresAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphMeasuresAssessmentsQuery, GraphMeasuresAssessmentsQueryVariables>;
export const GraphMeasuresIndicatorObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphMeasuresIndicatorObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"POVERTY_RATE","block":false},{"kind":"StringValue","value":"NEAR_POOR_RATE","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<GraphMeasuresIndicatorObservationsQuery, GraphMeasuresIndicatorObservationsQueryVariables>;
export const GraphMeasuresNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphMeasuresNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphMeasuresNeedsQuery, GraphMeasuresNeedsQueryVariables>;
export const GraphPlacesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"24","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"24","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-08-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlaceQuery, GraphPlacesPlaceQueryVariables>;
export const GraphPlacesPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"dong giang","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COMMUNE"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlacesQuery, GraphPlacesPlacesQueryVariables>;
export const GraphPlacesPlace2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlace2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"old"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"new"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-08-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlace2Query, GraphPlacesPlace2QueryVariables>;
export const GraphPlacesPlace3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlace3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-08-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"without"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"with"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"totalWith"},"name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"old"},"name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"legacy"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlace3Query, GraphPlacesPlace3QueryVariables>;
export const GraphPlacesPlaces2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlaces2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-06-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-07-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dienBien"},"name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"dien bien","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlaces2Query, GraphPlacesPlaces2QueryVariables>;
export const GraphPlacesPlace4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlace4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"584","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlace4Query, GraphPlacesPlace4QueryVariables>;
export const GraphPlacesNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GraphPlacesNodeQuery, GraphPlacesNodeQueryVariables>;
export const GraphPlacesTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"điện biên","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<GraphPlacesTodayQuery, GraphPlacesTodayQueryVariables>;
export const GraphPlacesPlace5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlace5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"101","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlace5Query, GraphPlacesPlace5QueryVariables>;
export const GraphPlacesPlaces3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlaces3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COMMUNE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlaces3Query, GraphPlacesPlaces3QueryVariables>;
export const GraphPlacesPlaces4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPlacesPlaces4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<GraphPlacesPlaces4Query, GraphPlacesPlaces4QueryVariables>;
export const InputStrictnessCreateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputStrictnessCreateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InputStrictnessCreateDocumentMutation, InputStrictnessCreateDocumentMutationVariables>;
export const MutationSelectionPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationSelectionPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"so cong thuong binh thuan","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MutationSelectionPlaceQuery, MutationSelectionPlaceQueryVariables>;
export const MutationSelectionRecordActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationSelectionRecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MutationSelectionRecordActivityMutation, MutationSelectionRecordActivityMutationVariables>;
export const MutationSelectionCreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationSelectionCreateAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hội Nông dân tỉnh Bình Thuận","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MASS_ORGANISATION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MutationSelectionCreateAgencyMutation, MutationSelectionCreateAgencyMutationVariables>;
export const MutationSelectionRecordActivity2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationSelectionRecordActivity2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutationSelectionRecordActivity2Mutation, MutationSelectionRecordActivity2MutationVariables>;
export const MutationsActivitiesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsActivitiesPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dongGiang"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dienBienDong"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"101","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsActivitiesPlaceQuery, MutationsActivitiesPlaceQueryVariables>;
export const MutationsActivitiesTwinningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsActivitiesTwinnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dongGiang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dienBienDong"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dongGiang"},"name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dongGiang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dienBien"},"name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dienBienDong"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"set"},"name":{"kind":"Name","value":"criteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"NTM-COMMUNE-2021-2025","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"electricity"},"name":{"kind":"Name","value":"criterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"schools"},"name":{"kind":"Name","value":"criterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dienBienDong"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsActivitiesTwinningsQuery, MutationsActivitiesTwinningsQueryVariables>;
export const MutationsActivitiesChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsActivitiesChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsActivitiesChangesQuery, MutationsActivitiesChangesQueryVariables>;
export const MutationsActivitiesChanges2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsActivitiesChanges2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsActivitiesChanges2Query, MutationsActivitiesChanges2QueryVariables>;
export const MutationsActivitiesActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsActivitiesActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HEALTH"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsActivitiesActivitiesQuery, MutationsActivitiesActivitiesQueryVariables>;
export const MutationsPlacesPlaces2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsPlacesPlaces2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"ta my","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsPlacesPlaces2Query, MutationsPlacesPlaces2QueryVariables>;
export const MutationsPlacesPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsPlacesPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hidden"},"name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"shown"},"name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsPlacesPlacesQuery, MutationsPlacesPlacesQueryVariables>;
export const MutationsPlacesNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsPlacesNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withoutHistory"},"name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutationsPlacesNodeQuery, MutationsPlacesNodeQueryVariables>;
export const MutationsPlacesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsPlacesPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"y2024"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-06-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commune"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"y2025"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-10-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"now"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationsPlacesPlaceQuery, MutationsPlacesPlaceQueryVariables>;
export const MutationsReferenceDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsReferenceDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"1234/qd","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsReferenceDocumentsQuery, MutationsReferenceDocumentsQueryVariables>;
export const MutationsTwinningsNeedsPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationsTwinningsNeedsPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dienBienDong"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"101","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dongGiang"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dongGiangToday"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2025-08-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"2072","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"set"},"name":{"kind":"Name","value":"criteriaSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"NTM-COMMUNE-2021-2025","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cultural"},"name":{"kind":"Name","value":"criterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dienBien"},"name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"NullValue"}},{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"NullValue"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"binhThuan"},"name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TWINNING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MutationsTwinningsNeedsPlaceQuery, MutationsTwinningsNeedsPlaceQueryVariables>;
export const NPlusOneThreeLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOneThreeLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NPlusOneThreeLevelsQuery, NPlusOneThreeLevelsQueryVariables>;
export const NPlusOneProvinceTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOneProvinceTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withHistory"},"name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NPlusOneProvinceTotalsQuery, NPlusOneProvinceTotalsQueryVariables>;
export const NPlusOneNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOneNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withHistory"},"name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NPlusOneNodeQuery, NPlusOneNodeQueryVariables>;
export const NPlusOneProvinceTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOneProvinceTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"40","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NPlusOneProvinceTreeQuery, NPlusOneProvinceTreeQueryVariables>;
export const NPlusOneParentChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOneParentChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"23074","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NPlusOneParentChainQuery, NPlusOneParentChainQueryVariables>;
export const NPlusOneLatestActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOneLatestActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NPlusOneLatestActivitiesQuery, NPlusOneLatestActivitiesQueryVariables>;
export const NPlusOneProgressYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOneProgressYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NPlusOneProgressYearsQuery, NPlusOneProgressYearsQueryVariables>;
export const NPlusOnePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NPlusOnePlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"42","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NPlusOnePlaceQuery, NPlusOnePlaceQueryVariables>;
export const NodeLookupNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeLookupNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeLookupNodeQuery, NodeLookupNodeQueryVariables>;