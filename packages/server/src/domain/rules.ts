import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { isoDay } from '../dates.ts';
import { type FieldIssue, ValidationError } from '../errors.ts';

/**
 * The input rules every write shares: IDs, text, money, counts, years, and how a failed check
 * becomes one ValidationError naming every bad field. Rules of one concept live in its rules.ts.
 */

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

/** The ID rules of the nodes writes refer to across concepts. */
export const placeId = nodeId(PLACE_TYPENAMES, 'an administrative unit');
export const agencyId = nodeId(['Agency'], 'an agency');
export const documentId = nodeId(['Document'], 'a document');
export const campaignId = nodeId(['Campaign'], 'a campaign');
export const twinningId = nodeId(['Twinning'], 'a twinning');
export const needId = nodeId(['Need'], 'a need');
export const activityId = nodeId(['Activity'], 'an activity');
export const criterionId = nodeId(['Criterion'], 'a criterion');

/**
 * Control characters other than tab and line breaks, and halves of UTF-16 surrogate pairs: they
 * cannot be stored (PostgreSQL refuses NUL) or would be stored as U+FFFD, so they are refused.
 */
const UNPRINTABLE_MESSAGE =
  'Contains a control character or a broken Unicode sequence (such as NUL, or half a surrogate pair); remove it.';

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const DELETE = 0x7f;

/** Text that can be stored as given. */
export function printable(value: string): boolean {
  if (!value.isWellFormed()) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === DELETE) return false;
    if (code < 0x20 && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) return false;
  }
  return true;
}

/** A name or title: trimmed, single-spaced, in the composed (NFC) form search folding expects. */
export function requiredText(max: number) {
  return z
    .string({
      error: (issue) => (issue.input == null ? 'Required: this field cannot be empty or cleared.' : 'Must be text.'),
    })
    .refine(printable, UNPRINTABLE_MESSAGE)
    .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Must not be empty.').max(max, `At most ${max} characters.`));
}

/** Free text that may be left out or cleared with null; blank text counts as cleared. */
export function optionalText(max: number) {
  return z
    .string()
    .refine(printable, UNPRINTABLE_MESSAGE)
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(max, `At most ${max} characters.`))
    .transform((value) => (value === '' ? null : value))
    .nullish();
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
      message: `Must not be before validFrom (${isoDay(value.validFrom)}).`,
    });
  }
}

/**
 * A refinement: a decision for a year is dated in that year or later. `field` names the date;
 * `message` says so for the year.
 */
export function notBeforeItsYear(
  value: { year?: unknown },
  date: unknown,
  field: string,
  message: (year: number) => string,
  context: z.RefinementCtx,
): void {
  if (date instanceof Date && typeof value.year === 'number' && date.getUTCFullYear() < value.year) {
    context.addIssue({ code: 'custom', path: [field], message: message(value.year) });
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

/** Every issue of a failed parse, under `path`. */
export function shapeIssues(path: readonly string[], error: z.ZodError): Array<{ path: string[]; message: string }> {
  return error.issues.map((issue) => ({ path: [...path, ...issue.path.map(String)], message: issue.message }));
}

/**
 * Checks input against a zod schema and throws one ValidationError naming every bad field, with
 * paths from the mutation argument down (["input", "items", "2", "valueVnd"]).
 */
export function validateInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  root: string[] = ['input'],
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({ path: [...root, ...issue.path.map(String)], message: issue.message })),
  );
}

/** Collects rule violations found by looking at the database, then throws them together. */
export class IssueCollector {
  readonly issues: FieldIssue[] = [];

  add(path: string[], message: string): void {
    this.issues.push({ path, message });
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues);
  }
}
