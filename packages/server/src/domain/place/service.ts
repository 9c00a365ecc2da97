import { z } from 'zod';
import { describeInterval, isoDay, todayInVietnam, validOn } from '../../dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import {
  EthnicMinorityArea,
  type PlaceKind,
  PlaceKind as PlaceKinds,
  type PlaceLevel,
  PlaceLevel as PlaceLevels,
  Region,
} from '../../generated/prisma/enums.ts';
import { foldForSearch } from '../../text/fold.ts';
import type { WriteContext } from '../../write.ts';
import {
  datesInOrder,
  evenIfInvalid,
  IssueCollector,
  optionalText,
  patched,
  placeId,
  requiredText,
  validateInput,
} from '../rules.ts';

/** Decision 19/2025/QĐ-TTg: from this day there are no districts and communes sit under provinces. */
export const REFORM_DAY = new Date(Date.UTC(2025, 6, 1));

export const LEVEL_OF_KIND: Record<PlaceKind, PlaceLevel> = {
  PROVINCE: 'PROVINCE',
  MUNICIPALITY: 'PROVINCE',
  RURAL_DISTRICT: 'DISTRICT',
  URBAN_DISTRICT: 'DISTRICT',
  DISTRICT_TOWN: 'DISTRICT',
  PROVINCIAL_CITY: 'DISTRICT',
  COMMUNE: 'COMMUNE',
  WARD: 'COMMUNE',
  TOWNSHIP: 'COMMUNE',
  SPECIAL_ZONE: 'COMMUNE',
  VILLAGE: 'VILLAGE',
};

const PARENT_LEVELS: Record<PlaceLevel, readonly PlaceLevel[]> = {
  PROVINCE: [],
  DISTRICT: ['PROVINCE'],
  COMMUNE: ['DISTRICT', 'PROVINCE'],
  VILLAGE: ['COMMUNE'],
};

// Official codes: 2 digits for a province, 3 for a district, 5 for a commune; villages have none.
const CODE_PATTERN: Record<PlaceLevel, RegExp | null> = {
  PROVINCE: /^\d{2}$/,
  DISTRICT: /^\d{3}$/,
  COMMUNE: /^\d{5}$/,
  VILLAGE: null,
};

const KIND_WORD: Record<PlaceKind, string> = {
  PROVINCE: 'Tỉnh',
  MUNICIPALITY: 'Thành phố',
  RURAL_DISTRICT: 'Huyện',
  URBAN_DISTRICT: 'Quận',
  DISTRICT_TOWN: 'Thị xã',
  PROVINCIAL_CITY: 'Thành phố',
  COMMUNE: 'Xã',
  WARD: 'Phường',
  TOWNSHIP: 'Thị trấn',
  SPECIAL_ZONE: 'Đặc khu',
  VILLAGE: 'Thôn',
};

/** "Xã Đông Giang", "Bản Huổi Múa" (a village's local word, when given, names its kind). */
export function defaultFullName(kind: PlaceKind, name: string, localKind: string | null | undefined): string {
  const word =
    kind === 'VILLAGE' && localKind
      ? localKind.charAt(0).toLocaleUpperCase('vi') + localKind.slice(1)
      : KIND_WORD[kind];
  return `${word} ${name}`;
}

const attributes = {
  fullName: optionalText(300),
  code: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .nullish(),
  localKind: optionalText(30),
  region: z.enum(Region).nullish(),
  extremelyDisadvantaged: z.boolean().nullish(),
  ethnicMinorityArea: z.enum(EthnicMinorityArea).nullish(),
  ethnicMinorityShare: z
    .number()
    .min(0, 'A share in percent is 0 to 100.')
    .max(100, 'A share in percent is 0 to 100.')
    .nullish(),
  ethnicGroups: z
    .array(requiredText(60))
    .refine((groups) => new Set(groups).size === groups.length, 'An ethnic group is listed twice.')
    .nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  areaKm2: z.number().positive('An area is more than 0 km².').nullish(),
  note: optionalText(2000),
};

const createSchema = z
  .object({
    level: z.enum(PlaceLevels),
    kind: z.enum(PlaceKinds),
    name: requiredText(200),
    parentId: placeId.nullish(),
    validFrom: z.date().nullish(),
    validTo: z.date().nullish(),
    ...attributes,
  })
  .superRefine(datesInOrder, evenIfInvalid);

const updateSchema = z
  .object({
    id: placeId,
    kind: z.enum(PlaceKinds).optional(),
    name: requiredText(200).optional(),
    parentId: placeId.nullish(),
    validFrom: z.date().nullish(),
    validTo: z.date().nullish(),
    ...attributes,
  })
  .superRefine(datesInOrder, evenIfInvalid);

