import { resolveCursorConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { FeedStreamEnded } from '../../events/change-feed.ts';
import {
  ChangeCursorError,
  type ChangeFilter,
  countChanges,
  type FeedChange,
  feedHead,
  filterWhere,
  formatCursor,
  resumePosition,
  visibleWhere,
  withRecords,
} from '../../events/feed-query.ts';
import type { ChangeEntityType, ChangeType } from '../../generated/prisma/enums.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { placeTypes } from '../../schema/refs.ts';
import { placeScopeIds } from '../../sql/place-scope.ts';
import { ChangeEntityTypeEnum, ChangeRef, ChangeTypeEnum, Freshness } from './type.ts';

builder.queryFields((t) => ({
  changes: t.connection(
    {
      type: ChangeRef,
      authScopes: { viewer: true },
      description:
        'The change feed and audit trail, oldest first. Page with `after` (a change’s `cursor`); filter by type, record or place. Needs an API key; an editor’s key sees the changes of its provinces and agencies, its own, and those bound to no place.',
      args: {
        types: t.arg({ type: [ChangeTypeEnum], required: false, description: 'Only these types.' }),
        entityTypes: t.arg({
          type: [ChangeEntityTypeEnum],
          required: false,
          description: 'Only changes to these kinds of record.',
        }),
        entityId: t.arg.globalID({ required: false, description: 'Only changes to this record: its history.' }),
        placeId: t.arg.globalID({
          required: false,
          for: placeTypes,
          description: 'Only changes concerning this place.',
        }),
        includeDescendants: t.arg.boolean({
          defaultValue: true,
          description: 'With placeId: also the units below it (a province’s communes and villages).',
        }),
        includeHistory: t.arg.boolean({
          defaultValue: false,
          description: 'With placeId: also the units it replaced (the old communes of a merged one).',
        }),
      },
      resolve: async (_root, args, context) => {
        const filter = await feedFilter(context, args);
        const { db, viewer } = context;
        if (args.after) await checked(() => resumePosition(db, args.after!));
        if (args.before) await checked(() => resumePosition(db, args.before!));
        const connection = await resolveCursorConnection<Promise<FeedChange[]>>(
          {
            args,
            toCursor: (change: FeedChange) => formatCursor(change.sequence),
            defaultSize: DEFAULT_PAGE_SIZE,
            maxSize: MAX_PAGE_SIZE,
          },
          async ({ before, after, limit, inverted }) => {
            const rows = await db.changeEvent.findMany({
              where: {
                AND: [
                  {
                    sequence: {
                      ...(after ? { gt: BigInt(after) } : {}),
                      ...(before ? { lt: BigInt(before) } : {}),
                    },
                  },
                  filterWhere(filter),
                  visibleWhere(viewer),
                ],
              },
              orderBy: { sequence: inverted ? 'desc' : 'asc' },
              take: limit,
            });
            return withRecords(db, rows);
          },
        );
        return { ...connection, filter };
      },
    },
    {
      name: 'ChangeConnection',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Changes matching the filters, in all pages.',
          resolve: (result, _args, { db, viewer }) =>
            countChanges(db, (result as { filter: ChangeFilter }).filter, viewer),
        }),
      }),
    },
  ),
  freshness: t.field({
    type: Freshness,
    description: 'When the data last changed. Dashboards show it as “last updated”.',
    resolve: async (_root, _args, { db }) => {
      const [last, head] = await Promise.all([
        db.changeEvent.findFirst({ orderBy: { sequence: 'desc' }, select: { occurredAt: true } }),
        feedHead(db),
      ]);
      return { lastChangedAt: last?.occurredAt ?? null, sequence: head > 0n ? head : null };
    },
  }),
}));

builder.subscriptionType({
  description: 'Live updates. Over GraphQL over SSE (both graphql-sse modes) or graphql-ws, on /graphql.',
});

builder.subscriptionField('changes', (t) =>
  t.field({
    type: ChangeRef,
    authScopes: { viewer: true },
    description:
      'The change feed, live: every change after `after` (replayed from the outbox), then each new one as it commits — in commit order, none missed and none twice across the switch. Without `after`, only changes from now on. Keep the `cursor` of the last change you processed and resubscribe with it after a disconnect. An unknown or expired cursor ends the subscription with an error whose `extensions.code` is CURSOR_UNKNOWN or CURSOR_EXPIRED; a revoked key ends it with UNAUTHENTICATED.',
    args: {
      after: t.arg.string({ required: false, description: 'Resume after this cursor ("0": from the beginning).' }),
      types: t.arg({ type: [ChangeTypeEnum], required: false, description: 'Only these types.' }),
      entityTypes: t.arg({
        type: [ChangeEntityTypeEnum],
        required: false,
        description: 'Only changes to these kinds of record.',
      }),
      entityId: t.arg.globalID({ required: false, description: 'Only changes to this record.' }),
      placeId: t.arg.globalID({ required: false, for: placeTypes, description: 'Only changes concerning this place.' }),
      includeDescendants: t.arg.boolean({ defaultValue: true, description: 'With placeId: also the units below it.' }),
      includeHistory: t.arg.boolean({ defaultValue: false, description: 'With placeId: also the units it replaced.' }),
    },
    subscribe: async (_root, args, context) => {
      const filter = await feedFilter(context, args);
      const after = args.after
        ? await checked(() => resumePosition(context.db, args.after!))
        : await feedHead(context.db);
      return endedAsGraphQLErrors(context.changeFeed.stream(context.viewer, filter, after));
    },
    resolve: (change) => change,
  }),
);

interface FeedArgs {
  types?: readonly ChangeType[] | null;
  entityTypes?: readonly ChangeEntityType[] | null;
  entityId?: { id: string } | null;
  placeId?: { id: string } | null;
  includeDescendants?: boolean | null;
  includeHistory?: boolean | null;
}

async function feedFilter({ db }: Context, args: FeedArgs): Promise<ChangeFilter> {
  return {
    types: args.types,
    entityTypes: args.entityTypes,
    entityId: args.entityId?.id,
    placeIds: args.placeId
      ? new Set(
          await placeScopeIds(db, args.placeId.id, {
            includeDescendants: args.includeDescendants ?? true,
            includeHistory: args.includeHistory ?? false,
          }),
        )
      : null,
  };
}

async function checked<Result>(read: () => Promise<Result>): Promise<Result> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ChangeCursorError) throw new GraphQLError(error.message, { extensions: { code: error.code } });
    throw error;
  }
}

/**
 * A stream ended by revocation or shutdown reports it as a GraphQL error with a code. Not an
 * async generator: its `return()` must reach the feed at once, even while a change is awaited.
 */
function endedAsGraphQLErrors(stream: AsyncIterableIterator<FeedChange>): AsyncIterableIterator<FeedChange> {
  return {
    next: () =>
      stream.next().catch((error: unknown) => {
        if (error instanceof FeedStreamEnded) {
          throw new GraphQLError(error.message, { extensions: { code: error.code } });
        }
        throw error;
      }),
    return: async () => (await stream.return?.()) ?? { done: true, value: undefined },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
