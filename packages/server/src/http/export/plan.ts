import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  visit,
} from 'graphql';

/** How a column's values are written: XLSX gets numbers and dates as such, CSV text throughout. */
export type ColumnType = 'number' | 'money' | 'date' | 'datetime' | 'boolean' | 'text';

export interface ExportColumn {
  /** Response keys from a row to the value, e.g. ["commune", "name"]. */
  path: string[];
  header: string;
  type: ColumnType;
}

/** What the export runs and how it turns each page into rows. */
export interface ExportPlan {
  /** The document to run: the caller's text, with paging added when it had none. */
  query: string;
  operationName: string | undefined;
  /** The variable each page's cursor goes into; undefined when there is a single page to read. */
  afterVariable: string | undefined;
  /** Response keys from `data` to the connection (or list) whose items become rows. */
  listPath: string[];
  /** `nodes` or `edges` under a connection; undefined when `listPath` ends at a plain list or an object. */
  itemsKey: 'nodes' | 'edges' | undefined;
  /** The response key of `pageInfo { hasNextPage endCursor }` under the connection. */
  pageInfoKey: string | undefined;
  columns: ExportColumn[];
}

export interface PlanOptions {
  /** Column paths relative to a row (`commune.name`), each optionally with a header: `commune.name:Xã`. */
  columns?: readonly string[];
  /** The connection to walk, as a dotted path of response keys (default: the first in the document). */
  connection?: string;
  /** True when the document came from the persisted manifest: it is run as it is, never rewritten. */
  persisted: boolean;
}

/** A refusal with a message for the caller (HTTP 400). */
export class ExportRequestError extends Error {}

const PAGE_SIZE = 100;
const AFTER_VARIABLE = 'twinningExportAfter';
const PAGE_INFO_ALIAS = 'twinningExportPageInfo';

/**
 * Reads a query and decides what to export: the first connection it selects (or the one named),
 * whose `nodes` (or `edges`) become rows and whose every page is read, and the columns — every
 * scalar the document selects inside a row, in document order, typed from the schema. A document
 * sent as text gets `after: $twinningExportAfter` and `pageInfo` added where it lacks them, so any
 * query can be exported whole; a persisted document must already declare `$after` on it.
 */
export function planExport(schema: GraphQLSchema, text: string, options: PlanOptions): ExportPlan {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    throw new ExportRequestError((error as GraphQLError).message);
  }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1 || operations[0]!.operation !== 'query') {
    throw new ExportRequestError('Send one query operation to export (no mutation, subscription or second operation).');
  }
  const operation = operations[0]!;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const found = collect(schema, operation.selectionSet, schema.getQueryType()!, fragments);
  const wanted = options.connection?.split('.').filter(Boolean);
  const connection = wanted
    ? found.connections.find((candidate) => candidate.path.join('.') === wanted.join('.'))
    : found.connections[0];
  if (wanted && !connection) {
    const known = found.connections.map((candidate) => candidate.path.join('.')).join(', ') || 'none';
    throw new ExportRequestError(`The query selects no connection at ${wanted.join('.')} (connections: ${known}).`);
  }
  const list = connection ? undefined : found.lists[0];
  const listPath = connection?.path ?? list ?? [];
  const itemsKey = connection ? (connection.selects.has('nodes') ? 'nodes' : 'edges') : undefined;
  const rowPath = itemsKey ? [...listPath, itemsKey] : listPath;
  const available = found.leaves
    .filter((leaf) => startsWith(leaf.path, rowPath) && leaf.path.length > rowPath.length)
    .map((leaf) => ({ ...leaf, path: leaf.path.slice(rowPath.length) }));
  const columns = chooseColumns(available, options.columns);

  if (!connection) {
    return {
      query: text,
      operationName: operation.name?.value,
      afterVariable: undefined,
      listPath,
      itemsKey,
      pageInfoKey: undefined,
      columns,
    };
  }
  if (options.persisted) {
    const after = connection.field.arguments?.find((argument) => argument.name.value === 'after');
    const pageInfo = connection.field.selectionSet?.selections.find(
      (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === 'pageInfo',
    );
    const pageInfoFields = new Set(
      pageInfo?.selectionSet?.selections.map((selection) =>
        selection.kind === Kind.FIELD ? selection.name.value : '',
      ),
    );
    if (
      after?.value.kind !== Kind.VARIABLE ||
      !pageInfo ||
      !pageInfoFields.has('hasNextPage') ||
      !pageInfoFields.has('endCursor')
    ) {
      throw new ExportRequestError(
        `The persisted document cannot be read page by page: its ${connection.path.join('.')} needs \`after: $after\` and \`pageInfo { hasNextPage endCursor }\`. Send the query text instead.`,
      );
    }
    return {
      query: text,
      operationName: operation.name?.value,
      afterVariable: after.value.name.value,
      listPath,
      itemsKey,
      pageInfoKey: (pageInfo.alias ?? pageInfo.name).value,
      columns,
    };
  }
  const { query, afterVariable } = addPaging(document, operation, connection.field);
  return {
    query,
    operationName: operation.name?.value,
    afterVariable,
    listPath,
    itemsKey,
    pageInfoKey: PAGE_INFO_ALIAS,
    columns,
  };
}

interface Leaf {
  path: string[];
  type: ColumnType;
}

interface Connection {
  path: string[];
  field: FieldNode;
  /** The connection's own fields the document selects (`nodes`, `edges`, `pageInfo`, …). */
  selects: Set<string>;
}

