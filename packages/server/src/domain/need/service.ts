import { encodeGlobalID } from '@pothos/plugin-relay';
import type { z } from 'zod';
import { daysMeant, describeDate, isoDay, todayInVietnam } from '../../dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { ChangeRecord, WriteContext } from '../../write.ts';
import { assertCanWriteEach } from '../access.ts';
import { activityWithParts, isClosed } from '../activity/rules.ts';
import { activitySnapshot } from '../activity/service.ts';
import { describePlace, describeValidity, enclosingPlaces, existedDuring, placeFactsSelect } from '../place/facts.ts';
import { IssueCollector, validateInput } from '../rules.ts';
import { cancellation, fulfilment, newNeed, pledge } from './rules.ts';

/**
 * Records what a place asked for. Raised through a twinning, the need is addressed to the
 * twinning's agency unless another agency is named.
 */
export async function openNeed(context: WriteContext, raw: z.input<typeof newNeed>): Promise<string> {
  const input = validateInput(newNeed, raw);
  const { tx } = context;
  await assertCanWriteEach(tx, context.viewer, [{ placeIds: [input.placeId], agencyIds: [] }]);
  const [place, criterion, requestedOf, twinning, document, enclosing] = await Promise.all([
    tx.place.findUnique({ where: { id: input.placeId }, select: placeFactsSelect }),
    input.criterionId ? tx.criterion.findUnique({ where: { id: input.criterionId }, select: { id: true } }) : null,
    input.requestedOfId ? tx.agency.findUnique({ where: { id: input.requestedOfId }, select: { id: true } }) : null,
    input.twinningId
      ? tx.twinning.findUnique({
          where: { id: input.twinningId },
          select: { agencyId: true, placeId: true, place: { select: placeFactsSelect } },
        })
      : null,
    input.documentId ? tx.document.findUnique({ where: { id: input.documentId }, select: { id: true } }) : null,
    enclosingPlaces(tx, [input.placeId]),
  ]);
  const issues = new IssueCollector();
  const precision = input.datePrecision ?? 'DAY';
  const requested = daysMeant(input.requestedOn, precision);
  const today = todayInVietnam();
  if (!place) issues.add(['input', 'placeId'], 'No place with this ID.');
  else if (!existedDuring(place, requested)) {
    issues.add(
      ['input', 'placeId'],
      `${describePlace(place)} ${describeValidity(place)}, so it asked for nothing on ${describeDate(input.requestedOn, precision)}.`,
    );
  }
  if (requested.first > today) {
    issues.add(['input', 'requestedOn'], `${isoDay(requested.first)} is in the future (today is ${isoDay(today)}).`);
  }
  if (input.criterionId && !criterion) issues.add(['input', 'criterionId'], 'No criterion with this ID.');
  if (input.requestedOfId && !requestedOf) issues.add(['input', 'requestedOfId'], 'No agency with this ID.');
  if (input.documentId && !document) issues.add(['input', 'documentId'], 'No document with this ID.');
  if (input.twinningId && !twinning) issues.add(['input', 'twinningId'], 'No twinning with this ID.');
  if (twinning && place && !enclosing.get(input.placeId)?.has(twinning.placeId)) {
    issues.add(
      ['input', 'twinningId'],
      `The twinning is with ${describePlace(twinning.place)}; the need's place is neither that unit nor within it.`,
    );
  }
  if (twinning && input.requestedOfId && input.requestedOfId !== twinning.agencyId) {
    issues.add(
      ['input', 'requestedOfId'],
      "Raised through a twinning, the need is addressed to the twinning's agency.",
    );
  }
  issues.throwIfAny();

  const created = await tx.need.create({
    data: {
      placeId: input.placeId,
      category: input.category,
      title: input.title,
      description: input.description ?? null,
      requestedOn: requested.first,
      datePrecision: precision,
      estimatedValueVnd: input.estimatedValueVnd ?? null,
      criterionId: input.criterionId ?? null,
      requestedOfId: input.requestedOfId ?? twinning?.agencyId ?? null,
      twinningId: input.twinningId ?? null,
      documentId: input.documentId ?? null,
    },
  });
  context.record({ type: 'NeedOpened', entityId: created.id, after: created });
  return created.id;
}

