import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { ConflictError } from '../packages/server/src/errors.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import type { Viewer } from '../packages/server/src/viewer.ts';
import { runWrite, type WriteContext } from '../packages/server/src/write.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';

/**
 * A partner's client times out and retries the same mutation with the same idempotency key many
 * times at once (a retry storm). Every copy must get the first copy's answer, and the write must
 * happen exactly once: one transaction's changes in the outbox, one idempotency record, and
 * nothing more written by a later retry.
 */
const COPIES = 16;

let database: Database;
let app: App;
let admin: Record<string, string>;
const ids = {
  dongGiang: '',
  currentDongGiang: '',
  twinning: '',
  agency: '',
  otherAgency: '',
  electricity: '',
  ntmSet: '',
  recognitionToRevoke: '',
  revocationDecision: '',
};

/** pg's warnings for a statement sent on a connection still busy with another (pg 9 refuses them). */
const busyConnectionWarnings: string[] = [];
const onWarning = (warning: Error) => {
  if (warning.message.includes('already executing a query')) busyConnectionWarnings.push(warning.message);
};

beforeAll(async () => {
  process.on('warning', onWarning);
  database = await createTestDatabase();
  app = createApp({ database });
  admin = await apiKeyHeader(database, 'ADMIN');
  const db = database.prisma;
  ids.dongGiang = (await db.place.findFirstOrThrow({ where: { code: '23074', validFrom: null } })).id;
  ids.currentDongGiang = (await db.place.findFirstOrThrow({ where: { code: '23074', validFrom: { not: null } } })).id;
  const twinning = await db.twinning.findFirstOrThrow({ where: { placeId: ids.dongGiang }, orderBy: { id: 'asc' } });
  ids.twinning = twinning.id;
  ids.agency = twinning.agencyId;
  ids.otherAgency = (
    await db.agency.findFirstOrThrow({
      where: { id: { not: twinning.agencyId }, archivedAt: null },
      orderBy: { id: 'asc' },
    })
  ).id;
  const electricity = await db.criterion.findFirstOrThrow({
    where: { number: 4, set: { code: 'NTM-COMMUNE-2021-2025' } },
  });
  ids.electricity = electricity.id;
  ids.ntmSet = electricity.setId;
  ids.recognitionToRevoke = (
    await db.recognition.findFirstOrThrow({ where: { status: 'RECOGNISED', place: { name: 'Lộc Hà' } } })
  ).id;
  ids.revocationDecision = (
    await db.document.create({
      data: {
        number: '901/QĐ-TTg',
        numberFolded: '901/qd-ttg',
        kind: 'DECISION',
        issuer: 'Thủ tướng Chính phủ',
        issuedOn: new Date('2025-03-01'),
        title: 'Thu hồi',
      },
    })
  ).id;
});
afterAll(async () => {
  process.off('warning', onWarning);
  await database?.close();
});

interface Mutation {
  /** The field, e.g. `deleteActivity`. */
  field: string;
  /** Variable declarations and arguments besides the key, e.g. `$id: ID!` and `id: $id`. */
  declare: string;
  pass: string;
  variables: Record<string, unknown>;
  /** What the success shows; compared across every copy. */
  success: string;
}

interface Outcome {
  __typename: string;
  message?: string;
  [field: string]: unknown;
}

const input = (type: string) => ({ declare: `$input: ${type}!`, pass: 'input: $input' });

async function send(mutation: Mutation, key: string): Promise<Outcome> {
  const name = `${mutation.field.charAt(0).toUpperCase()}${mutation.field.slice(1)}`;
  const result = await execute<{ result: Outcome }>(
    app,
    `mutation(${mutation.declare}, $key: String) { result: ${mutation.field}(${mutation.pass}, idempotencyKey: $key) {
      __typename ... on Error { message } ... on ${name}Success { ${mutation.success} } } }`,
    { ...mutation.variables, key },
    admin,
  );
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.result;
}

async function newestSequence(): Promise<bigint> {
  const newest = await database.prisma.changeEvent.findFirst({
    orderBy: { sequence: 'desc' },
    select: { sequence: true },
  });
  return newest?.sequence ?? 0n;
}

