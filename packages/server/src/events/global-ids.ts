import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ChangeEvent, Place } from '../generated/prisma/client.ts';
import type { PlaceLevel } from '../generated/prisma/enums.ts';

/** Places have one GraphQL type per level, and so one global-ID prefix per level. */
export const variantOfLevel = {
  PROVINCE: 'Province',
  DISTRICT: 'District',
  COMMUNE: 'Commune',
  VILLAGE: 'Village',
} as const satisfies Record<PlaceLevel, string>;

export function placeGlobalId(place: Pick<Place, 'id' | 'level'>): string {
  return encodeGlobalID(variantOfLevel[place.level], place.id);
}

/** The global ID of the record a change is about, as `node(id:)` resolves it. */
export function changedEntityGlobalId(
  change: Pick<ChangeEvent, 'entityType' | 'entityId' | 'before' | 'after'>,
): string {
  if (change.entityType === 'Place') {
    // The snapshot records the level; a place's level never changes.
    const snapshot = (change.after ?? change.before) as { level?: PlaceLevel } | null;
    return encodeGlobalID(variantOfLevel[snapshot?.level ?? 'COMMUNE'], change.entityId);
  }
  if (change.entityType === 'PlaceLineage') return encodeGlobalID('PlaceChange', change.entityId);
  return encodeGlobalID(change.entityType, change.entityId);
}
