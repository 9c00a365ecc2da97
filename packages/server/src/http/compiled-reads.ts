import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableValues,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { indicatorSeriesJson } from '../analytics/indicator-series/json-fields.ts';
import {
  communeScorecardJson,
  communeScorecardJsonSource,
  criteriaLevelScoreJson,
  unmetCriterionJson,
} from '../analytics/scorecard/json-fields.ts';
import {
  supportGroupJson,
  supportSummaryConnectionJson,
  supportSummaryJson,
} from '../analytics/support-summary/json-fields.ts';
import { supportTotalJson } from '../analytics/support-total/json-fields.ts';
import { textQueryOf } from '../db/text-queries.ts';
import { activityJson, allActivitiesJson } from '../domain/activity/json-fields.ts';
import { agencyJson } from '../domain/agency/json-fields.ts';
import { criterionJson } from '../domain/criteria/json-fields.ts';
import { indicatorObservationJson } from '../domain/indicator/json-fields.ts';
import { needJson } from '../domain/need/json-fields.ts';
import { allPlacesJson, placeByCodeJson, placeJson } from '../domain/place/json-fields.ts';
import { twinningJson } from '../domain/twinning/json-fields.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/builder.ts';
import type { Context } from '../schema/context.ts';
import type { FieldArguments, JsonField, JsonSource } from '../sql/json-select.ts';

const sources: Readonly<Record<string, JsonSource>> = {
  Place: placeJson,
  Agency: agencyJson,
  Activity: activityJson,
  Twinning: twinningJson,
  Need: needJson,
  Criterion: criterionJson,
  IndicatorObservation: indicatorObservationJson,
  IndicatorSeries: indicatorSeriesJson,
  SupportTotal: supportTotalJson,
  CommuneScorecard: communeScorecardJsonSource,
  CriteriaLevelScore: criteriaLevelScoreJson,
  UnmetCriterion: unmetCriterionJson,
  SupportSummaryConnection: supportSummaryConnectionJson,
  SupportGroup: supportGroupJson,
};
const rootFields: Readonly<Record<string, JsonField>> = {
  place: placeByCodeJson,
  places: allPlacesJson,
  activities: allActivitiesJson,
  communeScorecard: communeScorecardJson,
  supportSummary: supportSummaryJson,
};

/**
 * Queries that ask only for fields that are columns or plain joins of places, agencies and
 * activities (`domain/<concept>/json-fields.ts`) are answered by one SQL statement that builds the
 * response's `data` in PostgreSQL, as PostGraphile does: no rows cross into JavaScript, and no
 * resolver runs. The statement is planned once per document and operation; every argument is a
 * parameter. Anything else — another field, a directive, a cursor, an argument value the SQL does
 * not handle, a variable that does not coerce, a database error — runs through the resolvers
 * instead, which answer it or report why not.
 */
export function compiledReadsPlugin(onAnswered?: (args: ExecutionArgs, plan: Plan) => void): Plugin {
  const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const byOperation = plans.get(args.document) ?? new Map<string, Plan | null>();
      const operationKey = args.operationName ?? '';
      let plan = byOperation.get(operationKey);
      if (plan === undefined) {
        plan = planOf(args.schema, args.document, args.operationName);
        byOperation.set(operationKey, plan);
        plans.set(args.document, byOperation);
      }
      if (plan === null) return;
      const compiled = plan;
      setExecuteFn(async (executionArgs: ExecutionArgs) => {
        const { db } = executionArgs.contextValue as Context;
        const answer = await answerWith(compiled, executionArgs.schema, executionArgs.variableValues, db);
        if (answer === undefined) return executeFn(executionArgs);
        onAnswered?.(executionArgs, compiled);
        return jsonTextResult(answer);
      });
    },
  };
}

/** A statement with one parameter per argument use, each read from the request's variables. */
export interface Plan {
  readonly sql: string;
  readonly operation: OperationDefinitionNode;
  readonly parameters: ReadonlyArray<Parameter>;
}

/** A parameter's text for this request, null for SQL NULL; undefined when the SQL does not handle its value. */
type Parameter = (variables: VariableValues | undefined) => string | null | undefined;

/** The `data` of the response as PostgreSQL wrote it; undefined when the resolvers should answer instead. */
export async function answerWith(
  plan: Plan,
  schema: GraphQLSchema,
  variableValues: ExecutionArgs['variableValues'],
  db: Context['db'],
): Promise<string | undefined> {
  try {
    let variables: VariableValues | undefined;
    if (plan.operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, plan.operation.variableDefinitions, variableValues ?? {});
      if (coerced.errors) return undefined;
      variables = coerced.variableValues;
    }
    const values: Array<string | null> = [];
    for (const parameter of plan.parameters) {
      const value = parameter(variables);
      if (value === undefined) return undefined;
      values.push(value);
    }
    return await textQueryOf(db)(plan.sql, values);
  } catch {
    // The resolvers meet the same problem and report it as they always do.
    return undefined;
  }
}

