import { parseArgs } from 'node:util';
import { isScaleSizeName, type ScaleSizeName, scaleSizeNames } from '../../../packages/server/src/db/scale/sizes.ts';

export type DatabaseChoice = 'postgres' | 'pglite' | 'both';

export interface BenchOptions {
  size: ScaleSizeName;
  rounds: number;
  /** Seconds of load per (read, server, concurrency) in each round. */
  duration: number;
  database: DatabaseChoice;
  concurrencies: number[];
  /** Only these reads (keys such as a, b, c, scorecard, summary-year, and summaries for that suite), or all. */
  reads: string[] | null;
  /** PostgreSQL server URL whose databases the bench creates (twinning_bench_<size>). */
  postgresUrl: string;
  /** The bench database's name prefix (BENCH_DATABASE_PREFIX, default twinning_bench): <prefix>_<size>. */
  databasePrefix: string;
  /** The embedded database's rounds and concurrencies, when they differ (PGlite serves one query at a time). */
  pglite: { rounds: number; concurrencies: number[] };
  /** Rewrite BENCHMARKS.md from test/bench/results/<size>.json without measuring. */
  reportOnly: boolean;
  /** The command as it was given, with its size, for the report (absent in results written before it was kept). */
  command?: string;
}

export const usage = `Usage: pnpm bench [--size small|province|national] [--rounds N] [--duration S]
                  [--database postgres|pglite|both] [--concurrency 1,8,32] [--reads a,b,c,…]
       pnpm bench --size S --report-only   (rewrite BENCHMARKS.md from test/bench/results/S.json)

Starts our server, PostGraphile v5 and a hand-written SQL server as separate processes on the same
PostgreSQL database (twinning_bench_<size>, generated once and kept), loads them in interleaved
rounds with autocannon, and writes BENCHMARKS.md and test/bench/results/<size>.json.
PostgreSQL: BENCH_POSTGRES_URL, else DATABASE_URL's server, else postgresql://postgres@127.0.0.1:5432.
BENCH_DATABASE_PREFIX names the databases <prefix>_<size> instead (default twinning_bench): a branch
with other migrations then keeps its own copy on a shared server.

Defaults by size — small (CI's): 2 rounds of 1 s, both databases (PGlite: 1 round at concurrency 1 and 8);
province: 3 × 3 s, both; national: 2 × 5 s, PostgreSQL only (the embedded database is for small and
province). A read too slow to finish a single request within the duration is timed over one request
per connection instead.`;

export class UsageError extends Error {}

export function parseBenchOptions(args: string[], environment: NodeJS.ProcessEnv): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        size: { type: 'string' },
        rounds: { type: 'string' },
        duration: { type: 'string' },
        database: { type: 'string' },
        concurrency: { type: 'string' },
        reads: { type: 'string' },
        'report-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (values.help) throw new UsageError(usage);
  const size = String(values.size ?? 'small');
  if (!isScaleSizeName(size))
    throw new UsageError(`--size must be one of ${scaleSizeNames.join(', ')} (got "${size}").`);
  const defaults = {
    small: { rounds: 2, duration: 1, database: 'both' },
    province: { rounds: 3, duration: 3, database: 'both' },
    national: { rounds: 2, duration: 5, database: 'postgres' },
  }[size];
  const rounds = positive('--rounds', values.rounds, defaults.rounds, true);
  const duration = positive('--duration', values.duration, defaults.duration, false);
  const database = String(values.database ?? defaults.database);
  if (database !== 'postgres' && database !== 'pglite' && database !== 'both') {
    throw new UsageError(`--database must be postgres, pglite or both (got "${database}").`);
  }
  if (size === 'national' && database !== 'postgres') {
    throw new UsageError(
      'The embedded database (PGlite) is benchmarked at sizes small and province only: use --database postgres.',
    );
  }
  const concurrencies = String(values.concurrency ?? '1,8,32')
    .split(',')
    .map((part) => positive('--concurrency', part, 1, true));
  const reads = typeof values.reads === 'string' ? values.reads.split(',').map((read) => read.trim()) : null;
  // The embedded database runs one query at a time: at small size (CI's budget) one round at 1 and 8 shows it.
  const pglite =
    size === 'small' && values.rounds === undefined && values.concurrency === undefined
      ? { rounds: 1, concurrencies: concurrencies.filter((concurrency) => concurrency <= 8) }
      : { rounds, concurrencies };
  return {
    size,
    rounds,
    duration,
    database,
    concurrencies,
    reads,
    postgresUrl: postgresServerUrl(environment),
    pglite,
    reportOnly: values['report-only'] === true,
    databasePrefix: databasePrefix(environment),
    command: ['pnpm bench', ...(values.size === undefined ? [`--size ${size}`] : []), ...args].join(' '),
  };
}

function positive(flag: string, value: string | boolean | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`${flag} must be a ${integer ? 'whole ' : ''}number > 0 (got "${String(value)}").`);
  }
  return number;
}

function postgresServerUrl(environment: NodeJS.ProcessEnv): string {
  const explicit = environment.BENCH_POSTGRES_URL ?? environment.DATABASE_URL;
  if (explicit?.startsWith('postgres')) {
    const url = new URL(explicit);
    url.pathname = '/postgres';
    return url.toString();
  }
  return 'postgresql://postgres@127.0.0.1:5432/postgres';
}

function databasePrefix(environment: NodeJS.ProcessEnv): string {
  const prefix = environment.BENCH_DATABASE_PREFIX ?? 'twinning_bench';
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) {
    throw new UsageError(`BENCH_DATABASE_PREFIX must be lower-case letters, digits and _ (got "${prefix}").`);
  }
  return prefix;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
