import { type DateInput, optionalDay, toDay } from '../dates.ts';
import { ConfigurationError, TwinningError, unwrapPayload } from '../errors.ts';
import {
  type ActivityDetailFragment,
  type ActivityInput,
  type ActivityItemInput,
  type ActivityPartnerInput,
  AssignTwinningDocument,
  type AssignTwinningInput,
  type AssignTwinningMutation,
  OpenNeedDocument,
  type OpenNeedInput,
  type OpenNeedMutation,
  PledgeNeedDocument,
  type PledgeNeedMutation,
  RecordActivitiesDocument,
  RecordActivityDocument,
} from '../generated/graphql.ts';
import type { RequestFunction } from '../request.ts';
import { defined, requireId } from './nodes.ts';

/**
 * An amount in VND: a string of digits (`"4800000"`), a `bigint`, or a `number` that is a safe
 * integer. It is sent as the string of digits the `Money` scalar takes.
 */
export type MoneyInput = string | bigint | number;

export interface WriteOptions {
  /**
   * The key the server deduplicates the write by: a repeat with the same key and input returns
   * the first result and writes nothing; the same key with another input is a `ConflictError`.
   * Default: a fresh UUID per call, so the SDK may retry the write after a network failure.
   * Pass your own to make a write safe across restarts (e.g. a row ID from your import file);
   * pass `null` to send none — the write is then never retried.
   */
  idempotencyKey?: string | null;
}

/** Every write result carries the key it was sent with (`null` when sent without one). */
export interface WriteResultMeta {
  idempotencyKey: string | null;
}

export interface ActivityItemDraft extends Omit<ActivityItemInput, 'valueVnd'> {
  valueVnd?: MoneyInput | null;
}

export interface ActivityPartnerDraft extends Omit<ActivityPartnerInput, 'contributionVnd'> {
  contributionVnd?: MoneyInput | null;
}

/** An activity to record: the API's `ActivityInput`, with days that may be `Date`s and amounts that may be numbers. */
export interface ActivityDraft
  extends Omit<ActivityInput, 'occurredOn' | 'endedOn' | 'valueVnd' | 'items' | 'partners'> {
  occurredOn: DateInput;
  endedOn?: DateInput | null;
  valueVnd?: MoneyInput | null;
  items?: readonly ActivityItemDraft[] | null;
  partners?: readonly ActivityPartnerDraft[] | null;
}

export interface TwinningDraft extends Omit<AssignTwinningInput, 'startsOn' | 'endsOn'> {
  startsOn: DateInput;
  endsOn?: DateInput | null;
}

export interface NeedDraft extends Omit<OpenNeedInput, 'requestedOn' | 'estimatedValueVnd'> {
  requestedOn: DateInput;
  estimatedValueVnd?: MoneyInput | null;
}

export interface PledgeDraft {
  needId: string;
  agencyId: string;
  amountVnd?: MoneyInput | null;
  /** What was pledged, in words. */
  note?: string | null;
  /** When the agency pledged; today when left out. */
  pledgedOn?: DateInput | null;
}

/** An activity as a write returns it. */
export type RecordedActivity = ActivityDetailFragment;
export type RecordActivityResult = WriteResultMeta & { activity: RecordedActivity };
export type RecordActivitiesResult = WriteResultMeta & { activities: RecordedActivity[] };
export type AssignedTwinning = Success<AssignTwinningMutation['assignTwinning'], 'AssignTwinningSuccess'>['twinning'];
export type AssignTwinningResult = WriteResultMeta & { twinning: AssignedTwinning };
export type OpenedNeed = Success<OpenNeedMutation['openNeed'], 'OpenNeedSuccess'>['need'];
export type OpenNeedResult = WriteResultMeta & { need: OpenedNeed };
export type PledgedNeed = Success<PledgeNeedMutation['pledgeNeed'], 'PledgeNeedSuccess'>['need'];
export type PledgeNeedResult = WriteResultMeta & { need: PledgedNeed };

type Success<TPayload, TTypename extends string> = Extract<TPayload, { __typename: TTypename }>;

/**
 * Writes. Each is one request whose payload union is unwrapped: success returns the typed result,
 * a refusal throws the matching `DomainError` (`ValidationError` with `issues`, `NotFoundError`,
 * `ForbiddenError`, `ConflictError`) and nothing was written. Each carries an idempotency key
 * (generated unless given) on its result and on any error it throws.
 */
export interface WriteHelpers {
  /**
   * Records what an agency did for a place. Needs an editor key for the place's province or the
   * agency, or an admin key. Field paths in a `ValidationError` start at `input`, e.g. `["input", "valueVnd"]`.
   */
  recordActivity(input: ActivityDraft, options?: WriteOptions): Promise<RecordActivityResult>;
  /**
   * Records up to 1,000 activities all or nothing, returned in input order. A `ValidationError`
   * names every bad field of every activity, e.g. `["inputs", "37", "valueVnd"]`.
   */
  recordActivities(inputs: readonly ActivityDraft[], options?: WriteOptions): Promise<RecordActivitiesResult>;
  /** Assigns an agency to twin with, help or sponsor a place. */
  assignTwinning(input: TwinningDraft, options?: WriteOptions): Promise<AssignTwinningResult>;
  /** Records a request a commune or village made (status OPEN). */
  openNeed(input: NeedDraft, options?: WriteOptions): Promise<OpenNeedResult>;
  /** Records an agency's pledge towards a need (the need becomes PLEDGED). */
  pledgeNeed(input: PledgeDraft, options?: WriteOptions): Promise<PledgeNeedResult>;
}

