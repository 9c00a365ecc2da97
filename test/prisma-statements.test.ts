import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inlineRowLimits,
  mapStatements,
  rewritePrismaStatement,
  rewriteRelationJson,
  type SqlQuery,
  withStatementRewrites,
} from '../packages/server/src/db/prisma-statements.ts';
import { PrismaClient } from '../packages/server/src/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

// Prisma's statements are rewritten on their way to the database (db/prisma-statements.ts): nested
// reads built with json_build_object/json_agg instead of the jsonb functions, and row limits written
// into the text instead of sent as parameters. The same answers, for less work in PostgreSQL.

let database: TestDatabase;
/** A client on the same database without the rewrite: Prisma's statements exactly as it builds them. */
let asPrismaBuildsThem: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  asPrismaBuildsThem = new PrismaClient({ adapter: database.adapter });
});
afterAll(async () => {
  await asPrismaBuildsThem?.$disconnect();
  await database?.close();
});

describe('nested reads built with json instead of jsonb', () => {
  it('answer exactly as the jsonb statements do, for every column type a nested row carries', async () => {
    // Lists inside lists (json_agg), single relations (json_build_object), and in them dates,
    // timestamps, BigInt đồng, decimals, floats, booleans, enums, text arrays and nulls.
    const read = (client: PrismaClient) =>
      client.agency.findMany({
        where: { activities: { some: { items: { some: {} } } } },
        orderBy: { id: 'asc' },
        take: 5,
        relationLoadStrategy: 'join',
        include: {
          homeProvince: true,
          activities: {
            orderBy: { id: 'asc' },
            take: 20,
            include: { items: true, partners: true, place: { include: { parent: { include: { parent: true } } } } },
          },
        },
      });
    const rewritten = await read(database.prisma);
    const original = await read(asPrismaBuildsThem);
    expect(rewritten.length).toBeGreaterThan(0);
    const items = rewritten.flatMap((agency) => agency.activities.flatMap((activity) => activity.items));
    expect(items.some((item) => typeof item.valueVnd === 'bigint')).toBe(true);
    expect(items.some((item) => item.quantity !== null)).toBe(true);
    expect(rewritten.some((agency) => agency.activities.some((activity) => activity.place.parent !== null))).toBe(true);
    expect(rewritten).toEqual(original);

    const tree = (client: PrismaClient) =>
      client.place.findMany({
        where: { level: 'PROVINCE', code: { in: ['40', '66', '11'] } },
        orderBy: { id: 'asc' },
        relationLoadStrategy: 'join',
        include: { children: { orderBy: { code: 'asc' }, include: { children: { orderBy: { code: 'asc' } } } } },
      });
    const rewrittenTree = await tree(database.prisma);
    expect(
      rewrittenTree.flatMap((province) => province.children.flatMap((district) => district.children)).length,
    ).toBeGreaterThan(100);
    expect(rewrittenTree).toEqual(await tree(asPrismaBuildsThem));
  });

  it('reaches the database through every path Prisma sends statements by, transactions included', async () => {
    // json keeps the text as built ("a" : 1), jsonb prints its own form ("a": 1): which one the
    // database ran shows in the answer.
    const probe = `SELECT JSONB_BUILD_OBJECT('a', 1)::text AS "__prisma_data__" FROM "public"."Agency" LIMIT 1`;
    const built = async (client: PrismaClient | Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]) =>
      ((await client.$queryRawUnsafe(probe)) as Array<{ __prisma_data__: string }>)[0]!.__prisma_data__;
    expect(await built(asPrismaBuildsThem)).toBe('{"a": 1}');
    expect(await built(database.prisma)).toBe('{"a" : 1}');
    expect(await database.prisma.$transaction((transaction) => built(transaction))).toBe('{"a" : 1}');
  });
});

