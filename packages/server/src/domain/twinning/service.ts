import { encodeGlobalID } from '@pothos/plugin-relay';
import type { z } from 'zod';
import { daysMeant, describeDate, isoDay, todayInVietnam } from '../../dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { TwinningStatus } from '../../generated/prisma/enums.ts';
import type { WriteContext } from '../../write.ts';
import { assertCanWriteEach } from '../access.ts';
import { describePlace, describeValidity, placeFactsSelect } from '../place/facts.ts';
import { IssueCollector, validateInput } from '../rules.ts';
import { newTwinning, twinningEnding } from './rules.ts';

/**
 * Assigns an agency to a place. A document assigns an agency to a place once, and each village one
 * sponsor; the place must exist when the twinning starts. The period is recorded as the document
 * states it, even where a later reorganisation abolished the place first (Decision 2072/QD-UBND
 * assigned units to Điện Biên Đông district for 2021–2025; the district ended on 30 June 2025).
 */
export async function assignTwinning(context: WriteContext, raw: z.input<typeof newTwinning>): Promise<string> {
  const input = validateInput(newTwinning, raw);
  const { tx } = context;
  await assertCanWriteEach(tx, context.viewer, [{ placeIds: [input.placeId], agencyIds: [input.agencyId] }]);
  // Assignments to one place are serialised, so two racing requests cannot both pass the
  // duplicate checks below; FOR NO KEY UPDATE still lets other writes reference the place.
  await tx.$queryRaw`SELECT 1 FROM "Place" WHERE id = ${input.placeId}::uuid FOR NO KEY UPDATE`;
  const [agency, place, document, campaign] = await Promise.all([
    tx.agency.findUnique({ where: { id: input.agencyId }, select: { name: true, archivedAt: true } }),
    tx.place.findUnique({ where: { id: input.placeId }, select: placeFactsSelect }),
    input.documentId ? tx.document.findUnique({ where: { id: input.documentId }, select: { number: true } }) : null,
    input.campaignId ? tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } }) : null,
  ]);
  const issues = new IssueCollector();
  if (!agency) issues.add(['input', 'agencyId'], 'No agency with this ID.');
  else if (agency.archivedAt) issues.add(['input', 'agencyId'], `${agency.name} is archived.`);
  if (!place) issues.add(['input', 'placeId'], 'No place with this ID.');
  if (input.documentId && !document) issues.add(['input', 'documentId'], 'No document with this ID.');
  if (input.campaignId && !campaign) issues.add(['input', 'campaignId'], 'No campaign with this ID.');

  const precision = input.startPrecision ?? 'DAY';
  const starts = daysMeant(input.startsOn, precision);
  const endsOn = input.endsOn ?? null;
  if (endsOn && endsOn < starts.first) {
    issues.add(
      ['input', 'endsOn'],
      `The twinning cannot end (${isoDay(endsOn)}) before it starts (${describeDate(input.startsOn, precision)}).`,
    );
  }
  if (place?.validTo && starts.first > place.validTo) {
    issues.add(
      ['input', 'startsOn'],
      `${describePlace(place)} ${describeValidity(place)}; twin with the unit that replaced it.`,
    );
  } else if (place?.validFrom && starts.last < place.validFrom) {
    issues.add(['input', 'startsOn'], `${describePlace(place)} ${describeValidity(place)}; it did not exist yet.`);
  }
  issues.throwIfAny();
  if (!agency || !place) throw new Error('unreachable: missing agency or place passed validation');

  const where = { agencyId: input.agencyId, placeId: input.placeId };
  if (input.documentId) {
    const same = await tx.twinning.findFirst({ where: { ...where, documentId: input.documentId } });
    if (same) {
      throw new ConflictError(
        `${agency.name} is already assigned to ${describePlace(place)} by ${document?.number ?? 'this document'} (twinning ${encodeGlobalID('Twinning', same.id)}).`,
      );
    }
    if (place.level === 'VILLAGE') {
      const other = await tx.twinning.findFirst({
        where: { placeId: input.placeId, documentId: input.documentId },
        select: { agency: { select: { name: true } } },
      });
      if (other) {
        throw new ConflictError(
          `A document assigns each village one sponsor: ${document?.number ?? 'this document'} already assigns ${describePlace(place)} to ${other.agency.name}.`,
        );
      }
    }
  } else {
    const overlapping = await tx.twinning.findFirst({
      where: {
        ...where,
        documentId: null,
        ...(endsOn ? { startsOn: { lte: endsOn } } : {}),
        OR: [{ endsOn: null }, { endsOn: { gte: starts.first } }],
      },
    });
    if (overlapping) {
      throw new ConflictError(
        `${agency.name} is already twinned with ${describePlace(place)} over that period (twinning ${encodeGlobalID('Twinning', overlapping.id)}, from ${isoDay(overlapping.startsOn)}).`,
      );
    }
  }

  const created = await tx.twinning.create({
    data: {
      agencyId: input.agencyId,
      placeId: input.placeId,
      documentId: input.documentId ?? null,
      campaignId: input.campaignId ?? null,
      relation: input.relation,
      status: statusOn(todayInVietnam(), starts.first, endsOn),
      startsOn: starts.first,
      startPrecision: precision,
      endsOn,
      note: input.note ?? null,
    },
  });
  context.record({ type: 'TwinningAssigned', entityId: created.id, after: created });
  return created.id;
}

