import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { buildSchema, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../packages/server/src/db/database.ts';
import { getDatamodel } from '../packages/server/src/generated/pothos-prisma-types.ts';
import { paths } from '../packages/server/src/paths.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';
import {
  type FuzzOperation,
  MUTATIONS_OUTSIDE_THE_FEED,
  OperationGenerator,
  RealData,
  type Role,
  seededRandom,
} from './support/fuzz-operations.ts';
import { embeddedDataDirectory, type GraphQLAnswer, postGraphQL, ServerProcess } from './support/server-process.ts';

/**
 * The schema-driven fuzzer: FUZZ_OPERATIONS (default 10,000) operations generated from the schema
 * — valid ones with real IDs, codes and dates, and broken ones (wrong types, unknown enum values,
 * numbers out of range, money beyond 64 bits, forged IDs, control characters, huge strings, missing
 * or unknown fields, reused idempotency keys, malformed documents) — sent by an anonymous client,
 * a province editor and an admin to `pnpm start` on a loopback port, eight at a time. Every answer
 * must be a 200 or a 4xx with coded errors (never a 5xx, "Unexpected error." or a stack), the
 * server must stay up, and afterwards the database must hold together: rollups equal to the sums
 * of the activities, no row pointing at nothing, an outbox change for every acknowledged write.
 *
 * The default seed is fixed, so CI sends the same operations every run; FUZZ_SEED=random explores
 * new ones (the seed is printed) and FUZZ_SEED=<n> reproduces a run; FUZZ_CONCURRENCY=1 makes it exact.
 */

const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 10_000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
const DEFAULT_SEED = 20_261_201;
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? randomInt(1, 2 ** 31)
    : process.env.FUZZ_SEED
      ? Number(process.env.FUZZ_SEED)
      : DEFAULT_SEED;
/** FUZZ_VERBOSE=1: also print why operations meant to be valid did not succeed, and the slowest fields. */
const VERBOSE = Boolean(process.env.FUZZ_VERBOSE);
const REPRODUCE = `FUZZ_SEED=${SEED} FUZZ_OPERATIONS=${OPERATIONS} pnpm vitest run test/fuzz.test.ts`;

/** Where the server keeps its data: an embedded data directory, or a PostgreSQL database. */
interface Store {
  environment: Record<string, string>;
  admin: Record<string, string>;
  /** The database, for the checks after the run (the embedded one opens when the server has stopped). */
  open(): Promise<Database>;
  close(): Promise<void>;
}

async function prepareStore(): Promise<Store> {
  if (process.env.DATABASE_URL) {
    const database: TestDatabase = await createTestDatabase();
    return {
      environment: { DATABASE_URL: database.url!, DATABASE_POOL_SIZE: '10' },
      admin: await apiKeyHeader(database, 'ADMIN'),
      open: async () => database,
      close: () => database.close(),
    };
  }
  const { directory, admin } = await embeddedDataDirectory();
  let database: Database | undefined;
  return {
    environment: { PGLITE_DATA_DIR: directory },
    admin,
    open: async () =>
      (database ??= await openDatabase({ kind: 'pglite', dataDir: directory }, { holder: 'fuzz test' })),
    close: async () => {
      await database?.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

interface Outcome {
  operation: FuzzOperation;
  answer: GraphQLAnswer;
  text: string;
  milliseconds: number;
}

let store: Store;
let server: ServerProcess & { url: string };
let schema: GraphQLSchema;
const data = new RealData();
const headers: Record<Role, Record<string, string>> = {
  anonymous: {},
  admin: {},
  editor: {},
  'bad key': { authorization: 'Bearer tg_fuzz_notARealKey' },
};
/** The API keys the fuzzer acts with (UUIDs), made for this run: every change they made is the run's. */
let actorKeyIds: string[] = [];

beforeAll(async () => {
  console.log(`fuzz: seed ${SEED}, ${OPERATIONS} operations, ${CONCURRENCY} at a time; reproduce: ${REPRODUCE}`);
  schema = buildSchema(await readFile(paths.schemaGraphql, 'utf8'));
  store = await prepareStore();
  server = await ServerProcess.start({
    ...store.environment,
    SEED_ON_START: 'false',
    // Load must not turn into 429s; the cost limit stays at its default so refusals are exercised.
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_KEY: '0',
  });
  headers.admin = store.admin;
  await sampleRealData();
  headers.editor = await createEditorKey();
  const keys = await ask('admin', '{ apiKeys(first: 100) { nodes { id } } }');
  const keyIds = (keys.body.data as { apiKeys: { nodes: Array<{ id: string }> } }).apiKeys.nodes.map((key) => key.id);
  for (const id of keyIds) data.protect(id);
  actorKeyIds = keyIds.map((id) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await store?.close();
});

function ask(role: Role, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
  return postGraphQL(server.url, query, variables, headers[role]);
}

/**
 * Real IDs and codes to build valid arguments from: a page of every root connection, with the
 * IDs (and codes) of the objects each node links to, as an admin sees them.
 */
async function sampleRealData(): Promise<void> {
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    const connection = getNamedType(field.type);
    if (!isObjectType(connection) || !connection.getFields().nodes || !field.args.some((arg) => arg.name === 'first'))
      continue;
    const node = getNamedType(connection.getFields().nodes!.type);
    if (!isObjectType(node) || !node.getFields().id) continue;
    const linked = Object.values(node.getFields())
      .filter((inner) => inner.args.every((arg) => !arg.type.toString().endsWith('!')))
      .filter((inner) => {
        const type = getNamedType(inner.type);
        return isObjectType(type) ? Boolean(type.getFields().id) : type.name === 'Place';
      })
      .slice(0, 8)
      .map((inner) => `${inner.name} { id${getNamedType(inner.type).name === 'Place' ? ' code' : ''} }`);
    const code = node.getFields().code ? ' code' : '';
    const answer = await ask('admin', `{ ${field.name}(first: 40) { nodes { id${code} ${linked.join(' ')} } } }`);
    data.harvest(answer.body.data);
  }
  expect(data.idsOf(['Commune']).length, 'no communes sampled').toBeGreaterThan(0);
  expect(data.idsOf(['Agency']).length, 'no agencies sampled').toBeGreaterThan(0);
}

/** An editor for the provinces of the first sampled communes, made as an admin makes one. */
async function createEditorKey(): Promise<Record<string, string>> {
  const provinces = data.idsOf(['Province']).slice(0, 2);
  const answer = await ask(
    'admin',
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
      __typename ... on Error { message } ... on CreateApiKeySuccess { apiKey { id secret } } } }`,
    { input: { name: 'fuzz editor', role: 'EDITOR', provinceIds: provinces } },
  );
  const created = answer.body.data?.createApiKey as { apiKey?: { secret?: string } } | undefined;
  if (!created?.apiKey?.secret) throw new Error(`could not create the editor key: ${JSON.stringify(answer.body)}`);
  return { authorization: `Bearer ${created.apiKey.secret}` };
}

async function send(operation: FuzzOperation): Promise<Outcome> {
  const started = performance.now();
  if (operation.method === 'POST') {
    const answer = await postGraphQL(server.url, operation.document, operation.variables, headers[operation.role]);
    return { operation, answer, text: answer.text ?? '', milliseconds: performance.now() - started };
  }
  const url = new URL(`${server.url}/graphql`);
  url.searchParams.set('query', operation.document);
  url.searchParams.set('variables', JSON.stringify(operation.variables));
  const response = await fetch(url, { headers: { accept: 'application/json', ...headers[operation.role] } });
  const text = await response.text();
  let body: GraphQLAnswer['body'] = {};
  try {
    body = JSON.parse(text) as GraphQLAnswer['body'];
  } catch {}
  const answer = { status: response.status, body, retryAfter: null };
  return { operation, answer, text, milliseconds: performance.now() - started };
}

/** What is wrong with an answer; nothing for a 200 or a proper 4xx. */
function problemsWith({ answer, text }: Outcome): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.status !== 200 && (answer.status < 400 || answer.status >= 500))
    problems.push(`unexpected HTTP ${answer.status}`);
  if (/\bat .+\.(ts|js):\d+|node_modules/.test(text)) problems.push('a stack trace');
  if (text.includes('originalError')) problems.push('extensions.originalError');
  if (answer.status === 200 && !text.startsWith('{')) problems.push(`a body that is not JSON: ${text.slice(0, 80)}`);
  for (const error of answer.body.errors ?? []) {
    if (error.message === 'Unexpected error.') problems.push('"Unexpected error."');
    if (typeof error.extensions?.code !== 'string')
      problems.push(`an error without a code: ${JSON.stringify(error).slice(0, 200)}`);
  }
  return problems;
}

/** ok, or the error code / HTTP status / payload error that answered. */
function categoryOf({ operation, answer }: Outcome): string {
  if (answer.status !== 200) return `HTTP ${answer.status}`;
  const codes = [...new Set((answer.body.errors ?? []).map((error) => String(error.extensions?.code)))];
  if (codes.length > 0) return `error ${codes.sort().join('+')}`;
  const payloadErrors = operation.calls
    .map((call) => (answer.body.data?.[call.alias] as { __typename?: string } | null)?.__typename)
    .filter((typename) => typename && !typename.endsWith('Success'));
  if (payloadErrors.length > 0) return `payload ${[...new Set(payloadErrors)].sort().join('+')}`;
  return 'ok';
}

interface Tally {
  outcomes: Map<string, number>;
  failures: string[];
  okResults: number;
  /** Acknowledged writes per mutation (a replayed idempotency key counted once). */
  writes: Map<string, number>;
  health: number[];
  /** With FUZZ_VERBOSE: why valid operations failed, and time per root field. */
  validButRefused: Map<string, number>;
  timeByField: Map<string, number>;
}

/**
 * Runs the operations, CONCURRENCY in flight. Operation i is generated only from what operations
 * before i − CONCURRENCY returned (their IDs join the pool in order), so a seed names the run.
 */
async function fuzz(): Promise<Tally> {
  const random = seededRandom(SEED);
  const generator = new OperationGenerator(schema, data, SEED);
  const tally: Tally = {
    outcomes: new Map(),
    failures: [],
    okResults: 0,
    writes: new Map(),
    health: [],
    validButRefused: new Map(),
    timeByField: new Map(),
  };
  const results: Array<Outcome | undefined> = [];
  let harvested = 0;
  const acknowledgedKeys = new Set<string>();
  const record = (outcome: Outcome) => {
    const category = categoryOf(outcome);
    tally.outcomes.set(category, (tally.outcomes.get(category) ?? 0) + 1);
    if (category === 'ok') tally.okResults++;
    if (VERBOSE) {
      const field = /\{ f0: (\w+)/.exec(outcome.operation.document)?.[1] ?? '?';
      tally.timeByField.set(field, (tally.timeByField.get(field) ?? 0) + outcome.milliseconds);
      if (category !== 'ok' && outcome.operation.broken.length === 0) {
        const messages = (outcome.answer.body.errors ?? []).map((error) => error.message);
        for (const call of outcome.operation.calls) {
          const payload = outcome.answer.body.data?.[call.alias] as { message?: string } | null | undefined;
          if (payload?.message) messages.push(`${call.field}: ${payload.message}`);
        }
        for (const message of messages.length > 0 ? messages : [category]) {
          const key = message.slice(0, 160);
          tally.validButRefused.set(key, (tally.validButRefused.get(key) ?? 0) + 1);
        }
      }
    }
    const problems = problemsWith(outcome);
    if (problems.length > 0 && tally.failures.length < 25) {
      const { operation } = outcome;
      tally.failures.push(
        `#${operation.index} (${operation.role}, ${operation.broken.join('; ') || 'valid'}): ${problems.join('; ')}\n` +
          `  ${operation.document.slice(0, 600)}\n  variables ${JSON.stringify(operation.variables).slice(0, 400)}\n` +
          `  answer ${outcome.text.slice(0, 400)}`,
      );
    }
    if (process.env.FUZZ_DEBUG_FIELD && outcome.operation.document.includes(process.env.FUZZ_DEBUG_FIELD))
      console.log(
        `#${outcome.operation.index} ${outcome.operation.role} ${outcome.operation.broken.join(';')} ${outcome.operation.document.slice(0, 200)} ${JSON.stringify(outcome.operation.variables).slice(0, 300)} => ${outcome.answer.status} ${outcome.text.slice(0, 300)}`,
      );
    if (outcome.answer.status !== 200) return;
    for (const call of outcome.operation.calls) {
      const payload = outcome.answer.body.data?.[call.alias] as Record<string, unknown> | null | undefined;

      if (payload?.__typename !== call.successType) continue;
      const keyed = call.idempotencyKey ? `${outcome.operation.role}:${call.field}:${call.idempotencyKey}` : null;
      if (keyed && acknowledgedKeys.has(keyed)) continue;
      if (keyed) acknowledgedKeys.add(keyed);
      const written = Object.values(payload).find(Array.isArray);
      tally.writes.set(call.field, (tally.writes.get(call.field) ?? 0) + (written ? written.length : 1));
    }
  };

  let probing = true;
  const probe = (async () => {
    while (probing) {
      const response = await fetch(`${server.url}/healthz`).catch(() => null);
      tally.health.push(response?.status ?? 0);
      await response?.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();

  let next = 0;
  const worker = async () => {
    while (next < OPERATIONS) {
      const index = next++;
      // Pool the IDs of every finished operation up to index − CONCURRENCY, in order.
      while (harvested <= index - CONCURRENCY) {
        const earlier = results[harvested];
        if (!earlier) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          continue;
        }
        if (earlier.answer.status === 200) data.harvest(earlier.answer.body.data);
        results[harvested] = undefined;
        harvested++;
      }
      const operation = generator.generate(index, random);
      let outcome: Outcome;
      try {
        outcome = await send(operation);
      } catch (error) {
        outcome = {
          operation,
          answer: { status: 0, body: {}, retryAfter: null },
          text: `no answer: ${(error as Error).message}`,
          milliseconds: 0,
        };
      }
      record(outcome);
      results[index] = outcome;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  probing = false;
  await probe;
  return tally;
}

/** The server's log entries about the failed requests (by request ID). */
function serverLogOf(failures: string[]): string {
  const ids = new Set(failures.flatMap((failure) => failure.match(/[0-9a-f]{8}-[0-9a-f-]{27}/g) ?? []));
  const entries = server.output.split(/\n(?=\d{4}-\d\d-\d\dT)/);
  const related = entries.filter((entry) => [...ids].some((id) => entry.includes(id)));
  return (related.length > 0 ? related : entries.slice(-5)).join('\n').slice(0, 20_000);
}

function printTable(tally: Tally): void {
  const rows = [...tally.outcomes.entries()].sort((a, b) => b[1] - a[1]);
  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = rows.map(([name, count]) => `  ${name.padEnd(width)}  ${String(count).padStart(6)}`);
  const writes = [...tally.writes.entries()].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`);
  if (VERBOSE) {
    const top = (map: Map<string, number>, count: number) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, value]) => `  ${Math.round(value)}  ${name}`)
        .join('\n');
    console.log(`valid operations refused:\n${top(tally.validButRefused, 60)}`);
    console.log(`milliseconds by first root field:\n${top(tally.timeByField, 25)}`);
    const [utime, stime] = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(' ').slice(13, 15).map(Number);
    const mine = process.cpuUsage();
    console.log(
      `CPU seconds: server ${((utime! + stime!) / 100).toFixed(1)}, fuzzer ${((mine.user + mine.system) / 1e6).toFixed(1)}`,
    );
  }
  console.log(
    `fuzz (seed ${SEED}): outcomes of ${OPERATIONS} operations\n${lines.join('\n')}\n` +
      `  acknowledged writes: ${writes.join(', ') || 'none'}`,
  );
}

describe(`the schema-driven fuzzer (seed ${SEED})`, () => {
  let tally: Tally;
  let supportTotal: { valueVnd: string; activityCount: number } | undefined;

  it(`answers ${OPERATIONS} random valid and broken operations with 200s and 4xxs only, with coded errors`, async () => {
    tally = await fuzz();
    printTable(tally);
    expect(tally.failures, `reproduce: ${REPRODUCE}\n${serverLogOf(tally.failures)}`).toEqual([]);
    expect(tally.health.length).toBeGreaterThan(0);
    expect(tally.health.every((status) => status === 200)).toBe(true);
    expect(server.child.exitCode).toBeNull();
    // The fuzzer must not only send garbage: a good share succeeds, mutations included.
    expect(tally.okResults / OPERATIONS).toBeGreaterThanOrEqual(0.2);
    const writes = [...tally.writes.values()].reduce((sum, count) => sum + count, 0);
    expect(writes).toBeGreaterThanOrEqual(Math.floor(OPERATIONS / 100));

    const summary = await ask(
      'admin',
      '{ supportSummary(groupBy: [], first: 1) { nodes { valueVnd activityCount } } }',
    );
    expect(summary.body.errors, JSON.stringify(summary.body)).toBeUndefined();
    supportTotal = (summary.body.data as { supportSummary: { nodes: Array<typeof supportTotal> } }).supportSummary
      .nodes[0];
  }, 900_000);

  describe('leaves a database that holds together', () => {
    let database: Database;
    beforeAll(async () => {
      expect(tally, 'the fuzzing run did not finish').toBeDefined();
      const exit = await server.stop();
      expect(exit.code, server.output.slice(-3000)).toBe(0);
      database = await store.open();
    });

    it('supportSummary equals a hand-written sum over the activities', async () => {
      const [row] = await database.prisma.$queryRawUnsafe<Array<{ value: string; count: number }>>(
        `SELECT coalesce(sum("valueVnd"), 0)::text AS value, count(*)::int AS count FROM "Activity"`,
      );
      expect(supportTotal).toEqual({ valueVnd: row!.value, activityCount: row!.count });
    });

    it('keeps the support rollups and the place closure equal to a fresh computation', async () => {
      const mismatches = await database.prisma.$queryRawUnsafe<Array<{ what: string; rows: number }>>(`
        WITH fresh_month AS (
          SELECT "placeId", "agencyId", ("occurredOn" - (extract(day FROM "occurredOn")::int - 1))::date AS month,
                 category, "fundingSource", count(*)::int AS n,
                 coalesce(sum("valueVnd"), 0)::numeric AS value, coalesce(sum("beneficiaryCount"), 0)::numeric AS people
          FROM "Activity" GROUP BY 1, 2, 3, 4, 5),
        fresh_year AS (
          SELECT "placeId", "agencyId", extract(year FROM "occurredOn")::int AS year, count(*)::int AS n,
                 coalesce(sum("valueVnd"), 0)::numeric AS value, coalesce(sum("beneficiaryCount"), 0)::numeric AS people
          FROM "Activity" GROUP BY 1, 2, 3),
        fresh_closure AS (
          WITH RECURSIVE up(descendant, ancestor, depth) AS (
            SELECT id, id, 0 FROM "Place"
            UNION ALL
            SELECT up.descendant, p."parentId", up.depth + 1 FROM up JOIN "Place" p ON p.id = up.ancestor
            WHERE p."parentId" IS NOT NULL AND up.depth < 32)
          SELECT up.ancestor, up.descendant, up.depth, a.level::text AS level FROM up JOIN "Place" a ON a.id = up.ancestor)
        SELECT 'SupportRollup' AS what, count(*)::int AS rows
        FROM fresh_month f FULL JOIN "SupportRollup" r
          ON r."placeId" = f."placeId" AND r."agencyId" = f."agencyId" AND r.month = f.month
         AND r.category = f.category AND r."fundingSource" = f."fundingSource"
        WHERE (f.n IS NULL AND r."activityCount" <> 0) OR f.n IS DISTINCT FROM r."activityCount" AND f.n IS NOT NULL
           OR (f.n IS NOT NULL AND (f.value <> r."valueVnd" OR f.people <> r."beneficiaryCount"
               OR r.year <> extract(year FROM f.month)))
        UNION ALL
        SELECT 'SupportYearRollup', count(*)::int
        FROM fresh_year f FULL JOIN "SupportYearRollup" r
          ON r."placeId" = f."placeId" AND r."agencyId" = f."agencyId" AND r.year = f.year
        WHERE (f.n IS NULL AND r."activityCount" <> 0) OR f.n IS DISTINCT FROM r."activityCount" AND f.n IS NOT NULL
           OR (f.n IS NOT NULL AND (f.value <> r."valueVnd" OR f.people <> r."beneficiaryCount"))
        UNION ALL
        SELECT 'PlaceClosure', count(*)::int
        FROM fresh_closure f FULL JOIN "PlaceClosure" c ON c."ancestorId" = f.ancestor AND c."descendantId" = f.descendant
        WHERE f.ancestor IS NULL OR c."ancestorId" IS NULL OR c.depth <> f.depth OR c."ancestorLevel"::text <> f.level`);
      expect(mismatches).toEqual([
        { what: 'SupportRollup', rows: 0 },
        { what: 'SupportYearRollup', rows: 0 },
        { what: 'PlaceClosure', rows: 0 },
      ]);
    });

    it('has no row pointing at a missing row, for every relation of the Prisma schema', async () => {
      const checks: Array<{ relation: string; sql: string }> = [];
      for (const [model, { fields }] of Object.entries(getDatamodel().datamodel.models)) {
        for (const field of fields) {
          const foreignKeys = field.relationFromFields ?? [];
          if (foreignKeys.length !== 1) continue;
          const column = foreignKeys[0]!;
          checks.push({
            relation: `${model}.${column} → ${field.type}`,
            sql: `SELECT count(*)::int AS n FROM "${model}" c WHERE c."${column}" IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM "${field.type}" p WHERE p.id = c."${column}")`,
          });
        }
      }
      checks.push(
        {
          relation: 'PlaceClosure.ancestorId → Place',
          sql: `SELECT count(*)::int AS n FROM "PlaceClosure" c WHERE NOT EXISTS (SELECT 1 FROM "Place" p WHERE p.id = c."ancestorId")`,
        },
        {
          relation: 'PlaceClosure.descendantId → Place',
          sql: `SELECT count(*)::int AS n FROM "PlaceClosure" c WHERE NOT EXISTS (SELECT 1 FROM "Place" p WHERE p.id = c."descendantId")`,
        },
        {
          relation: 'SupportRollup.placeId/agencyId → Place/Agency',
          sql: `SELECT count(*)::int AS n FROM "SupportRollup" r WHERE NOT EXISTS (SELECT 1 FROM "Place" p WHERE p.id = r."placeId")
                OR NOT EXISTS (SELECT 1 FROM "Agency" a WHERE a.id = r."agencyId")`,
        },
      );
      expect(checks.length).toBeGreaterThan(40);
      const orphans: Record<string, number> = {};
      for (const check of checks) {
        const [row] = await database.prisma.$queryRawUnsafe<Array<{ n: number }>>(check.sql);
        if (row!.n > 0) orphans[check.relation] = row!.n;
      }
      expect(orphans).toEqual({});
    });

    it('has an outbox change for every write the fuzzer saw acknowledged', async () => {
      const mutationNames = Object.keys(schema.getMutationType()!.getFields());
      // Every mutation is in the feed or deliberately outside it.
      for (const name of mutationNames) {
        if (!MUTATIONS_OUTSIDE_THE_FEED.has(name)) expect(CHANGES_OF_MUTATION, name).toHaveProperty(name);
      }
      const events = await database.prisma.$queryRawUnsafe<Array<{ type: string; n: number }>>(
        `SELECT type::text AS type, count(*)::int AS n FROM "ChangeEvent"
         WHERE "actorKeyId" = ANY($1::uuid[]) GROUP BY type`,
        actorKeyIds,
      );
      const recorded = new Map(events.map((event) => [event.type, event.n]));
      // Mutations that may record the same type are checked together: their changes ≥ their writes.
      const shortfalls: string[] = [];
      for (const group of mutationGroups()) {
        const acknowledged = group.mutations.reduce((sum, name) => sum + (tally.writes.get(name) ?? 0), 0);
        const changes = group.types.reduce((sum, type) => sum + (recorded.get(type) ?? 0), 0);
        if (changes < acknowledged)
          shortfalls.push(`${group.mutations.join('/')}: ${acknowledged} writes, ${changes} ${group.types.join('/')}`);
      }
      expect(shortfalls).toEqual([]);
      // Nothing written by a refused request: no change of a type no acknowledged write could make.
      const unexplained = events.filter(
        (event) =>
          !Object.entries(CHANGES_OF_MUTATION).some(
            ([name, types]) => types.includes(event.type) && (tally.writes.get(name) ?? 0) > 0,
          ) && !INCIDENTAL_CHANGES.has(event.type),
      );
      expect(unexplained).toEqual([]);
    });
  });
});

/** The change types a successful mutation records (one of them at least, once per record written). */
const CHANGES_OF_MUTATION: Record<string, string[]> = {
  recordActivity: ['ActivityRecorded'],
  recordActivities: ['ActivityRecorded'],
  updateActivity: ['ActivityUpdated'],
  deleteActivity: ['ActivityDeleted'],
  createAgency: ['AgencyCreated'],
  updateAgency: ['AgencyUpdated'],
  archiveAgency: ['AgencyArchived'],
  createDocument: ['DocumentCreated'],
  updateDocument: ['DocumentUpdated'],
  archiveDocument: ['DocumentArchived'],
  assignTwinning: ['TwinningAssigned'],
  endTwinning: ['TwinningEnded'],
  openNeed: ['NeedOpened'],
  pledgeNeed: ['NeedPledged'],
  markNeedFulfilled: ['NeedFulfilled'],
  cancelNeed: ['NeedCancelled'],
  setAssessment: ['AssessmentSet'],
  recordRecognition: ['RecognitionRecorded', 'RecognitionUpdated'],
  revokeRecognition: ['RecognitionRevoked'],
  upsertIndicatorObservation: ['IndicatorObserved'],
  createPlace: ['PlaceCreated'],
  updatePlace: ['PlaceUpdated'],
  archivePlace: ['PlaceArchived'],
  mergePlaces: ['PlacesMerged'],
  splitPlace: ['PlaceSplit'],
  createCriteriaSet: ['CriteriaSetCreated'],
  updateCriteriaSet: ['CriteriaSetUpdated'],
  archiveCriteriaSet: ['CriteriaSetArchived'],
  createCriterion: ['CriterionCreated'],
  updateCriterion: ['CriterionUpdated', 'CriterionArchived'],
};

/** Changes a write records alongside its own (a merge's lineage edges, a pledge's need update …). */
const INCIDENTAL_CHANGES = new Set([
  'LineageRecorded',
  'NeedUpdated',
  'NeedFulfilled',
  'PlaceEnded',
  'PlaceUpdated',
  'PlaceCreated',
  'PlaceArchived',
  'CriterionIndicatorCreated',
  'CriterionIndicatorUpdated',
  'ActivityUpdated',
]);

/** Mutations grouped so that no change type is shared between groups. */
function mutationGroups(): Array<{ mutations: string[]; types: string[] }> {
  const groups: Array<{ mutations: string[]; types: string[] }> = [];
  for (const [mutation, types] of Object.entries(CHANGES_OF_MUTATION)) {
    const overlapping = groups.filter((group) => group.types.some((type) => types.includes(type)));
    const merged = {
      mutations: [mutation, ...overlapping.flatMap((group) => group.mutations)],
      types: [...new Set([...types, ...overlapping.flatMap((group) => group.types)])],
    };
    for (const group of overlapping) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}
