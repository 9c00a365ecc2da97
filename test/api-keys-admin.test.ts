import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { listen } from '../packages/server/src/http/server.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';
import { refusedWithoutChange } from './support/snapshot.ts';
import { Subscription, sseClient } from './support/subscriptions.ts';

/** An admin manages keys through the API while the server runs; nobody else may. */

const CREATE = `mutation($input: CreateApiKeyInput!, $key: String) {
  createApiKey(input: $input, idempotencyKey: $key) {
    __typename
    ... on Error { message }
    ... on ValidationError { issues { path message } }
    ... on CreateApiKeySuccess { apiKey { id prefix name role secret revokedAt provinces { name validTo } agencies { id } } }
  }
}`;

const REVOKE = `mutation($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    __typename
    ... on Error { message }
    ... on RevokeApiKeySuccess { apiKey { id revokedAt secret } }
  }
}`;

interface CreatedKey {
  id: string;
  prefix: string;
  name: string;
  role: string;
  secret: string | null;
  revokedAt: string | null;
  provinces: Array<{ name: string; validTo: string | null }>;
  agencies: Array<{ id: string }>;
}

interface Payload {
  __typename: string;
  message?: string;
  issues?: Array<{ path: string[]; message: string }>;
  apiKey?: CreatedKey;
}

let database: Database;
let app: App;
let admin: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
  admin = await apiKeyHeader(database, 'ADMIN');
});
afterAll(() => database.close());

