import { builder } from './builder.ts';

/** A field that failed validation: where it is in the input, and what is wrong with it. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/** The input breaks a rule; nothing was written. */
export class ValidationError extends Error {
  override name = 'ValidationError';
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
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly reference: string,
  ) {
    super(`No ${entity} with ID ${reference}.`);
  }
}

/** The caller may not do this. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** The write contradicts what is already recorded (a duplicate twinning, a reused idempotency key). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'A failure the caller can act on. Every mutation payload is a union of its result and these errors.',
  fields: (t) => ({
    message: t.exposeString('message'),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Where the field is in the input, e.g. ["input", "items", "2", "valueVnd"].',
    }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input breaks a rule; nothing was written. `issues` lists every bad field.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Something the input refers to does not exist; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity'),
    reference: t.exposeString('reference'),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The API key may not do this (wrong role, or outside its provinces/agencies); nothing was written.',
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The write contradicts what is recorded (a duplicate, or an idempotency key reused for a different request); nothing was written.',
  interfaces: [ErrorInterface],
});

/** The errors every mutation can return. */
export const mutationErrors = [ValidationError, NotFoundError, ForbiddenError, ConflictError];
