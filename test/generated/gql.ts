/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AccessControlUpsertIndicatorObservation($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }": typeof types.AccessControlUpsertIndicatorObservationDocument,
    "query AccessControlChanges { changes(entityTypes: [IndicatorObservation]) { nodes { type entityType actor after } } }": typeof types.AccessControlChangesDocument,
    "mutation AccessControlUpsertIndicatorObservation2($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }": typeof types.AccessControlUpsertIndicatorObservation2Document,
    "query AccessControlChanges2 { changes { nodes { entityId } } }": typeof types.AccessControlChanges2Document,
    "mutation AccessControlUpsertIndicatorObservation3($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename\n          ... on UpsertIndicatorObservationSuccess { observation { id } } } }": typeof types.AccessControlUpsertIndicatorObservation3Document,
    "mutation AccessControlCreateDocument($input: CreateDocumentInput!) { createDocument(input: $input) { ... on CreateDocumentSuccess { document { id } } } }": typeof types.AccessControlCreateDocumentDocument,
    "query AccessControlChanges3($after: String, $first: Int) { changes(first: $first, after: $after) { nodes { entityId } pageInfo { hasNextPage endCursor } } }": typeof types.AccessControlChanges3Document,
    "query AccessControlChanges4($id: ID) { changes(entityId: $id) { nodes { entityId } } }": typeof types.AccessControlChanges4Document,
    "query AccessControlChanges5($id: ID) { changes(entityId: $id) { nodes { entityId } } }": typeof types.AccessControlChanges5Document,
    "query AnalyticsGaps($province: ID, $criterion: ID, $year: Int, $kind: [GapKind!], $first: Int, $after: String) {\n  gaps(provinceId: $province, criterionId: $criterion, year: $year, kind: $kind, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes { kind place { id name } year unmetCriterionCount unmetCriteria { id } unpledgedNeedCount unpledgedNeeds { id } }\n  }\n}": typeof types.AnalyticsGapsDocument,
    "query AnalyticsGapsPlace($code: String!) { place(code: $code, asOf: \"2024-01-01\") { id } }": typeof types.AnalyticsGapsPlaceDocument,
    "query AnalyticsIndicatorSeries($id: ID!, $code: String!, $from: Int, $to: Int, $history: Boolean) {\n  indicatorSeries(placeId: $id, indicatorCode: $code, fromYear: $from, toYear: $to, includeHistory: $history) {\n    place { name } indicator { id } observations { id } firstYear lastYear change averageYearlyChange\n  }\n}": typeof types.AnalyticsIndicatorSeriesDocument,
    "query AnalyticsIndicatorSeriesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": typeof types.AnalyticsIndicatorSeriesPlaceDocument,
    "query AnalyticsProgress($id: ID!, $from: Int!, $to: Int!, $level: AttainmentLevel, $top: Int) {\n  progress(placeId: $id, fromYear: $from, toYear: $to, criteriaLevel: $level, topCriteria: $top) {\n    place { name }\n    years { year communeCount\n      recognisedCommunes { level communeCount } newlyRecognisedCommunes { level communeCount }\n      criteriaMostOftenNotMet { criterion { id } rank communeCount }\n      ocopProductsByStars { stars productCount }\n      recognitions { id } reportedFigures { id } }\n  }\n}": typeof types.AnalyticsProgressDocument,
    "query AnalyticsProgressPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": typeof types.AnalyticsProgressPlaceDocument,
    "query AnalyticsScorecard($id: ID!, $year: Int!, $history: Boolean) {\n  communeScorecard(placeId: $id, year: $year, includeHistory: $history) {\n    commune { name } includesHistory predecessors { name code }\n    criteriaSet { id } recognisedLevel\n    levels { level met basicallyMet notMet notAssessed total\n      unmetCriteria { criterion { id } status contributingActivities { id } assignedAgencies { id } openNeeds { id } } }\n    assignedTwinnings { id } openNeeds { id }\n    supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount }\n    povertyTrend { observations { id } firstYear lastYear averageYearlyChange }\n  }\n}": typeof types.AnalyticsScorecardDocument,
    "query AnalyticsScorecardPlace { place(code: \"101\", asOf: \"2024-01-01\") { id } }": typeof types.AnalyticsScorecardPlaceDocument,
    "query AnalyticsScorecardPlace2($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": typeof types.AnalyticsScorecardPlace2Document,
    "query ApiKeysAdminApiKeys($prefix: String) { apiKeys(prefix: $prefix) { nodes { prefix secret } } }": typeof types.ApiKeysAdminApiKeysDocument,
    "query ApiKeysAdminChanges { changes(first: 1) { totalCount } }": typeof types.ApiKeysAdminChangesDocument,
    "query ApiKeysAdminApiKeys2 { apiKeys { totalCount } }": typeof types.ApiKeysAdminApiKeys2Document,
    "query ApiKeysAdminFreshness { freshness { sequence } }": typeof types.ApiKeysAdminFreshnessDocument,
    "query ExportSupportSummary($after: String) { supportSummary(groupBy: [COMMUNE], orderBy: KEY_ASC, first: 5, after: $after) {\n        nodes { commune { code name } valueVnd activityCount } pageInfo { hasNextPage endCursor } } }": typeof types.ExportSupportSummaryDocument,
    "query ExportPlaces { places(level: DISTRICT, asOf: \"2024-01-01\") { totalCount } }": typeof types.ExportPlacesDocument,
    "query ExportActivities { activities { totalCount nodes { title occurredOn valueVnd } } }": typeof types.ExportActivitiesDocument,
    "query ExportSupportSummary2 { supportSummary(groupBy: [YEAR], orderBy: KEY_ASC) { nodes { year valueVnd } } }": typeof types.ExportSupportSummary2Document,
    "query ExportTwinnings { twinnings(first: 1) { nodes { id } } }": typeof types.ExportTwinningsDocument,
    "query ExportPlaces2 { places(first: 1) { nodes { code } } }": typeof types.ExportPlaces2Document,
    "query GraphAgenciesActivitiesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": typeof types.GraphAgenciesActivitiesPlaceDocument,
    "query GraphAgenciesActivitiesDocuments { documents(search: \"2072\") { totalCount nodes { number issuedOn issuerPlace { name }\n          twinnings(first: 50) { totalCount nodes { relation startsOn endsOn place { name } agency { name nameEn }\n            lastDay: isActiveOn(date: \"2025-12-31\") after: isActiveOn(date: \"2026-01-01\") } } } } }": typeof types.GraphAgenciesActivitiesDocumentsDocument,
    "query GraphAgenciesActivitiesAgencies { agencies(search: \"so cong thuong\") { nodes { name homeProvince { name } } } }": typeof types.GraphAgenciesActivitiesAgenciesDocument,
    "query GraphAgenciesActivitiesAgencies2($province: ID) { agencies(search: \"SO CONG THUONG\", provinceId: $province) { totalCount nodes { name } } }": typeof types.GraphAgenciesActivitiesAgencies2Document,
    "query GraphAgenciesActivitiesActivities($place: ID) { activities(placeId: $place, first: 50) { totalCount nodes {\n          title category valueVnd itemsValueVnd items { description quantity unit valueVnd }\n          agency { name supportTotal { valueVnd activityCount } }\n          twinning { startsOn supportTotal { valueVnd activityCount } } } } }": typeof types.GraphAgenciesActivitiesActivitiesDocument,
    "query GraphAgenciesActivitiesActivities2($place: ID) {\n        activities(placeId: $place, category: [HEALTH], orderBy: OCCURRED_ON_ASC) { nodes { title valueVnd fundingSource } }\n        agencies(search: \"so cong thuong\", provinceId: null, kind: PROVINCIAL_DEPARTMENT, first: 10) {\n          nodes { period: supportTotal(from: \"2020-01-01\", to: \"2020-12-31\") { valueVnd activityCount }\n                  before: supportTotal(to: \"2019-12-31\") { valueVnd activityCount } } } }": typeof types.GraphAgenciesActivitiesActivities2Document,
    "query GraphAgenciesActivitiesActivities3($place: ID) {\n        down: activities(placeId: $place) { totalCount }\n        alone: activities(placeId: $place, includeDescendants: false) { totalCount }\n        twinnings(placeId: $place, activeOn: \"2023-06-01\", status: [ACTIVE]) { totalCount } }": typeof types.GraphAgenciesActivitiesActivities3Document,
    "query GraphAgenciesActivitiesAgencies3 { agencies(search: \"so cong thuong\", first: 1) { nodes { id } } }": typeof types.GraphAgenciesActivitiesAgencies3Document,
    "query GraphAgenciesActivitiesActivities4($id: ID) { activities(placeId: $id) { totalCount } }": typeof types.GraphAgenciesActivitiesActivities4Document,
    "query GraphAgenciesActivitiesAgencies4($id: ID) { agencies(provinceId: $id) { totalCount } }": typeof types.GraphAgenciesActivitiesAgencies4Document,
    "query GraphAgenciesActivitiesPage($n: Int) { twinnings(first: $n, orderBy: STARTS_ON_ASC) { nodes {\n        supportTotal { valueVnd } agency { name supportTotal { valueVnd activityCount } }\n        activities(first: 5) { nodes { itemsValueVnd items { valueVnd } } } } } }": typeof types.GraphAgenciesActivitiesPageDocument,
    "query GraphMeasuresPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": typeof types.GraphMeasuresPlaceDocument,
    "query GraphMeasuresCriteriaSets { criteriaSets(appliesTo: COMMUNE, programme: NEW_RURAL_DEVELOPMENT, validOn: \"2023-06-01\") { nodes {\n          code legalBasis { number } criterionCount criteria { number }\n          groups { number name criteria { number } }\n          criterion(number: 4) { nameVi name groupName } } } }": typeof types.GraphMeasuresCriteriaSetsDocument,
    "query GraphMeasuresCriteriaSet { criteriaSet(code: \"NTM-COMMUNE-2021-2025\") {\n          groups { name } criterion(number: 4) { name } plain: criterion(number: 19) { id } } }": typeof types.GraphMeasuresCriteriaSetDocument,
    "query GraphMeasuresAssessments($place: ID) { assessments(placeId: $place, year: 2023) { nodes { status criterion { number } values { value met } } } }": typeof types.GraphMeasuresAssessmentsDocument,
    "query GraphMeasuresIndicatorObservations($place: ID) { indicatorObservations(placeId: $place, year: 2023, indicatorCode: [\"POVERTY_RATE\", \"NEAR_POOR_RATE\"]) {\n          nodes { indicator { code lowerIsBetter } value year } } }": typeof types.GraphMeasuresIndicatorObservationsDocument,
    "query GraphMeasuresNeeds($place: ID) { needs(placeId: $place, status: [OPEN]) { totalCount nodes { title status pledgedVnd criterion { number } } } }": typeof types.GraphMeasuresNeedsDocument,
    "query GraphPlacesPlace { before: place(code: \"24\", asOf: \"2025-01-01\") { __typename name validTo }\n         after: place(code: \"24\", asOf: \"2025-08-01\") { __typename name validFrom } }": typeof types.GraphPlacesPlaceDocument,
    "query GraphPlacesPlaces { places(search: \"dong giang\", level: COMMUNE, asOf: \"2024-01-01\", first: 10) {\n          nodes { __typename name code\n            ... on Commune { district { name } province { name } }\n            current { name code parent { name } } } } }": typeof types.GraphPlacesPlacesDocument,
    "query GraphPlacesPlace2 { old: place(code: \"23074\", asOf: \"2024-01-01\") { successors { kind effectiveOn successor { name validFrom } } }\n         new: place(code: \"23074\", asOf: \"2025-08-01\") { predecessors { predecessor { name validTo } } } }": typeof types.GraphPlacesPlace2Document,
    "query GraphPlacesPlace3 { place(code: \"23074\", asOf: \"2025-08-01\") {\n          without: activities(first: 1) { totalCount }\n          with: activities(includeHistory: true, first: 100) { totalCount nodes { agency { name } } }\n          totalWith: supportTotal(includeHistory: true) { valueVnd activityCount }\n          old: supportTotal { valueVnd }\n        }\n        legacy: place(code: \"23074\", asOf: \"2024-01-01\") { supportTotal { valueVnd activityCount } } }": typeof types.GraphPlacesPlace3Document,
    "query GraphPlacesPlaces2 { before: places(level: PROVINCE, asOf: \"2025-06-30\") { totalCount }\n         after: places(level: PROVINCE, asOf: \"2025-07-01\") { totalCount }\n         dienBien: places(level: PROVINCE, search: \"dien bien\", asOf: \"2024-01-01\") {\n           nodes { name ... on Province { districts(first: 20) { nodes { name communes { totalCount } } } } } } }": typeof types.GraphPlacesPlaces2Document,
    "query GraphPlacesPlace4 { place(code: \"584\", asOf: \"2024-01-01\") { id name } }": typeof types.GraphPlacesPlace4Document,
    "query GraphPlacesNode($id: ID!) { node(id: $id) { __typename ... on Place { name } } }": typeof types.GraphPlacesNodeDocument,
    "query GraphPlacesToday($asOf: Date, $includeHistory: Boolean) {\n      places(search: \"điện biên\", level: PROVINCE, asOf: $asOf, includeHistory: $includeHistory) {\n        totalCount nodes { name validFrom validTo }\n      }\n    }": typeof types.GraphPlacesTodayDocument,
    "query GraphPlacesPlace5 { place(code: \"101\", asOf: \"2024-01-01\") { id } }": typeof types.GraphPlacesPlace5Document,
    "query GraphPlacesPlaces3($parent: ID!) { places(parentId: $parent, level: COMMUNE) { totalCount } }": typeof types.GraphPlacesPlaces3Document,
    "query GraphPlacesPlaces4 { places(first: 5000) { nodes { name } pageInfo { hasNextPage } } }": typeof types.GraphPlacesPlaces4Document,
    "mutation InputStrictnessCreateDocument($input: CreateDocumentInput!) {\n  createDocument(input: $input) {\n    __typename\n    ... on ValidationError { issues { path message } }\n    ... on CreateDocumentSuccess { document { title note } }\n  }\n}": typeof types.InputStrictnessCreateDocumentDocument,
    "query MutationSelectionPlace { place(code: \"23074\", asOf: \"2024-01-01\") { id } agencies(search: \"so cong thuong binh thuan\", first: 1) { nodes { id } } }": typeof types.MutationSelectionPlaceDocument,
    "mutation MutationSelectionRecordActivity($input: ActivityInput!) { recordActivity(input: $input) { __typename } }": typeof types.MutationSelectionRecordActivityDocument,
    "mutation MutationSelectionCreateAgency { createAgency(input: { name: \"Hội Nông dân tỉnh Bình Thuận\", kind: MASS_ORGANISATION }) { __typename } }": typeof types.MutationSelectionCreateAgencyDocument,
    "mutation MutationSelectionRecordActivity2($input: ActivityInput!, $key: String) { recordActivity(input: $input, idempotencyKey: $key) { __typename ... on ValidationError { issues { path } } } }": typeof types.MutationSelectionRecordActivity2Document,
    "query MutationsActivitiesPlace { dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id }\n       dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } } }": typeof types.MutationsActivitiesPlaceDocument,
    "query MutationsActivitiesTwinnings($dongGiang: ID, $dienBienDong: ID) {\n       dongGiang: twinnings(placeId: $dongGiang) { nodes { id agency { id } } }\n       dienBien: twinnings(placeId: $dienBienDong, first: 20) { nodes { id agency { id name } } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { electricity: criterion(number: 4) { id } schools: criterion(number: 5) { id } }\n       needs(placeId: $dienBienDong, status: [OPEN]) { nodes { id title } } }": typeof types.MutationsActivitiesTwinningsDocument,
    "query MutationsActivitiesChanges($id: ID) { changes(entityId: $id) { nodes { type entityId action actor occurredAt before after } } }": typeof types.MutationsActivitiesChangesDocument,
    "query MutationsActivitiesChanges2 { changes { nodes { action } } }": typeof types.MutationsActivitiesChanges2Document,
    "query MutationsActivitiesActivities($place: ID) { activities(placeId: $place, category: [HEALTH], first: 50) { nodes { title valueVnd } } }": typeof types.MutationsActivitiesActivitiesDocument,
    "query MutationsPlacesPlaces2 { places(search: \"ta my\", level: VILLAGE) { nodes { fullName } } }": typeof types.MutationsPlacesPlaces2Document,
    "query MutationsPlacesPlaces($parent: ID!) { hidden: places(parentId: $parent, level: VILLAGE) { nodes { id } }\n         shown: places(parentId: $parent, level: VILLAGE, includeArchived: true) { nodes { id } } }": typeof types.MutationsPlacesPlacesDocument,
    "query MutationsPlacesNode($id: ID!) { node(id: $id) { ... on Place {\n      supportTotal(includeHistory: true) { valueVnd activityCount }\n      withoutHistory: supportTotal { valueVnd activityCount }\n      activities(includeHistory: true) { totalCount } } } }": typeof types.MutationsPlacesNodeDocument,
    "query MutationsPlacesPlace { y2024: place(code: \"23074\", asOf: \"2024-06-01\") { id ... on Commune { province { name } } }\n         y2025: place(code: \"23074\", asOf: \"2025-10-01\") { id }\n         now: place(code: \"23074\") { id } }": typeof types.MutationsPlacesPlaceDocument,
    "query MutationsReferenceDocuments { documents(search: \"1234/qd\") { nodes { number } } }": typeof types.MutationsReferenceDocumentsDocument,
    "query MutationsTwinningsNeedsPlace { dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } }\n       dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id parent { parent { id } } }\n       dongGiangToday: place(code: \"23074\", asOf: \"2025-08-01\") { id }\n       documents(search: \"2072\") { nodes { id } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { cultural: criterion(number: 6) { id } }\n       dienBien: twinnings(placeId: null, documentId: null, first: 50) { nodes { id agency { id name } } }\n       binhThuan: twinnings(first: 50, relation: [TWINNING]) { nodes { id agency { id } } }\n       needs(status: [OPEN], first: 50) { nodes { id title } } }": typeof types.MutationsTwinningsNeedsPlaceDocument,
    "query NPlusOneThreeLevels($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      name\n      ... on Province {\n        districts(first: 100) {\n          nodes {\n            name\n            communes(first: 100) {\n              totalCount\n              nodes {\n                name code extremelyDisadvantaged\n                twinnings(first: 10) { nodes { startsOn agency { name kind } document { number } } }\n                successors { kind successor { name } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.NPlusOneThreeLevelsDocument,
    "query NPlusOneProvinceTotals($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      id\n      supportTotal { valueVnd activityCount }\n      withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount }\n    }\n  }\n}": typeof types.NPlusOneProvinceTotalsDocument,
    "query NPlusOneNode($id: ID!) { node(id: $id) { ... on Place {\n          supportTotal { valueVnd activityCount }\n          withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount } } } }": typeof types.NPlusOneNodeDocument,
    "query NPlusOneProvinceTree { place(code: \"40\", asOf: \"2024-01-01\") { name code ... on Province {\n  districts(first: 100) { nodes { name code communes(first: 100) { nodes { name code } } } } } } }": typeof types.NPlusOneProvinceTreeDocument,
    "query NPlusOneParentChain { place(code: \"23074\", asOf: \"2024-01-01\") { name code parent { name code parent { name code } } } }": typeof types.NPlusOneParentChainDocument,
    "query NPlusOneLatestActivities($first: Int!) {\n  activities(first: $first) { nodes { title occurredOn valueVnd agency { name } place { name } } }\n}": typeof types.NPlusOneLatestActivitiesDocument,
    "query NPlusOneProgressYears($id: ID!, $from: Int!, $to: Int!) {\n  progress(placeId: $id, fromYear: $from, toYear: $to) {\n    years {\n      year\n      recognitions { id level year }\n      reportedFigures { id metric year }\n    }\n  }\n}": typeof types.NPlusOneProgressYearsDocument,
    "query NPlusOnePlace { place(code: \"42\", asOf: \"2024-01-01\") { id } }": typeof types.NPlusOnePlaceDocument,
    "query NodeLookupNode($id: ID!) { node(id: $id) { id } }": typeof types.NodeLookupNodeDocument,
};
const documents: Documents = {
    "mutation AccessControlUpsertIndicatorObservation($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }": types.AccessControlUpsertIndicatorObservationDocument,
    "query AccessControlChanges { changes(entityTypes: [IndicatorObservation]) { nodes { type entityType actor after } } }": types.AccessControlChangesDocument,
    "mutation AccessControlUpsertIndicatorObservation2($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }": types.AccessControlUpsertIndicatorObservation2Document,
    "query AccessControlChanges2 { changes { nodes { entityId } } }": types.AccessControlChanges2Document,
    "mutation AccessControlUpsertIndicatorObservation3($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename\n          ... on UpsertIndicatorObservationSuccess { observation { id } } } }": types.AccessControlUpsertIndicatorObservation3Document,
    "mutation AccessControlCreateDocument($input: CreateDocumentInput!) { createDocument(input: $input) { ... on CreateDocumentSuccess { document { id } } } }": types.AccessControlCreateDocumentDocument,
    "query AccessControlChanges3($after: String, $first: Int) { changes(first: $first, after: $after) { nodes { entityId } pageInfo { hasNextPage endCursor } } }": types.AccessControlChanges3Document,
    "query AccessControlChanges4($id: ID) { changes(entityId: $id) { nodes { entityId } } }": types.AccessControlChanges4Document,
    "query AccessControlChanges5($id: ID) { changes(entityId: $id) { nodes { entityId } } }": types.AccessControlChanges5Document,
    "query AnalyticsGaps($province: ID, $criterion: ID, $year: Int, $kind: [GapKind!], $first: Int, $after: String) {\n  gaps(provinceId: $province, criterionId: $criterion, year: $year, kind: $kind, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes { kind place { id name } year unmetCriterionCount unmetCriteria { id } unpledgedNeedCount unpledgedNeeds { id } }\n  }\n}": types.AnalyticsGapsDocument,
    "query AnalyticsGapsPlace($code: String!) { place(code: $code, asOf: \"2024-01-01\") { id } }": types.AnalyticsGapsPlaceDocument,
    "query AnalyticsIndicatorSeries($id: ID!, $code: String!, $from: Int, $to: Int, $history: Boolean) {\n  indicatorSeries(placeId: $id, indicatorCode: $code, fromYear: $from, toYear: $to, includeHistory: $history) {\n    place { name } indicator { id } observations { id } firstYear lastYear change averageYearlyChange\n  }\n}": types.AnalyticsIndicatorSeriesDocument,
    "query AnalyticsIndicatorSeriesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": types.AnalyticsIndicatorSeriesPlaceDocument,
    "query AnalyticsProgress($id: ID!, $from: Int!, $to: Int!, $level: AttainmentLevel, $top: Int) {\n  progress(placeId: $id, fromYear: $from, toYear: $to, criteriaLevel: $level, topCriteria: $top) {\n    place { name }\n    years { year communeCount\n      recognisedCommunes { level communeCount } newlyRecognisedCommunes { level communeCount }\n      criteriaMostOftenNotMet { criterion { id } rank communeCount }\n      ocopProductsByStars { stars productCount }\n      recognitions { id } reportedFigures { id } }\n  }\n}": types.AnalyticsProgressDocument,
    "query AnalyticsProgressPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": types.AnalyticsProgressPlaceDocument,
    "query AnalyticsScorecard($id: ID!, $year: Int!, $history: Boolean) {\n  communeScorecard(placeId: $id, year: $year, includeHistory: $history) {\n    commune { name } includesHistory predecessors { name code }\n    criteriaSet { id } recognisedLevel\n    levels { level met basicallyMet notMet notAssessed total\n      unmetCriteria { criterion { id } status contributingActivities { id } assignedAgencies { id } openNeeds { id } } }\n    assignedTwinnings { id } openNeeds { id }\n    supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount }\n    povertyTrend { observations { id } firstYear lastYear averageYearlyChange }\n  }\n}": types.AnalyticsScorecardDocument,
    "query AnalyticsScorecardPlace { place(code: \"101\", asOf: \"2024-01-01\") { id } }": types.AnalyticsScorecardPlaceDocument,
    "query AnalyticsScorecardPlace2($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": types.AnalyticsScorecardPlace2Document,
    "query ApiKeysAdminApiKeys($prefix: String) { apiKeys(prefix: $prefix) { nodes { prefix secret } } }": types.ApiKeysAdminApiKeysDocument,
    "query ApiKeysAdminChanges { changes(first: 1) { totalCount } }": types.ApiKeysAdminChangesDocument,
    "query ApiKeysAdminApiKeys2 { apiKeys { totalCount } }": types.ApiKeysAdminApiKeys2Document,
    "query ApiKeysAdminFreshness { freshness { sequence } }": types.ApiKeysAdminFreshnessDocument,
    "query ExportSupportSummary($after: String) { supportSummary(groupBy: [COMMUNE], orderBy: KEY_ASC, first: 5, after: $after) {\n        nodes { commune { code name } valueVnd activityCount } pageInfo { hasNextPage endCursor } } }": types.ExportSupportSummaryDocument,
    "query ExportPlaces { places(level: DISTRICT, asOf: \"2024-01-01\") { totalCount } }": types.ExportPlacesDocument,
    "query ExportActivities { activities { totalCount nodes { title occurredOn valueVnd } } }": types.ExportActivitiesDocument,
    "query ExportSupportSummary2 { supportSummary(groupBy: [YEAR], orderBy: KEY_ASC) { nodes { year valueVnd } } }": types.ExportSupportSummary2Document,
    "query ExportTwinnings { twinnings(first: 1) { nodes { id } } }": types.ExportTwinningsDocument,
    "query ExportPlaces2 { places(first: 1) { nodes { code } } }": types.ExportPlaces2Document,
    "query GraphAgenciesActivitiesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": types.GraphAgenciesActivitiesPlaceDocument,
    "query GraphAgenciesActivitiesDocuments { documents(search: \"2072\") { totalCount nodes { number issuedOn issuerPlace { name }\n          twinnings(first: 50) { totalCount nodes { relation startsOn endsOn place { name } agency { name nameEn }\n            lastDay: isActiveOn(date: \"2025-12-31\") after: isActiveOn(date: \"2026-01-01\") } } } } }": types.GraphAgenciesActivitiesDocumentsDocument,
    "query GraphAgenciesActivitiesAgencies { agencies(search: \"so cong thuong\") { nodes { name homeProvince { name } } } }": types.GraphAgenciesActivitiesAgenciesDocument,
    "query GraphAgenciesActivitiesAgencies2($province: ID) { agencies(search: \"SO CONG THUONG\", provinceId: $province) { totalCount nodes { name } } }": types.GraphAgenciesActivitiesAgencies2Document,
    "query GraphAgenciesActivitiesActivities($place: ID) { activities(placeId: $place, first: 50) { totalCount nodes {\n          title category valueVnd itemsValueVnd items { description quantity unit valueVnd }\n          agency { name supportTotal { valueVnd activityCount } }\n          twinning { startsOn supportTotal { valueVnd activityCount } } } } }": types.GraphAgenciesActivitiesActivitiesDocument,
    "query GraphAgenciesActivitiesActivities2($place: ID) {\n        activities(placeId: $place, category: [HEALTH], orderBy: OCCURRED_ON_ASC) { nodes { title valueVnd fundingSource } }\n        agencies(search: \"so cong thuong\", provinceId: null, kind: PROVINCIAL_DEPARTMENT, first: 10) {\n          nodes { period: supportTotal(from: \"2020-01-01\", to: \"2020-12-31\") { valueVnd activityCount }\n                  before: supportTotal(to: \"2019-12-31\") { valueVnd activityCount } } } }": types.GraphAgenciesActivitiesActivities2Document,
    "query GraphAgenciesActivitiesActivities3($place: ID) {\n        down: activities(placeId: $place) { totalCount }\n        alone: activities(placeId: $place, includeDescendants: false) { totalCount }\n        twinnings(placeId: $place, activeOn: \"2023-06-01\", status: [ACTIVE]) { totalCount } }": types.GraphAgenciesActivitiesActivities3Document,
    "query GraphAgenciesActivitiesAgencies3 { agencies(search: \"so cong thuong\", first: 1) { nodes { id } } }": types.GraphAgenciesActivitiesAgencies3Document,
    "query GraphAgenciesActivitiesActivities4($id: ID) { activities(placeId: $id) { totalCount } }": types.GraphAgenciesActivitiesActivities4Document,
    "query GraphAgenciesActivitiesAgencies4($id: ID) { agencies(provinceId: $id) { totalCount } }": types.GraphAgenciesActivitiesAgencies4Document,
    "query GraphAgenciesActivitiesPage($n: Int) { twinnings(first: $n, orderBy: STARTS_ON_ASC) { nodes {\n        supportTotal { valueVnd } agency { name supportTotal { valueVnd activityCount } }\n        activities(first: 5) { nodes { itemsValueVnd items { valueVnd } } } } } }": types.GraphAgenciesActivitiesPageDocument,
    "query GraphMeasuresPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }": types.GraphMeasuresPlaceDocument,
    "query GraphMeasuresCriteriaSets { criteriaSets(appliesTo: COMMUNE, programme: NEW_RURAL_DEVELOPMENT, validOn: \"2023-06-01\") { nodes {\n          code legalBasis { number } criterionCount criteria { number }\n          groups { number name criteria { number } }\n          criterion(number: 4) { nameVi name groupName } } } }": types.GraphMeasuresCriteriaSetsDocument,
    "query GraphMeasuresCriteriaSet { criteriaSet(code: \"NTM-COMMUNE-2021-2025\") {\n          groups { name } criterion(number: 4) { name } plain: criterion(number: 19) { id } } }": types.GraphMeasuresCriteriaSetDocument,
    "query GraphMeasuresAssessments($place: ID) { assessments(placeId: $place, year: 2023) { nodes { status criterion { number } values { value met } } } }": types.GraphMeasuresAssessmentsDocument,
    "query GraphMeasuresIndicatorObservations($place: ID) { indicatorObservations(placeId: $place, year: 2023, indicatorCode: [\"POVERTY_RATE\", \"NEAR_POOR_RATE\"]) {\n          nodes { indicator { code lowerIsBetter } value year } } }": types.GraphMeasuresIndicatorObservationsDocument,
    "query GraphMeasuresNeeds($place: ID) { needs(placeId: $place, status: [OPEN]) { totalCount nodes { title status pledgedVnd criterion { number } } } }": types.GraphMeasuresNeedsDocument,
    "query GraphPlacesPlace { before: place(code: \"24\", asOf: \"2025-01-01\") { __typename name validTo }\n         after: place(code: \"24\", asOf: \"2025-08-01\") { __typename name validFrom } }": types.GraphPlacesPlaceDocument,
    "query GraphPlacesPlaces { places(search: \"dong giang\", level: COMMUNE, asOf: \"2024-01-01\", first: 10) {\n          nodes { __typename name code\n            ... on Commune { district { name } province { name } }\n            current { name code parent { name } } } } }": types.GraphPlacesPlacesDocument,
    "query GraphPlacesPlace2 { old: place(code: \"23074\", asOf: \"2024-01-01\") { successors { kind effectiveOn successor { name validFrom } } }\n         new: place(code: \"23074\", asOf: \"2025-08-01\") { predecessors { predecessor { name validTo } } } }": types.GraphPlacesPlace2Document,
    "query GraphPlacesPlace3 { place(code: \"23074\", asOf: \"2025-08-01\") {\n          without: activities(first: 1) { totalCount }\n          with: activities(includeHistory: true, first: 100) { totalCount nodes { agency { name } } }\n          totalWith: supportTotal(includeHistory: true) { valueVnd activityCount }\n          old: supportTotal { valueVnd }\n        }\n        legacy: place(code: \"23074\", asOf: \"2024-01-01\") { supportTotal { valueVnd activityCount } } }": types.GraphPlacesPlace3Document,
    "query GraphPlacesPlaces2 { before: places(level: PROVINCE, asOf: \"2025-06-30\") { totalCount }\n         after: places(level: PROVINCE, asOf: \"2025-07-01\") { totalCount }\n         dienBien: places(level: PROVINCE, search: \"dien bien\", asOf: \"2024-01-01\") {\n           nodes { name ... on Province { districts(first: 20) { nodes { name communes { totalCount } } } } } } }": types.GraphPlacesPlaces2Document,
    "query GraphPlacesPlace4 { place(code: \"584\", asOf: \"2024-01-01\") { id name } }": types.GraphPlacesPlace4Document,
    "query GraphPlacesNode($id: ID!) { node(id: $id) { __typename ... on Place { name } } }": types.GraphPlacesNodeDocument,
    "query GraphPlacesToday($asOf: Date, $includeHistory: Boolean) {\n      places(search: \"điện biên\", level: PROVINCE, asOf: $asOf, includeHistory: $includeHistory) {\n        totalCount nodes { name validFrom validTo }\n      }\n    }": types.GraphPlacesTodayDocument,
    "query GraphPlacesPlace5 { place(code: \"101\", asOf: \"2024-01-01\") { id } }": types.GraphPlacesPlace5Document,
    "query GraphPlacesPlaces3($parent: ID!) { places(parentId: $parent, level: COMMUNE) { totalCount } }": types.GraphPlacesPlaces3Document,
    "query GraphPlacesPlaces4 { places(first: 5000) { nodes { name } pageInfo { hasNextPage } } }": types.GraphPlacesPlaces4Document,
    "mutation InputStrictnessCreateDocument($input: CreateDocumentInput!) {\n  createDocument(input: $input) {\n    __typename\n    ... on ValidationError { issues { path message } }\n    ... on CreateDocumentSuccess { document { title note } }\n  }\n}": types.InputStrictnessCreateDocumentDocument,
    "query MutationSelectionPlace { place(code: \"23074\", asOf: \"2024-01-01\") { id } agencies(search: \"so cong thuong binh thuan\", first: 1) { nodes { id } } }": types.MutationSelectionPlaceDocument,
    "mutation MutationSelectionRecordActivity($input: ActivityInput!) { recordActivity(input: $input) { __typename } }": types.MutationSelectionRecordActivityDocument,
    "mutation MutationSelectionCreateAgency { createAgency(input: { name: \"Hội Nông dân tỉnh Bình Thuận\", kind: MASS_ORGANISATION }) { __typename } }": types.MutationSelectionCreateAgencyDocument,
    "mutation MutationSelectionRecordActivity2($input: ActivityInput!, $key: String) { recordActivity(input: $input, idempotencyKey: $key) { __typename ... on ValidationError { issues { path } } } }": types.MutationSelectionRecordActivity2Document,
    "query MutationsActivitiesPlace { dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id }\n       dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } } }": types.MutationsActivitiesPlaceDocument,
    "query MutationsActivitiesTwinnings($dongGiang: ID, $dienBienDong: ID) {\n       dongGiang: twinnings(placeId: $dongGiang) { nodes { id agency { id } } }\n       dienBien: twinnings(placeId: $dienBienDong, first: 20) { nodes { id agency { id name } } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { electricity: criterion(number: 4) { id } schools: criterion(number: 5) { id } }\n       needs(placeId: $dienBienDong, status: [OPEN]) { nodes { id title } } }": types.MutationsActivitiesTwinningsDocument,
    "query MutationsActivitiesChanges($id: ID) { changes(entityId: $id) { nodes { type entityId action actor occurredAt before after } } }": types.MutationsActivitiesChangesDocument,
    "query MutationsActivitiesChanges2 { changes { nodes { action } } }": types.MutationsActivitiesChanges2Document,
    "query MutationsActivitiesActivities($place: ID) { activities(placeId: $place, category: [HEALTH], first: 50) { nodes { title valueVnd } } }": types.MutationsActivitiesActivitiesDocument,
    "query MutationsPlacesPlaces2 { places(search: \"ta my\", level: VILLAGE) { nodes { fullName } } }": types.MutationsPlacesPlaces2Document,
    "query MutationsPlacesPlaces($parent: ID!) { hidden: places(parentId: $parent, level: VILLAGE) { nodes { id } }\n         shown: places(parentId: $parent, level: VILLAGE, includeArchived: true) { nodes { id } } }": types.MutationsPlacesPlacesDocument,
    "query MutationsPlacesNode($id: ID!) { node(id: $id) { ... on Place {\n      supportTotal(includeHistory: true) { valueVnd activityCount }\n      withoutHistory: supportTotal { valueVnd activityCount }\n      activities(includeHistory: true) { totalCount } } } }": types.MutationsPlacesNodeDocument,
    "query MutationsPlacesPlace { y2024: place(code: \"23074\", asOf: \"2024-06-01\") { id ... on Commune { province { name } } }\n         y2025: place(code: \"23074\", asOf: \"2025-10-01\") { id }\n         now: place(code: \"23074\") { id } }": types.MutationsPlacesPlaceDocument,
    "query MutationsReferenceDocuments { documents(search: \"1234/qd\") { nodes { number } } }": types.MutationsReferenceDocumentsDocument,
    "query MutationsTwinningsNeedsPlace { dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } }\n       dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id parent { parent { id } } }\n       dongGiangToday: place(code: \"23074\", asOf: \"2025-08-01\") { id }\n       documents(search: \"2072\") { nodes { id } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { cultural: criterion(number: 6) { id } }\n       dienBien: twinnings(placeId: null, documentId: null, first: 50) { nodes { id agency { id name } } }\n       binhThuan: twinnings(first: 50, relation: [TWINNING]) { nodes { id agency { id } } }\n       needs(status: [OPEN], first: 50) { nodes { id title } } }": types.MutationsTwinningsNeedsPlaceDocument,
    "query NPlusOneThreeLevels($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      name\n      ... on Province {\n        districts(first: 100) {\n          nodes {\n            name\n            communes(first: 100) {\n              totalCount\n              nodes {\n                name code extremelyDisadvantaged\n                twinnings(first: 10) { nodes { startsOn agency { name kind } document { number } } }\n                successors { kind successor { name } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.NPlusOneThreeLevelsDocument,
    "query NPlusOneProvinceTotals($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      id\n      supportTotal { valueVnd activityCount }\n      withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount }\n    }\n  }\n}": types.NPlusOneProvinceTotalsDocument,
    "query NPlusOneNode($id: ID!) { node(id: $id) { ... on Place {\n          supportTotal { valueVnd activityCount }\n          withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount } } } }": types.NPlusOneNodeDocument,
    "query NPlusOneProvinceTree { place(code: \"40\", asOf: \"2024-01-01\") { name code ... on Province {\n  districts(first: 100) { nodes { name code communes(first: 100) { nodes { name code } } } } } } }": types.NPlusOneProvinceTreeDocument,
    "query NPlusOneParentChain { place(code: \"23074\", asOf: \"2024-01-01\") { name code parent { name code parent { name code } } } }": types.NPlusOneParentChainDocument,
    "query NPlusOneLatestActivities($first: Int!) {\n  activities(first: $first) { nodes { title occurredOn valueVnd agency { name } place { name } } }\n}": types.NPlusOneLatestActivitiesDocument,
    "query NPlusOneProgressYears($id: ID!, $from: Int!, $to: Int!) {\n  progress(placeId: $id, fromYear: $from, toYear: $to) {\n    years {\n      year\n      recognitions { id level year }\n      reportedFigures { id metric year }\n    }\n  }\n}": types.NPlusOneProgressYearsDocument,
    "query NPlusOnePlace { place(code: \"42\", asOf: \"2024-01-01\") { id } }": types.NPlusOnePlaceDocument,
    "query NodeLookupNode($id: ID!) { node(id: $id) { id } }": types.NodeLookupNodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessControlUpsertIndicatorObservation($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }"): (typeof documents)["mutation AccessControlUpsertIndicatorObservation($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessControlChanges { changes(entityTypes: [IndicatorObservation]) { nodes { type entityType actor after } } }"): (typeof documents)["query AccessControlChanges { changes(entityTypes: [IndicatorObservation]) { nodes { type entityType actor after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessControlUpsertIndicatorObservation2($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }"): (typeof documents)["mutation AccessControlUpsertIndicatorObservation2($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessControlChanges2 { changes { nodes { entityId } } }"): (typeof documents)["query AccessControlChanges2 { changes { nodes { entityId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessControlUpsertIndicatorObservation3($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename\n          ... on UpsertIndicatorObservationSuccess { observation { id } } } }"): (typeof documents)["mutation AccessControlUpsertIndicatorObservation3($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename\n          ... on UpsertIndicatorObservationSuccess { observation { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessControlCreateDocument($input: CreateDocumentInput!) { createDocument(input: $input) { ... on CreateDocumentSuccess { document { id } } } }"): (typeof documents)["mutation AccessControlCreateDocument($input: CreateDocumentInput!) { createDocument(input: $input) { ... on CreateDocumentSuccess { document { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessControlChanges3($after: String, $first: Int) { changes(first: $first, after: $after) { nodes { entityId } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AccessControlChanges3($after: String, $first: Int) { changes(first: $first, after: $after) { nodes { entityId } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessControlChanges4($id: ID) { changes(entityId: $id) { nodes { entityId } } }"): (typeof documents)["query AccessControlChanges4($id: ID) { changes(entityId: $id) { nodes { entityId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessControlChanges5($id: ID) { changes(entityId: $id) { nodes { entityId } } }"): (typeof documents)["query AccessControlChanges5($id: ID) { changes(entityId: $id) { nodes { entityId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsGaps($province: ID, $criterion: ID, $year: Int, $kind: [GapKind!], $first: Int, $after: String) {\n  gaps(provinceId: $province, criterionId: $criterion, year: $year, kind: $kind, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes { kind place { id name } year unmetCriterionCount unmetCriteria { id } unpledgedNeedCount unpledgedNeeds { id } }\n  }\n}"): (typeof documents)["query AnalyticsGaps($province: ID, $criterion: ID, $year: Int, $kind: [GapKind!], $first: Int, $after: String) {\n  gaps(provinceId: $province, criterionId: $criterion, year: $year, kind: $kind, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes { kind place { id name } year unmetCriterionCount unmetCriteria { id } unpledgedNeedCount unpledgedNeeds { id } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsGapsPlace($code: String!) { place(code: $code, asOf: \"2024-01-01\") { id } }"): (typeof documents)["query AnalyticsGapsPlace($code: String!) { place(code: $code, asOf: \"2024-01-01\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsIndicatorSeries($id: ID!, $code: String!, $from: Int, $to: Int, $history: Boolean) {\n  indicatorSeries(placeId: $id, indicatorCode: $code, fromYear: $from, toYear: $to, includeHistory: $history) {\n    place { name } indicator { id } observations { id } firstYear lastYear change averageYearlyChange\n  }\n}"): (typeof documents)["query AnalyticsIndicatorSeries($id: ID!, $code: String!, $from: Int, $to: Int, $history: Boolean) {\n  indicatorSeries(placeId: $id, indicatorCode: $code, fromYear: $from, toYear: $to, includeHistory: $history) {\n    place { name } indicator { id } observations { id } firstYear lastYear change averageYearlyChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsIndicatorSeriesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"): (typeof documents)["query AnalyticsIndicatorSeriesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsProgress($id: ID!, $from: Int!, $to: Int!, $level: AttainmentLevel, $top: Int) {\n  progress(placeId: $id, fromYear: $from, toYear: $to, criteriaLevel: $level, topCriteria: $top) {\n    place { name }\n    years { year communeCount\n      recognisedCommunes { level communeCount } newlyRecognisedCommunes { level communeCount }\n      criteriaMostOftenNotMet { criterion { id } rank communeCount }\n      ocopProductsByStars { stars productCount }\n      recognitions { id } reportedFigures { id } }\n  }\n}"): (typeof documents)["query AnalyticsProgress($id: ID!, $from: Int!, $to: Int!, $level: AttainmentLevel, $top: Int) {\n  progress(placeId: $id, fromYear: $from, toYear: $to, criteriaLevel: $level, topCriteria: $top) {\n    place { name }\n    years { year communeCount\n      recognisedCommunes { level communeCount } newlyRecognisedCommunes { level communeCount }\n      criteriaMostOftenNotMet { criterion { id } rank communeCount }\n      ocopProductsByStars { stars productCount }\n      recognitions { id } reportedFigures { id } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsProgressPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"): (typeof documents)["query AnalyticsProgressPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsScorecard($id: ID!, $year: Int!, $history: Boolean) {\n  communeScorecard(placeId: $id, year: $year, includeHistory: $history) {\n    commune { name } includesHistory predecessors { name code }\n    criteriaSet { id } recognisedLevel\n    levels { level met basicallyMet notMet notAssessed total\n      unmetCriteria { criterion { id } status contributingActivities { id } assignedAgencies { id } openNeeds { id } } }\n    assignedTwinnings { id } openNeeds { id }\n    supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount }\n    povertyTrend { observations { id } firstYear lastYear averageYearlyChange }\n  }\n}"): (typeof documents)["query AnalyticsScorecard($id: ID!, $year: Int!, $history: Boolean) {\n  communeScorecard(placeId: $id, year: $year, includeHistory: $history) {\n    commune { name } includesHistory predecessors { name code }\n    criteriaSet { id } recognisedLevel\n    levels { level met basicallyMet notMet notAssessed total\n      unmetCriteria { criterion { id } status contributingActivities { id } assignedAgencies { id } openNeeds { id } } }\n    assignedTwinnings { id } openNeeds { id }\n    supportInYear { valueVnd activityCount } supportAllTime { valueVnd activityCount }\n    povertyTrend { observations { id } firstYear lastYear averageYearlyChange }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsScorecardPlace { place(code: \"101\", asOf: \"2024-01-01\") { id } }"): (typeof documents)["query AnalyticsScorecardPlace { place(code: \"101\", asOf: \"2024-01-01\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsScorecardPlace2($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"): (typeof documents)["query AnalyticsScorecardPlace2($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeysAdminApiKeys($prefix: String) { apiKeys(prefix: $prefix) { nodes { prefix secret } } }"): (typeof documents)["query ApiKeysAdminApiKeys($prefix: String) { apiKeys(prefix: $prefix) { nodes { prefix secret } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeysAdminChanges { changes(first: 1) { totalCount } }"): (typeof documents)["query ApiKeysAdminChanges { changes(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeysAdminApiKeys2 { apiKeys { totalCount } }"): (typeof documents)["query ApiKeysAdminApiKeys2 { apiKeys { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeysAdminFreshness { freshness { sequence } }"): (typeof documents)["query ApiKeysAdminFreshness { freshness { sequence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportSupportSummary($after: String) { supportSummary(groupBy: [COMMUNE], orderBy: KEY_ASC, first: 5, after: $after) {\n        nodes { commune { code name } valueVnd activityCount } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query ExportSupportSummary($after: String) { supportSummary(groupBy: [COMMUNE], orderBy: KEY_ASC, first: 5, after: $after) {\n        nodes { commune { code name } valueVnd activityCount } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportPlaces { places(level: DISTRICT, asOf: \"2024-01-01\") { totalCount } }"): (typeof documents)["query ExportPlaces { places(level: DISTRICT, asOf: \"2024-01-01\") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportActivities { activities { totalCount nodes { title occurredOn valueVnd } } }"): (typeof documents)["query ExportActivities { activities { totalCount nodes { title occurredOn valueVnd } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportSupportSummary2 { supportSummary(groupBy: [YEAR], orderBy: KEY_ASC) { nodes { year valueVnd } } }"): (typeof documents)["query ExportSupportSummary2 { supportSummary(groupBy: [YEAR], orderBy: KEY_ASC) { nodes { year valueVnd } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportTwinnings { twinnings(first: 1) { nodes { id } } }"): (typeof documents)["query ExportTwinnings { twinnings(first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportPlaces2 { places(first: 1) { nodes { code } } }"): (typeof documents)["query ExportPlaces2 { places(first: 1) { nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"): (typeof documents)["query GraphAgenciesActivitiesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesDocuments { documents(search: \"2072\") { totalCount nodes { number issuedOn issuerPlace { name }\n          twinnings(first: 50) { totalCount nodes { relation startsOn endsOn place { name } agency { name nameEn }\n            lastDay: isActiveOn(date: \"2025-12-31\") after: isActiveOn(date: \"2026-01-01\") } } } } }"): (typeof documents)["query GraphAgenciesActivitiesDocuments { documents(search: \"2072\") { totalCount nodes { number issuedOn issuerPlace { name }\n          twinnings(first: 50) { totalCount nodes { relation startsOn endsOn place { name } agency { name nameEn }\n            lastDay: isActiveOn(date: \"2025-12-31\") after: isActiveOn(date: \"2026-01-01\") } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesAgencies { agencies(search: \"so cong thuong\") { nodes { name homeProvince { name } } } }"): (typeof documents)["query GraphAgenciesActivitiesAgencies { agencies(search: \"so cong thuong\") { nodes { name homeProvince { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesAgencies2($province: ID) { agencies(search: \"SO CONG THUONG\", provinceId: $province) { totalCount nodes { name } } }"): (typeof documents)["query GraphAgenciesActivitiesAgencies2($province: ID) { agencies(search: \"SO CONG THUONG\", provinceId: $province) { totalCount nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesActivities($place: ID) { activities(placeId: $place, first: 50) { totalCount nodes {\n          title category valueVnd itemsValueVnd items { description quantity unit valueVnd }\n          agency { name supportTotal { valueVnd activityCount } }\n          twinning { startsOn supportTotal { valueVnd activityCount } } } } }"): (typeof documents)["query GraphAgenciesActivitiesActivities($place: ID) { activities(placeId: $place, first: 50) { totalCount nodes {\n          title category valueVnd itemsValueVnd items { description quantity unit valueVnd }\n          agency { name supportTotal { valueVnd activityCount } }\n          twinning { startsOn supportTotal { valueVnd activityCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesActivities2($place: ID) {\n        activities(placeId: $place, category: [HEALTH], orderBy: OCCURRED_ON_ASC) { nodes { title valueVnd fundingSource } }\n        agencies(search: \"so cong thuong\", provinceId: null, kind: PROVINCIAL_DEPARTMENT, first: 10) {\n          nodes { period: supportTotal(from: \"2020-01-01\", to: \"2020-12-31\") { valueVnd activityCount }\n                  before: supportTotal(to: \"2019-12-31\") { valueVnd activityCount } } } }"): (typeof documents)["query GraphAgenciesActivitiesActivities2($place: ID) {\n        activities(placeId: $place, category: [HEALTH], orderBy: OCCURRED_ON_ASC) { nodes { title valueVnd fundingSource } }\n        agencies(search: \"so cong thuong\", provinceId: null, kind: PROVINCIAL_DEPARTMENT, first: 10) {\n          nodes { period: supportTotal(from: \"2020-01-01\", to: \"2020-12-31\") { valueVnd activityCount }\n                  before: supportTotal(to: \"2019-12-31\") { valueVnd activityCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesActivities3($place: ID) {\n        down: activities(placeId: $place) { totalCount }\n        alone: activities(placeId: $place, includeDescendants: false) { totalCount }\n        twinnings(placeId: $place, activeOn: \"2023-06-01\", status: [ACTIVE]) { totalCount } }"): (typeof documents)["query GraphAgenciesActivitiesActivities3($place: ID) {\n        down: activities(placeId: $place) { totalCount }\n        alone: activities(placeId: $place, includeDescendants: false) { totalCount }\n        twinnings(placeId: $place, activeOn: \"2023-06-01\", status: [ACTIVE]) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesAgencies3 { agencies(search: \"so cong thuong\", first: 1) { nodes { id } } }"): (typeof documents)["query GraphAgenciesActivitiesAgencies3 { agencies(search: \"so cong thuong\", first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesActivities4($id: ID) { activities(placeId: $id) { totalCount } }"): (typeof documents)["query GraphAgenciesActivitiesActivities4($id: ID) { activities(placeId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesAgencies4($id: ID) { agencies(provinceId: $id) { totalCount } }"): (typeof documents)["query GraphAgenciesActivitiesAgencies4($id: ID) { agencies(provinceId: $id) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAgenciesActivitiesPage($n: Int) { twinnings(first: $n, orderBy: STARTS_ON_ASC) { nodes {\n        supportTotal { valueVnd } agency { name supportTotal { valueVnd activityCount } }\n        activities(first: 5) { nodes { itemsValueVnd items { valueVnd } } } } } }"): (typeof documents)["query GraphAgenciesActivitiesPage($n: Int) { twinnings(first: $n, orderBy: STARTS_ON_ASC) { nodes {\n        supportTotal { valueVnd } agency { name supportTotal { valueVnd activityCount } }\n        activities(first: 5) { nodes { itemsValueVnd items { valueVnd } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphMeasuresPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"): (typeof documents)["query GraphMeasuresPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphMeasuresCriteriaSets { criteriaSets(appliesTo: COMMUNE, programme: NEW_RURAL_DEVELOPMENT, validOn: \"2023-06-01\") { nodes {\n          code legalBasis { number } criterionCount criteria { number }\n          groups { number name criteria { number } }\n          criterion(number: 4) { nameVi name groupName } } } }"): (typeof documents)["query GraphMeasuresCriteriaSets { criteriaSets(appliesTo: COMMUNE, programme: NEW_RURAL_DEVELOPMENT, validOn: \"2023-06-01\") { nodes {\n          code legalBasis { number } criterionCount criteria { number }\n          groups { number name criteria { number } }\n          criterion(number: 4) { nameVi name groupName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphMeasuresCriteriaSet { criteriaSet(code: \"NTM-COMMUNE-2021-2025\") {\n          groups { name } criterion(number: 4) { name } plain: criterion(number: 19) { id } } }"): (typeof documents)["query GraphMeasuresCriteriaSet { criteriaSet(code: \"NTM-COMMUNE-2021-2025\") {\n          groups { name } criterion(number: 4) { name } plain: criterion(number: 19) { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphMeasuresAssessments($place: ID) { assessments(placeId: $place, year: 2023) { nodes { status criterion { number } values { value met } } } }"): (typeof documents)["query GraphMeasuresAssessments($place: ID) { assessments(placeId: $place, year: 2023) { nodes { status criterion { number } values { value met } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphMeasuresIndicatorObservations($place: ID) { indicatorObservations(placeId: $place, year: 2023, indicatorCode: [\"POVERTY_RATE\", \"NEAR_POOR_RATE\"]) {\n          nodes { indicator { code lowerIsBetter } value year } } }"): (typeof documents)["query GraphMeasuresIndicatorObservations($place: ID) { indicatorObservations(placeId: $place, year: 2023, indicatorCode: [\"POVERTY_RATE\", \"NEAR_POOR_RATE\"]) {\n          nodes { indicator { code lowerIsBetter } value year } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphMeasuresNeeds($place: ID) { needs(placeId: $place, status: [OPEN]) { totalCount nodes { title status pledgedVnd criterion { number } } } }"): (typeof documents)["query GraphMeasuresNeeds($place: ID) { needs(placeId: $place, status: [OPEN]) { totalCount nodes { title status pledgedVnd criterion { number } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlace { before: place(code: \"24\", asOf: \"2025-01-01\") { __typename name validTo }\n         after: place(code: \"24\", asOf: \"2025-08-01\") { __typename name validFrom } }"): (typeof documents)["query GraphPlacesPlace { before: place(code: \"24\", asOf: \"2025-01-01\") { __typename name validTo }\n         after: place(code: \"24\", asOf: \"2025-08-01\") { __typename name validFrom } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlaces { places(search: \"dong giang\", level: COMMUNE, asOf: \"2024-01-01\", first: 10) {\n          nodes { __typename name code\n            ... on Commune { district { name } province { name } }\n            current { name code parent { name } } } } }"): (typeof documents)["query GraphPlacesPlaces { places(search: \"dong giang\", level: COMMUNE, asOf: \"2024-01-01\", first: 10) {\n          nodes { __typename name code\n            ... on Commune { district { name } province { name } }\n            current { name code parent { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlace2 { old: place(code: \"23074\", asOf: \"2024-01-01\") { successors { kind effectiveOn successor { name validFrom } } }\n         new: place(code: \"23074\", asOf: \"2025-08-01\") { predecessors { predecessor { name validTo } } } }"): (typeof documents)["query GraphPlacesPlace2 { old: place(code: \"23074\", asOf: \"2024-01-01\") { successors { kind effectiveOn successor { name validFrom } } }\n         new: place(code: \"23074\", asOf: \"2025-08-01\") { predecessors { predecessor { name validTo } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlace3 { place(code: \"23074\", asOf: \"2025-08-01\") {\n          without: activities(first: 1) { totalCount }\n          with: activities(includeHistory: true, first: 100) { totalCount nodes { agency { name } } }\n          totalWith: supportTotal(includeHistory: true) { valueVnd activityCount }\n          old: supportTotal { valueVnd }\n        }\n        legacy: place(code: \"23074\", asOf: \"2024-01-01\") { supportTotal { valueVnd activityCount } } }"): (typeof documents)["query GraphPlacesPlace3 { place(code: \"23074\", asOf: \"2025-08-01\") {\n          without: activities(first: 1) { totalCount }\n          with: activities(includeHistory: true, first: 100) { totalCount nodes { agency { name } } }\n          totalWith: supportTotal(includeHistory: true) { valueVnd activityCount }\n          old: supportTotal { valueVnd }\n        }\n        legacy: place(code: \"23074\", asOf: \"2024-01-01\") { supportTotal { valueVnd activityCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlaces2 { before: places(level: PROVINCE, asOf: \"2025-06-30\") { totalCount }\n         after: places(level: PROVINCE, asOf: \"2025-07-01\") { totalCount }\n         dienBien: places(level: PROVINCE, search: \"dien bien\", asOf: \"2024-01-01\") {\n           nodes { name ... on Province { districts(first: 20) { nodes { name communes { totalCount } } } } } } }"): (typeof documents)["query GraphPlacesPlaces2 { before: places(level: PROVINCE, asOf: \"2025-06-30\") { totalCount }\n         after: places(level: PROVINCE, asOf: \"2025-07-01\") { totalCount }\n         dienBien: places(level: PROVINCE, search: \"dien bien\", asOf: \"2024-01-01\") {\n           nodes { name ... on Province { districts(first: 20) { nodes { name communes { totalCount } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlace4 { place(code: \"584\", asOf: \"2024-01-01\") { id name } }"): (typeof documents)["query GraphPlacesPlace4 { place(code: \"584\", asOf: \"2024-01-01\") { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesNode($id: ID!) { node(id: $id) { __typename ... on Place { name } } }"): (typeof documents)["query GraphPlacesNode($id: ID!) { node(id: $id) { __typename ... on Place { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesToday($asOf: Date, $includeHistory: Boolean) {\n      places(search: \"điện biên\", level: PROVINCE, asOf: $asOf, includeHistory: $includeHistory) {\n        totalCount nodes { name validFrom validTo }\n      }\n    }"): (typeof documents)["query GraphPlacesToday($asOf: Date, $includeHistory: Boolean) {\n      places(search: \"điện biên\", level: PROVINCE, asOf: $asOf, includeHistory: $includeHistory) {\n        totalCount nodes { name validFrom validTo }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlace5 { place(code: \"101\", asOf: \"2024-01-01\") { id } }"): (typeof documents)["query GraphPlacesPlace5 { place(code: \"101\", asOf: \"2024-01-01\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlaces3($parent: ID!) { places(parentId: $parent, level: COMMUNE) { totalCount } }"): (typeof documents)["query GraphPlacesPlaces3($parent: ID!) { places(parentId: $parent, level: COMMUNE) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlacesPlaces4 { places(first: 5000) { nodes { name } pageInfo { hasNextPage } } }"): (typeof documents)["query GraphPlacesPlaces4 { places(first: 5000) { nodes { name } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputStrictnessCreateDocument($input: CreateDocumentInput!) {\n  createDocument(input: $input) {\n    __typename\n    ... on ValidationError { issues { path message } }\n    ... on CreateDocumentSuccess { document { title note } }\n  }\n}"): (typeof documents)["mutation InputStrictnessCreateDocument($input: CreateDocumentInput!) {\n  createDocument(input: $input) {\n    __typename\n    ... on ValidationError { issues { path message } }\n    ... on CreateDocumentSuccess { document { title note } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationSelectionPlace { place(code: \"23074\", asOf: \"2024-01-01\") { id } agencies(search: \"so cong thuong binh thuan\", first: 1) { nodes { id } } }"): (typeof documents)["query MutationSelectionPlace { place(code: \"23074\", asOf: \"2024-01-01\") { id } agencies(search: \"so cong thuong binh thuan\", first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationSelectionRecordActivity($input: ActivityInput!) { recordActivity(input: $input) { __typename } }"): (typeof documents)["mutation MutationSelectionRecordActivity($input: ActivityInput!) { recordActivity(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationSelectionCreateAgency { createAgency(input: { name: \"Hội Nông dân tỉnh Bình Thuận\", kind: MASS_ORGANISATION }) { __typename } }"): (typeof documents)["mutation MutationSelectionCreateAgency { createAgency(input: { name: \"Hội Nông dân tỉnh Bình Thuận\", kind: MASS_ORGANISATION }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationSelectionRecordActivity2($input: ActivityInput!, $key: String) { recordActivity(input: $input, idempotencyKey: $key) { __typename ... on ValidationError { issues { path } } } }"): (typeof documents)["mutation MutationSelectionRecordActivity2($input: ActivityInput!, $key: String) { recordActivity(input: $input, idempotencyKey: $key) { __typename ... on ValidationError { issues { path } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsActivitiesPlace { dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id }\n       dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } } }"): (typeof documents)["query MutationsActivitiesPlace { dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id }\n       dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsActivitiesTwinnings($dongGiang: ID, $dienBienDong: ID) {\n       dongGiang: twinnings(placeId: $dongGiang) { nodes { id agency { id } } }\n       dienBien: twinnings(placeId: $dienBienDong, first: 20) { nodes { id agency { id name } } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { electricity: criterion(number: 4) { id } schools: criterion(number: 5) { id } }\n       needs(placeId: $dienBienDong, status: [OPEN]) { nodes { id title } } }"): (typeof documents)["query MutationsActivitiesTwinnings($dongGiang: ID, $dienBienDong: ID) {\n       dongGiang: twinnings(placeId: $dongGiang) { nodes { id agency { id } } }\n       dienBien: twinnings(placeId: $dienBienDong, first: 20) { nodes { id agency { id name } } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { electricity: criterion(number: 4) { id } schools: criterion(number: 5) { id } }\n       needs(placeId: $dienBienDong, status: [OPEN]) { nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsActivitiesChanges($id: ID) { changes(entityId: $id) { nodes { type entityId action actor occurredAt before after } } }"): (typeof documents)["query MutationsActivitiesChanges($id: ID) { changes(entityId: $id) { nodes { type entityId action actor occurredAt before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsActivitiesChanges2 { changes { nodes { action } } }"): (typeof documents)["query MutationsActivitiesChanges2 { changes { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsActivitiesActivities($place: ID) { activities(placeId: $place, category: [HEALTH], first: 50) { nodes { title valueVnd } } }"): (typeof documents)["query MutationsActivitiesActivities($place: ID) { activities(placeId: $place, category: [HEALTH], first: 50) { nodes { title valueVnd } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsPlacesPlaces2 { places(search: \"ta my\", level: VILLAGE) { nodes { fullName } } }"): (typeof documents)["query MutationsPlacesPlaces2 { places(search: \"ta my\", level: VILLAGE) { nodes { fullName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsPlacesPlaces($parent: ID!) { hidden: places(parentId: $parent, level: VILLAGE) { nodes { id } }\n         shown: places(parentId: $parent, level: VILLAGE, includeArchived: true) { nodes { id } } }"): (typeof documents)["query MutationsPlacesPlaces($parent: ID!) { hidden: places(parentId: $parent, level: VILLAGE) { nodes { id } }\n         shown: places(parentId: $parent, level: VILLAGE, includeArchived: true) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsPlacesNode($id: ID!) { node(id: $id) { ... on Place {\n      supportTotal(includeHistory: true) { valueVnd activityCount }\n      withoutHistory: supportTotal { valueVnd activityCount }\n      activities(includeHistory: true) { totalCount } } } }"): (typeof documents)["query MutationsPlacesNode($id: ID!) { node(id: $id) { ... on Place {\n      supportTotal(includeHistory: true) { valueVnd activityCount }\n      withoutHistory: supportTotal { valueVnd activityCount }\n      activities(includeHistory: true) { totalCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsPlacesPlace { y2024: place(code: \"23074\", asOf: \"2024-06-01\") { id ... on Commune { province { name } } }\n         y2025: place(code: \"23074\", asOf: \"2025-10-01\") { id }\n         now: place(code: \"23074\") { id } }"): (typeof documents)["query MutationsPlacesPlace { y2024: place(code: \"23074\", asOf: \"2024-06-01\") { id ... on Commune { province { name } } }\n         y2025: place(code: \"23074\", asOf: \"2025-10-01\") { id }\n         now: place(code: \"23074\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsReferenceDocuments { documents(search: \"1234/qd\") { nodes { number } } }"): (typeof documents)["query MutationsReferenceDocuments { documents(search: \"1234/qd\") { nodes { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsTwinningsNeedsPlace { dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } }\n       dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id parent { parent { id } } }\n       dongGiangToday: place(code: \"23074\", asOf: \"2025-08-01\") { id }\n       documents(search: \"2072\") { nodes { id } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { cultural: criterion(number: 6) { id } }\n       dienBien: twinnings(placeId: null, documentId: null, first: 50) { nodes { id agency { id name } } }\n       binhThuan: twinnings(first: 50, relation: [TWINNING]) { nodes { id agency { id } } }\n       needs(status: [OPEN], first: 50) { nodes { id title } } }"): (typeof documents)["query MutationsTwinningsNeedsPlace { dienBienDong: place(code: \"101\", asOf: \"2024-01-01\") { id parent { id } }\n       dongGiang: place(code: \"23074\", asOf: \"2024-01-01\") { id parent { parent { id } } }\n       dongGiangToday: place(code: \"23074\", asOf: \"2025-08-01\") { id }\n       documents(search: \"2072\") { nodes { id } }\n       set: criteriaSet(code: \"NTM-COMMUNE-2021-2025\") { cultural: criterion(number: 6) { id } }\n       dienBien: twinnings(placeId: null, documentId: null, first: 50) { nodes { id agency { id name } } }\n       binhThuan: twinnings(first: 50, relation: [TWINNING]) { nodes { id agency { id } } }\n       needs(status: [OPEN], first: 50) { nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneThreeLevels($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      name\n      ... on Province {\n        districts(first: 100) {\n          nodes {\n            name\n            communes(first: 100) {\n              totalCount\n              nodes {\n                name code extremelyDisadvantaged\n                twinnings(first: 10) { nodes { startsOn agency { name kind } document { number } } }\n                successors { kind successor { name } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query NPlusOneThreeLevels($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      name\n      ... on Province {\n        districts(first: 100) {\n          nodes {\n            name\n            communes(first: 100) {\n              totalCount\n              nodes {\n                name code extremelyDisadvantaged\n                twinnings(first: 10) { nodes { startsOn agency { name kind } document { number } } }\n                successors { kind successor { name } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneProvinceTotals($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      id\n      supportTotal { valueVnd activityCount }\n      withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount }\n    }\n  }\n}"): (typeof documents)["query NPlusOneProvinceTotals($provinces: Int!) {\n  places(level: PROVINCE, asOf: \"2024-01-01\", orderBy: CODE, first: $provinces) {\n    nodes {\n      id\n      supportTotal { valueVnd activityCount }\n      withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneNode($id: ID!) { node(id: $id) { ... on Place {\n          supportTotal { valueVnd activityCount }\n          withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount } } } }"): (typeof documents)["query NPlusOneNode($id: ID!) { node(id: $id) { ... on Place {\n          supportTotal { valueVnd activityCount }\n          withHistory: supportTotal(includeHistory: true, from: \"2020-01-01\") { valueVnd activityCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneProvinceTree { place(code: \"40\", asOf: \"2024-01-01\") { name code ... on Province {\n  districts(first: 100) { nodes { name code communes(first: 100) { nodes { name code } } } } } } }"): (typeof documents)["query NPlusOneProvinceTree { place(code: \"40\", asOf: \"2024-01-01\") { name code ... on Province {\n  districts(first: 100) { nodes { name code communes(first: 100) { nodes { name code } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneParentChain { place(code: \"23074\", asOf: \"2024-01-01\") { name code parent { name code parent { name code } } } }"): (typeof documents)["query NPlusOneParentChain { place(code: \"23074\", asOf: \"2024-01-01\") { name code parent { name code parent { name code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneLatestActivities($first: Int!) {\n  activities(first: $first) { nodes { title occurredOn valueVnd agency { name } place { name } } }\n}"): (typeof documents)["query NPlusOneLatestActivities($first: Int!) {\n  activities(first: $first) { nodes { title occurredOn valueVnd agency { name } place { name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneProgressYears($id: ID!, $from: Int!, $to: Int!) {\n  progress(placeId: $id, fromYear: $from, toYear: $to) {\n    years {\n      year\n      recognitions { id level year }\n      reportedFigures { id metric year }\n    }\n  }\n}"): (typeof documents)["query NPlusOneProgressYears($id: ID!, $from: Int!, $to: Int!) {\n  progress(placeId: $id, fromYear: $from, toYear: $to) {\n    years {\n      year\n      recognitions { id level year }\n      reportedFigures { id metric year }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOnePlace { place(code: \"42\", asOf: \"2024-01-01\") { id } }"): (typeof documents)["query NPlusOnePlace { place(code: \"42\", asOf: \"2024-01-01\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeLookupNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query NodeLookupNode($id: ID!) { node(id: $id) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;