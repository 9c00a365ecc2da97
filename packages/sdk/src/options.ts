import { ConfigurationError } from './errors.ts';

/** What the SDK tells an injected logger: each response, and each retry it decides to make. */
export type TwinningLogEvent =
  | {
      type: 'response';
      operationName: string | undefined;
      kind: 'query' | 'mutation';
      attempt: number;
      durationMs: number;
      ok: boolean;
      /** The error code when `ok` is false. */
      code?: string;
    }
  | {
      type: 'retry';
      operationName: string | undefined;
      attempt: number;
      maxRetries: number;
      delayMs: number;
      reason: string;
      /** Set when the retried operation is a write: the key the server deduplicates it by. */
      idempotencyKey?: string;
    };

export type TwinningLogger = (event: TwinningLogEvent) => void;

/** The `WebSocket` constructor graphql-ws should use, e.g. the `ws` package's default export on old runtimes. */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => unknown;

interface BaseOptions {
  /** The GraphQL endpoint, e.g. "https://twinning.example.gov.vn/graphql" or "http://127.0.0.1:4000/graphql". */
  url: string;
  /** An API key ("tg_…"); sent as `Authorization: Bearer <apiKey>`. Reading works without one. */
  apiKey?: string;
  /** A fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch;
  /**
   * Send only the SHA-256 hash of the SDK's documents (`extensions.persistedQuery`), never their
   * text. The server must know the hashes (the SDK ships `persisted-documents.json`).
   */
  persisted?: boolean;
  /** Extra headers for every request (e.g. a client name). `authorization` comes from `apiKey`. */
  headers?: Readonly<Record<string, string>>;
  /**
   * How often a request is retried after a network failure, a 408/429/502/503/504,
   * SERVICE_UNAVAILABLE or RATE_LIMITED (0–5, default 2; 0 turns retrying off): every query, and
   * a mutation only when it carries an idempotency key (the write helpers always send one), so a
   * retried write is never applied twice; a RATE_LIMITED one (refused before it ran) always. The
   * wait is the server's `Retry-After` when it sends one, else a backoff from 250 ms; a
   * `Retry-After` over 8 s is not waited out: the error (`retryAfterSeconds`) is thrown at once.
   */
  retries?: number;
  /** Receives one event per response and per retry. */
  logger?: TwinningLogger;
}

/** Subscriptions over Server-Sent Events (graphql-sse, distinct-connections mode): the default, works through any HTTP proxy. */
export interface SseSubscriptionOptions extends BaseOptions {
  subscriptions?: 'sse';
  wsUrl?: never;
  webSocketImpl?: never;
}

/** Subscriptions over WebSocket (graphql-ws, the graphql-transport-ws protocol). */
export interface WsSubscriptionOptions extends BaseOptions {
  subscriptions: 'ws';
  /** WebSocket endpoint; default: `url` with http(s) replaced by ws(s). */
  wsUrl?: string;
  /** A WebSocket implementation where the runtime has none (browsers and Node ≥ 22 do). */
  webSocketImpl?: WebSocketConstructor;
}

export interface NoSubscriptionOptions extends BaseOptions {
  subscriptions: false;
  wsUrl?: never;
  webSocketImpl?: never;
}

/** Options of `createTwinningClient`; the WebSocket settings exist only with `subscriptions: 'ws'`. */
export type TwinningClientOptions = SseSubscriptionOptions | WsSubscriptionOptions | NoSubscriptionOptions;

/** The options after validation, with defaults filled in. */
export interface ResolvedOptions {
  url: string;
  apiKey: string | undefined;
  fetch: typeof fetch | undefined;
  persisted: boolean;
  headers: Readonly<Record<string, string>>;
  retries: number;
  logger: TwinningLogger | undefined;
  subscriptions:
    | { transport: 'sse' }
    | { transport: 'ws'; url: string; webSocketImpl: WebSocketConstructor | undefined }
    | { transport: false };
}

export const MAX_RETRIES = 5;
const DEFAULT_RETRIES = 2;
const EXAMPLE_URL = '"https://twinning.example.gov.vn/graphql"';

