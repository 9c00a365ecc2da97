/**
 * The failures a caller can act on, as plain classes: services throw them, and the schema decides
 * how they travel — as members of a mutation's payload union, or as GraphQL errors whose
 * `extensions.code` is `code` (http/errors.ts). Nothing here knows GraphQL.
 */
export abstract class DomainError extends Error {
  abstract readonly code: 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';
}

/** A field that failed validation: where it is in the input, and what is wrong with it. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/** The input breaks a rule; nothing was written. */
export class ValidationError extends DomainError {
  override name = 'ValidationError';
  readonly code = 'VALIDATION';
  constructor(
    readonly issues: FieldIssue[],
    message = issues.length === 1
      ? issues[0]!.message
      : `${issues.length} fields are invalid: ${issues.map((issue) => issue.path.join('.')).join(', ')}`,
  ) {
    super(message);
  }
}

/** Something the input refers to does not exist. */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly reference: string,
    message = `No ${entity} with ID ${reference}.`,
  ) {
    super(message);
  }
}

/** The caller may not do this. */
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

/** The write contradicts what is already recorded (a duplicate twinning, a reused idempotency key). */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly code = 'CONFLICT';
}
