import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { applyMigrations } from '../packages/server/src/db/migrations.ts';
import { createTestDatabase } from './support/database.ts';

describe('migrations', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('records every committed migration in _prisma_migrations, and applying again changes nothing', async () => {
    const recorded = await database.prisma.$queryRawUnsafe<Array<{ migration_name: string; finished_at: Date | null }>>(
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true);

    const again = await applyMigrations(database.adapter);
    expect(again.applied).toEqual([]);
    const after = await database.prisma.$queryRawUnsafe<unknown[]>('SELECT migration_name FROM _prisma_migrations');
    expect(after).toHaveLength(recorded.length);
  });
});
