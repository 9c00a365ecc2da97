import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';
import { fingerprint, refusedWithoutChange } from './support/snapshot.ts';

let database: Database;
let app: App;
let admin: Record<string, string>;
let viewer: Record<string, string>;
let dienBienEditor: Record<string, string>;
let adminKeyId: string;
/** Điện Biên before and after the 2025 reform: the same code, two records. */
let dienBien: { old: string; current: string };
let binhThuan: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
  admin = await apiKeyHeader(database, 'ADMIN');
  viewer = await apiKeyHeader(database, 'VIEWER');
  const provinces = await database.prisma.place.findMany({
    where: { level: 'PROVINCE', code: { in: ['11', '60'] } },
    orderBy: { validFrom: { sort: 'asc', nulls: 'first' } },
  });
  const dienBienRows = provinces.filter((province) => province.code === '11');
  dienBien = { old: dienBienRows[0]!.id, current: dienBienRows[1]!.id };
  binhThuan = provinces.find((province) => province.code === '60')!.id;
  dienBienEditor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [dienBien.old, dienBien.current] });
  adminKeyId = (await database.prisma.apiKey.findFirstOrThrow({ where: { role: 'ADMIN' } })).id;
});
afterAll(() => database.close());

interface Payload {
  __typename: string;
  message?: string;
  issues?: Array<{ path: string[]; message: string }>;
  entity?: string;
  data?: Record<string, unknown> & { id: string };
}

/** Runs one mutation and returns its payload; fails the test on a GraphQL (non-typed) error. */
async function mutate(
  field: string,
  dataField: string,
  args: { input?: unknown; id?: string; idempotencyKey?: string },
  headers: Record<string, string>,
  select = 'id',
): Promise<Payload> {
  const success = `${field.charAt(0).toUpperCase()}${field.slice(1)}Success`;
  const inputType = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  const [variables, call] =
    args.input !== undefined
      ? [`$input: ${inputType}!, $key: String`, `input: $input, idempotencyKey: $key`]
      : ['$id: ID!, $key: String', 'id: $id, idempotencyKey: $key'];
  const result = await execute<{ result: Payload }>(
    app,
    `mutation(${variables}) { result: ${field}(${call}) { __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on ${success} { data: ${dataField} { ${select} } } } }`,
    { input: args.input, id: args.id, key: args.idempotencyKey },
    headers,
  );
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data!.result;
}

const refused = (write: () => Promise<Payload>) => refusedWithoutChange(database, write);

/** A node's global ID, as the API hands it out. */
const encodeGlobalID = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');

const uuidOf = (payload: Payload) => Buffer.from(payload.data!.id, 'base64').toString().split(':')[1]!;

