import type pg from 'pg';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * PostgreSQL streaming replicas that serve read-only requests. Each is checked every
 * `REPLICA_CHECK_INTERVAL_MS`: reachable, still in recovery, and how far it has replayed the
 * primary's WAL. A request reads from a replica only when one is healthy and has replayed at least
 * the position the client asks for (read-your-writes); otherwise, and for everything else, the
 * primary serves it. A replica that goes away costs nothing but its share of reads.
 */
export class ReadReplicas {
  readonly #primaryPool: pg.Pool;
  readonly #replicas: Replica[];
  readonly #onChange: ((message: string, streaming: boolean) => void) | undefined;
  #timer: NodeJS.Timeout | undefined;
  #checking: Promise<void> | undefined;
  #next = 0;

  constructor(
    primaryPool: pg.Pool,
    replicas: ReadonlyArray<{ target: string; pool: pg.Pool; prisma: PrismaClient }>,
    onChange?: (message: string, streaming: boolean) => void,
  ) {
    this.#primaryPool = primaryPool;
    this.#onChange = onChange;
    this.#replicas = replicas.map((replica) => ({
      ...replica,
      state: 'unchecked',
      replayed: null,
      lagBytes: null,
      lastReplaySeconds: null,
      problem: null,
    }));
    for (const replica of this.#replicas) {
      // A replica that stops or restarts ends its idle connections: stop sending it reads at once
      // rather than at the next check.
      replica.pool.on('error', (error) => this.#markUnreachable(replica, error));
    }
  }

  /** Checks every replica once, then keeps checking in the background. */
  async start(): Promise<void> {
    await this.check();
    this.#timer = setInterval(() => void this.check(), REPLICA_CHECK_INTERVAL_MS);
    this.#timer.unref();
  }

  /**
   * A replica client for a read-only request, or null when the primary must serve it: no replica
   * is streaming, or none has replayed `after` yet. Healthy replicas take turns.
   */
  readerFor(after: WalPosition | null): PrismaClient | null {
    const candidates = this.#replicas.filter(
      (replica) => replica.state === 'streaming' && (after === null || (replica.replayed ?? -1n) >= after),
    );
    if (candidates.length === 0) return null;
    this.#next = (this.#next + 1) % candidates.length;
    return candidates[this.#next]!.prisma;
  }

  /** The primary's current WAL position: a read sent with it sees every write committed before. */
  async primaryPosition(): Promise<string> {
    const { rows } = await this.#primaryPool.query<{ position: string }>(
      'SELECT pg_current_wal_lsn()::text AS position',
    );
    return rows[0]!.position;
  }

  /** What /readyz reports. */
  status(): ReplicaStatus[] {
    return this.#replicas.map((replica) => ({
      target: replica.target,
      state: replica.state,
      replayedPosition: replica.replayed === null ? null : formatWalPosition(replica.replayed),
      lagBytes: replica.lagBytes,
      secondsSinceLastReplay: replica.lastReplaySeconds,
      ...(replica.problem ? { problem: replica.problem } : {}),
    }));
  }

  async check(): Promise<void> {
    this.#checking ??= this.#checkAll().finally(() => {
      this.#checking = undefined;
    });
    return this.#checking;
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.#checking;
    await Promise.all(this.#replicas.map((replica) => replica.prisma.$disconnect()));
    await Promise.all(this.#replicas.map((replica) => replica.pool.end()));
  }

  async #checkAll(): Promise<void> {
    let primary: WalPosition | null = null;
    try {
      primary = parseWalPosition(await this.primaryPosition());
    } catch {
      // The primary is the health check's business (/readyz); lag is simply unknown meanwhile.
    }
    await Promise.all(this.#replicas.map((replica) => this.#checkOne(replica, primary)));
  }

  async #checkOne(replica: Replica, primary: WalPosition | null): Promise<void> {
    try {
      const { rows } = await replica.pool.query<{
        recovering: boolean;
        replayed: string | null;
        since_replay: number | null;
      }>(
        `SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS replayed,
                EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 AS since_replay`,
      );
      const row = rows[0]!;
      if (!row.recovering || row.replayed === null) {
        this.#set(replica, 'not-a-replica', 'it is not in recovery: it does not follow the primary');
        replica.replayed = null;
        replica.lagBytes = null;
        return;
      }
      const replayed = parseWalPosition(row.replayed);
      replica.replayed = replayed;
      replica.lagBytes =
        primary === null || replayed === null ? null : Number(primary > replayed ? primary - replayed : 0n);
      replica.lastReplaySeconds = row.since_replay === null ? null : Math.round(row.since_replay * 10) / 10;
      this.#set(replica, 'streaming', null);
    } catch (error) {
      this.#markUnreachable(replica, error);
    }
  }

  #markUnreachable(replica: Replica, error: unknown): void {
    replica.replayed = null;
    replica.lagBytes = null;
    this.#set(replica, 'unreachable', error instanceof Error ? error.message || error.name : String(error));
  }

  #set(replica: Replica, state: ReplicaState, problem: string | null): void {
    const previous = replica.state;
    replica.state = state;
    replica.problem = problem;
    if (previous === state) return;
    this.#onChange?.(
      state === 'streaming'
        ? `Read replica ${replica.target} is streaming: it serves read-only requests.`
        : `Read replica ${replica.target} is ${state} (${problem}); the primary serves its reads until it is back.`,
      state === 'streaming',
    );
  }
}

/** How often each instance checks its replicas' reachability and replay position. */
export const REPLICA_CHECK_INTERVAL_MS = 1_000;

export type ReplicaState = 'unchecked' | 'streaming' | 'unreachable' | 'not-a-replica';

export interface ReplicaStatus {
  target: string;
  state: ReplicaState;
  /** The primary's WAL position the replica has replayed up to (`pg_last_wal_replay_lsn()`). */
  replayedPosition: string | null;
  /** How far behind the primary's WAL it is, in bytes, at the last check. */
  lagBytes: number | null;
  /** Since the last transaction it replayed; grows while the primary is idle, so it is not lag by itself. */
  secondsSinceLastReplay: number | null;
  problem?: string;
}

interface Replica {
  readonly target: string;
  readonly pool: pg.Pool;
  readonly prisma: PrismaClient;
  state: ReplicaState;
  replayed: WalPosition | null;
  lagBytes: number | null;
  lastReplaySeconds: number | null;
  problem: string | null;
}

/** A position in the primary's write-ahead log (PostgreSQL's `pg_lsn`), as a number to compare. */
export type WalPosition = bigint;

const WAL_POSITION = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/** `pg_lsn`'s text form, "16/B374D848", or null when the text is not one. */
export function parseWalPosition(text: string): WalPosition | null {
  const match = WAL_POSITION.exec(text.trim());
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

export function formatWalPosition(position: WalPosition): string {
  return `${(position >> 32n).toString(16).toUpperCase()}/${(position & 0xffffffffn).toString(16).toUpperCase()}`;
}
