/** What the server's thread and the embedded database's worker (worker.ts) say to each other. */

export interface EmbeddedWorkerData {
  dataDir: string;
  /** A data-directory tarball (from `dumpDataDir`) to start from, when the directory is new. */
  initialData?: Blob;
}

/** The port part of the socket's name: `pg` connects to `<host>/.s.PGSQL.<port>` for a directory host. */
export const SOCKET_PORT = 5432;

export type EmbeddedWorkerMessage =
  | { type: 'ready'; socketDirectory: string }
  | { type: 'failed'; message: string }
  | { type: 'dumped'; tarball: Blob }
  | { type: 'closed' };

export type EmbeddedWorkerRequest = { type: 'dump' } | { type: 'close' };
