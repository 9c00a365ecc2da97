import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import type { Place } from '../packages/server/src/generated/prisma/client.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, query } from './support/graphql.ts';
import { refusedWithoutChange } from './support/snapshot.ts';

let database: Database;
let app: App;
let admin: Record<string, string>;
let lamDongEditor: Record<string, string>;
/** Lâm Đồng after the 2025 reform, and the old Lâm Đồng and Bình Thuận it absorbed. */
let lamDong: Place;
let oldLamDong: Place;
/** Đông Giang (Bình Thuận, until 30 June 2025) and the Đông Giang of Lâm Đồng that continues it. */
let oldDongGiang: Place;
let dongGiang: Place;
let hamThuanBac: Place;
let hongSon: Place;
let hamLiem: Place;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
  admin = await apiKeyHeader(database, 'ADMIN');
  const find = (code: string, current: boolean) =>
    database.prisma.place.findFirstOrThrow({ where: { code, validFrom: current ? { not: null } : null } });
  lamDong = await find('68', true);
  oldLamDong = await find('68', false);
  oldDongGiang = await find('23074', false);
  dongGiang = await find('23074', true);
  hamThuanBac = await find('23089', true);
  hongSon = await find('23086', true);
  hamLiem = await find('23095', true);
  lamDongEditor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [lamDong.id] });
});
afterAll(() => database.close());

interface Payload {
  __typename: string;
  message?: string;
  issues?: Array<{ path: string[]; message: string }>;
  entity?: string;
  data?: Record<string, unknown> & { id: string };
}

const encodeGlobalID = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');
const uuidOf = (payload: Payload) => Buffer.from(payload.data!.id, 'base64').toString().split(':')[1]!;

