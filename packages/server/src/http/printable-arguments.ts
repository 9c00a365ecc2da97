import {
  type DefinitionNode,
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { printable } from '../domain/rules.ts';
import type { FieldIssue } from '../errors.ts';

const UNPRINTABLE =
  'Contains a control character or a broken Unicode sequence (such as NUL, or half a surrogate pair); remove it.';
// No argument takes values nested deeper than this; deeper ones are refused without being walked.
const MAX_VARIABLE_DEPTH = 32;
const MAX_ISSUES = 20;
const TOO_DEEP = `Nested more than ${MAX_VARIABLE_DEPTH} levels deep; no argument takes such a value.`;

/**
 * Refuses a query whose arguments carry text that cannot be stored or searched as given (NUL and
 * other control characters, halves of surrogate pairs) — in the document or in its variables —
 * with a VALIDATION error listing where (`extensions.issues`, as a ValidationError does), before
 * any of it reaches the database (PostgreSQL refuses NUL with an error of its own). Mutations
 * check their input field by field and answer with a ValidationError payload (domain/rules.ts).
 */
export function printableArgumentsPlugin(): Plugin {
  // Yoga's parser cache hands out one DocumentNode per query text: its literals are checked once.
  const literalIssues = new WeakMap<DocumentNode, FieldIssue[]>();
  const unprintableLiteralsOf = (document: DocumentNode): FieldIssue[] => {
    const known = literalIssues.get(document);
    if (known) return known;
    const issues = unprintableLiterals(document);
    literalIssues.set(document, issues);
    return issues;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = args.document.definitions.find(
        (definition: DefinitionNode): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (!args.operationName || definition.name?.value === args.operationName),
      );
      if (!operation || operation.operation === 'mutation') return;
      const issues = [
        ...unprintableLiteralsOf(args.document),
        ...unprintableVariables((args.variableValues ?? {}) as Record<string, unknown>),
      ];
      if (issues.length === 0) return;
      issues.splice(MAX_ISSUES);
      const message =
        issues.length === 1
          ? `${issues[0]!.path.join('.')}: ${issues[0]!.message}`
          : `${issues.length} arguments are invalid: ${issues.map((issue) => issue.path.join('.')).join(', ')}`;
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { extensions: { code: 'VALIDATION', issues } })],
      });
    },
  };
}

function unprintableLiterals(document: DocumentNode): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const argumentNames: string[] = [];
  visit(document, {
    Argument: {
      enter: (node) => void argumentNames.push(node.name.value),
      leave: () => void argumentNames.pop(),
    },
    StringValue(node) {
      const name = argumentNames.at(-1);
      if (name && !printable(node.value)) issues.push({ path: [name], message: UNPRINTABLE });
    },
  });
  return issues;
}

/** Every string inside the variables, walked without recursion (variables can nest deeply). */
export function unprintableVariables(variables: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const pending: Array<{ value: unknown; path: string[] }> = Object.entries(variables).map(([name, value]) => ({
    value,
    path: [`$${name}`],
  }));
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (path.length > MAX_VARIABLE_DEPTH) {
      issues.push({ path: path.slice(0, 1), message: TOO_DEEP });
    } else if (typeof value === 'string') {
      if (!printable(value)) issues.push({ path, message: UNPRINTABLE });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => void pending.push({ value: item, path: [...path, String(index)] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: [...path, key] });
    }
  }
  return issues;
}
