import { column, globalId, type JsonField, type JsonSource, moneyColumn } from '../../sql/json-select.ts';

/** The Activity fields (domain/activity/type.ts) that read as SQL, for reads answered by one statement. */
export const activityJson: JsonSource = {
  table: '"Activity"',
  variants: { Activity: () => 'true' },
  fields: {
    id: globalId,
    category: column('category'),
    title: column('title'),
    description: column('description'),
    occurredOn: column('occurredOn'),
    datePrecision: column('datePrecision'),
    endedOn: column('endedOn'),
    valueVnd: moneyColumn('valueVnd'),
    fundingSource: column('fundingSource'),
    beneficiaryCount: column('beneficiaryCount'),
    beneficiaryDescription: column('beneficiaryDescription'),
    peopleSent: column('peopleSent'),
    visitCount: column('visitCount'),
    occasion: column('occasion'),
    agency: { kind: 'object', source: 'Agency', where: (row, target) => `${target}.id = ${row}."agencyId"` },
    place: { kind: 'object', source: 'Place', where: (row, target) => `${target}.id = ${row}."placeId"` },
  },
};

// The orders of Query.activities (domain/activity/queries.ts), each total.
const activityOrders: Record<string, (target: string) => string> = {
  OCCURRED_ON_DESC: (target) => `${target}."occurredOn" DESC, ${target}.id`,
  OCCURRED_ON_ASC: (target) => `${target}."occurredOn", ${target}.id`,
  RECORDED_DESC: (target) => `${target}."createdAt" DESC, ${target}.id`,
};

/** Query.activities without filters: every activity, in the order asked. */
export const allActivitiesJson: JsonField = {
  kind: 'connection',
  source: 'Activity',
  arguments: ['orderBy'],
  where: () => 'true',
  orderBy: (target, args) => {
    const order = activityOrders[String(args.literal('orderBy'))];
    if (!order) throw new Error(`Unknown activity order ${String(args.literal('orderBy'))}`);
    return order(target);
  },
};
