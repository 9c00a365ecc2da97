import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { createTestDatabase } from './support/database.ts';
import { execute, query } from './support/graphql.ts';

// A client that only checks whether a write succeeded selects nothing but __typename.
describe('a mutation asked only for its __typename', () => {
  let database: Database;
  let app: App;
  let admin: Record<string, string>;
  let ids: { agency: string; place: string };
  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ database });
    admin = await apiKeyHeader(database, 'ADMIN');
    const data = await query(
      app,
      graphql(
        `query MutationSelectionPlace { place(code: "23074", asOf: "2024-01-01") { id } agencies(search: "so cong thuong binh thuan", first: 1) { nodes { id } } }`,
      ),
    );
    ids = { agency: data.agencies.nodes[0]!.id, place: data.place!.id };
  });
  afterAll(() => database.close());

  it('records an activity and answers RecordActivitySuccess', async () => {
    const result = await execute(
      app,
      graphql(
        `mutation MutationSelectionRecordActivity($input: ActivityInput!) { recordActivity(input: $input) { __typename } }`,
      ),
      {
        input: {
          agencyId: ids.agency,
          placeId: ids.place,
          category: 'VISIT',
          title: 'Thăm hỏi',
          occurredOn: '2024-03-01',
        },
      },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordActivity.__typename).toBe('RecordActivitySuccess');
  });

  it('creates an agency and answers CreateAgencySuccess', async () => {
    const result = await execute(
      app,
      graphql(
        `mutation MutationSelectionCreateAgency { createAgency(input: { name: "Hội Nông dân tỉnh Bình Thuận", kind: MASS_ORGANISATION }) { __typename } }`,
      ),
      {},
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createAgency.__typename).toBe('CreateAgencySuccess');
  });

  it('refuses an idempotency key longer than 255 characters before writing', async () => {
    const before = await database.prisma.activity.count();
    const result = await execute(
      app,
      graphql(
        `mutation MutationSelectionRecordActivity2($input: ActivityInput!, $key: String) { recordActivity(input: $input, idempotencyKey: $key) { __typename ... on ValidationError { issues { path } } } }`,
      ),
      {
        input: {
          agencyId: ids.agency,
          placeId: ids.place,
          category: 'VISIT',
          title: 'Thăm hỏi',
          occurredOn: '2024-03-02',
        },
        key: 'k'.repeat(256),
      },
      admin,
    );
    expect(result.data?.recordActivity).toEqual({
      __typename: 'ValidationError',
      issues: [{ path: ['idempotencyKey'] }],
    });
    expect(await database.prisma.activity.count()).toBe(before);
  });
});
