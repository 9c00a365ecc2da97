import type { PrismaClient } from '../db/database.ts';
import type { Agency, ChangeEvent, Place, Prisma } from '../generated/prisma/client.ts';
import type { Viewer } from '../viewer.ts';
import type { ChangeEntityType, ChangeType } from './change-types.ts';

/** A client or a transaction: finding a position in the feed reads, and may run inside a write. */
type Reader = PrismaClient | Prisma.TransactionClient;

/** A change as the feed delivers it: the outbox row with the records it names, loaded once. */
export interface FeedChange extends ChangeEvent {
  place: Place | null;
  province: Place | null;
  agency: Agency | null;
  actorName: string | null;
}

/** What a reader asks for. Every part is optional; an empty filter is the whole feed. */
export interface ChangeFilter {
  types?: readonly ChangeType[] | null;
  entityTypes?: readonly ChangeEntityType[] | null;
  /** The entity's database ID. */
  entityId?: string | null;
  /** Changes concerning these places (a place with its descendants/history, resolved by the caller). */
  placeIds?: ReadonlySet<string> | null;
}

/** Why a cursor cannot be resumed from. */
export class ChangeCursorError extends Error {
  override name = 'ChangeCursorError';
  constructor(
    readonly code: 'CURSOR_UNKNOWN' | 'CURSOR_EXPIRED',
    message: string,
  ) {
    super(message);
  }
}

const CURSOR = /^(0|[1-9][0-9]{0,18})$/;

/** Cursors are feed positions written as decimal strings: easy to store, compare and log. */
export function formatCursor(sequence: bigint): string {
  return sequence.toString();
}

/**
 * The position a client resumes after. "0" is the beginning. A cursor ahead of the newest change
 * (from another server, or a database that was reset) is unknown; one before the pruning horizon
 * has expired: the changes after it are gone, so resuming would silently skip them.
 */
export async function resumePosition(db: Reader, cursor: string): Promise<bigint> {
  if (!CURSOR.test(cursor)) {
    throw new ChangeCursorError(
      'CURSOR_UNKNOWN',
      `"${cursor.slice(0, 40)}" is not a change-feed cursor: cursors are the \`cursor\` strings of changes ("0" is the beginning).`,
    );
  }
  const position = BigInt(cursor);
  const [newest, horizon] = await Promise.all([newestSequence(db), prunedThrough(db)]);
  const head = later(newest, horizon);
  if (position > head) {
    throw new ChangeCursorError(
      'CURSOR_UNKNOWN',
      `Cursor ${cursor} is ahead of this feed, whose newest change is ${head}: it comes from another server or from a database that has since been reset. Start again without a cursor.`,
    );
  }
  if (position < horizon) {
    throw new ChangeCursorError(
      'CURSOR_EXPIRED',
      `Cursor ${cursor} has expired: changes up to ${horizon} were pruned from the feed. Re-read the data you keep, then resume from the newest cursor (freshness.sequence).`,
    );
  }
  return position;
}

/** The feed's newest position: its newest change, or where pruning left it (0 for a new feed). */
export async function feedHead(db: Reader): Promise<bigint> {
  const [newest, horizon] = await Promise.all([newestSequence(db), prunedThrough(db)]);
  return later(newest, horizon);
}

