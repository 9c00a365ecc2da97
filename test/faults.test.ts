import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../packages/server/src/db/database.ts';
import { applyMigrations } from '../packages/server/src/db/migrations.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { freePort } from './support/redis.ts';
import {
  CREATE_AGENCY,
  embeddedDataDirectory,
  type GraphQLAnswer,
  postGraphQL,
  ServerProcess,
} from './support/server-process.ts';

/**
 * Faults under write load, against real server processes: whatever dies, no write the server
 * acknowledged is lost, none is half-written, and none is written twice when clients retry with
 * their idempotency key.
 */

/** One logical write: an agency with a unique name, sent with one idempotency key until acknowledged. */
interface Write {
  name: string;
  key: string;
  acknowledgedId?: string;
}

/** Every answer a client got, for the checks on what clients see during an outage. */
interface Attempt {
  at: number;
  answer?: GraphQLAnswer;
  failure?: string;
}

/**
 * Writers sending createAgency in a loop, each write retried with its key until acknowledged (as
 * a careful partner would). Stops when told; `acknowledged` counts what the server confirmed.
 */
class WriteLoad {
  readonly writes: Write[] = [];
  readonly attempts: Attempt[] = [];
  #running = true;
  #loops: Promise<void>[] = [];
  #url: string;

  constructor(
    url: string,
    readonly admin: Record<string, string>,
    readonly prefix: string,
    writers: number,
  ) {
    this.#url = url;
    for (let writer = 0; writer < writers; writer++) this.#loops.push(this.#loop(writer));
  }

  get acknowledged(): number {
    return this.writes.filter((write) => write.acknowledgedId).length;
  }

  /** Points the writers at a restarted server. */
  retarget(url: string): void {
    this.#url = url;
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#loops);
  }

  async #loop(writer: number): Promise<void> {
    for (let index = 0; this.#running; index++) {
      const write: Write = { name: `${this.prefix} w${writer} n${index}`, key: randomUUID() };
      this.writes.push(write);
      while (this.#running && !write.acknowledgedId) {
        const attempt: Attempt = { at: Date.now() };
        this.attempts.push(attempt);
        try {
          attempt.answer = await postGraphQL(
            this.#url,
            CREATE_AGENCY,
            { input: { name: write.name, kind: 'ENTERPRISE' }, key: write.key },
            this.admin,
            AbortSignal.timeout(60_000),
          );
          const payload = attempt.answer.body.data?.createAgency as
            | { __typename: string; agency?: { id: string } }
            | undefined;
          if (attempt.answer.status === 200 && payload?.__typename === 'CreateAgencySuccess') {
            write.acknowledgedId = payload.agency!.id;
          }
        } catch (error) {
          attempt.failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
        if (!write.acknowledgedId) await pause(100);
      }
    }
  }
}

/**
 * The database after the faults: every acknowledged write present exactly once, every agency of
 * the run written whole (exactly its one AgencyCreated change in the outbox), no change without
 * its agency, and nothing written twice.
 */
async function assertConsistent(database: Database, load: WriteLoad): Promise<void> {
  const stored = await database.prisma.agency.findMany({
    where: { name: { startsWith: `${load.prefix} ` } },
    select: { id: true, name: true },
  });
  const byName = new Map<string, string[]>();
  for (const agency of stored) byName.set(agency.name, [...(byName.get(agency.name) ?? []), agency.id]);
  const duplicated = [...byName].filter(([, ids]) => ids.length > 1);
  expect(duplicated, 'writes stored twice').toEqual([]);
  const lost = load.writes.filter((write) => write.acknowledgedId && !byName.has(write.name));
  expect(lost, 'acknowledged writes missing').toEqual([]);
  for (const write of load.writes) {
    if (write.acknowledgedId)
      expect(Buffer.from(write.acknowledgedId, 'base64').toString()).toContain(byName.get(write.name)![0]);
  }

  const changes = await database.prisma.changeEvent.findMany({
    where: { type: 'AgencyCreated', entityId: { in: stored.map((agency) => agency.id) } },
    select: { entityId: true },
  });
  const changeCount = new Map<string, number>();
  for (const change of changes) changeCount.set(change.entityId, (changeCount.get(change.entityId) ?? 0) + 1);
  const partial = stored.filter((agency) => changeCount.get(agency.id) !== 1);
  expect(partial, 'agencies without exactly one AgencyCreated change').toEqual([]);
  const orphans = await database.prisma.$queryRaw<Array<{ entityId: string }>>`
    SELECT c."entityId" FROM "ChangeEvent" c
    WHERE c.type = 'AgencyCreated' AND NOT EXISTS (SELECT 1 FROM "Agency" a WHERE a.id::text = c."entityId")`;
  expect(orphans, 'changes whose agency is missing').toEqual([]);
}

