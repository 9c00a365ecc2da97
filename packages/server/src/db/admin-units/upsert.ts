import type { Prisma } from '../../generated/prisma/client.ts';
import type { LineageRow } from './lineage.ts';
import type { PlaceRow } from './places.ts';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

type Client = Pick<Prisma.TransactionClient, '$queryRawUnsafe'>;

// Each batch travels as one JSON parameter and is unpacked by jsonb_to_recordset: one bind
// parameter instead of one per cell, and the same SQL on PGlite and PostgreSQL.
//
// An existing row is rewritten only when it differs (the WHERE of DO UPDATE), so `updatedAt` stays
// put on an unchanged row. RETURNING yields inserted and updated rows only; `xmax = 0` tells the
// inserted ones apart (an updated row version carries the updating transaction in xmax).
//
// A note is written when the import has one and never cleared: other data may annotate the units.
// Timestamps are UTC like the ones Prisma writes, whatever the server's time zone.

const upsertPlacesSql = `
INSERT INTO "Place" AS p (
  id, level, kind, code, name, "fullName", "nameFolded", "parentId", "validFrom", "validTo",
  latitude, longitude, "areaKm2", note, "ethnicGroups", "createdAt", "updatedAt"
)
SELECT r.id, r.level, r.kind, r.code, r.name, r."fullName", r."nameFolded", r."parentId", r."validFrom", r."validTo",
  r.latitude, r.longitude, r."areaKm2", r.note, '{}', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
FROM jsonb_to_recordset($1::jsonb) AS r(
  id uuid, level "PlaceLevel", kind "PlaceKind", code text, name text, "fullName" text, "nameFolded" text,
  "parentId" uuid, "validFrom" date, "validTo" date, latitude double precision, longitude double precision,
  "areaKm2" double precision, note text
)
ON CONFLICT (id) DO UPDATE SET
  level = EXCLUDED.level, kind = EXCLUDED.kind, code = EXCLUDED.code, name = EXCLUDED.name,
  "fullName" = EXCLUDED."fullName", "nameFolded" = EXCLUDED."nameFolded", "parentId" = EXCLUDED."parentId",
  "validFrom" = EXCLUDED."validFrom", "validTo" = EXCLUDED."validTo", latitude = EXCLUDED.latitude,
  longitude = EXCLUDED.longitude, "areaKm2" = EXCLUDED."areaKm2", note = COALESCE(EXCLUDED.note, p.note),
  "updatedAt" = now() AT TIME ZONE 'UTC'
WHERE (p.level, p.kind, p.code, p.name, p."fullName", p."nameFolded", p."parentId", p."validFrom", p."validTo",
    p.latitude, p.longitude, p."areaKm2", p.note)
  IS DISTINCT FROM (EXCLUDED.level, EXCLUDED.kind, EXCLUDED.code, EXCLUDED.name, EXCLUDED."fullName",
    EXCLUDED."nameFolded", EXCLUDED."parentId", EXCLUDED."validFrom", EXCLUDED."validTo", EXCLUDED.latitude,
    EXCLUDED.longitude, EXCLUDED."areaKm2", COALESCE(EXCLUDED.note, p.note))
RETURNING (p.xmax = 0) AS created`;

const upsertLineageSql = `
INSERT INTO "PlaceLineage" AS l (
  id, "predecessorId", "successorId", kind, "effectiveOn", "isDefaultSuccessor", note, "createdAt"
)
SELECT r.id, r."predecessorId", r."successorId", r.kind, r."effectiveOn", r."isDefaultSuccessor", r.note,
  now() AT TIME ZONE 'UTC'
FROM jsonb_to_recordset($1::jsonb) AS r(
  id uuid, "predecessorId" uuid, "successorId" uuid, kind "LineageKind", "effectiveOn" date,
  "isDefaultSuccessor" boolean, note text
)
ON CONFLICT ("predecessorId", "successorId", "effectiveOn") DO UPDATE SET
  kind = EXCLUDED.kind, "isDefaultSuccessor" = EXCLUDED."isDefaultSuccessor", note = COALESCE(EXCLUDED.note, l.note)
WHERE (l.kind, l."isDefaultSuccessor", l.note)
  IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED."isDefaultSuccessor", COALESCE(EXCLUDED.note, l.note))
RETURNING (l.xmax = 0) AS created`;

export function upsertPlaces(db: Client, rows: PlaceRow[], onBatch: (done: number) => void): Promise<UpsertCounts> {
  return upsertInBatches(db, upsertPlacesSql, rows, onBatch);
}

export function upsertLineage(db: Client, rows: LineageRow[], onBatch: (done: number) => void): Promise<UpsertCounts> {
  return upsertInBatches(db, upsertLineageSql, rows, onBatch);
}

const batchSize = 1000;

async function upsertInBatches(
  db: Client,
  sql: string,
  rows: ReadonlyArray<PlaceRow | LineageRow>,
  onBatch: (done: number) => void,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const written = await db.$queryRawUnsafe<Array<{ created: boolean }>>(sql, JSON.stringify(batch));
    const created = written.filter((row) => row.created).length;
    counts.created += created;
    counts.updated += written.length - created;
    counts.unchanged += batch.length - written.length;
    onBatch(start + batch.length);
  }
  return counts;
}