function later(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** The newest sequence in the outbox (0 when empty). Every change at or below it is visible. */
async function newestSequence(db: Reader): Promise<bigint> {
  const newest = await db.changeEvent.findFirst({ orderBy: { sequence: 'desc' }, select: { sequence: true } });
  return newest?.sequence ?? 0n;
}

async function prunedThrough(db: Reader): Promise<bigint> {
  const horizon = await db.changeFeedHorizon.findUnique({ where: { id: 1 } });
  return horizon?.prunedThrough ?? 0n;
}

/**
 * Which changes a key may read. Viewers and admins read them all. An editor reads the changes of
 * its provinces (their `provinceId`, which covers the provinces its scope replaced), of its
 * agencies, its own, and those bound to no place or agency (national documents, criteria).
 * `isVisible` is the same rule for rows already in memory; a test holds the two together.
 */
export function visibleWhere(viewer: Viewer): Prisma.ChangeEventWhereInput {
  if (viewer.role !== 'EDITOR') return {};
  return {
    OR: [
      ...(viewer.keyId ? [{ actorKeyId: viewer.keyId }] : []),
      { placeId: null, agencyId: null },
      { provinceId: { in: [...viewer.provinceIds] } },
      { agencyId: { in: [...viewer.agencyIds] } },
    ],
  };
}

export function isVisible(viewer: Viewer, change: ChangeEvent): boolean {
  if (viewer.role !== 'EDITOR') return true;
  return (
    (viewer.keyId !== null && change.actorKeyId === viewer.keyId) ||
    (change.placeId === null && change.agencyId === null) ||
    (change.provinceId !== null && viewer.provinceIds.includes(change.provinceId)) ||
    (change.agencyId !== null && viewer.agencyIds.includes(change.agencyId))
  );
}

export function filterWhere(filter: ChangeFilter): Prisma.ChangeEventWhereInput {
  return {
    ...(filter.types?.length ? { type: { in: [...filter.types] } } : {}),
    ...(filter.entityTypes?.length ? { entityType: { in: [...filter.entityTypes] } } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.placeIds ? { placeId: { in: [...filter.placeIds] } } : {}),
  };
}

export function matchesFilter(filter: ChangeFilter, change: ChangeEvent): boolean {
  return (
    (!filter.types?.length || filter.types.includes(change.type)) &&
    (!filter.entityTypes?.length || filter.entityTypes.includes(change.entityType)) &&
    (!filter.entityId || change.entityId === filter.entityId) &&
    (!filter.placeIds || (change.placeId !== null && filter.placeIds.has(change.placeId)))
  );
}

export interface ChangePage {
  changes: FeedChange[];
  /** The position the next read starts after: past the last change, or past rows that did not match. */
  scannedTo: bigint;
  /** Whether matching changes may follow (the page was full). */
  hasMore: boolean;
}

/**
 * Up to `limit` changes after `after`, oldest first, that match the filter and the key may read.
 * The read stops at the feed head taken first, so `scannedTo` is a position below which every
 * change has been seen — the appends trigger guarantees no earlier change can commit later.
 */
export async function readChanges(
  db: PrismaClient,
  options: { after: bigint; limit: number; filter: ChangeFilter; viewer: Viewer },
): Promise<ChangePage> {
  const head = await newestSequence(db);
  if (head <= options.after) return { changes: [], scannedTo: options.after, hasMore: false };
  const rows = await db.changeEvent.findMany({
    where: {
      AND: [{ sequence: { gt: options.after, lte: head } }, filterWhere(options.filter), visibleWhere(options.viewer)],
    },
    orderBy: { sequence: 'asc' },
    take: options.limit + 1,
  });
  const hasMore = rows.length > options.limit;
  const page = hasMore ? rows.slice(0, options.limit) : rows;
  return {
    changes: await withRecords(db, page),
    scannedTo: hasMore ? page[page.length - 1]!.sequence : head,
    hasMore,
  };
}

/** Counts the changes a filter matches for a key (a connection's totalCount). */
export function countChanges(db: PrismaClient, filter: ChangeFilter, viewer: Viewer): Promise<number> {
  return db.changeEvent.count({ where: { AND: [filterWhere(filter), visibleWhere(viewer)] } });
}

/** Loads the places, agencies and key names a page of changes names: three queries for any page. */
export async function withRecords(db: PrismaClient, rows: readonly ChangeEvent[]): Promise<FeedChange[]> {
  if (rows.length === 0) return [];
  const placeIds = unique(rows.flatMap((row) => [row.placeId, row.provinceId]));
  const agencyIds = unique(rows.map((row) => row.agencyId));
  const keyIds = unique(rows.map((row) => row.actorKeyId));
  const [places, agencies, keys] = await Promise.all([
    placeIds.length ? db.place.findMany({ where: { id: { in: placeIds } } }) : [],
    agencyIds.length ? db.agency.findMany({ where: { id: { in: agencyIds } } }) : [],
    keyIds.length ? db.apiKey.findMany({ where: { id: { in: keyIds } }, select: { id: true, name: true } }) : [],
  ]);
  const placeById = new Map(places.map((place) => [place.id, place]));
  const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
  const keyName = new Map(keys.map((key) => [key.id, key.name]));
  return rows.map((row) => ({
    ...row,
    place: row.placeId ? (placeById.get(row.placeId) ?? null) : null,
    province: row.provinceId ? (placeById.get(row.provinceId) ?? null) : null,
    agency: row.agencyId ? (agencyById.get(row.agencyId) ?? null) : null,
    actorName: row.actorKeyId ? (keyName.get(row.actorKeyId) ?? null) : null,
  }));
}

function unique(values: ReadonlyArray<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}