describe('kill -9 of the embedded server mid-write, three times', { timeout: 600_000 }, () => {
  let directory: string;
  let admin: Record<string, string>;
  beforeAll(async () => {
    ({ directory, admin } = await embeddedDataDirectory());
  }, 300_000);
  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('every restart opens a consistent database holding every acknowledged write', async () => {
    const prefix = `Crash ${randomUUID().slice(0, 8)}`;
    let load: WriteLoad | undefined;
    const everyLoad: WriteLoad[] = [];
    for (let round = 1; round <= 3; round++) {
      const server = await ServerProcess.start({ PGLITE_DATA_DIR: directory, SEED_ON_START: 'false' });
      // What earlier rounds had acknowledged survived the kill and is served again.
      for (const earlier of everyLoad) await assertServed(server.url, admin, earlier);
      load = new WriteLoad(server.url, admin, `${prefix} r${round}`, 6);
      everyLoad.push(load);
      const before = load.acknowledged;
      await until(
        () => load!.acknowledged >= before + 25,
        120_000,
        () => server.output,
      );
      server.child.kill('SIGKILL');
      expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
      await load.stop();
    }

    const server = await ServerProcess.start({ PGLITE_DATA_DIR: directory, SEED_ON_START: 'false' });
    for (const earlier of everyLoad) await assertServed(server.url, admin, earlier);
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const database = await openDatabase({ kind: 'pglite', dataDir: directory });
    try {
      for (const each of everyLoad) await assertConsistent(database, each);
    } finally {
      await database.close();
    }
  });
});

/** Reads every acknowledged write of a load back through the API. */
async function assertServed(url: string, admin: Record<string, string>, load: WriteLoad): Promise<void> {
  const ids = load.writes.flatMap((write) => (write.acknowledgedId ? [write.acknowledgedId] : []));
  for (let start = 0; start < ids.length; start += 50) {
    const chunk = ids.slice(start, start + 50);
    const answer = await postGraphQL(url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: chunk }, admin);
    expect(answer.body.errors).toBeUndefined();
    const nodes = (answer.body.data?.nodes ?? []) as Array<{ id: string } | null>;
    expect(nodes.map((node) => node?.id)).toEqual(chunk);
  }
}

const runsOnPostgres = Boolean(process.env.DATABASE_URL);
const initdbAvailable = spawnSync('initdb', ['--version']).status === 0;

