import { ConfigurationError } from './errors.ts';

/** A calendar day: "2024-01-01", or a `Date` (its UTC day is used). */
export type DateInput = string | Date;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The `Date` scalar's wire form, checked here so a typo fails before the network does. */
export function toDay(value: DateInput, name: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ConfigurationError(`${name} is an invalid Date.`, 'INVALID_ARGUMENT');
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string' && ISO_DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return value;
  throw new ConfigurationError(
    `${name} must be a day as "YYYY-MM-DD" (e.g. "2024-01-01") or a Date; got ${JSON.stringify(value)}.`,
    'INVALID_ARGUMENT',
  );
}

/** `toDay` for optional arguments: `undefined` stays absent from the variables. */
export function optionalDay(value: DateInput | undefined | null, name: string): string | undefined {
  return value === undefined || value === null ? undefined : toDay(value, name);
}
