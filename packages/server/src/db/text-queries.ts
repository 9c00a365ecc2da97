import type pg from 'pg';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * Runs one statement whose one row holds one text column, `data`, and returns that text: the
 * compiled reads' statements (http/compiled-reads.ts), which build a whole response in
 * PostgreSQL and need nothing of Prisma's row mapping. `values` are the statement's parameters, as
 * text.
 */
export type TextQuery = (sql: string, values: ReadonlyArray<string | null>) => Promise<string | undefined>;

const onDriver = new WeakMap<PrismaClient, TextQuery>();

/** Sends a client's text queries straight to the pool under it, each statement prepared once per connection. */
export function sendTextQueriesToPool(
  prisma: PrismaClient,
  pool: pg.Pool,
  statementName: (query: { sql: string }) => string,
  onQuery?: (sql: string) => void,
): void {
  onDriver.set(prisma, async (sql, values) => {
    onQuery?.(sql);
    const result = await pool.query<{ data: string }>({
      name: statementName({ sql }) || undefined,
      text: sql,
      values: [...values],
    });
    return result.rows[0]?.data;
  });
}

/**
 * The text query of a client: on its pool when it has one; through Prisma otherwise (PGlite in
 * memory, whose one session Prisma's transactions hold).
 */
export function textQueryOf(prisma: PrismaClient): TextQuery {
  return (
    onDriver.get(prisma) ??
    (async (sql, values) => (await prisma.$queryRawUnsafe<Array<{ data: string }>>(sql, ...values))[0]?.data)
  );
}
