import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import type { NamedQuery } from '../packages/server/src/sql/query.ts';
import { createTestDatabase } from './support/database.ts';

/**
 * Every named SQL query in the server, found by where they live (`sql/*.ts`, and `sql.ts` or
 * `sql/*.ts` in a concept or analytics folder), run against the demo database with its sample
 * parameters: it must find rows, and every row must have the shape its type promises (`run` parses
 * each row with the query's schema and throws on the first that does not fit).
 */
const source = fileURLToPath(new URL('../packages/server/src/', import.meta.url));
const files = (await readdir(source, { recursive: true }))
  .filter((file) => /^(sql\/[^/]+|(domain|analytics)\/.+\/sql(\/[^/]+)?)\.ts$/.test(file.replaceAll(sep, '/')))
  .sort();
const queries = (
  await Promise.all(
    files.map(async (file) =>
      Object.values((await import(join(source, file))) as Record<string, unknown>)
        .filter((value): value is NamedQuery<unknown, unknown> => isNamedQuery(value))
        .map((query) => ({ file, query })),
    ),
  )
).flat();

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('named SQL queries return the rows their types describe', () => {
  it('finds the queries', () => {
    expect(queries.length).toBeGreaterThan(0);
  });
  for (const { file, query } of queries) {
    it(`${query.name} (${file})`, async () => {
      const rows = await query.run(database.prisma, await query.sample(database.prisma));
      expect(rows.length, 'the sample parameters should find rows in the demo data').toBeGreaterThan(0);
    });
  }
});

function isNamedQuery(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as NamedQuery<unknown, unknown>).run === 'function' &&
    typeof (value as NamedQuery<unknown, unknown>).sql === 'function' &&
    typeof (value as NamedQuery<unknown, unknown>).sample === 'function' &&
    typeof (value as NamedQuery<unknown, unknown>).name === 'string'
  );
}
