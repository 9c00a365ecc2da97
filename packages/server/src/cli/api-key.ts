import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { type Database, DatabaseUnavailableError, openDatabase } from '../db/database.ts';
import { DataDirectoryInUseError, type LockOwner, ownerOf } from '../db/embedded/lock.ts';
import { applyMigrations, MigrationFailedError } from '../db/migrations.ts';
import { createApiKey, revealedSecret, revokeApiKey } from '../domain/api-key/service.ts';
import { DomainError, ValidationError } from '../errors.ts';
import { ApiRole } from '../generated/prisma/enums.ts';
import type { Viewer } from '../viewer.ts';
import { runWrite } from '../write.ts';

const usage = `Usage:
  pnpm api-key create --name <name> --role VIEWER|EDITOR|ADMIN [--province <code|id>]... [--agency <id>]...
  pnpm api-key list
  pnpm api-key revoke <prefix>

An editor writes only inside its provinces (a code names the province as it is today, and covers the
provinces it replaced) or for its agencies. The key is printed once; only its hash is stored.
While a server runs on the embedded data directory, the command goes through that server.`;

/** What the commands need, from the running server (GraphQL) or from the database itself. */
interface KeyStore {
  list(): Promise<KeyRow[]>;
  create(input: NewKey): Promise<{ prefix: string; secret: string }>;
  /** The key's state before: `active` keys are revoked now. */
  revoke(prefix: string): Promise<'active' | 'revoked' | 'missing'>;
  close(): Promise<void>;
}

interface KeyRow {
  prefix: string;
  name: string;
  role: string;
  revokedAt: string | null;
  provinces: number;
  agencies: number;
}

interface NewKey {
  name: string;
  role: ApiRole;
  provinceIds: string[];
  provinceCodes: string[];
  agencyIds: string[];
}

/** A refusal the operator can act on: printed as one sentence, no stack. */
class CommandError extends Error {}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !['create', 'list', 'revoke'].includes(command)) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const store = await openKeyStore();
  try {
    if (command === 'list') return await list(store);
    if (command === 'revoke') return await revoke(store, rest[0]);
    return await create(store, rest);
  } finally {
    await store.close();
  }
}

async function create(store: KeyStore, argv: string[]): Promise<number> {
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
  const provinces = values.province ?? [];
  const key = await store.create({
    name: values.name,
    role: role as ApiRole,
    provinceIds: provinces.filter((reference) => !isProvinceCode(reference)),
    provinceCodes: provinces.filter(isProvinceCode),
    agencyIds: values.agency ?? [],
  });
  process.stdout.write(
    `Created ${role.toLowerCase()} key "${values.name}" (prefix ${key.prefix}). Store it now; it is not shown again:\n\n  ${key.secret}\n\n`,
  );
  return 0;
}

async function list(store: KeyStore): Promise<number> {
  const keys = await store.list();
  if (keys.length === 0)
    process.stdout.write('No API keys. Create one with `pnpm api-key create --name … --role …`.\n');
  for (const key of keys) {
    const state = key.revokedAt ? `revoked ${key.revokedAt.slice(0, 10)}` : 'active';
    process.stdout.write(
      `${key.prefix}  ${key.role.padEnd(6)}  ${state.padEnd(18)}  ${key.name}  (provinces: ${key.provinces}, agencies: ${key.agencies})\n`,
    );
  }
  return 0;
}

async function revoke(store: KeyStore, prefix: string | undefined): Promise<number> {
  if (!prefix) {
    process.stderr.write('Name the key to revoke by its prefix (see `pnpm api-key list`).\n');
    return 2;
  }
  const before = await store.revoke(prefix);
  if (before === 'active') {
    process.stdout.write(`Revoked ${prefix}.\n`);
    return 0;
  }
  process.stdout.write(
    before === 'revoked' ? `The key ${prefix} was already revoked.\n` : `No active key with prefix ${prefix}.\n`,
  );
  return 1;
}

function isProvinceCode(reference: string): boolean {
  return /^[0-9]{1,2}$/.test(reference.trim());
}

/**
 * The running server when one owns the embedded data directory (two processes on one directory
 * would corrupt it), otherwise the database itself.
 */
async function openKeyStore(): Promise<KeyStore> {
  const config = loadConfig();
  if (config.database.kind === 'pglite') {
    const owner = await ownerOf(config.database.dataDir);
    if (owner) {
      if (owner.holder === 'server' && owner.url && owner.localAdminKey) return serverStore(owner);
      throw new CommandError(new DataDirectoryInUseError(config.database.dataDir, owner).message);
    }
  }
  const database = await openDatabase(config.database, { holder: 'pnpm api-key' });
  try {
    // The embedded database migrates itself; a fresh data directory gets its tables here, so a key
    // can be made before the first start.
    if (config.database.kind !== 'postgres') await applyMigrations(database.adapter);
    await database.prisma.apiKey.count();
  } catch (error) {
    await database.close();
    if (isMissingTable(error)) {
      throw new CommandError(`${database.description} has no tables yet: run \`pnpm db:migrate\` first.`);
    }
    throw error;
  }
  return databaseStore(database);
}

function isMissingTable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2021';
}

/** Changes made here are the command line's own: an admin without a key. */
const commandLine: Viewer = { role: 'ADMIN', keyId: null, provinceIds: [], agencyIds: [] };

