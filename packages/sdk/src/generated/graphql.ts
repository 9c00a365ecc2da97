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

/** An assignment of an agency to a place. A document assigns an agency to a place once, and each village one sponsor. */
export type AssignTwinningInput = {
  agencyId: string;
  campaignId?: string | null | undefined;
  /** The decision or Party document that made the assignment, e.g. 2072/QD-UBND. */
  documentId?: string | null | undefined;
  /** Last day, not before startsOn; null if open-ended. */
  endsOn?: string | null | undefined;
  note?: string | null | undefined;
  /** The unit, which must exist throughout the period (see Place.validFrom / validTo). */
  placeId: string;
  relation: TwinningRelation;
  startPrecision?: DatePrecision | null | undefined;
  /** First day; with MONTH or YEAR precision stored as the first day of that month or year. */
  startsOn: string;
};

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

export type FigureKind =
  | 'ACTUAL'
  | 'TARGET';

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

export type NeedStatus =
  | 'CANCELLED'
  | 'FULFILLED'
  | 'OPEN'
  | 'PLEDGED';

/** Something a place asks agencies to provide. */
export type OpenNeedInput = {
  category: ActivityCategory;
  criterionId?: string | null | undefined;
  datePrecision?: DatePrecision | null | undefined;
  description?: string | null | undefined;
  documentId?: string | null | undefined;
  estimatedValueVnd?: string | null | undefined;
  /** The unit that asks; it must have existed when it asked. */
  placeId: string;
  /** The agency it is addressed to; with a twinning, the twinning’s agency (the default). */
  requestedOfId?: string | null | undefined;
  /** When it was asked, not after today. */
  requestedOn: string;
  /** What is asked for, e.g. "Rural road lighting". */
  title: string;
  /** The twinning it is raised through; the place must be the twinning’s place or within it. */
  twinningId?: string | null | undefined;
};

export type PartnerRole =
  | 'CO_ORGANISER'
  | 'MOBILISED';

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

/** An agency’s promise towards a need. */
export type PledgeNeedInput = {
  agencyId: string;
  amountVnd?: string | null | undefined;
  needId: string;
  /** What was pledged, in words. */
  note?: string | null | undefined;
  /** When it pledged; today when left out. */
  pledgedOn?: string | null | undefined;
};

export type RecognitionStatus =
  | 'APPLIED'
  | 'RECOGNISED'
  | 'REVOKED';

/** Up to 1,000 activities to record together. */
export type RecordActivitiesInput = {
  activities: Array<ActivityInput>;
};

/** What to group support totals by. Place dimensions use the unit each activity was recorded on and its ancestors. */
export type SupportDimension =
  | 'AGENCY'
  | 'AGENCY_KIND'
  | 'CATEGORY'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'FUNDING_SOURCE'
  | 'PROVINCE'
  | 'YEAR';

/** Which activities to total. Every field narrows the set; leave it out for all. */
export type SupportFilter = {
  agencyId?: string | null | undefined;
  agencyKind?: Array<AgencyKind> | null | undefined;
  /** Totals as they stood at the end of this day: only activities recorded by then. */
  asOf?: string | null | undefined;
  category?: Array<ActivityCategory> | null | undefined;
  from?: string | null | undefined;
  fundingSource?: Array<FundingSource> | null | undefined;
  /** …and at every unit below it (default). */
  includeDescendants?: boolean | null | undefined;
  /** …and at the units it replaced, through lineage. */
  includeHistory?: boolean | null | undefined;
  /** Activities at this place… */
  placeId?: string | null | undefined;
  to?: string | null | undefined;
  years?: Array<number> | null | undefined;
};

export type SupportSummaryOrder =
  | 'BENEFICIARIES_DESC'
  | 'COUNT_DESC'
  | 'KEY_ASC'
  | 'VALUE_ASC'
  | 'VALUE_DESC';

/** TWINNING is kết nghĩa, HELP is giúp đỡ, SPONSORSHIP is đỡ đầu. */
export type TwinningRelation =
  | 'HELP'
  | 'SPONSORSHIP'
  | 'TWINNING';

export type TwinningStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

/** How a published number relates to the truth: "about 95%" is ABOUT, "more than 40%" is MORE_THAN. */
export type ValueQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'EXACT'
  | 'LESS_THAN'
  | 'MORE_THAN';

