import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { EmbeddedWorkerData, EmbeddedWorkerMessage, EmbeddedWorkerRequest } from './protocol.ts';
import { SOCKET_PORT } from './protocol.ts';

/** The embedded database running on its own thread, reached over the PostgreSQL protocol. */
export interface EmbeddedDatabaseThread {
  /**
   * A pool of one client: the worker serves one PostgreSQL session. A transaction holds the client
   * until it ends, so statements of other requests wait their turn instead of joining it.
   */
  readonly pool: pg.Pool;
  /** The data directory as a gzipped tarball (PGlite's `dumpDataDir`). */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

/** Starts PGlite on a worker thread over `dataDir` and connects a one-client `pg` pool to it. */
export async function startEmbeddedDatabaseThread(
  dataDir: string,
  initialData: Blob | undefined,
): Promise<EmbeddedDatabaseThread> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData: { dataDir, initialData } satisfies EmbeddedWorkerData,
    // The worker is plain Node (type stripping); a parent's `--import tsx` is not needed there.
    execArgv: [],
  });
  const messages = new MessageQueue(worker);
  const first = await messages.next();
  if (first.type !== 'ready') {
    await worker.terminate();
    throw new Error(first.type === 'failed' ? first.message : `unexpected ${first.type} from the database thread`);
  }
  const pool = new pg.Pool({
    host: first.socketDirectory,
    port: SOCKET_PORT,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    // Never let the one client go idle-closed: the worker accepts one connection at a time, and a
    // reconnect racing the old socket's close would be refused.
    idleTimeoutMillis: 0,
    connectionTimeoutMillis: 0,
  });
  pool.on('error', () => {});
  let closed: Promise<void> | undefined;
  worker.once('exit', (code) => {
    // Said once, where operators look: every later query fails and /readyz answers 503.
    if (!closed) {
      process.stderr.write(
        `The embedded database thread stopped unexpectedly (exit code ${code}); requests that need the database fail until the server is restarted.\n`,
      );
    }
  });
  return {
    pool,
    async dump() {
      const reply = messages.next();
      worker.postMessage({ type: 'dump' } satisfies EmbeddedWorkerRequest);
      const message = await reply;
      if (message.type !== 'dumped') throw new Error(`the database thread answered ${message.type} to a dump`);
      return message.tarball;
    },
    close() {
      closed ??= (async () => {
        await pool.end();
        const reply = messages.next();
        worker.postMessage({ type: 'close' } satisfies EmbeddedWorkerRequest);
        await reply;
        await worker.terminate();
      })();
      return closed;
    },
  };
}

/** The worker's messages in order; an exit or crash of the worker fails whoever waits. */
class MessageQueue {
  #waiting: Array<{ resolve: (message: EmbeddedWorkerMessage) => void; reject: (error: Error) => void }> = [];
  #ended: Error | undefined;

  constructor(worker: Worker) {
    worker.on('message', (message: EmbeddedWorkerMessage) => this.#waiting.shift()?.resolve(message));
    worker.on('error', (error) => this.#end(error));
    worker.on('exit', (code) => this.#end(new Error(`the embedded database thread stopped (exit code ${code})`)));
  }

  next(): Promise<EmbeddedWorkerMessage> {
    if (this.#ended) return Promise.reject(this.#ended);
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  #end(error: Error): void {
    this.#ended ??= error;
    for (const waiter of this.#waiting.splice(0)) waiter.reject(error);
  }
}