describe.skipIf(!runsOnPostgres || !initdbAvailable)(
  `PostgreSQL stopped and restarted under write load (a private PostgreSQL; runs in the PostgreSQL run, when DATABASE_URL is set and initdb is installed${initdbAvailable ? '' : ' — initdb is not installed here'})`,
  { timeout: 600_000 },
  () => {
    let postgres: PrivatePostgres;
    let admin: Record<string, string>;
    beforeAll(async () => {
      postgres = await PrivatePostgres.create();
      await postgres.start();
      const database = await openDatabase({ kind: 'postgres', url: postgres.url, poolSize: 2 });
      try {
        await applyMigrations(database.adapter);
        admin = await apiKeyHeader(database, 'ADMIN');
      } finally {
        await database.close();
      }
    }, 300_000);
    afterAll(async () => {
      await postgres?.destroy();
    });

    it('loses no acknowledged write, writes none twice or in part, answers with errors while down, and recovers without a restart', async () => {
      const server = await ServerProcess.start({
        DATABASE_URL: postgres.url,
        MIGRATE_ON_START: 'false',
        SEED_ON_START: 'false',
        DATABASE_POOL_SIZE: '4',
      });
      const load = new WriteLoad(server.url, admin, `Outage ${randomUUID().slice(0, 8)}`, 6);
      try {
        await until(
          () => load.acknowledged >= 30,
          120_000,
          () => server.output,
        );

        await postgres.stop();
        const downFrom = Date.now();
        await pause(3_000);
        const downUntil = Date.now();
        await postgres.start();
        const acknowledgedAtRestart = load.acknowledged;
        await until(
          () => load.acknowledged >= acknowledgedAtRestart + 30,
          120_000,
          () => server.output,
        );
        await load.stop();

        // While PostgreSQL was down every request was answered, and none claimed success.
        const duringOutage = load.attempts.filter((attempt) => attempt.at > downFrom + 200 && attempt.at < downUntil);
        expect(duringOutage.length).toBeGreaterThan(0);
        for (const attempt of duringOutage) {
          expect(attempt.failure, 'a request during the outage got no answer').toBeUndefined();
          const { status, body } = attempt.answer!;
          const payloadError = (body.data?.createAgency as { __typename?: string } | undefined)?.__typename;
          expect(payloadError === 'CreateAgencySuccess', 'a write acknowledged while the database was down').toBe(
            false,
          );
          // Clients are told the database is away and that retrying is right: HTTP 503 (when even the API
          // key could not be checked) or the typed code SERVICE_UNAVAILABLE.
          const codes = body.errors?.map((error) => error.extensions?.code) ?? [];
          expect(
            status === 503 || codes.includes('SERVICE_UNAVAILABLE'),
            `an answer during the outage was neither 503 nor SERVICE_UNAVAILABLE: ${status} ${JSON.stringify(body).slice(0, 300)}`,
          ).toBe(true);
        }
        expect(server.child.exitCode, 'the server kept running through the outage').toBeNull();
      } finally {
        await load.stop();
        await server.stop('SIGTERM');
      }

      const database = await openDatabase({ kind: 'postgres', url: postgres.url, poolSize: 2 });
      try {
        await assertConsistent(database, load);
      } finally {
        await database.close();
      }
    });
  },
);

/** A PostgreSQL of its own on a spare port, run as the `postgres` user when the tests run as root. */
class PrivatePostgres {
  #process: ChildProcess | undefined;
  private constructor(
    readonly directory: string,
    readonly port: number,
    readonly user: { uid: number; gid: number } | undefined,
  ) {}

  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/twinning`;
  }

  static async create(): Promise<PrivatePostgres> {
    const directory = await mkdtemp(join(tmpdir(), 'twinning-pg-'));
    const user = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
    if (user) await chown(directory, user.uid, user.gid);
    const initdb = spawnSync('initdb', ['-D', directory, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
      ...(user ?? {}),
      encoding: 'utf8',
    });
    if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr}`);
    const postgres = new PrivatePostgres(directory, await freePort(), user);
    await postgres.start();
    const client = new pg.Client({ connectionString: postgres.url.replace('/twinning', '/postgres') });
    await client.connect();
    await client.query('CREATE DATABASE twinning');
    await client.end();
    await postgres.stop();
    return postgres;
  }

  async start(): Promise<void> {
    const child = spawn(
      'postgres',
      [
        '-D',
        this.directory,
        '-p',
        String(this.port),
        '-k',
        this.directory,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
      ],
      { ...(this.user ?? {}), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.#process = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`postgres did not start:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => reject(new Error(`postgres exited with ${code}:\n${output}`)));
    });
  }

  /** Immediate shutdown (SIGQUIT): connections are cut as in a crash; recovery replays the WAL. */
  async stop(): Promise<void> {
    const child = this.#process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGQUIT');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.directory, { recursive: true, force: true });
  }
}

function systemUser(name: string): { uid: number; gid: number } {
  const uid = Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) {
    throw new Error(`Running as root, the private PostgreSQL needs a "${name}" user to run as.`);
  }
  return { uid, gid };
}

async function until(condition: () => boolean, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; the server printed:\n${output()}`);
    await pause(50);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
