import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialCode, readAdminUnitCatalogue } from '../packages/server/src/db/admin-units/catalogue.ts';
import { parseCsv } from '../packages/server/src/db/admin-units/csv.ts';
import {
  type AdminUnitImportProgress,
  type AdminUnitImportSummary,
  importAdminUnits,
} from '../packages/server/src/db/admin-units/import.ts';
import { unitName } from '../packages/server/src/db/admin-units/kinds.ts';
import { reformLineage } from '../packages/server/src/db/admin-units/lineage.ts';
import { adminUnitId, placeRows } from '../packages/server/src/db/admin-units/places.ts';
import { comparableName } from '../packages/server/src/db/admin-units/spelling.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { createTestDatabase } from './support/database.ts';

describe('administrative-unit catalogue (no database)', () => {
  it('parses CSV with a byte-order mark, quoted fields, doubled quotes, CRLF and no final line break', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, ""y""",\n"line\nbreak",z')).toEqual([
      ['a', 'b'],
      ['x, "y"', ''],
      ['line\nbreak', 'z'],
    ]);
    expect(parseCsv('a\n')).toEqual([['a']]);
    expect(() => parseCsv('a\n"open', 'units.csv')).toThrow(/^units\.csv line 2: Quote Not Closed/);
    expect(() => parseCsv('a,b\n1,2\n1,2,3\n', 'units.csv')).toThrow(/^units\.csv line 3: Invalid Record Length/);
    expect(() => parseCsv('a\nx"y', 'units.csv')).toThrow(/^units\.csv line 2: Invalid Opening Quote/);
  });

  it('zero-pads codes and reads the float codes of the conversion file', () => {
    expect(officialCode('1', 2)).toBe('01');
    expect(officialCode('3203.0', 5)).toBe('03203');
    expect(() => officialCode('12a', 5)).toThrow();
  });

  it('splits names into kind and short name', () => {
    expect(unitName('PROVINCE', 'Thành phố Hà Nội')).toMatchObject({ kind: 'MUNICIPALITY', name: 'Hà Nội' });
    expect(unitName('DISTRICT', 'Thành Phố Bắc Kạn', 'Thành phố')).toMatchObject({
      kind: 'PROVINCIAL_CITY',
      name: 'Bắc Kạn',
      fullName: 'Thành phố Bắc Kạn',
      note: null,
    });
    expect(unitName('COMMUNE', 'Thị Trấn Ái Tử', 'Thị trấn')).toMatchObject({
      kind: 'TOWNSHIP',
      name: 'Ái Tử',
      fullName: 'Thị trấn Ái Tử',
    });
    expect(unitName('COMMUNE', 'Đặc khu Côn Đảo', 'Đặc khu')).toMatchObject({ kind: 'SPECIAL_ZONE', name: 'Côn Đảo' });
    // A bare number keeps its kind word; a kind column that disagrees with the name is noted.
    const phuong5 = unitName('COMMUNE', 'Phường 5', 'Xã');
    expect(phuong5).toMatchObject({ kind: 'WARD', name: 'Phường 5', nameFolded: 'phuong 5' });
    expect(phuong5.note).toMatch(/Xã/);
  });

  it('treats old and new tone placement as the same spelling', () => {
    expect(comparableName('Thuận Hoà')).toBe(comparableName('Thuận Hòa'));
    expect(comparableName('Thuỵ Lâm')).toBe(comparableName('Thụy Lâm'));
    expect(comparableName('Đắk Long')).not.toBe(comparableName('Đăk Long'));
  });

  it('derives the reform lineage: 471 split communes, every unit with a successor or predecessor', async () => {
    const catalogue = await readAdminUnitCatalogue();
    const places = new Map(placeRows(catalogue).map((row) => [row.id, row]));
    const { edges, withoutSuccessor, withoutPredecessor } = reformLineage(catalogue, places);
    expect(withoutSuccessor).toEqual([]);
    expect(withoutPredecessor).toEqual([]);
    const split = new Map<string, number>();
    for (const edge of edges.filter((edge) => edge.kind === 'SPLIT')) {
      split.set(edge.predecessorId, (split.get(edge.predecessorId) ?? 0) + (edge.isDefaultSuccessor ? 1 : 0));
    }
    expect(split.size).toBe(471);
    expect([...split.values()].every((defaults) => defaults === 1)).toBe(true);
    expect(edges.filter((edge) => edge.kind !== 'SPLIT').every((edge) => edge.isDefaultSuccessor)).toBe(true);
  });
});

describe('importAdminUnits', () => {
  let database: Database;
  let first: AdminUnitImportSummary;
  let second: AdminUnitImportSummary;
  const progress: AdminUnitImportProgress[] = [];
  let before: Snapshot;
  let after: Snapshot;

  interface Snapshot {
    places: number;
    edges: number;
    updatedAt: string;
  }

  const snapshot = async (): Promise<Snapshot> => {
    const [row] = await database.prisma.$queryRawUnsafe<Snapshot[]>(`
      SELECT (SELECT count(*)::int FROM "Place") AS places,
             (SELECT count(*)::int FROM "PlaceLineage") AS edges,
             (SELECT md5(string_agg(id::text || "updatedAt"::text, ',' ORDER BY id)) FROM "Place") AS "updatedAt"`);
    return row!;
  };

  const count = async (where: string): Promise<number> => {
    const [row] = await database.prisma.$queryRawUnsafe<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM "Place" p WHERE ${where}`,
    );
    return row!.count;
  };

  const legacy = `p."validFrom" IS NULL AND p."validTo" = DATE '2025-06-30' AND p.code IS NOT NULL`;
  const current = `p."validFrom" = DATE '2025-07-01' AND p."validTo" IS NULL AND p.code IS NOT NULL`;
  const successorEdge = `EXISTS (SELECT 1 FROM "PlaceLineage" l WHERE l."predecessorId" = p.id AND l."effectiveOn" = DATE '2025-07-01')`;
  const predecessorEdge = `EXISTS (SELECT 1 FROM "PlaceLineage" l WHERE l."successorId" = p.id AND l."effectiveOn" = DATE '2025-07-01')`;

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await importAdminUnits(database.prisma, { onProgress: (event) => progress.push(event) });
    before = await snapshot();
    second = await importAdminUnits(database.prisma);
    after = await snapshot();
  });
  afterAll(() => database?.close());

  it('loads as many units per level and era as the catalogue has', async () => {
    expect(await count(`${legacy} AND p.level = 'PROVINCE'`)).toBe(63);
    expect(await count(`${legacy} AND p.level = 'DISTRICT'`)).toBe(696);
    expect(await count(`${legacy} AND p.level = 'COMMUNE'`)).toBe(10_035);
    expect(await count(`${current} AND p.level = 'PROVINCE'`)).toBe(34);
    expect(await count(`${current} AND p.level = 'COMMUNE'`)).toBe(3_321);
    expect(await count(`${current} AND p.level = 'DISTRICT'`)).toBe(0);
    // 2025 communes hang directly under their province; legacy ones under a district.
    expect(
      await count(
        `${current} AND p.level = 'COMMUNE' AND p."parentId" IN (SELECT id FROM "Place" WHERE level = 'PROVINCE' AND "validFrom" = DATE '2025-07-01')`,
      ),
    ).toBe(3_321);
    expect(
      await count(
        `${legacy} AND p.level = 'COMMUNE' AND p."parentId" IN (SELECT id FROM "Place" WHERE level = 'DISTRICT' AND "validTo" = DATE '2025-06-30')`,
      ),
    ).toBe(10_035);
    expect(
      await count(`${current} AND p.level = 'COMMUNE' AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL`),
    ).toBe(3_321);
    // The source gives no area for Đông Trạch (19159) and Thượng Trạch (19147).
    expect(await count(`${current} AND p.level = 'COMMUNE' AND p."areaKm2" IS NULL`)).toBe(2);
  });

  it('gives every legacy commune a successor and every 2025 commune a predecessor (or marks it new)', async () => {
    expect(await count(`${legacy} AND p.level IN ('COMMUNE', 'PROVINCE') AND NOT ${successorEdge}`)).toBe(0);
    expect(
      await count(`${current} AND NOT ${predecessorEdge} AND (p.note IS NULL OR p.note NOT LIKE '%No predecessor%')`),
    ).toBe(0);
    expect(await count(`${current} AND NOT ${predecessorEdge}`)).toBe(0);
  });

  it('marks exactly one default successor per split commune', async () => {
    const rows = await database.prisma.$queryRawUnsafe<Array<{ splits: number; badDefaults: number }>>(`
      SELECT count(*)::int AS splits, count(*) FILTER (WHERE defaults <> 1)::int AS "badDefaults"
      FROM (SELECT "predecessorId", sum("isDefaultSuccessor"::int) AS defaults
            FROM "PlaceLineage" WHERE kind = 'SPLIT' GROUP BY "predecessorId") s`);
    expect(rows[0]).toEqual({ splits: 471, badDefaults: 0 });
  });

  it('resolves the reused code 24 per era: Bắc Giang before the reform, Bắc Ninh after', async () => {
    const legacyProvince = await database.prisma.place.findUniqueOrThrow({
      where: { id: adminUnitId('legacy', 'PROVINCE', '24') },
    });
    const province2025 = await database.prisma.place.findUniqueOrThrow({
      where: { id: adminUnitId('2025', 'PROVINCE', '24') },
    });
    expect(legacyProvince).toMatchObject({
      code: '24',
      name: 'Bắc Giang',
      fullName: 'Tỉnh Bắc Giang',
      kind: 'PROVINCE',
    });
    expect(province2025).toMatchObject({ code: '24', name: 'Bắc Ninh', fullName: 'Tỉnh Bắc Ninh', kind: 'PROVINCE' });
    const edges = await database.prisma.placeLineage.findMany({
      where: { predecessorId: legacyProvince.id },
      include: { successor: true },
    });
    expect(edges.map((edge) => [edge.kind, edge.successor.name])).toEqual([['MERGE', 'Bắc Ninh']]);
  });

  it('moves Đông Giang (23074) from Hàm Thuận Bắc, Bình Thuận, to Lâm Đồng', async () => {
    const dongGiang = await database.prisma.place.findUniqueOrThrow({
      where: { id: adminUnitId('legacy', 'COMMUNE', '23074') },
      include: {
        parent: { include: { parent: true } },
        successorEdges: { include: { successor: { include: { parent: true } } } },
      },
    });
    expect(dongGiang).toMatchObject({
      code: '23074',
      kind: 'COMMUNE',
      name: 'Đông Giang',
      fullName: 'Xã Đông Giang',
      nameFolded: 'dong giang',
      validFrom: null,
      validTo: new Date('2025-06-30T00:00:00Z'),
    });
    expect(dongGiang.parent?.name).toBe('Hàm Thuận Bắc');
    expect(dongGiang.parent?.kind).toBe('RURAL_DISTRICT');
    expect(dongGiang.parent?.parent?.name).toBe('Bình Thuận');
    expect(dongGiang.successorEdges).toHaveLength(1);
    const [edge] = dongGiang.successorEdges;
    expect(edge).toMatchObject({
      effectiveOn: new Date('2025-07-01T00:00:00Z'),
      isDefaultSuccessor: true,
      share: null,
    });
    expect(edge?.successor).toMatchObject({
      code: '23074',
      name: 'Đông Giang',
      validFrom: new Date('2025-07-01T00:00:00Z'),
    });
    expect(edge?.successor.parent?.name).toBe('Lâm Đồng');
  });

  it('merges the 14 communes of Điện Biên Đông (101) into six', async () => {
    const rows = await database.prisma.$queryRawUnsafe<Array<{ legacy: string; successor: string; kind: string }>>(`
      SELECT old.code AS legacy, new.code || ' ' || new.name AS successor, l.kind::text AS kind
      FROM "Place" old
      JOIN "PlaceLineage" l ON l."predecessorId" = old.id
      JOIN "Place" new ON new.id = l."successorId"
      WHERE old."parentId" = '${adminUnitId('legacy', 'DISTRICT', '101')}'
      ORDER BY old.code`);
    expect(new Set(rows.map((row) => row.legacy)).size).toBe(14);
    expect([...new Set(rows.map((row) => row.successor))].sort()).toEqual([
      '03203 Na Son',
      '03208 Xa Dung',
      '03214 Mường Luân',
      '03370 Pu Nhi',
      '03382 Phình Giàng',
      '03385 Tìa Dình',
    ]);
    expect(rows.every((row) => row.kind === 'MERGE')).toBe(true);
  });

  it('links the island districts without communes to the special zones that replaced them', async () => {
    const edge = await database.prisma.placeLineage.findFirstOrThrow({
      where: { predecessorId: adminUnitId('legacy', 'DISTRICT', '755') },
      include: { successor: { include: { parent: true } } },
    });
    expect(edge.kind).toBe('RECLASSIFY');
    expect(edge.successor).toMatchObject({ code: '26732', kind: 'SPECIAL_ZONE', name: 'Côn Đảo' });
    expect(edge.successor.parent?.name).toBe('Hồ Chí Minh');
  });

  it('finds Đông Giang by its folded name', async () => {
    const rows = await database.prisma.$queryRawUnsafe<Array<{ code: string; validTo: Date | null }>>(
      `SELECT code, "validTo" FROM "Place" WHERE "nameFolded" LIKE '%dong giang%' AND level = 'COMMUNE' ORDER BY "validTo" NULLS LAST`,
    );
    expect(rows.filter((row) => row.code === '23074')).toHaveLength(2);
  });

  it('reports progress per batch, ending at the total of each phase', () => {
    const phases = new Map<string, AdminUnitImportProgress>();
    for (const event of progress) phases.set(event.phase, event);
    expect(phases.size).toBe(2);
    for (const last of phases.values()) expect(last.done).toBe(last.total);
    expect(progress.length).toBeGreaterThan(20);
    expect(first.units.created + first.units.updated + first.units.unchanged).toBe(14_149);
  });

  it('changes nothing on a second run', () => {
    expect(second.units).toEqual({ created: 0, updated: 0, unchanged: 14_149 });
    expect(second.edges).toEqual({
      created: 0,
      updated: 0,
      unchanged: first.edges.created + first.edges.updated + first.edges.unchanged,
    });
    expect(after).toEqual(before);
  });
});
