import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, openPglite } from '../packages/server/src/db/database.ts';
import { LOCK_FILE } from '../packages/server/src/db/embedded/lock.ts';
import { applyMigrations } from '../packages/server/src/db/migrations.ts';
import { createApp } from '../packages/server/src/http/app.ts';
import { listen } from '../packages/server/src/http/server.ts';

/**
 * The embedded default as an operator runs it: `pnpm start` on a data directory, commands beside
 * it, a second start by mistake, a crash that leaves its lock behind, and a long query while
 * monitoring polls /healthz.
 */

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
const SECRET = /tg_[a-z0-9]{8}_[A-Za-z0-9_-]{32,}/;
/** A stack trace line, which an operator must never be shown for an expected refusal. */
const STACK_LINE = /^\s+at /m;

/** A data directory holding the prepared test database (migrated only when the run is on PostgreSQL). */
async function preparedDataDirectory(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'twinning-embedded-'));
  const template = inject('databaseTemplate');
  const initialData = template.kind === 'pglite' ? new Blob([await readFile(template.dumpPath)]) : undefined;
  const database = await openDatabase({ kind: 'pglite', dataDir }, { initialData, holder: 'test setup' });
  try {
    if (!initialData) await applyMigrations(database.adapter);
  } finally {
    await database.close();
  }
  return dataDir;
}

/** The environment of a process on `dataDir`: the embedded default, whatever this run uses. */
function embeddedEnvironment(dataDir: string): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, REDIS_URL: _redis, ...inherited } = process.env;
  return { ...inherited, PGLITE_DATA_DIR: dataDir, PORT: '0', SEED_ON_START: 'false', WEBHOOKS: 'false' };
}

interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** `pnpm start`: the server's own process on the data directory, on a free port. */
async function startServer(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: ROOT,
    env: embeddedEnvironment(dataDir),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const listening = /listening on (http:\/\/\S+)\/graphql/.exec(log);
      if (listening) resolve(listening[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${log}`)));
  });
  return { url, pid: child.pid!, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

async function node(dataDir: string, script: string, ...args: string[]): Promise<Finished> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: embeddedEnvironment(dataDir),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Finished;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const apiKey = (dataDir: string, ...args: string[]) => node(dataDir, 'packages/server/src/cli/api-key.ts', ...args);

async function status(url: string, secret: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ freshness { sequence } }' }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('a server running on the embedded data directory', { timeout: 240_000 }, () => {
  let dataDir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dataDir = await preparedDataDirectory();
    server = await startServer(dataDir);
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server and other commands on the same directory with one sentence naming it', async () => {
    const second = await node(dataDir, 'packages/server/src/main.ts');
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe(
      `Twinning Graph could not start: Twinning Graph is already running on this data directory (${dataDir}, pid ${server.pid}); stop it first, or use the running server (${server.url}/graphql).`,
    );
    const migrate = await node(dataDir, 'packages/server/src/cli/db.ts', 'migrate');
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toContain(
      `Twinning Graph is already running on this data directory (${dataDir}, pid ${server.pid})`,
    );
    expect(migrate.stderr).not.toMatch(STACK_LINE);
    // The running server was not disturbed.
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('pnpm api-key goes through the running server: a new key works at once, and a revoked one is refused', async () => {
    const created = await apiKey(dataDir, 'create', '--name', 'Đối tác', '--role', 'VIEWER');
    expect(created.code, created.stderr).toBe(0);
    const secret = SECRET.exec(created.stdout)![0];
    const prefix = secret.split('_')[1]!;
    expect(await status(server.url, secret)).toBe(200);

    const listed = await apiKey(dataDir, 'list');
    expect(listed.stdout).toMatch(new RegExp(`${prefix}\\s+VIEWER\\s+active\\s+Đối tác`));
    expect(listed.stdout).not.toMatch(SECRET);

    const revoked = await apiKey(dataDir, 'revoke', prefix);
    expect(revoked).toMatchObject({ code: 0, stdout: `Revoked ${prefix}.\n` });
    expect(await status(server.url, secret)).toBe(401);
    expect(await apiKey(dataDir, 'revoke', prefix)).toMatchObject({
      code: 1,
      stdout: `The key ${prefix} was already revoked.\n`,
    });

    const refused = await apiKey(dataDir, 'create', '--name', 'Editor', '--role', 'EDITOR', '--province', '99');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('No province "99"');
    expect(refused.stderr).not.toMatch(STACK_LINE);
  });

  it('releases the directory when it stops', async () => {
    await server.stop();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const listed = await apiKey(dataDir, 'list');
    expect(listed.code, listed.stderr).toBe(0);
  });
});

describe('the lock left behind', { timeout: 240_000 }, () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await preparedDataDirectory();
  }, 240_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('a lock whose process is gone (kill -9) is taken over; a damaged one too', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const lock = join(dataDir, LOCK_FILE);
    await writeFile(
      lock,
      JSON.stringify({ pid: gone.pid, processStart: null, holder: 'server', url: 'http://127.0.0.1:9' }),
    );
    const listed = await apiKey(dataDir, 'list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(existsSync(lock)).toBe(false);

    await writeFile(lock, '{"pid": 12');
    const again = await apiKey(dataDir, 'create', '--name', 'After a crash', '--role', 'ADMIN');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(SECRET);
  });

  it('a live process that is not a server (another command) is named, and nothing else happens', async () => {
    const lock = join(dataDir, LOCK_FILE);
    await writeFile(lock, JSON.stringify({ pid: process.pid, processStart: null, holder: 'pnpm db:seed' }));
    try {
      const refused = await apiKey(dataDir, 'list');
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `\`pnpm db:seed\` (pid ${process.pid}) is using this data directory (${dataDir}); wait for it to finish, then try again.`,
      );
    } finally {
      await rm(lock);
    }
  });
});

