import { encodeGlobalID } from '@pothos/plugin-relay';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { daysMeant, todayInVietnam } from '../../dates.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ChangeRecord, WriteContext } from '../../write.ts';
import { assertCanWriteEach, type WriteTarget } from '../access.ts';
import { enclosingPlaces, placeFactsSelect } from '../place/facts.ts';
import { IssueCollector, shapeIssues, validateInput } from '../rules.ts';
import {
  type ActivityChanges,
  type ActivityDraft,
  type ActivityFields,
  type ActivityReferences,
  activityChangesShape,
  activityReference,
  activityShape,
  activityWithParts,
  applyChanges,
  checkDraft,
  checkReferences,
  draftFromFields,
  draftFromStored,
  type NeedRow,
  type ResolvedDraft,
  resolveLead,
  type StoredActivity,
  type TwinningFacts,
  twinningFactsSelect,
  uncleared,
} from './rules.ts';

/** The most activities one request may record; larger imports are split by the client. */
export const MAX_ACTIVITIES_PER_REQUEST = 1000;

/** Records one activity (recordActivity). */
export async function recordActivity(context: WriteContext, input: ActivityFields): Promise<string> {
  const [id] = await recordMany(context, [input], () => ['input']);
  if (!id) throw new Error('unreachable: one activity in, no ID out');
  return id;
}

/** Records a batch (recordActivities): paths name the bad field, e.g. ["input", "activities", "37", "valueVnd"]. */
export async function recordActivities(
  context: WriteContext,
  input: { activities: readonly ActivityFields[] },
): Promise<string[]> {
  const { activities } = input;
  const listPath = ['input', 'activities'];
  if (activities.length === 0) throw new ValidationError([{ path: listPath, message: 'Give at least one activity.' }]);
  if (activities.length > MAX_ACTIVITIES_PER_REQUEST) {
    throw new ValidationError([
      {
        path: listPath,
        message: `At most ${MAX_ACTIVITIES_PER_REQUEST.toLocaleString('en')} activities per request (got ${activities.length.toLocaleString('en')}); send the rest in another request.`,
      },
    ]);
  }
  return recordMany(context, activities, (index) => [...listPath, String(index)], true);
}

/**
 * Records activities all or nothing: every activity is checked first and every bad field of
 * every activity is reported together; only then are they written, with one statement per table.
 * Returns the new IDs in input order.
 */
async function recordMany(
  context: WriteContext,
  inputs: readonly ActivityFields[],
  pathOf: (index: number) => string[],
  labelRefusals = false,
): Promise<string[]> {
  const { tx } = context;
  const today = todayInVietnam();
  const issues = new IssueCollector();
  const drafts = inputs.map((input, index) => {
    const parsed = activityShape.safeParse(input);
    if (!parsed.success) {
      addShapeIssues(issues, pathOf(index), parsed.error);
      return null;
    }
    const draft = draftFromFields(parsed.data);
    checkDraft(draft, pathOf(index), issues, today);
    return draft;
  });

  const twinnings = await loadTwinnings(tx, drafts);
  await assertCanWriteEach(
    tx,
    context.viewer,
    drafts.flatMap((draft, index) =>
      draft ? [targetOf(draft, twinnings, labelRefusals ? pathOf(index).join('.') : undefined)] : [],
    ),
  );
  const references = await loadReferences(tx, drafts);
  drafts.forEach((draft, index) => {
    if (draft) checkReferences(draft, references, pathOf(index), issues);
  });
  issues.throwIfAny();
  const resolved = drafts.map((draft) => resolve(draft, references));
  return insertActivities(context, resolved, references, today);
}

