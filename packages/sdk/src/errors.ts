/**
 * Every failure the SDK reports is a `TwinningError` with a `code`, so callers write one `catch`
 * and branch on `error.code` (or `instanceof`) instead of parsing messages.
 */
export type TwinningErrorCode =
  | 'INVALID_OPTIONS'
  | 'INVALID_ARGUMENT'
  | 'NETWORK'
  | 'GRAPHQL'
  | 'UNAUTHENTICATED'
  | 'PERSISTED_DOCUMENT_NOT_FOUND'
  | ServerLimitCode
  | ChangeFeedErrorCode
  | WebhookVerificationCode
  | DomainErrorCode;

/**
 * The server's limits and availability, each with its own class: `RateLimitedError`,
 * `TimeoutError`, `ServiceUnavailableError`, `QueryTooCostlyError`.
 */
export type ServerLimitCode = 'RATE_LIMITED' | 'TIMEOUT' | 'SERVICE_UNAVAILABLE' | 'QUERY_TOO_COSTLY';

/** Why a change-feed position cannot be resumed from (see `ChangeFeedError`). */
export type ChangeFeedErrorCode = 'CURSOR_UNKNOWN' | 'CURSOR_EXPIRED';

/** Why a webhook delivery was refused by `verifyWebhook`. */
export type WebhookVerificationCode =
  | 'WEBHOOK_SIGNATURE_MISSING'
  | 'WEBHOOK_SIGNATURE_INVALID'
  | 'WEBHOOK_TIMESTAMP_OUT_OF_RANGE'
  | 'WEBHOOK_PAYLOAD_INVALID';

/** The codes of the errors a mutation payload union can carry (the server's `Error` types). */
export type DomainErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

/**
 * The SDK's error classes carry their type under a registry-wide symbol, so `instanceof` and
 * `isTwinningError` recognise an error thrown by another copy of the SDK — the ESM and the CommonJS
 * build loaded side by side (the dual-package hazard), or two installed versions. A subclass
 * declares its own `static override readonly [ERROR_TYPE] = 'ItsName'` to join in.
 */
export const ERROR_TYPE = Symbol.for('@twinning/sdk/error-type');

/** True for any error the SDK throws, from whichever copy of the SDK threw it. Branch on `error.code` next. */
export function isTwinningError(value: unknown): value is TwinningError {
  return errorTypesOf(value).includes('TwinningError');
}

function errorTypesOf(value: unknown): string[] {
  const types: string[] = [];
  if (typeof value !== 'object' || value === null) return types;
  for (let prototype = Object.getPrototypeOf(value); prototype; prototype = Object.getPrototypeOf(prototype)) {
    const owner = (prototype as { constructor?: unknown }).constructor;
    if (typeof owner === 'function' && Object.hasOwn(owner, ERROR_TYPE)) {
      types.push(String((owner as unknown as Record<symbol, unknown>)[ERROR_TYPE]));
    }
  }
  return types;
}

/** Our classes compare by type name; a caller's own subclass without one, as JavaScript does. */
function isInstanceOf(type: abstract new (...args: never[]) => unknown, value: unknown): boolean {
  if (!Object.hasOwn(type, ERROR_TYPE)) return Function.prototype[Symbol.hasInstance].call(type, value);
  return errorTypesOf(value).includes(String((type as unknown as Record<symbol, unknown>)[ERROR_TYPE]));
}

