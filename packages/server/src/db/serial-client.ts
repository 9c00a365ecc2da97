import pg from 'pg';

/**
 * A pg client that runs one query at a time by itself. Prisma sends several statements of one
 * transaction at once (its query plans load relations in parallel, and a write's checks may run
 * side by side), and pg 8 queues them on the connection with a deprecation warning — pg 9 will
 * refuse them. Queueing here keeps the order pg kept and the warning away.
 */
export class SerialClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    let last: Promise<unknown> = Promise.resolve();
    const serial = (...args: unknown[]): unknown => {
      // Callback and stream (cursor) calls are pg's own business: the pool uses them on a client it
      // holds alone.
      if (typeof args.at(-1) === 'function' || isSubmittable(args[0])) return query(...args);
      const run = last.then(() => query(...args));
      last = run.catch(() => undefined);
      return run;
    };
    Object.defineProperty(this, 'query', { value: serial, writable: true, configurable: true });
  }
}

function isSubmittable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { submit?: unknown }).submit === 'function';
}
