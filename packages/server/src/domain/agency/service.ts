import { z } from 'zod';
import { assertCanWrite } from '../../auth/scope.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts';
import type { Agency, Prisma } from '../../generated/prisma/client.ts';
import { AgencyKind } from '../../generated/prisma/enums.ts';
import { foldForSearch } from '../../text/fold.ts';
import type { WriteContext } from '../../write.ts';
import {
  agencyId,
  datesInOrder,
  evenIfInvalid,
  IssueCollector,
  nodeId,
  optionalText,
  patched,
  requiredText,
  validateInput,
} from '../rules.ts';

const provinceId = nodeId(['Province'], 'a province');

/** What describes an agency besides its kind and name, the same in a creation and an update. */
const describedBy = {
  nameEn: optionalText(300),
  abbreviation: optionalText(30),
  parentId: agencyId.nullish(),
  homeProvinceId: provinceId.nullish(),
  validFrom: z.date().nullish(),
  validTo: z.date().nullish(),
  note: optionalText(2000),
};

const createSchema = z
  .object({
    kind: z.enum(AgencyKind),
    name: requiredText(300),
    ...describedBy,
  })
  .superRefine(datesInOrder, evenIfInvalid);

const agencyReference = z.object({ id: agencyId });

const updateSchema = z
  .object({
    id: agencyId,
    kind: z.enum(AgencyKind).optional(),
    name: requiredText(300).optional(),
    ...describedBy,
  })
  .superRefine(datesInOrder, evenIfInvalid);

/**
 * Admins create any agency; an editor creates agencies of its own provinces only, so a
 * province's office can register the households and enterprises it mobilises.
 */
export async function createAgency(context: WriteContext, raw: z.input<typeof createSchema>): Promise<string> {
  const input = validateInput(createSchema, raw);
  if (context.viewer.role === 'EDITOR') {
    if (!input.homeProvinceId) {
      throw new ForbiddenError(
        'An editor key creates only agencies of its own provinces: set homeProvinceId to one of them.',
      );
    }
    await assertCanWrite(context.tx, context.viewer, { placeIds: [input.homeProvinceId] });
  }
  const { tx } = context;
  const issues = new IssueCollector();
  await checkReferences(tx, input, issues);
  issues.throwIfAny();
  await assertNoDuplicate(tx, { name: input.name, kind: input.kind, homeProvinceId: input.homeProvinceId ?? null });
  const agency = await tx.agency.create({
    data: {
      kind: input.kind,
      name: input.name,
      nameFolded: foldForSearch(input.name),
      nameEn: input.nameEn ?? null,
      abbreviation: input.abbreviation ?? null,
      parentId: input.parentId ?? null,
      homeProvinceId: input.homeProvinceId ?? null,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      note: input.note ?? null,
    },
  });
  context.record({
    type: 'AgencyCreated',
    entityId: agency.id,
    after: agency,
  });
  return agency.id;
}

export async function updateAgency(context: WriteContext, raw: z.input<typeof updateSchema>): Promise<string> {
  const { id, ...patch } = validateInput(updateSchema, raw);
  const existing = await context.tx.agency.findUnique({ where: { id } });
  if (!existing) throw new NotFoundError('Agency', id);
  await assertMayChange(context, existing);
  if (
    context.viewer.role === 'EDITOR' &&
    patch.homeProvinceId !== undefined &&
    patch.homeProvinceId !== existing.homeProvinceId
  ) {
    if (!patch.homeProvinceId) throw new ForbiddenError('An editor key cannot turn an agency into a national one.');
    await assertCanWrite(context.tx, context.viewer, { placeIds: [patch.homeProvinceId] });
  }
  const { tx } = context;
  const before = await tx.agency.findUniqueOrThrow({ where: { id } });
  if (before.archivedAt)
    throw new ConflictError(`The agency "${before.name}" is archived; it can no longer be changed.`);
  const next = patched(before, patch);
  const issues = new IssueCollector();
  if (next.validFrom && next.validTo && next.validTo < next.validFrom) {
    issues.add(['input', 'validTo'], 'Must not be before validFrom.');
  }
  await checkReferences(tx, { parentId: patch.parentId, homeProvinceId: patch.homeProvinceId }, issues);
  if (patch.parentId) await checkNoCycle(tx, id, patch.parentId, issues);
  issues.throwIfAny();
  if (patch.name !== undefined || patch.kind !== undefined || patch.homeProvinceId !== undefined) {
    await assertNoDuplicate(tx, next, id);
  }
  const after = await tx.agency.update({
    where: { id },
    data: { ...patch, nameFolded: patch.name === undefined ? undefined : foldForSearch(patch.name) },
  });
  context.record({ type: 'AgencyUpdated', entityId: id, before, after });
  return id;
}