describe('agencies', () => {
  it('an admin registers an enterprise; its name is folded for search and the change is audited', async () => {
    const payload = await mutate(
      'createAgency',
      'agency',
      {
        input: {
          kind: 'ENTERPRISE',
          name: '  Công ty   Điện lực Điện Biên ',
          abbreviation: 'PC Điện Biên',
          homeProvinceId: encodeGlobalID('Province', dienBien.current),
        },
      },
      admin,
      'id name homeProvince { name }',
    );
    expect(payload).toMatchObject({
      __typename: 'CreateAgencySuccess',
      data: { name: 'Công ty Điện lực Điện Biên', homeProvince: { name: 'Điện Biên' } },
    });
    const row = await database.prisma.agency.findUniqueOrThrow({ where: { id: uuidOf(payload) } });
    expect(row.nameFolded).toBe('cong ty dien luc dien bien');
    const changes = await database.prisma.changeEvent.findMany({ where: { entityId: row.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ entityType: 'Agency', action: 'created', actorKeyId: adminKeyId, before: null });
    expect(changes[0]!.after).toMatchObject({
      name: 'Công ty Điện lực Điện Biên',
      nameFolded: 'cong ty dien luc dien bien',
    });
  });

  it('an editor scoped to Điện Biên registers a household there but not in Bình Thuận, and no national body', async () => {
    const ok = await mutate(
      'createAgency',
      'agency',
      {
        input: {
          kind: 'HOUSEHOLD',
          name: 'Hộ ông Lò Văn Pánh',
          homeProvinceId: encodeGlobalID('Province', dienBien.old),
        },
      },
      dienBienEditor,
    );
    expect(ok.__typename).toBe('CreateAgencySuccess');
    const elsewhere = await refused(() =>
      mutate(
        'createAgency',
        'agency',
        { input: { kind: 'HOUSEHOLD', name: 'Hộ bà K’Bir', homeProvinceId: encodeGlobalID('Province', binhThuan) } },
        dienBienEditor,
      ),
    );
    expect(elsewhere.__typename).toBe('ForbiddenError');
    const national = await refused(() =>
      mutate('createAgency', 'agency', { input: { kind: 'OTHER', name: 'Quỹ Vì người nghèo' } }, dienBienEditor),
    );
    expect(national).toMatchObject({
      __typename: 'ForbiddenError',
      message: expect.stringContaining('homeProvinceId'),
    });
  });

  it('a viewer key and an anonymous caller cannot register agencies', async () => {
    const input = { kind: 'OTHER', name: 'Quỹ Vì người nghèo', homeProvinceId: encodeGlobalID('Province', binhThuan) };
    expect((await refused(() => mutate('createAgency', 'agency', { input }, viewer))).__typename).toBe(
      'ForbiddenError',
    );
    expect((await refused(() => mutate('createAgency', 'agency', { input }, {}))).__typename).toBe('ForbiddenError');
  });

  it('names every bad field at once and writes nothing', async () => {
    const payload = await refused(() =>
      mutate(
        'createAgency',
        'agency',
        {
          input: {
            kind: 'ENTERPRISE',
            name: '   ',
            homeProvinceId: encodeGlobalID('Document', '0190a0a0-0000-7000-8000-000000000000'),
            abbreviation: 'X'.repeat(31),
            validFrom: '2020-01-01',
            validTo: '2019-12-31',
          },
        },
        admin,
      ),
    );
    expect(payload.__typename).toBe('ValidationError');
    expect(payload.issues!.map((issue) => issue.path.join('.')).sort()).toEqual([
      'input.abbreviation',
      'input.homeProvinceId',
      'input.name',
      'input.validTo',
    ]);
  });

  it('refuses a commune as home province, an unknown parent, and a duplicate', async () => {
    const commune = await database.prisma.place.findFirstOrThrow({ where: { code: '23074', validFrom: null } });
    const notProvince = await refused(() =>
      mutate('createAgency', 'agency', { input: { kind: 'OTHER', name: 'Ban X', homeProvinceId: commune.id } }, admin),
    );
    expect(notProvince.__typename).toBe('ValidationError');
    expect(notProvince.issues).toEqual([
      { path: ['input', 'homeProvinceId'], message: expect.stringContaining('not a province') },
    ]);
    const unknownParent = await refused(() =>
      mutate(
        'createAgency',
        'agency',
        {
          input: {
            kind: 'OTHER',
            name: 'Ban X',
            parentId: encodeGlobalID('Agency', '0190a0a0-0000-7000-8000-000000000001'),
          },
        },
        admin,
      ),
    );
    expect(unknownParent).toMatchObject({ __typename: 'NotFoundError', entity: 'Agency' });
    const duplicate = await refused(() =>
      mutate(
        'createAgency',
        'agency',
        {
          input: {
            kind: 'PROVINCIAL_DEPARTMENT',
            name: 'Sở Công Thương tỉnh Bình Thuận',
            homeProvinceId: encodeGlobalID('Province', binhThuan),
          },
        },
        admin,
      ),
    );
    expect(duplicate.__typename).toBe('ConflictError');
  });

  it('a retry with the same idempotency key returns the first agency and writes nothing again', async () => {
    const input = {
      kind: 'ENTERPRISE',
      name: 'Công ty Cổ phần Cà phê Mường Ảng',
      homeProvinceId: encodeGlobalID('Province', dienBien.current),
    };
    const first = await mutate('createAgency', 'agency', { input, idempotencyKey: 'agency-muong-ang-1' }, admin);
    const before = await fingerprint(database);
    const retry = await mutate('createAgency', 'agency', { input, idempotencyKey: 'agency-muong-ang-1' }, admin);
    expect(retry.data!.id).toBe(first.data!.id);
    expect(await fingerprint(database)).toEqual(before);
    const reused = await refused(() =>
      mutate(
        'createAgency',
        'agency',
        { input: { ...input, name: 'Another name' }, idempotencyKey: 'agency-muong-ang-1' },
        admin,
      ),
    );
    expect(reused.__typename).toBe('ConflictError');
    expect(await database.prisma.agency.count({ where: { nameFolded: { contains: 'muong ang' } } })).toBe(1);
  });

  it('updates an agency: renamed, refolded, audited with before and after; editors only within scope', async () => {
    const agency = await database.prisma.agency.findFirstOrThrow({
      where: { nameFolded: { contains: 'bao dien bien phu' } },
    });
    const payload = await mutate(
      'updateAgency',
      'agency',
      {
        input: {
          id: encodeGlobalID('Agency', agency.id),
          name: 'Báo Điện Biên Phủ (điện tử)',
          nameEn: 'Dien Bien Phu newspaper',
        },
      },
      dienBienEditor,
      'id name nameEn kind',
    );
    expect(payload).toMatchObject({
      __typename: 'UpdateAgencySuccess',
      data: { name: 'Báo Điện Biên Phủ (điện tử)', nameEn: 'Dien Bien Phu newspaper', kind: 'PRESS' },
    });
    const row = await database.prisma.agency.findUniqueOrThrow({ where: { id: agency.id } });
    expect(row.nameFolded).toBe('bao dien bien phu (dien tu)');
    const change = await database.prisma.changeEvent.findFirstOrThrow({
      where: { entityId: agency.id, action: 'updated' },
    });
    expect(change.before).toMatchObject({ name: 'Báo Điện Biên Phủ' });
    expect(change.after).toMatchObject({ name: 'Báo Điện Biên Phủ (điện tử)' });

    const binhThuanDepartment = await database.prisma.agency.findFirstOrThrow({
      where: { homeProvinceId: { not: null }, nameFolded: { contains: 'binh thuan' } },
    });
    const forbidden = await refused(() =>
      mutate('updateAgency', 'agency', { input: { id: binhThuanDepartment.id, note: 'x' } }, dienBienEditor),
    );
    expect(forbidden.__typename).toBe('ForbiddenError');
    const moved = await refused(() =>
      mutate(
        'updateAgency',
        'agency',
        { input: { id: agency.id, homeProvinceId: encodeGlobalID('Province', binhThuan) } },
        dienBienEditor,
      ),
    );
    expect(moved.__typename).toBe('ForbiddenError');
  });

  it('refuses to make an agency a member of its own member body, and an unknown agency', async () => {
    const parent = await mutate(
      'createAgency',
      'agency',
      { input: { kind: 'MASS_ORGANISATION', name: 'Hội Nông dân tỉnh Điện Biên', homeProvinceId: dienBien.old } },
      admin,
    );
    const child = await mutate(
      'createAgency',
      'agency',
      {
        input: {
          kind: 'MASS_ORGANISATION',
          name: 'Hội Nông dân huyện Điện Biên Đông',
          homeProvinceId: dienBien.old,
          parentId: parent.data!.id,
        },
      },
      admin,
    );
    const cycle = await refused(() =>
      mutate('updateAgency', 'agency', { input: { id: parent.data!.id, parentId: child.data!.id } }, admin),
    );
    expect(cycle.issues).toEqual([{ path: ['input', 'parentId'], message: expect.stringContaining('itself') }]);
    const unknown = await refused(() =>
      mutate('updateAgency', 'agency', { input: { id: '0190a0a0-0000-7000-8000-000000000009', name: 'X' } }, admin),
    );
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', entity: 'Agency' });
    const archiveParent = await refused(() =>
      mutate('archiveAgency', 'agency', { input: { id: parent.data!.id } }, admin),
    );
    expect(archiveParent).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('member') });
  });

  it('archives an agency without running twinnings, once; one with running twinnings is refused', async () => {
    const running = await database.prisma.agency.findFirstOrThrow({
      where: { nameFolded: 'so cong thuong tinh binh thuan' },
    });
    const refusedArchive = await refused(() =>
      mutate('archiveAgency', 'agency', { input: { id: encodeGlobalID('Agency', running.id) } }, admin),
    );
    expect(refusedArchive).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('twinning') });

    const household = await mutate(
      'createAgency',
      'agency',
      { input: { kind: 'HOUSEHOLD', name: 'Hộ ông Giàng A Dế', homeProvinceId: dienBien.old } },
      admin,
    );
    const archived = await mutate(
      'archiveAgency',
      'agency',
      { input: { id: household.data!.id } },
      dienBienEditor,
      'id archivedAt',
    );
    expect(archived.__typename).toBe('ArchiveAgencySuccess');
    expect(archived.data!.archivedAt).toEqual(expect.any(String));
    expect(
      await database.prisma.changeEvent.count({ where: { entityId: uuidOf(household), action: 'archived' } }),
    ).toBe(1);
    const again = await refused(() => mutate('archiveAgency', 'agency', { input: { id: household.data!.id } }, admin));
    expect(again.__typename).toBe('ConflictError');
    const edit = await refused(() =>
      mutate('updateAgency', 'agency', { input: { id: household.data!.id, note: 'x' } }, admin),
    );
    expect(edit.__typename).toBe('ConflictError');
  });
});

