import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { createTestDatabase } from './support/database.ts';

describe('indexes', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('cover every foreign key with an index that starts with its columns', async () => {
    const unindexed = await database.prisma.$queryRawUnsafe<Array<{ constraint: string }>>(`
      SELECT c.conrelid::regclass::text || '.' || c.conname AS constraint
      FROM pg_constraint c
      WHERE c.contype = 'f'
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
        )
      ORDER BY 1`);
    expect(unindexed.map((row) => row.constraint)).toEqual([]);
  });

  it('serve diacritic-free name search with trigram indexes', async () => {
    const indexes = await database.prisma.$queryRawUnsafe<Array<{ indexdef: string }>>(
      `SELECT indexdef FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'`,
    );
    const tables = indexes.map((row) => /ON public\."?(\w+)"?/.exec(row.indexdef)?.[1]);
    expect(tables).toEqual(expect.arrayContaining(['Place', 'Agency', 'Document', 'OcopProduct']));
  });
});
