import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportSummary } from '../packages/server/src/analytics/support-summary/sql.ts';
import {
  type Database,
  openDatabase,
  PLANNED_PER_RUN,
  preparedStatementNames,
} from '../packages/server/src/db/database.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

describe('statement names', () => {
  it('gives one text one name, another text another, and stops naming after the limit', () => {
    const nameOf = preparedStatementNames(2);
    const first = nameOf({ sql: 'SELECT 1' });
    expect(first).toMatch(/^tg_/);
    expect(nameOf({ sql: 'SELECT 1' })).toBe(first);
    expect(nameOf({ sql: 'SELECT 2' })).not.toBe(first);
    // A third text runs unnamed (pg then parses it each time, as it did before).
    expect(nameOf({ sql: 'SELECT 3' })).toBe('');
    expect(nameOf({ sql: 'SELECT 1' })).toBe(first);
  });

  it('names no statement that must be planned for its arguments on every run', () => {
    const nameOf = preparedStatementNames();
    expect(nameOf({ sql: `${PLANNED_PER_RUN} SELECT 1` })).toBe('');
    expect(nameOf({ sql: `SELECT (${PLANNED_PER_RUN} SELECT 1) AS one` })).toBe('');
    expect(nameOf({ sql: 'SELECT 1' })).toMatch(/^tg_/);
  });
});

describe.runIf(process.env.DATABASE_URL)('a read on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let oneConnection: Database;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    // One connection, so the statements below all meet the same session's prepared statements.
    oneConnection = await openDatabase({ kind: 'postgres', url: testDatabase.url!, poolSize: 1 });
  });
  afterAll(async () => {
    await oneConnection.close();
    await testDatabase.close();
  });
  /** The statements prepared on the one connection whose text holds `fragment`. */
  const preparedHolding = async (fragment: string) => {
    const prepared = await oneConnection.prisma.$queryRaw<Array<{ name: string; statement: string }>>`
      SELECT name, statement FROM pg_prepared_statements`;
    return prepared.filter((row) => row.statement.includes(fragment));
  };

  it('is prepared once on its connection and reused, not parsed again', async () => {
    const read = () => oneConnection.prisma.place.findFirst({ where: { code: '40' }, select: { name: true } });
    expect((await read())?.name).toBeTruthy();
    await read();
    const placeReads = await preparedHolding('"Place"');
    expect(placeReads).toHaveLength(1);
    expect(placeReads[0]!.name).toMatch(/^tg_/);
  });

  it('plans a filtered support summary for its arguments on every run: never prepared', async () => {
    const summary = () =>
      supportSummary(
        oneConnection.prisma,
        { from: new Date('2023-03-15'), to: new Date('2024-02-10') },
        ['COMMUNE', 'YEAR'],
        'VALUE_DESC',
        10,
        0,
      );
    const first = await summary();
    // Past PostgreSQL's five custom plans, where a prepared statement may switch to a generic one.
    for (let run = 0; run < 6; run++) expect(await summary()).toEqual(first);
    expect(await preparedHolding('WITH src AS')).toEqual([]);
    expect(await preparedHolding('"Place"')).not.toEqual([]);
  });

  it('prepares an unfiltered support summary once: its rows do not depend on its arguments', async () => {
    const summary = (offset: number) => supportSummary(oneConnection.prisma, {}, ['PROVINCE'], 'VALUE_DESC', 1, offset);
    const first = await summary(0);
    expect(first.groups.length).toBeGreaterThan(0);
    expect(await summary(0)).toEqual(first);
    expect((await summary(1)).totalGroups).toBeGreaterThan(1);
    const summaries = await preparedHolding('WITH src AS');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.name).toMatch(/^tg_/);
  });

  it('keeps its connection and what it prepared through a quiet spell past pg’s 10 s idle timeout', async () => {
    const session = async () => {
      const [row] = await oneConnection.prisma.$queryRaw<Array<{ pid: number; prepared: bigint }>>`
        SELECT pg_backend_pid() AS pid, (SELECT count(*) FROM pg_prepared_statements) AS prepared`;
      return row!;
    };
    const before = await session();
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const after = await session();
    expect(after.pid).toBe(before.pid);
    expect(after.prepared).toBeGreaterThanOrEqual(before.prepared);
  });
});