describe('documents (admin only)', () => {
  it('records a provincial decision with its folded number, and audits it', async () => {
    const payload = await mutate(
      'createDocument',
      'document',
      {
        input: {
          number: '1234/QĐ-UBND',
          kind: 'DECISION',
          issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
          issuerPlaceId: encodeGlobalID('Province', dienBien.old),
          issuedOn: '2022-05-10',
          title: 'Phân công các đơn vị giúp đỡ các bản đặc biệt khó khăn',
          url: 'https://dienbien.gov.vn/qd-1234',
        },
      },
      admin,
      'id number issuedOn issuerPlace { name }',
    );
    expect(payload).toMatchObject({
      __typename: 'CreateDocumentSuccess',
      data: { number: '1234/QĐ-UBND', issuedOn: '2022-05-10' },
    });
    const row = await database.prisma.document.findUniqueOrThrow({ where: { id: uuidOf(payload) } });
    expect(row.numberFolded).toBe('1234/qd-ubnd');
    expect(
      await database.prisma.changeEvent.count({
        where: { entityType: 'Document', entityId: row.id, action: 'created' },
      }),
    ).toBe(1);
    const found = await execute(
      app,
      graphql(`query MutationsReferenceDocuments { documents(search: "1234/qd") { nodes { number } } }`),
    );
    expect(found.data?.documents.nodes).toEqual([{ number: '1234/QĐ-UBND' }]);
  });

  it('refuses an editor, a number already recorded for the issuer that year, and an issuer that did not exist then', async () => {
    const input = {
      number: '2072/QĐ-UBND',
      kind: 'DECISION',
      issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
      issuerPlaceId: dienBien.old,
      issuedOn: '2021-11-17',
      title: 'Duplicate',
    };
    expect((await refused(() => mutate('createDocument', 'document', { input }, dienBienEditor))).__typename).toBe(
      'ForbiddenError',
    );
    expect((await refused(() => mutate('createDocument', 'document', { input }, admin))).__typename).toBe(
      'ConflictError',
    );
    const invalid = await refused(() =>
      mutate(
        'createDocument',
        'document',
        {
          input: {
            ...input,
            number: '99/QĐ-UBND',
            issuerPlaceId: dienBien.current,
            issuedOn: '2099-01-01',
            url: 'ftp://x',
            title: '',
          },
        },
        admin,
      ),
    );
    expect(invalid.issues!.map((issue) => issue.path.join('.')).sort()).toEqual([
      'input.issuedOn',
      'input.title',
      'input.url',
    ]);
    const wrongProvince = await refused(() =>
      mutate(
        'createDocument',
        'document',
        { input: { ...input, number: '99/QĐ-UBND', issuerPlaceId: dienBien.current } },
        admin,
      ),
    );
    expect(wrongProvince.issues).toEqual([
      { path: ['input', 'issuerPlaceId'], message: expect.stringContaining('2021-11-17') },
    ]);
  });

  it('corrects and archives a document; an archived one stays archived', async () => {
    const created = await mutate(
      'createDocument',
      'document',
      {
        input: {
          number: '15/KH-UBND',
          kind: 'PLAN',
          issuer: 'UBND tỉnh Bình Thuận',
          issuerPlaceId: binhThuan,
          title: 'Kế hoạch kết nghĩa 2023',
        },
      },
      admin,
    );
    const updated = await mutate(
      'updateDocument',
      'document',
      { input: { id: created.data!.id, number: '16/KH-UBND', issuedOn: '2023-02-01', url: null } },
      admin,
      'number issuedOn url id',
    );
    expect(updated).toMatchObject({
      __typename: 'UpdateDocumentSuccess',
      data: { number: '16/KH-UBND', issuedOn: '2023-02-01', url: null },
    });
    expect((await database.prisma.document.findUniqueOrThrow({ where: { id: uuidOf(created) } })).numberFolded).toBe(
      '16/kh-ubnd',
    );
    expect(
      (await refused(() => mutate('archiveDocument', 'document', { input: { id: created.data!.id } }, viewer)))
        .__typename,
    ).toBe('ForbiddenError');
    expect((await mutate('archiveDocument', 'document', { input: { id: created.data!.id } }, admin)).__typename).toBe(
      'ArchiveDocumentSuccess',
    );
    expect(
      (await refused(() => mutate('archiveDocument', 'document', { input: { id: created.data!.id } }, admin)))
        .__typename,
    ).toBe('ConflictError');
    expect(
      (
        await refused(() =>
          mutate('updateDocument', 'document', { input: { id: created.data!.id, title: 'x' } }, admin),
        )
      ).__typename,
    ).toBe('ConflictError');
    const unknown = await refused(() =>
      mutate('archiveDocument', 'document', { input: { id: '0190a0a0-0000-7000-8000-00000000000a' } }, admin),
    );
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', entity: 'Document' });
  });
});

