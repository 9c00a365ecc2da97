import { Prisma } from '../../generated/prisma/client.ts';

/**
 * The walks over the place hierarchy and the reform lineage (`PlaceLineage`), as CTE bodies to name
 * in a `WITH RECURSIVE` list: `WITH RECURSIVE below(id) AS (${descendants(…)})`. Every query that
 * walks the tree uses these, so how the tree is stored can change in one place. The hierarchy is
 * read from "PlaceClosure" (every ancestor–descendant pair, kept by triggers on "Place"), so going
 * up or down any number of levels is one indexed lookup, not a recursive step per level.
 */

/** `(id)`: the places given and every unit below them (districts, communes, villages). */
export function descendants(rootIds: Prisma.Sql, _name: string): Prisma.Sql {
  return Prisma.sql`
    SELECT root.id FROM (${rootIds}) AS root(id)
    UNION
    SELECT c."descendantId" FROM "PlaceClosure" c WHERE c."ancestorId" IN (SELECT id FROM (${rootIds}) AS root(id))`;
}

/** `(start, id, parent, level)`: for each place given, itself and every unit above it. */
export function ancestors(startIds: Prisma.Sql, _name: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c."descendantId", c."ancestorId", p."parentId", c."ancestorLevel"
    FROM "PlaceClosure" c JOIN "Place" p ON p.id = c."ancestorId"
    WHERE c."descendantId" IN (${startIds})`;
}

/** `(id)`: a place and every unit it replaced, back through every lineage edge. */
export function predecessors(rootId: Prisma.Sql, name: string): Prisma.Sql {
  const self = Prisma.raw(name);
  return Prisma.sql`
    SELECT ${rootId}::uuid
    UNION
    SELECT l."predecessorId" FROM ${self} JOIN "PlaceLineage" l ON l."successorId" = ${self}.id`;
}

/**
 * `(id)`: the units a place lives on in on `day`: itself while it exists, else its successors,
 * followed forward through every lineage edge (a split unit lives on in all of its parts).
 */
export function livesOnIn(rootId: Prisma.Sql, day: Prisma.Sql, name: string): Prisma.Sql {
  const self = Prisma.raw(name);
  return Prisma.sql`
    SELECT ${rootId}::uuid
    UNION
    SELECT l."successorId"
    FROM ${self}
    JOIN "Place" p ON p.id = ${self}.id AND p."validTo" IS NOT NULL AND p."validTo" < ${day}::date
    JOIN "PlaceLineage" l ON l."predecessorId" = ${self}.id`;
}

/**
 * `(root, id, below)`: each place given with, as asked, the units below it and the units it replaced.
 * Walking down the hierarchy and back through lineage alternate until nothing new is found, so the
 * history of a descendant and the descendants of a predecessor are both found. A unit found below
 * another (`below`) already came with its whole subtree from the closure, so only its lineage is
 * followed. A split unit's history follows its default successor only, so it is never counted twice.
 * Select `DISTINCT root, id` from it.
 */
export function scopes(
  rootIds: Prisma.Sql,
  options: { includeDescendants: boolean; includeHistory: boolean },
  name: string,
): Prisma.Sql {
  const self = Prisma.raw(name);
  const steps: Prisma.Sql[] = [];
  if (options.includeDescendants)
    steps.push(
      Prisma.sql`SELECT c."descendantId" AS id, TRUE AS below FROM "PlaceClosure" c WHERE NOT ${self}.below AND c."ancestorId" = ${self}.id AND c.depth > 0`,
    );
  if (options.includeHistory)
    steps.push(
      Prisma.sql`SELECT l."predecessorId" AS id, FALSE AS below FROM "PlaceLineage" l WHERE l."successorId" = ${self}.id AND l."isDefaultSuccessor"`,
    );
  const roots = Prisma.sql`SELECT root.id, root.id, FALSE FROM (${rootIds}) AS root(id)`;
  if (steps.length === 0) return roots;
  return Prisma.sql`
    ${roots}
    UNION
    SELECT ${self}.root, next.id, next.below FROM ${self} CROSS JOIN LATERAL (${Prisma.join(steps, ' UNION ALL ')}) next`;
}
