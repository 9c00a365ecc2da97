import { readFileSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One process at a time owns an embedded data directory: two PGlite instances writing the same
 * files corrupt them. The owner holds `twinning.lock` inside the directory (as PostgreSQL holds
 * `postmaster.pid`); a lock whose process is gone is stale and taken over.
 */
export const LOCK_FILE = 'twinning.lock';

/** What the lock file says about its owner (mode 0600: a server's local admin key is in it). */
export interface LockOwner {
  pid: number;
  /** The owner's start time on Linux (/proc), so a reused PID is not mistaken for the owner. */
  processStart: string | null;
  /** `server`, or the command that holds the directory (`pnpm api-key`, `pnpm db:seed` …). */
  holder: string;
  /** A server's address once it listens. */
  url?: string;
  /** A server's local admin key, for the command line on the same machine (`pnpm api-key`). */
  localAdminKey?: string;
}

export class DataDirectoryInUseError extends Error {
  override name = 'DataDirectoryInUseError';
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(inUseMessage(dataDir, owner));
  }
}

export interface DataDirectoryLock {
  readonly dataDir: string;
  /** Records where the server listens and its local admin key, for commands run beside it. */
  advertise(server: { url: string; localAdminKey: string }): Promise<void>;
  release(): Promise<void>;
}

/** Takes the directory for this process, or throws DataDirectoryInUseError naming the owner. */
export async function lockDataDirectory(dataDir: string, holder: string): Promise<DataDirectoryLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, processStart: processStart(process.pid), holder };
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole first, then linked into place (atomic, and refused if a lock exists), so no
    // process ever reads a lock that is still empty and takes it for a crashed one.
    const draft = `${path}.${process.pid}.${attempt}`;
    await writeFile(draft, JSON.stringify(me), { mode: 0o600 });
    try {
      await link(draft, path);
      return heldLock(dataDir, path, me);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await rm(draft, { force: true });
    }
    const owner = await readOwner(path);
    if (owner && isAlive(owner)) throw new DataDirectoryInUseError(dataDir, owner);
    // Stale (its process is gone) or unreadable (written by hand, damaged): take it over.
    await rm(path, { force: true });
  }
  throw new Error(`Could not take the lock ${path}; another process keeps replacing it.`);
}

/** The live owner of a data directory, if any: how commands find a running server. */
export async function ownerOf(dataDir: string): Promise<LockOwner | null> {
  const owner = await readOwner(join(dataDir, LOCK_FILE));
  return owner && isAlive(owner) ? owner : null;
}

function heldLock(dataDir: string, path: string, me: LockOwner): DataDirectoryLock {
  let released = false;
  return {
    dataDir,
    async advertise(server) {
      if (released) return;
      const draft = `${path}.${process.pid}.advertised`;
      await writeFile(draft, JSON.stringify({ ...me, ...server }), { mode: 0o600 });
      await rename(draft, path);
    },
    async release() {
      if (released) return;
      released = true;
      // Only our own lock: a lock we no longer own (removed by hand, taken over) stays.
      const owner = await readOwner(path);
      if (owner?.pid === me.pid && owner.processStart === me.processStart) await rm(path, { force: true });
    },
  };
}

function inUseMessage(dataDir: string, owner: LockOwner): string {
  if (owner.holder === 'server') {
    return owner.url
      ? `Twinning Graph is already running on this data directory (${dataDir}, pid ${owner.pid}); stop it first, or use the running server (${owner.url}/graphql).`
      : `Twinning Graph is starting on this data directory (${dataDir}, pid ${owner.pid}); wait until it listens, or stop it first.`;
  }
  return `\`${owner.holder}\` (pid ${owner.pid}) is using this data directory (${dataDir}); wait for it to finish, then try again.`;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.holder !== 'string') return null;
    return {
      pid: parsed.pid,
      processStart: typeof parsed.processStart === 'string' ? parsed.processStart : null,
      holder: parsed.holder,
      url: typeof parsed.url === 'string' ? parsed.url : undefined,
      localAdminKey: typeof parsed.localAdminKey === 'string' ? parsed.localAdminKey : undefined,
    };
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(owner.pid);
  return owner.processStart === null || start === null || start === owner.processStart;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null off Linux. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; fields after its last ")" are plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
