import { z } from 'zod';
import { type DaySpan, daysMeant, describeDate, isoDay, overlaps } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import {
  ActivityCategory,
  DatePrecision,
  FundingSource,
  type NeedStatus,
  PartnerRole,
} from '../../generated/prisma/enums.ts';
import { describePlace, describeValidity, existedDuring, type PlaceFacts, placeFactsSelect } from '../place/facts.ts';
import {
  activityId,
  agencyId,
  campaignId,
  count,
  criterionId,
  type IssueCollector,
  money,
  needId,
  optionalText,
  placeId,
  requiredText,
  twinningId,
  vnd,
} from '../rules.ts';

const itemShape = z.object({
  description: requiredText(500),
  quantity: z
    .number()
    .min(0, 'A quantity cannot be negative.')
    .max(1e15, 'Not a plausible quantity.')
    .refine((quantity) => Number(quantity.toFixed(3)) === quantity, 'At most three decimal places.')
    .nullish(),
  unit: optionalText(50),
  valueVnd: money.nullish(),
});

const partnerShape = z.object({
  agencyId,
  role: z.enum(PartnerRole).nullish(),
  contributionVnd: money.nullish(),
});

/** The shape of one activity as a client sends it; the database rules come after. */
export const activityShape = z.object({
  twinningId: twinningId.nullish(),
  agencyId: agencyId.nullish(),
  placeId: placeId.nullish(),
  campaignId: campaignId.nullish(),
  needId: needId.nullish(),
  category: z.enum(ActivityCategory),
  title: requiredText(300),
  description: optionalText(5000),
  occurredOn: z.date(),
  datePrecision: z.enum(DatePrecision).nullish(),
  endedOn: z.date().nullish(),
  valueVnd: money.nullish(),
  fundingSource: z.enum(FundingSource).nullish(),
  beneficiaryCount: count.nullish(),
  beneficiaryDescription: optionalText(1000),
  peopleSent: count.nullish(),
  visitCount: count.nullish(),
  occasion: optionalText(300),
  items: z.array(itemShape).max(200, 'At most 200 items per activity.').nullish(),
  partners: z.array(partnerShape).max(100, 'At most 100 partners per activity.').nullish(),
  criterionIds: z.array(criterionId).max(50, 'At most 50 criteria per activity.').nullish(),
});

/** An update: every field optional; a nullable field sent as null is cleared. */
export const activityChangesShape = activityShape.partial();

/** The activity an update or delete names. */
export const activityReference = z.object({ id: activityId });

export type ActivityFields = z.input<typeof activityShape>;
/** As GraphQL delivers a patch: any field may be null, even one that cannot be cleared. */
export type ActivityChanges = { [Key in keyof ActivityFields]?: ActivityFields[Key] | null };

/** Fields every activity has; a patch may change them but not clear them. */
export const uncleared = ['category', 'title', 'occurredOn', 'datePrecision', 'fundingSource'] as const;
type ParsedFields = z.output<typeof activityShape>;
type ParsedChanges = z.output<typeof activityChangesShape>;

/** An activity as it will be stored; agency and place may still have to come from the twinning. */
export interface ActivityDraft {
  twinningId: string | null;
  agencyId: string | null;
  placeId: string | null;
  campaignId: string | null;
  needId: string | null;
  category: ActivityCategory;
  title: string;
  description: string | null;
  occurredOn: Date;
  datePrecision: DatePrecision;
  endedOn: Date | null;
  valueVnd: bigint | null;
  fundingSource: FundingSource;
  beneficiaryCount: number | null;
  beneficiaryDescription: string | null;
  peopleSent: number | null;
  visitCount: number | null;
  occasion: string | null;
  items: Array<{ description: string; quantity: string | null; unit: string | null; valueVnd: bigint | null }>;
  partners: Array<{ agencyId: string; role: PartnerRole; contributionVnd: bigint | null }>;
  criterionIds: string[];
}

/** A draft whose agency and place are known. */
export type ResolvedDraft = ActivityDraft & { agencyId: string; placeId: string };

