import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Prisma } from '../../generated/prisma/client.ts';

/** A column the generator loads, with the SQL type its text form is cast to. */
export interface Column {
  name: string;
  type: string;
}

/** A row as text: each value already in PostgreSQL's input form, or null. */
export type TextRow = ReadonlyArray<string | null>;

/** What the generator needs from a database: reads, statements, and a bulk load. */
export interface ScaleConnection {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Loads rows into a table: COPY on PostgreSQL, multi-row INSERT … SELECT FROM unnest elsewhere. */
  load(table: string, columns: readonly Column[], rows: readonly TextRow[]): Promise<void>;
  /**
   * Drops the secondary indexes of these tables and returns what rebuilds them: building an index
   * once after the load is many times faster than maintaining it row by row. Optional: where it is
   * missing, rows go into indexed tables.
   */
  deferIndexes?(tables: readonly string[]): Promise<() => Promise<void>>;
}

/** PostgreSQL through one `pg` client (inside the caller's transaction): COPY FROM STDIN. */
export function postgresConnection(client: pg.ClientBase): ScaleConnection {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as Row[];
    },
    async load(table, columns, rows) {
      if (rows.length === 0) return;
      const names = columns.map((column) => `"${column.name}"`).join(', ');
      const stream = client.query(copyFrom(`COPY "${table}" (${names}) FROM STDIN`));
      await pipeline(copyText(rows), stream);
    },
    async deferIndexes(tables) {
      // Primary keys and constraint-backed indexes stay: foreign keys point at them.
      const { rows } = await client.query<{ name: string; definition: string }>(
        `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_class ic ON ic.oid = i.indexrelid
         WHERE t.relname = ANY($1::text[]) AND t.relnamespace = current_schema()::regnamespace
           AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
         ORDER BY 1`,
        [tables],
      );
      for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
      return async () => {
        // More memory per build than the default 64 MB keeps the sorts of two million rows in memory.
        await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
        for (const index of rows) await client.query(index.definition);
      };
    },
  };
}

/** Any database Prisma reaches (PGlite included), inside the caller's transaction. */
export function prismaConnection(db: Prisma.TransactionClient): ScaleConnection {
  return {
    query<Row>(sql: string, params: unknown[] = []) {
      return db.$queryRawUnsafe<Row[]>(sql, ...params);
    },
    async load(table, columns, rows) {
      // One array parameter per column keeps the statement's text (and plan) the same for every batch.
      const selected = columns.map((_, index) => `$${index + 1}::text[]`).join(', ');
      const casts = columns.map((column, index) => `c${index}::${column.type}`).join(', ');
      const aliases = columns.map((_, index) => `c${index}`).join(', ');
      const names = columns.map((column) => `"${column.name}"`).join(', ');
      const sql = `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${selected}) AS u(${aliases})`;
      for (let start = 0; start < rows.length; start += insertBatch) {
        const batch = rows.slice(start, start + insertBatch);
        const arrays = columns.map((_, index) => batch.map((row) => row[index] ?? null));
        await db.$executeRawUnsafe(sql, ...arrays);
      }
    },
  };
}

const insertBatch = 5_000;

/** COPY's text format: tab-separated, \N for null, backslash escapes. */
function* copyText(rows: readonly TextRow[]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(copyValue).join('\t')}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}
