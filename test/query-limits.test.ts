import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { createTestDatabase } from './support/database.ts';
import { execute } from './support/graphql.ts';

describe('query limits', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ database });
  });
  afterAll(() => database.close());

  it('refuses a query nested deeper than 15 levels, naming the limit', async () => {
    const deep = `{ places(first: 1) { nodes { ${'parent { '.repeat(16)}name${' }'.repeat(16)} } } }`;
    const result = await execute(app, deep);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/levels deep; the limit is 15/);
  });

  it('counts depth through fragments', async () => {
    const fragments = Array.from(
      { length: 17 },
      (_, index) => `fragment F${index} on Place { parent { ...F${index + 1} } }`,
    ).join('\n');
    const result = await execute(
      app,
      `{ places(first: 1) { nodes { ...F0 } } }\n${fragments}\nfragment F17 on Place { name }`,
    );
    expect(result.errors?.[0]?.message).toMatch(/the limit is 15/);
  });

  it('refuses more than 50 aliases and an oversized document', async () => {
    const aliased = `{ ${Array.from({ length: 51 }, (_, index) => `a${index}: freshness { sequence }`).join(' ')} }`;
    expect((await execute(app, aliased)).errors?.[0]?.message).toMatch(/more than 50 aliases/);
    const huge = `{ ${'freshness { sequence } '.repeat(3000)} }`;
    expect((await execute(app, huge)).errors?.[0]?.message).toMatch(/more than 10000 tokens/);
  });

  it('still answers GraphiQL’s introspection query and an ordinary nested query', async () => {
    const introspection = await execute(
      app,
      '{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
    );
    expect(introspection.errors).toBeUndefined();
    const ordinary = await execute(
      app,
      '{ place(code: "101", asOf: "2024-01-01") { name ... on District { communes(first: 3) { nodes { name twinnings { nodes { agency { name } } } } } } } }',
    );
    expect(ordinary.errors).toBeUndefined();
  });
});
