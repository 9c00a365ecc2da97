import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { exampleQuery } from '../packages/server/src/http/example-query.ts';
import { listen, type RunningServer } from '../packages/server/src/http/server.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

describe('HTTP endpoints', () => {
  let database: Database;
  let app: App;
  let server: RunningServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ database });
    server = await listen(app, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('answers /healthz and /readyz over a real loopback port', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphiQL at /graphql opening on the example query', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('SupportersOfDienBienDong');
  });

  it('answers the example query with the nine units assigned by decision 2072/QD-UBND', async () => {
    const data = await query<{
      places: {
        nodes: Array<{
          name: string;
          twinnings: { totalCount: number; nodes: Array<{ agency: { name: string }; document: { number: string } }> };
        }>;
      };
    }>(app, exampleQuery);
    const district = data.places.nodes[0];
    expect(district?.name).toBe('Điện Biên Đông');
    expect(district?.twinnings.totalCount).toBe(9);
    expect(new Set(district?.twinnings.nodes.map((twinning) => twinning.document.number))).toEqual(
      new Set(['2072/QD-UBND']),
    );
  });

  it('counts answered requests and their latency at /metrics, in Prometheus format', async () => {
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ freshness { sequence } }' }),
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^twinning_http_requests_total\{status="200"\} [1-9]\d*$/m);
    const count = Number(/^twinning_http_request_duration_seconds_count (\d+)$/m.exec(metrics)?.[1]);
    const infinite = Number(/^twinning_http_request_duration_seconds_bucket\{le="\+Inf"\} (\d+)$/m.exec(metrics)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(infinite).toBe(count);
  });

  it('reports not ready once the database is gone', async () => {
    const lonely = await createTestDatabase();
    const lonelyApp = createApp({ database: lonely });
    await lonely.close();
    const ready = await lonelyApp.fetch('http://twinning.test/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable' });
  });
});
