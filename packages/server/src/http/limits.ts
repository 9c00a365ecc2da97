import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  type SelectionSetNode,
  type Source,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  /** Tokens in a document: bounds the parser's work on hostile input. */
  maxTokens: number;
  /** Brackets (`{`, `[`, `(`) open at once: the parser recurses once per level. */
  maxNesting: number;
  /** Nested selection levels, counted through fragments. */
  maxDepth: number;
  /** Aliased fields in a document: each alias repeats a field's work. */
  maxAliases: number;
}

export const defaultQueryLimits: QueryLimits = { maxTokens: 10_000, maxNesting: 64, maxDepth: 15, maxAliases: 50 };

/**
 * Refuses documents that cost far more than any real dashboard query before they run: too many
 * tokens or brackets nested too deep (checked before the recursive parser sees them), too deep a
 * selection or too many aliases (checked in time linear in the document). Page sizes and expensive
 * fields are weighed by the cost plugin (cost.ts).
 */
export function queryLimitsPlugin(limits: QueryLimits = defaultQueryLimits): Plugin {
  const refuseDeepNesting = (text: string) => {
    if (deepestNesting(text, limits.maxNesting) > limits.maxNesting) {
      throw new GraphQLError(
        `The document nests brackets more than ${limits.maxNesting} levels deep; flatten the query or its input values.`,
        { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
      );
    }
  };
  return {
    // Over HTTP, before parsing: Yoga answers errors from the parser itself with 200 to
    // application/json clients, and this refusal is a 400 for every client.
    onParams({ params }) {
      if (typeof params.query === 'string') refuseDeepNesting(params.query);
    },
    // Every other way in (WebSocket, persisted documents) goes through the parser.
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        refuseDeepNesting(typeof source === 'string' ? source : (source as Source).body);
        return parse(source, { ...options, maxTokens: limits.maxTokens });
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => depthAndAliasRule(context, limits));
    },
  };
}

/**
 * How deep `{`, `[` and `(` nest in a GraphQL document, outside strings and comments; stops
 * counting once past `limit`. A plain scan, so a document nested thousands deep is refused
 * before the parser's recursion could overflow the stack.
 */
export function deepestNesting(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === '#') {
      while (index < text.length && text[index] !== '\n' && text[index] !== '\r') index++;
    } else if (character === '"') {
      index = text.startsWith('"""', index) ? endOfBlockString(text, index + 3) : endOfString(text, index + 1);
      continue;
    } else if (character === '{' || character === '[' || character === '(') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (character === '}' || character === ']' || character === ')') {
      depth = Math.max(0, depth - 1);
    }
    index++;
  }
  return deepest;
}

function endOfString(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const character = text[index];
    if (character === '\\') index += 2;
    else if (character === '"' || character === '\n' || character === '\r') return index + 1;
    else index++;
  }
  return index;
}

function endOfBlockString(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    if (text.startsWith('\\"""', index)) index += 4;
    else if (text.startsWith('"""', index)) return index + 3;
    else index++;
  }
  return index;
}

function depthAndAliasRule(context: ValidationContext, limits: QueryLimits): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measure = depthMeasure(fragments);
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases += 1;
      if (aliases === limits.maxAliases + 1) {
        context.reportError(
          new GraphQLError(`The query uses more than ${limits.maxAliases} aliases; split it into several requests.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          }),
        );
      }
    },
    OperationDefinition(node) {
      const depth = measure(node.selectionSet);
      if (depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(
            `The query is ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for nested data in a second request.`,
            { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX' } },
          ),
        );
      }
    },
  };
}

/**
 * The depth of a selection set, counted through fragments. Each fragment's depth is computed once
 * and remembered, so a fragment spread a thousand times costs one walk, not a thousand.
 */
function depthMeasure(fragments: Map<string, FragmentDefinitionNode>): (selectionSet: SelectionSetNode) => number {
  const known = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (selectionSet: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection (GraphiQL's schema query) is deep by nature and cheap.
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  };
  const fragmentDepth = (name: string): number => {
    const remembered = known.get(name);
    if (remembered !== undefined) return remembered;
    const fragment = fragments.get(name);
    // A fragment spread into itself is reported by the standard rules.
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const depth = depthOf(fragment.selectionSet);
    visiting.delete(name);
    known.set(name, depth);
    return depth;
  };
  return depthOf;
}
