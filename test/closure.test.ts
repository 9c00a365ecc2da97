import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAdminUnits } from '../packages/server/src/db/admin-units/import.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { placeScopeIds } from '../packages/server/src/sql/place-scope.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';
import {
  expectExact,
  supportLevelCategoryMismatches,
  supportLevelMonthMismatches,
  supportProvinceKindMismatches,
  supportProvinceMonthMismatches,
  supportTotalsAndNaive,
  supportTreeCategoryMismatches,
  supportTreeKindMismatches,
  supportTreeMismatches,
  supportTreeMonthMismatches,
  supportTreeTotalMismatches,
} from './support/rollup-checks.ts';

// "PlaceClosure" is kept by triggers on "Place"; these checks compare it, and the place scopes read
// through it, with recursive walks over "Place"."parentId" and "PlaceLineage" after each kind of write.

let database: Database;
let app: App;
let admin: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
  admin = await apiKeyHeader(database, 'ADMIN');
});
afterAll(() => database.close());

const walked = `
  WITH RECURSIVE up(descendant, ancestor, depth) AS (
    SELECT id, id, 0 FROM "Place"
    UNION ALL
    SELECT up.descendant, p."parentId", up.depth + 1 FROM up JOIN "Place" p ON p.id = up.ancestor WHERE p."parentId" IS NOT NULL
  )
  SELECT up.ancestor AS a, up.descendant AS d, up.depth::int AS depth, p.level::text AS level
  FROM up JOIN "Place" p ON p.id = up.ancestor`;
const stored = `SELECT "ancestorId" AS a, "descendantId" AS d, depth::int AS depth, "ancestorLevel"::text AS level FROM "PlaceClosure"`;

async function expectClosureEqualsWalk(): Promise<void> {
  const [row] = await database.prisma.$queryRawUnsafe<Array<{ rows: number; missing: number; extra: number }>>(
    `SELECT (SELECT count(*) FROM "PlaceClosure")::int AS rows,
       (SELECT count(*) FROM ((${walked}) EXCEPT (${stored})) x)::int AS missing,
       (SELECT count(*) FROM ((${stored}) EXCEPT (${walked})) x)::int AS extra`,
  );
  expect(row!.rows).toBeGreaterThan(14_000);
  expect({ missing: row!.missing, extra: row!.extra }).toEqual({ missing: 0, extra: 0 });
  // The subtree rollups are kept by triggers on the closure too: they must follow every change of it.
  await expectExact(database.prisma, {
    SupportTreeRollup: supportTreeMismatches,
    SupportTreeTotal: supportTreeTotalMismatches,
    SupportTreeCategoryRollup: supportTreeCategoryMismatches,
    SupportLevelCategoryRollup: supportLevelCategoryMismatches,
    SupportTreeMonthRollup: supportTreeMonthMismatches,
    SupportLevelMonthRollup: supportLevelMonthMismatches,
    SupportProvinceKindRollup: supportProvinceKindMismatches,
    SupportTreeKindRollup: supportTreeKindMismatches,
    SupportProvinceMonthRollup: supportProvinceMonthMismatches,
  });
}

/** The scope as the recursive walk over parent and default-lineage edges found it before the closure. */
async function walkedScope(placeId: string, includeDescendants: boolean, includeHistory: boolean): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<Array<{ id: string }>>(
    `WITH RECURSIVE edge(up, down) AS (
       SELECT "parentId", id FROM "Place" WHERE $2 AND "parentId" IS NOT NULL
       UNION ALL
       SELECT "successorId", "predecessorId" FROM "PlaceLineage" WHERE $3 AND "isDefaultSuccessor"
     ),
     scope(id) AS (SELECT $1::uuid UNION SELECT edge.down FROM scope JOIN edge ON edge.up = scope.id)
     SELECT id::text AS id FROM scope`,
    placeId,
    includeDescendants,
    includeHistory,
  );
  return rows.map((row) => row.id).sort();
}

