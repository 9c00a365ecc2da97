import { type DaySpan, isoDay, overlaps } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { PlaceLevel } from '../../generated/prisma/enums.ts';

/** What the write rules need to know about a place. */
export interface PlaceFacts {
  id: string;
  name: string;
  level: PlaceLevel;
  code: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  archivedAt: Date | null;
}

export const placeFactsSelect = {
  id: true,
  name: true,
  level: true,
  code: true,
  validFrom: true,
  validTo: true,
  archivedAt: true,
} as const satisfies Prisma.PlaceSelect;

/**
 * For each place, itself and every unit above it (commune → district → province), in one
 * recursive query: an activity in a commune counts for a need or twinning recorded on its district.
 */
export async function enclosingPlaces(
  tx: Prisma.TransactionClient,
  placeIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const enclosing = new Map<string, Set<string>>();
  if (placeIds.length === 0) return enclosing;
  const rows = await tx.$queryRaw<Array<{ placeId: string; enclosingId: string }>>`
    WITH RECURSIVE up(start, id, parent) AS (
      SELECT p.id, p.id, p."parentId" FROM "Place" p WHERE p.id = ANY(${[...new Set(placeIds)]}::uuid[])
      UNION ALL
      SELECT up.start, p.id, p."parentId" FROM up JOIN "Place" p ON p.id = up.parent
    )
    SELECT start::text AS "placeId", id::text AS "enclosingId" FROM up`;
  for (const row of rows) {
    let set = enclosing.get(row.placeId);
    if (!set) {
      set = new Set();
      enclosing.set(row.placeId, set);
    }
    set.add(row.enclosingId);
  }
  return enclosing;
}

/** "Đông Giang (commune 23074)" */
export function describePlace(place: PlaceFacts): string {
  return `${place.name} (${place.level.toLowerCase()}${place.code ? ` ${place.code}` : ''})`;
}

/** "existed until 2025-06-30", "has existed since 2025-07-01", "existed from … to …" */
export function describeValidity(place: PlaceFacts): string {
  if (place.validFrom && place.validTo) return `existed from ${isoDay(place.validFrom)} to ${isoDay(place.validTo)}`;
  if (place.validTo) return `existed until ${isoDay(place.validTo)}`;
  if (place.validFrom) return `has existed since ${isoDay(place.validFrom)}`;
  return 'has always existed';
}

/** Whether the unit existed on at least one of the days (units are merged and split over time). */
export function existedDuring(place: PlaceFacts, days: DaySpan): boolean {
  return overlaps(days, { first: place.validFrom, last: place.validTo });
}