export function draftFromFields(fields: ParsedFields): ActivityDraft {
  return normalise({
    twinningId: fields.twinningId ?? null,
    agencyId: fields.agencyId ?? null,
    placeId: fields.placeId ?? null,
    campaignId: fields.campaignId ?? null,
    needId: fields.needId ?? null,
    category: fields.category,
    title: fields.title,
    description: fields.description ?? null,
    occurredOn: fields.occurredOn,
    datePrecision: fields.datePrecision ?? 'DAY',
    endedOn: fields.endedOn ?? null,
    valueVnd: fields.valueVnd ?? null,
    fundingSource: fields.fundingSource ?? 'AGENCY_OWN',
    beneficiaryCount: fields.beneficiaryCount ?? null,
    beneficiaryDescription: fields.beneficiaryDescription ?? null,
    peopleSent: fields.peopleSent ?? null,
    visitCount: fields.visitCount ?? null,
    occasion: fields.occasion ?? null,
    items: itemsOf(fields.items),
    partners: partnersOf(fields.partners),
    criterionIds: fields.criterionIds ?? [],
  });
}

export const activityWithParts = {
  items: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
  partners: { orderBy: { agencyId: 'asc' } },
  criteria: { orderBy: { criterionId: 'asc' } },
} as const satisfies Prisma.ActivityInclude;

export type StoredActivity = Prisma.ActivityGetPayload<{ include: typeof activityWithParts }>;

export function draftFromStored(activity: StoredActivity): ActivityDraft {
  return {
    twinningId: activity.twinningId,
    agencyId: activity.agencyId,
    placeId: activity.placeId,
    campaignId: activity.campaignId,
    needId: activity.needId,
    category: activity.category,
    title: activity.title,
    description: activity.description,
    occurredOn: activity.occurredOn,
    datePrecision: activity.datePrecision,
    endedOn: activity.endedOn,
    valueVnd: activity.valueVnd,
    fundingSource: activity.fundingSource,
    beneficiaryCount: activity.beneficiaryCount,
    beneficiaryDescription: activity.beneficiaryDescription,
    peopleSent: activity.peopleSent,
    visitCount: activity.visitCount,
    occasion: activity.occasion,
    items: activity.items.map((item) => ({
      description: item.description,
      quantity: item.quantity?.toString() ?? null,
      unit: item.unit,
      valueVnd: item.valueVnd,
    })),
    partners: activity.partners.map((partner) => ({
      agencyId: partner.agencyId,
      role: partner.role,
      contributionVnd: partner.contributionVnd,
    })),
    criterionIds: activity.criteria.map((link) => link.criterionId),
  };
}

/**
 * The stored activity with the changes applied. Naming a new twinning without an agency or place
 * takes them from that twinning rather than keeping the old ones, which would no longer match.
 */
export function applyChanges(draft: ActivityDraft, changes: ParsedChanges): ActivityDraft {
  const next: ActivityDraft = { ...draft };
  const set = <Key extends keyof ActivityDraft>(key: Key, value: ActivityDraft[Key] | undefined) => {
    if (value !== undefined) next[key] = value;
  };
  if (changes.twinningId) {
    if (changes.agencyId === undefined) next.agencyId = null;
    if (changes.placeId === undefined) next.placeId = null;
  }
  set('twinningId', changes.twinningId);
  set('agencyId', changes.agencyId);
  set('placeId', changes.placeId);
  set('campaignId', changes.campaignId);
  set('needId', changes.needId);
  if (changes.category) next.category = changes.category;
  if (changes.title) next.title = changes.title;
  set('description', changes.description);
  if (changes.occurredOn) next.occurredOn = changes.occurredOn;
  if (changes.datePrecision) next.datePrecision = changes.datePrecision;
  set('endedOn', changes.endedOn);
  set('valueVnd', changes.valueVnd);
  if (changes.fundingSource) next.fundingSource = changes.fundingSource;
  set('beneficiaryCount', changes.beneficiaryCount);
  set('beneficiaryDescription', changes.beneficiaryDescription);
  set('peopleSent', changes.peopleSent);
  set('visitCount', changes.visitCount);
  set('occasion', changes.occasion);
  if (changes.items !== undefined) next.items = itemsOf(changes.items);
  if (changes.partners !== undefined) next.partners = partnersOf(changes.partners);
  if (changes.criterionIds !== undefined) next.criterionIds = changes.criterionIds ?? [];
  return normalise(next);
}

