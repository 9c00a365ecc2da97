import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import type { Place } from '../packages/server/src/generated/prisma/client.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';
import { fingerprint, refusedWithoutChange } from './support/snapshot.ts';

let database: Database;
let app: App;
let admin: Record<string, string>;
let viewer: Record<string, string>;
let binhThuanEditor: Record<string, string>;
let dienBienEditor: Record<string, string>;
let ninhThuanEditor: Record<string, string>;
let dongGiang: Place;
let currentDongGiang: Place;
let ninhThuan: Place;
let electricity: { id: string; indicatorId: string };
let foreignIndicatorId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
  admin = await apiKeyHeader(database, 'ADMIN');
  viewer = await apiKeyHeader(database, 'VIEWER');
  const db = database.prisma;
  dongGiang = await db.place.findFirstOrThrow({ where: { code: '23074', validFrom: null } });
  currentDongGiang = await db.place.findFirstOrThrow({ where: { code: '23074', validFrom: { not: null } } });
  ninhThuan = await db.place.findFirstOrThrow({ where: { level: 'PROVINCE', code: '58' } });
  const province = (code: string) => db.place.findFirstOrThrow({ where: { level: 'PROVINCE', code, validFrom: null } });
  binhThuanEditor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [(await province('60')).id] });
  dienBienEditor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [(await province('11')).id] });
  ninhThuanEditor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [ninhThuan.id] });
  const criterion4 = await db.criterion.findFirstOrThrow({
    where: { number: 4, set: { code: 'NTM-COMMUNE-2021-2025' } },
    include: { indicators: true },
  });
  electricity = { id: criterion4.id, indicatorId: criterion4.indicators[0]!.id };
  const criterion5 = await db.criterion.findFirstOrThrow({
    where: { number: 5, set: { code: 'NTM-COMMUNE-2021-2025' } },
  });
  foreignIndicatorId = (
    await db.criterionIndicator.create({
      data: {
        criterionId: criterion5.id,
        code: '5.1',
        name: 'Schools meeting standards',
        nameVi: 'Trường đạt chuẩn',
        unit: '%',
      },
    })
  ).id;
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
const paths = (payload: Payload) => payload.issues!.map((issue) => issue.path.join('.')).sort();

