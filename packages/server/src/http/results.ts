import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type ResultProcessorInput = Parameters<Parameters<NonNullable<Plugin['onResultProcess']>>[0]['setResult']>[0];

/**
 * Applies `change` to each result of a response (one, or a batch). Streams (subscriptions over
 * SSE) pass unchanged: their events are formatted as they are produced.
 */
export function mapResults(
  result: ResultProcessorInput,
  change: (single: ExecutionResult) => ExecutionResult,
): ResultProcessorInput {
  if (Array.isArray(result)) return result.map(change);
  if (isAsyncIterable(result)) return result;
  return change(result as ExecutionResult);
}

/** The result with `extensions` merged into every error's extensions. */
export function withErrorExtensions(result: ExecutionResult, extensions: Record<string, unknown>): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((error) => extendError(error, extensions)) };
}

/** A copy of `error` (or an error with its message) with more extensions; the rest unchanged. */
export function extendError(error: GraphQLError | Error, extensions: Record<string, unknown>): GraphQLError {
  if (!(error instanceof GraphQLError)) return new GraphQLError(error.message, { extensions });
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, ...extensions },
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
