import { z } from 'zod';
import { addDays, describeInterval, isoDay, validOn } from '../../dates.ts';
import { NotFoundError } from '../../errors.ts';
import type { Place, Prisma } from '../../generated/prisma/client.ts';
import { PlaceKind, type PlaceLevel } from '../../generated/prisma/enums.ts';
import { foldForSearch } from '../../text/fold.ts';
import type { ChangeRecord, WriteContext } from '../../write.ts';
import { evenIfInvalid, IssueCollector, nodeId, optionalText, placeId, requiredText, validateInput } from '../rules.ts';
import { assertCodeFree, checkPlacement, defaultFullName, LEVEL_OF_KIND } from './service.ts';

const documentId = nodeId(['Document'], 'a document');

const newPlaceSchema = z.object({
  name: requiredText(200),
  kind: z.enum(PlaceKind),
  code: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .nullish(),
  parentId: placeId,
  fullName: optionalText(300),
  localKind: optionalText(30),
});

type NewPlace = z.output<typeof newPlaceSchema>;

const mergeSchema = z
  .object({
    predecessorIds: z.array(placeId),
    into: placeId.nullish(),
    newPlace: newPlaceSchema.nullish(),
    effectiveOn: z.date(),
    documentId: documentId.nullish(),
    note: optionalText(2000),
  })
  .superRefine((value, context) => {
    if (value.into && value.newPlace) {
      context.addIssue({ code: 'custom', path: ['into'], message: 'Give either `into` or `newPlace`, not both.' });
    } else if (!value.into && !value.newPlace) {
      context.addIssue({
        code: 'custom',
        path: ['newPlace'],
        message: 'Name the unit that continues (`into`) or describe the new one (`newPlace`).',
      });
    }
    if (!Array.isArray(value.predecessorIds)) return;
    const needed = value.into ? 1 : 2;
    if (value.predecessorIds.length < needed) {
      context.addIssue({
        code: 'custom',
        path: ['predecessorIds'],
        message: value.into
          ? 'Name at least one unit merged into the continuing one.'
          : 'A merger into a new unit needs at least two predecessors.',
      });
    }
    value.predecessorIds.forEach((id, index) => {
      if (typeof id !== 'string') return;
      if (value.predecessorIds.indexOf(id) !== index) {
        context.addIssue({ code: 'custom', path: ['predecessorIds', index], message: 'This unit is listed twice.' });
      }
      if (id === value.into) {
        context.addIssue({
          code: 'custom',
          path: ['predecessorIds', index],
          message: 'The continuing unit is not one of its own predecessors.',
        });
      }
    });
  }, evenIfInvalid);

const splitSchema = z
  .object({
    predecessorId: placeId,
    successors: z.array(
      z.object({
        placeId: placeId.nullish(),
        newPlace: newPlaceSchema.nullish(),
        share: z
          .number()
          .gt(0, 'A share is more than 0 and at most 1.')
          .max(1, 'A share is more than 0 and at most 1.')
          .nullish(),
        isDefault: z.boolean(),
      }),
    ),
    effectiveOn: z.date(),
    documentId: documentId.nullish(),
    note: optionalText(2000),
  })
  .superRefine((value, context) => {
    if (!Array.isArray(value.successors)) return;
    const successors = value.successors.filter((successor) => typeof successor === 'object' && successor !== null);
    if (successors.length < 2) {
      context.addIssue({ code: 'custom', path: ['successors'], message: 'A split has at least two successors.' });
    }
    const defaults = successors.filter((successor) => successor.isDefault === true).length;
    if (defaults !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['successors'],
        message: `Exactly one successor inherits the unit's history by default (isDefault); ${defaults} do.`,
      });
    }
    const total = successors.reduce(
      (sum, successor) => sum + (typeof successor.share === 'number' ? successor.share : 0),
      0,
    );
    // Shares are stored with four decimals; allow for the rounding of thirds and sevenths.
    if (total > 1.0001) {
      context.addIssue({
        code: 'custom',
        path: ['successors'],
        message: `The shares add up to ${Number(total.toFixed(4))}; they cannot exceed 1.`,
      });
    }
    value.successors.forEach((successor, index) => {
      if (typeof successor !== 'object' || successor === null) return;
      if (Boolean(successor.placeId) === Boolean(successor.newPlace)) {
        context.addIssue({
          code: 'custom',
          path: ['successors', index],
          message: 'Give either an existing unit (`placeId`) or a new one (`newPlace`).',
        });
      }
      if (successor.placeId && successor.placeId === value.predecessorId) {
        context.addIssue({
          code: 'custom',
          path: ['successors', index, 'placeId'],
          message: 'A unit is not its own successor.',
        });
      }
      if (successor.placeId && successors.findIndex((other) => other.placeId === successor.placeId) !== index) {
        context.addIssue({
          code: 'custom',
          path: ['successors', index, 'placeId'],
          message: 'This unit is listed twice.',
        });
      }
    });
  }, evenIfInvalid);

