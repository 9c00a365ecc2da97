import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { FIRST_YEAR, LAST_YEAR } from '../dates.ts';
import { builder } from './builder.ts';

builder.addScalarType('DateTime', DateTimeResolver);
// Calendar days from 1945 (the records' first year) to 2100: "0001-01-01" is a typing error.
builder.scalarType('Date', {
  description: DateResolver.description ?? undefined,
  serialize: (value) => DateResolver.serialize(value),
  parseValue: (value) => plausibleDay(DateResolver.parseValue(value) as Date),
  parseLiteral: (node, variables) => plausibleDay(DateResolver.parseLiteral(node, variables) as Date),
});
builder.addScalarType('JSONObject', JSONObjectResolver);

// Canonical integers only: no spaces, signs other than minus, leading zeros, separators or decimals.
const DIGITS = /^-?(0|[1-9][0-9]*)$/;

/**
 * Vietnamese đồng are an integer currency and totals pass 2^53, beyond what a JSON number holds
 * exactly, so amounts travel as strings of digits ("16800000") and are BigInt on the server.
 */
builder.scalarType('Money', {
  description:
    'An amount of Vietnamese đồng (VND), an integer currency. Serialized as a string of digits, e.g. "16800000", because totals exceed the range a JSON number holds exactly. Inputs accept that string or a safe integer.',
  serialize: (value) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new GraphQLError(`Money must be an integer number of đồng, got ${String(value)}`);
  },
  parseValue: (value) => parseMoney(value),
  parseLiteral: (node: ValueNode) => {
    if (node.kind === Kind.STRING || node.kind === Kind.INT) return parseMoney(node.value);
    throw new GraphQLError('Money must be written as a string of digits, e.g. "4800000".');
  },
});

function parseMoney(value: unknown): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  throw new GraphQLError(
    `Money must be a whole number of đồng as a string of digits (e.g. "4800000"); got ${JSON.stringify(value)}.`,
  );
}

function plausibleDay(value: Date): Date {
  const year = value.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new GraphQLError(
      `${value.toISOString().slice(0, 10)} is outside the records, which run from ${FIRST_YEAR} to ${LAST_YEAR}; check the year.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}