/**
 * Sends COPIES copies of one mutation with one key at once; every copy must succeed with the same
 * answer, and the changes recorded since must come from one transaction (PostgreSQL's now() is
 * the transaction's start, so one write's changes share one `occurredAt`). Returns the answer.
 */
async function retryStorm(mutation: Mutation, { recordsChanges = true } = {}): Promise<Outcome> {
  const key = randomUUID();
  const since = await newestSequence();
  const outcomes = await Promise.all(Array.from({ length: COPIES }, () => send(mutation, key)));
  const first = outcomes[0]!;
  expect(first.__typename, JSON.stringify(first)).toMatch(/Success$/);
  for (const outcome of outcomes) expect(outcome).toEqual(first);

  const changes = await database.prisma.changeEvent.findMany({
    where: { sequence: { gt: since } },
    select: { occurredAt: true, type: true, entityId: true },
  });
  if (recordsChanges) {
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((change) => change.occurredAt.toISOString())).size, JSON.stringify(changes)).toBe(1);
  } else {
    expect(changes).toEqual([]);
  }
  const records = await database.prisma.idempotencyRecord.count({
    where: { key: { endsWith: `:${mutation.field}:${key}` } },
  });
  expect(records).toBe(1);

  // A retry arriving long after gets the same answer and records nothing more.
  const settled = await newestSequence();
  expect(await send(mutation, key)).toEqual(first);
  expect(await newestSequence()).toBe(settled);
  expect(
    await database.prisma.idempotencyRecord.count({ where: { key: { endsWith: `:${mutation.field}:${key}` } } }),
  ).toBe(1);
  return first;
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const OUTCOME_ID = (field: string) => `${field} { id }`;