/**
 * Records an administrative merger (e.g. Decision 19/2025/QĐ-TTg): the predecessors end the day
 * before `effectiveOn`, the successor — a unit that continues, or a new one starting that day —
 * inherits their history through MERGE lineage edges. Old units stay queryable by code and date.
 */
export async function mergePlaces(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(mergeSchema, raw);
  const { tx } = context;
  const { effectiveOn } = input;
  const predecessors = await loadPlaces(tx, input.predecessorIds);
  const into = input.into ? await loadPlace(tx, input.into) : null;
  if (input.documentId) await assertDocumentExists(tx, input.documentId);
  const level = predecessors[0]!.level;
  const issues = new IssueCollector();
  await checkPredecessors(
    tx,
    predecessors,
    level,
    effectiveOn,
    (index) => ['input', 'predecessorIds', String(index)],
    issues,
  );
  if (into) checkContinuing(into, level, effectiveOn, ['input', 'into'], issues);
  if (input.newPlace) await checkNewPlace(tx, input.newPlace, level, effectiveOn, ['input', 'newPlace'], issues);
  issues.throwIfAny();

  const predecessorIds = predecessors.map((predecessor) => predecessor.id);
  const changes: ChangeRecord[] = await endUnits(tx, context, predecessors, effectiveOn);
  let successor: Place;
  if (into) {
    successor = into;
  } else {
    successor = await createUnit(tx, input.newPlace!, effectiveOn, predecessors, predecessorIds);
    changes.push({
      type: 'PlaceCreated',
      entityId: successor.id,

      after: successor,
    });
  }
  const successorId = successor.id;
  const edges = await tx.placeLineage.createManyAndReturn({
    data: predecessors.map((predecessor) => ({
      predecessorId: predecessor.id,
      successorId,
      kind: 'MERGE' as const,
      effectiveOn,
      share: 1,
      isDefaultSuccessor: true,
      documentId: input.documentId ?? null,
      note: input.note ?? null,
    })),
  });
  for (const edge of edges) {
    changes.push({ type: 'LineageRecorded', entityId: edge.id, after: edge });
  }
  // Last, so a partner reading in order has seen the units and edges the merge made.
  changes.push({
    type: 'PlacesMerged',
    entityId: successorId,

    after: { ...successor, predecessorIds, effectiveOn, documentId: input.documentId ?? null },
  });
  context.record(...changes);
  return successorId;
}

/**
 * Records a unit divided among several (471 communes were in 2025): it ends the day before
 * `effectiveOn`, each successor gets a SPLIT edge with its share, and the one default successor
 * inherits the history, so totals over history never count a unit twice.
 */
