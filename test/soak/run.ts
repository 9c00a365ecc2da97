// pnpm soak: our server under a steady mixed read/write load for minutes, to find errors that only
// show under sustained concurrency and memory that grows without bound. Starts the server as
// `pnpm start` does on a freshly generated database, loads it at concurrency 64 with the mix of
// test/soak/mix.ts, samples its resident memory every second, and writes the "Soak" section of
// BENCHMARKS.md and test/bench/results/soak.json. Exits 1 when any request failed or the memory
// drifted by 10 % or more after the warm-up.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { databaseUrl } from '../bench/harness/options.ts';
import {
  freePort,
  type RunningServer,
  repositoryRoot,
  runToCompletion,
  startServer,
} from '../bench/harness/processes.ts';
import { describeMachine, type Machine } from '../bench/harness/report.ts';
import { startArguments, type Target } from '../bench/harness/servers.ts';
import { formatTable, median } from '../bench/harness/tables.ts';
import { readsFor } from '../bench/suites/reads.ts';
import {
  type Fixtures,
  type GraphQLRequest,
  type Operation,
  type Outcome,
  operations,
  type Send,
  SOAK_PROVINCE_CODE,
  WriteState,
  weightedPicker,
} from './mix.ts';

const usage = `Usage: pnpm soak [--duration S] [--warmup S] [--concurrency N] [--database postgres|pglite]

Generates a fresh database (db:generate-scale --size small: <BENCH_DATABASE_PREFIX>_soak on PostgreSQL,
default twinning_bench_soak, dropped and created again each run; or .bench/pglite-soak), creates an
editor key for Đắk Lắk, starts our server as \`pnpm start\` does (rate limits off), and sends the mix
of test/soak/mix.ts from N concurrent clients (default 64) for the warm-up (at least 60 s and
until the server has made 3 full garbage collections, at most 5 × the warm-up; not counted)
and then the duration (default 300 s). Exits 1 if any request failed or the server's resident memory
at the end is ≥ 10 % above its level after the warm-up.
PostgreSQL: BENCH_POSTGRES_URL, else DATABASE_URL's server, else postgresql://postgres@127.0.0.1:5432.`;

/** Memory is compared as the median of this many seconds of samples, so one collection does not decide. */
const RSS_WINDOW_SECONDS = 30;
const MAX_DRIFT = 0.1;
const REQUEST_TIMEOUT_MS = 60_000;

class UsageError extends Error {}

interface SoakOptions {
  duration: number;
  warmup: number;
  concurrency: number;
  database: 'postgres' | 'pglite';
  postgresUrl: string;
  databasePrefix: string;
}

function parseOptions(args: string[], environment: NodeJS.ProcessEnv): SoakOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        duration: { type: 'string' },
        warmup: { type: 'string' },
        concurrency: { type: 'string' },
        database: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (values.help) throw new UsageError(usage);
  const whole = (flag: string, value: string | boolean | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0)
      throw new UsageError(`${flag} must be a whole number > 0 (got "${String(value)}").`);
    return number;
  };
  const database = String(values.database ?? 'postgres');
  if (database !== 'postgres' && database !== 'pglite') {
    throw new UsageError(`--database must be postgres or pglite (got "${database}").`);
  }
  const explicit = environment.BENCH_POSTGRES_URL ?? environment.DATABASE_URL;
  const server = new URL(explicit?.startsWith('postgres') ? explicit : 'postgresql://postgres@127.0.0.1:5432/postgres');
  server.pathname = '/postgres';
  const databasePrefix = environment.BENCH_DATABASE_PREFIX ?? 'twinning_bench';
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(databasePrefix)) {
    throw new UsageError(`BENCH_DATABASE_PREFIX must be lower-case letters, digits and _ (got "${databasePrefix}").`);
  }
  return {
    duration: whole('--duration', values.duration, 300),
    warmup: whole('--warmup', values.warmup, 60),
    concurrency: whole('--concurrency', values.concurrency, 64),
    database,
    postgresUrl: server.toString(),
    databasePrefix,
  };
}

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const log = (line: string) => process.stdout.write(`[${Math.round(elapsed())} s] ${line}\n`);

