import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  ID: 'string',
  Money: 'string',
  Date: 'string',
  DateTime: 'string',
  JSONObject: 'Record<string, unknown>',
};

/**
 * Typed documents, generated from the committed schema (committed; test/sdk-codegen.test.ts fails
 * when stale): the SDK's operations into `packages/sdk/src/generated/`, and the tests' `graphql(…)`
 * documents into `test/generated/`, so `graphql(\`query …\`)` in a test is a
 * `TypedDocumentNode<Result, Variables>`.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'packages/sdk/src/generated/': {
      documents: ['packages/sdk/src/operations/*.graphql'],
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
        scalars,
        enumType: 'string-literal',
        useTypeImports: true,
        importExtension: '.ts',
        nonOptionalTypename: false,
      },
    },
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/**/node_modules/**', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        strictScalars: true,
        scalars,
        enumType: 'string-literal',
        useTypeImports: true,
        importExtension: '.ts',
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