async function createKey(input: Record<string, unknown>, headers = admin, idempotencyKey?: string): Promise<Payload> {
  const result = await execute<{ createApiKey: Payload }>(app, CREATE, { input, key: idempotencyKey }, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.createApiKey;
}

async function revokeKey(id: string, headers = admin): Promise<Payload> {
  const result = await execute<{ revokeApiKey: Payload }>(app, REVOKE, { input: { id } }, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.revokeApiKey;
}

function bearer(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}` };
}

describe('createApiKey', () => {
  it('shows the secret once; the key works at once, and covers the provinces its province replaced', async () => {
    const created = await createKey({ name: 'Sở Công Thương Lâm Đồng', role: 'EDITOR', provinceCodes: ['68'] });
    expect(created.__typename).toBe('CreateApiKeySuccess');
    const key = created.apiKey!;
    expect(key.secret).toMatch(new RegExp(`^tg_${key.prefix}_[A-Za-z0-9_-]{32,}$`));
    expect(key).toMatchObject({ name: 'Sở Công Thương Lâm Đồng', role: 'EDITOR', revokedAt: null });
    // Lâm Đồng today, and Lâm Đồng, Bình Thuận and Đắk Nông before 1 July 2025.
    expect(key.provinces.map((province) => province.name).sort()).toEqual([
      'Bình Thuận',
      'Lâm Đồng',
      'Lâm Đồng',
      'Đắk Nông',
    ]);

    const read = await execute(
      app,
      graphql(`query ApiKeysAdminApiKeys($prefix: String) { apiKeys(prefix: $prefix) { nodes { prefix secret } } }`),
      { prefix: key.prefix },
      admin,
    );
    expect(read.data?.apiKeys.nodes).toEqual([{ prefix: key.prefix, secret: null }]);
    const stored = await database.prisma.apiKey.findUniqueOrThrow({ where: { id: fromGlobalId(key.id) } });
    const randomTail = key.secret!.slice(`tg_${key.prefix}_`.length);
    expect(randomTail).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain(randomTail);

    const withKey = await execute(
      app,
      graphql(`query ApiKeysAdminChanges { changes(first: 1) { totalCount } }`),
      {},
      bearer(key.secret!),
    );
    expect(withKey.errors).toBeUndefined();
  });

  it('a retry with the same idempotency key returns the same key and creates nothing; the secret is not shown again', async () => {
    const input = { name: 'Hệ thống đối tác', role: 'VIEWER' };
    const first = await createKey(input, admin, 'partner-key-1');
    const count = await database.prisma.apiKey.count();
    const retry = await createKey(input, admin, 'partner-key-1');
    expect(retry.apiKey).toMatchObject({ id: first.apiKey!.id, prefix: first.apiKey!.prefix, secret: null });
    expect(await database.prisma.apiKey.count()).toBe(count);
    const otherInput = await refusedWithoutChange(database, () =>
      createKey({ ...input, role: 'ADMIN' }, admin, 'partner-key-1'),
    );
    expect(otherInput.__typename).toBe('ConflictError');
  });

  it('refuses anyone but an admin with a ForbiddenError, and writes nothing', async () => {
    const dienBien = await database.prisma.place.findFirstOrThrow({
      where: { level: 'PROVINCE', code: '11', validTo: null },
    });
    const editor = await apiKeyHeader(database, 'EDITOR', { provinceIds: [dienBien.id] });
    const viewer = await apiKeyHeader(database, 'VIEWER');
    for (const headers of [editor, viewer, {}]) {
      const refused = await refusedWithoutChange(database, () =>
        createKey({ name: 'escalation', role: 'ADMIN' }, headers),
      );
      expect(refused.__typename).toBe('ForbiddenError');
      expect(refused.message).toMatch(/admin key|API key/);
    }
    const listed = await execute(app, graphql(`query ApiKeysAdminApiKeys2 { apiKeys { totalCount } }`), {}, editor);
    expect(listed.data?.apiKeys ?? null).toBeNull();
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names every bad field in one ValidationError and writes nothing', async () => {
    const agency = await database.prisma.agency.findFirstOrThrow();
    const unscoped = await refusedWithoutChange(database, () => createKey({ name: 'Editor', role: 'EDITOR' }));
    expect(unscoped).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'provinceIds'] }] });

    const scopedViewer = await refusedWithoutChange(database, () =>
      createKey({ name: 'Viewer', role: 'VIEWER', agencyIds: [agency.id] }),
    );
    expect(scopedViewer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'role'] }] });

    const unknown = await refusedWithoutChange(database, () =>
      createKey({
        name: '  ',
        role: 'EDITOR',
        provinceCodes: ['Điện Biên'],
        provinceIds: [agency.id],
        agencyIds: ['not-an-id'],
      }),
    );
    expect(unknown.__typename).toBe('ValidationError');
    expect(unknown.issues!.map((issue) => issue.path.join('.')).sort()).toEqual([
      'input.agencyIds.0',
      'input.name',
      'input.provinceCodes.0',
    ]);

    const missing = await refusedWithoutChange(database, () =>
      createKey({ name: 'Editor', role: 'EDITOR', provinceCodes: ['99'], provinceIds: [agency.id] }),
    );
    expect(missing.issues!.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['input.provinceIds.0', expect.stringContaining('No province with ID')],
      ['input.provinceCodes.0', expect.stringContaining('No province "99"')],
    ]);
  });
});

describe('revokeApiKey', () => {
  it('the next request with a revoked key is refused with 401, and revoking twice is a ConflictError', async () => {
    const key = (await createKey({ name: 'Short-lived', role: 'VIEWER' })).apiKey!;
    expect(
      (await execute(app, graphql(`query ApiKeysAdminFreshness { freshness { sequence } }`), {}, bearer(key.secret!)))
        .errors,
    ).toBeUndefined();

    const revoked = await revokeKey(key.id);
    expect(revoked.__typename).toBe('RevokeApiKeySuccess');
    expect(revoked.apiKey!.revokedAt).not.toBeNull();
    expect(revoked.apiKey!.secret).toBeNull();

    const response = await app.fetch('http://twinning.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(key.secret!) },
      body: JSON.stringify({ query: '{ freshness { sequence } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(body.errors[0]!.message).toContain('revoked');

    const again = await refusedWithoutChange(database, () => revokeKey(key.id));
    expect(again).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('already revoked') });
  });

  it('ends the open subscriptions of the revoked key with UNAUTHENTICATED', async () => {
    const key = (await createKey({ name: 'Subscriber', role: 'VIEWER' })).apiKey!;
    const running = await listen(app, '127.0.0.1', 0);
    const client = sseClient(`${running.url}/graphql`, { headers: bearer(key.secret!) });
    const feed = new Subscription<{ changes: { cursor: string } }>(client, 'subscription { changes { cursor } }');
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await revokeKey(key.id)).__typename).toBe('RevokeApiKeySuccess');
      const ended = JSON.stringify(await feed.failure(10_000));
      expect(ended).toContain('UNAUTHENTICATED');
      expect(ended).toContain('revoked');
    } finally {
      feed.stop();
      client.dispose();
      await running.close();
    }
  });

  it('an unknown key is a NotFoundError; only an admin may revoke; node(id) hides keys from everyone else', async () => {
    const missing = await revokeKey(Buffer.from('ApiKey:00000000-0000-7000-8000-000000000000').toString('base64'));
    expect(missing.__typename).toBe('NotFoundError');

    const key = (await createKey({ name: 'Kept', role: 'VIEWER' })).apiKey!;
    const viewer = await apiKeyHeader(database, 'VIEWER');
    const refused = await refusedWithoutChange(database, () => revokeKey(key.id, bearer(key.secret!)));
    expect(refused.__typename).toBe('ForbiddenError');

    const lookup = `query($id: ID!) { node(id: $id) { ... on ApiKey { name } } }`;
    expect((await execute(app, lookup, { id: key.id }, viewer)).data).toEqual({ node: null });
    expect((await execute(app, lookup, { id: key.id }, admin)).data).toEqual({ node: { name: 'Kept' } });
  });
});

function fromGlobalId(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;
}
