import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteRelationJson } from '../packages/server/src/db/json-relations.ts';
import { PrismaClient } from '../packages/server/src/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

// Prisma's nested reads are sent with json_build_object/json_agg instead of the jsonb functions
// (db/json-relations.ts): the same answers, built at half the cost in PostgreSQL.

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
    const probe = `SELECT JSONB_BUILD_OBJECT('a', 1)::text AS "__prisma_data__"`;
    const built = async (client: PrismaClient | Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]) =>
      ((await client.$queryRawUnsafe(probe)) as Array<{ __prisma_data__: string }>)[0]!.__prisma_data__;
    expect(await built(asPrismaBuildsThem)).toBe('{"a": 1}');
    expect(await built(database.prisma)).toBe('{"a" : 1}');
    expect(await database.prisma.$transaction((transaction) => built(transaction))).toBe('{"a" : 1}');
  });
});

describe('which statements are rewritten', () => {
  it("rewrites Prisma's relation statements only, leaving the project's own SQL as written", () => {
    const relation =
      'SELECT "t0"."id", "A"."__prisma_data__" AS "agency" FROM "Activity" AS "t0" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), \'[]\') AS "__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT(\'id\', "t1"."id") AS "__prisma_data__" FROM "Agency" AS "t1") AS "t2") AS "A" ON true';
    expect(rewriteRelationJson(relation)).toBe(
      relation.replace('JSONB_AGG(', 'JSON_AGG(').replace('JSONB_BUILD_OBJECT(', 'JSON_BUILD_OBJECT('),
    );
    const own = "SELECT JSONB_BUILD_OBJECT('a', 1) AS figures, JSONB_AGG(x) FROM t";
    expect(rewriteRelationJson(own)).toBe(own);
  });
});