export type ActivityDetailFragment = { endedOn: string | null, occasion: string | null, beneficiaryCount: number | null, beneficiaryDescription: string | null, peopleSent: number | null, visitCount: number | null, createdAt: string, id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, partners: Array<{ role: PartnerRole, contributionVnd: string | null, agency: { id: string, name: string } }>, criteria: Array<{ id: string, number: number, name: string, nameVi: string }>, need: { id: string, status: NeedStatus } | null, agency: { id: string, name: string }, place:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
  , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> };

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
    | { __typename: 'ApiKey' }
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
    | { __typename: 'PlaceChange' }
    | { __typename: 'Province' }
    | { __typename: 'Recognition' }
    | { __typename: 'ReportedFigure' }
    | { __typename: 'Twinning' }
    | { __typename: 'Village' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type AgencySummaryFragment = { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null, validFrom: string | null, validTo: string | null, homeProvince:
    | { id: string, code: string | null, name: string }
    | { id: string, code: string | null, name: string }
    | { id: string, code: string | null, name: string }
    | { id: string, code: string | null, name: string }
   | null };

export type AssignTwinningMutationVariables = Exact<{
  input: AssignTwinningInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AssignTwinningMutation = { assignTwinning:
    | { __typename: 'AssignTwinningSuccess', twinning: { note: string | null, createdAt: string, id: string, relation: TwinningRelation, status: TwinningStatus, startsOn: string, startPrecision: DatePrecision, endsOn: string | null, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null }, place:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
        , document: { id: string, kind: DocumentKind, number: string, title: string, issuedOn: string | null, issuer: string } | null } }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, reference: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ChangeFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<ChangeType> | ChangeType | null | undefined;
  entityTypes?: Array<ChangeEntityType> | ChangeEntityType | null | undefined;
  placeId?: string | null | undefined;
  includeDescendants?: boolean | null | undefined;
}>;


export type ChangeFeedSubscription = { changes: { cursor: string, type: ChangeType, occurredAt: string, entityType: ChangeEntityType, entityId: string, action: string, actor: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, place:
      | { id: string, name: string, code: string | null }
      | { id: string, name: string, code: string | null }
      | { id: string, name: string, code: string | null }
      | { id: string, name: string, code: string | null }
     | null, province: { id: string, name: string, code: string | null } | null, agency: { id: string, name: string } | null } };

export type ChangeFieldsFragment = { cursor: string, type: ChangeType, occurredAt: string, entityType: ChangeEntityType, entityId: string, action: string, actor: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, place:
    | { id: string, name: string, code: string | null }
    | { id: string, name: string, code: string | null }
    | { id: string, name: string, code: string | null }
    | { id: string, name: string, code: string | null }
   | null, province: { id: string, name: string, code: string | null } | null, agency: { id: string, name: string } | null };

export type ChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  types?: Array<ChangeType> | ChangeType | null | undefined;
  entityTypes?: Array<ChangeEntityType> | ChangeEntityType | null | undefined;
  entityId?: string | null | undefined;
  placeId?: string | null | undefined;
  includeDescendants?: boolean | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, nodes: Array<{ cursor: string, type: ChangeType, occurredAt: string, entityType: ChangeEntityType, entityId: string, action: string, actor: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, place:
        | { id: string, name: string, code: string | null }
        | { id: string, name: string, code: string | null }
        | { id: string, name: string, code: string | null }
        | { id: string, name: string, code: string | null }
       | null, province: { id: string, name: string, code: string | null } | null, agency: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommuneLocationsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  parentId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommuneLocationsQuery = { places: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
      | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
      | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
      | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
    > } };

export type CommuneScorecardQueryVariables = Exact<{
  placeId: string;
  year: number;
  includeHistory?: boolean | null | undefined;
}>;


export type CommuneScorecardQuery = { communeScorecard: { year: number, includesHistory: boolean, recognisedLevel: AttainmentLevel | null, commune: { __typename: 'Commune', id: string, code: string | null, name: string, fullName: string, level: PlaceLevel, kind: PlaceKind, validFrom: string | null, validTo: string | null, isCurrent: boolean, extremelyDisadvantaged: boolean, parent:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null }, predecessors: Array<
      | { id: string, code: string | null, name: string, level: PlaceLevel }
      | { id: string, code: string | null, name: string, level: PlaceLevel }
      | { id: string, code: string | null, name: string, level: PlaceLevel }
      | { id: string, code: string | null, name: string, level: PlaceLevel }
    >, criteriaSet: { id: string, code: string, name: string, nameVi: string, criterionCount: number, criteria: Array<{ id: string, number: number, name: string, nameVi: string }> } | null, levels: Array<{ level: AttainmentLevel, total: number, met: number, basicallyMet: number, notMet: number, notAssessed: number, unmetCriteria: Array<{ level: AttainmentLevel, status: AssessmentStatus | null, criterion: { id: string, number: number, name: string, nameVi: string }, assignedAgencies: Array<{ id: string, name: string, nameEn: string | null }>, openNeeds: Array<{ id: string, title: string, status: NeedStatus }>, contributingActivities: Array<{ id: string, title: string, occurredOn: string, valueVnd: string | null, agency: { id: string, name: string } }> }> }>, supportInYear: { valueVnd: string, activityCount: number }, supportAllTime: { valueVnd: string, activityCount: number }, povertyTrend: { firstYear: number | null, lastYear: number | null, change: number | null, averageYearlyChange: number | null, indicator: { id: string, code: string, name: string, nameVi: string, unit: string, lowerIsBetter: boolean }, place:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
      , observations: Array<{ year: number, value: number, qualifier: ValueQualifier, source: string | null }> } | null, openNeeds: Array<{ id: string, title: string, category: ActivityCategory, status: NeedStatus, requestedOn: string, datePrecision: DatePrecision, closedOn: string | null, estimatedValueVnd: string | null, pledgedVnd: string, place:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
      , requestedOf: { id: string, name: string } | null, criterion: { id: string, number: number, name: string, nameVi: string } | null, twinning: { id: string } | null, pledges: Array<{ id: string, amountVnd: string | null, pledgedOn: string, withdrawnOn: string | null, note: string | null, agency: { id: string, name: string } }> }>, assignedTwinnings: Array<{ id: string, relation: TwinningRelation, status: TwinningStatus, startsOn: string, startPrecision: DatePrecision, endsOn: string | null, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null }, place:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
      , document: { id: string, kind: DocumentKind, number: string, title: string, issuedOn: string | null, issuer: string } | null }> } | null };

