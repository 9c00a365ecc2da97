import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { applyMigrations } from '../../packages/server/src/db/migrations.ts';
import { apiKeyHeader } from './api-keys.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `pnpm start` as an operator runs it: its own node process, its own environment. */
export class ServerProcess {
  #output = '';
  readonly exited: Promise<Exit>;

  private constructor(readonly child: ChildProcess) {
    const collect = (chunk: Buffer) => {
      this.#output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Everything it printed so far. */
  get output(): string {
    return this.#output;
  }

  /** Starts the server and returns at once (for start-up failures, await `exited`). */
  static spawn(environment: Record<string, string>): ServerProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', WEBHOOKS: 'false', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServerProcess(child);
  }

  /** Starts the server and resolves with its base URL once it listens. */
  static async start(
    environment: Record<string, string>,
    timeoutMs = 120_000,
  ): Promise<ServerProcess & { url: string }> {
    const server = ServerProcess.spawn(environment);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start:\n${server.output}`)), timeoutMs);
      const read = () => {
        const listening = /listening on (http:\/\/\S+)\/graphql/.exec(server.output);
        if (listening) {
          clearTimeout(timer);
          resolve(listening[1]!);
        }
      };
      server.child.stdout?.on('data', read);
      server.child.stderr?.on('data', read);
      void server.exited.then((exit) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${JSON.stringify(exit)}) before listening:\n${server.output}`));
      });
    });
    return Object.assign(server, { url });
  }

  /** Sends a signal and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

/**
 * An embedded data directory as a first start leaves it (the test run's seeded template when the
 * run is on the embedded database, else migrated and empty), with an admin key in it.
 */
export async function embeddedDataDirectory(): Promise<{ directory: string; admin: Record<string, string> }> {
  const directory = await mkdtemp(join(tmpdir(), 'twinning-data-'));
  const template = inject('databaseTemplate');
  const initialData = template.kind === 'pglite' ? new Blob([await readFile(template.dumpPath)]) : undefined;
  const database = await openDatabase({ kind: 'pglite', dataDir: directory }, { initialData });
  try {
    if (!initialData) await applyMigrations(database.adapter);
    return { directory, admin: await apiKeyHeader(database, 'ADMIN') };
  } finally {
    await database.close();
  }
}

export interface GraphQLAnswer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  retryAfter: string | null;
  /** The body as received. */
  text?: string;
}

/** One POST to /graphql over a fresh connection; network failures reject. */
export async function postGraphQL(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
  signal?: AbortSignal,
): Promise<GraphQLAnswer> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const text = await response.text();
  let body: GraphQLAnswer['body'];
  try {
    body = JSON.parse(text) as GraphQLAnswer['body'];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body, retryAfter: response.headers.get('retry-after'), text };
}

export const CREATE_AGENCY = `mutation($input: CreateAgencyInput!, $key: String) {
  createAgency(input: $input, idempotencyKey: $key) { __typename ... on Error { message } ... on CreateAgencySuccess { agency { id name } } } }`;
