import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

/**
 * The GraphQL-over-HTTP audit suite (graphql-http's `auditServer`) against /graphql. It runs twice
 * on one app: the second time, the queries it sends are known compiled reads and are answered
 * before the pipeline (http/direct-reads.ts), so both ways must pass the same audits.
 */
let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
});
afterAll(() => database?.close());

async function audit() {
  const results = await auditServer({
    url: 'http://twinning.test/graphql',
    // app.fetch's own Request sets Content-Length, as an HTTP client does.
    fetchFn: (input: string, init?: RequestInit) => app.fetch(input, init as Parameters<typeof fetch>[1] & object),
  });
  return results.map((result) => ({
    name: result.name,
    status: result.status,
    reason: result.status === 'ok' ? undefined : result.reason,
  }));
}

async function directReads(): Promise<number> {
  const metrics = await (await app.fetch('http://twinning.test/metrics')).text();
  return Number(/^twinning_direct_reads_total (\d+)$/m.exec(metrics)?.[1]);
}

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD audit, through the pipeline and directly alike', async () => {
    const first = await audit();
    const before = await directReads();
    const second = await audit();
    const failures = first.filter((result) => result.status !== 'ok' && !result.name.startsWith('MAY'));
    expect(failures).toStrictEqual([]);
    expect(second).toStrictEqual(first);
    expect(await directReads()).toBeGreaterThan(before);
  });
});
