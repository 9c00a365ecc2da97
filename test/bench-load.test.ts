import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadGenerator } from './bench/harness/load.ts';

/**
 * The bench's load generator (autocannon in its own process) against a real HTTP server on
 * loopback: a warm-up stops at its number of requests, and a read too slow for the run's duration
 * is timed over one request per connection instead.
 */
describe('bench load generator', () => {
  let server: Server;
  let url: string;
  let answered = 0;
  let delayMs = 0;
  const load = new LoadGenerator();

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        setTimeout(() => {
          answered += 1;
          response.setHeader('content-type', 'application/json');
          response.end('{"data":{}}');
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    load.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('ends a warm-up after its requests, long before its duration', async () => {
    answered = 0;
    delayMs = 0;
    const started = performance.now();
    const result = await load.run({
      url,
      body: '{"query":"{ __typename }"}',
      connections: 8,
      duration: 30,
      timeoutSeconds: 5,
      warmUpRequests: 80,
    });
    expect(result.requests).toBe(80);
    expect(answered).toBe(80);
    expect(result.errors + result.non2xx).toBe(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('ends a warm-up at its duration when its requests take longer', async () => {
    answered = 0;
    delayMs = 50;
    const result = await load.run({
      url,
      body: '{}',
      connections: 2,
      duration: 0.5,
      timeoutSeconds: 5,
      warmUpRequests: 10_000,
    });
    expect(result.requests).toBeGreaterThan(0);
    expect(result.requests).toBeLessThan(10_000);
  });

  it('times a read slower than the run over one request per connection', async () => {
    answered = 0;
    delayMs = 600;
    const result = await load.run({ url, body: '{}', connections: 3, duration: 0.2, timeoutSeconds: 5 });
    expect(result.requests).toBe(3);
    expect(result.requestsPerSecond).toBeGreaterThan(0);
    expect(result.requestsPerSecond).toBeLessThanOrEqual(3 / 0.6);
  });
});
