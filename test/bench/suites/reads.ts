import { isDeepStrictEqual } from 'node:util';
import type { BenchOptions } from '../harness/options.ts';
import { startCountingProxy } from '../harness/proxy.ts';
import {
  ask,
  type DatabaseKind,
  largestPoolSize,
  requestFor,
  restartTarget,
  serverLabels,
  startTarget,
  type Target,
} from '../harness/servers.ts';
import type { Suite, SuiteContext, SuiteReport } from '../harness/suite.ts';
import { formatTable, median, mib, round1 } from '../harness/tables.ts';
import { type ReadDefinition, readDefinitions, type ServerKind } from './reads/definitions.ts';

/** One timed load: a read, on one server, at one concurrency, in one round. */
export interface RunRecord {
  read: string;
  server: ServerKind;
  database: DatabaseKind;
  concurrency: number;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface CensusRecord {
  read: string;
  server: ServerKind;
  /** Statements (simple queries + executions) per request. */
  statements: number;
  parses: number;
}

export interface CrashRecord {
  read: string;
  server: ServerKind;
  database: DatabaseKind;
  concurrency: number;
  round: number;
  report: string;
}

export interface CheckRecord {
  read: string;
  server: ServerKind;
  database: DatabaseKind;
  status: 'same' | 'different' | 'error' | 'not offered' | 'not compared';
  detail?: string;
}

const SERVERS: ServerKind[] = ['ours', 'postgraphile', 'raw'];
const CENSUS_REQUESTS = 5;
/** A read whose median latency alone exceeds this is not loaded at higher concurrency, and counted over one request. */
const SLOW_MS = 1_000;
/** Slow reads on the national data take seconds under load; a request is given this long before it counts as timed out. */
const TIMEOUT_SECONDS = 60;
/**
 * Before a timed run at a concurrency above 1, the same load, not counted, until every pooled
 * connection has had this many requests: it has then prepared the read's statement and passed
 * PostgreSQL's first custom plans of it (five per connection, each planned anew), so the run
 * measures every server's steady state rather than the connections it first opens.
 */
const WARM_UP_REQUESTS_PER_CONNECTION = 10;
/** A warm-up ends after this share of the run's duration (at most a second) if its requests have not. */
const WARM_UP_SHARE = 0.5;
const WARM_UP_MAX_SECONDS = 1;

export const readsSuite: Suite = {
  name: 'reads',
  title: 'Reads: ours, PostGraphile v5 and hand-written SQL on the same database',
  async run(context: SuiteContext): Promise<SuiteReport> {
    const runs: RunRecord[] = [];
    const census: CensusRecord[] = [];
    const checks: CheckRecord[] = [];
    const crashes: CrashRecord[] = [];
    const rss: Array<{ label: string; server: ServerKind; database: DatabaseKind; peakBytes: number }> = [];
    let idleStatementsPerSecond: number | null = null;
    let reads: ReadDefinition[] = [];

    if (context.postgres) {
      const url = context.postgres.url;
      const targets: Target[] = [];
      try {
        const started = await Promise.allSettled(SERVERS.map((server) => startTarget(server, 'postgres', url)));
        for (const outcome of started) if (outcome.status === 'fulfilled') targets.push(outcome.value);
        const failure = started.find((outcome) => outcome.status === 'rejected');
        if (failure) throw failure.reason;
        reads = select(await readsFor(targets[0]!), context.options.reads);
        context.log(`Reads: ${reads.map((read) => read.key).join(', ')}`);
        checks.push(...(await checkRows(targets, reads)));
        const peaks = await time(context, targets, reads, runs, checks, crashes);
        for (const target of targets) {
          rss.push({
            label: target.label,
            server: target.server,
            database: 'postgres',
            peakBytes: peaks.get(target) ?? 0,
          });
        }
      } finally {
        for (const target of targets) await target.running.stop();
      }
      const counted = await countStatements(context, url, reads);
      census.push(...counted.census);
      idleStatementsPerSecond = counted.idleStatementsPerSecond;
    }

    if (context.pglite) {
      const target = await startTarget('ours', 'pglite', context.pglite.url);
      try {
        if (reads.length === 0) reads = select(await readsFor(target), context.options.reads);
        for (const read of reads) {
          try {
            const rows = read.rows('ours', await ask(target, read));
            const reference = checks.find((check) => check.read === read.key && check.server === 'raw');
            checks.push({
              read: read.key,
              server: 'ours',
              database: 'pglite',
              status: reference
                ? isDeepStrictEqual(rows, referenceRows.get(read.key))
                  ? 'same'
                  : 'different'
                : 'not compared',
            });
          } catch (error) {
            checks.push({
              read: read.key,
              server: 'ours',
              database: 'pglite',
              status: 'error',
              detail: message(error),
            });
          }
        }
        const pgliteOptions = { ...context.options, ...context.options.pglite };
        const peaks = await time({ ...context, options: pgliteOptions }, [target], reads, runs, checks, crashes);
        rss.push({ label: target.label, server: 'ours', database: 'pglite', peakBytes: peaks.get(target) ?? 0 });
      } finally {
        await target.running.stop();
      }
    }

    const results: ReadsResults = {
      reads: reads.map(({ key, title }) => ({ key, title })),
      runs,
      census,
      idleStatementsPerSecond,
      checks,
      rss,
      crashes,
    };
    return { name: 'reads', markdown: renderMarkdown(results, context.options), json: results };
  },
  render: (json, options) => renderMarkdown(json as ReadsResults, options),
};

/** Rows of the hand-written SQL server, the reference every other answer is compared with. */
const referenceRows = new Map<string, unknown>();

function select(reads: ReadDefinition[], only: string[] | null): ReadDefinition[] {
  if (!only) return reads;
  // "summaries" names the other suite (suites/summaries.ts).
  const unknown = only.filter((key) => key !== 'summaries' && !reads.some((read) => read.key === key));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown read(s) ${unknown.join(', ')}; the reads are ${reads.map((read) => read.key).join(', ')}, and summaries (every supportSummary grouping).`,
    );
  }
  return reads.filter((read) => only.includes(read.key));
}

/** The reads, with the scorecard commune found through our own API: Đắk Lắk's commune with the most activities. */
export async function readsFor(ours: Target): Promise<ReadDefinition[]> {
  const probe = (query: string) =>
    ask(ours, { key: 'setup', ours: { query } } as ReadDefinition) as Promise<Record<string, unknown>>;
  const province = (await probe('{ place(code: "66", asOf: "2024-01-01") { id } }')) as {
    place: { id: string } | null;
  };
  if (!province.place) throw new Error('The bench database has no Đắk Lắk province: was it generated?');
  const top = (await probe(
    `{ supportSummary(filter: { placeId: "${province.place.id}" }, groupBy: [COMMUNE], orderBy: COUNT_DESC, first: 1) { nodes { commune { id code } } } }`,
  )) as { supportSummary: { nodes: Array<{ commune: { id: string; code: string } | null }> } };
  const commune = top.supportSummary.nodes[0]?.commune;
  if (!commune) throw new Error('The bench database has no activities in Đắk Lắk: was it generated?');
  // Relay global IDs are base64 of "Type:uuid"; PostGraphile and SQL take the row's UUID.
  const uuid = Buffer.from(commune.id, 'base64').toString('utf8').split(':').pop()!;
  return readDefinitions({ scorecardCommune: { id: uuid, globalId: commune.id, code: commune.code } });
}

/** Every server must return the same rows as the hand-written SQL for a, b and c, or the run stops. */
async function checkRows(targets: Target[], reads: ReadDefinition[]): Promise<CheckRecord[]> {
  const checks: CheckRecord[] = [];
  const raw = targets.find((target) => target.server === 'raw')!;
  for (const read of reads) {
    let expected: unknown;
    try {
      expected = read.rows('raw', await ask(raw, read));
    } catch (error) {
      if (read.mustMatch) throw error;
      checks.push({ read: read.key, server: 'raw', database: 'postgres', status: 'error', detail: message(error) });
      continue;
    }
    referenceRows.set(read.key, expected);
    checks.push({ read: read.key, server: 'raw', database: 'postgres', status: 'same', detail: 'reference' });
    for (const target of targets.filter((candidate) => candidate.server !== 'raw')) {
      if (!requestFor(target, read)) {
        checks.push({ read: read.key, server: target.server, database: 'postgres', status: 'not offered' });
        continue;
      }
      let rows: unknown;
      try {
        rows = read.rows(target.server, await ask(target, read));
      } catch (error) {
        if (read.mustMatch) throw error;
        checks.push({
          read: read.key,
          server: target.server,
          database: 'postgres',
          status: 'error',
          detail: message(error),
        });
        continue;
      }
      if (rows === null) {
        checks.push({ read: read.key, server: target.server, database: 'postgres', status: 'not compared' });
        continue;
      }
      const same = isDeepStrictEqual(rows, expected);
      if (!same && read.mustMatch) {
        throw new Error(
          `${target.label} and the hand-written SQL return different rows for read ${read.key}; timing them would compare different work.\n` +
            `${target.label}: ${JSON.stringify(rows).slice(0, 600)}\nSQL: ${JSON.stringify(expected).slice(0, 600)}`,
        );
      }
      checks.push({
        read: read.key,
        server: target.server,
        database: 'postgres',
        status: same ? 'same' : 'different',
        detail: same
          ? undefined
          : `ours ${JSON.stringify(rows).slice(0, 300)} vs SQL ${JSON.stringify(expected).slice(0, 300)}`,
      });
    }
  }
  return checks;
}

/** Interleaved rounds: each read at each concurrency on every server in turn, round after round. */
async function time(
  context: SuiteContext,
  targets: Target[],
  reads: ReadDefinition[],
  runs: RunRecord[],
  checks: CheckRecord[],
  crashes: CrashRecord[],
): Promise<Map<Target, number>> {
  const { rounds, duration, concurrencies } = context.options;
  const failed = (target: Target, read: ReadDefinition) =>
    checks.some(
      (check) =>
        check.read === read.key &&
        check.server === target.server &&
        check.database === target.database &&
        check.status === 'error',
    );
  for (const target of targets) target.running.resetPeak();
  const peaks = new Map<Target, number>();
  // A read that already takes more than a second alone would only bury the database under
  // concurrent copies of itself (queries go on running after their client gives up).
  const tooSlow = new Set<string>();
  // A read's median alone at concurrency 1 in this round: one slower than the warm-up would not
  // finish a request in it, and only leave the server a backlog to wait out.
  const aloneMs = new Map<string, number>();
  const warmUpSeconds = Math.min(duration * WARM_UP_SHARE, WARM_UP_MAX_SECONDS);
  for (let round = 1; round <= rounds; round += 1) {
    for (const read of reads) {
      for (const concurrency of concurrencies) {
        for (const target of targets) {
          const request = requestFor(target, read);
          if (!request || failed(target, read)) continue;
          const slowKey = `${target.label} ${read.key}`;
          if (concurrency > 1 && tooSlow.has(slowKey)) continue;
          const load = { ...request, connections: concurrency, timeoutSeconds: TIMEOUT_SECONDS };
          if (concurrency > 1 && (aloneMs.get(slowKey) ?? 0) < warmUpSeconds * 1_000) {
            await context.load.run({
              ...load,
              duration: warmUpSeconds,
              warmUpRequests: WARM_UP_REQUESTS_PER_CONNECTION * Math.max(concurrency, largestPoolSize),
            });
            await ask(target, read).catch(() => {});
          }
          const result = await context.load.run({ ...load, duration });
          // Requests still queued when the load stopped must not spill into the next server's run.
          if (concurrency > 1) await ask(target, read).catch(() => {});
          const exited = target.running.exitReport();
          if (exited) {
            context.log(`${exited}\nRestarting it; this run counts as failed.`);
            crashes.push({
              read: read.key,
              server: target.server,
              database: target.database,
              concurrency,
              round,
              report: exited,
            });
            peaks.set(target, Math.max(peaks.get(target) ?? 0, target.running.peakRss()));
            await restartTarget(target);
            result.errors = Math.max(result.errors, 1);
          }
          if (concurrency === 1) aloneMs.set(slowKey, result.p50);
          if (concurrency === 1 && result.p50 > SLOW_MS) tooSlow.add(slowKey);
          runs.push({
            read: read.key,
            server: target.server,
            database: target.database,
            concurrency,
            round,
            requestsPerSecond: result.requestsPerSecond,
            p50: result.p50,
            p99: result.p99,
            requests: result.requests,
            errors: result.errors,
            timeouts: result.timeouts,
            non2xx: result.non2xx,
          });
          context.log(
            `round ${round}/${rounds}  ${read.key.padEnd(16)} c=${String(concurrency).padEnd(3)} ${target.label.padEnd(20)} ` +
              `${round1(result.requestsPerSecond).toString().padStart(8)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms` +
              (result.errors + result.non2xx > 0 ? `  errors ${result.errors + result.non2xx}` : ''),
          );
        }
      }
    }
  }
  for (const target of targets) peaks.set(target, Math.max(peaks.get(target) ?? 0, target.running.peakRss()));
  return peaks;
}

/**
 * Statements per request, counted on the wire: each server gets its own instance connected
 * through a counting proxy, and sends every read a few times after a warm-up.
 */
async function countStatements(
  context: SuiteContext,
  url: string,
  reads: ReadDefinition[],
): Promise<{ census: CensusRecord[]; idleStatementsPerSecond: number }> {
  const census: CensusRecord[] = [];
  const target = new URL(url);
  const proxy = await startCountingProxy({ host: target.hostname, port: Number(target.port || 5432) });
  let idle = 0;
  try {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    for (const server of SERVERS) {
      const instance = await startTarget(server, 'postgres', proxied.toString());
      try {
        if (server === 'ours') {
          proxy.reset();
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          const counts = proxy.counts();
          idle = (counts.query + counts.execute) / 2;
        }
        for (const read of reads) {
          if (!requestFor(instance, read)) continue;
          let requests = CENSUS_REQUESTS;
          try {
            const started = performance.now();
            await ask(instance, read);
            if (performance.now() - started > SLOW_MS) requests = 1;
            else await ask(instance, read);
            proxy.reset();
            for (let index = 0; index < requests; index += 1) await ask(instance, read);
          } catch (error) {
            context.log(`statement count of ${read.key} on ${instance.label} failed: ${message(error)}`);
            continue;
          }
          const counts = proxy.counts();
          census.push({
            read: read.key,
            server,
            statements: (counts.query + counts.execute) / requests,
            parses: counts.parse / requests,
          });
        }
      } finally {
        await instance.running.stop();
      }
    }
  } finally {
    await proxy.close();
  }
  return { census, idleStatementsPerSecond: idle };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ─── Report ───────────────────────────────────────────────────────────────────────────────────

/** Everything the reads suite measured: the JSON file holds it, and the Markdown is rendered from it. */
export interface ReadsResults {
  reads: Array<{ key: string; title: string }>;
  runs: RunRecord[];
  census: CensusRecord[];
  idleStatementsPerSecond: number | null;
  checks: CheckRecord[];
  rss: Array<{ label: string; server: ServerKind; database: DatabaseKind; peakBytes: number }>;
  crashes: CrashRecord[];
}

function renderMarkdown(results: ReadsResults, given: BenchOptions): string {
  const options = { ...given, pglite: given.pglite ?? { rounds: given.rounds, concurrencies: given.concurrencies } };
  const { reads, runs, census, checks, rss, idleStatementsPerSecond, crashes } = results;
  const { concurrencies } = options;
  const context = {
    options,
    postgres: runs.some((run) => run.database === 'postgres'),
    pglite: runs.some((run) => run.database === 'pglite'),
  };
  const top = Math.max(...concurrencies);
  const sections: string[] = [];
  const stats = (read: string, server: ServerKind, database: DatabaseKind, concurrency: number) => {
    const matching = runs.filter(
      (run) =>
        run.read === read && run.server === server && run.database === database && run.concurrency === concurrency,
    );
    if (matching.length === 0) return null;
    const rates = matching.map((run) => run.requestsPerSecond);
    return {
      rate: median(rates),
      min: Math.min(...rates),
      max: Math.max(...rates),
      p50: median(matching.map((run) => run.p50)),
      p99: median(matching.map((run) => run.p99)),
      failures: matching.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
      requests: matching.reduce((sum, run) => sum + run.requests, 0),
    };
  };
  /** Ours ÷ other, round by round (the runs of one round are adjacent in time). */
  const ratio = (read: string, other: ServerKind, concurrency: number) => {
    const perRound = new Map<number, { ours?: number; other?: number }>();
    for (const run of runs) {
      if (run.read !== read || run.database !== 'postgres' || run.concurrency !== concurrency) continue;
      const entry = perRound.get(run.round) ?? {};
      if (run.server === 'ours') entry.ours = run.requestsPerSecond;
      if (run.server === other) entry.other = run.requestsPerSecond;
      perRound.set(run.round, entry);
    }
    const ratios = [...perRound.values()]
      .filter((entry) => entry.ours !== undefined && entry.other)
      .map((entry) => entry.ours! / entry.other!);
    if (ratios.length === 0) return '—';
    const spread = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '';
    return `${median(ratios).toFixed(2)}×${spread}`;
  };
  const rate = (value: ReturnType<typeof stats>) =>
    value
      ? `${fmt(value.rate)}${value.max > value.min ? ` (${fmt(value.min)}–${fmt(value.max)})` : ''}${value.failures ? ` ⚠ ${value.failures} failed` : ''}`
      : '—';

  if (context.postgres) {
    const headline = reads.filter((read) => ['a', 'b', 'c', 'scorecard'].includes(read.key));
    sections.push(
      `#### Goal reads on PostgreSQL, concurrency ${top}\n\nreq/s: median of ${context.options.rounds} rounds (min–max); p99 in ms (median across rounds). Goal: ours ≥ 1.0× PostGraphile with p99 no worse.\n\n` +
        formatTable(
          [
            'read',
            'ours req/s',
            'PostGraphile v5',
            'raw pg (one SQL)',
            'ours ÷ PG5',
            'ours ÷ raw',
            'p99 ours / PG5 / raw',
          ],
          headline.map((read) => {
            const [ours, pg5, raw] = SERVERS.map((server) => stats(read.key, server, 'postgres', top));
            return [
              read.title,
              rate(ours!),
              rate(pg5!),
              rate(raw!),
              ratio(read.key, 'postgraphile', top),
              ratio(read.key, 'raw', top),
              [ours, pg5, raw].map((value) => (value ? String(round1(value.p99)) : '—')).join(' / '),
            ];
          }),
        ),
    );
    sections.push(
      `#### Every read on PostgreSQL\n\nreq/s median (min–max) · p50 / p99 ms, by concurrency. “—”: the server has no form of the read (PostGraphile has no aggregates without plugins), or the read took over ${SLOW_MS / 1000} s alone at concurrency 1 and was not loaded further.\n\n` +
        formatTable(
          ['read', 'c', 'ours', 'PostGraphile v5', 'raw pg', 'ours ÷ PG5', 'ours ÷ raw'],
          reads.flatMap((read) =>
            concurrencies.map((concurrency) => {
              const cells = SERVERS.map((server) => {
                const value = stats(read.key, server, 'postgres', concurrency);
                return value ? `${rate(value)} · ${round1(value.p50)} / ${round1(value.p99)}` : '—';
              });
              return [
                read.title,
                String(concurrency),
                ...cells,
                ratio(read.key, 'postgraphile', concurrency),
                ratio(read.key, 'raw', concurrency),
              ];
            }),
          ),
        ),
    );
    sections.push(
      `#### Statements per request\n\nCounted on the wire by a proxy in front of PostgreSQL (simple queries + extended-protocol executions; parses in brackets), ${CENSUS_REQUESTS} requests after a warm-up (1 for a read slower than ${SLOW_MS / 1000} s), each server its own instance.${idleStatementsPerSecond ? ` Our idle server sent ${idleStatementsPerSecond} statements/s with no request; not subtracted.` : ''}\n\n` +
        formatTable(
          ['read', 'ours', 'PostGraphile v5', 'raw pg'],
          reads.map((read) => [
            read.title,
            ...SERVERS.map((server) => {
              const record = census.find((entry) => entry.read === read.key && entry.server === server);
              return record ? `${round1(record.statements)} (${round1(record.parses)})` : '—';
            }),
          ]),
        ),
    );
  }
  if (context.pglite) {
    sections.push(
      `#### Ours on the embedded database (PGlite)\n\nOne process, the database in it (it runs one query at a time); ${context.options.pglite.rounds} round(s); req/s median (min–max) · p50 / p99 ms.\n\n` +
        formatTable(
          ['read', ...context.options.pglite.concurrencies.map((concurrency) => `c=${concurrency}`)],
          reads.map((read) => [
            read.title,
            ...context.options.pglite.concurrencies.map((concurrency) => {
              const value = stats(read.key, 'ours', 'pglite', concurrency);
              return value ? `${rate(value)} · ${round1(value.p50)} / ${round1(value.p99)}` : '—';
            }),
          ]),
        ),
    );
  }
  sections.push(
    `#### Server memory\n\nPeak resident set size of each server process during the timed rounds (goal for ours: < 300 MiB).\n\n` +
      formatTable(
        ['server', 'peak RSS'],
        rss.map((entry) => [entry.label, `${mib(entry.peakBytes)} MiB`]),
      ),
  );
  if (crashes.length > 0) {
    sections.push(
      `#### Server processes that died during the run\n\nEach was restarted and its run counted as failed.\n\n` +
        formatTable(
          ['read', 'server', 'c', 'round', 'last output'],
          crashes.map((crash) => [
            crash.read,
            serverLabels[crash.server] + (crash.database === 'pglite' ? ' (PGlite)' : ''),
            String(crash.concurrency),
            String(crash.round),
            crash.report.split('\n').slice(-3).join(' ').replace(/\|/g, '\\|').slice(0, 300),
          ]),
        ),
    );
  }
  const noteworthy = checks.filter((check) => check.status !== 'same' || check.server !== 'raw');
  sections.push(
    `#### Same rows?\n\nEach answer reduced to its rows and compared with the hand-written SQL's before timing; a, b and c must match or the run stops. The scorecard compares the commune, standard criteria met, open needs, assigned twinnings and both support totals.\n\n` +
      formatTable(
        ['read', 'server', 'database', 'result'],
        noteworthy.map((check) => [
          check.read,
          serverLabels[check.server],
          check.database,
          `${check.status}${check.detail ? `: ${check.detail.replace(/\|/g, '\\|').slice(0, 400)}` : ''}`,
        ]),
      ),
  );
  return sections.join('\n\n');
}

function fmt(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en');
  return value >= 1 || value === 0 ? round1(value).toString() : value.toPrecision(2);
}