describe('criteria sets and criteria (admin only)', () => {
  it('a province’s model-village criteria: a set, then a criterion with indicators', async () => {
    const set = await mutate(
      'createCriteriaSet',
      'criteriaSet',
      {
        input: {
          code: 'MODEL-VILLAGE-DIEN-BIEN-2022-2025',
          name: 'Điện Biên model-village criteria 2022–2025',
          nameVi: 'Bộ tiêu chí thôn, bản nông thôn mới kiểu mẫu tỉnh Điện Biên',
          programme: 'MODEL_VILLAGE',
          appliesTo: 'VILLAGE',
          levels: ['STANDARD', 'MODEL'],
          issuerPlaceId: encodeGlobalID('Province', dienBien.old),
          validFrom: '2022-01-01',
          validTo: '2025-12-31',
        },
      },
      admin,
      'id code levels issuerPlace { name }',
    );
    expect(set).toMatchObject({
      __typename: 'CreateCriteriaSetSuccess',
      data: { levels: ['STANDARD', 'MODEL'], issuerPlace: { name: 'Điện Biên' } },
    });
    const criterion = await mutate(
      'createCriterion',
      'criterion',
      {
        input: {
          setId: set.data!.id,
          number: 1,
          name: 'Roads',
          nameVi: 'Giao thông',
          groupNumber: 1,
          groupName: 'Infrastructure',
          groupNameVi: 'Hạ tầng',
          indicators: [
            { code: '1.1', name: 'Concrete village roads', nameVi: 'Đường thôn được bê tông hóa', unit: '%' },
          ],
        },
      },
      admin,
      'id number indicators { code unit }',
    );
    expect(criterion).toMatchObject({
      __typename: 'CreateCriterionSuccess',
      data: { number: 1, indicators: [{ code: '1.1', unit: '%' }] },
    });
    expect(
      await database.prisma.changeEvent.count({
        where: { entityType: { in: ['CriteriaSet', 'Criterion', 'CriterionIndicator'] }, actorKeyId: adminKeyId },
      }),
    ).toBe(3);

    const clash = await refused(() =>
      mutate(
        'createCriterion',
        'criterion',
        {
          input: {
            setId: set.data!.id,
            number: 1,
            name: 'x',
            nameVi: 'x',
            groupNumber: 1,
            groupName: 'Infrastructure',
            groupNameVi: 'Hạ tầng',
          },
        },
        admin,
      ),
    );
    expect(clash.__typename).toBe('ConflictError');
    const group = await refused(() =>
      mutate(
        'createCriterion',
        'criterion',
        {
          input: {
            setId: set.data!.id,
            number: 2,
            name: 'x',
            nameVi: 'x',
            groupNumber: 1,
            groupName: 'Other',
            groupNameVi: 'Khác',
          },
        },
        admin,
      ),
    );
    expect(group.issues).toEqual([
      { path: ['input', 'groupName'], message: expect.stringContaining('Infrastructure') },
    ]);

    const renamed = await mutate(
      'updateCriterion',
      'criterion',
      { input: { id: criterion.data!.id, name: 'Village roads' } },
      admin,
      'id name',
    );
    expect(renamed).toMatchObject({ __typename: 'UpdateCriterionSuccess', data: { name: 'Village roads' } });
    const withdrawn = await mutate(
      'updateCriterion',
      'criterion',
      { input: { id: criterion.data!.id, archived: true } },
      admin,
    );
    expect(withdrawn.__typename).toBe('UpdateCriterionSuccess');
    expect(
      (await database.prisma.criterion.findUniqueOrThrow({ where: { id: uuidOf(criterion) } })).archivedAt,
    ).not.toBeNull();
    expect(
      await database.prisma.changeEvent.count({ where: { entityId: uuidOf(criterion), action: 'archived' } }),
    ).toBe(1);

    expect((await mutate('archiveCriteriaSet', 'criteriaSet', { input: { id: set.data!.id } }, admin)).__typename).toBe(
      'ArchiveCriteriaSetSuccess',
    );
    expect(
      (await refused(() => mutate('archiveCriteriaSet', 'criteriaSet', { input: { id: set.data!.id } }, admin)))
        .__typename,
    ).toBe('ConflictError');
  });

  it('refuses editors, duplicate codes, village criteria without a province and a mismatched predecessor', async () => {
    const input = {
      code: 'NTM-COMMUNE-2021-2025',
      name: 'x',
      nameVi: 'x',
      programme: 'NEW_RURAL_DEVELOPMENT',
      appliesTo: 'COMMUNE',
      levels: ['STANDARD'],
      validFrom: '2021-01-01',
    };
    expect(
      (await refused(() => mutate('createCriteriaSet', 'criteriaSet', { input }, dienBienEditor))).__typename,
    ).toBe('ForbiddenError');
    expect((await refused(() => mutate('createCriteriaSet', 'criteriaSet', { input }, admin))).__typename).toBe(
      'ConflictError',
    );
    const district = await database.prisma.criteriaSet.findUniqueOrThrow({ where: { code: 'NTM-DISTRICT-2021-2025' } });
    const invalid = await refused(() =>
      mutate(
        'createCriteriaSet',
        'criteriaSet',
        {
          input: {
            ...input,
            code: 'village criteria',
            appliesTo: 'VILLAGE',
            levels: ['STANDARD', 'STANDARD'],
            validTo: '2020-12-31',
          },
        },
        admin,
      ),
    );
    expect(invalid.issues!.map((issue) => issue.path.join('.')).sort()).toEqual([
      'input.code',
      'input.levels',
      'input.validTo',
    ]);
    const noProvince = await refused(() =>
      mutate(
        'createCriteriaSet',
        'criteriaSet',
        { input: { ...input, code: 'VILLAGE-X', appliesTo: 'VILLAGE', programme: 'MODEL_VILLAGE' } },
        admin,
      ),
    );
    expect(noProvince.issues).toEqual([
      { path: ['input', 'issuerPlaceId'], message: expect.stringContaining('province') },
    ]);
    const predecessor = await refused(() =>
      mutate(
        'createCriteriaSet',
        'criteriaSet',
        {
          input: {
            ...input,
            code: 'NTM-COMMUNE-2031',
            validFrom: '2031-01-01',
            supersedesId: encodeGlobalID('CriteriaSet', district.id),
          },
        },
        admin,
      ),
    );
    expect(predecessor.issues).toEqual([
      { path: ['input', 'supersedesId'], message: expect.stringContaining('own programme and level') },
    ]);
  });

  it('will not shrink a set’s years below the assessments already made under it', async () => {
    const set = await database.prisma.criteriaSet.findUniqueOrThrow({ where: { code: 'NTM-COMMUNE-2021-2025' } });
    const shrunk = await refused(() =>
      mutate(
        'updateCriteriaSet',
        'criteriaSet',
        { input: { id: encodeGlobalID('CriteriaSet', set.id), validFrom: '2024-01-01' } },
        admin,
      ),
    );
    expect(shrunk.__typename).toBe('ValidationError');
    expect(shrunk.issues![0]!.message).toContain('2023');
    const renamed = await mutate(
      'updateCriteriaSet',
      'criteriaSet',
      { input: { id: encodeGlobalID('CriteriaSet', set.id), note: 'Amended by Decision 211/QĐ-TTg (2024).' } },
      admin,
      'id note code',
    );
    expect(renamed).toMatchObject({ __typename: 'UpdateCriteriaSetSuccess', data: { code: 'NTM-COMMUNE-2021-2025' } });
  });
});
