import { createApiKey } from '../../packages/server/src/auth/api-keys.ts';
import type { Database } from '../../packages/server/src/db/database.ts';
import type { ApiRole } from '../../packages/server/src/generated/prisma/enums.ts';

/** A real API key in the test database, as `pnpm api-key create` makes; returns the Bearer header. */
export async function apiKeyHeader(
  database: Database,
  role: ApiRole,
  scope: { provinceIds?: string[]; agencyIds?: string[] } = {},
): Promise<Record<string, string>> {
  const key = await createApiKey(database.prisma, {
    name: `test ${role.toLowerCase()}`,
    role,
    scopeProvinceIds: scope.provinceIds,
    scopeAgencyIds: scope.agencyIds,
  });
  return { authorization: `Bearer ${key.secret}` };
}
