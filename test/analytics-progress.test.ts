import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, PrismaClient } from '../packages/server/src/db/database.ts';
import type { AttainmentLevel, OcopRatingStatus } from '../packages/server/src/generated/prisma/enums.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import type { AnalyticsProgressQueryVariables } from './generated/graphql.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, query } from './support/graphql.ts';

// Điện Biên Đông district, 2022–2024: communes recognised (one revoked), 2023 assessments, OCOP
// products with their ratings. The district's NTM record in this file is the fixture's alone.

let database: Database;
let db: PrismaClient;
let app: App;
const statements: string[] = [];
let fixture: Awaited<ReturnType<typeof insertFixture>>;

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  db = database.prisma;
  app = createApp({ database });
  fixture = await insertFixture(db);
});
afterAll(() => database.close());

const progressQuery =
  graphql(`query AnalyticsProgress($id: ID!, $from: Int!, $to: Int!, $level: AttainmentLevel, $top: Int) {
  progress(placeId: $id, fromYear: $from, toYear: $to, criteriaLevel: $level, topCriteria: $top) {
    place { name }
    years { year communeCount
      recognisedCommunes { level communeCount } newlyRecognisedCommunes { level communeCount }
      criteriaMostOftenNotMet { criterion { id } rank communeCount }
      ocopProductsByStars { stars productCount }
      recognitions { id } reportedFigures { id } }
  }
}`);

async function progress(variables: AnalyticsProgressQueryVariables) {
  return (await query(app, progressQuery, variables)).progress!;
}

const counts = (standard: number, advanced: number, model: number) => [
  { level: 'STANDARD', communeCount: standard },
  { level: 'ADVANCED', communeCount: advanced },
  { level: 'MODEL', communeCount: model },
];