describe('before the first start', { timeout: 240_000 }, () => {
  it('pnpm api-key create on a fresh data directory makes the database and the key', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'twinning-fresh-'));
    try {
      const created = await apiKey(dataDir, 'create', '--name', 'First admin', '--role', 'ADMIN');
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toMatch(SECRET);
      expect(created.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
      expect((await apiKey(dataDir, 'list')).stdout).toContain('First admin');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe.runIf(process.env.DATABASE_URL)('before pnpm db:migrate on PostgreSQL', () => {
  it('pnpm api-key says to migrate first, without a stack trace', async () => {
    const serverUrl = process.env.DATABASE_URL!;
    const name = `twinning_empty_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const { DATABASE_URL: _url, ...inherited } = process.env;
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const refused = await run(
        process.execPath,
        ['--import', 'tsx', 'packages/server/src/cli/api-key.ts', 'create', '--name', 'First', '--role', 'ADMIN'],
        { cwd: ROOT, env: { ...inherited, DATABASE_URL: url.toString() } },
      ).then(
        () => ({ code: 0, stderr: '' }),
        (error: Finished) => error,
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `PostgreSQL at ${url.hostname}:${url.port || '5432'}/${name} has no tables yet: run \`pnpm db:migrate\` first.`,
      );
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

describe('a long query on the embedded database', { timeout: 240_000 }, () => {
  it('does not hold up /healthz: it answers while the query runs', async () => {
    const dataDir = await preparedDataDirectory();
    const database = await openDatabase({ kind: 'pglite', dataDir });
    const running = await listen(createApp({ database }), '127.0.0.1', 0);
    try {
      // Seconds of work inside PostgreSQL: hashing three million numbers.
      const slow = database.prisma
        .$queryRawUnsafe<Array<{ hashes: bigint }>>(
          'SELECT count(DISTINCT md5(n::text)) AS hashes FROM generate_series(1, 3000000) AS n',
        )
        .then((rows) => ({ rows, finishedAt: performance.now() }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const health = await fetch(`${running.url}/healthz`);
      const answeredAt = performance.now();
      expect(health.status).toBe(200);
      const { rows, finishedAt } = await slow;
      expect(rows).toEqual([{ hashes: 3_000_000n }]);
      expect(answeredAt).toBeLessThan(finishedAt);
    } finally {
      await running.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the statement timeout', () => {
  // When this fails, PGlite has learnt to interrupt a statement: pass DATABASE_STATEMENT_TIMEOUT_MS
  // to the embedded pool (db/embedded/client.ts) as db/database.ts does for PostgreSQL, and update the README.
  it('is PostgreSQL’s only: PGlite accepts SET statement_timeout and still runs a longer statement to its end', async () => {
    const pglite = await openPglite();
    try {
      await pglite.exec('SET statement_timeout = 50');
      const slept = await pglite.query<{ slept: string }>('SELECT pg_sleep(0.3)::text AS slept');
      expect(slept.rows).toEqual([{ slept: '' }]);
    } finally {
      await pglite.close();
    }
  });
});
