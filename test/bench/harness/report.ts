import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { ScaleSize } from '../../../packages/server/src/db/scale/sizes.ts';
import type { BenchOptions } from './options.ts';
import { repositoryRoot } from './processes.ts';
import type { SuiteReport } from './suite.ts';

export interface Machine {
  date: string;
  commit: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string | null;
  /** 1, 5 and 15-minute load averages when the run ended: other work on a shared machine shows here. */
  loadAverage: number[];
}

export async function describeMachine(postgresUrl: string | null): Promise<Machine> {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repositoryRoot })
      .toString()
      .trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  let postgres: string | null = null;
  if (postgresUrl) {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    postgres = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? null;
    await client.end();
  }
  return {
    date: new Date().toISOString(),
    commit,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres,
    loadAverage: loadavg().map((value) => Math.round(value * 10) / 10),
  };
}

const SIZE_ORDER = ['national', 'province', 'small'];

/**
 * BENCHMARKS.md keeps one section per size: a run replaces its own size's section and leaves the
 * others, so `pnpm bench --size small` in CI does not erase the national numbers. The JSON of the
 * run goes to test/bench/results/<size>.json.
 */
export async function writeReports(
  options: BenchOptions,
  size: ScaleSize,
  machine: Machine,
  reports: SuiteReport[],
  generation: string[],
  elapsedSeconds: number,
): Promise<{ markdownPath: string; jsonPath: string }> {
  const markdownPath = join(repositoryRoot, 'BENCHMARKS.md');
  const resultsDirectory = join(repositoryRoot, 'test', 'bench', 'results');
  const jsonPath = join(resultsDirectory, `${size.name}.json`);
  await mkdir(resultsDirectory, { recursive: true });
  await writeFile(
    jsonPath,
    `${JSON.stringify({ size: size.name, sizeDetail: size, options, machine, elapsedSeconds, generation, suites: reports.map(({ name, json }) => ({ name, results: json })) }, null, 2)}\n`,
  );

  const section = [
    `<!-- bench:${size.name}:start -->`,
    `## Size ${size.name}: ${size.what}`,
    '',
    `${machine.date.slice(0, 16).replace('T', ' ')} UTC · commit ${machine.commit} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · Node ${machine.node}${machine.postgres ? ` · PostgreSQL ${machine.postgres}` : ''} · ${options.rounds} rounds × ${options.duration} s per read, server and concurrency (${options.concurrencies.join(', ')}) · whole run ${Math.round(elapsedSeconds)} s · load average at the end ${machine.loadAverage.join(' / ')} (1/5/15 min) · \`${options.command ?? `pnpm bench --size ${size.name}`}\``,
    '',
    ...(generation.length > 0 ? [`Data: ${generation.join(' · ')}`, ''] : []),
    ...reports.map((report) => report.markdown),
    `<!-- bench:${size.name}:end -->`,
  ].join('\n');

  let existing = '';
  try {
    existing = await readFile(markdownPath, 'utf8');
  } catch {
    // first run
  }
  // A hand-written block between the notes markers (which goals a run met, what was not measured)
  // is kept as it is, after the method.
  const notes = /<!-- bench:notes:start -->[\s\S]*?<!-- bench:notes:end -->/.exec(existing)?.[0];
  const sections = new Map<string, string>();
  for (const name of SIZE_ORDER) {
    const match = new RegExp(`<!-- bench:${name}:start -->[\\s\\S]*?<!-- bench:${name}:end -->`).exec(existing);
    if (match) sections.set(name, match[0]);
  }
  sections.set(size.name, section);
  const body = SIZE_ORDER.filter((name) => sections.has(name))
    .map((name) => sections.get(name)!)
    .join('\n\n');
  // Sections other scripts write (test/bench/embedded-health.ts) stay as they are.
  const others = existing.match(/<!-- (?!bench:)[a-z-]+:start -->[\s\S]*?<!-- (?!bench:)[a-z-]+:end -->/g) ?? [];
  await writeFile(markdownPath, `${METHOD}\n${notes ? `${notes}\n\n` : ''}${[body, ...others].join('\n\n')}\n`);
  return { markdownPath, jsonPath };
}

