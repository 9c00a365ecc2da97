import type { DatePrecision } from '../generated/prisma/enums.ts';

/** A span of calendar days, both ends included, as midnight-UTC dates like the @db.Date columns. */
export interface DaySpan {
  first: Date;
  last: Date;
}

// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam: a report filed at 06:00 in Hà Nội is still "yesterday" in UTC. */
export function todayInVietnam(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
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

/** "2016-08-01" */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
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
