/**
 * How a GraphQL type's fields read as SQL that builds their JSON, for reads answered by one
 * statement (http/compiled-reads.ts). Each concept declares the fields whose answer is a column
 * or a plain join (`domain/<concept>/json-fields.ts`); a query that asks for anything else runs
 * through the resolvers as usual. test/compiled-reads.test.ts checks every field declared here
 * against the resolvers' answer.
 */

/** A row's table, the GraphQL types its rows may be, and the fields that read as SQL. */
export interface JsonSource {
  /** The table, as SQL names it. */
  readonly table: string;
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
}

export type JsonField =
  /** A JSON value read from the row aliased `row`, a row of the GraphQL type `typeName`. */
  | { readonly kind: 'value'; readonly sql: (row: string, typeName: string) => string }
  /** A row of another source, found by a condition on both rows (`row` is absent at the root). */
  | {
      readonly kind: 'object';
      readonly source: string;
      readonly arguments?: readonly string[];
      readonly where: (row: string, target: string, args: FieldArguments) => string;
      readonly orderBy?: (target: string) => string;
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

/** The node ID, as @pothos/plugin-relay encodes it: base64 of "<type>:<id>" (short enough for one line of base64). */
export const globalId: JsonField = {
  kind: 'value',
  sql: (row, typeName) => `encode(convert_to('${typeName}:' || ${row}.id::text, 'UTF8'), 'base64')`,
};

/** A calendar day as the Date scalar reads it ("2024-01-01"), for a `date` parameter. */
export function dayText(value: unknown): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : undefined;
}
