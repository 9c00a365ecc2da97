import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { Database } from '../../packages/server/src/db/database.ts';
import { type App, createApp } from '../../packages/server/src/http/app.ts';
import { createTestDatabase } from '../support/database.ts';
import { query } from '../support/graphql.ts';

// Typical reads on the embedded database with the full catalogue (14k units) and demo data.
let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
});
afterAll(() => database.close());

describe('reads', () => {
  bench('place by code as of a date', async () => {
    await query(app, '{ place(code: "23074", asOf: "2024-01-01") { name fullName } }');
  });

  bench('diacritic-free search over 14k units', async () => {
    await query(app, '{ places(search: "dong giang", first: 10) { totalCount nodes { name code } } }');
  });

  bench('three levels: 12 provinces → districts → communes with twinnings', async () => {
    await query(
      app,
      `{ places(level: PROVINCE, asOf: "2024-01-01", orderBy: CODE, first: 12) { nodes { name
          ... on Province { districts(first: 100) { nodes { name communes(first: 100) { nodes { name twinnings { nodes { agency { name } } } } } } } } } } }`,
    );
  });

  bench('supportSummary by province and year', async () => {
    await query(
      app,
      '{ supportSummary(groupBy: [PROVINCE, YEAR], first: 50) { totalCount nodes { year valueVnd activityCount } } }',
    );
  });

  bench('support total with history for today’s Đông Giang', async () => {
    await query(
      app,
      '{ place(code: "23074", asOf: "2025-08-01") { supportTotal(includeHistory: true) { valueVnd } } }',
    );
  });
});
