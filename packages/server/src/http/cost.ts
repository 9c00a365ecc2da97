import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/builder.ts';
import { mapResults } from './results.ts';

export interface CostLimits {
  /** The most a request may cost (see `operationCost`); Shopify's storefront allows 1,000. */
  maxCost: number;
  /** The most IDs one `nodes(ids:)` may look up. */
  maxNodeIds: number;
}

export const defaultCostLimits: CostLimits = { maxCost: 5_000, maxNodeIds: 100 };

/**
 * Root fields that aggregate over the whole graph (or a province of it): each weighs as much as
 * two full pages of objects.
 */
export const ANALYTICS_FIELDS: ReadonlySet<string> = new Set([
  'supportSummary',
  'communeScorecard',
  'progress',
  'gaps',
  'indicatorSeries',
  'commendationTotals',
]);
export const ANALYTICS_WEIGHT = 200;
/** A total computed per object (batched for a page, but still a sum over its activities). */
export const TOTAL_FIELDS: ReadonlySet<string> = new Set(['supportTotal']);
export const TOTAL_WEIGHT = 10;
/** `includeHistory: true` walks the places' lineage as well: it doubles a field's weight. */
export const HISTORY_FACTOR = 2;
/** A list without `first` (an activity's items, a place's recognitions) is counted as this long. */
export const UNPAGED_LIST_LENGTH = 10;

export interface OperationCost {
  /** Points the operation may cost at most (see `operationCost`). */
  cost: number;
  /** The longest `ids` list given to `nodes`. */
  largestIdList: number;
  /** Whether a variable's value entered the cost; if not, the cost is the document's alone. */
  readsVariables: boolean;
}

/**
 * What an operation may cost before it runs, from the document and its variables alone: every
 * object field costs 1 and scalars nothing; a connection multiplies what it selects by its page
 * size (`first`/`last`, else the default page), `nodes(ids:)` by the number of IDs, a list without
 * a page size by `UNPAGED_LIST_LENGTH`; aggregates weigh more (`ANALYTICS_WEIGHT` for the root
 * analytics, `TOTAL_WEIGHT` for a total per object), doubled with `includeHistory: true`. Each fragment is weighed once,
 * so the work is linear in the document's size whatever its spreads.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> = {},
): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || definition.name?.value === operationName)
    )
      operation ??= definition;
  }
  let largestIdList = 0;
  let readsVariables = false;
  if (!operation) return { cost: 0, largestIdList, readsVariables };
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, largestIdList, readsVariables };

  const fragmentCosts = new Map<string, number>();
  const visiting = new Set<string>();

  const argument = (args: readonly ArgumentNode[] | undefined, name: string): unknown => {
    const node = args?.find((candidate) => candidate.name.value === name);
    if (node?.value.kind === Kind.VARIABLE) readsVariables = true;
    return node ? literalValue(node.value, variables) : undefined;
  };

  const fieldCost = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    args: readonly ArgumentNode[] | undefined,
    selectionSet: SelectionSetNode | undefined,
  ): number => {
    let weight = ANALYTICS_FIELDS.has(field.name) ? ANALYTICS_WEIGHT : TOTAL_FIELDS.has(field.name) ? TOTAL_WEIGHT : 0;
    const returned = getNamedType(field.type);
    if (isCompositeType(returned)) {
      const children = selectionSet ? selectionCost(selectionSet, returned) : 0;
      weight += 1 + multiplier(parent, field, args) * children;
    }
    if (argument(args, 'includeHistory') === true) weight *= HISTORY_FACTOR;
    return weight;
  };

  const multiplier = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    args: readonly ArgumentNode[] | undefined,
  ): number => {
    const names = new Set(field.args.map((definition) => definition.name));
    if (names.has('first') || names.has('last')) {
      const size = argument(args, 'first') ?? argument(args, 'last');
      return typeof size === 'number' && Number.isFinite(size)
        ? Math.min(Math.max(size, 0), MAX_PAGE_SIZE)
        : DEFAULT_PAGE_SIZE;
    }
    if (names.has('ids')) {
      const ids = argument(args, 'ids');
      const length = Array.isArray(ids) ? ids.length : 1;
      largestIdList = Math.max(largestIdList, length);
      return length;
    }
    // A connection's `edges` and `nodes` are the page already counted at the connection.
    if (isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection')) return UNPAGED_LIST_LENGTH;
    return 1;
  };

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection is cheap and served from the schema in memory.
        if (selection.name.value.startsWith('__')) continue;
        const field =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (field) total += fieldCost(parent, field, selection.arguments, selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += selectionCost(selection.selectionSet, narrowed(selection.typeCondition?.name.value) ?? parent);
      } else {
        total += fragmentCost(selection.name.value);
      }
    }
    return total;
  };

  const narrowed = (typeName: string | undefined): GraphQLCompositeType | undefined => {
    const type = typeName ? schema.getType(typeName) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = narrowed(fragment?.typeCondition.name.value);
    // Unknown fragments and cycles are refused by validation; they weigh nothing here.
    if (!fragment || !type || visiting.has(name)) return 0;
    visiting.add(name);
    const cost = selectionCost(fragment.selectionSet, type);
    visiting.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  const cost = selectionCost(operation.selectionSet, root);
  return {
    cost: Number.isFinite(cost) ? Math.min(cost, Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER,
    largestIdList,
    readsVariables,
  };
}

function literalValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values;
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}

/**
 * Weighs every operation before it runs (`operationCost`) and refuses one over `maxCost`, or a
 * `nodes(ids:)` with more than `maxNodeIds` IDs, with a typed error. Every response reports
 * `extensions.cost: { requested, limit }`; `requested` is 0 when the request was refused before
 * it could be weighed (it did no work).
 */
export function costPlugin(limits: CostLimits = defaultCostLimits): Plugin {
  const requested = new WeakMap<Request, number>();
  // Yoga's parser cache hands out one DocumentNode per query text: a document whose cost reads no
  // variable is weighed once, not on every request.
  const byDocument = new WeakMap<DocumentNode, Map<string, OperationCost>>();
  const weigh = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: unknown;
  }): OperationCost => {
    const known = byDocument.get(args.document)?.get(args.operationName ?? '');
    if (known) return known;
    const weighed = operationCost(
      args.schema,
      args.document,
      args.operationName,
      (args.variableValues ?? {}) as Record<string, unknown>,
    );
    if (!weighed.readsVariables) {
      const costs = byDocument.get(args.document) ?? new Map<string, OperationCost>();
      costs.set(args.operationName ?? '', weighed);
      byDocument.set(args.document, costs);
    }
    return weighed;
  };
  return {
    onExecute({ args, context, setResultAndStopExecution }) {
      const { cost, largestIdList } = weigh(args);
      if (context.request) requested.set(context.request, cost);
      if (largestIdList > limits.maxNodeIds) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `nodes(ids:) takes at most ${limits.maxNodeIds} IDs (got ${largestIdList}); look them up in several requests.`,
              { extensions: { code: 'BAD_USER_INPUT' } },
            ),
          ],
        });
      } else if (cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `This query may cost ${cost} points; the limit is ${limits.maxCost}. Ask for smaller pages (first), fewer aliases or fewer totals, or split it into several requests.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost: { requested: cost, limit: limits.maxCost } } },
            ),
          ],
        });
      }
    },
    onResultProcess({ request, result, setResult }) {
      const cost = { requested: requested.get(request) ?? 0, limit: limits.maxCost };
      setResult(mapResults(result, (single) => ({ ...single, extensions: { ...single.extensions, cost } })));
    },
  };
}
