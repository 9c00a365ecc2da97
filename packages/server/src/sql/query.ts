import { z } from 'zod';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

/** A client or a transaction: what a query needs to run. */
export type Queryable = Pick<PrismaClient | Prisma.TransactionClient, '$queryRaw'>;

/**
 * One hand-written SQL statement with its parameter and row types. `row` describes each row as
 * the driver returns it and converts it to what the code uses (money sent as text becomes
 * bigint, `count(…)::bigint` a number: `column` below). test/sql-rows.test.ts runs every named
 * query against the demo database with its `sample` parameters, so a column renamed in SQL but
 * not in the schema fails a test instead of a dashboard.
 *
 * `run` parses every row with `row`, in production too: the schema is also the conversion, so
 * skipping it would need a second, untested conversion path, and a parse failure is a clear error
 * where a cast would pass a wrong value on. It stays cheap: zod 4 compiles each object schema once
 * into straight-line checks, the rows are flat scalars or small JSON, and no statement returns
 * more rows than a page (`MAX_PAGE_SIZE` groups or gaps), one per key of a page's batch (places,
 * twinnings) or one per year asked; a support summary by commune is paged like any other. The
 * largest value parsed is a province's scope: its thousands of IDs, one array in one row.
 */
export interface NamedQuery<Params, Row> {
  readonly name: string;
  readonly row: z.ZodType<Row>;
  /** Parameters that find rows in the demo dataset. */
  readonly sample: (db: Queryable) => Promise<NoInfer<Params>>;
  /** The statement for these parameters. */
  readonly sql: (params: Params) => Prisma.Sql;
  run(db: Queryable, params: Params): Promise<Row[]>;
}

/** A named query from its statement, row schema and sample; `run` parses each row (see above). */
export function namedQuery<Params, Row>(query: Omit<NamedQuery<Params, Row>, 'run'>): NamedQuery<Params, Row> {
  return {
    ...query,
    run: async (db, params) => {
      const rows = await db.$queryRaw<unknown[]>(query.sql(params));
      return rows.map((row) => query.row.parse(row));
    },
  };
}

/** Column types as the driver returns them, converted to what the code uses. */
export const column = {
  /** A money sum sent as text (`sum(…)::text`: a numeric sum has no exact JavaScript number). */
  money: z.string().transform((text) => BigInt(text)),
  /** A `count(…)::bigint` or `sum(…)::bigint`, which the driver returns as a bigint. */
  count: z.bigint().transform((count) => Number(count)),
  /** A decimal sent as text, or null. */
  decimal: z
    .string()
    .nullable()
    .transform((text) => (text === null ? null : Number(text))),
};