export async function splitPlace(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(splitSchema, raw);
  const { tx } = context;
  const { effectiveOn } = input;
  const predecessor = await loadPlace(tx, input.predecessorId);
  if (input.documentId) await assertDocumentExists(tx, input.documentId);
  const existingIds = input.successors.flatMap((successor) => (successor.placeId ? [successor.placeId] : []));
  const existing = new Map((await loadPlaces(tx, existingIds)).map((place) => [place.id, place]));
  const issues = new IssueCollector();
  await checkPredecessors(tx, [predecessor], predecessor.level, effectiveOn, () => ['input', 'predecessorId'], issues);
  const newCodes = new Map<string, number>();
  for (const [index, successor] of input.successors.entries()) {
    const path = ['input', 'successors', String(index)];
    if (successor.placeId) {
      checkContinuing(existing.get(successor.placeId)!, predecessor.level, effectiveOn, [...path, 'placeId'], issues);
    } else if (successor.newPlace) {
      await checkNewPlace(tx, successor.newPlace, predecessor.level, effectiveOn, [...path, 'newPlace'], issues);
      const code = successor.newPlace.code;
      if (code) {
        if (newCodes.has(code))
          issues.add([...path, 'newPlace', 'code'], `Successor ${newCodes.get(code)} already takes code ${code}.`);
        newCodes.set(code, index);
      }
    }
  }
  issues.throwIfAny();

  const changes: ChangeRecord[] = await endUnits(tx, context, [predecessor], effectiveOn);
  const ended = changes[0]!.after as Place;
  const edges = [];
  for (const successor of input.successors) {
    let successorId = successor.placeId;
    if (!successorId) {
      const created = await createUnit(tx, successor.newPlace!, effectiveOn, [predecessor], [predecessor.id]);
      changes.push({
        type: 'PlaceCreated',
        entityId: created.id,

        after: created,
      });
      successorId = created.id;
    }
    edges.push({
      predecessorId: predecessor.id,
      successorId,
      kind: 'SPLIT' as const,
      effectiveOn,
      share: successor.share ?? null,
      isDefaultSuccessor: successor.isDefault,
      documentId: input.documentId ?? null,
      note: input.note ?? null,
    });
  }
  const recorded = await tx.placeLineage.createManyAndReturn({ data: edges });
  for (const edge of recorded) {
    changes.push({ type: 'LineageRecorded', entityId: edge.id, after: edge });
  }
  changes.push({
    type: 'PlaceSplit',
    entityId: predecessor.id,

    after: {
      ...ended,
      successors: recorded.map((edge) => ({
        placeId: edge.successorId,
        share: edge.share,
        isDefaultSuccessor: edge.isDefaultSuccessor,
      })),
      effectiveOn,
      documentId: input.documentId ?? null,
    },
  });
  context.record(...changes);
  return predecessor.id;
}

async function loadPlace(tx: Prisma.TransactionClient, id: string): Promise<Place> {
  const place = await tx.place.findUnique({ where: { id } });
  if (!place) throw new NotFoundError('Place', id);
  return place;
}

