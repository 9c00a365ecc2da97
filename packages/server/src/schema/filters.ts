import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Prisma } from '../generated/prisma/client.ts';
import { type PlaceScopeOptions, placeScopesOf } from '../sql/place-scope.ts';
import type { Context } from './context.ts';

/** A decoded global ID argument. */
export interface DecodedID {
  id: string;
}

/** What a place-scoped list asks for: the place alone, or with the units below it and those it replaced. */
interface ScopeKey extends PlaceScopeOptions {
  placeId: string;
}

/**
 * Place scopes of the request, through one DataLoader per request (the dataloader plugin's own
 * library, cached on the context as its loaders are): a connection's nodes and totalCount share one
 * scope, and the places of a page that ask with the same options share one statement.
 */
const placeScopes = createContextCache(
  ({ db }: Context) =>
    new DataLoader<ScopeKey, string[], string>(
      async (keys) => {
        const found = new Map<string, string[]>();
        for (const includeDescendants of [false, true])
          for (const includeHistory of [false, true]) {
            const ids = keys
              .filter((key) => key.includeDescendants === includeDescendants && key.includeHistory === includeHistory)
              .map((key) => key.placeId);
            if (ids.length === 0) continue;
            const scopes = await placeScopesOf(db, ids, { includeDescendants, includeHistory });
            for (const id of ids)
              found.set(scopeKey({ placeId: id, includeDescendants, includeHistory }), scopes.get(id) ?? [id]);
          }
        return keys.map((key) => found.get(scopeKey(key)) ?? [key.placeId]);
      },
      { cacheKeyFn: scopeKey },
    ),
);

function scopeKey(key: ScopeKey): string {
  return `${key.placeId}/${key.includeDescendants}/${key.includeHistory}`;
}

/** The IDs a question about a place covers, loaded once per request and batched across a page. */
export function placeScope(
  context: Context,
  placeId: string,
  includeDescendants: boolean,
  includeHistory: boolean,
): Promise<string[]> {
  return placeScopes(context).load({ placeId, includeDescendants, includeHistory });
}

/**
 * The `placeId` filter of a root query: the place alone, or with the units below it and the units
 * it replaced, found in the database by one recursive query.
 */
export async function placeFilter(
  context: Context,
  place: DecodedID | null | undefined,
  includeDescendants: boolean | null | undefined,
  includeHistory: boolean | null | undefined = false,
): Promise<{ in: string[] } | undefined> {
  if (!place) return undefined;
  return { in: await placeScope(context, place.id, includeDescendants ?? false, includeHistory ?? false) };
}

/** A twinning runs on a day from its start to its end, inclusive; open-ended ones run on. */
export function twinningActiveOn(date: Date): Prisma.TwinningWhereInput {
  return { startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] };
}

/** Decimal columns hold percentages and points, never money, so a Float is exact enough. */
export function toFloat(value: { toNumber(): number } | null): number | null {
  return value === null ? null : value.toNumber();
}

export function inList<T>(values: readonly T[] | null | undefined): { in: T[] } | undefined {
  return values && values.length > 0 ? { in: [...values] } : undefined;
}