function databaseStore(database: Database): KeyStore {
  const db = database.prisma;
  return {
    async list() {
      const keys = await db.apiKey.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return keys.map((key) => ({
        prefix: key.prefix,
        name: key.name,
        role: key.role,
        revokedAt: key.revokedAt?.toISOString() ?? null,
        provinces: key.scopeProvinceIds.length,
        agencies: key.scopeAgencyIds.length,
      }));
    },
    async create(input) {
      const id = await runDomainWrite(() =>
        runWrite(db, commandLine, {
          operation: 'createApiKey',
          input,
          write: (context) => createApiKey(context, input),
        }),
      );
      const { prefix } = await db.apiKey.findUniqueOrThrow({ where: { id }, select: { prefix: true } });
      return { prefix, secret: revealedSecret(commandLine, id) ?? '' };
    },
    async revoke(prefix) {
      const key = await db.apiKey.findUnique({ where: { prefix }, select: { id: true, revokedAt: true } });
      if (!key) return 'missing';
      if (key.revokedAt) return 'revoked';
      await runDomainWrite(() =>
        runWrite(db, commandLine, {
          operation: 'revokeApiKey',
          input: { id: key.id },
          write: (context) => revokeApiKey(context, { id: key.id }),
        }),
      );
      return 'active';
    },
    close: () => database.close(),
  };
}

async function runDomainWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ValidationError) throw new CommandError(error.issues.map((issue) => issue.message).join('\n'));
    if (error instanceof DomainError) throw new CommandError(error.message);
    throw error;
  }
}

const KEY_FIELDS = 'id prefix name role revokedAt provinces { id } agencies { id }';

interface KeyNode {
  id: string;
  prefix: string;
  name: string;
  role: string;
  revokedAt: string | null;
  provinces: Array<{ id: string }>;
  agencies: Array<{ id: string }>;
}

interface Payload {
  __typename: string;
  message?: string;
  issues?: Array<{ message: string }>;
  apiKey?: KeyNode & { secret: string | null };
}

/** The running server's GraphQL API, with the local admin key it wrote into its lock file. */
function serverStore(owner: LockOwner): KeyStore {
  const endpoint = `${owner.url}/graphql`;
  async function call<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${owner.localAdminKey}`,
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new CommandError(
        `Twinning Graph runs on this data directory (pid ${owner.pid}) but does not answer at ${endpoint} (${error instanceof Error ? error.message : String(error)}); stop it, or wait until it answers.`,
      );
    }
    const body = (await response.json().catch(() => ({}))) as { data?: Data; errors?: Array<{ message: string }> };
    if (response.status === 401) {
      throw new CommandError(
        `The running server (pid ${owner.pid}) refused its local admin key (${body.errors?.[0]?.message ?? 'unauthenticated'}); restart the server to issue a new one.`,
      );
    }
    if (!body.data || body.errors?.length) {
      throw new CommandError(
        `The running server (${endpoint}) answered: ${body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`}`,
      );
    }
    return body.data;
  }
  function outcome(payload: Payload): KeyNode & { secret: string | null } {
    if (payload.apiKey) return payload.apiKey;
    throw new CommandError(
      payload.issues?.length
        ? payload.issues.map((issue) => issue.message).join('\n')
        : (payload.message ?? payload.__typename),
    );
  }
  async function keysWithPrefix(prefix: string): Promise<KeyNode[]> {
    const data = await call<{ apiKeys: { nodes: KeyNode[] } }>(
      `query($prefix: String) { apiKeys(prefix: $prefix, includeRevoked: true, first: 1) { nodes { ${KEY_FIELDS} } } }`,
      { prefix },
    );
    return data.apiKeys.nodes;
  }
  const PAYLOAD = `__typename ... on Error { message } ... on ValidationError { issues { message } }`;
  return {
    async list() {
      const keys: KeyNode[] = [];
      let after: string | null = null;
      for (;;) {
        const data: { apiKeys: { nodes: KeyNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
          await call(
            `query($after: String) { apiKeys(includeRevoked: true, first: 100, after: $after) { nodes { ${KEY_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
            { after },
          );
        keys.push(...data.apiKeys.nodes);
        if (!data.apiKeys.pageInfo.hasNextPage) break;
        after = data.apiKeys.pageInfo.endCursor;
      }
      return keys.map((key) => ({
        prefix: key.prefix,
        name: key.name,
        role: key.role,
        revokedAt: key.revokedAt,
        provinces: key.provinces.length,
        agencies: key.agencies.length,
      }));
    },
    async create(input) {
      const data = await call<{ createApiKey: Payload }>(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { ${PAYLOAD} ... on CreateApiKeySuccess { apiKey { ${KEY_FIELDS} secret } } } }`,
        { input },
      );
      const key = outcome(data.createApiKey);
      return { prefix: key.prefix, secret: key.secret ?? '' };
    },
    async revoke(prefix) {
      const [key] = await keysWithPrefix(prefix);
      if (!key) return 'missing';
      if (key.revokedAt) return 'revoked';
      const data = await call<{ revokeApiKey: Payload }>(
        `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { ${PAYLOAD} ... on RevokeApiKeySuccess { apiKey { ${KEY_FIELDS} } } } }`,
        { input: { id: key.id } },
      );
      outcome(data.revokeApiKey);
      return 'active';
    },
    close: async () => {},
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof CommandError ||
      error instanceof ConfigError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof MigrationFailedError
    ) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  },
);
