import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PLACE_TYPENAMES = ['Province', 'District', 'Commune', 'Village'] as const;

/**
 * An ID argument: the node's global ID (as every query returns it) or the bare database UUID (as
 * the change feed's `entityId` and the CLI show it). Decodes to the UUID; a global ID of another
 * type is refused, so a document ID passed as a place ID is a validation issue, not a lookup miss.
 */
export function nodeId(typenames: readonly string[], label: string) {
  return z.string().transform((value, context) => {
    const text = value.trim();
    if (UUID.test(text)) return text.toLowerCase();
    try {
      const { typename, id } = decodeGlobalID(text);
      if (typenames.includes(typename) && UUID.test(id)) return id.toLowerCase();
      context.addIssue({ code: 'custom', message: `Expected the ID of ${label}, got the ID of a ${typename}.` });
    } catch {
      context.addIssue({ code: 'custom', message: `"${text}" is not an ID: pass the \`id\` of ${label}.` });
    }
    return z.NEVER;
  });
}

/** A name or title: trimmed, single-spaced, in the composed (NFC) form search folding expects. */
export function requiredText(max: number) {
  return z
    .string({
      error: (issue) => (issue.input == null ? 'Required: this field cannot be empty or cleared.' : 'Must be text.'),
    })
    .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Must not be empty.').max(max, `At most ${max} characters.`));
}

/** Free text that may be left out or cleared with null; blank text counts as cleared. */
export function optionalText(max: number) {
  return z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(max, `At most ${max} characters.`))
    .transform((value) => (value === '' ? null : value))
    .nullish();
}

export const yearField = z
  .number()
  .int('A year is a whole number.')
  .min(1945, 'Years before 1945 are outside the records.')
  .max(2100, 'Years after 2100 are outside the records.');

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(1, 'An idempotency key must not be empty.')
  .max(255, 'An idempotency key has at most 255 characters.')
  .nullish();

/**
 * Today's calendar day in Vietnam (UTC+7 all year, no daylight saving), at UTC midnight like the
 * Date scalar and `@db.Date` columns: a decision signed at 06:00 in Hà Nội is not "in the future".
 */
export function today(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface Interval {
  validFrom: Date | null;
  validTo: Date | null;
}

/** Whether a unit existed on a day (a null bound is open). */
export function validOn(interval: Interval, date: Date): boolean {
  return (
    (!interval.validFrom || interval.validFrom.getTime() <= date.getTime()) &&
    (!interval.validTo || interval.validTo.getTime() >= date.getTime())
  );
}

/** Whether a unit existed at some time in a calendar year. */
export function existedIn(interval: Interval, year: number): boolean {
  return (
    (!interval.validFrom || interval.validFrom.getUTCFullYear() <= year) &&
    (!interval.validTo || interval.validTo.getUTCFullYear() >= year)
  );
}

export function describeInterval(interval: Interval): string {
  const from = interval.validFrom ? day(interval.validFrom) : 'the start of the records';
  const to = interval.validTo ? day(interval.validTo) : 'today';
  return `${from} to ${to}`;
}

/**
 * Refinement options that run a cross-field check even when a field already failed, so one
 * response names every bad field. Such checks must test the types they rely on.
 */
export const evenIfInvalid = { when: () => true };

/** A refinement: an interval's end must not come before its start. */
export function datesInOrder(
  value: { validFrom?: Date | null; validTo?: Date | null },
  context: z.RefinementCtx,
): void {
  if (value.validFrom instanceof Date && value.validTo instanceof Date && value.validTo < value.validFrom) {
    context.addIssue({
      code: 'custom',
      path: ['validTo'],
      message: `Must not be before validFrom (${day(value.validFrom)}).`,
    });
  }
}

/** The record as it will be after an update: the patch's defined fields over the stored ones. */
export function patched<Row extends object>(row: Row, patch: { [Key in keyof Row]?: Row[Key] | undefined }): Row {
  const next = { ...row };
  for (const key of Object.keys(patch) as Array<keyof Row>) {
    const value = patch[key];
    if (value !== undefined) next[key] = value as Row[keyof Row];
  }
  return next;
}