export function writeHelpers(request: RequestFunction): WriteHelpers {
  return {
    recordActivity(input, options) {
      return write(options, async (idempotencyKey) => {
        const variables = { input: activityInput(input, 'input'), idempotencyKey };
        const payload = (await request(RecordActivityDocument, variables)).recordActivity;
        return { activity: unwrapPayload(payload, 'RecordActivitySuccess').activity };
      });
    },

    async recordActivities(inputs, options) {
      if (!Array.isArray(inputs)) {
        throw new ConfigurationError(
          'recordActivities takes an array of activities (at most 1,000 per call).',
          'INVALID_ARGUMENT',
        );
      }
      return write(options, async (idempotencyKey) => {
        const variables = {
          input: { activities: inputs.map((input, index) => activityInput(input, `inputs[${index}]`)) },
          idempotencyKey,
        };
        const payload = (await request(RecordActivitiesDocument, variables)).recordActivities;
        return { activities: unwrapPayload(payload, 'RecordActivitiesSuccess').activities };
      });
    },

    assignTwinning(input, options) {
      return write(options, async (idempotencyKey) => {
        const variables = {
          input: defined({
            ...checkedObject(input, 'input'),
            startsOn: toDay(input.startsOn, 'input.startsOn'),
            endsOn: optionalDay(input.endsOn, 'input.endsOn'),
          }),
          idempotencyKey,
        };
        const payload = (await request(AssignTwinningDocument, variables)).assignTwinning;
        return { twinning: unwrapPayload(payload, 'AssignTwinningSuccess').twinning };
      });
    },

    openNeed(input, options) {
      return write(options, async (idempotencyKey) => {
        const variables = {
          input: defined({
            ...checkedObject(input, 'input'),
            requestedOn: toDay(input.requestedOn, 'input.requestedOn'),
            estimatedValueVnd: optionalMoney(input.estimatedValueVnd, 'input.estimatedValueVnd'),
          }),
          idempotencyKey,
        };
        const payload = (await request(OpenNeedDocument, variables)).openNeed;
        return { need: unwrapPayload(payload, 'OpenNeedSuccess').need };
      });
    },

    pledgeNeed(input, options) {
      return write(options, async (idempotencyKey) => {
        checkedObject(input, 'input');
        const variables = {
          input: defined({
            needId: requireId(input.needId, 'needId'),
            agencyId: requireId(input.agencyId, 'agencyId'),
            amountVnd: optionalMoney(input.amountVnd, 'amountVnd'),
            note: input.note ?? undefined,
            pledgedOn: optionalDay(input.pledgedOn, 'pledgedOn'),
          }),
          idempotencyKey,
        };
        const payload = (await request(PledgeNeedDocument, variables)).pledgeNeed;
        return { need: unwrapPayload(payload, 'PledgeNeedSuccess').need };
      });
    },
  };
}

/**
 * Runs one write with its key: the key goes on the result, and on any `TwinningError` thrown, so
 * a caller who gives up after a `NetworkError` can send the same write again later, safely.
 */
async function write<TResult extends object>(
  options: WriteOptions | undefined,
  send: (idempotencyKey: string | undefined) => Promise<TResult>,
): Promise<TResult & WriteResultMeta> {
  const idempotencyKey = resolveKey(options);
  try {
    return { ...(await send(idempotencyKey ?? undefined)), idempotencyKey };
  } catch (error) {
    if (error instanceof TwinningError && idempotencyKey !== null) {
      Object.defineProperty(error, 'idempotencyKey', { value: idempotencyKey, enumerable: true });
    }
    throw error;
  }
}

function resolveKey(options: WriteOptions | undefined): string | null {
  const key = options?.idempotencyKey;
  if (key === null) return null;
  if (key === undefined) return newIdempotencyKey();
  if (typeof key !== 'string' || key.trim() === '' || key.length > 255) {
    throw new ConfigurationError(
      `idempotencyKey must be a non-empty string of at most 255 characters (e.g. a UUID), or null to send none; got ${JSON.stringify(key)}.`,
      'INVALID_ARGUMENT',
    );
  }
  return key;
}

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists in Node ≥ 22 and in browsers on secure
 * origins (https, localhost); a page served over plain http has only `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  if (typeof crypto?.getRandomValues === 'function') {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  throw new ConfigurationError(
    'This runtime has no Web Crypto to generate an idempotency key: pass { idempotencyKey } yourself.',
    'INVALID_ARGUMENT',
  );
}

function activityInput(draft: ActivityDraft, path: string): ActivityInput {
  checkedObject(draft, path);
  return defined({
    ...draft,
    occurredOn: toDay(draft.occurredOn, `${path}.occurredOn`),
    endedOn: optionalDay(draft.endedOn, `${path}.endedOn`),
    valueVnd: optionalMoney(draft.valueVnd, `${path}.valueVnd`),
    items: draft.items?.map((item, index) =>
      defined({
        ...checkedObject(item, `${path}.items[${index}]`),
        valueVnd: optionalMoney(item.valueVnd, `${path}.items[${index}].valueVnd`),
      }),
    ),
    partners: draft.partners?.map((partner, index) =>
      defined({
        ...checkedObject(partner, `${path}.partners[${index}]`),
        contributionVnd: optionalMoney(partner.contributionVnd, `${path}.partners[${index}].contributionVnd`),
      }),
    ),
  });
}

/** The `Money` wire form. Strings pass unchanged (the server validates them, with the field's path). */
function optionalMoney(value: MoneyInput | null | undefined, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    !(Number.isInteger(value) && !Number.isSafeInteger(value))
  ) {
    return String(value);
  }
  throw new ConfigurationError(
    `${name} must be an amount in VND as a string of digits ("4800000"), a bigint, or a safe integer; got ${String(value)}.`,
    'INVALID_ARGUMENT',
  );
}

function checkedObject<T extends object>(value: T, name: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${name} must be an object.`, 'INVALID_ARGUMENT');
  }
  return value;
}
