import { createHmac, randomBytes } from 'node:crypto';

/** The header a delivery is signed in: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'Twinning-Signature';

/** A new signing secret, shown to the partner once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * Stripe-style signature: HMAC-SHA256 with the endpoint's secret over `<timestamp>.<body>`. The
 * timestamp inside the signed text lets the receiver refuse replays of an old delivery.
 */
export function signPayload(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}
