import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { upsertIndicatorObservation } from '../writes/indicator-observations.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION, payload, selectingId } from '../writes/mutation.ts';
import { builder } from './builder.ts';
import { ValueQualifierEnum } from './enums.ts';
import { type DecodedID, oncePerArgs, placeFilter } from './filters.ts';
import { placeTypes } from './place-types.ts';

builder.prismaNode('Indicator', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A statistical series tracked per place and year: poverty rate (tỷ lệ hộ nghèo), near-poor rate (tỷ lệ hộ cận nghèo), electricity access …',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. "POVERTY_RATE".' }),
    name: t.exposeString('name', { description: 'English name.' }),
    nameVi: t.exposeString('nameVi', { description: 'Vietnamese name.' }),
    unit: t.exposeString('unit', { description: 'Unit of the values, e.g. "%".' }),
    lowerIsBetter: t.exposeBoolean('lowerIsBetter', {
      description: 'True when a fall is an improvement (poverty rate).',
    }),
    description: t.exposeString('description', { nullable: true, description: 'How the series is defined.' }),
    observations: t.relatedConnection('observations', {
      cursor: 'id',
      totalCount: true,
      description: 'Values of the series, oldest year first.',
      args: {
        placeId: t.arg.globalID({ for: placeTypes, required: false, description: 'Only this place’s values.' }),
        fromYear: t.arg.int({ required: false }),
        toYear: t.arg.int({ required: false }),
      },
      query: (args) => ({
        where: { placeId: args.placeId?.id, year: yearRange(args.fromYear, args.toYear) },
        orderBy: [{ year: 'asc' }, { id: 'asc' }],
      }),
    }),
  }),
});

builder.prismaNode('IndicatorObservation', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'The value of an indicator for a place in a year, e.g. Ninh Thuận’s poverty rate at the end of 2023: 4.21%.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The series the value belongs to.' }),
    place: t.relation('place', { description: 'The place measured.' }),
    year: t.exposeInt('year', { description: 'The year measured (the value at its end, for rates).' }),
    value: t.float({ description: 'The value, in the indicator’s unit.', resolve: (row) => row.value.toNumber() }),
    qualifier: t.expose('qualifier', {
      type: ValueQualifierEnum,
      description: 'How the published number relates to the truth: exact, about, more than …',
    }),
    source: t.exposeString('source', { nullable: true, description: 'Where the value was published.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
  }),
});

builder.queryFields((t) => ({
  indicators: t.prismaConnection({
    type: 'Indicator',
    cursor: 'id',
    description: 'The statistical series tracked, by code.',
    args: {
      search: t.arg.string({ required: false, description: 'Part of the code or the English or Vietnamese name.' }),
    },
    totalCount: (_root, args, { db }) => db.indicator.count({ where: indicatorWhere(args.search) }),
    resolve: (query, _root, args, { db }) =>
      db.indicator.findMany({
        ...query,
        where: indicatorWhere(args.search),
        orderBy: [{ code: 'asc' }, { id: 'asc' }],
      }),
  }),
  indicator: t.prismaField({
    type: 'Indicator',
    nullable: true,
    description: 'One series by its code, e.g. "POVERTY_RATE".',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, { db }) => db.indicator.findUnique({ ...query, where: { code: args.code } }),
  }),
  indicatorObservations: t.prismaConnection({
    type: 'IndicatorObservation',
    cursor: 'id',
    description: 'Indicator values by place and year, oldest first: a poverty-rate trend, a ranking of communes.',
    args: {
      indicatorCode: t.arg.stringList({ required: false, description: 'e.g. ["POVERTY_RATE", "NEAR_POOR_RATE"].' }),
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also the units below it.',
      }),
      year: t.arg.int({ required: false }),
      fromYear: t.arg.int({ required: false }),
      toYear: t.arg.int({ required: false }),
    },
    totalCount: async (_root, args, { db }) =>
      db.indicatorObservation.count({ where: await observationWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.indicatorObservation.findMany({
        ...query,
        where: await observationWhere(db, args),
        orderBy: [{ year: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

function indicatorWhere(search: string | null | undefined): Prisma.IndicatorWhereInput {
  const text = search?.trim();
  if (!text) return {};
  return {
    OR: [
      { code: { contains: text, mode: 'insensitive' } },
      { name: { contains: text, mode: 'insensitive' } },
      { nameVi: { contains: text, mode: 'insensitive' } },
    ],
  };
}

interface ObservationArgs {
  indicatorCode?: readonly string[] | null;
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  year?: number | null;
  fromYear?: number | null;
  toYear?: number | null;
}

function observationWhere(db: PrismaClient, args: ObservationArgs): Promise<Prisma.IndicatorObservationWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants),
    ...(args.indicatorCode?.length ? { indicator: { code: { in: [...args.indicatorCode] } } } : {}),
    year: args.year ?? yearRange(args.fromYear, args.toYear),
  }));
}

function yearRange(from: number | null | undefined, to: number | null | undefined): Prisma.IntFilter | undefined {
  if (from == null && to == null) return undefined;
  return { ...(from != null ? { gte: from } : {}), ...(to != null ? { lte: to } : {}) };
}

// ─── Mutations ───────────────────────────────────────────────────────────────────────────────

const UpsertIndicatorObservationInput = builder.inputType('UpsertIndicatorObservationInput', {
  description: 'An indicator’s value for a place in a year; replaces an earlier value of the same three.',
  fields: (t) => ({
    placeId: t.id({ required: true }),
    indicatorCode: t.string({ required: true, description: 'e.g. "POVERTY_RATE".' }),
    year: t.int({ required: true }),
    value: t.float({ required: true, description: 'In the indicator’s unit; percentages are 0–100.' }),
    qualifier: t.field({ type: ValueQualifierEnum, required: false, description: 'Default EXACT.' }),
    source: t.string({ required: false, description: 'Where the value was published.' }),
  }),
});

builder.mutationField('upsertIndicatorObservation', (t) =>
  t.prismaField({
    type: 'IndicatorObservation',
    description:
      'Record a statistical value (poverty rate, electricity access …). Editors write within their provinces.',
    errors: payload('upsertIndicatorObservation', 'observation'),
    args: {
      input: t.arg({ type: UpsertIndicatorObservationInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await upsertIndicatorObservation(context, args);
      return context.db.indicatorObservation.findUniqueOrThrow({ ...selectingId(query), where: { id } });
    },
  }),
);