/** Changes an activity; lists that are sent (items, partners, criteria) replace the stored ones. */
export async function updateActivity(context: WriteContext, input: ActivityChanges & { id: string }): Promise<string> {
  const { id: rawId, ...changes } = input;
  const { id: activityId } = validateInput(activityReference, { id: rawId });
  const { tx } = context;
  const issues = new IssueCollector();
  const kept = { ...changes };
  for (const field of uncleared) {
    if (kept[field] !== null) continue;
    issues.add(['input', field], 'Cannot be cleared; leave it out to keep the stored value.');
    delete kept[field];
  }
  const parsed = activityChangesShape.safeParse(kept);
  if (!parsed.success) addShapeIssues(issues, ['input'], parsed.error);

  const before = await lockActivity(tx, activityId);
  const planned = parsed.success ? applyChanges(draftFromStored(before), parsed.data) : null;
  const twinnings = planned ? await loadTwinnings(tx, [planned]) : new Map<string, TwinningFacts>();
  // Moving an activity needs the right to write both where it was and where it goes.
  await assertCanWriteEach(tx, context.viewer, [
    { placeIds: [before.placeId], agencyIds: [before.agencyId] },
    ...(planned ? [targetOf(planned, twinnings)] : []),
  ]);
  if (!parsed.success || issues.issues.length > 0) throw new ValidationError(issues.issues);
  const { data } = parsed;
  const draft = applyChanges(draftFromStored(before), data);
  const today = todayInVietnam();
  checkDraft(draft, ['input'], issues, today);
  const references = await loadReferences(tx, [draft]);
  checkReferences(draft, references, ['input'], issues, before.needId);
  issues.throwIfAny();
  const next = resolve(draft, references);

  await tx.activity.update({ where: { id: activityId }, data: activityColumns(next) });
  if (data.items !== undefined) {
    await tx.activityItem.deleteMany({ where: { activityId } });
    await tx.activityItem.createMany({ data: itemRows(activityId, next) });
  }
  if (data.partners !== undefined) {
    await tx.activityPartner.deleteMany({ where: { activityId } });
    await tx.activityPartner.createMany({ data: partnerRows(activityId, next) });
  }
  if (data.criterionIds !== undefined) {
    await tx.activityCriterion.deleteMany({ where: { activityId } });
    await tx.activityCriterion.createMany({ data: criterionRows(activityId, next) });
  }
  const after = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, include: activityWithParts });
  context.record({
    type: 'ActivityUpdated',
    entityId: activityId,
    before: activitySnapshot(before),
    after: activitySnapshot(after),
  });
  if (next.needId && next.needId !== before.needId) {
    context.record(...(await fulfilNeeds(tx, [{ ...next, id: activityId }], references, today)));
  }
  return activityId;
}

/** Deletes an activity with its items, partners and criteria; the audit row keeps what it was. */
export async function deleteActivity(context: WriteContext, raw: z.input<typeof activityReference>): Promise<string> {
  const { id: activityId } = validateInput(activityReference, raw);
  const { tx } = context;
  const before = await lockActivity(tx, activityId);
  await assertCanWriteEach(tx, context.viewer, [{ placeIds: [before.placeId], agencyIds: [before.agencyId] }]);
  await tx.activity.delete({ where: { id: activityId } });
  context.record({ type: 'ActivityDeleted', entityId: activityId, before: activitySnapshot(before) });
  return activityId;
}

/** An activity as the audit trail records it: its row with its items, partners and criteria. */
export function activitySnapshot(activity: StoredActivity) {
  const { items, partners, criteria, ...row } = activity;
  return {
    ...row,
    items: items.map(({ activityId: _activity, ...item }) => item),
    partners: partners.map(({ activityId: _activity, ...partner }) => partner),
    criterionIds: criteria.map((link) => link.criterionId),
  };
}

function addShapeIssues(issues: IssueCollector, path: string[], error: z.ZodError): void {
  for (const issue of shapeIssues(path, error)) issues.add(issue.path, issue.message);
}

function targetOf(draft: ActivityDraft, twinnings: ReadonlyMap<string, TwinningFacts>, label?: string): WriteTarget {
  const lead = resolveLead(draft, twinnings);
  return {
    placeIds: lead.placeId ? [lead.placeId] : [],
    agencyIds: lead.agencyId ? [lead.agencyId] : [],
    label,
  };
}