/**
 * Retires an agency record (a duplicate, a dissolved body). Its history stays; an agency that
 * still has running twinnings or member bodies must be unwound first, or places would keep a
 * sponsor no one can see.
 */
export async function archiveAgency(context: WriteContext, raw: z.input<typeof agencyReference>): Promise<string> {
  const { id } = validateInput(agencyReference, raw);
  const existing = await context.tx.agency.findUnique({ where: { id } });
  if (!existing) throw new NotFoundError('Agency', id);
  await assertMayChange(context, existing);
  const { tx } = context;
  const before = await tx.agency.findUniqueOrThrow({ where: { id } });
  if (before.archivedAt) {
    throw new ConflictError(`The agency "${before.name}" was already archived on ${before.archivedAt.toISOString()}.`);
  }
  const [running, members] = await Promise.all([
    tx.twinning.count({ where: { agencyId: id, status: { in: ['ACTIVE', 'PLANNED'] } } }),
    tx.agency.count({ where: { parentId: id, archivedAt: null } }),
  ]);
  if (running > 0) {
    throw new ConflictError(
      `"${before.name}" still has ${running} active or planned twinning(s); end them before archiving the agency.`,
    );
  }
  if (members > 0) {
    throw new ConflictError(`"${before.name}" still has ${members} member bod(ies); archive or move them first.`);
  }
  const after = await tx.agency.update({ where: { id }, data: { archivedAt: new Date() } });
  context.record({ type: 'AgencyArchived', entityId: id, before, after });
  return id;
}

/** An editor changes an agency that is one of its agencies or belongs to one of its provinces. */
async function assertMayChange(context: WriteContext, agency: Agency): Promise<void> {
  if (context.viewer.role === 'ADMIN') return;
  await assertCanWrite(context.tx, context.viewer, {
    agencyIds: [agency.id],
    placeIds: agency.homeProvinceId ? [agency.homeProvinceId] : [],
  });
}

async function checkReferences(
  tx: Prisma.TransactionClient,
  input: { parentId?: string | null; homeProvinceId?: string | null },
  issues: IssueCollector,
): Promise<void> {
  if (input.parentId) {
    const parent = await tx.agency.findUnique({ where: { id: input.parentId } });
    if (!parent) throw new NotFoundError('Agency', input.parentId);
    if (parent.archivedAt) issues.add(['input', 'parentId'], `The parent agency "${parent.name}" is archived.`);
  }
  if (input.homeProvinceId) {
    const province = await tx.place.findUnique({ where: { id: input.homeProvinceId } });
    if (!province) throw new NotFoundError('Place', input.homeProvinceId);
    if (province.level !== 'PROVINCE') {
      issues.add(
        ['input', 'homeProvinceId'],
        `"${province.fullName}" is a ${province.level.toLowerCase()}, not a province.`,
      );
    } else if (province.archivedAt) {
      issues.add(['input', 'homeProvinceId'], `The province "${province.fullName}" is archived.`);
    }
  }
}

/** A body cannot belong to itself, directly or through its members. */
async function checkNoCycle(
  tx: Prisma.TransactionClient,
  id: string,
  parentId: string,
  issues: IssueCollector,
): Promise<void> {
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === id) {
      issues.add(['input', 'parentId'], 'An agency cannot belong to itself or to one of its own member bodies.');
      return;
    }
    const row: { parentId: string | null } | null = await tx.agency.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
}

async function assertNoDuplicate(
  tx: Prisma.TransactionClient,
  agency: { name: string; kind: AgencyKind; homeProvinceId: string | null },
  exceptId?: string,
): Promise<void> {
  const duplicate = await tx.agency.findFirst({
    where: {
      nameFolded: foldForSearch(agency.name),
      kind: agency.kind,
      homeProvinceId: agency.homeProvinceId,
      archivedAt: null,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (duplicate) {
    throw new ConflictError(
      `"${duplicate.name}" is already recorded as a ${duplicate.kind.toLowerCase().replace(/_/g, ' ')} of the same province (ID ${duplicate.id}); update that record instead.`,
    );
  }
}
