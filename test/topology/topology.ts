import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { applyMigrations } from '../../packages/server/src/db/migrations.ts';
import { seedDemoData } from '../../packages/server/src/db/seed/index.ts';

/**
 * A deployment of real engines on loopback ports: a PostgreSQL primary, a streaming replica made
 * with `pg_basebackup -R`, N server processes started as `pnpm start` would, and nginx
 * balancing round-robin over them (WebSocket upgrades, unbuffered SSE, retries of what it may
 * retry). `pnpm topology` runs it; test/topology.test.ts proves what it promises.
 */
export interface TopologyOptions {
  servers: number;
  /** Load the administrative units and demo data into the primary (the command does; the test need not). */
  seed: boolean;
  /** Extra environment for every server (e.g. REDIS_URL). */
  environment?: Record<string, string>;
  /** One line per step. */
  log?: (line: string) => void;
  /** Aborting stops at the next step and undoes what started (Ctrl-C while starting). */
  signal?: AbortSignal;
}

export interface Topology {
  /** nginx's address: http://127.0.0.1:<port> */
  readonly url: string;
  readonly primary: PostgresProcess;
  readonly replica: PostgresProcess;
  readonly servers: readonly ServerInstance[];
  readonly nginx: ChildProcess;
  readonly directory: string;
  readonly nginxConfig: string;
  stop(): Promise<void>;
}

export interface ServerInstance {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  output(): string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What the topology needs on the machine, or why it cannot run. */
export function missingTools(): string | null {
  const missing = ['initdb', 'postgres', 'pg_basebackup', 'nginx'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
  );
  return missing.length === 0 ? null : `${missing.join(', ')} not installed (apt-get install -y postgresql nginx)`;
}

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const log = (line: string) => {
    options.signal?.throwIfAborted();
    options.log?.(line);
  };
  const directory = await mkdtemp(join(tmpdir(), 'twinning-topology-'));
  const user = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
  if (user) await chown(directory, user.uid, user.gid);
  // nginx's workers (another user) reach their temporary files inside; the clusters' own folders stay 0700.
  await chmod(directory, 0o755);
  const started: Array<{ stop(): Promise<void> }> = [];
  const stopAll = async () => {
    for (const part of started.reverse()) await part.stop().catch(() => {});
    await rm(directory, { recursive: true, force: true });
  };
  try {
    log(`Working directory ${directory}`);
    const primaryPort = await freePort();
    log(`PostgreSQL primary: initdb, then postgres on 127.0.0.1:${primaryPort}`);
    const primaryDirectory = join(directory, 'primary');
    run('initdb', ['-D', primaryDirectory, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], user);
    const primary = await PostgresProcess.start(primaryDirectory, primaryPort, user, [
      '-c',
      'wal_level=replica',
      '-c',
      'max_wal_senders=5',
    ]);
    started.push(primary);
    run(
      'psql',
      ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-qc', 'CREATE DATABASE twinning'],
      user,
    );

    const databaseUrl = primary.url('twinning');
    // The replica is copied while the primary is migrated: it replays the migrations as they commit.
    const replicaPort = await freePort();
    const replicaDirectory = join(directory, 'replica');
    const replicaStarted = (async () => {
      log(`Streaming replica: pg_basebackup -R from the primary, then postgres on 127.0.0.1:${replicaPort}`);
      await runAsync(
        'pg_basebackup',
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(primaryPort),
          '-U',
          'postgres',
          '-D',
          replicaDirectory,
          '-R',
          '-X',
          'stream',
          '-c',
          'fast',
        ],
        user,
      );
      const replica = await PostgresProcess.start(replicaDirectory, replicaPort, user, ['-c', 'hot_standby=on']);
      started.push(replica);
      return replica;
    })();
    // Both settle before going on, so a failure of one never leaves the other running unstopped.
    const [replicaOutcome, preparedOutcome] = await Promise.allSettled([
      replicaStarted,
      prepareDatabase(databaseUrl, options.seed, log),
    ]);
    if (replicaOutcome.status === 'rejected') throw replicaOutcome.reason;
    if (preparedOutcome.status === 'rejected') throw preparedOutcome.reason;
    const replica = replicaOutcome.value;

