// pnpm bench: latency of typical reads and of a 1,000-activity bulk write, on the embedded database
// with the full catalogue (14k units) and the demo data. Prints min / median / p95 per case.
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { applyMigrations } from '../../packages/server/src/db/migrations.ts';
import { seedDemoData } from '../../packages/server/src/db/seed/index.ts';
import { createApp } from '../../packages/server/src/http/app.ts';
import { query } from '../support/graphql.ts';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 50);
const url = process.env.DATABASE_URL;

const database = await openDatabase(url ? { kind: 'postgres', url, poolSize: 10 } : { kind: 'pglite-memory' });
process.stderr.write(`Preparing ${database.description}…\n`);
await applyMigrations(database.adapter);
await seedDemoData(database.prisma);
const app = createApp({ database });

const cases: Array<[name: string, document: string]> = [
  ['place by code as of a date', '{ place(code: "23074", asOf: "2024-01-01") { name fullName } }'],
  [
    'diacritic-free search over 14k units',
    '{ places(search: "dong giang", first: 10) { totalCount nodes { name code } } }',
  ],
  [
    '3 levels: 12 provinces → districts → communes → twinnings',
    `{ places(level: PROVINCE, asOf: "2024-01-01", orderBy: CODE, first: 12) { nodes { name ... on Province {
        districts(first: 100) { nodes { name communes(first: 100) { nodes { name twinnings { nodes { agency { name } } } } } } } } } } }`,
  ],
  [
    'supportSummary by province and year',
    '{ supportSummary(groupBy: [PROVINCE, YEAR], first: 50) { totalCount nodes { year valueVnd } } }',
  ],
  [
    'support total with history (Đông Giang today)',
    '{ place(code: "23074", asOf: "2025-08-01") { supportTotal(includeHistory: true) { valueVnd } } }',
  ],
];

process.stdout.write(
  `\n${'case'.padEnd(58)} ${'min'.padStart(8)} ${'median'.padStart(8)} ${'p95'.padStart(8)}   (ms, ${iterations} runs)\n`,
);
for (const [name, document] of cases) {
  await query(app, document);
  const timings: number[] = [];
  for (let run = 0; run < iterations; run += 1) {
    const started = performance.now();
    await query(app, document);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (fraction: number) => timings[Math.min(timings.length - 1, Math.floor(fraction * timings.length))]!;
  process.stdout.write(
    `${name.padEnd(58)} ${at(0).toFixed(1).padStart(8)} ${at(0.5).toFixed(1).padStart(8)} ${at(0.95).toFixed(1).padStart(8)}\n`,
  );
}
await database.close();
