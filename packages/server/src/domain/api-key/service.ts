import type { z } from 'zod';
import { newKeyMaterial } from '../../auth/api-keys.ts';
import { todayInVietnam } from '../../dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Viewer } from '../../viewer.ts';
import type { WriteContext } from '../../write.ts';
import { IssueCollector, validateInput } from '../rules.ts';
import { apiKeyReference, newApiKey } from './rules.ts';

/**
 * A new key's secret, kept for the request that created it: the mutation's reload shows it in the
 * `secret` field, and nothing else ever can (only its hash is stored). Keyed by the request's
 * viewer, so it goes with the request.
 */
const revealed = new WeakMap<Viewer, Map<string, string>>();

/** The secret of a key created in this request by this viewer, or null. */
export function revealedSecret(viewer: Viewer, apiKeyId: string): string | null {
  return revealed.get(viewer)?.get(apiKeyId) ?? null;
}

/**
 * Creates an API key (admin only). An editor's provinces are named by ID or by today's code; each
 * covers the provinces it replaced, so history before the 2025 reform stays writable.
 */
export async function createApiKey(context: WriteContext, raw: z.input<typeof newApiKey>): Promise<string> {
  const input = validateInput(newApiKey, raw);
  const issues = new IssueCollector();
  const provinces = new Set<string>();
  for (const [index, id] of (input.provinceIds ?? []).entries()) {
    const province = await context.tx.place.findFirst({ where: { id, level: 'PROVINCE' }, select: { id: true } });
    if (province) for (const covered of await withPredecessors(context.tx, province.id)) provinces.add(covered);
    else
      issues.add(
        ['input', 'provinceIds', String(index)],
        `No province with ID ${id}: give a province’s ID, or its code.`,
      );
  }
  const today = todayInVietnam();
  for (const [index, code] of (input.provinceCodes ?? []).entries()) {
    const province = await context.tx.place.findFirst({
      where: { level: 'PROVINCE', code, OR: [{ validTo: null }, { validTo: { gte: today } }] },
      select: { id: true },
    });
    if (province) for (const covered of await withPredecessors(context.tx, province.id)) provinces.add(covered);
    else
      issues.add(
        ['input', 'provinceCodes', String(index)],
        `No province "${code}" today: give its code after the 2025 reform (e.g. 11 for Điện Biên), or its ID.`,
      );
  }
  const agencyIds = [...new Set(input.agencyIds ?? [])];
  const agencies = await context.tx.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true } });
  const found = new Set(agencies.map((agency) => agency.id));
  for (const [index, id] of (input.agencyIds ?? []).entries()) {
    if (!found.has(id)) issues.add(['input', 'agencyIds', String(index)], `No agency with ID ${id}.`);
  }
  issues.throwIfAny();
  const { prefix, secret, secretHash } = newKeyMaterial();
  const key = await context.tx.apiKey.create({
    data: {
      name: input.name,
      role: input.role,
      prefix,
      secretHash,
      scopeProvinceIds: [...provinces],
      scopeAgencyIds: agencyIds,
    },
    select: { id: true },
  });
  const secrets = revealed.get(context.viewer) ?? new Map<string, string>();
  secrets.set(key.id, secret);
  revealed.set(context.viewer, secrets);
  return key.id;
}

/** Revokes a key (admin only): requests with it are refused from the next one on, and its open subscriptions end. */
export async function revokeApiKey(context: WriteContext, raw: z.input<typeof apiKeyReference>): Promise<string> {
  const { id } = validateInput(apiKeyReference, raw);
  const key = await context.tx.apiKey.findUnique({ where: { id }, select: { name: true, revokedAt: true } });
  if (!key) throw new NotFoundError('ApiKey', id);
  if (key.revokedAt) {
    throw new ConflictError(`The API key "${key.name}" was already revoked on ${key.revokedAt.toISOString()}.`);
  }
  await context.tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  return id;
}

/** A province and every province it replaced, through the lineage. */
async function withPredecessors(tx: Prisma.TransactionClient, provinceId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE back(id) AS (
      SELECT ${provinceId}::uuid
      UNION
      SELECT l."predecessorId" FROM back JOIN "PlaceLineage" l ON l."successorId" = back.id
    )
    SELECT back.id::text AS id FROM back JOIN "Place" p ON p.id = back.id WHERE p.level = 'PROVINCE'`;
  return rows.map((row) => row.id);
}
