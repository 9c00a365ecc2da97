import type { AnyVariables, Client, CombinedError, OperationResult, TypedDocumentNode } from '@urql/core';
import { type Source, toAsyncIterable } from 'wonka';
import {
  ConfigurationError,
  GraphQLRequestError,
  graphQLRequestErrorOf,
  NetworkError,
  RateLimitedError,
  ServiceUnavailableError,
  type TwinningError,
} from './errors.ts';
import type { TwinningLogger } from './options.ts';

/**
 * The variables argument of `request`/`subscribe`: optional when the document has no required
 * variables, required (and fully typed) otherwise.
 */
export type VariablesArgument<TVariables> =
  TVariables extends Record<string, never>
    ? [variables?: TVariables]
    : { [K in keyof TVariables]-?: undefined extends TVariables[K] ? never : K }[keyof TVariables] extends never
      ? [variables?: TVariables]
      : [variables: TVariables];

/** Runs one typed document and returns its `data`, or throws a `TwinningError`. */
export type RequestFunction = <TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  ...variables: VariablesArgument<TVariables>
) => Promise<TData>;

/** Starts a subscription; each `next()` yields one event's `data`. `return()` (or `break`) ends it. */
export type SubscribeFunction = <TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  ...variables: VariablesArgument<TVariables>
) => AsyncGenerator<TData, void, undefined>;

export interface RequestCoreOptions {
  retries: number;
  logger: TwinningLogger | undefined;
  subscriptionsEnabled: boolean;
}

/**
 * The one path every helper goes through: operation kind, retries, logging, and error mapping.
 * Queries are retried after a retryable network failure or SERVICE_UNAVAILABLE; a mutation only
 * when every field it runs carries an idempotency key (the server then answers a repeat with the
 * first result and writes nothing again); any other mutation is sent once, since a repeat could
 * write twice. RATE_LIMITED is retried for any operation: the server refused it before running it.
 * Write helpers and the change feed are thin layers over `request` and `subscribe`.
 */
export function createRequestCore(urql: Client, options: RequestCoreOptions) {
  const request: RequestFunction = async (document, ...[variables]) => {
    const { kind, name, definition } = describeOperation(document);
    if (kind === 'subscription') {
      throw new ConfigurationError(
        `${name ?? 'This document'} is a subscription: use client.subscribe(), not request().`,
        'INVALID_ARGUMENT',
      );
    }
    const idempotencyKey =
      kind === 'mutation' ? idempotencyKeyOf(definition, variables as Record<string, unknown> | undefined) : undefined;
    const maxRetries = kind === 'query' || idempotencyKey !== undefined ? options.retries : 0;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const vars = (variables ?? {}) as never;
      const result =
        kind === 'query'
          ? await urql.query(document, vars, { requestPolicy: 'network-only' }).toPromise()
          : await urql.mutation(document, vars).toPromise();
      const error = result.error ? errorOfResult(result) : undefined;
      options.logger?.({
        type: 'response',
        operationName: name,
        kind,
        attempt,
        durationMs: Date.now() - started,
        ok: !error,
        ...(error ? { code: error.code } : {}),
      });
      if (!error) {
        if (result.data === undefined || result.data === null) {
          throw new GraphQLRequestError([{ message: 'The server answered without data.' }], statusOf(result.error));
        }
        return result.data;
      }
      if (!mayRetry(error, attempt, maxRetries, options.retries)) throw error;
      const delayMs = retryDelay(attempt, error, result.error?.response);
      if (delayMs === undefined) throw error;
      options.logger?.({
        type: 'retry',
        operationName: name,
        attempt,
        maxRetries,
        delayMs,
        reason: error.message,
        ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      });
      await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
    }
  };

  const subscribe: SubscribeFunction = (document, ...[variables]) => {
    const { kind, name } = describeOperation(document);
    if (kind !== 'subscription') {
      throw new ConfigurationError(
        `${name ?? 'This document'} is a ${kind}: use client.request().`,
        'INVALID_ARGUMENT',
      );
    }
    if (!options.subscriptionsEnabled) {
      throw new ConfigurationError(
        'Subscriptions are off for this client: create it with subscriptions: "sse" (default) or "ws".',
        'INVALID_OPTIONS',
      );
    }
    const source = urql.subscription(document, (variables ?? {}) as never);
    return iterate(source, (result) => (result.error ? errorOfResult(result) : undefined));
  };

  return { request, subscribe };
}

type OperationKind = 'query' | 'mutation' | 'subscription';

/** The parts of a DocumentNode this module reads. */
interface ValueShape {
  kind: string;
  value?: unknown;
  name?: { value: string };
}

interface SelectionShape {
  kind: string;
  name?: { value: string };
  arguments?: ReadonlyArray<{ name: { value: string }; value: ValueShape }>;
}

interface DefinitionShape {
  kind: string;
  operation?: string;
  name?: { value: string };
  selectionSet?: { selections?: ReadonlyArray<SelectionShape> };
}

interface DocumentShape {
  definitions?: ReadonlyArray<DefinitionShape>;
}

