import { ConfigurationError, ERROR_TYPE, GraphQLRequestError, NetworkError, TwinningError } from '../errors.ts';
import {
  type ChangeEntityType,
  ChangeFeedDocument,
  type ChangeFieldsFragment,
  ChangesDocument,
  type ChangesQuery,
  type ChangeType,
  FreshnessDocument,
} from '../generated/graphql.ts';
import type { RequestFunction, SubscribeFunction } from '../request.ts';
import { defined, requireId } from './nodes.ts';

/** One change from the feed: what happened, to which record, where, by whom, and its cursor. */
export type Change = ChangeFieldsFragment;

export interface ChangeFilter {
  /** Only these types (e.g. `['ActivityRecorded', 'NeedOpened']`); all when omitted. */
  types?: ChangeType[];
  entityTypes?: ChangeEntityType[];
  /** Only changes concerning this place (global ID), with the units below it unless `includeDescendants: false`. */
  placeId?: string;
  includeDescendants?: boolean;
}

export interface ChangesOptions extends ChangeFilter {
  /** Resume after this cursor (a change's `cursor`, as stored by `onCursor`). Default: from now on. */
  after?: string;
  /**
   * Called with a change's cursor once the loop has moved past it (the change was processed):
   * persist it, and pass it back as `after` when the bot restarts.
   */
  onCursor?: (cursor: string) => void | Promise<void>;
  /** Reconnect attempts in a row before giving up with the last error (default: keep trying). */
  maxReconnects?: number;
  /** Stops the iteration (e.g. on shutdown). */
  signal?: AbortSignal;
}

export interface ChangesPageArgs extends ChangeFilter {
  after?: string;
  first?: number;
  /** The history of one record (its global ID). */
  entityId?: string;
}

export type ChangesPage = ChangesQuery['changes'];

/** The feed position cannot be resumed from; the message says what to do. */
export class ChangeFeedError extends TwinningError {
  static override readonly [ERROR_TYPE]: string = 'ChangeFeedError';
  override name = 'ChangeFeedError';
  declare readonly code: 'CURSOR_UNKNOWN' | 'CURSOR_EXPIRED';
  constructor(code: 'CURSOR_UNKNOWN' | 'CURSOR_EXPIRED', message: string) {
    super(code, message);
  }
}

export interface ChangeHelpers {
  /**
   * The change feed as an async iterator: every change after `after` (or from now), in commit
   * order, then each new one as it commits. A dropped connection is resumed from the last change
   * received — nothing is missed and nothing is yielded twice; `break` ends it.
   *
   * ```ts
   * for await (const change of twinning.changes({ types: ['ActivityRecorded'], placeId, after: saved, onCursor: save })) { … }
   * ```
   */
  changes(options?: ChangesOptions): AsyncGenerator<Change, void, undefined>;
  /** One page of the feed (pull), oldest first, with `totalCount` and `pageInfo.endCursor`. */
  changesPage(args?: ChangesPageArgs): Promise<ChangesPage>;
}

const MAX_BACKOFF_MS = 30_000;

export function changeHelpers(request: RequestFunction, subscribe: SubscribeFunction): ChangeHelpers {
  return {
    async *changes(options = {}) {
      if (options.after !== undefined && !/^[0-9]+$/.test(options.after)) {
        throw new ConfigurationError(
          `after must be a change's cursor, a string of digits such as "1042"; got ${JSON.stringify(options.after)}.`,
          'INVALID_ARGUMENT',
        );
      }
      if (options.placeId !== undefined) requireId(options.placeId, 'placeId');
      // Start from an explicit position, so a drop before the first change still resumes right.
      let cursor = options.after ?? (await request(FreshnessDocument)).freshness.sequence ?? '0';
      let failures = 0;
      for (;;) {
        if (options.signal?.aborted) return;
        const stream = subscribe(
          ChangeFeedDocument,
          defined({
            after: cursor,
            types: options.types,
            entityTypes: options.entityTypes,
            placeId: options.placeId,
            includeDescendants: options.includeDescendants,
          }),
        );
        const aborted = abortion(options.signal);
        try {
          for (;;) {
            const next = await Promise.race([stream.next(), aborted.promise]);
            if (next === ABORTED || next.done) break;
            const change = next.value.changes;
            // A transport that reconnects by itself re-sends the first request: skip what came already.
            if (BigInt(change.cursor) <= BigInt(cursor)) continue;
            failures = 0;
            yield change;
            cursor = change.cursor;
            await options.onCursor?.(cursor);
          }
          if (options.signal?.aborted) return;
        } catch (error) {
          const feedError = cursorError(error);
          if (feedError) throw feedError;
          if (!resumable(error)) throw error;
          failures++;
          if (options.maxReconnects !== undefined && failures > options.maxReconnects) throw error;
        } finally {
          aborted.dispose();
          // Not awaited: a stream waiting for its next event finishes closing on its own.
          void stream.return(undefined).catch(() => undefined);
        }
        // The stream ended (server restart, network): wait a little, longer each time, then resume.
        const exponential = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(failures, 10));
        await sleep(exponential / 2 + Math.random() * (exponential / 2), options.signal);
      }
    },
    async changesPage(args = {}) {
      if (args.placeId !== undefined) requireId(args.placeId, 'placeId');
      if (args.entityId !== undefined) requireId(args.entityId, 'entityId');
      return (await request(ChangesDocument, defined({ ...args }))).changes;
    },
  };
}

function cursorError(error: unknown): ChangeFeedError | undefined {
  if (!(error instanceof GraphQLRequestError)) return undefined;
  const detail = error.errors.find(
    (item) => item.extensions?.code === 'CURSOR_UNKNOWN' || item.extensions?.code === 'CURSOR_EXPIRED',
  );
  return detail
    ? new ChangeFeedError(detail.extensions!.code as 'CURSOR_UNKNOWN' | 'CURSOR_EXPIRED', detail.message)
    : undefined;
}

/** Connection trouble and server restarts are worth resuming from; a refused key or bad filter is not. */
function resumable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof GraphQLRequestError)
    return error.errors.every((item) => item.extensions?.code === 'SHUTTING_DOWN');
  return false;
}

const ABORTED = Symbol('aborted');

/** A promise that settles when the signal aborts, and a way to stop listening. */
function abortion(signal: AbortSignal | undefined): { promise: Promise<typeof ABORTED>; dispose(): void } {
  if (!signal) return { promise: new Promise(() => {}), dispose: () => {} };
  let onAbort = () => {};
  const promise = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