/** Create an administrative unit — mostly villages, which the national catalogue does not list. */
export async function createPlace(context: WriteContext, raw: unknown): Promise<string> {
  const input = validateInput(createSchema, raw);
  const { tx } = context;
  const issues = new IssueCollector();
  const unit = {
    level: input.level,
    kind: input.kind,
    code: input.code ?? null,
    parentId: input.parentId ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    localKind: input.localKind ?? null,
  };
  const parent = await checkPlacement(tx, unit, ['input'], issues);
  issues.throwIfAny();
  await assertCodeFree(tx, unit);
  const place = await tx.place.create({
    data: {
      ...unit,
      name: input.name,
      nameFolded: foldForSearch(input.name),
      fullName: input.fullName ?? defaultFullName(input.kind, input.name, input.localKind),
      // A village lies in its commune's region unless told otherwise.
      region: input.region ?? parent?.region ?? null,
      extremelyDisadvantaged: input.extremelyDisadvantaged ?? false,
      ethnicMinorityArea: input.ethnicMinorityArea ?? null,
      ethnicMinorityShare: input.ethnicMinorityShare ?? null,
      ethnicGroups: input.ethnicGroups ?? [],
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      areaKm2: input.areaKm2 ?? null,
      note: input.note ?? null,
    },
  });
  context.record({ type: 'PlaceCreated', entityId: place.id, after: place });
  return place.id;
}

/**
 * Correct a unit's record. Its level never changes here: a commune that becomes a ward, or a
 * unit that merges, is a dated lineage change (mergePlaces, splitPlace), not an edit.
 */
export async function updatePlace(context: WriteContext, raw: unknown): Promise<string> {
  const { id, ...patch } = validateInput(updateSchema, raw);
  const { tx } = context;
  const before = await tx.place.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('Place', id);
  if (before.archivedAt) throw new ConflictError(`${before.fullName} is archived; it can no longer be changed.`);
  const { ethnicGroups, ethnicMinorityShare, extremelyDisadvantaged, fullName, ...plain } = patch;
  const next = patched(before, plain);
  const issues = new IssueCollector();
  if (next.validFrom && next.validTo && next.validTo < next.validFrom) {
    issues.add(['input', 'validTo'], `Must not be before validFrom (${isoDay(next.validFrom)}).`);
  }
  if (next.parentId === id) issues.add(['input', 'parentId'], 'A unit cannot lie inside itself.');
  await checkPlacement(tx, next, ['input'], issues);
  issues.throwIfAny();
  if (patch.code !== undefined || patch.validFrom !== undefined || patch.validTo !== undefined) {
    await assertCodeFree(tx, next, [id]);
  }
  const renamed = patch.name !== undefined || patch.kind !== undefined || patch.localKind !== undefined;
  const after = await tx.place.update({
    where: { id },
    data: {
      ...plain,
      ethnicGroups: ethnicGroups === undefined ? undefined : (ethnicGroups ?? []),
      ethnicMinorityShare,
      extremelyDisadvantaged: extremelyDisadvantaged ?? undefined,
      nameFolded: patch.name === undefined ? undefined : foldForSearch(patch.name),
      // A full name left out follows a renamed unit; null asks for the default again.
      fullName:
        fullName ?? (fullName === null || renamed ? defaultFullName(next.kind, next.name, next.localKind) : undefined),
    },
  });
  context.record({ type: 'PlaceUpdated', entityId: id, before, after });
  return id;
}

/**
 * Archiving is for records entered by mistake. A unit that ceased to exist keeps its record and
 * gets an end date through mergePlaces or splitPlace, so its history stays reachable.
 */
export async function archivePlace(context: WriteContext, raw: unknown): Promise<string> {
  const { id } = validateInput(z.object({ id: placeId }), raw);
  const { tx } = context;
  const before = await tx.place.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('Place', id);
  if (before.archivedAt) {
    throw new ConflictError(`${before.fullName} was already archived on ${before.archivedAt.toISOString()}.`);
  }
  const counts = await tx.place.findUniqueOrThrow({
    where: { id },
    select: {
      _count: {
        select: {
          children: { where: { archivedAt: null } },
          predecessorEdges: true,
          successorEdges: true,
          twinnings: true,
          activities: true,
          assessments: true,
          recognitions: true,
          indicatorObservations: true,
          needs: true,
        },
      },
    },
  });
  const held = Object.entries(counts._count)
    .filter(([, count]) => count > 0)
    .map(([relation, count]) => `${count} ${relation}`);
  if (held.length > 0) {
    throw new ConflictError(
      `${before.fullName} still has ${held.join(', ')}. Archiving is for records entered by mistake; a unit that ceased to exist gets an end date through mergePlaces or splitPlace.`,
    );
  }
  const after = await tx.place.update({ where: { id }, data: { archivedAt: new Date() } });
  context.record({ type: 'PlaceArchived', entityId: id, before, after });
  return id;
}

