import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '../db/database.ts';
import type { ApiRole } from '../generated/prisma/enums.ts';

export interface NewApiKey {
  name: string;
  role: ApiRole;
  scopeProvinceIds?: string[];
  scopeAgencyIds?: string[];
}

export interface CreatedApiKey {
  id: string;
  /** The full key. Shown once; only its hash is stored. */
  secret: string;
  prefix: string;
}

const KEY_PATTERN = /^tg_([a-z0-9]{8})_([A-Za-z0-9_-]{32,})$/;

/** A new key's parts: the secret to hand out once, the prefix that finds it, the hash that is stored. */
export interface KeyMaterial {
  prefix: string;
  secret: string;
  secretHash: string;
}

/**
 * Keys are 192 random bits, so a fast hash is enough: there is no password to brute-force, and a
 * slow hash would only slow every request. The prefix finds the row; the hash proves the secret.
 */
export function newKeyMaterial(prefix = randomPrefix()): KeyMaterial {
  const secret = `tg_${prefix}_${randomBytes(24).toString('base64url')}`;
  return { prefix, secret, secretHash: hashSecret(secret) };
}

function randomPrefix(): string {
  return randomBytes(6)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 8);
}

/** Stores a key directly (tests); the API and `pnpm api-key` go through domain/api-key. */
export async function createApiKey(db: PrismaClient, input: NewApiKey): Promise<CreatedApiKey> {
  const { prefix, secret, secretHash } = newKeyMaterial();
  const row = await db.apiKey.create({
    data: {
      name: input.name,
      prefix,
      secretHash,
      role: input.role,
      scopeProvinceIds: input.scopeProvinceIds ?? [],
      scopeAgencyIds: input.scopeAgencyIds ?? [],
    },
  });
  return { id: row.id, secret, prefix };
}

export type ApiKeyCheck =
  | { ok: true; key: { id: string; role: ApiRole; scopeProvinceIds: string[]; scopeAgencyIds: string[] } }
  | { ok: false; reason: string };

export async function verifyApiKey(db: PrismaClient, secret: string): Promise<ApiKeyCheck> {
  const match = KEY_PATTERN.exec(secret);
  if (!match)
    return {
      ok: false,
      reason: 'The API key is malformed: keys look like tg_xxxxxxxx_… as printed by `pnpm api-key create`.',
    };
  const key = await db.apiKey.findUnique({ where: { prefix: match[1]! } });
  if (!key || !sameHash(key.secretHash, hashSecret(secret))) return { ok: false, reason: 'The API key is not valid.' };
  if (key.revokedAt)
    return {
      ok: false,
      reason: `The API key "${key.name}" was revoked on ${key.revokedAt.toISOString().slice(0, 10)}.`,
    };
  return {
    ok: true,
    key: { id: key.id, role: key.role, scopeProvinceIds: key.scopeProvinceIds, scopeAgencyIds: key.scopeAgencyIds },
  };
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
