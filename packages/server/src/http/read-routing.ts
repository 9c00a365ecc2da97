import { type DocumentNode, GraphQLError, getOperationAST, Kind, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { parseWalPosition, type ReadReplicas } from '../db/replicas.ts';
import type { Context } from '../schema/context.ts';
import { mapResults } from './results.ts';

/** The request header a client sends to read its own writes: `extensions.readAfter` of its last mutation. */
export const READ_AFTER_HEADER = 'twinning-read-after';

/**
 * Read-only queries go to a streaming replica; mutations, subscriptions and the pull change feed
 * stay on the primary (the feed's cursors are the primary's positions). Every mutation's response
 * carries `extensions.readAfter`, the primary's WAL position after it committed; a read that sends
 * it back in the `Twinning-Read-After` header is served by a replica that has replayed that far,
 * else by the primary — on whichever instance the load balancer picks.
 */
export function readRoutingPlugin(replicas: ReadReplicas): Plugin {
  const mutations = new WeakSet<Request>();
  return {
    onExecute({ args, extendContext }) {
      const operation = getOperationAST(args.document, args.operationName);
      const request = (args.contextValue as { request?: Request }).request;
      if (operation?.operation === 'mutation') {
        if (request) mutations.add(request);
        return;
      }
      if (operation?.operation !== 'query' || readsPrimaryOnlyField(args.document, operation.selectionSet)) return;
      const header = request?.headers.get(READ_AFTER_HEADER) ?? null;
      const after = header === null ? null : parseWalPosition(header);
      if (header !== null && after === null) {
        throw new GraphQLError(
          `The ${READ_AFTER_HEADER} header holds a position as a mutation returned it in extensions.readAfter (e.g. 0/16B3748); got "${header.slice(0, 40)}".`,
          { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
        );
      }
      const replica = replicas.readerFor(after);
      const replicaContext: Pick<Context, 'db'> | null = replica ? { db: replica } : null;
      if (replicaContext) extendContext(replicaContext as Record<string, unknown>);
    },
    async onResultProcess({ request, result, setResult }) {
      if (!mutations.has(request)) return;
      const readAfter = await replicas.primaryPosition().catch(() => null);
      if (readAfter === null) return;
      setResult(mapResults(result, (single) => ({ ...single, extensions: { ...single.extensions, readAfter } })));
    },
  };
}

/** Root fields answered from the primary whatever the request: the pull change feed. */
const PRIMARY_ONLY_FIELDS = new Set(['changes']);

function readsPrimaryOnlyField(document: DocumentNode, selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return PRIMARY_ONLY_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return readsPrimaryOnlyField(document, selection.selectionSet);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && readsPrimaryOnlyField(document, fragment.selectionSet);
  });
}
