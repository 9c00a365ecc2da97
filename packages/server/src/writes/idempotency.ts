import { createHash } from 'node:crypto';
import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { ConflictError, ValidationError } from '../schema/errors.ts';

export interface IdempotentWrite<Result> {
  /** The client's key; null runs the write without replay protection. */
  key: string | null | undefined;
  operation: string;
  /** Keys are per API key, so two partners can never collide. */
  actorKeyId: string | null;
  /** The request as received; a retry must send the same one. */
  request: unknown;
  /** What to store so the first result can be returned again (e.g. the IDs written). */
  remember: (result: Result) => Prisma.InputJsonValue;
  recall: (stored: Prisma.JsonValue) => Promise<Result> | Result;
}

/**
 * Runs `write` in one transaction, at most once per idempotency key: a retry with the same key and
 * the same request gets the first result back and writes nothing; the same key with a different
 * request is a ConflictError. The record is written in the same transaction as the data, so a
 * crash can never leave one without the other.
 */
export async function idempotent<Result>(
  db: PrismaClient,
  options: IdempotentWrite<Result>,
  write: (tx: Prisma.TransactionClient) => Promise<Result>,
): Promise<Result> {
  if (options.key === null || options.key === undefined) return db.$transaction(write, transactionOptions);
  if (options.key.length === 0 || options.key.length > MAX_KEY_LENGTH) {
    throw new ValidationError([
      { path: ['idempotencyKey'], message: `An idempotency key has 1 to ${MAX_KEY_LENGTH} characters, e.g. a UUID.` },
    ]);
  }
  const recordKey = `${options.actorKeyId ?? 'anonymous'}:${options.operation}:${options.key}`;
  const requestHash = hashRequest(options.request);

  const replay = async (): Promise<Result | undefined> => {
    const existing = await db.idempotencyRecord.findUnique({ where: { key: recordKey } });
    if (!existing) return undefined;
    if (existing.requestHash !== requestHash) {
      throw new ConflictError(
        `The idempotency key "${options.key}" was already used for a different ${options.operation} request. Use a new key for a new request.`,
      );
    }
    return options.recall(existing.response);
  };

  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      const result = await write(tx);
      await tx.idempotencyRecord.create({
        data: { key: recordKey, operation: options.operation, requestHash, response: options.remember(result) },
      });
      return result;
    }, transactionOptions);
  } catch (error) {
    // Two copies of the same request raced: the loser's transaction rolled back whole; answer
    // with the winner's result.
    if (isUniqueViolation(error)) {
      const winner = await replay();
      if (winner !== undefined) return winner;
    }
    throw error;
  }
}

const transactionOptions = { maxWait: 10_000, timeout: 60_000 };
const MAX_KEY_LENGTH = 255;

function hashRequest(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

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

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
