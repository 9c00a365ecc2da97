import { parseArgs } from 'node:util';
import { createApiKey } from '../auth/api-keys.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseUnavailableError, openDatabase, type PrismaClient } from '../db/database.ts';
import { ApiRole } from '../generated/prisma/enums.ts';

const usage = `Usage:
  pnpm api-key create --name <name> --role VIEWER|EDITOR|ADMIN [--province <code|id>]... [--agency <id>]...
  pnpm api-key list
  pnpm api-key revoke <prefix>

An editor writes only inside its provinces (a code names the province as it is today, and covers the
provinces it replaced) or for its agencies. The key is printed once; only its hash is stored.`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !['create', 'list', 'revoke'].includes(command)) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    if (command === 'list') return await list(database.prisma);
    if (command === 'revoke') return await revoke(database.prisma, rest[0]);
    return await create(database.prisma, rest);
  } finally {
    await database.close();
  }
}

async function create(db: PrismaClient, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      province: { type: 'string', multiple: true },
      agency: { type: 'string', multiple: true },
    },
  });
  const role = values.role?.toUpperCase();
  if (!values.name || !role || !(role in ApiRole)) {
    process.stderr.write(`Give the key a --name and a --role (VIEWER, EDITOR or ADMIN).\n\n${usage}\n`);
    return 2;
  }
  const scopeProvinceIds: string[] = [];
  for (const reference of values.province ?? []) {
    const ids = await provinceWithPredecessors(db, reference);
    if (ids.length === 0) {
      process.stderr.write(
        `No province "${reference}": give its code as it is today (e.g. 11 for Điện Biên) or its ID.\n`,
      );
      return 1;
    }
    scopeProvinceIds.push(...ids);
  }
  const agencies = values.agency ?? [];
  const found = await db.agency.count({ where: { id: { in: agencies } } });
  if (found !== agencies.length) {
    process.stderr.write(
      'One of the --agency IDs does not exist (use the agency UUID, e.g. from `agencies { nodes { id } }`).\n',
    );
    return 1;
  }
  const key = await createApiKey(db, {
    name: values.name,
    role: role as ApiRole,
    scopeProvinceIds,
    scopeAgencyIds: agencies,
  });
  process.stdout.write(
    `Created ${role.toLowerCase()} key "${values.name}" (prefix ${key.prefix}). Store it now; it is not shown again:\n\n  ${key.secret}\n\n`,
  );
  return 0;
}

async function list(db: PrismaClient): Promise<number> {
  const keys = await db.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
  if (keys.length === 0)
    process.stdout.write('No API keys. Create one with `pnpm api-key create --name … --role …`.\n');
  for (const key of keys) {
    const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString().slice(0, 10)}` : 'active';
    process.stdout.write(
      `${key.prefix}  ${key.role.padEnd(6)}  ${state.padEnd(18)}  ${key.name}  (provinces: ${key.scopeProvinceIds.length}, agencies: ${key.scopeAgencyIds.length})\n`,
    );
  }
  return 0;
}

async function revoke(db: PrismaClient, prefix: string | undefined): Promise<number> {
  if (!prefix) {
    process.stderr.write('Name the key to revoke by its prefix (see `pnpm api-key list`).\n');
    return 2;
  }
  const updated = await db.apiKey.updateMany({ where: { prefix, revokedAt: null }, data: { revokedAt: new Date() } });
  process.stdout.write(updated.count === 1 ? `Revoked ${prefix}.\n` : `No active key with prefix ${prefix}.\n`);
  return updated.count === 1 ? 0 : 1;
}

/** A province as it is today and every province it replaced, so history stays writable. */
async function provinceWithPredecessors(db: PrismaClient, reference: string): Promise<string[]> {
  const today = new Date();
  const province = await db.place.findFirst({
    where: {
      level: 'PROVINCE',
      ...(/^[0-9a-f-]{36}$/i.test(reference)
        ? { id: reference }
        : { code: reference.padStart(2, '0'), OR: [{ validTo: null }, { validTo: { gte: today } }] }),
    },
  });
  if (!province) return [];
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE back(id) AS (
      SELECT ${province.id}::uuid
      UNION
      SELECT l."predecessorId" FROM back JOIN "PlaceLineage" l ON l."successorId" = back.id
    )
    SELECT back.id::text AS id FROM back JOIN "Place" p ON p.id = back.id WHERE p.level = 'PROVINCE'`;
  return rows.map((row) => row.id);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  },
);