/** A fresh database with the small generated data: writes pile up, so every run starts from the same rows. */
async function prepareDatabase(options: SoakOptions): Promise<string> {
  let url: string;
  if (options.database === 'postgres') {
    const name = `${options.databasePrefix}_soak`;
    const admin = new pg.Client({ connectionString: options.postgresUrl });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(
        `Could not connect to PostgreSQL at ${options.postgresUrl} (${error instanceof Error ? error.message : String(error)}). Start it, or set BENCH_POSTGRES_URL.`,
      );
    }
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    url = databaseUrl(options.postgresUrl, name);
  } else {
    const directory = join(repositoryRoot, '.bench', 'pglite-soak');
    await rm(directory, { recursive: true, force: true });
    await mkdir(join(repositoryRoot, '.bench'), { recursive: true });
    url = `pglite://${directory}`;
  }
  log(`Generating the small data set in ${url}`);
  await runToCompletion(
    'db:generate-scale',
    ['--import', 'tsx', 'packages/server/src/cli/generate-scale.ts', '--size', 'small', '--seed', '1'],
    { DATABASE_URL: url },
  );
  return url;
}

/** `pnpm api-key create`, run as an operator runs it; returns the printed key. */
async function createEditorKey(url: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'packages/server/src/cli/api-key.ts',
      'create',
      '--name',
      'soak',
      '--role',
      'EDITOR',
      '--province',
      SOAK_PROVINCE_CODE,
    ],
    { cwd: repositoryRoot, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const key = /\btg_\S+/.exec(output)?.[0];
  if (code !== 0 || !key) throw new Error(`pnpm api-key create failed (exit code ${code}): ${output}`);
  return key;
}

/**
 * The JavaScript heap that survives each full collection, from the server's --trace-gc lines
 * ("Mark-Compact 369.3 (487.1) -> 92.8 (416.2) MB"): RSS also holds garbage V8 has not yet
 * collected, so a live heap that stays level tells a lazy collector from a leak.
 */
class FullCollections {
  readonly live: Array<{ at: number; mib: number }> = [];
  private partial = '';

  take(chunk: Buffer): void {
    const lines = (this.partial + chunk.toString()).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const match = /Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
      if (match) this.live.push({ at: performance.now(), mib: Number(match[1]) });
    }
  }
}

async function startOurServer(url: string, collections: FullCollections): Promise<RunningServer> {
  return startServer({
    onOutput: (chunk) => collections.take(chunk),
    label: 'ours',
    args: ['--trace-gc', ...startArguments()],
    env: {
      DATABASE_URL: url,
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      GRAPHIQL: 'false',
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      // One load generator on one address sends hundreds of requests a second; the bench reads
      // include whole province trees that cost more than the default MAX_QUERY_COST.
      RATE_LIMIT_PER_IP: '0',
      RATE_LIMIT_PER_KEY: '0',
      MAX_QUERY_COST: '10000000',
    },
    readyPath: '/readyz',
  });
}

