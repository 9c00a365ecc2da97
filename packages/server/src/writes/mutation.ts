import type { Context, Viewer } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { ConflictError, ForbiddenError, mutationErrors } from '../schema/errors.ts';
import { idempotencyKeySchema } from './fields.ts';
import { idempotent } from './idempotency.ts';
import { validateInput } from './validate.ts';

export type Transaction = Prisma.TransactionClient;

/** A mutation's arguments: its input as received, validated by the write itself. */
export interface WriteArgs {
  input: unknown;
  idempotencyKey?: string | null;
}

/** The arguments of an archive mutation. */
export interface ArchiveArgs {
  id: string;
  idempotencyKey?: string | null;
}

export interface WriteRequest {
  /** The mutation's name; idempotency keys are per operation. */
  operation: string;
  idempotencyKey?: string | null;
  /** The arguments as received: a retry must send the same ones. */
  request: unknown;
}

/**
 * Runs one mutation's write in one transaction, at most once per idempotency key, and returns the
 * ID of the entity its payload shows (the payload is loaded afterwards with the client's selection,
 * so a replay shows the entity as it is now, like any read).
 */
export async function writeOnce(
  context: Context,
  request: WriteRequest,
  write: (tx: Transaction) => Promise<string>,
): Promise<string> {
  const key = validateInput(idempotencyKeySchema, request.idempotencyKey, ['idempotencyKey']);
  try {
    return await idempotent(
      context.db,
      {
        key,
        operation: request.operation,
        actorKeyId: context.viewer.keyId,
        request: request.request,
        remember: (id) => id,
        recall: (stored) => {
          if (typeof stored !== 'string') throw new Error(`Unreadable idempotency record for ${request.operation}`);
          return stored;
        },
      },
      write,
    );
  } catch (error) {
    // The checks run before the insert, so a unique violation means another write of the same
    // thing committed in between; the transaction rolled back whole.
    if (isUniqueViolation(error)) {
      throw new ConflictError('The same record was written by another request at the same time; nothing was written.');
    }
    throw error;
  }
}

/** Writing needs an editor or admin key; anonymous callers and viewers are refused before any lookup. */
export function assertMayWrite(viewer: Viewer): void {
  if (viewer.role === 'EDITOR' || viewer.role === 'ADMIN') return;
  throw new ForbiddenError(
    viewer.role === 'ANONYMOUS'
      ? 'Writing needs an API key: send `Authorization: Bearer tg_…`.'
      : 'This API key may only read; writing needs an editor or admin key.',
  );
}

/**
 * Reference data — administrative units and their reorganisations, legal documents, criteria
 * sets — is shared by every province, so only admins change it.
 */
export function assertAdmin(viewer: Viewer, what: string): void {
  assertMayWrite(viewer);
  if (viewer.role !== 'ADMIN') {
    throw new ForbiddenError(`Only an admin key may change ${what}; this key is an editor's.`);
  }
}

/**
 * The `errors` option of a mutation: a union named `<Mutation>Payload` of `<Mutation>Success`
 * (holding the entity under `dataField`) and the four typed errors.
 */
export function payload(field: string, dataField: string) {
  const name = field.charAt(0).toUpperCase() + field.slice(1);
  return {
    types: mutationErrors,
    union: { name: `${name}Payload` },
    result: { name: `${name}Success` },
    dataField: { name: dataField },
  };
}

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Any unique string (e.g. a UUID). A retry with the same key and the same input returns the first result and writes nothing again; the same key with a different input is a ConflictError.';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/**
 * The Prisma plugin hands a payload whose entity was not selected (only `__typename`) an empty
 * `select`, which Prisma refuses; selecting the ID as well keeps such a request valid.
 */
export function selectingId<Query extends object>(query: Query): Query {
  if ('select' in query && query.select && typeof query.select === 'object') {
    return { ...query, select: { id: true, ...query.select } } as Query;
  }
  return query;
}
