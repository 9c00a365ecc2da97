import { ApiRole } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { AgencyRef, PlaceRef } from '../../schema/refs.ts';
import { revealedSecret } from './service.ts';

export const ApiRoleEnum = builder.enumType(ApiRole, {
  name: 'ApiRole',
  description:
    'What a key may do: VIEWER reads (including the audit trail), EDITOR also writes inside its provinces or for its agencies, ADMIN does anything.',
});

/** No key has this ID: what a non-admin's lookup is narrowed to, so node(id) answers null. */
const NO_KEY = '00000000-0000-0000-0000-000000000000';

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  // node(id) of a key answers null to anyone but an admin, as for a missing one.
  nullable: true,
  id: { field: 'id' },
  findUnique: (id, context: Context) => ({ id: context.viewer.role === 'ADMIN' ? id : NO_KEY }),
  description:
    'An API key (admin only). Only a hash of its secret is stored: the secret itself is shown once, by createApiKey.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Who or what uses it, e.g. "Sở Công Thương Điện Biên".' }),
    prefix: t.exposeString('prefix', {
      description: 'The characters after `tg_` that identify the key in lists and logs.',
    }),
    role: t.expose('role', { type: ApiRoleEnum }),
    provinces: t.field({
      type: [PlaceRef],
      description:
        'An editor’s provinces: those named when the key was made and the provinces they replaced. Empty for viewer and admin keys.',
      resolve: (key, _args, { db }) =>
        key.scopeProvinceIds.length === 0
          ? []
          : db.place.findMany({
              where: { id: { in: key.scopeProvinceIds } },
              orderBy: [{ code: 'asc' }, { id: 'asc' }],
            }),
    }),
    agencies: t.field({
      type: [AgencyRef],
      description: 'An editor’s agencies: it may write on their behalf anywhere.',
      resolve: (key, _args, { db }) =>
        key.scopeAgencyIds.length === 0
          ? []
          : db.agency.findMany({ where: { id: { in: key.scopeAgencyIds } }, orderBy: { id: 'asc' } }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; requests with it have been refused since.',
    }),
    secret: t.string({
      nullable: true,
      select: { id: true },
      description:
        'The full key (`tg_…`), only in the response of the createApiKey that made it — store it then. Null everywhere else, including a retry with the same idempotency key.',
      resolve: (key, _args, context) => revealedSecret(context.viewer, key.id),
    }),
  }),
});