describe(`${COPIES} concurrent copies of one mutation with one idempotency key get the first answer, and it is written once`, () => {
  const activity = (title: string) => ({
    twinningId: gid('Twinning', ids.twinning),
    category: 'VISIT',
    title,
    occurredOn: '2024-02-05',
    valueVnd: '1000000',
  });

  async function recordedActivity(title: string): Promise<string> {
    const recorded = await send(
      {
        field: 'recordActivity',
        ...input('ActivityInput'),
        variables: { input: activity(title) },
        success: 'activity { id }',
      },
      randomUUID(),
    );
    return (recorded.activity as { id: string }).id;
  }

  it('activities: record, record in bulk, update, delete', async () => {
    const recorded = await retryStorm({
      field: 'recordActivity',
      ...input('ActivityInput'),
      variables: { input: activity('Retry storm: one visit') },
      success: 'activity { id title }',
    });
    const activityId = (recorded.activity as { id: string }).id;
    expect(await database.prisma.activity.count({ where: { title: 'Retry storm: one visit' } })).toBe(1);

    await retryStorm({
      field: 'recordActivities',
      ...input('RecordActivitiesInput'),
      variables: { input: { activities: [activity('Retry storm: bulk 1'), activity('Retry storm: bulk 2')] } },
      success: 'activities { id }',
    });
    expect(await database.prisma.activity.count({ where: { title: { startsWith: 'Retry storm: bulk' } } })).toBe(2);

    await retryStorm({
      field: 'updateActivity',
      ...input('UpdateActivityInput'),
      variables: { input: { id: activityId, title: 'Retry storm: renamed' } },
      success: 'activity { id title }',
    });

    const deleted = await retryStorm({
      field: 'deleteActivity',
      ...input('DeleteActivityInput'),
      variables: { input: { id: await recordedActivity('Retry storm: to delete') } },
      success: 'deletedActivityId',
    });
    expect(deleted.deletedActivityId).toBeTruthy();
    expect(await database.prisma.activity.count({ where: { title: 'Retry storm: to delete' } })).toBe(0);
  });

  it('twinnings: assign, end', async () => {
    const assigned = await retryStorm({
      field: 'assignTwinning',
      ...input('AssignTwinningInput'),
      variables: {
        input: {
          agencyId: gid('Agency', ids.otherAgency),
          placeId: gid('Commune', ids.dongGiang),
          relation: 'HELP',
          startsOn: '2023-01-10',
        },
      },
      success: OUTCOME_ID('twinning'),
    });
    expect(await database.prisma.twinning.count({ where: { agencyId: ids.otherAgency, placeId: ids.dongGiang } })).toBe(
      1,
    );
    await retryStorm({
      field: 'endTwinning',
      ...input('EndTwinningInput'),
      variables: {
        input: { id: (assigned.twinning as { id: string }).id, endsOn: '2024-12-31', reason: 'Programme finished' },
      },
      success: 'twinning { id status endsOn }',
    });
  });

  it('needs: open, pledge, fulfil; open and cancel', async () => {
    const need = (title: string) => ({
      placeId: gid('Commune', ids.dongGiang),
      category: 'INFRASTRUCTURE',
      title,
      requestedOn: '2024-01-15',
      estimatedValueVnd: '200000000',
    });
    const opened = await retryStorm({
      field: 'openNeed',
      ...input('OpenNeedInput'),
      variables: { input: need('Retry storm: a bridge') },
      success: 'need { id status }',
    });
    expect(await database.prisma.need.count({ where: { title: 'Retry storm: a bridge' } })).toBe(1);
    const needId = (opened.need as { id: string }).id;
    await retryStorm({
      field: 'pledgeNeed',
      ...input('PledgeNeedInput'),
      variables: { input: { needId, agencyId: gid('Agency', ids.agency) } },
      success: 'need { id status }',
    });
    await retryStorm({
      field: 'markNeedFulfilled',
      ...input('MarkNeedFulfilledInput'),
      variables: { input: { needId, activityIds: [await recordedActivity('Retry storm: the bridge built')] } },
      success: 'need { id status }',
    });

    const another = await send(
      {
        field: 'openNeed',
        ...input('OpenNeedInput'),
        variables: { input: need('Retry storm: a well') },
        success: 'need { id }',
      },
      randomUUID(),
    );
    await retryStorm({
      field: 'cancelNeed',
      ...input('CancelNeedInput'),
      variables: { input: { needId: (another.need as { id: string }).id, reason: 'Built by the district' } },
      success: 'need { id status }',
    });
  });

  it('assessments, recognitions (record, revoke) and indicator observations', async () => {
    await retryStorm({
      field: 'setAssessment',
      ...input('SetAssessmentInput'),
      variables: {
        input: {
          placeId: gid('Commune', ids.dongGiang),
          criterionId: gid('Criterion', ids.electricity),
          year: 2022,
          status: 'MET',
          assessedOn: '2023-01-15',
        },
      },
      success: 'assessment { id status }',
    });
    await retryStorm({
      field: 'recordRecognition',
      ...input('RecordRecognitionInput'),
      variables: {
        input: { placeId: gid('Commune', ids.dongGiang), level: 'ADVANCED', status: 'APPLIED', year: 2024 },
      },
      success: 'recognition { id status }',
    });
    await retryStorm({
      field: 'revokeRecognition',
      ...input('RevokeRecognitionInput'),
      variables: {
        input: {
          id: gid('Recognition', ids.recognitionToRevoke),
          revokedOn: '2025-03-15',
          documentId: gid('Document', ids.revocationDecision),
          reason: 'Criteria no longer met.',
        },
      },
      success: 'recognition { id status }',
    });
    await retryStorm({
      field: 'upsertIndicatorObservation',
      ...input('UpsertIndicatorObservationInput'),
      variables: {
        input: { placeId: gid('Commune', ids.dongGiang), indicatorCode: 'POVERTY_RATE', year: 2019, value: 12.5 },
      },
      success: 'observation { id value }',
    });
  });

  it('agencies: create, update, archive', async () => {
    const created = await retryStorm({
      field: 'createAgency',
      ...input('CreateAgencyInput'),
      variables: { input: { name: 'Retry storm cooperative', kind: 'ENTERPRISE' } },
      success: OUTCOME_ID('agency'),
    });
    expect(await database.prisma.agency.count({ where: { name: 'Retry storm cooperative' } })).toBe(1);
    const id = (created.agency as { id: string }).id;
    await retryStorm({
      field: 'updateAgency',
      ...input('UpdateAgencyInput'),
      variables: { input: { id, nameEn: 'Retry storm co-op' } },
      success: 'agency { id nameEn }',
    });
    await retryStorm({
      field: 'archiveAgency',
      ...input('ArchiveAgencyInput'),
      variables: { input: { id } },
      success: OUTCOME_ID('agency'),
    });
  });

  it('documents (defineWrite) and reference data: criteria, places', async () => {
    const document = await retryStorm({
      field: 'createDocument',
      ...input('CreateDocumentInput'),
      variables: { input: { number: '77/KH-UBND', kind: 'PLAN', issuer: 'UBND tỉnh Lâm Đồng', title: 'Kế hoạch' } },
      success: OUTCOME_ID('document'),
    });
    await retryStorm({
      field: 'updateDocument',
      ...input('UpdateDocumentInput'),
      variables: { input: { id: (document.document as { id: string }).id, note: 'Kế hoạch thực hiện' } },
      success: OUTCOME_ID('document'),
    });
    await retryStorm({
      field: 'archiveDocument',
      ...input('ArchiveDocumentInput'),
      variables: { input: { id: (document.document as { id: string }).id } },
      success: OUTCOME_ID('document'),
    });
    const criterion = await retryStorm({
      field: 'createCriterion',
      ...input('CreateCriterionInput'),
      variables: {
        input: {
          setId: gid('CriteriaSet', ids.ntmSet),
          number: 99,
          name: 'Retry storm criterion',
          nameVi: 'Tiêu chí thử',
          groupNumber: 9,
          groupName: 'Other',
          groupNameVi: 'Khác',
        },
      },
      success: OUTCOME_ID('criterion'),
    });
    await retryStorm({
      field: 'updateCriterion',
      ...input('UpdateCriterionInput'),
      variables: { input: { id: (criterion.criterion as { id: string }).id, name: 'Retry storm criterion, renamed' } },
      success: OUTCOME_ID('criterion'),
    });
    const place = await retryStorm({
      field: 'createPlace',
      ...input('CreatePlaceInput'),
      variables: {
        input: {
          level: 'VILLAGE',
          kind: 'VILLAGE',
          name: 'Thôn Bão Thử',
          parentId: gid('Commune', ids.currentDongGiang),
          validFrom: '2025-07-01',
        },
      },
      success: OUTCOME_ID('place'),
    });
    expect(await database.prisma.place.count({ where: { name: 'Thôn Bão Thử' } })).toBe(1);
    await retryStorm({
      field: 'updatePlace',
      ...input('UpdatePlaceInput'),
      variables: { input: { id: (place.place as { id: string }).id, note: 'Renamed after the storm' } },
      success: OUTCOME_ID('place'),
    });
    await retryStorm({
      field: 'archivePlace',
      ...input('ArchivePlaceInput'),
      variables: { input: { id: (place.place as { id: string }).id } },
      success: OUTCOME_ID('place'),
    });
  });

  it('webhook endpoints: create (one secret), update, pause, resume, rotate the secret, delete', async () => {
    const created = await retryStorm(
      {
        field: 'createWebhookEndpoint',
        ...input('CreateWebhookEndpointInput'),
        variables: { input: { url: 'https://portal.example.vn/hooks/retry-storm' } },
        success: 'secret endpoint { id }',
      },
      { recordsChanges: false },
    );
    expect(
      await database.prisma.webhookEndpoint.count({ where: { url: 'https://portal.example.vn/hooks/retry-storm' } }),
    ).toBe(1);
    const id = (created.endpoint as { id: string }).id;
    const endpoint = { ...input('WebhookEndpointIdInput'), variables: { input: { id } } };
    await retryStorm(
      {
        field: 'updateWebhookEndpoint',
        ...input('UpdateWebhookEndpointInput'),
        variables: { input: { id, description: 'storm' } },
        success: 'endpoint { id description }',
      },
      { recordsChanges: false },
    );
    await retryStorm(
      {
        field: 'pauseWebhookEndpoint',
        ...input('PauseWebhookEndpointInput'),
        variables: { input: { id } },
        success: 'endpoint { id status }',
      },
      { recordsChanges: false },
    );
    await retryStorm(
      { field: 'resumeWebhookEndpoint', ...endpoint, success: 'endpoint { id status }' },
      { recordsChanges: false },
    );
    const rotated = await retryStorm(
      { field: 'rotateWebhookSecret', ...endpoint, success: 'secret' },
      { recordsChanges: false },
    );
    expect(rotated.secret).not.toBe(created.secret);
    await retryStorm(
      { field: 'deleteWebhookEndpoint', ...endpoint, success: 'deletedWebhookEndpointId' },
      { recordsChanges: false },
    );
    expect(await database.prisma.webhookEndpoint.count({ where: { url: { contains: 'retry-storm' } } })).toBe(0);
  });
});