export type CriterionSummaryFragment = { id: string, number: number, name: string, nameVi: string };

export type FindPlacesQueryVariables = Exact<{
  search?: string | null | undefined;
  level?: PlaceLevel | null | undefined;
  kind?: Array<PlaceKind> | PlaceKind | null | undefined;
  parentId?: string | null | undefined;
  code?: string | null | undefined;
  asOf?: string | null | undefined;
  includeHistory?: boolean | null | undefined;
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

export type FreshnessQueryVariables = Exact<{ [key: string]: never; }>;


export type FreshnessQuery = { freshness: { lastChangedAt: string | null, sequence: string | null } };

export type GapsQueryVariables = Exact<{
  kind?: Array<GapKind> | GapKind | null | undefined;
  provinceId?: string | null | undefined;
  criterionId?: string | null | undefined;
  year?: number | null | undefined;
  level?: AttainmentLevel | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GapsQuery = { gaps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: GapKind, year: number | null, unmetCriterionCount: number | null, unpledgedNeedCount: number | null, place:
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
      , unmetCriteria: Array<{ id: string, number: number, name: string, nameVi: string }>, unpledgedNeeds: Array<{ id: string, title: string, category: ActivityCategory, status: NeedStatus, requestedOn: string, datePrecision: DatePrecision, closedOn: string | null, estimatedValueVnd: string | null, pledgedVnd: string, place:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
        , requestedOf: { id: string, name: string } | null, criterion: { id: string, number: number, name: string, nameVi: string } | null, twinning: { id: string } | null, pledges: Array<{ id: string, amountVnd: string | null, pledgedOn: string, withdrawnOn: string | null, note: string | null, agency: { id: string, name: string } }> }> }> } };

export type IndicatorSeriesQueryVariables = Exact<{
  placeId: string;
  indicatorCode: string;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
  includeHistory?: boolean | null | undefined;
}>;


export type IndicatorSeriesQuery = { indicator: { id: string } | null, indicatorSeries: { firstYear: number | null, lastYear: number | null, change: number | null, averageYearlyChange: number | null, indicator: { id: string, code: string, name: string, nameVi: string, unit: string, lowerIsBetter: boolean }, place:
      | { id: string, code: string | null, name: string, level: PlaceLevel }
      | { id: string, code: string | null, name: string, level: PlaceLevel }
      | { id: string, code: string | null, name: string, level: PlaceLevel }
      | { id: string, code: string | null, name: string, level: PlaceLevel }
    , observations: Array<{ year: number, value: number, qualifier: ValueQualifier, source: string | null }> } | null };