function describeOperation(document: DocumentShape): {
  kind: OperationKind;
  name: string | undefined;
  definition: DefinitionShape;
} {
  const definitions = Array.isArray(document?.definitions) ? document.definitions : [];
  for (const definition of definitions) {
    if (definition.kind === 'OperationDefinition') {
      return { kind: definition.operation as OperationKind, name: definition.name?.value, definition };
    }
  }
  throw new ConfigurationError(
    'Pass a GraphQL document with one operation, e.g. one of the SDK’s documents or graphql(`query … { … }`).',
    'INVALID_ARGUMENT',
  );
}

/**
 * The idempotency key a mutation carries, when every field it runs passes a non-empty
 * `idempotencyKey` argument (a string literal, or a variable set to one); otherwise undefined and
 * the mutation is not retried. Read from the document itself, so a variable that happens to be
 * called `idempotencyKey` but feeds no such argument never makes a write repeatable.
 */
export function idempotencyKeyOf(
  definition: DefinitionShape,
  variables: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const selections = definition.selectionSet?.selections ?? [];
  let key: string | undefined;
  let writes = 0;
  for (const selection of selections) {
    if (selection.kind === 'Field' && selection.name?.value === '__typename') continue;
    // A fragment spread or inline fragment at the root could hide a write without a key.
    if (selection.kind !== 'Field') return undefined;
    const argument = selection.arguments?.find((candidate) => candidate.name.value === 'idempotencyKey');
    const value =
      argument?.value.kind === 'Variable'
        ? variables?.[argument.value.name?.value ?? '']
        : argument?.value.kind === 'StringValue'
          ? argument.value.value
          : undefined;
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    key ??= value;
    writes++;
  }
  return writes > 0 ? key : undefined;
}

/** Maps urql's combined error to the SDK's hierarchy; GraphQL errors win over the HTTP status that carried them. */
export function errorOfResult(result: OperationResult): TwinningError {
  const error = result.error as CombinedError;
  const status = statusOf(error);
  if (error.graphQLErrors.length > 0) {
    return graphQLRequestErrorOf(
      error.graphQLErrors.map((graphQLError) => ({
        message: graphQLError.message,
        ...(graphQLError.path ? { path: graphQLError.path } : {}),
        ...(graphQLError.extensions ? { extensions: graphQLError.extensions } : {}),
      })),
      status,
      retryAfterHeaderOf(error.response),
    );
  }
  const cause = error.networkError ?? error;
  const reason = cause.message || 'no response';
  return new NetworkError(
    status === undefined
      ? `Could not reach the GraphQL server: ${reason}`
      : `The GraphQL server answered HTTP ${status}: ${reason}`,
    status,
    { cause },
  );
}

function retryAfterHeaderOf(response: unknown): string | null {
  return (
    (response as { headers?: { get?(name: string): string | null } } | undefined)?.headers?.get?.('retry-after') ?? null
  );
}

function statusOf(error: CombinedError | undefined): number | undefined {
  const response = error?.response as { status?: unknown } | undefined;
  return typeof response?.status === 'number' ? response.status : undefined;
}

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

/**
 * Exponential backoff with jitter; the server's `Retry-After` (header, or a rate-limited or
 * unavailable error's `retryAfterSeconds`) takes precedence. Undefined when the server asks for a
 * longer wait than `MAX_DELAY_MS`: the error is then thrown for the caller to schedule.
 */
function retryDelay(attempt: number, error: TwinningError, response: unknown): number | undefined {
  const header = retryAfterHeaderOf(response);
  const seconds =
    error instanceof RateLimitedError || error instanceof ServiceUnavailableError
      ? error.retryAfterSeconds
      : header
        ? Number(header)
        : undefined;
  if (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0) {
    return seconds * 1000 <= MAX_DELAY_MS ? seconds * 1000 : undefined;
  }
  const exponential = BASE_DELAY_MS * 2 ** (attempt - 1);
  return Math.min(exponential / 2 + Math.random() * (exponential / 2), MAX_DELAY_MS);
}

/**
 * Whether a failed attempt may be sent again: a retryable network failure or unavailable server
 * within the operation's retries (a write's only with its idempotency key), and a rate-limited
 * request always within the client's retries, since the server refused it before running anything.
 */
function mayRetry(error: TwinningError, attempt: number, maxRetries: number, retries: number): boolean {
  if (error instanceof RateLimitedError) return attempt <= retries;
  const retryable = (error instanceof NetworkError || error instanceof GraphQLRequestError) && error.retryable;
  return retryable && attempt <= maxRetries;
}

/** Pulls urql's push source one event at a time; ending the loop (`break`, `return()`) closes the stream. */
async function* iterate<TData>(
  source: Source<OperationResult<TData>>,
  errorOf: (result: OperationResult<TData>) => TwinningError | undefined,
): AsyncGenerator<TData, void, undefined> {
  for await (const result of toAsyncIterable(source)) {
    const error = errorOf(result);
    if (error) throw error;
    if (result.data !== undefined && result.data !== null) yield result.data;
  }
}
