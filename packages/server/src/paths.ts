import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Files the server reads from the repository, wherever it is started from. */
export const paths = {
  root: repositoryRoot,
  prismaSchema: resolve(repositoryRoot, 'prisma/schema.prisma'),
  migrations: resolve(repositoryRoot, 'prisma/migrations'),
  schemaGraphql: resolve(repositoryRoot, 'schema.graphql'),
  adminUnits: resolve(repositoryRoot, 'prisma/data/admin-units'),
  /** The SDK's persisted-documents manifest (hash → document), made by `pnpm codegen`. */
  sdkPersistedDocuments: resolve(repositoryRoot, 'packages/sdk/src/generated/persisted-documents.json'),
};