/**
 * Ends a twinning on a day no later than today. Activities recorded under it must not fall after
 * that day, or they would be left outside the twinning they claim.
 */
export async function endTwinning(context: WriteContext, raw: z.input<typeof twinningEnding>): Promise<string> {
  const input = validateInput(twinningEnding, raw);
  const { tx } = context;
  await tx.$queryRaw`SELECT 1 FROM "Twinning" WHERE id = ${input.id}::uuid FOR NO KEY UPDATE`;
  const before = await tx.twinning.findUnique({ where: { id: input.id } });
  if (!before) throw new NotFoundError('Twinning', encodeGlobalID('Twinning', input.id));
  await assertCanWriteEach(tx, context.viewer, [{ placeIds: [before.placeId], agencyIds: [before.agencyId] }]);
  if (before.status === 'ENDED') {
    throw new ConflictError(
      `The twinning has already ended${before.endsOn ? ` (on ${isoDay(before.endsOn)})` : ''}${before.endedReason ? `: ${before.endedReason}` : ''}.`,
    );
  }
  const today = todayInVietnam();
  const issues = new IssueCollector();
  const starts = daysMeant(before.startsOn, before.startPrecision).first;
  if (input.endsOn < starts) {
    issues.add(
      ['input', 'endsOn'],
      `The twinning cannot end (${isoDay(input.endsOn)}) before it started (${describeDate(before.startsOn, before.startPrecision)}).`,
    );
  } else if (input.endsOn > today) {
    issues.add(
      ['input', 'endsOn'],
      `${isoDay(input.endsOn)} is in the future (today is ${isoDay(today)} in Vietnam); end a twinning once it has ended.`,
    );
  } else {
    const later = await tx.activity.findMany({
      where: { twinningId: input.id, occurredOn: { gt: input.endsOn } },
      select: { occurredOn: true },
      orderBy: { occurredOn: 'desc' },
    });
    if (later.length > 0) {
      issues.add(
        ['input', 'endsOn'],
        `${later.length} ${later.length === 1 ? 'activity' : 'activities'} recorded under the twinning happened after ${isoDay(input.endsOn)} (the latest on ${isoDay(later[0]!.occurredOn)}); choose a later day or move them first.`,
      );
    }
  }
  issues.throwIfAny();
  const after = await tx.twinning.update({
    where: { id: input.id },
    data: { status: 'ENDED', endsOn: input.endsOn, endedReason: input.reason ?? null },
  });
  context.record({ type: 'TwinningEnded', entityId: input.id, before, after });
  return input.id;
}

function statusOn(today: Date, startsOn: Date, endsOn: Date | null): TwinningStatus {
  if (startsOn > today) return 'PLANNED';
  if (endsOn && endsOn < today) return 'ENDED';
  return 'ACTIVE';
}