export type IndicatorSeriesSummaryFragment = { firstYear: number | null, lastYear: number | null, change: number | null, averageYearlyChange: number | null, indicator: { id: string, code: string, name: string, nameVi: string, unit: string, lowerIsBetter: boolean }, place:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
  , observations: Array<{ year: number, value: number, qualifier: ValueQualifier, source: string | null }> };

export type NeedSummaryFragment = { id: string, title: string, category: ActivityCategory, status: NeedStatus, requestedOn: string, datePrecision: DatePrecision, closedOn: string | null, estimatedValueVnd: string | null, pledgedVnd: string, place:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
  , requestedOf: { id: string, name: string } | null, criterion: { id: string, number: number, name: string, nameVi: string } | null, twinning: { id: string } | null, pledges: Array<{ id: string, amountVnd: string | null, pledgedOn: string, withdrawnOn: string | null, note: string | null, agency: { id: string, name: string } }> };

export type OpenNeedMutationVariables = Exact<{
  input: OpenNeedInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OpenNeedMutation = { openNeed:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, reference: string, message: string }
    | { __typename: 'OpenNeedSuccess', need: { description: string | null, id: string, title: string, category: ActivityCategory, status: NeedStatus, requestedOn: string, datePrecision: DatePrecision, closedOn: string | null, estimatedValueVnd: string | null, pledgedVnd: string, place:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
        , requestedOf: { id: string, name: string } | null, criterion: { id: string, number: number, name: string, nameVi: string } | null, twinning: { id: string } | null, pledges: Array<{ id: string, amountVnd: string | null, pledgedOn: string, withdrawnOn: string | null, note: string | null, agency: { id: string, name: string } }> } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

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
    | { __typename: 'ApiKey' }
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
    | { __typename: 'PlaceChange' }
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
    | { __typename: 'WebhookEndpoint' }
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

export type PlaceProgressQueryVariables = Exact<{
  placeId: string;
  fromYear: number;
  toYear: number;
  criteriaLevel?: AttainmentLevel | null | undefined;
  topCriteria?: number | null | undefined;
}>;


export type PlaceProgressQuery = { progress: { fromYear: number, toYear: number, place:
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
    , years: Array<{ year: number, communeCount: number, recognisedCommunes: Array<{ level: AttainmentLevel, communeCount: number }>, newlyRecognisedCommunes: Array<{ level: AttainmentLevel, communeCount: number }>, criteriaMostOftenNotMet: Array<{ rank: number, communeCount: number, criterion: { id: string, number: number, name: string, nameVi: string } }>, ocopProductsByStars: Array<{ stars: number, productCount: number }>, recognitions: Array<{ id: string, year: number, level: AttainmentLevel, status: RecognitionStatus, recognisedOn: string | null, revokedOn: string | null, place:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
        , decision: { id: string, number: string } | null }>, reportedFigures: Array<{ id: string, metric: string, label: string, labelVi: string | null, kind: FigureKind, value: number | null, amountVnd: string | null, unit: string, qualifier: ValueQualifier, year: number | null, scope: string | null, source: string, reportedOn: string | null }> }> } | null };

export type PlaceReportedFiguresQueryVariables = Exact<{
  placeId: string;
  includeDescendants?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlaceReportedFiguresQuery = { reportedFigures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, kind: FigureKind, label: string, labelVi: string | null, value: number | null, amountVnd: string | null, unit: string, qualifier: ValueQualifier, year: number | null, scope: string | null, source: string, reportedOn: string | null, place:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       }> } };

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
    | { __typename: 'ApiKey' }
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
    | { __typename: 'PlaceChange' }
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
    | { __typename: 'WebhookEndpoint' }
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

export type PledgeNeedMutationVariables = Exact<{
  input: PledgeNeedInput;
  idempotencyKey?: string | null | undefined;
}>;


export type PledgeNeedMutation = { pledgeNeed:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, reference: string, message: string }
    | { __typename: 'PledgeNeedSuccess', need: { description: string | null, id: string, title: string, category: ActivityCategory, status: NeedStatus, requestedOn: string, datePrecision: DatePrecision, closedOn: string | null, estimatedValueVnd: string | null, pledgedVnd: string, place:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
        , requestedOf: { id: string, name: string } | null, criterion: { id: string, number: number, name: string, nameVi: string } | null, twinning: { id: string } | null, pledges: Array<{ id: string, amountVnd: string | null, pledgedOn: string, withdrawnOn: string | null, note: string | null, agency: { id: string, name: string } }> } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RecordActivitiesMutationVariables = Exact<{
  input: RecordActivitiesInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordActivitiesMutation = { recordActivities:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, reference: string, message: string }
    | { __typename: 'RecordActivitiesSuccess', activities: Array<{ endedOn: string | null, occasion: string | null, beneficiaryCount: number | null, beneficiaryDescription: string | null, peopleSent: number | null, visitCount: number | null, createdAt: string, id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, partners: Array<{ role: PartnerRole, contributionVnd: string | null, agency: { id: string, name: string } }>, criteria: Array<{ id: string, number: number, name: string, nameVi: string }>, need: { id: string, status: NeedStatus } | null, agency: { id: string, name: string }, place:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
        , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> }> }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RecordActivityMutationVariables = Exact<{
  input: ActivityInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordActivityMutation = { recordActivity:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, reference: string, message: string }
    | { __typename: 'RecordActivitySuccess', activity: { endedOn: string | null, occasion: string | null, beneficiaryCount: number | null, beneficiaryDescription: string | null, peopleSent: number | null, visitCount: number | null, createdAt: string, id: string, title: string, category: ActivityCategory, occurredOn: string, datePrecision: DatePrecision, valueVnd: string | null, itemsValueVnd: string | null, fundingSource: FundingSource, description: string | null, partners: Array<{ role: PartnerRole, contributionVnd: string | null, agency: { id: string, name: string } }>, criteria: Array<{ id: string, number: number, name: string, nameVi: string }>, need: { id: string, status: NeedStatus } | null, agency: { id: string, name: string }, place:
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
          | { id: string, code: string | null, name: string, level: PlaceLevel }
        , twinning: { id: string } | null, items: Array<{ description: string, quantity: number | null, unit: string | null, valueVnd: string | null }> } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

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

export type SupportByCommuneQueryVariables = Exact<{
  filter?: SupportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportByCommuneQuery = { supportSummary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ valueVnd: string, activityCount: number, commune:
        | { id: string, code: string | null, name: string, fullName: string, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, current: Array<
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
          > }
        | { id: string, code: string | null, name: string, fullName: string, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, current: Array<
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
          > }
        | { id: string, code: string | null, name: string, fullName: string, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, current: Array<
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
          > }
        | { id: string, code: string | null, name: string, fullName: string, parent:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, current: Array<
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
            | { id: string, code: string | null, name: string, fullName: string, latitude: number | null, longitude: number | null, parent:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               | null }
          > }
       | null }> } };

export type SupportGroupSummaryFragment = { year: number | null, category: ActivityCategory | null, fundingSource: FundingSource | null, agencyKind: AgencyKind | null, valueVnd: string, activityCount: number, agencyCount: number, placeCount: number, beneficiaryCount: number, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null } | null, province:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
   | null, district:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
   | null, commune:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
   | null };

export type SupportSummaryQueryVariables = Exact<{
  filter?: SupportFilter | null | undefined;
  groupBy: Array<SupportDimension> | SupportDimension;
  orderBy?: SupportSummaryOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportSummaryQuery = { supportSummary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ year: number | null, category: ActivityCategory | null, fundingSource: FundingSource | null, agencyKind: AgencyKind | null, valueVnd: string, activityCount: number, agencyCount: number, placeCount: number, beneficiaryCount: number, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null } | null, province:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null, district:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null, commune:
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
        | { id: string, code: string | null, name: string, level: PlaceLevel }
       | null }> } };

export type TwinningSummaryFragment = { id: string, relation: TwinningRelation, status: TwinningStatus, startsOn: string, startPrecision: DatePrecision, endsOn: string | null, agency: { id: string, kind: AgencyKind, name: string, nameEn: string | null, abbreviation: string | null }, place:
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
    | { id: string, code: string | null, name: string, level: PlaceLevel }
  , document: { id: string, kind: DocumentKind, number: string, title: string, issuedOn: string | null, issuer: string } | null };

type WriteError_ConflictError_Fragment = { __typename: 'ConflictError', message: string };

type WriteError_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string };

