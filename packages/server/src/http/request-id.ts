import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { mapResults, withErrorExtensions } from './results.ts';

const current = new AsyncLocalStorage<string>();
const ids = new WeakMap<Request, string>();

// A caller's own ID is kept when it is short and plain (what tracing proxies send); anything else
// is replaced, so a log line never carries text an attacker chose freely.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The ID of the request being handled, for log lines; undefined outside a request. */
export function currentRequestId(): string | undefined {
  return current.getStore();
}

/** The request's ID: the caller's `x-request-id` when it is plain, else a new UUID. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const sent = request.headers.get('x-request-id');
    id = sent && ACCEPTABLE_ID.test(sent) ? sent : randomUUID();
    ids.set(request, id);
  }
  return id;
}

/**
 * Gives every request an ID: echoed in the `x-request-id` response header, set as
 * `extensions.requestId` on every error, and available to log lines written while it is handled.
 */
export function requestIdPlugin(): Plugin {
  return {
    instrumentation: {
      request: ({ request }, wrapped) => current.run(requestIdOf(request), wrapped),
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
    onResultProcess({ request, result, setResult }) {
      const requestId = requestIdOf(request);
      setResult(
        mapResults(result, (single: ExecutionResult) =>
          single.errors?.length ? withErrorExtensions(single, { requestId }) : single,
        ),
      );
    },
  };
}
