import type { Plugin } from 'graphql-yoga';

const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics at `/metrics`: requests by outcome and a latency histogram, per instance.
 * Written by hand in the text exposition format; a client library would be the only dependency.
 */
export function metricsPlugin(directReads: () => number = () => 0): Plugin {
  const started = Date.now();
  const requests = new Map<string, number>();
  const histogram = { counts: buckets.map(() => 0), sum: 0, count: 0 };
  const startedAt = new WeakMap<Request, number>();

  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics') {
        endResponse(new fetchAPI.Response(render(), { headers: { 'content-type': 'text/plain; version=0.0.4' } }));
        return;
      }
      startedAt.set(request, performance.now());
    },
    onResponse({ request, response }) {
      const began = startedAt.get(request);
      if (began === undefined) return;
      const seconds = (performance.now() - began) / 1000;
      const status = String(response.status);
      requests.set(status, (requests.get(status) ?? 0) + 1);
      histogram.sum += seconds;
      histogram.count += 1;
      buckets.forEach((bound, index) => {
        if (seconds <= bound) histogram.counts[index]! += 1;
      });
    },
  };

  function render(): string {
    const lines = [
      '# HELP twinning_http_requests_total HTTP requests answered, by status code.',
      '# TYPE twinning_http_requests_total counter',
      ...[...requests].map(([status, count]) => `twinning_http_requests_total{status="${status}"} ${count}`),
      '# HELP twinning_http_request_duration_seconds Time to answer an HTTP request.',
      '# TYPE twinning_http_request_duration_seconds histogram',
      ...buckets.map(
        (bound, index) => `twinning_http_request_duration_seconds_bucket{le="${bound}"} ${histogram.counts[index]}`,
      ),
      `twinning_http_request_duration_seconds_bucket{le="+Inf"} ${histogram.count}`,
      `twinning_http_request_duration_seconds_sum ${histogram.sum}`,
      `twinning_http_request_duration_seconds_count ${histogram.count}`,
      '# HELP twinning_direct_reads_total Requests answered by a compiled statement before the GraphQL pipeline (http/direct-reads.ts).',
      '# TYPE twinning_direct_reads_total counter',
      `twinning_direct_reads_total ${directReads()}`,
      '# HELP twinning_uptime_seconds Seconds since this instance started.',
      '# TYPE twinning_uptime_seconds gauge',
      `twinning_uptime_seconds ${(Date.now() - started) / 1000}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}