describe('a district’s progress, year by year', () => {
  it('counts Điện Biên Đông’s communes by the NTM level they held at each year’s end, dropping a revoked one', async () => {
    const result = await progress({ id: fixture.districtId, from: 2022, to: 2024 });
    expect(result.place.name).toBe('Điện Biên Đông');
    expect(result.years.map((year) => year.year)).toEqual([2022, 2023, 2024]);
    expect(result.years.map((year) => year.recognisedCommunes)).toEqual([
      counts(1, 0, 0),
      counts(2, 0, 0),
      counts(2, 1, 0),
    ]);
    expect(result.years.map((year) => year.newlyRecognisedCommunes)).toEqual([
      counts(1, 0, 0),
      counts(1, 0, 0),
      counts(1, 1, 0),
    ]);
    const [communes] = await db.$queryRaw<Array<{ count: number }>>`
      SELECT count(*)::int AS count FROM "Place"
      WHERE "parentId" = ${fixture.districtDbId}::uuid AND level = 'COMMUNE'
        AND coalesce("validFrom", '2024-12-31') <= '2024-12-31' AND coalesce("validTo", '2024-12-31') >= '2024-12-31'`;
    expect(result.years.map((year) => year.communeCount)).toEqual([communes!.count, communes!.count, communes!.count]);
    expect(communes!.count).toBe(14);
  });

  it('ranks the criteria most communes did not meet, with shared ranks for ties', async () => {
    const result = await progress({ id: fixture.districtId, from: 2022, to: 2024, top: 3 });
    const ranking = (year: number) =>
      result.years
        .find((entry) => entry.year === year)!
        .criteriaMostOftenNotMet.map((entry) => [fixture.numberOf(entry.criterion.id), entry.rank, entry.communeCount]);
    expect(ranking(2023)).toEqual([
      [2, 1, 3],
      [10, 2, 2],
      [11, 2, 2],
    ]);
    expect(ranking(2022)).toEqual([
      [2, 1, 1],
      [6, 1, 1],
    ]);
    expect(ranking(2024)).toEqual([]);
    const advanced = await progress({ id: fixture.districtId, from: 2023, to: 2023, level: 'ADVANCED' });
    expect(
      advanced.years[0]!.criteriaMostOftenNotMet.map((entry) => [
        fixture.numberOf(entry.criterion.id),
        entry.communeCount,
      ]),
    ).toEqual([[17, 1]]);
  });

  it('counts OCOP products by the stars of their latest rating, ignoring proposals, expiries and archived products', async () => {
    const result = await progress({ id: fixture.districtId, from: 2022, to: 2024 });
    expect(result.years.map((year) => year.ocopProductsByStars.map((band) => band.productCount))).toEqual([
      [1, 0, 0],
      [2, 1, 0],
      [1, 2, 1],
    ]);
    expect(result.years[0]!.ocopProductsByStars.map((band) => band.stars)).toEqual([3, 4, 5]);
  });

  it('lists the recognitions of each year by date, and the district’s published figures as reported', async () => {
    const result = await progress({ id: fixture.districtId, from: 2022, to: 2024 });
    expect(result.years.map((year) => year.recognitions.map((recognition) => dbId(recognition.id)))).toEqual([
      [fixture.recognitions.naSonStandard],
      [fixture.recognitions.keoLom],
      [fixture.recognitions.muongLuan, fixture.recognitions.naSonAdvanced, fixture.recognitions.xaDungApplied],
    ]);
    const figures = await db.$queryRaw<Array<{ id: string; year: number }>>`
      SELECT id::text, coalesce(year, extract(year FROM "periodEnd")::int) AS year FROM "ReportedFigure"
      WHERE "placeId" = ${fixture.districtDbId}::uuid`;
    for (const entry of result.years) {
      expect(new Set(entry.reportedFigures.map((figure) => dbId(figure.id)))).toEqual(
        new Set(figures.filter((figure) => figure.year === entry.year).map((figure) => figure.id)),
      );
    }
    expect(result.years[1]!.reportedFigures.map((figure) => dbId(figure.id))).toContain(fixture.reportedFigureId);
  });

  it('sends as many statements for ten years as for one', async () => {
    statements.length = 0;
    await progress({ id: fixture.districtId, from: 2023, to: 2023 });
    const oneYear = statements.length;
    statements.length = 0;
    await progress({ id: fixture.districtId, from: 2015, to: 2024 });
    expect(statements.length).toBe(oneYear);
    expect(oneYear).toBeLessThanOrEqual(6);
  });

  it('refuses a range that runs backwards', async () => {
    const result = await execute(app, progressQuery, { id: fixture.districtId, from: 2024, to: 2022 });
    expect(result.errors?.[0]?.message).toMatch(/fromYear/);
  });
});