describe('a write whose record another request deleted after the checks', () => {
  it('is a ConflictError saying so, and records nothing', async () => {
    const activityId = (
      await database.prisma.activity.findFirstOrThrow({ where: { twinningId: ids.twinning }, orderBy: { id: 'asc' } })
    ).id;
    // Another request's delete committed after this write's checks saw the row.
    await database.prisma.activity.delete({ where: { id: activityId } });
    const settled = await newestSequence();
    const viewer: Viewer = { role: 'ADMIN', keyId: null, provinceIds: [], agencyIds: [] };
    const write = runWrite(database.prisma, viewer, {
      operation: 'deleteActivity',
      input: { id: activityId },
      async write(context) {
        await context.tx.activity.delete({ where: { id: activityId } });
        context.record({ type: 'ActivityDeleted', entityId: activityId });
        return activityId;
      },
    });
    await expect(write).rejects.toThrow(ConflictError);
    await expect(write).rejects.toThrow(/deleted by another request at the same time; nothing was written/);
    expect(await newestSequence()).toBe(settled);
  });
});

describe('a retry after what the first request made was deleted', () => {
  it('gets a NotFoundError payload saying so (an activity, a bulk of activities, a webhook endpoint), and writes nothing', async () => {
    const activity = {
      twinningId: gid('Twinning', ids.twinning),
      category: 'VISIT',
      title: 'Retried after deletion',
      occurredOn: '2024-03-05',
    };
    const recordOne = { field: 'recordActivity', ...input('ActivityInput'), variables: { input: activity } };
    const recordMany = {
      field: 'recordActivities',
      ...input('RecordActivitiesInput'),
      variables: {
        input: {
          activities: [
            { ...activity, title: 'Retried bulk 1' },
            { ...activity, title: 'Retried bulk 2' },
          ],
        },
      },
    };
    const createEndpoint = {
      field: 'createWebhookEndpoint',
      ...input('CreateWebhookEndpointInput'),
      variables: { input: { url: 'https://portal.example.vn/hooks/deleted-then-retried' } },
    };
    const cases = [
      { mutation: { ...recordOne, success: 'activity { id }' }, made: (outcome: Outcome) => [outcome.activity] },
      { mutation: { ...recordMany, success: 'activities { id }' }, made: (outcome: Outcome) => outcome.activities },
      { mutation: { ...createEndpoint, success: 'endpoint { id }' }, made: (outcome: Outcome) => [outcome.endpoint] },
    ];
    for (const { mutation, made } of cases) {
      const key = randomUUID();
      const first = await send(mutation, key);
      expect(first.__typename).toMatch(/Success$/);
      for (const { id } of made(first) as Array<{ id: string }>) {
        const field = mutation.field === 'createWebhookEndpoint' ? 'deleteWebhookEndpoint' : 'deleteActivity';
        const inputType = mutation.field === 'createWebhookEndpoint' ? 'WebhookEndpointIdInput' : 'DeleteActivityInput';
        const deleted = await send(
          { field, ...input(inputType), variables: { input: { id } }, success: '__typename' },
          randomUUID(),
        );
        expect(deleted.__typename).toMatch(/Success$/);
      }
      const settled = await newestSequence();
      const retried = await send(mutation, key);
      expect(retried.__typename, JSON.stringify(retried)).toBe('NotFoundError');
      expect(retried.message).toMatch(
        /has since been deleted, so it cannot be shown\. To write again, use a new idempotency key\./,
      );
      expect(await newestSequence()).toBe(settled);
    }
  });
});

