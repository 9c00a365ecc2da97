import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from '../context.ts';
import type PrismaTypes from '../generated/pothos-prisma-types.ts';
import { getDatamodel } from '../generated/pothos-prisma-types.ts';

/** The largest page any connection returns; larger `first`/`last` values are clamped. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number | bigint };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Money: { Input: bigint; Output: bigint | number };
    JSONObject: { Input: Record<string, unknown>; Output: unknown };
  };
  AuthScopes: {
    public: boolean;
    viewer: boolean;
    editor: boolean;
    admin: boolean;
  };
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      public: true,
      viewer: context.viewer.role !== 'ANONYMOUS',
      editor: context.viewer.role === 'EDITOR' || context.viewer.role === 'ADMIN',
      admin: context.viewer.role === 'ADMIN',
    }),
  },
  errors: { defaultTypes: [] },
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
  },
});

builder.queryType({ description: 'Read the twinning graph: places, agencies, twinnings, activities and criteria.' });
builder.mutationType({
  description:
    'Change the graph. Every mutation is one transaction: it returns its result or a typed error, and an error writes nothing.',
});