describe('a province’s progress on the demo data', () => {
  it('shows Hà Tĩnh’s published 2023 results (4 NTM, 10 advanced, 8 model communes) beside the computed counts', async () => {
    const haTinh = await placeId('42', '2024-01-01');
    const result = await progress({ id: haTinh.id, from: 2023, to: 2023 });
    const year = result.years[0]!;

    const reported = await db.$queryRaw<Array<{ id: string; value: string | null }>>`
      SELECT id::text, value::text FROM "ReportedFigure"
      WHERE "placeId" = ${haTinh.dbId}::uuid AND coalesce(year, extract(year FROM "periodEnd")::int) = 2023`;
    expect(new Set(year.reportedFigures.map((figure) => dbId(figure.id)))).toEqual(
      new Set(reported.map((row) => row.id)),
    );
    expect(reported.map((row) => Number(row.value))).toEqual(expect.arrayContaining([4, 10, 8]));

    // Independently: each commune of the province at its highest level in force at the end of 2023.
    const held = await db.$queryRaw<Array<{ level: AttainmentLevel; count: number }>>`
      WITH RECURSIVE below AS (
        SELECT id FROM "Place" WHERE id = ${haTinh.dbId}::uuid
        UNION ALL SELECT p.id FROM "Place" p JOIN below b ON p."parentId" = b.id
      ), best AS (
        SELECT r."placeId", max(CASE r.level WHEN 'STANDARD' THEN 1 WHEN 'ADVANCED' THEN 2 ELSE 3 END) AS rank
        FROM "Recognition" r JOIN "Place" c ON c.id = r."placeId" AND c.level = 'COMMUNE'
        WHERE r."placeId" IN (SELECT id FROM below) AND r.year <= 2023 AND r.status::text <> 'APPLIED'
          AND NOT (r.status::text = 'REVOKED' AND coalesce(r."revokedOn", '2000-01-01') <= '2023-12-31')
          AND coalesce(r."revokedOn", '2100-01-01') > '2023-12-31'
          AND coalesce(c."validTo", '2100-01-01') >= '2023-12-31'
        GROUP BY r."placeId"
      )
      SELECT l.level, (SELECT count(*)::int FROM best WHERE best.rank >= l.rank) AS count
      FROM (VALUES ('STANDARD', 1), ('ADVANCED', 2), ('MODEL', 3)) AS l(level, rank)`;
    expect(year.recognisedCommunes).toEqual(held.map((row) => ({ level: row.level, communeCount: row.count })));

    const recognitions = await db.$queryRaw<Array<{ id: string }>>`
      WITH RECURSIVE below AS (
        SELECT id FROM "Place" WHERE id = ${haTinh.dbId}::uuid
        UNION ALL SELECT p.id FROM "Place" p JOIN below b ON p."parentId" = b.id
      )
      SELECT id::text FROM "Recognition" WHERE year = 2023 AND "placeId" IN (SELECT id FROM below)`;
    expect(new Set(year.recognitions.map((recognition) => dbId(recognition.id)))).toEqual(
      new Set(recognitions.map((row) => row.id)),
    );
  });
});

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

async function placeId(code: string, asOf: string): Promise<{ id: string; dbId: string }> {
  const data = await query(
    app,
    graphql(`query AnalyticsProgressPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }`),
    { code, asOf },
  );
  return { id: data.place!.id, dbId: dbId(data.place!.id) };
}

