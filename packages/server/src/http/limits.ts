import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  /** Tokens in a document: bounds the parser's work on hostile input. */
  maxTokens: number;
  /** Nested selection levels, counted through fragments. */
  maxDepth: number;
  /** Aliased fields in a document: each alias repeats a field's work. */
  maxAliases: number;
}

export const defaultQueryLimits: QueryLimits = { maxTokens: 10_000, maxDepth: 15, maxAliases: 50 };

/**
 * Refuses documents that cost far more than any real dashboard query before they run. Page sizes
 * are bounded separately, by every connection.
 */
export function queryLimitsPlugin(limits: QueryLimits = defaultQueryLimits): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parse(source, { ...options, maxTokens: limits.maxTokens }));
    },
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => depthAndAliasRule(context, limits));
    },
  };
}

function depthAndAliasRule(context: ValidationContext, limits: QueryLimits): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases += 1;
      if (aliases === limits.maxAliases + 1) {
        context.reportError(
          new GraphQLError(`The query uses more than ${limits.maxAliases} aliases; split it into several requests.`, {
            nodes: [node],
          }),
        );
      }
    },
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragments, new Set());
      if (depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(
            `The query is ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for nested data in a second request.`,
            { nodes: [node] },
          ),
        );
      }
    },
  };
}

function depthOf(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (GraphiQL's schema query) is deep by nature and cheap.
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(
        deepest,
        selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 1,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread into itself is reported by the standard rules.
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(fragment.name.value);
    }
  }
  return deepest;
}
