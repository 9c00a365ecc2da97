import { ERROR_TYPE, TwinningError, type WebhookVerificationCode } from './errors.ts';
import type { ChangeEntityType, ChangeType } from './generated/graphql.ts';

/** A change as a webhook delivers it: the same fields as the `Change` type of the API, as JSON. */
export interface WebhookEvent {
  /** The change's cursor, unique: drop a delivery whose `id` you have already processed. */
  id: string;
  cursor: string;
  type: ChangeType;
  occurredAt: string;
  entityType: ChangeEntityType;
  /** Global ID of the record changed; `node(id:)` resolves it while the record exists. */
  entityId: string;
  action: string;
  actor: string | null;
  place: { id: string; name: string; code: string | null } | null;
  province: { id: string; name: string; code: string | null } | null;
  agency: { id: string; name: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A delivery that must not be trusted: unsigned, signed with another secret, too old, or not an event. */
export class WebhookVerificationError extends TwinningError {
  static override readonly [ERROR_TYPE]: string = 'WebhookVerificationError';
  override name = 'WebhookVerificationError';
  declare readonly code: WebhookVerificationCode;
  constructor(code: WebhookVerificationCode, message: string) {
    super(code, message);
  }
}

/** Headers as `fetch`, Node's `http` or Express give them. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface VerifyWebhookOptions {
  /** Refuse deliveries signed longer ago than this (replays). Default 300 seconds. */
  toleranceSeconds?: number;
  /** The current time in milliseconds (tests). */
  now?: number;
}

const SIGNATURE_HEADER = 'twinning-signature';

/**
 * Checks that a webhook delivery comes from the Twinning Graph server holding `secret`, and was
 * signed recently, then returns the event. Pass the raw body exactly as received (before any JSON
 * parsing). Uses Web Crypto, so it runs in Node ≥ 20, Deno, Bun, workers and browsers.
 *
 * ```ts
 * const event = await verifyWebhook(process.env.TWINNING_WEBHOOK_SECRET!, request.headers, rawBody);
 * if (event.type === 'ActivityRecorded') …
 * ```
 */
export async function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  body: string | Uint8Array,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const header = headerValue(headers, SIGNATURE_HEADER);
  if (!header) {
    throw new WebhookVerificationError(
      'WEBHOOK_SIGNATURE_MISSING',
      'The request has no Twinning-Signature header: it was not sent by a Twinning Graph webhook.',
    );
  }
  const parts = new Map(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const signature = parts.get('v1');
  if (!Number.isInteger(timestamp) || !signature || !/^[0-9a-f]{64}$/.test(signature)) {
    throw new WebhookVerificationError(
      'WEBHOOK_SIGNATURE_INVALID',
      'The Twinning-Signature header is malformed: expected t=<unix seconds>,v1=<hex>.',
    );
  }
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const expected = await hmacHex(secret, `${timestamp}.${text}`);
  if (!equalInConstantTime(expected, signature)) {
    throw new WebhookVerificationError(
      'WEBHOOK_SIGNATURE_INVALID',
      'The signature does not match: check the secret (rotateWebhookSecret shows a new one) and pass the raw, unparsed body.',
    );
  }
  const tolerance = options.toleranceSeconds ?? 300;
  const age = (options.now ?? Date.now()) / 1000 - timestamp;
  if (Math.abs(age) > tolerance) {
    throw new WebhookVerificationError(
      'WEBHOOK_TIMESTAMP_OUT_OF_RANGE',
      `The delivery was signed ${Math.round(age)} s ago, beyond the ${tolerance} s tolerance: a replay, or a clock far off.`,
    );
  }
  try {
    return JSON.parse(text) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError('WEBHOOK_PAYLOAD_INVALID', 'The signed body is not JSON.');
  }
}

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

async function hmacHex(secret: string, text: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const digest = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