async function expectScopesEqualWalks(placeIds: string[]): Promise<void> {
  for (const placeId of placeIds) {
    for (const [includeDescendants, includeHistory] of [
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const scope = (await placeScopeIds(database.prisma, placeId, { includeDescendants, includeHistory })).sort();
      expect(scope, `${placeId} descendants=${includeDescendants} history=${includeHistory}`).toEqual(
        await walkedScope(placeId, includeDescendants, includeHistory),
      );
    }
  }
  await expectTotalsEqualWalks(placeIds);
}

/** supportTotal (the subtree rollup for descendants over whole years) equals the activities of the walked scope. */
async function expectTotalsEqualWalks(placeIds: string[]): Promise<void> {
  let activitiesSeen = 0;
  for (const [includeDescendants, includeHistory] of [
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    for (const period of [{}, { from: day('2020-01-01'), to: day('2025-12-31') }, { to: day('2024-06-30') }]) {
      const { computed, naive } = await supportTotalsAndNaive(
        database.prisma,
        placeIds,
        { includeDescendants, includeHistory },
        period,
        (placeId) => walkedScope(placeId, includeDescendants, includeHistory),
      );
      expect(computed, `descendants=${includeDescendants} history=${includeHistory} ${JSON.stringify(period)}`).toEqual(
        naive,
      );
      activitiesSeen += Object.values(naive).filter((total) => !total.endsWith(' in 0')).length;
    }
  }
  expect(activitiesSeen).toBeGreaterThan(0);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function mutate(field: string, input: unknown): Promise<string> {
  const name = `${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  const result = await execute<{ result: { __typename: string; message?: string } }>(
    app,
    `mutation($input: ${name}Input!) { result: ${field}(input: $input) { __typename ... on Error { message } } }`,
    { input },
    admin,
  );
  expect(result.errors ?? []).toEqual([]);
  return result.data!.result.__typename;
}

const find = (code: string, current: boolean) =>
  database.prisma.place.findFirstOrThrow({ where: { code, validFrom: current ? { not: null } : null } });

describe('the place closure', () => {
  it('equals the recursive walk after the administrative units are imported, and again after a re-import', async () => {
    await expectClosureEqualsWalk();
    await importAdminUnits(database.prisma);
    await expectClosureEqualsWalk();
    const provinces = await database.prisma.place.findMany({ where: { level: 'PROVINCE' }, select: { id: true } });
    await expectScopesEqualWalks(provinces.slice(0, 12).map((place) => place.id));
  }, 300_000);

  it('follows a district moved to another province, with its communes and villages', async () => {
    const district = await database.prisma.place.findFirstOrThrow({
      where: { level: 'DISTRICT', children: { some: { activities: { some: {} } } } },
    });
    const province = await database.prisma.place.findFirstOrThrow({
      where: { level: 'PROVINCE', id: { not: district.parentId ?? undefined } },
    });
    await database.prisma.place.update({ where: { id: district.id }, data: { parentId: province.id } });
    await expectClosureEqualsWalk();
    await expectScopesEqualWalks([province.id, district.id]);
  });

  it('equals the walk after a merger into a new unit and a split, and the scopes through lineage agree', async () => {
    const lamDong = await find('68', true);
    const dongGiang = await find('23074', true);
    const hamThuanBac = await find('23089', true);
    const hamLiem = await find('23095', true);
    const hamThuan = await database.prisma.place.findFirstOrThrow({
      where: { code: '23059', validFrom: { not: null } },
    });
    expect(
      await mutate('mergePlaces', {
        predecessorIds: [dongGiang.id, hamThuanBac.id],
        newPlace: { name: 'Đông Giang', kind: 'COMMUNE', code: '23074', parentId: lamDong.id },
        effectiveOn: '2026-01-01',
      }),
    ).toBe('MergePlacesSuccess');
    expect(
      await mutate('splitPlace', {
        predecessorId: hamLiem.id,
        successors: [
          { placeId: hamThuan.id, share: 0.4, isDefault: false },
          {
            newPlace: { name: 'Hàm Liêm Mới', kind: 'COMMUNE', code: '23095', parentId: lamDong.id },
            share: 0.6,
            isDefault: true,
          },
        ],
        effectiveOn: '2026-06-01',
      }),
    ).toBe('SplitPlaceSuccess');
    await expectClosureEqualsWalk();
    const successors = await database.prisma.placeLineage.findMany({
      where: { predecessorId: { in: [dongGiang.id, hamThuanBac.id, hamLiem.id] } },
      select: { successorId: true },
    });
    expect(successors.length).toBeGreaterThanOrEqual(3);
    await expectScopesEqualWalks([lamDong.id, ...new Set(successors.map((edge) => edge.successorId))]);
  }, 120_000);

  it('drops the rows of a deleted unit', async () => {
    const village = await database.prisma.place.create({
      data: {
        level: 'VILLAGE',
        kind: 'VILLAGE',
        name: 'Thôn Thử',
        fullName: 'Thôn Thử',
        nameFolded: 'thon thu',
        parentId: (await find('23095', true)).id,
      },
    });
    // The village, its commune and the commune's ancestors (the 2025 communes lie directly in a province).
    expect(await database.prisma.placeClosure.count({ where: { descendantId: village.id } })).toBe(3);
    await database.prisma.place.delete({ where: { id: village.id } });
    expect(await database.prisma.placeClosure.count({ where: { descendantId: village.id } })).toBe(0);
    await expectClosureEqualsWalk();
  });
});
