import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, PrismaClient } from '../packages/server/src/db/database.ts';
import { Prisma } from '../packages/server/src/generated/prisma/client.ts';
import { readRowsByTable } from '../packages/server/src/sql/json-rows.ts';
import { rowsById, type Tables } from '../packages/server/src/sql/rows-by-id.ts';
import { createTestDatabase } from './support/database.ts';

/**
 * Rows sent inside a JSON answer (`json_agg(row)`) must read back exactly as Prisma reads them from
 * the table: every column of every table a statement may send this way, on the demo data, and the
 * values JSON loses without care (money beyond 2^53, decimals, dates, timestamps, lists, nulls).
 */
let database: Database;
let db: PrismaClient;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(() => database?.close());

const tables: Array<keyof Tables> = [
  'Activity',
  'Agency',
  'Criterion',
  'IndicatorObservation',
  'Need',
  'Place',
  'Recognition',
  'ReportedFigure',
  'Twinning',
];

async function throughJson<Table extends keyof Tables>(table: Table, ids: string[]): Promise<Tables[Table][]> {
  const [row] = await db.$queryRaw<Array<{ rows: string }>>`
    SELECT json_build_object(${table}::text, (SELECT json_agg(t ORDER BY t.id) FROM ${Prisma.raw(`"${table}"`)} t
      WHERE t.id = ANY(${ids}::uuid[])))::text AS rows`;
  return readRowsByTable(row!.rows)[table] as Tables[Table][];
}

describe('rows sent as JSON', () => {
  for (const table of tables) {
    it(`read ${table} rows as rowsById reads them`, async () => {
      const sample = await db.$queryRaw<Array<{ id: string }>>`
        SELECT id::text FROM ${Prisma.raw(`"${table}"`)} ORDER BY id LIMIT 25`;
      const ids = sample.map((row) => row.id);
      expect(ids.length, `the demo data has no ${table} rows`).toBeGreaterThan(0);
      const expected = (await rowsById(db, table, ids)).sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(await throughJson(table, ids)).toEqual(expected);
    });
  }

  it('keep money beyond 2^53, a decimal’s digits and a timestamp’s milliseconds exact, in any time zone', async () => {
    const twinning = await db.twinning.findFirstOrThrow({ where: { status: 'ACTIVE' } });
    const activity = await db.activity.create({
      data: {
        agencyId: twinning.agencyId,
        placeId: twinning.placeId,
        category: 'EQUIPMENT',
        title: 'Một khoản rất lớn',
        occurredOn: new Date('2024-02-29'),
        valueVnd: 9_007_199_254_740_993n,
      },
    });
    // A server in Vietnam runs at UTC+7: a timestamp without a zone must still read as UTC.
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      const [read] = await throughJson('Activity', [activity.id]);
      expect(read!.valueVnd).toBe(9_007_199_254_740_993n);
      expect(read!.occurredOn).toEqual(new Date('2024-02-29T00:00:00Z'));
      expect(read!.createdAt).toEqual(activity.createdAt);
      expect(read).toEqual(await db.activity.findUniqueOrThrow({ where: { id: activity.id } }));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
      await db.activity.delete({ where: { id: activity.id } });
    }
    const observation = await db.indicatorObservation.findFirstOrThrow({ where: { value: { not: 0 } } });
    const [read] = await throughJson('IndicatorObservation', [observation.id]);
    expect(read!.value.toString()).toBe(observation.value.toString());
    // Decimal(18, 4) holds 18 digits, more than a double: such a value keeps PostgreSQL's digits, even
    // one a double would round to a short number (10000000000000.0001 to 10000000000000).
    for (const digits of [
      '12345678901234.5678',
      '-98765432109876.5432',
      '10000000000000.0001',
      '123456789012.345',
      '0.0001',
    ]) {
      const stored = await db.indicatorObservation.update({ where: { id: observation.id }, data: { value: digits } });
      const [exact] = await throughJson('IndicatorObservation', [observation.id]);
      expect(exact!.value.toString(), digits).toBe(stored.value.toString());
      expect(exact!.value.toFixed(4), digits).toBe(new Prisma.Decimal(digits).toFixed(4));
    }
    await db.indicatorObservation.update({ where: { id: observation.id }, data: { value: observation.value } });
  });

  it('read an absent table as no rows and a table not in the schema as an error', () => {
    expect(readRowsByTable('{"Agency": null}')).toEqual({ Agency: [] });
    expect(readRowsByTable(null)).toEqual({});
    expect(() => readRowsByTable('{"Nope": []}')).toThrow(/Nope is not a table/);
  });
});