async function mutate(
  field: string,
  dataField: string,
  input: unknown,
  headers: Record<string, string>,
  select = 'id',
  idempotencyKey?: string,
): Promise<Payload> {
  const name = `${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  const result = await execute<{ result: Payload }>(
    app,
    `mutation($input: ${name}Input!, $key: String) { result: ${field}(input: $input, idempotencyKey: $key) { __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on ${name}Success { data: ${dataField} { ${select} } } } }`,
    { input, key: idempotencyKey },
    headers,
  );
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data!.result;
}

const refused = (write: () => Promise<Payload>) => refusedWithoutChange(database, write);

describe('setAssessment', () => {
  const assessment = (overrides: Record<string, unknown> = {}) => ({
    placeId: encodeGlobalID('Commune', dongGiang.id),
    criterionId: encodeGlobalID('Criterion', electricity.id),
    year: 2023,
    status: 'BASICALLY_MET',
    evidence: '98.5% of households use electricity safely',
    assessedOn: '2024-01-15',
    indicatorValues: [
      { indicatorId: encodeGlobalID('CriterionIndicator', electricity.indicatorId), value: 98.5, met: false },
    ],
    ...overrides,
  });

  it('an editor of Bình Thuận replaces Đông Giang’s 2023 electricity assessment in place, indicator values included', async () => {
    const seeded = await database.prisma.criterionAssessment.findFirstOrThrow({
      where: { placeId: dongGiang.id, year: 2023 },
    });
    const payload = await mutate(
      'setAssessment',
      'assessment',
      assessment(),
      binhThuanEditor,
      'id status evidence level values { value met indicator { code } }',
    );
    expect(payload).toMatchObject({
      __typename: 'SetAssessmentSuccess',
      data: {
        status: 'BASICALLY_MET',
        level: 'STANDARD',
        values: [{ value: 98.5, met: false, indicator: { code: '4.2' } }],
      },
    });
    expect(uuidOf(payload)).toBe(seeded.id);
    expect(await database.prisma.criterionAssessment.count({ where: { placeId: dongGiang.id, year: 2023 } })).toBe(1);
    const change = await database.prisma.changeEvent.findFirstOrThrow({ where: { entityId: seeded.id } });
    expect(change).toMatchObject({ entityType: 'CriterionAssessment', action: 'updated' });
    expect(change.before).toMatchObject({ status: 'MET' });
    expect(change.after).toMatchObject({ status: 'BASICALLY_MET', values: [{ value: '98.5', met: false }] });
  });

  it('creates a new assessment for another year and level, and a retry with its key writes nothing more', async () => {
    const input = assessment({ year: 2024, level: 'ADVANCED', status: 'NOT_MET', indicatorValues: [] });
    const first = await mutate('setAssessment', 'assessment', input, admin, 'id', 'dong-giang-2024-advanced');
    expect(first.__typename).toBe('SetAssessmentSuccess');
    const before = await fingerprint(database);
    const retry = await mutate('setAssessment', 'assessment', input, admin, 'id', 'dong-giang-2024-advanced');
    expect(retry.data!.id).toBe(first.data!.id);
    expect(await fingerprint(database)).toEqual(before);
    expect(await database.prisma.changeEvent.count({ where: { entityId: uuidOf(first), action: 'created' } })).toBe(1);
  });

  it('refuses a year outside the set, a level it does not know and an indicator of another criterion, together', async () => {
    const payload = await refused(() =>
      mutate(
        'setAssessment',
        'assessment',
        assessment({
          year: 2019,
          assessedOn: null,
          level: 'MODEL',
          indicatorValues: [{ indicatorId: encodeGlobalID('CriterionIndicator', foreignIndicatorId), value: 80 }],
        }),
        admin,
      ),
    );
    expect(paths(payload)).toEqual(['input.indicatorValues.0.indicatorId', 'input.level', 'input.year']);
  });

  it('refuses MET over an unmet indicator, an indicator given twice, and an assessment dated before its year', async () => {
    const indicator = {
      indicatorId: encodeGlobalID('CriterionIndicator', electricity.indicatorId),
      value: 90,
      met: false,
    };
    const payload = await refused(() =>
      mutate(
        'setAssessment',
        'assessment',
        assessment({ status: 'MET', assessedOn: '2022-12-31', indicatorValues: [indicator, indicator] }),
        admin,
      ),
    );
    expect(paths(payload)).toEqual([
      'input.assessedOn',
      'input.indicatorValues.0.met',
      'input.indicatorValues.1.indicatorId',
      'input.indicatorValues.1.met',
    ]);
  });

  it('refuses a commune criterion for a district, a unit that did not exist that year, and an unknown criterion', async () => {
    const district = await database.prisma.place.findFirstOrThrow({ where: { level: 'DISTRICT', code: '101' } });
    const wrongLevel = await refused(() =>
      mutate(
        'setAssessment',
        'assessment',
        assessment({ placeId: encodeGlobalID('District', district.id), indicatorValues: [] }),
        admin,
      ),
    );
    expect(wrongLevel.issues).toEqual([
      { path: ['input', 'criterionId'], message: expect.stringContaining('measures communes') },
    ]);
    const notYet = await refused(() =>
      mutate(
        'setAssessment',
        'assessment',
        assessment({ placeId: currentDongGiang.id, year: 2024, assessedOn: null }),
        admin,
      ),
    );
    expect(notYet.issues).toEqual([{ path: ['input', 'placeId'], message: expect.stringContaining('2025-07-01') }]);
    const unknown = await refused(() =>
      mutate(
        'setAssessment',
        'assessment',
        assessment({ criterionId: encodeGlobalID('Criterion', '0190a0a0-0000-7000-8000-000000000000') }),
        admin,
      ),
    );
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', entity: 'Criterion' });
  });

  it('an editor of Điện Biên and a viewer cannot assess Đông Giang', async () => {
    expect((await refused(() => mutate('setAssessment', 'assessment', assessment(), dienBienEditor))).__typename).toBe(
      'ForbiddenError',
    );
    expect((await refused(() => mutate('setAssessment', 'assessment', assessment(), viewer))).__typename).toBe(
      'ForbiddenError',
    );
  });
});

describe('recognitions (Decision 18/2022/QĐ-TTg)', () => {
  let kyAnhDecision: string;
  let kyAnhRecognition: string;

  beforeAll(async () => {
    kyAnhDecision = (
      await database.prisma.document.create({
        data: {
          number: '456/QĐ-TTg',
          numberFolded: '456/qd-ttg',
          kind: 'DECISION',
          issuer: 'Thủ tướng Chính phủ',
          issuedOn: new Date('2024-05-10'),
          title: 'Công nhận huyện Kỳ Anh, tỉnh Hà Tĩnh đạt chuẩn nông thôn mới năm 2023',
        },
      })
    ).id;
  });

  it('recognising Kỳ Anh, which had applied, completes its application with the decision’s date', async () => {
    const kyAnh = await database.prisma.recognition.findFirstOrThrow({
      where: { status: 'APPLIED', place: { name: 'Kỳ Anh' } },
    });
    const payload = await mutate(
      'recordRecognition',
      'recognition',
      {
        placeId: kyAnh.placeId,
        level: 'STANDARD',
        status: 'RECOGNISED',
        year: 2023,
        decidedBy: 'Prime Minister',
        decisionId: encodeGlobalID('Document', kyAnhDecision),
      },
      admin,
      'id status recognisedOn decidedBy decision { number }',
    );
    expect(payload).toMatchObject({
      __typename: 'RecordRecognitionSuccess',
      data: {
        status: 'RECOGNISED',
        recognisedOn: '2024-05-10',
        decidedBy: 'Prime Minister',
        decision: { number: '456/QĐ-TTg' },
      },
    });
    kyAnhRecognition = uuidOf(payload);
    expect(kyAnhRecognition).toBe(kyAnh.id);
    expect(await database.prisma.recognition.count({ where: { placeId: kyAnh.placeId } })).toBe(1);
    const change = await database.prisma.changeEvent.findFirstOrThrow({ where: { entityId: kyAnh.id } });
    expect(change).toMatchObject({ action: 'updated', before: expect.objectContaining({ status: 'APPLIED' }) });

    const twice = await refused(() =>
      mutate(
        'recordRecognition',
        'recognition',
        { placeId: kyAnh.placeId, level: 'STANDARD', status: 'RECOGNISED', year: 2024, decisionId: kyAnhDecision },
        admin,
      ),
    );
    expect(twice).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('already recognised'),
    });
  });

  it('records Đông Giang’s application for advanced NTM once', async () => {
    const input = { placeId: dongGiang.id, level: 'ADVANCED', status: 'APPLIED', year: 2024 };
    const payload = await mutate('recordRecognition', 'recognition', input, binhThuanEditor, 'id status programme');
    expect(payload).toMatchObject({
      __typename: 'RecordRecognitionSuccess',
      data: { status: 'APPLIED', programme: 'NEW_RURAL_DEVELOPMENT' },
    });
    expect(await database.prisma.changeEvent.count({ where: { entityId: uuidOf(payload), action: 'created' } })).toBe(
      1,
    );
    expect((await refused(() => mutate('recordRecognition', 'recognition', input, admin))).__typename).toBe(
      'ConflictError',
    );
    expect((await refused(() => mutate('recordRecognition', 'recognition', input, dienBienEditor))).__typename).toBe(
      'ForbiddenError',
    );
  });

  it('refuses a recognition without its decision, a revocation recorded here, and a level no criteria set knows', async () => {
    const shape = await refused(() =>
      mutate(
        'recordRecognition',
        'recognition',
        { placeId: dongGiang.id, level: 'STANDARD', status: 'REVOKED', year: 2023 },
        admin,
      ),
    );
    expect(paths(shape)).toEqual(['input.status']);
    const noDecision = await refused(() =>
      mutate(
        'recordRecognition',
        'recognition',
        { placeId: dongGiang.id, level: 'MODEL', status: 'RECOGNISED', year: 2023 },
        admin,
      ),
    );
    expect(paths(noDecision)).toEqual(['input.decisionId']);
    const district = await database.prisma.place.findFirstOrThrow({ where: { level: 'DISTRICT', code: '101' } });
    const noSet = await refused(() =>
      mutate(
        'recordRecognition',
        'recognition',
        {
          placeId: district.id,
          level: 'MODEL',
          status: 'RECOGNISED',
          year: 2023,
          decisionId: kyAnhDecision,
          recognisedOn: '2024-01-02',
        },
        admin,
      ),
    );
    expect(paths(noSet)).toEqual(['input.level', 'input.recognisedOn']);
  });

  it('revokes Lộc Hà’s recognition by its own decision, with the reason; the record stays, marked REVOKED', async () => {
    const locHa = await database.prisma.recognition.findFirstOrThrow({
      where: { status: 'RECOGNISED', place: { name: 'Lộc Hà' } },
    });
    const revocation = await database.prisma.document.create({
      data: {
        number: '789/QĐ-TTg',
        numberFolded: '789/qd-ttg',
        kind: 'DECISION',
        issuer: 'Thủ tướng Chính phủ',
        issuedOn: new Date('2025-03-01'),
        title: 'Thu hồi',
      },
    });
    const input = {
      id: encodeGlobalID('Recognition', locHa.id),
      revokedOn: '2025-03-15',
      documentId: revocation.id,
      reason: 'Criteria no longer met after the 2024 review.',
    };
    const payload = await mutate(
      'revokeRecognition',
      'recognition',
      input,
      admin,
      'id status revokedOn revocationReason revocationDocument { number }',
    );
    expect(payload).toMatchObject({
      __typename: 'RevokeRecognitionSuccess',
      data: { status: 'REVOKED', revokedOn: '2025-03-15', revocationDocument: { number: '789/QĐ-TTg' } },
    });
    const row = await database.prisma.recognition.findUniqueOrThrow({ where: { id: locHa.id } });
    expect(row).toMatchObject({
      status: 'REVOKED',
      revocationDocumentId: revocation.id,
      revocationReason: input.reason,
    });
    expect(await database.prisma.changeEvent.count({ where: { entityId: locHa.id, entityType: 'Recognition' } })).toBe(
      1,
    );
    expect((await refused(() => mutate('revokeRecognition', 'recognition', input, admin))).__typename).toBe(
      'ConflictError',
    );
  });

  it('refuses to revoke an application, by the granting decision, before the grant, or without a reason', async () => {
    const application = await database.prisma.recognition.findFirstOrThrow({
      where: { status: 'APPLIED', placeId: dongGiang.id },
    });
    const revocation = { revokedOn: '2025-01-01', documentId: kyAnhDecision, reason: 'x' };
    const applied = await refused(() =>
      mutate('revokeRecognition', 'recognition', { ...revocation, id: application.id }, admin),
    );
    expect(applied).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('application') });
    const rules = await refused(() =>
      mutate(
        'revokeRecognition',
        'recognition',
        { id: kyAnhRecognition, revokedOn: '2024-01-01', documentId: kyAnhDecision, reason: 'x' },
        admin,
      ),
    );
    expect(paths(rules)).toEqual(['input.documentId', 'input.revokedOn', 'input.revokedOn']);
    const reasonless = await refused(() =>
      mutate(
        'revokeRecognition',
        'recognition',
        { ...revocation, id: kyAnhRecognition, reason: '  ', revokedOn: '2099-01-01' },
        admin,
      ),
    );
    expect(paths(reasonless)).toEqual(['input.reason', 'input.revokedOn']);
    const unknown = await refused(() =>
      mutate('revokeRecognition', 'recognition', { ...revocation, id: '0190a0a0-0000-7000-8000-000000000000' }, admin),
    );
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', entity: 'Recognition' });
    expect(
      (
        await refused(() =>
          mutate('revokeRecognition', 'recognition', { ...revocation, id: kyAnhRecognition }, binhThuanEditor),
        )
      ).__typename,
    ).toBe('ForbiddenError');
  });
});

describe('upsertIndicatorObservation', () => {
  it('replaces Ninh Thuận’s 2023 poverty rate and adds 2024; an editor of Ninh Thuận may', async () => {
    const seeded = await database.prisma.indicatorObservation.findFirstOrThrow({
      where: { placeId: ninhThuan.id, year: 2023, indicator: { code: 'POVERTY_RATE' } },
    });
    const updated = await mutate(
      'upsertIndicatorObservation',
      'observation',
      {
        placeId: encodeGlobalID('Province', ninhThuan.id),
        indicatorCode: 'POVERTY_RATE',
        year: 2023,
        value: 4.2,
        qualifier: 'ABOUT',
        source: 'Sở LĐ-TB&XH Ninh Thuận',
      },
      ninhThuanEditor,
      'id value qualifier source',
    );
    expect(updated).toMatchObject({
      __typename: 'UpsertIndicatorObservationSuccess',
      data: { value: 4.2, qualifier: 'ABOUT' },
    });
    expect(uuidOf(updated)).toBe(seeded.id);
    const change = await database.prisma.changeEvent.findFirstOrThrow({ where: { entityId: seeded.id } });
    expect(change).toMatchObject({ action: 'updated', before: expect.objectContaining({ value: '4.21' }) });
    const created = await mutate(
      'upsertIndicatorObservation',
      'observation',
      { placeId: ninhThuan.id, indicatorCode: 'POVERTY_RATE', year: 2024, value: 3.1 },
      ninhThuanEditor,
      'id value qualifier year',
    );
    expect(created).toMatchObject({ data: { value: 3.1, qualifier: 'EXACT', year: 2024 } });
    expect(
      await database.prisma.indicatorObservation.count({
        where: { placeId: ninhThuan.id, indicator: { code: 'POVERTY_RATE' } },
      }),
    ).toBe(2);
  });

  it('refuses a rate above 100%, a year after the province ceased, an unknown indicator and other provinces’ editors', async () => {
    const invalid = await refused(() =>
      mutate(
        'upsertIndicatorObservation',
        'observation',
        { placeId: ninhThuan.id, indicatorCode: 'NEAR_POOR_RATE', year: 2026, value: 120 },
        admin,
      ),
    );
    expect(paths(invalid)).toEqual(['input.value', 'input.year']);
    const unknown = await refused(() =>
      mutate(
        'upsertIndicatorObservation',
        'observation',
        { placeId: ninhThuan.id, indicatorCode: 'HAPPINESS', year: 2023, value: 1 },
        admin,
      ),
    );
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', entity: 'Indicator' });
    const input = { placeId: ninhThuan.id, indicatorCode: 'POVERTY_RATE', year: 2022, value: 5 };
    expect(
      (await refused(() => mutate('upsertIndicatorObservation', 'observation', input, binhThuanEditor))).__typename,
    ).toBe('ForbiddenError');
    expect((await refused(() => mutate('upsertIndicatorObservation', 'observation', input, viewer))).__typename).toBe(
      'ForbiddenError',
    );
    expect((await refused(() => mutate('upsertIndicatorObservation', 'observation', input, {}))).__typename).toBe(
      'ForbiddenError',
    );
  });
});
