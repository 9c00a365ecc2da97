// pnpm bench: our server against PostGraphile v5 and hand-written SQL on the same generated data.
// Writes BENCHMARKS.md (one section per size) and test/bench/results/<size>.json. See BENCHMARKS.md
// for the method, and test/bench/suites/ for what is measured.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ScaleSize, scaleSizes } from '../../packages/server/src/db/scale/sizes.ts';
import { preparePglite, preparePostgres } from './harness/databases.ts';
import { LoadGenerator } from './harness/load.ts';
import { type BenchOptions, parseBenchOptions, UsageError } from './harness/options.ts';
import { repositoryRoot } from './harness/processes.ts';
import { describeMachine, type Machine, writeReports } from './harness/report.ts';
import type { Suite, SuiteReport } from './harness/suite.ts';
import { readsSuite } from './suites/reads.ts';
import { summariesSuite } from './suites/summaries.ts';

const suites: Suite[] = [readsSuite, summariesSuite];

const started = performance.now();
const log = (line: string) => process.stdout.write(`[${Math.round((performance.now() - started) / 1000)} s] ${line}\n`);

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const size = scaleSizes[options.size];
  if (options.reportOnly) {
    await rewriteReport(size);
    return;
  }
  log(`pnpm bench --size ${size.name}: ${size.what}`);

  const generation: string[] = [];
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    const seconds = (performance.now() - start) / 1000;
    generation.push(`${label} ready in ${seconds.toFixed(0)} s`);
    return result;
  };
  // Side by side: each generation is its own process, and PostgreSQL's leaves much of its work to the database server.
  const prepared = await Promise.allSettled([
    options.database === 'pglite'
      ? null
      : timed('PostgreSQL database', () => preparePostgres(options, log, generation)),
    options.database === 'postgres' ? null : timed('PGlite database', () => preparePglite(size.name, log)),
  ]);
  const postgresUrl = settledValue(prepared[0]);
  const pgliteUrl = settledValue(prepared[1]);

  const load = new LoadGenerator();
  const reports: SuiteReport[] = [];
  try {
    for (const suite of suites) {
      log(`\n== ${suite.title}`);
      reports.push(
        await suite.run({
          options,
          size,
          postgres: postgresUrl ? { url: postgresUrl } : null,
          pglite: pgliteUrl ? { url: pgliteUrl } : null,
          load,
          log,
        }),
      );
    }
  } finally {
    load.close();
  }
  const machine = await describeMachine(postgresUrl);
  const elapsed = (performance.now() - started) / 1000;
  const { markdownPath, jsonPath } = await writeReports(options, size, machine, reports, generation, elapsed);
  log(`\n${reports.map((report) => report.markdown).join('\n\n')}\n`);
  log(`Wrote ${markdownPath} and ${jsonPath} (${elapsed.toFixed(0)} s in all)`);
}

/** The value of a settled promise, or its error thrown: both sides are waited for before either fails the run. */
function settledValue<T>(outcome: PromiseSettledResult<T>): T {
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
}

/** BENCHMARKS.md again from the JSON of the last run of this size, with the current renderers. */
async function rewriteReport(size: ScaleSize): Promise<void> {
  const path = join(repositoryRoot, 'test', 'bench', 'results', `${size.name}.json`);
  let saved: SavedRun;
  try {
    saved = JSON.parse(await readFile(path, 'utf8')) as SavedRun;
  } catch {
    throw new UsageError(`No results at ${path}: run pnpm bench --size ${size.name} first.`);
  }
  const reports = saved.suites.map((result) => {
    const suite = suites.find((candidate) => candidate.name === result.name);
    if (!suite) throw new Error(`${path} holds results of an unknown suite "${result.name}"`);
    return { name: result.name, markdown: suite.render(result.results, saved.options), json: result.results };
  });
  const { markdownPath } = await writeReports(
    saved.options,
    size,
    saved.machine,
    reports,
    saved.generation,
    saved.elapsedSeconds,
  );
  log(`Rewrote ${markdownPath} from ${path}`);
}

interface SavedRun {
  options: BenchOptions;
  machine: Machine;
  elapsedSeconds: number;
  generation: string[];
  suites: Array<{ name: string; results: unknown }>;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `\npnpm bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