/** An agency promises to meet (part of) an open need; the need becomes PLEDGED. */
export async function pledgeNeed(context: WriteContext, raw: z.input<typeof pledge>): Promise<string> {
  const { needId, ...input } = validateInput(pledge, raw);
  const { tx } = context;
  const stored = await findNeed(tx, needId);
  // An agency's editor may pledge for its agency; a province's editor may record pledges made there.
  await assertCanWriteEach(tx, context.viewer, [{ placeIds: [stored.placeId], agencyIds: [input.agencyId] }]);
  const before = await lockOpenNeed(tx, needId, 'takes no more pledges');
  const [agency, earlier] = await Promise.all([
    tx.agency.findUnique({ where: { id: input.agencyId }, select: { name: true, archivedAt: true } }),
    tx.needPledge.findUnique({ where: { needId_agencyId: { needId, agencyId: input.agencyId } } }),
  ]);
  const today = todayInVietnam();
  const pledgedOn = input.pledgedOn ?? today;
  const issues = new IssueCollector();
  if (!agency) issues.add(['input', 'agencyId'], 'No agency with this ID.');
  else if (agency.archivedAt) issues.add(['input', 'agencyId'], `${agency.name} is archived.`);
  if (pledgedOn > today) issues.add(['input', 'pledgedOn'], `${isoDay(pledgedOn)} is in the future.`);
  if (pledgedOn < before.requestedOn) {
    issues.add(
      ['pledgedOn'],
      `The need was raised on ${describeDate(before.requestedOn, before.datePrecision)}; no pledge comes before it.`,
    );
  }
  issues.throwIfAny();
  if (earlier) {
    throw new ConflictError(
      `${agency?.name ?? 'The agency'} already pledged to this need on ${isoDay(earlier.pledgedOn)}${earlier.withdrawnOn ? ` (withdrawn on ${isoDay(earlier.withdrawnOn)})` : ''}.`,
    );
  }
  const pledged = await tx.needPledge.create({
    data: {
      needId,
      agencyId: input.agencyId,
      pledgedOn,
      amountVnd: input.amountVnd ?? null,
      note: input.note ?? null,
    },
  });
  context.record({ type: 'NeedPledged', entityId: pledged.id, after: pledged, placeId: before.placeId });
  if (before.status !== 'PLEDGED') {
    const after = await tx.need.update({ where: { id: needId }, data: { status: 'PLEDGED' } });
    context.record({ type: 'NeedUpdated', entityId: needId, before, after });
  }
  return needId;
}

/**
 * Closes a need as met by the activities that met it, linking them to it. It is closed on the day
 * the last of them ended unless `closedOn` says otherwise.
 */
