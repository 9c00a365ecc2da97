import { allChangeTypes, changeTypes } from '../../events/change-types.ts';
import { type FeedChange, formatCursor } from '../../events/feed-query.ts';
import { changedEntityGlobalId } from '../../events/global-ids.ts';
import { ChangeEntityType, type ChangeType } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import { AgencyRef, PlaceRef, ProvinceRef } from '../../schema/refs.ts';

export const ChangeTypeEnum = builder.enumType('ChangeType', {
  description:
    'What happened, named for partner systems to switch on. Stable: new types may be added, existing ones are never renamed.',
  values: Object.fromEntries(
    allChangeTypes.map((type) => [type, { value: type, description: changeTypes[type].description }]),
  ) as { [Type in ChangeType]: { value: Type; description: string } },
});

export const ChangeEntityTypeEnum = builder.enumType(ChangeEntityType, {
  name: 'ChangeEntityType',
  description: 'The kind of record a change is about.',
});

/**
 * The audit trail and the change feed: every write appends its changes in its own transaction,
 * and they are read in commit order. Before/after snapshots are not public: reading changes
 * needs an API key, and an editor's key sees the changes of its provinces and agencies only.
 */
export const ChangeRef = builder.objectRef<FeedChange>('Change').implement({
  description:
    'One recorded change: what happened (`type`), to which record, where, by whom, when — with the record before and after.',
  fields: (t) => ({
    cursor: t.string({
      description:
        'The change’s position in the feed, in commit order. Pass it as `after` to resume after this change (pull or subscription).',
      resolve: (change) => formatCursor(change.sequence),
    }),
    sequence: t.string({
      deprecationReason: 'Use `cursor`, the same value.',
      resolve: (change) => formatCursor(change.sequence),
    }),
    type: t.field({ type: ChangeTypeEnum, resolve: (change) => change.type }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When the change was committed.',
      resolve: (change) => change.occurredAt,
    }),
    entityType: t.field({ type: ChangeEntityTypeEnum, resolve: (change) => change.entityType }),
    entityId: t.id({
      description: 'The global ID of the record changed; `node(id:)` resolves it while the record exists.',
      resolve: (change) => changedEntityGlobalId(change),
    }),
    entity: t.node({
      description: 'The record as it is now; null once deleted.',
      id: (change) => changedEntityGlobalId(change),
    }),
    action: t.exposeString('action', {
      description: 'The audit verb: created, updated, archived, deleted, ended, merged, split.',
    }),
    actor: t.string({
      nullable: true,
      description: 'Name of the API key that made the change; null for changes made by the system (imports, seeds).',
      resolve: (change) => change.actorName,
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description:
        'The place the change concerns: an activity’s commune, a merger’s successor, an agency’s home province.',
      resolve: (change) => change.place,
    }),
    province: t.field({
      type: ProvinceRef,
      nullable: true,
      description: 'The province that place lay in when the change was recorded.',
      resolve: (change) => change.province,
    }),
    agency: t.field({
      type: AgencyRef,
      nullable: true,
      description: 'The agency the change concerns: an activity’s agency, a pledging agency.',
      resolve: (change) => change.agency,
    }),
    before: t.field({ type: 'JSONObject', nullable: true, resolve: (change) => change.before }),
    after: t.field({ type: 'JSONObject', nullable: true, resolve: (change) => change.after }),
  }),
});

export const Freshness = builder
  .objectRef<{ lastChangedAt: Date | null; sequence: bigint | null }>('Freshness')
  .implement({
    description: 'How current the data is: the time and feed position of the last recorded change.',
    fields: (t) => ({
      lastChangedAt: t.expose('lastChangedAt', { type: 'DateTime', nullable: true }),
      sequence: t.string({
        nullable: true,
        description: 'The newest change’s cursor: subscribe with `after` set to it to receive only what happens next.',
        resolve: (freshness) => (freshness.sequence === null ? null : formatCursor(freshness.sequence)),
      }),
    }),
  });
