import type { PrismaClient } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { Viewer } from '../viewer.ts';
import {
  type ChangeFilter,
  type FeedChange,
  feedHead,
  isVisible,
  matchesFilter,
  readChanges,
  withRecords,
} from './feed-query.ts';
import type { Wakeups } from './wakeups.ts';

export interface ChangeFeedOptions {
  db: PrismaClient;
  wakeups: Wakeups;
  logger?: Logger;
  /** Read the outbox at least this often while anyone listens, whatever wake-ups say. */
  pollIntervalMs?: number;
  /** Recent changes kept in memory, so subscribers that are nearly caught up never query. */
  bufferSize?: number;
  /** How often open streams' API keys are checked for revocation. */
  keyCheckIntervalMs?: number;
}

/** Why a stream ended early; the transport reports it to the subscriber as a typed error. */
export class FeedStreamEnded extends Error {
  override name = 'FeedStreamEnded';
  constructor(
    readonly code: 'UNAUTHENTICATED' | 'SHUTTING_DOWN',
    message: string,
  ) {
    super(message);
  }
}

const REPLAY_PAGE = 500;
const TAIL_PAGE = 1_000;

/**
 * The live change feed of one server instance. One tailer reads the outbox after its position —
 * when this instance commits, when another instance says so (Redis), and every poll interval —
 * and hands each new change to the streams that are caught up. A stream first replays from the
 * outbox after its cursor; once its cursor is inside the in-memory window it switches to live
 * delivery in one synchronous step, so nothing falls between replay and live, and it skips
 * anything at or below its cursor, so nothing arrives twice. A stream that falls too far behind
 * goes back to replaying from the outbox instead of growing a queue.
 */
export class ChangeFeed {
  readonly #db: PrismaClient;
  readonly #wakeups: Wakeups;
  readonly #logger: Logger | undefined;
  readonly #pollIntervalMs: number;
  readonly #bufferSize: number;
  readonly #keyCheckIntervalMs: number;

  /** Position of the tailer: every change up to it has been read. Null until the first stream. */
  #head: bigint | null = null;
  /** The buffer holds every change after this position (up to `#head`). */
  #coveredFrom = 0n;
  #buffer: FeedChange[] = [];
  readonly #streams = new Set<Stream>();
  #reading: Promise<void> | null = null;
  #readAgain = false;
  #timers: NodeJS.Timeout[] = [];
  #unsubscribe: (() => void) | null = null;
  /** Bumped when the tailer stops, so a read still in flight does not write into the next window. */
  #generation = 0;
  #closed = false;

  constructor(options: ChangeFeedOptions) {
    this.#db = options.db;
    this.#wakeups = options.wakeups;
    this.#logger = options.logger;
    this.#pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.#bufferSize = options.bufferSize ?? 10_000;
    this.#keyCheckIntervalMs = options.keyCheckIntervalMs ?? 1_000;
  }

  /** This instance committed changes: read them now, and tell the other instances. */
  committed(): void {
    this.#wakeups.publish();
  }

  /** Streams open now (for metrics and tests). */
  get openStreams(): number {
    return this.#streams.size;
  }

