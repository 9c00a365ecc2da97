import { getDatamodel } from '../generated/pothos-prisma-types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Tables } from './rows-by-id.ts';

/**
 * Whole rows of several tables sent back inside one statement's answer, read as Prisma reads
 * them: a statement that has already found the rows a response shows (a scorecard's criteria,
 * agencies, needs) returns them as `json_build_object('Agency', (SELECT json_agg(a) …), …)::text`
 * instead of a statement per table after it. Each column is converted by its type in the Prisma
 * datamodel, so the rows equal those of `rowsById` (test/json-rows.test.ts compares every column
 * of every table listed): numbers keep PostgreSQL's digits until their column says what they are
 * (a BigInt or Decimal beyond 2^53 stays exact), timestamps without a zone are UTC, as Prisma
 * reads them.
 */
export type RowsByTable = { [Table in keyof Tables]?: Tables[Table][] };

/** A number in the JSON text, as PostgreSQL wrote it. */
class JsonNumber {
  constructor(readonly source: string) {}
}

type Converter = (value: unknown) => unknown;

const numberText = (value: unknown) => (value instanceof JsonNumber ? value.source : String(value));
const ZONE = /(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/;
/**
 * Whether a number in the text (a value after `:`, `,` or `[`) is written with 16 or more digits
 * and points: it may have more significant digits than a double holds. A number written with 15 or
 * fewer reads back from a double's shortest text unchanged, money and decimals included.
 */
const LONG_NUMBER = /[:,[]\s*-?[\d.]{16}/;

const converters: Record<string, Converter> = {
  Int: (value) => Number(numberText(value)),
  Float: (value) => Number(numberText(value)),
  BigInt: (value) => BigInt(numberText(value)),
  Decimal: (value) => new Prisma.Decimal(numberText(value)),
  // `timestamp(3)` arrives as "2024-03-01T10:00:00.123", `date` as "2024-03-01" (both UTC to Prisma).
  DateTime: (value) => {
    const text = String(value);
    return new Date(text.includes('T') && !ZONE.test(text) ? `${text}Z` : text);
  },
  Json: (value) => plainJson(value),
};

function plainJson(value: unknown): unknown {
  if (value instanceof JsonNumber) return Number(value.source);
  if (Array.isArray(value)) return value.map(plainJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainJson(inner)]));
  }
  return value;
}

type RowReader = (row: Record<string, unknown>) => Record<string, unknown>;
const readers = new Map<string, RowReader>();

/** Converts a row of `table` by the datamodel's column types: built once per table. */
function rowReader(table: string): RowReader {
  let reader = readers.get(table);
  if (reader) return reader;
  const model = getDatamodel().datamodel.models[table];
  if (!model) throw new Error(`${table} is not a table of the Prisma schema.`);
  const columns = model.fields
    .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
    .map((field) => {
      const convert = converters[field.type];
      const one: Converter = convert ?? ((value) => value);
      return {
        name: field.name,
        convert: field.isList ? (value: unknown) => (value as unknown[]).map(one) : one,
      };
    });
  reader = (row) => {
    const converted: Record<string, unknown> = {};
    for (const { name, convert } of columns) {
      const value = row[name];
      converted[name] = value === null || value === undefined ? null : convert(value);
    }
    return converted;
  };
  readers.set(table, reader);
  return reader;
}

const parseKeepingNumbers = JSON.parse as (
  text: string,
  reviver: (key: string, value: unknown, context: { source?: string }) => unknown,
) => unknown;

/**
 * The rows of `json_build_object('<Table>', json_agg(<row>), …)::text`, each read as Prisma reads
 * it. Parsed plainly unless a number may be too long for a double (a reviver called for every
 * value costs several times the parse); then every number keeps the digits PostgreSQL wrote.
 */
export function readRowsByTable(text: string | null): RowsByTable {
  if (text === null) return {};
  const tables = (
    LONG_NUMBER.test(text)
      ? parseKeepingNumbers(text, (_key, value, context) =>
          typeof value === 'number' ? new JsonNumber(context.source ?? String(value)) : value,
        )
      : JSON.parse(text)
  ) as Record<string, Array<Record<string, unknown>> | null>;
  const read: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(tables)) {
    const reader = rowReader(table);
    read[table] = (rows ?? []).map(reader);
  }
  return read as RowsByTable;
}
