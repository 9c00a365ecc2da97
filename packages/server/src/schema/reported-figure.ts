import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { FigureKind } from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';
import { CampaignRef } from './campaign.ts';
import { FigureKindEnum, ValueQualifierEnum } from './enums.ts';
import { type DecodedID, oncePerArgs, placeFilter, toFloat } from './filters.ts';
import { placeTypes } from './place-types.ts';

builder.prismaNode('ReportedFigure', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A number published in a report when the rows behind it are not available, e.g. "1,780 agencies twinned with 556 villages" in Đắk Lắk — stored as the aggregate it is.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    place: t.relation('place', { description: 'The place the figure is about.' }),
    metric: t.exposeString('metric', { description: 'Stable key for what is counted, e.g. "twinned_agencies".' }),
    label: t.exposeString('label', { description: 'What the number is, in English.' }),
    labelVi: t.exposeString('labelVi', { nullable: true, description: 'What the number is, in Vietnamese.' }),
    kind: t.expose('kind', { type: FigureKindEnum, description: 'An actual result or a target.' }),
    value: t.float({
      nullable: true,
      description: 'The number when it is not money: a count, a percentage, percentage points.',
      resolve: (figure) => toFloat(figure.value),
    }),
    amountVnd: t.expose('amountVnd', {
      type: 'Money',
      nullable: true,
      description: 'The number when it is money, in VND.',
    }),
    unit: t.exposeString('unit', { description: 'Unit of the number, e.g. "agencies", "%", "VND".' }),
    qualifier: t.expose('qualifier', {
      type: ValueQualifierEnum,
      description: 'How the number relates to the truth: "above 261.8 billion" is MORE_THAN.',
    }),
    scope: t.exposeString('scope', {
      nullable: true,
      description: 'Part of the place covered, when not all of it, e.g. "ethnic-minority and mountainous areas".',
    }),
    periodStart: t.expose('periodStart', {
      type: 'Date',
      nullable: true,
      description: 'First day of the period counted.',
    }),
    periodEnd: t.expose('periodEnd', { type: 'Date', nullable: true, description: 'Last day of the period counted.' }),
    year: t.exposeInt('year', { nullable: true, description: 'The year counted, for yearly figures.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The programme the figure reports on.' }),
    document: t.relation('document', { nullable: true, description: 'The report that published it.' }),
    source: t.exposeString('source', { description: 'Where it was published (news report, conference).' }),
    reportedOn: t.expose('reportedOn', { type: 'Date', nullable: true, description: 'When it was published.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
  }),
});

builder.queryFields((t) => ({
  reportedFigures: t.prismaConnection({
    type: 'ReportedFigure',
    cursor: 'id',
    description: 'Numbers published in reports, by metric and year.',
    args: {
      placeId: t.arg.globalID({ for: placeTypes, required: false }),
      includeDescendants: t.arg.boolean({
        defaultValue: false,
        description: 'With placeId: also figures about the units below it.',
      }),
      metric: t.arg.stringList({ required: false, description: 'e.g. ["twinned_agencies"].' }),
      kind: t.arg({ type: FigureKindEnum, required: false }),
      year: t.arg.int({ required: false }),
      campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
    },
    totalCount: async (_root, args, { db }) => db.reportedFigure.count({ where: await figureWhere(db, args) }),
    resolve: async (query, _root, args, { db }) =>
      db.reportedFigure.findMany({
        ...query,
        where: await figureWhere(db, args),
        orderBy: [{ metric: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

interface FigureArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  metric?: readonly string[] | null;
  kind?: FigureKind | null;
  year?: number | null;
  campaignId?: DecodedID | null;
}

function figureWhere(db: PrismaClient, args: FigureArgs): Promise<Prisma.ReportedFigureWhereInput> {
  return oncePerArgs(args, async () => ({
    placeId: await placeFilter(db, args.placeId, args.includeDescendants),
    metric: args.metric?.length ? { in: [...args.metric] } : undefined,
    kind: args.kind ?? undefined,
    year: args.year ?? undefined,
    campaignId: args.campaignId?.id,
  }));
}
