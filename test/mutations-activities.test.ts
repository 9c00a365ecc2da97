import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { foldForSearch } from '../packages/server/src/text/fold.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, query } from './support/graphql.ts';
import { fingerprint } from './support/snapshot.ts';

type Headers = Record<string, string>;

interface Outcome {
  __typename: string;
  message?: string;
  issues?: Array<{ path: string[]; message: string }>;
}

interface RecordedActivity {
  id: string;
  title: string;
  valueVnd: string | null;
  occurredOn: string;
  agency: { id: string; name: string };
  place: { id: string; name: string };
  twinning: { id: string } | null;
  items: Array<{ description: string; quantity: number | null; unit: string | null; valueVnd: string | null }>;
  partners: Array<{ agency: { name: string }; role: string; contributionVnd: string | null }>;
  criteria: Array<{ number: number }>;
}

const OUTCOME = `__typename ... on Error { message } ... on ValidationError { issues { path message } }`;
const ACTIVITY = `id title valueVnd occurredOn agency { id name } place { id name } twinning { id }
  items { description quantity unit valueVnd } partners { agency { name } role contributionVnd } criteria { number }`;

const RECORD = `mutation($input: ActivityInput!, $key: String) {
  recordActivity(input: $input, idempotencyKey: $key) { ${OUTCOME} ... on RecordActivitySuccess { activity { ${ACTIVITY} } } } }`;
const RECORD_MANY = `mutation($inputs: [ActivityInput!]!, $key: String) {
  recordActivities(input: { activities: $inputs }, idempotencyKey: $key) { ${OUTCOME} ... on RecordActivitiesSuccess { activities { id title } } } }`;
const UPDATE = `mutation($input: UpdateActivityInput!, $key: String) {
  updateActivity(input: $input, idempotencyKey: $key) { ${OUTCOME} ... on UpdateActivitySuccess { activity { ${ACTIVITY} } } } }`;
const DELETE = `mutation($id: ID!, $key: String) {
  deleteActivity(input: { id: $id }, idempotencyKey: $key) { ${OUTCOME} ... on DeleteActivitySuccess { deletedActivityId } } }`;

let database: Database;
let app: App;
const statements: string[] = [];
let admin: Headers;
let editorDienBien: Headers;
let editorForDepartment: Headers;
let viewer: Headers;

/** Global IDs as a client reads them from the API. */
const ids = {
  dongGiang: '',
  dienBienDong: '',
  dongGiangTwinning: '',
  binhThuanDepartment: '',
  dienBienDepartment: '',
  dienBienTwinning: '',
  powerCompany: '',
  schools: '',
  electricity: '',
  roadLighting: '',
};

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  app = createApp({ database });

  const places = await query(
    app,
    graphql(`query MutationsActivitiesPlace { dongGiang: place(code: "23074", asOf: "2024-01-01") { id }
       dienBienDong: place(code: "101", asOf: "2024-01-01") { id parent { id } } }`),
  );
  ids.dongGiang = places.dongGiang!.id;
  ids.dienBienDong = places.dienBienDong!.id;
  const twinnings = await query(
    app,
    graphql(`query MutationsActivitiesTwinnings($dongGiang: ID, $dienBienDong: ID) {
       dongGiang: twinnings(placeId: $dongGiang) { nodes { id agency { id } } }
       dienBien: twinnings(placeId: $dienBienDong, first: 20) { nodes { id agency { id name } } }
       set: criteriaSet(code: "NTM-COMMUNE-2021-2025") { electricity: criterion(number: 4) { id } schools: criterion(number: 5) { id } }
       needs(placeId: $dienBienDong, status: [OPEN]) { nodes { id title } } }`),
    { dongGiang: ids.dongGiang, dienBienDong: ids.dienBienDong },
  );
  ids.dongGiangTwinning = twinnings.dongGiang.nodes[0]!.id;
  ids.binhThuanDepartment = twinnings.dongGiang.nodes[0]!.agency.id;
  const department = twinnings.dienBien.nodes.find(
    (twinning) => twinning.agency.name === 'Sở Công Thương tỉnh Điện Biên',
  );
  ids.dienBienTwinning = department!.id;
  ids.dienBienDepartment = department!.agency.id;
  ids.electricity = twinnings.set!.electricity!.id;
  ids.schools = twinnings.set!.schools!.id;
  ids.roadLighting = twinnings.needs.nodes.find((need) => need.title === 'Rural road lighting')!.id;

  // An enterprise the department mobilises, registered here as a partner system would have.
  const binhThuan = await database.prisma.place.findFirstOrThrow({ where: { level: 'PROVINCE', code: '60' } });
  const company = await database.prisma.agency.create({
    data: {
      kind: 'ENTERPRISE',
      name: 'Công ty Điện lực Bình Thuận',
      nameEn: 'Bình Thuận Power Company',
      nameFolded: foldForSearch('Công ty Điện lực Bình Thuận'),
      homeProvinceId: binhThuan.id,
    },
  });
  ids.powerCompany = globalId('Agency', company.id);

  const dienBienProvince = uuid(places.dienBienDong!.parent!.id);
  admin = await apiKeyHeader(database, 'ADMIN');
  editorDienBien = await apiKeyHeader(database, 'EDITOR', { provinceIds: [dienBienProvince] });
  editorForDepartment = await apiKeyHeader(database, 'EDITOR', {
    agencyIds: [uuid(ids.binhThuanDepartment)],
  });
  viewer = await apiKeyHeader(database, 'VIEWER');
});
afterAll(() => database.close());

