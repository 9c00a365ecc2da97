import { encodeGlobalID } from '@pothos/plugin-relay';
import type { FeedChange } from '../feed-query.ts';
import { changedEntityGlobalId, placeGlobalId } from '../global-ids.ts';

/** A change as a webhook delivers it: the same fields as the GraphQL `Change` type, as JSON. */
export interface WebhookEvent {
  /** The change's cursor: unique, so a receiver can drop a redelivery it has already processed. */
  id: string;
  cursor: string;
  type: string;
  occurredAt: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: string | null;
  place: { id: string; name: string; code: string | null } | null;
  province: { id: string; name: string; code: string | null } | null;
  agency: { id: string; name: string } | null;
  before: unknown;
  after: unknown;
}

export function webhookEvent(change: FeedChange): WebhookEvent {
  const cursor = change.sequence.toString();
  return {
    id: cursor,
    cursor,
    type: change.type,
    occurredAt: change.occurredAt.toISOString(),
    entityType: change.entityType,
    entityId: changedEntityGlobalId(change),
    action: change.action,
    actor: change.actorName,
    place: change.place ? { id: placeGlobalId(change.place), name: change.place.name, code: change.place.code } : null,
    province: change.province
      ? { id: placeGlobalId(change.province), name: change.province.name, code: change.province.code }
      : null,
    agency: change.agency ? { id: encodeGlobalID('Agency', change.agency.id), name: change.agency.name } : null,
    before: change.before ?? null,
    after: change.after ?? null,
  };
}
