import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, PrismaClient } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import type { AnalyticsIndicatorSeriesQueryVariables } from './generated/graphql.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

// Poverty rates of Ninh Thuận's Bác Ái district and its commune Phước Bình, and of Đông Giang,
// which moved from Bình Thuận to Lâm Đồng in 2025.

let database: Database;
let db: PrismaClient;
let app: App;
let places: Awaited<ReturnType<typeof insertFixture>>;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  app = createApp({ database });
  places = await insertFixture(db);
});
afterAll(() => database.close());

const seriesQuery =
  graphql(`query AnalyticsIndicatorSeries($id: ID!, $code: String!, $from: Int, $to: Int, $history: Boolean) {
  indicatorSeries(placeId: $id, indicatorCode: $code, fromYear: $from, toYear: $to, includeHistory: $history) {
    place { name } indicator { id } observations { id } firstYear lastYear change averageYearlyChange
  }
}`);

async function series(
  variables: Omit<AnalyticsIndicatorSeriesQueryVariables, 'code'> &
    Partial<Pick<AnalyticsIndicatorSeriesQueryVariables, 'code'>>,
) {
  return (await query(app, seriesQuery, { code: 'POVERTY_RATE', ...variables })).indicatorSeries;
}

describe('an indicator series', () => {
  it('reports Bác Ái’s poverty rate falling 6.36 percentage points a year over 2020–2023', async () => {
    const bacAi = await series({ id: places.bacAi.id, from: 2020, to: 2023 });
    expect(bacAi).toMatchObject({
      place: { name: 'Bác Ái' },
      firstYear: 2020,
      lastYear: 2023,
      averageYearlyChange: -6.36,
    });
    expect(bacAi!.change).toBeCloseTo(-19.08, 10);
  });

  it('reports −1.46 points a year for Phước Bình over 2020–2023, and the whole record without a range', async () => {
    const ranged = await series({ id: places.phuocBinh.id, from: 2020, to: 2023 });
    expect(ranged).toMatchObject({ firstYear: 2020, lastYear: 2023, averageYearlyChange: -1.46 });
    expect(ranged!.observations.map((observation) => dbId(observation.id))).toEqual(
      await observationIds(places.phuocBinh.dbId, 2020, 2023),
    );
    // 12.00% in 2019 to 4.00% in 2024: −8 points over 5 years.
    expect(await series({ id: places.phuocBinh.id })).toMatchObject({
      firstYear: 2019,
      lastYear: 2024,
      change: -8,
      averageYearlyChange: -1.6,
    });
  });

  it('gives no yearly change for a single year or an empty range', async () => {
    const single = await series({ id: places.phuocBinh.id, from: 2023, to: 2023 });
    expect(single).toMatchObject({ firstYear: 2023, lastYear: 2023, change: null, averageYearlyChange: null });
    expect(single!.observations).toHaveLength(1);
    const empty = await series({ id: places.phuocBinh.id, from: 2005, to: 2010 });
    expect(empty).toMatchObject({ observations: [], firstYear: null, averageYearlyChange: null });
  });

  it('carries Đông Giang’s Bình Thuận years into the Lâm Đồng commune only with includeHistory', async () => {
    const own = await series({ id: places.newDongGiang.id });
    expect(own).toMatchObject({ firstYear: 2025, lastYear: 2025, averageYearlyChange: null });
    // 25.00% in 2021 (Bình Thuận) to 18.00% in 2025 (Lâm Đồng): −7 points over 4 years.
    const withHistory = await series({ id: places.newDongGiang.id, history: true });
    expect(withHistory).toMatchObject({ firstYear: 2021, lastYear: 2025, averageYearlyChange: -1.75 });
    expect(withHistory!.observations).toHaveLength(3);
  });

  it('matches an independent computation of Ninh Thuận’s province-wide series in the demo data', async () => {
    const ninhThuan = await series({ id: places.ninhThuan.id });
    const [expected] = await db.$queryRaw<Array<{ first: number | null; last: number | null; average: string | null }>>`
      SELECT min(o.year) AS first, max(o.year) AS last,
        (((SELECT value FROM "IndicatorObservation" x WHERE x."placeId" = o."placeId" AND x."indicatorId" = o."indicatorId" ORDER BY year DESC LIMIT 1)
          - (SELECT value FROM "IndicatorObservation" x WHERE x."placeId" = o."placeId" AND x."indicatorId" = o."indicatorId" ORDER BY year LIMIT 1))
          / nullif(max(o.year) - min(o.year), 0))::text AS average
      FROM "IndicatorObservation" o JOIN "Indicator" i ON i.id = o."indicatorId" AND i.code = 'POVERTY_RATE'
      WHERE o."placeId" = ${places.ninhThuan.dbId}::uuid
      GROUP BY o."placeId", o."indicatorId"`;
    expect(ninhThuan).toMatchObject({
      firstYear: expected?.first ?? null,
      lastYear: expected?.last ?? null,
      averageYearlyChange: expected?.average == null ? null : Number(expected.average),
    });
    expect(ninhThuan!.observations.map((observation) => dbId(observation.id))).toEqual(
      await observationIds(places.ninhThuan.dbId),
    );
  });

  it('answers null for an indicator nobody tracks', async () => {
    expect(await series({ id: places.phuocBinh.id, code: 'HAPPINESS_INDEX' })).toBeNull();
  });
});

