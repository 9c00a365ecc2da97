// The embedded database's own thread: PGlite (PostgreSQL in WebAssembly) runs every statement
// synchronously, so on the server's thread a 5-second query would stall HTTP for 5 seconds. Here
// it serves the PostgreSQL wire protocol on a private Unix socket and the server talks to it with
// `pg`, as it talks to a real PostgreSQL. Loaded by Node's own type stripping (no tsx in a worker
// started from a test runner), so this file imports only packages and uses erasable syntax.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import {
  type EmbeddedWorkerData,
  type EmbeddedWorkerMessage,
  type EmbeddedWorkerRequest,
  SOCKET_PORT,
} from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('db/embedded/worker.ts runs as a worker thread (see db/embedded/client.ts).');
const { dataDir, initialData } = workerData as EmbeddedWorkerData;

let socketDirectory: string | undefined;
try {
  const pglite = await PGlite.create({ dataDir, loadDataDir: initialData, extensions: { pg_trgm } });
  // A directory only this user can enter: the socket has no password, so nobody else may reach it.
  socketDirectory = await mkdtemp(join(tmpdir(), 'twinning-pglite-'));
  // One connection: PGlite is one PostgreSQL session, and statements of two clients interleaved
  // between Parse and Sync would share its unnamed statement. The server's pool has one client.
  const server = new PGLiteSocketServer({
    db: pglite,
    path: join(socketDirectory, `.s.PGSQL.${SOCKET_PORT}`),
    maxConnections: 1,
  });
  await server.start();
  const directory = socketDirectory;
  port.on('message', async (request: EmbeddedWorkerRequest) => {
    if (request.type === 'dump') {
      port.postMessage({ type: 'dumped', tarball: await pglite.dumpDataDir('gzip') } satisfies EmbeddedWorkerMessage);
    } else {
      await server.stop();
      await pglite.close();
      await rm(directory, { recursive: true, force: true });
      port.postMessage({ type: 'closed' } satisfies EmbeddedWorkerMessage);
      port.close();
    }
  });
  port.postMessage({ type: 'ready', socketDirectory } satisfies EmbeddedWorkerMessage);
} catch (error) {
  if (socketDirectory) await rm(socketDirectory, { recursive: true, force: true });
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message || error.name : String(error),
  } satisfies EmbeddedWorkerMessage);
  port.close();
}
