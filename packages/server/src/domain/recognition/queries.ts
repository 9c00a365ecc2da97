import type { Prisma } from '../../generated/prisma/client.ts';
import type {
  AttainmentLevel,
  CriteriaProgramme,
  PlaceLevel,
  RecognitionStatus,
} from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import {
  AttainmentLevelEnum,
  CriteriaProgrammeEnum,
  PlaceLevelEnum,
  RecognitionStatusEnum,
} from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { placeTypes } from '../../schema/refs.ts';

builder.queryFields((t) => ({
  recognitions: t.prismaConnection({
    type: 'Recognition',
    cursor: 'id',
    description:
      'Places recognised (or applying to be recognised) at a level, newest year first: "which communes of Hà Tĩnh reached advanced NTM in 2023?".',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: true,
        description: 'With placeId: also the units below it (default).',
      }),
      placeLevel: t.arg({ type: PlaceLevelEnum, required: false, description: 'Only places of this level.' }),
      year: t.arg.int({ required: false }),
      programme: t.arg({ type: CriteriaProgrammeEnum, required: false }),
      level: t.arg({ type: [AttainmentLevelEnum], required: false }),
      status: t.arg({ type: [RecognitionStatusEnum], required: false }),
    },
    totalCount: async (_root, args, context) =>
      context.db.recognition.count({ where: await recognitionWhere(context, args) }),
    resolve: async (query, _root, args, context) =>
      context.db.recognition.findMany({
        ...query,
        where: await recognitionWhere(context, args),
        orderBy: [{ year: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

interface RecognitionArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  placeLevel?: PlaceLevel | null;
  year?: number | null;
  programme?: CriteriaProgramme | null;
  level?: readonly AttainmentLevel[] | null;
  status?: readonly RecognitionStatus[] | null;
}

async function recognitionWhere(context: Context, args: RecognitionArgs): Promise<Prisma.RecognitionWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants ?? true),
    ...(args.placeLevel ? { place: { level: args.placeLevel } } : {}),
    year: args.year ?? undefined,
    programme: args.programme ?? undefined,
    level: inList(args.level),
    status: inList(args.status),
  };
}