it.skipIf(!process.env.DATABASE_URL)(
  'on PostgreSQL, none of these writes sent a statement on a connection still running another (runs when DATABASE_URL is set)',
  async () => {
    // Warnings are emitted on the next tick; let any last one arrive.
    await new Promise((resolve) => setImmediate(resolve));
    expect(busyConnectionWarnings).toEqual([]);
  },
);

describe.runIf(process.env.DATABASE_URL)('two writes that deadlock on PostgreSQL', () => {
  const viewer: Viewer = { role: 'ADMIN', keyId: null, provinceIds: [], agencyIds: [] };
  type Direction = 'forward' | 'backward';

  /**
   * Two writes that each lock two agencies, in opposite orders, and wait after their first lock
   * until the other has taken its own: each then waits for the row the other holds. `finish` runs
   * once a write holds both.
   */
  async function deadlockingWrites(
    raw: boolean,
    lock: (context: WriteContext, agencyId: string, direction: Direction) => Promise<unknown>,
    finish: (context: WriteContext, order: [string, string], direction: Direction) => Promise<void>,
  ) {
    let arrived = 0;
    let release: () => void = () => {};
    const bothHoldOne = new Promise<void>((resolve) => {
      release = resolve;
    });
    const attempts = { forward: 0, backward: 0 };
    const write = (direction: Direction, order: [string, string]) =>
      runWrite(database.prisma, viewer, {
        operation: 'updateAgency',
        input: raw ? { direction, raw } : { direction },
        async write(context) {
          attempts[direction] += 1;
          await lock(context, order[0], direction);
          if (attempts[direction] === 1) {
            arrived += 1;
            if (arrived === 2) release();
            await bothHoldOne;
          }
          await lock(context, order[1], direction);
          await finish(context, order, direction);
          return order;
        },
      });
    const results = await Promise.allSettled([
      write('forward', [ids.agency, ids.otherAgency]),
      write('backward', [ids.otherAgency, ids.agency]),
    ]);
    return { results, attempts };
  }

  it('both land: the one PostgreSQL rolls back is run again once the other commits', async () => {
    const settled = await newestSequence();
    const { results, attempts } = await deadlockingWrites(
      false,
      (context, id, direction) => context.tx.agency.update({ where: { id }, data: { note: `Written ${direction}` } }),
      async (context, order) => {
        context.record(...order.map((id) => ({ type: 'AgencyUpdated' as const, entityId: id })));
      },
    );
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    // PostgreSQL rolled exactly one back; it ran again and committed after the other.
    expect(attempts.forward + attempts.backward).toBe(3);
    const last = attempts.forward === 2 ? 'forward' : 'backward';
    const notes = await database.prisma.agency.findMany({
      where: { id: { in: [ids.agency, ids.otherAgency] } },
      select: { note: true },
    });
    expect(notes.map((agency) => agency.note)).toEqual([`Written ${last}`, `Written ${last}`]);
    // Each write's changes recorded once: the rolled-back attempt left none.
    expect(await database.prisma.changeEvent.count({ where: { sequence: { gt: settled } } })).toBe(4);
  });

  it('both land when the deadlock is met by a raw statement (a row locked FOR UPDATE), which Prisma reports as a failed raw query', async () => {
    const { results, attempts } = await deadlockingWrites(
      true,
      (context, id) => context.tx.$queryRaw`SELECT 1 FROM "Agency" WHERE id = ${id}::uuid FOR UPDATE`,
      async (context, order, direction) => {
        await context.tx.agency.update({ where: { id: order[1] }, data: { note: `Locked ${direction}` } });
        context.record({ type: 'AgencyUpdated' as const, entityId: order[1] });
      },
    );
    expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : result.status))).toEqual([
      'fulfilled',
      'fulfilled',
    ]);
    expect(attempts.forward + attempts.backward).toBe(3);
  });
});