/** Posts one GraphQL request with the key and classifies what came back. */
function sender(endpoint: string, key: string): Send {
  return async (request: GraphQLRequest) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${key}`,
        },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const name = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.name) : 'error';
      return {
        outcome: {
          ok: false,
          kind: `no answer (${name})`,
          detail: cause instanceof Error ? cause.message : String(cause),
        },
        data: null,
      };
    }
    const text = await response.text();
    let body: {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return {
        outcome: { ok: false, kind: `HTTP ${response.status}, not JSON`, detail: text.slice(0, 300) },
        data: null,
      };
    }
    const first = body.errors?.[0];
    if (first) {
      return {
        outcome: {
          ok: false,
          kind: `HTTP ${response.status} ${first.extensions?.code ?? 'GraphQL error'}`,
          detail: first.message,
        },
        data: body.data ?? null,
      };
    }
    if (!response.ok)
      return { outcome: { ok: false, kind: `HTTP ${response.status}`, detail: text.slice(0, 300) }, data: null };
    return { outcome: { ok: true }, data: body.data ?? null };
  };
}

/** The province, its most active commune and its twinnings, through the API. */
async function loadFixtures(send: Send): Promise<Fixtures> {
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const { outcome, data } = await send({ query, variables });
    if (!outcome.ok) throw new Error(`Setting up the soak: ${outcome.kind}: ${outcome.detail}`);
    return data as Record<string, unknown>;
  };
  const province = (await ask(`{ place(code: "${SOAK_PROVINCE_CODE}", asOf: "2024-01-01") { id } }`)) as {
    place: { id: string } | null;
  };
  if (!province.place) throw new Error('The soak database has no Đắk Lắk: was it generated?');
  const provinceId = province.place.id;
  const top = (await ask(
    `query($placeId: ID!) { supportSummary(filter: { placeId: $placeId }, groupBy: [COMMUNE], orderBy: COUNT_DESC, first: 1) { nodes { commune { id } } } }`,
    { placeId: provinceId },
  )) as { supportSummary: { nodes: Array<{ commune: { id: string } | null }> } };
  const communeId = top.supportSummary.nodes[0]?.commune?.id;
  if (!communeId) throw new Error('The soak database has no activities in Đắk Lắk: was it generated?');
  const found = (await ask(
    `query($placeId: ID!) { twinnings(placeId: $placeId, includeDescendants: true, first: 100) {
       nodes { id startsOn endsOn agency { id archivedAt } place { id validFrom validTo } } } }`,
    { placeId: provinceId },
  )) as {
    twinnings: {
      nodes: Array<{
        id: string;
        startsOn: string;
        endsOn: string | null;
        agency: { id: string; archivedAt: string | null };
        place: { id: string; validFrom: string | null; validTo: string | null };
      }>;
    };
  };
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const twinnings = found.twinnings.nodes
    .filter(
      (twinning) =>
        twinning.startsOn <= today &&
        !twinning.agency.archivedAt &&
        (twinning.endsOn ?? today) >= twinning.startsOn &&
        (twinning.place.validTo ?? today) >= twinning.startsOn,
    )
    .map((twinning) => ({
      id: twinning.id,
      placeId: twinning.place.id,
      agencyId: twinning.agency.id,
      startsOn: twinning.startsOn,
      endsOn: twinning.endsOn,
      placeValidFrom: twinning.place.validFrom,
      placeValidTo: twinning.place.validTo,
    }));
  if (twinnings.length === 0) throw new Error('The soak database has no twinnings in Đắk Lắk: was it generated?');
  return { provinceId, communeId, twinnings };
}

interface Sample {
  second: number;
  rssBytes: number;
}

interface OperationStats {
  count: number;
  errors: number;
  latencies: number[];
}

interface SoakResult {
  options: Omit<SoakOptions, 'postgresUrl'>;
  machine: Machine;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  errorsByKind: Array<{ kind: string; count: number; example: string }>;
  operations: Array<{ name: string; count: number; errors: number; p50: number; p99: number }>;
  /** How long the warm-up lasted (see warmedUp). */
  warmupSeconds: number;
  rssAfterWarmupBytes: number;
  rssAtEndBytes: number;
  rssPeakBytes: number;
  driftPercent: number;
  /** Live heap after each full collection during the measured time, MiB. */
  liveHeapAfterFullCollectionsMiB: number[];
  passed: boolean;
  /** RSS every 10 s from the start of the load, MiB. */
  rssEvery10Seconds: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

async function soak(
  options: SoakOptions,
  server: RunningServer,
  collections: FullCollections,
  send: Send,
  mix: Operation[],
): Promise<Omit<SoakResult, 'machine' | 'options'>> {
  const next = weightedPicker(mix);
  const state = new WriteState();
  const stats = new Map<string, OperationStats>(
    mix.map((operation) => [operation.name, { count: 0, errors: 0, latencies: [] }]),
  );
  const errors = new Map<string, { count: number; example: string }>();
  const samples: Sample[] = [];
  const loadStarted = performance.now();
  const second = () => (performance.now() - loadStarted) / 1000;
  // Set once the warm-up is over (see warmedUp).
  let warmupEnds = Number.POSITIVE_INFINITY;
  let loadEnds = Number.POSITIVE_INFINITY;
  let completedSinceTick = 0;
  let measuredRequests = 0;

  const worker = async () => {
    while (second() < loadEnds) {
      const operation = next();
      const sent = performance.now();
      let outcome: Outcome;
      try {
        outcome = await operation.run(send, state);
      } catch (error) {
        outcome = {
          ok: false,
          kind: 'soak client threw',
          detail: error instanceof Error ? error.message : String(error),
        };
      }
      const at = second();
      completedSinceTick++;
      if (at < warmupEnds) {
        if (!outcome.ok) log(`warm-up error in ${operation.name}: ${outcome.kind}: ${outcome.detail}`);
        continue;
      }
      if (at > loadEnds) continue;
      measuredRequests++;
      const operationStats = stats.get(operation.name)!;
      operationStats.count++;
      operationStats.latencies.push(performance.now() - sent);
      if (!outcome.ok) {
        operationStats.errors++;
        const kind = `${operation.name}: ${outcome.kind}`;
        const known = errors.get(kind);
        if (known) known.count++;
        else {
          errors.set(kind, { count: 1, example: outcome.detail.slice(0, 300) });
          log(`error in ${operation.name}: ${outcome.kind}: ${outcome.detail.slice(0, 300)}`);
        }
      }
    }
  };

  const sampler = setInterval(() => {
    if (warmupEnds === Number.POSITIVE_INFINITY && warmedUp(options, second(), collections, loadStarted)) {
      warmupEnds = second();
      loadEnds = warmupEnds + options.duration;
      log(`Warm-up over after ${warmupEnds.toFixed(0)} s; measuring for ${options.duration} s`);
    }
    void residentBytes(server.pid).then(
      (rssBytes) => samples.push({ second: second(), rssBytes }),
      () => undefined,
    );
  }, 1_000);
  let lastTick = performance.now();
  const progress = setInterval(() => {
    const now = performance.now();
    const rate = completedSinceTick / ((now - lastTick) / 1000);
    completedSinceTick = 0;
    lastTick = now;
    const rss = samples[samples.length - 1]?.rssBytes ?? 0;
    const phase = second() < warmupEnds ? 'warm-up' : 'measuring';
    const errorCount = [...errors.values()].reduce((sum, entry) => sum + entry.count, 0);
    const exited = server.exitReport();
    if (exited) log(exited);
    log(
      `${phase}: ${rate.toFixed(0)} operations/s over the last 10 s · ${errorCount} errors · server RSS ${(rss / 1024 / 1024).toFixed(0)} MiB`,
    );
  }, 10_000);
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
  }

  const measured = samples.filter((sample) => sample.second >= warmupEnds && sample.second <= loadEnds);
  const window = Math.min(RSS_WINDOW_SECONDS, Math.max(1, Math.floor(options.duration / 3)));
  const afterWarmup = median(
    measured.filter((sample) => sample.second < warmupEnds + window).map((sample) => sample.rssBytes),
  );
  const atEnd = median(measured.filter((sample) => sample.second > loadEnds - window).map((sample) => sample.rssBytes));
  const driftPercent = ((atEnd - afterWarmup) / afterWarmup) * 100;
  const all = [...stats.values()].flatMap((entry) => entry.latencies).sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((sum, entry) => sum + entry.count, 0);
  return {
    requests: measuredRequests,
    seconds: options.duration,
    requestsPerSecond: measuredRequests / options.duration,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    errors: errorCount,
    errorsByKind: [...errors.entries()].map(([kind, entry]) => ({ kind, ...entry })).sort((a, b) => b.count - a.count),
    operations: [...stats.entries()].map(([name, entry]) => {
      const sorted = entry.latencies.sort((a, b) => a - b);
      return {
        name,
        count: entry.count,
        errors: entry.errors,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
      };
    }),
    warmupSeconds: Math.round(warmupEnds),
    rssAfterWarmupBytes: afterWarmup,
    rssAtEndBytes: atEnd,
    rssPeakBytes: Math.max(...measured.map((sample) => sample.rssBytes)),
    driftPercent,
    liveHeapAfterFullCollectionsMiB: collections.live
      .filter((entry) => entry.at >= loadStarted + warmupEnds * 1000 && entry.at <= loadStarted + loadEnds * 1000)
      .map((entry) => Math.round(entry.mib)),
    passed: errorCount === 0 && driftPercent < MAX_DRIFT * 100,
    rssEvery10Seconds: samples
      .filter((_, index) => index % 10 === 0)
      .map((sample) => Math.round(sample.rssBytes / 1024 / 1024)),
  };
}

/** Full collections V8 makes before its heap has grown to the size it keeps under a load. */
const WARMUP_FULL_COLLECTIONS = 3;
/** The warm-up ends by then, collections or not (a light load may not need any). */
const MAX_WARMUP_FACTOR = 5;

/**
 * The warm-up lasts at least --warmup seconds and until the server's heap has settled: V8 grows its
 * heap over its first full collections under a load (a busy machine makes fewer a second), and
 * that growth is not a leak.
 */
function warmedUp(options: SoakOptions, at: number, collections: FullCollections, loadStarted: number): boolean {
  if (at < options.warmup) return false;
  const sinceLoad = collections.live.filter((entry) => entry.at >= loadStarted).length;
  return sinceLoad >= WARMUP_FULL_COLLECTIONS || at >= options.warmup * MAX_WARMUP_FACTOR;
}

const mibText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');

function renderSection(result: SoakResult): string {
  const { machine, options } = result;
  const lines = [
    '<!-- soak:start -->',
    '## Soak: sustained mixed load',
    '',
    `${machine.date.slice(0, 16).replace('T', ' ')} UTC · commit ${machine.commit} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · Node ${machine.node}${machine.postgres ? ` · PostgreSQL ${machine.postgres}` : ' · embedded PGlite'} · load average at the end ${machine.loadAverage.join(' / ')} · \`pnpm soak --duration ${options.duration} --warmup ${options.warmup} --concurrency ${options.concurrency} --database ${options.database}\``,
    '',
    `Goal (issue 11): 5 minutes of mixed reads and writes at concurrency 64 with 0 errors and a resident memory drift < 10 % after the warm-up. Our server as \`pnpm start\` runs it (rate limits off) on a fresh \`db:generate-scale --size small\` database, with an editor key for Đắk Lắk; ${options.concurrency} clients each send the next operation as soon as the last is answered: the bench's reads, the dashboard's queries (the SDK's documents) and writes (recordActivities of two, updateActivity, openNeed then pledgeNeed, and earlier writes sent again with their idempotency key), about a quarter of them writes (test/soak/mix.ts). The warm-up is not counted: at least ${options.warmup} s and until the server has made ${WARMUP_FULL_COLLECTIONS} full collections (V8 grows its heap over its first ones under a load), at most ${options.warmup * MAX_WARMUP_FACTOR} s; this run's lasted ${result.warmupSeconds} s, then ${options.duration} s were measured. Memory is the server process's RSS sampled every second; "after warm-up" and "at the end" are medians of the first and last ${RSS_WINDOW_SECONDS} s measured. The server's heap is sized by V8 from the machine's memory, so RSS is mostly garbage not yet collected; the live heap after each full collection shows whether anything accumulates.`,
    '',
    `**${result.passed ? 'Passed' : 'Failed'}**: ${result.requests.toLocaleString('en-US')} operations in ${result.seconds} s (${result.requestsPerSecond.toFixed(0)}/s), p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, **${result.errors} errors**; RSS ${mibText(result.rssAfterWarmupBytes)} after the warm-up, ${mibText(result.rssAtEndBytes)} at the end (peak ${mibText(result.rssPeakBytes)}): **drift ${result.driftPercent >= 0 ? '+' : ''}${result.driftPercent.toFixed(1)} %**.`,
    '',
    formatTable(
      ['operation', 'count', 'errors', 'p50 (ms)', 'p99 (ms)'],
      result.operations.map((operation) => [
        operation.name,
        operation.count.toLocaleString('en-US'),
        String(operation.errors),
        ms(operation.p50),
        ms(operation.p99),
      ]),
    ),
    '',
    ...(result.errorsByKind.length > 0
      ? [
          formatTable(
            ['error', 'count', 'example'],
            result.errorsByKind.map((entry) => [entry.kind, String(entry.count), entry.example.replaceAll('|', '\\|')]),
          ),
          '',
        ]
      : []),
    `RSS every 10 s from the start of the warm-up (MiB): ${result.rssEvery10Seconds.join(' ')}`,
    '',
    `JavaScript heap live after each full collection while measured (MiB, from \`--trace-gc\`): ${result.liveHeapAfterFullCollectionsMiB.join(' ') || 'none'}`,
    '<!-- soak:end -->',
  ];
  return lines.join('\n');
}