/** The database UUID inside a global ID ("Activity:<uuid>" in base64). */
function uuid(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

async function keyId(headers: Headers): Promise<string> {
  const prefix = headers.authorization!.split('_')[1]!;
  return (await database.prisma.apiKey.findUniqueOrThrow({ where: { prefix } })).id;
}

async function record(
  input: Record<string, unknown>,
  headers: Headers,
  key?: string,
): Promise<Outcome & { activity?: RecordedActivity }> {
  const result = await execute<{ recordActivity: Outcome & { activity?: RecordedActivity } }>(
    app,
    RECORD,
    { input, key },
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.recordActivity;
}

async function recordMany(inputs: Array<Record<string, unknown>>, headers: Headers, key?: string) {
  const result = await execute<{
    recordActivities: Outcome & { activities?: Array<{ id: string; title: string }> };
  }>(app, RECORD_MANY, { inputs, key }, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.recordActivities;
}

function daysFromToday(days: number): string {
  const vietnam = new Date(Date.now() + 7 * 3_600_000);
  return new Date(Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

/** An activity of the Điện Biên Department of Industry and Trade in Điện Biên Đông, under Decision 2072. */
function dienBienActivity(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    twinningId: ids.dienBienTwinning,
    category: 'IN_KIND_GIFT',
    title,
    occurredOn: '2024-12-20',
    valueVnd: '2000000',
    items: [{ description: 'Warm blankets', quantity: 10, unit: 'blankets', valueVnd: '2000000' }],
    ...extra,
  };
}

describe('recordActivity', () => {
  it('records a gift with its items, partner and criterion, and appends one audit row naming the key', async () => {
    const result = await record(
      {
        twinningId: ids.dongGiangTwinning,
        agencyId: ids.binhThuanDepartment,
        placeId: ids.dongGiang,
        category: 'EQUIPMENT',
        title: 'Ten computers for Đông Giang secondary school',
        occurredOn: '2024-03-10',
        valueVnd: '60000000',
        fundingSource: 'MIXED',
        beneficiaryCount: 420,
        beneficiaryDescription: 'students',
        items: [
          { description: 'Desktop computers', quantity: 10, unit: 'sets', valueVnd: '50000000' },
          { description: 'Laser printer', quantity: 1, unit: 'set', valueVnd: '5000000' },
        ],
        partners: [{ agencyId: ids.powerCompany, role: 'CO_ORGANISER', contributionVnd: '10000000' }],
        criterionIds: [ids.schools],
      },
      admin,
    );
    expect(result.__typename).toBe('RecordActivitySuccess');
    expect(result.activity).toMatchObject({
      title: 'Ten computers for Đông Giang secondary school',
      valueVnd: '60000000',
      occurredOn: '2024-03-10',
      agency: { id: ids.binhThuanDepartment },
      place: { id: ids.dongGiang },
      twinning: { id: ids.dongGiangTwinning },
      items: [
        { description: 'Desktop computers', quantity: 10, unit: 'sets', valueVnd: '50000000' },
        { description: 'Laser printer', quantity: 1, unit: 'set', valueVnd: '5000000' },
      ],
      partners: [
        { agency: { name: 'Công ty Điện lực Bình Thuận' }, role: 'CO_ORGANISER', contributionVnd: '10000000' },
      ],
      criteria: [{ number: 5 }],
    });

    const id = uuid(result.activity!.id);
    const row = await database.prisma.activity.findUniqueOrThrow({
      where: { id },
      include: { items: { orderBy: { position: 'asc' } }, partners: true, criteria: true },
    });
    expect(row).toMatchObject({
      agencyId: uuid(ids.binhThuanDepartment),
      placeId: uuid(ids.dongGiang),
      valueVnd: 60_000_000n,
      fundingSource: 'MIXED',
      beneficiaryCount: 420,
    });
    expect(row.items.map((item) => [item.position, item.description, item.valueVnd])).toEqual([
      [0, 'Desktop computers', 50_000_000n],
      [1, 'Laser printer', 5_000_000n],
    ]);
    expect(row.partners).toEqual([
      { activityId: id, agencyId: uuid(ids.powerCompany), role: 'CO_ORGANISER', contributionVnd: 10_000_000n },
    ]);
    expect(row.criteria).toEqual([{ activityId: id, criterionId: uuid(ids.schools) }]);

    const audit = await database.prisma.changeEvent.findMany({ where: { entityType: 'Activity', entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'created', actorKeyId: await keyId(admin), before: null });
    expect(audit[0]!.after).toMatchObject({
      id,
      title: 'Ten computers for Đông Giang secondary school',
      valueVnd: '60000000',
      items: [{ description: 'Desktop computers', valueVnd: '50000000' }, { description: 'Laser printer' }],
      partners: [{ agencyId: uuid(ids.powerCompany), contributionVnd: '10000000' }],
      criterionIds: [uuid(ids.schools)],
    });
  });

  it('takes the agency and the place from the twinning when only the twinning is given', async () => {
    const result = await record(
      { twinningId: ids.dongGiangTwinning, category: 'VISIT', title: 'Lunar New Year visit', occurredOn: '2024-02-05' },
      admin,
    );
    expect(result.activity).toMatchObject({
      agency: { name: 'Sở Công Thương tỉnh Bình Thuận' },
      place: { name: 'Đông Giang' },
    });
  });

  it('reports every malformed field with its path and writes nothing', async () => {
    const before = await fingerprint(database);
    const result = await record(
      {
        twinningId: ids.dongGiangTwinning,
        category: 'EQUIPMENT',
        title: '   ',
        occurredOn: '2024-03-10',
        valueVnd: '1000000000000001',
        peopleSent: -2,
        items: [{ description: 'Fans', quantity: 2.5004, valueVnd: '-1' }],
        criterionIds: [globalId('Criterion', 'not-a-uuid')],
      },
      admin,
    );
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues!.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        'input.title',
        'input.valueVnd',
        'input.peopleSent',
        'input.items.0.quantity',
        'input.items.0.valueVnd',
        'input.criterionIds.0',
      ].sort(),
    );
    expect(await fingerprint(database)).toEqual(before);
  });

  it('reports every broken rule with its path: future date, end before start, items above the value, unknown criterion', async () => {
    const before = await fingerprint(database);
    const unknownCriterion = globalId('Criterion', '019ab3c1-2f3e-7a10-8b1e-123456789abc');
    const result = await record(
      {
        agencyId: ids.binhThuanDepartment,
        placeId: ids.dongGiang,
        category: 'IN_KIND_GIFT',
        title: 'Notebooks',
        occurredOn: daysFromToday(3),
        endedOn: '2024-01-01',
        valueVnd: '1000000',
        items: [
          { description: 'Notebooks', valueVnd: '800000' },
          { description: 'Pens', valueVnd: '300000' },
        ],
        partners: [{ agencyId: ids.binhThuanDepartment }],
        criterionIds: [ids.schools, unknownCriterion],
      },
      admin,
    );
    expect(result.__typename).toBe('ValidationError');
    const issues = Object.fromEntries(result.issues!.map((issue) => [issue.path.join('.'), issue.message]));
    expect(Object.keys(issues).sort()).toEqual(
      [
        'input.occurredOn',
        // A date after 30 June 2025 is also after the commune was merged away.
        'input.placeId',
        'input.endedOn',
        'input.items',
        'input.partners.0.agencyId',
        'input.criterionIds.1',
      ].sort(),
    );
    expect(issues['input.occurredOn']).toMatch(/in the future/);
    expect(issues['input.items']).toMatch(/1,100,000 VND together, more than the activity's value of 1,000,000 VND/);
    expect(issues['input.criterionIds.1']).toBe('No criterion with this ID.');
    expect(await fingerprint(database)).toEqual(before);
  });

  it('counts the whole month a twinning started in: 5 August 2016 is inside a twinning of "August 2016", July is not', async () => {
    const inside = await record(
      { twinningId: ids.dongGiangTwinning, category: 'VISIT', title: 'First visit', occurredOn: '2016-08-05' },
      admin,
    );
    expect(inside.__typename).toBe('RecordActivitySuccess');
    const before = await fingerprint(database);
    const outside = await record(
      { twinningId: ids.dongGiangTwinning, category: 'VISIT', title: 'Earlier visit', occurredOn: '2016-07-20' },
      admin,
    );
    expect(outside.__typename).toBe('ValidationError');
    expect(outside.issues).toEqual([
      {
        path: ['input', 'occurredOn'],
        message: 'The twinning ran from 2016-08 onwards; an activity on 2016-07-20 falls outside it.',
      },
    ]);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('refuses a twinning whose agency or place is not the activity’s', async () => {
    const result = await record(
      {
        twinningId: ids.dongGiangTwinning,
        agencyId: ids.dienBienDepartment,
        placeId: ids.dienBienDong,
        category: 'VISIT',
        title: 'Visit',
        occurredOn: '2024-05-01',
      },
      admin,
    );
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues!.map((issue) => issue.path.join('.')).sort()).toEqual(['input.agencyId', 'input.placeId']);
  });

  it('refuses an activity in a unit after it was abolished in the 2025 reorganisation', async () => {
    const result = await record(
      { twinningId: ids.dongGiangTwinning, category: 'VISIT', title: 'Visit', occurredOn: '2025-09-01' },
      admin,
    );
    expect(result.issues).toEqual([
      {
        path: ['input', 'placeId'],
        message:
          'Đông Giang (commune 23074) existed until 2025-06-30, so nothing happened there on 2025-09-01; record the activity on the unit that existed then.',
      },
    ]);
  });

  it('fulfils an open need, and a fulfilled need cannot be fulfilled again', async () => {
    const first = await record(
      dienBienActivity('Solar lamps along the village road', { needId: ids.roadLighting, occurredOn: '2025-04-01' }),
      admin,
    );
    expect(first.__typename).toBe('RecordActivitySuccess');
    const need = await database.prisma.need.findUniqueOrThrow({ where: { id: uuid(ids.roadLighting) } });
    expect(need).toMatchObject({ status: 'FULFILLED', closedOn: new Date('2025-04-01T00:00:00Z') });
    const needAudit = await database.prisma.changeEvent.findMany({
      where: { entityType: 'Need', entityId: need.id },
    });
    expect(needAudit).toMatchObject([
      { action: 'updated', before: { status: 'OPEN' }, after: { status: 'FULFILLED' } },
    ]);

    const before = await fingerprint(database);
    const again = await record(
      dienBienActivity('More lamps', { needId: ids.roadLighting, occurredOn: '2025-05-01' }),
      admin,
    );
    expect(again.__typename).toBe('ValidationError');
    expect(again.issues![0]).toMatchObject({ path: ['input', 'needId'] });
    expect(again.issues![0]!.message).toMatch(
      /already fulfilled \(closed on 2025-04-01\); it cannot be fulfilled again/,
    );
    expect(await fingerprint(database)).toEqual(before);
  });
});

describe('recordActivities (all or nothing)', () => {
  it('refuses 999 good activities and 1 bad one, naming the bad one’s path, and leaves the database byte-for-byte unchanged', async () => {
    const inputs = Array.from({ length: 1000 }, (_, index) => dienBienActivity(`Blankets, batch ${index}`));
    inputs[37] = { ...inputs[37], valueVnd: '-5' };
    const before = await fingerprint(database);
    const result = await recordMany(inputs, admin, 'bulk-with-one-bad-item');
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toEqual([
      { path: ['input', 'activities', '37', 'valueVnd'], message: 'An amount cannot be negative.' },
    ]);
    const after = await fingerprint(database);
    expect(after).toEqual(before);
    expect(Object.keys(after)).toEqual(expect.arrayContaining(['Activity', 'ChangeEvent', 'IdempotencyRecord']));
  });

  it('reports every bad activity of a batch at once, shape and database rules alike', async () => {
    const inputs = Array.from({ length: 20 }, (_, index) => dienBienActivity(`Seedlings, batch ${index}`));
    inputs[3] = { ...inputs[3], title: '' };
    inputs[11] = { ...inputs[11], occurredOn: '2020-06-01' };
    inputs[17] = { ...inputs[17], criterionIds: [ids.electricity, ids.electricity] };
    const before = await fingerprint(database);
    const result = await recordMany(inputs, admin);
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues!.map((issue) => issue.path.join('.'))).toEqual([
      'input.activities.3.title',
      'input.activities.17.criterionIds.1',
      'input.activities.11.occurredOn',
    ]);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('records 1,000 valid activities in one transaction with batched statements', async () => {
    const activitiesBefore = await database.prisma.activity.count();
    const changesBefore = await database.prisma.changeEvent.count();
    const inputs = Array.from({ length: 1000 }, (_, index) =>
      dienBienActivity(`Warm clothes for household ${index}`, { criterionIds: [ids.electricity] }),
    );
    statements.length = 0;
    const started = performance.now();
    const result = await recordMany(inputs, editorDienBien, 'bulk-of-1000');
    const millis = performance.now() - started;
    console.info(`recordActivities: 1,000 activities in ${millis.toFixed(0)} ms, ${statements.length} SQL statements`);
    expect(result.__typename).toBe('RecordActivitiesSuccess');
    expect(result.activities).toHaveLength(1000);
    expect(result.activities!.map((activity) => activity.title)).toEqual(inputs.map((input) => input.title));
    expect(await database.prisma.activity.count()).toBe(activitiesBefore + 1000);
    expect(await database.prisma.changeEvent.count()).toBe(changesBefore + 1000);
    const created = result.activities!.map((activity) => uuid(activity.id));
    expect(await database.prisma.activityItem.count({ where: { activityId: { in: created } } })).toBe(1000);
    expect(await database.prisma.activityCriterion.count({ where: { activityId: { in: created } } })).toBe(1000);
    // One INSERT per table, not one per activity, all before the single COMMIT.
    const inserts = statements.flatMap((sql, index) => (sql.startsWith('INSERT INTO') ? [index] : []));
    const commits = statements.flatMap((sql, index) => (/COMMIT/.test(sql) ? [index] : []));
    expect(statements.filter((sql) => sql.startsWith('INSERT INTO "public"."Activity" '))).toHaveLength(1);
    expect(inserts).toHaveLength(5);
    expect(commits).toHaveLength(1);
    expect(Math.max(...inserts)).toBeLessThan(commits[0]!);
    expect(statements.length).toBeLessThan(40);
    expect(millis).toBeLessThan(30_000);
  });
});

describe('idempotency', () => {
  it('returns the same activity for a retried request and writes no second row nor a second audit row', async () => {
    const input = dienBienActivity('School bags for Na Son', { occurredOn: '2024-09-02' });
    const first = await record(input, admin, 'school-bags-2024');
    const retry = await record(input, admin, 'school-bags-2024');
    expect(first.__typename).toBe('RecordActivitySuccess');
    expect(retry.activity!.id).toBe(first.activity!.id);
    expect(await database.prisma.activity.count({ where: { title: 'School bags for Na Son' } })).toBe(1);
    expect(
      await database.prisma.changeEvent.count({
        where: { entityType: 'Activity', entityId: uuid(first.activity!.id) },
      }),
    ).toBe(1);
    expect(await database.prisma.idempotencyRecord.count({ where: { key: { endsWith: ':school-bags-2024' } } })).toBe(
      1,
    );
  });

  it('answers the same key with a different request with a ConflictError and writes nothing', async () => {
    const before = await fingerprint(database);
    const result = await record(
      dienBienActivity('School bags for Na Son', { occurredOn: '2024-09-02', valueVnd: '3000000' }),
      admin,
      'school-bags-2024',
    );
    expect(result.__typename).toBe('ConflictError');
    expect(result.message).toMatch(/already used for a different recordActivity request/);
    expect(await fingerprint(database)).toEqual(before);
  });
});

describe('who may write', () => {
  it('an editor scoped to Điện Biên cannot record an activity in Bình Thuận', async () => {
    const before = await fingerprint(database);
    const result = await record(
      { twinningId: ids.dongGiangTwinning, category: 'VISIT', title: 'Visit', occurredOn: '2024-05-01' },
      editorDienBien,
    );
    expect(result.__typename).toBe('ForbiddenError');
    expect(await fingerprint(database)).toEqual(before);
  });

  it('an editor scoped to Điện Biên can record an activity in Điện Biên Đông', async () => {
    const result = await record(dienBienActivity('Rice for poor households'), editorDienBien);
    expect(result.__typename).toBe('RecordActivitySuccess');
    expect(result.activity!.place.name).toBe('Điện Biên Đông');
  });

  it('an editor scoped to an agency records that agency’s activities wherever they are', async () => {
    const result = await record(
      { twinningId: ids.dongGiangTwinning, category: 'TRAINING', title: 'Trade training', occurredOn: '2024-06-12' },
      editorForDepartment,
    );
    expect(result.__typename).toBe('RecordActivitySuccess');
  });

  it('refuses anonymous callers and viewer keys, for every activity mutation', async () => {
    const before = await fingerprint(database);
    const existing = (await record(dienBienActivity('Medicine cabinet'), admin)).activity!.id;
    const afterSetup = await fingerprint(database);
    expect(afterSetup).not.toEqual(before);
    for (const headers of [{}, viewer]) {
      expect((await record(dienBienActivity('Anonymous gift'), headers)).__typename).toBe('ForbiddenError');
      expect((await recordMany([dienBienActivity('Anonymous gift')], headers)).__typename).toBe('ForbiddenError');
      const update = await execute<{ updateActivity: Outcome }>(
        app,
        UPDATE,
        { input: { id: existing, title: 'Changed' } },
        headers,
      );
      expect(update.data?.updateActivity.__typename).toBe('ForbiddenError');
      const remove = await execute<{ deleteActivity: Outcome }>(app, DELETE, { id: existing }, headers);
      expect(remove.data?.deleteActivity.__typename).toBe('ForbiddenError');
    }
    const anonymous = await record(dienBienActivity('Anonymous gift'), {});
    expect(anonymous.message).toMatch(/Writing needs an API key/);
    const reader = await record(dienBienActivity('Viewer gift'), viewer);
    expect(reader.message).toMatch(/may only read/);
    expect(await fingerprint(database)).toEqual(afterSetup);
  });
});

describe('updateActivity and deleteActivity', () => {
  it('shows who changed an activity, when, and what it was before and after in the audit trail', async () => {
    const created = (await record(dienBienActivity('Blankets for Phình Giàng'), editorDienBien)).activity!;
    const updated = await execute<{ updateActivity: Outcome & { activity?: RecordedActivity } }>(
      app,
      UPDATE,
      {
        input: {
          id: created.id,
          title: 'Blankets and warm clothes for Phình Giàng',
          valueVnd: '3500000',
          items: [
            { description: 'Warm blankets', quantity: 10, unit: 'blankets', valueVnd: '2000000' },
            { description: 'Warm clothes', quantity: 30, unit: 'sets', valueVnd: '1500000' },
          ],
        },
      },
      editorDienBien,
    );
    expect(updated.data?.updateActivity).toMatchObject({
      __typename: 'UpdateActivitySuccess',
      activity: { id: created.id, title: 'Blankets and warm clothes for Phình Giàng', valueVnd: '3500000' },
    });
    expect(updated.data?.updateActivity.activity?.items).toHaveLength(2);

    const trail = await execute(
      app,
      graphql(
        `query MutationsActivitiesChanges($id: ID) { changes(entityId: $id) { nodes { type entityId action actor occurredAt before after } } }`,
      ),
      { id: created.id },
      viewer,
    );
    const [creation, update] = trail.data!.changes.nodes;
    expect(trail.data!.changes.nodes).toHaveLength(2);
    expect(creation).toMatchObject({
      type: 'ActivityRecorded',
      entityId: created.id,
      action: 'created',
      actor: 'test editor',
      before: null,
    });
    expect(update).toMatchObject({
      type: 'ActivityUpdated',
      action: 'updated',
      actor: 'test editor',
      before: { title: 'Blankets for Phình Giàng', valueVnd: '2000000' },
      after: { title: 'Blankets and warm clothes for Phình Giàng', valueVnd: '3500000' },
    });
    expect(Date.parse(update!.occurredAt)).toBeGreaterThanOrEqual(Date.parse(creation!.occurredAt));
    expect((update!.before!.items as unknown[]).length).toBe(1);
    expect((update!.after!.items as unknown[]).length).toBe(2);

    const anonymous = await execute(app, graphql(`query MutationsActivitiesChanges2 { changes { nodes { action } } }`));
    expect(anonymous.errors?.length).toBeGreaterThan(0);
  });

  it('refuses an update that breaks a rule, clears a required field, or moves the activity out of the editor’s provinces', async () => {
    const created = (await record(dienBienActivity('Rice'), editorDienBien)).activity!;
    const before = await fingerprint(database);
    const broken = await execute<{ updateActivity: Outcome }>(
      app,
      UPDATE,
      { input: { id: created.id, title: null, endedOn: '2024-01-01', valueVnd: '1000' } },
      editorDienBien,
    );
    expect(broken.data?.updateActivity.__typename).toBe('ValidationError');
    expect(broken.data?.updateActivity.issues?.map((issue) => issue.path.join('.'))).toEqual(['input.title']);
    const rules = await execute<{ updateActivity: Outcome }>(
      app,
      UPDATE,
      { input: { id: created.id, endedOn: '2024-01-01', valueVnd: '1000' } },
      editorDienBien,
    );
    expect(rules.data?.updateActivity.issues?.map((issue) => issue.path.join('.'))).toEqual([
      'input.endedOn',
      'input.items',
    ]);
    const moved = await execute<{ updateActivity: Outcome }>(
      app,
      UPDATE,
      { input: { id: created.id, twinningId: ids.dongGiangTwinning } },
      editorDienBien,
    );
    expect(moved.data?.updateActivity.__typename).toBe('ForbiddenError');
    expect(await fingerprint(database)).toEqual(before);
  });

  it('deletes an activity with its items, keeps it in the audit trail, and answers a retried delete with the same ID', async () => {
    const created = (await record(dienBienActivity('Duplicate entry'), admin)).activity!;
    const id = uuid(created.id);
    const removed = await execute<{ deleteActivity: Outcome & { deletedActivityId?: string } }>(
      app,
      DELETE,
      { id: created.id, key: 'delete-duplicate' },
      admin,
    );
    expect(removed.data?.deleteActivity).toEqual({
      __typename: 'DeleteActivitySuccess',
      deletedActivityId: created.id,
    });
    expect(await database.prisma.activity.findUnique({ where: { id } })).toBeNull();
    expect(await database.prisma.activityItem.count({ where: { activityId: id } })).toBe(0);
    const audit = await database.prisma.changeEvent.findFirstOrThrow({
      where: { entityType: 'Activity', entityId: id, action: 'deleted' },
    });
    expect(audit).toMatchObject({ actorKeyId: await keyId(admin), after: null, before: { title: 'Duplicate entry' } });

    const before = await fingerprint(database);
    const retried = await execute<{ deleteActivity: { deletedActivityId?: string } }>(
      app,
      DELETE,
      { id: created.id, key: 'delete-duplicate' },
      admin,
    );
    expect(retried.data?.deleteActivity.deletedActivityId).toBe(created.id);
    const again = await execute<{ deleteActivity: Outcome }>(app, DELETE, { id: created.id }, admin);
    expect(again.data?.deleteActivity.__typename).toBe('NotFoundError');
    expect(await fingerprint(database)).toEqual(before);
  });
});

describe('totals after writes', () => {
  it('Đông Giang’s masks still total 16,800,000 VND after the unrelated writes above', async () => {
    const data = await query(
      app,
      graphql(
        `query MutationsActivitiesActivities($place: ID) { activities(placeId: $place, category: [HEALTH], first: 50) { nodes { title valueVnd } } }`,
      ),
      { place: ids.dongGiang },
    );
    expect(data.activities.nodes.map((activity) => activity.title).sort()).toEqual([
      '1,500 masks donated by mobilised enterprises',
      '600 antibacterial cloth masks',
    ]);
    expect(data.activities.nodes.reduce((sum, activity) => sum + BigInt(activity.valueVnd!), 0n)).toBe(16_800_000n);
  });
});
