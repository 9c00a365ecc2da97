// What the soak sends: the bench's reads, the dashboard's queries (the SDK's own documents, with the
// variables the dashboard's pages pass) and an editor's writes, each with an idempotency key.
import { randomUUID } from 'node:crypto';
import {
  CommuneScorecardDocument,
  FindPlacesDocument,
  FreshnessDocument,
  GapsDocument,
  IndicatorSeriesDocument,
  OpenNeedDocument,
  PlaceActivitiesDocument,
  PlaceByCodeDocument,
  PlaceProgressDocument,
  PlaceReportedFiguresDocument,
  PlaceSupportersDocument,
  PledgeNeedDocument,
  RecordActivitiesDocument,
  SupportSummaryDocument,
} from '../../packages/sdk/src/generated/graphql.ts';
import persistedDocuments from '../../packages/sdk/src/generated/persisted-documents.json' with { type: 'json' };
import { documentHash } from '../../packages/sdk/src/persisted.ts';
import type { ReadDefinition } from '../bench/suites/reads/definitions.ts';

/** The editor's province: Đắk Lắk, where the scale generator puts its twinnings. */
export const SOAK_PROVINCE_CODE = '66';
const BEFORE_REFORM = '2024-12-31';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** IDs the mix is parameterised with, read from the server before the load. */
export interface Fixtures {
  provinceId: string;
  communeId: string;
  twinnings: Array<{
    id: string;
    placeId: string;
    agencyId: string;
    startsOn: string;
    endsOn: string | null;
    placeValidFrom: string | null;
    placeValidTo: string | null;
  }>;
}

/** The outcome of one operation: ok, or the kind of error a client would have seen. */
export type Outcome = { ok: true } | { ok: false; kind: string; detail: string };

/** One operation of the mix; `send` posts a request and classifies the answer. */
export interface Operation {
  name: string;
  weight: number;
  run(send: Send, state: WriteState): Promise<Outcome>;
}

export type Send = (request: GraphQLRequest) => Promise<{ outcome: Outcome; data: Record<string, unknown> | null }>;

/** What the writes leave for later writes: activities to update, write requests to send again. */
export class WriteState {
  readonly activityIds: string[] = [];
  readonly replayable: GraphQLRequest[] = [];

  remember(activityIds: string[], request: GraphQLRequest): void {
    this.activityIds.push(...activityIds);
    if (this.activityIds.length > 500) this.activityIds.splice(0, this.activityIds.length - 500);
    this.replayable.push(request);
    if (this.replayable.length > 100) this.replayable.shift();
  }
}

/** The text of one of the SDK's generated documents, as its persisted-document manifest holds it. */
function text(document: Parameters<typeof documentHash>[0]): string {
  const hash = documentHash(document);
  const query = hash ? (persistedDocuments as Record<string, string>)[hash] : undefined;
  if (!query) throw new Error('An SDK document has no text in persisted-documents.json: run pnpm codegen.');
  return query;
}

