import type { PrismaClient } from '../db/database.ts';

export interface PruneSummary {
  deleted: number;
  /** Cursors before this position have expired; null when nothing was ever pruned. */
  prunedThrough: bigint | null;
}

/**
 * Deletes changes recorded before `before` from the outbox — the audit trail and the feed — and
 * records how far, so a partner resuming from a pruned cursor is told it expired instead of
 * silently missing what was deleted. In one transaction: a reader sees all or none of it.
 */
export async function pruneChanges(db: PrismaClient, before: Date): Promise<PruneSummary> {
  return db.$transaction(async (tx) => {
    const newest = await tx.changeEvent.findFirst({
      where: { occurredAt: { lt: before } },
      orderBy: { sequence: 'desc' },
      select: { sequence: true },
    });
    const horizon = await tx.changeFeedHorizon.findUnique({ where: { id: 1 } });
    if (!newest) return { deleted: 0, prunedThrough: horizon?.prunedThrough ?? null };
    const { count } = await tx.changeEvent.deleteMany({ where: { sequence: { lte: newest.sequence } } });
    const prunedThrough = horizon && horizon.prunedThrough > newest.sequence ? horizon.prunedThrough : newest.sequence;
    await tx.changeFeedHorizon.upsert({
      where: { id: 1 },
      create: { id: 1, prunedThrough },
      update: { prunedThrough, prunedAt: new Date() },
    });
    return { deleted: count, prunedThrough };
  });
}
