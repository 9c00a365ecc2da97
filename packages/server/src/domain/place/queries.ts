import { todayInVietnam } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { PlaceKind, PlaceLevel } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import { PlaceKindEnum, PlaceLevelEnum } from '../../schema/enums.ts';
import { foldForSearch } from '../../text/fold.ts';

const PlaceOrder = builder.enumType('PlaceOrder', { values: ['NAME', 'CODE'] as const });

builder.queryFields((t) => ({
  places: t.prismaConnection({
    type: 'Place',
    cursor: 'id',
    description:
      'Find administrative units. Search ignores diacritics and case: "dong giang" finds "Đông Giang". By default only the units that exist today, as `place(code)` answers; `asOf` asks for another day, `includeHistory` for every version of every unit, and `parentId` lists the units below that version of a place, of its time.',
    args: {
      search: t.arg.string({ required: false }),
      level: t.arg({ type: PlaceLevelEnum, required: false }),
      kind: t.arg({ type: [PlaceKindEnum], required: false }),
      parentId: t.arg.globalID({
        required: false,
        description:
          'Only units directly below this place: all of them, of the place’s time (a district abolished in 2025 lists its communes), unless asOf narrows them to a day.',
      }),
      code: t.arg.string({ required: false }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description:
          'Only units that existed on this date (default: today). The 2025 reform left units in two versions, one either side of 1 July 2025 (Điện Biên province among them); a day picks one.',
      }),
      includeHistory: t.arg.boolean({
        defaultValue: false,
        description:
          'Without asOf: every version of every unit, including those that no longer exist (each reform leaves one more). Ignored with asOf.',
      }),
      extremelyDisadvantaged: t.arg.boolean({ required: false }),
      includeArchived: t.arg.boolean({ defaultValue: false, description: 'Also units archived as entered in error.' }),
      orderBy: t.arg({ type: PlaceOrder, defaultValue: 'NAME' }),
    },
    totalCount: (_root, args, { db }) => db.place.count({ where: placesWhere(args) }),
    resolve: (query, _root, args, { db }) => {
      const where = placesWhere(args);
      const orderBy: Prisma.PlaceOrderByWithRelationInput[] =
        args.orderBy === 'CODE' ? [{ code: 'asc' }, { id: 'asc' }] : [{ name: 'asc' }, { id: 'asc' }];
      return db.place.findMany({ ...query, where, orderBy });
    },
  }),
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    description:
      'The unit that carried an official code on a date (default today). Codes are reused: "24" is Bắc Giang before 1 July 2025 and Bắc Ninh after.',
    args: {
      code: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
    },
    resolve: (query, _root, args, { db }) =>
      db.place.findFirst({
        ...query,
        where: { code: args.code.trim(), archivedAt: null, ...validOnFilter(args.asOf ?? todayInVietnam()) },
        orderBy: { level: 'asc' },
      }),
  }),
}));

interface PlacesArgs {
  search?: string | null;
  level?: PlaceLevel | null;
  kind?: PlaceKind[] | null;
  parentId?: { id: string } | null;
  code?: string | null;
  asOf?: Date | null;
  includeHistory?: boolean | null;
  extremelyDisadvantaged?: boolean | null;
  includeArchived?: boolean | null;
}

function placesWhere(args: PlacesArgs): Prisma.PlaceWhereInput {
  return {
    level: args.level ?? undefined,
    kind: args.kind ? { in: args.kind } : undefined,
    parentId: args.parentId ? args.parentId.id : undefined,
    code: args.code ?? undefined,
    extremelyDisadvantaged: args.extremelyDisadvantaged ?? undefined,
    archivedAt: args.includeArchived ? undefined : null,
    ...(args.search ? { nameFolded: { contains: foldForSearch(args.search) } } : {}),
    ...(args.asOf
      ? validOnFilter(args.asOf)
      : args.includeHistory || args.parentId
        ? {}
        : validOnFilter(todayInVietnam())),
  };
}

export function validOnFilter(date: Date): Prisma.PlaceWhereInput {
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: date } }] },
      { OR: [{ validTo: null }, { validTo: { gte: date } }] },
    ],
  };
}
