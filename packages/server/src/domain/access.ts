import { assertCanWrite, type ScopeTarget } from '../auth/scope.ts';
import { ForbiddenError } from '../errors.ts';
import type { Queryable } from '../sql/query.ts';
import type { Viewer } from '../viewer.ts';

/** A write to authorise: the places it touches and the agencies it is made on behalf of. */
export interface WriteTarget extends Required<ScopeTarget> {
  /** Where the write is in a bulk request ("input.activities.37"), to name it when it is refused. */
  label?: string;
}

/**
 * An editor's scope depends on the data (the province a place lies in), so services check it once
 * they know what they write. Each target is judged on its own: in one bulk request an editor may
 * record one activity inside its province and the next for its own agency elsewhere. Identical
 * targets are checked once, so 1,000 activities in one commune cost one check.
 */
export async function assertCanWriteEach(
  db: Queryable,
  viewer: Viewer,
  targets: readonly WriteTarget[],
): Promise<void> {
  const checked = new Set<string>();
  for (const target of targets) {
    const key = `${[...target.placeIds].sort().join(',')}|${[...target.agencyIds].sort().join(',')}`;
    if (checked.has(key)) continue;
    checked.add(key);
    try {
      await assertCanWrite(db, viewer, target);
    } catch (error) {
      if (error instanceof ForbiddenError && target.label)
        throw new ForbiddenError(`${target.label}: ${error.message}`);
      throw error;
    }
  }
}