/** Checks everything at construction, so a misconfigured client fails at once with a message that says what to pass. */
export function resolveOptions(options: TwinningClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    fail(`createTwinningClient needs an options object, e.g. createTwinningClient({ url: ${EXAMPLE_URL} }).`);
  }
  const url = httpUrl(options.url, 'url');
  const apiKey = optionalApiKey(options.apiKey);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    fail(
      '`fetch` must be a fetch function (e.g. globalThis.fetch or undici’s fetch); leave it out to use the global one.',
    );
  }
  if (options.fetch === undefined && typeof globalThis.fetch !== 'function') {
    fail('This runtime has no global fetch; pass one as `fetch` (Node ≥ 22.12 and every browser have it).');
  }
  if (options.persisted !== undefined && typeof options.persisted !== 'boolean') {
    fail('`persisted` must be true (send document hashes only) or false (send document text).');
  }
  return {
    url,
    apiKey,
    fetch: options.fetch,
    persisted: options.persisted ?? false,
    headers: checkedHeaders(options.headers, apiKey),
    retries: checkedRetries(options.retries),
    logger: checkedLogger(options.logger),
    subscriptions: checkedSubscriptions(options, url),
  };
}

function httpUrl(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(`\`${name}\` is required: the absolute URL of the GraphQL endpoint, e.g. ${EXAMPLE_URL}.`);
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    fail(`\`${name}\` must be an absolute http(s) URL such as ${EXAMPLE_URL}; got ${JSON.stringify(value)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    fail(`\`${name}\` must start with http:// or https:// (e.g. ${EXAMPLE_URL}); got ${JSON.stringify(value)}.`);
  }
  return parsed.toString();
}

function optionalApiKey(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    fail('`apiKey` must be the API key string (it starts with "tg_"); leave it out to read anonymously.');
  }
  if (/^bearer\s/i.test(value.trim())) {
    fail('`apiKey` is the bare key ("tg_…"); the SDK adds "Bearer " itself.');
  }
  return value.trim();
}

function checkedHeaders(value: unknown, apiKey: string | undefined): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('`headers` must be an object of header names to string values, e.g. { "x-client-name": "dashboard" }.');
  }
  const headers: Record<string, string> = {};
  for (const [name, headerValue] of Object.entries(value)) {
    if (typeof headerValue !== 'string') fail(`Header "${name}" must be a string; got ${typeof headerValue}.`);
    headers[name.toLowerCase()] = headerValue;
  }
  if (apiKey !== undefined && 'authorization' in headers) {
    fail('Pass the key either as `apiKey` or as an `authorization` header, not both.');
  }
  return headers;
}

function checkedRetries(value: unknown): number {
  if (value === undefined) return DEFAULT_RETRIES;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RETRIES) {
    fail(`\`retries\` must be a whole number from 0 to ${MAX_RETRIES}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

function checkedLogger(value: unknown): TwinningLogger | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') fail('`logger` must be a function that receives log events, e.g. console.debug.');
  return value as TwinningLogger;
}

function checkedSubscriptions(options: TwinningClientOptions, url: string): ResolvedOptions['subscriptions'] {
  const transport = options.subscriptions ?? 'sse';
  if (transport === 'sse') return { transport: 'sse' };
  if (transport === false) return { transport: false };
  if (transport === 'ws') {
    const ws = options as WsSubscriptionOptions;
    const wsUrl = ws.wsUrl === undefined ? url.replace(/^http/, 'ws') : webSocketUrl(ws.wsUrl);
    if (ws.webSocketImpl !== undefined && typeof ws.webSocketImpl !== 'function') {
      fail('`webSocketImpl` must be a WebSocket constructor, e.g. `import WebSocket from "ws"`.');
    }
    if (ws.webSocketImpl === undefined && typeof globalThis.WebSocket !== 'function') {
      fail(
        'This runtime has no global WebSocket: pass `webSocketImpl` (e.g. the "ws" package) or use subscriptions: "sse".',
      );
    }
    return { transport: 'ws', url: wsUrl, webSocketImpl: ws.webSocketImpl };
  }
  fail(`\`subscriptions\` must be "sse" (default), "ws" or false; got ${JSON.stringify(transport)}.`);
}

function webSocketUrl(value: unknown): string {
  if (typeof value !== 'string') fail('`wsUrl` must be a ws:// or wss:// URL string.');
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    fail(
      `\`wsUrl\` must be an absolute ws(s) URL such as "wss://twinning.example.gov.vn/graphql"; got ${JSON.stringify(value)}.`,
    );
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
    fail(`\`wsUrl\` must start with ws:// or wss://; got ${JSON.stringify(value)}.`);
  }
  return parsed.toString();
}

function fail(message: string): never {
  throw new ConfigurationError(`createTwinningClient: ${message}`);
}
