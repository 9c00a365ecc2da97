import { expect } from 'vitest';
import type { Database } from '../../packages/server/src/db/database.ts';

/**
 * A fingerprint of the whole database: for every table, its row count and the md5 of all its
 * rows as text in a stable order. Two equal fingerprints mean the data is byte-for-byte the same —
 * the proof that a refused write left nothing behind, audit rows and idempotency records included.
 */
export async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables = await database.prisma.$queryRaw<Array<{ name: string }>>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
    ORDER BY table_name`;
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await database.prisma.$queryRawUnsafe<Array<{ rows: bigint; digest: string | null }>>(
      `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${quoted} t`,
    );
    digests[name] = `${row?.rows ?? 0n} rows, md5 ${row?.digest ?? '-'}`;
  }
  return digests;
}

/** Runs a write that must be refused, and proves it left every table as it was. */
export async function refusedWithoutChange<Result>(database: Database, write: () => Promise<Result>): Promise<Result> {
  const before = await fingerprint(database);
  const result = await write();
  expect(await fingerprint(database)).toEqual(before);
  return result;
}