async function mutate(
  field: string,
  dataField: string,
  args: { input?: unknown; id?: string; idempotencyKey?: string },
  headers: Record<string, string>,
  select = 'id',
): Promise<Payload> {
  const name = `${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  const [variables, call] =
    args.input !== undefined
      ? [`$input: ${name}Input!, $key: String`, 'input: $input, idempotencyKey: $key']
      : ['$id: ID!, $key: String', 'id: $id, idempotencyKey: $key'];
  const result = await execute<{ result: Payload }>(
    app,
    `mutation(${variables}) { result: ${field}(${call}) { __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on ${name}Success { data: ${dataField} { ${select} } } } }`,
    { input: args.input, id: args.id, key: args.idempotencyKey },
    headers,
  );
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data!.result;
}

const refused = (write: () => Promise<Payload>) => refusedWithoutChange(database, write);

const paths = (payload: Payload) => payload.issues!.map((issue) => issue.path.join('.')).sort();

describe('villages and other units (admin only)', () => {
  let village: Payload;

  it('adds a village under Đông Giang: full name from its local kind, folded name, the commune’s region', async () => {
    village = await mutate(
      'createPlace',
      'place',
      {
        input: {
          level: 'VILLAGE',
          kind: 'VILLAGE',
          name: 'Tà Mỹ',
          localKind: 'thôn',
          parentId: encodeGlobalID('Commune', dongGiang.id),
          validFrom: '2025-07-01',
          ethnicGroups: ["K'Ho", 'Raglai'],
          ethnicMinorityShare: 95,
        },
      },
      admin,
      'id __typename name fullName ... on Village { commune { name } }',
    );
    expect(village).toMatchObject({
      __typename: 'CreatePlaceSuccess',
      data: { __typename: 'Village', name: 'Tà Mỹ', fullName: 'Thôn Tà Mỹ', commune: { name: 'Đông Giang' } },
    });
    const row = await database.prisma.place.findUniqueOrThrow({ where: { id: uuidOf(village) } });
    expect(row).toMatchObject({
      nameFolded: 'ta my',
      region: dongGiang.region,
      code: null,
      ethnicGroups: ["K'Ho", 'Raglai'],
    });
    const change = await database.prisma.changeEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(change).toMatchObject({ entityType: 'Place', action: 'created' });
    const found = await query(
      app,
      graphql(`query MutationsPlacesPlaces2 { places(search: "ta my", level: VILLAGE) { nodes { fullName } } }`),
    );
    expect(found.places.nodes).toEqual([{ fullName: 'Thôn Tà Mỹ' }]);
  });

  it('names every broken hierarchy rule at once: kind of another level, a code on a village, a commune that had ended', async () => {
    const payload = await refused(() =>
      mutate(
        'createPlace',
        'place',
        {
          input: {
            level: 'VILLAGE',
            kind: 'WARD',
            name: 'Bản Mới',
            code: '12345',
            parentId: encodeGlobalID('Commune', oldDongGiang.id),
            validFrom: '2026-01-01',
            latitude: 123,
          },
        },
        admin,
      ),
    );
    expect(payload.__typename).toBe('ValidationError');
    expect(paths(payload)).toEqual(['input.latitude']);
    const hierarchy = await refused(() =>
      mutate(
        'createPlace',
        'place',
        {
          input: {
            level: 'VILLAGE',
            kind: 'WARD',
            name: 'Bản Mới',
            code: '12345',
            parentId: encodeGlobalID('Commune', oldDongGiang.id),
            validFrom: '2026-01-01',
          },
        },
        admin,
      ),
    );
    expect(paths(hierarchy)).toEqual(['input.code', 'input.kind', 'input.parentId']);
    expect(hierarchy.issues!.find((issue) => issue.path[1] === 'parentId')!.message).toContain('2025-06-30');
    const province = await refused(() =>
      mutate(
        'createPlace',
        'place',
        { input: { level: 'VILLAGE', kind: 'VILLAGE', name: 'X', parentId: lamDong.id } },
        admin,
      ),
    );
    expect(province.issues).toEqual([
      { path: ['input', 'parentId'], message: expect.stringContaining('lies in a commune') },
    ]);
    const missing = await refused(() =>
      mutate(
        'createPlace',
        'place',
        { input: { level: 'VILLAGE', kind: 'VILLAGE', name: 'X', parentId: '0190a0a0-0000-7000-8000-000000000000' } },
        admin,
      ),
    );
    expect(missing).toMatchObject({ __typename: 'NotFoundError', entity: 'Place' });
  });

  it('a commune directly under a province only from the reform; a code held by a unit at the same time is a conflict', async () => {
    const early = await refused(() =>
      mutate(
        'createPlace',
        'place',
        {
          input: {
            level: 'COMMUNE',
            kind: 'COMMUNE',
            name: 'X',
            code: '99999',
            parentId: oldLamDong.id,
            validFrom: '2024-01-01',
          },
        },
        admin,
      ),
    );
    expect(early.issues).toEqual([{ path: ['input', 'parentId'], message: expect.stringContaining('district') }]);
    const clash = await refused(() =>
      mutate(
        'createPlace',
        'place',
        {
          input: {
            level: 'COMMUNE',
            kind: 'COMMUNE',
            name: 'X',
            code: '23074',
            parentId: lamDong.id,
            validFrom: '2026-01-01',
          },
        },
        admin,
      ),
    );
    expect(clash).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('Đông Giang') });
  });

  it('an editor cannot change administrative units, even in its province', async () => {
    const payload = await refused(() =>
      mutate(
        'createPlace',
        'place',
        { input: { level: 'VILLAGE', kind: 'VILLAGE', name: 'X', parentId: dongGiang.id } },
        lamDongEditor,
      ),
    );
    expect(payload).toMatchObject({ __typename: 'ForbiddenError', message: expect.stringContaining('admin') });
    expect(
      (await refused(() => mutate('archivePlace', 'place', { input: { id: uuidOf(village) } }, lamDongEditor)))
        .__typename,
    ).toBe('ForbiddenError');
  });

  it('renames a village: the full name and the search form follow; its level cannot be swapped', async () => {
    const renamed = await mutate(
      'updatePlace',
      'place',
      { input: { id: village.data!.id, name: 'Tà Mỹ Thượng', localKind: 'bản', note: 'Renamed by the commune.' } },
      admin,
      'id name fullName note',
    );
    expect(renamed).toMatchObject({
      __typename: 'UpdatePlaceSuccess',
      data: { fullName: 'Bản Tà Mỹ Thượng', note: 'Renamed by the commune.' },
    });
    expect((await database.prisma.place.findUniqueOrThrow({ where: { id: uuidOf(village) } })).nameFolded).toBe(
      'ta my thuong',
    );
    const change = await database.prisma.changeEvent.findFirstOrThrow({
      where: { entityId: uuidOf(village), action: 'updated' },
    });
    expect(change.before).toMatchObject({ fullName: 'Thôn Tà Mỹ' });
    expect(change.after).toMatchObject({ fullName: 'Bản Tà Mỹ Thượng' });
    const ward = await refused(() =>
      mutate('updatePlace', 'place', { input: { id: village.data!.id, kind: 'WARD' } }, admin),
    );
    expect(paths(ward)).toEqual(['input.kind']);
  });

  it('archives a village entered by mistake, but not a commune with history', async () => {
    const archived = await mutate('archivePlace', 'place', { input: { id: village.data!.id } }, admin);
    expect(archived.__typename).toBe('ArchivePlaceSuccess');
    expect(
      (await database.prisma.place.findUniqueOrThrow({ where: { id: uuidOf(village) } })).archivedAt,
    ).not.toBeNull();
    const listed = await query(
      app,
      graphql(`query MutationsPlacesPlaces($parent: ID!) { hidden: places(parentId: $parent, level: VILLAGE) { nodes { id } }
         shown: places(parentId: $parent, level: VILLAGE, includeArchived: true) { nodes { id } } }`),
      { parent: encodeGlobalID('Commune', dongGiang.id) },
    );
    expect(listed.hidden.nodes.map((place) => place.id)).not.toContain(village.data!.id);
    expect(listed.shown.nodes.map((place) => place.id)).toContain(village.data!.id);
    expect(
      (await refused(() => mutate('archivePlace', 'place', { input: { id: village.data!.id } }, admin))).__typename,
    ).toBe('ConflictError');
    const history = await refused(() =>
      mutate('archivePlace', 'place', { input: { id: encodeGlobalID('Commune', oldDongGiang.id) } }, admin),
    );
    expect(history).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('mergePlaces') });
  });
});

const totalsOf = async (id: string) =>
  query(
    app,
    graphql(`query MutationsPlacesNode($id: ID!) { node(id: $id) { ... on Place {
      supportTotal(includeHistory: true) { valueVnd activityCount }
      withoutHistory: supportTotal { valueVnd activityCount }
      activities(includeHistory: true) { totalCount } } } }`),
    { id },
  );

describe('administrative reorganisation', () => {
  it('merges Đông Giang and Hàm Thuận Bắc into a new Đông Giang: old units stay queryable and their support counts for the new one', async () => {
    const agency = await database.prisma.agency.findFirstOrThrow({
      where: { nameFolded: 'so cong thuong tinh binh thuan' },
    });
    await database.prisma.activity.createMany({
      data: [
        {
          agencyId: agency.id,
          placeId: dongGiang.id,
          category: 'IN_KIND_GIFT',
          title: 'Quà Tết 2026',
          occurredOn: new Date('2025-12-20'),
          valueVnd: 5_000_000n,
        },
        {
          agencyId: agency.id,
          placeId: hamThuanBac.id,
          category: 'INFRASTRUCTURE',
          title: 'Đèn năng lượng mặt trời',
          occurredOn: new Date('2025-09-01'),
          valueVnd: 50_000_000n,
        },
      ],
    });
    const before = await Promise.all(
      [dongGiang, hamThuanBac].map((place) => totalsOf(encodeGlobalID('Commune', place.id))),
    );
    const expectedValue = before.reduce((sum, totals) => sum + BigInt(totals.node!.supportTotal.valueVnd), 0n);
    const expectedCount = before.reduce((sum, totals) => sum + totals.node!.activities.totalCount, 0);
    expect(expectedValue).toBe(16_800_000n + 5_000_000n + 50_000_000n);

    const document = await database.prisma.document.create({
      data: {
        number: '1/NQ-HĐND',
        numberFolded: '1/nq-hdnd',
        kind: 'RESOLUTION',
        issuer: 'HĐND tỉnh Lâm Đồng',
        title: 'Sắp xếp đơn vị hành chính cấp xã',
      },
    });
    const merged = await mutate(
      'mergePlaces',
      'successor',
      {
        input: {
          predecessorIds: [encodeGlobalID('Commune', dongGiang.id), encodeGlobalID('Commune', hamThuanBac.id)],
          newPlace: {
            name: 'Đông Giang',
            kind: 'COMMUNE',
            code: '23074',
            parentId: encodeGlobalID('Province', lamDong.id),
          },
          effectiveOn: '2026-01-01',
          documentId: encodeGlobalID('Document', document.id),
        },
      },
      admin,
      'id name code validFrom validTo predecessors { kind effectiveOn isDefaultSuccessor share predecessor { name validTo } document { number } }',
    );
    expect(merged).toMatchObject({
      __typename: 'MergePlacesSuccess',
      data: { name: 'Đông Giang', code: '23074', validFrom: '2026-01-01', validTo: null },
    });
    const edges = (merged.data as unknown as { predecessors: Array<Record<string, unknown>> }).predecessors;
    expect(edges).toHaveLength(2);
    for (const edge of edges) {
      expect(edge).toMatchObject({
        kind: 'MERGE',
        effectiveOn: '2026-01-01',
        isDefaultSuccessor: true,
        share: 1,
        document: { number: '1/NQ-HĐND' },
      });
      expect(edge.predecessor).toMatchObject({ validTo: '2025-12-31' });
    }

    const successorId = uuidOf(merged);
    const rows = await database.prisma.place.findMany({
      where: { id: { in: [dongGiang.id, hamThuanBac.id, successorId] } },
    });
    expect(rows.find((row) => row.id === dongGiang.id)!.validTo).toEqual(new Date('2025-12-31'));
    expect(rows.find((row) => row.id === successorId)).toMatchObject({
      nameFolded: 'dong giang',
      fullName: 'Xã Đông Giang',
      parentId: lamDong.id,
    });
    const lineage = await database.prisma.placeLineage.findMany({ where: { successorId } });
    const typesOf = async (entityIds: string[]) =>
      (
        await database.prisma.changeEvent.findMany({
          where: { entityId: { in: entityIds }, actorKeyId: { not: null } },
          orderBy: { sequence: 'asc' },
        })
      ).map((change) => change.type);
    expect(await typesOf([dongGiang.id, hamThuanBac.id])).toEqual(['PlaceEnded', 'PlaceEnded']);
    expect(await typesOf([successorId])).toEqual(['PlaceCreated', 'PlacesMerged']);
    expect(await typesOf(lineage.map((edge) => edge.id))).toEqual(['LineageRecorded', 'LineageRecorded']);
    const mergeEvent = await database.prisma.changeEvent.findFirstOrThrow({ where: { type: 'PlacesMerged' } });
    expect(mergeEvent).toMatchObject({ placeId: successorId, provinceId: lamDong.id });
    expect((mergeEvent.after as { predecessorIds: string[] }).predecessorIds.sort()).toEqual(
      [dongGiang.id, hamThuanBac.id].sort(),
    );

    const byCode = await query(
      app,
      graphql(`query MutationsPlacesPlace { y2024: place(code: "23074", asOf: "2024-06-01") { id ... on Commune { province { name } } }
         y2025: place(code: "23074", asOf: "2025-10-01") { id }
         now: place(code: "23074") { id } }`),
    );
    const y2024 = byCode.y2024!;
    expect('province' in y2024 && y2024.province?.name).toBe('Bình Thuận');
    expect(byCode.y2025!.id).toBe(encodeGlobalID('Commune', dongGiang.id));
    expect(byCode.now!.id).toBe(merged.data!.id);

    const after = await totalsOf(merged.data!.id);
    expect(BigInt(after.node!.supportTotal.valueVnd)).toBe(expectedValue);
    expect(after.node!.activities.totalCount).toBe(expectedCount);
    expect(after.node!.withoutHistory).toEqual({ valueVnd: '0', activityCount: 0 });
  });

  it('refuses to merge a unit twice, and writes nothing', async () => {
    const again = await refused(() =>
      mutate(
        'mergePlaces',
        'successor',
        { input: { predecessorIds: [dongGiang.id], into: hongSon.id, effectiveOn: '2025-12-01' } },
        admin,
      ),
    );
    expect(again.issues).toEqual([
      { path: ['input', 'predecessorIds', '0'], message: expect.stringContaining('already merged') },
    ]);
  });

  it('names every broken merge rule: both targets, a duplicate, another level, a unit not yet begun', async () => {
    const shape = await refused(() =>
      mutate(
        'mergePlaces',
        'successor',
        {
          input: {
            predecessorIds: [hongSon.id, hongSon.id],
            into: hamLiem.id,
            newPlace: { name: 'X', kind: 'COMMUNE', parentId: lamDong.id },
            effectiveOn: '2026-03-01',
          },
        },
        admin,
      ),
    );
    expect(paths(shape)).toEqual(['input.into', 'input.predecessorIds.1']);
    const rules = await refused(() =>
      mutate(
        'mergePlaces',
        'successor',
        {
          input: {
            predecessorIds: [hongSon.id, lamDong.id, oldDongGiang.id],
            into: hamLiem.id,
            effectiveOn: '2025-07-01',
          },
        },
        admin,
      ),
    );
    expect(paths(rules)).toEqual([
      'input.into',
      'input.predecessorIds.0',
      'input.predecessorIds.1',
      'input.predecessorIds.2',
    ]);
    const messages = Object.fromEntries(rules.issues!.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages['input.predecessorIds.0']).toContain('began on 2025-07-01');
    expect(messages['input.predecessorIds.1']).toContain('province');
    expect(messages['input.predecessorIds.2']).toContain('already merged');
    expect(
      (
        await refused(() =>
          mutate(
            'mergePlaces',
            'successor',
            { input: { predecessorIds: [hongSon.id], into: hamLiem.id, effectiveOn: '2026-03-01' } },
            lamDongEditor,
          ),
        )
      ).__typename,
    ).toBe('ForbiddenError');
  });

  it('merges a commune into one that continues: only the absorbed one ends', async () => {
    const merged = await mutate(
      'mergePlaces',
      'successor',
      { input: { predecessorIds: [hongSon.id], into: hamLiem.id, effectiveOn: '2026-03-01' } },
      admin,
      'id validFrom validTo predecessors { predecessor { name validTo } }',
    );
    expect(merged).toMatchObject({ __typename: 'MergePlacesSuccess', data: { validTo: null } });
    expect((merged.data as unknown as { predecessors: unknown[] }).predecessors).toContainEqual({
      predecessor: { name: 'Hồng Sơn', validTo: '2026-02-28' },
    });
    expect((await database.prisma.place.findUniqueOrThrow({ where: { id: hamLiem.id } })).validTo).toBeNull();
  });

  it('splits a commune between an existing unit and a new one; its history follows the one default successor', async () => {
    const split = await refused(() =>
      mutate(
        'splitPlace',
        'predecessor',
        {
          input: {
            predecessorId: hamLiem.id,
            successors: [
              { placeId: hamLiem.id, share: 0.7, isDefault: true },
              {
                newPlace: { name: 'Hàm Liêm Tây', kind: 'COMMUNE', parentId: lamDong.id },
                share: 0.5,
                isDefault: true,
              },
            ],
            effectiveOn: '2026-06-01',
          },
        },
        admin,
      ),
    );
    expect(paths(split)).toEqual(['input.successors', 'input.successors', 'input.successors.0.placeId']);

    const agency = await database.prisma.agency.findFirstOrThrow({
      where: { nameFolded: 'so cong thuong tinh binh thuan' },
    });
    await database.prisma.activity.create({
      data: {
        agencyId: agency.id,
        placeId: hamLiem.id,
        category: 'TRAINING',
        title: 'Tập huấn',
        occurredOn: new Date('2026-04-01'),
        valueVnd: 7_000_000n,
      },
    });
    const hamThuan = await database.prisma.place.findFirstOrThrow({
      where: { code: '23059', validFrom: { not: null } },
    });
    const done = await mutate(
      'splitPlace',
      'predecessor',
      {
        input: {
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
        },
      },
      admin,
      'id validTo successors { kind share isDefaultSuccessor successor { id name validFrom } }',
    );
    expect(done.__typename).toBe('SplitPlaceSuccess');
    const successors = done.data as unknown as {
      validTo: string;
      successors: Array<{ share: number; isDefaultSuccessor: boolean; successor: { id: string; name: string } }>;
    };
    expect(successors.validTo).toBe('2026-05-31');
    expect(
      successors.successors.map((edge) => [edge.successor.name, edge.share, edge.isDefaultSuccessor]).sort(),
    ).toEqual([
      ['Hàm Liêm Mới', 0.6, true],
      ['Hàm Thuận', 0.4, false],
    ]);
    const heir = successors.successors.find((edge) => edge.isDefaultSuccessor)!.successor.id;
    const heirTotals = await totalsOf(heir);
    const otherTotals = await totalsOf(encodeGlobalID('Commune', hamThuan.id));
    expect(BigInt(heirTotals.node!.supportTotal.valueVnd)).toBe(7_000_000n);
    expect(otherTotals.node!.supportTotal.valueVnd).toBe('0');
    expect(await database.prisma.changeEvent.count({ where: { entityId: hamLiem.id, action: 'ended' } })).toBe(1);
  });
});
