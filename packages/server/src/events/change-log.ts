import type { Prisma } from '../generated/prisma/client.ts';

export type ChangeAction = 'created' | 'updated' | 'archived' | 'deleted' | 'ended' | 'merged';

export interface Change {
  entityType: string;
  entityId: string;
  action: ChangeAction;
  actorKeyId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the outbox inside the writing transaction, so a change is recorded exactly when it
 * commits. The same rows are the audit trail (who, when, before/after) and the change feed.
 */
export async function recordChanges(tx: Prisma.TransactionClient, changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.changeEvent.createMany({
    data: changes.map((change) => ({
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      actorKeyId: change.actorKeyId,
      before: toJson(change.before),
      after: toJson(change.after),
    })),
  });
}

/** Rows as JSON: BigInt money as strings of digits, dates as ISO strings. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner)),
  ) as Prisma.InputJsonValue;
}