const UPDATE_ACTIVITY = `mutation SoakUpdateActivity($input: UpdateActivityInput!, $idempotencyKey: String) {
  updateActivity(input: $input, idempotencyKey: $idempotencyKey) {
    __typename ... on UpdateActivitySuccess { activity { id title valueVnd description } } ... on Error { message } } }`;

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A day inside the twinning's period, while its place existed, and not after today. */
function dayWithin(twinning: Fixtures['twinnings'][number]): string {
  const last = [todayInVietnam(), twinning.endsOn, twinning.placeValidTo]
    .filter((day): day is string => day !== null)
    .sort()[0]!;
  const first = [twinning.startsOn, twinning.placeValidFrom].filter((day): day is string => day !== null).sort();
  const from = Date.parse(first[first.length - 1]!);
  const span = Math.max(0, Date.parse(last) - from);
  return new Date(from + Math.floor((Math.random() * span) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

/** A write payload that is not the Success type is a refusal: the soak's writes are all valid. */
function payloadOutcome(data: Record<string, unknown> | null, field: string): Outcome {
  const payload = data?.[field] as { __typename?: string; message?: string } | undefined;
  if (payload?.__typename?.endsWith('Success')) return { ok: true };
  return {
    ok: false,
    kind: `${field} answered ${payload?.__typename ?? 'nothing'}`,
    detail: payload?.message ?? JSON.stringify(payload),
  };
}

function read(name: string, weight: number, request: () => GraphQLRequest): Operation {
  return { name, weight, run: async (send) => (await send(request())).outcome };
}

export function operations(fixtures: Fixtures, benchReads: ReadDefinition[]): Operation[] {
  const { provinceId, communeId } = fixtures;
  const reads: Operation[] = [
    ...benchReads.map((definition) => read(`bench read ${definition.key}`, 2, () => definition.ours)),
    read('Freshness', 3, () => ({ query: text(FreshnessDocument) })),
    read('FindPlaces', 3, () => ({
      query: text(FindPlacesDocument),
      variables: { level: 'PROVINCE', asOf: BEFORE_REFORM, first: 100 },
    })),
    read('PlaceByCode', 3, () => ({
      query: text(PlaceByCodeDocument),
      variables: { code: SOAK_PROVINCE_CODE, asOf: BEFORE_REFORM },
    })),
    read('SupportSummary by year', 3, () => ({
      query: text(SupportSummaryDocument),
      variables: { filter: { placeId: provinceId }, groupBy: ['YEAR'], orderBy: 'KEY_ASC', first: 100 },
    })),
    read('SupportSummary by agency', 3, () => ({
      query: text(SupportSummaryDocument),
      variables: { filter: { placeId: provinceId }, groupBy: ['AGENCY'], orderBy: 'VALUE_DESC', first: 10 },
    })),
    read('PlaceProgress', 2, () => ({
      query: text(PlaceProgressDocument),
      variables: { placeId: provinceId, fromYear: 2016, toYear: 2024 },
    })),
    read('IndicatorSeries', 3, () => ({
      query: text(IndicatorSeriesDocument),
      variables: { placeId: pick([provinceId, communeId]), indicatorCode: pick(['POVERTY_RATE', 'NEAR_POOR_RATE']) },
    })),
    read('PlaceSupporters', 3, () => ({
      query: text(PlaceSupportersDocument),
      variables: { placeId: provinceId, includeDescendants: true, first: 100 },
    })),
    read('PlaceReportedFigures', 2, () => ({
      query: text(PlaceReportedFiguresDocument),
      variables: { placeId: provinceId, includeDescendants: true, first: 100 },
    })),
    read('CommuneScorecard', 3, () => ({
      query: text(CommuneScorecardDocument),
      variables: { placeId: communeId, year: 2024, includeHistory: true },
    })),
    read('PlaceActivities', 3, () => ({
      query: text(PlaceActivitiesDocument),
      variables: { placeId: communeId, includeHistory: true, first: 100 },
    })),
    read('Gaps', 2, () => ({
      query: text(GapsDocument),
      variables: { provinceId, kind: ['UNSPONSORED_UNMET_CRITERIA', 'UNPLEDGED_NEEDS'], first: 20 },
    })),
  ];

  const writes: Operation[] = [
    {
      name: 'recordActivities',
      weight: 8,
      async run(send, state) {
        const twinning = pick(fixtures.twinnings);
        const activity = (index: number) => ({
          twinningId: twinning.id,
          category: pick(['IN_KIND_GIFT', 'EQUIPMENT', 'VISIT']),
          title: `Soak activity ${index + 1} ${randomUUID().slice(0, 8)}`,
          occurredOn: dayWithin(twinning),
          valueVnd: String(1_000_000 * (1 + Math.floor(Math.random() * 50))),
        });
        const request = {
          query: text(RecordActivitiesDocument),
          variables: { input: { activities: [activity(0), activity(1)] }, idempotencyKey: randomUUID() },
        };
        const { outcome, data } = await send(request);
        if (!outcome.ok) return outcome;
        const result = payloadOutcome(data, 'recordActivities');
        if (result.ok) {
          const recorded =
            (data?.recordActivities as { activities: Array<{ id: string }> } | undefined)?.activities ?? [];
          state.remember(
            recorded.map((recordedActivity) => recordedActivity.id),
            request,
          );
        }
        return result;
      },
    },
    {
      name: 'updateActivity',
      weight: 6,
      async run(send, state) {
        if (state.activityIds.length === 0) return { ok: true };
        const request = {
          query: UPDATE_ACTIVITY,
          variables: {
            input: {
              id: pick(state.activityIds),
              description: `Updated by the soak ${randomUUID().slice(0, 8)}`,
              valueVnd: String(1_000_000 * (1 + Math.floor(Math.random() * 50))),
            },
            idempotencyKey: randomUUID(),
          },
        };
        const { outcome, data } = await send(request);
        if (!outcome.ok) return outcome;
        const result = payloadOutcome(data, 'updateActivity');
        if (result.ok) state.remember([], request);
        return result;
      },
    },
    {
      name: 'openNeed + pledgeNeed',
      weight: 4,
      async run(send, state) {
        const twinning = pick(fixtures.twinnings);
        const opened = await send({
          query: text(OpenNeedDocument),
          variables: {
            input: {
              twinningId: twinning.id,
              placeId: twinning.placeId,
              category: 'INFRASTRUCTURE',
              title: `Soak need ${randomUUID().slice(0, 8)}`,
              requestedOn: dayWithin(twinning),
              estimatedValueVnd: '50000000',
            },
            idempotencyKey: randomUUID(),
          },
        });
        if (!opened.outcome.ok) return opened.outcome;
        const openResult = payloadOutcome(opened.data, 'openNeed');
        if (!openResult.ok) return openResult;
        const needId = (opened.data?.openNeed as { need?: { id: string } } | undefined)?.need?.id;
        if (!needId) return { ok: false, kind: 'openNeed answered no need', detail: JSON.stringify(opened.data) };
        const request = {
          query: text(PledgeNeedDocument),
          variables: {
            input: { needId, agencyId: twinning.agencyId, amountVnd: '20000000', note: 'Pledged by the soak' },
            idempotencyKey: randomUUID(),
          },
        };
        const pledged = await send(request);
        if (!pledged.outcome.ok) return pledged.outcome;
        const result = payloadOutcome(pledged.data, 'pledgeNeed');
        if (result.ok) state.remember([], request);
        return result;
      },
    },
    {
      // A client retrying after a lost answer: the same key and input return the first result.
      name: 'write retried with its idempotency key',
      weight: 3,
      async run(send, state) {
        if (state.replayable.length === 0) return { ok: true };
        const request = pick(state.replayable);
        const { outcome, data } = await send(request);
        if (!outcome.ok) return outcome;
        const field = Object.keys(data ?? {})[0] ?? 'nothing';
        return payloadOutcome(data, field);
      },
    },
  ];
  return [...reads, ...writes];
}

/** Picks operations in proportion to their weights. */
export function weightedPicker(candidates: Operation[]): () => Operation {
  const total = candidates.reduce((sum, operation) => sum + operation.weight, 0);
  return () => {
    let remaining = Math.random() * total;
    for (const operation of candidates) {
      remaining -= operation.weight;
      if (remaining < 0) return operation;
    }
    return candidates[candidates.length - 1]!;
  };
}
