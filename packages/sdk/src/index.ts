/** @twinning/sdk — a typed client for the Twinning Graph API. Browser-safe: nothing here imports Node built-ins. */
export { createTwinningClient, type TwinningClient } from './client.ts';
export type { DateInput } from './dates.ts';
export {
  type ChangeFeedErrorCode,
  ConfigurationError,
  ConflictError,
  DOMAIN_ERROR_TYPENAMES,
  DomainError,
  type DomainErrorCode,
  type DomainErrorTypename,
  domainErrorOf,
  type FieldIssue,
  ForbiddenError,
  type GraphQLErrorDetail,
  GraphQLRequestError,
  graphQLRequestErrorOf,
  isTwinningError,
  NetworkError,
  NotFoundError,
  type PayloadLike,
  QueryTooCostlyError,
  RateLimitedError,
  RetryAfterError,
  type ServerLimitCode,
  ServiceUnavailableError,
  TimeoutError,
  TwinningError,
  type TwinningErrorCode,
  unwrapPayload,
  ValidationError,
  type WebhookVerificationCode,
} from './errors.ts';
export { type DocumentType, graphql } from './generated/gql.ts';
export * from './generated/graphql.ts';
export type {
  AgenciesPage,
  AgencyHelpers,
  AgencyPortfolio,
  AgencyPortfolioArgs,
  SearchAgenciesArgs,
} from './helpers/agencies.ts';
export type {
  AnalyticsHelpers,
  CommuneScorecard,
  CommuneScorecardArgs,
  Freshness,
  Gap,
  GapsArgs,
  GapsPage,
  IndicatorSeries,
  IndicatorSeriesArgs,
  PlaceProgress,
  ProgressArgs,
  SupportGroup,
  SupportSummaryArgs,
  SupportSummaryFilter,
  SupportSummaryPage,
} from './helpers/analytics.ts';
export {
  type Change,
  ChangeFeedError,
  type ChangeFilter,
  type ChangeHelpers,
  type ChangesOptions,
  type ChangesPage,
  type ChangesPageArgs,
} from './helpers/changes.ts';
export type {
  FindPlacesArgs,
  PageArgs,
  PlaceActivitiesArgs,
  PlaceActivitiesPage,
  PlaceHelpers,
  PlaceScopeArgs,
  PlaceSupportersArgs,
  PlacesPage,
  PlaceTwinningsArgs,
  PlaceWithLineage,
  SupportersPage,
  TwinningsPage,
} from './helpers/places.ts';
export {
  type ActivityDraft,
  type ActivityItemDraft,
  type ActivityPartnerDraft,
  type AssignedTwinning,
  type AssignTwinningResult,
  type MoneyInput,
  type NeedDraft,
  newIdempotencyKey,
  type OpenedNeed,
  type OpenNeedResult,
  type PledgeDraft,
  type PledgedNeed,
  type PledgeNeedResult,
  type RecordActivitiesResult,
  type RecordActivityResult,
  type RecordedActivity,
  type TwinningDraft,
  type WriteHelpers,
  type WriteOptions,
  type WriteResultMeta,
} from './helpers/writes.ts';
export type {
  NoSubscriptionOptions,
  SseSubscriptionOptions,
  TwinningClientOptions,
  TwinningLogEvent,
  TwinningLogger,
  WebSocketConstructor,
  WsSubscriptionOptions,
} from './options.ts';
export { type ConnectionPage, collectAll, type FetchPage, type PaginateOptions, paginate } from './pagination.ts';
export { documentHash } from './persisted.ts';
export type { RequestFunction, SubscribeFunction, VariablesArgument } from './request.ts';
export {
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookEvent,
  type WebhookHeaders,
  WebhookVerificationError,
} from './webhooks.ts';
