import { z } from 'zod';
import { idempotencyKeySchema } from './fields.ts';
import { validateInput } from './validate.ts';

/** Above this an amount is a typing error, not a gift: 10^15 VND is about 40 billion US dollars. */
export const MAX_VND = 10n ** 15n;

export const money = z
  .bigint()
  .min(0n, 'An amount cannot be negative.')
  .max(MAX_VND, 'An amount above 10^15 VND (1,000,000 billion) is not plausible; check the unit.');

/** The UUID inside a global ID; a well-formed global ID can still carry garbage. */
export const id = z.uuid('Not a valid ID.');

export const count = z.number().int().min(0, 'A count cannot be negative.').max(100_000_000, 'Not a plausible count.');

/** "16,800,000 VND" */
export function vnd(amount: bigint): string {
  return `${amount.toLocaleString('en')} VND`;
}

/** The client's idempotency key, checked like every other argument. */
export function checkedKey(key: string | null | undefined): string | null | undefined {
  return validateInput(idempotencyKeySchema, key, ['idempotencyKey']);
}

/** Every issue of a failed parse, under `path`. */
export function shapeIssues(path: readonly string[], error: z.ZodError): Array<{ path: string[]; message: string }> {
  return error.issues.map((issue) => ({ path: [...path, ...issue.path.map(String)], message: issue.message }));
}
