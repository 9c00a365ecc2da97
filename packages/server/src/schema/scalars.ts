import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { builder } from './builder.ts';

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('Date', DateResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);

const DIGITS = /^-?\d+$/;

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
  if (typeof value === 'string' && DIGITS.test(value.trim())) return BigInt(value.trim());
  throw new GraphQLError(
    `Money must be a whole number of đồng as a string of digits (e.g. "4800000"); got ${JSON.stringify(value)}.`,
  );
}
