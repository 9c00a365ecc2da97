import type { Prisma } from '../generated/prisma/client.ts';
import { provinceOf } from '../sql/province-of.ts';
import { actionOf, type ChangeType, changeTypes } from './change-types.ts';

export interface Change {
  type: ChangeType;
  entityId: string;
  actorKeyId: string | null;
  before?: unknown;
  after?: unknown;
  /** The place the change concerns, where the snapshot does not name it (a pledge names only its need). */
  placeId?: string | null;
  /** The agency the change concerns, where the snapshot does not name it. */
  agencyId?: string | null;
}

/**
 * Appends to the outbox inside the writing transaction, so a change is recorded exactly when it
 * commits. The same rows are the audit trail (who, when, before/after) and the change feed. Each
 * row also names the place, province and agency it concerns, so feed filters and editors' access
 * rules are plain indexed columns. A database trigger orders appends by commit (see the migration
 * `change_feed`).
 */
export async function recordChanges(tx: Prisma.TransactionClient, changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  const scoped = changes.map((change) => ({ change, ...concerns(change) }));
  const provinces = await provinceOf(
    tx,
    scoped.flatMap(({ placeId }) => (placeId ? [placeId] : [])),
  );
  await tx.changeEvent.createMany({
    data: scoped.map(({ change, placeId, agencyId }) => ({
      type: change.type,
      entityType: changeTypes[change.type].entity,
      entityId: change.entityId,
      action: actionOf(change.type, change.before !== undefined && change.before !== null),
      actorKeyId: change.actorKeyId,
      placeId,
      provinceId: placeId ? (provinces.get(placeId) ?? null) : null,
      agencyId,
      before: toJson(change.before),
      after: toJson(change.after),
    })),
  });
}

type Snapshot = Partial<
  Record<'placeId' | 'homeProvinceId' | 'issuerPlaceId' | 'successorId' | 'agencyId' | 'requestedOfId', unknown>
>;

/** The place and agency a change concerns: given, or read from the entity's snapshot. */
function concerns(change: Change): { placeId: string | null; agencyId: string | null } {
  const snapshot = (change.after ?? change.before ?? {}) as Snapshot;
  const entity = changeTypes[change.type].entity;
  const placeId =
    change.placeId ??
    (entity === 'Place'
      ? change.entityId
      : firstId(snapshot.placeId, snapshot.homeProvinceId, snapshot.issuerPlaceId, snapshot.successorId));
  const agencyId =
    change.agencyId ?? (entity === 'Agency' ? change.entityId : firstId(snapshot.agencyId, snapshot.requestedOfId));
  return { placeId, agencyId };
}

function firstId(...values: unknown[]): string | null {
  for (const value of values) if (typeof value === 'string' && value.length > 0) return value;
  return null;
}

/** Rows as JSON: BigInt money as strings of digits, dates as ISO strings. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner)),
  ) as Prisma.InputJsonValue;
}
