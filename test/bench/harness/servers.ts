import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPoolSize } from '../../../packages/server/src/config.ts';
import type { ReadDefinition, ServerKind } from '../suites/reads/definitions.ts';
import { freePort, type RunningServer, repositoryRoot, startServer } from './processes.ts';

export type DatabaseKind = 'postgres' | 'pglite';

/** A server under test and the database it reads. */
export interface Target {
  server: ServerKind;
  database: DatabaseKind;
  label: string;
  databaseUrl: string;
  running: RunningServer;
}

export const serverLabels: Record<ServerKind, string> = {
  ours: 'ours',
  postgraphile: 'PostGraphile v5',
  raw: 'raw pg',
};

/** pg's default pool, which PostGraphile and the SQL server keep. */
const competitorPoolSize = 10;

/** The largest pool a server opens: ours sizes its own to the cores (config.ts), the others keep pg's. */
export const largestPoolSize = Math.max(competitorPoolSize, defaultPoolSize());

/**
 * Starts one server process, in production mode and with its default pool: ours as `pnpm start`
 * starts it (its node arguments read from package.json), with migrations and seeding off because
 * the bench database is prepared beforehand; PostGraphile and the SQL server with pg's pool of 10.
 */
export async function startTarget(server: ServerKind, database: DatabaseKind, databaseUrl: string): Promise<Target> {
  const port = String(await freePort());
  const common = { DATABASE_URL: databaseUrl, PORT: port };
  const competitor = { ...common, DATABASE_POOL_SIZE: String(competitorPoolSize) };
  const label = `${serverLabels[server]}${database === 'pglite' ? ' (PGlite)' : ''}`;
  const running = await startServer(
    server === 'ours'
      ? {
          label,
          args: startArguments(),
          env: {
            ...common,
            LOG_LEVEL: 'warn',
            GRAPHIQL: 'false',
            MIGRATE_ON_START: 'false',
            SEED_ON_START: 'false',
            TRUSTED_DOCUMENTS: 'off',
            // The load generator is one client on one address sending thousands of requests a
            // second, and PostGraphile runs with no such limits: rate and cost limits are off, so
            // the columns compare execution, not refusals.
            RATE_LIMIT_PER_IP: '0',
            RATE_LIMIT_PER_KEY: '0',
            MAX_QUERY_COST: '10000000',
          },
          readyPath: '/readyz',
        }
      : server === 'postgraphile'
        ? {
            label,
            args: ['--import', 'tsx', 'test/bench/servers/postgraphile.ts'],
            env: { ...competitor, GRAPHILE_ENV: 'production' },
            readyPath: '/graphql',
            readyBody: JSON.stringify({ query: '{ __typename }' }),
          }
        : {
            label,
            args: ['--import', 'tsx', 'test/bench/servers/raw-sql.ts'],
            env: competitor,
            readyPath: '/placeWithParents',
            readyBody: JSON.stringify(['23074', '2024-01-01']),
          },
  );
  return { server, database, label, databaseUrl, running };
}

/** The node arguments of `pnpm start` (package.json), so ours runs with the same flags as a user's server. */
export function startArguments(): string[] {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [command, ...args] = manifest.scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`pnpm start should run node, not ${command}`);
  return args;
}

/** Starts a server again after its process died; returns the output it left. */
export async function restartTarget(target: Target): Promise<void> {
  await target.running.stop();
  target.running = (await startTarget(target.server, target.database, target.databaseUrl)).running;
}

/** The HTTP request a target answers a read with, or null when that server has no form of it. */
export function requestFor(target: Target, read: ReadDefinition): { url: string; body: string } | null {
  if (target.server === 'raw') {
    return { url: `${target.running.url}/${read.raw.read}`, body: JSON.stringify(read.raw.parameters) };
  }
  const request = target.server === 'ours' ? read.ours : read.postgraphile;
  if (!request) return null;
  return { url: `${target.running.url}/graphql`, body: JSON.stringify(request) };
}

/** Sends the read once and returns the response's `data`, failing on HTTP or GraphQL errors. */
export async function ask(target: Target, read: ReadDefinition): Promise<unknown> {
  const request = requestFor(target, read);
  if (!request) throw new Error(`${target.label} has no form of read ${read.key}`);
  return send(target, request, `read ${read.key}`);
}

/** Posts one request (`what` names it in errors) and returns the response's `data`, failing on HTTP or GraphQL errors. */
export async function send(target: Target, request: { url: string; body: string }, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: request.body,
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new Error(`${target.label} did not answer ${what} (${request.url})${cause}`);
  }
  const text = await response.text();
  let body: { data?: unknown; errors?: Array<{ message: string }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${target.label} answered ${what} with HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  if (!response.ok || body.errors?.length) {
    throw new Error(
      `${target.label} answered ${what} with HTTP ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? text.slice(0, 300)}`,
    );
  }
  return body.data;
}