    const environment: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      DATABASE_READ_REPLICA_URLS: replica.url('twinning'),
      DATABASE_POOL_SIZE: '5',
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      // Behind nginx every request comes from its address: limits per client address mean nothing.
      RATE_LIMIT_PER_IP: '0',
      SHUTDOWN_GRACE_MS: '5000',
      ...options.environment,
    };

    const ports = await Promise.all(Array.from({ length: options.servers }, () => freePort()));
    log(`${options.servers} server instances on ports ${ports.join(', ')}`);
    const servers = await Promise.all(ports.map((port) => startServer(port, environment, (line) => log(line))));
    for (const server of servers) started.push({ stop: () => stopProcess(server.process, 'SIGTERM') });

    const nginxPort = await freePort();
    const nginxConfig = nginxConfiguration(directory, nginxPort, ports);
    const nginxConfigPath = join(directory, 'nginx.conf');
    await writeFile(nginxConfigPath, nginxConfig);
    log(`nginx on 127.0.0.1:${nginxPort}, round-robin over the instances (${nginxConfigPath})`);
    const nginx = await startNginx(nginxConfigPath, nginxPort);
    started.push({ stop: () => stopProcess(nginx, 'SIGQUIT') });

    const url = `http://127.0.0.1:${nginxPort}`;
    options.signal?.throwIfAborted();
    return {
      url,
      primary,
      replica,
      servers,
      nginx,
      directory,
      nginxConfig,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * The configuration docs/DEPLOYMENT.md describes. No upstream keepalive: each request opens its own
 * connection, so an instance that stops is noticed on connect (refused), and nginx passes the
 * request on. Retries (`proxy_next_upstream`) cover connection errors, timeouts and 502/503/504;
 * nginx never re-sends a POST an instance has already received (a mutation could run twice), but
 * it does re-send a GET (a query sent as GET, idempotent by definition).
 */
export function nginxConfiguration(directory: string, listenPort: number, serverPorts: readonly number[]): string {
  const temp = (name: string) => join(directory, `nginx-${name}`);
  return `# Generated by test/topology/topology.ts
worker_processes 1;
pid ${join(directory, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }

http {
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};

  # WebSocket upgrades pass through; everything else closes its upstream connection.
  map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      close;
  }

  upstream twinning {
${serverPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join('\n')}
  }

  server {
    listen 127.0.0.1:${listenPort};
    client_max_body_size 4m;

    location / {
      proxy_pass http://twinning;
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # SSE and WebSocket subscriptions: deliver each event at once, and let streams stay open.
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      # Which instance answered (for operators, and for the topology test).
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** A private PostgreSQL cluster, run as the `postgres` user when we are root (initdb refuses root). */
export class PostgresProcess {
  #exited: Promise<void>;
  private constructor(
    readonly directory: string,
    readonly port: number,
    readonly child: ChildProcess,
  ) {
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  url(database: string): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  static async start(
    directory: string,
    port: number,
    user: { uid: number; gid: number } | undefined,
    settings: string[],
  ): Promise<PostgresProcess> {
    await chmod(directory, 0o700);
    const child = spawn(
      'postgres',
      [
        '-D',
        directory,
        '-p',
        String(port),
        '-k',
        directory,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'max_connections=100',
        ...settings,
      ],
      { ...(user ?? {}), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await waitForOutput(child, /ready to accept (read-only )?connections/, 30_000, 'postgres');
    return new PostgresProcess(directory, port, child);
  }

  /** Fast shutdown (SIGINT): open sessions are ended, as `pg_ctl stop -m fast` does. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGINT');
    await this.#exited;
  }
}

async function startServer(
  port: number,
  environment: Record<string, string>,
  log: (line: string) => void,
): Promise<ServerInstance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...environment, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  try {
    await waitForOutput(child, /listening on http:\/\/\S+\/graphql/, 120_000, `the server on port ${port}`);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  log(`  instance on http://127.0.0.1:${port} is listening`);
  return { url: `http://127.0.0.1:${port}`, port, process: child, output: () => output };
}

async function startNginx(configPath: string, port: number): Promise<ChildProcess> {
  const child = spawn('nginx', ['-c', configPath, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`);
    const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return child;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What `pnpm db:migrate` (and `pnpm db:seed`) do, in this process. */
async function prepareDatabase(url: string, seed: boolean, log: (line: string) => void): Promise<void> {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    log('Migrations on the primary (pnpm db:migrate)');
    await applyMigrations(database.adapter);
    if (seed) {
      log('Administrative units and demo data on the primary (pnpm db:seed; a minute or so)');
      await seedDemoData(database.prisma, { log: (line) => log(`  ${line}`) });
    }
  } finally {
    await database.close();
  }
}

function runAsync(command: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(user ?? {}), cwd: tmpdir(), stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${errors}`)),
    );
  });
}

function run(command: string, args: string[], user: { uid: number; gid: number } | undefined): void {
  const result = spawnSync(command, args, { ...(user ?? {}), encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status ?? result.signal}): ${result.stderr || result.error}`);
  }
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number, what: string): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in time:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', read);
        child.stderr?.off('data', read);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${output}`));
    });
  });
}

/** Sends a signal and waits for the process to end (SIGKILL after 15 s). */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function systemUser(name: string): { uid: number; gid: number } {
  const uid = Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) {
    throw new Error(
      `Running as root, PostgreSQL must run as another user: create a "${name}" user (the postgresql package does).`,
    );
  }
  return { uid, gid };
}