  /**
   * Every change after `after` that matches the filter and the viewer may read, in feed order,
   * then every new one as it commits, until the consumer stops or the key is revoked.
   * `return()` ends a stream at once even while it waits for the next change (an async
   * generator's own `return()` would queue behind that wait and leave the stream open).
   */
  stream(viewer: Viewer, filter: ChangeFilter, after: bigint): AsyncIterableIterator<FeedChange> {
    // Ends on its first read, as a stream open at shutdown does, so the client gets the same coded reason.
    if (this.#closed) return endedAtOnce(shuttingDown());
    const stream = new Stream(viewer, filter, after);
    const generator = this.#run(stream);
    return {
      next: () => generator.next(),
      return: async () => {
        stream.end(null);
        return generator.return(undefined);
      },
      throw: (error: unknown) => generator.throw(error),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async *#run(stream: Stream): AsyncGenerator<FeedChange, void, undefined> {
    this.#streams.add(stream);
    this.#start();
    try {
      for (;;) {
        await this.#ready(stream);
        if (stream.finished()) return;
        if (stream.cursor < this.#coveredFrom) {
          const page = await readChanges(this.#db, {
            after: stream.cursor,
            limit: REPLAY_PAGE,
            filter: stream.filter,
            viewer: stream.viewer,
          });
          for (const change of page.changes) {
            if (stream.finished()) return;
            yield change;
            stream.cursor = change.sequence;
          }
          if (page.scannedTo > stream.cursor) stream.cursor = page.scannedTo;
          continue;
        }
        stream.goLive(this.#buffer);
        for (;;) {
          const change = await stream.next();
          if (!change) break;
          yield change;
          stream.cursor = change.sequence;
        }
        if (stream.finished()) return;
      }
    } finally {
      this.#streams.delete(stream);
      if (this.#streams.size === 0) this.#stop();
    }
  }

  /** Ends every stream (they report SHUTTING_DOWN) and stops reading. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const stream of this.#streams) stream.end(shuttingDown());
    this.#stop();
    await this.#reading;
  }

  #start(): void {
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.#wakeups.subscribe(() => this.#wake());
    this.#timers = [
      setInterval(() => this.#wake(), this.#pollIntervalMs),
      setInterval(() => void this.#checkKeys(), this.#keyCheckIntervalMs),
    ];
    for (const timer of this.#timers) timer.unref();
    this.#wake();
  }

  /**
   * Nobody listens: stop reading, and forget the window — the next stream starts the tailer
   * afresh at the head rather than reading everything that happened meanwhile.
   */
  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
    this.#generation++;
    this.#head = null;
    this.#buffer = [];
  }

  /** Resolves once the tailer knows its position (the first read after start). */
  async #ready(stream: Stream): Promise<void> {
    while (this.#head === null && !stream.finished()) {
      this.#wake();
      await this.#reading;
      if (this.#head === null) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  #wake(): void {
    if (this.#reading) {
      this.#readAgain = true;
      return;
    }
    this.#reading = this.#readNew()
      .catch((error: unknown) => {
        this.#logger?.warn(
          `Change feed: reading the outbox failed (${describe(error)}); retrying at the next wake-up.`,
        );
      })
      .finally(() => {
        this.#reading = null;
        if (this.#readAgain && this.#unsubscribe) {
          this.#readAgain = false;
          this.#wake();
        }
      });
  }

  async #readNew(): Promise<void> {
    const generation = this.#generation;
    if (this.#head === null) {
      const head = await feedHead(this.#db);
      if (generation !== this.#generation) return;
      this.#head = head;
      this.#coveredFrom = head;
      return;
    }
    for (;;) {
      const rows = await this.#db.changeEvent.findMany({
        where: { sequence: { gt: this.#head } },
        orderBy: { sequence: 'asc' },
        take: TAIL_PAGE,
      });
      if (rows.length === 0) return;
      const changes = await withRecords(this.#db, rows);
      if (generation !== this.#generation) return;
      this.#head = changes[changes.length - 1]!.sequence;
      this.#buffer.push(...changes);
      if (this.#buffer.length > this.#bufferSize) {
        const dropped = this.#buffer.splice(0, this.#buffer.length - this.#bufferSize);
        this.#coveredFrom = dropped[dropped.length - 1]!.sequence;
      }
      for (const stream of this.#streams) stream.deliver(changes);
      if (rows.length < TAIL_PAGE) return;
    }
  }

  async #checkKeys(): Promise<void> {
    const keyIds = [
      ...new Set([...this.#streams].flatMap((stream) => (stream.viewer.keyId ? [stream.viewer.keyId] : []))),
    ];
    if (keyIds.length === 0) return;
    try {
      const revoked = await this.#db.apiKey.findMany({
        where: { id: { in: keyIds }, revokedAt: { not: null } },
        select: { id: true, name: true },
      });
      for (const key of revoked) {
        for (const stream of this.#streams) {
          if (stream.viewer.keyId !== key.id) continue;
          stream.end(
            new FeedStreamEnded(
              'UNAUTHENTICATED',
              `The API key "${key.name}" was revoked; its subscriptions have ended.`,
            ),
          );
        }
      }
    } catch (error) {
      this.#logger?.warn(`Change feed: checking API keys failed (${describe(error)}).`);
    }
  }
}

/** How many changes may wait for a slow live consumer before it goes back to replaying. */
const MAX_QUEUE = 5_000;

class Stream {
  cursor: bigint;
  live = false;
  #queue: FeedChange[] = [];
  #notify: (() => void) | null = null;
  /** Null while open; `null` reason (cancelled by the consumer) ends quietly, an error is thrown. */
  #ended: { reason: Error | null } | null = null;

  constructor(
    readonly viewer: Viewer,
    readonly filter: ChangeFilter,
    after: bigint,
  ) {
    this.cursor = after;
  }

  /** Switches to live delivery: the buffered changes after the cursor first, then each new one. */
  goLive(buffer: readonly FeedChange[]): void {
    this.#queue = buffer.filter((change) => change.sequence > this.cursor && this.#wants(change));
    this.live = true;
  }

  deliver(changes: readonly FeedChange[]): void {
    if (!this.live) return;
    for (const change of changes) {
      if (change.sequence > this.cursor && this.#wants(change)) this.#queue.push(change);
    }
    if (this.#queue.length > MAX_QUEUE) {
      // Too slow to keep up live: drop the queue and catch up from the outbox after the cursor.
      this.#queue = [];
      this.live = false;
    }
    this.#wakeConsumer();
  }

  /** The next live change; undefined when the stream left live mode (fell behind, or ended). */
  async next(): Promise<FeedChange | undefined> {
    for (;;) {
      if (this.#ended || !this.live) return undefined;
      const change = this.#queue.shift();
      if (change) {
        if (change.sequence > this.cursor) return change;
        continue;
      }
      await new Promise<void>((resolve) => {
        this.#notify = resolve;
      });
    }
  }

  end(reason: Error | null): void {
    this.#ended ??= { reason };
    this.live = false;
    this.#wakeConsumer();
  }

  /** Whether the stream is over: false while open, true when the consumer stopped it; throws the reason otherwise. */
  finished(): boolean {
    if (!this.#ended) return false;
    if (this.#ended.reason) throw this.#ended.reason;
    return true;
  }

  #wants(change: FeedChange): boolean {
    return matchesFilter(this.filter, change) && isVisible(this.viewer, change);
  }

  #wakeConsumer(): void {
    const notify = this.#notify;
    this.#notify = null;
    notify?.();
  }
}

function endedAtOnce(reason: FeedStreamEnded): AsyncIterableIterator<FeedChange> {
  return {
    next: () => Promise.reject(reason),
    return: async () => ({ done: true, value: undefined }),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function shuttingDown(): FeedStreamEnded {
  return new FeedStreamEnded('SHUTTING_DOWN', 'The server is shutting down; reconnect with your last cursor.');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
