import { TwinningError } from './errors.ts';

/** The part of a Relay connection the pagination helpers read; every list in the API has it. */
export interface ConnectionPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes?: ReadonlyArray<TNode | null> | null;
  edges?: ReadonlyArray<{ node?: TNode | null } | null> | null;
}

/** Fetches the page after `after` (`null` for the first page). */
export type FetchPage<TNode> = (after: string | null) => Promise<ConnectionPage<TNode>>;

export interface PaginateOptions {
  /** Stop after this many nodes (default: all of them). */
  limit?: number;
}

/**
 * Walks a connection to its end, one page at a time, yielding nodes as they arrive:
 * `for await (const place of paginate((after) => client.findPlaces({ search: 'dong', after })))`.
 * Breaking out of the loop stops fetching.
 */
export async function* paginate<TNode>(
  fetchPage: FetchPage<TNode>,
  options: PaginateOptions = {},
): AsyncGenerator<TNode, void, undefined> {
  const limit = checkedLimit(options.limit);
  let after: string | null = null;
  let yielded = 0;
  const seen = new Set<string>();
  while (yielded < limit) {
    const page: ConnectionPage<TNode> = await fetchPage(after);
    for (const node of nodesOf(page)) {
      yield node;
      if (++yielded >= limit) return;
    }
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage) return;
    // A server that reports another page without a new cursor would otherwise loop forever.
    if (!endCursor || seen.has(endCursor)) {
      throw new TwinningError(
        'GRAPHQL',
        `The connection reported hasNextPage without a new endCursor (${endCursor ?? 'none'}); select pageInfo { hasNextPage endCursor }.`,
      );
    }
    seen.add(endCursor);
    after = endCursor;
  }
}

/** Every node of a connection in one array (mind the size: the whole catalogue has 10,035 communes). */
export async function collectAll<TNode>(fetchPage: FetchPage<TNode>, options: PaginateOptions = {}): Promise<TNode[]> {
  const all: TNode[] = [];
  for await (const node of paginate(fetchPage, options)) all.push(node);
  return all;
}

function nodesOf<TNode>(page: ConnectionPage<TNode>): TNode[] {
  if (page.nodes) return page.nodes.filter((node): node is TNode => node !== null && node !== undefined);
  if (page.edges) {
    return page.edges.map((edge) => edge?.node).filter((node): node is TNode => node !== null && node !== undefined);
  }
  throw new TwinningError(
    'GRAPHQL',
    'The page has neither nodes nor edges; select nodes { … } or edges { node { … } }.',
  );
}

function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new TwinningError('INVALID_ARGUMENT', `limit must be a whole number ≥ 0; got ${String(limit)}.`);
  }
  return limit;
}
