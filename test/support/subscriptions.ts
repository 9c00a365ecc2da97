import type { ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

/** What graphql-ws and graphql-sse clients have in common. */
export interface SubscribingClient {
  subscribe<Data>(
    payload: { query: string; variables?: Record<string, unknown> },
    sink: { next(value: ExecutionResult<Data>): void; error(error: unknown): void; complete(): void },
  ): () => void;
  dispose(): void | Promise<void>;
}

/** graphql-sse's official client, in distinct-connections mode or single-connection mode. */
export function sseClient(
  url: string,
  options: { headers?: Record<string, string>; singleConnection?: boolean } = {},
): SubscribingClient {
  return createSseClient({
    url,
    headers: options.headers,
    singleConnection: options.singleConnection ?? false,
    retryAttempts: 0,
  });
}

/** graphql-ws's official client over a real WebSocket, the key in connection_init as browsers send it. */
export function wsClient(
  url: string,
  options: { authorization?: string; onClosed?: (event: unknown) => void } = {},
): WsClient & SubscribingClient {
  return createWsClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: options.authorization ? { authorization: options.authorization } : {},
    on: options.onClosed ? { closed: options.onClosed } : undefined,
    // A refused connection is what some tests wait for; they read it from `onClosed`.
    onNonLazyError: () => {},
  }) as WsClient & SubscribingClient;
}

/** One subscription's results as they arrive, with waits that fail with what did arrive. */
export class Subscription<Data> {
  readonly results: ExecutionResult<Data>[] = [];
  error: unknown = undefined;
  completed = false;
  readonly #stop: () => void;
  #changed: (() => void) | null = null;

  constructor(client: SubscribingClient, query: string, variables: Record<string, unknown> = {}) {
    this.#stop = client.subscribe<Data>(
      { query, variables },
      {
        next: (value) => {
          this.results.push(value);
          this.#signal();
        },
        error: (error) => {
          this.error = error;
          this.#signal();
        },
        complete: () => {
          this.completed = true;
          this.#signal();
        },
      },
    );
  }

  /** The data of every result so far (results with errors are kept in `results`). */
  get data(): Data[] {
    return this.results.flatMap((result) => (result.data ? [result.data] : []));
  }

  /** Waits until `done` holds, the subscription errs or completes, or the time is up. */
  async until(done: (subscription: this) => boolean, timeoutMs = 15_000, what = 'the expected results'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this)) {
      if (this.error !== undefined || this.completed) {
        throw new Error(
          `The subscription ended before ${what}: ${this.error !== undefined ? describe(this.error) : 'completed'}; results so far: ${JSON.stringify(this.results)}`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `Timed out waiting for ${what}; results so far: ${JSON.stringify(this.results).slice(0, 2_000)}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.#changed = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Waits until the subscription ends with an error, and returns it. */
  async failure(timeoutMs = 15_000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    while (this.error === undefined && !this.completed) {
      if (Date.now() > deadline)
        throw new Error(`The subscription did not fail; results: ${JSON.stringify(this.results)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.error ?? this.results.at(-1);
  }

  stop(): void {
    this.#stop();
  }

  #signal(): void {
    const changed = this.#changed;
    this.#changed = null;
    changed?.();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