/** The places in the order given; the first missing one is a NotFoundError. */
async function loadPlaces(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<Place[]> {
  const rows = await tx.place.findMany({ where: { id: { in: [...ids] } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const place = byId.get(id);
    if (!place) throw new NotFoundError('Place', id);
    return place;
  });
}

async function assertDocumentExists(tx: Prisma.TransactionClient, id: string): Promise<void> {
  if (!(await tx.document.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('Document', id);
}

/** A predecessor must exist on the day before the change and end no earlier. */
function checkPredecessor(
  place: Place,
  level: PlaceLevel,
  effectiveOn: Date,
  path: string[],
  issues: IssueCollector,
): void {
  if (place.level !== level) {
    issues.add(path, `${place.fullName} is a ${place.level.toLowerCase()}; units of different levels do not merge.`);
  } else if (place.archivedAt) {
    issues.add(path, `${place.fullName} is archived.`);
  } else if (place.validFrom && place.validFrom >= effectiveOn) {
    issues.add(
      path,
      `${place.fullName} began on ${isoDay(place.validFrom)}; a change effective ${isoDay(effectiveOn)} must come after that.`,
    );
  } else if (!validOn(place, effectiveOn)) {
    issues.add(
      path,
      `${place.fullName} existed from ${describeInterval(place)}; it no longer existed on ${isoDay(effectiveOn)}.`,
    );
  }
}

/**
 * Predecessors end once: a unit merged or split twice would have two histories, so that is the
 * one thing said about it; the others must exist on the day before the change.
 */
async function checkPredecessors(
  tx: Prisma.TransactionClient,
  places: readonly Place[],
  level: PlaceLevel,
  effectiveOn: Date,
  pathOf: (index: number) => string[],
  issues: IssueCollector,
): Promise<void> {
  const edges = await tx.placeLineage.findMany({
    where: { predecessorId: { in: places.map((place) => place.id) } },
    include: { successor: { select: { fullName: true } } },
    orderBy: { effectiveOn: 'asc' },
  });
  places.forEach((place, index) => {
    const edge = edges.find((candidate) => candidate.predecessorId === place.id);
    if (edge) {
      issues.add(
        pathOf(index),
        `${place.fullName} was already ${edge.kind === 'SPLIT' ? 'split' : 'merged'} into ${edge.successor.fullName} on ${isoDay(edge.effectiveOn)}.`,
      );
    } else {
      checkPredecessor(place, level, effectiveOn, pathOf(index), issues);
    }
  });
}

/** A unit that continues exists both the day before the change and on the day itself. */
function checkContinuing(
  place: Place,
  level: PlaceLevel,
  effectiveOn: Date,
  path: string[],
  issues: IssueCollector,
): void {
  if (place.level !== level) {
    issues.add(
      path,
      `${place.fullName} is a ${place.level.toLowerCase()}; the units it takes over are ${level.toLowerCase()}s.`,
    );
  } else if (place.archivedAt) {
    issues.add(path, `${place.fullName} is archived.`);
  } else if (!validOn(place, effectiveOn) || !validOn(place, addDays(effectiveOn, -1))) {
    issues.add(
      path,
      `${place.fullName} existed from ${describeInterval(place)}; to continue it must exist on ${isoDay(addDays(effectiveOn, -1))} and ${isoDay(effectiveOn)}.`,
    );
  }
}

async function checkNewPlace(
  tx: Prisma.TransactionClient,
  newPlace: NewPlace,
  level: PlaceLevel,
  effectiveOn: Date,
  path: string[],
  issues: IssueCollector,
): Promise<void> {
  if (LEVEL_OF_KIND[newPlace.kind] !== level) {
    issues.add(
      [...path, 'kind'],
      `The units reorganised are ${level.toLowerCase()}s; a ${newPlace.kind.toLowerCase().replace(/_/g, ' ')} is not.`,
    );
    return;
  }
  await checkPlacement(tx, placementOf(newPlace, effectiveOn), path, issues);
}

function placementOf(newPlace: NewPlace, effectiveOn: Date) {
  return {
    level: LEVEL_OF_KIND[newPlace.kind],
    kind: newPlace.kind,
    code: newPlace.code ?? null,
    parentId: newPlace.parentId,
    validFrom: effectiveOn,
    validTo: null,
    localKind: newPlace.localKind ?? null,
  };
}

async function endUnits(
  tx: Prisma.TransactionClient,
  _context: WriteContext,
  places: readonly Place[],
  effectiveOn: Date,
): Promise<ChangeRecord[]> {
  const lastDay = addDays(effectiveOn, -1);
  const changes: ChangeRecord[] = [];
  for (const before of places) {
    const after = await tx.place.update({ where: { id: before.id }, data: { validTo: lastDay } });
    changes.push({ type: 'PlaceEnded', entityId: before.id, before, after });
  }
  return changes;
}

/**
 * The new unit starts on the day of the change. Its code may be a predecessor's: codes pass to
 * the unit where the committee sits, and the predecessors have just ended.
 */
async function createUnit(
  tx: Prisma.TransactionClient,
  newPlace: NewPlace,
  effectiveOn: Date,
  predecessors: readonly Place[],
  endedIds: string[],
): Promise<Place> {
  const placement = placementOf(newPlace, effectiveOn);
  await assertCodeFree(tx, placement, endedIds);
  const regions = new Set(predecessors.map((predecessor) => predecessor.region));
  return tx.place.create({
    data: {
      ...placement,
      name: newPlace.name,
      nameFolded: foldForSearch(newPlace.name),
      fullName: newPlace.fullName ?? defaultFullName(newPlace.kind, newPlace.name, newPlace.localKind),
      region: regions.size === 1 ? [...regions][0]! : null,
      ethnicGroups: [...new Set(predecessors.flatMap((predecessor) => predecessor.ethnicGroups))],
    },
  });
}
