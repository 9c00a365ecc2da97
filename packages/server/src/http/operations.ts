import { type ExecutionResult, GraphQLError } from 'graphql';
import type { GraphQLParams, YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';

/** The Yoga instance createApp builds (http/app.ts): HTTP, and every other transport through it. */
export type App = YogaServerInstance<Record<string, unknown>, Context>;

export type OperationResult = ExecutionResult | AsyncIterable<ExecutionResult>;

/**
 * Runs one GraphQL operation exactly as an HTTP request to /graphql would: through Yoga's params
 * hooks (trusted documents), envelop's parse/validate hooks (query limits), the same context
 * (API key, PUBLIC_READ) and error masking. The WebSocket and single-connection SSE transports
 * use it so that no rule of the HTTP path can be skipped by switching transport.
 */
export async function executeThroughApp(app: App, params: GraphQLParams, request: Request): Promise<OperationResult> {
  try {
    return (await app.getResultForParams({ params, request }, {})) as OperationResult;
  } catch (error) {
    // Params hooks (e.g. an unknown persisted document) throw instead of answering.
    if (error instanceof GraphQLError) return { errors: [error] };
    app.logger.error(error);
    return { errors: [new GraphQLError('Unexpected error.')] };
  }
}

export function isStream(result: OperationResult): result is AsyncIterable<ExecutionResult> {
  return typeof (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator] === 'function';
}
