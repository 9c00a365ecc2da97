import { z } from 'zod';
import type { DatePrecision } from './generated/prisma/enums.ts';

/**
 * Calendar days, as the `Date` scalar and the `@db.Date` columns hold them: a JavaScript Date at
 * midnight UTC. Every date rule of the domain lives here, once.
 */

/** A span of days, both ends included. */
export interface DaySpan {
  first: Date;
  last: Date;
}

/** A validity interval (a place, an agency); a null bound is open. */
export interface Interval {
  validFrom: Date | null;
  validTo: Date | null;
}

/** A period a question covers; either end may be open. */
export interface Period {
  from?: Date | null;
  to?: Date | null;
}

export const isFirstOfYear = (day: Date) => day.getUTCMonth() === 0 && day.getUTCDate() === 1;
export const isLastOfYear = (day: Date) => day.getUTCMonth() === 11 && day.getUTCDate() === 31;

/** Whether a period is whole calendar years (either end may be open): yearly sums answer it exactly. */
export const coversWholeYears = ({ from, to }: Period) => (!from || isFirstOfYear(from)) && (!to || isLastOfYear(to));

// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Today's date in Vietnam: a decision signed at 06:00 in Hà Nội is not "in the future" in UTC. */
export function todayInVietnam(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** "2016-08-01" */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The days a date may mean given its precision: "August 2016" (MONTH) is 1–31 August 2016, so a
 * twinning that started "at the end of August 2016" covers an activity dated 10 August 2016.
 */
export function daysMeant(date: Date, precision: DatePrecision): DaySpan {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (precision) {
    case 'DAY':
      return { first: date, last: date };
    case 'MONTH':
      return { first: new Date(Date.UTC(year, month, 1)), last: new Date(Date.UTC(year, month + 1, 0)) };
    case 'YEAR':
      return { first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) };
  }
}

/** How a date of some precision reads in a message: "2016-08-01", "2016-08" or "2016". */
export function describeDate(date: Date, precision: DatePrecision): string {
  const day = isoDay(date);
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day;
}

/** Whether two spans share at least one day; an open end (null) runs for ever. */
export function overlaps(a: DaySpan, b: { first: Date | null; last: Date | null }): boolean {
  return (b.last === null || a.first <= b.last) && (b.first === null || a.last >= b.first);
}

/** Whether a unit existed on a day. */
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

/** "2021-01-01 to today" */
export function describeInterval(interval: Interval): string {
  const from = interval.validFrom ? isoDay(interval.validFrom) : 'the start of the records';
  const to = interval.validTo ? isoDay(interval.validTo) : 'today';
  return `${from} to ${to}`;
}

/** A period as a column filter: a range, never a function of the column, so indexes apply. */
export function dateRange(period: Period): { gte?: Date; lte?: Date } | undefined {
  if (!period.from && !period.to) return undefined;
  return { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lte: period.to } : {}) };
}

/** A span of years as a column filter; either end may be open. */
export function yearRange(
  from: number | null | undefined,
  to: number | null | undefined,
): { gte?: number; lte?: number } | undefined {
  if (from == null && to == null) return undefined;
  return { ...(from != null ? { gte: from } : {}), ...(to != null ? { lte: to } : {}) };
}

/** The first and last day of a calendar year. */
export function yearSpan(year: number): DaySpan {
  return { first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) };
}

/** The years the records cover; a year outside them is a typing error. */
export const FIRST_YEAR = 1945;
export const LAST_YEAR = 2100;

/** A year of the records, as an input rule: a GraphQL argument's `validate` or a field of a zod shape. */
export const yearField = z
  .number()
  .int('A year is a whole number.')
  .min(FIRST_YEAR, `Years before ${FIRST_YEAR} are outside the records.`)
  .max(LAST_YEAR, `Years after ${LAST_YEAR} are outside the records.`);
