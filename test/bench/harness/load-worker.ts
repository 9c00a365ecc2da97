// The load generator, in its own process so it never competes with the runner's bookkeeping:
// receives one load request at a time over IPC, runs autocannon, and answers with its numbers.
import autocannon from 'autocannon';
import type { LoadRequest, LoadResult } from './load.ts';

process.on('message', (message: { id: number; request: LoadRequest }) => {
  void load(message.id, message.request);
});

/**
 * A timed run; when a read is so slow that not one request finished in that time, a second run
 * sends one request per connection and waits for them: throughput is then requests over the time
 * they took, not zero. A warm-up ends at its number of requests or its duration, whichever comes first.
 */
async function load(id: number, request: LoadRequest): Promise<void> {
  try {
    if (request.warmUpRequests !== undefined) {
      send(id, await run(request, { duration: request.duration, maxOverallRequests: request.warmUpRequests }));
      return;
    }
    let result = await run(request, { duration: request.duration });
    if (result.requests.total === 0) result = await run(request, { amount: request.connections });
    send(id, result);
  } catch (error) {
    process.send?.({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

/** autocannon ends a run only at a sample tick: its default of a second made a 0.5 s warm-up last a whole second. */
const SAMPLE_INTERVAL_MS = 100;

function run(
  request: LoadRequest,
  length: { duration: number; maxOverallRequests?: number } | { amount: number },
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: request.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: request.body,
        connections: request.connections,
        timeout: request.timeoutSeconds,
        pipelining: 1,
        sampleInt: SAMPLE_INTERVAL_MS,
        ...length,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

function send(id: number, result: autocannon.Result): void {
  const seconds = result.duration;
  const answer: LoadResult = {
    requests: result.requests.total,
    seconds,
    requestsPerSecond: seconds > 0 ? result.requests.total / seconds : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  process.send?.({ id, result: answer });
}
