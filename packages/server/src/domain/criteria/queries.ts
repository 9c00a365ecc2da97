import type { Prisma } from '../../generated/prisma/client.ts';
import { builder } from '../../schema/builder.ts';
import { CriteriaProgrammeEnum, PlaceLevelEnum } from '../../schema/enums.ts';
import { placeTypes } from '../../schema/refs.ts';

builder.queryFields((t) => ({
  criteriaSets: t.prismaConnection({
    type: 'CriteriaSet',
    cursor: 'id',
    description:
      'Criteria sets, newest first: which set applied to communes on a date, which sets a province issued for villages.',
    args: {
      appliesTo: t.arg({ type: PlaceLevelEnum, required: false }),
      programme: t.arg({ type: CriteriaProgrammeEnum, required: false }),
      validOn: t.arg({ type: 'Date', required: false, description: 'Only sets in force on this date.' }),
      issuerPlaceId: t.arg.globalID({
        for: placeTypes,
        required: false,
        description: 'Only sets this province issued (village criteria).',
      }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
    },
    totalCount: (_root, args, { db }) => db.criteriaSet.count({ where: criteriaSetWhere(args) }),
    resolve: (query, _root, args, { db }) =>
      db.criteriaSet.findMany({
        ...query,
        where: criteriaSetWhere(args),
        orderBy: [{ validFrom: 'desc' }, { code: 'asc' }],
      }),
  }),
  criteriaSet: t.prismaField({
    type: 'CriteriaSet',
    nullable: true,
    description: 'One criteria set by its code, e.g. "NTM-COMMUNE-2021-2025".',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, { db }) => db.criteriaSet.findUnique({ ...query, where: { code: args.code } }),
  }),
}));

function criteriaSetWhere(args: {
  appliesTo?: Prisma.CriteriaSetWhereInput['appliesTo'] | null;
  programme?: Prisma.CriteriaSetWhereInput['programme'] | null;
  validOn?: Date | null;
  issuerPlaceId?: { id: string } | null;
  includeArchived?: boolean | null;
}): Prisma.CriteriaSetWhereInput {
  return {
    appliesTo: args.appliesTo ?? undefined,
    programme: args.programme ?? undefined,
    issuerPlaceId: args.issuerPlaceId?.id,
    archivedAt: args.includeArchived ? undefined : null,
    ...(args.validOn
      ? { validFrom: { lte: args.validOn }, OR: [{ validTo: null }, { validTo: { gte: args.validOn } }] }
      : {}),
  };
}