/** `data` as PostgreSQL wrote it: spliced into the response as it is, parsed only for a consumer that reads it. */
class JsonText {
  constructor(readonly text: string) {}
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

export function jsonTextResult(text: string): ExecutionResult {
  // graphql-yoga serializes a result with its own `stringify` when it has one.
  const result = { data: new JsonText(text), stringify: stringifyResult };
  return result as unknown as ExecutionResult;
}

/**
 * The response body as UTF-8 bytes, written straight from PostgreSQL's text. Returned as a string,
 * the body would be joined into a new string (PostgreSQL's JSON with Vietnamese names decodes to
 * two bytes a character), then measured and encoded by the HTTP layer: 3–4 copies of every answer
 * on the heap per request. A Buffer goes out as it is.
 */
export function stringifyResult(result: ExecutionResult): string | Buffer {
  const { data, ...rest } = result as { data?: unknown };
  if (!(data instanceof JsonText)) return JSON.stringify(result);
  const tail = JSON.stringify(rest);
  const end = tail === '{}' ? '}' : `,${tail.slice(1)}`;
  const body = Buffer.allocUnsafe(DATA_KEY.length + Buffer.byteLength(data.text) + Buffer.byteLength(end));
  let at = body.write(DATA_KEY);
  at += body.write(data.text, at);
  body.write(end, at);
  return body;
}

const DATA_KEY = '{"data":';

class NotCompiled extends Error {}

function planOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Plan | null {
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (operation?.operation !== 'query' || !queryType || operation.directives?.length) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const compiler = new StatementCompiler(schema, fragments);
  try {
    const data = compiler.rootObject(queryType, operation.selectionSet);
    return { sql: `SELECT ${data} AS data`, operation, parameters: compiler.parameters };
  } catch {
    // NotCompiled, or a field's SQL that cannot be built for this selection: the resolvers answer.
    return null;
  }
}

type FieldGroups = Map<string, FieldNode[]>;

class StatementCompiler {
  readonly parameters: Parameter[] = [];
  private aliases = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  rootObject(queryType: GraphQLObjectType, selectionSet: SelectionSetNode): string {
    const entries: Array<[string, string]> = [];
    for (const [key, nodes] of this.collect(queryType, [selectionSet])) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        entries.push([key, `'"${queryType.name}"'`]);
        continue;
      }
      const spec = rootFields[name];
      const definition = queryType.getFields()[name];
      if (!spec || !definition) throw new NotCompiled();
      entries.push([key, this.field(spec, definition, nodes, '', queryType.name)]);
    }
    return objectOf(entries);
  }

  /** The JSON of one row (aliased `row`) of `source`, as the GraphQL `type` (or one of its possible types) answers. */
  private object(type: GraphQLNamedType, selections: SelectionSetNode[], row: string, source: JsonSource): string {
    const possibleTypes: readonly GraphQLObjectType[] = isAbstractType(type)
      ? this.schema.getPossibleTypes(type)
      : isObjectType(type)
        ? [type]
        : [];
    if (possibleTypes.length === 0) throw new NotCompiled();
    const variantOf = (objectType: GraphQLObjectType) => {
      const condition = source.variants[objectType.name];
      if (!condition) throw new NotCompiled();
      const entries: Array<[string, string]> = [];
      for (const [key, nodes] of this.collect(objectType, selections)) {
        const name = nodes[0]!.name.value;
        if (name === '__typename') {
          entries.push([key, `'"${objectType.name}"'`]);
          continue;
        }
        const spec = source.fields[`${objectType.name}.${name}`] ?? source.fields[name];
        const definition = objectType.getFields()[name];
        if (!spec || !definition) throw new NotCompiled();
        entries.push([key, this.field(spec, definition, nodes, row, objectType.name)]);
      }
      return { condition: condition(row), json: objectOf(entries) };
    };
    // Where every possible type asks the same fields the same way (a place's name and code, whatever
    // its level), each is compiled from the same aliases and parameters: the same text then means
    // one JSON for all, and the statement carries one set of subqueries instead of one per type.
    const start = { aliases: this.aliases, parameters: this.parameters.length };
    const first = variantOf(possibleTypes[0]!);
    const same = possibleTypes.slice(1).every((objectType) => {
      this.aliases = start.aliases;
      this.parameters.length = start.parameters;
      return variantOf(objectType).json === first.json;
    });
    if (same) return first.json;
    this.aliases = start.aliases;
    this.parameters.length = start.parameters;
    const variants = possibleTypes.map(variantOf);
    // A row of none of the types writes null, as json_agg wrote it: string_agg drops a NULL.
    return `CASE ${variants.map((variant) => `WHEN ${variant.condition} THEN ${variant.json}`).join(' ')} ELSE 'null' END`;
  }

  private field(
    spec: JsonField,
    definition: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    row: string,
    typeName: string,
  ): string {
    const node = nodes[0]!;
    const selections = selectionSetsOf(nodes);
    switch (spec.kind) {
      case 'value':
        if (node.arguments?.length || !row) throw new NotCompiled();
        return jsonOf(spec.sql(row, typeName));
      case 'object': {
        const args = this.argumentsOf(definition, node, spec.arguments ?? []);
        const source = sourceOf(spec.source);
        const target = this.alias();
        const from = spec.from ? spec.from(row, target, args) : `${tableOf(source)} ${target}`;
        const where = spec.where ? ` WHERE ${spec.where(row, target, args)}` : '';
        const json = this.object(getNamedType(definition.type), selections, target, source);
        const order = spec.orderBy ? ` ORDER BY ${spec.orderBy(target)}` : '';
        return `coalesce((SELECT ${json} FROM ${from}${where}${order} LIMIT 1), 'null')`;
      }
      case 'composite':
        if (node.arguments?.length || !row || !isNonNullType(definition.type)) throw new NotCompiled();
        return this.object(getNamedType(definition.type), selections, `(${spec.sql(row)})`, sourceOf(spec.source));
      case 'list': {
        this.argumentsOf(definition, node, []);
        const source = sourceOf(spec.source);
        const target = this.alias();
        const order = spec.orderBy(target);
        const where = spec.where ? ` WHERE ${spec.where(row, target)}` : '';
        const json = this.object(getNamedType(definition.type), selections, target, source);
        return listOf(`SELECT ${json} AS json FROM ${spec.from(row, target)}${where} ORDER BY ${order}`);
      }
      case 'connection':
        return this.connection(spec, definition, node, selections, row);
    }
  }

  /** A connection's `nodes` (its first page), `totalCount` and `__typename`; cursors and pageInfo do not compile. */
  private connection(
    spec: Extract<JsonField, { kind: 'connection' }>,
    definition: GraphQLField<unknown, unknown>,
    node: FieldNode,
    selections: SelectionSetNode[],
    row: string,
  ): string {
    const connectionType = getNamedType(definition.type);
    if (!isObjectType(connectionType)) throw new NotCompiled();
    const args = this.argumentsOf(definition, node, [...(spec.arguments ?? []), 'first']);
    const source = sourceOf(spec.source);
    const entries: Array<[string, string]> = [];
    for (const [key, nodes] of this.collect(connectionType, selections)) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        entries.push([key, `'"${connectionType.name}"'`]);
      } else if (name === 'totalCount') {
        const target = this.alias();
        entries.push([
          key,
          `(SELECT count(*) FROM ${tableOf(source)} ${target} WHERE ${spec.where(row, target, args)})::text`,
        ]);
      } else if (name === 'nodes') {
        const nodesField = connectionType.getFields().nodes;
        if (!nodesField) throw new NotCompiled();
        const target = this.alias();
        const order = spec.orderBy(target, args);
        const first = args.parameter('first', 'int', pageSize);
        const json = this.object(getNamedType(nodesField.type), selectionSetsOf(nodes), target, source);
        entries.push([
          key,
          listOf(
            `SELECT ${json} AS json FROM ${tableOf(source)} ${target} WHERE ${spec.where(row, target, args)} ORDER BY ${order} LIMIT ${first}`,
          ),
        ]);
      } else {
        throw new NotCompiled();
      }
    }
    return objectOf(entries);
  }

  /** The field's arguments for its SQL; an argument the SQL does not read makes the field not compile. */
  private argumentsOf(
    definition: GraphQLField<unknown, unknown>,
    node: FieldNode,
    readable: readonly string[],
  ): FieldArguments {
    for (const argument of node.arguments ?? []) {
      if (!readable.includes(argument.name.value)) throw new NotCompiled();
    }
    const parameters = this.parameters;
    // A request's parameters are read one after another: the field's arguments are coerced once for
    // all of its parameters (and once for good when they are all written in the document).
    let coerced: { variables: VariableValues | undefined; values: Record<string, unknown> } | undefined;
    const valuesFor = (variables: VariableValues | undefined) => {
      if (!coerced || coerced.variables !== variables) {
        coerced = { variables, values: getArgumentValues(definition, node, variables) };
      }
      return coerced.values;
    };
    return {
      parameter(name, sqlType, convert) {
        parameters.push((variables) => convert(valuesFor(variables)[name]));
        return `$${parameters.length}::${sqlType}`;
      },
      constant(value) {
        parameters.push(() => value);
        return `$${parameters.length}`;
      },
      literal(name) {
        const argument = node.arguments?.find((each) => each.name.value === name);
        // A variable anywhere in it (a list item, an input field) would read as absent here.
        if (argument && holdsVariable(argument.value)) throw new NotCompiled();
        try {
          // This argument alone: the others (required ones among them) may come from variables.
          const alone: GraphQLField<unknown, unknown> = Object.assign(Object.create(definition), {
            args: definition.args.filter((each) => each.name === name),
          });
          return getArgumentValues(alone, { ...node, arguments: argument ? [argument] : [] })[name];
        } catch {
          throw new NotCompiled();
        }
      },
    };
  }

  /** The fields a selection asks of an object type, merged by response key, as graphql-js collects them. */
  private collect(
    type: GraphQLObjectType,
    selectionSets: SelectionSetNode[],
    into: FieldGroups = new Map(),
  ): FieldGroups {
    for (const selectionSet of selectionSets) {
      for (const selection of selectionSet.selections) {
        if (selection.directives?.length) throw new NotCompiled();
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const group = into.get(key);
          if (group) group.push(selection);
          else into.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!selection.typeCondition || this.applies(selection.typeCondition.name.value, type)) {
            this.collect(type, [selection.selectionSet], into);
          }
        } else {
          const fragment = this.fragments[selection.name.value];
          if (!fragment || selection.arguments?.length) throw new NotCompiled();
          if (this.applies(fragment.typeCondition.name.value, type)) this.collect(type, [fragment.selectionSet], into);
        }
      }
    }
    return into;
  }

  private applies(typeCondition: string, type: GraphQLObjectType): boolean {
    if (typeCondition === type.name) return true;
    const condition = this.schema.getType(typeCondition);
    return condition !== undefined && isAbstractType(condition) && this.schema.isSubType(condition, type);
  }

  private alias(): string {
    this.aliases += 1;
    return `t${this.aliases}`;
  }
}