interface Found {
  leaves: Leaf[];
  connections: Connection[];
  /** Paths of lists of objects outside any list: rows when the query selects no connection. */
  lists: string[][];
}

function collect(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  root: GraphQLNamedType,
  fragments: Map<string, FragmentDefinitionNode>,
): Found {
  const found: Found = { leaves: [], connections: [], lists: [] };
  const seenLeaves = new Set<string>();
  const walk = (
    selections: SelectionSetNode,
    parent: GraphQLNamedType,
    path: string[],
    inList: boolean,
    depth: number,
  ) => {
    if (depth > 30) return;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) walk(selection.selectionSet, type, path, inList, depth + 1);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type) walk(fragment.selectionSet, type, path, inList, depth + 1);
        continue;
      }
      const key = (selection.alias ?? selection.name).value;
      const here = [...path, key];
      if (selection.name.value === '__typename') {
        addLeaf(here, 'text');
        continue;
      }
      const definition =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!definition) continue;
      const type = getNamedType(definition.type);
      const isList = isListType(getNullableType(definition.type));
      if (!isCompositeType(type) || !selection.selectionSet) {
        addLeaf(here, columnType(type.name));
        continue;
      }
      if (!inList && !isList && isConnection(type)) {
        const selects = new Set(
          selection.selectionSet.selections.map((child) => (child.kind === Kind.FIELD ? child.name.value : '')),
        );
        if (selects.has('nodes') || selects.has('edges'))
          found.connections.push({ path: here, field: selection, selects });
      }
      if (!inList && isList) found.lists.push(here);
      walk(selection.selectionSet, type, here, inList || isList, depth + 1);
    }
  };
  const addLeaf = (path: string[], type: ColumnType) => {
    const key = path.join('.');
    if (seenLeaves.has(key)) return;
    seenLeaves.add(key);
    found.leaves.push({ path, type });
  };
  walk(selectionSet, root, [], false, 0);
  return found;
}

function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'pageInfo' in fields && ('nodes' in fields || 'edges' in fields);
}

function columnType(scalar: string): ColumnType {
  switch (scalar) {
    case 'Int':
    case 'Float':
      return 'number';
    case 'Money':
      return 'money';
    case 'Date':
      return 'date';
    case 'DateTime':
      return 'datetime';
    case 'Boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

function chooseColumns(available: Leaf[], requested: readonly string[] | undefined): ExportColumn[] {
  if (!requested?.length) return available.map((leaf) => ({ ...leaf, header: leaf.path.join('.') }));
  const byPath = new Map(available.map((leaf) => [leaf.path.join('.'), leaf]));
  return requested.map((spec) => {
    const separator = spec.indexOf(':');
    const path = (separator < 0 ? spec : spec.slice(0, separator)).trim();
    const header = separator < 0 ? path : spec.slice(separator + 1).trim();
    const leaf = byPath.get(path);
    if (!leaf) {
      throw new ExportRequestError(
        `No column ${path} in a row of this query; the query selects: ${[...byPath.keys()].join(', ') || 'nothing'}.`,
      );
    }
    return { ...leaf, header: header || path };
  });
}

/** Adds `after: $twinningExportAfter`, `first: 100` when absent, and an aliased `pageInfo` to the connection. */
function addPaging(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  connection: FieldNode,
): { query: string; afterVariable: string } {
  const existing = connection.arguments?.find((argument) => argument.name.value === 'after');
  const afterVariable = existing?.value.kind === Kind.VARIABLE ? existing.value.name.value : AFTER_VARIABLE;
  const argument = (name: string, value: ArgumentNode['value']): ArgumentNode => ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value,
  });
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  const field = (fieldName: string, selections: FieldNode[] = [], alias?: string): FieldNode => ({
    kind: Kind.FIELD,
    name: name(fieldName),
    ...(alias ? { alias: name(alias) } : {}),
    ...(selections.length ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
  });
  const rewritten = visit(document, {
    Field(node) {
      if (node !== connection) return undefined;
      const args = (node.arguments ?? []).filter(
        (arg) => arg.name.value !== 'after' || (arg === existing && arg.value.kind === Kind.VARIABLE),
      );
      if (!existing || existing.value.kind !== Kind.VARIABLE) {
        args.push(argument('after', { kind: Kind.VARIABLE, name: name(AFTER_VARIABLE) }));
      }
      if (!args.some((arg) => arg.name.value === 'first')) {
        args.push(argument('first', { kind: Kind.INT, value: String(PAGE_SIZE) }));
      }
      const pageInfo = field('pageInfo', [field('hasNextPage'), field('endCursor')], PAGE_INFO_ALIAS);
      return {
        ...node,
        arguments: args,
        selectionSet: { ...node.selectionSet!, selections: [...node.selectionSet!.selections, pageInfo] },
      };
    },
    OperationDefinition(node) {
      if (node !== operation || afterVariable !== AFTER_VARIABLE) return undefined;
      if (node.variableDefinitions?.some((definition) => definition.variable.name.value === AFTER_VARIABLE))
        return undefined;
      return {
        ...node,
        variableDefinitions: [
          ...(node.variableDefinitions ?? []),
          {
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: name(AFTER_VARIABLE) },
            type: { kind: Kind.NAMED_TYPE, name: name('String') },
          },
        ],
      };
    },
  });
  return { query: print(rewritten), afterVariable };
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}