describe('row limits written into the statement', () => {
  /** A client on the test database that rewrites as the API's does, and keeps what reached the driver. */
  function recordingClient(): { client: PrismaClient; sent: SqlQuery[] } {
    const sent: SqlQuery[] = [];
    const recorded = mapStatements(database.adapter, (query) => {
      sent.push(query);
      return query;
    });
    return { client: new PrismaClient({ adapter: withStatementRewrites(recorded) }), sent };
  }

  it('answer as the parameterised statements do, for pages, offsets, cursors and nested lists', async () => {
    const { client, sent } = recordingClient();
    try {
      const first = await asPrismaBuildsThem.activity.findMany({ orderBy: { id: 'asc' }, take: 3 });
      const reads = (prisma: PrismaClient) => [
        prisma.activity.findMany({
          orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }],
          take: 7,
          skip: 2,
          select: { title: true, agency: { select: { name: true } }, place: { select: { name: true } } },
        }),
        prisma.activity.findMany({ orderBy: { id: 'asc' }, cursor: { id: first[1]!.id }, skip: 1, take: 4 }),
        prisma.place.findMany({
          where: { level: 'PROVINCE', validTo: null },
          orderBy: { code: 'asc' },
          take: 2,
          relationLoadStrategy: 'join',
          select: { code: true, children: { orderBy: { code: 'asc' }, take: 3, skip: 1, select: { code: true } } },
        }),
        prisma.agency.findFirst({ where: { name: { contains: 'tỉnh' } }, orderBy: { id: 'asc' }, skip: 1 }),
      ];
      const rewritten = await Promise.all(reads(client));
      expect(rewritten).toEqual(await Promise.all(reads(asPrismaBuildsThem)));
      expect(rewritten[0]).toHaveLength(7);
      expect((rewritten[2] as Array<{ children: unknown[] }>)[0]!.children).toHaveLength(3);

      const selects = sent.filter((query) => query.sql.startsWith('SELECT'));
      expect(selects.length).toBeGreaterThanOrEqual(4);
      for (const query of selects) {
        expect(query.sql).not.toMatch(/(LIMIT|OFFSET) \$\d/);
        expect(query.args).toHaveLength(new Set(query.sql.match(/\$\d+/g) ?? []).size);
      }
      expect(selects.some((query) => /LIMIT 7 OFFSET 2\b/.test(query.sql))).toBe(true);
    } finally {
      await client.$disconnect();
    }
  });

  const types = (count: number): SqlQuery['argTypes'] =>
    Array.from({ length: count }, () => ({ scalarType: 'int', arity: 'scalar' }) as const);

  it('renumbers the parameters around the limits it writes in', () => {
    const query = {
      sql: 'SELECT * FROM "public"."A" AS "t0" LEFT JOIN LATERAL (SELECT 1 FROM "public"."B" WHERE b = $1 LIMIT $2) x ON true WHERE a = $3 AND c = $10 ORDER BY id LIMIT $4 OFFSET $5',
      args: ['b', 1, 'a', 50, 0, 'f', 'g', 'h', 'i', 'c'],
      argTypes: types(10),
    };
    const inlined = inlineRowLimits(query);
    expect(inlined.sql).toBe(
      'SELECT * FROM "public"."A" AS "t0" LEFT JOIN LATERAL (SELECT 1 FROM "public"."B" WHERE b = $1 LIMIT 1) x ON true WHERE a = $2 AND c = $7 ORDER BY id LIMIT 50 OFFSET 0',
    );
    expect(inlined.args).toEqual(['b', 'a', 'f', 'g', 'h', 'i', 'c']);
    expect(inlined.argTypes).toHaveLength(7);
  });

  it('leaves a limit as a parameter when its value is not a whole number or the parameter is used elsewhere', () => {
    for (const value of [null, -1, 1.5, '10; DROP TABLE x', undefined]) {
      const query = { sql: 'SELECT * FROM "public"."A" LIMIT $1', args: [value], argTypes: types(1) };
      expect(inlineRowLimits(query)).toBe(query);
    }
    const reused = { sql: 'SELECT $1::int AS n FROM "public"."A" LIMIT $1', args: [5], argTypes: types(1) };
    expect(inlineRowLimits(reused)).toBe(reused);
    expect(inlineRowLimits({ sql: 'SELECT 1 FROM "public"."A" LIMIT $1', args: [10n], argTypes: types(1) }).sql).toBe(
      'SELECT 1 FROM "public"."A" LIMIT 10',
    );
  });
});

describe('which statements are rewritten', () => {
  it("rewrites Prisma's statements only, leaving the project's own SQL as written", () => {
    const relation =
      'SELECT "t0"."id", "A"."__prisma_data__" AS "agency" FROM "public"."Activity" AS "t0" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), \'[]\') AS "__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT(\'id\', "t1"."id") AS "__prisma_data__" FROM "public"."Agency" AS "t1" LIMIT $1) AS "t2") AS "A" ON true';
    expect(rewritePrismaStatement({ sql: relation, args: [3], argTypes: [] }).sql).toBe(
      relation
        .replace('JSONB_AGG(', 'JSON_AGG(')
        .replace('JSONB_BUILD_OBJECT(', 'JSON_BUILD_OBJECT(')
        .replace('LIMIT $1', 'LIMIT 3'),
    );
    const own = {
      sql: 'SELECT JSONB_BUILD_OBJECT(\'a\', 1) AS figures, JSONB_AGG(x) FROM "Activity" LIMIT $1',
      args: [3],
      argTypes: [],
    };
    expect(rewritePrismaStatement(own)).toBe(own);
    expect(rewriteRelationJson(own.sql)).toBe(own.sql);
  });
});
