import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';

const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');
const missing = '00000000-0000-4000-8000-000000000000';

describe('node(id) for a record that does not exist (deleted, or never was)', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ database });
  });
  afterAll(() => database.close());

  it.each(['Activity', 'Agency', 'Commune', 'Province', 'Twinning'])(
    'answers null for a missing %s',
    async (typename) => {
      const result = await execute(app, graphql(`query NodeLookupNode($id: ID!) { node(id: $id) { id } }`), {
        id: globalId(typename, missing),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toBeNull();
    },
  );
});
