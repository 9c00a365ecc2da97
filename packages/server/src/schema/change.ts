import { editorPageFilter } from '../writes/change-visibility.ts';
import { builder } from './builder.ts';

/**
 * The audit trail and change feed: every write appends a change in its own transaction, in commit
 * order. Before/after snapshots are not public, so the trail needs an API key.
 */
builder.prismaObject('ChangeEvent', {
  name: 'Change',
  description: 'One recorded change: who, when, what, with the entity before and after.',
  fields: (t) => ({
    sequence: t.string({
      description: 'Position in the change feed; strictly increasing.',
      resolve: (change) => change.sequence.toString(),
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    entityType: t.exposeString('entityType', { description: 'The Prisma model, e.g. Activity, Twinning, Place.' }),
    entityId: t.exposeString('entityId', { description: 'The entity’s database ID (the UUID inside its global ID).' }),
    action: t.exposeString('action', { description: 'created, updated, archived, deleted, ended, merged …' }),
    actor: t.string({
      nullable: true,
      description: 'Name of the API key that made the change; null for changes made by the system (imports, seeds).',
      select: { actorKey: { select: { name: true } } },
      resolve: (change) => change.actorKey?.name ?? null,
    }),
    before: t.field({ type: 'JSONObject', nullable: true, resolve: (change) => change.before }),
    after: t.field({ type: 'JSONObject', nullable: true, resolve: (change) => change.after }),
  }),
});

const Freshness = builder.objectRef<{ lastChangedAt: Date | null; sequence: bigint | null }>('Freshness').implement({
  description: 'How current the data is: the time and feed position of the last recorded change.',
  fields: (t) => ({
    lastChangedAt: t.expose('lastChangedAt', { type: 'DateTime', nullable: true }),
    sequence: t.string({ nullable: true, resolve: (freshness) => freshness.sequence?.toString() ?? null }),
  }),
});

builder.queryFields((t) => ({
  changes: t.prismaConnection({
    type: 'ChangeEvent',
    cursor: 'sequence',
    authScopes: { viewer: true },
    description:
      'The audit trail, oldest first; filter to one entity to see its history. Needs an API key; an editor key sees the changes of its provinces and agencies, its own, and those bound to no province.',
    args: {
      entityType: t.arg.string({ required: false }),
      entityId: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, args, { db, viewer }) =>
      db.changeEvent.findMany({
        ...query,
        where: {
          entityType: args.entityType ?? undefined,
          entityId: args.entityId ?? undefined,
          ...(viewer.role === 'EDITOR' ? await editorPageFilter(db, viewer, args, query) : {}),
        },
        orderBy: { sequence: 'asc' },
      }),
  }),
  freshness: t.field({
    type: Freshness,
    description: 'When the data last changed. Dashboards show it as “last updated”.',
    resolve: async (_root, _args, { db }) => {
      const last = await db.changeEvent.findFirst({
        orderBy: { sequence: 'desc' },
        select: { sequence: true, occurredAt: true },
      });
      return { lastChangedAt: last?.occurredAt ?? null, sequence: last?.sequence ?? null };
    },
  }),
}));
