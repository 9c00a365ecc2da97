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
  | DomainErrorCode;

/** The codes of the errors a mutation payload union can carry (the server's `Error` types). */
export type DomainErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

export class TwinningError extends Error {
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
  override name = 'ConfigurationError';
  constructor(message: string, code: 'INVALID_OPTIONS' | 'INVALID_ARGUMENT' = 'INVALID_OPTIONS') {
    super(code, message);
  }
}

/** The request did not get a GraphQL answer: connection refused, timeout, or an HTTP status without a GraphQL body. */
export class NetworkError extends TwinningError {
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
  override name = 'GraphQLRequestError';
  constructor(
    readonly errors: readonly GraphQLErrorDetail[],
    readonly status: number | undefined,
    code: 'GRAPHQL' | 'UNAUTHENTICATED' | 'PERSISTED_DOCUMENT_NOT_FOUND' = codeOfErrors(errors),
  ) {
    super(code, errors.map((error) => error.message).join('; ') || 'The GraphQL request failed.');
  }
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
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super('VALIDATION', 'ValidationError', message);
  }
}

export class NotFoundError extends DomainError {
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
  override name = 'ForbiddenError';
  constructor(message: string) {
    super('FORBIDDEN', 'ForbiddenError', message);
  }
}

export class ConflictError extends DomainError {
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