async function loadTwinnings(
  db: Prisma.TransactionClient,
  drafts: ReadonlyArray<ActivityDraft | null>,
): Promise<Map<string, TwinningFacts>> {
  const ids = unique(drafts.map((draft) => draft?.twinningId));
  if (ids.length === 0) return new Map();
  const rows = await db.twinning.findMany({ where: { id: { in: ids } }, select: twinningFactsSelect });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Everything a batch refers to, in one query per table, with the needs it fulfils locked. */
async function loadReferences(
  tx: Prisma.TransactionClient,
  drafts: ReadonlyArray<ActivityDraft | null>,
): Promise<ActivityReferences> {
  const present = drafts.filter((draft): draft is ActivityDraft => draft !== null);
  const twinnings = await loadTwinnings(tx, present);
  const leads = present.map((draft) => resolveLead(draft, twinnings));
  const agencyIds = unique([
    ...leads.map((lead) => lead.agencyId),
    ...present.flatMap((draft) => draft.partners.map((partner) => partner.agencyId)),
  ]);
  const placeIds = unique(leads.map((lead) => lead.placeId));
  const campaignIds = unique(present.map((draft) => draft.campaignId));
  const needIds = unique(present.map((draft) => draft.needId));
  const criterionIds = unique(present.flatMap((draft) => draft.criterionIds));
  // Two requests fulfilling the same need must not both see it open.
  if (needIds.length > 0) await tx.$queryRaw`SELECT 1 FROM "Need" WHERE id = ANY(${needIds}::uuid[]) FOR NO KEY UPDATE`;
  const [agencies, places, campaigns, needs, criteria, enclosing] = await Promise.all([
    agencyIds.length
      ? tx.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true, archivedAt: true } })
      : [],
    placeIds.length ? tx.place.findMany({ where: { id: { in: placeIds } }, select: placeFactsSelect }) : [],
    campaignIds.length ? tx.campaign.findMany({ where: { id: { in: campaignIds } }, select: { id: true } }) : [],
    needIds.length ? tx.need.findMany({ where: { id: { in: needIds } } }) : [],
    criterionIds.length ? tx.criterion.findMany({ where: { id: { in: criterionIds } }, select: { id: true } }) : [],
    enclosingPlaces(tx, placeIds),
  ]);
  return {
    twinnings,
    agencies: new Map(agencies.map((agency) => [agency.id, agency])),
    places: new Map(places.map((place) => [place.id, place])),
    campaigns: new Set(campaigns.map((campaign) => campaign.id)),
    needs: new Map(needs.map((need) => [need.id, need])),
    criteria: new Set(criteria.map((criterion) => criterion.id)),
    enclosing,
  };
}

function resolve(draft: ActivityDraft | null, references: ActivityReferences): ResolvedDraft {
  if (!draft) throw new Error('an activity that failed validation reached the write');
  const lead = resolveLead(draft, references.twinnings);
  if (!lead.agencyId || !lead.placeId) throw new Error('an activity without agency or place reached the write');
  return { ...draft, agencyId: lead.agencyId, placeId: lead.placeId };
}

async function insertActivities(
  context: WriteContext,
  drafts: readonly ResolvedDraft[],
  references: ActivityReferences,
  today: Date,
): Promise<string[]> {
  const { tx } = context;
  // Version-7 (time-ordered) IDs made up front, so items, partners and audit rows can point at
  // activities inserted in the same statement.
  const ids = drafts.map(() => uuidv7());
  const activities = await tx.activity.createManyAndReturn({
    data: drafts.map((draft, index) => ({ id: ids[index], ...activityColumns(draft) })),
  });
  const items = await tx.activityItem.createManyAndReturn({
    data: drafts.flatMap((draft, index) => itemRows(ids[index]!, draft)),
  });
  const partners = drafts.flatMap((draft, index) => partnerRows(ids[index]!, draft));
  if (partners.length > 0) await tx.activityPartner.createMany({ data: partners });
  const criteria = drafts.flatMap((draft, index) => criterionRows(ids[index]!, draft));
  if (criteria.length > 0) await tx.activityCriterion.createMany({ data: criteria });

  const byActivity = <Row extends { activityId: string }>(rows: readonly Row[]) => {
    const grouped = new Map<string, Row[]>();
    for (const row of rows) grouped.set(row.activityId, [...(grouped.get(row.activityId) ?? []), row]);
    return grouped;
  };
  const itemsOf = byActivity(items);
  const partnersOf = byActivity(partners);
  const criteriaOf = byActivity(criteria);
  const needChanges = await fulfilNeeds(
    tx,
    drafts.map((draft, index) => ({ ...draft, id: ids[index]! })),
    references,
    today,
  );
  context.record(
    ...activities.map(
      (activity): ChangeRecord => ({
        type: 'ActivityRecorded',
        entityId: activity.id,
        after: activitySnapshot({
          ...activity,
          items: itemsOf.get(activity.id) ?? [],
          partners: partnersOf.get(activity.id) ?? [],
          criteria: criteriaOf.get(activity.id) ?? [],
        }),
      }),
    ),
    ...needChanges,
  );
  return ids;
}

