import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import type { AccessControlChanges3Query } from './generated/graphql.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, type GraphQLResponse, succeeded } from './support/graphql.ts';
import { fingerprint } from './support/snapshot.ts';
import { withDatabase } from './support/template.ts';

const run = promisify(execFile);
const SECRET = /tg_[a-z0-9]{8}_[A-Za-z0-9_-]{32,}/;

/** A database the CLI, a separate process, can open: a PGlite data directory or a PostgreSQL database. */
interface CliDatabase {
  env: Record<string, string>;
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

async function cliDatabase(): Promise<CliDatabase> {
  const template = inject('databaseTemplate');
  if (template.kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'twinning-cli-'));
    const seeded = await openDatabase(
      { kind: 'pglite', dataDir },
      { initialData: new Blob([await readFile(template.dumpPath)]) },
    );
    await seeded.close();
    return {
      env: { PGLITE_DATA_DIR: dataDir },
      open: () => openDatabase({ kind: 'pglite', dataDir }),
      cleanup: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `twinning_cli_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: template.serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.templateName}`);
  await admin.end();
  const url = withDatabase(template.serverUrl, name);
  return {
    env: { DATABASE_URL: url },
    open: () => openDatabase({ kind: 'postgres', url, poolSize: 3 }),
    cleanup: async () => {
      const cleanup = new pg.Client({ connectionString: template.serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** `pnpm api-key …`, exactly as an operator runs it: its own node process on the same database. */
async function apiKeyCli(
  target: CliDatabase,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _url, PGLITE_DATA_DIR: _dir, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'packages/server/src/cli/api-key.ts', ...args],
      { cwd: join(import.meta.dirname, '..'), env: { ...inherited, ...target.env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function post(app: App, document: string, headers: Record<string, string> = {}, variables = {}) {
  const response = await app.fetch('http://twinning.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Record<string, unknown>> };
}

const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { __typename ... on Error { message } } }`;

describe('API keys from the CLI', { timeout: 240_000 }, () => {
  let target: CliDatabase;
  let editorSecret: string;
  let editorPrefix: string;
  let adminSecret: string;

  beforeAll(async () => {
    target = await cliDatabase();
  });
  afterAll(() => target.cleanup());

  it('prints each key once; the database holds only a hash', async () => {
    const editor = await apiKeyCli(
      target,
      'create',
      '--name',
      'Lâm Đồng office',
      '--role',
      'editor',
      '--province',
      '68',
    );
    expect(editor.code).toBe(0);
    editorSecret = SECRET.exec(editor.stdout)![0];
    editorPrefix = editorSecret.split('_')[1]!;
    expect(editor.stdout).toContain('not shown again');
    const admin = await apiKeyCli(target, 'create', '--name', 'National admin', '--role', 'ADMIN');
    adminSecret = SECRET.exec(admin.stdout)![0];

    const list = await apiKeyCli(target, 'list');
    expect(list.stdout).toContain(editorPrefix);
    expect(list.stdout).not.toMatch(SECRET);

    const database = await target.open();
    try {
      const keys = await database.prisma.apiKey.findMany();
      expect(keys).toHaveLength(2);
      for (const key of keys) expect(key.secretHash).toMatch(/^[0-9a-f]{64}$/);
      for (const secret of [editorSecret, adminSecret]) {
        const tail = secret.split('_').slice(2).join('_');
        const leaks = await database.prisma.$queryRaw<Array<{ id: string }>>`
          SELECT k.id::text AS id FROM "ApiKey" k WHERE k::text LIKE ${`%${tail}%`}`;
        expect(leaks).toEqual([]);
      }
      const editorKey = keys.find((key) => key.role === 'EDITOR')!;
      // The province as it is today and every province it replaced: Lâm Đồng, Bình Thuận, Đắk Nông.
      expect(editorKey.scopeProvinceIds.length).toBeGreaterThanOrEqual(3);
    } finally {
      await database.close();
    }
  });

  it('the keys work: an admin records a document; the Lâm Đồng editor assesses old Đông Giang (Bình Thuận)', async () => {
    const database = await target.open();
    try {
      const app = createApp({ database });
      const document = await post(
        app,
        CREATE_DOCUMENT,
        { authorization: `Bearer ${adminSecret}` },
        {
          input: {
            number: '1/QĐ-TTg',
            kind: 'DECISION',
            issuer: 'Thủ tướng Chính phủ',
            title: 'x',
            issuedOn: '2025-01-02',
          },
        },
      );
      expect(document.body, JSON.stringify(document.body)).toMatchObject({
        data: { createDocument: { __typename: 'CreateDocumentSuccess' } },
      });
      const dongGiang = await database.prisma.place.findFirstOrThrow({ where: { code: '23074', validFrom: null } });
      const criterion = await database.prisma.criterion.findFirstOrThrow({
        where: { number: 4, set: { code: 'NTM-COMMUNE-2021-2025' } },
      });
      const assessed = await post(
        app,
        `mutation($input: SetAssessmentInput!) { setAssessment(input: $input) { __typename ... on Error { message } } }`,
        { authorization: `Bearer ${editorSecret}` },
        { input: { placeId: dongGiang.id, criterionId: criterion.id, year: 2024, status: 'MET' } },
      );
      expect(assessed.body.data).toEqual({ setAssessment: { __typename: 'SetAssessmentSuccess' } });
      const editorKey = await database.prisma.apiKey.findFirstOrThrow({ where: { prefix: editorPrefix } });
      expect(await database.prisma.changeEvent.count({ where: { actorKeyId: editorKey.id } })).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('a revoked key is refused with 401 UNAUTHENTICATED and the date of revocation', async () => {
    const revoked = await apiKeyCli(target, 'revoke', editorPrefix);
    expect(revoked).toMatchObject({ code: 0, stdout: `Revoked ${editorPrefix}.\n` });
    expect((await apiKeyCli(target, 'revoke', editorPrefix)).code).toBe(1);
    const database = await target.open();
    try {
      const app = createApp({ database });
      const refused = await post(app, '{ places(first: 1) { totalCount } }', {
        authorization: `Bearer ${editorSecret}`,
      });
      expect(refused.status).toBe(401);
      expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(refused.body.errors![0]!.message).toContain(new Date().toISOString().slice(0, 10));
      expect(refused.body.errors![0]!.message).toContain('revoked');
    } finally {
      await database.close();
    }
  });

  it('refuses a key without a role and an editor for a province that does not exist', async () => {
    expect((await apiKeyCli(target, 'create', '--name', 'x', '--role', 'OWNER')).code).toBe(2);
    const unknown = await apiKeyCli(target, 'create', '--name', 'x', '--role', 'EDITOR', '--province', '99');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No province "99"');
  });
});

describe('requests and roles', () => {
  let database: Database;
  let app: App;
  let admin: Record<string, string>;
  let viewer: Record<string, string>;
  let dienBienEditor: Record<string, string>;
  let dienBien: string;
  let dongGiang: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ database });
    admin = await apiKeyHeader(database, 'ADMIN');
    viewer = await apiKeyHeader(database, 'VIEWER');
    dienBien = (
      await database.prisma.place.findFirstOrThrow({ where: { level: 'PROVINCE', code: '11', validFrom: null } })
    ).id;
    dongGiang = (await database.prisma.place.findFirstOrThrow({ where: { code: '23074', validFrom: null } })).id;
    dienBienEditor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [dienBien] });
  });
  afterAll(() => database.close());

  it('refuses a malformed or unknown Authorization header with 401', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer not-a-key', `Bearer tg_abcdefgh_${'x'.repeat(32)}`]) {
      const response = await post(app, '{ places(first: 1) { totalCount } }', { authorization: header });
      expect(response.status).toBe(401);
      expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('with PUBLIC_READ=false an anonymous read is refused, a viewer key reads', async () => {
    const closed = createApp({ database, publicRead: false });
    const anonymous = await post(closed, '{ places(first: 1) { totalCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const withKey = await post(closed, '{ places(first: 1) { totalCount } }', viewer);
    expect(withKey.status).toBe(200);
    expect(withKey.body.data).toEqual({ places: { totalCount: expect.any(Number) } });
  });

  it('a viewer reads the audit trail but cannot write; an anonymous caller cannot read it', async () => {
    const written = await execute(
      app,
      graphql(
        `mutation AccessControlUpsertIndicatorObservation($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }`,
      ),
      { input: { placeId: dienBien, indicatorCode: 'POVERTY_RATE', year: 2023, value: 26.5 } },
      admin,
    );
    expect(written, JSON.stringify(written)).toMatchObject({
      data: { upsertIndicatorObservation: { __typename: 'UpsertIndicatorObservationSuccess' } },
    });
    const trail = await execute(
      app,
      graphql(
        `query AccessControlChanges { changes(entityTypes: [IndicatorObservation]) { nodes { type entityType actor after } } }`,
      ),
      {},
      viewer,
    );
    expect(trail.data?.changes.nodes).toEqual([
      {
        type: 'IndicatorObserved',
        entityType: 'IndicatorObservation',
        actor: 'test admin',
        after: expect.objectContaining({ value: '26.5' }),
      },
    ]);
    const before = await fingerprint(database);
    const refused = await execute(
      app,
      graphql(
        `mutation AccessControlUpsertIndicatorObservation2($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename } }`,
      ),
      { input: { placeId: dienBien, indicatorCode: 'POVERTY_RATE', year: 2023, value: 1 } },
      viewer,
    );
    expect(refused.data?.upsertIndicatorObservation.__typename).toBe('ForbiddenError');
    expect(await fingerprint(database)).toEqual(before);
    const anonymous = await execute(app, graphql(`query AccessControlChanges2 { changes { nodes { entityId } } }`));
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    expect(anonymous.data ?? null).toBeNull();
  });

  it('an editor scoped to Điện Biên cannot write in Bình Thuận, nor see Bình Thuận’s audit trail', async () => {
    const observe = (placeId: string, value: number, headers: Record<string, string>) =>
      execute(
        app,
        graphql(`mutation AccessControlUpsertIndicatorObservation3($input: UpsertIndicatorObservationInput!) { upsertIndicatorObservation(input: $input) { __typename
          ... on UpsertIndicatorObservationSuccess { observation { id } } } }`),
        { input: { placeId, indicatorCode: 'ELECTRICITY_ACCESS', year: 2024, value } },
        headers,
      );
    const before = await fingerprint(database);
    expect((await observe(dongGiang, 100, dienBienEditor)).data?.upsertIndicatorObservation.__typename).toBe(
      'ForbiddenError',
    );
    expect(await fingerprint(database)).toEqual(before);

    const own = await observe(dienBien, 91, dienBienEditor);
    const dongGiangObservation = await observe(dongGiang, 100, admin);
    expect(own.data?.upsertIndicatorObservation.__typename).toBe('UpsertIndicatorObservationSuccess');
    const national = await execute(
      app,
      graphql(
        `mutation AccessControlCreateDocument($input: CreateDocumentInput!) { createDocument(input: $input) { ... on CreateDocumentSuccess { document { id } } } }`,
      ),
      {
        input: {
          number: '5/2026/QĐ-TTg',
          kind: 'DECISION',
          issuer: 'Thủ tướng Chính phủ',
          title: 'National',
          issuedOn: '2026-01-05',
        },
      },
      admin,
    );
    const ownId = succeeded(own.data!.upsertIndicatorObservation, 'UpsertIndicatorObservationSuccess').observation.id;
    const hiddenId = succeeded(
      dongGiangObservation.data!.upsertIndicatorObservation,
      'UpsertIndicatorObservationSuccess',
    ).observation.id;
    const documentId = national.data!.createDocument.document.id;

    const page = (after: string | null, headers: Record<string, string>, first = 100) =>
      execute(
        app,
        graphql(
          `query AccessControlChanges3($after: String, $first: Int) { changes(first: $first, after: $after) { nodes { entityId } pageInfo { hasNextPage endCursor } } }`,
        ),
        { after, first },
        headers,
      );
    const seen = (await page(null, dienBienEditor)).data!.changes.nodes.map((node) => node.entityId);
    expect(seen).toContain(ownId);
    expect(seen).toContain(documentId);
    expect(seen).not.toContain(hiddenId);
    const everything = (await page(null, viewer)).data!.changes.nodes.map((node) => node.entityId);
    expect(everything).toEqual(expect.arrayContaining([ownId, documentId, hiddenId]));

    const walked: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const result: AccessControlChanges3Query = (await page(cursor, dienBienEditor, 1)).data!;
      walked.push(...result.changes.nodes.map((node) => node.entityId));
      if (!result.changes.pageInfo.hasNextPage) break;
      cursor = result.changes.pageInfo.endCursor;
    }
    expect(walked).toEqual(seen);

    const direct = await execute(
      app,
      graphql(`query AccessControlChanges4($id: ID) { changes(entityId: $id) { nodes { entityId } } }`),
      { id: hiddenId },
      dienBienEditor,
    );
    expect(direct.data?.changes.nodes).toEqual([]);
    const asViewer = await execute(
      app,
      graphql(`query AccessControlChanges5($id: ID) { changes(entityId: $id) { nodes { entityId } } }`),
      { id: hiddenId },
      viewer,
    );
    expect(asViewer.data?.changes.nodes).toEqual([{ entityId: hiddenId }]);
  });
});
