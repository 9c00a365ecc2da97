import { createHash } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import type { PrismaClient } from './db/database.ts';
import { ConflictError, ValidationError } from './errors.ts';
import { type Change, recordChanges } from './events/change-log.ts';
import type { Prisma } from './generated/prisma/client.ts';
import type { Viewer } from './viewer.ts';

// How every write runs. Builder-free and below the schema kernel: services and the schema's
// defineWrite both import it downward.

/** A change a write records; who made it is filled in from the viewer. */
export type ChangeRecord = Omit<Change, 'actorKeyId'>;

/**
 * What a write service receives: the transaction, who is writing, and where to record what it
 * changed. Services know nothing of GraphQL; `schema/write.ts` declares the mutations around them.
 */
export interface WriteContext {
  readonly tx: Prisma.TransactionClient;
  readonly viewer: Viewer;
  /** Records changes for the audit trail and the change feed; they are appended at commit. */
  record(...changes: ChangeRecord[]): void;
}

/** What a write returns and an idempotency record keeps: IDs, as JSON. */
export type WriteResult = string | readonly string[];

export interface WriteRequest<Result extends WriteResult> {
  /** The mutation's name; idempotency keys are per operation. */
  operation: string;
  idempotencyKey?: string | null;
  /** The input as received: a retry must send the same one. */
  input: unknown;
  write(context: WriteContext): Promise<Result>;
}

const MAX_KEY_LENGTH = 255;

/**
 * Runs one write in one transaction and records its changes in that transaction, so a change is
 * visible exactly when the data is. With an idempotency key, the key is claimed first (a lock
 * held until commit), so concurrent retries wait for the first one and all get its result; a key
 * reused for a different input is a ConflictError. Either everything is written or nothing.
 */
export async function runWrite<Result extends WriteResult>(
  db: PrismaClient,
  viewer: Viewer,
  request: WriteRequest<Result>,
): Promise<Result> {
  const claim = idempotencyClaim(viewer, request);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeOnce(db, viewer, request, claim);
    } catch (error) {
      // PostgreSQL broke a deadlock (or a write conflict) by rolling this transaction back whole:
      // the rollup rows two writes both add to are locked in different orders. Running it again
      // after the other one commits is what a client would do; the API does it for them.
      if (!isWriteConflict(error) || attempt === MAX_WRITE_ATTEMPTS) throw error;
      await setTimeout(attempt * 20 + Math.random() * 30);
    }
  }
}

const MAX_WRITE_ATTEMPTS = 4;

async function writeOnce<Result extends WriteResult>(
  db: PrismaClient,
  viewer: Viewer,
  request: WriteRequest<Result>,
  claim: Claim | null,
): Promise<Result> {
  try {
    return await db.$transaction(
      async (tx) => {
        if (claim) {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${claim.recordKey}, 0))`;
          const earlier = await tx.idempotencyRecord.findUnique({ where: { key: claim.recordKey } });
          if (earlier) return replay<Result>(earlier, claim, request);
        }
        const changes: ChangeRecord[] = [];
        const result = await request.write({ tx, viewer, record: (...recorded) => changes.push(...recorded) });
        // Last, so the outbox's commit-order lock is held for as short a time as possible.
        await recordChanges(
          tx,
          changes.map((change) => ({ ...change, actorKeyId: viewer.keyId })),
        );
        if (claim) {
          await tx.idempotencyRecord.create({
            data: {
              key: claim.recordKey,
              operation: request.operation,
              requestHash: claim.requestHash,
              response: result as Prisma.InputJsonValue,
            },
          });
        }
        return result;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    // The checks ran before the insert, so a unique violation means another write of the same
    // thing committed in between; this transaction rolled back whole.
    if (isUniqueViolation(error)) {
      throw new ConflictError('The same record was written by another request at the same time; nothing was written.');
    }
    // The checks found the record, so it was deleted by another request that committed in between.
    if (isRecordGone(error)) {
      throw new ConflictError(
        'What this write changes was deleted by another request at the same time; nothing was written. Read it again before retrying.',
      );
    }
    throw error;
  }
}

interface Claim {
  key: string;
  recordKey: string;
  requestHash: string;
}

function idempotencyClaim(viewer: Viewer, request: WriteRequest<WriteResult>): Claim | null {
  const key = request.idempotencyKey;
  if (key === null || key === undefined) return null;
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || /[\p{Cc}\p{Cs}]/u.test(key)) {
    throw new ValidationError([
      {
        path: ['idempotencyKey'],
        message: `An idempotency key has 1 to ${MAX_KEY_LENGTH} printable characters, e.g. a UUID.`,
      },
    ]);
  }
  return {
    key,
    // Keys are per API key and per operation, so two partners can never collide.
    recordKey: `${viewer.keyId ?? 'anonymous'}:${request.operation}:${key}`,
    requestHash: createHash('sha256').update(canonicalJson(request.input)).digest('hex'),
  };
}

function replay<Result extends WriteResult>(
  earlier: { requestHash: string; response: Prisma.JsonValue },
  claim: Claim,
  request: WriteRequest<Result>,
): Result {
  if (earlier.requestHash !== claim.requestHash) {
    throw new ConflictError(
      `The idempotency key "${claim.key}" was already used for a different ${request.operation} request. Use a new key for a new request.`,
    );
  }
  // Records written before writes were declared one way keep their IDs in a one-field object.
  const response = earlier.response;
  const stored =
    response && typeof response === 'object' && !Array.isArray(response) && Object.keys(response).length === 1
      ? Object.values(response)[0]
      : response;
  if (typeof stored === 'string' || (Array.isArray(stored) && stored.every((item) => typeof item === 'string'))) {
    return stored as Result;
  }
  throw new Error(`Unreadable idempotency record for ${request.operation}`);
}

/** JSON with sorted keys, BigInt and Date written out: the same request always hashes the same. */
function canonicalJson(value: unknown): string {
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const hasPrismaCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === code;

export function isUniqueViolation(error: unknown): boolean {
  return hasPrismaCode(error, 'P2002');
}

/**
 * Prisma's "transaction failed due to a write conflict or a deadlock" (SQLSTATE 40001, 40P01), or
 * the same met by a raw statement (a row locked FOR UPDATE), which Prisma reports as a failed raw
 * query (P2010) with PostgreSQL's SQLSTATE in its driver error.
 */
const isWriteConflict = (error: unknown) =>
  hasPrismaCode(error, 'P2034') || (hasPrismaCode(error, 'P2010') && writeConflictStates.has(sqlStateOf(error)));

const writeConflictStates = new Set<string | undefined>(['40001', '40P01']);

const sqlStateOf = (error: unknown): string | undefined =>
  (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }).meta?.driverAdapterError?.cause
    ?.originalCode;

/** Prisma's "record required but not found" (an update or delete of a row that is no longer there). */
const isRecordGone = (error: unknown) => hasPrismaCode(error, 'P2025');
