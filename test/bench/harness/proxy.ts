import { connect, createServer, type Server } from 'node:net';

/** Frontend messages a client sent through one proxy port. */
export interface MessageCounts {
  /** Simple-protocol queries ('Q'): each is at least one statement. */
  query: number;
  /** Extended-protocol executions ('E'): one statement each. */
  execute: number;
  /** Statements parsed ('P'): fewer than executions when prepared statements are reused. */
  parse: number;
}

export interface CountingProxy {
  readonly port: number;
  counts(): MessageCounts;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that counts the protocol messages a server sends: the same
 * yardstick for every server under test, whatever its driver or query builder. After the startup
 * packet every frontend message is a type byte and a 4-byte length, so counting needs no parsing
 * of the SQL. SSL is refused (the servers here connect without it), which keeps the stream plain.
 */
export async function startCountingProxy(target: { host: string; port: number }): Promise<CountingProxy> {
  let counts: MessageCounts = { query: 0, execute: 0, parse: 0 };
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    let started = false;
    let pending: Buffer = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      while (true) {
        if (!started) {
          if (pending.length - offset < 8) break;
          const length = pending.readInt32BE(offset);
          if (pending.length - offset < length) break;
          const code = pending.readInt32BE(offset + 4);
          if (code === 80877103) {
            // SSLRequest: answer "no" ourselves and wait for the real startup packet.
            client.write('N');
            offset += length;
            continue;
          }
          upstream.write(pending.subarray(offset, offset + length));
          offset += length;
          started = true;
          continue;
        }
        if (pending.length - offset < 5) break;
        const type = String.fromCharCode(pending[offset]!);
        const length = pending.readInt32BE(offset + 1);
        if (pending.length - offset < 1 + length) break;
        if (type === 'Q') counts.query += 1;
        else if (type === 'E') counts.execute += 1;
        else if (type === 'P') counts.parse += 1;
        upstream.write(pending.subarray(offset, offset + 1 + length));
        offset += 1 + length;
      }
      pending = offset === pending.length ? Buffer.alloc(0) : Buffer.from(pending.subarray(offset));
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    counts: () => ({ ...counts }),
    reset: () => {
      counts = { query: 0, execute: 0, parse: 0 };
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
