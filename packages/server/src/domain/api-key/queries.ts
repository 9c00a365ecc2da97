import { builder } from '../../schema/builder.ts';

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    authScopes: { admin: true },
    description: 'The API keys, oldest first (admin only).',
    args: {
      prefix: t.arg.string({
        required: false,
        description: 'Only the key with this prefix (as `pnpm api-key list` shows).',
      }),
      includeRevoked: t.arg.boolean({ defaultValue: false, description: 'List revoked keys too.' }),
    },
    totalCount: (_connection, args, { db }) => db.apiKey.count({ where: apiKeyWhere(args) }),
    resolve: (query, _root, args, { db }) =>
      db.apiKey.findMany({ ...query, where: apiKeyWhere(args), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
}));

function apiKeyWhere(args: { prefix?: string | null; includeRevoked?: boolean | null }) {
  return {
    prefix: args.prefix?.trim() || undefined,
    revokedAt: args.includeRevoked ? undefined : null,
  };
}