/** Whether a value written in a document refers to a variable, at any depth. */
function holdsVariable(value: ValueNode): boolean {
  switch (value.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return value.values.some(holdsVariable);
    case Kind.OBJECT:
      return value.fields.some((field) => holdsVariable(field.value));
    default:
      return false;
  }
}

/** The selection sets of a field asked for under one response key (merged, as graphql-js merges them). */
function selectionSetsOf(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((each) => (each.selectionSet ? [each.selectionSet] : []));
}

/**
 * The JSON array of the rows (`json`, their JSON text) of an ordered query, in its order. PostgreSQL
 * aggregates a sorted subquery's rows in that order (PostgREST and PostGraphile v4 build their lists
 * so too), and where the rows already come in order (IDs unnested WITH ORDINALITY, then joined) it
 * sorts nothing; an ORDER BY inside the aggregate would sort every list again, on every execution,
 * until PostgreSQL 16.
 */
function listOf(ordered: string): string {
  return `(SELECT coalesce('[' || string_agg(list.json, ', ') || ']', '[]') FROM (${ordered}) list)`;
}

function tableOf(source: JsonSource): string {
  if (!source.table) throw new NotCompiled();
  return source.table;
}

function sourceOf(name: string): JsonSource {
  const source = sources[name];
  if (!source) throw new Error(`No JSON source ${name}`);
  return source;
}

/** A page size as the connections take it: the default when absent; one the resolvers refuse is theirs to explain. */
function pageSize(value: unknown): string | undefined {
  if (value === undefined || value === null) return String(DEFAULT_PAGE_SIZE);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PAGE_SIZE
    ? String(value)
    : undefined;
}

/** A scalar SQL value's JSON text, as json_build_object writes it. */
function jsonOf(value: string): string {
  return `coalesce(to_json(${value})::text, 'null')`;
}

/**
 * A JSON object's text from its members' JSON texts. Written out rather than built by
 * json_build_object, which (to PostgreSQL 15) looks up how to write each of its arguments, keys
 * included, again on every call: a fifth of the instructions of a read of 412 communes. Response
 * keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): safe in JSON and in an SQL string literal.
 */
function objectOf(entries: Array<[string, string]>): string {
  const members = entries.map(([key, value], index) => `'${index ? ', ' : ''}"${key}" : ' || ${value}`);
  return `('{' || ${[...members, "'}'"].join(' || ')})`;
}
