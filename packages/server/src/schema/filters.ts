import type { PrismaClient } from '../db/database.ts';
import { placeScopeIds } from '../db/queries/place-scope.ts';
import type { Period } from '../db/queries/totals.ts';
import type { Prisma } from '../generated/prisma/client.ts';

/** A decoded global ID argument. */
export interface DecodedID {
  id: string;
}

/**
 * The `placeId` filter of a root query: the place alone, or with the units below it and the units
 * it replaced, found in the database by one recursive query.
 */
export async function placeFilter(
  db: PrismaClient,
  place: DecodedID | null | undefined,
  includeDescendants: boolean | null | undefined,
  includeHistory: boolean | null | undefined = false,
): Promise<{ in: string[] } | undefined> {
  if (!place) return undefined;
  const ids = await placeScopeIds(db, place.id, {
    includeDescendants: includeDescendants ?? false,
    includeHistory: includeHistory ?? false,
  });
  return { in: ids };
}

const memos = new WeakMap<object, Promise<unknown>>();

/**
 * A connection's nodes and its totalCount receive the same args object; building the filter once
 * per args object keeps the place-scope query from running twice. GraphQL builds a new args object
 * for every field execution, so a memo never crosses parents or requests.
 */
export function oncePerArgs<T>(args: object, build: () => Promise<T>): Promise<T> {
  let memo = memos.get(args) as Promise<T> | undefined;
  if (!memo) {
    memo = build();
    memos.set(args, memo);
  }
  return memo;
}

export function dateFilter(period: Period): Prisma.DateTimeFilter | undefined {
  if (!period.from && !period.to) return undefined;
  return { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lte: period.to } : {}) };
}

/** A twinning runs on a day from its start to its end, inclusive; open-ended ones run on. */
export function twinningActiveOn(date: Date): Prisma.TwinningWhereInput {
  return { startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] };
}

/** Decimal columns hold percentages and points, never money, so a Float is exact enough. */
export function toFloat(value: { toNumber(): number } | null): number | null {
  return value === null ? null : value.toNumber();
}

/** A stable key for a period, to batch computed fields asked with the same arguments together. */
export function periodKey(period: Period): string {
  return `${period.from?.toISOString() ?? ''}..${period.to?.toISOString() ?? ''}`;
}

export function inList<T>(values: readonly T[] | null | undefined): { in: T[] } | undefined {
  return values && values.length > 0 ? { in: [...values] } : undefined;
}
