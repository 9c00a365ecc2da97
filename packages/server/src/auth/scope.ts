import type { Viewer } from '../context.ts';
import type { PrismaClient } from '../db/database.ts';
import { ForbiddenError } from '../schema/errors.ts';

export interface WriteTarget {
  /** Places the write touches; each must lie in one of an editor's provinces… */
  placeIds?: string[];
  /** …or the write must be on behalf of one of the editor's agencies. */
  agencyIds?: string[];
}

/**
 * Admins write anywhere. An editor writes only inside its provinces or for its agencies: every
 * place touched must be in a scoped province, or every agency involved must be a scoped agency.
 */
export async function assertCanWrite(db: PrismaClient, viewer: Viewer, target: WriteTarget): Promise<void> {
  if (viewer.role === 'ADMIN') return;
  if (viewer.role !== 'EDITOR') {
    throw new ForbiddenError(
      viewer.role === 'ANONYMOUS'
        ? 'Writing needs an API key: send `Authorization: Bearer tg_…`.'
        : 'This API key may only read; writing needs an editor or admin key.',
    );
  }
  const agencyIds = target.agencyIds ?? [];
  if (agencyIds.length > 0 && agencyIds.every((id) => viewer.agencyIds.includes(id))) return;
  const placeIds = target.placeIds ?? [];
  if (placeIds.length > 0) {
    const provinces = await provinceOf(db, placeIds);
    if (placeIds.every((id) => viewer.provinceIds.includes(provinces.get(id) ?? ''))) return;
  }
  throw new ForbiddenError(
    'This API key may not write here: the place is outside its provinces and the agency is not one of its agencies.',
  );
}

/** Whether the viewer may see a place's non-public data (editors: only within their provinces). */
export async function canSeePrivate(db: PrismaClient, viewer: Viewer, placeId: string): Promise<boolean> {
  if (viewer.role === 'ADMIN' || viewer.role === 'VIEWER') return true;
  if (viewer.role !== 'EDITOR') return false;
  const provinces = await provinceOf(db, [placeId]);
  return viewer.provinceIds.includes(provinces.get(placeId) ?? '');
}

/** The province each place lies in (itself for a province), found by walking up in one query. */
export async function provinceOf(db: PrismaClient, placeIds: string[]): Promise<Map<string, string>> {
  if (placeIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ placeId: string; provinceId: string }>>`
    WITH RECURSIVE up(start, id, parent, level) AS (
      SELECT p.id, p.id, p."parentId", p.level FROM "Place" p WHERE p.id = ANY(${placeIds}::uuid[])
      UNION ALL
      SELECT up.start, p.id, p."parentId", p.level FROM up JOIN "Place" p ON p.id = up.parent WHERE up.level <> 'PROVINCE'
    )
    SELECT start::text AS "placeId", id::text AS "provinceId" FROM up WHERE level = 'PROVINCE'`;
  return new Map(rows.map((row) => [row.placeId, row.provinceId]));
}
