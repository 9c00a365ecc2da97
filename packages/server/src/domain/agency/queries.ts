import type { Prisma } from '../../generated/prisma/client.ts';
import type { AgencyKind } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import { AgencyKindEnum } from '../../schema/enums.ts';
import { inList } from '../../schema/filters.ts';
import { ProvinceRef } from '../../schema/refs.ts';
import { searchWords } from '../../text/fold.ts';

builder.queryFields((t) => ({
  agencies: t.prismaConnection({
    type: 'Agency',
    cursor: 'id',
    description:
      'Find agencies by name, English name or abbreviation. Search ignores diacritics and case: "so cong thuong" finds "Sở Công Thương".',
    args: {
      search: t.arg.string({ required: false }),
      kind: t.arg({ type: [AgencyKindEnum], required: false }),
      provinceId: t.arg.globalID({
        for: ProvinceRef,
        required: false,
        description: 'Only agencies of this province (their home province).',
      }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
    },
    totalCount: (_root, args, { db }) => db.agency.count({ where: agencyWhere(args) }),
    resolve: (query, _root, args, { db }) =>
      db.agency.findMany({ ...query, where: agencyWhere(args), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
}));

interface AgencyArgs {
  search?: string | null;
  kind?: readonly AgencyKind[] | null;
  provinceId?: { id: string } | null;
  includeArchived?: boolean | null;
}

function agencyWhere(args: AgencyArgs): Prisma.AgencyWhereInput {
  const search = args.search?.trim();
  return {
    kind: inList(args.kind),
    homeProvinceId: args.provinceId?.id,
    archivedAt: args.includeArchived ? undefined : null,
    ...(search
      ? {
          OR: [
            { AND: searchWords(search).map((word) => ({ nameFolded: { contains: word } })) },
            { nameEn: { contains: search, mode: 'insensitive' } },
            { abbreviation: { equals: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}