/** Replaces the Soak section of BENCHMARKS.md (or appends it); `pnpm bench` keeps sections it did not write. */
async function writeReport(result: SoakResult): Promise<{ markdownPath: string; jsonPath: string }> {
  const markdownPath = join(repositoryRoot, 'BENCHMARKS.md');
  const jsonPath = join(repositoryRoot, 'test', 'bench', 'results', 'soak.json');
  await mkdir(join(repositoryRoot, 'test', 'bench', 'results'), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  const section = renderSection(result);
  const existing = await readFile(markdownPath, 'utf8').catch(() => '# Benchmarks\n');
  const marked = /<!-- soak:start -->[\s\S]*?<!-- soak:end -->/;
  await writeFile(
    markdownPath,
    marked.test(existing) ? existing.replace(marked, section) : `${existing.trimEnd()}\n\n${section}\n`,
  );
  return { markdownPath, jsonPath };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const url = await prepareDatabase(options);
  const key = await createEditorKey(url);
  const collections = new FullCollections();
  const server = await startOurServer(url, collections);
  log(`Our server (pid ${server.pid}) answers at ${server.url}`);
  let result: SoakResult;
  try {
    const send = sender(`${server.url}/graphql`, key);
    const fixtures = await loadFixtures(send);
    const target: Target = {
      server: 'ours',
      database: options.database,
      label: 'ours',
      databaseUrl: url,
      running: server,
    };
    const mix = operations(fixtures, await readsFor(target));
    log(
      `Soak: ${options.warmup} s warm-up, then ${options.duration} s at concurrency ${options.concurrency}: ${mix.length} kinds of operation`,
    );
    const measured = await soak(options, server, collections, send, mix);
    const exited = server.exitReport();
    if (exited) throw new Error(exited);
    const { duration, warmup, concurrency, database, databasePrefix } = options;
    result = {
      options: { duration, warmup, concurrency, database, databasePrefix },
      machine: await describeMachine(options.database === 'postgres' ? url : null),
      ...measured,
    };
  } finally {
    await server.stop();
  }
  const { markdownPath, jsonPath } = await writeReport(result);
  process.stdout.write(`\n${renderSection(result)}\n\n`);
  log(`Wrote ${markdownPath} and ${jsonPath}`);
  return result.passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(
      `\npnpm soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