/**
 * Marks the needs the activities answer as FULFILLED, closed on the day the last of them ended
 * (never before the need was raised, never after today).
 */
async function fulfilNeeds(
  tx: Prisma.TransactionClient,
  activities: ReadonlyArray<ResolvedDraft & { id: string }>,
  references: ActivityReferences,
  today: Date,
): Promise<ChangeRecord[]> {
  const closing = new Map<string, { need: NeedRow; closedOn: Date }>();
  for (const activity of activities) {
    const need = activity.needId ? references.needs.get(activity.needId) : undefined;
    if (!need || need.status === 'FULFILLED') continue;
    const ended = activity.endedOn ?? daysMeant(activity.occurredOn, activity.datePrecision).last;
    const day = new Date(Math.max(need.requestedOn.getTime(), Math.min(today.getTime(), ended.getTime())));
    const earlier = closing.get(need.id);
    if (!earlier || earlier.closedOn < day) closing.set(need.id, { need, closedOn: day });
  }
  const changes: ChangeRecord[] = [];
  for (const { need, closedOn } of closing.values()) {
    const after = await tx.need.update({ where: { id: need.id }, data: { status: 'FULFILLED', closedOn } });
    changes.push({ type: 'NeedFulfilled', entityId: need.id, before: need, after });
  }
  return changes;
}

async function lockActivity(tx: Prisma.TransactionClient, activityId: string): Promise<StoredActivity> {
  await tx.$queryRaw`SELECT 1 FROM "Activity" WHERE id = ${activityId}::uuid FOR NO KEY UPDATE`;
  const activity = await tx.activity.findUnique({ where: { id: activityId }, include: activityWithParts });
  if (!activity) throw new NotFoundError('Activity', encodeGlobalID('Activity', activityId));
  return activity;
}

function activityColumns(draft: ResolvedDraft) {
  return {
    twinningId: draft.twinningId,
    agencyId: draft.agencyId,
    placeId: draft.placeId,
    campaignId: draft.campaignId,
    needId: draft.needId,
    category: draft.category,
    title: draft.title,
    description: draft.description,
    occurredOn: draft.occurredOn,
    datePrecision: draft.datePrecision,
    endedOn: draft.endedOn,
    valueVnd: draft.valueVnd,
    fundingSource: draft.fundingSource,
    beneficiaryCount: draft.beneficiaryCount,
    beneficiaryDescription: draft.beneficiaryDescription,
    peopleSent: draft.peopleSent,
    visitCount: draft.visitCount,
    occasion: draft.occasion,
  } satisfies Prisma.ActivityUncheckedUpdateInput;
}

function itemRows(activityId: string, draft: ActivityDraft): Prisma.ActivityItemCreateManyInput[] {
  return draft.items.map((item, position) => ({ activityId, position, ...item }));
}

function partnerRows(activityId: string, draft: ActivityDraft) {
  return draft.partners.map((partner) => ({ activityId, ...partner }));
}

function criterionRows(activityId: string, draft: ActivityDraft) {
  return draft.criterionIds.map((criterionId) => ({ activityId, criterionId }));
}

function unique(values: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}
