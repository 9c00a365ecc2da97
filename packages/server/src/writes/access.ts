import { assertCanWrite } from '../auth/scope.ts';
import type { Context } from '../context.ts';
import { ForbiddenError } from '../schema/errors.ts';

/** A write to authorise: the places it touches and the agencies it is made on behalf of. */
export interface WriteTarget {
  placeIds: string[];
  agencyIds: string[];
  /** Where the write is in a bulk request ("inputs.37"), to name it when it is refused. */
  label?: string;
}

/**
 * Refuses anonymous callers and read-only keys before any input is looked at, so they learn
 * nothing about the data from validation messages.
 */
export async function assertWriter(context: Context): Promise<void> {
  if (context.viewer.role === 'EDITOR' || context.viewer.role === 'ADMIN') return;
  await assertCanWrite(context.db, context.viewer, {});
}

/**
 * `assertCanWrite` for every write of a request, each judged on its own: in one bulk request an
 * editor may record one activity inside its province and the next for its own agency elsewhere.
 * Identical targets are checked once, so 1,000 activities in one commune cost one check.
 */
export async function assertCanWriteEach(context: Context, targets: readonly WriteTarget[]): Promise<void> {
  const checked = new Set<string>();
  for (const target of targets) {
    const key = `${[...target.placeIds].sort().join(',')}|${[...target.agencyIds].sort().join(',')}`;
    if (checked.has(key)) continue;
    checked.add(key);
    try {
      await assertCanWrite(context.db, context.viewer, target);
    } catch (error) {
      if (error instanceof ForbiddenError && target.label)
        throw new ForbiddenError(`${target.label}: ${error.message}`);
      throw error;
    }
  }
}
