import { PothosSchemaError, PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { maskError, type Plugin } from 'graphql-yoga';
import { DomainError, ValidationError } from '../errors.ts';
import { extendError } from './results.ts';

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

// Connection-level failures (the database is down, restarting or out of connections), as Node,
// PostgreSQL (SQLSTATE), Prisma and the driver adapters name them.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'P1001',
  'P1002',
  'P1017',
  'P2024',
]);
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseUnavailable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|PGlite is closed|Client has encountered a connection error|Cannot use a pool after calling end/i;
/** PostgreSQL's query_canceled: `statement_timeout` ended the statement. */
const STATEMENT_TIMEOUT = '57014';
/** Text PostgreSQL cannot store (NUL, or a character the encoding lacks). */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

/** A value PostgreSQL could not read as its column's type (an ID that is no UUID). */
const INVALID_INPUT = '22P02';

export type DatabaseFailure = 'unavailable' | 'timeout' | 'unstorable text' | 'invalid input';

/** Whether `error` (or anything in its cause chain) is the database being unreachable or too slow. */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      errorCode?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      cause?: unknown;
      originalError?: unknown;
      errors?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    for (const code of [candidate.code, candidate.errorCode, candidate.originalCode]) {
      if (code === STATEMENT_TIMEOUT) return 'timeout';
      if (typeof code === 'string' && UNSTORABLE_TEXT.has(code)) return 'unstorable text';
      if (code === INVALID_INPUT) return 'invalid input';
      if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return 'unavailable';
    }
    if (typeof candidate.kind === 'string' && UNAVAILABLE_KINDS.has(candidate.kind)) return 'unavailable';
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGE.test(candidate.message)) return 'unavailable';
    if (Array.isArray(candidate.errors) && candidate.errors.length > 0) {
      const inner = databaseFailure(candidate.errors[0]);
      if (inner) return inner;
    }
    current = candidate.meta?.driverAdapterError ?? candidate.cause ?? candidate.originalError;
  }
  return null;
}

export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError(`The database is unavailable; nothing was done. Retry in ${RETRY_AFTER_SECONDS} s.`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
  });
}

/**
 * An HTTP-level version (503 with `Retry-After`), for failures before execution such as the
 * API-key lookup.
 */
export function serviceUnavailableResponseError(): GraphQLError {
  const error = serviceUnavailableError();
  return new GraphQLError(error.message, {
    extensions: {
      ...error.extensions,
      http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
    },
  });
}

/**
 * Yoga's error masking, knowing the domain and the database: a domain error thrown outside a
 * mutation payload keeps its message and gets its code (VALIDATION with `issues`, NOT_FOUND …);
 * an ID Pothos cannot decode is BAD_USER_INPUT; an unreachable database is SERVICE_UNAVAILABLE, a
 * statement ended by `statement_timeout` TIMEOUT, and text PostgreSQL cannot store VALIDATION.
 * Anything else is "Unexpected error." with its stack only in the log (and, with
 * NODE_ENV=development, in `extensions.originalError`).
 */
export function maskErrorKnowingDatabase(error: unknown, message: string, isDev?: boolean): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located?.originalError ?? error;
  const typed = (text: string, extensions: Record<string, unknown>) =>
    new GraphQLError(text, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions,
    });
  if (original instanceof ValidationError)
    return typed(original.message, { code: original.code, issues: original.issues });
  if (original instanceof DomainError) return typed(original.message, { code: original.code });
  // Resolving `node(id:)` for a type name taken from the ID: an interface or unknown name.
  if (original instanceof PothosSchemaError && located?.path?.length) {
    return typed('Not a valid ID: pass the `id` of a node as the API returned it.', { code: 'BAD_USER_INPUT' });
  }
  if (original instanceof PothosValidationError) {
    // Pothos' own message repeats the whole ID or cursor, which can be any text the caller sent.
    const wrongType = /is not of type: (.+)$/.exec(original.message)?.[1];
    const message = wrongType
      ? `The ID is not of type: ${wrongType}; pass the \`id\` of a ${wrongType}.`
      : /^Invalid global ID/.test(original.message)
        ? 'Not a valid ID: pass the `id` of a node as the API returned it.'
        : /^Invalid cursor/.test(original.message)
          ? 'Not a cursor of this list: pass `after`/`before` a cursor this connection returned (`pageInfo.endCursor`, `startCursor` or an edge’s `cursor`).'
          : original.message;
    return typed(message, { code: 'BAD_USER_INPUT' });
  }
  switch (databaseFailure(error)) {
    case 'unavailable':
      return typed(serviceUnavailableError().message, serviceUnavailableError().extensions);
    case 'timeout':
      return typed(statementTimeoutMessage, { code: 'TIMEOUT' });
    case 'invalid input':
      return typed('An argument is not in the form expected (an ID not returned by this API?); check it.', {
        code: 'BAD_USER_INPUT',
      });
    case 'unstorable text':
      return typed('An argument contains a character that cannot be stored or searched (such as NUL); remove it.', {
        code: 'VALIDATION',
      });
    default:
      return maskError(error, message, isDev);
  }
}

/** The codes of what a caller got wrong, as `maskErrorKnowingDatabase` answers them. */
const callerCodes = new Set(['BAD_USER_INPUT', 'VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT']);

/**
 * Whether an error is the caller's mistake, answered with its code (invalid input, a forged ID or
 * cursor, a rule broken): the log keeps it at debug level, so a client sending garbage does not
 * fill the error log with stacks. Everything else (a database down, a timeout, a bug) stays an
 * error. Decided by the code the mask gives it, so the two cannot disagree.
 */
export function isCallerMistake(error: unknown): boolean {
  const masked = maskErrorKnowingDatabase(error, 'Unexpected error.');
  return masked instanceof GraphQLError && callerCodes.has(String(masked.extensions.code));
}

const statementTimeoutMessage =
  'A database statement took longer than the statement timeout and was stopped; ask for less (smaller pages, a narrower place or period) or split it.';

/**
 * Gives graphql-js's own errors a code, so every error a client sees can be told apart by
 * `extensions.code`: GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, and BAD_USER_INPUT for
 * variables that do not fit their types (an unknown enum value, an Int above 2^31).
 */
export function errorCodesPlugin(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          // A request error (variables that do not fit) has no data at all; field errors have a path.
          if (!('errors' in result) || !result.errors?.length || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => (error.path ? error : withCode(error, 'BAD_USER_INPUT'))),
          });
        },
      };
    },
  };
}

// graphql-js quotes the offending token or name, which can be as long as the document.
const MAX_MESSAGE_LENGTH = 300;

function withCode(error: Error, code: string): GraphQLError {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error;
  const coded = extendError(error, { code });
  if (coded.message.length <= MAX_MESSAGE_LENGTH) return coded;
  return new GraphQLError(`${coded.message.slice(0, MAX_MESSAGE_LENGTH)}…`, {
    nodes: coded.nodes,
    source: coded.source,
    positions: coded.positions,
    path: coded.path,
    extensions: coded.extensions,
  });
}
