import { twinningSupportTotals } from '../../analytics/support-total/sql.ts';
import { SupportTotalRef } from '../../analytics/support-total/type.ts';
import { builder } from '../../schema/builder.ts';
import { DatePrecisionEnum, TwinningRelationEnum, TwinningStatusEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { TwinningRef } from '../../schema/refs.ts';

builder.prismaObjectFields(TwinningRef, (t) => ({
  agency: t.relation('agency', { description: 'Who was assigned.' }),
  place: t.relation('place', { description: 'The province, district, commune or village it twins with.' }),
  document: t.relation('document', {
    nullable: true,
    description: 'The decision or Party document that made the assignment, e.g. 2072/QD-UBND.',
  }),
  campaign: t.relation('campaign', { nullable: true, description: 'The programme the twinning belongs to.' }),
  relation: t.expose('relation', { type: TwinningRelationEnum, description: 'Twinning, help or sponsorship.' }),
  status: t.expose('status', { type: TwinningStatusEnum, description: 'Planned, active or ended.' }),
  startsOn: t.expose('startsOn', { type: 'Date', description: 'First day; see startPrecision.' }),
  startPrecision: t.expose('startPrecision', {
    type: DatePrecisionEnum,
    description: 'How much of startsOn the source gives ("end of August 2016" is MONTH).',
  }),
  endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: 'Last day; null while open-ended.' }),
  endedReason: t.exposeString('endedReason', { nullable: true, description: 'Why it ended, when it has.' }),
  note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
  createdAt: t.expose('createdAt', recordDates.createdAt),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
  isActiveOn: t.boolean({
    description: 'True when the twinning runs on this date (from startsOn to endsOn, inclusive).',
    args: { date: t.arg({ type: 'Date', required: true }) },
    resolve: (twinning, args) =>
      twinning.startsOn <= args.date && (twinning.endsOn === null || twinning.endsOn >= args.date),
  }),
  activities: t.relatedConnection('activities', {
    cursor: 'id',
    totalCount: true,
    description: 'Activities recorded under this twinning, newest first.',
    query: { orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }] },
  }),
  needs: t.relatedConnection('needs', {
    cursor: 'id',
    totalCount: true,
    description: 'Needs the place addressed through this twinning, newest first.',
    query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
  }),
  supportTotal: t.loadable({
    type: SupportTotalRef,
    description:
      'Value (VND) and number of the activities delivered along this twinning, computed in the database: those recorded under it, and those of the same agency at the same place while it ran.',
    args: {
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    // One statement for every twinning of a page asked with the same arguments.
    byPath: true,
    load: async (ids: string[], context, args) => {
      const totals = await twinningSupportTotals(context.db, ids, { from: args.from, to: args.to });
      return ids.map((id) => totals.get(id) ?? { valueVnd: 0n, activityCount: 0 });
    },
    resolve: (twinning) => twinning.id,
  }),
}));
