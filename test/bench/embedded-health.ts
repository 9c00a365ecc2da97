// /healthz latency while one long query runs on the embedded database: PGlite on its own thread
// (a data directory, as `pnpm start` runs it) against PGlite on the server's thread (in memory, as
// the tests run it). Writes its section of BENCHMARKS.md (between the embedded-health markers).
//   node --import tsx test/bench/embedded-health.ts [--query-seconds 5]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseConfig } from '../../packages/server/src/config.ts';
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { createApp } from '../../packages/server/src/http/app.ts';
import { listen } from '../../packages/server/src/http/server.ts';
import { paths } from '../../packages/server/src/paths.ts';

const { values } = parseArgs({ options: { 'query-seconds': { type: 'string', default: '5' } } });
const targetSeconds = Number(values['query-seconds']);

interface Measurement {
  label: string;
  querySeconds: number;
  samples: number[];
}

/** Rows of hashing that take about `seconds` on this database: timed at a small size, then at about a second. */
async function calibrate(run: (rows: number) => Promise<void>, seconds: number): Promise<number> {
  let rows = 300_000;
  for (let step = 0; step < 2; step++) {
    const started = performance.now();
    await run(rows);
    const perRow = (performance.now() - started) / rows;
    rows = Math.round(((step === 0 ? 1 : seconds) * 1000) / perRow);
  }
  return rows;
}

async function measure(label: string, config: DatabaseConfig): Promise<Measurement> {
  const database = await openDatabase(config);
  const running = await listen(createApp({ database }), '127.0.0.1', 0);
  try {
    const hash = async (rows: number) => {
      await database.prisma.$queryRawUnsafe(
        `SELECT count(DISTINCT md5(n::text)) FROM generate_series(1, ${rows}) AS n`,
      );
    };
    const rows = await calibrate(hash, targetSeconds);
    let done = false;
    const started = performance.now();
    const slow = hash(rows).then(() => {
      done = true;
      return (performance.now() - started) / 1000;
    });
    const samples: number[] = [];
    while (!done) {
      const sent = performance.now();
      const response = await fetch(`${running.url}/healthz`);
      await response.arrayBuffer();
      // A request answered only after the query ended still waited for it: count it.
      samples.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { label, querySeconds: await slow, samples };
  } finally {
    await running.close();
    await database.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const dataDir = await mkdtemp(join(tmpdir(), 'twinning-health-'));
let results: Measurement[];
try {
  results = [
    await measure('PGlite on its own thread (a data directory, `pnpm start`)', { kind: 'pglite', dataDir }),
    await measure('PGlite on the server’s thread (in memory; before issue 11, every embedded server)', {
      kind: 'pglite-memory',
    }),
  ];
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

const rows = results.map(({ label, querySeconds, samples }) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1);
  return `| ${label} | ${querySeconds.toFixed(1)} | ${samples.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted[sorted.length - 1] ?? Number.NaN)} |`;
});
const section = [
  '<!-- embedded-health:start -->',
  '## /healthz while a long query runs on the embedded database',
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores · Node ${process.versions.node} · \`node --import tsx test/bench/embedded-health.ts --query-seconds ${targetSeconds}\``,
  '',
  `One query hashes generated numbers for about ${targetSeconds} s while a client asks \`/healthz\` again 10 ms after each answer, until the query ends. Goal (issue 11): p99 < 50 ms on the data-directory server.`,
  '',
  '| embedded database | query (s) | /healthz requests | p50 (ms) | p99 (ms) | max (ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '<!-- embedded-health:end -->',
].join('\n');

const markdownPath = join(paths.root, 'BENCHMARKS.md');
const existing = await readFile(markdownPath, 'utf8');
const marked = /<!-- embedded-health:start -->[\s\S]*?<!-- embedded-health:end -->/;
await writeFile(
  markdownPath,
  marked.test(existing) ? existing.replace(marked, section) : `${existing.trimEnd()}\n\n${section}\n`,
);
process.stdout.write(`${section}\n\nWrote ${markdownPath}\n`);