/** The rules one activity must meet on its own, before the database is asked. */
export function checkDraft(draft: ActivityDraft, path: string[], issues: IssueCollector, today: Date): void {
  if (!draft.twinningId) {
    const missing = 'Give the agency and the place, or the twinning the activity was delivered under.';
    if (!draft.agencyId) issues.add([...path, 'agencyId'], missing);
    if (!draft.placeId) issues.add([...path, 'placeId'], missing);
  }
  const when = describeDate(draft.occurredOn, draft.datePrecision);
  if (draft.occurredOn > today) {
    issues.add(
      [...path, 'occurredOn'],
      `${when} is in the future (today is ${isoDay(today)} in Vietnam); record an activity once it has happened.`,
    );
  }
  if (draft.endedOn && draft.endedOn < draft.occurredOn) {
    issues.add([...path, 'endedOn'], `The activity cannot end (${isoDay(draft.endedOn)}) before it began (${when}).`);
  }
  if (draft.valueVnd !== null) {
    const values = draft.items.map((item) => item.valueVnd);
    if (values.length > 0 && values.every((value) => value !== null)) {
      const total = values.reduce<bigint>((sum, value) => sum + (value ?? 0n), 0n);
      if (total > draft.valueVnd) {
        issues.add(
          [...path, 'items'],
          `The items are worth ${vnd(total)} together, more than the activity's value of ${vnd(draft.valueVnd)}.`,
        );
      }
    }
    const contributed = draft.partners.reduce<bigint>((sum, partner) => sum + (partner.contributionVnd ?? 0n), 0n);
    if (contributed > draft.valueVnd) {
      issues.add(
        [...path, 'partners'],
        `The partners contributed ${vnd(contributed)} together, more than the activity's value of ${vnd(draft.valueVnd)} (which includes their contributions).`,
      );
    }
  }
  flagRepeats(
    draft.partners.map((partner) => partner.agencyId),
    (index) => [...path, 'partners', String(index), 'agencyId'],
    'This agency is already listed as a partner.',
    issues,
  );
  flagRepeats(
    draft.criterionIds,
    (index) => [...path, 'criterionIds', String(index)],
    'This criterion is already listed.',
    issues,
  );
}

/** What an activity refers to, loaded once for a whole batch. */
export interface ActivityReferences {
  twinnings: Map<string, TwinningFacts>;
  agencies: Map<string, { id: string; name: string; archivedAt: Date | null }>;
  places: Map<string, PlaceFacts>;
  campaigns: Set<string>;
  /** Whole rows: the audit trail records a need before and after an activity fulfils it. */
  needs: Map<string, NeedRow>;
  criteria: Set<string>;
  /** Each activity place with the units above it. */
  enclosing: Map<string, Set<string>>;
}

export const twinningFactsSelect = {
  id: true,
  agencyId: true,
  placeId: true,
  startsOn: true,
  startPrecision: true,
  endsOn: true,
  agency: { select: { name: true } },
  place: { select: placeFactsSelect },
} as const satisfies Prisma.TwinningSelect;

export type TwinningFacts = Prisma.TwinningGetPayload<{ select: typeof twinningFactsSelect }>;
export type NeedRow = Prisma.NeedGetPayload<object>;

/** The lead agency and place: as given, or the twinning's. */
export function resolveLead(
  draft: ActivityDraft,
  twinnings: ReadonlyMap<string, Pick<TwinningFacts, 'agencyId' | 'placeId'>>,
): { agencyId: string | null; placeId: string | null } {
  const twinning = draft.twinningId ? twinnings.get(draft.twinningId) : undefined;
  return {
    agencyId: draft.agencyId ?? twinning?.agencyId ?? null,
    placeId: draft.placeId ?? twinning?.placeId ?? null,
  };
}

/**
 * The rules that need the database: everything referred to exists, the twinning matches the
 * agency and place and ran when the activity happened, the place existed then, and the need is
 * still open. `keptNeedId` is the need an updated activity already fulfils.
 */