export interface Placement {
  level: PlaceLevel;
  kind: PlaceKind;
  code: string | null;
  parentId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  localKind: string | null;
}

/**
 * The rules of the hierarchy: kind matches level, the code has the level's form, and the parent
 * is a unit of the level above that existed on the day the unit began. Issues are added under
 * `root` (the input object's path); a missing parent is a NotFoundError. Returns the parent.
 */
export async function checkPlacement(
  tx: Prisma.TransactionClient,
  unit: Placement,
  root: string[],
  issues: IssueCollector,
) {
  if (LEVEL_OF_KIND[unit.kind] !== unit.level) {
    issues.add(
      [...root, 'kind'],
      `A ${unit.kind.toLowerCase().replace(/_/g, ' ')} is a ${LEVEL_OF_KIND[unit.kind].toLowerCase()}-level unit, not a ${unit.level.toLowerCase()}.`,
    );
  }
  const pattern = CODE_PATTERN[unit.level];
  if (pattern === null && unit.code !== null) issues.add([...root, 'code'], 'Villages have no national code.');
  if (pattern && unit.code !== null && !pattern.test(unit.code)) {
    const digits = unit.level === 'PROVINCE' ? 2 : unit.level === 'DISTRICT' ? 3 : 5;
    issues.add([...root, 'code'], `A ${unit.level.toLowerCase()} code has ${digits} digits.`);
  }
  if (unit.localKind !== null && unit.level !== 'VILLAGE') {
    issues.add([...root, 'localKind'], 'Only villages have a local kind (thôn, bản, buôn, làng).');
  }
  const allowed = PARENT_LEVELS[unit.level];
  if (!unit.parentId) {
    if (allowed.length > 0)
      issues.add([...root, 'parentId'], `A ${unit.level.toLowerCase()} needs the unit it lies in.`);
    return null;
  }
  const parent = await tx.place.findUnique({ where: { id: unit.parentId } });
  if (!parent) throw new NotFoundError('Place', unit.parentId);
  const on = unit.validFrom ?? todayInVietnam();
  if (!allowed.includes(parent.level)) {
    issues.add(
      [...root, 'parentId'],
      allowed.length === 0
        ? 'A province lies in no other unit.'
        : `A ${unit.level.toLowerCase()} lies in a ${allowed.join(' or ').toLowerCase()}, and ${parent.fullName} is a ${parent.level.toLowerCase()}.`,
    );
  } else if (parent.archivedAt) {
    issues.add([...root, 'parentId'], `${parent.fullName} is archived.`);
  } else if (!validOn(parent, on)) {
    issues.add(
      [...root, 'parentId'],
      `${parent.fullName} existed from ${describeInterval(parent)}; it did not exist on ${isoDay(on)}, when this unit begins.`,
    );
  } else if (
    unit.level === 'COMMUNE' &&
    parent.level === 'PROVINCE' &&
    (!unit.validFrom || unit.validFrom < REFORM_DAY)
  ) {
    issues.add(
      [...root, 'parentId'],
      `Before ${isoDay(REFORM_DAY)} a commune lay in a district; a commune directly under a province must begin on or after that day.`,
    );
  }
  return parent;
}

/** Codes are reused after mergers, but never by two units of one level at the same time. */
export async function assertCodeFree(
  tx: Prisma.TransactionClient,
  unit: Placement,
  exceptIds: string[] = [],
): Promise<void> {
  if (unit.code === null) return;
  const clash = await tx.place.findFirst({
    where: {
      level: unit.level,
      code: unit.code,
      archivedAt: null,
      id: { notIn: exceptIds },
      AND: [
        unit.validTo ? { OR: [{ validFrom: null }, { validFrom: { lte: unit.validTo } }] } : {},
        unit.validFrom ? { OR: [{ validTo: null }, { validTo: { gte: unit.validFrom } }] } : {},
      ],
    },
  });
  if (clash) {
    throw new ConflictError(
      `Code ${unit.code} already names ${clash.fullName} (${describeInterval(clash)}); two ${unit.level.toLowerCase()}s cannot carry one code at the same time.`,
    );
  }
}
