/**
 * How a GraphQL type's fields read as SQL that builds their JSON, for reads answered by one
 * statement (http/compiled-reads.ts). Each concept declares the fields whose answer is a column
 * or a plain join (`domain/<concept>/json-fields.ts`); a query that asks for anything else runs
 * through the resolvers as usual. test/compiled-reads.test.ts checks every field declared here
 * against the resolvers' answer.
 */

/** A row's table, the GraphQL types its rows may be, and the fields that read as SQL. */
export interface JsonSource {
  /** The table, as SQL names it; absent for rows only a field's `from` makes (a computed result, its parts). */
  readonly table?: string;
  /**
   * The GraphQL object types a row may be, each with the SQL condition a row of it meets (Place:
   * its level); a table of one type lists that type with `true`.
   */
  readonly variants: Readonly<Record<string, (row: string) => string>>;
  /** By field name, or by "Type.field" for a field of one of the types. */
  readonly fields: Readonly<Record<string, JsonField>>;
}

/** The arguments of one field, as a field's SQL reads them. */
export interface FieldArguments {
  /**
   * A placeholder for the argument's value in this request, as `convert` turns it into the text of
   * an SQL value of `sqlType`. `convert` returns `undefined` for a value the SQL does not handle:
   * that request then runs through the resolvers, which answer it (or explain why not).
   */
  parameter(name: string, sqlType: 'text' | 'date' | 'int', convert: (value: unknown) => string | undefined): string;
  /** The argument's value written in the document, or its default; a variable makes the field not compile. */
  literal(name: string): unknown;
  /** A placeholder for a value that is the same in every request (a constant of an embedded statement). */
  constant(value: string | null): string;
}

export type JsonField =
  /**
   * A value read from the row aliased `row`, a row of the GraphQL type `typeName`: an SQL expression,
   * written as `to_json` writes it.
   */
  | { readonly kind: 'value'; readonly sql: (row: string, typeName: string) => string }
  /**
   * A row of another source, found by a condition on both rows (`row` is absent at the root), in
   * the source's table or in what `from` makes (named `target`).
   */
  | {
      readonly kind: 'object';
      readonly source: string;
      readonly arguments?: readonly string[];
      readonly from?: (row: string, target: string, args: FieldArguments) => string;
      readonly where?: (row: string, target: string, args: FieldArguments) => string;
      readonly orderBy?: (target: string) => string;
    }
  /**
   * A whole row of another source held in the row (a composite column or expression, `sql`), its
   * fields read in place: no subquery runs for it. For a non-null GraphQL field only.
   */
  | { readonly kind: 'composite'; readonly source: string; readonly sql: (row: string) => string }
  /** Every row `from` makes (named `target`), in order: a plain list, not a connection. */
  | {
      readonly kind: 'list';
      readonly source: string;
      readonly from: (row: string, target: string) => string;
      readonly where?: (row: string, target: string) => string;
      readonly orderBy: (target: string) => string;
    }
  /** A connection of another source's rows, its first page in a total order. */
  | {
      readonly kind: 'connection';
      readonly source: string;
      readonly arguments?: readonly string[];
      readonly where: (row: string, target: string, args: FieldArguments) => string;
      readonly orderBy: (target: string, args: FieldArguments) => string;
    };

/** A column read as it is: text, integers, booleans, enums, dates and text lists read as GraphQL serializes them. */
export function column(name: string): JsonField {
  return { kind: 'value', sql: (row) => `${row}."${name}"` };
}

/** Money (a bigint column): a string of digits, as the Money scalar serializes it. */
export function moneyColumn(name: string): JsonField {
  return { kind: 'value', sql: (row) => `${row}."${name}"::text` };
}

/**
 * The node ID, as @pothos/plugin-relay encodes it: base64 of "<type>:<id>". PostgreSQL breaks base64
 * into lines of 76 characters, which "IndicatorObservation:<id>" already fills.
 */
export const globalId: JsonField = {
  kind: 'value',
  sql: (row, typeName) =>
    `translate(encode(convert_to('${typeName}:' || ${row}.id::text, 'UTF8'), 'base64'), E'\n', '')`,
};

/** A float column or expression: a JSON number that parses to the same double as the resolvers' `Number(…)`. */
export function floatOf(sql: (row: string) => string): JsonField {
  return { kind: 'value', sql: (row) => `(${sql(row)})::float8` };
}

/**
 * The rows in an array of a table's row type (`rows`; none when it is null), named `target`: the
 * table's columns, and their position in the array as `${target}.ordinality`.
 */
export function rowsUnnested(rows: string, target: string): string {
  return `unnest(${rows}) WITH ORDINALITY ${target}`;
}

/** Where `rowsUnnested` rows come in their array's order. */
export const arrayOrder = (target: string): string => `${target}.ordinality`;

/**
 * An SQL statement built with Prisma's \`sql\` tag, embedded in a compiled statement: each value
 * `bind` knows becomes its placeholder, every other value a constant parameter.
 */
export function embedded(
  statement: { readonly strings: readonly string[]; readonly values: readonly unknown[] },
  args: FieldArguments,
  bind: (value: unknown) => string | undefined,
): string {
  return statement.strings.reduce((text, part, index) => {
    if (index === statement.values.length) return text + part;
    const value = statement.values[index];
    const placeholder = bind(value) ?? args.constant(constantText(value));
    return `${text}${part}${placeholder}`;
  }, '');
}

function constantText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  const day = dayText(value);
  if (day) return day;
  // An array of enum values, numbers or UUIDs, as PostgreSQL writes an array (no element needs quotes).
  if (Array.isArray(value) && value.every((item) => /^[\w-]+$/.test(String(item)))) return `{${value.join(',')}}`;
  throw new Error(`An embedded statement's constant ${JSON.stringify(value)} has no text form`);
}

/** A calendar day as the Date scalar reads it ("2024-01-01"), for a `date` parameter. */
export function dayText(value: unknown): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : undefined;
}