const METHOD = `# Benchmarks

Written by \`pnpm bench\` (test/bench/run.ts); the numbers below are whatever the last run of each
size measured on the machine it names. Goals (issue 10) are goals for the benchmark, not timed
tests: reads a, b, c and the commune scorecard at ≥ 1.0× PostGraphile's throughput with p99 no
worse; statements per request constant in data size and list length; server RSS under load
< 300 MiB; \`supportSummary\` over 2,000,000 activities < 300 ms p95 for any grouping; a 2025
province's \`supportTotal(includeHistory)\` < 20 ms.

## Method

- **Data**: \`pnpm db:generate-scale --size small|province|national --seed 1\` on top of the real
  administrative units (14,149) and the demo dataset, in a PostgreSQL database
  \`twinning_bench_<size>\` (\`BENCH_DATABASE_PREFIX\`_<size> when set) that the bench creates once and keeps (\`VACUUM ANALYZE\` before each
  run), and for small/province in an embedded PGlite directory \`.bench/pglite-<size>\`.
- **Servers**, each its own process on a loopback port with its default pool and
  \`NODE_ENV=production\`: ours as \`pnpm start\` runs it (migrations and seeding off; its pool is 2 ×
  the cores, at most 20: \`DATABASE_POOL_SIZE\`'s default); PostGraphile
  v5 (Amber preset, defaults, a dev dependency of the bench only, \`test/bench/servers/postgraphile.ts\`);
  and a hand-written \`node:http\` + \`pg\` server answering each read with one SQL statement that
  builds the JSON in PostgreSQL (\`test/bench/suites/reads/sql.ts\`), both with pg's pool of 10.
- **Same rows**: before timing, every server's answer to a read is reduced to its rows and compared
  with the SQL server's; reads a, b and c must match exactly or the run stops. Other reads report
  whether they match (the aggregates are compared to the đồng).
- **Load**: autocannon in its own process, one read × one server × one concurrency at a time for the
  stated duration; at concurrency > 1 each timed run follows, uncounted, the same load for 10
  requests per pooled connection (10 × the larger of the concurrency and the largest pool), or half
  the run's duration (at most 1 s) if that comes first, so that every pooled connection has
  prepared the statement and passed PostgreSQL's first five custom plans of it and all servers are
  timed warm (a read slower alone than that half-duration goes without: no request of it would
  finish in one); rounds interleave the servers (ours, PostGraphile, SQL, ours, …) so a slow
  moment of the machine hits all of them. req/s is the median across rounds with the min–max;
  ratios are taken round by round (ours ÷ other, adjacent in time) and summarised the same way.
  p50/p99 are autocannon's latency percentiles (ms), median across rounds. A read so slow that no
  request finishes within the duration is timed instead over one request per connection
  (throughput = requests ÷ the time they took). Requests time out after 60 s and count
  as failures. After each run at concurrency > 1 one more request waits out the server's queue, so
  a backlog never spills into the next server's run.
- **Statements per request**: counted on the wire. Each server gets a separate instance whose
  database connections go through a small TCP proxy (test/bench/harness/proxy.ts) that counts the
  frontend protocol messages: simple queries (\`Q\`) plus extended-protocol executions (\`E\`) are
  statements, \`P\` messages are parses; 5 requests after 2 warm-ups. pg_stat_statements would need
  a server restart to load, which a shared PostgreSQL cannot take; the proxy needs nothing and
  treats every driver alike. Timed runs do not go through the proxy.
- **Memory**: the resident set size of each server process (/proc/<pid>/status), sampled every
  200 ms during its timed rounds; the peak is reported.
- **PGlite**: ours only (PostGraphile and \`pg\` need a PostgreSQL server). The embedded database
  lives in the server process, so its numbers include the database's own work.
- **Summaries** (suite \`summaries\`): every \`supportSummary\` grouping over seven periods and filters,
  ours only, one request at a time over HTTP (3 timed after 1 untimed); \`--reads summaries\` runs it
  alone, and a \`--reads\` list without it leaves it out.
- **Machine**: this is a shared 2-core machine; the load generator, the three servers and
  PostgreSQL compete for the same cores, as they did when issue 10 was measured.
`;
