import { readFile } from 'node:fs/promises';
import { gql, type TypedDocumentNode } from '@urql/core';
import { CliError, ExitCode } from './exit.ts';

/** A GraphQL document read from a file, with what the CLI needs to know about its operation. */
export interface LoadedDocument {
  text: string;
  node: TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  operationName: string | undefined;
  kind: 'query' | 'mutation' | 'subscription';
  /** Each declared variable and its type, e.g. `groupBy` → `[SupportDimension!]!`. */
  variables: Map<string, TypeShape>;
}

/** A variable's type as the document writes it. */
export type TypeShape =
  | { kind: 'NamedType'; name: { value: string } }
  | { kind: 'ListType'; type: TypeShape }
  | { kind: 'NonNullType'; type: TypeShape };

interface DefinitionShape {
  kind: string;
  operation?: 'query' | 'mutation' | 'subscription';
  name?: { value: string };
  variableDefinitions?: ReadonlyArray<{ variable: { name: { value: string } }; type: TypeShape }>;
}

export async function loadDocument(path: string): Promise<LoadedDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${(error as Error).message}`, ExitCode.usage);
  }
  let node: LoadedDocument['node'];
  try {
    node = gql(text);
  } catch (error) {
    throw new CliError(`${path} is not a GraphQL document: ${(error as Error).message}`, ExitCode.usage);
  }
  const operations = (node.definitions as ReadonlyArray<DefinitionShape>).filter(
    (definition) => definition.kind === 'OperationDefinition',
  );
  if (operations.length !== 1) {
    throw new CliError(
      `${path} must hold exactly one operation (query, mutation or subscription); it holds ${operations.length}.`,
      ExitCode.usage,
    );
  }
  const [operation] = operations as [DefinitionShape];
  return {
    text,
    node,
    operationName: operation.name?.value,
    kind: operation.operation ?? 'query',
    variables: new Map(
      (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.type]),
    ),
  };
}

/**
 * Variables from `--var name=value` (typed by the document's declarations: `first=10` is a
 * number for `$first: Int`, `groupBy=COMMUNE,YEAR` a list for a list type) and `--variables '{…}'`.
 */
export function parseVariables(
  document: LoadedDocument,
  pairs: readonly string[],
  json: string | undefined,
): Record<string, unknown> {
  let variables: Record<string, unknown> = {};
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      variables = parsed as Record<string, unknown>;
    } catch {
      throw new CliError(`--variables must be a JSON object, e.g. '{"first": 10}'; got ${json}.`, ExitCode.usage);
    }
  }
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new CliError(`--var takes name=value (e.g. --var first=10); got ${pair}.`, ExitCode.usage);
    const name = pair.slice(0, equals).replace(/^\$/, '');
    const type = document.variables.get(name);
    if (!type) {
      const declared = [...document.variables.keys()].map((key) => `$${key}`).join(', ') || 'none';
      throw new CliError(`The document declares no $${name} (it declares: ${declared}).`, ExitCode.usage);
    }
    variables[name] = coerce(pair.slice(equals + 1), type, name);
  }
  return variables;
}

function coerce(raw: string, type: TypeShape, name: string): unknown {
  if (type.kind === 'NonNullType') return coerce(raw, type.type, name);
  if (type.kind === 'ListType') {
    if (raw.trim().startsWith('[')) return parseJson(raw, name);
    return raw.split(',').map((item) => coerce(item.trim(), type.type, name));
  }
  const value = raw.trim();
  switch (type.name.value) {
    case 'Int':
      if (!/^-?\d+$/.test(value)) throw new CliError(`$${name} is an Int; got ${raw}.`, ExitCode.usage);
      return Number(value);
    case 'Float':
      if (value === '' || !Number.isFinite(Number(value))) {
        throw new CliError(`$${name} is a Float; got ${raw}.`, ExitCode.usage);
      }
      return Number(value);
    case 'Boolean':
      if (value === 'true' || value === 'false') return value === 'true';
      throw new CliError(`$${name} is a Boolean: true or false; got ${raw}.`, ExitCode.usage);
    default:
      // Input objects come as JSON; strings, IDs, enums, dates and money as they are.
      return value.startsWith('{') ? parseJson(value, name) : raw;
  }
}

function parseJson(raw: string, name: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new CliError(`$${name} looks like JSON but does not parse: ${raw}`, ExitCode.usage);
  }
}
