import { dateRange } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { DocumentKind } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import { DocumentKindEnum } from '../../schema/enums.ts';
import { inList } from '../../schema/filters.ts';
import { placeTypes } from '../../schema/refs.ts';
import { foldForSearch } from '../../text/fold.ts';

const DocumentOrder = builder.enumType('DocumentOrder', {
  description: 'How to sort documents.',
  values: {
    ISSUED_ON_DESC: { description: 'Newest first; undated documents last.' },
    ISSUED_ON_ASC: { description: 'Oldest first; undated documents last.' },
    NUMBER: { description: 'By number as written.' },
  } as const,
});

builder.queryFields((t) => ({
  documents: t.prismaConnection({
    type: 'Document',
    cursor: 'id',
    description:
      'Find decisions and other documents by number or title. "2072" finds "2072/QD-UBND"; the number is matched without diacritics ("QĐ" = "QD").',
    args: {
      search: t.arg.string({ required: false, description: 'Part of the number, the title or the issuer.' }),
      kind: t.arg({ type: [DocumentKindEnum], required: false }),
      issuerPlaceId: t.arg.globalID({
        for: placeTypes,
        required: false,
        description: 'Only documents issued by bodies of this place (usually a province).',
      }),
      issuedFrom: t.arg({ type: 'Date', required: false }),
      issuedTo: t.arg({ type: 'Date', required: false }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
      orderBy: t.arg({ type: DocumentOrder, defaultValue: 'ISSUED_ON_DESC' }),
    },
    totalCount: (_root, args, { db }) => db.document.count({ where: documentWhere(args) }),
    resolve: (query, _root, args, { db }) =>
      db.document.findMany({
        ...query,
        where: documentWhere(args),
        orderBy: documentOrder[args.orderBy ?? 'ISSUED_ON_DESC'],
      }),
  }),
}));

const documentOrder: Record<'ISSUED_ON_DESC' | 'ISSUED_ON_ASC' | 'NUMBER', Prisma.DocumentOrderByWithRelationInput[]> =
  {
    ISSUED_ON_DESC: [{ issuedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    ISSUED_ON_ASC: [{ issuedOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    NUMBER: [{ number: 'asc' }, { id: 'asc' }],
  };

interface DocumentArgs {
  search?: string | null;
  kind?: readonly DocumentKind[] | null;
  issuerPlaceId?: { id: string } | null;
  issuedFrom?: Date | null;
  issuedTo?: Date | null;
  includeArchived?: boolean | null;
}

function documentWhere(args: DocumentArgs): Prisma.DocumentWhereInput {
  const search = args.search?.trim();
  return {
    kind: inList(args.kind),
    issuerPlaceId: args.issuerPlaceId?.id,
    issuedOn: dateRange({ from: args.issuedFrom, to: args.issuedTo }),
    archivedAt: args.includeArchived ? undefined : null,
    ...(search
      ? {
          OR: [
            { numberFolded: { contains: foldForSearch(search) } },
            { title: { contains: search, mode: 'insensitive' } },
            { issuer: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}
