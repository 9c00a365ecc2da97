import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The SDK's typed documents: `pnpm codegen` reads the committed schema and the SDK's operations and
 * writes `packages/sdk/src/generated/` (committed; test/sdk-codegen.test.ts fails when stale).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['packages/sdk/src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'packages/sdk/src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          mode: 'embedHashInDocument',
          // Bare hex SHA-256 of the manifest's text: what graphql-yoga's persisted-operations plugin
          // reads from `extensions.persistedQuery.sha256Hash` by default, and checkable by anyone.
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      config: {
        strictScalars: true,
        scalars: {
          ID: 'string',
          Money: 'string',
          Date: 'string',
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
        },
        enumType: 'string-literal',
        useTypeImports: true,
        importExtension: '.ts',
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