export class TwinningError extends Error {
  static readonly [ERROR_TYPE]: string = 'TwinningError';
  /** `instanceof` by type name: true for an instance of this class from any copy of the SDK. */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` asks about, a subclass included.
    return isInstanceOf(this, value);
  }
  override name = 'TwinningError';
  /**
   * Set on an error from a write helper: the idempotency key the write was sent with. After a
   * `NetworkError` the write may or may not have happened; sending it again with this key is safe
   * (the server answers with the first result and writes nothing twice).
   */
  declare readonly idempotencyKey?: string;
  constructor(
    readonly code: TwinningErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `createTwinningClient` or a helper was given something it cannot use; the message says what to pass. */
export class ConfigurationError extends TwinningError {
  static override readonly [ERROR_TYPE]: string = 'ConfigurationError';
  override name = 'ConfigurationError';
  constructor(message: string, code: 'INVALID_OPTIONS' | 'INVALID_ARGUMENT' = 'INVALID_OPTIONS') {
    super(code, message);
  }
}

/** The request did not get a GraphQL answer: connection refused, timeout, or an HTTP status without a GraphQL body. */
export class NetworkError extends TwinningError {
  static override readonly [ERROR_TYPE]: string = 'NetworkError';
  override name = 'NetworkError';
  constructor(
    message: string,
    /** HTTP status when the server answered at all. */
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super('NETWORK', message, options);
  }

  /** Worth trying again: nothing answered, or the server said it is overloaded or briefly unavailable. */
  get retryable(): boolean {
    return this.status === undefined || RETRYABLE_STATUSES.has(this.status);
  }
}

const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);

/** One error from a GraphQL response's `errors` list. */
export interface GraphQLErrorDetail {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Readonly<Record<string, unknown>>;
}

/** The server answered with GraphQL errors (a bad document, a bad API key, a failing resolver). */
export class GraphQLRequestError extends TwinningError {
  static override readonly [ERROR_TYPE]: string = 'GraphQLRequestError';
  override name = 'GraphQLRequestError';
  constructor(
    readonly errors: readonly GraphQLErrorDetail[],
    readonly status: number | undefined,
    code: 'GRAPHQL' | 'UNAUTHENTICATED' | 'PERSISTED_DOCUMENT_NOT_FOUND' | ServerLimitCode = codeOfErrors(errors),
  ) {
    super(code, errors.map((error) => error.message).join('; ') || 'The GraphQL request failed.');
  }

  /** Worth sending again unchanged (after `retryAfterSeconds` where the error has one). */
  get retryable(): boolean {
    return false;
  }
}

/** An error the server answers with a time to wait: send the request again after `retryAfterSeconds`. */
export abstract class RetryAfterError extends GraphQLRequestError {
  constructor(
    errors: readonly GraphQLErrorDetail[],
    status: number | undefined,
    code: ServerLimitCode,
    /** From the `Retry-After` header, else the error's `extensions.retryAfterSeconds`. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(errors, status, code);
  }

  override get retryable(): boolean {
    return true;
  }
}

/**
 * Too many requests from this key or address (HTTP 429). Nothing ran, so any request, a write
 * included, can be sent again once `retryAfterSeconds` have passed.
 */
export class RateLimitedError extends RetryAfterError {
  static override readonly [ERROR_TYPE]: string = 'RateLimitedError';
  override name = 'RateLimitedError';
  constructor(
    errors: readonly GraphQLErrorDetail[],
    status: number | undefined,
    retryAfterSeconds: number | undefined,
  ) {
    super(errors, status, 'RATE_LIMITED', retryAfterSeconds);
  }
}

/**
 * The server cannot answer for now (its database is unreachable): HTTP 503 or the code
 * SERVICE_UNAVAILABLE. Retry after `retryAfterSeconds`; a write only with its idempotency key.
 */
export class ServiceUnavailableError extends RetryAfterError {
  static override readonly [ERROR_TYPE]: string = 'ServiceUnavailableError';
  override name = 'ServiceUnavailableError';
  constructor(
    errors: readonly GraphQLErrorDetail[],
    status: number | undefined,
    retryAfterSeconds: number | undefined,
  ) {
    super(errors, status, 'SERVICE_UNAVAILABLE', retryAfterSeconds);
  }
}

/**
 * The query ran longer than the server allows (REQUEST_TIMEOUT_MS) and was stopped. The same
 * query would most likely time out again: ask for less (smaller pages, a narrower place or period).
 */
export class TimeoutError extends GraphQLRequestError {
  static override readonly [ERROR_TYPE]: string = 'TimeoutError';
  override name = 'TimeoutError';
  constructor(errors: readonly GraphQLErrorDetail[], status: number | undefined) {
    super(errors, status, 'TIMEOUT');
  }
}

/**
 * The query may cost more than the server's MAX_QUERY_COST and was refused before it ran: ask
 * for smaller pages (`first`), fewer totals, or split it. `cost` and `limit` are the server's figures.
 */
export class QueryTooCostlyError extends GraphQLRequestError {
  static override readonly [ERROR_TYPE]: string = 'QueryTooCostlyError';
  override name = 'QueryTooCostlyError';
  constructor(
    errors: readonly GraphQLErrorDetail[],
    status: number | undefined,
    /** The points the query may cost (`extensions.cost.requested`). */
    readonly cost: number | undefined,
    /** The server's limit (`extensions.cost.limit`). */
    readonly limit: number | undefined,
  ) {
    super(errors, status, 'QUERY_TOO_COSTLY');
  }
}

/**
 * The error class for a response's GraphQL errors: a typed one when an error carries one of the
 * server's limit codes, else `GraphQLRequestError`. `retryAfterHeader` is the response's `Retry-After`.
 */
export function graphQLRequestErrorOf(
  errors: readonly GraphQLErrorDetail[],
  status: number | undefined,
  retryAfterHeader?: string | null,
): GraphQLRequestError {
  const limited = errors.find((error) => SERVER_LIMIT_CODES.has(String(error.extensions?.code)));
  const extensions = limited?.extensions ?? {};
  const retryAfter = () => secondsOf(retryAfterHeader) ?? secondsOf(extensions.retryAfterSeconds);
  switch (extensions.code) {
    case 'RATE_LIMITED':
      return new RateLimitedError(errors, status, retryAfter());
    case 'SERVICE_UNAVAILABLE':
      return new ServiceUnavailableError(errors, status, retryAfter());
    case 'TIMEOUT':
      return new TimeoutError(errors, status);
    case 'QUERY_TOO_COSTLY': {
      const cost = extensions.cost as { requested?: unknown; limit?: unknown } | undefined;
      return new QueryTooCostlyError(errors, status, secondsOf(cost?.requested), secondsOf(cost?.limit));
    }
    default:
      return new GraphQLRequestError(errors, status);
  }
}

const SERVER_LIMIT_CODES: ReadonlySet<string> = new Set<ServerLimitCode>([
  'RATE_LIMITED',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'QUERY_TOO_COSTLY',
]);

/** A non-negative number from a header or an extension, else undefined. */
function secondsOf(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

function codeOfErrors(
  errors: readonly GraphQLErrorDetail[],
): 'GRAPHQL' | 'UNAUTHENTICATED' | 'PERSISTED_DOCUMENT_NOT_FOUND' {
  const codes = new Set(errors.map((error) => error.extensions?.code));
  if (codes.has('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  // graphql-yoga's persisted-operations plugin: the hash is not in the server's manifest.
  if (codes.has('PERSISTED_QUERY_NOT_IN_LIST') || errors.some((error) => error.message === 'PersistedQueryNotFound')) {
    return 'PERSISTED_DOCUMENT_NOT_FOUND';
  }
  return 'GRAPHQL';
}

/**
 * An error the server returned as a value in a mutation payload union (`ValidationError`,
 * `NotFoundError`, `ForbiddenError`, `ConflictError`): the request worked, the write was refused,
 * and nothing was written.
 */
export class DomainError extends TwinningError {
  static override readonly [ERROR_TYPE]: string = 'DomainError';
  override name = 'DomainError';
  constructor(
    code: DomainErrorCode,
    /** The payload's `__typename`, e.g. "ValidationError". */
    readonly typename: string,
    message: string,
  ) {
    super(code, message);
  }
}

/** One invalid input field: where it is in the input, and what is wrong with it. */
export interface FieldIssue {
  path: readonly string[];
  message: string;
}

export class ValidationError extends DomainError {
  static override readonly [ERROR_TYPE]: string = 'ValidationError';
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super('VALIDATION', 'ValidationError', message);
  }
}

export class NotFoundError extends DomainError {
  static override readonly [ERROR_TYPE]: string = 'NotFoundError';
  override name = 'NotFoundError';
  constructor(
    message: string,
    readonly entity: string | undefined,
    readonly reference: string | undefined,
  ) {
    super('NOT_FOUND', 'NotFoundError', message);
  }
}

export class ForbiddenError extends DomainError {
  static override readonly [ERROR_TYPE]: string = 'ForbiddenError';
  override name = 'ForbiddenError';
  constructor(message: string) {
    super('FORBIDDEN', 'ForbiddenError', message);
  }
}

export class ConflictError extends DomainError {
  static override readonly [ERROR_TYPE]: string = 'ConflictError';
  override name = 'ConflictError';
  constructor(message: string) {
    super('CONFLICT', 'ConflictError', message);
  }
}

/** Any member of a payload union: the server always lets us ask for `__typename`. */
export interface PayloadLike {
  __typename?: string;
}

/** The typenames `unwrapPayload` turns into thrown `DomainError`s. */
export const DOMAIN_ERROR_TYPENAMES = ['ValidationError', 'NotFoundError', 'ForbiddenError', 'ConflictError'] as const;
export type DomainErrorTypename = (typeof DOMAIN_ERROR_TYPENAMES)[number];

/**
 * Returns the success member of a mutation payload union, or throws the matching `DomainError`.
 * Write helpers call it on every payload, so their callers see either a result or an exception,
 * never an error disguised as data. Select `__typename`, `message` and (for validation) `issues`
 * in the document for the error to carry them.
 */
export function unwrapPayload<TPayload extends PayloadLike, TTypename extends string>(
  payload: TPayload | null | undefined,
  successTypename: TTypename,
): Extract<TPayload, { __typename?: TTypename }> {
  if (payload == null) {
    throw new GraphQLRequestError(
      [{ message: `The server returned no payload where ${successTypename} was expected.` }],
      undefined,
    );
  }
  const typename = payload.__typename;
  if (typename === successTypename) return payload as Extract<TPayload, { __typename?: TTypename }>;
  const error = domainErrorOf(payload);
  if (error) throw error;
  throw new GraphQLRequestError(
    [
      {
        message: `Expected ${successTypename} in the payload, got ${typename ?? 'a value without __typename (select it)'}.`,
      },
    ],
    undefined,
  );
}

/** The `DomainError` a payload stands for, or `undefined` when it is not one of the error types. */
export function domainErrorOf(payload: PayloadLike): DomainError | undefined {
  const fields = payload as PayloadLike & {
    message?: unknown;
    issues?: unknown;
    entity?: unknown;
    reference?: unknown;
  };
  const message = typeof fields.message === 'string' ? fields.message : `${payload.__typename}`;
  switch (payload.__typename) {
    case 'ValidationError':
      return new ValidationError(message, Array.isArray(fields.issues) ? fields.issues.filter(isFieldIssue) : []);
    case 'NotFoundError':
      return new NotFoundError(message, optionalString(fields.entity), optionalString(fields.reference));
    case 'ForbiddenError':
      return new ForbiddenError(message);
    case 'ConflictError':
      return new ConflictError(message);
    default:
      return undefined;
  }
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as { path?: unknown; message?: unknown };
  return Array.isArray(issue.path) && typeof issue.message === 'string';
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
