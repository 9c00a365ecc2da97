import { ConflictError, type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { builder } from './builder.ts';

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
