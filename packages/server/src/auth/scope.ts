import type { PrismaClient } from '../db/database.ts';
import { ForbiddenError } from '../errors.ts';
import { provinceOf } from '../sql/province-of.ts';
import type { Queryable } from '../sql/query.ts';
import type { Viewer } from '../viewer.ts';

export interface ScopeTarget {
  /** Places the write touches; each must lie in one of an editor's provinces… */
  placeIds?: string[];
  /** …or the write must be on behalf of one of the editor's agencies. */
  agencyIds?: string[];
}

/**
 * Admins write anywhere. An editor writes only inside its provinces or for its agencies: every
 * place touched must be in a scoped province, or every agency involved must be a scoped agency.
 */
export async function assertCanWrite(db: Queryable, viewer: Viewer, target: ScopeTarget): Promise<void> {
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