type WriteError_NotFoundError_Fragment = { __typename: 'NotFoundError', entity: string, reference: string, message: string };

type WriteError_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ path: Array<string>, message: string }> };

export type WriteErrorFragment =
  | WriteError_ConflictError_Fragment
  | WriteError_ForbiddenError_Fragment
  | WriteError_NotFoundError_Fragment
  | WriteError_ValidationError_Fragment
;

export const ActivitySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]} as unknown as DocumentNode<ActivitySummaryFragment, unknown>;
export const CriterionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]} as unknown as DocumentNode<CriterionSummaryFragment, unknown>;
export const ActivityDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSent"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contributionVnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]} as unknown as DocumentNode<ActivityDetailFragment, unknown>;
export const AgencySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgencySummaryFragment, unknown>;
export const ChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<ChangeFieldsFragment, unknown>;
export const IndicatorSeriesSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorSeriesSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"averageYearlyChange"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<IndicatorSeriesSummaryFragment, unknown>;
export const NeedSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]} as unknown as DocumentNode<NeedSummaryFragment, unknown>;
export const PlaceSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PlaceSummaryFragment, unknown>;
export const SupportGroupSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportGroupSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCount"}},{"kind":"Field","name":{"kind":"Name","value":"placeCount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}}]}}]} as unknown as DocumentNode<SupportGroupSummaryFragment, unknown>;
export const TwinningSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}}]} as unknown as DocumentNode<TwinningSummaryFragment, unknown>;
export const WriteErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<WriteErrorFragment, unknown>;
export const AgencyPortfolioDocument = {"__meta__":{"hash":"834694fa1b2da6f3aa5487b39b7f63568ac2a89c7570cbe12fef66dc0c17c278"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencySummary"}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwinningSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]} as unknown as DocumentNode<AgencyPortfolioQuery, AgencyPortfolioQueryVariables>;
export const AssignTwinningDocument = {"__meta__":{"hash":"3e69da64f2dd86d59188a4c1f56decd1a7590f4cfb2c26148d5661c2c6f9387d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTwinning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTwinningInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTwinning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTwinningSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwinningSummary"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WriteError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<AssignTwinningMutation, AssignTwinningMutationVariables>;
export const ChangeFeedDocument = {"__meta__":{"hash":"b953692f3a8da23b3f3f604940f08e73df64f10bb05c8273976970171a20df4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChangeFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<ChangeFeedSubscription, ChangeFeedSubscriptionVariables>;
export const ChangesDocument = {"__meta__":{"hash":"56d7ec0c83676ac4ea69dc1801c6152be8b37f9a81994d583d33feedad2bd618"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const CommuneLocationsDocument = {"__meta__":{"hash":"40e9b2b6cb8a8a27ffbae63a66386d0d1ba64c9154d44c736cc43715c5d8bf11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneLocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COMMUNE"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommuneLocationsQuery, CommuneLocationsQueryVariables>;
export const CommuneScorecardDocument = {"__meta__":{"hash":"a08ab2b699a8553561be951c05451c96a3b3a39f74ed0a32275eb292cea532ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"includesHistory"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"criterionCount"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"unmetCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributingActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportInYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportAllTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"povertyTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorSeriesSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTwinnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwinningSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorSeriesSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"averageYearlyChange"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}}]} as unknown as DocumentNode<CommuneScorecardQuery, CommuneScorecardQueryVariables>;
export const FindPlacesDocument = {"__meta__":{"hash":"25aa9036ed6aa315aa05941cdf72d11c518fdcf85bb355f17d9e0a303dc2479e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extremelyDisadvantaged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"extremelyDisadvantaged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extremelyDisadvantaged"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<FindPlacesQuery, FindPlacesQueryVariables>;
export const FreshnessDocument = {"__meta__":{"hash":"42ea39059c51a591a0865faffcfaef3ffd28f799d2700dfa5b1883a1e0c5af52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Freshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]} as unknown as DocumentNode<FreshnessQuery, FreshnessQueryVariables>;
export const GapsDocument = {"__meta__":{"hash":"d04198f386bd276b2144df9c6773dc37498d2604dfef924bdd45adf5f71c2070"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GapKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criterionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttainmentLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"criterionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criterionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmetCriterionCount"}},{"kind":"Field","name":{"kind":"Name","value":"unmetCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unpledgedNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unpledgedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<GapsQuery, GapsQueryVariables>;
export const IndicatorSeriesDocument = {"__meta__":{"hash":"d130ea7c0fa493cdfa2d32cea93fa95e0f77b8a93c4f71d8d411cc4da4f92c7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorSeriesSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorSeriesSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"averageYearlyChange"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const OpenNeedDocument = {"__meta__":{"hash":"988dc1f60b5890b2449712bdc1d061719bdf4d99b3162f09a6a8084132a9f44a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenNeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenNeedSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WriteError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<OpenNeedMutation, OpenNeedMutationVariables>;
export const PlaceActivitiesDocument = {"__meta__":{"hash":"ed07376fd900f03a873880dc4dafe47e2cde0318214d2187af1f4c0bc6462b4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}}]} as unknown as DocumentNode<PlaceActivitiesQuery, PlaceActivitiesQueryVariables>;
export const PlaceByCodeDocument = {"__meta__":{"hash":"c63fca01bf5ffc554e799dc3666c2825f6b558ad52d76de097aa03b7a450be61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PlaceByCodeQuery, PlaceByCodeQueryVariables>;
export const PlaceProgressDocument = {"__meta__":{"hash":"85db620ddff43b42cfafcff30b553356e094da24289eca5815aebe8cf6d934c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteriaLevel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttainmentLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topCriteria"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"criteriaLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteriaLevel"}}},{"kind":"Argument","name":{"kind":"Name","value":"topCriteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topCriteria"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newlyRecognisedCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMostOftenNotMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ocopProductsByStars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"productCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"extremelyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]} as unknown as DocumentNode<PlaceProgressQuery, PlaceProgressQueryVariables>;
export const PlaceReportedFiguresDocument = {"__meta__":{"hash":"e068eb435d17b123255e2935a718d31bf93b6b5563effbf35b5f2336dac25f46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceReportedFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceReportedFiguresQuery, PlaceReportedFiguresQueryVariables>;
export const PlaceSupportersDocument = {"__meta__":{"hash":"718c35d258238d6412a221504738eb3a8bd8bf2b4876ba8e1b11addf7fbe7c55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceSupporters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supporters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencySummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlaceSupportersQuery, PlaceSupportersQueryVariables>;
export const PlaceTwinningsDocument = {"__meta__":{"hash":"aadf81ad306448a05fbd1236a2818ce6c701f4f971eaf45d5c409250de64b3e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceTwinnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwinningStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twinnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHistory"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwinningSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwinningSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Twinning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]}}]} as unknown as DocumentNode<PlaceTwinningsQuery, PlaceTwinningsQueryVariables>;
export const PledgeNeedDocument = {"__meta__":{"hash":"60c4f893123e3ae6faf15e091c7e37de190d5059fad9f0d864a4afe39a1fb044"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PledgeNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeNeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeNeedSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WriteError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountVnd"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<PledgeNeedMutation, PledgeNeedMutationVariables>;
export const RecordActivitiesDocument = {"__meta__":{"hash":"f1cff7d183a09b4ad6e48cb87209087e3d67c65b62a2e5172027d9afa238b2a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActivitiesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActivitiesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetail"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WriteError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSent"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contributionVnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<RecordActivitiesMutation, RecordActivitiesMutationVariables>;
export const RecordActivityDocument = {"__meta__":{"hash":"321a8b66797b4b8130a65ade21be4ba5a8e1ecbbbea37d86b595c27f3a5468a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActivitySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetail"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WriteError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"itemsValueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSent"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contributionVnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<RecordActivityMutation, RecordActivityMutationVariables>;
export const SearchAgenciesDocument = {"__meta__":{"hash":"c085dcaac5ba31a4b7e4455806dbb052f15d97737f6c9db9101b57b59c14d52a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencySummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"homeProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchAgenciesQuery, SearchAgenciesQueryVariables>;
export const SupportByCommuneDocument = {"__meta__":{"hash":"0bd29a0788e7ed2010767a28b9f6ecf86e760cb15597e6bc5e9875f93eaada75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportByCommune"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"VALUE_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportByCommuneQuery, SupportByCommuneQueryVariables>;
export const SupportSummaryDocument = {"__meta__":{"hash":"d33cf8fcf23fd479c3497c0e0b60a6d85522d3a2116feb2bc8ff654d298d0575"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSummaryOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportGroupSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportGroupSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueVnd"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCount"}},{"kind":"Field","name":{"kind":"Name","value":"placeCount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCount"}}]}}]} as unknown as DocumentNode<SupportSummaryQuery, SupportSummaryQueryVariables>;