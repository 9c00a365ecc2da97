import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeader,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo, Server as NetServer } from 'node:net';
import type { App } from './app.ts';
import { answerClientErrors } from './client-errors.ts';

export interface RunningServer {
  server: Server;
  url: string;
  /** Closes at once, cutting whatever is in flight (tests; `drain` is the graceful way). */
  close(): Promise<void>;
  /** Requests received and not yet answered (event streams aside). */
  readonly requestsInFlight: number;
  /** Stops accepting connections; requests already received still get their answer. */
  stopAccepting(): Promise<void>;
  /**
   * Waits for the requests in flight to be answered, closing each connection after its answer;
   * event streams (subscriptions) still open once the rest is done are ended. Whatever is still
   * open after `graceMs` is cut. Resolves with the number of requests cut.
   */
  drain(graceMs: number): Promise<number>;
}

/** The port is taken: one sentence, not a stack trace. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** How long an event stream may keep writing its last events once every other request is answered. */
const STREAM_SETTLE_MS = 250;

/** Serves the app on a real port (0 picks a free one, as the network tests do). */
export async function listen(app: App, host: string, port: number): Promise<RunningServer> {
  const inFlight = new Set<ServerResponse>();
  const eventStreams = new WeakSet<ServerResponse>();
  let draining = false;
  let settled: (() => void) | null = null;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    // While draining, every answer closes its connection, so keep-alive clients reconnect elsewhere.
    if (draining) response.setHeader('connection', 'close');
    noteEventStream(response, () => eventStreams.add(response));
    response.once('close', () => {
      inFlight.delete(response);
      if (settled && requestsLeft() === 0) settled();
    });
    app(request, response);
  });
  // Longer than the idle timeout of clients and load balancers (fetch: 4 s, most LBs: 60 s), so the
  // server never closes a kept-alive socket just as a client sends on it (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) => reject(listenRefusal(error, host, port));
    server.once('error', refused);
    server.listen(port, host, () => {
      server.off('error', refused);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const isStream = (response: ServerResponse) => eventStreams.has(response);
  const requestsLeft = () => [...inFlight].filter((response) => !isStream(response)).length;
  /** A few turns of the event loop, so that bytes already received are parsed into requests. */
  const settle = async () => {
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    return 'settled' as const;
  };
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    get requestsInFlight() {
      return requestsLeft();
    },
    async stopAccepting() {
      draining = true;
      for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
      // Connections the kernel completed while the event loop was busy wait in the listen queue;
      // closing the listener now would reset them. A few turns of the loop accept them first.
      await settle();
      // Only the listening socket: http's own close() also drops connections that look idle, and a
      // request that arrived but is not parsed yet (the event loop was busy) looks idle, so it would
      // be reset unanswered. Kept-alive connections are closed after their next answer instead.
      NetServer.prototype.close.call(server);
    },
    async drain(graceMs) {
      draining = true;
      const deadline = wait(graceMs).then(() => 'late' as const);
      // Requests already on the wire but not parsed yet join as soon as the event loop gets to them.
      while ((await Promise.race([settle(), deadline])) !== 'late' && requestsLeft() > 0) {
        const done = new Promise<'done'>((resolve) => {
          settled = () => resolve('done');
        });
        await Promise.race([done, deadline]);
        settled = null;
      }
      const cut = requestsLeft();
      // Subscriptions were ended before draining; give their streams a moment to write the end.
      const streams = [...inFlight].filter(isStream);
      if (streams.length > 0) {
        await Promise.race([wait(STREAM_SETTLE_MS), deadline]);
        for (const response of streams) {
          // The app may still try to write to a stream ended here; that is not worth a crash.
          response.on('error', () => {});
          if (!response.writableEnded) response.end();
        }
      }
      server.closeAllConnections();
      return cut;
    },
  };
}

/**
 * Calls `onEventStream` when the response's head goes out as text/event-stream. The head is seen
 * at writeHead, since the app may pass its headers there only, where getHeader never sees them.
 */
function noteEventStream(response: ServerResponse, onEventStream: () => void): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null) as
      | OutgoingHttpHeaders
      | OutgoingHttpHeader[]
      | undefined;
    const contentType = response.getHeader('content-type') ?? contentTypeIn(headers);
    if (String(contentType ?? '').startsWith('text/event-stream')) onEventStream();
    return writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];
}

function contentTypeIn(
  headers: OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined,
): OutgoingHttpHeader | undefined {
  if (!headers) return undefined;
  if (!Array.isArray(headers)) {
    const key = Object.keys(headers).find((name) => name.toLowerCase() === 'content-type');
    return key === undefined ? undefined : headers[key];
  }
  // [name, value, name, value, …] or [[name, value], …]
  const pairs = headers.every(Array.isArray)
    ? (headers as unknown as Array<[string, OutgoingHttpHeader]>)
    : Array.from({ length: headers.length / 2 }, (_, index) => [headers[2 * index], headers[2 * index + 1]]);
  return pairs.find(([name]) => String(name).toLowerCase() === 'content-type')?.[1];
}

/** Fails with PortInUseError when `port` cannot be listened on now (0 always can). */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenRefusal(error, host, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function listenRefusal(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new PortInUseError(
      `Port ${port} on ${host} is in use: another Twinning Graph (or another program) may be running there. Stop it, or set PORT=… to use another port.`,
    );
  }
  if (error.code === 'EACCES') {
    return new PortInUseError(
      `Port ${port} on ${host} may not be opened by this user: set PORT=… to a port above 1023.`,
    );
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new PortInUseError(
      `This machine has no address ${host}: set HOST=… (127.0.0.1, or 0.0.0.0 for every interface).`,
    );
  }
  return error;
}
