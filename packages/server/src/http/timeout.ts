import { type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Ends a query that runs longer than `timeoutMs` with a TIMEOUT error: the executor stops
 * resolving further fields, and the database's own `statement_timeout` (PostgreSQL) ends a
 * statement still running. Mutations are not cut short: a write already under way would still
 * commit after the client had been told it timed out; `statement_timeout` bounds them instead.
 */
export function executionTimeoutPlugin(timeoutMs: number, timedOutBefore?: (request: Request) => boolean): Plugin {
  return {
    onExecute({ args: { document, operationName, contextValue }, executeFn, setExecuteFn, setResultAndStopExecution }) {
      if (timeoutMs <= 0 || getOperationAST(document, operationName)?.operation !== 'query') return;
      const request = (contextValue as { request?: Request }).request;
      if (request && timedOutBefore?.(request)) {
        // Its time was spent already (a direct read that ran out of it): answer as if it ran out here.
        setResultAndStopExecution({ errors: [timeoutError(timeoutMs)] });
        return;
      }
      setExecuteFn((args: ExecutionArgs & { signal?: AbortSignal }) => {
        const controller = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            controller.abort();
            resolve({ errors: [timeoutError(timeoutMs)] });
          }, timeoutMs);
        });
        const signal = args.signal ? AbortSignal.any([args.signal, controller.signal]) : controller.signal;
        const execution = Promise.resolve(executeFn({ ...args, signal } as ExecutionArgs));
        return Promise.race([execution, timedOut]).finally(() => clearTimeout(timer));
      });
    },
  };
}

function timeoutError(timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `The request took longer than ${timeoutMs / 1000} s and was stopped; ask for less (smaller pages, a narrower place or period) or split it.`,
    { extensions: { code: 'TIMEOUT' } },
  );
}