async function observationIds(placeDbId: string, from = 0, to = 9999): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT o.id::text FROM "IndicatorObservation" o JOIN "Indicator" i ON i.id = o."indicatorId"
    WHERE i.code = 'POVERTY_RATE' AND o."placeId" = ${placeDbId}::uuid AND o.year BETWEEN ${from} AND ${to}
    ORDER BY o.year`;
  return rows.map((row) => row.id);
}

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

async function placeId(code: string, asOf: string): Promise<{ id: string; dbId: string }> {
  const data = await query(
    app,
    graphql(
      `query AnalyticsIndicatorSeriesPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }`,
    ),
    { code, asOf },
  );
  return { id: data.place!.id, dbId: dbId(data.place!.id) };
}

async function insertFixture(db: PrismaClient) {
  const [ninhThuan, bacAi, phuocBinh, oldDongGiang, newDongGiang] = await Promise.all([
    placeId('58', '2024-01-01'),
    placeId('584', '2024-01-01'),
    placeId('22783', '2024-01-01'),
    placeId('23074', '2024-01-01'),
    placeId('23074', '2025-08-01'),
  ]);
  const poverty = await db.indicator.findUniqueOrThrow({ where: { code: 'POVERTY_RATE' } });
  const fixturePlaces = [bacAi, phuocBinh, oldDongGiang, newDongGiang].map((place) => place.dbId);
  await db.indicatorObservation.deleteMany({ where: { indicatorId: poverty.id, placeId: { in: fixturePlaces } } });
  const observe = (placeDbId: string, values: Array<[number, number]>) =>
    db.indicatorObservation.createMany({
      data: values.map(([year, value]) => ({ placeId: placeDbId, indicatorId: poverty.id, year, value })),
    });
  await observe(bacAi.dbId, [
    [2020, 35.5],
    [2021, 29],
    [2022, 22.7],
    [2023, 16.42],
  ]);
  await observe(phuocBinh.dbId, [
    [2019, 12],
    [2020, 10],
    [2021, 8.6],
    [2022, 7.05],
    [2023, 5.62],
    [2024, 4],
  ]);
  await observe(oldDongGiang.dbId, [
    [2021, 25],
    [2023, 21],
  ]);
  await observe(newDongGiang.dbId, [[2025, 18]]);
  return { ninhThuan, bacAi, phuocBinh, newDongGiang };
}