async function insertFixture(db: PrismaClient) {
  const district = await placeId('101', '2024-01-01');
  const [naSon, phiNhu, xaDung, keoLom, muongLuan] = await Promise.all(
    ['03205', '03208', '03373', '03376', '03214'].map((code) => placeId(code, '2024-01-01')),
  );
  const below = (await db.place.findMany({ where: { parentId: district.dbId }, select: { id: true } })).map(
    (p) => p.id,
  );
  const inDistrict = [district.dbId, ...below];
  await db.recognition.deleteMany({ where: { placeId: { in: inDistrict } } });
  await db.criterionAssessment.deleteMany({ where: { placeId: { in: inDistrict } } });
  await db.ocopRating.deleteMany({ where: { product: { placeId: { in: inDistrict } } } });

  const set = await db.criteriaSet.findUniqueOrThrow({
    where: { code: 'NTM-COMMUNE-2021-2025' },
    include: { criteria: true },
  });
  const criterion = (number: number) => set.criteria.find((candidate) => candidate.number === number)!.id;

  const recognition = (placeDbId: string, level: AttainmentLevel, year: number, extra: Record<string, unknown>) =>
    db.recognition.create({ data: { placeId: placeDbId, level, year, status: 'RECOGNISED', ...extra } });
  const naSonStandard = await recognition(naSon!.dbId, 'STANDARD', 2022, { recognisedOn: new Date('2022-11-30') });
  const naSonAdvanced = await recognition(naSon!.dbId, 'ADVANCED', 2024, { recognisedOn: new Date('2024-12-10') });
  const keoLomRecognition = await recognition(keoLom!.dbId, 'STANDARD', 2023, {
    recognisedOn: new Date('2023-12-05'),
    status: 'REVOKED',
    revokedOn: new Date('2024-06-01'),
    revocationReason: 'Tiêu chí nghèo đa chiều không còn đạt',
  });
  const muongLuanRecognition = await recognition(muongLuan!.dbId, 'STANDARD', 2024, {
    recognisedOn: new Date('2024-10-15'),
  });
  const xaDungApplied = await recognition(xaDung!.dbId, 'STANDARD', 2024, { status: 'APPLIED' });

  const assessments: Array<[string, number, number, 'NOT_MET' | 'BASICALLY_MET', AttainmentLevel?]> = [
    [naSon!.dbId, 2023, 2, 'NOT_MET'],
    [naSon!.dbId, 2023, 10, 'NOT_MET'],
    [naSon!.dbId, 2023, 17, 'NOT_MET', 'ADVANCED'],
    [keoLom!.dbId, 2023, 2, 'NOT_MET'],
    [keoLom!.dbId, 2023, 11, 'NOT_MET'],
    [keoLom!.dbId, 2023, 5, 'BASICALLY_MET'],
    [phiNhu!.dbId, 2023, 2, 'NOT_MET'],
    [phiNhu!.dbId, 2023, 10, 'NOT_MET'],
    [phiNhu!.dbId, 2023, 11, 'NOT_MET'],
    [muongLuan!.dbId, 2023, 14, 'NOT_MET'],
    [phiNhu!.dbId, 2022, 2, 'NOT_MET'],
    [phiNhu!.dbId, 2022, 6, 'NOT_MET'],
  ];
  await db.criterionAssessment.createMany({
    data: assessments.map(([placeDbId, year, number, status, level]) => ({
      placeId: placeDbId,
      year,
      criterionId: criterion(number),
      status,
      level: level ?? 'STANDARD',
    })),
  });

  const product = (
    placeDbId: string,
    name: string,
    ratings: Array<[number, number, OcopRatingStatus]>,
    archived = false,
  ) =>
    db.ocopProduct.create({
      data: {
        placeId: placeDbId,
        name,
        nameFolded: name.toLowerCase(),
        producer: `HTX ${name}`,
        group: 'FOOD',
        archivedAt: archived ? new Date('2024-01-01') : null,
        ratings: { create: ratings.map(([year, stars, status]) => ({ year, stars, status })) },
      },
    });
  await product(naSon!.dbId, 'Chè Shan tuyết Na Son', [
    [2022, 3, 'RATED'],
    [2024, 4, 'RATED'],
  ]);
  await product(phiNhu!.dbId, 'Mật ong bạc hà Phì Nhừ', [
    [2023, 3, 'RATED'],
    [2024, 4, 'PROPOSED'],
  ]);
  await product(keoLom!.dbId, 'Gạo nếp nương Keo Lôm', [
    [2023, 4, 'RATED'],
    [2024, 4, 'EXPIRED'],
  ]);
  await product(muongLuan!.dbId, 'Thịt trâu gác bếp', [[2023, 5, 'RATED']], true);
  await product(district.dbId, 'Du lịch cộng đồng Điện Biên Đông', [[2024, 5, 'RATED']]);

  const figure = await db.reportedFigure.create({
    data: {
      placeId: district.dbId,
      metric: 'households_escaped_poverty',
      label: 'Households that escaped poverty',
      value: 512,
      unit: 'households',
      year: 2023,
      source: 'Báo cáo UBND huyện Điện Biên Đông',
    },
  });

  const numbers = new Map(set.criteria.map((c) => [c.id, c.number]));
  return {
    districtId: district.id,
    districtDbId: district.dbId,
    reportedFigureId: figure.id,
    recognitions: {
      naSonStandard: naSonStandard.id,
      naSonAdvanced: naSonAdvanced.id,
      keoLom: keoLomRecognition.id,
      muongLuan: muongLuanRecognition.id,
      xaDungApplied: xaDungApplied.id,
    },
    numberOf: (globalId: string) => numbers.get(dbId(globalId)),
  };
}
