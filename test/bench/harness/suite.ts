import type { ScaleSize } from '../../../packages/server/src/db/scale/sizes.ts';
import type { LoadGenerator } from './load.ts';
import type { BenchOptions } from './options.ts';

/**
 * What a suite is given: the prepared databases, the load generator and the options. A suite
 * starts the servers it needs (harness/servers.ts) and stops them before it returns.
 */
export interface SuiteContext {
  options: BenchOptions;
  size: ScaleSize;
  /** The bench database on PostgreSQL, when this run covers PostgreSQL. */
  postgres: { url: string } | null;
  /** The embedded bench database (DATABASE_URL form pglite://…), when this run covers PGlite. */
  pglite: { url: string } | null;
  load: LoadGenerator;
  log(line: string): void;
}

export interface SuiteReport {
  name: string;
  /** A Markdown fragment (level-4 headings) for BENCHMARKS.md. */
  markdown: string;
  /** Everything measured, for the JSON file. */
  json: unknown;
}

/** A family of measurements: reads today; a change-feed suite (subscribers, delivery latency) can join it. */
export interface Suite {
  name: string;
  title: string;
  run(context: SuiteContext): Promise<SuiteReport>;
  /** The Markdown for results read back from the JSON file (pnpm bench --report-only). */
  render(json: unknown, options: BenchOptions): string;
}
