import { newKeyMaterial } from '../../auth/api-keys.ts';
import type { Database } from '../../db/database.ts';

/** The one key for `pnpm api-key` run beside a server on the same embedded data directory. */
export const LOCAL_ADMIN_PREFIX = 'localcli';
const LOCAL_ADMIN_NAME = 'Local command line (pnpm api-key beside the embedded server)';

/**
 * A server on an embedded data directory owns it, so commands on the same machine cannot open it:
 * they go through the server instead. It records its address and a fresh local admin key in its
 * lock file (mode 0600, inside the data directory: whoever may read it may read the database
 * anyway). The key's secret changes at every start; changes made with it are attributed to it.
 */
export async function offerLocalAdministration(database: Database, url: string): Promise<void> {
  if (!database.lock) return;
  const { secret, secretHash } = newKeyMaterial(LOCAL_ADMIN_PREFIX);
  await database.prisma.apiKey.upsert({
    where: { prefix: LOCAL_ADMIN_PREFIX },
    update: { secretHash, role: 'ADMIN', revokedAt: null, scopeProvinceIds: [], scopeAgencyIds: [] },
    create: { prefix: LOCAL_ADMIN_PREFIX, name: LOCAL_ADMIN_NAME, secretHash, role: 'ADMIN' },
  });
  await database.lock.advertise({ url: reachable(url), localAdminKey: secret });
}

/** A server listening on every interface is reached on loopback. */
function reachable(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === '0.0.0.0' || parsed.hostname === '[::]') parsed.hostname = '127.0.0.1';
  return parsed.origin;
}
