import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type PrismaTypes from '../generated/pothos-prisma-types.ts';
import { getDatamodel } from '../generated/pothos-prisma-types.ts';
import type { Context } from './context.ts';

/** The largest page any connection returns; larger `first`/`last` values are clamped. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

interface TwinningSchema {
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
}

/** The schema's type parameters, for helpers that take refs (e.g. `defineWrite`'s input type). */
export type SchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<TwinningSchema>;

export const builder = new SchemaBuilder<TwinningSchema>({
  defaultFieldNullability: false,
  // Errors first: a refusal by scope-auth then becomes the ForbiddenError member of a payload union.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authorizeOnSubscribe: true,
    // Mutations answer refusals as payload members (schema/write.ts); everywhere else they are
    // errors a client can branch on by code.
    unauthorizedError: (_parent, context, info) =>
      context.viewer.role === 'ANONYMOUS'
        ? new GraphQLError(
            `${info.parentType.name}.${info.fieldName} needs an API key: send \`Authorization: Bearer tg_…\`.`,
            {
              extensions: { code: 'UNAUTHENTICATED' },
            },
          )
        : new GraphQLError(`This API key may not read ${info.parentType.name}.${info.fieldName}.`, {
            extensions: { code: 'FORBIDDEN' },
          }),
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
