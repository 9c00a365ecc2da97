import { ConfigurationError, NotFoundError } from '../errors.ts';

/** The concrete types of the `Place` interface. */
export const PLACE_TYPENAMES = ['Province', 'District', 'Commune', 'Village'] as const;

/**
 * Narrows the answer of `node(id:)` to the expected types. A helper asked about an ID that is not
 * there (or names something else) throws `NotFoundError`, so its result type never includes null.
 */
export function expectNode<TNode extends { __typename: string }, TTypename extends TNode['__typename']>(
  node: TNode | null | undefined,
  typenames: readonly TTypename[],
  entity: string,
  id: string,
): Extract<TNode, { __typename: TTypename }> {
  if (node && (typenames as readonly string[]).includes(node.__typename)) {
    return node as Extract<TNode, { __typename: TTypename }>;
  }
  const found = node ? ` (that ID is a ${node.__typename})` : '';
  throw new NotFoundError(`No ${entity} with ID ${id}${found}.`, entity, id);
}

/** Global IDs are opaque strings; an empty one is a caller's slip worth naming before the server does. */
export function requireId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(
      `${name} must be a global ID string, e.g. the \`id\` of a place or agency.`,
      'INVALID_ARGUMENT',
    );
  }
  return value;
}

/** Drops undefined entries so unset options fall back to the schema's argument defaults. */
export function defined<T extends Record<string, unknown>>(variables: T): T {
  return Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined)) as T;
}