export function checkReferences(
  draft: ActivityDraft,
  references: ActivityReferences,
  path: string[],
  issues: IssueCollector,
  keptNeedId: string | null = null,
): void {
  const days = daysMeant(draft.occurredOn, draft.datePrecision);
  const when = describeDate(draft.occurredOn, draft.datePrecision);
  const twinning = draft.twinningId ? references.twinnings.get(draft.twinningId) : undefined;
  if (draft.twinningId && !twinning) issues.add([...path, 'twinningId'], 'No twinning with this ID.');
  const lead = resolveLead(draft, references.twinnings);

  const agency = lead.agencyId ? references.agencies.get(lead.agencyId) : undefined;
  if (lead.agencyId && !agency) issues.add([...path, 'agencyId'], 'No agency with this ID.');
  if (agency?.archivedAt)
    issues.add([...path, 'agencyId'], `${agency.name} is archived; it records no new activities.`);

  const place = lead.placeId ? references.places.get(lead.placeId) : undefined;
  if (lead.placeId && !place) issues.add([...path, 'placeId'], 'No place with this ID.');
  if (place && !existedDuring(place, days)) {
    issues.add(
      [...path, 'placeId'],
      `${describePlace(place)} ${describeValidity(place)}, so nothing happened there on ${when}; record the activity on the unit that existed then.`,
    );
  }

  if (twinning) {
    if (draft.agencyId && draft.agencyId !== twinning.agencyId) {
      issues.add(
        [...path, 'agencyId'],
        `The twinning is ${twinning.agency.name}'s; the activity names another agency.`,
      );
    }
    if (lead.placeId && place && !references.enclosing.get(lead.placeId)?.has(twinning.placeId)) {
      issues.add(
        [...path, 'placeId'],
        `The twinning is with ${describePlace(twinning.place)}; the activity's place is neither that unit nor within it.`,
      );
    }
    checkInsideTwinning(draft, days, twinning, path, issues);
  }

  if (draft.campaignId && !references.campaigns.has(draft.campaignId)) {
    issues.add([...path, 'campaignId'], 'No campaign with this ID.');
  }

  if (draft.needId) {
    const need = references.needs.get(draft.needId);
    if (!need) issues.add([...path, 'needId'], 'No need with this ID.');
    else {
      if (draft.needId !== keptNeedId && isClosed(need.status)) {
        issues.add(
          [...path, 'needId'],
          `The need "${need.title}" is already ${need.status.toLowerCase()}${need.closedOn ? ` (closed on ${isoDay(need.closedOn)})` : ''}; it cannot be fulfilled again.`,
        );
      }
      if (lead.placeId && place && !references.enclosing.get(lead.placeId)?.has(need.placeId)) {
        issues.add(
          [...path, 'needId'],
          `The need "${need.title}" was raised by another place: the activity's place is neither that unit nor within it.`,
        );
      }
    }
  }

  draft.criterionIds.forEach((criterionId, index) => {
    if (!references.criteria.has(criterionId)) {
      issues.add([...path, 'criterionIds', String(index)], 'No criterion with this ID.');
    }
  });
  draft.partners.forEach((partner, index) => {
    const where = [...path, 'partners', String(index), 'agencyId'];
    if (!references.agencies.has(partner.agencyId)) issues.add(where, 'No agency with this ID.');
    else if (partner.agencyId === lead.agencyId) issues.add(where, 'The lead agency cannot also be its own partner.');
  });
}

export function isClosed(status: NeedStatus): boolean {
  return status === 'FULFILLED' || status === 'CANCELLED';
}

function checkInsideTwinning(
  draft: ActivityDraft,
  days: DaySpan,
  twinning: TwinningFacts,
  path: string[],
  issues: IssueCollector,
): void {
  const starts = daysMeant(twinning.startsOn, twinning.startPrecision).first;
  const period = `${describeDate(twinning.startsOn, twinning.startPrecision)} ${twinning.endsOn ? `to ${isoDay(twinning.endsOn)}` : 'onwards'}`;
  if (!overlaps(days, { first: starts, last: twinning.endsOn })) {
    issues.add(
      [...path, 'occurredOn'],
      `The twinning ran from ${period}; an activity on ${describeDate(draft.occurredOn, draft.datePrecision)} falls outside it.`,
    );
  } else if (draft.endedOn && twinning.endsOn && draft.endedOn > twinning.endsOn) {
    issues.add(
      [...path, 'endedOn'],
      `The twinning ran from ${period}; the activity cannot end after it (${isoDay(draft.endedOn)}).`,
    );
  }
}

/** A month- or year-precise date is stored as the first day it may mean, as the seed does. */
function normalise(draft: ActivityDraft): ActivityDraft {
  return { ...draft, occurredOn: daysMeant(draft.occurredOn, draft.datePrecision).first };
}

function itemsOf(items: ParsedFields['items']): ActivityDraft['items'] {
  return (items ?? []).map((item) => ({
    description: item.description,
    quantity: item.quantity === null || item.quantity === undefined ? null : String(item.quantity),
    unit: item.unit ?? null,
    valueVnd: item.valueVnd ?? null,
  }));
}

function partnersOf(partners: ParsedFields['partners']): ActivityDraft['partners'] {
  return (partners ?? []).map((partner) => ({
    agencyId: partner.agencyId,
    role: partner.role ?? 'MOBILISED',
    contributionVnd: partner.contributionVnd ?? null,
  }));
}

function flagRepeats(
  values: readonly string[],
  pathOf: (index: number) => string[],
  message: string,
  issues: IssueCollector,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) issues.add(pathOf(index), message);
    seen.add(value);
  });
}