export async function markNeedFulfilled(context: WriteContext, raw: z.input<typeof fulfilment>): Promise<string> {
  const { needId, ...input } = validateInput(fulfilment, raw);
  const { tx } = context;
  await authoriseNeedChange(context, needId);
  const before = await lockOpenNeed(tx, needId, 'cannot be fulfilled again');
  const activities = await tx.activity.findMany({
    where: { id: { in: input.activityIds } },
    include: activityWithParts,
  });
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  const enclosing = await enclosingPlaces(
    tx,
    activities.map((activity) => activity.placeId),
  );
  const issues = new IssueCollector();
  const seen = new Set<string>();
  input.activityIds.forEach((activityId, index) => {
    const path = ['input', 'activityIds', String(index)];
    const activity = byId.get(activityId);
    if (seen.has(activityId)) issues.add(path, 'This activity is already listed.');
    seen.add(activityId);
    if (!activity) {
      issues.add(path, 'No activity with this ID.');
    } else {
      if (activity.needId && activity.needId !== needId) {
        issues.add(path, 'The activity already answers another need.');
      }
      if (!enclosing.get(activity.placeId)?.has(before.placeId)) {
        issues.add(path, "The activity took place neither at the need's place nor within it.");
      }
    }
  });
  const today = todayInVietnam();
  const lastEnded = Math.max(
    ...activities.map((activity) =>
      (activity.endedOn ?? daysMeant(activity.occurredOn, activity.datePrecision).last).getTime(),
    ),
  );
  const closedOn =
    input.closedOn ?? new Date(Math.max(before.requestedOn.getTime(), Math.min(today.getTime(), lastEnded)));
  if (closedOn > today) issues.add(['input', 'closedOn'], `${isoDay(closedOn)} is in the future.`);
  if (closedOn < before.requestedOn) {
    issues.add(
      ['closedOn'],
      `The need was raised on ${describeDate(before.requestedOn, before.datePrecision)}; it cannot close before that.`,
    );
  }
  issues.throwIfAny();

  const linking = activities.filter((activity) => activity.needId !== needId);
  await tx.activity.updateMany({ where: { id: { in: linking.map((activity) => activity.id) } }, data: { needId } });
  const linked = await tx.activity.findMany({
    where: { id: { in: linking.map((activity) => activity.id) } },
    include: activityWithParts,
  });
  const after = await tx.need.update({ where: { id: needId }, data: { status: 'FULFILLED', closedOn } });
  context.record(
    { type: 'NeedFulfilled', entityId: needId, before, after },
    ...linked.map(
      (activity): ChangeRecord => ({
        type: 'ActivityUpdated',
        entityId: activity.id,
        before: activitySnapshot(byId.get(activity.id) ?? activity),
        after: activitySnapshot(activity),
      }),
    ),
  );
  return needId;
}

/**
 * Withdraws a need nobody will meet. The schema has no column for the reason yet, so the audit
 * row carries it.
 */
export async function cancelNeed(context: WriteContext, raw: z.input<typeof cancellation>): Promise<string> {
  const { needId, ...input } = validateInput(cancellation, raw);
  const { tx } = context;
  await authoriseNeedChange(context, needId);
  const before = await lockOpenNeed(tx, needId, 'cannot be cancelled');
  const after = await tx.need.update({
    where: { id: needId },
    data: { status: 'CANCELLED', closedOn: todayInVietnam() },
  });
  context.record({
    type: 'NeedCancelled',
    entityId: needId,
    before,
    after: { ...after, cancellationReason: input.reason },
  });
  return needId;
}

/** Closing a need is for writers in the need's own province. */
async function authoriseNeedChange(context: WriteContext, needId: string): Promise<void> {
  const stored = await findNeed(context.tx, needId);
  await assertCanWriteEach(context.tx, context.viewer, [{ placeIds: [stored.placeId], agencyIds: [] }]);
}

async function findNeed(tx: Prisma.TransactionClient, needId: string): Promise<{ placeId: string }> {
  const need = await tx.need.findUnique({ where: { id: needId }, select: { placeId: true } });
  if (!need) throw new NotFoundError('Need', encodeGlobalID('Need', needId));
  return need;
}

/** The need, locked for this transaction; a fulfilled or cancelled need is closed for good. */
async function lockOpenNeed(tx: Prisma.TransactionClient, needId: string, refusal: string) {
  await tx.$queryRaw`SELECT 1 FROM "Need" WHERE id = ${needId}::uuid FOR NO KEY UPDATE`;
  const need = await tx.need.findUniqueOrThrow({ where: { id: needId } });
  if (isClosed(need.status)) {
    throw new ConflictError(
      `The need "${need.title}" is ${need.status.toLowerCase()}${need.closedOn ? ` since ${isoDay(need.closedOn)}` : ''}; it ${refusal}.`,
    );
  }
  return need;
}
